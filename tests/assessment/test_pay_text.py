"""Pay awards pinned line by line (zh/en), their roundings and contexts, and the field each
refusal names. Amounts are worked out by hand from the rules' data in the comments."""

import decimal
from decimal import Decimal

import attrs
import pytest

from fpcore.assessment import (
    AllowanceBand,
    Band,
    CompletionBand,
    CompletionBands,
    Grade,
    GradeShare,
    ScaledCompletionBonus,
    ScoreBandAllowance,
    SizeBase,
    ThirteenthMonthBonus,
    WithheldMonthlyPay,
    score,
)
from fpcore.assessment.sheets import (
    ANPING_CHECKS,
    ANPING_OPERATIONS,
    DINGNAN_HOUSEHOLD_HEAD,
    DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE,
    DINGNAN_THIRTEENTH_MONTH_BONUS,
    DINGNAN_TOWNSHIP_CADRE,
    DINGNAN_VILLAGE_CADRE,
    DINGNAN_VILLAGE_CADRE_PAY,
    HEALTH_CHECK_BONUS,
    HUNAN_2017_SHEET,
)
from fpcore.assessment.sheets.dingnan import DINGNAN_PAY_LINKAGE
from fpcore.assessment.sources import ANPING_2018, STREET_OFFICE_HEALTH_CHECK
from fpcore.errors import InvalidInputError
from fpcore.explain import Message
from fpcore.money import Rounding
from fpcore.params import Citation, Confidence

C = Citation(title="测试", title_en="Test", confidence=Confidence.OFFICIAL)
T = Message(zh="规则", en="rule")
ILLUSTRATIVE_EN = (
    "  ! Uses an illustrative value that no source gives; treat the result as a demonstration."
)
ILLUSTRATIVE_ZH = "  ！使用了无来源的示例值，结果仅供演示。"


def sources(citation, lang):
    return ["  Sources:" if lang == "en" else "  依据：", f"  [1] {citation.render(lang)}"]


# -- the 13th-month bonus -------------------------------------------------------------------


def good_cadre(township_results, **changes):
    # the township card of the conftest scores 94.1; 10 instead of 22 for daily work: 82.1,
    # good (80 ≤ 82.1 < 90)
    return score(
        DINGNAN_TOWNSHIP_CADRE, {**township_results, "daily_work": 10, **changes}, subject="Wang"
    )


def test_thirteenth_month_bonus_by_grade(township_results):
    # good earns 0.8 of the base: 2,400 × 0.8 = 1,920
    award = DINGNAN_THIRTEENTH_MONTH_BONUS.pay(good_cadre(township_results), base="2400")
    assert (award.rule, award.subject, award.amount) == (
        "dingnan.thirteenth_month_bonus",
        "Wang",
        Decimal("1920.00"),
    )
    assert [(c.code, c.passed) for c in award.checks] == [
        ("dingnan.thirteenth_month_bonus.share", True)
    ]
    assert award.explain("en").split("\n") == [
        "Township cadre's 13th-month bonus — Wang: 1,920.00 yuan.",
        "  ✓ grade 良好（称职） / good (competent) earns 0.8: 2,400.00 × 0.8 = 1,920.00 [1]",
        ILLUSTRATIVE_EN,
        *sources(DINGNAN_PAY_LINKAGE, "en"),
    ]
    assert award.explain("zh").split("\n") == [
        "镇（街）干部第13个月奖励工资——Wang：1,920.00 元。",
        "  ✓ 等次 良好（称职） / good (competent)，按 0.8 计：2,400.00 × 0.8 = 1,920.00 [1]",
        ILLUSTRATIVE_ZH,
        *sources(DINGNAN_PAY_LINKAGE, "zh"),
    ]


