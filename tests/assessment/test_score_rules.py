"""Scoring rules at their edges: floors, cut-offs, bands, the missing-result rule, and the
field every refusal names. Expected values are worked out by hand in the comments."""

from decimal import Decimal

import pytest

from fpcore.assessment import (
    AssessmentSheet,
    CaseDeductionItem,
    ChecklistElement,
    ChecklistItem,
    Comparison,
    Consequence,
    FindingTrigger,
    Grade,
    GradeBand,
    LevelProgressItem,
    Section,
    TargetItem,
    ThresholdTrigger,
    Veto,
    score,
)
from fpcore.assessment.sheets import (
    DINGNAN_HOUSEHOLD_HEAD,
    TOWNSHIP_2013_SHEET,
    VILLAGE_100_POINT,
)
from fpcore.errors import InvalidInputError
from fpcore.explain import _FONTS, Message
from fpcore.params import Citation, Confidence

SRC = Citation(title="示例细则", title_en="Demo rules", confidence=Confidence.OFFICIAL)
VETO_SRC = Citation(title="否决办法", title_en="Veto rules", confidence=Confidence.OFFICIAL)
T = Message(zh="项", en="item")
PASS_AT_ZERO = (GradeBand(grade=Grade.PASS, min_score=Decimal(0)),)


def sheet_of(*items, vetoes=()):
    return AssessmentSheet(
        code="demo",
        title=Message(zh="示例表", en="Demo sheet"),
        assesses=T,
        sections=(Section(code="s", title=Message(zh="节", en="Section"), items=items),),
        vetoes=vetoes,
        grades=PASS_AT_ZERO,
        citation=SRC,
    )


# -- floors ---------------------------------------------------------------------------------


def test_a_floor_gives_back_what_goes_below_it():
    # statistics error 7 against ≤ 5: 2 over = 20 steps of 0.1 at −1 → 6 − 20 = −14, floored
    # at 0: the floor gives back 14 points, shown with a plus
    village = {
        "guarantees_missing": 0,
        "lawful_birth_rate": 92,
        "higher_order_birth_rate": 3,
        "birth_statistics_error": Decimal(7),
        "sex_ratio_at_birth": 110,
        "fee_collection_rate": 100,
        "other_work": 35,
        "concealed_births": False,
        "seven_prohibitions_breach": False,
    }
    item = score(VILLAGE_100_POINT, village).item("birth_statistics_error")
    assert item.explain("en").split("\n")[1:] == [
        "      · −20.00 7 misses the target 5 by 2: 20 steps of 0.1 at 1 each",
        "      · +14.00 deductions go below the floor: scored at 0",
    ]
    assert item.explain("zh").split("\n")[1:] == [
        "      · −20.00 7 未达目标 5，差 2，计 20 档（每档 0.1），每档扣 1 分",
        "      · +14.00 扣分后低于下限，按下限 0 分计",
    ]
    assert item.deductions[1].facts == (("floor", Decimal(0)),)


def test_a_negative_floor_gives_back_only_what_goes_below_it():
    sheet = sheet_of(CaseDeductionItem(code="x", title=T, points=5, per_case=5, floor=-10))
    # 4 cases: 5 − 20 = −15, below the floor −10 by 5: the floor gives back 5
    below = score(sheet, {"x": 4}).item("x")
    assert [d.points for d in below.deductions] == [Decimal(20), Decimal(-5)]
    assert below.points == Decimal("-10.00")
    # 3 cases: 5 − 15 = −10, exactly the floor: nothing to give back, no floor line
    at = score(sheet, {"x": 3}).item("x")
    assert [d.points for d in at.deductions] == [Decimal(15)]
    assert at.points == Decimal("-10.00")


def test_a_checklist_floored_at_its_floor():
    item = ChecklistItem(
        code="duties",
        title=T,
        points=4,
        elements=(
            ChecklistElement(code="a", title=Message(zh="甲", en="A"), deduction=3),
            ChecklistElement(code="b", title=Message(zh="乙", en="B"), deduction=3),
        ),
    )
    card = score(sheet_of(item), {"duties.a": False, "duties.b": False}).item("duties")
    # 4 − 3 − 3 = −2, floored at 0: +2
    assert [d.points for d in card.deductions] == [Decimal(3), Decimal(3), Decimal(-2)]
    assert card.points == Decimal("0.00")
    assert card.deductions[1].explain("en") == "missing: 乙 / B"


# -- the cut-off ----------------------------------------------------------------------------


