from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis.errors import InvalidArgument

from fpcore import Confidence, ValueKind
from fpcore.jurisdictions import BUILT_IN
from fpcore.strategies import (
    citations,
    dates,
    jurisdictions,
    money_amounts,
    parameter_histories,
    policy_books,
)


@given(money_amounts(min_value="0.015", max_value=Decimal("0.05")))
def test_money_amounts_are_fen_amounts_within_bounds(amount):
    assert Decimal("0.02") <= amount <= Decimal("0.05")
    assert amount.as_tuple().exponent == -2


@given(jurisdictions(built_in_only=True))
def test_built_in_only(jurisdiction):
    assert jurisdiction in BUILT_IN


@given(citations(confidence=Confidence.OFFICIAL))
def test_pinned_confidence(citation):
    assert citation.confidence is Confidence.OFFICIAL


@given(parameter_histories(ValueKind.DATE, min_size=2, max_size=3, closures=False))
def test_history_sizes_and_kinds(history):
    assert 2 <= len(history.values) <= 3
    assert all(isinstance(v.value, date) for v in history.values)


@given(policy_books(max_parameters=2))
def test_policy_books_size(book):
    assert 1 <= len(book) <= 2


@pytest.mark.parametrize(
    "make",
    [
        lambda: money_amounts(min_value=1.5),
        lambda: money_amounts(min_value=True),
        lambda: money_amounts(min_value="abc"),
        lambda: money_amounts(max_value="inf"),
        lambda: money_amounts(min_value=10, max_value=1),
        lambda: money_amounts(min_value="0.011", max_value="0.019"),
        lambda: dates(min_value="2000-01-01"),
        lambda: dates(min_value=date(2001, 1, 1), max_value=date(2000, 1, 1)),
        lambda: jurisdictions(built_in_only=1),
        lambda: citations(confidence="official"),
        lambda: parameter_histories("amount"),
        lambda: parameter_histories(min_size=0),
        lambda: parameter_histories(min_size=3, max_size=2),
        lambda: policy_books(max_parameters=0),
        lambda: policy_books(max_parameters=True),
    ],
)
def test_bad_arguments_raise_invalid_argument(make):
    with pytest.raises(InvalidArgument):
        make()