def test_thirteenth_month_bonus_under_a_veto(township_results):
    card = good_cadre(township_results, concealed_births=True)
    award = DINGNAN_THIRTEENTH_MONTH_BONUS.pay(card, base=2400)
    assert award.amount == Decimal("0.00")
    assert [(c.code, c.passed) for c in award.checks] == [
        ("dingnan.thirteenth_month_bonus.veto", False)
    ]
    assert award.explain("en").split("\n")[1] == (
        "  ✗ vetoed: no Township cadre's 13th-month bonus is paid [1]"
    )
    assert (
        award.explain("zh").split("\n")[1]
        == "  ✗ 一票否决：镇（街）干部第13个月奖励工资不予发放 [1]"
    )


def test_bonus_by_score_share(township_results):
    rule = ThirteenthMonthBonus(code="b", title=T, citation=C)
    # 82.1 / 100 of 1,000 = 821
    award = rule.pay(good_cadre(township_results), base=1000)
    assert award.amount == Decimal("821.00")
    assert award.explain("en").split("\n")[1] == (
        "  ✓ score 82.10 of 100 earns 0.821: 1,000.00 × 0.821 = 821.00 [1]"
    )
    assert award.explain("zh").split("\n")[1] == (
        "  ✓ 得分 82.10 / 100，按 0.821 计：1,000.00 × 0.821 = 821.00 [1]"
    )


def test_bonus_rounding_is_the_rules(township_results):
    rule = attrs.evolve(DINGNAN_THIRTEENTH_MONTH_BONUS, rounding=Rounding.DOWN)
    # 2,345.67 × 0.8 = 1,876.536: down to 1,876.53 (half up would give 1,876.54)
    assert rule.pay(good_cadre(township_results), base="2345.67").amount == Decimal("1876.53")


def test_pay_is_computed_in_fpcores_context_not_the_callers():
    # Hunan card of 15.16 of 16 points: share 0.9475; × 1,000 = 947.50. A caller's two-digit
    # context would make the share 0.95 and the amount 950.
    results = {
        "compliance_target": 95,
        "compliance_target.target": 95,
        "sex_ratio_target": Decimal("111.9"),
        "sex_ratio_target.target": Decimal("111.9"),
        "higher_order_birth_rate": 6,
        "higher_order_birth_rate.reference": 5,
        "higher_order_birth_rate.previous": 8,
        "sex_ratio_at_birth": 115,
        "sex_ratio_at_birth.reference": 112,
        "sex_ratio_at_birth.previous": 118,
    }
    card = score(HUNAN_2017_SHEET, results)
    bonus = ThirteenthMonthBonus(code="b", title=T, citation=C)
    withheld = WithheldMonthlyPay(code="w", title=T, citation=C, withheld_share=1)
    with decimal.localcontext(prec=2):
        assert bonus.pay(card, base=1000).amount == Decimal("947.50")
        # all of 1,000 withheld, 0.9475 of it released: 947.50
        assert withheld.pay(card, monthly_pay=1000).amount == Decimal("947.50")
        # 98 % attendance earns 0.9 of a base of 1,234.56: 1,111.104 → 1,111.10 (two digits
        # would make it 1.1E+3, 1,100.00)
        scaled = attrs.evolve(HEALTH_CHECK_BONUS, bases=(SizeBase(min_size=0, amount="1234.56"),))
        assert scaled.award(98, size=10).amount == Decimal("1111.10")


# -- withheld monthly pay -------------------------------------------------------------------


def test_withheld_pay_released_by_score(village_results):
    card = score(DINGNAN_VILLAGE_CADRE, village_results, subject="v")
    # 89 of 100: 0.89 of the withheld 30 % released: 800 − 240 + 240 × 0.89 = 773.60
    award = DINGNAN_VILLAGE_CADRE_PAY.pay(card, monthly_pay="800")
    assert [(c.code, c.passed) for c in award.checks] == [
        ("dingnan.village_cadre_pay.release", True)
    ]
    assert award.checks[0].citation == DINGNAN_PAY_LINKAGE
    assert award.explain("en").split("\n") == [
        "Village cadre's monthly pay — v: 773.60 yuan per month.",
        "  ✓ monthly pay 800.00, 0.3 withheld (240.00), 0.89 of it released after assessment "
        "(213.60): 773.60 paid [1]",
        ILLUSTRATIVE_EN,
        *sources(DINGNAN_PAY_LINKAGE, "en"),
    ]
    assert award.explain("zh").split("\n")[:2] == [
        "村（居）干部月报酬——v：773.60 元/月。",
        "  ✓ 月报酬 800.00，预留 0.3（240.00），考核后兑现 0.89（213.60），实发 773.60 [1]",
    ]


