"""Jiangxi Province parameter table (江西省, 360000).

Values from 江西省人口与计划生育条例 (texts of 2002, 2009, 2014, 2016, 2021) and provincial
measures. A value no retrieved source gives is ``illustrative`` and says so.
"""

from __future__ import annotations

from typing import Final

from fpcore.params._model import Entry

__all__ = ["TABLE"]

TABLE: Final[tuple[Entry, ...]] = ()
"""Jiangxi entries of the built-in book."""
