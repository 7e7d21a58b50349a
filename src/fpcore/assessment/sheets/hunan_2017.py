"""Hunan 2017: the key-indicator items of the county scoring, with level-and-progress items.

References:
    - Hunan 2017 county/city family-planning scoring rules (as published on a county
      government site): responsibility targets 6 points — compliance target 3 points (−0.3 per
      0.1 point short), sex-ratio target 3 points (−0.1 if equal to last year, −0.1 per further
      0.1); out-of-policy higher-order birth rate 7 points and sex ratio at birth 3 points,
      scored on level against the provincial mean and progress on last year, level:progress
      7:3 / 3:7 above the mean and 3:7 / 7:3 below; sex ratio ≤ 107 full marks.

The sheet holds 16 of the 32 key-indicator points; the rest were not retrieved. Each county's
compliance target is an input (``compliance_target.target``); the sex-ratio target is last
year's ratio less 0.1 (``sex_ratio_target.target``), so that a ratio equal to last year's
loses 0.1. Steps count every started 0.1. How the level and progress parts are scored within
their weights is not given: fpcore's ratio rule (see ``LevelProgressItem``) is illustrative, as
are the grade bands.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from fpcore.assessment._model import (
    AssessmentSheet,
    Direction,
    Grade,
    GradeBand,
    LevelProgressItem,
    Section,
    StepCounting,
    TargetItem,
)
from fpcore.assessment.sources import HUNAN_2017, ILLUSTRATIVE_ASSESSMENT
from fpcore.explain import Message

__all__ = ["CODE", "HUNAN_2017_SHEET"]

CODE: Final = "hunan_2017"

HUNAN_2017_SHEET: Final = AssessmentSheet(
    code=CODE,
    title=Message(
        zh="湖南省2017年度县市人口计生重点指标考核", en="Hunan 2017 county key indicators"
    ),
    assesses=Message(zh="县（市、区）", en="county"),
    sections=(
        Section(
            code="responsibility_targets",
            title=Message(zh="责任目标", en="Responsibility targets"),
            items=(
                TargetItem(
                    code="compliance_target",
                    title=Message(zh="符合政策生育率目标", en="Policy compliance target"),
                    points=Decimal(3),
                    step=Decimal("0.1"),
                    deduction=Decimal("0.3"),
                    counting=StepCounting.STARTED,
                ),
                TargetItem(
                    code="sex_ratio_target",
                    title=Message(zh="出生人口性别比目标", en="Sex-ratio target"),
                    points=Decimal(3),
                    step=Decimal("0.1"),
                    deduction=Decimal("0.1"),
                    direction=Direction.LOWER_IS_BETTER,
                    counting=StepCounting.STARTED,
                ),
            ),
        ),
        Section(
            code="key_indicators",
            title=Message(zh="重点指标", en="Key indicators"),
            items=(
                LevelProgressItem(
                    code="higher_order_birth_rate",
                    title=Message(zh="违法生育多孩率", en="Out-of-policy higher-order birth rate"),
                    points=Decimal(7),
                    level_weight_if_worse=Decimal("0.7"),
                    level_weight_otherwise=Decimal("0.3"),
                ),
                LevelProgressItem(
                    code="sex_ratio_at_birth",
                    title=Message(zh="出生人口性别比", en="Sex ratio at birth"),
                    points=Decimal(3),
                    level_weight_if_worse=Decimal("0.3"),
                    level_weight_otherwise=Decimal("0.7"),
                    full_at=Decimal(107),
                ),
            ),
        ),
    ),
    grades=(
        GradeBand(grade=Grade.EXCELLENT, min_score=Decimal("14.4")),
        GradeBand(grade=Grade.GOOD, min_score=Decimal("12.8")),
        GradeBand(grade=Grade.PASS, min_score=Decimal("9.6")),
    ),
    grades_citation=ILLUSTRATIVE_ASSESSMENT,
    citation=HUNAN_2017,
    note="16 of the 32 key-indicator points; grade bands (90/80/60 % of 16) illustrative.",
)
"""The Hunan 2017 key-indicator items."""
