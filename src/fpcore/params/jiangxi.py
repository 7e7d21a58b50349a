"""Jiangxi Province parameter table (江西省, 360000).

Values from 江西省人口与计划生育条例 (texts of 2002, 2009, 2014, 2016, 2021) and provincial
measures. A value no retrieved source gives is ``illustrative`` and says so.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from fpcore.jurisdictions import JIANGXI
from fpcore.params._model import DatedValue, Entry, ParameterHistory
from fpcore.params.sources import JIANGXI_REGULATION_2009_LATE_MARRIAGE

__all__ = ["TABLE"]


def _from_2009_text(key: str, value: int) -> Entry:
    return Entry(
        key=key,
        jurisdiction=JIANGXI,
        history=ParameterHistory(
            values=(
                DatedValue(
                    start=date(2009, 5, 1),
                    value=value,
                    citation=JIANGXI_REGULATION_2009_LATE_MARRIAGE,
                ),
            )
        ),
    )


TABLE: Final[tuple[Entry, ...]] = (
    # -- indicators: the 2009 text's late-marriage and late-childbearing ages ---------------
    _from_2009_text("indicators.late_marriage.min_age_male", 25),
    _from_2009_text("indicators.late_marriage.min_age_female", 23),
    _from_2009_text("indicators.late_childbearing.min_age", 24),
)
"""Jiangxi entries of the built-in book."""
