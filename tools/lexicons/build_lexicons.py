#!/usr/bin/env python3
"""Convert the open lexicons in ../shared/data/lexicons into the compact TSVs the scorer loads.

Usage (from the repository root):
    python3 tools/lexicons/build_lexicons.py [--src ../shared/data/lexicons] [--out src/main/resources/lexicons]

Standard library only; the output is byte-for-byte deterministic for the same input.
Every phrase is tokenised exactly like io.newstension.score.Tokens does at run time (see tokenize()),
so that a lexicon entry and a sentence token compare with a plain string equality.
"""
import argparse
import os
import re
import sys

# Must mirror io.newstension.score.Tokens: runs of letters/digits; an apostrophe between two
# letters/digits stays inside the token ("didn't"); everything else (hyphens, dots) separates.
def tokenize(text):
    text = text.replace("\u2019", "'").lower()
    out, cur, i, n = [], [], 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isalnum():
            cur.append(ch)
        elif ch == "'" and cur and i + 1 < n and text[i + 1].isalnum():
            cur.append(ch)
        else:
            if cur:
                out.append("".join(cur))
                cur = []
        i += 1
    if cur:
        out.append("".join(cur))
    return out


# ---------------------------------------------------------------- VADER

# From vaderSentiment.py (C.J. Hutto, MIT licence): BOOSTER_DICT (single words only; the
# profanity boosters are left out because they do not occur in news) and the NEGATE list.
B_INCR, B_DECR = 0.293, -0.293
BOOSTERS_INCR = """absolutely amazingly awfully completely considerable considerably decidedly deeply
enormous enormously entirely especially exceptional exceptionally extreme extremely fabulously
fully greatly highly hugely incredible incredibly intensely major majorly more most particularly
purely quite really remarkably so substantially thoroughly total totally tremendous tremendously
unbelievably unusually utter utterly very""".split()
BOOSTERS_DECR = """almost barely hardly kinda less little marginal marginally occasional occasionally
partly scarce scarcely slight slightly somewhat sorta""".split()
NEGATORS = """aint arent cannot cant couldnt darent didnt doesnt ain't aren't can't couldn't daren't
didn't doesn't dont hadnt hasnt havent isnt mightnt mustnt neither don't hadn't hasn't haven't isn't
mightn't mustn't neednt needn't never none nope nor not nothing nowhere oughtnt shant shouldnt
wasnt werent oughtn't shan't shouldn't wasn't weren't without wont wouldnt won't wouldn't rarely
seldom despite no""".split()
# Only for event cues: "refused to meet", "failed to sign" deny the event that follows.
EVENT_NEGATORS = "refuse refuses refused refusing fail fails failed failing".split()
# Speculation markers; an event cue in a hedged sentence counts half.
HEDGES = """may might could reportedly possible possibly allegedly alleged perhaps apparently
purportedly""".split()


# Words whose sentiment is an artefact of institution names in international news ("United States",
# "Communist Party", "Security Council", "Supreme Court", "Ministry of Justice"); left out of vader.tsv.
NAME_WORDS = {"united", "party", "security", "supreme", "justice"}


