"""Hypothesis strategies for fpcore's models (install the ``testing`` extra).

Importing this package also registers :func:`persons`, :func:`children`, :func:`families`,
:func:`jurisdictions`, :func:`citations` and :func:`policy_books` with Hypothesis for their
types, so ``st.from_type(Family)`` (and ``st.builds`` of a class with a ``Family`` field)
generates valid families.

Every strategy generates only valid objects, covers the whole valid domain by default, shrinks
toward simple values, and raises :class:`hypothesis.errors.InvalidArgument` for bad arguments.

>>> from decimal import Decimal
>>> from hypothesis import given
>>> @given(money_amounts(max_value=Decimal("100")))
... def test_small(amount):
...     assert Decimal("0") <= amount <= Decimal("100")
>>> test_small()
>>> from hypothesis import strategies as st
>>> from fpcore import Family
>>> @given(st.from_type(Family))
... def test_any_family(family):
...     assert family.mother is not None or family.father is not None
>>> test_any_family()
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "fpcore.strategies needs Hypothesis: install the 'testing' extra "
        '(pip install "fpcore[testing]")'
    ) from exc

from hypothesis import strategies as _st

from fpcore.family import Child as _Child
from fpcore.family import Family as _Family
from fpcore.family import Person as _Person
from fpcore.jurisdictions import Jurisdiction as _Jurisdiction
from fpcore.params import Citation as _Citation
from fpcore.params import PolicyBook as _PolicyBook
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

_st.register_type_strategy(_Person, persons())
_st.register_type_strategy(_Child, children())
_st.register_type_strategy(_Family, families())
_st.register_type_strategy(_Jurisdiction, jurisdictions())
_st.register_type_strategy(_Citation, citations())
_st.register_type_strategy(_PolicyBook, policy_books())

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
