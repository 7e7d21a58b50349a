"""Pay at each grade and band, computed by hand from the rules' data."""

from decimal import Decimal

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
)
from fpcore.errors import InvalidInputError
from fpcore.explain import Message
from fpcore.params import Citation, Confidence

C = Citation(title="测试", confidence=Confidence.ILLUSTRATIVE)
T = Message(zh="规则", en="rule")


def test_township_card_by_hand(township_results):
    card = score(DINGNAN_TOWNSHIP_CADRE, township_results)
    # compliance 93.6: 1.4 short at −1 → 23.6; sex ratio 108.4 ≤ 110 → 10; error 4.2 ≤ 5 → 10;
    # attendance 97.5 → 90 % of 15 = 13.5; rewards 100 → 10; organisation 5; daily work 22
    assert Decimal("94.10") == card.total
    assert card.grade is Grade.EXCELLENT


@pytest.mark.parametrize(
    ("changes", "grade", "bonus"),
    [
        ({}, Grade.EXCELLENT, Decimal("2400.00")),  # 94.1: 100 % of 2,400
        ({"daily_work": 10}, Grade.GOOD, Decimal("1920.00")),  # 82.1: 80 % of 2,400
        ({"daily_work": 0}, Grade.PASS, Decimal("1200.00")),  # 72.1: 50 %
        # compliance 85 → 15; attendance 90 → 70 % of 15 = 10.5; rewards 90 → 0; daily 0:
        # 15 + 10 + 10 + 10.5 + 0 + 5 + 0 = 50.5 → fail, nothing
        (
            {
                "policy_compliance_rate": 85,
                "health_check_attendance": 90,
                "rewards_delivered_rate": 90,
                "daily_work": 0,
            },
            Grade.FAIL,
            Decimal("0.00"),
        ),
        ({"concealed_births": True}, Grade.FAIL, Decimal("0.00")),  # vetoed at 94.1
    ],
)
def test_thirteenth_month_bonus_at_each_grade(township_results, changes, grade, bonus):
    card = score(DINGNAN_TOWNSHIP_CADRE, {**township_results, **changes}, subject="cadre")
    assert card.grade is grade
    award = DINGNAN_THIRTEENTH_MONTH_BONUS.pay(card, base="2400")
    assert bonus == award.amount
    assert award.is_illustrative
    assert "cadre" in award.explain("en")


def test_bonus_rounds_half_up(township_results):
    card = score(DINGNAN_TOWNSHIP_CADRE, {**township_results, "daily_work": 10})
    # 2,345.67 × 0.8 = 1,876.536 → 1,876.54
    assert Decimal("1876.54") == DINGNAN_THIRTEENTH_MONTH_BONUS.pay(card, base="2345.67").amount


def test_bonus_scaled_by_score(township_results):
    rule = ThirteenthMonthBonus(code="b", title=T, citation=C)
    card = score(DINGNAN_TOWNSHIP_CADRE, township_results)
    # 94.10 / 100 × 2,400 = 2,258.40
    assert Decimal("2258.40") == rule.pay(card, base=2400).amount


def test_village_cadre_withheld_share(village_results):
    card = score(DINGNAN_VILLAGE_CADRE, village_results, subject="v")
    # 89 / 100 released: 800 × 0.7 + 800 × 0.3 × 0.89 = 560 + 213.6 = 773.60
    award = DINGNAN_VILLAGE_CADRE_PAY.pay(card, monthly_pay="800")
    assert Decimal("773.60") == award.amount
    assert "213.60" in award.explain("en")
    vetoed = score(DINGNAN_VILLAGE_CADRE, {**village_results, "concealed_births": True})
    # nothing of the withheld 240 is released: 560
    assert Decimal("560.00") == DINGNAN_VILLAGE_CADRE_PAY.pay(vetoed, monthly_pay=800).amount


def test_withheld_share_released_by_grade(village_results):
    rule = WithheldMonthlyPay(
        code="w",
        title=T,
        citation=C,
        withheld_share=Decimal("0.3"),
        shares=(
            GradeShare(grade=Grade.EXCELLENT, share=1),
            GradeShare(grade=Grade.GOOD, share=Decimal("0.5")),
            GradeShare(grade=Grade.PASS, share=Decimal("0.5")),
            GradeShare(grade=Grade.FAIL, share=0),
        ),
    )
    card = score(DINGNAN_VILLAGE_CADRE, village_results)  # 89: pass on the Dingnan bands
    assert card.grade is Grade.PASS
    # 1,000 × 0.7 + 300 × 0.5 = 850
    assert Decimal("850.00") == rule.pay(card, monthly_pay=1000).amount


