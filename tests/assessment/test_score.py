"""Scores computed by hand from the sheets' own rules (arithmetic in the comments)."""

from decimal import Decimal

import attrs
import pytest

from fpcore.assessment import (
    AssessmentSheet,
    Band,
    BandedItem,
    CaseDeductionItem,
    Direction,
    Grade,
    GradeBand,
    LevelProgressItem,
    Section,
    StepCounting,
    TargetItem,
    score,
)
from fpcore.assessment.sheets import (
    DINGNAN_HOUSEHOLD_HEAD,
    HUNAN_2017_SHEET,
    TOWNSHIP_2013_SHEET,
    VILLAGE_100_POINT,
)
from fpcore.errors import InvalidInputError
from fpcore.explain import Message
from fpcore.params import Citation, Confidence

C = Citation(title="测试", confidence=Confidence.ILLUSTRATIVE)
T = Message(zh="项", en="item")


PASS_AT_ZERO = (GradeBand(grade=Grade.PASS, min_score=Decimal(0)),)


def one_item_sheet(item, *, grades=PASS_AT_ZERO):
    return AssessmentSheet(
        code="t",
        title=T,
        assesses=T,
        sections=(Section(code="s", title=T, items=(item,)),),
        grades=grades,
        citation=C,
    )


def test_village_sheet_by_hand(village_results):
    card = score(VILLAGE_100_POINT, village_results, subject="v", year=2010)
    # guarantees 10 − 2×1 = 8; lawful 93 ≥ 92 → 12; higher-order 2 ≤ 3 → 12;
    # statistics error 5.3: 0.3 over = 3 steps of 0.1 at −1 → 6 − 3 = 3;
    # sex ratio 112: 2 over at −0.5 → 10 − 1 = 9; fee 100 → 15; other 30.
    assert [s.subtotal for s in card.sections] == [Decimal(8), Decimal(24), Decimal(57)]
    assert Decimal("89.00") == card.total
    assert card.item("birth_statistics_error").points == Decimal("3.00")
    assert card.item("sex_ratio_at_birth").points == Decimal("9.00")
    assert Grade.GOOD is card.grade  # 80 ≤ 89 < 90
    assert not card.vetoed
    assert card.maximum == Decimal(100)


@pytest.mark.parametrize(
    ("other_work", "grade"),
    [
        (31, Grade.EXCELLENT),  # 89 + 1 = 90: exactly at the band edge → excellent
        (Decimal("30.99"), Grade.GOOD),  # 89.99 just below
        (21, Grade.GOOD),  # 80 exactly
        (Decimal("20.99"), Grade.PASS),
        (1, Grade.PASS),  # 60 exactly
        (Decimal("0.99"), Grade.FAIL),  # 59.99
    ],
)
def test_grade_band_edges(village_results, other_work, grade):
    village_results["other_work"] = other_work
    assert score(VILLAGE_100_POINT, village_results).grade is grade


def test_veto_overrides_total(village_results):
    village_results["other_work"] = 35  # total 94: excellent by the bands
    village_results["concealed_births"] = True
    card = score(VILLAGE_100_POINT, village_results)
    assert Decimal("94.00") == card.total
    assert card.banded_grade is Grade.EXCELLENT
    assert card.grade is Grade.FAIL
    assert [h.veto.code for h in card.vetoes] == ["concealment"]


@pytest.mark.parametrize(
    ("error", "vetoed", "points"),
    [
        (Decimal(7), False, Decimal("0.00")),  # 2 over = 20 steps → −20, floored at 0
        (Decimal("7.1"), True, Decimal("0.00")),  # above 7 → vetoed
        (Decimal("5.05"), False, Decimal("5.50")),  # 0.05 over = 0.5 step → −0.5
    ],
)
def test_statistics_error_threshold(village_results, error, vetoed, points):
    village_results["birth_statistics_error"] = error
    card = score(VILLAGE_100_POINT, village_results)
    assert vetoed == card.vetoed
    assert points == card.item("birth_statistics_error").points


def test_floor_is_reported(village_results):
    village_results["birth_statistics_error"] = Decimal(7)
    item = score(VILLAGE_100_POINT, village_results).item("birth_statistics_error")
    # 20 steps at −1 from 6 → −14, floored at 0: deductions −20 then +14
    assert [d.points for d in item.deductions] == [Decimal(20), Decimal(-14)]
    assert "floor" in item.explain("en")


@pytest.mark.parametrize(
    ("compliance", "points", "vetoed"),
    [
        (Decimal(82), Decimal("7.00"), False),  # 95 − 82 = 13 below at −1 → 20 − 13 = 7
        (Decimal("81.9"), Decimal("0.00"), True),  # below 82: zero and vetoed
        (Decimal(96), Decimal("20.00"), False),
    ],
)
def test_township_compliance_floor(compliance, points, vetoed):
    results = {
        "policy_compliance_rate": compliance,
        "organisation.leading_body": True,
        "organisation.work_plan": False,
        "organisation.meetings": True,
        "organisation.pay_linkage": False,
        "other_work": 70,
    }
    card = score(TOWNSHIP_2013_SHEET, results)
    assert points == card.item("policy_compliance_rate").points
    # organisation 3.5 − 0.5 (no plan) − 2 (no pay linkage) = 1
    assert Decimal("1.00") == card.item("organisation").points
    assert vetoed == card.vetoed
    if vetoed:
        assert card.grade is Grade.FAIL
        assert "unit.no_honours" in [c.code for c in card.consequences]


