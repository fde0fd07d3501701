#!/usr/bin/env python3
"""Convert the published Stockport data in docs/data-sources/ into the pack's data format.

Reads the raw measure files (copied verbatim from their public sources; see
docs/data-sources/PROVENANCE.md and README.md there) and writes one file per indicator to
Indicators/data/<indicator-id>.csv with the header

    indicator,period,area,value,numerator,denominator,lower_ci,upper_ci,status,note

Rules, so that the pack shows exactly what was published:

- Values, counts, denominators and CIs are copied as text, character for character: nothing is
  parsed to a float and printed again, so nothing is re-rounded.
- Every row of every area is kept, including rows with an empty value (gaps stay visible).
- Only the period label changes, to the form the indicator's periodicity uses (design §4.3):
  LAIT's single-year labels for academic and financial years become `2015/16`, and 31 March
  snapshots become dates (`2016-03-31`).
- No number is derived: no denominator is back-calculated from a rate and a count.

Run from the repository root: python3 scripts/convert-stockport-data.py
It is deterministic; running it again gives byte-identical files.
"""

from __future__ import annotations

import csv
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = ROOT / "docs" / "data-sources"
OUT = ROOT / "Indicators" / "data"

HEADER = [
    "indicator", "period", "area", "value", "numerator", "denominator",
    "lower_ci", "upper_ci", "status", "note",
]


def same(label: str) -> str:
    """Labels the source already writes as the pack does (`2016/17`, `2010/11`, `2019`)."""
    return label


def ending_year_to_pair(label: str) -> str:
    """LAIT labels a year by the calendar year it ends in: `2016` → `2015/16`."""
    end = int(label)
    return f"{end - 1}/{end % 100:02d}"


def march_snapshot(label: str) -> str:
    """A count at 31 March, labelled by that year: `2016` → `2016-03-31`."""
    int(label)  # fail loudly on anything that is not a plain year
    return f"{label}-03-31"


def no_note(row: dict[str, str]) -> str:
    return ""


def exclusion_note(row: dict[str, str]) -> str:
    # The README's caveat: schools were partly closed, so these years are not comparable.
    if row["period"] in ("2019/20", "2020/21"):
        return "Schools partly closed (COVID-19): not comparable with other years"
    return ""


def eyfsp_note(row: dict[str, str]) -> str:
    if row["period"] in ("2020", "2021") and row["value"] == "":
        return "EYFSP not collected in 2019/20 or 2020/21 (COVID-19)"
    if row["period"] == "2022":
        return "EYFS profile reformed in September 2021: not directly comparable with earlier years"
    return ""


def breastfeeding_note(row: dict[str, str]) -> str:
    if row["value"] == "":
        return "No value published (LAIT shows '-'; usually a figure that failed data-quality checks)"
    return ""


# (raw file, indicator id, relabel, note rule)
MEASURES = [
    ("under18_conception_rate.csv", "under18-conceptions", same, no_note),
    ("permanent_exclusion_rate.csv", "permanent-exclusions", same, exclusion_note),
    ("suspension_rate.csv", "suspensions", same, exclusion_note),
    ("injury_admissions_0_14.csv", "injury-admissions", same, no_note),
    ("children_looked_after_rate.csv", "children-looked-after", march_snapshot, no_note),
    ("child_protection_plan_rate.csv", "child-protection-plans", march_snapshot, no_note),
    ("eyfsp_good_level_of_development.csv", "good-level-of-development", ending_year_to_pair,
     eyfsp_note),
    ("breastfeeding_6_8_weeks.csv", "breastfeeding", ending_year_to_pair, breastfeeding_note),
]

RAW_COLUMNS = [
    "measure", "area_code", "area_name", "period", "value", "numerator", "denominator",
    "lower_ci_95", "upper_ci_95", "unit", "source",
]


def known_areas() -> set[str]:
    with open(SOURCES / "areas.csv", newline="", encoding="utf-8") as f:
        return {row["area_code"] for row in csv.DictReader(f)}


def convert(raw: str, indicator: str, relabel, note_rule, areas: set[str]) -> int:
    with open(SOURCES / raw, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != RAW_COLUMNS:
            sys.exit(f"{raw}: unexpected columns {reader.fieldnames}")
        rows = list(reader)
    seen: set[tuple[str, str]] = set()
    out_rows = []
    for line, row in enumerate(rows, start=2):
        if row["area_code"] not in areas:
            sys.exit(f"{raw}:{line}: area {row['area_code']} is not in areas.csv")
        period = relabel(row["period"])
        key = (period, row["area_code"])
        if key in seen:
            sys.exit(f"{raw}:{line}: duplicate {key}")
        seen.add(key)
        out_rows.append([
            indicator, period, row["area_code"], row["value"], row["numerator"],
            row["denominator"], row["lower_ci_95"], row["upper_ci_95"], "", note_rule(row),
        ])
    path = OUT / f"{indicator}.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(out_rows)
    return len(out_rows)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    areas = known_areas()
    for raw, indicator, relabel, note_rule in MEASURES:
        count = convert(raw, indicator, relabel, note_rule, areas)
        print(f"{indicator}: {count} rows from {raw}")


if __name__ == "__main__":
    main()