@pytest.mark.parametrize(
    ("changes", "allowance"),
    [
        ({}, Decimal("45.00")),  # 82 → the 75 band
        ({"publicity.home_visits": True, "late_reports": 0}, Decimal("60.00")),  # 30+27+20+20
        ({"late_reports": 2}, Decimal("30.00")),  # 10 + 27 + 20 + 15 = 72 → the 60 band
        # late 30 − 3×10 = 0; attendance 27; agreements 20; publicity 20 − 10 − 5 = 5: 52
        ({"late_reports": 3, "publicity.monthly_meeting": False}, Decimal("0.00")),
        ({"concealed_births": True}, Decimal("0.00")),  # vetoed
    ],
)
def test_household_head_allowance(head_results, changes, allowance):
    card = score(DINGNAN_HOUSEHOLD_HEAD, {**head_results, **changes})
    assert allowance == DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE.pay(card).amount


def test_allowance_band_edge():
    rule = ScoreBandAllowance(
        code="a",
        title=T,
        citation=C,
        bands=(AllowanceBand(min_score=60, amount=30), AllowanceBand(min_score=90, amount=60)),
    )
    assert [b.min_score for b in rule.bands] == [Decimal(90), Decimal(60)]


@pytest.mark.parametrize(
    ("rate", "amount"),
    [
        (100, "1000"),
        (85, "1000"),
        (Decimal("84.9"), "0"),  # 80–84 %: the text gives no band
        (80, "0"),
        (Decimal("79.9"), "-1000"),
        (70, "-1000"),
        (Decimal("69.99"), "-2000"),
        (60, "-2000"),
        (50, "-3000"),
        (Decimal("49.9"), "-5000"),
        (0, "-5000"),
    ],
)
def test_anping_operations(rate, amount):
    assert Decimal(amount) == ANPING_OPERATIONS.award(rate).amount


@pytest.mark.parametrize(
    ("rate", "rank", "amount"),
    [
        (95, 3, "100"),  # ≥ 93 % and in the top 6
        (95, 7, "0"),  # ≥ 93 % but 7th
        (93, 6, "100"),
        (Decimal("92.9"), 1, "0"),
        (89, 20, "-100"),  # < 90 % and bottom 6 (ranks 15–20 of 20)
        (89, 15, "-100"),
        (89, 14, "0"),
    ],
)
def test_anping_checks(rate, rank, amount):
    award = ANPING_CHECKS.award(rate, rank=rank, groups=20, subject="v")
    assert Decimal(amount) == award.amount
    assert f"{rank}/20" in award.explain("zh") or award.checks[0].passed is False


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"completion": 95}, "groups"),
        ({"completion": 95, "groups": 20}, "rank"),
        ({"completion": 95, "groups": 20, "rank": 21}, "rank"),
        ({"completion": 95, "groups": True, "rank": 1}, "groups"),
        ({"completion": 101, "groups": 20, "rank": 1}, "completion"),
        ({"completion": 95.0, "groups": 20, "rank": 1}, "completion"),
    ],
)
def test_anping_bad_input(kwargs, field):
    with pytest.raises(InvalidInputError) as info:
        ANPING_CHECKS.award(**kwargs)
    assert field == info.value.field


@pytest.mark.parametrize(
    ("rate", "women", "amount"),
    [
        (100, 250, "1100.00"),
        (99, 200, "1100.00"),
        (98, 150, "900.00"),  # 90 % of 1,000
        (97, 150, "900.00"),
        (96, 199, "800.00"),
        (Decimal("94.9"), 200, "770.00"),  # 70 % of 1,100
        (0, 0, "700.00"),
    ],
)
def test_health_check_bonus(rate, women, amount):
    assert Decimal(amount) == HEALTH_CHECK_BONUS.award(rate, size=women).amount


def test_health_check_bad_input():
    with pytest.raises(InvalidInputError, match="size"):
        HEALTH_CHECK_BONUS.award(99, size=-1)
    with pytest.raises(InvalidInputError, match="completion"):
        HEALTH_CHECK_BONUS.award(-1, size=1)


def test_completion_without_band():
    rule = CompletionBands(
        code="c",
        title=T,
        citation=C,
        bands=(CompletionBand(min_rate=50, amount=10),),
        otherwise=-5,
    )
    award = rule.award(40, subject="g")
    assert Decimal("-5.00") == award.amount
    assert "no band" in award.explain("en")
    assert "fpcore-pay" in award._repr_html_()


