"""Registers of vital events, their mergeable tallies, and the indicator report built from them."""

from __future__ import annotations

import decimal
import enum
import html
import itertools
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar, Final, Literal, TypeAlias, TypeVar, final

import attrs

from fpcore._validate import check_book, instances, is_a, optional
from fpcore.dates import is_age
from fpcore.errors import InvalidInputError, UnknownIndicatorError
from fpcore.explain import (
    Check,
    Explained,
    Fact,
    Lang,
    Message,
    _Numbers,
)
from fpcore.indicators import _definitions as d
from fpcore.indicators._formulas import (
    certificate_uptake_rate,
    contraceptive_prevalence,
    crude_birth_rate,
    crude_death_rate,
    general_fertility_rate,
    higher_order_birth_rate,
    late_childbearing_rate,
    late_marriage_rate,
    long_acting_method_rate,
    mean_population,
    natural_growth_rate,
    out_of_policy_rate,
    policy_compliance_rate,
    sex_ratio_at_birth,
    total_fertility_rate,
)
from fpcore.indicators._rate import _CONTEXT, Definition, Rate
from fpcore.jurisdictions import NATIONAL, Jurisdiction
from fpcore.params import PolicyBook, Resolution

__all__ = [
    "BirthRecord",
    "Classifier",
    "ContraceptiveMethod",
    "DeathRecord",
    "IndicatorReport",
    "Marriage",
    "MarriedWoman",
    "Register",
    "RegisterSummary",
    "merge_summaries",
    "summarize",
    "tally",
]

Sex: TypeAlias = Literal["male", "female"]
"""A newborn's sex, as the register records it."""

CHILDBEARING_AGES: Final = range(15, 50)
"""Ages 15–49, the childbearing ages of the fertility rates (a statistical definition)."""

PROGRESS_EVERY: Final = 65536
"""Birth records read between two calls of a progress callback."""

_T = TypeVar("_T")


class ContraceptiveMethod(enum.Enum):
    """A contraceptive method recorded for a married woman (a husband's method counts for her)."""

    IUD = "iud"
    """Intra-uterine device (上环)."""
    FEMALE_STERILISATION = "female_sterilisation"
    """Tubal ligation (女扎)."""
    MALE_STERILISATION = "male_sterilisation"
    """Vasectomy of the husband (男扎), counted for the wife."""
    IMPLANT = "implant"
    """Subdermal implant (皮下埋植)."""
    INJECTABLE = "injectable"
    """Injectable contraceptive."""
    PILL = "pill"
    """Oral contraceptive."""
    CONDOM = "condom"
    """Condom."""
    OTHER = "other"
    """Any other method."""

    @property
    def is_long_acting(self) -> bool:
        """Whether the method is long-acting (长效节育措施) — IUD, sterilisation of either spouse, implant.

        >>> ContraceptiveMethod.IUD.is_long_acting, ContraceptiveMethod.PILL.is_long_acting
        (True, False)
        """
        return self in _LONG_ACTING


_LONG_ACTING: Final = frozenset(
    {
        ContraceptiveMethod.IUD,
        ContraceptiveMethod.FEMALE_STERILISATION,
        ContraceptiveMethod.MALE_STERILISATION,
        ContraceptiveMethod.IMPLANT,
    }
)


def _to_sex(value: object) -> Sex:
    raw = getattr(value, "value", value)
    if raw == "male":
        return "male"
    if raw == "female":
        return "female"
    raise InvalidInputError("sex", value, "must be 'male' or 'female'")


def _date(instance: object, attribute: attrs.Attribute[date], value: object) -> None:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidInputError(attribute.name, value, "must be a datetime.date")


