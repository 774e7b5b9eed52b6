#!/usr/bin/env python3
"""Build the persons gazetteer (persons.tsv, person_roles.tsv) from the Phoenix actor
dictionaries (TABARI format, MIT, Open Event Data Alliance) plus tools/persons/persons-curated.tsv.

Deterministic: same inputs give byte-identical outputs (rows sorted, no timestamps).

Usage (from the repository root):
    python3 tools/persons/build_persons.py [--source ../shared/data/gazetteer-sources/petrarch2]
"""
import argparse
import collections
import datetime
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_SOURCE = os.path.join(ROOT, "..", "shared", "data", "gazetteer-sources", "petrarch2")
# Used only to tell country codes from CAMEO region/religion codes (AFR, MEA, HIN...); nothing is copied.
DEFAULT_COUNTRIES = os.path.join(ROOT, "..", "shared", "data", "gazetteer-sources", "mledoze_countries",
                                 "countries.json")
CURATED = os.path.join(ROOT, "tools", "persons", "persons-curated.tsv")
OUT_DIR = os.path.join(ROOT, "src", "main", "resources", "gazetteer")
PHOENIX_FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                 "Phoenix.MilNonState.actors.txt"]

# CAMEO country codes that are not ISO 3166-1 alpha-3 (today's or ISO 3166-3 former codes).
CAMEO_TO_ISO = {
    "TMP": "TLS",  # East Timor
    "KSV": "UNK",  # Kosovo: no ISO code; UNK as in the project's country table (mledoze)
    "USR": "SUN",  # USSR (ISO 3166-3)
    "FRY": "YUG",  # Federal Republic of Yugoslavia used YUG until 2003
    "SRP": "BIH",  # Republika Srpska
    "KRJ": "HRV",  # Republic of Serbian Krajina
    "FRN": "FRA",  # French overseas territories
}
# Codes that name no state; kept on roles but never an affiliation.
SUPRANATIONAL = {"IGO", "NGO", "MNC", "IMG", "INT"}
# Former states with ISO 3166-3 alpha-3 codes (USSR, East Germany, Czechoslovakia, Yugoslavia, Serbia-Montenegro).
FORMER_STATES = {"SUN", "DDR", "CSK", "YUG", "SCG"}
# Fictional or unusable CAMEO country codes (KNT is the CAMEO test country "Kinakuta").
DROP_COUNTRIES = {"KNT"}
# East Asian name order: the family name comes first.
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM", "MNG", "SGP"}

ORG_WORDS = set("""
ADMINISTRATION AGENCY ALLIANCE ARMY ASSEMBLY ASSOCIATION AUTHORITY BANK BATTALION BOARD BRIGADE BRIGADES BUREAU
CABINET CAMPAIGN CENTER CENTRE CHAMBER CHURCH CITIZENS CLUB COALITION COLLEGE COMMAND COMMISSION COMMITTEE COMPANY
CONFERENCE CONGRESS CONSULATE CORPORATION CORPS COUNCIL COURT DELEGATION DEPARTMENT DIRECTORATE DIVISION EMBASSY
FACTION FEDERATION FORCE FORCES FOUNDATION FRONT FUND GOVERNMENT GROUP GROUPS GUARD GUARDS INSTITUTE INTERNATIONAL
LEAGUE LIBERATION MILITIA MINISTRY MISSION MOVEMENT NATIONS NETWORK OFFICE ORGANISATION ORGANIZATION PARLIAMENT
PARTY PEOPLE PEOPLES POLICE PROGRAM PROGRAMME REGIME REPUBLIC SECRETARIAT SENATE SERVICE SOCIETY SOLDIERS TRIBUNAL
TROOPS UNION UNIT UNITS UNIVERSITY CATHOLIC ISLAMIC MUSLIM CHRISTIANS TRUST RESOURCES HOLDINGS INC LTD
SECRETARY SECRETARY-GENERAL PRESIDENT MINISTER AMBASSADOR ENVOY SPOKESMAN OFFICIAL OFFICIALS GENERAL
""".split())
# Leading words stripped from aliases ("FOREIGN_MINISTER_SERGEY_V._LAVROV" -> "SERGEY_V._LAVROV").
TITLE_WORDS = set("""
MR MR. MRS MRS. MS MS. DR DR. SIR LORD LADY PRESIDENT PRESIDENT-ELECT VICE VICE-PRESIDENT PRIME MINISTER FOREIGN
DEFENSE DEFENCE INTERIOR FINANCE SECRETARY STATE DEPUTY FORMER AMBASSADOR SENATOR SEN. GOVERNOR GOV. GENERAL GEN.
COLONEL COL. ADMIRAL CHANCELLOR KING QUEEN PRINCE PRINCESS SHEIKH SHAIKH EMIR CROWN LEADER CHAIRMAN SPEAKER
AMERICAN US U.S. RUSSIAN BRITISH FRENCH GERMAN CHINESE JAPANESE ISRAELI IRANIAN IRAQI SYRIAN TURKISH INDIAN
PAKISTANI AFGHAN UKRAINIAN UN U.N. UNITED STATES THE OF
""".split())
LOWER_PARTICLES = {"bin", "bint", "ibn", "von", "van", "der", "den", "de", "du", "da", "dos", "das", "del",
                   "della", "di", "al", "el", "ul", "ud", "y", "e", "la", "le"}