def test_withheld_pay_under_a_veto(village_results):
    card = score(DINGNAN_VILLAGE_CADRE, {**village_results, "concealed_births": True})
    award = DINGNAN_VILLAGE_CADRE_PAY.pay(card, monthly_pay=800)
    # nothing of the withheld 240 released: 560
    assert award.amount == Decimal("560.00")
    assert [(c.code, c.passed) for c in award.checks] == [
        ("dingnan.village_cadre_pay.veto", False),
        ("dingnan.village_cadre_pay.release", False),
    ]
    assert [c.citation for c in award.checks] == [DINGNAN_PAY_LINKAGE, DINGNAN_PAY_LINKAGE]
    assert award.explain("en").split("\n")[:3] == [
        "Village cadre's monthly pay — (unnamed): 560.00 yuan per month.",
        "  ✗ vetoed: no Village cadre's monthly pay is paid [1]",
        "  ✗ monthly pay 800.00, 0.3 withheld (240.00), 0 of it released after assessment "
        "(0.00): 560.00 paid [1]",
    ]


def test_withheld_pay_rounding_is_the_rules(village_results):
    rule = attrs.evolve(DINGNAN_VILLAGE_CADRE_PAY, rounding=Rounding.DOWN)
    card = score(DINGNAN_VILLAGE_CADRE, village_results)
    # 100.02 × 0.3 = 30.006 withheld (down 30.00); × 0.89 = 26.70534 released (down 26.70);
    # 100.02 − 30.006 + 26.70534 = 96.71934 paid (down 96.71); half up: 30.01, 26.71, 96.72
    award = rule.pay(card, monthly_pay="100.02")
    assert award.amount == Decimal("96.71")
    facts = dict(award.checks[0].facts)
    assert (facts["withheld"], facts["released"]) == (Decimal("30.00"), Decimal("26.70"))


def test_no_monthly_pay_is_no_pay(village_results):
    card = score(DINGNAN_VILLAGE_CADRE, village_results)
    assert DINGNAN_VILLAGE_CADRE_PAY.pay(card, monthly_pay=0).amount == Decimal("0.00")


# -- allowance by score band ----------------------------------------------------------------


def test_household_head_allowance_text(head_results):
    card = score(DINGNAN_HOUSEHOLD_HEAD, head_results, subject="Li")  # 82: the 75 band
    award = DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE.pay(card)
    assert (award.rule, award.subject, award.amount) == (
        "dingnan.household_head_allowance",
        "Li",
        Decimal("45.00"),
    )
    assert award.explain("en").split("\n")[:2] == [
        "Central household head's monthly allowance — Li: 45.00 yuan per month.",
        "  ✓ score 82.00 reaches the 75 band: 45.00 [1]",
    ]
    assert award.explain("zh").split("\n")[:2] == [
        "中心户长月补贴——Li：45.00 元/月。",
        "  ✓ 得分 82.00 达到 75 分档：45.00 [1]",
    ]
    assert award.checks[0].code == "dingnan.household_head_allowance.band"
    assert award.checks[0].citation == DINGNAN_PAY_LINKAGE


def test_household_head_allowance_below_every_band(head_results):
    # late 30 − 3 × 10 = 0; attendance 27; agreements 20; publicity 20 − 10 − 5 = 5: 52 < 60
    changes = {"late_reports": 3, "publicity.monthly_meeting": False}
    award = DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE.pay(
        score(DINGNAN_HOUSEHOLD_HEAD, {**head_results, **changes})
    )
    assert award.amount == Decimal("0.00")
    assert [(c.code, c.passed) for c in award.checks] == [
        ("dingnan.household_head_allowance.band", False)
    ]
    assert award.checks[0].citation == DINGNAN_PAY_LINKAGE
    assert (
        award.explain("en").split("\n")[1] == "  ✗ score 52.00 reaches no band: nothing is paid [1]"
    )
    assert award.explain("zh").split("\n")[1] == "  ✗ 得分 52.00 未达任何档次：不予发放 [1]"


