"""Strategies for persons, children and families."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

import attrs
from dateutil.relativedelta import relativedelta
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from fpcore.family import Child, Family, Hukou, Parent, Person, SecondBirthGround, Sex
from fpcore.jurisdictions import NATIONAL, Jurisdiction
from fpcore.plausibility import MIN_DELIVERY_INTERVAL_DAYS
from fpcore.strategies._values import jurisdictions

__all__ = ["children", "families", "persons"]

_MIN_DATE: Final = date(1960, 1, 1)
_MAX_DATE: Final = date(2030, 12, 31)
_LAST_DATE: Final = date(2099, 12, 31)
_FIRST_DATE: Final = date(1900, 1, 1)
_MIN_PERSON_DATE: Final = date(1915, 1, 1)
_FIRST_PARENT: Final = date(1850, 1, 1)
_SPAN: Final = 24
"""Years over which one generated family's children are born."""
_OLDEST: Final = 120
"""A generated parent dies by this age (well under fpcore.plausibility.MAX_AGE)."""

OTHER_PROVINCE: Final = Jurisdiction(
    code="430000", name_zh="湖南省", name_en="Hunan Province", parent=NATIONAL
)
"""A province with no encoded birth-policy text of its own (only the national rules apply)."""

_IDS: Final = st.none() | st.text(
    alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8
)
_SEXES: Final = st.sampled_from(Sex)
_HUKOUS: Final = st.sampled_from(Hukou)
_GRADES: Final = st.none() | st.integers(1, 4)
_COMPLICATIONS: Final = st.integers(0, 9).map(lambda n: n if 1 <= n <= 3 else None)  # mostly none
_ADOPTED: Final = st.integers(0, 4).map(lambda n: n == 4)  # shrinks to "not adopted"
_RULINGS: Final = st.none() | st.booleans()
_GROUNDS: Final = st.frozensets(st.sampled_from(SecondBirthGround), max_size=3)
_LIFESPAN: Final = st.none() | st.integers(0, 110 * 366)  # days from birth (or a floor) to death
_BOTH: Final = frozenset({Parent.MOTHER, Parent.FATHER})
_ONE_OR_BOTH: Final = st.sampled_from(
    (_BOTH, frozenset({Parent.MOTHER}), frozenset({Parent.FATHER}))
)
_SHAPES: Final = st.sampled_from(
    (
        (Parent.MOTHER, Parent.FATHER),
        (Parent.MOTHER, Parent.FATHER),
        (Parent.MOTHER,),
        (Parent.FATHER,),
    )
)


def _check_date(value: object, name: str) -> date:
    if not isinstance(value, date):
        raise InvalidArgument(f"{name}={value!r} must be a datetime.date")
    return value


def _check_range(min_value: object, max_value: object) -> tuple[date, date]:
    min_date, max_date = _check_date(min_value, "min_date"), _check_date(max_value, "max_date")
    if min_date > max_date:
        raise InvalidArgument(f"min_date={min_date} is after max_date={max_date}")
    if min_date < _FIRST_DATE or max_date > _LAST_DATE:
        raise InvalidArgument(f"dates must lie in [{_FIRST_DATE}, {_LAST_DATE}]")
    return min_date, max_date


def _check_enum(value: object, kind: type, name: str) -> None:
    if value is not None and not isinstance(value, kind):
        raise InvalidArgument(f"{name}={value!r} must be a {kind.__name__} or None")


def _day(draw: st.DrawFn, low: date, high: date) -> date:
    """A date in ``[low, high]``, shrinking toward ``low``."""
    return low + timedelta(days=draw(st.integers(0, max(0, (high - low).days))))


def _death(draw: st.DrawFn, not_before: date, born: date | None = None) -> date | None:
    """No death, or one on or after ``not_before``, before age 120 if ``born`` is given."""
    days = draw(_LIFESPAN)
    if days is None:
        return None
    last = _LAST_DATE if born is None else min(_LAST_DATE, born + relativedelta(years=_OLDEST))
    return max(min(not_before + timedelta(days=days), last), not_before)


@st.composite
def _persons(
    draw: st.DrawFn, sex: Sex | None, hukou: Hukou | None, low: date, high: date
) -> Person:
    birth = _day(draw, low, high)
    return Person(
        sex=sex or draw(_SEXES),
        birth_date=birth,
        hukou=hukou or draw(_HUKOUS),
        death_date=_death(draw, birth),
        only_child=draw(st.booleans()),
        ethnic_minority=draw(st.booleans()),
        id=draw(_IDS),
        surgery_complication_grade=draw(_COMPLICATIONS),
    )


