"""Values of the policy book: citations, dated values, histories and parameter definitions."""

from __future__ import annotations

import bisect
import enum
import html
import itertools
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import TypeAlias, final

import attrs

from fpcore._validate import instances
from fpcore.dates import MAX_AGE, check_date
from fpcore.errors import InvalidInputError
from fpcore.jurisdictions import Jurisdiction
from fpcore.money import to_decimal, to_money

__all__ = [
    "AgeBand",
    "AgeBands",
    "Citation",
    "Confidence",
    "DatedValue",
    "Entry",
    "Parameter",
    "ParameterHistory",
    "Value",
    "ValueKind",
    "checked_through",
]


def _band_age(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_AGE:
        raise InvalidInputError(attribute.name, value, f"must be an age (an int 0–{MAX_AGE})")


def _band_amount(
    instance: object, attribute: attrs.Attribute[Decimal | None], value: object
) -> None:
    if value is not None and (not isinstance(value, Decimal) or not value.is_finite() or value < 0):
        raise InvalidInputError(attribute.name, value, "must be a finite Decimal ≥ 0 or None")


@final
@attrs.frozen(cache_hash=True)
class AgeBand:
    """One band of an age-banded amount: ``amount`` from full age ``from_age`` on.

    ``amount=None`` means the source does not give the amount for this band: the level above
    in the jurisdiction chain then applies (see :class:`AgeBands`).
    """

    from_age: int = attrs.field(validator=_band_age)
    amount: Decimal | None = attrs.field(validator=_band_amount)


def _to_bands(values: Iterable[AgeBand]) -> tuple[AgeBand, ...]:
    items = instances(values, AgeBand, "bands")
    return tuple(sorted(items, key=lambda band: band.from_age))


@final
@attrs.frozen(cache_hash=True)
class AgeBands:
    """An amount that depends on a person's full age (周岁): one :class:`AgeBand` per range.

    A band runs from its ``from_age`` up to (not including) the next band's; the last band has
    no upper end. Below the first band no amount applies.

    Raises:
        InvalidInputError: If there are no bands or two share a ``from_age``.

    >>> bands = AgeBands((AgeBand(49, Decimal("950.00")), AgeBand(60, None)))
    >>> bands.at(48), bands.at(59).amount, bands.at(60).amount
    (None, Decimal('950.00'), None)
    """

    bands: tuple[AgeBand, ...] = attrs.field(converter=_to_bands)

    def __attrs_post_init__(self) -> None:
        """Refuse an empty table and repeated lower bounds."""
        if not self.bands:
            raise InvalidInputError("bands", (), "must hold at least one AgeBand")
        for earlier, later in itertools.pairwise(self.bands):
            if earlier.from_age == later.from_age:
                raise InvalidInputError("bands", later.from_age, "appears twice as from_age")

    def at(self, age: int) -> AgeBand | None:
        """The band that holds full age ``age``, or ``None`` below the first band."""
        found = None
        for band in self.bands:
            if band.from_age > age:
                break
            found = band
        return found

    def __str__(self) -> str:
        """The bands as text, e.g. ``49–59: 950.00; 60+: not given``."""
        parts = []
        for index, band in enumerate(self.bands):
            upper = self.bands[index + 1].from_age - 1 if index + 1 < len(self.bands) else None
            span = f"{band.from_age}+" if upper is None else f"{band.from_age}–{upper}"
            parts.append(f"{span}: {'not given' if band.amount is None else band.amount}")
        return "; ".join(parts)


Value: TypeAlias = Decimal | int | bool | date | str | AgeBands
"""What a parameter may hold: an amount or rate (``Decimal``), an age or count (``int``), a
flag (``bool``), a date, a short text code, or amounts banded by age (:class:`AgeBands`)."""


class Confidence(enum.Enum):
    """How far a value is backed by its source.

    ``OFFICIAL``: the issuing body's own text, or a faithful copy of it. ``SECONDARY``: a news
    report or aggregator that states the rule. ``ILLUSTRATIVE``: no source gives the value; it is
    a stand-in, and every explanation that uses it says so. ``REFORM``: a what-if value the
    caller set (a reform being costed, not the law); every explanation that uses it says so.
    """

    OFFICIAL = "official"
    SECONDARY = "secondary"
    ILLUSTRATIVE = "illustrative"
    REFORM = "reform"


def _optional_text(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InvalidInputError(attribute.name, value, "must be a non-empty string or None")


def _optional_date(
    instance: object, attribute: attrs.Attribute[date | None], value: object
) -> None:
    if value is not None:
        check_date(value, attribute.name)


def _required_text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(attribute.name, value, "must be a non-empty string")


def _is_confidence(instance: object, attribute: attrs.Attribute[Confidence], value: object) -> None:
    if not isinstance(value, Confidence):
        raise InvalidInputError(attribute.name, value, "must be a Confidence")


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class Citation:
    """Where a value or a rule comes from.

    Only ``title`` and ``confidence`` are required.

    Attributes:
        title: The instrument's title as issued (usually Chinese), or a description of the source.
        confidence: How far the source backs the value.
        title_en: An English title, used by English explanations.
        article: Article or clause, e.g. ``"第九条"`` or ``"Art. 9(1)"``.
        issuer: The issuing body.
        document_number: e.g. ``"国办发〔2004〕21号"``.
        issued_on: Date of issue.
        effective_on: Date it took effect.
        url: The issuing body's own page (or a well-known official outlet) only.
        note: What the value rests on when it is not the instrument's own words.

    >>> Citation(title="示例", confidence=Confidence.ILLUSTRATIVE).is_illustrative
    True
    """

    title: str = attrs.field(validator=_required_text)
    confidence: Confidence = attrs.field(validator=_is_confidence)
    title_en: str | None = attrs.field(default=None, validator=_optional_text)
    article: str | None = attrs.field(default=None, validator=_optional_text)
    issuer: str | None = attrs.field(default=None, validator=_optional_text)
    document_number: str | None = attrs.field(default=None, validator=_optional_text)
    issued_on: date | None = attrs.field(default=None, validator=_optional_date)
    effective_on: date | None = attrs.field(default=None, validator=_optional_date)
    url: str | None = attrs.field(default=None, validator=_optional_text)
    note: str | None = attrs.field(default=None, validator=_optional_text)

    @property
    def is_illustrative(self) -> bool:
        """Whether no source gives the value (confidence ``ILLUSTRATIVE``)."""
        return self.confidence is Confidence.ILLUSTRATIVE

    @property
    def is_reform(self) -> bool:
        """Whether the value is a what-if the caller set (confidence ``REFORM``)."""
        return self.confidence is Confidence.REFORM

    def render(self, lang: str = "zh") -> str:
        """A one-line reference in ``"zh"`` or ``"en"``.

        >>> c = Citation(title="人口与计划生育法", title_en="Population and Family Planning Law",
        ...              article="第十八条", confidence=Confidence.OFFICIAL)
        >>> c.render("zh")
        '《人口与计划生育法》第十八条'
        >>> c.render("en")
        'Population and Family Planning Law, 第十八条'
        """
        if lang == "en":
            parts = [self.title_en or self.title]
            if self.document_number:
                parts[0] += f" ({self.document_number})"
            parts.extend(p for p in (self.article, self.issuer) if p)
            if self.issued_on:
                parts.append(f"issued {self.issued_on.isoformat()}")
            text = ", ".join(parts)
            if self.is_illustrative:
                text += " [illustrative value: no source gives it]"
            elif self.is_reform:
                text += " [reform: a what-if value, not the law]"
            return text
        text = (
            self.title if self.title.startswith("《") or " " in self.title else f"《{self.title}》"
        )
        if self.document_number:
            text += f"（{self.document_number}）"
        if self.article:
            text += self.article
        extra = [p for p in (self.issuer, self.issued_on and self.issued_on.isoformat()) if p]
        if extra:
            text += "，" + "，".join(extra)
        if self.is_illustrative:
            text += "〔示例值：无来源给出此值〕"
        elif self.is_reform:
            text += "〔改革测算值，非现行规定〕"
        return text


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class DatedValue:
    """One value of a parameter, in force from ``start`` (inclusive) until the next start.

    A ``value`` of ``None`` closes the parameter at this level from ``start`` on.

    Attributes:
        start: First day in force.
        value: The value, or ``None`` to close.
        citation: The source.
    """

    start: date = attrs.field(validator=lambda _i, a, v: check_date(v, a.name))
    value: Value | None = attrs.field()
    citation: Citation = attrs.field()

    @citation.validator
    def _check_citation(self, attribute: attrs.Attribute[Citation], value: object) -> None:
        if not isinstance(value, Citation):
            raise InvalidInputError("citation", value, "must be a Citation")

    @value.validator
    def _check_value(self, attribute: attrs.Attribute[Value | None], value: object) -> None:
        if value is not None and not isinstance(value, Decimal | int | date | str | AgeBands):
            raise InvalidInputError(
                "value",
                value,
                f"has type {type(value).__name__}; use Decimal, int, bool, date, str or AgeBands",
            )


def _to_values(values: Iterable[DatedValue]) -> tuple[DatedValue, ...]:
    items = instances(values, DatedValue, "values")
    return tuple(sorted(items, key=lambda item: item.start))


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class ParameterHistory:
    """The dated values of one parameter at one jurisdiction level, sorted by start.

    Attributes:
        values: The dated records.
        verified_through: The date through which the sources of this history were checked
            complete: someone searched for later amendments, raises and repeals up to that
            day. After it, the last record is a presumption (results say so, see
            :meth:`fpcore.params.PolicyBook.verified_through`). ``None``: never checked.

    Raises:
        InvalidInputError: If two values share a start date, or the history is empty.

    >>> c = Citation(title="示例", confidence=Confidence.ILLUSTRATIVE)
    >>> h = ParameterHistory(values=(
    ...     DatedValue(start=date(2009, 1, 1), value=Decimal("720"), citation=c),
    ...     DatedValue(start=date(2004, 1, 1), value=Decimal("600"), citation=c),
    ... ))
    >>> h.at(date(2008, 12, 31)).value, h.at(date(2009, 1, 1)).value, h.at(date(2003, 1, 1))
    (Decimal('600'), Decimal('720'), None)
    """

    values: tuple[DatedValue, ...] = attrs.field(converter=_to_values)
    verified_through: date | None = attrs.field(default=None, validator=_optional_date)
    _starts: tuple[date, ...] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        """Index the starts and refuse duplicates."""
        if not self.values:
            raise InvalidInputError("values", (), "must hold at least one DatedValue")
        starts = tuple(item.start for item in self.values)
        for earlier, later in itertools.pairwise(starts):
            if earlier == later:
                raise InvalidInputError(
                    "values", later.isoformat(), "appears twice as a start date in one history"
                )
        object.__setattr__(self, "_starts", starts)

    @property
    def starts(self) -> tuple[date, ...]:
        """The start dates, ascending."""
        return self._starts

    def at(self, on: date) -> DatedValue | None:
        """The record in force on ``on`` (latest start ≤ ``on``), or ``None`` before the first.

        A record whose value is ``None`` (a closure) is returned as is.
        """
        index = bisect.bisect_right(self._starts, check_date(on, "on")) - 1
        return self.values[index] if index >= 0 else None

    def _repr_html_(self) -> str:
        """An escaped HTML table of the dated values (start, value, source, confidence)."""
        rows = "".join(
            f"<tr><td>{item.start.isoformat()}</td>"
            f"<td>{'closed' if item.value is None else html.escape(str(item.value))}</td>"
            f"<td><small>{html.escape(item.citation.render('zh'))}</small></td>"
            f"<td>{item.citation.confidence.value}</td></tr>"
            for item in self.values
        )
        return (
            "<table><thead><tr><th>From</th><th>Value</th><th>Source</th><th>Confidence</th>"
            f"</tr></thead><tbody>{rows}</tbody></table>"
        )

    def with_value(self, record: DatedValue) -> ParameterHistory:
        """A new history with ``record`` added, replacing any record with the same start."""
        kept = tuple(item for item in self.values if item.start != record.start)
        return ParameterHistory(values=(*kept, record), verified_through=self.verified_through)


class ValueKind(enum.Enum):
    """What kind of value a parameter holds; values are checked against it."""

    AMOUNT = "amount"
    """Money in yuan, a ``Decimal`` ≥ 0 to the fen."""
    NUMBER = "number"
    """A ``Decimal`` ≥ 0: a rate, a multiple, a threshold."""
    AGE = "age"
    """Full years of age, an ``int`` from 0 to 150."""
    COUNT = "count"
    """An ``int`` ≥ 0: days, months, years, persons."""
    DATE = "date"
    """A ``datetime.date``."""
    FLAG = "flag"
    """A ``bool``."""
    TEXT = "text"
    """A short text code."""
    AMOUNT_BY_AGE = "amount_by_age"
    """Money in yuan banded by full age (:class:`AgeBands`), each amount to the fen."""


def _coerce(kind: ValueKind, value: object, field: str) -> Value:
    """Check ``value`` against ``kind`` and normalise it (``"1200"`` → ``Decimal('1200.00')``)."""
    if kind is ValueKind.AMOUNT or kind is ValueKind.NUMBER:
        number = (
            to_money(value, field=field)
            if kind is ValueKind.AMOUNT
            else to_decimal(value, field=field)
        )
        if number < 0:
            raise InvalidInputError(field, value, "must not be negative")
        return number
    if kind is ValueKind.AGE or kind is ValueKind.COUNT:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInputError(field, value, f"must be an int ({kind.value})")
        if value < 0:
            raise InvalidInputError(field, value, "must not be negative")
        if kind is ValueKind.AGE and value > MAX_AGE:
            raise InvalidInputError(field, value, f"is not an age (0–{MAX_AGE})")
        return value
    if kind is ValueKind.DATE:
        return check_date(value, field)
    if kind is ValueKind.AMOUNT_BY_AGE:
        if not isinstance(value, AgeBands):
            raise InvalidInputError(field, value, "must be AgeBands")
        return AgeBands(
            tuple(
                AgeBand(
                    band.from_age,
                    None if band.amount is None else to_money(band.amount, field=field),
                )
                for band in value.bands
            )
        )
    if kind is ValueKind.FLAG:
        if not isinstance(value, bool):
            raise InvalidInputError(field, value, "must be a bool")
        return value
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(field, value, "must be a non-empty string")
    return value


def _check_key(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    parts = value.split(".") if isinstance(value, str) else []
    if not parts or not all(p and p.isidentifier() and p == p.lower() for p in parts):
        raise InvalidInputError(attribute.name, value, "must be a dotted lower-case name")


def _is_kind(instance: object, attribute: attrs.Attribute[ValueKind], value: object) -> None:
    if not isinstance(value, ValueKind):
        raise InvalidInputError(attribute.name, value, "must be a ValueKind")


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class Parameter:
    """The definition of a parameter: its key, kind, names and unit.

    Attributes:
        key: Dotted name, e.g. ``"reward_assistance.amount"``.
        kind: What the values are.
        title_zh: Chinese name.
        title_en: English name.
        unit: Unit as shown in tables, e.g. ``"yuan/person/year"``.
    """

    key: str = attrs.field(validator=_check_key)
    kind: ValueKind = attrs.field(validator=_is_kind)
    title_zh: str = attrs.field(validator=_required_text)
    title_en: str = attrs.field(validator=_required_text)
    unit: str = ""

    def coerce(self, value: object, *, field: str = "value") -> Value:
        """Check ``value`` against this parameter's kind and normalise it.

        Raises:
            InvalidInputError: If the value does not fit (a negative age limit, a float…).

        >>> Parameter(key="x.age", kind=ValueKind.AGE, title_zh="年龄", title_en="age").coerce(-1)
        Traceback (most recent call last):
        ...
        fpcore.errors.InvalidInputError: value: -1 must not be negative
        """
        return _coerce(self.kind, value, field)

    def title(self, lang: str = "zh") -> str:
        """The name in ``"zh"`` or ``"en"``."""
        return self.title_en if lang == "en" else self.title_zh


def _is_jurisdiction(
    instance: object, attribute: attrs.Attribute[Jurisdiction], value: object
) -> None:
    if not isinstance(value, Jurisdiction):
        raise InvalidInputError(attribute.name, value, "must be a Jurisdiction")


def _is_history(
    instance: object, attribute: attrs.Attribute[ParameterHistory], value: object
) -> None:
    if not isinstance(value, ParameterHistory):
        raise InvalidInputError(attribute.name, value, "must be a ParameterHistory")


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class Entry:
    """The history of one parameter at one jurisdiction level, as a table row of the book."""

    key: str = attrs.field(validator=_check_key)
    jurisdiction: Jurisdiction = attrs.field(validator=_is_jurisdiction)
    history: ParameterHistory = attrs.field(validator=_is_history)


def checked_through(day: date, entries: Iterable[Entry]) -> tuple[Entry, ...]:
    """``entries`` with ``day`` as the horizon of every history that records none.

    Parameter tables use it to state, once per table, the date through which their sources
    were searched for later changes; a history that records its own horizon keeps it.

    >>> c = Citation(title="示例", confidence=Confidence.ILLUSTRATIVE)
    >>> from fpcore import NATIONAL
    >>> entry = Entry(key="x.y", jurisdiction=NATIONAL, history=ParameterHistory(
    ...     values=(DatedValue(start=date(2004, 1, 1), value=1, citation=c),)))
    >>> checked_through(date(2026, 11, 1), (entry,))[0].history.verified_through
    datetime.date(2026, 11, 1)
    """
    check_date(day, "day")
    return tuple(
        entry
        if entry.history.verified_through is not None
        else attrs.evolve(entry, history=attrs.evolve(entry.history, verified_through=day))
        for entry in entries
    )
