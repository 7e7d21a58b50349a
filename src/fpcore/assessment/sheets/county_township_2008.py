"""A county's 2008 assessment of its townships: a government line and an FP-office line.

References:
    - A county's 2008 family-planning assessment of its townships (county not named; copy on a
      document-sharing site). Government line: birth rate 10; inputs 30 (programme funds 10,
      only-child health fee 10, group information officers' pay 10); policy compliance 10;
      migrants' out-of-policy higher-order births 10; primary prevention of birth defects 10;
      circulars and yellow-card warnings 10; family-planning association 10; one-vote veto.
      FP-office line: preferred contraception 5; timely long-acting contraception 10; the four
      operations 5; village statistics ledgers 15; reward-eligibility accuracy 5; reward files
      10; reward payout 5; quality services 10; villager self-government 10; law enforcement
      10; migrants 10; caring for girls 5; one-vote veto.

The copy gives each item's points but not its deduction rules, so every item is an
assessor-given score within its points. The veto items are not listed: one finding stands for
"a veto item applies". Grade bands are illustrative.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from fpcore.assessment._model import (
    AssessmentSheet,
    AssessorItem,
    FindingTrigger,
    Grade,
    GradeBand,
    Section,
    Veto,
)
from fpcore.assessment.sources import COUNTY_TOWNSHIP_2008, ILLUSTRATIVE_ASSESSMENT
from fpcore.explain import Message

__all__ = ["CODE", "COUNTY_TOWNSHIP_2008_SHEET"]

CODE: Final = "county_township_2008"

_GOVERNMENT: Final = (
    ("birth_rate", "人口出生率", "Crude birth rate", 10),
    ("programme_funds", "计划生育事业费", "Programme funds", 10),
    ("only_child_health_fee", "独生子女保健费", "Only-child health fee", 10),
    ("information_officer_pay", "组信息员报酬", "Group information officers' pay", 10),
    ("policy_compliance", "符合政策生育率", "Policy compliance", 10),
    (
        "migrant_higher_order_births",
        "流动人口违法多孩生育",
        "Migrants' out-of-policy higher-order births",
        10,
    ),
    ("birth_defect_prevention", "出生缺陷一级预防", "Primary prevention of birth defects", 10),
    ("warnings", "通报和黄牌警告", "Circulars and yellow-card warnings", 10),
    ("association", "计生协会", "Family-planning association", 10),
)
_OFFICE: Final = (
    ("preferred_contraception", "优选节育率", "Preferred contraception", 5),
    ("timely_long_acting", "长效避孕及时率", "Timely long-acting contraception", 10),
    ("four_operations", "“四术”", "The four operations", 5),
    ("statistics_ledgers", "基层统计台帐合格率", "Village statistics ledgers", 15),
    ("reward_eligibility_accuracy", "奖扶资格认定准确率", "Reward-eligibility accuracy", 5),
    ("reward_files", "奖优免补档案", "Reward files", 10),
    ("reward_payout", "奖优免补兑现率", "Reward payout", 5),
    ("quality_services", "优质服务", "Quality services", 10),
    ("self_government", "村民自治", "Villager self-government", 10),
    ("law_enforcement", "行政执法", "Law enforcement", 10),
    ("migrants", "流动人口", "Migrants", 10),
    ("caring_for_girls", "关爱女孩", "Caring for girls", 5),
)

COUNTY_TOWNSHIP_2008_SHEET: Final = AssessmentSheet(
    code=CODE,
    title=Message(
        zh="县对乡镇人口和计划生育工作考核（2008）", en="County assessment of townships (2008)"
    ),
    assesses=Message(zh="乡镇（政府线与计生办线）", en="township (government and FP-office lines)"),
    sections=(
        Section(
            code="government",
            title=Message(zh="政府线", en="Government line"),
            items=tuple(
                AssessorItem(
                    code=f"government_{code}",
                    title=Message(zh=zh, en=en),
                    points=Decimal(points),
                )
                for code, zh, en, points in _GOVERNMENT
            ),
        ),
        Section(
            code="office",
            title=Message(zh="计生办线", en="FP-office line"),
            items=tuple(
                AssessorItem(
                    code=f"office_{code}",
                    title=Message(zh=zh, en=en),
                    points=Decimal(points),
                )
                for code, zh, en, points in _OFFICE
            ),
        ),
    ),
    vetoes=(
        Veto(
            code="veto_item",
            title=Message(zh="触犯一票否决事项", en="A one-vote-veto item applies"),
            trigger=FindingTrigger(key="veto_item"),
            citation=COUNTY_TOWNSHIP_2008,
        ),
    ),
    grades=(
        GradeBand(grade=Grade.EXCELLENT, min_score=Decimal(171)),
        GradeBand(grade=Grade.GOOD, min_score=Decimal(152)),
        GradeBand(grade=Grade.PASS, min_score=Decimal(114)),
    ),
    grades_citation=ILLUSTRATIVE_ASSESSMENT,
    citation=COUNTY_TOWNSHIP_2008,
    note="Government line 90 points, FP-office line 100 (190 in all), as the copy gives them. "
    "Grade bands at 90 %, 80 % and 60 % of 190 are illustrative.",
)
"""The 2008 county → township sheet."""
