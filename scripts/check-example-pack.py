#!/usr/bin/env python3
"""Check the example pack in Indicators/ against its sources and the pack format.

Independent of the Swift loader, so a conversion mistake is caught even before the loader
exists. It checks:

1. every real-data row equals its row in docs/data-sources/ (text for text, period relabelled);
2. the spot values listed in docs/data-sources/README.md;
3. the periods available at the two reporting periods, as the README's table says;
4. the pack format: CSV header, area codes, period labels, duplicates, value vs
   numerator/denominator within the rounding of the value, illustrative labelling;
5. the YAML: indicator keys (design §4.2), ids equal file names, themes, commentary and
   partners name real indicators and themes.

Run from the repository root: python3 scripts/check-example-pack.py (exit 1 on any failure).
"""

from __future__ import annotations

import csv
import pathlib
import re
import sys
from decimal import Decimal

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
PACK = ROOT / "Indicators"
SOURCES = ROOT / "docs" / "data-sources"
HEADER = [
    "indicator", "period", "area", "value", "numerator", "denominator",
    "lower_ci", "upper_ci", "status", "note",
]
ILLUSTRATIVE = "Illustrative data (not Stockport's real figures)"
STOCKPORT, ENGLAND = "E08000007", "E92000001"

failures: list[str] = []


def check(condition: bool, message: str) -> None:
    if not condition:
        failures.append(message)


