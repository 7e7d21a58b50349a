"""Benchmarks of the compiled batch path (issue 16), one core, same run, same population.

* ``batch_vs_openfisca`` — reward-and-assistance, register records → amounts: fpcore's batch
  path (``rows_from_register`` → ``assess_batch``) against an OpenFisca-core model of the same
  rule (records → arrays → simulation), cross-checked to the fen on the whole population before
  anything is timed. Goal ≥ 1.5×. Skipped, with a message, when openfisca-core is absent
  (``pip install -e ".[bench]"``).
* ``batch_throughput_N100000`` — the same batch path, households a second. Goal ≥ 400,000.
  Timed beside it (no goal): the same rows handed over one by one (the generic path), the
  register path before it was read in one pass.
* ``batch_five_programmes`` — all five programmes per household from rows (prebuilt household
  tuples), the slowest of three dates (2008, 2012, 2025). Goal ≥ 400,000 households a second.
* ``explain_on_demand`` — one row's explained ``Decision`` from a batch result, median µs.
  Goal ≤ 30 µs.
* ``batch_exact`` — differences between kernels and the scalar rule on the tests' differential
  harness (dev size), plus planted bugs the harness misses. Goal 0.
"""

from __future__ import annotations

import importlib.util
import itertools
import statistics
import sys
import time
import warnings
from datetime import date
from pathlib import Path

from fpcore import DINGNAN, FpcoreWarning, programs
from fpcore.batch import assess_batch, rows_from_register
from fpcore.synthetic import DINGNAN_2010, county

N = 100_000
ON = date(2012, 7, 1)
FIVE_ON = (date(2008, 6, 30), date(2012, 7, 1), date(2025, 6, 30))
ROOT = Path(__file__).resolve().parent.parent


def register_records(families):
    """Person-level register records (as a data frame's ``to_dict("records")`` gives)."""
    records = _harness().records
    return [record for key, family in enumerate(families) for record in records(family, key)]


def _interleaved(cases, repeats):
    for fn in cases.values():
        fn()  # warm-up, excluded
    times = {name: [] for name in cases}
    for _ in range(repeats):
        for name, fn in cases.items():
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    return times


