"""Dingnan County: cadre sheets and the pay they link to (illustrative).

The seed report names 《定南县农村基层干部计划生育工作与报酬挂钩考核奖惩办法》: township (镇/街)
cadres' 13th-month bonus, and village (村/居) cadres' and central household heads' (中心户长)
monthly pay, are linked to how each discharged their family-planning duties. Its structure is
known; none of its numbers survives. The sheets and pay rules below are built from the nearest
sourced sheets and are **illustrative**: every card and award that uses them says so.

- Township cadre: the 2013 township sheet's compliance floor (82 %, veto) and organisation
  deductions; the village sheet's sex-ratio and statistics items and vetoes; the street
  office's attendance bands; the Zhejiang 2007 consequences for leaders. 13th-month bonus by
  grade: excellent 100 %, good 80 %, pass 50 %, fail 0; nothing under a veto.
- Village cadre: the village 100-point sheet with grade bands from a county's village-cadre
  performance-pay rules (2,000–3,500 people: ≥ 96 excellent, ≥ 86 qualified); 30 % of the
  monthly pay withheld (as in Hualong County) and released in proportion to the score.
- Central household head: late reports (−10 per case), the group's health-check attendance
  (street-office bands), publicity duties, service agreements with new couples (−5 per unsigned,
  after Yuanxing Township; full marks when the group has no new couple). Monthly allowance by
  band: ≥ 90 → 60 yuan, ≥ 75 → 45, ≥ 60 → 30, else nothing. (The seed reports 220,000+ yuan a
  year of household heads' pay: at 60 yuan a month that is about 305 heads.)

References:
    - 定南县农村基层干部计划生育工作与报酬挂钩考核奖惩办法 (named by the seed; text not found).
    - The sourced sheets named above (see :mod:`fpcore.assessment.sources`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

import attrs

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
    Section,
    TargetItem,
    ThresholdTrigger,
    Veto,
)
from fpcore.assessment._pay import (
    AllowanceBand,
    GradeShare,
    ScoreBandAllowance,
    ThirteenthMonthBonus,
    WithheldMonthlyPay,
)
from fpcore.assessment.sheets.vetoes import (
    LEADERS_NO_HONOURS,
    LEADERS_NO_PROMOTION,
    LEADERS_NOT_EXCELLENT_OR_COMPETENT,
)
from fpcore.assessment.sheets.village_100_point import VILLAGE_100_POINT
from fpcore.assessment.sources import (
    DINGNAN_PAY_LINKAGE,
    TOWNSHIP_2013,
    VILLAGE_100_POINT_SHEET,
)
from fpcore.explain import Message
from fpcore.jurisdictions import DINGNAN

__all__ = [
    "DINGNAN_HOUSEHOLD_HEAD",
    "DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE",
    "DINGNAN_THIRTEENTH_MONTH_BONUS",
    "DINGNAN_TOWNSHIP_CADRE",
    "DINGNAN_VILLAGE_CADRE",
    "DINGNAN_VILLAGE_CADRE_PAY",
]

_ATTENDANCE_BANDS: Final = (
    Band(bound=Decimal(99), share=Decimal(1)),
    Band(bound=Decimal(97), share=Decimal("0.9")),
    Band(bound=Decimal(95), share=Decimal("0.8")),
)

BONUS_FORFEITED: Final = Consequence(
    code="cadre.bonus_forfeited",
    message=Message(
        zh="本人第13个月奖励工资不予发放", en="the cadre's 13th-month bonus is not paid"
    ),
    years=1,
    citation=DINGNAN_PAY_LINKAGE,
)
"""Under a veto the cadre's 13th-month bonus is not paid (Dingnan, illustrative)."""

_LEADER_CONSEQUENCES: Final = (
    BONUS_FORFEITED,
    LEADERS_NOT_EXCELLENT_OR_COMPETENT,
    LEADERS_NO_HONOURS,
    LEADERS_NO_PROMOTION,
)

_STANDARD_GRADES: Final = (
    GradeBand(grade=Grade.EXCELLENT, min_score=Decimal(90)),
    GradeBand(grade=Grade.GOOD, min_score=Decimal(80)),
    GradeBand(grade=Grade.PASS, min_score=Decimal(60)),
)