def persons(
    *,
    sex: Sex | None = None,
    hukou: Hukou | None = None,
    min_date: date = _MIN_PERSON_DATE,
    max_date: date = _MAX_DATE,
) -> st.SearchStrategy[Person]:
    """Persons born in ``[min_date, max_date]``, living or dead.

    Args:
        sex: Pin the sex.
        hukou: Pin the household registration.
        min_date: Earliest birth date.
        max_date: Latest birth date.

    Raises:
        InvalidArgument: For a bound that is not a date, bounds in the wrong order, or a
            ``sex`` / ``hukou`` of the wrong type.
    """
    low, high = _check_range(min_date, max_date)
    _check_enum(sex, Sex, "sex")
    _check_enum(hukou, Hukou, "hukou")
    return _persons(sex, hukou, low, high)


def _child(
    draw: st.DrawFn, birth: date, parents: frozenset[Parent], used: set[str] | None = None
) -> Child:
    adopted = draw(_ADOPTED)
    return Child(
        sex=draw(_SEXES),
        birth_date=birth,
        death_date=_death(draw, birth),
        disability_grade=draw(_GRADES),
        adopted=adopted,
        # recorded or not; when recorded, up to about six years after the birth
        adopted_on=birth + timedelta(days=draw(st.integers(0, 2200)))
        if adopted and draw(st.booleans())
        else None,
        within_policy=draw(_RULINGS),
        parents=parents,
        id=draw(_IDS) if used is None else _unique_id(draw, used),
    )


@st.composite
def _children(draw: st.DrawFn, low: date, high: date) -> Child:
    return _child(draw, _day(draw, low, high), draw(_ONE_OR_BOTH))


def children(*, min_date: date = _MIN_DATE, max_date: date = _MAX_DATE) -> st.SearchStrategy[Child]:
    """Children born in ``[min_date, max_date]``, in every valid variety.

    Living or dead, adopted, disabled, with or without a ruling on file, belonging to one or
    both parents.

    Raises:
        InvalidArgument: For a bound that is not a date or bounds in the wrong order.
    """
    low, high = _check_range(min_date, max_date)
    return _children(low, high)


def _spouse_birth(draw: st.DrawFn, kids: list[Child], role: Parent, high: date) -> date:
    """A parent's birth date: 16 to 45 at each own birth, born before every own child."""
    own = [k.birth_date for k in kids if role in k.parents]
    born = [k.birth_date for k in kids if role in k.parents and not k.adopted]
    first = min(own, default=high)
    last = max(born, default=first)
    return _day(
        draw, max(_FIRST_PARENT, last - relativedelta(years=45)), first - relativedelta(years=16)
    )


def _unique_id(draw: st.DrawFn, used: set[str]) -> str | None:
    """An id not yet given to anyone in the family (or ``None``)."""
    found = draw(_IDS)
    if found is None or found in used:
        return None
    used.add(found)
    return found