def test_township_compliance_below_the_cut_off_loses_what_is_left():
    # 81.9 against 95: 13.1 points short at −1 → 20 − 13.1 = 6.9; below the 82 % cut-off the
    # item scores at most 0, so the 6.9 left go too
    results = {
        "policy_compliance_rate": Decimal("81.9"),
        "organisation.leading_body": True,
        "organisation.work_plan": True,
        "organisation.meetings": True,
        "organisation.pay_linkage": True,
        "other_work": 70,
    }
    item = score(TOWNSHIP_2013_SHEET, results).item("policy_compliance_rate")
    assert [d.points for d in item.deductions] == [Decimal("13.1"), Decimal("6.9")]
    assert item.explain("en").split("\n")[1:] == [
        "      · −13.10 81.9 misses the target 95 by 13.1: 13.1 steps of 1 at 1 each",
        "      · −6.90 81.9 is worse than the cut-off 82: the item scores at most 0",
    ]
    assert item.deductions[1].explain("zh") == "81.9 劣于临界值 82，本项最多得 0 分"


@pytest.mark.parametrize(
    ("value", "deductions"),
    [
        # 10 − 5.5 = 4.5 short at −1 from 5: 0.5 left, then lost to the cut-off 6
        (Decimal("5.5"), [Decimal("4.5"), Decimal("0.5")]),
        # 5 short: 0 left, nothing for the cut-off to take (and nothing below the floor)
        (Decimal(5), [Decimal(5)]),
        # 6 is not worse than the cut-off: 4 short, 1 left
        (Decimal(6), [Decimal(4)]),
    ],
)
def test_the_cut_off_takes_only_points_that_are_left(value, deductions):
    item = TargetItem(code="x", title=T, points=5, target=10, step=1, deduction=1, zero_beyond=6)
    scored = score(sheet_of(item), {"x": value}).item("x")
    assert [d.points for d in scored.deductions] == deductions
    assert scored.points == Decimal(5) - sum(deductions)


def test_half_a_point_lost_is_shown_as_a_loss():
    item = TargetItem(code="x", title=T, points=5, target=10, step=1, deduction=1, zero_beyond=6)
    lines = score(sheet_of(item), {"x": Decimal("5.5")}).item("x").explain("en").split("\n")
    assert lines[2] == "      · −0.50 5.5 is worse than the cut-off 6: the item scores at most 0"


# -- bands and assessors --------------------------------------------------------------------


def test_attendance_below_every_band_earns_the_otherwise_share(head_results):
    # 90 % attendance reaches no band (99 / 97 / 95): 0.7 × 30 = 21, 9 lost
    head_results["health_check_attendance"] = 90
    item = score(DINGNAN_HOUSEHOLD_HEAD, head_results).item("health_check_attendance")
    assert item.points == Decimal("21.00")
    (band,) = item.deductions
    assert band.points == Decimal(9)
    assert band.facts == (("value", Decimal(90)), ("share", Decimal("0.7")))
    assert band.explain("en") == "90 reaches no band: 0.7 of the item's points"
    assert band.explain("zh") == "90 未达任何档次，得本项分值的 0.7"


def test_attendance_in_a_band_loses_the_rest(head_results):
    # 95 % reaches the 95 band: 0.8 × 30 = 24, 6 lost
    head_results["health_check_attendance"] = 95
    (band,) = score(DINGNAN_HOUSEHOLD_HEAD, head_results).item("health_check_attendance").deductions
    assert band.points == Decimal(6)
    assert band.facts == (
        ("value", Decimal(95)),
        ("bound", Decimal(95)),
        ("share", Decimal("0.8")),
    )


def test_the_assessors_mark(village_results):
    # 30 of 35 given: 5 lost
    (mark,) = score(VILLAGE_100_POINT, village_results).item("other_work").deductions
    assert mark.points == Decimal(5)
    assert mark.explain("en") == "the assessors gave 30 of 35"
    assert mark.explain("zh") == "考核组评定 30 分（满分 35）"
    assert mark.facts == (("value", Decimal(30)), ("points", Decimal(35)))


def test_cases_carry_their_count_and_rate(village_results):
    (cases,) = score(VILLAGE_100_POINT, village_results).item("guarantees_missing").deductions
    assert cases.points == Decimal(2)  # 1 missing guarantee at −2
    assert cases.facts == (("cases", Decimal(1)), ("per_case", Decimal(2)))
    village_results["guarantees_missing"] = 2
    (two,) = score(VILLAGE_100_POINT, village_results).item("guarantees_missing").deductions
    assert two.explain("en") == "2 cases at 2 each"


