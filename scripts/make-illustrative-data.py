#!/usr/bin/env python3
"""Write the example pack's ILLUSTRATIVE series (made-up numbers, clearly labelled).

There is no public data by area for Children's Centre registration or engagement, CAF
completions, the share of schools judged good or outstanding by quarter, child protection
reviews on time, or a local FSM attainment gap: these were local management information
(docs/data-sources/README.md, "Not available as public data"). The example pack still needs
them to tell the story in the 2013/14 Q4 Children's Trust Board minutes, so this script makes
them up, deterministically, and labels every row:

- each indicator's `source` says "Illustrative data (not Stockport's real figures)";
- every Stockport row's `note` says the same; England rows say they are not England's figures.

The only numbers taken from the minutes are the ones the board heard: registration at 55% in
2013/14 Q4 (against Ofsted's expectation of 80%) and 65% engagement with targeted groups in
Offerton. Everything else is a plausible shape, not a fact.

Run from the repository root: python3 scripts/make-illustrative-data.py
The random generator has a fixed seed, so the output is byte-identical on every run.
"""

from __future__ import annotations

import csv
import math
import pathlib
import random

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "Indicators" / "data"

HEADER = [
    "indicator", "period", "area", "value", "numerator", "denominator",
    "lower_ci", "upper_ci", "status", "note",
]
STOCKPORT = "E08000007"
ENGLAND = "E92000001"
NOTE = "Illustrative data (not Stockport's real figures)"
ENGLAND_NOTE = "Illustrative data (not England's real figures)"

SEED = 20140331  # the end of 2013/14, the quarter the Children's Trust Board discussed

# Financial quarters 2009/10 Q1 … 2019/20 Q2: 42 quarters; index 19 is 2013/14 Q4.
FIRST_YEAR = 2009
QUARTERS = 42
Q4_2013 = 19
# Index 28 is 2016/17 Q1: registration has reached its new level (cc-registration.yaml rebases
# its SPC chart here).
REBASE = 28


def quarter_label(i: int) -> str:
    year = FIRST_YEAR + i // 4
    return f"{year}/{(year + 1) % 100:02d} Q{i % 4 + 1}"


def year_label(start: int) -> str:
    return f"{start}/{(start + 1) % 100:02d}"


def row(indicator, period, area=STOCKPORT, value="", numerator="", denominator="", note=NOTE):
    return [indicator, period, area, value, numerator, denominator, "", "", "", note]


def percent(numerator: int, denominator: int) -> float:
    return 100 * numerator / denominator


