"""The gate of the batch path: every kernel equals the scalar rule, and would be caught if not."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from fpcore import default_book, programs
from fpcore._batch._kernels import cutoff
from fpcore.batch import assess_batch
from fpcore.dates import completed_years

from .conftest import DATES, differences, mutant


def test_the_dates_cover_every_era():
    # the start of every amount era and the day before it are in the harness
    for start in (date(2004, 1, 1), date(2009, 1, 1), date(2012, 1, 1), date(2014, 1, 1),
                  date(2016, 1, 1), date(2022, 7, 1), date(2025, 1, 1), date(2009, 5, 1)):
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


PLANTED = {
    "off-by-one age (a birthday on the day)": (
        "if born_limit <= born <= m_cut:",
        "if born_limit <= born < m_cut:",
        0,
    ),
    "wrong window edge (1973-01-01 left out)": (
        "if first <= birth <= last and not child[4]:",
        "if first < birth <= last and not child[4]:",
        0,
    ),
    "twins miscounted (two children born on one day counted once)": (
        "if child[0] <= on:\n                    had += 1",
        "if child[0] <= on and (only is None or child[0] != only[0]):\n"
        "                    had += 1",
        0,
    ),
    "undetermined turned into not eligible": (
        "elif unknown:\n                append(DEFER)",
        "elif unknown:\n                append(NOT_ELIGIBLE)",
        0,
    ),
    "a parent dying on the date still alive": (
        "if mother is not None and mother[0] <= on and (mother[1] is None or on < mother[1]):",
        "if mother is not None and mother[0] <= on and (mother[1] is None or on <= mother[1]):",
        0,
    ),
    "an only child dying on the date still alive": (
        "if had != 1 or not (only[1] is None or on < only[1]):",
        "if had != 1 or not (only[1] is None or on <= only[1]):",
        0,
    ),
    "a child dying on the date still subsidised": (
        "if death is None or on < death:\n                        held += 1",
        "if death is None or on <= death:\n                        held += 1",
        0,
    ),
    "twins tied for the latest child taken in input order": ("if ties:", "if False:", 0),
    "insurance age edge": ("only[0] > too_old", "only[0] >= too_old", 0),
    "certificate month edge": ("issued > issued_last", "issued >= issued_last", 0),
    "one-child era edge": ("era < birth", "era <= birth", 0),
    "two girls allowed to urban parents": (
        "(rural and living == 2 and girls == 2)",
        "(living == 2 and girls == 2)",
        0,
    ),
}


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