def test_level_progress_facts():
    item = LevelProgressItem(
        code="r",
        title=T,
        points=10,
        level_weight_if_worse=Decimal("0.7"),
        level_weight_otherwise=Decimal("0.3"),
    )
    # 6 worse than the mean 5, better than last year's 8: level weight 0.7;
    # 10 × (0.7 × 5/6 + 0.3 × 1) = 8.8333… → 8.83, 1.1666… lost
    scored = score(sheet_of(item), {"r": 6, "r.reference": 5, "r.previous": 8}).item("r")
    assert scored.points == Decimal("8.83")
    (level,) = scored.deductions
    assert level.facts == (
        ("value", Decimal(6)),
        ("reference", Decimal(5)),
        ("previous", Decimal(8)),
        ("level_share", Decimal("0.8333")),
        ("progress_share", Decimal("1.0000")),
        ("level_weight", Decimal("0.7")),
        ("progress_weight", Decimal("0.3")),
    )
    assert Decimal("1.1666") < level.points < Decimal("1.1667")


def test_level_progress_full_marks_facts():
    item = LevelProgressItem(
        code="r",
        title=T,
        points=3,
        level_weight_if_worse=Decimal("0.3"),
        level_weight_otherwise=Decimal("0.7"),
        full_at=107,
    )
    (full,) = (
        score(sheet_of(item), {"r": 100, "r.reference": 90, "r.previous": 90}).item("r").deductions
    )
    assert full.facts == (("value", Decimal(100)), ("full_at", Decimal(107)))
    assert full.explain("en") == "100 is at or better than 107: full marks"


# -- which results are missing --------------------------------------------------------------


def test_every_missing_item_result_is_listed(village_results):
    del village_results["guarantees_missing"]
    del village_results["other_work"]
    with pytest.raises(InvalidInputError) as info:
        score(VILLAGE_100_POINT, village_results)
    assert info.value.value == ("guarantees_missing", "other_work")
    assert str(info.value) == (
        "results: ('guarantees_missing', 'other_work') lack a result for these keys"
    )


def test_an_unassessed_item_does_not_hide_later_missing_results(head_results):
    # agreements may go unassessed; the publicity checklist after it may not
    del head_results["unsigned_agreements"]
    del head_results["publicity.home_visits"]
    with pytest.raises(InvalidInputError) as info:
        score(DINGNAN_HOUSEHOLD_HEAD, head_results)
    assert info.value.value == ("publicity.home_visits",)


def test_two_unassessed_items_both_score_as_the_sheet_says():
    sheet = sheet_of(
        CaseDeductionItem(code="a", title=T, points=5, per_case=1, if_unassessed=3),
        CaseDeductionItem(code="b", title=T, points=5, per_case=1, if_unassessed=4),
        CaseDeductionItem(code="c", title=T, points=5, per_case=1),
    )
    card = score(sheet, {"c": 1})
    assert [i.points for i in card.items] == [Decimal(3), Decimal(4), Decimal(4)]
    assert [i.assessed for i in card.items] == [False, False, True]
    assert [d.points for i in card.items[:2] for d in i.deductions] == [Decimal(2), Decimal(1)]


# -- the field each refusal names -----------------------------------------------------------


def test_a_percentage_result_above_100_is_refused(village_results):
    village_results["lawful_birth_rate"] = 101
    with pytest.raises(InvalidInputError) as info:
        score(VILLAGE_100_POINT, village_results)
    assert info.value.field == "results['lawful_birth_rate']"


@pytest.mark.parametrize(
    ("sheet_results", "field"),
    [
        (({"x": 8, "x.target": "10"}, "target"), "results['x.target']"),
        (({"x": "8", "x.target": 10}, "target"), "results['x']"),
        (({"c": "1"}, "cases"), "results['c']"),
        (({"d.a": 1}, "checklist"), "results['d.a']"),
        (({"r": "1", "r.reference": 1, "r.previous": 1}, "level"), "results['r']"),
        (({"r": 1, "r.reference": "1", "r.previous": 1}, "level"), "results['r.reference']"),
        (({"r": 1, "r.reference": 1, "r.previous": "1"}, "level"), "results['r.previous']"),
        (({"c": 0, "rate": "8"}, "veto"), "results['rate']"),
    ],
)
def test_a_bad_result_names_its_key(sheet_results, field):
    results, kind = sheet_results
    items = {
        "target": (TargetItem(code="x", title=T, points=3, step=1, deduction=1),),
        "cases": (CaseDeductionItem(code="c", title=T, points=5, per_case=1),),
        "checklist": (
            ChecklistItem(
                code="d",
                title=T,
                points=1,
                elements=(ChecklistElement(code="a", title=T, deduction=1),),
            ),
        ),
        "level": (
            LevelProgressItem(
                code="r",
                title=T,
                points=1,
                level_weight_if_worse=Decimal("0.5"),
                level_weight_otherwise=Decimal("0.5"),
            ),
        ),
        "veto": (CaseDeductionItem(code="c", title=T, points=5, per_case=1),),
    }[kind]
    vetoes = (
        Veto(
            code="high",
            title=T,
            trigger=ThresholdTrigger(key="rate", comparison=Comparison.ABOVE, threshold=7),
        ),
    )
    sheet = sheet_of(*items, vetoes=vetoes if kind == "veto" else ())
    with pytest.raises(InvalidInputError) as info:
        score(sheet, results)
    assert info.value.field == field


