"""The definitions of every parameter key: kind, Chinese and English names, unit.

Values live in the per-jurisdiction tables (:mod:`fpcore.params.national`,
:mod:`fpcore.params.jiangxi`, :mod:`fpcore.params.dingnan`).
"""

from __future__ import annotations

from typing import Final

from fpcore.params._model import Parameter, ValueKind

__all__ = ["PARAMETERS"]

_YUAN_PERSON_YEAR: Final = "yuan/person/year"

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
)
"""Every parameter fpcore's rules read."""
