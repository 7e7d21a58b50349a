"""Properties of scoring and pay over generated results."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from fpcore.assessment import (
    AssessmentSheet,
    Grade,
    Section,
    TargetItem,
    score,
)
from fpcore.assessment.sheets import (
    DINGNAN_HOUSEHOLD_HEAD,
    DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE,
    DINGNAN_THIRTEENTH_MONTH_BONUS,
    DINGNAN_TOWNSHIP_CADRE,
    DINGNAN_VILLAGE_CADRE,
    DINGNAN_VILLAGE_CADRE_PAY,
    VILLAGE_100_POINT,
)


def rates(lo=0, hi=100):
    return st.decimals(min_value=lo, max_value=hi, places=1)


@st.composite
def village_results(draw):
    return {
        "guarantees_missing": draw(st.integers(0, 8)),
        "lawful_birth_rate": draw(rates(60)),
        "higher_order_birth_rate": draw(rates(0, 30)),
        "birth_statistics_error": draw(rates(0, 10)),
        "sex_ratio_at_birth": draw(rates(90, 140)),
        "fee_collection_rate": draw(rates()),
        "other_work": draw(st.decimals(min_value=0, max_value=35, places=2)),
        "concealed_births": draw(st.booleans()),
        "seven_prohibitions_breach": draw(st.booleans()),
    }


@st.composite
def township_results(draw):
    return {
        "policy_compliance_rate": draw(rates(60)),
        "sex_ratio_at_birth": draw(rates(90, 140)),
        "birth_statistics_error": draw(rates(0, 10)),
        "health_check_attendance": draw(rates(50)),
        "rewards_delivered_rate": draw(rates(50)),
        "organisation.leading_body": draw(st.booleans()),
        "organisation.work_plan": draw(st.booleans()),
        "organisation.meetings": draw(st.booleans()),
        "organisation.pay_linkage": draw(st.booleans()),
        "daily_work": draw(st.integers(0, 25)),
        "concealed_births": draw(st.booleans()),
    }


# (key, direction of improvement, step) for the number-valued items of the village sheet
IMPROVEMENTS = {
    "guarantees_missing": -1,
    "lawful_birth_rate": 1,
    "higher_order_birth_rate": -1,
    "birth_statistics_error": -1,
    "sex_ratio_at_birth": -1,
    "fee_collection_rate": 1,
    "other_work": 1,
}


ITEM_CODES = frozenset(item.code for item in VILLAGE_100_POINT.items)


@given(village_results(), st.sampled_from(sorted(IMPROVEMENTS)), st.integers(1, 20))
def test_improving_a_result_never_lowers_the_total(results, key, amount):
    before = score(VILLAGE_100_POINT, results)
    better = dict(results)
    step = Decimal(amount) if key == "guarantees_missing" else Decimal(amount) / 10
    new = results[key] + IMPROVEMENTS[key] * step
    if key == "guarantees_missing":
        new = max(new, 0)
    if key == "other_work":
        new = min(new, 35)
    if key in ITEM_CODES and getattr(VILLAGE_100_POINT.item(key), "percent", False):
        new = min(new, Decimal(100))  # a percentage cannot pass the whole
    better[key] = max(new, Decimal(0))
    after = score(VILLAGE_100_POINT, better)
    assert after.total >= before.total
    assert after.grade.rank >= before.grade.rank or after.vetoed


@given(village_results())
def test_total_never_exceeds_the_maximum_and_veto_means_veto_grade(results):
    card = score(VILLAGE_100_POINT, results)
    assert card.total <= card.maximum
    assert card.total == sum(s.subtotal for s in card.sections)
    if card.vetoed:
        assert card.grade is VILLAGE_100_POINT.veto_grade
    else:
        assert card.grade is card.banded_grade


@given(village_results(), st.randoms(use_true_random=False))
def test_reordering_items_does_not_change_the_total(results, rnd):
    items = list(VILLAGE_100_POINT.items)
    rnd.shuffle(items)
    shuffled = AssessmentSheet(
        code="shuffled",
        title=VILLAGE_100_POINT.title,
        assesses=VILLAGE_100_POINT.assesses,
        sections=(Section(code="all", title=VILLAGE_100_POINT.title, items=tuple(items)),),
        grades=VILLAGE_100_POINT.grades,
        vetoes=VILLAGE_100_POINT.vetoes,
        citation=VILLAGE_100_POINT.citation,
    )
    a = score(VILLAGE_100_POINT, results)
    b = score(shuffled, results)
    assert a.total == b.total
    assert a.grade is b.grade


@given(township_results(), township_results(), st.integers(0, 5000))
def test_bonus_is_monotone_in_the_score(r1, r2, base):
    c1 = score(DINGNAN_TOWNSHIP_CADRE, r1)
    c2 = score(DINGNAN_TOWNSHIP_CADRE, r2)
    low, high = sorted((c1, c2), key=lambda c: (not c.vetoed, c.total))
    bonus_low = DINGNAN_THIRTEENTH_MONTH_BONUS.pay(low, base=base).amount
    bonus_high = DINGNAN_THIRTEENTH_MONTH_BONUS.pay(high, base=base).amount
    assert bonus_high >= bonus_low >= 0
    if low.vetoed:
        assert bonus_low == 0


@given(village_results(), village_results(), st.integers(0, 3000))
def test_village_pay_is_monotone_in_the_score(r1, r2, pay):
    c1 = score(DINGNAN_VILLAGE_CADRE, r1)
    c2 = score(DINGNAN_VILLAGE_CADRE, r2)
    low, high = sorted((c1, c2), key=lambda c: (not c.vetoed, c.total))
    p_low = DINGNAN_VILLAGE_CADRE_PAY.pay(low, monthly_pay=pay).amount
    p_high = DINGNAN_VILLAGE_CADRE_PAY.pay(high, monthly_pay=pay).amount
    # never below the unwithheld 70 %, never above the full pay
    assert Decimal(pay) * Decimal("0.7") <= p_low <= p_high <= Decimal(pay)


@given(
    st.integers(0, 3),
    rates(80),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.integers(0, 4),
    st.booleans(),
)
def test_allowance_is_monotone_and_bounded(late, attendance, m, n, v, unsigned, hidden):
    results = {
        "late_reports": late,
        "health_check_attendance": attendance,
        "unsigned_agreements": unsigned,
        "publicity.monthly_meeting": m,
        "publicity.notices_posted": n,
        "publicity.home_visits": v,
        "concealed_births": hidden,
    }
    card = score(DINGNAN_HOUSEHOLD_HEAD, results)
    amount = DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE.pay(card).amount
    assert Decimal(0) <= amount <= Decimal(60)
    better = score(DINGNAN_HOUSEHOLD_HEAD, {**results, "late_reports": max(late - 1, 0)})
    assert DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE.pay(better).amount >= amount
    if hidden:
        assert amount == 0
        assert card.grade is Grade.FAIL


@given(
    st.decimals(min_value=0, max_value=100, places=2),
    st.decimals(min_value=0, max_value=100, places=2),
)
def test_target_item_is_monotone(a, b):
    item = TargetItem(
        code="x",
        title=VILLAGE_100_POINT.title,
        points=10,
        target=95,
        step="0.1",
        deduction="0.3",
        zero_beyond=82,
    )
    sheet = AssessmentSheet(
        code="t",
        title=item.title,
        assesses=item.title,
        sections=(Section(code="s", title=item.title, items=(item,)),),
        grades=(),
        citation=VILLAGE_100_POINT.citation,
    )
    low, high = sorted((a, b))
    assert score(sheet, {"x": high}).total >= score(sheet, {"x": low}).total >= 0