def _optional_age(instance: object, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is not None and not is_age(value):
        raise InvalidInputError(attribute.name, value, "must be None or an age from 0 to 150")


def _flag(instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidInputError(attribute.name, value, "must be True or False")


def _optional_flag(
    instance: object, attribute: attrs.Attribute[bool | None], value: object
) -> None:
    if value is not None and not isinstance(value, bool):
        raise InvalidInputError(attribute.name, value, "must be True, False or None")


def _optional_count(
    instance: object, attribute: attrs.Attribute[int | None], value: object
) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
        raise InvalidInputError(attribute.name, value, "must be None or an int ≥ 0")


@final
@attrs.frozen(kw_only=True, slots=True)
class BirthRecord:
    """One live birth in a register.

    Attributes:
        date: Date of birth.
        sex: ``"male"`` or ``"female"`` (an enum whose value is one of these is accepted).
        birth_order: The mother's delivery this birth came from, counted by delivery (twins are
            one delivery, 一胎); 1 for a first birth.
        mother_age: The mother's full age (周岁) at the birth, or ``None`` if not recorded.
        within_policy: The recorded ruling (``True`` within policy, ``False`` out of policy), or
            ``None`` when no ruling is on file: :func:`summarize` then asks its ``classify``
            callable, or counts the birth as unknown.

    >>> BirthRecord(date=date(2009, 3, 1), sex="female", birth_order=1, mother_age=25).sex
    'female'
    """

    date: date = attrs.field(validator=_date)
    sex: Sex = attrs.field(converter=_to_sex)
    birth_order: int = attrs.field()
    mother_age: int | None = attrs.field(default=None, validator=_optional_age)
    within_policy: bool | None = attrs.field(default=None, validator=_optional_flag)

    @birth_order.validator
    def _check_order(self, attribute: attrs.Attribute[int], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InvalidInputError("birth_order", value, "must be an int ≥ 1")


@final
@attrs.frozen(kw_only=True, slots=True)
class DeathRecord:
    """One death in a register (a child born and dead in the year is also a birth)."""

    date: date = attrs.field(validator=_date)


@final
@attrs.frozen(kw_only=True, slots=True)
class MarriedWoman:
    """A married woman of childbearing age (15–49) on the register at the end of the year.

    Attributes:
        method: Her contraceptive method (or her husband's), or ``None`` if none.
        fecund: ``False`` if she cannot conceive (menopausal, primary-infertile) or lives
            without a husband (widowed, divorced): the narrow 节育率 denominator leaves her out.
        children: Her living children, or ``None`` if not recorded.
        one_child_certificate: Whether the couple holds the one-child parents' certificate.
    """

    method: ContraceptiveMethod | None = attrs.field(
        default=None,
        validator=optional(is_a(ContraceptiveMethod)),
    )
    fecund: bool = attrs.field(default=True, validator=_flag)
    children: int | None = attrs.field(default=None, validator=_optional_count)
    one_child_certificate: bool = attrs.field(default=False, validator=_flag)


@final
@attrs.frozen(kw_only=True, slots=True)
class Marriage:
    """One registered marriage.

    Attributes:
        date: Date of registration.
        husband_age: His full age, or ``None`` if not recorded.
        wife_age: Her full age, or ``None`` if not recorded.
        husband_first: Whether it is his first marriage.
        wife_first: Whether it is her first marriage.
    """

    date: date = attrs.field(validator=_date)
    husband_age: int | None = attrs.field(default=None, validator=_optional_age)
    wife_age: int | None = attrs.field(default=None, validator=_optional_age)
    husband_first: bool = attrs.field(default=True, validator=_flag)
    wife_first: bool = attrs.field(default=True, validator=_flag)


def _records(value: Iterable[_T]) -> Iterable[_T]:
    """Lists become tuples; tuples, generators and other iterables are kept (read once)."""
    if isinstance(value, list):
        return tuple(value)
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidInputError("records", value, "must be an iterable of records")
    return value


def _optional_records(value: Iterable[_T] | None) -> Iterable[_T] | None:
    return None if value is None else _records(value)


def _to_age_counts(value: object) -> tuple[tuple[int, int], ...]:
    if isinstance(value, dict):
        value = value.items()
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidInputError("women_by_age", value, "must hold (age, count) pairs")
    counts: Counter[int] = Counter()
    for item in value:
        if not isinstance(item, tuple) or len(item) != 2:
            raise InvalidInputError("women_by_age", item, "must hold (age, count) pairs")
        age, count = item
        if not is_age(age):
            raise InvalidInputError("women_by_age", age, "has an age that is not an int 0–150")
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise InvalidInputError(f"women_by_age[{age}]", count, "must be an int ≥ 0")
        counts[age] += count
    return tuple(sorted((age, n) for age, n in counts.items() if n))


@final
@attrs.frozen(kw_only=True)
class Register:
    """A register of one area's vital events and its family-planning clients.

    The record fields accept any iterable, including generators and other one-pass streams:
    :func:`summarize` reads each once and keeps memory flat. Lists are stored as tuples.

    Attributes:
        jurisdiction: The area; its policy-book values apply (late-marriage ages…).
        population_start: Population at the start of the year, if known.
        population_end: Population at the end of the year, if known.
        women_by_age: Mean number of women by single year of age, as ``(age, count)`` pairs (or
            a dict), for the general and total fertility rates.
        births: :class:`BirthRecord` items.
        deaths: :class:`DeathRecord` items, or ``None`` (the default) when the register holds
            no death records at all: the death and natural growth rates are then reported as
            not computed, where ``()`` means "no one died" and gives 0‰.
        married_women: :class:`MarriedWoman` items (a snapshot at the end of the year).
        marriages: :class:`Marriage` items.
    """

    jurisdiction: Jurisdiction = attrs.field(default=NATIONAL, validator=is_a(Jurisdiction))
    population_start: int | None = attrs.field(default=None, validator=_optional_count)
    population_end: int | None = attrs.field(default=None, validator=_optional_count)
    women_by_age: tuple[tuple[int, int], ...] = attrs.field(default=(), converter=_to_age_counts)
    births: Iterable[BirthRecord] = attrs.field(default=(), converter=_records)
    deaths: Iterable[DeathRecord] | None = attrs.field(default=None, converter=_optional_records)
    married_women: Iterable[MarriedWoman] = attrs.field(default=(), converter=_records)
    marriages: Iterable[Marriage] = attrs.field(default=(), converter=_records)


BirthKey: TypeAlias = tuple[Sex, int, bool | None, int | None]
"""(sex, birth order, ruling, mother's age) of a birth in the year."""
WomanKey: TypeAlias = tuple[ContraceptiveMethod | None, bool, int | None, bool]
"""(method, fecund, children, certificate) of a married woman."""
MarriageKey: TypeAlias = tuple[bool, int | None, bool, int | None]
"""(husband's first marriage, his age, wife's first marriage, her age)."""

_NONE: Final = type(None)
_BIRTH_KEY: Final = ((str,), (int,), (bool, _NONE), (int, _NONE))
_WOMAN_KEY: Final = ((ContraceptiveMethod, _NONE), (bool,), (int, _NONE), (bool,))
_MARRIAGE_KEY: Final = ((bool,), (int, _NONE), (bool,), (int, _NONE))


def _summary_year(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 9999:
        raise InvalidInputError(attribute.name, value, "must be an int year 1–9999")


def _summary_count(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInputError(attribute.name, value, "must be an int ≥ 0")


def _is(value: object, kinds: tuple[type, ...]) -> bool:
    return isinstance(value, kinds) and (bool in kinds or not isinstance(value, bool))


def _check_counted(
    field: str, key: tuple[tuple[type, ...], ...], ages: tuple[int, ...], value: object
) -> None:
    """Check ``((key...), count)`` pairs (or ``(age, count)`` for a one-part key).

    The key parts at the positions ``ages`` are ages (0–150) or ``None``.
    """
    if not isinstance(value, tuple):
        raise InvalidInputError(field, value, "must be a tuple of (key, count) pairs")
    for index, item in enumerate(value):
        if not isinstance(item, tuple) or len(item) != 2:
            raise InvalidInputError(f"{field}[{index}]", item, "must be a (key, count) pair")
        part, count = item
        parts = (part,) if len(key) == 1 else part
        if (
            not isinstance(parts, tuple)
            or len(parts) != len(key)
            or not all(_is(p, kinds) for p, kinds in zip(parts, key, strict=True))
            or not all(parts[i] is None or is_age(parts[i]) for i in ages)
            or not _is(count, (int,))
            or count < 0
        ):
            raise InvalidInputError(f"{field}[{index}]", item, "is not a valid (key, count)")


def _counted(
    field: str, key: tuple[tuple[type, ...], ...], ages: tuple[int, ...]
) -> Callable[[Any, Any, Any], None]:
    """A validator of ``((key...), count)`` pairs (see :func:`_check_counted`)."""

    # the check lives at module level, where it runs (and can be measured) on each call;
    # this closure is built once, when the class is defined
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        _check_counted(field, key, ages, value)

    return check


Classifier: TypeAlias = Callable[[BirthRecord], "bool | None"]
"""Rules on a birth without a recorded ruling: ``True``, ``False``, or ``None`` (cannot tell)."""


def _canonical(counts: Counter[_T]) -> tuple[tuple[_T, int], ...]:
    return tuple(sorted(((k, n) for k, n in counts.items() if n), key=lambda kv: repr(kv[0])))


def _add(
    first: tuple[tuple[_T, int], ...], second: tuple[tuple[_T, int], ...]
) -> tuple[tuple[_T, int], ...]:
    counts: Counter[_T] = Counter(dict(first))
    counts.update(dict(second))
    return _canonical(counts)


def _add_optional(first: int | None, second: int | None) -> int | None:
    return None if first is None or second is None else first + second


@final
@attrs.frozen(kw_only=True)
class RegisterSummary:
    """The counts a register yields for one year: a partial summary that merges.

    Summaries of disjoint parts of a register (townships, or chunks of one stream) merge with
    :meth:`merge` (or ``+``) into the summary of the whole; :meth:`report` turns a summary into
    an :class:`IndicatorReport`. Populations add up (``None`` if either part lacks one). Counts
    are cross-tabulations kept as sorted ``(key, count)`` tuples, so equal registers give equal
    summaries, and any threshold (late-childbearing age…) is applied only in :meth:`report`.
    Each cross-tabulation is checked: a tuple of ``(key, count)`` pairs, each key of the shape
    and types below (an age 0–150, or ``None`` where it may be unknown), each count an int ≥ 0;
    anything else raises :class:`~fpcore.errors.InvalidInputError` naming the entry.

    Attributes:
        year: The statistical year.
        jurisdiction: The area.
        population_start: Population at the start of the year, or ``None``.
        population_end: Population at the end, or ``None``.
        women_by_age: Women by single year of age.
        births: ``((sex, order, ruling, mother_age), count)`` for births in the year.
        classified: Births in the year whose ruling came from the ``classify`` callable.
        births_outside_year: Birth records of other years (ignored).
        deaths: Deaths in the year.
        deaths_outside_year: Death records of other years (ignored).
        deaths_recorded: Whether death records were supplied (``False``: ``deaths`` is 0 for
            want of records, and the death rates are not computed).
        married_women: ``((method, fecund, children, certificate), count)``.
        marriages: ``((husband_first, husband_age, wife_first, wife_age), count)`` in the year.
        marriages_outside_year: Marriage records of other years (ignored).
    """

    year: int = attrs.field(validator=_summary_year)
    jurisdiction: Jurisdiction = attrs.field(validator=is_a(Jurisdiction))
    population_start: int | None = attrs.field(default=None, validator=_optional_count)
    population_end: int | None = attrs.field(default=None, validator=_optional_count)
    women_by_age: tuple[tuple[int, int], ...] = attrs.field(
        default=(), validator=_counted("women_by_age", ((int,),), ages=(0,))
    )
    births: tuple[tuple[BirthKey, int], ...] = attrs.field(
        default=(), validator=_counted("births", _BIRTH_KEY, ages=(3,))
    )
    classified: int = attrs.field(default=0, validator=_summary_count)
    births_outside_year: int = attrs.field(default=0, validator=_summary_count)
    deaths: int = attrs.field(default=0, validator=_summary_count)
    deaths_outside_year: int = attrs.field(default=0, validator=_summary_count)
    married_women: tuple[tuple[WomanKey, int], ...] = attrs.field(
        default=(), validator=_counted("married_women", _WOMAN_KEY, ages=())
    )
    marriages: tuple[tuple[MarriageKey, int], ...] = attrs.field(
        default=(), validator=_counted("marriages", _MARRIAGE_KEY, ages=(1, 3))
    )
    marriages_outside_year: int = attrs.field(default=0, validator=_summary_count)
    deaths_recorded: bool = attrs.field(default=True, validator=_flag)

    def merge(self, other: RegisterSummary) -> RegisterSummary:
        """The summary of both parts together.

        Raises:
            InvalidInputError: If the two summaries are of different years or jurisdictions.
        """
        if not isinstance(other, RegisterSummary):
            raise InvalidInputError("other", other, "must be a RegisterSummary")
        if (other.year, other.jurisdiction) != (self.year, self.jurisdiction):
            raise InvalidInputError(
                "other",
                f"{other.year} {other.jurisdiction.code}",
                f"is not of the same year and jurisdiction ({self.year} {self.jurisdiction.code})",
            )
        return RegisterSummary(
            year=self.year,
            jurisdiction=self.jurisdiction,
            population_start=_add_optional(self.population_start, other.population_start),
            population_end=_add_optional(self.population_end, other.population_end),
            women_by_age=_add(self.women_by_age, other.women_by_age),
            births=_add(self.births, other.births),
            classified=self.classified + other.classified,
            births_outside_year=self.births_outside_year + other.births_outside_year,
            deaths=self.deaths + other.deaths,
            deaths_outside_year=self.deaths_outside_year + other.deaths_outside_year,
            married_women=_add(self.married_women, other.married_women),
            marriages=_add(self.marriages, other.marriages),
            marriages_outside_year=self.marriages_outside_year + other.marriages_outside_year,
            # one part without death records leaves the whole without a complete count
            deaths_recorded=self.deaths_recorded and other.deaths_recorded,
        )

    def __add__(self, other: RegisterSummary) -> RegisterSummary:
        """``a + b`` is ``a.merge(b)``."""
        return self.merge(other)

    def report(self, *, book: PolicyBook | None = None) -> IndicatorReport:
        """Every indicator these counts support, and why the others could not be computed.

        Args:
            book: The policy book; ``None`` means :func:`~fpcore.params.default_book`. Thresholds are
                read for the last day of the year.
        """
        return _build_report(self, check_book(book))


def merge_summaries(summaries: Iterable[RegisterSummary]) -> RegisterSummary:
    """Merge partial summaries (at least one) into the summary of the whole register.

    Raises:
        InvalidInputError: Naming ``summaries`` if it is not an iterable of summaries (a
            string or a mapping is refused too) or holds none, ``summaries[i]`` for an item
            that is not a :class:`RegisterSummary`, or ``other`` if they differ in year or
            jurisdiction.
    """
    first, *rest = instances(
        summaries, RegisterSummary, "summaries", at_least_one="RegisterSummary"
    )
    total = first
    for item in rest:
        total = total.merge(item)
    return total


def _check_year(year: object) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not 1 <= year <= 9999:
        raise InvalidInputError("year", year, "must be an int year")
    return year


def _chunks(records: Iterable[_T]) -> Iterator[list[_T]]:
    stream = iter(records)
    while chunk := list(itertools.islice(stream, PROGRESS_EVERY)):
        yield chunk


_BIRTH_FIELDS: Final = operator.attrgetter(
    "date.year", "sex", "birth_order", "within_policy", "mother_age"
)
_WOMAN_FIELDS: Final = operator.attrgetter("method", "fecund", "children", "one_child_certificate")
_MARRIAGE_FIELDS: Final = operator.attrgetter(
    "date.year", "husband_first", "husband_age", "wife_first", "wife_age"
)
_YEAR: Final = operator.attrgetter("date.year")


def _count_records(
    field: str, kind: str, records: Iterable[_T], key: Callable[[_T], Any]
) -> Counter[Any]:
    counts: Counter[Any] = Counter()
    try:
        counts.update(map(key, records))
    except AttributeError:
        raise InvalidInputError(field, kind, "must hold only records of this type") from None
    return counts


def tally(
    register: Register,
    *,
    year: int,
    classify: Classifier | None = None,
    progress: Callable[[int], object] | None = None,
) -> RegisterSummary:
    """Count one year of a register in one pass: the mergeable partial summary.

    Args:
        register: The register (its record streams are read once).
        year: The statistical year; records dated in other years are counted as outside it.
        classify: Called for each birth of the year whose ``within_policy`` is ``None``; it
            returns ``True``, ``False`` or ``None`` (unknown). Pass
            ``fpcore.births.classify_birth`` wrapped for your records. Without it such births
            stay unknown, and the report says how many.
        progress: Called with the number of birth records read so far, after every
            ``PROGRESS_EVERY`` (65,536) records and at the end. It must do no harm; fpcore does no
            I/O itself.

    Raises:
        InvalidInputError: For a bad year, a record of the wrong type, or a ``classify``
            result that is not ``True``, ``False`` or ``None``.

    >>> register = Register(population_start=1000, population_end=1000,
    ...     births=[BirthRecord(date=date(2009, 5, 1), sex="male", birth_order=1)])
    >>> tally(register, year=2009).births
    ((('male', 1, None, None), 1),)
    """
    if not isinstance(register, Register):
        raise InvalidInputError("register", register, "must be a Register")
    year = _check_year(year)
    classified = 0
    raw: Counter[Any] = Counter()
    read = 0
    for chunk in _chunks(register.births):
        raw.update(_count_records("births", "BirthRecord", chunk, _BIRTH_FIELDS))
        read += len(chunk)
        if classify is not None:
            # Only births of the year without a recorded ruling are passed to the classifier;
            # each ruling moves its birth from the "unknown" cell to its ruling's cell.
            for record in [r for r in chunk if r.within_policy is None]:
                key = _BIRTH_FIELDS(record)
                if key[0] != year:
                    continue
                ruling = classify(record)
                if ruling is None:
                    continue
                if not isinstance(ruling, bool):
                    raise InvalidInputError("classify", ruling, "must return True, False or None")
                raw[key] -= 1
                raw[(key[0], key[1], key[2], ruling, key[4])] += 1
                classified += 1
        if progress is not None:
            progress(read)
    if progress is not None and read == 0:
        progress(0)
    births: Counter[BirthKey] = Counter()
    outside = 0
    for fields, n in raw.items():
        record_year, sex, order, ruling, age = fields
        if record_year == year:
            births[(sex, order, ruling, age)] += n
        else:
            outside += n
    deaths = _count_records("deaths", "DeathRecord", register.deaths or (), _YEAR)
    women = _count_records("married_women", "MarriedWoman", register.married_women, _WOMAN_FIELDS)
    marriages: Counter[MarriageKey] = Counter()
    marriages_outside = 0
    for fields, n in _count_records(
        "marriages", "Marriage", register.marriages, _MARRIAGE_FIELDS
    ).items():
        if fields[0] == year:
            marriages[fields[1:]] += n
        else:
            marriages_outside += n
    return RegisterSummary(
        year=year,
        jurisdiction=register.jurisdiction,
        population_start=register.population_start,
        population_end=register.population_end,
        women_by_age=register.women_by_age,
        births=_canonical(births),
        classified=classified,
        births_outside_year=outside,
        deaths=deaths[year],
        deaths_outside_year=sum(deaths.values()) - deaths[year],
        married_women=_canonical(women),
        marriages=_canonical(marriages),
        marriages_outside_year=marriages_outside,
        deaths_recorded=register.deaths is not None,
    )


def summarize(
    register: Register,
    *,
    year: int,
    classify: Classifier | None = None,
    progress: Callable[[int], object] | None = None,
    book: PolicyBook | None = None,
) -> IndicatorReport:
    """Every indicator a register supports for ``year``, and why the others are missing.

    Equivalent to ``tally(register, year=..., ...).report(book=book)``; use :func:`tally` and
    :meth:`RegisterSummary.merge` to summarise a register in parts (per township, per
    process) and merge the parts.

    Args:
        register: The register.
        year: The statistical year.
        classify: Rules on births without a recorded ruling (see :func:`tally`).
        progress: Called with the number of birth records read so far (see :func:`tally`).
        book: The policy book; ``None`` means :func:`~fpcore.params.default_book`.

    Raises:
        InvalidInputError: For a bad register, year or classifier result.

    >>> births = [BirthRecord(date=date(2009, 1, 2), sex="male", birth_order=1,
    ...                       within_policy=True)] * 1300 + [
    ...           BirthRecord(date=date(2009, 1, 3), sex="female", birth_order=2,
    ...                       within_policy=True)] * 1200
    >>> report = summarize(Register(population_start=209000, population_end=211000,
    ...                             births=births), year=2009)
    >>> str(report.rate("crude_birth_rate")), str(report.rate("sex_ratio_at_birth"))
    ('11.90‰', '108.33')
    """
    return tally(register, year=year, classify=classify, progress=progress).report(book=book)


# -- the report ---------------------------------------------------------------------------------

_MISSING: Final = Message(zh="{name}：无法计算——{reason}", en="{name}: not computed — {reason}")
_NO_POPULATION: Final = Message(
    zh="登记中没有年初和年末人口", en="the register has no population at the start and end"
)
_NO_BIRTHS: Final = Message(zh="本年度没有出生记录", en="no births in the year")
_NO_DEATHS: Final = Message(
    zh="登记中没有死亡记录（死亡人数未提供，不是零）",
    en="the register holds no death records (deaths not supplied, which is not zero deaths)",
)
_NO_FEMALE_BIRTHS: Final = Message(zh="本年度没有女婴出生", en="no female births in the year")
_NO_FIRST_BIRTH_AGES: Final = Message(
    zh="没有记录母亲年龄的一孩出生", en="no first birth with the mother's age recorded"
)
_NO_WOMEN_BY_AGE: Final = Message(
    zh="登记中没有分年龄育龄妇女数", en="the register has no women by age"
)
_AGES_WITHOUT_WOMEN: Final = Message(
    zh="有母亲年龄在分年龄妇女数之外的出生", en="some mothers' ages have no women by age"
)
_NO_MARRIED_WOMEN: Final = Message(
    zh="登记中没有已婚育龄妇女", en="the register has no married women of childbearing age"
)
_NO_USERS: Final = Message(zh="没有采取节育措施的妇女", en="no woman uses a method")
_NO_FECUND_VARIANT: Final = Message(
    zh="登记中没有标注无生育能力的妇女，窄口径与宽口径相同",
    en="no woman is recorded as unable to conceive, so the narrow base equals the standard one",
)
_NO_FECUND_WOMEN: Final = Message(
    zh="没有记录为有生育能力的已婚育龄妇女", en="no married woman is recorded as able to conceive"
)
_NO_ONE_CHILD: Final = Message(
    zh="没有记录为一孩的已婚育龄妇女", en="no married woman is recorded with exactly one child"
)
_NO_FIRST_MARRIAGES: Final = Message(
    zh="没有记录年龄的初婚", en="no first marriage with the age recorded"
)
_UNKNOWN_RULINGS: Final = Message(
    zh="{unknown}例出生（共{births}例）没有政策符合性结论：官方口径（符合政策出生数 ÷ 全部出生数）"
    "将其计入分母、不计入分子，出生政策符合率为{official}；若这些出生全部符合政策则为{high}，"
    "故符合率在{low}至{high}之间",
    en="{unknown} of {births|birth|births} without a ruling on policy: the official rate (births within "
    "policy ÷ all births) counts them in the denominator, not the numerator, and gives "
    "{official}; were they all within policy it would be {high}, so the rate lies between {low} "
    "and {high}",
)
_AMONG_DETERMINED: Final = Message(
    zh="；仅计有结论的{determined_births}例出生为{determined}（非官方口径）",
    en="; among the {determined_births|birth|births} with a ruling alone it is {determined} (not the "
    "official rate)",
)
_OUT_OF_POLICY_ONLY_RULED: Final = Message(
    zh="；政策外生育率只计被判定为政策外的出生",
    en="; the out-of-policy rate counts only births ruled out of policy",
)


def _join(*messages: Message) -> Message:
    return Message(zh="".join(m.zh for m in messages), en="".join(m.en for m in messages))


def _compliance_bounds(within: int, unknown: int, births: int) -> tuple[Decimal, Decimal]:
    """The official rate (undetermined births out of policy) and the rate were they all within."""
    return (
        _CONTEXT.divide(Decimal(100 * within), births),
        _CONTEXT.divide(Decimal(100 * (within + unknown)), births),
    )


def _percent(value: Decimal) -> str:
    """A percentage as reports print it: two decimals, half up (四舍五入)."""
    return f"{value.quantize(Decimal('0.01'), rounding=decimal.ROUND_HALF_UP)}%"


_CLASSIFIED: Final = Message(
    zh="{classified}例无记录结论的出生由分类函数判定",
    en="births without a recorded ruling, ruled by the classifier: {classified}",
)
_OUTSIDE_YEAR: Final = Message(
    zh="忽略了其他年份的记录：出生{births}、死亡{deaths}、结婚{marriages}",
    en="records of other years were ignored: {births|birth|births}, {deaths|death|deaths}, "
    "{marriages|marriage|marriages}",
)
_UNKNOWN_AGES: Final = Message(
    zh="{count}例一孩出生未记录母亲年龄，未计入晚育率",
    en="first births without the mother's age, left out of the late-childbearing rate: {count}",
)
_HEADLINE: Final = Message(
    zh="{jurisdiction}{year}年人口和计划生育指标（出生{births}例）",
    en="Population and family-planning indicators, {jurisdiction}, {year} ({births|birth|births})",
)


@final
@attrs.frozen(kw_only=True)
class IndicatorReport(Explained):
    """The indicators computed from a register for one year.

    Attributes:
        year: The statistical year.
        jurisdiction: The area.
        rates: Every rate the data supports, in the order of the definitions.
        missing: One check (``passed=None``) per indicator that could not be computed, saying
            why.
        notes: Checks (``passed=None``) about the data: births without a ruling, births ruled
            by the classifier, records of other years ignored.
        provenance: The policy-book values used (thresholds), with their citations.
        summary: The counts the report was built from.
    """

    year: int
    jurisdiction: Jurisdiction
    rates: tuple[Rate, ...]
    missing: tuple[Check, ...]
    notes: tuple[Check, ...]
    provenance: tuple[Resolution, ...]
    summary: RegisterSummary

    @property
    def births(self) -> int:
        """Births in the year."""
        return sum(n for _, n in self.summary.births)

    @property
    def unknown_rulings(self) -> int:
        """Births in the year with no ruling, recorded or classified (undetermined births)."""
        return sum(n for key, n in self.summary.births if key[2] is None)

    @property
    def compliance_range(self) -> tuple[Decimal, Decimal] | None:
        """The range the official compliance rate could take once every ruling is known, in %.

        The lower end is the official rate itself (births without a ruling count as not within
        policy); the upper end is the rate were they all within policy. Both are exact (40
        significant digits at most); the range is one point when every birth has a ruling.
        ``None`` when there were no births.

        >>> from datetime import date
        >>> births = [BirthRecord(date=date(2009, 1, 1), sex="male", birth_order=1,
        ...                       within_policy=ruling) for ruling in (True, True, False, None)]
        >>> summarize(Register(births=births), year=2009).compliance_range
        (Decimal('50'), Decimal('75'))
        """
        if not self.births:
            return None
        within = sum(n for key, n in self.summary.births if key[2] is True)
        return _compliance_bounds(within, self.unknown_rulings, self.births)

    _css: ClassVar[str] = "fpcore-indicators"

    @property
    def checks(self) -> tuple[Check, ...]:
        """The indicators that could not be computed, then the notes on the data."""
        return (*self.missing, *self.notes)

    def _as_of(self) -> date:
        # thresholds are read for 31 December of the year: past the date through which their
        # sources were checked, the report presumes the last known values still apply
        return date(self.year, 12, 31)

    def _extra_resolutions(self) -> tuple[Resolution, ...]:
        return self.provenance

    def rate(self, code: str, variant: str | None = None) -> Rate:
        """The computed rate with this code (and variant).

        Raises:
            UnknownIndicatorError: If it was not computed (see :attr:`missing` for why).
        """
        for item in self.rates:
            if item.definition.code == code and item.definition.variant == variant:
                return item
        raise UnknownIndicatorError(
            code if variant is None else f"{code} [{variant}]",
            tuple(dict.fromkeys(item.code for item in self.rates)),
        )

    def headline(self, lang: Lang = "zh") -> str:
        """The area, the year and the births counted."""
        return _HEADLINE.render(
            lang,
            {
                "jurisdiction": self.jurisdiction.name(lang),
                "year": self.year,
                "births": self.births,
            },
        )

    def _lead(self, lang: Lang, numbers: _Numbers) -> list[str]:
        return [f"  {rate.describe(lang)}" for rate in self.rates]

    def _lead_html(self, numbers: _Numbers) -> str:
        rows = "".join(
            f'<tr><td style="text-align: left">{html.escape(r.definition.name_en)}<br><small>'
            f"{html.escape(r.definition.name_zh)}</small></td>"
            f'<td style="text-align: right">{html.escape(r.format("en"))}</td>'
            f'<td style="text-align: left"><small>{html.escape(r.describe("en"))}</small></td></tr>'
            for r in self.rates
        )
        return (
            '<table class="fpcore-rates"><thead><tr><th style="text-align: left">Indicator</th>'
            '<th style="text-align: right">Value</th><th style="text-align: left">Computed as'
            f"</th></tr></thead><tbody>{rows}</tbody></table>"
        )


def _missing(code: str, name_zh: str, name_en: str, reason: Message) -> Check:
    return Check(
        code=f"indicators.missing.{code}",
        passed=None,
        message=Message(
            zh=_MISSING.zh.format(name=name_zh, reason=reason.zh),
            en=_MISSING.en.format(name=name_en, reason=reason.en),
        ),
    )


def _build_report(summary: RegisterSummary, book: PolicyBook) -> IndicatorReport:
    on = date(summary.year, 12, 31)
    where = summary.jurisdiction

    def resolve(key: str) -> Resolution:
        return book.resolve(key, on=on, jurisdiction=where)

    min_order = resolve("indicators.higher_order_birth.min_order")
    late_birth_age = resolve("indicators.late_childbearing.min_age")
    late_male = resolve("indicators.late_marriage.min_age_male")
    late_female = resolve("indicators.late_marriage.min_age_female")

    rates: list[Rate] = []
    missing: list[Check] = []
    notes: list[Check] = []

    def lack(definition: Definition, reason: Message) -> None:
        missing.append(_missing(definition.code, definition.name_zh, definition.name_en, reason))

    births = within = out = unknown = male = female = higher = 0
    first_known = first_late = first_unknown_age = 0
    by_age: Counter[int] = Counter()
    for (sex, order, ruling, age), n in summary.births:
        births += n
        if sex == "male":
            male += n
        else:
            female += n
        if ruling is None:
            unknown += n
        elif ruling:
            within += n
        else:
            out += n
        if order >= min_order.as_int():
            higher += n
        if age is not None:
            by_age[age] += n
        if order == 1:
            if age is None:
                first_unknown_age += n
            else:
                first_known += n
                first_late += n if age >= late_birth_age.as_int() else 0

    # population and crude rates
    if (
        summary.population_start is not None
        and summary.population_end is not None
        and (summary.population_start + summary.population_end)
    ):
        mean = mean_population(start=summary.population_start, end=summary.population_end)
        rates += [mean, crude_birth_rate(births=births, mean_population=mean)]
        if summary.deaths_recorded:
            rates += [
                crude_death_rate(deaths=summary.deaths, mean_population=mean),
                natural_growth_rate(births=births, deaths=summary.deaths, mean_population=mean),
            ]
        else:
            lack(d.CRUDE_DEATH_RATE, _NO_DEATHS)
            lack(d.NATURAL_GROWTH_RATE, _NO_DEATHS)
    else:
        for definition in (
            d.MEAN_POPULATION,
            d.CRUDE_BIRTH_RATE,
            d.CRUDE_DEATH_RATE,
            d.NATURAL_GROWTH_RATE,
        ):
            lack(definition, _NO_POPULATION)
    # births: policy, order, sex. The official compliance rate divides by ALL births: a birth
    # without a ruling is in the denominator and not in the numerator (its lower bound).
    if births:
        rates += [
            policy_compliance_rate(within_policy=within, births=births),
            out_of_policy_rate(out_of_policy=out, births=births),
        ]
        if unknown and within + out:
            rates.append(
                Rate(
                    definition=d.POLICY_COMPLIANCE_RATE_DETERMINED,
                    numerator=within,
                    denominator=within + out,
                )
            )
    else:
        for definition in (d.POLICY_COMPLIANCE_RATE, d.OUT_OF_POLICY_RATE):
            lack(definition, _NO_BIRTHS)
    if births:
        rates.append(higher_order_birth_rate(higher_order=higher, births=births))
    else:
        lack(d.HIGHER_ORDER_BIRTH_RATE, _NO_BIRTHS)
    if female:
        rates.append(sex_ratio_at_birth(male=male, female=female))
    else:
        lack(d.SEX_RATIO_AT_BIRTH, _NO_BIRTHS if births == 0 else _NO_FEMALE_BIRTHS)
    if first_known:
        rates.append(late_childbearing_rate(late_first_births=first_late, first_births=first_known))
    else:
        lack(d.LATE_CHILDBEARING_RATE, _NO_FIRST_BIRTH_AGES)
    # fertility
    women = {age: n for age, n in summary.women_by_age if n}
    childbearing = sum(n for age, n in women.items() if age in CHILDBEARING_AGES)
    if not childbearing:
        lack(d.GENERAL_FERTILITY_RATE, _NO_WOMEN_BY_AGE)
        lack(d.TOTAL_FERTILITY_RATE, _NO_WOMEN_BY_AGE)
    else:
        rates.append(general_fertility_rate(births=births, women=childbearing))
        if all(age in women for age in by_age):
            rates.append(
                total_fertility_rate(
                    births=dict(by_age),
                    women={a: n for a, n in women.items() if a in CHILDBEARING_AGES or a in by_age},
                )
            )
        else:
            lack(d.TOTAL_FERTILITY_RATE, _AGES_WITHOUT_WOMEN)
    # married women
    total_women = users = long_acting = fecund = fecund_users = one_child = holders = 0
    for (method, is_fecund, children, certificate), n in summary.married_women:
        total_women += n
        uses = method is not None
        users += n if uses else 0
        long_acting += n if uses and method.is_long_acting else 0  # type: ignore[union-attr]
        if is_fecund:
            fecund += n
            fecund_users += n if uses else 0
        if children == 1:
            one_child += n
            holders += n if certificate else 0
    if total_women:
        rates.append(contraceptive_prevalence(users=users, married_women=total_women))
        if fecund and fecund < total_women:
            rates.append(contraceptive_prevalence(users=fecund_users, fecund_married_women=fecund))
        else:
            # every woman fecund: the narrow base is the standard one; none: there is no base
            lack(
                d.CONTRACEPTIVE_PREVALENCE_FECUND,
                _NO_FECUND_VARIANT if fecund else _NO_FECUND_WOMEN,
            )
        if users:
            rates.append(long_acting_method_rate(long_acting_users=long_acting, users=users))
        else:
            lack(d.LONG_ACTING_METHOD_RATE, _NO_USERS)
        rates.append(
            long_acting_method_rate(long_acting_users=long_acting, married_women=total_women)
        )
        if one_child:
            rates.append(
                certificate_uptake_rate(certificate_holders=holders, one_child_couples=one_child)
            )
        else:
            lack(d.CERTIFICATE_UPTAKE_RATE, _NO_ONE_CHILD)
    else:
        for definition in (
            d.CONTRACEPTIVE_PREVALENCE,
            d.CONTRACEPTIVE_PREVALENCE_FECUND,
            d.LONG_ACTING_METHOD_RATE,
            d.LONG_ACTING_METHOD_RATE_MARRIED_WOMEN,
            d.CERTIFICATE_UPTAKE_RATE,
        ):
            lack(definition, _NO_MARRIED_WOMEN)
    # marriages
    first_marriages = late_marriages = 0
    for (husband_first, husband_age, wife_first, wife_age), n in summary.marriages:
        if husband_first and husband_age is not None:
            first_marriages += n
            late_marriages += n if husband_age >= late_male.as_int() else 0
        if wife_first and wife_age is not None:
            first_marriages += n
            late_marriages += n if wife_age >= late_female.as_int() else 0
    if first_marriages:
        rates.append(
            late_marriage_rate(late_first_marriages=late_marriages, first_marriages=first_marriages)
        )
    else:
        lack(d.LATE_MARRIAGE_RATE, _NO_FIRST_MARRIAGES)
    # notes
    if unknown:
        low, high = _compliance_bounds(within, unknown, births)
        facts: list[tuple[str, Fact]] = [
            ("unknown", unknown),
            ("births", births),
            ("official", _percent(low)),
            ("low", _percent(low)),
            ("high", _percent(high)),
        ]
        message = _UNKNOWN_RULINGS
        if within + out:
            facts += [
                ("determined_births", within + out),
                ("determined", _percent(_CONTEXT.divide(Decimal(100 * within), within + out))),
            ]
            message = _join(_UNKNOWN_RULINGS, _AMONG_DETERMINED)
        notes.append(
            Check(
                code="indicators.unknown_rulings",
                passed=None,
                message=_join(message, _OUT_OF_POLICY_ONLY_RULED),
                facts=tuple(facts),
            )
        )
    if summary.classified:
        notes.append(
            Check(
                code="indicators.classified",
                passed=None,
                message=_CLASSIFIED,
                facts=(("classified", summary.classified),),
            )
        )
    if first_unknown_age:
        notes.append(
            Check(
                code="indicators.unknown_mother_age",
                passed=None,
                message=_UNKNOWN_AGES,
                facts=(("count", first_unknown_age),),
            )
        )
    if summary.births_outside_year or summary.deaths_outside_year or summary.marriages_outside_year:
        notes.append(
            Check(
                code="indicators.outside_year",
                passed=None,
                message=_OUTSIDE_YEAR,
                facts=(
                    ("births", summary.births_outside_year),
                    ("deaths", summary.deaths_outside_year),
                    ("marriages", summary.marriages_outside_year),
                ),
            )
        )
    position = {definition: index for index, definition in enumerate(d.DEFINITIONS)}
    return IndicatorReport(
        year=summary.year,
        jurisdiction=where,
        rates=tuple(sorted(rates, key=lambda rate: position[rate.definition])),
        missing=tuple(missing),
        notes=tuple(notes),
        provenance=(min_order, late_birth_age, late_male, late_female),
        summary=summary,
    )