@pytest.mark.parametrize(
    "build",
    [
        lambda: ThirteenthMonthBonus(
            code="b", title=T, citation=C, shares=(GradeShare(grade=Grade.EXCELLENT, share=1),)
        ),
        lambda: ThirteenthMonthBonus(
            code="b",
            title=T,
            citation=C,
            shares=(
                GradeShare(grade=Grade.EXCELLENT, share=Decimal("0.5")),
                GradeShare(grade=Grade.GOOD, share=1),
                GradeShare(grade=Grade.PASS, share=0),
                GradeShare(grade=Grade.FAIL, share=0),
            ),
        ),
        lambda: ThirteenthMonthBonus(code="b", title=T, citation=C, shares=("excellent",)),
        lambda: ThirteenthMonthBonus(code="b", title=T, citation="C"),
        lambda: ThirteenthMonthBonus(code="B!", title=T, citation=C),
        lambda: GradeShare(grade=Grade.PASS, share=2),
        lambda: AllowanceBand(min_score=1, amount=-1),
        lambda: ScoreBandAllowance(code="a", title=T, citation=C, bands=()),
        lambda: ScoreBandAllowance(code="a", title=T, citation=C, bands=(1,)),
        lambda: ScoreBandAllowance(
            code="a",
            title=T,
            citation=C,
            bands=(AllowanceBand(min_score=90, amount=10), AllowanceBand(min_score=60, amount=20)),
        ),
        lambda: ScoreBandAllowance(
            code="a",
            title=T,
            citation=C,
            bands=(AllowanceBand(min_score=60, amount=10), AllowanceBand(min_score=60, amount=10)),
        ),
        lambda: CompletionBand(min_rate=1, amount=1, top=1, bottom=1),
        lambda: CompletionBand(min_rate=1, amount=1, top=0),
        lambda: CompletionBands(code="c", title=T, citation=C, bands=()),
        lambda: CompletionBands(code="c", title=T, citation=C, bands=(1,)),
        lambda: CompletionBands(
            code="c",
            title=T,
            citation=C,
            bands=(CompletionBand(min_rate=50, amount=1), CompletionBand(min_rate=60, amount=0)),
        ),
        lambda: CompletionBands(
            code="c",
            title=T,
            citation=C,
            bands=(CompletionBand(min_rate=60, amount=1), CompletionBand(min_rate=50, amount=2)),
        ),
        lambda: ScaledCompletionBonus(
            code="s",
            title=T,
            citation=C,
            bases=(SizeBase(min_size=10, amount=1),),
            bands=(),
            otherwise=0,
        ),
        lambda: ScaledCompletionBonus(
            code="s", title=T, citation=C, bases=(1,), bands=(), otherwise=0
        ),
        lambda: ScaledCompletionBonus(
            code="s",
            title=T,
            citation=C,
            bases=(SizeBase(min_size=0, amount=1),),
            bands=(Band(bound=90, share=1), Band(bound=95, share=1)),
            otherwise=0,
        ),
        lambda: ScaledCompletionBonus(
            code="s",
            title=T,
            citation=C,
            bases=(SizeBase(min_size=0, amount=1),),
            bands=(Band(bound=95, share=Decimal("0.5")), Band(bound=90, share=1)),
            otherwise=0,
        ),
    ],
)
def test_invalid_rules(build):
    with pytest.raises(InvalidInputError):
        build()


def test_pay_refuses_bad_arguments(township_results):
    card = score(DINGNAN_TOWNSHIP_CADRE, township_results)
    with pytest.raises(InvalidInputError, match="card"):
        DINGNAN_THIRTEENTH_MONTH_BONUS.pay("card", base=1)
    with pytest.raises(InvalidInputError, match="base"):
        DINGNAN_THIRTEENTH_MONTH_BONUS.pay(card, base=-1)
    with pytest.raises(InvalidInputError, match="base"):
        DINGNAN_THIRTEENTH_MONTH_BONUS.pay(card, base=2400.0)
    with pytest.raises(InvalidInputError, match="monthly_pay"):
        DINGNAN_VILLAGE_CADRE_PAY.pay(card, monthly_pay=-1)


def test_award_rendering(township_results):
    card = score(DINGNAN_TOWNSHIP_CADRE, {**township_results, "concealed_births": True})
    award = DINGNAN_THIRTEENTH_MONTH_BONUS.pay(card, base=2400)
    assert "vetoed" in award.explain("en")
    assert "一票否决" in award.explain("zh")
    assert "（未署名）" in award.headline("zh")
    assert "&" not in award._repr_html_().replace("&#x27;", "").replace("&quot;", "")
    allowance = DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE.pay(
        score(DINGNAN_TOWNSHIP_CADRE, township_results, subject="x")
    )
    assert Decimal("60.00") == allowance.amount  # 94.1 ≥ 90
    assert "x" in allowance.headline("en")