DINGNAN_TOWNSHIP_CADRE: Final = AssessmentSheet(
    code="dingnan_township_cadre",
    title=Message(
        zh="定南县镇（街）干部计划生育工作考核（示例）",
        en="Dingnan township cadre sheet (illustrative)",
    ),
    assesses=Message(zh="镇（街）干部", en="township cadre"),
    sections=(
        Section(
            code="population",
            title=Message(zh="人口控制", en="Population control"),
            items=(
                TargetItem(
                    code="policy_compliance_rate",
                    percent=True,
                    title=Message(zh="出生政策符合率", en="Policy compliance rate"),
                    points=Decimal(25),
                    target=Decimal(95),
                    step=Decimal(1),
                    deduction=Decimal(1),
                    zero_beyond=Decimal(82),
                ),
                TargetItem(
                    code="sex_ratio_at_birth",
                    title=Message(zh="出生人口性别比", en="Sex ratio at birth"),
                    points=Decimal(10),
                    target=Decimal(110),
                    step=Decimal(1),
                    deduction=Decimal("0.5"),
                    direction=Direction.LOWER_IS_BETTER,
                ),
            ),
        ),
        Section(
            code="statistics",
            title=Message(zh="统计", en="Statistics"),
            items=(
                TargetItem(
                    code="birth_statistics_error",
                    title=Message(zh="出生统计误差率", en="Birth-statistics error"),
                    points=Decimal(10),
                    target=Decimal(5),
                    step=Decimal("0.1"),
                    deduction=Decimal(1),
                    direction=Direction.LOWER_IS_BETTER,
                ),
            ),
        ),
        Section(
            code="services",
            title=Message(zh="服务与利益导向", en="Services and incentives"),
            items=(
                BandedItem(
                    code="health_check_attendance",
                    percent=True,
                    title=Message(zh="“三查”到位率", en="Health-check attendance"),
                    points=Decimal(15),
                    bands=_ATTENDANCE_BANDS,
                    otherwise=Decimal("0.7"),
                ),
                TargetItem(
                    code="rewards_delivered_rate",
                    percent=True,
                    title=Message(zh="奖励优惠政策兑现率", en="Rewards delivered"),
                    points=Decimal(10),
                    target=Decimal(100),
                    step=Decimal(1),
                    deduction=Decimal(1),
                ),
            ),
        ),
        Section(
            code="organisation",
            title=Message(zh="组织与日常工作", en="Organisation and daily work"),
            items=(
                ChecklistItem(
                    code="organisation",
                    title=Message(
                        zh="机构、计划、会议与报酬挂钩", en="Bodies, plans, meetings, pay linkage"
                    ),
                    points=Decimal(5),
                    elements=(
                        ChecklistElement(
                            code="leading_body",
                            title=Message(zh="领导小组", en="leading body"),
                            deduction=Decimal(1),
                        ),
                        ChecklistElement(
                            code="work_plan",
                            title=Message(zh="工作计划", en="work plan"),
                            deduction=Decimal(1),
                        ),
                        ChecklistElement(
                            code="meetings",
                            title=Message(zh="专题会议", en="meetings"),
                            deduction=Decimal(1),
                        ),
                        ChecklistElement(
                            code="pay_linkage",
                            title=Message(zh="与报酬挂钩", en="work linked to pay"),
                            deduction=Decimal(2),
                        ),
                    ),
                ),
                AssessorItem(
                    code="daily_work",
                    title=Message(zh="日常工作", en="Daily work"),
                    points=Decimal(25),
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
            consequences=_LEADER_CONSEQUENCES,
            citation=TOWNSHIP_2013,
        ),
        Veto(
            code="statistics_error",
            title=Message(zh="年度出生统计误差超过7%", en="Birth-statistics error above 7 %"),
            trigger=ThresholdTrigger(
                key="birth_statistics_error", comparison=Comparison.ABOVE, threshold=Decimal(7)
            ),
            consequences=_LEADER_CONSEQUENCES,
            citation=VILLAGE_100_POINT_SHEET,
        ),
        Veto(
            code="concealment",
            title=Message(zh="故意瞒报违法生育", en="Deliberate concealment of illegal births"),
            trigger=FindingTrigger(key="concealed_births"),
            consequences=_LEADER_CONSEQUENCES,
            citation=VILLAGE_100_POINT_SHEET,
        ),
    ),
    grades=_STANDARD_GRADES,
    grades_citation=DINGNAN_PAY_LINKAGE,
    citation=DINGNAN_PAY_LINKAGE,
    jurisdiction=DINGNAN,
    note="Illustrative: built from the 2013 township sheet, the village 100-point sheet and the "
    "street-office attendance bands.",
)
"""Dingnan township (镇/街) cadre sheet (illustrative)."""

DINGNAN_THIRTEENTH_MONTH_BONUS: Final = ThirteenthMonthBonus(
    code="dingnan.thirteenth_month_bonus",
    title=Message(zh="镇（街）干部第13个月奖励工资", en="Township cadre's 13th-month bonus"),
    citation=DINGNAN_PAY_LINKAGE,
    shares=(
        GradeShare(grade=Grade.EXCELLENT, share=Decimal(1)),
        GradeShare(grade=Grade.GOOD, share=Decimal("0.8")),
        GradeShare(grade=Grade.PASS, share=Decimal("0.5")),
        GradeShare(grade=Grade.FAIL, share=Decimal(0)),
    ),
)
"""The 13th-month bonus by grade (illustrative shares); nothing under a veto."""

DINGNAN_VILLAGE_CADRE: Final = attrs.evolve(
    VILLAGE_100_POINT,
    code="dingnan_village_cadre",
    title=Message(
        zh="定南县村（居）干部计划生育工作考核（示例）",
        en="Dingnan village cadre sheet (illustrative)",
    ),
    assesses=Message(zh="村（居）干部", en="village cadre"),
    grades=(
        GradeBand(grade=Grade.EXCELLENT, min_score=Decimal(96)),
        GradeBand(grade=Grade.PASS, min_score=Decimal(86)),
    ),
    grades_citation=DINGNAN_PAY_LINKAGE,
    citation=DINGNAN_PAY_LINKAGE,
    jurisdiction=DINGNAN,
    note="Illustrative: the village 100-point sheet's items, with grade bands from a county's "
    "village-cadre performance-pay rules (villages of 2,000–3,500 people).",
)
"""Dingnan village (村/居) cadre sheet (illustrative)."""

DINGNAN_VILLAGE_CADRE_PAY: Final = WithheldMonthlyPay(
    code="dingnan.village_cadre_pay",
    title=Message(zh="村（居）干部月报酬", en="Village cadre's monthly pay"),
    citation=DINGNAN_PAY_LINKAGE,
    withheld_share=Decimal("0.3"),
)
"""30 % of a village cadre's monthly pay withheld and released by score (illustrative)."""

DINGNAN_HOUSEHOLD_HEAD: Final = AssessmentSheet(
    code="dingnan_household_head",
    title=Message(
        zh="定南县中心户长工作考核（示例）",
        en="Dingnan central household head sheet (illustrative)",
    ),
    assesses=Message(zh="中心户长", en="central household head"),
    sections=(
        Section(
            code="reporting",
            title=Message(zh="信息报告", en="Reporting"),
            items=(
                CaseDeductionItem(
                    code="late_reports",
                    title=Message(
                        zh="孕情、出生未及时报告", en="Pregnancies or births reported late"
                    ),
                    points=Decimal(30),
                    per_case=Decimal(10),
                ),
            ),
        ),
        Section(
            code="services",
            title=Message(zh="服务", en="Services"),
            items=(
                BandedItem(
                    code="health_check_attendance",
                    percent=True,
                    title=Message(zh="本组“三查”到位率", en="Group's health-check attendance"),
                    points=Decimal(30),
                    bands=_ATTENDANCE_BANDS,
                    otherwise=Decimal("0.7"),
                ),
                CaseDeductionItem(
                    code="unsigned_agreements",
                    title=Message(
                        zh="新婚夫妇服务协议未签订", en="New couples' service agreements unsigned"
                    ),
                    points=Decimal(20),
                    per_case=Decimal(5),
                    if_unassessed=Decimal(20),
                ),
            ),
        ),
        Section(
            code="publicity",
            title=Message(zh="宣传", en="Publicity"),
            items=(
                ChecklistItem(
                    code="publicity",
                    title=Message(zh="宣传活动", en="Publicity duties"),
                    points=Decimal(20),
                    elements=(
                        ChecklistElement(
                            code="monthly_meeting",
                            title=Message(zh="每月组会", en="monthly group meeting"),
                            deduction=Decimal(10),
                        ),
                        ChecklistElement(
                            code="notices_posted",
                            title=Message(zh="公示张贴", en="notices posted"),
                            deduction=Decimal(5),
                        ),
                        ChecklistElement(
                            code="home_visits",
                            title=Message(zh="入户走访", en="home visits"),
                            deduction=Decimal(5),
                        ),
                    ),
                ),
            ),
        ),
    ),
    vetoes=(
        Veto(
            code="concealment",
            title=Message(zh="隐瞒本组违法生育", en="Concealed an illegal birth in the group"),
            trigger=FindingTrigger(key="concealed_births"),
            citation=VILLAGE_100_POINT_SHEET,
        ),
    ),
    grades=(
        GradeBand(grade=Grade.EXCELLENT, min_score=Decimal(90)),
        GradeBand(grade=Grade.GOOD, min_score=Decimal(75)),
        GradeBand(grade=Grade.PASS, min_score=Decimal(60)),
    ),
    grades_citation=DINGNAN_PAY_LINKAGE,
    citation=DINGNAN_PAY_LINKAGE,
    jurisdiction=DINGNAN,
    note="Illustrative: a household head leads a group of households; the items follow the "
    "duties the sourced village and township texts assign to group cadres.",
)
"""Dingnan central household head (中心户长) sheet (illustrative)."""

DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE: Final = ScoreBandAllowance(
    code="dingnan.household_head_allowance",
    title=Message(zh="中心户长月补贴", en="Central household head's monthly allowance"),
    citation=DINGNAN_PAY_LINKAGE,
    bands=(
        AllowanceBand(min_score=Decimal(90), amount=Decimal(60)),
        AllowanceBand(min_score=Decimal(75), amount=Decimal(45)),
        AllowanceBand(min_score=Decimal(60), amount=Decimal(30)),
    ),
)
"""Household heads' monthly allowance by score band (illustrative)."""
