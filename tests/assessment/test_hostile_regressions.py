"""Regressions for the hostile-input escapes the standing suite found in assessment (issue 15).

Each entry point once leaked a built-in exception; now it raises
:class:`~fpcore.errors.InvalidInputError` naming the field, or renders without failing.
"""

import attrs
import pytest

from fpcore.assessment import (
    AccountabilityRule,
    FindingCriterion,
    IndicatorCriterion,
    VetoPattern,
    sheet_markdown,
)
from fpcore.assessment.sheets import ACCOUNTABILITY_RULES, GUOYOU_CRITERIA
from fpcore.errors import InvalidInputError


def _criteria():
    indicator = next(c for c in GUOYOU_CRITERIA if isinstance(c, IndicatorCriterion))
    finding = next(c for c in GUOYOU_CRITERIA if isinstance(c, FindingCriterion))
    return indicator, finding


@pytest.mark.parametrize("kind", ["indicator", "finding"])
@pytest.mark.parametrize(
    ("goods", "field", "problem"),
    [
        (None, "goods", "must be a tuple or list of SixGood"),  # leaked TypeError
        (3, "goods", "must be a tuple or list of SixGood"),
        ("leadership", "goods", "must be a tuple or list of SixGood"),
        ((), "goods", "must hold at least one SixGood"),
        (["leadership"], "goods[0]", "must be a SixGood"),
    ],
)
def test_criterion_goods_must_be_a_list_of_six_goods(kind, goods, field, problem):
    indicator, finding = _criteria()
    criterion = indicator if kind == "indicator" else finding
    with pytest.raises(InvalidInputError) as info:
        attrs.evolve(criterion, goods=goods)
    assert info.value.field == field
    assert str(info.value).endswith(problem)


@pytest.mark.parametrize("value", [None, "sheet", 3, ACCOUNTABILITY_RULES[0]])
def test_sheet_markdown_refuses_a_non_sheet(value):
    with pytest.raises(InvalidInputError) as info:
        sheet_markdown(value)  # leaked AttributeError
    assert info.value.field == "sheet"
    assert str(info.value).endswith("must be an AssessmentSheet")


def test_accountability_rule_with_a_huge_count_still_renders():
    # a count past 4,300 digits has no str()/repr(); the rule's repr shows its size instead
    huge = 10**5000  # a one and 5,000 zeros: 5,001 digits
    rule = attrs.evolve(ACCOUNTABILITY_RULES[0], count=huge)
    assert rule.count == huge
    assert "count=<int of about 5001 digits>" in repr(rule)
    assert "count=<int of about 5001 digits>" in str(rule)


def test_accountability_rule_shows_an_ordinary_count_as_is():
    rule = attrs.evolve(ACCOUNTABILITY_RULES[0], count=2, pattern=VetoPattern.CONSECUTIVE)
    assert "count=2," in repr(rule)
    assert isinstance(rule, AccountabilityRule)


@pytest.mark.parametrize(
    "count", [0, -(10**5000), True, "2"], ids=["zero", "huge-negative", "bool", "text"]
)
def test_accountability_rule_count_is_a_whole_number_from_one(count):
    with pytest.raises(InvalidInputError) as info:
        attrs.evolve(ACCOUNTABILITY_RULES[0], count=count)
    assert info.value.field == "count"


def test_a_consequence_longer_than_a_lifetime_is_refused() -> None:
    # accountability() lists every year a consequence runs: 10**12 years used to exhaust memory;
    # MAX_AGE (150) years is the plausibility limit, 150 accepted, 151 refused
    from fpcore.assessment import Consequence
    from fpcore.dates import MAX_AGE
    from fpcore.errors import InvalidInputError
    from fpcore.explain import Message

    message = Message(zh="不得评优", en="no honours")
    assert Consequence(code="unit.no_honours", message=message, years=MAX_AGE).years == 150
    for years in (MAX_AGE + 1, 10**12):
        try:
            Consequence(code="unit.no_honours", message=message, years=years)
        except InvalidInputError as error:
            assert error.field == "years"
        else:
            raise AssertionError(f"years={years} accepted")
