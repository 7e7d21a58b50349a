from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fpcore.errors import InvalidInputError
from fpcore.money import FEN, JIAO, YUAN, ZERO, Rounding, round_to, to_decimal, to_money


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("600", Decimal("600.00")),
        (960, Decimal("960.00")),
        (Decimal("13.335"), Decimal("13.34")),  # half up at the fen (四舍五入)
        ("1,440.005", Decimal("1440.01")),
        (" 3_600 ", Decimal("3600.00")),
        ("-0.005", Decimal("-0.01")),  # half away from zero
        (Decimal("0"), ZERO),
    ],
)
def test_to_money_examples(raw, expected):
    assert to_money(raw) == expected
    assert to_money(raw).as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (0.1, "is a float"),
        (True, "is a bool"),
        ("NaN", "is not a finite number"),
        (Decimal("Infinity"), "is not a finite number"),
        ("-inf", "is not a finite number"),
        ("12 yuan", "is not a number"),
        (None, "has type NoneType"),
        ([1], "has type list"),
        ("1e60", "is out of range"),
        ("1e20", "is too large to be an amount"),
    ],
)
def test_to_money_refuses_junk_with_the_field_named(raw, problem):
    with pytest.raises(InvalidInputError, match=problem) as info:
        to_money(raw, field="premium")
    assert info.value.field == "premium"


def test_rounding_modes():
    value = Decimal("2.345")
    assert round_to(value, FEN, Rounding.HALF_UP) == Decimal("2.35")
    assert round_to(value, FEN, Rounding.HALF_EVEN) == Decimal("2.34")
    assert round_to(value, FEN, Rounding.DOWN) == Decimal("2.34")
    assert round_to(value, JIAO, Rounding.UP) == Decimal("2.4")
    assert round_to(Decimal("-2.5"), YUAN, Rounding.FLOOR) == Decimal("-3")
    assert round_to(Decimal("-2.5"), YUAN, Rounding.CEILING) == Decimal("-2")


def test_to_decimal_keeps_precision():
    assert to_decimal("1.005") == Decimal("1.005")
    assert to_decimal(7) == Decimal(7)


# amounts below 1E-30 in magnitude are refused as out of range (money.MAX_EXPONENT)
numbers = st.decimals(
    allow_nan=False, allow_infinity=False, min_value=-(10**12), max_value=10**12
).filter(lambda d: not d or d.adjusted() >= -30)


@given(numbers)
def test_to_money_is_idempotent(value):
    assert to_money(to_money(value)) == to_money(value)


@given(numbers)
def test_to_money_moves_a_value_by_at_most_half_a_fen(value):
    assert abs(to_money(value) - value) <= Decimal("0.005")


@given(st.integers(min_value=-(10**15) + 1, max_value=10**15 - 1))
def test_ints_and_their_strings_agree(value):
    assert to_money(value) == to_money(str(value)) == Decimal(value)