INITIALS = re.compile(r"^([A-Za-z]\.)+$")
ROMAN = {"II", "III", "IV", "VI", "VII", "VIII"}
SURNAME_STOP = {"mr", "mrs", "ms", "dr", "al", "el", "bin", "ibn", "abu", "the", "jr", "sr"}


def parse_date(text):
    """TABARI date: YYYYMMDD, or YYMMDD with 00-30 -> 20YY (as PETRARCH does). None if unusable."""
    digits = text.strip()
    if not digits.isdigit():
        return None
    if len(digits) >= 8:
        y, m, d = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    elif len(digits) == 6:
        yy = int(digits[:2])
        y, m, d = (2000 + yy if yy <= 30 else 1900 + yy), int(digits[2:4]), int(digits[4:6])
    else:
        return None
    try:
        return datetime.date(y, m, d).strftime("%Y%m%d")
    except ValueError:
        return None


CODE_RE = re.compile(r"\[([^\]]*)\]")


def parse_code(body, stats, valid):
    """'RUSGOV >20040309' -> (country, role, from, to), or None for region/religion/unknown codes."""
    m = re.match(r"\s*([A-Z-]{3,})\s*(.*)$", body)
    if not m:
        return None
    code, dates = m.group(1), m.group(2).strip()
    start = end = ""
    if dates:
        if dates.startswith(">"):
            start = parse_date(dates[1:]) or ""
        elif dates.startswith("<"):
            end = parse_date(dates[1:]) or ""
        elif "-" in dates:
            a, b = dates.split("-", 1)
            start, end = parse_date(a) or "", parse_date(b) or ""
        if not start and not end:
            stats["unparsed_dates"] += 1
    country, role = code[:3], code[3:]
    if country in DROP_COUNTRIES:
        return None
    if start and end and end < start:
        stats["roles_with_inverted_dates"] += 1
        return None
    country = CAMEO_TO_ISO.get(country, country)
    if country not in valid:
        stats["roles_without_country"] += 1
        return None
    return country, role, start, end


