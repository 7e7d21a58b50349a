"""The definitions of every parameter key: kind, Chinese and English names, unit.

Values live in the per-jurisdiction tables (:mod:`fpcore.params.national`,
:mod:`fpcore.params.jiangxi`, :mod:`fpcore.params.dingnan`).
"""

from __future__ import annotations

from typing import Final

from fpcore.params._model import Parameter, ValueKind

__all__ = ["PARAMETERS"]

_YUAN_PERSON_YEAR: Final = "yuan/person/year"
_MALES_PER_100_FEMALES: Final = "males per 100 females"

PARAMETERS: Final[tuple[Parameter, ...]] = (
    Parameter(
        key="reward_assistance.amount",
        kind=ValueKind.AMOUNT,
        title_zh="农村部分计划生育家庭奖励扶助金标准",
        title_en="Rural reward-and-assistance amount",
        unit=_YUAN_PERSON_YEAR,
    ),
    Parameter(
        key="childcare_subsidy.amount",
        kind=ValueKind.AMOUNT,
        title_zh="育儿补贴标准",
        title_en="Childcare subsidy amount",
        unit="yuan/child/year",
    ),
    Parameter(
        key="births.permitted_children",
        kind=ValueKind.COUNT,
        title_zh="已婚夫妻无需特定条件可生育的子女数（胎次）",
        title_en="Births a married couple may have without a ground",
        unit="births",
    ),
    Parameter(
        key="births.grounds_birth_order",
        kind=ValueKind.COUNT,
        title_zh="凭再生育条件可获批准的孩次",
        title_en="Birth order a recorded ground can permit",
        unit="birth order",
    ),
    Parameter(
        key="births.second_birth.permit_required",
        kind=ValueKind.FLAG,
        title_zh="再生育须持再生一胎生育证",
        title_en="A second birth on a ground needs a permit",
        unit="",
    ),
    Parameter(
        key="births.second_birth.one_only_child_ground",
        kind=ValueKind.FLAG,
        title_zh="一方为独生子女可再生育一胎（单独二孩）",
        title_en="One spouse an only child is a ground (2014)",
        unit="",
    ),
    Parameter(
        key="births.spacing.required",
        kind=ValueKind.FLAG,
        title_zh="再生育须符合生育间隔规定",
        title_en="A second birth must respect the spacing rule",
        unit="",
    ),
    Parameter(
        key="births.spacing.min_mother_age",
        kind=ValueKind.AGE,
        title_zh="再生育时女方最低年龄",
        title_en="Woman's minimum age at a second birth",
        unit="years",
    ),
    Parameter(
        key="births.spacing.min_interval_years",
        kind=ValueKind.COUNT,
        title_zh="两胎最短间隔",
        title_en="Minimum interval between births",
        unit="years",
    ),
    Parameter(
        key="births.spacing.reduced_interval_over_age",
        kind=ValueKind.AGE,
        title_zh="女方超过此年龄可缩短间隔",
        title_en="Woman's age above which the shorter interval applies",
        unit="years",
    ),
    Parameter(
        key="births.spacing.reduced_interval_years",
        kind=ValueKind.COUNT,
        title_zh="缩短后的最短间隔",
        title_en="Shorter minimum interval",
        unit="years",
    ),
    Parameter(
        key="births.marriage_age.male",
        kind=ValueKind.AGE,
        title_zh="男方法定婚龄",
        title_en="Legal marriage age, man",
        unit="years",
    ),
    Parameter(
        key="births.marriage_age.female",
        kind=ValueKind.AGE,
        title_zh="女方法定婚龄",
        title_en="Legal marriage age, woman",
        unit="years",
    ),
    Parameter(
        key="social_maintenance_fee.in_force",
        kind=ValueKind.FLAG,
        title_zh="征收社会抚养费",
        title_en="The social maintenance fee is levied",
        unit="",
    ),
    Parameter(
        key="social_maintenance_fee.multiple.married_couple",
        kind=ValueKind.NUMBER,
        title_zh="已婚夫妻政策外生育的征收倍数（每方）",
        title_en="Multiple of the base for a married couple's out-of-policy birth (each spouse)",
        unit="× base",
    ),
    Parameter(
        key="social_maintenance_fee.share.underage_unmarried_first",
        kind=ValueKind.NUMBER,
        title_zh="未达法定婚龄未婚生育第一个子女的减征比例",
        title_en="Share of the married-couple rate for an under-age unmarried first child",
        unit="× rate",
    ),
    Parameter(
        key="social_maintenance_fee.multiple.extramarital_first",
        kind=ValueKind.NUMBER,
        title_zh="与配偶以外的人生育第一个子女的征收倍数",
        title_en="Multiple of the base for a first child with someone other than the spouse",
        unit="× base",
    ),
    Parameter(
        key="social_maintenance_fee.multiple.extramarital_second",
        kind=ValueKind.NUMBER,
        title_zh="与配偶以外的人生育第二个子女的征收倍数",
        title_en="Multiple of the base for a second child with someone other than the spouse",
        unit="× base",
    ),
    Parameter(
        key="leave.marriage.base_days",
        kind=ValueKind.COUNT,
        title_zh="婚假（国家规定）",
        title_en="Marriage leave, national base",
        unit="days",
    ),
    Parameter(
        key="leave.marriage.extra_days",
        kind=ValueKind.COUNT,
        title_zh="依法登记结婚增加的婚假",
        title_en="Extra marriage leave for a lawful marriage",
        unit="days",
    ),
    Parameter(
        key="leave.late_marriage.min_age_male",
        kind=ValueKind.AGE,
        title_zh="晚婚年龄（男）",
        title_en="Late-marriage age, man",
        unit="years",
    ),
    Parameter(
        key="leave.late_marriage.min_age_female",
        kind=ValueKind.AGE,
        title_zh="晚婚年龄（女）",
        title_en="Late-marriage age, woman",
        unit="years",
    ),
    Parameter(
        key="leave.late_marriage.extra_days",
        kind=ValueKind.COUNT,
        title_zh="晚婚增加的婚假",
        title_en="Extra marriage leave for a late marriage",
        unit="days",
    ),
    Parameter(
        key="leave.late_childbearing.min_age",
        kind=ValueKind.AGE,
        title_zh="晚育年龄（已婚妇女生育第一个子女）",
        title_en="Late-childbearing age (a married woman's first child)",
        unit="years",
    ),
    Parameter(
        key="leave.late_childbearing.extra_maternity_days",
        kind=ValueKind.COUNT,
        title_zh="晚育增加的产假",
        title_en="Extra maternity leave for late childbearing",
        unit="days",
    ),
    Parameter(
        key="leave.late_childbearing.paternity_days",
        kind=ValueKind.COUNT,
        title_zh="晚育男方护理假",
        title_en="Husband's nursing leave for late childbearing",
        unit="days",
    ),
    Parameter(
        key="leave.maternity.base_days",
        kind=ValueKind.COUNT,
        title_zh="产假（国家规定）",
        title_en="Maternity leave, national base",
        unit="days",
    ),
    Parameter(
        key="leave.maternity.dystocia_extra_days",
        kind=ValueKind.COUNT,
        title_zh="难产增加的产假",
        title_en="Extra maternity leave for dystocia",
        unit="days",
    ),
    Parameter(
        key="leave.maternity.extra_baby_days",
        kind=ValueKind.COUNT,
        title_zh="多胞胎每多生育一个婴儿增加的产假",
        title_en="Extra maternity leave per extra baby of a multiple birth",
        unit="days",
    ),
    Parameter(
        key="leave.maternity.policy_extra_days",
        kind=ValueKind.COUNT,
        title_zh="符合政策生育增加的产假",
        title_en="Extra maternity leave for a birth within policy",
        unit="days",
    ),
    Parameter(
        key="leave.paternity.days",
        kind=ValueKind.COUNT,
        title_zh="男方护理假（陪产假）",
        title_en="Paternity leave",
        unit="days",
    ),
    Parameter(
        key="leave.parental.days_per_year",
        kind=ValueKind.COUNT,
        title_zh="育儿假（每方每年）",
        title_en="Parental leave per parent per year",
        unit="days/year",
    ),
    Parameter(
        key="leave.parental.until_age",
        kind=ValueKind.AGE,
        title_zh="育儿假享受至子女年龄",
        title_en="Parental leave until the child reaches",
        unit="years",
    ),
    # -- indicators ------------------------------------------------------------------------
    Parameter(
        key="indicators.sex_ratio_at_birth.normal_min",
        kind=ValueKind.NUMBER,
        title_zh="出生人口性别比正常范围下限",
        title_en="Sex ratio at birth: lower end of the normal range",
        unit=_MALES_PER_100_FEMALES,
    ),
    Parameter(
        key="indicators.sex_ratio_at_birth.normal_max",
        kind=ValueKind.NUMBER,
        title_zh="出生人口性别比正常范围上限",
        title_en="Sex ratio at birth: upper end of the normal range",
        unit=_MALES_PER_100_FEMALES,
    ),
    Parameter(
        key="indicators.higher_order_birth.min_order",
        kind=ValueKind.COUNT,
        title_zh="多孩（计入多孩率的最低孩次）",
        title_en="Lowest birth order counted as a higher-order birth",
        unit="birth order",
    ),
    Parameter(
        key="indicators.late_marriage.min_age_male",
        kind=ValueKind.AGE,
        title_zh="晚婚年龄（男）",
        title_en="Late marriage: minimum age of a man at first marriage",
        unit="full years",
    ),
    Parameter(
        key="indicators.late_marriage.min_age_female",
        kind=ValueKind.AGE,
        title_zh="晚婚年龄（女）",
        title_en="Late marriage: minimum age of a woman at first marriage",
        unit="full years",
    ),
    Parameter(
        key="indicators.late_childbearing.min_age",
        kind=ValueKind.AGE,
        title_zh="晚育年龄",
        title_en="Late childbearing: minimum age of a married woman at her first birth",
        unit="full years",
    ),
)
"""Every parameter fpcore's rules read."""