def test_household_head_allowance_under_a_veto(head_results):
    card = score(DINGNAN_HOUSEHOLD_HEAD, {**head_results, "concealed_births": True}, subject="Li")
    award = DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE.pay(card)
    assert (award.rule, award.title, award.subject, award.amount) == (
        "dingnan.household_head_allowance",
        DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE.title,
        "Li",
        Decimal("0.00"),
    )
    assert award.unit.en == "yuan per month"
    (veto,) = award.checks
    assert (veto.code, veto.passed, veto.citation) == (
        "dingnan.household_head_allowance.veto",
        False,
        DINGNAN_PAY_LINKAGE,
    )
    assert award.explain("en").split("\n")[:2] == [
        "Central household head's monthly allowance — Li: 0.00 yuan per month.",
        "  ✗ vetoed: no Central household head's monthly allowance is paid [1]",
    ]


def test_a_score_exactly_at_a_band_earns_it(head_results):
    # late 30 − 10 = 20, attendance 100 → 30, agreements 20, publicity 20: 90, the top band
    changes = {"health_check_attendance": 100, "publicity.home_visits": True}
    card = score(DINGNAN_HOUSEHOLD_HEAD, {**head_results, **changes})
    assert card.total == Decimal(90)
    assert DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE.pay(card).amount == Decimal("60.00")


# -- completion bands -----------------------------------------------------------------------


def test_ranked_completion_band_text():
    # 95 % ≥ 93 % and 3rd of 20 (top 6): +100 yuan per person
    award = ANPING_CHECKS.award(95, rank=3, groups=20, subject="v")
    assert (award.rule, award.subject, award.amount) == ("anping_2018.checks", "v", Decimal(100))
    assert award.explain("en").split("\n") == [
        "Quarterly health-check reward or penalty — v: 100.00 yuan per person.",
        "  ✓ completion 95% reaches the 93% band (ranked 3 of 20): 100.00 [1]",
        *sources(ANPING_2018, "en"),
    ]
    assert award.explain("zh").split("\n")[:2] == [
        "“三查”季度奖惩——v：100.00 元/人。",
        "  ✓ 完成率 95% 达到 93% 档（排名 3/20）：100.00 [1]",
    ]


def test_a_band_whose_rank_fails_passes_to_the_next():
    # 95 % but 7th of 20: not in the top 6, so the next band (≥ 90 %: 0) applies
    award = ANPING_CHECKS.award(95, rank=7, groups=20)
    assert award.checks[0].passed is True
    assert dict(award.checks[0].facts)["min_rate"] == Decimal(90)


def test_a_bottom_band_whose_rank_fails_passes_to_the_next():
    rule = CompletionBands(
        code="c",
        title=T,
        citation=C,
        bands=(
            CompletionBand(min_rate=50, amount=0, bottom=2),  # spared: the bottom 2 of 10
            CompletionBand(min_rate=50, amount=-10),
        ),
        otherwise=-20,
    )
    assert rule.award(60, rank=9, groups=10).amount == Decimal(0)  # 9 > 10 − 2
    assert rule.award(60, rank=8, groups=10).amount == Decimal(-10)  # not bottom 2: next band
    assert rule.award(40, rank=9, groups=10).amount == Decimal(-20)


def test_unranked_completion_band_text():
    award = ANPING_OPERATIONS.award(85)
    assert award.explain("en").split("\n")[:2] == [
        "Quarterly four-operations reward or penalty — (unnamed): 1,000.00 yuan per village "
        "group per quarter.",
        "  ✓ completion 85% reaches the 85% band: 1,000.00 [1]",
    ]
    assert award.explain("zh").split("\n")[:2] == [
        "“四术”季度奖惩——（未署名）：1,000.00 元/组/季度。",
        "  ✓ 完成率 85% 达到 85% 档：1,000.00 [1]",
    ]
    assert award.checks[0].citation == ANPING_2018