def parse_file(path, stats, valid):
    """Yield TABARI entries as dicts: name, aliases, roles (country, role, from, to)."""
    entries = []
    current = None
    with open(path, encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            text = line.split("#", 1)[0]
            codes = CODE_RE.findall(text)
            bare = CODE_RE.sub(" ", text).strip()
            if line[0] in " \t" or line.startswith("["):
                if current is not None:
                    current["codes"].extend(codes)
                continue
            if line.startswith("+"):
                if current is not None:
                    if bare[1:].strip():
                        current["aliases"].append(bare[1:].strip())
                    current["codes"].extend(codes)
                continue
            current = {"name": bare, "aliases": [], "codes": list(codes)}
            entries.append(current)
    for e in entries:
        e["roles"] = [r for r in (parse_code(c, stats, valid) for c in e["codes"]) if r]
    return entries


def tokens(raw):
    return [t for t in re.split(r"[_\s]+", raw.strip().strip("_")) if t]


def is_org_like(toks):
    return any(t.upper().strip(".,()") in ORG_WORDS for t in toks) or any(
        not re.match(r"^[A-Za-z][A-Za-z.'\-]*$", t) for t in toks)


def proper_token(tok, first):
    up = tok.upper()
    if up in ROMAN or INITIALS.match(up):
        return up
    if up in ("JR.", "JR"):
        return "Jr."
    parts = re.split(r"(-)", tok)
    out = []
    for i, p in enumerate(parts):
        if p == "-" or not p:
            out.append(p)
            continue
        low = p.lower()
        if low in LOWER_PARTICLES and not (first and i == 0) and i + 1 < len(parts):
            out.append(low)  # al-Baradei
            continue
        if len(low) > 2 and low[1] == "'" and low[0] in "od":
            out.append(low[0].upper() + "'" + low[2].upper() + low[3:])
        elif low.startswith("mc") and len(low) > 3:
            out.append("Mc" + low[2].upper() + low[3:])
        else:
            out.append(low[:1].upper() + low[1:])
    word = "".join(out)
    if not first and word.lower() in LOWER_PARTICLES:
        return word.lower()
    return word


def display_name(toks):
    while len(toks) > 1 and toks[-1].lower() in LOWER_PARTICLES:
        toks = toks[:-1]
    words = [proper_token(t, i == 0) for i, t in enumerate(toks)]
    # "Al Assad" -> "al-Assad" mid-name, as English-language news writes it.
    merged = []
    i = 0
    while i < len(words):
        if i > 0 and words[i] in ("al", "el") and i + 1 < len(words):
            merged.append(words[i] + "-" + words[i + 1])
            i += 2
            continue
        merged.append(words[i])
        i += 1
    return " ".join(merged)


def norm_key(text):
    """Same normalisation as io.newstension.nlp.persons.NameNormalizer."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'").replace("\u00b4", "'")
    s = s.replace("_", " ").replace("-", " ").replace(".", " ")
    return " ".join(s.split())


def slug(text):
    s = norm_key(text).replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    return s or "person"


def strip_titles(alias_toks, name_toks):
    """Drop leading title/nationality words, anchored on the first token shared with the name."""
    anchors = {t.upper() for t in name_toks if len(t.strip(".")) > 2 and t.lower() not in LOWER_PARTICLES}
    up = [t.upper() for t in alias_toks]
    for k, t in enumerate(up):
        if t in anchors:
            return alias_toks[k:]
    k = 0
    while k < len(up) - 1 and up[k] in TITLE_WORDS:
        k += 1
    return alias_toks[k:]


def family_names(name, country):
    """Surnames of a display name: last word with its particles ("de Geus", "Geus"); East Asian names
    may put the family name first ("Hu Jintao"), Westernised ones there do not, so both ends are offered."""
    words = [w for w in name.split() if w not in ROMAN and w != "Jr."]
    if len(words) < 2:
        return []
    k = len(words) - 1
    while k > 1 and words[k - 1] in LOWER_PARTICLES:
        k -= 1
    bare = re.sub(r"^(al|el)-", "", words[-1])
    out = [w for w in (" ".join(words[k:]), bare[:1].upper() + bare[1:])
           if len(w) >= 3 and w.lower() not in SURNAME_STOP and not INITIALS.match(w)]
    if country in FAMILY_NAME_FIRST and not INITIALS.match(words[0]):
        out.insert(0, words[0])
    return out


def phoenix_persons(source, valid, stats):
    raw = []
    for fname in PHOENIX_FILES:
        for e in parse_file(os.path.join(source, fname), stats, valid):
            e["file"] = fname
            raw.append(e)
    dated = [e for e in raw if any(r[2] or r[3] for r in e["roles"])]
    # First names of clearly-dated persons, to recognise undated persons in the IGO/NGO files.
    first_names = collections.Counter(tokens(e["name"])[0].upper() for e in dated
                                      if len(tokens(e["name"])) >= 2 and not is_org_like(tokens(e["name"])))
    persons = []
    for e in raw:
        toks = tokens(e["name"])
        # A person's role has an agent code (GOV, ELI, OPP...); "[ARM]" or "[USRARM]" marks a state.
        state_like = any(not r[1] or r[1] in valid for r in e["roles"])
        company = all(r[0] == "MNC" for r in e["roles"])
        # Single-word names are mostly truncated source lines ("MAUOCONNELL_") or bare given names.
        if (len(toks) < 2 or not e["roles"] or state_like or company or is_org_like(toks)
                or toks[0].upper() == "A.K.A."):
            stats["skipped_entries"] += 1
            continue
        has_date = any(r[2] or r[3] for r in e["roles"])
        if not has_date:
            known_first = len(toks) >= 2 and first_names[toks[0].upper()] >= 3
            if e["file"] == PHOENIX_FILES[0] or not known_first:
                stats["skipped_entries"] += 1
                continue
        persons.append(e)
    return persons


def phoenix_record(e):
    toks = tokens(e["name"])
    roles = e["roles"]
    national = [r[0] for r in roles if r[0] not in SUPRANATIONAL]
    country = national[0] if national else (roles[0][0] if roles else "")
    name = display_name(toks)
    aliases, surnames = [], []
    for a in e["aliases"]:
        atoks = strip_titles(tokens(a), toks)
        if not atoks or is_org_like(atoks):
            continue
        if len(atoks) == 1:
            if len(atoks[0]) >= 3 and atoks[0].lower().strip(".") not in SURNAME_STOP:
                surnames.append(proper_token(atoks[0], True))
        else:
            aliases.append(display_name(atoks))
    return {"name": name, "aliases": aliases, "surnames": family_names(name, country) + surnames,
            "alias_surnames": surnames, "country": country,
            "roles": [(r[0], r[1], "", r[2], r[3]) for r in roles], "source": "phoenix"}


def read_curated(path):
    persons = collections.OrderedDict()
    with open(path, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        for n, line in enumerate(fh, start=2):
            if not line.strip():
                continue
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            pid = row["person_id"]
            if pid not in persons:
                if not row["name"]:
                    sys.exit(f"{path}:{n}: first row of {pid} needs a name")
                persons[pid] = {"name": row["name"], "aliases": split_list(row["aliases"]),
                                "surnames": split_list(row["surnames"]), "roles": [], "source": "curated"}
            for field in ("from", "to"):
                if row[field] and parse_date(row[field]) != row[field]:
                    sys.exit(f"{path}:{n}: bad {field} date {row[field]!r}")
            persons[pid]["roles"].append((row["country"], row["role"], row["title"], row["from"], row["to"]))
    for p in persons.values():
        p["country"] = next((r[0] for r in p["roles"] if r[0] not in SUPRANATIONAL), p["roles"][0][0])
    return persons


def split_list(text):
    return [x.strip() for x in text.split("|") if x.strip()] if text else []


def dedupe(items, exclude_key=None):
    seen, out = set(), []
    for x in items:
        k = norm_key(x)
        if k and k not in seen and k != exclude_key:
            seen.add(k)
            out.append(x)
    return out


def valid_countries(countries_json):
    with open(countries_json, encoding="utf-8") as fh:
        iso = {c["cca3"] for c in json.load(fh)}
    return iso | FORMER_STATES | SUPRANATIONAL


def build(source, countries_json):
    stats = collections.Counter()
    valid = valid_countries(countries_json)
    curated = read_curated(CURATED)
    curated_keys = {}
    for pid, p in curated.items():
        for n in [p["name"]] + p["aliases"]:
            curated_keys.setdefault(norm_key(n), pid)

    final = {pid: dict(p) for pid, p in curated.items()}
    groups = collections.OrderedDict()
    for e in phoenix_persons(source, valid, stats):
        rec = phoenix_record(e)
        hit = next((curated_keys[k] for k in map(norm_key, [rec["name"]] + rec["aliases"]) if k in curated_keys), None)
        if hit:  # curated roles win; Phoenix spellings are kept as extra aliases
            stats["phoenix_merged_into_curated"] += 1
            cur = final[hit]
            cur["aliases"] = cur["aliases"] + [rec["name"]] + rec["aliases"]
            cur["surnames"] = cur["surnames"] + rec["alias_surnames"]
            continue
        key = (norm_key(rec["name"]), rec["country"])
        if key in groups:
            stats["phoenix_duplicates_merged"] += 1
            g = groups[key]
            g["aliases"] += rec["aliases"]
            g["surnames"] += rec["surnames"]
            g["roles"] += [r for r in rec["roles"] if r not in g["roles"]]
        else:
            groups[key] = rec

    # The same name under an IGO/NGO section and under one state is one career (Catherine Ashton GBR + IGO).
    national = collections.defaultdict(list)
    for (name_key, country) in groups:
        if country not in SUPRANATIONAL:
            national[name_key].append(country)
    for (name_key, country) in list(groups):
        if country in SUPRANATIONAL and len(national[name_key]) == 1:
            rec = groups.pop((name_key, country))
            g = groups[(name_key, national[name_key][0])]
            g["aliases"] += rec["aliases"]
            g["surnames"] += rec["surnames"]
            g["roles"] += [r for r in rec["roles"] if r not in g["roles"]]
            stats["phoenix_duplicates_merged"] += 1

    by_name = collections.defaultdict(list)
    for (name_key, country), rec in groups.items():
        by_name[slug(rec["name"])].append(rec)
    taken = set(final)
    for base in sorted(by_name):
        recs = sorted(by_name[base], key=lambda r: r["country"])
        for i, rec in enumerate(recs):
            pid = base if len(recs) == 1 else f"{base}_{rec['country'].lower() or 'xxx'}"
            n = 2
            while pid in taken:
                pid, n = f"{base}_{n}", n + 1
            taken.add(pid)
            final[pid] = rec

    # A full-name alias equal to another person's canonical name belongs to that person only.
    canonical = collections.Counter(norm_key(p["name"]) for p in final.values())
    for p in final.values():
        own = norm_key(p["name"])
        p["aliases"] = [a for a in dedupe(p["aliases"], own) if canonical[norm_key(a)] == 0]
        p["surnames"] = dedupe(p["surnames"])
    return final, stats


def clean(text):
    return text.replace("\t", " ").replace("|", " ").strip()


def write(final, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    persons_path = os.path.join(out_dir, "persons.tsv")
    roles_path = os.path.join(out_dir, "person_roles.tsv")
    with open(persons_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("person_id\tname\taliases\tsurnames\tsource\n")
        for pid in sorted(final):
            p = final[pid]
            fh.write("\t".join([pid, clean(p["name"]), "|".join(map(clean, p["aliases"])),
                                "|".join(map(clean, p["surnames"])), p["source"]]) + "\n")
    n_roles = 0
    with open(roles_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("person_id\tcountry\trole\ttitle\tfrom\tto\n")
        for pid in sorted(final):
            for r in sorted(set(final[pid]["roles"]), key=lambda r: (r[3] or "00000000", r[4] or "99999999", r)):
                fh.write("\t".join([pid, r[0], r[1], clean(r[2]), r[3], r[4]]) + "\n")
                n_roles += 1
    return persons_path, roles_path, n_roles


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", default=DEFAULT_SOURCE, help="folder with the Phoenix *.actors.txt files")
    ap.add_argument("--countries", default=DEFAULT_COUNTRIES, help="mledoze countries.json (ISO codes only)")
    ap.add_argument("--out", default=OUT_DIR)
    args = ap.parse_args()
    final, stats = build(args.source, args.countries)
    persons_path, roles_path, n_roles = write(final, args.out)
    curated = sum(1 for p in final.values() if p["source"] == "curated")
    print(f"persons: {len(final)} ({curated} curated), roles: {n_roles}")
    for k in sorted(stats):
        print(f"  {k}: {stats[k]}")
    for path in (persons_path, roles_path):
        print(f"  {os.path.relpath(path, ROOT)}: {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
