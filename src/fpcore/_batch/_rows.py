"""Canonical household rows: the format, one validator, and the adapters to and from families.

A household row is a plain tuple, cheap to build and to read (see :data:`Household`)::

    (key, jurisdiction, mother, father, children,
     married_on, one_child_certificate_on, second_birth_permit_on, source)

    mother, father: (birth_date, death_date, rural, only_child, surgery_complication_grade)
                    or None
    child:          (birth_date, death_date, female, within_policy, adopted, parents,
                     disability_grade)   with parents 1 = mother, 2 = father, 3 = both

``key`` is the caller's household identifier (anything, ``None`` allowed); ``source`` is the
:class:`~fpcore.family.Family` the row was projected from (:func:`row_from_family`) or ``None``.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from itertools import chain
from operator import itemgetter
from typing import Any, Final, TypeAlias, final

from fpcore.dates import MAX_AGE
from fpcore.errors import InvalidInputError
from fpcore.family import Child, Family, Hukou, Parent, Person, Sex
from fpcore.jurisdictions import Jurisdiction
from fpcore.plausibility import (
    MAX_DAYS_AFTER_FATHER_DEATH,
    MIN_DELIVERY_INTERVAL_DAYS,
    MIN_PARENT_AGE,
    UNUSUAL_FATHER_AGE,
    UNUSUAL_MOTHER_AGE,
)

ParentRow: TypeAlias = tuple[date, date | None, bool, bool, int | None]
"""A parent: ``(birth_date, death_date, rural, only_child, surgery_complication_grade)``."""

ChildRow: TypeAlias = tuple[date, date | None, bool, bool | None, bool, int, int | None]
"""A child: ``(birth_date, death_date, female, within_policy, adopted, parents,
disability_grade)``; ``parents`` is 1 (the mother's), 2 (the father's) or 3 (both)."""

Household: TypeAlias = tuple[
    Hashable,
    Jurisdiction,
    ParentRow | None,
    ParentRow | None,
    tuple[ChildRow, ...],
    date | None,
    date | None,
    date | None,
    Family | None,
]
"""A household: ``(key, jurisdiction, mother, father, children, married_on,
one_child_certificate_on, second_birth_permit_on, source)``."""

FIELDS: Final = 9
"""How many fields a household row has."""

MOTHER_ONLY: Final = 1
FATHER_ONLY: Final = 2
BOTH: Final = 3
_PARENT_SETS: Final = {
    MOTHER_ONLY: frozenset({Parent.MOTHER}),
    FATHER_ONLY: frozenset({Parent.FATHER}),
    BOTH: frozenset({Parent.MOTHER, Parent.FATHER}),
}
_PARENT_CODES: Final = {parents: code for code, parents in _PARENT_SETS.items()}
_MAX_GRADE: Final = 4
_MAX_COMPLICATION: Final = 3


# -- the validator -------------------------------------------------------------------------------


def check_row(row: object) -> Household:
    """``row`` if the model constructors accept it (as :func:`family_from_row` builds it).

    The common case is checked in one pass without building anything (``fields_ok``); a
    row that fails it is built with the public constructors, which raise the precise error (or
    accept an unusual but valid row, returned in canonical form).

    Raises:
        InvalidInputError: Naming the field, exactly as :func:`family_from_row` does.
    """
    if (
        row.__class__ is tuple
        and len(row) == FIELDS
        and row[1].__class__ is Jurisdiction
        and row[8] is None
        and fields_ok(row)
    ):
        return row
    return _slow_check(row)


def fields_ok(row: tuple[Any, ...], oldest: date = date.min) -> bool:
    """Whether the constructors surely accept a household row's fields, building nothing.

    The fields are all but the key, the jurisdiction and the source.
    ``False`` means "not surely", not "refused": the caller then asks the constructors
    (:func:`check_row` does), which refuse with the precise error, warn about an unusual age
    (:mod:`fpcore.plausibility`) or accept. This is the one row validator of the batch path;
    rows read from a register are checked by it too. It checks the types and the dates'
    order as the constructors do, and plausibility against a band that needs no exact age,
    as :class:`~fpcore.family.Family` does: a parent's age at a birth in days between
    ``366 × MIN_PARENT_AGE`` and ``365 × UNUSUAL_*_AGE``, a birth at most
    ``MAX_DAYS_AFTER_FATHER_DEATH`` days after the father's death, the mother's deliveries
    (adoptions aside) a day or at least ``MIN_DELIVERY_INTERVAL_DAYS`` apart, documents
    dated ``366 × MIN_PARENT_AGE`` days or more after each parent's birth, a marriage before
    each parent's death, no one dead more than ``MAX_AGE`` years after the birth. A parent
    born before ``oldest`` is not surely accepted either (the batch checks their age on the
    date). (One function, written out: it runs once per household on the hot path.)
    """
    _, _, mother, father, children, married, certified, permitted, _ = row
    if not (
        children.__class__ is tuple
        and (married is None or married.__class__ is date)
        and (certified is None or certified.__class__ is date)
        and (permitted is None or permitted.__class__ is date)
    ):
        return False
    # the earliest document, as a day number (_NEVER: none)
    first = _NEVER
    if married is not None:
        first = married.toordinal()
    if certified is not None and certified.toordinal() < first:
        first = certified.toordinal()
    if permitted is not None and permitted.toordinal() < first:
        first = permitted.toordinal()
    m_born: Any = None
    m_died: Any = None
    f_born: Any = None
    m_day = f_day = f_dead = 0
    if mother is not None:
        if mother.__class__ is not tuple or len(mother) != 5:
            return False
        m_born, m_died, rural, only, grade = mother
        if not (
            m_born.__class__ is date
            and m_born >= oldest
            and (
                m_died is None
                or (
                    m_died.__class__ is date
                    and m_died >= m_born
                    and m_died.year - m_born.year <= MAX_AGE
                )
            )
            and rural.__class__ is bool
            and only.__class__ is bool
            and (grade is None or (grade.__class__ is int and 1 <= grade <= _MAX_COMPLICATION))
        ):
            return False
        m_day = m_born.toordinal()
        # documents dated once she is surely of age; married before her death
        if first - m_day < _OF_AGE or (
            married is not None and m_died is not None and married >= m_died
        ):
            return False
    if father is not None:
        if father.__class__ is not tuple or len(father) != 5:
            return False
        f_born, died, rural, only, grade = father
        if not (
            f_born.__class__ is date
            and f_born >= oldest
            and (
                died is None
                or (
                    died.__class__ is date and died >= f_born and died.year - f_born.year <= MAX_AGE
                )
            )
            and rural.__class__ is bool
            and only.__class__ is bool
            and (grade is None or (grade.__class__ is int and 1 <= grade <= _MAX_COMPLICATION))
        ):
            return False
        f_day = f_born.toordinal()
        if first - f_day < _OF_AGE or (
            married is not None and died is not None and married >= died
        ):
            return False
        f_dead = _NEVER if died is None else died.toordinal()
    elif mother is None:
        return False
    delivered = second = 0  # the days of the mother's first two deliveries (0: none yet)
    more: list[int] | None = None  # and of every one, from her third
    for child in children:
        if child.__class__ is not tuple or len(child) != 7:
            return False
        born, died, female, policy, adopted, parents, grade = child
        if not (
            born.__class__ is date
            and (
                died is None
                or (died.__class__ is date and died >= born and died.year - born.year <= MAX_AGE)
            )
            and female.__class__ is bool
            and (policy is None or policy.__class__ is bool)
            and adopted.__class__ is bool
            and parents.__class__ is int
            and 0 < parents <= BOTH
            and (grade is None or (grade.__class__ is int and 1 <= grade <= _MAX_GRADE))
        ):
            return False
        has_mother = m_born is not None and parents & MOTHER_ONLY
        has_father = f_born is not None and parents & FATHER_ONLY
        if not (has_mother or has_father):
            return False
        if adopted:  # born after the parents, while the mother lived
            if (has_mother and (born < m_born or (m_died is not None and born > m_died))) or (
                has_father and born < f_born
            ):
                return False
            continue
        # born to parents surely of a usual age (which puts the birth after theirs), while
        # the mother lived, not long after the father's death
        day = born.toordinal()
        if has_mother and not (
            _OF_AGE <= day - m_day < _USUAL_MOTHER and (m_died is None or born <= m_died)
        ):
            return False
        if has_father and not (
            _OF_AGE <= day - f_day < _USUAL_FATHER and day - f_dead <= _POSTHUMOUS
        ):
            return False
        if parents & MOTHER_ONLY:  # her delivery, whether or not she is in the row
            if not delivered:
                delivered = day
            elif not second:
                if 1 < abs(day - delivered) < MIN_DELIVERY_INTERVAL_DAYS:
                    return False
                second = day
            elif more is None:
                more = [delivered, second, day]
            else:
                more.append(day)
    if more is not None:
        more.sort()
        before = more[0]
        for after in more[1:]:
            if 1 < after - before < MIN_DELIVERY_INTERVAL_DAYS:
                return False
            before = after
    return True


_OF_AGE: Final = 366 * MIN_PARENT_AGE
"""Days after a birth surely past the ``MIN_PARENT_AGE``-th birthday (10 years: 3,653 days at
most)."""
_USUAL_MOTHER: Final = 365 * UNUSUAL_MOTHER_AGE
"""Days after a mother's birth surely before her ``UNUSUAL_MOTHER_AGE``-th birthday."""
_USUAL_FATHER: Final = 365 * UNUSUAL_FATHER_AGE
"""Days after a father's birth surely before his ``UNUSUAL_FATHER_AGE``-th birthday."""
_POSTHUMOUS: Final = MAX_DAYS_AFTER_FATHER_DEATH
_NEVER: Final = date.max.toordinal()
"""The father's death day when he is alive: no birth comes after it."""