def test_completion_below_every_band():
    rule = CompletionBands(
        code="c", title=T, citation=C, bands=(CompletionBand(min_rate=50, amount=10),), otherwise=-5
    )
    award = rule.award(40, subject="g")
    assert (award.rule, award.title, award.subject, award.unit) == ("c", T, "g", rule.unit)
    assert award.amount == Decimal("-5.00")
    assert [(c.code, c.passed, c.citation) for c in award.checks] == [("c.band", False, C)]
    assert award.explain("en").split("\n")[1] == "  ✗ completion 40% reaches no band: -5.00 [1]"
    assert award.explain("zh").split("\n")[1] == "  ✗ 完成率 40% 未达任何档次：-5.00 [1]"


def test_a_single_group_ranks_first():
    assert ANPING_CHECKS.award(95, rank=1, groups=1).amount == Decimal(100)


def test_a_rank_without_groups_is_refused_where_no_band_needs_it():
    with pytest.raises(InvalidInputError) as info:
        ANPING_OPERATIONS.award(72, rank=2)
    assert str(info.value) == "groups: None must be the number of groups ranked"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"completion": 95, "groups": 0, "rank": 1},
            "groups: 0 must be the number of groups ranked",
        ),
        ({"completion": 95, "groups": 20, "rank": 21}, "rank: 21 must be between 1 and 20"),
        (
            {"completion": 101, "groups": 20, "rank": 1},
            "completion: 101 must be a rate between 0 and 100",
        ),
        (
            {"completion": "95", "groups": 20, "rank": 1},
            "completion: '95' is text; pass an int, a Decimal or a Rate",
        ),
    ],
)
def test_completion_refusals_in_full(kwargs, message):
    with pytest.raises(InvalidInputError) as info:
        ANPING_CHECKS.award(**kwargs)
    assert str(info.value) == message


# -- the scaled bonus -----------------------------------------------------------------------


def test_health_check_bonus_text():
    # 150 women: base 1,000; 98 % in the 97–99 % band: 0.9 × 1,000 = 900
    award = HEALTH_CHECK_BONUS.award(98, size=150, subject="w")
    assert (award.rule, award.subject, award.amount) == (
        HEALTH_CHECK_BONUS.code,
        "w",
        Decimal("900.00"),
    )
    assert [(c.code, c.passed) for c in award.checks] == [(f"{HEALTH_CHECK_BONUS.code}.band", True)]
    assert award.explain("en").split("\n") == [
        "Health-check attendance bonus — w: 900.00 yuan.",
        "  ✓ 150 women: base 1,000.00; completion 98% earns 0.9: 900.00 [1]",
        *sources(STREET_OFFICE_HEALTH_CHECK, "en"),
    ]
    assert award.explain("zh").split("\n")[:2] == [
        "育龄妇女健康检查奖励——w：900.00 元。",
        "  ✓ 150 人，基数 1,000.00；完成率 98% 按 0.9 计：900.00 [1]",
    ]
    assert (
        HEALTH_CHECK_BONUS.award(98, size=150)
        .headline("en")
        .startswith("Health-check attendance bonus — (unnamed):")
    )


