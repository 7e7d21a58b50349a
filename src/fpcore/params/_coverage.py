"""What the book covers, as data: one row per dated record, with its source and horizon."""

from __future__ import annotations

from datetime import date
from typing import final

import attrs

from fpcore.errors import InvalidInputError
from fpcore.jurisdictions import Jurisdiction
from fpcore.params._book import PolicyBook
from fpcore.params._model import Confidence, Value

__all__ = ["CoverageRow", "coverage"]


@final
@attrs.frozen(kw_only=True)
class CoverageRow:
    """One dated record of the book, with its source and how far its sources were checked.

    Attributes:
        key: The parameter key.
        jurisdiction: The level that holds the record.
        start: First day in force.
        end: First day of the next record at this level (``None``: none later).
        value: The value (``None``: the record closes the level).
        unit: The parameter's unit.
        instrument: The cited instrument's title.
        document_number: Its document number, if any.
        article: The article or clause, if given.
        confidence: How far the source backs the value.
        verified_through: The date through which this history's sources were checked
            (``None``: not recorded).
    """

    key: str
    jurisdiction: Jurisdiction
    start: date
    end: date | None
    value: Value | None
    unit: str
    instrument: str
    document_number: str | None
    article: str | None
    confidence: Confidence
    verified_through: date | None


def coverage(book: PolicyBook) -> tuple[CoverageRow, ...]:
    """Every dated record of ``book``: value, instrument, article, confidence and horizon.

    Rows come by key, then jurisdiction (national first), then start date.

    Raises:
        InvalidInputError: If ``book`` is not a PolicyBook.

    >>> from fpcore import default_book
    >>> row = next(r for r in coverage(default_book()) if r.key == "reward_assistance.amount")
    >>> row.jurisdiction.code, row.start.isoformat(), str(row.value), row.document_number
    ('000000', '2004-01-01', '600.00', '国办发〔2004〕21号')
    """
    if not isinstance(book, PolicyBook):
        raise InvalidInputError("book", book, "must be a PolicyBook")
    rows: list[CoverageRow] = []
    for parameter in book.parameters:
        for entry in book.table(parameter.key).entries:
            records = entry.history.values
            for index, record in enumerate(records):
                citation = record.citation
                rows.append(
                    CoverageRow(
                        key=parameter.key,
                        jurisdiction=entry.jurisdiction,
                        start=record.start,
                        end=records[index + 1].start if index + 1 < len(records) else None,
                        value=record.value,
                        unit=parameter.unit,
                        instrument=citation.title,
                        document_number=citation.document_number,
                        article=citation.article,
                        confidence=citation.confidence,
                        verified_through=entry.history.verified_through,
                    )
                )
    return tuple(rows)
