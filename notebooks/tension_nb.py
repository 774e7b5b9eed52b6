"""Shared helpers for the analyst notebooks: load the job's output tables and save figures.

The tables are read with pyarrow datasets (hive partitioning) rather than a bare pd.read_parquet, because
pandas cannot merge the dictionary-typed partition column when Spark wrote a null partition
(date=__HIVE_DEFAULT_PARTITION__ for articles without a date).
"""
import html
import json
import math
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import pyarrow.dataset as ds

# Columns of each table per the output contract; an empty or missing table still gets them.
COLUMNS = {
    "articles": ["article_id", "url", "source", "title", "text", "published_at", "date", "date_source",
                 "language", "status", "duplicate_of", "reason"],
    "quarantine": ["source_file", "record", "raw", "reason"],
    "mentions": ["article_id", "date", "sentence_index", "entity_type", "entity_id", "entity_name", "surface",
                 "begin", "end", "method", "affiliation"],
    "comentions": ["article_id", "date", "window", "sentence_index", "pair_type", "entity_a", "entity_b",
                   "sentence", "tone", "goldstein", "quad_class", "cues", "tension", "relation", "source", "target"],
    "pair_tension": ["granularity", "period_start", "pair_type", "entity_a", "entity_b", "name_a", "name_b",
                     "articles", "sources", "comentions", "tone_mean", "conflict_share", "cooperation_share",
                     "goldstein_mean", "tension", "tension_low", "tension_high", "tension_z", "a_to_b_conflict",
                     "b_to_a_conflict", "a_to_b_cooperation", "b_to_a_cooperation", "evidence"],
}
GRANULARITIES = ("month", "week", "day")
# One fixed scale for every tension colour, so figures can be compared with each other.
TENSION_CMAP = "RdYlGn_r"
TENSION_NORM = plt.Normalize(vmin=0, vmax=100)


def _dataset(output, name):
    path = Path(output) / name
    if path.is_dir() and any(path.rglob("*.parquet")):
        return ds.dataset(str(path), format="parquet", partitioning="hive")
    return None


def count_rows(output, name):
    """Rows of table `name` without loading it (0 when absent)."""
    dataset = _dataset(output, name)
    return 0 if dataset is None else dataset.count_rows()


def load_table(output, name, columns=None, where=None):
    """The table `name` under `output` as a DataFrame; empty (with the contract's columns) when absent.

    `columns` limits what is read (articles.text is large on real runs); `where` is a dict
    {column: value} of equality filters applied while reading.
    """
    wanted = list(columns) if columns is not None else COLUMNS.get(name, [])
    frame = pd.DataFrame()
    dataset = _dataset(output, name)
    if dataset is not None:
        read = None if columns is None else [c for c in columns if c in dataset.schema.names]
        condition = None
        for column, value in (where or {}).items():
            term = ds.field(column) == value
            condition = term if condition is None else condition & term
        frame = dataset.to_table(columns=read, filter=condition).to_pandas()
    for column in wanted:
        if column not in frame.columns:
            frame[column] = pd.Series(dtype="object")
    for column in ("date", "period_start"):
        if column in frame.columns:
            frame[column] = pd.to_datetime(frame[column].astype("string"), errors="coerce")
    if "published_at" in frame.columns:
        stamps = pd.to_datetime(frame["published_at"], errors="coerce")
        # Spark's INT96 timestamps come back naive; the job writes them in UTC.
        frame["published_at"] = stamps.dt.tz_localize("UTC") if stamps.dt.tz is None else stamps.dt.tz_convert("UTC")
    return frame


def load_report(output):
    """run_report.json under `output` as a dict, or None when the job has not written one."""
    path = Path(output) / "run_report.json"
    if not path.is_file():
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def pick_granularity(pairs, wanted):
    """`wanted` when pair_tension has it, else the coarsest granularity present, else None."""
    present = set(pairs["granularity"].dropna().astype(str))
    if wanted in present:
        return wanted
    for g in GRANULARITIES:
        if g in present:
            print(f"Granularity {wanted!r} is not in the output; using {g!r} instead.")
            return g
    return None


def pair_label(row, names=True):
    """'Russia – United States' (or the ids when names are missing or names=False)."""
    a = row["name_a"] if names and isinstance(row.get("name_a"), str) else row["entity_a"]
    b = row["name_b"] if names and isinstance(row.get("name_b"), str) else row["entity_b"]
    return f"{a} – {b}"


def evidence_rows(pairs):
    """One row per evidence item of the given pair_tension rows, with the period it belongs to."""
    rows = []
    for _, row in pairs.iterrows():
        items = row["evidence"]
        if items is None or (isinstance(items, float) and math.isnan(items)):
            continue
        for item in items:
            rows.append({"period_start": row["period_start"], **dict(item)})
    return pd.DataFrame(rows, columns=["period_start", "article_id", "url", "sentence", "tension"])


def html_table(frame, link_column="url"):
    """An HTML table of `frame` with every cell escaped and `link_column` as clickable http(s) links."""
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    body = []
    for _, row in frame.iterrows():
        cells = []
        for column in frame.columns:
            value = row[column]
            text = "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)
            if column == link_column and text.lower().startswith(("http://", "https://")):
                cells.append(f'<td><a href="{html.escape(text, quote=True)}" target="_blank" rel="noopener">'
                             f"{html.escape(text)}</a></td>")
            else:
                cells.append(f'<td style="text-align:left">{html.escape(text)}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def figures_dir(output):
    """OUTPUT/figures, created when missing."""
    path = Path(output) / "figures"
    path.mkdir(parents=True, exist_ok=True)
    return path


def save_show(fig, output, name):
    """Saves `fig` as OUTPUT/figures/<name>.png and shows it."""
    path = figures_dir(output) / f"{name}.png"
    fig.savefig(path, dpi=110, bbox_inches="tight")
    plt.show()
    return path


def no_data(output, name, message):
    """Says `message` and saves a figure carrying it, so an empty run still leaves a picture to look at."""
    print(message)
    fig, ax = plt.subplots(figsize=(6, 1.6))
    ax.text(0.5, 0.5, message, ha="center", va="center", wrap=True)
    ax.set_axis_off()
    return save_show(fig, output, name)
