"""The kernel's members on each kind of result, and the undetermined outcome end to end."""

from datetime import date
from decimal import Decimal

import attrs

from fpcore import (
    DINGNAN,
    Check,
    Child,
    Citation,
    Confidence,
    Family,
    Hukou,
    Message,
    Person,
    Sex,
    assess,
    entitlement,
)
from fpcore.assessment import score
from fpcore.assessment.sheets import VILLAGE_100_POINT
from fpcore.incentives.card import one_card
from fpcore.serde import render

HE = Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=Hukou.RURAL)
SHE = Person(sex=Sex.FEMALE, birth_date=date(1950, 5, 2), hukou=Hukou.RURAL)
# the second girl, born 1979 in the compliance window (1973–2001), has no ruling on file and
# the classifier cannot rule on a birth before the first encoded text: undetermined
GIRLS = (
    Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True),
    Child(sex=Sex.FEMALE, birth_date=date(1979, 4, 1)),
)
UNDETERMINED = Family(mother=SHE, father=HE, children=GIRLS, jurisdiction=DINGNAN)


def test_a_birth_without_a_ruling_leaves_reward_assistance_undetermined():
    d = assess("reward_assistance", UNDETERMINED, on=date(2012, 3, 1))
    assert d.eligible is None and d.amount is None and d.breakdown == ()
    assert [c.code for c in d.undecided] == ["reward_assistance.no_out_of_policy_birth"]
    assert "undetermined: Births from 1973-01-01 to 2001-12-31 lack" in d.headline("en")
    assert "无法确定" in d.headline("zh")
    # the same couple with the ruling recorded is eligible: 2 × 960
    ruled = Family(
        mother=SHE,
        father=HE,
        children=(GIRLS[0], Child(sex=Sex.FEMALE, birth_date=date(1979, 4, 1), within_policy=True)),
        jurisdiction=DINGNAN,
    )
    assert assess("reward_assistance", ruled, on=date(2012, 3, 1)).amount == Decimal("1920.00")
    # a failed condition beats an unknown one: he alone, under 60 in 2005, is not eligible
    young = Family(mother=None, father=HE, children=GIRLS, jurisdiction=DINGNAN)
    refused = assess("reward_assistance", young, on=date(2005, 1, 1))
    assert refused.eligible is False and refused.amount == Decimal("0.00")


def test_undetermined_months_and_cards_count_apart():
    e = entitlement(
        "reward_assistance", UNDETERMINED, start=date(2012, 1, 1), end=date(2012, 3, 31)
    )
    assert e.undetermined_months == 3 and e.paid_months == 0 and e.total == Decimal("0.00")
    assert all(m.amount is None and m.eligible is None for m in e.months)
    page = e._repr_html_()
    assert "3 months undetermined" in page and "undetermined</td>" in page
    one = entitlement(
        "reward_assistance", UNDETERMINED, start=date(2012, 1, 1), end=date(2012, 1, 31)
    )
    assert "1 month undetermined" in one._repr_html_()
    card = one_card(UNDETERMINED, on=date(2012, 3, 1))
    assert [d.subject for d in card.undetermined] == ["reward_assistance"]
    assert card.cash_total == Decimal("0.00")
    assert "1 undetermined" in card.explain("en") and "1项无法确定" in card.explain("zh")


def test_the_compact_form_says_undetermined():
    out = render(assess("reward_assistance", UNDETERMINED, on=date(2012, 3, 1)), "en")
    assert out["outcome"] == "undetermined" and out["amount"] is None
    assert out["sources"][0].startswith("General Office of the State Council")


def test_a_check_on_its_own_explains_itself_with_its_sources():
    illustrative = Citation(title="示例", confidence=Confidence.ILLUSTRATIVE)
    reform = Citation(title="测算", confidence=Confidence.REFORM)
    check = Check(code="x", passed=True, message=Message(zh="是", en="yes"), citation=illustrative)
    assert check.is_illustrative and not check.is_reform
    assert check.explain("en").startswith("yes. Source: 示例")
    assert check.explain("zh").startswith("是。依据：《示例》")
    assert Check(code="x", passed=True, message=Message(zh="是", en="yes")).explain("en") == "yes"
    assert Check(
        code="x", passed=True, message=Message(zh="是", en="yes"), citation=reform
    ).is_reform


def test_a_score_card_answers_as_every_result():
    results = {
        "guarantees_missing": 1,
        "lawful_birth_rate": 93,
        "higher_order_birth_rate": 2,
        "birth_statistics_error": Decimal("5.3"),
        "sex_ratio_at_birth": 112,
        "fee_collection_rate": 100,
        "other_work": 35,
        "concealed_births": True,
        "seven_prohibitions_breach": False,
    }
    card = score(VILLAGE_100_POINT, results, subject="V", year=2012)
    assert card.unverified_after is None and card.is_illustrative
    veto = card.check("village_100_point.veto.concealment")
    assert veto.passed is False
    assert card.check("village_100_point.guarantees_missing").passed is False  # points lost
    (hit,) = card.vetoes
    assert "Source:" in hit.explain("en") and "依据：" in hit.explain("zh")
    uncited = attrs.evolve(hit, veto=attrs.evolve(hit.veto, citation=None))
    assert "Source:" not in uncited.explain("en")
    assert card.sources[0] == VILLAGE_100_POINT.citation
    assert 'class="fpcore-sources"' in card._repr_html_()
