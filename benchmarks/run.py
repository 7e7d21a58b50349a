"""Run fpcore's benchmarks and print their targets (see the PERFORMANCE convention).

Usage::

    python benchmarks/run.py                 # every registered benchmark
    python benchmarks/run.py indicators      # only the modules whose name contains "indicators"
    python benchmarks/run.py --repeats 3

Each benchmark module (``benchmarks/bench_<topic>.py``, listed in ``MODULES``) defines
``run(measure) -> tuple[list[Timing], list[Target]]``: it builds a seeded synthetic population,
times its cases with ``measure`` (warm-up excluded, several repeats) and returns the timings and
the targets it checks. This script prints a table of min/median times, then one line per target:
``target <name>: measured <value> <unit>, goal <value> <unit>, ok|short``.

Benchmarks are not tests: nothing here fails a build.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

MODULES = (
    "bench_foundation",
    "bench_indicators",
    "bench_incentives",
    "bench_boundary",
    "bench_batch",
    "bench_tables",
)
"""Registered benchmark modules; add a new ``bench_<topic>`` here."""


@dataclass(frozen=True)
class Timing:
    """Wall-clock times of one case, in seconds per run, for ``items`` items per run."""

    name: str
    times: tuple[float, ...]
    items: int

    @property
    def best(self) -> float:
        return min(self.times)

    @property
    def median(self) -> float:
        return statistics.median(self.times)


@dataclass(frozen=True)
class Target:
    """A goal: ``measured`` must be ≤ ``goal`` (or ≥ when ``higher_is_better``)."""

    name: str
    measured: float
    goal: float
    unit: str
    higher_is_better: bool = False

    @property
    def ok(self) -> bool:
        return self.measured >= self.goal if self.higher_is_better else self.measured <= self.goal

    def line(self) -> str:
        return (
            f"target {self.name}: measured {self.measured:,.3g} {self.unit}, "
            f"goal {self.goal:,.3g} {self.unit}, {'ok' if self.ok else 'short'}"
        )


Measure = Callable[..., Timing]


def make_measure(repeats: int) -> Measure:
    def measure(name: str, fn: Callable[[], object], *, items: int, warmup: int = 1) -> Timing:
        for _ in range(warmup):
            fn()
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        return Timing(name=name, times=tuple(times), items=items)

    measure.repeats = repeats  # type: ignore[attr-defined]  # for modules that time by hand
    return measure


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="*", help="run modules whose name contains these words")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    measure = make_measure(args.repeats)
    timings: list[Timing] = []
    targets: list[Target] = []
    for name in MODULES:
        if args.only and not any(word in name for word in args.only):
            continue
        module = importlib.import_module(name)
        found, goals = module.run(measure)
        timings += found
        targets += goals
    width = max((len(t.name) for t in timings), default=10)
    print(f"{'case':<{width}}  {'items':>10}  {'min s':>9}  {'median s':>9}  {'items/s (min)':>14}")
    for t in timings:
        rate = t.items / t.best if t.best else float("inf")
        print(
            f"{t.name:<{width}}  {t.items:>10,}  {t.best:>9.4f}  {t.median:>9.4f}  {rate:>14,.0f}"
        )
    print()
    for target in targets:
        print(target.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
