"""The village committee 100-point sheet (村委会计划生育工作百分制考核).

References:
    - A village committee's 100-point family-planning assessment sheet (local text, place not
      named; copy on a document-sharing site): guarantees 10 points (−2 per missing item);
      population control 24 (lawful-birth rate 92 % for 12 points, −1 per point below;
      higher-order births ≤ 3 % for 12); work quality 66, including birth-statistics error
      ≤ 5 % (6 points, −1 per 0.1 point over), sex ratio at birth ≤ 110 (10 points, −0.5 per
      point over) and social maintenance fee collected in full (15); vetoes for a statistics
      error above 7 %, deliberate concealment of illegal births and serious 七不准 incidents.

Illustrative parts: the deduction for higher-order births and for fee collection (−1 per point,
after the sibling items), the 35 points of work quality the copy does not itemise (one
assessor-given item), and the grade bands (90 / 80 / 60).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from fpcore.assessment._model import (
    AssessmentSheet,
    AssessorItem,
    CaseDeductionItem,
    Comparison,
    Direction,
    FindingTrigger,
    Grade,
    GradeBand,
    Section,
    TargetItem,
    ThresholdTrigger,
    Veto,
)
from fpcore.assessment.sources import ILLUSTRATIVE_ASSESSMENT, VILLAGE_100_POINT_SHEET
from fpcore.explain import Message

__all__ = ["CODE", "VILLAGE_100_POINT"]

CODE: Final = "village_100_point"

_SOURCE: Final = VILLAGE_100_POINT_SHEET

VILLAGE_100_POINT: Final = AssessmentSheet(
    code=CODE,
    title=Message(zh="村委会计划生育工作百分制考核", en="Village committee 100-point sheet"),
    assesses=Message(zh="村（居）委会", en="village committee"),
    sections=(
        Section(
            code="guarantees",
            title=Message(zh="保障措施", en="Guarantees"),
            items=(
                CaseDeductionItem(
                    code="guarantees_missing",
                    title=Message(zh="保障措施缺项", en="Missing guarantee items"),
                    points=Decimal(10),
                    per_case=Decimal(2),
                    citation=_SOURCE,
                ),
            ),
        ),
        Section(
            code="population_control",
            title=Message(zh="人口控制", en="Population control"),
            items=(
                TargetItem(
                    code="lawful_birth_rate",
                    percent=True,
                    title=Message(zh="计划生育合法率", en="Lawful-birth rate"),
                    points=Decimal(12),
                    target=Decimal(92),
                    step=Decimal(1),
                    deduction=Decimal(1),
                    citation=_SOURCE,
                ),
                TargetItem(
                    code="higher_order_birth_rate",
                    percent=True,
                    title=Message(zh="违法多孩率", en="Out-of-policy higher-order birth rate"),
                    points=Decimal(12),
                    target=Decimal(3),
                    step=Decimal(1),
                    deduction=Decimal(1),
                    direction=Direction.LOWER_IS_BETTER,
                    citation=ILLUSTRATIVE_ASSESSMENT,
                ),
            ),
        ),
        Section(
            code="work_quality",
            title=Message(zh="工作质量", en="Work quality"),
            items=(
                TargetItem(
                    code="birth_statistics_error",
                    title=Message(zh="出生统计误差率", en="Birth-statistics error"),
                    points=Decimal(6),
                    target=Decimal(5),
                    step=Decimal("0.1"),
                    deduction=Decimal(1),
                    direction=Direction.LOWER_IS_BETTER,
                    citation=_SOURCE,
                ),
                TargetItem(
                    code="sex_ratio_at_birth",
                    title=Message(zh="出生人口性别比", en="Sex ratio at birth"),
                    points=Decimal(10),
                    target=Decimal(110),
                    step=Decimal(1),
                    deduction=Decimal("0.5"),
                    direction=Direction.LOWER_IS_BETTER,
                    citation=_SOURCE,
                ),
                TargetItem(
                    code="fee_collection_rate",
                    percent=True,
                    title=Message(zh="社会抚养费征收率", en="Social maintenance fee collection"),
                    points=Decimal(15),
                    target=Decimal(100),
                    step=Decimal(1),
                    deduction=Decimal(1),
                    citation=ILLUSTRATIVE_ASSESSMENT,
                ),
                AssessorItem(
                    code="other_work",
                    title=Message(
                        zh="其他工作质量（原文未逐项列出）",
                        en="Other work quality (not itemised in the copy)",
                    ),
                    points=Decimal(35),
                    citation=ILLUSTRATIVE_ASSESSMENT,
                ),
            ),
        ),
    ),
    vetoes=(
        Veto(
            code="statistics_error",
            title=Message(zh="年度出生统计误差超过7%", en="Birth-statistics error above 7 %"),
            trigger=ThresholdTrigger(
                key="birth_statistics_error", comparison=Comparison.ABOVE, threshold=Decimal(7)
            ),
            citation=_SOURCE,
        ),
        Veto(
            code="concealment",
            title=Message(zh="故意瞒报违法生育", en="Deliberate concealment of illegal births"),
            trigger=FindingTrigger(key="concealed_births"),
            citation=_SOURCE,
        ),
        Veto(
            code="seven_prohibitions",
            title=Message(
                zh="发生严重违反“七不准”事件", en="Serious breach of the seven prohibitions"
            ),
            trigger=FindingTrigger(key="seven_prohibitions_breach"),
            citation=_SOURCE,
        ),
    ),
    grades=(
        GradeBand(grade=Grade.EXCELLENT, min_score=Decimal(90)),
        GradeBand(grade=Grade.GOOD, min_score=Decimal(80)),
        GradeBand(grade=Grade.PASS, min_score=Decimal(60)),
    ),
    grades_citation=ILLUSTRATIVE_ASSESSMENT,
    citation=_SOURCE,
    note="Points, targets, deductions and vetoes as the copy gives them; the higher-order and "
    "fee-collection deductions, the 35 unitemised points and the grade bands are illustrative.",
)
"""The village committee 100-point sheet."""