@st.composite
def _families(
    draw: st.DrawFn,
    jurisdiction: st.SearchStrategy[Jurisdiction],
    hukou: Hukou | None,
    low: date,
    high: date,
    max_children: int,
) -> Family:
    # Only plausible families (fpcore.plausibility): the children are born within _SPAN years,
    # the mother's deliveries at least MIN_DELIVERY_INTERVAL_DAYS apart (twins aside), each
    # parent aged 16-45 at an own birth, documents dated after both spouses turned 16.
    roles = draw(_SHAPES)
    choices = [frozenset(roles)] * 3 + [frozenset({role}) for role in roles]
    start = _day(draw, low, high)
    end = min(high, start + relativedelta(years=_SPAN))
    spacing = timedelta(days=MIN_DELIVERY_INTERVAL_DAYS + max_children)  # room for twins' +1 day
    used: set[str] = set()
    kids: list[Child] = []
    last_delivery: date | None = None  # the mother's latest delivery so far
    for _ in range(draw(st.integers(0, max_children))):
        born_ones = [k for k in kids if not k.adopted]
        if born_ones and draw(st.integers(0, 4)) == 0:
            # a twin of an earlier child: same parents, born the same or the next day
            twin_of = born_ones[draw(st.integers(0, len(born_ones) - 1))]
            day = min(twin_of.birth_date + timedelta(days=draw(st.integers(0, 1))), high)
            kids.append(
                attrs.evolve(
                    _child(draw, day, twin_of.parents, used), adopted=False, adopted_on=None
                )
            )
            continue
        parents = choices[draw(st.integers(0, len(choices) - 1))]
        child = _child(draw, _day(draw, start, end), parents, used)
        if not child.adopted and Parent.MOTHER in parents:
            if last_delivery is not None:
                earliest = last_delivery + spacing
                day = _day(draw, earliest, max(earliest, end))
                if day > end:  # no room left in the window: an adopted child instead
                    kids.append(attrs.evolve(child, adopted=True))
                    continue
                died = child.death_date
                moved = day - child.birth_date  # the death moves with the birth
                child = attrs.evolve(
                    child, birth_date=day, death_date=None if died is None else died + moved
                )
            last_delivery = child.birth_date
        kids.append(child)
    spouses: dict[Parent, Person] = {}
    for role in roles:
        birth = _spouse_birth(draw, kids, role, high)
        own = [k.birth_date for k in kids if role in k.parents]
        spouses[role] = Person(
            sex=Sex.FEMALE if role is Parent.MOTHER else Sex.MALE,
            birth_date=birth,
            hukou=hukou or draw(_HUKOUS),
            # a parent outlives the birth of the last child
            death_date=_death(draw, max(own, default=birth), birth),
            only_child=draw(st.booleans()),
            ethnic_minority=draw(st.booleans()),
            id=_unique_id(draw, used),
            surgery_complication_grade=draw(_COMPLICATIONS),
        )
    of_age = max(p.birth_date for p in spouses.values()) + relativedelta(years=16)
    first_death = min((p.death_date for p in spouses.values() if p.death_date), default=None)
    married = None
    if draw(st.booleans()):
        latest = max(of_age, high) if first_death is None else first_death - timedelta(days=1)
        married = _day(draw, of_age, latest) if of_age <= latest else None
    first_paper = max(low, of_age)
    return Family(
        mother=spouses.get(Parent.MOTHER),
        father=spouses.get(Parent.FATHER),
        children=tuple(kids),
        jurisdiction=draw(jurisdiction),
        married_on=married,
        one_child_certificate_on=_day(draw, first_paper, high)
        if first_paper <= high and draw(st.booleans())
        else None,
        second_birth_permit_on=_day(draw, first_paper, high)
        if first_paper <= high and draw(st.booleans())
        else None,
        second_birth_grounds=draw(_GROUNDS),
        id=draw(_IDS),
    )


def families(
    *,
    jurisdiction: Jurisdiction | None = None,
    hukou: Hukou | None = None,
    min_date: date = _MIN_DATE,
    max_date: date = _MAX_DATE,
    max_children: int = 5,
) -> st.SearchStrategy[Family]:
    """Valid, varied families, in every era.

    Couples, single parents, widowed and remarried parents, twins, adopted, disabled and
    deceased children, with or without documents.

    Args:
        jurisdiction: Pin the jurisdiction (default: the built-in ones, user-defined Ganzhou
            counties and a province with no encoded text of its own).
        hukou: Pin both parents' household registration.
        min_date: Earliest birth date of a child.
        max_date: Latest birth date of a child (also bounds the documents' dates).
        max_children: Most children in one family.

    Raises:
        InvalidArgument: For arguments of the wrong type or out of range.

    >>> from hypothesis import given
    >>> @given(families(hukou=Hukou.RURAL, max_children=2))
    ... def test_rural(family):
    ...     assert family.is_rural and len(family.children) <= 2
    >>> test_rural()
    """
    low, high = _check_range(min_date, max_date)
    _check_enum(hukou, Hukou, "hukou")
    _check_enum(jurisdiction, Jurisdiction, "jurisdiction")
    if isinstance(max_children, bool) or not isinstance(max_children, int) or max_children < 0:
        raise InvalidArgument(f"max_children={max_children!r} must be an int >= 0")
    where = (
        st.just(jurisdiction)
        if jurisdiction is not None
        else st.one_of(jurisdictions(), st.just(OTHER_PROVINCE))
    )
    return _families(where, hukou, low, high, max_children)