def test_hunan_targets_and_level_progress():
    results = {
        "compliance_target": Decimal("94.85"),
        "compliance_target.target": Decimal(95),
        "sex_ratio_target": Decimal("112.0"),
        "sex_ratio_target.target": Decimal("111.9"),  # last year 112.0 less 0.1
        "higher_order_birth_rate": 6,
        "higher_order_birth_rate.reference": 5,
        "higher_order_birth_rate.previous": 5,
        "sex_ratio_at_birth": 110,
        "sex_ratio_at_birth.reference": 112,
        "sex_ratio_at_birth.previous": 109,
    }
    card = score(HUNAN_2017_SHEET, results)
    # compliance 0.15 short = 2 started steps of 0.1 at −0.3 → 3 − 0.6 = 2.4
    assert Decimal("2.40") == card.item("compliance_target").points
    # sex ratio equal to last year: 0.1 over the target → 1 step at −0.1 → 2.9
    assert Decimal("2.90") == card.item("sex_ratio_target").points
    # 6 worse than the mean 5: level weight 0.7; level 5/6, progress 5/6 → 7 × 5/6 = 5.833…
    assert Decimal("5.83") == card.item("higher_order_birth_rate").points
    # 110 better than the mean 112: level weight 0.7, level 1; progress 109/110 = 0.990909…
    # 3 × (0.7 + 0.3 × 0.990909…) = 2.99181… → 2.99
    assert Decimal("2.99") == card.item("sex_ratio_at_birth").points
    # 2.4 + 2.9 + 5.83 + 2.99 = 14.12: good (illustrative bands: ≥ 12.8, < 14.4)
    assert Decimal("14.12") == card.total
    assert card.grade is Grade.GOOD


def test_level_progress_full_at_and_better():
    item = LevelProgressItem(
        code="srb",
        title=T,
        points=Decimal(3),
        level_weight_if_worse=Decimal("0.3"),
        level_weight_otherwise=Decimal("0.7"),
        full_at=Decimal(107),
    )
    sheet = one_item_sheet(item)
    assert (
        Decimal("3.00")
        == score(sheet, {"srb": 106, "srb.reference": 100, "srb.previous": 100}).total
    )
    # lower is better, value 0: at least as good as any mean → full marks
    assert Decimal("3.00") == score(sheet, {"srb": 0, "srb.reference": 0, "srb.previous": 0}).total


def test_level_progress_higher_is_better():
    item = LevelProgressItem(
        code="cpr",
        title=T,
        points=Decimal(10),
        level_weight_if_worse=Decimal("0.5"),
        level_weight_otherwise=Decimal("0.5"),
        direction=Direction.HIGHER_IS_BETTER,
    )
    card = score(one_item_sheet(item), {"cpr": 80, "cpr.reference": 100, "cpr.previous": 80})
    # level 80/100 = 0.8, progress 1: 10 × (0.5 × 0.8 + 0.5 × 1) = 9
    assert Decimal("9.00") == card.total


def test_level_progress_refuses_negative():
    item = LevelProgressItem(
        code="x",
        title=T,
        points=Decimal(1),
        level_weight_if_worse=Decimal(1),
        level_weight_otherwise=Decimal(1),
    )
    with pytest.raises(InvalidInputError, match=r"x\.previous"):
        score(one_item_sheet(item), {"x": 1, "x.reference": 1, "x.previous": -1})


@pytest.mark.parametrize(
    ("counting", "points"),
    [
        # 0.15 short at 0.1 a step, −1 a step, from 5
        (StepCounting.PROPORTIONAL, Decimal("3.50")),  # 1.5 steps
        (StepCounting.STARTED, Decimal("3.00")),  # 2 steps
        (StepCounting.COMPLETED, Decimal("4.00")),  # 1 step
    ],
)
def test_step_counting(counting, points):
    item = TargetItem(
        code="x",
        title=T,
        points=5,
        target=10,
        step=Decimal("0.1"),
        deduction=1,
        counting=counting,
    )
    assert points == score(one_item_sheet(item), {"x": Decimal("9.85")}).total


def test_negative_floor():
    item = CaseDeductionItem(code="x", title=T, points=5, per_case=5, floor=-10)
    sheet = one_item_sheet(item)
    assert Decimal("-10.00") == score(sheet, {"x": 3}).total  # 5 − 15 = −10
    assert Decimal("-10.00") == score(sheet, {"x": 4}).total  # 5 − 20 → floor −10
    assert Decimal("5.00") == score(sheet, {"x": 0}).total
    assert Grade.FAIL is score(sheet, {"x": 4}).grade  # below the only band (≥ 0)


