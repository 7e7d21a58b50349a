"""Dingnan County parameter table (定南县, 360728).

The seed report names the county's rules but none of their amounts survives; values here are
``illustrative`` unless a source is cited.
"""

from __future__ import annotations

from typing import Final

from fpcore.params._model import Entry

__all__ = ["TABLE"]

TABLE: Final[tuple[Entry, ...]] = ()
"""Dingnan entries of the built-in book."""
