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