@pytest.mark.parametrize(
    ("key", "problem"),
    [("r", "results['r']"), ("r.reference", "results['r.reference']")],
)
def test_a_negative_level_or_mean_is_refused(key, problem):
    item = LevelProgressItem(
        code="r",
        title=T,
        points=1,
        level_weight_if_worse=Decimal("0.5"),
        level_weight_otherwise=Decimal("0.5"),
    )
    results = {"r": 1, "r.reference": 1, "r.previous": 1, key: -2}
    with pytest.raises(InvalidInputError) as info:
        score(sheet_of(item), results)
    assert info.value.field == problem
    assert info.value.value == Decimal(-2)
    assert str(info.value) == f"{problem}: Decimal('-2') must not be negative"


def test_a_fractional_count_of_cases_is_refused(village_results):
    village_results["guarantees_missing"] = Decimal("1.5")
    with pytest.raises(InvalidInputError) as info:
        score(VILLAGE_100_POINT, village_results)
    assert str(info.value) == (
        "results['guarantees_missing']: Decimal('1.5') must be a whole number of cases ≥ 0"
    )


def test_an_assessors_mark_above_full_marks_is_refused(village_results):
    village_results["other_work"] = 36  # full marks 35
    with pytest.raises(InvalidInputError) as info:
        score(VILLAGE_100_POINT, village_results)
    assert info.value.value == Decimal(36)
    assert str(info.value) == "results['other_work']: Decimal('36') must lie between 0 and 35"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"sheet": "village"}, "sheet: 'village' must be an AssessmentSheet"),
        ({"subject": 3}, "subject: 3 must be a string"),
        ({"year": "2010"}, "year: '2010' must be a whole year such as 2010, or None"),
    ],
)
def test_bad_arguments_are_named_in_full(village_results, kwargs, message):
    args = {"sheet": VILLAGE_100_POINT, "results": village_results, **kwargs}
    with pytest.raises(InvalidInputError) as info:
        score(**args)
    assert str(info.value) == message
    assert info.value.value == next(iter(kwargs.values()))


def test_unknown_keys_are_named_in_full(village_results):
    village_results["lawful_birth_rat"] = 90
    village_results["a_typo"] = 1
    with pytest.raises(InvalidInputError) as info:
        score(VILLAGE_100_POINT, village_results)
    assert info.value.field == "results"
    assert str(info.value) == (
        "results: ('a_typo', 'lawful_birth_rat') holds keys the sheet does not read"
    )


def test_a_card_has_no_item_of_another_code(village_results):
    with pytest.raises(KeyError) as info:
        score(VILLAGE_100_POINT, village_results).item("nope")
    assert info.value.args == ("nope",)


# -- a card with two vetoes, one without a source -------------------------------------------

VETOES = (
    Veto(
        code="too_many",
        title=Message(zh="差错过多", en="Too many errors"),
        trigger=ThresholdTrigger(key="errors", comparison=Comparison.AT_LEAST, threshold=3),
    ),
    Veto(
        code="fraud",
        title=Message(zh="弄虚作假", en="Fraud"),
        trigger=FindingTrigger(key="fraud"),
        consequences=(
            Consequence(code="unit.no_honours", message=Message(zh="取消评先", en="no honours")),
            Consequence(
                code="leaders.no_promotion", message=Message(zh="不得提拔", en="no promotion")
            ),
        ),
        citation=VETO_SRC,
    ),
)


def vetoed_card():
    # 3 errors at −2 from 5: −1, floored at 0 (+1); 3 ≥ 3 and fraud: both vetoes
    item = CaseDeductionItem(
        code="errors", title=Message(zh="差错", en="Errors <b>"), points=5, per_case=2
    )
    return score(sheet_of(item, vetoes=VETOES), {"errors": 3, "fraud": True}, subject="<V>")


