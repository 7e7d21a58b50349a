"""Scale fpcore out on Dask: every programme and the indicator summary, partition by partition.

A county fits one core; a province's register does not. fpcore needs nothing special to run
on a cluster, because of three properties it keeps everywhere:

* pure functions — ``assess``, ``tally`` and friends read only their arguments (no clock, no
  I/O, no global state), so any worker computes the same answer;
* picklable values — families, profiles, decisions and summaries are frozen attrs classes that
  travel between processes;
* mergeable summaries — per-partition results combine exactly: outlays add up in Decimal yuan,
  and :class:`~fpcore.indicators.RegisterSummary` objects merge into the summary of the whole.

Here a synthetic population is split into partitions (one seeded synthetic township each). A
``dask.distributed`` LocalCluster with two worker processes evaluates each partition; the
partials are then merged. :func:`single_process` computes the same thing in one stream, in
this process, by a different path (``fpcore.batch.total_outlay`` and one ``tally`` of the
whole register), and :func:`main` checks the two agree to the fen.

Run: python examples/scale_out_dask.py
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal

import attrs

from fpcore import Family, default_book, programs
from fpcore.batch import Outlay, total_outlay
from fpcore.incentives import program
from fpcore.indicators import (
    BirthRecord,
    IndicatorReport,
    Register,
    RegisterSummary,
    merge_summaries,
    tally,
)
from fpcore.synthetic import DINGNAN_2010, Profile, county

ON = date(2009, 12, 31)  # the day the programmes are assessed
YEAR = 2009  # the statistical year of the indicator summary


@attrs.frozen(kw_only=True)
class Result:
    """What a population yields: each programme's outlay and the indicator summary."""

    outlays: tuple[Outlay, ...]
    summary: RegisterSummary

    def report(self) -> IndicatorReport:
        return self.summary.report()


# -- pure, per-partition work --------------------------------------------------------------


def partition(profile: Profile, seed: int) -> Iterator[Family]:
    """One partition: a seeded synthetic township (in real life, one file or table shard)."""
    return county(profile, seed=seed)


def births(families: Iterable[Family], year: int) -> Iterator[BirthRecord]:
    """The register's birth records of ``year`` (synthetic families carry no rulings)."""
    for family in families:
        for order, child in enumerate(family.children, start=1):
            if child.birth_date.year == year:
                yield BirthRecord(date=child.birth_date, sex=child.sex, birth_order=order)


def living(families: Iterable[Family], on: date) -> int:
    """How many people of these families are alive on ``on``."""
    count = 0
    for family in families:
        people = [family.mother, family.father, *family.children]
        for person in people:
            born = person.birth_date
            died = person.death_date
            if born <= on and (died is None or died > on):
                count += 1
    return count


def evaluate(profile: Profile, seed: int, *, on: date = ON, year: int = YEAR) -> Result:
    """Every programme and the indicator summary of one partition, in one pass."""
    codes = programs()
    chosen = [program(code) for code in codes]
    book = default_book()  # built once per worker process, then cached
    eligible = [0] * len(codes)
    undetermined = [0] * len(codes)
    amounts = [Decimal("0.00")] * len(codes)
    records: list[BirthRecord] = []
    start = end = count = 0
    for family in partition(profile, seed):
        count += 1
        for index, programme in enumerate(chosen):
            decision = programme.assess(family, on=on, book=book)
            if decision.amount is None:  # undetermined: counted apart, never as zero
                undetermined[index] += 1
            elif decision.eligible:
                eligible[index] += 1
                amounts[index] += decision.amount
        records.extend(births((family,), year))
        start += living((family,), date(year - 1, 12, 31))
        end += living((family,), date(year, 12, 31))
    register = Register(
        jurisdiction=profile.jurisdiction,
        population_start=start,
        population_end=end,
        births=records,
    )
    outlays = tuple(
        Outlay(
            program=code,
            on=on,
            families=count,
            eligible=eligible[i],
            amount=amounts[i],
            undetermined=undetermined[i],
        )
        for i, code in enumerate(codes)
    )
    return Result(outlays=outlays, summary=tally(register, year=year))


def combine(partials: Iterable[Result]) -> Result:
    """Merge partial results: outlays add up field by field, summaries merge exactly."""
    parts = list(partials)
    outlays = []
    for same in zip(*(p.outlays for p in parts), strict=True):
        outlays.append(
            Outlay(
                program=same[0].program,
                on=same[0].on,
                families=sum(o.families for o in same),
                eligible=sum(o.eligible for o in same),
                amount=sum((o.amount for o in same), Decimal("0.00")),
                undetermined=sum(o.undetermined for o in same),
            )
        )
    return Result(outlays=tuple(outlays), summary=merge_summaries(p.summary for p in parts))


# -- the two ways to run it ----------------------------------------------------------------


def on_dask(profile: Profile, seeds: Iterable[int], *, n_workers: int = 2) -> Result:
    """Evaluate each partition on a local Dask cluster of worker processes; merge the partials."""
    from dask.distributed import Client, LocalCluster

    seeds = list(seeds)
    with (
        LocalCluster(
            n_workers=n_workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        futures = client.map(evaluate, [profile] * len(seeds), seeds, pure=True)
        return combine(client.gather(futures))


def single_process(profile: Profile, seeds: Iterable[int]) -> Result:
    """The same numbers in one process, one stream, by fpcore's own population functions."""
    seeds = list(seeds)

    def everyone() -> Iterator[Family]:
        return itertools.chain.from_iterable(partition(profile, seed) for seed in seeds)

    outlays = tuple(total_outlay(code, everyone(), on=ON) for code in programs())
    register = Register(
        jurisdiction=profile.jurisdiction,
        population_start=living(everyone(), date(YEAR - 1, 12, 31)),
        population_end=living(everyone(), date(YEAR, 12, 31)),
        births=births(everyone(), YEAR),
    )
    return Result(outlays=outlays, summary=tally(register, year=YEAR))


def main(*, divisor: int = 100, partitions: int = 4, n_workers: int = 2) -> Result:
    """Run on Dask, check against one process, and return the combined result.

    Args:
        divisor: Each partition is the Dingnan profile divided by this (100 → 599 families).
        partitions: How many partitions (seeds 0, 1, …).
        n_workers: Dask worker processes.

    Raises:
        AssertionError: If the cluster's result differs from the single-process one.
    """
    profile = DINGNAN_2010.scaled(divisor)
    seeds = range(partitions)
    distributed = on_dask(profile, seeds, n_workers=n_workers)
    local = single_process(profile, seeds)
    if distributed != local:  # exact: Decimal yuan to the fen, counts, every summary cell
        raise AssertionError("the partitioned result differs from the single-process one")
    return distributed


if __name__ == "__main__":
    result = main()
    for outlay in result.outlays:
        print(
            f"{outlay.program:<26} {outlay.eligible:>6,} of {outlay.families:,} families"
            f"  {outlay.amount:>14,} yuan a year"
        )
    report = result.report()
    for code in ("crude_birth_rate", "sex_ratio_at_birth"):
        print(f"{code:<26} {report.rate(code)}")
    print("Dask and a single process agree to the fen.")