def _slow_check(row: object) -> Household:
    family = family_from_row(row)
    key = row[0]  # type: ignore[index] # family_from_row checked the shape
    if row[FIELDS - 1] is not None:  # type: ignore[index]
        return row  # type: ignore[return-value] # a projection of its source, checked there
    return row_from_family(family, key=key, source=False)


# -- rows to families and back -------------------------------------------------------------------


def _shape(row: object) -> Household:
    if row.__class__ is not tuple or len(row) != FIELDS:
        raise InvalidInputError(
            "row", row, f"must be a tuple of {FIELDS} fields (see fpcore.batch.Household)"
        )
    return row


def _prefixed(prefix: str, error: InvalidInputError) -> InvalidInputError:
    return InvalidInputError(f"{prefix}.{error.field}", error.value, error.problem)


def _person(sex: Sex, person: object, field: str) -> Person:
    if person.__class__ is not tuple or len(person) != 5:
        raise InvalidInputError(
            field,
            person,
            "must be None or (birth_date, death_date, rural, only_child, complication_grade)",
        )
    born, died, rural, only, grade = person
    if rural.__class__ is not bool:
        raise InvalidInputError(f"{field}.rural", rural, "must be True or False")
    try:
        return Person(
            sex=sex,
            birth_date=born,
            death_date=died,
            hukou=Hukou.RURAL if rural else Hukou.URBAN,
            only_child=only,
            surgery_complication_grade=grade,
        )
    except InvalidInputError as error:
        raise _prefixed(field, error) from None