def test_scaled_bonus_bases_in_any_order_and_its_rounding():
    rule = ScaledCompletionBonus(
        code="s",
        title=T,
        citation=C,
        bases=(SizeBase(min_size=0, amount="1000.05"), SizeBase(min_size=200, amount=1100)),
        bands=(Band(bound=99, share=1), Band(bound=97, share=Decimal("0.9"))),
        otherwise=Decimal("0.7"),
        rounding=Rounding.DOWN,
    )
    assert [b.min_size for b in rule.bases] == [200, 0]
    assert rule.award(99, size=250).amount == Decimal("1100.00")
    # 1,000.05 × 0.9 = 900.045: down to 900.04 (half up: 900.05)
    assert rule.award(98, size=10).amount == Decimal("900.04")
    # 1,000.05 × 0.7 = 700.035 below every band: down to 700.03
    assert rule.award(90, size=10).amount == Decimal("700.03")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"completion": Decimal("100.5"), "size": 1},
            "completion: Decimal('100.5') must be a rate between 0 and 100",
        ),
        ({"completion": 99, "size": True}, "size: True must be a whole number ≥ 0"),
        ({"completion": 99, "size": "200"}, "size: '200' must be a whole number ≥ 0"),
        ({"completion": 99, "size": -1}, "size: -1 must be a whole number ≥ 0"),
        (
            {"completion": "99", "size": 1},
            "completion: '99' is text; pass an int, a Decimal or a Rate",
        ),
    ],
)
def test_scaled_bonus_refusals_in_full(kwargs, message):
    with pytest.raises(InvalidInputError) as info:
        HEALTH_CHECK_BONUS.award(**kwargs)
    assert str(info.value) == message


# -- headlines ------------------------------------------------------------------------------


def test_headlines_default_to_chinese():
    award = ANPING_OPERATIONS.award(85)
    assert (
        award.headline()
        == award.headline("zh")
        == "“四术”季度奖惩——（未署名）：1,000.00 元/组/季度。"
    )
    assert award.headline("en").startswith(
        "Quarterly four-operations reward or penalty — (unnamed):"
    )


# -- the rules' own checks ------------------------------------------------------------------

SHARES = (
    GradeShare(grade=Grade.EXCELLENT, share=1),
    GradeShare(grade=Grade.GOOD, share=Decimal("0.8")),
    GradeShare(grade=Grade.PASS, share=Decimal("0.5")),
    GradeShare(grade=Grade.FAIL, share=0),
)


