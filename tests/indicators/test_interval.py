"""Exact intervals: printed precision, half-open ends, arithmetic and its boundaries."""

from decimal import Decimal
from fractions import Fraction

import pytest

from fpcore import InvalidInputError
from fpcore.indicators import Interval
from fpcore.indicators._interval import exact, printed_interval, show


def closed(low, high):
    return Interval(low=low, high=high)


def half_open(low, high):
    return Interval(low=low, high=high, high_closed=False)


@pytest.mark.parametrize(
    ("value", "half", "rendered"),
    [
        # "21万": 205,000 prints as 21万 (rounds half up), 215,000 prints as 22万 → [205,000, 215,000)
        ("210000", "5000", "[205,000, 215,000)"),
        ("13.4", "0.05", "[13.35, 13.45)"),
        ("2799000", "500", "[2,798,500, 2,799,500)"),  # 279.9万
        ("12.85", "0.005", "[12.845, 12.855)"),  # 12.85‰, two decimals
        # half up rounds a tie away from zero: −2.45 prints as −2.5, −2.55 as −2.6
        ("-2.5", "0.05", "(-2.55, -2.45]"),
        # ±0.5 both round away from 0, to ±1
        ("0", "0.5", "(-0.5, 0.5)"),
        ("41770", "0", "[41,770, 41,770]"),  # a count printed in full is exact
    ],
)
def test_printed_intervals(value, half, rendered):
    assert rendered == printed_interval(Decimal(value), Decimal(half)).render()


def test_which_end_is_open():
    thirteen_four = printed_interval(Decimal("13.4"), Decimal("0.05"))
    assert Decimal("13.35") in thirteen_four  # 13.35 → 13.4 (half up)
    assert Decimal("13.45") not in thirteen_four  # 13.45 → 13.5
    assert Decimal("13.4499999") in thirteen_four
    assert Decimal("13.3499999") not in thirteen_four
    minus = printed_interval(Decimal("-2.5"), Decimal("0.05"))
    assert Decimal("-2.45") in minus and Decimal("-2.55") not in minus


def test_overlap_at_a_shared_end_needs_both_ends_included():
    assert closed(1, 2).overlaps(closed(2, 3))
    assert not half_open(1, 2).overlaps(closed(2, 3))
    assert not closed(2, 3).overlaps(half_open(1, 2))
    assert not closed(1, 2).overlaps(Interval(low=2, high=3, low_closed=False))
    assert closed(1, 3).overlaps(closed(2, 4))
    assert not closed(1, 2).overlaps(closed(3, 4))


def test_within():
    outer = half_open(205000, 215000)
    assert Interval(low=208000, high=209000, low_closed=False, high_closed=False).within(outer)
    assert Interval(low=205000, high=215000, high_closed=False).within(outer)
    assert Interval(low=205000, high=215000, low_closed=False, high_closed=False).within(outer)
    assert not closed(205000, 215000).within(outer)  # 215,000 itself is outside
    assert not closed(200000, 210000).within(outer)


def test_division_takes_the_extremes_over_the_ends():
    # [2,798,500, 2,799,500) ÷ [205,000, 215,000): smallest 2,798,500 / 215,000 (215,000 is
    # excluded, so is that end), largest 2,799,500 / 205,000 (2,799,500 is excluded)
    quotient = half_open(2798500, 2799500) / half_open(205000, 215000)
    assert Fraction(2798500, 215000) == quotient.low
    assert Fraction(2799500, 205000) == quotient.high
    assert (quotient.low_closed, quotient.high_closed) == (False, False)
    # closed ends on both sides keep the quotient's ends
    assert closed(Fraction(1, 2), 2) == closed(1, 2) / closed(1, 2)


def test_division_of_an_interval_across_zero():
    quotient = closed(-1, 1) / closed(1, 2)
    assert (Fraction(-1), Fraction(1)) == (quotient.low, quotient.high)
    assert quotient.low_closed and quotient.high_closed


def test_zero_included_reaches_zero_whatever_the_other_factor():
    # 0 × c = 0 and 0 ÷ d = 0 for every c, d: an included 0 end gives an included 0
    product = closed(0, 1) * Interval(low=1, high=2, low_closed=False, high_closed=False)
    assert product.low == 0 and product.low_closed
    quotient = closed(0, 1) / Interval(low=1, high=2, low_closed=False, high_closed=False)
    assert quotient.low == 0 and quotient.low_closed
    assert not quotient.high_closed


def test_sums_differences_and_constants():
    a = half_open(Decimal("11.95"), Decimal("12.05"))
    b = half_open(Decimal("6.995"), Decimal("7.005"))
    difference = a - b
    # (11.95 − 7.005, 12.05 − 6.995): an included end minus an excluded one is excluded
    assert (
        Interval(low=Decimal("4.945"), high=Decimal("5.055"), low_closed=False, high_closed=False)
        == difference
    )
    assert closed(3, 4) == closed(1, 2).shifted(2)
    assert closed(-4, -2) == closed(1, 2).scaled(-2)


@pytest.mark.parametrize(
    ("interval", "whole"),
    [
        (half_open(Decimal("2697.45"), Decimal("2699.55")), (2698, 2699)),
        (half_open(2698, 2700), (2698, 2699)),  # 2,700 excluded
        (Interval(low=2698, high=2700, low_closed=False), (2699, 2700)),
        (half_open(Decimal("0.005"), Decimal("0.015")), None),
        (closed(5, 5), (5, 5)),
    ],
)
def test_whole_numbers(interval, whole):
    assert whole == interval.whole_numbers()


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: Interval(low=2, high=1), "high"),
        (lambda: Interval(low=1, high=1, high_closed=False), "high"),
        (lambda: Interval(low=1.5, high=2), "low"),
        (lambda: Interval(low=1, high=Decimal("NaN")), "high"),
        (lambda: Interval(low=True, high=2), "low"),
        (lambda: Interval(low=1, high=2, low_closed="yes"), "low_closed"),
        (lambda: closed(1, 2) / closed(0, 1), "divisor"),
        (lambda: closed(1, 2) / closed(-1, 1), "divisor"),
        (lambda: 1.5 in closed(1, 2), "value"),
    ],
)
def test_bad_intervals(build, field):
    with pytest.raises(InvalidInputError) as info:
        build()
    assert info.value.field == field


def test_rendering():
    assert str(exact(210000)) == "[210,000, 210,000]"
    assert exact(5).is_point and not closed(1, 2).is_point
    # ends shown to 4 decimals, half up, trailing zeros cut
    assert show(Fraction(2798500) / Fraction("13.45")) == "208,066.9145"
    assert show(Decimal("14.20000")) == "14.2"
    assert show(Decimal(2032)) == "2,032"
