"""Incentive programmes (计划生育奖励优惠政策): eligibility, amounts, entitlements, the one card.

One module per programme (:mod:`~fpcore.incentives.reward_assistance`,
:mod:`~fpcore.incentives.special_assistance`, :mod:`~fpcore.incentives.one_child_parent_reward`,
:mod:`~fpcore.incentives.family_planning_insurance`, :mod:`~fpcore.incentives.childcare_subsidy`),
each with a stable ``CODE``, its references, and a rule that reads every amount, age and date
limit from the policy book. :func:`assess` and :func:`entitlement` take a programme code from
:func:`programs`; :func:`~fpcore.incentives.one_card` lists everything a family holds on Dingnan's one card.

>>> from datetime import date
>>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
>>> he = Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=Hukou.RURAL)
>>> she = Person(sex=Sex.FEMALE, birth_date=date(1950, 5, 2), hukou=Hukou.RURAL)
>>> girl = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
>>> family = Family(father=he, mother=she, children=(girl,), jurisdiction=DINGNAN)
>>> assess("reward_assistance", family, on=date(2008, 6, 30)).amount
Decimal('600.00')
"""

from fpcore.incentives._base import Entitlement, MonthlyAmount, Programme
from fpcore.incentives._registry import (
    PROGRAMMES,
    ProgrammeCode,
    assess,
    entitlement,
    program,
    programs,
)
from fpcore.incentives.card import CATALOGUE, Benefit, Department, Holder, OneCard, one_card

__all__ = [
    "Benefit",
    "CATALOGUE",
    "Department",
    "Entitlement",
    "Holder",
    "MonthlyAmount",
    "OneCard",
    "PROGRAMMES",
    "Programme",
    "ProgrammeCode",
    "assess",
    "entitlement",
    "one_card",
    "program",
    "programs",
]
