"""Assessment sheets: cadre-pay linkage scoring, vetoes, grades, accountability, 国优 check.

A sheet (:class:`AssessmentSheet`) is data: items in sections, vetoes, grade bands and the
source of each. :func:`score` turns measured results into a :class:`ScoreCard`; pay rules turn
a card into money; :func:`accountability` reads a record of cards; the built-in sheets live in
:mod:`fpcore.assessment.sheets`.

Results are ``int`` or ``Decimal`` numbers, ``bool`` findings, or any object with a
``Decimal`` ``.value`` (the :class:`HasValue` protocol, which ``fpcore.indicators.Rate``
satisfies). Floats are refused.

>>> from decimal import Decimal
>>> from fpcore.assessment.sheets import DINGNAN_HOUSEHOLD_HEAD, DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE
>>> card = score(DINGNAN_HOUSEHOLD_HEAD, {
...     "late_reports": 1, "health_check_attendance": Decimal("98.2"),
...     "publicity.monthly_meeting": True, "publicity.notices_posted": True,
...     "publicity.home_visits": False, "concealed_births": False,
... }, subject="Group 3", year=2009)
>>> card.total, card.grade.value
(Decimal('82.00'), 'good')
>>> DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE.pay(card).amount
Decimal('45.00')
"""

from __future__ import annotations

from fpcore.assessment._accountability import (
    Accountability,
    AccountabilityFinding,
    AccountabilityRule,
    VetoPattern,
    accountability,
)
from fpcore.assessment._advanced_unit import (
    AdvancedUnitCheck,
    Aggregation,
    CriterionResult,
    FindingCriterion,
    IndicatorCriterion,
    SixGood,
    check_advanced_unit,
)
from fpcore.assessment._dict import sheet_from_dict
from fpcore.assessment._docs import sheet_markdown
from fpcore.assessment._model import (
    AssessmentSheet,
    AssessorItem,
    Band,
    BandedItem,
    CaseDeductionItem,
    ChecklistElement,
    ChecklistItem,
    Comparison,
    Consequence,
    Direction,
    FindingTrigger,
    Grade,
    GradeBand,
    HasValue,
    Item,
    LevelProgressItem,
    Result,
    Section,
    StepCounting,
    TargetItem,
    ThresholdTrigger,
    Trigger,
    Veto,
)
from fpcore.assessment._pay import (
    AllowanceBand,
    CompletionBand,
    CompletionBands,
    GradeShare,
    PayAward,
    ScaledCompletionBonus,
    ScoreBandAllowance,
    SizeBase,
    ThirteenthMonthBonus,
    WithheldMonthlyPay,
)
from fpcore.assessment._score import (
    SCORE_QUANTUM,
    Deduction,
    ItemScore,
    ScoreCard,
    SectionScore,
    VetoHit,
    score,
)

__all__ = [
    "Accountability",
    "AccountabilityFinding",
    "AccountabilityRule",
    "AdvancedUnitCheck",
    "Aggregation",
    "AllowanceBand",
    "AssessmentSheet",
    "AssessorItem",
    "Band",
    "BandedItem",
    "CaseDeductionItem",
    "ChecklistElement",
    "ChecklistItem",
    "Comparison",
    "CompletionBand",
    "CompletionBands",
    "Consequence",
    "CriterionResult",
    "Deduction",
    "Direction",
    "FindingCriterion",
    "FindingTrigger",
    "Grade",
    "GradeBand",
    "GradeShare",
    "HasValue",
    "IndicatorCriterion",
    "Item",
    "ItemScore",
    "LevelProgressItem",
    "PayAward",
    "Result",
    "SCORE_QUANTUM",
    "ScaledCompletionBonus",
    "ScoreBandAllowance",
    "ScoreCard",
    "Section",
    "SectionScore",
    "SixGood",
    "SizeBase",
    "StepCounting",
    "TargetItem",
    "ThirteenthMonthBonus",
    "ThresholdTrigger",
    "Trigger",
    "Veto",
    "VetoHit",
    "VetoPattern",
    "WithheldMonthlyPay",
    "accountability",
    "check_advanced_unit",
    "score",
    "sheet_from_dict",
    "sheet_markdown",
]
