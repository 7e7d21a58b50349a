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

from fpcore import (
    DINGNAN,
    Child,
    Family,
    FpcoreWarning,
    Hukou,
    InvalidInputError,
    Parent,
    Person,
    Sex,
)
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


def _expected(
    mother: Person, father: Person, births: list[date], documents: dict[str, date]
) -> tuple[bool, bool]:
    """(refused, warned) for shared born children and documents on file, by fpcore's rules."""
    for day in documents.values():
        for parent in (mother, father):
            if day < parent.birth_date or full_age(parent.birth_date, day) < MIN_PARENT_AGE:
                return True, False
    married = documents.get("married_on")
    for parent in (mother, father):
        if married is not None and parent.death_date is not None and married >= parent.death_date:
            return True, False
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


_Case = tuple[Person, Person, list[date], dict[str, date]]
_DOCUMENTS = ("married_on", "one_child_certificate_on", "second_birth_permit_on")


@st.composite
def _cases(draw: st.DrawFn) -> _Case:
    """A family, and maybe documents dated near a spouse's 10th birthday, a birth or a death."""
    mother, father, births = draw(st.one_of(_families(most=1), _families()))
    documents: dict[str, date] = {}
    spouse = draw(st.sampled_from((mother, father)))
    near = [_anniversary_of(spouse.birth_date, MIN_PARENT_AGE), births[0]]
    if spouse.death_date is not None:
        near.append(spouse.death_date)
    for field in _DOCUMENTS:
        if draw(st.booleans()):
            shift = timedelta(days=draw(st.integers(-2, 2)))
            documents[field] = draw(st.sampled_from(near)) + shift
    return mother, father, births, documents


def _anniversary_of(born: date, years: int) -> date:
    return date(born.year + years, born.month, min(born.day, 28))


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


@given(_cases())
# each edge of the fast band, on the side the rules decide differently:
# the mother 9 (two days short of 10) in the calendar year she turns 10: refused
@example((*_couple(date(1960, 6, 10), date(1950, 6, 10)), [date(1970, 6, 8)], {}))
# the mother 49 years and 364 days, in the year she turns 50: neither refused nor warned
@example((*_couple(date(1960, 12, 31), date(1960, 1, 1)), [date(2010, 12, 30)], {}))
# the mother 50 two days after her birthday: warned (UNUSUAL_MOTHER_AGE)
@example((*_couple(date(1960, 6, 10), date(1955, 1, 1)), [date(2010, 6, 12)], {}))
# the father 70 two days after his birthday, the mother 30: warned (UNUSUAL_FATHER_AGE)
@example((*_couple(date(1970, 1, 1), date(1930, 6, 10)), [date(2000, 6, 12)], {}))
# born 326 days after the father's death (> 300): refused
@example(
    (
        *_couple(date(1970, 1, 1), date(1968, 1, 1), father_died=date(2000, 1, 10)),
        [date(2000, 12, 1)],
        {},
    )
)
# born the day after the mother's death: refused
@example(
    (
        *_couple(date(1970, 1, 1), date(1968, 1, 1), mother_died=date(2000, 6, 1)),
        [date(2000, 6, 2)],
        {},
    )
)
# a certificate two days before the father turns 10, in that year: refused
@example(
    (
        *_couple(date(1960, 1, 1), date(1961, 6, 10)),
        [date(1990, 1, 1)],
        {"one_child_certificate_on": date(1971, 6, 8)},
    )
)
# married the day of the father's death: refused
@example(
    (
        *_couple(date(1960, 1, 1), date(1960, 1, 1), father_died=date(1995, 3, 1)),
        [date(1990, 1, 1)],
        {"married_on": date(1995, 3, 1)},
    )
)
def test_the_fast_pass_refuses_and_warns_exactly_as_the_rules_say(case: _Case) -> None:
    # one child alone shows a band that is too wide (with several, any birth checked precisely
    # has every birth of the family checked precisely)
    mother, father, births, documents = case
    children = tuple(Child(sex=Sex.MALE, birth_date=born) for born in births)
    refused, warned = _expected(mother, father, births, documents)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            Family(
                mother=mother,
                father=father,
                children=children,
                jurisdiction=DINGNAN,
                **documents,  # type: ignore[arg-type]
            )
        except InvalidInputError:
            assert refused
            return
    assert not refused
    assert warned == any(issubclass(w.category, FpcoreWarning) for w in caught)


def test_a_child_of_both_parents_given_explicitly_is_stored_as_the_shared_value() -> None:
    # Family's fast pass tells a shared child by identity: a set naming both parents, as serde
    # and callers pass it, must be stored as the default value is
    both = Child(sex=Sex.MALE, birth_date=date(2000, 1, 1)).parents
    for named in ({Parent.MOTHER, Parent.FATHER}, [Parent.FATHER, Parent.MOTHER], both | set()):
        assert Child(sex=Sex.MALE, birth_date=date(2000, 1, 1), parents=named).parents is both


def test_a_spouse_born_on_29_february_turns_10_on_28_february() -> None:
    # born 1960-02-29; 1970 is a common year, so the 10th birthday is 1970-02-28 (the
    # anniversary clamps to the month's end): a certificate that day is accepted, one the day
    # before is refused
    mother, father = _couple(date(1960, 2, 29), date(1958, 1, 1))

    def family(certified: date) -> Family:
        return Family(
            mother=mother,
            father=father,
            children=(),
            jurisdiction=DINGNAN,
            one_child_certificate_on=certified,
        )

    assert family(date(1970, 2, 28)).one_child_certificate_on == date(1970, 2, 28)
    try:
        family(date(1970, 2, 27))
    except InvalidInputError as error:
        assert error.field == "one_child_certificate_on"
    else:
        raise AssertionError("a certificate before the mother turned 10 was accepted")
