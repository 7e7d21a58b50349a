"""Benchmarks of issue 4's speed targets (not tests: nothing here is timed in CI).

* ``explained_vs_bare`` — one explained ``fpcore.assess("reward_assistance", …)`` against a bare
  hand-written predicate of the same conditions with no explanation, same families, same run,
  results cross-checked to the fen. Goal ≤ 5×.
* ``county_all_programmes`` — every registered programme for a Dingnan-sized synthetic county
  (≈ 60,000 families, generated beforehand), on one core. Goal < 5 s.
* ``streaming_memory`` — peak traced memory of ``assess_many`` streaming every programme over a
  lazily generated county of 20,000 families, against the same for 2,000 (tracing is slow, hence
  the smaller sizes). Goal: flat (ratio ≤ 1.5).

``rows()`` returns the measured rows and ``targets()`` the target lines; ``benchmarks/run.py``
prints them.
"""

from __future__ import annotations

import statistics
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import fpcore
from fpcore import Hukou, Sex
from fpcore.batch import assess_many
from fpcore.synthetic import DINGNAN_2010, county

ON = date(2012, 6, 30)
ON_BY_PROGRAMME = {
    "reward_assistance": date(2012, 6, 30),
    "special_assistance": date(2015, 6, 30),
    "one_child_parent_reward": date(2010, 6, 30),
    "family_planning_insurance": date(2009, 6, 30),
    "childcare_subsidy": date(2025, 6, 30),
}


def _bare_reward_assistance(on: date) -> Callable[[fpcore.Family], Decimal]:
    """The reward-and-assistance conditions written by hand: no checks, no explanation."""
    book = fpcore.default_book()
    where = fpcore.DINGNAN

    def value(key):
        return book.value(key, on=on, jurisdiction=where)

    rural_amount = value("reward_assistance.amount")
    urban_ok = value("reward_assistance.urban.in_force")
    urban_amount = value("reward_assistance.urban.amount") if urban_ok else None
    urban_age = {
        Sex.MALE: value("reward_assistance.urban.min_age_male") if urban_ok else None,
        Sex.FEMALE: value("reward_assistance.urban.min_age_female") if urban_ok else None,
    }
    min_age = value("reward_assistance.min_age")
    born_from = value("reward_assistance.born_from")
    first = value("reward_assistance.compliance_from")
    last = value("reward_assistance.compliance_until")
    zero = Decimal("0.00")

    def predicate(family: fpcore.Family) -> Decimal:
        spouses = [p for p in (family.mother, family.father) if p is not None]
        rural = all(p.hukou is Hukou.RURAL for p in spouses)
        if not rural and not urban_ok:
            return zero
        for child in family.children:
            in_window = not child.adopted and first <= child.birth_date <= last
            if in_window and child.within_policy is not True:
                return zero
        had = [c for c in family.children if c.birth_date <= on]
        living = [c for c in had if c.death_date is None or on < c.death_date]
        n = len(living)
        ok = n == 1 or (n == 0 and had)
        if rural and n == 2 and all(c.sex is Sex.FEMALE for c in living):
            ok = True
        if not ok:
            return zero
        total = zero
        for p in spouses:
            if p.death_date is not None and p.death_date <= on:
                continue
            b = p.birth_date
            age = on.year - b.year - ((on.month, on.day) < (b.month, b.day))
            limit = min_age if rural else urban_age[p.sex]
            if b >= born_from and age >= limit:
                total += rural_amount if rural else urban_amount
        return total

    return predicate


