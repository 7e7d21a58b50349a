"""National parameter table (全国): State Council and ministry standards.

References:
    - 国办发〔2004〕21号 (reward-and-assistance scheme, 600 yuan/person/year floor).
    - 2009 raise to 720 yuan/person/year (China.org.cn report, 2008-10-21).
    - 财教〔2011〕623号, 2011-12-14 (reward-and-assistance 960 yuan/person/year from 2012-01-01).
    - 育儿补贴制度实施方案, 2025-07-28 (3,600 yuan/child/year from 2025-01-01).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Final

from fpcore.jurisdictions import NATIONAL
from fpcore.params._model import DatedValue, Entry, ParameterHistory
from fpcore.params.sources import (
    CAIJIAO_2011_623,
    CHILDCARE_SUBSIDY_PLAN_2025,
    GUOBAN_2004_21,
    REWARD_ASSISTANCE_RAISE_2009,
)

__all__ = ["TABLE"]

TABLE: Final[tuple[Entry, ...]] = (
    Entry(
        key="reward_assistance.amount",
        jurisdiction=NATIONAL,
        history=ParameterHistory(
            values=(
                DatedValue(
                    start=date(2004, 1, 1), value=Decimal("600.00"), citation=GUOBAN_2004_21
                ),
                DatedValue(
                    start=date(2009, 1, 1),
                    value=Decimal("720.00"),
                    citation=REWARD_ASSISTANCE_RAISE_2009,
                ),
                DatedValue(
                    start=date(2012, 1, 1), value=Decimal("960.00"), citation=CAIJIAO_2011_623
                ),
            )
        ),
    ),
    Entry(
        key="childcare_subsidy.amount",
        jurisdiction=NATIONAL,
        history=ParameterHistory(
            values=(
                DatedValue(
                    start=date(2025, 1, 1),
                    value=Decimal("3600.00"),
                    citation=CHILDCARE_SUBSIDY_PLAN_2025,
                ),
            )
        ),
    ),
)
"""National entries of the built-in book."""
