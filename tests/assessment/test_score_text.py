"""The rendered score card, pinned line by line in Chinese and English.

Every line below is written from the sheet's rules and the sentence templates of
``fpcore.assessment._score`` (arithmetic in the comments); a card is the promise an assessor
reads, so its wording, signs, markers and order are pinned, not just its numbers.
"""

from decimal import Decimal

import pytest

from fpcore.assessment import score
from fpcore.assessment.sheets import DINGNAN_HOUSEHOLD_HEAD, HUNAN_2017_SHEET
from fpcore.assessment.sheets.dingnan import DINGNAN_PAY_LINKAGE
from fpcore.assessment.sources import ILLUSTRATIVE_ASSESSMENT, VILLAGE_100_POINT_SHEET

HEAD = {
    "late_reports": 1,
    "health_check_attendance": Decimal("98.2"),
    # unsigned_agreements left out: the sheet scores it 20 when not assessed
    "publicity.monthly_meeting": True,
    "publicity.notices_posted": True,
    "publicity.home_visits": False,
    "concealed_births": True,
}


def head_card():
    # late reports 30 − 1 × 10 = 20; attendance 98.2 reaches the 97 band: 0.9 × 30 = 27;
    # agreements not assessed: 20; publicity 20 − 5 (no home visits) = 15.
    # Total 20 + 27 + 20 + 15 = 82 (good by the bands, ≥ 75) but concealment vetoes it: fail.
    return score(DINGNAN_HOUSEHOLD_HEAD, HEAD, subject="Li", year=2015)


def test_household_head_card_in_english():
    assert head_card().explain("en").split("\n") == [
        "Dingnan central household head sheet (illustrative) — Li 2015: 82.00 / 100, "
        "grade fail (incompetent) (vetoed).",
        "  Reporting: 20.00 / 30",
        "    Pregnancies or births reported late: 20.00 / 30 (late_reports = 1) [1]",
        "      · −10.00 1 case at 10 each",
        "  Services: 47.00 / 50",
        "    Group's health-check attendance: 27.00 / 30 (health_check_attendance = 98.2) [1]",
        "      · −3.00 98.2 reaches the 97 band: 0.9 of the item's points",
        "    New couples' service agreements unsigned: 20.00 / 20 [1]",
        "      · not assessed: scored 20 as the sheet provides",
        "  Publicity: 15.00 / 20",
        "    Publicity duties: 15.00 / 20 (publicity.monthly_meeting = yes, "
        "publicity.notices_posted = yes, publicity.home_visits = no) [1]",
        "      · −5.00 missing: 入户走访 / home visits",
        "  Vetoes (grade fail (incompetent) whatever the total):",
        "  ✗ Concealed an illegal birth in the group (yes) [2]",
        "  ! Uses an illustrative value that no source gives; treat the result as a demonstration.",
        "  Sources:",
        f"  [1] {DINGNAN_PAY_LINKAGE.render('en')}",
        f"  [2] {VILLAGE_100_POINT_SHEET.render('en')}",
    ]


def test_household_head_card_in_chinese_is_the_default():
    card = head_card()
    assert card.explain() == card.explain("zh")
    assert card.explain("zh").split("\n") == [
        "定南县中心户长工作考核（示例）——Li 2015：82.00 / 100 分，等次 不合格（不称职）（一票否决）。",
        "  信息报告: 20.00 / 30",
        "    孕情、出生未及时报告: 20.00 / 30 (late_reports = 1) [1]",
        "      · −10.00 1 例（件），每例扣 10 分",
        "  服务: 47.00 / 50",
        "    本组“三查”到位率: 27.00 / 30 (health_check_attendance = 98.2) [1]",
        "      · −3.00 98.2 达到 97 档，得本项分值的 0.9",
        "    新婚夫妇服务协议未签订: 20.00 / 20 [1]",
        "      · 未考核，按细则计 20 分",
        "  宣传: 15.00 / 20",
        "    宣传活动: 15.00 / 20 (publicity.monthly_meeting = 是, "
        "publicity.notices_posted = 是, publicity.home_visits = 否) [1]",
        "      · −5.00 缺少：入户走访 / home visits",
        "  一票否决（无论得分，等次为不合格（不称职））：",
        "  ✗ 隐瞒本组违法生育 (是) [2]",
        "  ！使用了无来源的示例值，结果仅供演示。",
        "  依据：",
        f"  [1] {DINGNAN_PAY_LINKAGE.render('zh')}",
        f"  [2] {VILLAGE_100_POINT_SHEET.render('zh')}",
    ]


