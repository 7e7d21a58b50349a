"""fpcore.strategies.sheet_results generates only valid result sets."""

import pytest
from hypothesis import find, given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from fpcore.assessment import (
    AssessmentSheet,
    CaseDeductionItem,
    Comparison,
    Section,
    ThresholdTrigger,
    Veto,
    score,
)
from fpcore.assessment.sheets import BUILT_IN_SHEETS, DINGNAN_HOUSEHOLD_HEAD
from fpcore.explain import Message
from fpcore.params import Citation, Confidence
from fpcore.strategies import sheet_results


@given(
    st.sampled_from(sorted(BUILT_IN_SHEETS)).flatmap(
        lambda code: st.tuples(st.just(code), sheet_results(BUILT_IN_SHEETS[code]))
    )
)
def test_every_built_in_sheet_scores_generated_results(pair):
    code, results = pair
    card = score(BUILT_IN_SHEETS[code], results)
    assert card.total <= card.maximum


@given(sheet_results(DINGNAN_HOUSEHOLD_HEAD, findings=False, unassessed=False))
def test_fixed_findings_and_all_assessed(results):
    assert results["concealed_births"] is False
    assert "unsigned_agreements" in results
    assert not score(DINGNAN_HOUSEHOLD_HEAD, results).vetoed


@pytest.mark.parametrize(
    "kwargs",
    [{"sheet": "x"}, {"findings": 0}, {"unassessed": None}],
)
def test_bad_arguments(kwargs):
    args = {"sheet": DINGNAN_HOUSEHOLD_HEAD, **kwargs}
    with pytest.raises(InvalidArgument):
        sheet_results(**args)


def test_unassessed_items_are_sometimes_left_out():
    results = find(sheet_results(DINGNAN_HOUSEHOLD_HEAD), lambda r: "unsigned_agreements" not in r)
    assert not score(DINGNAN_HOUSEHOLD_HEAD, results).item("unsigned_agreements").assessed


def test_threshold_on_a_key_of_its_own():
    t = Message(zh="甲", en="a")
    sheet = AssessmentSheet(
        code="s",
        title=t,
        assesses=t,
        sections=(
            Section(
                code="s",
                title=t,
                items=(CaseDeductionItem(code="x", title=t, points=1, per_case=1),),
            ),
        ),
        grades=(),
        vetoes=(
            Veto(
                code="v",
                title=t,
                trigger=ThresholdTrigger(key="error", comparison=Comparison.ABOVE, threshold=7),
            ),
        ),
        citation=Citation(title="c", confidence=Confidence.ILLUSTRATIVE),
    )
    results = find(sheet_results(sheet), lambda r: r["error"] > 7)
    assert score(sheet, results).vetoed