def _child(child: object, field: str) -> Child:
    if child.__class__ is not tuple or len(child) != 7:
        raise InvalidInputError(
            field,
            child,
            "must be (birth_date, death_date, female, within_policy, adopted, parents, grade)",
        )
    born, died, female, policy, adopted, parents, grade = child
    if female.__class__ is not bool:
        raise InvalidInputError(f"{field}.female", female, "must be True or False")
    if parents.__class__ is not int or parents not in _PARENT_SETS:
        raise InvalidInputError(f"{field}.parents", parents, "must be 1, 2 or 3")
    try:
        return Child(
            sex=Sex.FEMALE if female else Sex.MALE,
            birth_date=born,
            death_date=died,
            within_policy=policy,
            adopted=adopted,
            parents=_PARENT_SETS[parents],
            disability_grade=grade,
        )
    except InvalidInputError as error:
        raise _prefixed(field, error) from None


def family_from_row(row: object) -> Family:
    """The :class:`~fpcore.family.Family` a household row stands for, built by the constructors.

    A row projected from a family (its ``source`` set) gives that family back.

    Raises:
        InvalidInputError: Naming the field (``mother.birth_date``, ``children[1].parents``…)
            for a row of the wrong shape or anything the constructors refuse.
    """
    key, where, mother, father, children, married, certified, permitted, source = _shape(row)
    if source is not None:
        if source.__class__ is not Family:
            raise InvalidInputError("source", source, "must be a Family or None")
        if row_from_family(source, key=key) != row:
            raise InvalidInputError(
                "source", source, "is not the family the row was projected from"
            )
        return source
    if children.__class__ is not tuple:
        raise InvalidInputError("children", children, "must be a tuple of child rows")
    return Family(
        mother=None if mother is None else _person(Sex.FEMALE, mother, "mother"),
        father=None if father is None else _person(Sex.MALE, father, "father"),
        children=tuple(_child(c, f"children[{i}]") for i, c in enumerate(children)),
        jurisdiction=where,
        married_on=married,
        one_child_certificate_on=certified,
        second_birth_permit_on=permitted,
    )


