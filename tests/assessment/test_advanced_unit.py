"""The 国优 check: thresholds, margins, the six goods."""

from decimal import Decimal

import pytest

from fpcore.assessment import (
    Aggregation,
    Comparison,
    FindingCriterion,
    IndicatorCriterion,
    SixGood,
    check_advanced_unit,
    score,
)
from fpcore.assessment.sheets import (
    GUOYOU_CRITERIA,
    GUOYOU_ONSITE,
    check_national_advanced_unit,
)
from fpcore.errors import InvalidInputError
from fpcore.explain import Message
from fpcore.params import Citation, Confidence


def good_year(**changes):
    year = {
        "policy_compliance_rate": Decimal("96.5"),
        "satisfaction_rate": Decimal("91"),
        "rewards_delivered_rate": Decimal("98"),
        "free_services_rate": Decimal("100"),
        "informed_choice_villages_rate": Decimal("95"),
        "informed_consent_all_surgery": True,
        "self_government_villages_rate": Decimal("92"),
        "sex_ratio_at_birth": Decimal("108"),
        "advanced_service_station": True,
        "contraceptive_prevalence": Decimal("89.5"),
        "follow_up_rate": Decimal("97"),
        "technical_accident": False,
        "complication_rate": Decimal("0.4"),
        "rh_service_uptake": Decimal("85"),
        "male_user_share": Decimal("22"),
    }
    year.update(changes)
    return year


def result(check, code):
    return next(r for r in check.results if r.criterion.code == code)


def test_all_hold_with_margins():
    reports = {
        2007: good_year(sex_ratio_at_birth=Decimal("108.6")),
        2008: good_year(sex_ratio_at_birth=Decimal("108.1"), policy_compliance_rate=Decimal(95)),
        2009: good_year(sex_ratio_at_birth=Decimal("107.5")),
    }
    check = check_national_advanced_unit(reports, subject="Dingnan")
    assert check.held
    assert check.years == (2007, 2008, 2009)
    # compliance: the worst year is 2008 at exactly 95 → holds with margin 0
    compliance = result(check, "policy_compliance_rate")
    assert compliance.held
    assert Decimal("0.00") == compliance.margin
    assert Decimal(95) == compliance.compared
    # sex ratio: mean (108.6 + 108.1 + 107.5) / 3 = 108.07 < 110 → margin 1.93
    srb = result(check, "sex_ratio_at_birth")
    assert Decimal("108.07") == srb.compared
    assert Decimal("1.93") == srb.margin
    # contraceptive prevalence: latest year only, 89.5 − 85 = 4.5
    assert Decimal("4.50") == result(check, "contraceptive_prevalence").margin
    assert len(result(check, "contraceptive_prevalence").values) == 1


def test_failures_and_goods():
    reports = {
        2007: good_year(policy_compliance_rate=Decimal("94.9"), technical_accident=True),
        2008: good_year(sex_ratio_at_birth=Decimal(112)),
        2009: good_year(sex_ratio_at_birth=Decimal(111), complication_rate=Decimal(1)),
    }
    check = check_national_advanced_unit(reports)
    failed = {r.criterion.code for r in check.failed}
    # compliance 94.9 in 2007; mean sex ratio (108 + 112 + 111) / 3 = 110.33 ≥ 110;
    # an accident in 2007; complication rate 1 ‰ is not below 1
    assert failed == {
        "policy_compliance_rate",
        "sex_ratio_at_birth",
        "technical_accident",
        "complication_rate",
    }
    assert Decimal("-0.10") == result(check, "policy_compliance_rate").margin
    assert Decimal("-0.33") == result(check, "sex_ratio_at_birth").margin
    accident = result(check, "technical_accident")
    assert accident.compared is True
    assert accident.margin is None
    assert not check.held
    law = {r.criterion.code for r in check.by_good(SixGood.LAW_BASED_ADMINISTRATION)}
    assert {"policy_compliance_rate", "sex_ratio_at_birth"} <= law
    # every good has at least one criterion or on-site item
    assert all(check.by_good(g) or g is SixGood.LEADERSHIP for g in SixGood)