def test_banded_lower_is_better_and_otherwise():
    item = BandedItem(
        code="err",
        title=T,
        points=10,
        bands=(Band(bound=1, share=1), Band(bound=3, share=Decimal("0.5"))),
        direction=Direction.LOWER_IS_BETTER,
    )
    sheet = one_item_sheet(item)
    assert Decimal("10.00") == score(sheet, {"err": 1}).total
    assert Decimal("5.00") == score(sheet, {"err": 3}).total
    assert Decimal("0.00") == score(sheet, {"err": Decimal("3.01")}).total


def test_target_from_results():
    item = TargetItem(code="x", title=T, points=3, step=1, deduction=1)
    assert item.keys == ("x", "x.target")
    assert Decimal("1.00") == score(one_item_sheet(item), {"x": 8, "x.target": 10}).total


def test_unassessed_item_scores_as_the_sheet_says(head_results):
    del head_results["unsigned_agreements"]
    card = score(DINGNAN_HOUSEHOLD_HEAD, head_results)
    item = card.item("unsigned_agreements")
    assert not item.assessed
    assert Decimal("20.00") == item.points
    # late 30 − 10 = 20; attendance 98.2 → 90 % of 30 = 27; agreements 20; publicity 20 − 5 = 15
    assert Decimal("82.00") == card.total
    assert "not assessed" in card.explain("en")


def test_missing_results_are_all_listed(village_results):
    del village_results["other_work"]
    del village_results["concealed_births"]
    with pytest.raises(InvalidInputError) as info:
        score(VILLAGE_100_POINT, village_results)
    assert info.value.field == "results"
    assert info.value.value == ("other_work", "concealed_births")


def test_partly_given_checklist_is_missing(head_results):
    del head_results["publicity.home_visits"]
    with pytest.raises(InvalidInputError) as info:
        score(DINGNAN_HOUSEHOLD_HEAD, head_results)
    assert info.value.value == ("publicity.home_visits",)


def test_unknown_keys_are_refused(village_results):
    village_results["lawful_birth_rat"] = 90
    with pytest.raises(InvalidInputError, match="lawful_birth_rat"):
        score(VILLAGE_100_POINT, village_results)


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("lawful_birth_rate", 93.0, "float"),
        ("lawful_birth_rate", True, "finding"),
        ("lawful_birth_rate", "93", "text"),
        ("lawful_birth_rate", object(), "Decimal .value"),
        ("lawful_birth_rate", Decimal("NaN"), "finite"),
        ("concealed_births", 1, "True or False"),
        ("guarantees_missing", Decimal("1.5"), "whole number"),
        ("guarantees_missing", -1, "whole number"),
        ("other_work", 36, "between"),
    ],
)
def test_bad_values(village_results, key, value, problem):
    village_results[key] = value
    with pytest.raises(InvalidInputError, match=problem) as info:
        score(VILLAGE_100_POINT, village_results)
    assert key in info.value.field


@attrs.frozen
class FakeRate:
    value: Decimal
    unit: str = "%"


def test_has_value_results(village_results):
    village_results["lawful_birth_rate"] = FakeRate(Decimal(93))
    card = score(VILLAGE_100_POINT, village_results)
    assert Decimal("89.00") == card.total
    assert ("lawful_birth_rate", Decimal(93)) in card.item("lawful_birth_rate").measured


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"results": []}, "results"),
        ({"results": {1: 2}}, "results"),
        ({"sheet": "village"}, "sheet"),
        ({"subject": 3}, "subject"),
        ({"year": "2010"}, "year"),
        ({"year": True}, "year"),
    ],
)
def test_bad_arguments(village_results, kwargs, field):
    args = {"sheet": VILLAGE_100_POINT, "results": village_results, **kwargs}
    with pytest.raises(InvalidInputError) as info:
        score(**args)
    assert field == info.value.field


def test_explain_and_html(village_results):
    village_results["concealed_births"] = True
    village_results["birth_statistics_error"] = 8
    card = score(VILLAGE_100_POINT, village_results, subject="<V>", year=2010)
    en = card.explain("en")
    zh = card.explain("zh")
    assert en.startswith("Village committee 100-point sheet — <V> 2010:")
    assert "(vetoed)" in en
    assert "一票否决" in zh
    assert "8 > 7" in en  # the threshold veto shows the comparison
    assert "illustrative" in en
    assert "示例值" in zh
    html = card._repr_html_()
    assert "&lt;V&gt;" in html
    assert "<V>" not in html
    assert "<li>" in html
    with pytest.raises(InvalidInputError):
        card.explain("fr")
    with pytest.raises(KeyError):
        card.item("nope")


def test_unnamed_card_and_sourced_sheet():
    item = CaseDeductionItem(code="x", title=T, points=5, per_case=1)
    sourced = attrs.evolve(
        one_item_sheet(item), citation=attrs.evolve(C, confidence=Confidence.OFFICIAL)
    )
    card = score(sourced, {"x": 0})
    assert not card.is_illustrative
    assert "(unnamed)" in card.explain("en")
    assert "（未署名）" in card.explain("zh")
    assert "<ul>" not in card._repr_html_()