def write(indicator: str, rows: list[list]) -> None:
    keys = [(r[1], r[2]) for r in rows]
    assert len(keys) == len(set(keys)), f"{indicator}: duplicate (period, area)"
    with open(OUT / f"{indicator}.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"{indicator}: {len(rows)} rows")


def cc_registration(rng: random.Random) -> None:
    """Under-5s registered with a Children's Centre: 55.0% (5412 / 9840) in 2013/14 Q4.

    Rising steadily to 2013/14 Q4 (so the SPC chart shows a run and a trend, and the process
    limits sit well below Ofsted's 80%). Then birth registrations are linked with health
    records, as the minutes expected, and registration climbs through 2014/15 and 2015/16 to
    about 80%. From 2016/17 Q1 (REBASE) the new process holds steady at about 80-83%: that is
    the quarter `spc.rebase` names in cc-registration.yaml, so the last segment gets limits of
    its own instead of XmR limits stretched over a 42-quarter climb, which would say nothing.
    """
    rows = []
    for i in range(QUARTERS):
        denominator = round(9600 + 12 * i + rng.uniform(-40, 40))
        if i <= Q4_2013:
            # 38% → 55% over 20 quarters; the slope (≈0.9 points a quarter) dwarfs the noise
            # from 2012/13 on, so the last eight quarters before 2013/14 Q4 rise every time.
            share = 38.0 + 17.0 * i / Q4_2013 + (rng.uniform(-0.8, 0.8) if i < 12 else rng.uniform(-0.2, 0.2))
        elif i < REBASE:
            # The link with health: about 3 points a quarter for eight quarters, 55% → 80%.
            share = 55.0 + 25.0 * (i - Q4_2013) / (REBASE - 1 - Q4_2013) + rng.uniform(-0.5, 0.5)
        else:
            # The new steady state: common-cause variation around 81.5%.
            share = 81.5 + rng.uniform(-1.0, 1.0)
        if i == Q4_2013:
            numerator, denominator = 5412, 9840  # the 55% the board heard
        else:
            numerator = round(share / 100 * denominator)
        rows.append(row("cc-registration", quarter_label(i), numerator=numerator, denominator=denominator))
    values = [percent(int(r[4]), int(r[5])) for r in rows]
    assert values[Q4_2013] == 55.0
    assert all(values[j] < values[j + 1] for j in range(Q4_2013 - 8, Q4_2013)), "no clear trend"
    assert all(v < 75 for v in values[: Q4_2013 + 1]), "must be red up to 2013/14 Q4"
    assert values[-1] >= 80.0, "should reach Ofsted's 80% by 2019/20 Q2"
    assert all(80.0 <= v <= 83.0 for v in values[REBASE:]), "steady at 80-83% from 2016/17 Q1"
    # England (illustrative): about 67% in 2013/14 Q4, a slower rise.
    for i in range(QUARTERS):
        value = 60.0 + 7.0 * i / Q4_2013 if i <= Q4_2013 else 67.0 + 0.35 * (i - Q4_2013)
        value += rng.uniform(-0.3, 0.3) if i != Q4_2013 else 0
        rows.append(row("cc-registration", quarter_label(i), ENGLAND, f"{value:.1f}", note=ENGLAND_NOTE))
    write("cc-registration", rows)


def cc_targeted_engagement(rng: random.Random) -> None:
    """Targeted families in Offerton engaged with their Children's Centre: 65% in 2013/14 Q4."""
    rows = []
    for i in range(QUARTERS):
        denominator = round(250 + rng.uniform(-15, 15))
        if i <= Q4_2013:
            share = 48.0 + 17.0 * i / Q4_2013 + rng.uniform(-2.0, 2.0)
        else:
            share = 65.0 + 8.0 * (1 - math.exp(-(i - Q4_2013) / 8)) + rng.uniform(-2.0, 2.0)
        if i == Q4_2013:
            numerator, denominator = 169, 260  # 65.0%, the figure from the last inspection
        else:
            numerator = round(share / 100 * denominator)
        rows.append(row("cc-targeted-engagement", quarter_label(i), numerator=numerator, denominator=denominator))
    assert percent(int(rows[Q4_2013][4]), int(rows[Q4_2013][5])) == 65.0
    write("cc-targeted-engagement", rows)


def caf_completions(rng: random.Random) -> None:
    """CAFs completed in the quarter: rising, as the minutes report."""
    rows = []
    for i in range(QUARTERS):
        if i <= Q4_2013:
            level = 45 + 85 * (i / Q4_2013) ** 1.3
        else:
            level = 130 + 45 * (1 - math.exp(-(i - Q4_2013) / 10))
        # The noise (±4) is smaller than the quarterly rise by 2013/14 (about 6), and the
        # reporting quarter's is kept non-negative, so the increase the board heard is there.
        noise = rng.uniform(0, 4) if i == Q4_2013 else rng.uniform(-4, 4)
        rows.append(row("caf-completions", quarter_label(i), value=round(level + noise)))
    counts = [int(r[3]) for r in rows]
    assert counts[Q4_2013] > counts[Q4_2013 - 1] and counts[Q4_2013] > counts[Q4_2013 - 4], "must show an increase"
    write("caf-completions", rows)


def good_schools(rng: random.Random) -> None:
    """Schools whose latest Ofsted judgement is good or outstanding, at the quarter's end."""
    rows = []
    for i in range(QUARTERS):
        denominator = 120 - (1 if i > 24 else 0) - (1 if i > 33 else 0)  # a couple of closures/mergers
        share = 68.0 + 14.0 * i / Q4_2013 if i <= Q4_2013 else 82.0 + 8.0 * (1 - math.exp(-(i - Q4_2013) / 9))
        numerator = round((share + rng.uniform(-1.2, 1.2)) / 100 * denominator)
        rows.append(row("good-schools", quarter_label(i), numerator=min(numerator, denominator), denominator=denominator))
    shares = [percent(int(r[4]), int(r[5])) for r in rows]
    assert shares[Q4_2013] > shares[Q4_2013 - 4], "must show an increase over the year"
    write("good-schools", rows)


def cp_reviews_on_time(rng: random.Random) -> None:
    """Child protection plans reviewed within timescale (review conferences held on time)."""
    rows = []
    for i in range(QUARTERS):
        denominator = round(70 + 10 * math.sin(i / 3) + rng.uniform(-8, 8))
        late = min(denominator, max(0, round(rng.uniform(0, 5))))
        rows.append(row("cp-reviews-on-time", quarter_label(i), numerator=denominator - late, denominator=denominator))
    write("cp-reviews-on-time", rows)


def fsm_attainment_gap(rng: random.Random) -> None:
    """Percentage-point gap between pupils eligible for FSM and other pupils, academic years.

    Narrowing to 2009/10, then widening for three years to 2012/13 (the risk Phil Beswick
    raised), then narrowing once the action plan is in place. A fixed path, not random noise:
    the point is the shape the board discussed.
    """
    path = {
        2006: 33.4, 2007: 32.1, 2008: 30.9, 2009: 29.6, 2010: 30.5, 2011: 31.3, 2012: 32.6,
        2013: 31.8, 2014: 30.7, 2015: 29.9, 2016: 29.2, 2017: 28.1, 2018: 27.5,
    }
    rows = [
        row("fsm-attainment-gap", year_label(year), value=f"{gap:.1f}")
        for year, gap in path.items()
    ]
    write("fsm-attainment-gap", rows)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    # One generator per series, each seeded from the fixed seed and the series' name, so that
    # changing one series never changes another.
    for make in (cc_registration, cc_targeted_engagement, caf_completions, good_schools,
                 cp_reviews_on_time, fsm_attainment_gap):
        make(random.Random(f"{SEED}:{make.__name__}"))


if __name__ == "__main__":
    main()