@pytest.mark.parametrize(
    ("build", "field", "problem"),
    [
        (
            lambda: ThirteenthMonthBonus(
                code="b", title=T, citation=C, shares=(*SHARES[:3], SHARES[0])
            ),
            "shares",
            "must give one share for each of the 4 grades",
        ),
        (
            lambda: ThirteenthMonthBonus(code="b", title=T, citation=C, shares=SHARES[:3]),
            "shares",
            "must give one share for each of the 4 grades",
        ),
        (
            lambda: ThirteenthMonthBonus(
                code="b",
                title=T,
                citation=C,
                shares=(attrs.evolve(SHARES[0], share=Decimal("0.7")), *SHARES[1:]),
            ),
            "shares",
            "a better grade must never earn a smaller share",
        ),
        (
            lambda: ThirteenthMonthBonus(code="b", title=T, citation=C, shares=None).pay(
                None, base=1
            ),
            "card",
            "must be a ScoreCard",
        ),
        (
            lambda: ThirteenthMonthBonus(code="b", title=T, citation="C"),
            "citation",
            "must be a Citation",
        ),
        (
            lambda: ThirteenthMonthBonus(code="b", title=T, citation=C, shares=[1]),
            "shares[0]",
            "must be a GradeShare",
        ),
        (lambda: GradeShare(grade=Grade.PASS, share="x"), "share", None),
        (
            lambda: WithheldMonthlyPay(code="w", title=T, citation=C, withheld_share="x"),
            "withheld_share",
            None,
        ),
        (lambda: AllowanceBand(min_score="x", amount=1), "min_score", None),
        (lambda: AllowanceBand(min_score=1, amount="x"), "amount", None),
        (lambda: AllowanceBand(min_score=1, amount=-1), "amount", "must not be negative"),
        (lambda: CompletionBand(min_rate="x", amount=1), "min_rate", None),
        (lambda: CompletionBand(min_rate=1, amount="x"), "amount", None),
        (
            lambda: CompletionBand(min_rate=1, amount=1, top=1, bottom=2),
            "bottom",
            "cannot be set together with top",
        ),
        (
            lambda: CompletionBand(min_rate=1, amount=1, top=0),
            "top",
            "must be a whole number ≥ 1 or None",
        ),
        (
            lambda: CompletionBand(min_rate=1, amount=1, bottom=True),
            "bottom",
            "must be a whole number ≥ 1 or None",
        ),
        (
            lambda: CompletionBand(min_rate=1, amount=1, bottom="2"),
            "bottom",
            "must be a whole number ≥ 1 or None",
        ),
        (
            lambda: CompletionBands(
                code="c",
                title=T,
                citation=C,
                bands=(CompletionBand(min_rate=1, amount=1),),
                otherwise="x",
            ),
            "otherwise",
            None,
        ),
        (
            lambda: CompletionBands(code="c", title=T, citation=C, bands=None),
            "bands",
            "must be a tuple or list of CompletionBand",
        ),
        (
            lambda: CompletionBands(code="c", title=T, citation=C, bands=()),
            "bands",
            "must hold at least one band",
        ),
        (
            lambda: CompletionBands(
                code="c",
                title=T,
                citation=C,
                bands=(
                    CompletionBand(min_rate=90, amount=10),
                    CompletionBand(min_rate=80, amount=5),
                    CompletionBand(min_rate=85, amount=0),
                ),
            ),
            "bands[2]",
            "bands must run from the highest rate down, amounts never rising",
        ),
        (
            lambda: CompletionBands(
                code="c",
                title=T,
                citation=C,
                bands=(
                    CompletionBand(min_rate=90, amount=10),
                    CompletionBand(min_rate=90, amount=11),
                ),
            ),
            "bands[1]",
            "bands must run from the highest rate down, amounts never rising",
        ),
        (
            lambda: ScoreBandAllowance(code="a", title=T, citation=C, bands=None),
            "bands",
            "must be a tuple or list of AllowanceBand",
        ),
        (
            lambda: ScoreBandAllowance(code="a", title=T, citation=C, bands=()),
            "bands",
            "must hold at least one band",
        ),
        (
            lambda: ScoreBandAllowance(
                code="a",
                title=T,
                citation=C,
                bands=(
                    AllowanceBand(min_score=90, amount=10),
                    AllowanceBand(min_score=60, amount=11),
                ),
            ),
            "bands",
            "a higher band must pay at least as much, at a distinct score",
        ),
        (lambda: scaled(bases=None), "bases", "must be a tuple or list of SizeBase"),
        (
            lambda: scaled(bases=(SizeBase(min_size=1, amount=1),)),
            "bases",
            "must include a base for groups of any size (0)",
        ),
        (lambda: scaled(bases=()), "bases", "must include a base for groups of any size (0)"),
        (lambda: scaled(bands=None), "bands", "must be a tuple or list of Band"),
        (lambda: scaled(bands=[1]), "bands[0]", "must be a Band"),
        (
            lambda: scaled(bands=(Band(bound=95, share=1), Band(bound=95, share=Decimal("0.5")))),
            "bands[1]",
            "bands must run from the highest rate down",
        ),
        (
            lambda: scaled(
                bands=(
                    Band(bound=99, share=1),
                    Band(bound=97, share=Decimal("0.9")),
                    Band(bound=95, share=1),
                )
            ),
            "bands[2]",
            "bands must run from the highest rate down",
        ),
        (lambda: scaled(otherwise="x"), "otherwise", None),
    ],
)
def test_rule_refusals_name_the_field(build, field, problem):
    with pytest.raises(InvalidInputError) as info:
        build()
    assert info.value.field == field
    if problem is not None:
        assert str(info.value).endswith(problem)


def scaled(**changes):
    fields = {
        "code": "s",
        "title": T,
        "citation": C,
        "bases": (SizeBase(min_size=0, amount=1000),),
        "bands": (Band(bound=99, share=1),),
        "otherwise": Decimal("0.7"),
        **changes,
    }
    return ScaledCompletionBonus(**fields)


