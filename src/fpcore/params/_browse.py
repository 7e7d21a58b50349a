"""Browsing a policy book: rows for display, a short summary, small HTML tables."""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Final, final

import attrs

from fpcore._validate import a_date, instances, is_a, optional, text
from fpcore.errors import InvalidInputError
from fpcore.jurisdictions import Jurisdiction
from fpcore.params._model import AgeBands, Confidence, Value

__all__ = ["BookRow", "BookTable"]

_HTML_ROWS: Final = 60
"""How many rows a :class:`BookTable` shows in a notebook; the rest are counted."""


def _shown_value(value: Value | None) -> str:
    return "closed" if value is None else str(value)


_VALUE_KINDS: Final = (Decimal, int, date, str, AgeBands)
_INT_BITS: Final = 128
"""The widest int a row shows (far beyond any age, count or year a book holds)."""


def _a_value(instance: object, attribute: attrs.Attribute[Value | None], value: object) -> None:
    # a Value (bool is an int) or None for a closed level; dates as check_date accepts them;
    # an int small enough to print (the row is shown as text)
    if value is None or (
        isinstance(value, _VALUE_KINDS)
        and not isinstance(value, datetime)
        and not (isinstance(value, int) and value.bit_length() > _INT_BITS)
    ):
        return
    raise InvalidInputError(attribute.name, value, "must be a parameter value or None")


def _rows(values: Iterable[BookRow]) -> tuple[BookRow, ...]:
    return instances(values, BookRow, "rows")


@final
@attrs.frozen(kw_only=True)
class BookRow:
    """One dated value of a policy book, as a table row.

    Attributes:
        key: The parameter key.
        title_en: The parameter's English name.
        title_zh: The parameter's Chinese name.
        unit: Its unit (``""`` when it has none).
        jurisdiction: The level that holds the value.
        start: First day in force.
        until: First day no longer in force (``None``: no later change known).
        value: The value, or ``None`` where the level is closed.
        confidence: How far the source backs it (``reform`` for a what-if).
        source: The citation, rendered in Chinese.
    """

    key: str = attrs.field(validator=text)
    title_en: str = attrs.field(validator=is_a(str))
    title_zh: str = attrs.field(validator=is_a(str))
    unit: str = attrs.field(validator=is_a(str))
    jurisdiction: Jurisdiction = attrs.field(validator=is_a(Jurisdiction))
    start: date = attrs.field(validator=a_date)
    until: date | None = attrs.field(validator=optional(a_date))
    value: Value | None = attrs.field(validator=_a_value)
    confidence: Confidence = attrs.field(validator=is_a(Confidence))
    source: str = attrs.field(validator=is_a(str))

    def as_dict(self) -> dict[str, object]:
        """The row as a flat mapping (the jurisdiction by its code), e.g. for a DataFrame.

        >>> from fpcore import DINGNAN, default_book
        >>> row = default_book().table(prefix="reward_assistance.amount").rows[0]
        >>> row.as_dict()["jurisdiction"], row.as_dict()["start"]
        ('000000', datetime.date(2004, 1, 1))
        """
        return {
            "key": self.key,
            "title_en": self.title_en,
            "title_zh": self.title_zh,
            "unit": self.unit,
            "jurisdiction": self.jurisdiction.code,
            "start": self.start,
            "until": self.until,
            "value": self.value,
            "confidence": self.confidence.value,
            "source": self.source,
        }


@final
@attrs.frozen(kw_only=True)
class BookTable:
    """Rows of a policy book for display: what :meth:`PolicyBook.table` returns without a key.

    Iterating gives :class:`BookRow` values; :meth:`records` gives flat mappings, ready for
    ``pandas.DataFrame(table.records())``; a notebook shows the first rows as HTML.

    Attributes:
        rows: The rows, by key, then level (national first), then start.
        resolved_for: The jurisdiction the rows were resolved for (each row is then what applies
            there, from the level that supplies it), or ``None`` for every record of every level.
    """

    rows: tuple[BookRow, ...] = attrs.field(converter=_rows)
    resolved_for: Jurisdiction | None = attrs.field(
        default=None, validator=optional(is_a(Jurisdiction))
    )

    def __iter__(self) -> Iterator[BookRow]:
        """Iterate over the rows."""
        return iter(self.rows)

    def __len__(self) -> int:
        """The number of rows."""
        return len(self.rows)

    def __repr__(self) -> str:
        """A one-line summary: how many rows and keys, and for which jurisdiction."""
        keys = len({row.key for row in self.rows})
        where = "" if self.resolved_for is None else f" in force in {self.resolved_for.code}"
        return f"<BookTable: {len(self.rows)} rows of {keys} keys{where}>"

    def records(self) -> tuple[dict[str, object], ...]:
        """Every row as a flat mapping (see :meth:`BookRow.as_dict`)."""
        return tuple(row.as_dict() for row in self.rows)

    def _repr_html_(self) -> str:
        """An escaped HTML table of the first rows; the rest are counted below it."""
        body = "".join(
            "<tr>"
            f"<td><code>{html.escape(row.key)}</code></td>"
            f"<td>{html.escape(row.jurisdiction.code)} {html.escape(row.jurisdiction.name_en)}</td>"
            f"<td>{row.start.isoformat()}</td>"
            f"<td>{row.until.isoformat() if row.until else '—'}</td>"
            f"<td>{html.escape(_shown_value(row.value))}</td>"
            f"<td>{html.escape(row.unit)}</td>"
            f"<td>{row.confidence.value}</td>"
            "</tr>"
            for row in self.rows[:_HTML_ROWS]
        )
        more = len(self.rows) - _HTML_ROWS
        tail = f"<p>… and {more:,} more rows</p>" if more > 0 else ""
        return (
            '<div class="fpcore-book-table"><table><thead><tr><th>Key</th><th>Jurisdiction</th>'
            "<th>From</th><th>Until</th><th>Value</th><th>Unit</th><th>Confidence</th></tr>"
            f"</thead><tbody>{body}</tbody></table>{tail}</div>"
        )
