"""Dingnan County parameter table (定南县, 360728).

The seed report names the county's rules but none of their amounts survives; values here are
``illustrative`` unless a source is cited.

References:
    定南县创建国家级计划生育优质服务先进单位经验介绍 (Dingnan County Government, c. 2010):
    "2007—2009年为0-6周岁已领取独生子女光荣证…" — the family-planning insurance window and age band.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Final

from fpcore.jurisdictions import DINGNAN
from fpcore.params._model import DatedValue, Entry, ParameterHistory, checked_through
from fpcore.params.sources import (
    AUDITED_THROUGH,
    DEXING_INSURANCE_EXAMPLE,
    DINGNAN_REPORT_2010,
)

__all__ = ["INCENTIVES", "TABLE"]

TABLE: Final[tuple[Entry, ...]] = ()
"""Dingnan entries of the built-in book (birth policy: none of the county's own)."""

_COVER_FROM: Final = date(2007, 1, 1)
_COVER_UNTIL: Final = date(2010, 1, 1)

INCENTIVES: Final[tuple[Entry, ...]] = checked_through(
    AUDITED_THROUGH,
    (
        Entry(
            key="family_planning_insurance.premium",
            jurisdiction=DINGNAN,
            history=ParameterHistory(
                values=(
                    DatedValue(
                        start=_COVER_FROM, value=Decimal("30.00"), citation=DEXING_INSURANCE_EXAMPLE
                    ),
                    DatedValue(start=_COVER_UNTIL, value=None, citation=DINGNAN_REPORT_2010),
                )
            ),
        ),
        Entry(
            key="family_planning_insurance.max_child_age",
            jurisdiction=DINGNAN,
            history=ParameterHistory(
                values=(DatedValue(start=_COVER_FROM, value=6, citation=DINGNAN_REPORT_2010),)
            ),
        ),
    ),
)
"""Dingnan entries of the incentive programmes: the 2007–2009 family-planning insurance.

The window (2007–2009) and the age band (0–6) are the seed report's words; the premium is a
stand-in after the Dexing scheme (illustrative).
"""
