"""Hypothesis strategies for fpcore's models (install the ``testing`` extra).

Every strategy generates only valid objects, covers the whole valid domain by default, shrinks
toward simple values, and raises :class:`hypothesis.errors.InvalidArgument` for bad arguments.

>>> from decimal import Decimal
>>> from hypothesis import given
>>> @given(money_amounts(max_value=Decimal("100")))
... def test_small(amount):
...     assert Decimal("0") <= amount <= Decimal("100")
>>> test_small()
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "fpcore.strategies needs Hypothesis: install the 'testing' extra "
        '(pip install "fpcore[testing]")'
    ) from exc

from fpcore.strategies._assessment import sheet_results
from fpcore.strategies._families import children, families, persons
from fpcore.strategies._indicators import birth_records, registers
from fpcore.strategies._values import (
    citations,
    dates,
    jurisdictions,
    money_amounts,
    parameter_histories,
    policy_books,
)

__all__ = [
    "birth_records",
    "children",
    "citations",
    "dates",
    "families",
    "jurisdictions",
    "money_amounts",
    "parameter_histories",
    "persons",
    "policy_books",
    "registers",
    "sheet_results",
]