def test_vetoes_with_and_without_a_source_in_english():
    assert vetoed_card().explain("en").split("\n") == [
        "Demo sheet — <V>: 0.00 / 5, grade fail (incompetent) (vetoed).",
        "  Section: 0.00 / 5",
        "    Errors <b>: 0.00 / 5 (errors = 3) [1]",
        "      · −6.00 3 cases at 2 each",
        "      · +1.00 deductions go below the floor: scored at 0",
        "  Vetoes (grade fail (incompetent) whatever the total):",
        "  ✗ Too many errors (3 >= 3)",
        "  ✗ Fraud (yes) [2]",
        "      → no honours",
        "      → no promotion",
        "  Sources:",
        f"  [1] {SRC.render('en')}",
        f"  [2] {VETO_SRC.render('en')}",
    ]


def test_vetoes_with_and_without_a_source_in_chinese():
    assert vetoed_card().explain("zh").split("\n") == [
        "示例表——<V>：0.00 / 5 分，等次 不合格（不称职）（一票否决）。",
        "  节: 0.00 / 5",
        "    差错: 0.00 / 5 (errors = 3) [1]",
        "      · −6.00 3 例（件），每例扣 2 分",
        "      · +1.00 扣分后低于下限，按下限 0 分计",
        "  一票否决（无论得分，等次为不合格（不称职））：",
        "  ✗ 差错过多 (3 >= 3)",
        "  ✗ 弄虚作假 (是) [2]",
        "      → 取消评先",
        "      → 不得提拔",
        "  依据：",
        f"  [1] {SRC.render('zh')}",
        f"  [2] {VETO_SRC.render('zh')}",
    ]


def test_a_veto_without_a_source_explains_itself_without_one():
    unsourced, sourced = vetoed_card().vetoes
    assert unsourced.value == Decimal(3)
    assert unsourced.explain("en") == "  ✗ Too many errors (3 >= 3)"
    assert sourced.explain("en").split("\n") == [
        f"  ✗ Fraud (yes) Source: {VETO_SRC.render('en')}",
        "      → no honours",
        "      → no promotion",
    ]


def test_the_notebook_table():
    card = vetoed_card()
    assert card._repr_html_() == (
        f'<div class="fpcore-result fpcore-scorecard" style="{_FONTS}; text-align: left">'
        "<p><strong>Demo sheet — &lt;V&gt;: 0.00 / 5, grade fail (incompetent) (vetoed)."
        "</strong><br>示例表——&lt;V&gt;：0.00 / 5 分，等次 不合格（不称职）（一票否决）。</p>"
        '<table class="fpcore-items"><thead><tr><th style="text-align: left">Item</th>'
        '<th style="text-align: right">Points</th><th style="text-align: left">Why</th>'
        "<th>Sources</th></tr></thead><tbody>"
        '<tr data-code="errors"><td style="text-align: left">Errors &lt;b&gt;<br>'
        "<small>差错</small></td>"
        '<td style="text-align: right">0.00 / 5</td>'
        '<td style="text-align: left"><small>3 cases at 2 each<br>'
        "deductions go below the floor: scored at 0</small></td>"
        "<td><small>[1]</small></td></tr>"
        "</tbody></table>"
        "<ul><li>Too many errors: </li><li>Fraud: no honours; no promotion</li></ul>"
        '<ol class="fpcore-sources">'
        f'<li value="1"><small>{SRC.render("en")}</small></li>'
        f'<li value="2"><small>{VETO_SRC.render("en")}</small></li>'
        "</ol></div>"
    )


def test_an_assessors_mark_as_text_is_refused(village_results):
    village_results["other_work"] = "30"
    with pytest.raises(InvalidInputError) as info:
        score(VILLAGE_100_POINT, village_results)
    assert info.value.field == "results['other_work']"


def test_the_notebook_table_has_a_row_per_item_and_no_veto_list():
    sheet = sheet_of(
        CaseDeductionItem(code="a", title=Message(zh="甲", en="A"), points=5, per_case=1),
        CaseDeductionItem(code="b", title=Message(zh="乙", en="B"), points=5, per_case=1),
    )
    html = score(sheet, {"a": 0, "b": 1})._repr_html_()
    assert (
        '<small>[1]</small></td></tr><tr data-code="b"><td style="text-align: left">B<br>'
    ) in html
    assert '</tbody></table><ol class="fpcore-sources">' in html
