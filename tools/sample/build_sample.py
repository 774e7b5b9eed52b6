#!/usr/bin/env python3
"""Build the bundled sample corpus (data/sample/) and the seed test fixtures.

Outputs (paths relative to the repository root):
  data/sample/wikinews.jsonl       Wikinews 2019+2020 CSVs as news-please JSONL, plus 3 data-quality lines
  data/sample/seed-modelled.jsonl  one original article (tools/sample/seed-modelled.txt) modelled on the seed
  src/test/resources/fixtures/seed/article-blinken-lavrov.txt             byte copy of the seed (test only)
  src/test/resources/fixtures/seed/article-blinken-lavrov.newsplease.json the seed as one news-please object
  src/test/resources/fixtures/small/us-russia.jsonl                       4 tiny hand-written records

Usage: python3 tools/sample/build_sample.py [--shared ../shared]
Python 3.11 standard library only; the output is byte-for-byte deterministic.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

WIKINEWS_DOMAIN = "en.wikinews.org"
# news-please stamps every record with its crawl time; a fixed value keeps the output reproducible.
WIKINEWS_DOWNLOADED = "2021-01-15 10:00:00"
SEED_DOWNLOADED = "2021-05-21 08:00:00"

# Wikinews pages open with a dateline such as "Friday, January 4, 2019"; it is no lead sentence.
DATELINE = re.compile(r"^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}\s*$")
SENTENCE_END = re.compile(r"[.!?][\"'”’)]?(?=\s+[\"“‘(]?[A-Z0-9])")
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "lt", "col", "sgt", "prof", "rev", "gov",
                 "sen", "rep", "no", "vs", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "aug", "sep",
                 "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m"}
MAX_DESCRIPTION = 600  # longer means the sentence split failed


def record(url, domain, title, maintext, description, date_publish, date_download):
    """One news-please record with the field order news-please itself writes (no id: the job hashes)."""
    return {
        "url": url,
        "source_domain": domain,
        "title": title,
        "maintext": maintext,
        "description": description,
        "date_publish": date_publish,
        "date_modify": None,
        "date_download": date_download,
        "language": "en",
        "authors": [],
    }


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


def write_lines(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for line in lines:
            out.write(line + "\n")


def first_sentence(text: str) -> str | None:
    """The lead sentence of the first non-dateline paragraph, or None when there is none of sane length."""
    for paragraph in text.split("\n"):
        paragraph = paragraph.replace("\xa0", " ").strip()
        if not paragraph or DATELINE.match(paragraph):
            continue
        for match in SENTENCE_END.finditer(paragraph):
            word = paragraph[: match.start()].rsplit(None, 1)[-1].lower()
            if len(word) == 1 or word in ABBREVIATIONS:
                continue
            paragraph = paragraph[: match.end()]
            break
        return paragraph if len(paragraph) <= MAX_DESCRIPTION else None
    return None


def wikinews_records(shared: Path) -> list[dict]:
    rows = []
    for year in (2019, 2020):
        path = shared / "data" / "corpus" / "wikinews" / f"wikinews_{year}.csv"
        with path.open(encoding="utf-8", newline="") as f:
            rows.extend(csv.DictReader(f))
    records = []
    for row in rows:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["date"]):
            raise ValueError(f"unexpected date {row['date']!r} for {row['url']}")
        url = row["url"].replace("wikinews.org//wiki/", "wikinews.org/wiki/")
        records.append(record(url, WIKINEWS_DOMAIN, row["title"], row["text"], first_sentence(row["text"]),
                              f"{row['date']} 00:00:00", WIKINEWS_DOWNLOADED))
    records.sort(key=lambda r: (r["date_publish"], r["url"]))
    urls = [r["url"] for r in records]
    if len(set(urls)) != len(urls):
        raise ValueError("duplicate URLs in the Wikinews CSVs")
    return records


def data_quality_lines(records: list[dict]) -> list[str]:
    """Three lines that exercise quarantine, skip and duplicate handling (documented in data/sample/README.md)."""
    malformed = '{"url": "https://example.org/news/truncated-record", "title": "Truncated record", "maintext": "This line'
    empty = record("https://example.org/news/empty-maintext", "example.org", "Record without text", "", None,
                   "2020-06-01 00:00:00", WIKINEWS_DOWNLOADED)
    duplicate = dict(records[0], url=records[0]["url"] + "?utm_source=twitter")
    return [malformed, dumps(empty), dumps(duplicate)]


def seed_modelled_record() -> dict:
    text = (HERE / "seed-modelled.txt").read_text(encoding="utf-8").rstrip("\n")
    title = text.split("\n")[2]
    return record("https://example.org/news/world/blinken-lavrov-reykjavik", "example.org", title, text, None,
                  "None", SEED_DOWNLOADED)


def seed_fixture_record(seed_text: str) -> dict:
    title = [line for line in seed_text.split("\n") if line.strip()][1]
    return record("https://www.srf.ch/news/international/blinken-lavrov", "www.srf.ch", title, seed_text, None,
                  "None", SEED_DOWNLOADED)


def small_fixture_records() -> list[dict]:
    base = "https://example.org/news"
    return [
        record(f"{base}/2021/03/01/us-sanctions-russia", "example.org", "US imposes new sanctions on Russia",
               "The United States imposed new sanctions on Russia. "
               "Moscow condemned the move and threatened retaliation.",
               None, "2021-03-01 00:00:00", "2021-03-01 18:00:00"),
        record(f"{base}/2021/03/02/france-germany-agreement", "example.org",
               "France and Germany sign cooperation agreement",
               "France and Germany signed an agreement to deepen their cooperation on energy research. "
               "The French and German ministers praised the partnership and promised joint funding.",
               None, "2021-03-02 00:00:00", "2021-03-02 18:00:00"),
        record(f"{base}/2021/03/02/library-budget", "example.org", "Council approves library budget",
               "The city council approved a larger budget for public libraries. "
               "The mayor said opening hours would be extended from next month.",
               None, "2021-03-02 00:00:00", "2021-03-02 18:00:00"),
        record(f"{base}/world/china-india-border-talks", "example.org", "China and India hold border talks",
               "Officials from China and India held talks on easing tensions along their disputed border. "
               "Both sides agreed to keep communication channels open.",
               None, "None", "2021-03-03 09:00:00"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="the read-only shared material (default: ../shared beside the repository)")
    shared = parser.parse_args().shared

    sample = REPO / "data" / "sample"
    wikinews = wikinews_records(shared)
    write_lines(sample / "wikinews.jsonl", [dumps(r) for r in wikinews] + data_quality_lines(wikinews))
    write_lines(sample / "seed-modelled.jsonl", [dumps(seed_modelled_record())])

    fixtures = REPO / "src" / "test" / "resources" / "fixtures"
    seed_src = shared / "seed" / "article-blinken-lavrov.txt"
    seed_dst = fixtures / "seed" / "article-blinken-lavrov.txt"
    seed_dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(seed_src, seed_dst)
    seed_text = seed_src.read_bytes().decode("utf-8")
    write_lines(fixtures / "seed" / "article-blinken-lavrov.newsplease.json", [dumps(seed_fixture_record(seed_text))])
    write_lines(fixtures / "small" / "us-russia.jsonl", [dumps(r) for r in small_fixture_records()])

    print(f"wikinews.jsonl: {len(wikinews)} articles + 3 data-quality lines")
    print("seed-modelled.jsonl: 1 record; fixtures: seed copy, seed news-please object, 4 small records")


if __name__ == "__main__":
    main()