def load_data() -> dict[str, list[dict[str, str]]]:
    data = {}
    for path in sorted((PACK / "data").glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            check(reader.fieldnames == HEADER, f"{path.name}: header {reader.fieldnames}")
            data[path.stem] = list(reader)
    return data


def find(rows, period, area=STOCKPORT):
    hits = [r for r in rows if r["period"] == period and r["area"] == area]
    return hits[0] if len(hits) == 1 else None


def spot(data, indicator, period, area=STOCKPORT, **expected) -> None:
    row = find(data[indicator], period, area)
    if row is None:
        failures.append(f"spot check: no single row {indicator} {period} {area}")
        return
    for key, value in expected.items():
        check(row[key] == value, f"spot check {indicator} {period} {area} {key}: {row[key]!r} != {value!r}")


# (raw file, indicator, relabel) — mirrors scripts/convert-stockport-data.py, written again on
# purpose so the check does not trust the converter's own mapping code.
REAL = {
    "under18-conceptions": ("under18_conception_rate.csv", lambda p: p),
    "permanent-exclusions": ("permanent_exclusion_rate.csv", lambda p: p),
    "suspensions": ("suspension_rate.csv", lambda p: p),
    "injury-admissions": ("injury_admissions_0_14.csv", lambda p: p),
    "children-looked-after": ("children_looked_after_rate.csv", lambda p: f"{p}-03-31"),
    "child-protection-plans": ("child_protection_plan_rate.csv", lambda p: f"{p}-03-31"),
    "good-level-of-development": ("eyfsp_good_level_of_development.csv",
                                  lambda p: f"{int(p) - 1}/{p[2:]}"),
    "breastfeeding": ("breastfeeding_6_8_weeks.csv", lambda p: f"{int(p) - 1}/{p[2:]}"),
}


def check_against_sources(data) -> None:
    for indicator, (raw, relabel) in REAL.items():
        with open(SOURCES / raw, newline="", encoding="utf-8") as f:
            source = list(csv.DictReader(f))
        rows = data.get(indicator, [])
        check(len(rows) == len(source), f"{indicator}: {len(rows)} rows, source has {len(source)}")
        for src, row in zip(source, rows):
            want = [relabel(src["period"]), src["area_code"], src["value"], src["numerator"],
                    src["denominator"], src["lower_ci_95"], src["upper_ci_95"]]
            got = [row["period"], row["area"], row["value"], row["numerator"], row["denominator"],
                   row["lower_ci"], row["upper_ci"]]
            check(got == want, f"{indicator}: {got} differs from source {want}")


def check_spot_values(data) -> None:
    # The spot checks listed at the end of docs/data-sources/README.md.
    spot(data, "under18-conceptions", "1998", value="43.2", numerator="230")
    spot(data, "under18-conceptions", "2017", value="16.1", numerator="76", denominator="")
    spot(data, "under18-conceptions", "2022", value="11.7")
    spot(data, "under18-conceptions", "2022", ENGLAND, value="13.9")
    spot(data, "permanent-exclusions", "2016/17", value="0.11", numerator="43", denominator="40428")
    spot(data, "suspensions", "2016/17", value="4.17", numerator="1684", denominator="40428")
    spot(data, "permanent-exclusions", "2023/24", value="0.15217", numerator="")
    spot(data, "suspensions", "2023/24", value="8.73124", numerator="")
    spot(data, "injury-admissions", "2023/24", value="81.40579", lower_ci="74.1128",
         upper_ci="89.6234", numerator="435", denominator="53436")
    spot(data, "children-looked-after", "2025-03-31", value="75", numerator="485")
    spot(data, "child-protection-plans", "2025-03-31", value="42.1", numerator="273")
    # The illustrative figures the board heard.
    spot(data, "cc-registration", "2013/14 Q4", numerator="5412", denominator="9840", value="")
    spot(data, "cc-registration", "2013/14 Q4", ENGLAND, value="67.0")
    spot(data, "cc-targeted-engagement", "2013/14 Q4", numerator="169", denominator="260")


def stockport_periods(data, indicator) -> list[str]:
    return [r["period"] for r in data[indicator] if r["area"] == STOCKPORT]


def years(first: int, last: int, fmt) -> list[str]:
    return [fmt(y) for y in range(first, last + 1)]


def pair(y: int) -> str:
    return f"{y}/{(y + 1) % 100:02d}"


def check_coverage(data) -> None:
    # The README's table "Which series reach which reporting period", Stockport rows.
    expected_prefixes = {
        "under18-conceptions": years(1998, 2022, str),
        "permanent-exclusions": years(2006, 2023, pair),
        "suspensions": years(2006, 2023, pair),
        "injury-admissions": years(2010, 2023, pair),
        "children-looked-after": years(2016, 2025, lambda y: f"{y}-03-31"),
        "child-protection-plans": years(2016, 2025, lambda y: f"{y}-03-31"),
        "good-level-of-development": years(2015, 2024, pair),
        "breastfeeding": years(2015, 2023, pair),
    }
    for indicator, periods in expected_prefixes.items():
        check(stockport_periods(data, indicator) == periods,
              f"{indicator}: Stockport periods {stockport_periods(data, indicator)}")
    quarters = [f"{pair(2009 + i // 4)} Q{i % 4 + 1}" for i in range(42)]
    for indicator in ("cc-registration", "cc-targeted-engagement", "caf-completions",
                      "good-schools", "cp-reviews-on-time"):
        check(stockport_periods(data, indicator) == quarters,
              f"{indicator}: quarters should run 2009/10 Q1 – 2019/20 Q2")
    # Values present at the two meetings' reporting periods (latest period ending by then).
    for indicator, period in [
        ("under18-conceptions", "2013"), ("permanent-exclusions", "2012/13"),
        ("injury-admissions", "2013/14"), ("fsm-attainment-gap", "2012/13"),
        ("under18-conceptions", "2018"), ("permanent-exclusions", "2018/19"),
        ("suspensions", "2018/19"), ("injury-admissions", "2018/19"),
        ("children-looked-after", "2019-03-31"), ("child-protection-plans", "2019-03-31"),
        ("good-level-of-development", "2018/19"), ("breastfeeding", "2018/19"),
    ]:
        row = find(data[indicator], period)
        check(row is not None and row["value"] != "", f"{indicator} {period}: no Stockport value")
    check(find(data["permanent-exclusions"], "2018/19", "E08000035") is not None,
          "Leeds exclusions 2018/19 missing")


PERIOD_FORMATS = {
    "financial-quarter": r"\d{4}/\d{2} Q[1-4]",
    "financial-year": r"\d{4}/\d{2}",
    "academic-year": r"\d{4}/\d{2}",
    "calendar-year": r"\d{4}",
    "date": r"\d{4}-\d{2}-\d{2}",
}
INDICATOR_KEYS = {
    "id", "title", "theme", "description", "measure", "polarity", "periodicity", "target", "spc",
    "comparison", "owner", "lead", "source", "y_from_zero", "exceptions",
}
MEASURE_KEYS = {"type", "multiplier", "unit", "decimals", "ci"}
TARGET_KEYS = {"value", "label", "amber", "by-period", "use_ci"}
SPC_KEYS = {"chart", "profile", "rebase", "baseline", "screening", "min_points", "shift_length",
            "trend_length", "conflict"}


def within_rounding(value: str, numerator: str, denominator: str, multiplier: float) -> bool:
    v = Decimal(value)
    computed = Decimal(numerator) / Decimal(denominator) * Decimal(str(multiplier))
    half_unit = Decimal(1).scaleb(v.as_tuple().exponent) / 2
    return abs(computed - v) <= half_unit


def check_format(data, indicators, pack) -> None:
    codes = {pack["area"]["code"]}
    for c in pack["comparators"]:
        if "group" in c:
            codes |= {m["code"] for m in c["members"]}
        else:
            codes.add(c["code"])
    with open(SOURCES / "areas.csv", newline="", encoding="utf-8") as f:
        areas = list(csv.DictReader(f))
    neighbours = [a["area_code"] for a in areas if a["role"] == "statistical-neighbour"]
    group = next(c for c in pack["comparators"] if "group" in c)
    check([m["code"] for m in group["members"]] == neighbours, "neighbours not in areas.csv order")
    check(codes == {a["area_code"] for a in areas}, "pack areas differ from areas.csv")

    for name, rows in data.items():
        check(name in indicators, f"data/{name}.csv has no indicator definition")
        definition = indicators.get(name, {})
        pattern = PERIOD_FORMATS.get(definition.get("periodicity"), r".*")
        seen = set()
        for line, row in enumerate(rows, start=2):
            where = f"data/{name}.csv:{line}"
            check(row["indicator"] == name, f"{where}: indicator {row['indicator']}")
            check(re.fullmatch(pattern, row["period"]) is not None, f"{where}: period {row['period']}")
            check(row["area"] in codes, f"{where}: unknown area {row['area']}")
            key = (row["period"], row["area"])
            check(key not in seen, f"{where}: duplicate {key}")
            seen.add(key)
            check(row["value"] != "" or row["numerator"] == "" or row["denominator"] != ""
                  or definition.get("measure", {}).get("type") == "count",
                  f"{where}: numerator without value or denominator")
            if row["value"] and row["numerator"] and row["denominator"]:
                check(within_rounding(row["value"], row["numerator"], row["denominator"],
                                      definition["measure"]["multiplier"]),
                      f"{where}: value disagrees with numerator/denominator")
            if definition.get("source", "").startswith("Illustrative data"):
                check(row["note"].startswith("Illustrative data ("), f"{where}: not labelled illustrative")
                check(row["area"] != STOCKPORT or row["note"] == ILLUSTRATIVE,
                      f"{where}: Stockport row not labelled '{ILLUSTRATIVE}'")
        check(any(r["area"] == STOCKPORT for r in rows), f"{name}: no Stockport rows")


def check_yaml(data) -> tuple[dict, dict]:
    pack = yaml.safe_load(open(PACK / "pack.yaml", encoding="utf-8"))
    themes = [t["id"] for t in pack["themes"]]
    check(themes == ["staying-safe", "early-years", "poverty", "attainment", "health"], "themes")
    indicators = {}
    for path in sorted((PACK / "indicators").glob("*.yaml")):
        d = yaml.safe_load(open(path, encoding="utf-8"))
        indicators[path.stem] = d
        check(d["id"] == path.stem, f"{path.name}: id {d['id']}")
        check(set(d) <= INDICATOR_KEYS, f"{path.name}: unknown keys {set(d) - INDICATOR_KEYS}")
        check(set(d["measure"]) <= MEASURE_KEYS, f"{path.name}: measure keys")
        check(set(d.get("target", {})) <= TARGET_KEYS, f"{path.name}: target keys")
        check(set(d.get("spc", {})) <= SPC_KEYS, f"{path.name}: spc keys")
        check(d["theme"] in themes, f"{path.name}: theme {d['theme']}")
        check(path.stem in data, f"{path.name}: no data file")
    check(len(indicators) >= 13, "fewer than 13 indicators")
    for theme in themes:
        check(any(d["theme"] == theme for d in indicators.values()), f"theme {theme} has no indicator")
    for path in sorted((PACK / "commentary").glob("*.yaml")):
        for indicator, entry in yaml.safe_load(open(path, encoding="utf-8")).items():
            check(indicator in indicators, f"{path.name}: unknown indicator {indicator}")
            check(set(entry) <= {"author", "text", "actions"}, f"{path.name}: {indicator} keys")
            for action in entry.get("actions", []):
                check(set(action) <= {"owner", "action", "due"}, f"{path.name}: action keys")
    for partner in yaml.safe_load(open(PACK / "partners.yaml", encoding="utf-8")):
        check(set(partner) <= {"id", "name", "recipients", "themes", "indicators"}, "partner keys")
        check(all(t in themes for t in partner.get("themes", [])), f"partner {partner['id']} themes")
        check(all(i in indicators for i in partner.get("indicators", [])),
              f"partner {partner['id']} indicators")
        for r in partner["recipients"]:
            check(re.search(r"@example\.(org|net)>$", r) is not None, f"recipient {r}")
    return pack, indicators


def main() -> None:
    data = load_data()
    pack, indicators = check_yaml(data)
    check_against_sources(data)
    check_spot_values(data)
    check_coverage(data)
    check_format(data, indicators, pack)
    for failure in failures:
        print(f"FAIL: {failure}")
    rows = sum(len(r) for r in data.values())
    print(f"{len(indicators)} indicators, {rows} data rows: "
          + ("all checks passed" if not failures else f"{len(failures)} failures"))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
