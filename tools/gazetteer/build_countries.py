#!/usr/bin/env python3
"""Build the country gazetteer resources from mledoze/countries (ODbL-1.0) plus curated files.

Reads  ../shared/data/gazetteer-sources/mledoze_countries/countries.json (or --source),
       tools/gazetteer/countries-curated.tsv, tools/gazetteer/cities-curated.tsv (kind `city`)
       and tools/gazetteer/ambiguous-curated.tsv;
writes src/main/resources/gazetteer/countries.tsv  (alias, iso3, kind, name: one row per surface form)
   and src/main/resources/gazetteer/ambiguous.tsv  (alias, iso3, rule).

Deterministic: the same inputs give byte-identical outputs (rows sorted by code point). Python stdlib only.
Run from the repository root:  python3 tools/gazetteer/build_countries.py
"""
import argparse
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SOURCE = ROOT.parent / "shared/data/gazetteer-sources/mledoze_countries/countries.json"
CURATED = ROOT / "tools/gazetteer/countries-curated.tsv"
CITIES = ROOT / "tools/gazetteer/cities-curated.tsv"
AMBIGUOUS_CURATED = ROOT / "tools/gazetteer/ambiguous-curated.tsv"
OUT_DIR = ROOT / "src/main/resources/gazetteer"

ALIAS_KINDS = ["name", "official", "abbrev", "alt", "historical", "capital", "metonym", "demonym", "demonym_plural",
               "city"]
# When one surface form comes from several fields of the same country, the earlier kind is kept.
KIND_RANK = {kind: rank for rank, kind in enumerate(ALIAS_KINDS)}
RULES = {"needs_country_context", "prefer_by_context", "not_person_name", "not_lowercase", "not_in_allcaps",
         "context", "anti_context", "block"}
# mledoze files Kosovo under "UNK"; XKX is the user-assigned code the EU, IMF and most datasets use.
ISO3_RECODE = {"UNK": "XKX"}
# Demonyms whose plural is the same word (the Swiss, the Malagasy) or not formed with -s.
NO_PLURAL_ENDINGS = ("ese", "s", "sh", "ch", "z", "x", "y", "ic")
NO_PLURAL = {"Burkinabe", "I-Kiribati", "Ni-Vanuatu", "Motswana", "Mosotho", "Vatican", "Djibouti", "Gibraltar"}


def fail(message):
    sys.exit(f"build_countries: {message}")


def read_tsv(path, columns):
    """Rows of a curated TSV as tuples; '#' comments and blank lines skipped; duplicates are an error."""
    rows, seen = [], set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != columns or any(not f.strip() or f != f.strip() for f in fields):
            fail(f"{path.name}:{number}: expected {columns} tab-separated non-empty fields, got {line!r}")
        row = tuple(fields)
        if row in seen:
            fail(f"{path.name}:{number}: duplicate row {line!r}")
        seen.add(row)
        rows.append((number, row))
    return rows


def is_latin(text):
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def usable_alt(alt):
    """Alternate spellings as news would print them: Latin script, capitalised, not inverted ISO forms."""
    return (len(alt) > 2 and alt[0].isupper() and is_latin(alt)
            and ", " not in alt and "(" not in alt and not alt.startswith("The "))


def split_demonym(value):
    parts = []
    for chunk in value.split(", "):
        parts.extend(chunk.split(" or "))
    return [p.strip() for p in parts if p.strip()]


def plural(demonym):
    if demonym in NO_PLURAL or demonym.endswith(NO_PLURAL_ENDINGS):
        return None
    return demonym + "s"