def test_equal_allowance_amounts_and_equal_shares_are_allowed():
    rule = ScoreBandAllowance(
        code="a",
        title=T,
        citation=C,
        bands=(AllowanceBand(min_score=90, amount=10), AllowanceBand(min_score=60, amount=10)),
    )
    assert [b.amount for b in rule.bands] == [Decimal(10), Decimal(10)]
    bonus = scaled(bands=(Band(bound=99, share=1), Band(bound=97, share=1)))
    assert bonus.award(98, size=1).amount == Decimal("1000.00")
    bands = CompletionBands(
        code="c",
        title=T,
        citation=C,
        bands=(CompletionBand(min_rate=90, amount=10), CompletionBand(min_rate=90, amount=10)),
    )
    assert len(bands.bands) == 2


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda card: DINGNAN_THIRTEENTH_MONTH_BONUS.pay(card, base=-1),
            "base: -1 must not be negative",
        ),
        (lambda card: DINGNAN_THIRTEENTH_MONTH_BONUS.pay(card, base="x"), "base: 'x'"),
        (
            lambda card: DINGNAN_VILLAGE_CADRE_PAY.pay(card, monthly_pay=-1),
            "monthly_pay: -1 must not be negative",
        ),
        (lambda card: DINGNAN_VILLAGE_CADRE_PAY.pay(card, monthly_pay="x"), "monthly_pay: 'x'"),
        (
            lambda card: DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE.pay("card"),
            "card: 'card' must be a ScoreCard",
        ),
    ],
)
def test_pay_refusals_in_full(village_results, call, message):
    card = score(DINGNAN_VILLAGE_CADRE, village_results)
    with pytest.raises(InvalidInputError) as info:
        call(card)
    assert str(info.value).startswith(message)


@pytest.mark.parametrize(
    ("build", "value"),
    [
        (
            lambda: ThirteenthMonthBonus(
                code="b", title=T, citation=C, shares=(*SHARES[:3], SHARES[0])
            ),
            (*SHARES[:3], SHARES[0]),
        ),
        (
            lambda: ThirteenthMonthBonus(
                code="b",
                title=T,
                citation=C,
                shares=(attrs.evolve(SHARES[0], share=Decimal("0.7")), *SHARES[1:]),
            ),
            (attrs.evolve(SHARES[0], share=Decimal("0.7")), *SHARES[1:]),
        ),
        (lambda: ThirteenthMonthBonus(code="b", title=T, citation="C"), "C"),
        (
            lambda: ScoreBandAllowance(
                code="a",
                title=T,
                citation=C,
                bands=[
                    AllowanceBand(min_score=90, amount=10),
                    AllowanceBand(min_score=60, amount=11),
                ],
            ),
            (AllowanceBand(min_score=90, amount=10), AllowanceBand(min_score=60, amount=11)),
        ),
        (lambda: CompletionBand(min_rate=1, amount=1, top=0), 0),
        (lambda: CompletionBand(min_rate=1, amount=1, top=1, bottom=2), 2),
        (
            lambda: CompletionBands(
                code="c",
                title=T,
                citation=C,
                bands=(
                    CompletionBand(min_rate=80, amount=5),
                    CompletionBand(min_rate=85, amount=0),
                ),
            ),
            CompletionBand(min_rate=85, amount=0),
        ),
        (lambda: scaled(bases=[SizeBase(min_size=1, amount=1)]), (SizeBase(min_size=1, amount=1),)),
        (
            lambda: scaled(bands=(Band(bound=95, share=1), Band(bound=95, share=Decimal("0.5")))),
            Band(bound=95, share=Decimal("0.5")),
        ),
    ],
)
def test_rule_refusals_carry_the_offending_value(build, value):
    with pytest.raises(InvalidInputError) as info:
        build()
    assert info.value.value == value


def test_award_rule_and_check_codes(village_results):
    card = score(DINGNAN_VILLAGE_CADRE, village_results)
    assert DINGNAN_VILLAGE_CADRE_PAY.pay(card, monthly_pay=800).rule == "dingnan.village_cadre_pay"
    ranked = ANPING_CHECKS.award(95, rank=3, groups=20)
    assert [(c.code, c.passed, c.citation) for c in ranked.checks] == [
        ("anping_2018.checks.band", True, ANPING_2018)
    ]