def test_item_and_deduction_lines_default_to_chinese():
    card = head_card()
    publicity = card.item("publicity")
    assert publicity.explain() == publicity.explain("zh")
    assert publicity.explain("en").split("\n")[0] == (
        "    Publicity duties: 15.00 / 20 (publicity.monthly_meeting = yes, "
        "publicity.notices_posted = yes, publicity.home_visits = no)"
    )
    (missing,) = publicity.deductions
    assert missing.points == Decimal(5)
    assert missing.explain() == "缺少：入户走访 / home visits"
    assert missing.explain("en") == "missing: 入户走访 / home visits"
    unassessed = card.item("unsigned_agreements")
    assert unassessed.assessed is False
    assert card.item("late_reports").assessed is True
    assert unassessed.maximum == Decimal(20)
    (rule,) = unassessed.deductions
    assert rule.points == Decimal(0)  # 20 of 20: nothing lost
    assert rule.facts == (("points", Decimal(20)),)


def test_veto_hit_explains_itself_with_its_source():
    (hit,) = head_card().vetoes
    assert hit.value is True  # a finding veto records the finding itself
    assert hit.explain() == hit.explain("zh")
    assert hit.explain("zh") == "  ✗ 隐瞒本组违法生育 (是) 依据：" + VILLAGE_100_POINT_SHEET.render(
        "zh"
    )
    assert hit.explain("en") == (
        "  ✗ Concealed an illegal birth in the group (yes) Source: "
        + VILLAGE_100_POINT_SHEET.render("en")
    )


HUNAN = {
    # responsibility targets met exactly: 3 + 3
    "compliance_target": Decimal(95),
    "compliance_target.target": Decimal(95),
    "sex_ratio_target": Decimal("111.9"),
    "sex_ratio_target.target": Decimal("111.9"),
    # higher-order rate 6 is worse than the provincial mean 5 (lower is better), and better
    # than last year's 8
    "higher_order_birth_rate": 6,
    "higher_order_birth_rate.reference": 5,
    "higher_order_birth_rate.previous": 8,
    # sex ratio 115 is worse than the mean 112 and better than last year's 118
    "sex_ratio_at_birth": 115,
    "sex_ratio_at_birth.reference": 112,
    "sex_ratio_at_birth.previous": 118,
}


def test_level_and_progress_weights_when_worse_than_the_mean():
    # Hunan 2017: higher-order births weigh level:progress 7:3 above the mean (worse);
    # level 5/6 = 0.8333…, progress 1 (better than last year):
    # 7 × (0.7 × 5/6 + 0.3 × 1) = 7 × 0.88333… = 6.18333… → 6.18
    # sex ratio 3:7 above the mean: level 112/115 = 0.973913…, progress 1:
    # 3 × (0.3 × 0.973913… + 0.7) = 3 × 0.992173… = 2.97652… → 2.98
    card = score(HUNAN_2017_SHEET, HUNAN)
    assert card.item("higher_order_birth_rate").points == Decimal("6.18")
    assert card.item("sex_ratio_at_birth").points == Decimal("2.98")
    assert card.total == Decimal("15.16")  # 3 + 3 + 6.18 + 2.98: excellent (≥ 14.4)
    (level,) = card.item("higher_order_birth_rate").deductions
    assert level.explain("en") == (
        "level 6 against the mean 5 earns 0.8333, progress against last year's 8 earns 1.0000, "
        "weighted 0.7:0.3"
    )
    assert level.explain("zh") == (
        "水平 6 对比均值 5 得 0.8333，进度对比上年 8 得 1.0000，权重 0.7：0.3"
    )
    # 7 − 6.18333… = 0.81666… lost, shown to the hundredth
    assert round(level.points, 5) == Decimal("0.81667")
    assert card.item("higher_order_birth_rate").explain("en").split("\n") == [
        "    Out-of-policy higher-order birth rate: 6.18 / 7 (higher_order_birth_rate = 6, "
        "higher_order_birth_rate.reference = 5, higher_order_birth_rate.previous = 8)",
        "      · −0.82 level 6 against the mean 5 earns 0.8333, progress against last year's 8 "
        "earns 1.0000, weighted 0.7:0.3",
    ]
    sex_ratio = card.item("sex_ratio_at_birth").deductions[0]
    assert sex_ratio.explain("en") == (
        "level 115 against the mean 112 earns 0.9739, progress against last year's 118 earns "
        "1.0000, weighted 0.3:0.7"
    )