def json_candidates(countries):
    """(alias, iso3, kind) triples contributed by the JSON, plus iso3 -> display name and independence."""
    triples, display, independent = [], {}, {}
    for country in countries:
        iso3 = ISO3_RECODE.get(country["cca3"], country["cca3"])
        common, official = country["name"]["common"], country["name"]["official"]
        display[iso3] = common
        independent[iso3] = bool(country.get("independent"))
        triples.append((common, iso3, "name"))
        triples.append((official, iso3, "official"))
        for alt in country.get("altSpellings", []):
            if usable_alt(alt):
                triples.append((alt, iso3, "abbrev" if alt.isupper() and " " not in alt else "alt"))
        for capital in country.get("capital", []):
            triples.append((capital, iso3, "capital"))
        eng = country.get("demonyms", {}).get("eng", {})
        for demonym in sorted({d for v in eng.values() for d in split_demonym(v)}):
            triples.append((demonym, iso3, "demonym"))
            if plural(demonym):
                triples.append((plural(demonym), iso3, "demonym_plural"))
    return triples, display, independent


def resolve_aliases(json_triples, curated_rows, display, independent):
    """One (iso3, kind) per alias (curated rows win, then same-country kind rank, then the independent state), and
    the aliases the curated file drops."""
    drops = {}
    curated = {}
    for number, (alias, iso3, kind) in curated_rows:
        if kind == "drop":
            drops[alias] = (number, iso3)
        elif kind == "display":
            if iso3 not in display:
                fail(f"countries-curated.tsv:{number}: unknown iso3 {iso3} for display name {alias!r}")
            display[iso3] = alias
        elif kind == "city":
            fail(f"countries-curated.tsv:{number}: cities go in cities-curated.tsv, got {alias!r}")
        elif kind in KIND_RANK:
            if iso3 not in display:
                fail(f"countries-curated.tsv:{number}: unknown iso3 {iso3} for alias {alias!r}")
            if alias in curated and curated[alias][0] != iso3:
                fail(f"countries-curated.tsv:{number}: {alias!r} curated for both {curated[alias][0]} and {iso3}")
            if alias not in curated or KIND_RANK[kind] < KIND_RANK[curated[alias][1]]:
                curated[alias] = (iso3, kind)
        else:
            fail(f"countries-curated.tsv:{number}: unknown kind {kind!r}")

    by_alias = {}
    for alias, iso3, kind in json_triples:
        by_alias.setdefault(alias, set()).add((iso3, kind))

    used_drops = set()
    resolved, dropped = {}, []
    for alias in sorted(by_alias):
        if alias in drops and drops[alias][1] in {"*"} | {iso3 for iso3, _ in by_alias[alias]}:
            used_drops.add(alias)
            continue
        isos = sorted({iso3 for iso3, _ in by_alias[alias]})
        if len(isos) > 1:
            sovereign = [iso3 for iso3 in isos if independent[iso3]]
            if len(sovereign) != 1:
                if alias not in curated:
                    dropped.append(f"{alias} ({'/'.join(isos)})")
                continue
            isos = sovereign
        iso3 = isos[0]
        kind = min((k for i, k in by_alias[alias] if i == iso3), key=KIND_RANK.get)
        resolved[alias] = (iso3, kind)

    unused = sorted(set(drops) - used_drops)
    if unused:
        fail(f"countries-curated.tsv: drop rows match no JSON alias: {unused}")
    resolved.update(curated)
    if dropped:
        print("ambiguous across countries, left out (curate to keep): " + ", ".join(dropped), file=sys.stderr)
    return resolved, set(drops)


def add_cities(resolved, city_rows, display, dropped):
    """Adds kind `city` for each curated city; a capital stays `capital`, a clash with another country fails."""
    added = 0
    for number, (alias, iso3) in city_rows:
        where = f"cities-curated.tsv:{number}"
        if iso3 not in display:
            fail(f"{where}: unknown iso3 {iso3!r} for city {alias!r}")
        if alias in dropped:
            fail(f"{where}: city {alias!r} is dropped in countries-curated.tsv")
        if alias in resolved:
            if resolved[alias][0] != iso3:
                fail(f"{where}: city {alias!r} is already an alias of {resolved[alias][0]}, not {iso3}")
            continue
        resolved[alias] = (iso3, "city")
        added += 1
    return added


