"""Indicators: summarise 1,000,000 birth records of one year (and a bare Python baseline).

Cases, on the same seeded synthetic register (records built once, outside the timings):

- ``summarize`` — :func:`fpcore.indicators.summarize` of a register of 1,000,000 birth records
  (and its population), with the report (rates, reasons, notes);
- ``summarize_classify`` — the same with a ``classify`` callable for the ~20 % of births that have
  no recorded ruling (a trivial rule: the cost of calling back into Python);
- ``bare_loop`` — a hand-written loop over the same records counting births, sexes, rulings,
  orders and first births by age into dicts (no report): what the tally costs without fpcore;
- ``summarize_full_register`` — the births plus 500,000 deaths, 2,000,000 married women and
  500,000 marriages (4,000,000 records; for information).

Targets: ``summarize_1m_births`` (seconds, goal ≤ 3 s — "a few seconds on one core"),
``summarize_vs_bare`` (ratio of best-of-N times, goal ≤ 1.5) and ``summarize_classify_vs_bare``
(goal ≤ 3). The time to build the records themselves is printed for information.
"""

from __future__ import annotations

import random
import time
from datetime import date, timedelta

from fpcore import DINGNAN
from fpcore.indicators import (
    BirthRecord,
    ContraceptiveMethod,
    DeathRecord,
    Marriage,
    MarriedWoman,
    Register,
    summarize,
)

BIRTHS = 1_000_000
YEAR = 2009
SEED = 20091231


def _population(seed: int = SEED) -> dict[str, tuple[object, ...]]:
    rng = random.Random(seed)
    days = [date(YEAR, 1, 1) + timedelta(days=d) for d in range(365)]
    other = [date(YEAR - 1, 12, 31), date(YEAR + 1, 1, 1)]
    births = tuple(
        BirthRecord(
            date=rng.choice(days) if rng.random() < 0.99 else rng.choice(other),
            sex="male" if rng.random() < 0.53 else "female",
            birth_order=rng.choices((1, 2, 3, 4), weights=(55, 38, 6, 1))[0],
            mother_age=rng.randint(18, 45) if rng.random() < 0.97 else None,
            within_policy=rng.choices((True, False, None), weights=(75, 5, 20))[0],
        )
        for _ in range(BIRTHS)
    )
    deaths = tuple(DeathRecord(date=rng.choice(days)) for _ in range(BIRTHS // 2))
    methods = [None, *ContraceptiveMethod]
    women = tuple(
        MarriedWoman(
            method=rng.choice(methods),
            fecund=rng.random() < 0.95,
            children=rng.randint(0, 3),
            one_child_certificate=rng.random() < 0.5,
        )
        for _ in range(BIRTHS * 2)
    )
    marriages = tuple(
        Marriage(
            date=rng.choice(days), husband_age=rng.randint(20, 40), wife_age=rng.randint(18, 38)
        )
        for _ in range(BIRTHS // 2)
    )
    return {"births": births, "deaths": deaths, "married_women": women, "marriages": marriages}


def _bare(births: tuple[BirthRecord, ...]) -> dict[object, int]:
    counts: dict[object, int] = {}
    for record in births:
        if record.date.year != YEAR:
            continue
        for key in (
            record.sex,
            ("ruling", record.within_policy),
            ("order", record.birth_order),
            ("age", record.mother_age) if record.birth_order == 1 else None,
        ):
            counts[key] = counts.get(key, 0) + 1
    return counts


def run(measure):  # type: ignore[no-untyped-def]
    from run import Target  # the runner's own module

    start = time.perf_counter()
    data = _population()
    built = time.perf_counter() - start
    print(f"[indicators] built {BIRTHS:,} birth records and the rest in {built:.1f} s (not timed)")

    def register() -> Register:
        return Register(
            jurisdiction=DINGNAN,
            population_start=2_050_000,
            population_end=2_070_000,
            births=data["births"],  # type: ignore[arg-type]
        )

    def full_register() -> Register:
        return Register(
            jurisdiction=DINGNAN, population_start=2_050_000, population_end=2_070_000, **data
        )

    def classify(record: BirthRecord) -> bool:
        return record.birth_order < 3

    timings = [
        measure("summarize", lambda: summarize(register(), year=YEAR), items=BIRTHS),
        measure(
            "summarize_classify",
            lambda: summarize(register(), year=YEAR, classify=classify),
            items=BIRTHS,
        ),
        measure("bare_loop", lambda: _bare(data["births"]), items=BIRTHS),  # type: ignore[arg-type]
        measure(
            "summarize_full_register",
            lambda: summarize(full_register(), year=YEAR),
            items=sum(len(v) for v in data.values()),
        ),
    ]
    by_name = {t.name: t for t in timings}
    # best-of-N times: on a shared machine the minimum is the least disturbed measurement
    bare = by_name["bare_loop"].best
    targets = [
        Target("summarize_1m_births", by_name["summarize"].best, 3.0, "s"),
        Target("summarize_vs_bare", by_name["summarize"].best / bare, 1.5, "×"),
        Target("summarize_classify_vs_bare", by_name["summarize_classify"].best / bare, 3.0, "×"),
    ]
    return timings, targets