def test_level_and_progress_when_better_than_the_mean():
    # sex ratio 110 better than the mean 112: level weight 0.7, level share 1;
    # progress 109/110 = 0.990909…: 3 × (0.7 + 0.3 × 0.990909…) = 2.991818… → 2.99
    results = dict(HUNAN, sex_ratio_at_birth=110, **{"sex_ratio_at_birth.previous": 109})
    item = score(HUNAN_2017_SHEET, results).item("sex_ratio_at_birth")
    assert item.points == Decimal("2.99")
    assert item.deductions[0].explain("en") == (
        "level 110 against the mean 112 earns 1.0000, progress against last year's 109 earns "
        "0.9909, weighted 0.7:0.3"
    )


def test_full_marks_line_has_no_sign():
    # sex ratio 107 is at the full-marks line (≤ 107): 3 of 3, a reason without points
    results = dict(HUNAN, sex_ratio_at_birth=107)
    item = score(HUNAN_2017_SHEET, results).item("sex_ratio_at_birth")
    assert item.points == Decimal("3.00")
    (full,) = item.deductions
    assert full.points == 0
    assert full.explain("en") == "107 is at or better than 107: full marks"
    assert full.explain("zh") == "107 达到满分线 107，得满分"
    assert item.explain("en").split("\n")[1] == "      · 107 is at or better than 107: full marks"


def test_the_scoring_context_is_never_the_callers():
    # the same card under a caller's two-digit context: 5/6 would be 0.83 and
    # 7 × (0.7 × 0.83 + 0.3) = 7 × 0.88 = 6.2 there; fpcore's 28 digits keep 6.18
    import decimal

    with decimal.localcontext(prec=2, rounding=decimal.ROUND_DOWN):
        card = score(HUNAN_2017_SHEET, HUNAN)
    assert card.item("higher_order_birth_rate").points == Decimal("6.18")
    assert card.item("sex_ratio_at_birth").points == Decimal("2.98")
    assert card.total == Decimal("15.16")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Hunan 2017 county key indicators — (unnamed): 15.16 / 16, grade excellent."),
        ("zh", "湖南省2017年度县市人口计生重点指标考核——（未署名）：15.16 / 16 分，等次 优秀。"),
    ],
)
def test_headline_without_subject_year_or_veto(lang, expected):
    card = score(HUNAN_2017_SHEET, HUNAN)
    assert card.headline(lang) == expected
    assert card.explain(lang).split("\n")[0] == expected


def test_headline_defaults_to_chinese():
    card = score(HUNAN_2017_SHEET, HUNAN, subject="县", year=2017)
    assert card.headline() == card.headline("zh")
    assert card.headline().endswith("——县 2017：15.16 / 16 分，等次 优秀。")
    assert ILLUSTRATIVE_ASSESSMENT in card.sources  # the bands are illustrative


def test_a_loss_too_small_to_show_still_reads_as_a_loss():
    from fpcore.assessment import AssessmentSheet, Grade, GradeBand, LevelProgressItem, Section
    from fpcore.explain import Message
    from fpcore.params import Citation, Confidence

    item = LevelProgressItem(
        code="r",
        title=Message(zh="比率", en="Rate"),
        points=10,
        level_weight_if_worse=Decimal("0.5"),
        level_weight_otherwise=Decimal("0.5"),
    )
    sheet = AssessmentSheet(
        code="demo",
        title=Message(zh="示例表", en="Demo sheet"),
        assesses=Message(zh="单位", en="unit"),
        sections=(Section(code="s", title=Message(zh="节", en="Section"), items=(item,)),),
        grades=(GradeBand(grade=Grade.PASS, min_score=Decimal(0)),),
        citation=Citation(title="示例", confidence=Confidence.OFFICIAL),
    )
    # 1000 is worse than the mean 999.2 (lower is better): level 999.2 / 1000 = 0.9992,
    # progress 1 (as last year): 10 × (0.5 × 0.9992 + 0.5) = 9.996 → 10.00, 0.004 lost
    scored = score(sheet, {"r": 1000, "r.reference": Decimal("999.2"), "r.previous": 1000})
    line = scored.item("r").explain("en").split("\n")[1]
    assert scored.item("r").points == Decimal("10.00")
    assert line == (
        "      · −0.00 level 1,000 against the mean 999.2 earns 0.9992, progress against last "
        "year's 1,000 earns 1.0000, weighted 0.5:0.5"
    )