def _parent_row(person: Person | None) -> ParentRow | None:
    if person is None:
        return None
    return (
        person.birth_date,
        person.death_date,
        person.hukou is Hukou.RURAL,
        person.only_child,
        person.surgery_complication_grade,
    )


def row_from_family(family: Family, *, key: Hashable = None, source: bool = True) -> Household:
    """The household row of ``family`` (the adapter from :class:`~fpcore.family.Family`).

    With ``source`` (the default) the row keeps the family, so the scalar rule and
    explanations read the family itself — with every field, including those no row holds
    (identifiers, ethnic minority, adoption dates, second-birth grounds).
    """
    return (
        key,
        family.jurisdiction,
        _parent_row(family.mother),
        _parent_row(family.father),
        tuple(
            (
                child.birth_date,
                child.death_date,
                child.sex is Sex.FEMALE,
                child.within_policy,
                child.adopted,
                _PARENT_CODES[child.parents],
                child.disability_grade,
            )
            for child in family.children
        ),
        family.married_on,
        family.one_child_certificate_on,
        family.second_birth_permit_on,
        family if source else None,
    )


def rows_from_families(families: Iterable[Family]) -> Iterator[Household]:
    """One household row per family, lazily; the key is the family's position.

    Raises:
        InvalidInputError: (While iterating) for an item that is not a Family, named by its
            index.
    """
    for index, family in enumerate(families):
        if not isinstance(family, Family):
            raise InvalidInputError(f"families[{index}]", family, "must be a Family")
        yield row_from_family(family, key=index)


# -- register rows ---------------------------------------------------------------------------------

REGISTER_COLUMNS: Final = (
    "household",
    "role",
    "sex",
    "birth_date",
    "death_date",
    "hukou",
    "only_child",
    "within_policy",
    "adopted",
    "disability_grade",
    "married_on",
    "one_child_certificate_on",
    "second_birth_permit_on",
)
"""The columns of a person-level register, one row per person (the tables layer's input)."""

_DEFAULTS: Final[dict[str, object]] = {
    "sex": None,
    "death_date": None,
    "hukou": None,
    "only_child": False,
    "within_policy": None,
    "adopted": False,
    "disability_grade": None,
    "married_on": None,
    "one_child_certificate_on": None,
    "second_birth_permit_on": None,
}
_COLUMNS: Final = itemgetter(*REGISTER_COLUMNS)
_ROLES: Final[dict[object, str]] = {
    "mother": "mother",
    "father": "father",
    "child": "child",
    Parent.MOTHER: "mother",
    Parent.FATHER: "father",
}
_FEMALE: Final[dict[object, bool]] = {
    "female": True,
    "male": False,
    Sex.FEMALE: True,
    Sex.MALE: False,
}
_RURAL: Final[dict[object, bool]] = {
    "rural": True,
    "urban": False,
    Hukou.RURAL: True,
    Hukou.URBAN: False,
}
_CODES: Final[dict[str, dict[object, Any]]] = {"role": _ROLES, "sex": _FEMALE, "hukou": _RURAL}


