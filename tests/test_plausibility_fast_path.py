"""Family's one-pass plausibility check agrees with the rules it abbreviates.

``Family.__attrs_post_init__`` decides most families by calendar years alone and checks only
the births outside a safe band precisely. This property test states the rules of
:mod:`fpcore.plausibility` directly (exact ages with :func:`fpcore.dates.full_age`, day counts
with date arithmetic) and draws families whose births sit on and around every limit, so a
band that let an impossible or unusual birth through would show as a difference.
"""

from __future__ import annotations

import itertools
import warnings
from datetime import date, timedelta

from hypothesis import example, given
from hypothesis import strategies as st

from fpcore import DINGNAN, Child, Family, FpcoreWarning, Hukou, InvalidInputError, Person, Sex
from fpcore.dates import full_age
from fpcore.plausibility import (
    MAX_DAYS_AFTER_FATHER_DEATH,
    MAX_FATHER_AGE,
    MAX_MOTHER_AGE,
    MIN_DELIVERY_INTERVAL_DAYS,
    MIN_PARENT_AGE,
    UNUSUAL_FATHER_AGE,
    UNUSUAL_MOTHER_AGE,
)

_LIMIT_AGES = (0, MIN_PARENT_AGE, 11, 30, UNUSUAL_MOTHER_AGE, MAX_MOTHER_AGE, 76)
_LIMIT_AGES += (UNUSUAL_FATHER_AGE, MAX_FATHER_AGE, MAX_FATHER_AGE + 1)


def _expected(mother: Person, father: Person, births: list[date]) -> tuple[bool, bool]:
    """(refused, warned) for shared, born children, by the rules as fpcore states them."""
    warned = False
    for born in births:
        if born < mother.birth_date or born < father.birth_date:
            return True, False
        if mother.death_date is not None and born > mother.death_date:
            return True, False
        for parent, highest, unusual in (
            (mother, MAX_MOTHER_AGE, UNUSUAL_MOTHER_AGE),
            (father, MAX_FATHER_AGE, UNUSUAL_FATHER_AGE),
        ):
            age = full_age(parent.birth_date, born)
            if age < MIN_PARENT_AGE or age > highest:
                return True, False
            warned = warned or age >= unusual
        died = father.death_date
        if died is not None and (born - died).days > MAX_DAYS_AFTER_FATHER_DEATH:
            return True, False
    ordered = sorted(births)
    for before, after in itertools.pairwise(ordered):
        if 1 < (after - before).days < MIN_DELIVERY_INTERVAL_DAYS:
            return True, False
    return False, warned


@st.composite
def _near_a_limit(draw: st.DrawFn, parent_born: date) -> date:
    """A day within a few days of the parent's birthday at one of the limit ages."""
    age = draw(st.sampled_from(_LIMIT_AGES))
    day = date(min(parent_born.year + age, 9999), parent_born.month, min(parent_born.day, 28))
    shift = draw(st.integers(-3, 3))
    return max(date.min, min(date.max, day + timedelta(days=shift)))


@st.composite
def _families(draw: st.DrawFn, most: int = 3) -> tuple[Person, Person, list[date]]:
    mother_born = draw(st.dates(date(1880, 1, 1), date(2020, 12, 31)))
    father_born = mother_born + timedelta(days=draw(st.integers(-40 * 365, 40 * 365)))
    births = []
    for _ in range(draw(st.integers(1, most))):
        anchor = draw(st.sampled_from((mother_born, father_born)))
        born = draw(_near_a_limit(anchor))
        births.append(born)
        if most > 1 and draw(st.booleans()):  # a sibling close by: twins, or another delivery
            births.append(born + timedelta(days=draw(st.sampled_from((0, 1, 2, 139, 140, 141)))))
    mother_death = father_death = None
    if draw(st.booleans()):
        father_death = max(births) + timedelta(days=draw(st.integers(-400, 0)))
    if draw(st.booleans()):
        mother_death = max(births) + timedelta(days=draw(st.integers(-2, 2)))

    def person(sex: Sex, born: date, died: date | None) -> Person:
        return Person(
            sex=sex,
            birth_date=born,
            hukou=Hukou.RURAL,
            death_date=max(died, born) if died else None,
        )

    return (
        person(Sex.FEMALE, mother_born, mother_death),
        person(Sex.MALE, father_born, father_death),
        births,
    )


def _couple(
    mother_born: date,
    father_born: date,
    *,
    mother_died: date | None = None,
    father_died: date | None = None,
) -> tuple[Person, Person]:
    return (
        Person(sex=Sex.FEMALE, birth_date=mother_born, hukou=Hukou.RURAL, death_date=mother_died),
        Person(sex=Sex.MALE, birth_date=father_born, hukou=Hukou.RURAL, death_date=father_died),
    )


@given(st.one_of(_families(most=1), _families()))
# one birth at each edge of the band, each on the side the rules decide differently:
# the mother 9 (two days short of 10) in the calendar year she turns 10: refused
@example((*_couple(date(1960, 6, 10), date(1950, 6, 10)), [date(1970, 6, 8)]))
# the mother 49 years and 364 days, in the year she turns 50: neither refused nor warned
@example((*_couple(date(1960, 12, 31), date(1960, 1, 1)), [date(2010, 12, 30)]))
# the mother 50 two days after her birthday: warned (UNUSUAL_MOTHER_AGE)
@example((*_couple(date(1960, 6, 10), date(1955, 1, 1)), [date(2010, 6, 12)]))
# the father 70 two days after his birthday, the mother 30: warned (UNUSUAL_FATHER_AGE)
@example((*_couple(date(1970, 1, 1), date(1930, 6, 10)), [date(2000, 6, 12)]))
# born 326 days after the father's death (> 300): refused
@example(
    (
        *_couple(date(1970, 1, 1), date(1968, 1, 1), father_died=date(2000, 1, 10)),
        [date(2000, 12, 1)],
    )
)
# born the day after the mother's death: refused
@example(
    (*_couple(date(1970, 1, 1), date(1968, 1, 1), mother_died=date(2000, 6, 1)), [date(2000, 6, 2)])
)
def test_the_fast_pass_refuses_and_warns_exactly_as_the_rules_say(
    drawn: tuple[Person, Person, list[date]],
) -> None:
    # one child alone shows a band that is too wide (with several, any birth checked precisely
    # has every birth of the family checked precisely)
    mother, father, births = drawn
    children = tuple(Child(sex=Sex.MALE, birth_date=born) for born in births)
    refused, warned = _expected(mother, father, births)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            Family(mother=mother, father=father, children=children, jurisdiction=DINGNAN)
        except InvalidInputError:
            assert refused
            return
    assert not refused
    assert warned == any(issubclass(w.category, FpcoreWarning) for w in caught)