def build_vader(src, out):
    rows = {}
    skipped = 0
    with open(os.path.join(src, "vader", "vader_lexicon.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            word, valence = parts[0], float(parts[1])
            toks = tokenize(word)
            # Emoticons and multi-word entries cannot come out of the run-time tokeniser.
            if len(toks) != 1 or toks[0] != word.lower():
                skipped += 1
                continue
            if toks[0] in NAME_WORDS:
                continue
            rows.setdefault(toks[0], valence)
    lines = [f"{w}\t{v:g}" for w, v in sorted(rows.items())]
    write_tsv(out, "vader.tsv",
              ["VADER sentiment lexicon (Hutto & Gilbert 2014), MIT licence; see NOTICE-lexicons.md.",
               f"single-token entries only ({skipped} emoticon/multi-word entries dropped); without the name words "
               + " ".join(sorted(NAME_WORDS)) + " (see build_lexicons.py)",
               "token\tvalence (mean human rating, -4..+4)"], lines)
    return len(lines)


def build_modifiers(out):
    lines = []
    for w in sorted(set(NEGATORS)):
        lines.append(f"{w}\tnegator\t-0.74")
    for w in sorted(set(BOOSTERS_INCR)):
        lines.append(f"{w}\tbooster\t{B_INCR}")
    for w in sorted(set(BOOSTERS_DECR)):
        lines.append(f"{w}\tbooster\t{B_DECR}")
    for w in sorted(set(EVENT_NEGATORS)):
        lines.append(f"{w}\tevent_negator\t0")
    for w in sorted(set(HEDGES)):
        lines.append(f"{w}\thedge\t0.5")
    write_tsv(out, "modifiers.tsv",
              ["Negators and boosters from vaderSentiment.py (MIT); event negators and hedges are this project's.",
               "token\tkind (negator|booster|event_negator|hedge)\tvalue (negation scalar, booster increment, hedge weight)"],
              lines)
    return len(lines)


# ---------------------------------------------------------------- Goldstein / CAMEO codes

# The GDELT lookup file has one mangled name (MacRoman quotes around a lost "t").
NAME_FIXES = {"044": "Meet at a third location"}


def quad_class(code):
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 9:
        return 2
    if root <= 14:
        return 3
    return 4


def build_goldstein(src, out):
    base = os.path.join(src, "cameo_gdelt")
    names = {}
    with open(os.path.join(base, "CAMEO.eventcodes.txt"), encoding="utf-8") as f:
        next(f)
        for line in f:
            code, name = line.rstrip("\n").split("\t", 1)
            names[code] = NAME_FIXES.get(code, " ".join(name.split()))
    weights = {}
    with open(os.path.join(base, "CAMEO.goldsteinscale.txt"), encoding="utf-8") as f:
        next(f)
        for line in f:
            code, w = line.split()
            weights[code] = float(w)
    missing = sorted(set(weights) - set(names))
    if missing:
        sys.exit(f"codes without a name: {missing}")
    lines = [f"{c}\t{weights[c]:g}\t{names[c]}\t{quad_class(c)}" for c in sorted(weights)]
    write_tsv(out, "goldstein.tsv",
              ["CAMEO event codes with Goldstein (1992) conflict-cooperation weights, from the GDELT lookup tables.",
               "quad_class: 1 verbal cooperation (01-05), 2 material cooperation (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20)",
               "code\tgoldstein\tname\tquad_class"], lines)
    return weights


# ---------------------------------------------------------------- PETRARCH2 verb patterns

BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")  # a few headers read "[120]---  ---"
CODE = re.compile(r"\[([^\]]*)\]")
MAX_OBJECT_VARIANTS = 12  # a pattern with several synonym sets is capped to keep the table small

# Bare verb forms that, without PETRARCH's parse tree, are mostly nouns, adjectives, names or idioms in
# news text ("according to", "took place", "in March", "fire", "study", "forces"); chosen from the most
# frequent coded tokens of the Wikinews sample. Their object patterns stay ("take hostage", "fire missiles").
BARE_STOPLIST = set("""
according accord accords aid aids aim aims add added adding adds affect affected affects associate associated
award awarded awards back backs benefit benefits best better bid bill bills break breaking breaks broke broken
buy bought campaign campaigns catch caught chain challenge challenges charge charges check checks claim
claimed claiming claims clear combat combined command conduct conducted conducting conflict conflicts connected
contain contained containing control controlled counter cry crying damage deal deals decide decided determine
die died dies direct dominated engage establish established exchange expand expanded expect expected express
expressed fill fine fines fire fires force forces found founded free fund funding funds give given gives giving
gave govern governing groom guard handle handled handling harry head help helped helping helps host hosts
impact impacts improve improved improving increase increased increasing institute issue issued issues lead
leading led link linked loan manage managed march marches mars master masters match mean meaning means meant
mine mourning need needed needs object objects order ordered orders pass passed passing pay paid paying plan
planned planning plans pound pounds press pressure prize provide provided provides providing pull purchase
ready related relating release released releases releasing render research retired rule ruled rules ruling
search sentence serve state states united escalate escalated escalates escalating served serving shock shocked shocks sponsored stock stone storm study studied studies
studying supply surrounding sworn take taken takes taking task tasks tax taxes tend took trade train training
value values volunteer volunteers want wanted wanting wants wrestling
""".split())


def plural(word):
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    if word.endswith(("S", "X", "Z", "CH", "SH")):
        return word + "ES"
    return word + "S"


def regular_forms(root):
    """PETRARCH's regular inflection of a verb root, plus the doubled-consonant forms of short CVC roots."""
    forms = [root]
    if root.endswith("E"):
        forms += [root + "S", root + "D", root[:-1] + "ING"]
    elif root.endswith("Y") and len(root) > 1 and root[-2] not in "AEIOU":
        forms += [root[:-1] + "IES", root[:-1] + "IED", root + "ING"]
    elif root.endswith(("S", "X", "Z", "CH", "SH")):
        forms += [root + "ES", root + "ED", root + "ING"]
    else:
        forms += [root + "S", root + "ED", root + "ING"]
        if (len(root) <= 4 and len(root) >= 3 and root[-1] not in "AEIOUWXY"
                and root[-2] in "AEIOU" and root[-3] not in "AEIOU"):
            forms += [root + root[-1] + "ED", root + root[-1] + "ING"]
    return forms


def verb_forms(entry):
    """Surface forms of one verb line: 'EXPEL {EXPELS EXPELLED}' or '+ASK_FOR {+ASKED_FOR}' or 'WARN'."""
    head, _, rest = entry.partition("{")
    root = head.split()[0].lstrip("+")
    if rest:
        listed = [w.lstrip("+").strip(",") for w in rest.split("}")[0].split()]
        return [root] + [w for w in listed if w]
    words = root.split("_")
    if len(words) > 1 and words[0] != "RE":
        return [f + "_" + "_".join(words[1:]) for f in regular_forms(words[0])]
    return regular_forms(root)


def parse_code(text):
    """'[163]' -> '163'; '[042:043]' -> '042'; '[:173]' -> '173'; '[---]' -> '---'; '[080!]' -> '080'."""
    text = text.replace("!", "").strip()
    if text in ("", "---"):
        return "---" if text == "---" else None
    first, _, second = text.partition(":")
    return first or second or None


def normalise_code(code, known):
    """Map a code to the nearest code GDELT weighs (4-digit -> 3-digit parent), or None."""
    if code is None or code == "---":
        return code
    c = code
    while c and c not in known:
        c = c[:-1]
    return c if len(c) >= 2 else None


def read_synsets(lines):
    synsets, name = {}, None
    for line in lines:
        s = line.split("#")[0].strip()
        if s.startswith("&"):
            name = s.split()[0]
            synsets[name] = []
        elif s.startswith("+") and name:
            word = s[1:].split()[0]
            phrase = word.rstrip("_").replace("_", " ")
            synsets[name].append(phrase)
            if not word.endswith("_"):
                synsets[name].append(" ".join(phrase.split()[:-1] + [plural(phrase.split()[-1])]))
        elif not s:
            name = None
    return synsets


def expand_object(tokens, synsets):
    """Object words of a pattern -> list of alternative token lists ('A/B' and '&SET' expand)."""
    variants = [[]]
    for tok in tokens:
        if tok.startswith("&"):
            alts = synsets.get(tok, synsets.get(tok + "_"))
            if alts is None:
                return []
        else:
            alts = [a.replace("_", " ") for a in tok.split("/") if a]
        variants = [v + tokenize(a) for v in variants for a in alts]
        if len(variants) > MAX_OBJECT_VARIANTS:
            variants = variants[:MAX_OBJECT_VARIANTS]
    return [v for v in variants if v]


def build_cameo_verbs(src, out, known_codes):
    with open(os.path.join(src, "petrarch2", "CAMEO.2.0.txt"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("####### VERB PATTERNS"))
    synsets = read_synsets(lines[:start])

    entries = {}  # (phrase, verb_len) -> code; the first definition in the file wins
    stats = {"pre_verb_patterns": 0, "unknown_code": 0, "duplicates": 0,
             "bare_stoplisted": 0}

    def add(tokens, verb_len, code):
        code = normalise_code(code, known_codes)
        if code is None:
            stats["unknown_code"] += 1
            return
        key = (" ".join(tokens), verb_len)
        if key in entries:
            stats["duplicates"] += 1
            return
        entries[key] = code

    block_code, verbs, patterns = None, {}, []

    def flush():
        for root, (forms, code) in verbs.items():
            if code is not None and code != "---":
                for form in forms:
                    if form.lower() in BARE_STOPLIST:
                        stats["bare_stoplisted"] += 1
                        continue
                    add(tokenize(form.replace("_", " ")), len(tokenize(form.replace("_", " "))), code)
        for pre, obj, code, owner in patterns:
            if pre:
                stats["pre_verb_patterns"] += 1
                continue
            # The comment names the verb the pattern was written for (root or inflected form); PETRARCH
            # applies it to every verb of the block, which over-generates, so it is kept to that verb
            # when the name is found.
            owners = [v for v in verbs.values() if owner is not None and owner in v[0]]
            targets = owners[:1] or list(verbs.values())
            for forms, _ in targets:
                for form in forms:
                    vt = tokenize(form.replace("_", " "))
                    for ot in expand_object(obj, synsets):
                        add(vt + ot, len(vt), code)

    for raw in lines[start:]:
        line = raw.rstrip()
        m = BLOCK.match(line)
        if m:
            flush()
            block_code = parse_code(m.group(2))
            verbs, patterns = {}, []
            continue
        if not line or line.startswith("#") or line.startswith("~"):
            continue
        body, _, comment = line.partition("#")
        if line.startswith("-"):
            cm = CODE.search(body)
            if not cm:
                continue
            words = body[1:cm.start()].split()
            if "*" not in words:
                continue
            star = words.index("*")
            pre = [w for w in words[:star] if w not in ("$", "+", "^", "%")]
            obj = [w for w in words[star + 1:] if w not in ("$", "+", "^", "%")]
            obj = [w.strip("(){}") for w in " ".join(obj).replace("(", " ").replace(")", " ")
                   .replace("{", " ").replace("}", " ").split()]
            obj = [w for w in obj if w and w not in ("$", "+", "^", "%")]
            owner = comment.split()[0].upper() if comment.split() else None
            if owner is not None and not re.fullmatch(r"[A-Z_]+", owner):
                owner = None  # a coder's note, not a verb name
            if obj:
                patterns.append((pre, obj, parse_code(cm.group(1)), owner))
            continue
        cm = CODE.search(body)
        code = parse_code(cm.group(1)) if cm else block_code
        entry = body[:cm.start()] if cm else body
        if not entry.strip():
            continue
        root = entry.split()[0].lstrip("+").split("{")[0]
        verbs[root] = (verb_forms(entry), code)
    flush()

    rows = sorted(entries.items(), key=lambda kv: (kv[0][0], kv[0][1]))
    lines_out = [f"{phrase}\t{code}\t{vlen}" for (phrase, vlen), code in rows]
    write_tsv(out, "cameo_verbs.tsv",
              ["PETRARCH2 CAMEO verb dictionary (Open Event Data Alliance, MIT licence), inflected and flattened.",
               "phrase: the verb form followed by the object words of a pattern; verb_tokens: how many leading tokens are the verb",
               "(the scorer lets a few words sit between verb and object). code '---' = PETRARCH's 'no event' (blocks the bare verb).",
               "phrase\tcode\tverb_tokens"], lines_out)
    return len(lines_out), stats


# ---------------------------------------------------------------- GPR

GPR_CATEGORIES = {
    "War_words": "war", "Peace_words": "peace", "Military_words": "military",
    "Nuclear_bigrams": "nuclear", "Terrorism_words": "terror", "Actor_words": "actor",
    "Threat_words": "threat", "Peace_disruption_words": "disruption", "Buildup_words": "buildup",
    "War_begin_words": "war_begin", "Actor_fight_words": "fight", "Terrorism_act_words": "terror_act",
    "Exclusion_words": "exclude",
}


def build_gpr(src, out):
    rows = []
    seen = set()
    with open(os.path.join(src, "gpr", "gpr_search_query_table1.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            section, name, terms = line.rstrip("\n").split("\t")
            if section == "category":
                continue
            cat = GPR_CATEGORIES[name]
            for term in terms.split("|"):
                term = term.strip().strip('"')
                prefix = term.endswith("*")
                toks = tokenize(term.rstrip("*"))
                key = (" ".join(toks) + ("*" if prefix else ""), cat)
                if key not in seen:
                    seen.add(key)
                    rows.append(key)
    lines = [f"{t}\t{c}" for t, c in rows]
    write_tsv(out, "gpr_terms.tsv",
              ["Word sets of the Geopolitical Risk index, Caldara & Iacoviello (2022), AER 112(4), Table 1.",
               "term: lowercase tokens; a trailing '*' matches any word starting with the last token. category kinds:",
               "topics war peace military nuclear terror actor; acts threat disruption buildup war_begin fight terror_act; exclude.",
               "term\tcategory"], lines)
    return len(lines)


def write_tsv(out, name, header, lines):
    path = os.path.join(out, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write("# " + h + "\n")
        for l in lines:
            f.write(l + "\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=os.path.join(root, "..", "shared", "data", "lexicons"))
    ap.add_argument("--out", default=os.path.join(root, "src", "main", "resources", "lexicons"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    weights = build_goldstein(args.src, args.out)
    n_vader = build_vader(args.src, args.out)
    n_mod = build_modifiers(args.out)
    n_verbs, stats = build_cameo_verbs(args.src, args.out, set(weights))
    n_gpr = build_gpr(args.src, args.out)
    print(f"goldstein.tsv {len(weights)} rows; vader.tsv {n_vader}; modifiers.tsv {n_mod}; "
          f"cameo_verbs.tsv {n_verbs} ({stats}); gpr_terms.tsv {n_gpr}")


if __name__ == "__main__":
    main()