def _values(index: int, record: object) -> tuple[object, ...]:
    """The register columns of one record, defaults filled in (the slow path).

    A column may also go by a Chinese name :data:`fpcore.tables.COLUMNS` lists.
    """
    if not isinstance(record, Mapping):
        raise InvalidInputError(f"rows[{index}]", record, "must be a mapping of column to value")
    from fpcore.tables import COLUMNS  # the names the tables layer reads

    found = []
    for column in REGISTER_COLUMNS:
        for name in (column, *COLUMNS[column]):
            if name in record:
                found.append(record[name])
                break
        else:
            if column not in _DEFAULTS:
                raise InvalidInputError(f"rows[{index}].{column}", None, "is missing")
            found.append(_DEFAULTS[column])
    return tuple(found)


def _code(kind: str, value: object, field: str) -> object:
    """A role, a sex (``True``: female) or a hukou (``True``: rural) from a code.

    The code is an enum member or a term the tables layer reads (``"F"``, ``"母亲"``,
    ``" 农业 "``…); the role is ``"mother"``, ``"father"`` or ``"child"``.
    """
    table = _CODES[kind]
    try:
        found = table.get(value)
    except TypeError:  # unhashable
        found = None
    if found is None and isinstance(value, str):
        from fpcore.tables import _HUKOUS, _ROLES, _SEXES  # one list of terms for both layers

        terms: dict[str, object] = {"role": _ROLES, "sex": _SEXES, "hukou": _HUKOUS}[kind]  # type: ignore[assignment]
        found = table.get(terms.get(value.strip().lower()))
    if found is None:
        codes = sorted({str(k) for k in table if isinstance(k, str)})
        raise InvalidInputError(
            field, value, f"must be one of {', '.join(codes)} (or the Chinese terms)"
        )
    return found


def _missing(value: object) -> bool:
    """``None``, NaN, ``pandas.NA``/``NaT`` or blank text (as the tables layer reads them)."""
    from fpcore.tables import _is_missing

    return _is_missing(value)


def retyped(row: Household) -> Household:
    """A register row with its cells read as :func:`fpcore.tables.families_from_rows` does.

    Dates from ``YYYY-MM-DD`` text or a midnight ``Timestamp``, yes/no cells from ``1``/``0``,
    ``"yes"``/``"no"``, 是/否, grades from whole floats, and NaN, ``NaT`` or blank cells as
    missing. A cell that cannot be read is left for the constructors to refuse.
    """
    from fpcore.tables import _CellError, _date, _flag, _integer, _is_missing

    def cell(value: object, read: Any, default: object) -> object:
        if value is None or value.__class__ is date or value.__class__ is bool:
            return value
        if _is_missing(value):
            return default
        try:
            return read(value)
        except _CellError:
            return value

    day, flag, number = _date, _flag, _integer

    def parent(person: ParentRow | None) -> ParentRow | None:
        if person is None:
            return None
        born, died, rural, only, grade = person
        return (cell(born, day, None), cell(died, day, None), rural, cell(only, flag, False), grade)  # type: ignore[return-value]

    key, where, mother, father, children, married, certified, permitted, source = row
    kids = tuple(
        (
            cell(born, day, None),
            cell(died, day, None),
            female,
            cell(policy, flag, None),
            cell(adopted, flag, False),
            parents,
            grade if grade is None or grade.__class__ is int else cell(grade, number, None),
        )
        for born, died, female, policy, adopted, parents, grade in children
    )
    return (  # type: ignore[return-value] # cells that cannot be read stay as given
        key,
        where,
        parent(mother),
        parent(father),
        kids,
        cell(married, day, None),
        cell(certified, day, None),
        cell(permitted, day, None),
        source,
    )


