"""Browsing a policy book: rows for display, a short summary, small HTML tables."""

from __future__ import annotations

import html
from collections.abc import Iterator
from datetime import date
from typing import Final, final

import attrs

from fpcore.jurisdictions import Jurisdiction
from fpcore.params._model import Confidence, Value

__all__ = ["BookRow", "BookTable"]

_HTML_ROWS: Final = 60
"""How many rows a :class:`BookTable` shows in a notebook; the rest are counted."""


def _shown_value(value: Value | None) -> str:
    return "closed" if value is None else str(value)


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

    key: str
    title_en: str
    title_zh: str
    unit: str
    jurisdiction: Jurisdiction
    start: date
    until: date | None
    value: Value | None
    confidence: Confidence
    source: str

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

    rows: tuple[BookRow, ...]
    resolved_for: Jurisdiction | None = None

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
