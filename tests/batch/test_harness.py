"""The gate of the batch path: every kernel equals the scalar rule, and would be caught if not."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from fpcore import default_book, programs
from fpcore._batch._kernels import cutoff
from fpcore.batch import assess_batch
from fpcore.dates import completed_years

from .conftest import DATES, PLANTED, differences, mutant


def test_the_dates_cover_every_era():
    # the start of every amount era and the day before it are in the harness
    for start in (
        date(2004, 1, 1),
        date(2009, 1, 1),
        date(2012, 1, 1),
        date(2014, 1, 1),
        date(2016, 1, 1),
        date(2022, 7, 1),
        date(2025, 1, 1),
        date(2009, 5, 1),
    ):
        assert start in DATES and start - timedelta(days=1) in DATES


def test_kernels_equal_the_scalar_rule_on_every_row(cases):
    rows = sum(len(case.rows) for case in cases)
    assert rows > 10_000
    assert differences(cases) == []


def test_the_batch_equals_the_scalar_rule_fallback_included(cases):
    fallbacks = 0
    for case in cases:
        result = assess_batch(programs(), case.rows, on=case.on, chunk=997)
        for code in programs():
            got = result[code]
            fallbacks += got.fallbacks
            for index, (outcome, fen, illustrative, horizon) in enumerate(case.scalar[code]):
                assert (got.outcome(index), got.fen(index)) == (outcome, fen), (code, case.on)
                # the batch's flags cover every row's own
                assert got.illustrative or not illustrative
                assert horizon is None or (
                    got.unverified_after is not None and got.unverified_after <= horizon
                )
    assert fallbacks > 0  # the fallback ran (births with no ruling, twins …)


def test_every_programme_pays_somewhere_in_the_harness(cases):
    for code in programs():
        paid = {fen for case in cases for _, fen, _, _ in case.scalar[code] if fen}
        assert paid, code


@pytest.mark.parametrize("bug", sorted(PLANTED))
def test_the_harness_catches_a_planted_bug(cases, bug):
    old, new, occurrence = PLANTED[bug]
    assert differences(cases, mutant(old, new, occurrence), limit=1), bug


def test_an_unchanged_mutant_is_clean(cases):
    # the mutation machinery itself changes nothing but the planted text
    assert differences(cases[:6], mutant("if ties:", "if ties:")) == []


def test_age_cutoffs_agree_with_completed_years():
    on = date(2019, 2, 27)
    for _ in range(800):
        on += timedelta(days=1)
        for years in (1, 3, 6, 7, 14, 49, 55, 60):
            cut = cutoff(on, years)
            assert cut is not None
            for k in (-1, 0, 1):
                born = cut + timedelta(days=k)
                assert (completed_years(born, on) >= years) is (born <= cut), (on, years, born)
    assert cutoff(date(2020, 1, 1), 0) == date.max
    assert cutoff(date(40, 1, 1), 60) is None


def test_compiles_are_memoised_per_book_jurisdiction_and_date():
    from fpcore import DINGNAN
    from fpcore._batch._kernels import COMPILERS

    book = default_book()
    compile_ = COMPILERS["reward_assistance"]
    first = book.derive(compile_, on=date(2012, 6, 30), jurisdiction=DINGNAN)
    assert book.derive(compile_, on=date(2012, 6, 30), jurisdiction=DINGNAN) is first
