"""Consequences over the years (Zhejiang 2007, Jiangxi 2009)."""

from decimal import Decimal

import pytest

from fpcore.assessment import (
    AccountabilityRule,
    Consequence,
    VetoPattern,
    accountability,
    score,
)
from fpcore.assessment.sheets import ACCOUNTABILITY_RULES, TOWNSHIP_2013_SHEET
from fpcore.errors import InvalidInputError
from fpcore.explain import Message
from fpcore.params import Citation, Confidence


def township(year, compliance, subject="T"):
    results = {
        "policy_compliance_rate": Decimal(compliance),
        "organisation.leading_body": True,
        "organisation.work_plan": True,
        "organisation.meetings": True,
        "organisation.pay_linkage": True,
        "other_work": 70,
    }
    return score(TOWNSHIP_2013_SHEET, results, subject=subject, year=year)


def codes(result, year):
    return [c.code for c in result.in_year(year)]


def test_one_veto_runs_this_year_and_next():
    result = accountability([township(2008, 90), township(2009, 80), township(2010, 90)])
    assert result.vetoed_years == (2009,)
    # unit honours lost 2009 and 2010; leaders' grade, honours and promotion in 2009 only
    assert codes(result, 2009) == [
        "unit.no_honours",
        "leaders.not_excellent_or_competent",
        "leaders.no_honours",
        "leaders.no_promotion",
    ]
    assert codes(result, 2010) == ["unit.no_honours"]
    assert codes(result, 2011) == []


def test_twice_in_a_term_and_two_years_running():
    history = [township(2009, 80), township(2010, 81), township(2011, 90)]
    result = accountability(history, rules=ACCOUNTABILITY_RULES, term=(2008, 2012))
    assert "leaders.demotion_or_removal" in codes(result, 2010)
    assert "leaders.removal" in codes(result, 2010)
    finding = next(f for f in result.findings if f.consequence.code == "leaders.removal")
    assert finding.because == (2009, 2010)
    assert finding.years == ()  # a one-off measure
    text = result.explain("en")
    assert "vetoed in 2009, 2010" in text
    assert "浙委办〔2007〕27号" in result.explain("zh")
    assert "<li>" in result._repr_html_()


def test_vetoes_in_different_terms_or_not_consecutive():
    history = [township(2007, 80), township(2009, 80)]
    # 2007 is outside the 2008–2012 term: one veto in the term, none in a row
    result = accountability(history, rules=ACCOUNTABILITY_RULES, term=(2008, 2012))
    assert "leaders.demotion_or_removal" not in [f.consequence.code for f in result.findings]
    assert "leaders.removal" not in [f.consequence.code for f in result.findings]
    # the whole history as one term: twice → Zhejiang applies, Jiangxi does not
    result = accountability(history, rules=ACCOUNTABILITY_RULES)
    found = [f.consequence.code for f in result.findings]
    assert "leaders.demotion_or_removal" in found
    assert "leaders.removal" not in found


def test_clean_record():
    result = accountability([township(2009, 95)], rules=ACCOUNTABILITY_RULES)
    assert result.findings == ()
    assert "no veto" in result.explain("en")
    assert "未被否决" in result.explain("zh")
    assert accountability([]).subject == ""


def test_rule_with_lasting_consequence():
    lasting = Consequence(code="x.y", message=Message(zh="甲", en="a"), years=3, citation=None)
    rule = AccountabilityRule(
        code="r",
        title=Message(zh="乙", en="b"),
        pattern=VetoPattern.CONSECUTIVE,
        count=1,
        consequence=lasting,
        citation=Citation(title="c", confidence=Confidence.ILLUSTRATIVE),
    )
    result = accountability([township(2009, 80)], rules=[rule])
    assert [f.years for f in result.findings if f.consequence is lasting] == [(2009, 2010, 2011)]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"history": ["card"]}, "history[0]"),
        ({"history": [township(None, 90)]}, "history[0].year"),
        ({"history": [township(2009, 90, "A"), township(2010, 90, "B")]}, "history"),
        ({"history": [], "term": (2010, 2008)}, "term"),
        ({"history": [], "term": [2008, 2010]}, "term"),
        ({"history": [], "term": (2008,)}, "term"),
        ({"history": [], "term": (2008, True)}, "term"),
        ({"history": [], "rules": ["rule"]}, "rules[0]"),
    ],
)
def test_bad_input(kwargs, field):
    with pytest.raises(InvalidInputError) as info:
        accountability(**kwargs)
    assert field == info.value.field


def test_bad_rule_and_lang():
    with pytest.raises(InvalidInputError, match="count"):
        AccountabilityRule(
            code="r",
            title=Message(zh="乙", en="b"),
            pattern=VetoPattern.IN_TERM,
            count=0,
            consequence=ACCOUNTABILITY_RULES[0].consequence,
            citation=ACCOUNTABILITY_RULES[0].citation,
        )
    with pytest.raises(InvalidInputError):
        accountability([]).explain("de")


def test_uncited_veto_consequence():
    from fpcore.assessment import (
        AssessmentSheet,
        CaseDeductionItem,
        FindingTrigger,
        Grade,
        GradeBand,
        Section,
        Veto,
    )

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
        grades=(GradeBand(grade=Grade.PASS, min_score=0),),
        vetoes=(
            Veto(
                code="v",
                title=t,
                trigger=FindingTrigger(key="f"),
                consequences=(Consequence(code="c", message=t),),
            ),
        ),
        citation=Citation(title="c", confidence=Confidence.OFFICIAL),
    )
    card = score(sheet, {"x": 0, "f": True}, year=2010)
    line = accountability([card]).findings[0].explain("en")
    assert line == "a — veto: a, vetoed in 2010; applies in 2010"
