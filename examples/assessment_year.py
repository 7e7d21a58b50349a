"""One assessment year in a Dingnan township: the township, its village cadres, household heads.

Scores the township on the Dingnan township cadre sheet and pays its cadres' 13th-month bonus;
scores three villages and pays their cadres' monthly pay with the withheld share released by
score; scores four central household heads and pays their monthly allowance; then reads a
village's record over three years for accountability. The Dingnan sheets and amounts are
illustrative (the county's own numbers do not survive) and every explanation says so.
All results below are made-up inputs.

Run: python examples/assessment_year.py
"""

from decimal import Decimal

from fpcore.assessment import accountability, score
from fpcore.assessment.sheets import (
    ACCOUNTABILITY_RULES,
    ANPING_OPERATIONS,
    DINGNAN_HOUSEHOLD_HEAD,
    DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE,
    DINGNAN_THIRTEENTH_MONTH_BONUS,
    DINGNAN_TOWNSHIP_CADRE,
    DINGNAN_VILLAGE_CADRE,
    DINGNAN_VILLAGE_CADRE_PAY,
)

YEAR = 2009

# -- The township -------------------------------------------------------------------------
township = score(
    DINGNAN_TOWNSHIP_CADRE,
    {
        "policy_compliance_rate": Decimal("93.6"),
        "sex_ratio_at_birth": Decimal("108.4"),
        "birth_statistics_error": Decimal("4.2"),
        "health_check_attendance": Decimal("97.5"),
        "rewards_delivered_rate": 100,
        "organisation.leading_body": True,
        "organisation.work_plan": True,
        "organisation.meetings": True,
        "organisation.pay_linkage": True,
        "daily_work": 22,
        "concealed_births": False,
    },
    subject="Township T (example)",
    year=YEAR,
)
print(township.explain("en"))
print()

cadres = {"party secretary": "2400", "FP deputy head": "2100", "link cadre": "1800"}
print("13th-month bonus (base = one month's salary):")
for post, salary in cadres.items():
    award = DINGNAN_THIRTEENTH_MONTH_BONUS.pay(township, base=salary)
    print(f"  {post:<16} salary {salary:>7}  bonus {award.amount:>9} yuan")
print()

# -- Village cadres -----------------------------------------------------------------------
VILLAGES = {
    "Village A": {
        "guarantees_missing": 0,
        "lawful_birth_rate": Decimal("97.2"),
        "higher_order_birth_rate": Decimal("1.1"),
        "birth_statistics_error": Decimal("3.0"),
        "sex_ratio_at_birth": 106,
        "fee_collection_rate": 100,
        "other_work": 33,
        "concealed_births": False,
        "seven_prohibitions_breach": False,
    },
    "Village B": {
        "guarantees_missing": 1,
        "lawful_birth_rate": Decimal("91.5"),
        "higher_order_birth_rate": Decimal("2.4"),
        "birth_statistics_error": Decimal("5.4"),
        "sex_ratio_at_birth": 113,
        "fee_collection_rate": 96,
        "other_work": 30,
        "concealed_births": False,
        "seven_prohibitions_breach": False,
    },
    "Village C": {
        "guarantees_missing": 0,
        "lawful_birth_rate": 95,
        "higher_order_birth_rate": 2,
        "birth_statistics_error": 4,
        "sex_ratio_at_birth": 109,
        "fee_collection_rate": 100,
        "other_work": 32,
        "concealed_births": True,
        "seven_prohibitions_breach": False,
    },
}
MONTHLY_PAY = "800"
print(f"Village cadres: monthly pay {MONTHLY_PAY} yuan, 30 % withheld and released by score")
village_cards = {}
for name, results in VILLAGES.items():
    card = score(DINGNAN_VILLAGE_CADRE, results, subject=name, year=YEAR)
    village_cards[name] = card
    pay = DINGNAN_VILLAGE_CADRE_PAY.pay(card, monthly_pay=MONTHLY_PAY)
    veto = "  vetoed" if card.vetoed else ""
    print(
        f"  {name}: {card.total:>6} / {card.maximum}  {card.grade.label('en'):<28}"
        f" pay {pay.amount:>7} yuan/month{veto}"
    )
print()
print(village_cards["Village B"].explain("zh"))
print()

# -- Central household heads --------------------------------------------------------------
HEADS = {
    "Head 1": (0, Decimal("99.5"), (True, True, True), None),
    "Head 2": (1, Decimal("97.0"), (True, True, False), 0),
    "Head 3": (2, Decimal("94.0"), (True, False, False), 1),
    "Head 4": (0, Decimal("98.0"), (False, True, True), None),
}
print("Central household heads' monthly allowance:")
for name, (late, attendance, (meeting, notices, visits), unsigned) in HEADS.items():
    results = {
        "late_reports": late,
        "health_check_attendance": attendance,
        "publicity.monthly_meeting": meeting,
        "publicity.notices_posted": notices,
        "publicity.home_visits": visits,
        "concealed_births": False,
    }
    if unsigned is not None:  # a group with no new couple is not assessed on agreements
        results["unsigned_agreements"] = unsigned
    card = score(DINGNAN_HOUSEHOLD_HEAD, results, subject=name, year=YEAR)
    allowance = DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE.pay(card)
    print(
        f"  {name}: {card.total:>6}  {card.grade.label('en'):<28}"
        f" allowance {allowance.amount:>6} yuan/month"
    )
print()

# -- A group reward by completion band (Anping Town's four-operations rule, sourced) -------
print(ANPING_OPERATIONS.award(Decimal("72.5"), subject="Village B, group 4").explain("en"))
print()

# -- Accountability over three years ------------------------------------------------------
history = [
    score(
        DINGNAN_VILLAGE_CADRE,
        {**VILLAGES["Village C"], "concealed_births": False},
        subject="Village C",
        year=2007,
    ),
    score(
        DINGNAN_VILLAGE_CADRE,
        {**VILLAGES["Village C"], "birth_statistics_error": 8},
        subject="Village C",
        year=2008,
    ),
    village_cards["Village C"],
]
print(accountability(history, rules=ACCOUNTABILITY_RULES, term=(2007, 2011)).explain("en"))