def with_curly_apostrophes(resolved):
    """News prints both apostrophes ("Côte d'Ivoire", "Côte d’Ivoire"); the matcher needs each as a phrase."""
    for alias in sorted(resolved):
        curly = alias.replace("'", "\u2019")
        if curly != alias and curly not in resolved:
            resolved[curly] = resolved[alias]


def token_contains(phrase, alias):
    """True when alias occurs in phrase with no letter or digit directly before or after it."""
    start = phrase.find(alias)
    while start >= 0:
        end = start + len(alias)
        before_ok = start == 0 or not phrase[start - 1].isalnum()
        after_ok = end == len(phrase) or not phrase[end].isalnum()
        if before_ok and after_ok:
            return True
        start = phrase.find(alias, start + 1)
    return False


def check_ambiguous(rows, aliases, iso3s):
    out = []
    for number, (alias, iso3, rule) in rows:
        where = f"ambiguous-curated.tsv:{number}"
        if rule not in RULES:
            fail(f"{where}: unknown rule {rule!r}, expected one of {sorted(RULES)}")
        if rule == "block":
            if iso3 != "-":
                fail(f"{where}: a block row needs iso3 '-', got {iso3!r}")
            if alias in aliases:
                fail(f"{where}: blocker {alias!r} is itself a country alias")
            if not any(token_contains(alias, a) for a in aliases):
                fail(f"{where}: blocker {alias!r} contains no country alias, so it blocks nothing")
        elif iso3 not in iso3s:
            fail(f"{where}: unknown iso3 {iso3!r}")
        elif rule in ("context", "anti_context"):
            pass
        elif alias not in aliases:
            fail(f"{where}: {alias!r} is not an alias in countries.tsv")
        elif rule in ("needs_country_context", "not_person_name", "not_lowercase", "not_in_allcaps") \
                and aliases[alias][0] != iso3:
            fail(f"{where}: {alias!r} maps to {aliases[alias][0]} in countries.tsv, not {iso3}")
        out.append((alias, iso3, rule))
    for alias in {a for a, _, r in out if r == "prefer_by_context"}:
        candidates = {i for a, i, r in out if a == alias and r == "prefer_by_context"}
        if aliases[alias][0] not in candidates:
            fail(f"ambiguous-curated.tsv: prefer_by_context candidates of {alias!r} miss its default "
                 f"{aliases[alias][0]}")
    return sorted(out)


def write_tsv(path, header, rows):
    lines = ["\t".join(header)] + ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="mledoze countries.json")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output directory")
    args = parser.parse_args()
    if not args.source.is_file():
        fail(f"source not found: {args.source} (expected mledoze/countries countries.json)")

    countries = json.loads(args.source.read_text(encoding="utf-8"))
    triples, display, independent = json_candidates(countries)
    aliases, dropped = resolve_aliases(triples, read_tsv(CURATED, 3), display, independent)
    cities = add_cities(aliases, read_tsv(CITIES, 2), display, dropped)
    with_curly_apostrophes(aliases)
    for alias in aliases:
        if alias == "us" or (len(alias) <= 2 and alias not in ("US", "UK")):
            fail(f"alias {alias!r}: two-letter forms other than US and UK are not allowed")
    ambiguous = check_ambiguous(read_tsv(AMBIGUOUS_CURATED, 3), aliases, set(display))

    args.out.mkdir(parents=True, exist_ok=True)
    country_rows = sorted((alias, iso3, kind, display[iso3]) for alias, (iso3, kind) in aliases.items())
    write_tsv(args.out / "countries.tsv", ("alias", "iso3", "kind", "name"), country_rows)
    write_tsv(args.out / "ambiguous.tsv", ("alias", "iso3", "rule"), ambiguous)
    print(f"countries.tsv: {len(country_rows)} aliases for {len({r[1] for r in country_rows})} countries "
          f"({cities} cities added); ambiguous.tsv: {len(ambiguous)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
