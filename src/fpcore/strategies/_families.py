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
from fpcore.strategies._values import jurisdictions

__all__ = ["children", "families", "persons"]

_MIN_DATE: Final = date(1960, 1, 1)
_MAX_DATE: Final = date(2030, 12, 31)
_LAST_DATE: Final = date(2099, 12, 31)
_FIRST_DATE: Final = date(1900, 1, 1)
_MIN_PERSON_DATE: Final = date(1915, 1, 1)

OTHER_PROVINCE: Final = Jurisdiction(
    code="430000", name_zh="湖南省", name_en="Hunan Province", parent=NATIONAL
)
"""A province with no encoded birth-policy text of its own (only the national rules apply)."""

_IDS: Final = st.none() | st.from_regex(r"[a-z0-9]{1,8}", fullmatch=True)


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


def _deaths(birth: date, *, not_before: date | None = None) -> st.SearchStrategy[date | None]:
    start = max(birth, not_before or birth)
    return st.none() | st.dates(min_value=start, max_value=max(start, _LAST_DATE))


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
    return st.dates(min_value=low, max_value=high).flatmap(
        lambda birth: st.builds(
            Person,
            sex=st.just(sex) if sex else st.sampled_from(Sex),
            birth_date=st.just(birth),
            hukou=st.just(hukou) if hukou else st.sampled_from(Hukou),
            death_date=_deaths(birth),
            only_child=st.booleans(),
            ethnic_minority=st.booleans(),
            id=_IDS,
        )
    )


def _children_on(
    birth: st.SearchStrategy[date], parents: st.SearchStrategy[frozenset[Parent]]
) -> st.SearchStrategy[Child]:
    return birth.flatmap(
        lambda day: st.builds(
            Child,
            sex=st.sampled_from(Sex),
            birth_date=st.just(day),
            death_date=_deaths(day),
            disability_grade=st.none() | st.integers(1, 4),
            adopted=st.integers(0, 4).map(lambda n: n == 4),  # shrinks to not adopted
            within_policy=st.none() | st.booleans(),
            parents=parents,
            id=_IDS,
        )
    )


def children(*, min_date: date = _MIN_DATE, max_date: date = _MAX_DATE) -> st.SearchStrategy[Child]:
    """Children born in ``[min_date, max_date]``, in every valid variety.

    Living or dead, adopted, disabled, with or without a ruling on file, belonging to one or
    both parents.

    Raises:
        InvalidArgument: For a bound that is not a date or bounds in the wrong order.
    """
    low, high = _check_range(min_date, max_date)
    return _children_on(
        st.dates(min_value=low, max_value=high),
        st.sampled_from(
            (
                frozenset({Parent.MOTHER, Parent.FATHER}),
                frozenset({Parent.MOTHER}),
                frozenset({Parent.FATHER}),
            )
        ),
    )


@st.composite
def _families(
    draw: st.DrawFn,
    jurisdiction: st.SearchStrategy[Jurisdiction],
    hukou: Hukou | None,
    low: date,
    high: date,
    max_children: int,
) -> Family:
    roles = draw(
        st.sampled_from(
            (
                (Parent.MOTHER, Parent.FATHER),
                (Parent.MOTHER, Parent.FATHER),
                (Parent.MOTHER,),
                (Parent.FATHER,),
            )
        )
    )
    choices = [frozenset(roles)] * 3 + [frozenset({role}) for role in roles]
    kids: list[Child] = []
    for _ in range(draw(st.integers(0, max_children))):
        if kids and draw(st.integers(0, 4)) == 0:
            # a twin of an earlier child: same parents, born the same or the next day
            twin_of = draw(st.sampled_from(kids))
            day = twin_of.birth_date + timedelta(days=draw(st.integers(0, 1)))
            child = draw(_children_on(st.just(min(day, high)), st.just(twin_of.parents)))
            kids.append(attrs.evolve(child, adopted=False))
            continue
        parents = draw(st.sampled_from(choices))
        kids.append(draw(_children_on(st.dates(min_value=low, max_value=high), st.just(parents))))
    spouses: dict[Parent, Person] = {}
    for role in roles:
        own = [k.birth_date for k in kids if role in k.parents]
        first = min(own, default=high)
        birth = draw(
            st.dates(
                min_value=max(_FIRST_DATE, first - relativedelta(years=45)),
                max_value=max(_FIRST_DATE, first - relativedelta(years=16)),
            )
        )
        not_before = max(own) if role is Parent.MOTHER and own else birth
        spouses[role] = Person(
            sex=Sex.FEMALE if role is Parent.MOTHER else Sex.MALE,
            birth_date=birth,
            hukou=hukou or draw(st.sampled_from(Hukou)),
            death_date=draw(_deaths(birth, not_before=not_before)),
            only_child=draw(st.booleans()),
            ethnic_minority=draw(st.booleans()),
            id=draw(_IDS),
        )
    eldest = max(p.birth_date for p in spouses.values())
    married = st.dates(min_value=eldest, max_value=max(eldest, high))
    return Family(
        mother=spouses.get(Parent.MOTHER),
        father=spouses.get(Parent.FATHER),
        children=tuple(kids),
        jurisdiction=draw(jurisdiction),
        married_on=draw(st.none() | married),
        one_child_certificate_on=draw(st.none() | st.dates(low, high)),
        second_birth_permit_on=draw(st.none() | st.dates(low, high)),
        second_birth_grounds=draw(st.frozensets(st.sampled_from(SecondBirthGround), max_size=3)),
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
