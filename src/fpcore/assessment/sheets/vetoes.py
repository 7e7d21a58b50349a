"""Veto consequences and accountability rules (Zhejiang 2007, Jiangxi 2009).

References:
    - 浙江省人口和计划生育“一票否决制”实施办法 (浙委办〔2007〕27号): a vetoed unit loses
      comprehensive honours this year and next; its principal and responsible leaders cannot be
      graded 优秀 or 称职 that year, lose honours eligibility for a year and cannot be promoted;
      vetoed twice in one term → demotion or removal.
    - Jiangxi, 2009 (China News report of the Suichuan veto): a unit vetoed two years in a row
      has its principal party and government leaders removed from post (免职).
"""

from __future__ import annotations

from typing import Final

from fpcore.assessment._accountability import AccountabilityRule, VetoPattern
from fpcore.assessment._model import Consequence
from fpcore.assessment.sources import JIANGXI_VETO_2009, ZHEJIANG_VETO_2007
from fpcore.explain import Message

__all__ = [
    "ACCOUNTABILITY_RULES",
    "DEMOTION_OR_REMOVAL",
    "LEADERS_NOT_EXCELLENT_OR_COMPETENT",
    "LEADERS_NO_HONOURS",
    "LEADERS_NO_PROMOTION",
    "REMOVAL_FROM_POST",
    "UNIT_NO_HONOURS",
    "ZHEJIANG_UNIT_CONSEQUENCES",
]

UNIT_NO_HONOURS: Final = Consequence(
    code="unit.no_honours",
    message=Message(
        zh="单位当年和次年不得评为综合性先进",
        en="the unit gets no comprehensive honours this year and next",
    ),
    years=2,
    citation=ZHEJIANG_VETO_2007,
)
"""The vetoed unit loses comprehensive honours this year and next."""

LEADERS_NOT_EXCELLENT_OR_COMPETENT: Final = Consequence(
    code="leaders.not_excellent_or_competent",
    message=Message(
        zh="主要领导和分管领导当年考核不得评为优秀、称职",
        en="principal and responsible leaders cannot be graded excellent or competent this year",
    ),
    years=1,
    citation=ZHEJIANG_VETO_2007,
)
"""Leaders cannot be graded 优秀 or 称职 in the year's appraisal."""

LEADERS_NO_HONOURS: Final = Consequence(
    code="leaders.no_honours",
    message=Message(
        zh="主要领导和分管领导一年内不得评先评优",
        en="leaders lose honours eligibility for one year",
    ),
    years=1,
    citation=ZHEJIANG_VETO_2007,
)
"""Leaders lose honours eligibility for one year."""

LEADERS_NO_PROMOTION: Final = Consequence(
    code="leaders.no_promotion",
    message=Message(zh="主要领导和分管领导不得提拔", en="leaders cannot be promoted"),
    years=1,
    citation=ZHEJIANG_VETO_2007,
)
"""Leaders cannot be promoted (fpcore counts the year of the veto; the text gives no span)."""

DEMOTION_OR_REMOVAL: Final = Consequence(
    code="leaders.demotion_or_removal",
    message=Message(zh="对主要领导降职或免职", en="leaders are demoted or removed from post"),
    years=0,
    citation=ZHEJIANG_VETO_2007,
)
"""Vetoed twice in one term: demotion or removal (Zhejiang)."""

REMOVAL_FROM_POST: Final = Consequence(
    code="leaders.removal",
    message=Message(
        zh="党政主要领导免职", en="the principal party and government leaders are removed from post"
    ),
    years=0,
    citation=JIANGXI_VETO_2009,
)
"""Vetoed two years in a row: removal from post (Jiangxi)."""

ZHEJIANG_UNIT_CONSEQUENCES: Final = (
    UNIT_NO_HONOURS,
    LEADERS_NOT_EXCELLENT_OR_COMPETENT,
    LEADERS_NO_HONOURS,
    LEADERS_NO_PROMOTION,
)
"""What a veto of a unit brings under the Zhejiang rules, in the order they list it."""

ACCOUNTABILITY_RULES: Final = (
    AccountabilityRule(
        code="zhejiang.twice_in_term",
        title=Message(zh="一届任期内两次被否决", en="vetoed twice in one term"),
        pattern=VetoPattern.IN_TERM,
        count=2,
        consequence=DEMOTION_OR_REMOVAL,
        citation=ZHEJIANG_VETO_2007,
    ),
    AccountabilityRule(
        code="jiangxi.two_years_running",
        title=Message(zh="连续两年被否决", en="vetoed two years in a row"),
        pattern=VetoPattern.CONSECUTIVE,
        count=2,
        consequence=REMOVAL_FROM_POST,
        citation=JIANGXI_VETO_2009,
    ),
)
"""The built-in rules on repeated vetoes."""