def _time(fn: Callable[[], object], repeats: int) -> list[float]:
    fn()  # warm-up, excluded
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def _peak(families: int) -> int:
    profile = DINGNAN_2010.scaled(max(DINGNAN_2010.families // families, 1))
    tracemalloc.start()
    for code in fpcore.programs():
        for _ in assess_many(code, county(profile, seed=1), on=ON_BY_PROGRAMME[code]):
            pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def measure(*, repeats: int = 3, sample: int = 20000, log=None) -> dict[str, object]:
    """Run every benchmark; return the raw figures (``log`` gets progress lines)."""
    log = log or (lambda _line: None)
    population = list(county(DINGNAN_2010, seed=1))
    subset = population[:sample] + population[-sample // 2 :]
    bare = _bare_reward_assistance(ON)

    def explained() -> list[Decimal]:
        return [fpcore.assess("reward_assistance", f, on=ON).amount for f in subset]

    def hand() -> list[Decimal]:
        return [bare(f) for f in subset]

    if explained() != hand():  # cross-check to the fen before timing anything
        raise AssertionError("bare predicate and fpcore disagree")
    log("cross-check ok")
    t_explained = _time(explained, repeats)
    t_bare = _time(hand, repeats)
    log(f"explained {min(t_explained):.2f} s, bare {min(t_bare):.2f} s")

    def everything() -> None:
        for code in fpcore.programs():
            on = ON_BY_PROGRAMME[code]
            for family in population:
                fpcore.assess(code, family, on=on)

    t_county = _time(everything, repeats)
    log(f"county {min(t_county):.2f} s")
    per_programme = {
        code: _time(
            lambda code=code: [
                fpcore.assess(code, f, on=ON_BY_PROGRAMME[code]) for f in population
            ],
            1,
        )[0]
        for code in fpcore.programs()
    }
    log("per programme done")
    t_generate = _time(lambda: sum(1 for _ in county(DINGNAN_2010, seed=1)), 1)
    log(f"generate {t_generate[0]:.2f} s")
    peak_small, peak_large = _peak(2000), _peak(20000)
    return {
        "families": len(population),
        "sample": len(subset),
        "explained": t_explained,
        "bare": t_bare,
        "county": t_county,
        "per_programme": per_programme,
        "generate": t_generate,
        "peak_small": peak_small,
        "peak_large": peak_large,
    }


def rows(figures: dict[str, object] | None = None) -> list[tuple[str, str, str]]:
    """``(benchmark, min, median)`` rows for the table."""
    f = measure() if figures is None else figures
    n = f["sample"]

    def us(times):
        return f"{min(times) / n * 1e6:.2f} µs", f"{statistics.median(times) / n * 1e6:.2f} µs"

    out = [
        ("assess reward_assistance (explained), per family", *us(f["explained"])),
        ("bare predicate, per family", *us(f["bare"])),
        (
            f"all {len(fpcore.programs())} programmes, {f['families']:,} families",
            f"{min(f['county']):.2f} s",
            f"{statistics.median(f['county']):.2f} s",
        ),
    ]
    out += [
        (f"  {code}, {f['families']:,} families", f"{t:.2f} s", "")
        for code, t in f["per_programme"].items()
    ]
    out += [
        (f"generate the county ({f['families']:,} families)", f"{f['generate'][0]:.2f} s", ""),
        ("peak memory streaming 2,000 families", f"{f['peak_small'] / 1024:.0f} KiB", ""),
        ("peak memory streaming 20,000 families", f"{f['peak_large'] / 1024:.0f} KiB", ""),
    ]
    return out


def targets(figures: dict[str, object] | None = None) -> list[str]:
    """One line per target: ``target <name>: measured <v> <unit>, goal <v> <unit>, ok|short``."""
    f = measure() if figures is None else figures
    ratio = statistics.median(f["explained"]) / statistics.median(f["bare"])
    county_s = statistics.median(f["county"])
    memory = f["peak_large"] / f["peak_small"]

    def line(name, value, unit, goal, ok):
        return (
            f"target {name}: measured {value} {unit}, goal {goal} {unit}, {'ok' if ok else 'short'}"
        )

    return [
        line("explained_vs_bare", f"{ratio:.1f}", "×", "≤ 5", ratio <= 5),
        line("county_all_programmes", f"{county_s:.2f}", "s", "< 5", county_s < 5),
        line("streaming_memory_ratio", f"{memory:.2f}", "×", "≤ 1.5", memory <= 1.5),
    ]


def run(_measure):  # type: ignore[no-untyped-def]
    """Adapter for ``benchmarks/run.py``: the figures above as runner timings and targets."""
    from run import Target, Timing  # the runner's own module

    f = measure(repeats=3, log=lambda line: print(f"[incentives] {line}"))
    n, families = f["sample"], f["families"]
    timings = [
        Timing("assess_reward_assistance_explained", tuple(f["explained"]), n),
        Timing("bare_reward_assistance_predicate", tuple(f["bare"]), n),
        Timing("county_all_programmes", tuple(f["county"]), families * len(fpcore.programs())),
    ]
    targets = [
        Target("explained_vs_bare", min(f["explained"]) / min(f["bare"]), 5.0, "×"),
        Target("county_all_programmes", min(f["county"]), 5.0, "s"),
        Target("streaming_memory_ratio", f["peak_large"] / f["peak_small"], 1.5, "×"),
    ]
    return timings, targets