def _harness():
    """The tests' harness module (tests/batch/conftest.py), loaded by path."""
    spec = importlib.util.spec_from_file_location(
        "batch_harness", ROOT / "tests" / "batch" / "conftest.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["batch_harness"] = module
    spec.loader.exec_module(module)
    return module


def exactness(log):
    # the harness's rows sit on every plausibility limit: the unusual ages it draws warn
    # (FpcoreWarning), as they should; the benchmark's output keeps to its figures
    warnings.simplefilter("ignore", FpcoreWarning)
    harness = _harness()
    cases = []
    for w, where in enumerate(harness.JURISDICTIONS):
        for d, on in enumerate(harness.DATES):
            rows = harness.population(where, on, seed=1000 * w + d)
            cases.append(
                harness.Case(on=on, where=where, rows=rows, scalar=harness.scalar_answers(rows, on))
            )
    rows = sum(len(c.rows) for c in cases)
    found = len(harness.differences(cases, limit=10**9))
    missed = [
        bug
        for bug, (old, new, occurrence) in harness.PLANTED.items()
        if not harness.differences(cases, harness.mutant(old, new, occurrence), limit=1)
    ]
    log(
        f"harness: {rows:,} rows x {len(programs())} programmes, {found} differences; "
        f"{len(harness.PLANTED) - len(missed)} of {len(harness.PLANTED)} planted bugs caught"
        + (f" (missed: {', '.join(missed)})" if missed else "")
    )
    return found + len(missed)


def measure(repeats, log):
    families = list(
        itertools.islice(
            itertools.chain.from_iterable(county(DINGNAN_2010, seed=s) for s in (1, 2)), N
        )
    )
    records = register_records(families)
    del families
    log(f"{N:,} households, {len(records):,} register records")

    def batch():
        result = assess_batch(
            "reward_assistance", rows_from_register(records, jurisdiction=DINGNAN), on=ON
        )
        return list(result["reward_assistance"].fens())

    def one_by_one():
        # the same rows handed over one by one (a generator): the generic path, each row
        # checked and kept as a tuple, ten thousand at a time — the register path before it
        # was read in one pass
        rows = (row for row in rows_from_register(records, jurisdiction=DINGNAN))
        result = assess_batch("reward_assistance", rows, on=ON)
        return list(result["reward_assistance"].fens())

    cases = {"batch": batch, "one_by_one": one_by_one}
    figures = {}
    try:
        import openfisca_reward
    except ImportError as error:
        log(
            f"openfisca-core is not installed ({error}): batch_vs_openfisca skipped "
            '(pip install -e ".[bench]")'
        )
    else:
        system = openfisca_reward.build_system(ON, DINGNAN)

        def openfisca():
            arrays = openfisca_reward.arrays_from_register(records)
            return openfisca_reward.simulate(system, arrays, ON)

        ours = batch()
        theirs = openfisca()
        differ = sum(
            1 for fen, yuan in zip(ours, theirs, strict=True) if (fen or 0) != round(yuan * 100)
        )
        if differ:
            raise AssertionError(f"batch and OpenFisca disagree on {differ} households")
        log(
            f"cross-check: {N:,} households equal to the fen "
            f"({sum(1 for f in ours if f)} paid, {sum(f or 0 for f in ours) / 100:,.2f} yuan)"
        )
        cases["openfisca"] = openfisca
    figures["pair"] = _interleaved(cases, repeats)
    rows = list(rows_from_register(records, jurisdiction=DINGNAN))
    figures["five"] = {
        on: _interleaved({"five": lambda on=on: assess_batch(programs(), rows, on=on)}, repeats)[
            "five"
        ]
        for on in FIVE_ON
    }
    result = assess_batch("reward_assistance", rows[:2000], on=ON)["reward_assistance"]
    per_row = []
    for index in range(0, 2000, 7)[:300]:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            result.explain(index)
            times.append(time.perf_counter() - start)
        per_row.append(statistics.median(times))
    figures["explain"] = statistics.median(per_row)
    figures["fallbacks"] = assess_batch("reward_assistance", rows, on=ON)[
        "reward_assistance"
    ].fallbacks
    figures["exact"] = exactness(log)
    return figures


def run(measure_):  # type: ignore[no-untyped-def]
    """Adapter for ``benchmarks/run.py``."""
    from run import Target, Timing

    repeats = getattr(measure_, "repeats", 5)
    f = measure(repeats, lambda line: print(f"[batch] {line}"))
    pair = f["pair"]
    timings = [
        Timing("batch_reward_assistance_from_register", tuple(pair["batch"]), N),
        Timing("batch_same_rows_one_by_one", tuple(pair["one_by_one"]), N),
    ]
    best = min(pair["batch"])
    targets = []
    if "openfisca" in pair:
        timings.append(
            Timing("openfisca_reward_assistance_from_register", tuple(pair["openfisca"]), N)
        )
        targets.append(
            Target(
                "batch_vs_openfisca", min(pair["openfisca"]) / best, 1.5, "×", higher_is_better=True
            )
        )
    targets.append(
        Target("batch_throughput_N100000", N / best, 400_000, "households/s", higher_is_better=True)
    )
    for on, times in f["five"].items():
        timings.append(Timing(f"batch_five_programmes_{on.isoformat()}", tuple(times), N))
    slowest = max(min(times) for times in f["five"].values())
    targets += [
        Target(
            "batch_five_programmes", N / slowest, 400_000, "households/s", higher_is_better=True
        ),
        Target("explain_on_demand", f["explain"] * 1e6, 30.0, "µs"),
        Target("batch_exact", f["exact"], 0, "differences + missed bugs"),
    ]
    print(
        f"[batch] reward_assistance on {ON}: {f['fallbacks']} of {N:,} households decided by the scalar rule"
    )
    return timings, targets
