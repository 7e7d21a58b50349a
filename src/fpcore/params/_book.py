"""The policy book: dated, cited parameters resolved through the jurisdiction chain."""

from __future__ import annotations

import bisect
import datetime as _dt
import html
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, timedelta
from decimal import Decimal
from typing import Final, TypeVar, final, overload

import attrs

from fpcore._validate import instances, is_a
from fpcore.dates import check_date
from fpcore.errors import (
    MAX_PROBLEMS,
    InvalidInputError,
    NoValueForDateError,
    ParameterTypeError,
    UnknownParameterError,
)
from fpcore.jurisdictions import NATIONAL, Jurisdiction
from fpcore.params._browse import BookRow, BookTable
from fpcore.params._model import (
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

__all__ = ["ParameterTable", "PolicyBook", "Resolution"]

_DERIVED = 4096
"""How many :meth:`PolicyBook.derive` answers a book keeps before it starts afresh."""
_TIMELINES = 4096
"""How many (key, jurisdiction) timelines a book keeps before it starts afresh."""

_T = TypeVar("_T")
_ONE_DAY: Final = timedelta(days=1)
_WINDOW_FIELDS: Final = frozenset({"from", "until", "value"})


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class Resolution:
    """A parameter value together with where it came from (its provenance).

    Attributes:
        parameter: The parameter's definition (key, kind, names, unit).
        value: The value in force.
        jurisdiction: The level that supplied the value (the most specific one with a value).
        requested: The jurisdiction the rule asked about.
        record: The dated record that holds the value, with its citation.
        valid_from: First day this resolution holds for ``requested``.
        valid_until: First day it no longer holds (``None``: no later change known).
        verified_through: The earliest date through which the sources of ``key`` were checked
            complete, over the levels of the chain that hold a history of it (``None``: no
            level records one). A rule asked about a later date presumes the value still
            applies, and its result says so (``unverified_after``).
    """

    parameter: Parameter = attrs.field(repr=lambda p: repr(p.key))
    value: Value
    jurisdiction: Jurisdiction = attrs.field(repr=lambda j: repr(j.code))
    requested: Jurisdiction = attrs.field(repr=lambda j: repr(j.code))
    record: DatedValue = attrs.field(repr=False)
    valid_from: date
    valid_until: date | None
    verified_through: date | None = None

    @property
    def key(self) -> str:
        """The parameter key."""
        return self.parameter.key

    @property
    def citation(self) -> Citation:
        """The citation of the record that supplied the value."""
        return self.record.citation

    @property
    def is_illustrative(self) -> bool:
        """Whether the value has no source (confidence ``ILLUSTRATIVE``)."""
        return self.record.citation.is_illustrative

    def as_decimal(self) -> Decimal:
        """The value as a ``Decimal`` (amounts, rates, multiples)."""
        if isinstance(self.value, Decimal):
            return self.value
        raise ParameterTypeError(f"{self.key} holds {self.value!r}, not a Decimal")

    def as_int(self) -> int:
        """The value as an ``int`` (ages, counts, days)."""
        if isinstance(self.value, int) and not isinstance(self.value, bool):
            return self.value
        raise ParameterTypeError(f"{self.key} holds {self.value!r}, not an int")

    def as_date(self) -> date:
        """The value as a ``date``."""
        if isinstance(self.value, date):
            return self.value
        raise ParameterTypeError(f"{self.key} holds {self.value!r}, not a date")

    def as_bool(self) -> bool:
        """The value as a ``bool``."""
        if isinstance(self.value, bool):
            return self.value
        raise ParameterTypeError(f"{self.key} holds {self.value!r}, not a bool")

    def as_bands(self) -> AgeBands:
        """The value as :class:`~fpcore.params.AgeBands` (amounts banded by age)."""
        if isinstance(self.value, AgeBands):
            return self.value
        raise ParameterTypeError(f"{self.key} holds {self.value!r}, not AgeBands")

    def as_text(self) -> str:
        """The value as a ``str``."""
        if isinstance(self.value, str):
            return self.value
        raise ParameterTypeError(f"{self.key} holds {self.value!r}, not a str")


def _table_entries(values: Iterable[Entry]) -> tuple[Entry, ...]:
    return instances(values, Entry, "entries")


@final
@attrs.frozen(kw_only=True)
class ParameterTable:
    """One parameter across jurisdictions and dates: what a notebook or a docs page shows.

    Attributes:
        parameter: The definition.
        entries: Its histories, national level first.
    """

    parameter: Parameter = attrs.field(validator=is_a(Parameter))
    entries: tuple[Entry, ...] = attrs.field(converter=_table_entries)

    def rows(self) -> tuple[tuple[Jurisdiction, DatedValue, date | None], ...]:
        """``(jurisdiction, record, end)`` per dated record; ``end`` is the next start or ``None``."""
        rows: list[tuple[Jurisdiction, DatedValue, date | None]] = []
        for entry in self.entries:
            values = entry.history.values
            for index, record in enumerate(values):
                end = values[index + 1].start if index + 1 < len(values) else None
                rows.append((entry.jurisdiction, record, end))
        return tuple(rows)

    def _repr_html_(self) -> str:
        """An escaped HTML table: level, dates, value, source, confidence."""
        body = "".join(
            "<tr>"
            f"<td>{html.escape(j.name_zh)} / {html.escape(j.name_en)}</td>"
            f"<td>{record.start.isoformat()}</td>"
            f"<td>{end.isoformat() if end else '—'}</td>"
            f"<td>{'closed' if record.value is None else html.escape(str(record.value))}</td>"
            f"<td><small>{html.escape(record.citation.render('zh'))}</small></td>"
            f"<td>{record.citation.confidence.value}</td>"
            "</tr>"
            for j, record, end in self.rows()
        )
        unit = f" ({html.escape(self.parameter.unit)})" if self.parameter.unit else ""
        return (
            f'<div class="fpcore-parameter"><p><code>{html.escape(self.parameter.key)}</code> '
            f"{html.escape(self.parameter.title_zh)} — {html.escape(self.parameter.title_en)}{unit}</p>"
            "<table><thead><tr><th>Jurisdiction</th><th>From</th><th>Until</th><th>Value</th>"
            "<th>Source</th><th>Confidence</th></tr></thead>"
            f"<tbody>{body}</tbody></table></div>"
        )


_Timeline = tuple[tuple[date, ...], tuple[Resolution | None, ...]]


def _to_parameters(values: Iterable[Parameter]) -> tuple[Parameter, ...]:
    items = instances(values, Parameter, "parameters")
    return tuple(sorted(items, key=lambda item: item.key))


def _to_entries(values: Iterable[Entry]) -> tuple[Entry, ...]:
    items = instances(values, Entry, "entries")
    return tuple(sorted(items, key=lambda item: (item.key, item.jurisdiction.code)))


def _check_normal_form(parameter: Parameter, entry: Entry, value: Value) -> None:
    where = f"{entry.key}@{entry.jurisdiction.code}"
    normal = parameter.coerce(value, field=where)
    if isinstance(value, Decimal) and isinstance(normal, Decimal):
        same = value.as_tuple() == normal.as_tuple()
    elif isinstance(value, AgeBands) and isinstance(normal, AgeBands):
        same = [b.amount and b.amount.as_tuple() for b in value.bands] == [
            b.amount and b.amount.as_tuple() for b in normal.bands
        ]
    else:
        same = type(value) is type(normal)
    if not same:
        raise InvalidInputError(
            where, value, f"is not in normal form for a {parameter.kind.value} ({normal!r})"
        )


def _earliest(dates: Iterable[date | None]) -> date | None:
    """The earliest of the dates that are not ``None`` (``None`` if there are none)."""
    known = [day for day in dates if day is not None]
    return min(known) if known else None


@final
@attrs.frozen(kw_only=True, repr=False)
class PolicyBook:
    """Every parameter the rules read, with its dated, cited values per jurisdiction.

    A book is immutable: :meth:`override` returns a new book. Resolution walks the asked
    jurisdiction's chain (county → prefecture → province → national) and takes the most specific
    level with a value in force on the date. A record whose value is ``None`` closes that level
    from its start: resolution then continues with the level above.

    Attributes:
        parameters: The definitions (key, kind, names, unit), one per key.
        entries: The histories, one per (key, jurisdiction).

    Raises:
        InvalidInputError: For a duplicate key or (key, jurisdiction) pair, an entry whose key
            is not defined, or a value that does not fit its parameter's kind.

    >>> from fpcore import DINGNAN, default_book
    >>> book = default_book()
    >>> book.value("reward_assistance.amount", on=date(2010, 6, 30), jurisdiction=DINGNAN)
    Decimal('720.00')
    >>> book  # doctest: +ELLIPSIS
    <PolicyBook: 4 jurisdictions (000000 360000 360700 360728), ... keys, ... records, verified through ...>
    """

    parameters: tuple[Parameter, ...] = attrs.field(converter=_to_parameters)
    entries: tuple[Entry, ...] = attrs.field(converter=_to_entries, default=())
    _definitions: dict[str, Parameter] = attrs.field(init=False, repr=False, eq=False)
    _histories: dict[tuple[str, str], Entry] = attrs.field(init=False, repr=False, eq=False)
    # Both memos are keyed by the whole jurisdiction value (code, names and parent chain; it
    # hashes once), never by its code alone: two areas sharing a code under different parents
    # resolve differently, and one caller's edited chain must not change another's answer.
    _timelines: dict[tuple[str, Jurisdiction], _Timeline] = attrs.field(
        init=False, repr=False, eq=False, factory=dict
    )
    _derived: dict[tuple[object, Jurisdiction, date], object] = attrs.field(
        init=False, repr=False, eq=False, factory=dict
    )

    def __attrs_post_init__(self) -> None:
        """Index definitions and histories; check every value against its kind."""
        definitions: dict[str, Parameter] = {}
        for parameter in self.parameters:
            if parameter.key in definitions:
                raise InvalidInputError("parameters", parameter.key, "is defined twice")
            definitions[parameter.key] = parameter
        histories: dict[tuple[str, str], Entry] = {}
        for entry in self.entries:
            where = (entry.key, entry.jurisdiction.code)
            if entry.key not in definitions:
                raise InvalidInputError("entries", entry.key, "has no parameter definition")
            if where in histories:
                raise InvalidInputError(
                    "entries", f"{entry.key}@{entry.jurisdiction.code}", "appears twice"
                )
            parameter = definitions[entry.key]
            for record in entry.history.values:
                if record.value is not None:
                    _check_normal_form(parameter, entry, record.value)
            histories[where] = entry
        object.__setattr__(self, "_definitions", definitions)
        object.__setattr__(self, "_histories", histories)

    def __getstate__(self) -> dict[str, object]:
        """Pickle the data only; indexes and caches are rebuilt."""
        return {"parameters": self.parameters, "entries": self.entries}

    def __setstate__(self, state: dict[str, tuple[object, ...]]) -> None:
        """Rebuild a book from pickled data."""
        object.__setattr__(self, "parameters", state["parameters"])
        object.__setattr__(self, "entries", state["entries"])
        object.__setattr__(self, "_timelines", {})
        object.__setattr__(self, "_derived", {})
        self.__attrs_post_init__()

    # -- browsing ----------------------------------------------------------------------------

    def _horizons(self) -> tuple[date | None, date | None, int]:
        """The earliest and latest ``verified_through`` and how many histories record none."""
        known = [e.history.verified_through for e in self.entries]
        days = [day for day in known if day is not None]
        return (min(days, default=None), max(days, default=None), len(known) - len(days))

    def __repr__(self) -> str:
        """A one-line summary: jurisdictions, keys, records and horizon (not every record)."""
        levels = self.jurisdictions()
        records = sum(len(e.history.values) for e in self.entries)
        first, last, unchecked = self._horizons()
        if first is None:
            horizon = "never verified"
        elif first == last:
            horizon = f"verified through {first.isoformat()}"
        else:
            horizon = f"verified through {first.isoformat()} to {last.isoformat()}"  # type: ignore[union-attr]
        if first is not None and unchecked:
            horizon += f" ({unchecked} histories unchecked)"
        reforms = sum(1 for e in self.entries for r in e.history.values if r.citation.is_reform)
        reform = f", {reforms} reform records" if reforms else ""
        codes = " ".join(level.code for level in levels)
        return (
            f"<PolicyBook: {len(levels)} jurisdictions ({codes}), {len(self.parameters)} keys, "
            f"{records} records{reform}, {horizon}>"
        )

    def _repr_html_(self) -> str:
        """A small HTML table: one row per jurisdiction level (histories, records, horizon)."""
        rows = []
        for level in self.jurisdictions():
            here = [e for e in self.entries if e.jurisdiction == level]
            days = sorted({d for e in here if (d := e.history.verified_through) is not None})
            span = (
                "—"
                if not days
                else days[0].isoformat()
                if len(days) == 1
                else f"{days[0].isoformat()} to {days[-1].isoformat()}"
            )
            reforms = sum(1 for e in here for r in e.history.values if r.citation.is_reform)
            rows.append(
                f"<tr><td>{html.escape(level.code)}</td>"
                f"<td>{html.escape(level.name_zh)} / {html.escape(level.name_en)}</td>"
                f"<td>{len(here)}</td><td>{sum(len(e.history.values) for e in here)}</td>"
                f"<td>{reforms}</td><td>{span}</td></tr>"
            )
        return (
            f'<div class="fpcore-book"><p>Policy book: {len(self.parameters)} keys; '
            "<code>book.table(prefix=…, jurisdiction=…)</code> lists the values.</p>"
            "<table><thead><tr><th>Code</th><th>Jurisdiction</th><th>Keys held</th>"
            "<th>Records</th><th>Reform records</th><th>Verified through</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></div>"
        )

    # -- reading -----------------------------------------------------------------------------

    def keys(self) -> tuple[str, ...]:
        """Every parameter key, sorted."""
        return tuple(parameter.key for parameter in self.parameters)

    def __contains__(self, key: object) -> bool:
        """Whether ``key`` is a parameter of this book."""
        return isinstance(key, str) and key in self._definitions

    def __iter__(self) -> Iterator[str]:
        """Iterate over the keys."""
        return iter(self.keys())

    def __len__(self) -> int:
        """The number of parameters."""
        return len(self.parameters)

    def jurisdictions(self) -> tuple[Jurisdiction, ...]:
        """Every jurisdiction the book holds a history for, with the levels above them.

        The registry a service passes to :func:`fpcore.jurisdictions.lookup` (``extra=``) or
        :func:`fpcore.serde.make_converter` (``jurisdictions=``) to accept the codes of the
        areas its book defines, by code and checked against these values.

        >>> from fpcore import default_book
        >>> [j.code for j in default_book().jurisdictions()]
        ['000000', '360000', '360700', '360728']
        """
        found = {level.code: level for entry in self.entries for level in entry.jurisdiction.chain}
        return tuple(found[code] for code in sorted(found))

    def parameter(self, key: str) -> Parameter:
        """The definition of ``key``.

        Raises:
            UnknownParameterError: If the book has no such key.
        """
        try:
            return self._definitions[key]
        except (KeyError, TypeError):
            raise UnknownParameterError(key, self.keys()) from None

    def history(self, key: str, jurisdiction: Jurisdiction) -> ParameterHistory | None:
        """The history of ``key`` at exactly this level, or ``None`` if the level has none.

        Raises:
            UnknownParameterError: If the book has no such key.
            InvalidInputError: If ``jurisdiction`` is not a Jurisdiction.
        """
        self.parameter(key)
        if not isinstance(jurisdiction, Jurisdiction):
            raise InvalidInputError("jurisdiction", jurisdiction, "must be a Jurisdiction")
        entry = self._histories.get((key, jurisdiction.code))
        return None if entry is None else entry.history

    @overload
    def table(self, key: str) -> ParameterTable: ...

    @overload
    def table(
        self,
        key: None = None,
        *,
        prefix: str | None = None,
        jurisdiction: Jurisdiction | None = None,
    ) -> BookTable: ...

    def table(
        self,
        key: str | None = None,
        *,
        prefix: str | None = None,
        jurisdiction: Jurisdiction | None = None,
    ) -> ParameterTable | BookTable:
        """Values of the book for display: one key in full, or rows of many keys.

        With ``key`` (as before): that key across every jurisdiction level and date, national
        first, as a :class:`ParameterTable`. Without it: a :class:`~fpcore.params.BookTable` of
        rows — every key, or those equal to ``prefix`` or starting with ``prefix + "."``; with
        ``jurisdiction``, the values in force there over time (each from the level that
        supplies it), otherwise every dated record of every level.

        Raises:
            UnknownParameterError: For an unknown ``key``, or a ``prefix`` no key has.
            InvalidInputError: If ``key`` is given with ``prefix`` or ``jurisdiction``, or an
                argument has the wrong type.

        >>> from fpcore import DINGNAN, default_book
        >>> [(j.code, r.start.year, str(r.value)) for j, r, _ in
        ...  default_book().table("reward_assistance.amount").rows()][:3]
        [('000000', 2004, '600.00'), ('000000', 2009, '720.00'), ('000000', 2012, '960.00')]
        >>> rows = default_book().table(prefix="reward_assistance.amount", jurisdiction=DINGNAN)
        >>> [(r.jurisdiction.code, r.start.year, str(r.value)) for r in rows][:4]
        [('000000', 2004, '600.00'), ('000000', 2009, '720.00'), ('000000', 2012, '960.00'), ('360000', 2017, '1200.00')]
        """
        if key is None:
            return self._book_table(prefix, jurisdiction)
        if prefix is not None or jurisdiction is not None:
            raise InvalidInputError(
                "key", key, "is given with prefix or jurisdiction: pass one key, or filters only"
            )
        parameter = self.parameter(key)
        found = [entry for entry in self.entries if entry.key == key]
        return ParameterTable(
            parameter=parameter,
            entries=tuple(sorted(found, key=lambda e: (e.jurisdiction.level, e.jurisdiction.code))),
        )

    def _book_table(self, prefix: str | None, jurisdiction: Jurisdiction | None) -> BookTable:
        if prefix is not None and not isinstance(prefix, str):
            raise InvalidInputError("prefix", prefix, "must be a str or None")
        if jurisdiction is not None and not isinstance(jurisdiction, Jurisdiction):
            raise InvalidInputError("jurisdiction", jurisdiction, "must be a Jurisdiction or None")
        chosen = [
            parameter
            for parameter in self.parameters
            if prefix is None or parameter.key == prefix or parameter.key.startswith(prefix + ".")
        ]
        if not chosen:
            raise UnknownParameterError(prefix, self.keys())
        rows: list[BookRow] = []
        for parameter in chosen:
            if jurisdiction is not None:
                _, resolutions = self._timelines.get(
                    (parameter.key, jurisdiction)
                ) or self._timeline(parameter.key, jurisdiction)
                rows.extend(
                    _row(parameter, r.jurisdiction, r.record, r.valid_from, r.valid_until)
                    for r in resolutions
                    if r is not None
                )
                continue
            for level, record, end in self.table(parameter.key).rows():
                rows.append(_row(parameter, level, record, record.start, end))
        return BookTable(rows=tuple(rows), resolved_for=jurisdiction)

    def resolve(self, key: str, *, on: date, jurisdiction: Jurisdiction) -> Resolution:
        """The value of ``key`` in force on ``on`` for ``jurisdiction``, with its provenance.

        Raises:
            UnknownParameterError: If the book has no such key.
            NoValueForDateError: If no level of the chain has a value in force on ``on``.
            InvalidInputError: If ``on`` is not a date or ``jurisdiction`` not a Jurisdiction.
        """
        if not isinstance(jurisdiction, Jurisdiction):
            raise InvalidInputError("jurisdiction", jurisdiction, "must be a Jurisdiction")
        try:
            timeline = self._timelines.get((key, jurisdiction))
        except TypeError:  # an unhashable key
            raise UnknownParameterError(key, self.keys()) from None
        if timeline is None:
            timeline = self._timeline(key, jurisdiction)
        starts, resolutions = timeline
        try:
            index = bisect.bisect_right(starts, on) - 1
        except TypeError:
            raise InvalidInputError("on", on, "must be a datetime.date") from None
        resolution = resolutions[index] if index >= 0 else None
        if resolution is None:
            check_date(on, "on")
            raise NoValueForDateError(key, on, tuple(j.code for j in jurisdiction.chain))
        return resolution

    def derive(
        self,
        build: Callable[[PolicyBook, Jurisdiction, date], _T],
        *,
        on: date,
        jurisdiction: Jurisdiction,
    ) -> _T:
        """``build(self, jurisdiction, on)``, computed once per ``(build, jurisdiction, on)``.

        Rules use it for what they derive from parameters alone (the values they compare
        against, already typed), so a rule asked about many families on one date resolves its
        parameters once. ``build`` must depend on nothing but its arguments; the book is
        immutable, so remembered answers never go stale. The book keeps the last few thousand
        answers; an exception is not remembered.

        Raises:
            InvalidInputError: If ``on`` is not a date, ``jurisdiction`` not a Jurisdiction or
                ``build`` not callable.

        >>> from fpcore import DINGNAN, default_book
        >>> def amounts(book, where, on):
        ...     return book.value("reward_assistance.amount", on=on, jurisdiction=where) * 2
        >>> default_book().derive(amounts, on=date(2012, 6, 30), jurisdiction=DINGNAN)
        Decimal('1920.00')
        """
        if not isinstance(jurisdiction, Jurisdiction):
            raise InvalidInputError("jurisdiction", jurisdiction, "must be a Jurisdiction")
        if not callable(build):
            raise InvalidInputError("build", build, "must be a function (book, jurisdiction, on)")
        memo = (build, jurisdiction, on)
        try:
            return self._derived[memo]  # type: ignore[return-value]
        except (KeyError, TypeError):  # not yet known, or an unhashable date (reported below)
            pass
        found = build(self, jurisdiction, check_date(on, "on"))
        if len(self._derived) >= _DERIVED:
            self._derived.clear()
        self._derived[memo] = found
        return found

    def verified_through(self, key: str, *, jurisdiction: Jurisdiction) -> date | None:
        """The earliest date through which the sources of ``key`` were checked, on the chain.

        Each level of ``jurisdiction``'s chain that holds a history of ``key`` records the date
        through which its sources were searched for later changes; the answer is the earliest
        of them (``None`` when no level records one). A value used after that date is the last
        one known, presumed to still apply.

        Raises:
            UnknownParameterError: If the book has no such key.
            InvalidInputError: If ``jurisdiction`` is not a Jurisdiction.

        >>> from fpcore import DINGNAN, default_book
        >>> default_book().verified_through("reward_assistance.min_age", jurisdiction=DINGNAN)
        datetime.date(2026, 11, 1)
        """
        self.parameter(key)
        if not isinstance(jurisdiction, Jurisdiction):
            raise InvalidInputError("jurisdiction", jurisdiction, "must be a Jurisdiction")
        return _earliest(
            entry.history.verified_through
            for level in jurisdiction.chain
            if (entry := self._histories.get((key, level.code))) is not None
        )

    def value(self, key: str, *, on: date, jurisdiction: Jurisdiction) -> Value:
        """The value of ``key`` in force on ``on`` for ``jurisdiction`` (see :meth:`resolve`)."""
        return self.resolve(key, on=on, jurisdiction=jurisdiction).value

    def _timeline(self, key: str, jurisdiction: Jurisdiction) -> _Timeline:
        parameter = self.parameter(key)
        levels = [
            (level, entry.history)
            for level in jurisdiction.chain
            if (entry := self._histories.get((key, level.code))) is not None
        ]
        horizon = _earliest(history.verified_through for _, history in levels)
        breakpoints = sorted({start for _, history in levels for start in history.starts})
        starts: list[date] = []
        resolutions: list[Resolution | None] = []
        chosen: list[tuple[Jurisdiction, DatedValue, Value] | None] = []
        for point in breakpoints:
            pick: tuple[Jurisdiction, DatedValue, Value] | None = None
            for level, history in levels:
                record = history.at(point)
                if record is not None and record.value is not None:
                    pick = (level, record, record.value)
                    break
            if chosen and chosen[-1] == pick:
                continue
            starts.append(point)
            chosen.append(pick)
        for index, pick in enumerate(chosen):
            if pick is None:
                resolutions.append(None)
                continue
            level, record, value = pick
            resolutions.append(
                Resolution(
                    parameter=parameter,
                    value=value,
                    jurisdiction=level,
                    requested=jurisdiction,
                    record=record,
                    valid_from=starts[index],
                    valid_until=starts[index + 1] if index + 1 < len(starts) else None,
                    verified_through=horizon,
                )
            )
        timeline = (tuple(starts), tuple(resolutions))
        if len(self._timelines) >= _TIMELINES:
            self._timelines.clear()
        self._timelines[(key, jurisdiction)] = timeline
        return timeline

    # -- reforms -----------------------------------------------------------------------------

    def override(
        self,
        key: str,
        value: object,
        *,
        start: date,
        jurisdiction: Jurisdiction,
        citation: Citation,
    ) -> PolicyBook:
        """A new book in which ``key`` takes ``value`` from ``start`` at ``jurisdiction``.

        The original book is unchanged, and so is every other jurisdiction's history. A record
        already starting on ``start`` at that level is replaced. ``value=None`` closes the level
        from ``start`` (resolution falls back to the level above).

        Raises:
            UnknownParameterError: For an unknown key.
            InvalidInputError: If the value does not fit the parameter (a negative age limit, a
                float amount…), or ``start``/``jurisdiction``/``citation`` are of the wrong type.

        >>> from fpcore import DINGNAN, Citation, Confidence, default_book
        >>> reform = default_book().override(
        ...     "reward_assistance.amount", "1200", start=date(2012, 1, 1), jurisdiction=DINGNAN,
        ...     citation=Citation(title="what-if", confidence=Confidence.ILLUSTRATIVE))
        >>> reform.value("reward_assistance.amount", on=date(2013, 1, 1), jurisdiction=DINGNAN)
        Decimal('1200.00')
        """
        parameter = self.parameter(key)
        if not isinstance(jurisdiction, Jurisdiction):
            raise InvalidInputError("jurisdiction", jurisdiction, "must be a Jurisdiction")
        normalised = None if value is None else parameter.coerce(value)
        record = DatedValue(start=start, value=normalised, citation=citation)
        existing = self._histories.get((key, jurisdiction.code))
        history = (
            ParameterHistory(values=(record,))
            if existing is None
            else existing.history.with_value(record)
        )
        entry = Entry(key=key, jurisdiction=jurisdiction, history=history)
        others = tuple(
            e for e in self.entries if (e.key, e.jurisdiction.code) != (key, jurisdiction.code)
        )
        return PolicyBook(parameters=self.parameters, entries=(*others, entry))

    def reform(
        self,
        changes: Mapping[str, Mapping[str, object]],
        *,
        note: str,
        jurisdiction: Jurisdiction = NATIONAL,
    ) -> PolicyBook:
        """A new book in which some values are set for a window: a reform to cost or explain.

        ``changes`` maps each key to a window: ``{"from": start, "until": last day, "value":
        value}`` (``"until"`` is optional; dates as ``date`` or ISO text). The reform holds in
        ``jurisdiction`` and every area below it: it is recorded at that level and at every
        level below it that holds its own history of the key, so no local value hides it.
        Inside the window the reform wins over every record of the law at those levels; from the
        day after ``until`` the law resumes as it would then stand — a change of the law that
        fell inside the window is in force from that day, not the value from before the window.
        Outside the window nothing changes.

        A reform needs no citation: its records cite ``note`` with
        ``Confidence.REFORM`` (:class:`~fpcore.params.Confidence`), and every explanation that
        uses one says it is a reform. Values are checked against the parameter's kind and never
        rounded: an amount with more places than the fen (``"1500.005"``) is refused.

        Raises:
            InvalidInputError: Listing every problem of ``changes`` at once (an unknown key, a
                missing or extra field, a bad date, ``until`` before ``from``, a value that does
                not fit or would need rounding), or for a bad ``note`` or ``jurisdiction``.

        >>> from fpcore import DINGNAN, default_book
        >>> book = default_book().reform(
        ...     {"reward_assistance.amount": {"from": "2026-01-01", "until": "2027-12-31",
        ...                                   "value": "1500"}},
        ...     note="测算：奖扶标准提高到每人每年1500元")
        >>> [str(book.value("reward_assistance.amount", on=date(y, 6, 30), jurisdiction=DINGNAN))
        ...  for y in (2025, 2026, 2027, 2028)]
        ['1200.00', '1500.00', '1500.00', '1200.00']
        >>> book.resolve("reward_assistance.amount", on=date(2026, 6, 30),
        ...              jurisdiction=DINGNAN).citation.is_reform
        True
        """
        if not isinstance(note, str) or not note.strip():
            raise InvalidInputError("note", note, "must be a non-empty string (what the reform is)")
        if not isinstance(jurisdiction, Jurisdiction):
            raise InvalidInputError("jurisdiction", jurisdiction, "must be a Jurisdiction")
        windows = self._reform_windows(changes)
        citation = Citation(
            title=note,
            title_en=note,
            confidence=Confidence.REFORM,
            note="A reform set by the caller (PolicyBook.reform), not the law.",
        )
        replaced: dict[tuple[str, str], Entry] = {}
        for key, (start, until, value) in windows.items():
            levels = [
                entry
                for entry in self.entries
                if entry.key == key and jurisdiction in entry.jurisdiction.chain
            ]
            if not any(entry.jurisdiction == jurisdiction for entry in levels):
                levels.append(Entry(key=key, jurisdiction=jurisdiction, history=_EMPTY))
            for entry in levels:
                history = _with_window(entry.history, start, until, value, citation)
                replaced[(key, entry.jurisdiction.code)] = attrs.evolve(entry, history=history)
        kept = tuple(e for e in self.entries if (e.key, e.jurisdiction.code) not in replaced)
        return PolicyBook(parameters=self.parameters, entries=(*kept, *replaced.values()))

    def _reform_windows(
        self, changes: Mapping[str, Mapping[str, object]]
    ) -> dict[str, tuple[date, date | None, Value]]:
        """Check every window of ``changes``; report all problems in one error."""
        if not isinstance(changes, Mapping) or not changes:
            raise InvalidInputError(
                "changes", changes, "must be a non-empty mapping of key → window"
            )
        problems: list[tuple[str, str]] = []
        windows: dict[str, tuple[date, date | None, Value]] = {}
        for key, window in changes.items():
            where = f"changes[{key!r}]"
            found = _window(self, key, window, where, problems)
            if found is not None:
                windows[key] = found
        if problems:
            path, message = problems[0]
            raise InvalidInputError(
                path,
                changes,
                message,
                problems=problems[:MAX_PROBLEMS],
                truncated=len(problems) > MAX_PROBLEMS,
            )
        return windows

    def define(self, parameter: Parameter, *entries: Entry) -> PolicyBook:
        """A new book with a new parameter (and optionally its histories) added.

        Raises:
            InvalidInputError: If the key is already defined.
        """
        return PolicyBook(
            parameters=(*self.parameters, parameter), entries=(*self.entries, *entries)
        )


def _row(
    parameter: Parameter,
    level: Jurisdiction,
    record: DatedValue,
    start: date,
    until: date | None,
) -> BookRow:
    return BookRow(
        key=parameter.key,
        title_en=parameter.title_en,
        title_zh=parameter.title_zh,
        unit=parameter.unit,
        jurisdiction=level,
        start=start,
        until=until,
        value=record.value,
        confidence=record.citation.confidence,
        source=record.citation.render("zh"),
    )


_EMPTY: Final = ParameterHistory(
    values=(
        DatedValue(
            start=date.min,
            value=None,
            citation=Citation(title="(no value at this level)", confidence=Confidence.REFORM),
        ),
    )
)
"""A stand-in history for a level without one; :func:`_with_window` drops its record."""


def _with_window(
    history: ParameterHistory,
    start: date,
    until: date | None,
    value: Value,
    citation: Citation,
) -> ParameterHistory:
    """``history`` with ``value`` in force from ``start`` through ``until`` (inclusive).

    Records that start inside the window are dropped at this level; the day after ``until``
    the record the law would have in force then is restored (a closure if there was none),
    so later changes of the law, inside the window or after it, still take effect.
    """
    law = tuple(r for r in history.values if r.start != date.min)
    kept = [r for r in law if r.start < start]
    kept.append(DatedValue(start=start, value=value, citation=citation))
    if until is not None and until < date.max:
        resume = until + _ONE_DAY
        earlier = [r for r in law if r.start <= resume]
        in_force = earlier[-1] if earlier else None
        if in_force is None:
            kept.append(DatedValue(start=resume, value=None, citation=citation))
        else:
            kept.append(attrs.evolve(in_force, start=resume))
        kept.extend(r for r in law if r.start > resume)
    return ParameterHistory(values=tuple(kept), verified_through=history.verified_through)


def _reform_date(value: object, where: str, problems: list[tuple[str, str]]) -> date | None:
    if isinstance(value, date) and not isinstance(value, _dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    problems.append((where, f"{value!r} is not a date (a datetime.date or YYYY-MM-DD)"))
    return None


def _reform_value(
    parameter: Parameter, value: object, where: str, problems: list[tuple[str, str]]
) -> Value | None:
    kind = parameter.kind
    if value is None:
        problems.append((where, "is missing: a reform sets a value (None would close the key)"))
        return None
    given = value
    if kind is ValueKind.DATE and isinstance(value, str):
        found = _reform_date(value, where, problems)
        if found is None:
            return None
        given = found
    if kind in (ValueKind.AGE, ValueKind.COUNT) and isinstance(value, str):
        text = value.strip()
        given = int(text) if text.isdigit() else value
    try:
        normal = parameter.coerce(given, field=where)
    except InvalidInputError as exc:
        problems.append((where, f"{exc.value!r} {exc.problem}"))
        return None
    amounts: list[tuple[object, Decimal]] = []
    if kind is ValueKind.AMOUNT and isinstance(normal, Decimal):
        amounts.append((given, normal))
    elif isinstance(given, AgeBands) and isinstance(normal, AgeBands):
        amounts.extend(
            (old.amount, new.amount)
            for old, new in zip(given.bands, normal.bands, strict=True)
            if new.amount is not None
        )
    for original, exact in amounts:
        if isinstance(original, (str, int, Decimal)) and _differs(original, exact):
            problems.append(
                (
                    where,
                    f"{original!r} has more places than the fen: "
                    f"{parameter.unit or 'yuan'} are to the fen, and a reform is not rounded",
                )
            )
            return None
    return normal


def _differs(original: str | int | Decimal, exact: Decimal) -> bool:
    """Whether ``exact`` (the amount to the fen) differs from what was given."""
    if isinstance(original, int):
        return False
    number = Decimal(original.replace(",", "").strip()) if isinstance(original, str) else original
    return number != exact


def _window(
    book: PolicyBook,
    key: object,
    window: object,
    where: str,
    problems: list[tuple[str, str]],
) -> tuple[date, date | None, Value] | None:
    known = len(problems)
    if not isinstance(key, str) or key not in book:
        problems.append((where, f"{key!r} is not a key of the policy book"))
        return None
    if not isinstance(window, Mapping):
        problems.append(
            (where, f"{window!r} must be a mapping with 'from', 'value' and optionally 'until'")
        )
        return None
    extra = sorted(str(name) for name in window if name not in _WINDOW_FIELDS)
    if extra:
        problems.append((where, f"has unknown fields {extra}: use 'from', 'until' and 'value'"))
    if "from" not in window:
        problems.append((f"{where}.from", "is missing: the first day of the reform"))
        start = None
    else:
        start = _reform_date(window["from"], f"{where}.from", problems)
    until = window.get("until")
    end = None if until is None else _reform_date(until, f"{where}.until", problems)
    if start is not None and end is not None and end < start:
        problems.append((f"{where}.until", f"{end.isoformat()} is before from {start.isoformat()}"))
    value = _reform_value(book.parameter(key), window.get("value"), f"{where}.value", problems)
    if len(problems) > known or start is None or value is None:
        return None
    return (start, end, value)
