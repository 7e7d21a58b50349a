"""The policy kernel: citations, dated parameter histories and the policy book.

>>> from datetime import date
>>> from fpcore import DINGNAN
>>> r = default_book().resolve("reward_assistance.amount", on=date(2012, 3, 1), jurisdiction=DINGNAN)
>>> r.value, r.jurisdiction.code, r.citation.document_number
(Decimal('960.00'), '000000', '财教〔2011〕623号')
"""

from __future__ import annotations

import threading

from fpcore.params import catalogue, dingnan, jiangxi, national
from fpcore.params._book import ParameterTable, PolicyBook, Resolution
from fpcore.params._browse import BookRow, BookTable
from fpcore.params._coverage import CoverageRow, coverage
from fpcore.params._model import (
    AgeBand,
    AgeBands,
    Citation,
    Confidence,
    DatedValue,
    Entry,
    Parameter,
    ParameterHistory,
    Value,
    ValueKind,
)

__all__ = [
    "AgeBand",
    "AgeBands",
    "BookRow",
    "BookTable",
    "Citation",
    "Confidence",
    "CoverageRow",
    "DatedValue",
    "Entry",
    "Parameter",
    "ParameterHistory",
    "ParameterTable",
    "PolicyBook",
    "Resolution",
    "Value",
    "ValueKind",
    "coverage",
    "default_book",
]


_DEFAULT: list[PolicyBook] = []
_DEFAULT_LOCK = threading.Lock()


def default_book() -> PolicyBook:
    """The built-in policy book: national, Jiangxi and Dingnan tables.

    The book is immutable, so the same instance is returned on every call, also when several
    threads ask for it first at once; build reforms with :meth:`PolicyBook.override`.

    >>> default_book() is default_book()
    True
    """
    if _DEFAULT:
        return _DEFAULT[0]
    with _DEFAULT_LOCK:
        if not _DEFAULT:
            _DEFAULT.append(_build_default())
    return _DEFAULT[0]


def _build_default() -> PolicyBook:
    return PolicyBook(
        parameters=catalogue.PARAMETERS,
        entries=(
            *national.TABLE,
            *jiangxi.TABLE,
            *dingnan.TABLE,
            *national.INCENTIVES,
            *jiangxi.INCENTIVES,
            *dingnan.INCENTIVES,
        ),
    )