def rows_from_register(
    records: Iterable[Mapping[str, object]], *, jurisdiction: Jurisdiction
) -> Iterator[Household]:
    """Household rows from a person-level register, lazily (one row per household).

    Each record is a mapping with the :data:`REGISTER_COLUMNS` (as a data frame's
    ``to_dict("records")`` gives): ``household`` (any key; the rows of a household must be
    consecutive), ``role`` (``"mother"``, ``"father"`` or ``"child"``), ``sex`` (``"female"`` /
    ``"male"``; a parent's may be left out, it follows the role), ``birth_date`` and
    optionally ``death_date``; for a parent ``hukou`` (``"rural"`` / ``"urban"``) and
    ``only_child``; for a child ``within_policy``, ``adopted`` and ``disability_grade``; and,
    on any row of the household, ``married_on``, ``one_child_certificate_on`` and
    ``second_birth_permit_on``. A child belongs to the parents its household has.

    Records are read as :func:`fpcore.tables.families_from_rows` reads them: a column may go by
    a Chinese name of :data:`fpcore.tables.COLUMNS`; codes may be enum members or the tables
    layer's terms (``"F"``, 母亲, 农业…); and a row not in the common form (dates as
    ``datetime.date``, ``None`` for missing, ``bool`` flags, ``int`` grades) has its cells read
    as that layer reads them: ``YYYY-MM-DD`` text, a ``Timestamp`` at midnight, NaN, ``NaT``
    or blank as missing, yes/no text or ``1``/``0``, whole-float grades. Typed records are
    read fastest.

    The rows are checked by :func:`check_row` where they are assessed. Given to
    :func:`~fpcore.batch.assess_batch` before anything is read from them, the register is
    read there in one pass, from records to decisions.

    Raises:
        InvalidInputError: (While iterating) naming ``rows[i].column`` for a missing or
            unknown code, a second mother or father, a household whose rows are not
            consecutive, or household dates that disagree between its rows.
    """
    if not isinstance(jurisdiction, Jurisdiction):
        raise InvalidInputError("jurisdiction", jurisdiction, "must be a Jurisdiction")
    return RegisterRows(records, jurisdiction)


@final
class RegisterRows(Iterator[Household]):
    """The household rows of a register (what :func:`rows_from_register` returns), read lazily.

    :func:`~fpcore.batch.assess_batch` given one that has not been read from yet reads the
    register itself (:meth:`take`), in one pass from records to decisions.
    """

    __slots__ = ("_read", "jurisdiction", "records")

    records: Iterable[Mapping[str, object]]
    jurisdiction: Jurisdiction
    _read: Iterator[Household] | None

    def __init__(self, records: Iterable[Mapping[str, object]], jurisdiction: Jurisdiction):
        self.records, self.jurisdiction, self._read = records, jurisdiction, None

    def __next__(self) -> Household:
        if self._read is None:
            self._read = chain.from_iterable(_register(self.records, self.jurisdiction, 1))
        row = next(self._read)
        return row if fields_ok(row) else retyped(row)

    def take(self, size: int) -> tuple[Iterator[list[Household]], list[object], list[int]] | None:
        """Read the register for the batch engine, if nothing has been read from it yet.

        ``None`` if something has. Otherwise this iterator is exhausted from then on, and this
        gives the rows in blocks of ``size``, with ``None`` for their jurisdiction, and two
        lists the rows fill as they are read: the records themselves (references: no object
        is built to keep them) and the index of each household's first record, from which
        :func:`register_row` rebuilds any household's row.

        Rows with ``None`` for their jurisdiction hold only plain values: the cyclic collector
        untracks them after its passes over them, and keeping no object per household lets
        it run rarely.
        """
        if self._read is not None:
            return None
        self._read = iter(())
        kept: list[object] = []
        starts: list[int] = []
        return _register(self.records, None, size, kept, starts), kept, starts


def register_row(records: Sequence[object], where: Jurisdiction) -> Household:
    """The row of the household of ``records`` (as :meth:`RegisterRows.take` keeps them)."""
    row = next(_register(records, where, 1))[0]
    return row if fields_ok(row) else retyped(row)


