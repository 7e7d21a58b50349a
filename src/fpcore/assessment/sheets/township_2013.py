"""The 2013 township sheet: a compliance floor of 82 % and organisation deductions.

References:
    - A township's 2013 family-planning assessment sheet (local text, copy on a document-sharing
      site): a policy-compliance rate below 82 % scores zero and is vetoed; −0.5 per missing
      leading body, work plan or meeting; −2 if the work is not linked to pay.

Illustrative parts: the compliance item's points, target and deduction (20 points, 95 %, −1 per
point), the organisation item's points (the sum of its deductions, 3.5), the remaining 76.5
points (one assessor-given item) and the grade bands.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from fpcore.assessment._model import (
    AssessmentSheet,
    AssessorItem,
    ChecklistElement,
    ChecklistItem,
    Comparison,
    Grade,
    GradeBand,
    Section,
    TargetItem,
    ThresholdTrigger,
    Veto,
)
from fpcore.assessment.sheets.vetoes import ZHEJIANG_UNIT_CONSEQUENCES
from fpcore.assessment.sources import ILLUSTRATIVE_ASSESSMENT, TOWNSHIP_2013
from fpcore.explain import Message

__all__ = ["CODE", "TOWNSHIP_2013_SHEET"]

CODE: Final = "township_2013"

TOWNSHIP_2013_SHEET: Final = AssessmentSheet(
    code=CODE,
    title=Message(zh="乡镇人口和计划生育工作考核（2013）", en="Township assessment (2013)"),
    assesses=Message(zh="乡镇", en="township"),
    sections=(
        Section(
            code="population",
            title=Message(zh="人口计划", en="Population plan"),
            items=(
                TargetItem(
                    code="policy_compliance_rate",
                    percent=True,
                    title=Message(zh="出生政策符合率", en="Policy compliance rate"),
                    points=Decimal(20),
                    target=Decimal(95),
                    step=Decimal(1),
                    deduction=Decimal(1),
                    zero_beyond=Decimal(82),
                    citation=ILLUSTRATIVE_ASSESSMENT,
                ),
            ),
        ),
        Section(
            code="organisation",
            title=Message(zh="组织领导", en="Organisation"),
            items=(
                ChecklistItem(
                    code="organisation",
                    title=Message(
                        zh="机构、计划、会议与报酬挂钩", en="Bodies, plans, meetings, pay linkage"
                    ),
                    points=Decimal("3.5"),
                    elements=(
                        ChecklistElement(
                            code="leading_body",
                            title=Message(zh="领导小组", en="leading body"),
                            deduction=Decimal("0.5"),
                        ),
                        ChecklistElement(
                            code="work_plan",
                            title=Message(zh="工作计划", en="work plan"),
                            deduction=Decimal("0.5"),
                        ),
                        ChecklistElement(
                            code="meetings",
                            title=Message(zh="专题会议", en="meetings"),
                            deduction=Decimal("0.5"),
                        ),
                        ChecklistElement(
                            code="pay_linkage",
                            title=Message(zh="与报酬挂钩", en="work linked to pay"),
                            deduction=Decimal(2),
                        ),
                    ),
                    citation=TOWNSHIP_2013,
                ),
            ),
        ),
        Section(
            code="other",
            title=Message(zh="其他工作", en="Other work"),
            items=(
                AssessorItem(
                    code="other_work",
                    title=Message(zh="其他工作（示例）", en="Other work (illustrative)"),
                    points=Decimal("76.5"),
                    citation=ILLUSTRATIVE_ASSESSMENT,
                ),
            ),
        ),
    ),
    vetoes=(
        Veto(
            code="compliance_floor",
            title=Message(zh="出生政策符合率低于82%", en="Policy compliance below 82 %"),
            trigger=ThresholdTrigger(
                key="policy_compliance_rate", comparison=Comparison.BELOW, threshold=Decimal(82)
            ),
            consequences=ZHEJIANG_UNIT_CONSEQUENCES,
            citation=TOWNSHIP_2013,
        ),
    ),
    grades=(
        GradeBand(grade=Grade.EXCELLENT, min_score=Decimal(90)),
        GradeBand(grade=Grade.GOOD, min_score=Decimal(80)),
        GradeBand(grade=Grade.PASS, min_score=Decimal(60)),
    ),
    grades_citation=ILLUSTRATIVE_ASSESSMENT,
    citation=TOWNSHIP_2013,
    note="The 82 % floor and veto and the organisation deductions are sourced; the rest is "
    "illustrative. The veto's consequences follow the Zhejiang 2007 rules.",
)
"""The 2013 township sheet."""