def test_explain_with_onsite_card():
    onsite = score(
        GUOYOU_ONSITE,
        {
            "new_mechanism.reform_document": True,
            "incentive_policies.issued": True,
            "incentive_policies.implemented": False,
            "leadership.in_place": True,
            "departments": 1,
            "satisfaction_rate": Decimal("91"),
            "institutions.medical_deputy_director": True,
        },
        subject="Dingnan",
    )
    # 25 + (25 − 2) + 25 + (25 − 2) + 25 + 25 = 146
    assert Decimal("146.00") == onsite.total
    reports = {y: good_year() for y in (2008, 2009, 2010)}
    check = check_national_advanced_unit(reports, subject="Dingnan", onsite=onsite)
    en = check.explain("en")
    zh = check.explain("zh")
    assert "15 of 15 objective criteria hold" in en
    assert "strong leadership" in en
    assert "Departments performing duties" in en
    assert "领导重视好" in zh
    assert "15 项中 15 项达标" in zh
    html = check._repr_html_()
    assert html.count("<tr>") == 1 + len(GUOYOU_CRITERIA)
    assert "(unnamed)" in check_national_advanced_unit(reports).explain("en")
    assert "（未署名）" in check_national_advanced_unit(reports).explain("zh")
    with pytest.raises(InvalidInputError):
        check.explain("fr")


def test_rate_like_values():
    class Rate:
        def __init__(self, value):
            self.value = value

    reports = {y: good_year(contraceptive_prevalence=Rate(Decimal(86))) for y in (1, 2, 3)}
    assert check_national_advanced_unit(reports).held


@pytest.mark.parametrize(
    ("reports", "field"),
    [
        ({2008: good_year(), 2009: good_year()}, "reports"),
        ({2007: good_year(), 2008: good_year(), 2010: good_year()}, "reports"),
        ([], "reports"),
        ({"2008": good_year()}, "reports"),
        ({2007: good_year(), 2008: good_year(), 2009: []}, "reports[2009]"),
        (
            {2007: good_year(), 2008: good_year(), 2009: good_year(technical_accident=0)},
            "reports[2009]['technical_accident']",
        ),
    ],
)
def test_bad_reports(reports, field):
    with pytest.raises(InvalidInputError) as info:
        check_national_advanced_unit(reports)
    assert field == info.value.field


def test_missing_values_listed():
    year = good_year()
    del year["male_user_share"]
    with pytest.raises(InvalidInputError) as info:
        check_national_advanced_unit({2007: good_year(), 2008: good_year(), 2009: year})
    assert info.value.value == ("2009:male_user_share",)


def test_generic_check_arguments():
    reports = {2009: good_year()}
    with pytest.raises(InvalidInputError, match="years"):
        check_advanced_unit(reports, criteria=GUOYOU_CRITERIA, years=0)
    with pytest.raises(InvalidInputError, match="criteria"):
        check_advanced_unit(reports, criteria=["x"], years=1)
    with pytest.raises(InvalidInputError, match="onsite"):
        check_advanced_unit(reports, criteria=GUOYOU_CRITERIA, years=1, onsite="card")
    single = check_advanced_unit(reports, criteria=GUOYOU_CRITERIA[:1], years=1)
    assert single.held


def test_criterion_validation():
    c = Citation(title="c", confidence=Confidence.ILLUSTRATIVE)
    with pytest.raises(InvalidInputError, match="goods"):
        IndicatorCriterion(
            code="x",
            title=Message(zh="x", en="x"),
            comparison=Comparison.AT_LEAST,
            threshold=1,
            over=Aggregation.LATEST,
            goods=(),
            citation=c,
        )
    with pytest.raises(InvalidInputError, match="over"):
        FindingCriterion(
            code="x",
            title=Message(zh="x", en="x"),
            expected=True,
            over=Aggregation.MEAN,
            goods=(SixGood.LEADERSHIP,),
            citation=c,
        )
    at_most = IndicatorCriterion(
        code="x",
        title=Message(zh="x", en="x"),
        comparison=Comparison.AT_MOST,
        threshold=5,
        over=Aggregation.EACH_YEAR,
        goods=(SixGood.LEADERSHIP,),
        citation=c,
    )
    above = IndicatorCriterion(
        code="y",
        title=Message(zh="y", en="y"),
        comparison=Comparison.ABOVE,
        threshold=5,
        over=Aggregation.EACH_YEAR,
        goods=(SixGood.LEADERSHIP,),
        citation=c,
    )
    check = check_advanced_unit(
        {1: {"x": 5, "y": 6}, 2: {"x": 4, "y": 5}}, criteria=(at_most, above), years=2
    )
    assert [r.held for r in check.results] == [True, False]
    assert [r.margin for r in check.results] == [Decimal("0.00"), Decimal("0.00")]