def _register(
    records: Iterable[Any],
    where: Jurisdiction | None,
    size: int,
    kept: list[object] | None = None,
    starts: list[int] | None = None,
) -> Iterator[list[Household]]:
    """The household rows of register records, ``size`` at a time.

    Each row has ``where`` for its jurisdiction. ``kept`` receives every record, ``starts`` the
    index of each household's first record.
    """
    seen: set[object] = set()
    current: object = seen  # a sentinel no household key equals
    mother: ParentRow | None = None
    father: ParentRow | None = None
    children: list[ChildRow] = []
    married = certified = permitted = None
    block: list[Household] = []
    columns = _COLUMNS
    for index, record in enumerate(records):
        try:
            values = columns(record)
        except (KeyError, TypeError):
            values = _values(index, record)
        if kept is not None:
            kept.append(record)
        household, role, sex, born, died, hukou, only, policy, adopted, grade, m, c, p = values
        if household != current:
            if current is not seen:
                if mother is not None and father is not None:
                    kids = tuple(children)
                    block.append(
                        (current, where, mother, father, kids, married, certified, permitted, None)  # type: ignore[arg-type]
                    )
                else:
                    block.append(
                        _household(
                            current, where, mother, father, children, married, certified, permitted
                        )
                    )
                if len(block) == size:
                    yield block
                    block = []
            try:
                if household in seen:
                    _again(household, index)
                seen.add(household)
            except TypeError:
                raise InvalidInputError(
                    f"rows[{index}].household", household, "must be hashable"
                ) from None
            if starts is not None:
                starts.append(index)
            current = household
            mother = father = None
            children = []
            married, certified, permitted = m, c, p
        else:
            if m is not married:
                married = _same(married, m, index, "married_on")
            if c is not certified:
                certified = _same(certified, c, index, "one_child_certificate_on")
            if p is not permitted:
                permitted = _same(permitted, p, index, "second_birth_permit_on")
        if role == "child":
            if sex == "female":
                female = True
            elif sex == "male":
                female = False
            else:
                female = _child_sex(sex, index)
            children.append((born, died, female, policy, adopted, BOTH, grade))
            continue
        if role == "mother" and sex == "female" and mother is None:
            mother = (born, died, _rural(hukou, index), only, None)
        elif role == "father" and sex == "male" and father is None:
            father = (born, died, _rural(hukou, index), only, None)
        else:  # codes in other terms, a missing sex, a second parent or a child
            kind, female = _role_sex(role, sex, index)
            if kind == "child":
                children.append((born, died, female, policy, adopted, BOTH, grade))
            elif kind == "mother":
                if mother is not None:
                    raise InvalidInputError(
                        f"rows[{index}].role", role, "is a second mother in the household"
                    )
                mother = (born, died, _rural(hukou, index), only, None)
            else:
                if father is not None:
                    raise InvalidInputError(
                        f"rows[{index}].role", role, "is a second father in the household"
                    )
                father = (born, died, _rural(hukou, index), only, None)
    if current is not seen:
        block.append(
            _household(current, where, mother, father, children, married, certified, permitted)
        )
    if block:
        yield block


def _again(household: object, index: int) -> None:
    raise InvalidInputError(
        f"rows[{index}].household",
        household,
        "appears again after other households: a household's rows must be consecutive",
    )


def _rural(hukou: object, index: int) -> bool:
    if hukou == "rural":
        return True
    if hukou == "urban":
        return False
    return bool(_code("hukou", hukou, f"rows[{index}].hukou"))


def _child_sex(sex: object, index: int) -> bool:
    if _missing(sex):
        raise InvalidInputError(f"rows[{index}].sex", sex, "is missing for a child")
    return bool(_code("sex", sex, f"rows[{index}].sex"))


def _role_sex(role: object, sex: object, index: int) -> tuple[str, bool]:
    """The role and sex (``True``: female) of a record; a parent's missing sex is its role's."""
    kind = str(_code("role", role, f"rows[{index}].role"))
    if kind == "child":
        return kind, _child_sex(sex, index)
    female = kind == "mother"
    if not _missing(sex) and bool(_code("sex", sex, f"rows[{index}].sex")) is not female:
        raise InvalidInputError(
            f"rows[{index}].sex", sex, f"must be {'female' if female else 'male'} for a {kind}"
        )
    return kind, female


def _same(known: object, given: object, index: int, column: str) -> object:
    """A household date known so far, with one more row's (``None``: not on it)."""
    if given is None:
        return known
    if known is None or given == known:
        return given
    if _missing(given):
        return known
    if _missing(known):
        return given
    raise InvalidInputError(
        f"rows[{index}].{column}", given, f"disagrees with {known!r} on an earlier row"
    )


def _household(
    key: object,
    where: Jurisdiction | None,
    mother: ParentRow | None,
    father: ParentRow | None,
    children: list[ChildRow],
    married: object,
    certified: object,
    permitted: object,
) -> Household:
    code = FATHER_ONLY if mother is None else MOTHER_ONLY if father is None else BOTH
    kids = tuple(children)
    if code != BOTH:
        kids = tuple((c[0], c[1], c[2], c[3], c[4], code, c[6]) for c in kids)
    return (key, where, mother, father, kids, married, certified, permitted, None)  # type: ignore[return-value]
