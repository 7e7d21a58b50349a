"""Benchmarks of the incentive programmes' speed targets (not tests: nothing here is timed in CI).

* ``explained_vs_bare`` — one explained ``fpcore.assess("reward_assistance", …)`` against a bare
  hand-written predicate of the same conditions with no explanation, same families, same run,
  results cross-checked to the fen. Goal ≤ 5×. The decision records every check (code, outcome,
  facts, provenance) as it is made; the ``Check`` objects are built when ``.checks`` is first
  read. The stricter reading, where every ``Check`` object is built and read as well, is printed
  beside the target as ``explained_with_checks_read_vs_bare`` (information, not a target).
* ``county_all_programmes`` — every registered programme for a Dingnan-sized synthetic county
  (≈ 60,000 families, generated beforehand), on one core. Goal < 5 s.
* ``streaming_memory`` — peak traced memory of ``assess_many`` streaming every programme over a
  lazily generated county of 20,000 families, against the same for 2,000 (tracing is slow, hence
  the smaller sizes). Goal: flat (ratio ≤ 1.5).

The machines this runs on are shared and noisy, so the timed cases are interleaved (explained,
explained with checks read, bare, explained, …) and ratios are taken between the best runs.
``benchmarks/run.py`` prints the figures.
"""

from __future__ import annotations

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


def _interleaved(cases: dict[str, Callable[[], object]], repeats: int) -> dict[str, list[float]]:
    """Times of each case, the cases taking turns so that a noisy spell hits them all."""
    for fn in cases.values():
        fn()  # warm-up, excluded
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(repeats):
        for name, fn in cases.items():
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
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


def measure(*, repeats: int = 5, sample: int = 20000, log=None) -> dict[str, object]:
    """Run every benchmark; return the raw figures (``log`` gets progress lines)."""
    log = log or (lambda _line: None)
    population = list(county(DINGNAN_2010, seed=1))
    subset = population[:sample] + population[-sample // 2 :]
    bare = _bare_reward_assistance(ON)
    assess = fpcore.assess

    def explained() -> list[Decimal]:
        return [assess("reward_assistance", f, on=ON).amount for f in subset]

    def checks_read() -> int:
        return sum(len(assess("reward_assistance", f, on=ON).checks) for f in subset)

    def hand() -> list[Decimal]:
        return [bare(f) for f in subset]

    # cross-check to the fen before timing anything; an undetermined decision (a birth of the
    # compliance window without a ruling, nothing else failing) has no amount, and the bare
    # predicate, which cannot classify a birth, refuses it
    if not all(
        b == (Decimal("0.00") if a is None else a) for a, b in zip(explained(), hand(), strict=True)
    ):
        raise AssertionError("bare predicate and fpcore disagree")
    log("cross-check ok")
    paired = _interleaved(
        {"explained": explained, "checks_read": checks_read, "bare": hand}, repeats
    )
    log(
        f"explained {min(paired['explained']):.2f} s, with checks read "
        f"{min(paired['checks_read']):.2f} s, bare {min(paired['bare']):.2f} s"
    )

    def everything() -> None:
        for code in fpcore.programs():
            on = ON_BY_PROGRAMME[code]
            for family in population:
                assess(code, family, on=on)

    t_county = _time(everything, repeats)
    log(f"county {min(t_county):.2f} s")
    per_programme = {
        code: min(
            _time(
                lambda code=code: [assess(code, f, on=ON_BY_PROGRAMME[code]) for f in population],
                2,
            )
        )
        for code in fpcore.programs()
    }
    log("per programme done")
    t_generate = _time(lambda: sum(1 for _ in county(DINGNAN_2010, seed=1)), 1)
    log(f"generate {t_generate[0]:.2f} s")
    peak_small, peak_large = _peak(2000), _peak(20000)
    return {
        "families": len(population),
        "sample": len(subset),
        "explained": paired["explained"],
        "checks_read": paired["checks_read"],
        "bare": paired["bare"],
        "county": t_county,
        "per_programme": per_programme,
        "generate": t_generate,
        "peak_small": peak_small,
        "peak_large": peak_large,
    }


def run(measure_):  # type: ignore[no-untyped-def]
    """Adapter for ``benchmarks/run.py``: the figures above as runner timings and targets."""
    from run import Target, Timing  # the runner's own module

    repeats = getattr(measure_, "repeats", 5)
    f = measure(repeats=repeats, log=lambda line: print(f"[incentives] {line}"))
    n, families = f["sample"], f["families"]
    timings = [
        Timing("assess_reward_assistance_explained", tuple(f["explained"]), n),
        Timing("assess_reward_assistance_checks_read", tuple(f["checks_read"]), n),
        Timing("bare_reward_assistance_predicate", tuple(f["bare"]), n),
        Timing("county_all_programmes", tuple(f["county"]), families * len(fpcore.programs())),
        *(Timing(f"county_{code}", (t,), families) for code, t in f["per_programme"].items()),
        Timing("generate_county", tuple(f["generate"]), families),
    ]
    best_bare = min(f["bare"])
    targets = [
        Target("explained_vs_bare", min(f["explained"]) / best_bare, 5.0, "×"),
        Target("county_all_programmes", min(f["county"]), 5.0, "s"),
        Target("streaming_memory_ratio", f["peak_large"] / f["peak_small"], 1.5, "×"),
    ]
    print(
        "[incentives] explained_with_checks_read_vs_bare (information): "
        f"{min(f['checks_read']) / best_bare:.2f} ×"
    )
    print(
        f"[incentives] peak memory streaming: {f['peak_small'] / 1024:.0f} KiB for 2,000 "
        f"families, {f['peak_large'] / 1024:.0f} KiB for 20,000"
    )
    return timings, targets
