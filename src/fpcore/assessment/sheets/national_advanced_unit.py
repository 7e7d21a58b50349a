"""The national advanced unit for quality family-planning services (国优): criteria and on-site sheet.

References:
    - Objective indicator table of an older 国优 standard (batch unknown): policy compliance
      ≥ 95 % in each of the last three years; public satisfaction ≥ 85 %; starred indicators —
      legal rewards delivered ≥ 90 %; free basic technical services 100 %; villages with
      standard informed choice ≥ 90 % and informed consent for all surgery; villages with
      villager self-government ≥ 90 %; three-year mean sex ratio at birth < 110; county service
      station meets the advanced-station standard; contraceptive prevalence ≥ 85 %; post-operative
      and contraceptive follow-up ≥ 95 %; no technical accident in three years and a
      complication rate < 1 ‰; basic reproductive-health service uptake ≥ 80 %, men ≥ 20 % of
      users.
    - On-site scoring sheet of the 4th batch of national advanced counties, tables 1–2:
      table 1 综合管理 125 points (5 items × 25): new-mechanism reform (no document −2);
      reward and preferential policies (none −5, not implemented −2); leaders responsible and
      FP in the development plan (−2); departments performing their duties (−2 per department);
      public satisfaction ≥ 90 % (−2 per point below). Table 2 基层组织 150 points (6 × 25): only
      its first item was retrieved (staffed institutions, a medically trained deputy director
      at the county bureau, −2).
    - The six goods (六好) as the seed report lists them.

Derived: the table names no year span for most starred indicators; fpcore reads the latest year
(compliance: each year; sex ratio: the three-year mean). "Needs-based decisions" and "improving
satisfaction" are not measurable as stated and are left out. Which good each indicator supports
is fpcore's own assignment. The on-site sheet holds table 1 and the one retrieved item of
table 2 (150 points); its grade bands are illustrative.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Final

from fpcore.assessment._advanced_unit import (
    AdvancedUnitCheck,
    Aggregation,
    FindingCriterion,
    IndicatorCriterion,
    SixGood,
    check_advanced_unit,
)
from fpcore.assessment._model import (
    AssessmentSheet,
    CaseDeductionItem,
    ChecklistElement,
    ChecklistItem,
    Comparison,
    Grade,
    GradeBand,
    Result,
    Section,
    TargetItem,
)
from fpcore.assessment._score import ScoreCard
from fpcore.assessment.sources import GUOYOU_OBJECTIVE, GUOYOU_ONSITE_4TH, ILLUSTRATIVE_ASSESSMENT
from fpcore.explain import Message

__all__ = [
    "GUOYOU_CRITERIA",
    "GUOYOU_ONSITE",
    "GUOYOU_ONSITE_GOODS",
    "GUOYOU_YEARS",
    "check_national_advanced_unit",
]

GUOYOU_YEARS: Final = 3
"""The objective indicators read the last three years."""

_S: Final = SixGood
_AT_LEAST: Final = Comparison.AT_LEAST


def _indicator(
    code: str,
    zh: str,
    en: str,
    comparison: Comparison,
    threshold: str,
    over: Aggregation,
    *goods: SixGood,
) -> IndicatorCriterion:
    return IndicatorCriterion(
        code=code,
        title=Message(zh=zh, en=en),
        comparison=comparison,
        threshold=Decimal(threshold),
        over=over,
        goods=goods,
        citation=GUOYOU_OBJECTIVE,
    )


def _finding(
    code: str, zh: str, en: str, expected: bool, over: Aggregation, *goods: SixGood
) -> FindingCriterion:
    return FindingCriterion(
        code=code,
        title=Message(zh=zh, en=en),
        expected=expected,
        over=over,
        goods=goods,
        citation=GUOYOU_OBJECTIVE,
    )


_EACH: Final = Aggregation.EACH_YEAR
_LATEST: Final = Aggregation.LATEST

GUOYOU_CRITERIA: Final = (
    _indicator(
        "policy_compliance_rate",
        "出生政策符合率",
        "Policy compliance rate",
        _AT_LEAST,
        "95",
        _EACH,
        _S.LAW_BASED_ADMINISTRATION,
    ),
    _indicator(
        "satisfaction_rate",
        "群众满意率",
        "Public satisfaction",
        _AT_LEAST,
        "85",
        _LATEST,
        _S.SERVICE_QUALITY,
        _S.DEMOCRATIC_MANAGEMENT,
    ),
    _indicator(
        "rewards_delivered_rate",
        "法定奖励兑现率",
        "Legal rewards delivered",
        _AT_LEAST,
        "90",
        _LATEST,
        _S.POLICY_GUIDANCE,
    ),
    _indicator(
        "free_services_rate",
        "免费基本技术服务落实率",
        "Free basic technical services",
        _AT_LEAST,
        "100",
        _LATEST,
        _S.SERVICE_QUALITY,
        _S.POLICY_GUIDANCE,
    ),
    _indicator(
        "informed_choice_villages_rate",
        "知情选择规范村比例",
        "Villages with standard informed choice",
        _AT_LEAST,
        "90",
        _LATEST,
        _S.SERVICE_QUALITY,
    ),
    _finding(
        "informed_consent_all_surgery",
        "手术均知情同意",
        "Informed consent for all surgery",
        True,
        _LATEST,
        _S.LAW_BASED_ADMINISTRATION,
        _S.SERVICE_QUALITY,
    ),
    _indicator(
        "self_government_villages_rate",
        "村（居）民自治村比例",
        "Villages with villager self-government",
        _AT_LEAST,
        "90",
        _LATEST,
        _S.DEMOCRATIC_MANAGEMENT,
    ),
    _indicator(
        "sex_ratio_at_birth",
        "出生人口性别比（三年平均）",
        "Sex ratio at birth (three-year mean)",
        Comparison.BELOW,
        "110",
        Aggregation.MEAN,
        _S.LAW_BASED_ADMINISTRATION,
        _S.LEADERSHIP,
    ),
    _finding(
        "advanced_service_station",
        "县服务站达到先进服务站标准",
        "County service station meets the advanced standard",
        True,
        _LATEST,
        _S.SERVICE_QUALITY,
        _S.STAFF_CONDUCT,
    ),
    _indicator(
        "contraceptive_prevalence",
        "综合避孕率",
        "Contraceptive prevalence",
        _AT_LEAST,
        "85",
        _LATEST,
        _S.SERVICE_QUALITY,
    ),
    _indicator(
        "follow_up_rate",
        "术后及避孕随访率",
        "Post-operative and contraceptive follow-up",
        _AT_LEAST,
        "95",
        _LATEST,
        _S.SERVICE_QUALITY,
    ),
    _finding(
        "technical_accident",
        "计划生育技术事故",
        "Family-planning technical accident",
        False,
        _EACH,
        _S.SERVICE_QUALITY,
        _S.STAFF_CONDUCT,
    ),
    _indicator(
        "complication_rate",
        "并发症发生率（‰）",
        "Complication rate (‰)",
        Comparison.BELOW,
        "1",
        _LATEST,
        _S.SERVICE_QUALITY,
        _S.STAFF_CONDUCT,
    ),
    _indicator(
        "rh_service_uptake",
        "基本生殖保健服务覆盖率",
        "Basic reproductive-health service uptake",
        _AT_LEAST,
        "80",
        _LATEST,
        _S.SERVICE_QUALITY,
    ),
    _indicator(
        "male_user_share",
        "男性服务对象比例",
        "Men's share of service users",
        _AT_LEAST,
        "20",
        _LATEST,
        _S.SERVICE_QUALITY,
    ),
)
"""The objective indicator table, one criterion per indicator, each with the goods it supports."""


def _element(code: str, zh: str, en: str, deduction: str) -> ChecklistElement:
    return ChecklistElement(code=code, title=Message(zh=zh, en=en), deduction=Decimal(deduction))


GUOYOU_ONSITE: Final = AssessmentSheet(
    code="guoyou_onsite",
    title=Message(
        zh="国家级计划生育优质服务先进县现场考评（第四批，表一、表二）",
        en="National advanced county on-site sheet (4th batch, tables 1–2)",
    ),
    assesses=Message(zh="县（市、区）", en="county"),
    sections=(
        Section(
            code="general_management",
            title=Message(zh="表一 综合管理", en="Table 1: general management"),
            items=(
                ChecklistItem(
                    code="new_mechanism",
                    title=Message(zh="工作新机制改革", en="New working mechanism"),
                    points=Decimal(25),
                    elements=(_element("reform_document", "改革文件", "reform document", "2"),),
                ),
                ChecklistItem(
                    code="incentive_policies",
                    title=Message(
                        zh="计划生育家庭奖励优惠政策", en="Rewards and preferential policies"
                    ),
                    points=Decimal(25),
                    elements=(
                        _element("issued", "已出台", "issued", "5"),
                        _element("implemented", "已落实", "implemented", "2"),
                    ),
                ),
                ChecklistItem(
                    code="leadership",
                    title=Message(
                        zh="党政领导负责、纳入发展规划",
                        en="Leaders responsible; FP in the development plan",
                    ),
                    points=Decimal(25),
                    elements=(_element("in_place", "落实", "in place", "2"),),
                ),
                CaseDeductionItem(
                    code="departments",
                    title=Message(
                        zh="相关部门履行职责（未履职部门数）",
                        en="Departments performing duties (departments failing)",
                    ),
                    points=Decimal(25),
                    per_case=Decimal(2),
                ),
                TargetItem(
                    code="satisfaction_rate",
                    percent=True,
                    title=Message(zh="群众满意率", en="Public satisfaction"),
                    points=Decimal(25),
                    target=Decimal(90),
                    step=Decimal(1),
                    deduction=Decimal(2),
                ),
            ),
        ),
        Section(
            code="grassroots",
            title=Message(
                zh="表二 基层组织（仅第一项）",
                en="Table 2: grass-roots organisation (first item only)",
            ),
            items=(
                ChecklistItem(
                    code="institutions",
                    title=Message(zh="机构稳定、人员到位", en="Stable, staffed institutions"),
                    points=Decimal(25),
                    elements=(
                        _element(
                            "medical_deputy_director",
                            "县局有医学专业副局长",
                            "a medically trained deputy director at the county bureau",
                            "2",
                        ),
                    ),
                ),
            ),
        ),
    ),
    grades=(
        GradeBand(grade=Grade.EXCELLENT, min_score=Decimal(135)),
        GradeBand(grade=Grade.GOOD, min_score=Decimal(120)),
        GradeBand(grade=Grade.PASS, min_score=Decimal(90)),
    ),
    grades_citation=ILLUSTRATIVE_ASSESSMENT,
    citation=GUOYOU_ONSITE_4TH,
    note="Table 1 in full as retrieved; table 2 only its first item. Deductions beyond those "
    "listed were not retrieved. Grade bands (90/80/60 % of 150) are illustrative.",
)
"""The 国优 on-site sheet (tables 1–2, as far as retrieved)."""

GUOYOU_ONSITE_GOODS: Final = (
    ("new_mechanism", (_S.LEADERSHIP, _S.DEMOCRATIC_MANAGEMENT)),
    ("incentive_policies", (_S.POLICY_GUIDANCE,)),
    ("leadership", (_S.LEADERSHIP,)),
    ("departments", (_S.LEADERSHIP,)),
    ("satisfaction_rate", (_S.SERVICE_QUALITY,)),
    ("institutions", (_S.STAFF_CONDUCT,)),
)
"""Which good each on-site item supports (fpcore's assignment)."""


def check_national_advanced_unit(
    reports: Mapping[int, Mapping[str, Result]],
    *,
    subject: str = "",
    onsite: ScoreCard | None = None,
) -> AdvancedUnitCheck:
    """Check three years of a county's indicator reports against the 国优 objective table.

    Args:
        reports: Indicator values by year, then by criterion code (see ``GUOYOU_CRITERIA``).
        subject: The county.
        onsite: The county's card on ``GUOYOU_ONSITE``, shown good by good.

    Raises:
        InvalidInputError: If the reports do not cover three consecutive years or a value is
            missing or of the wrong type.

    References:
        The 国优 objective indicator table (batch unknown); on-site sheet of the 4th batch.

    >>> from decimal import Decimal as D
    >>> year = {c.code: D(100) for c in GUOYOU_CRITERIA}
    >>> year.update(sex_ratio_at_birth=D(108), complication_rate=D("0.5"),
    ...             informed_consent_all_surgery=True, advanced_service_station=True,
    ...             technical_accident=False, male_user_share=D(25))
    >>> check = check_national_advanced_unit({2007: year, 2008: year, 2009: year})
    >>> check.held, check.results[7].margin
    (True, Decimal('2.00'))
    """
    return check_advanced_unit(
        reports,
        criteria=GUOYOU_CRITERIA,
        years=GUOYOU_YEARS,
        subject=subject,
        onsite=onsite,
        onsite_goods=GUOYOU_ONSITE_GOODS,
    )
