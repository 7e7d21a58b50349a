"""Plausibility: where fpcore stops believing its input (fpcore's conventions, not law).

A record can be well typed and still describe something that cannot have happened: a mother
aged 5, a child born ten years after its father died, two deliveries three days apart, a
father aged 8,051 on the day he is paid. fpcore refuses such input with an
:class:`~fpcore.errors.InvalidInputError` naming the field, and warns with a
:class:`~fpcore.errors.FpcoreWarning` about input that is possible but rare enough to deserve a
second look (a mother aged 50 or more at a delivery, a father aged 70 or more).

Every limit is a named constant of this module, with the reason for its value. They are
judgements about biology and records, **not law**: they are not in the policy book, carry no
citation, and no override changes them. ``docs/topics/plausibility.md`` explains each one.

>>> from datetime import date
>>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
>>> mum = Person(sex=Sex.FEMALE, birth_date=date(2000, 1, 1), hukou=Hukou.RURAL)
>>> Family(mother=mum, father=None, jurisdiction=DINGNAN,
...        children=(Child(sex=Sex.MALE, birth_date=date(2005, 1, 1)),))
Traceback (most recent call last):
...
fpcore.errors.InvalidInputError: children[0].birth_date: datetime.date(2005, 1, 1) makes the mother 5 at the birth, younger than 10 (MIN_PARENT_AGE)
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Final

from fpcore.dates import MAX_AGE, check_date, completed_years
from fpcore.errors import InvalidInputError

if TYPE_CHECKING:
    from fpcore.family import Family

__all__ = [
    "MAX_AGE",
    "MAX_DAYS_AFTER_FATHER_DEATH",
    "MAX_FATHER_AGE",
    "MAX_MOTHER_AGE",
    "MAX_PERCENT",
    "MIN_DELIVERY_INTERVAL_DAYS",
    "MIN_PARENT_AGE",
    "UNUSUAL_FATHER_AGE",
    "UNUSUAL_MOTHER_AGE",
    "check_living_ages",
]

# MAX_AGE lives in fpcore.dates (parameter values and register ages use it too) and is
# re-exported here so that every limit can be read in one place.

MIN_PARENT_AGE: Final = 10
"""Youngest full age at which a parent may have a (non-adopted) child, marry, or hold a
certificate or permit. Younger is refused.

Isolated medical reports of younger mothers exist (the youngest documented was 5 years and
7 months old, Lima, 1939), but in an administrative register a parent under 10 is a keying
error (a wrong birth year) far more often than a fact, and every rule built on it (birth
order, spacing, under-age births) would be nonsense. Adoptive parents are not bound by it: an
adopted child's birth date says nothing about the parent's age when it was born.
"""

MAX_MOTHER_AGE: Final = 75
"""Oldest full age at which a mother may deliver a (non-adopted) child; older is refused.

The oldest reported deliveries (after in-vitro fertilisation with donor eggs) were by women
aged about 74; natural conception after 55 is essentially unknown.
"""

UNUSUAL_MOTHER_AGE: Final = 50
"""A mother this old or older at a delivery (up to :data:`MAX_MOTHER_AGE`) draws a
:class:`~fpcore.errors.FpcoreWarning`: possible (late natural births, assisted reproduction),
rare enough that a wrong birth year is the likelier explanation."""

MAX_FATHER_AGE: Final = 100
"""Oldest full age at which a father may have a (non-adopted) child; older is refused.

Fathers in their nineties are reported, none past 100."""

UNUSUAL_FATHER_AGE: Final = 70
"""A father this old or older at a birth (up to :data:`MAX_FATHER_AGE`) draws a
:class:`~fpcore.errors.FpcoreWarning`."""

MAX_DAYS_AFTER_FATHER_DEATH: Final = 300
"""Most days a (non-adopted) child of the father may be born after his death; later is refused.

A pregnancy lasts about 280 days from the last menstrual period (266 from conception), and
family law uses 300 days as the longest presumed gestation (French Code civil art. 311, German
BGB § 1593). Conception after the father's death (stored sperm) is outside what fpcore models:
record such a child as the mother's only.
"""

MIN_DELIVERY_INTERVAL_DAYS: Final = 140
"""Fewest days between two separate deliveries by one mother; closer is refused.

Children born on the same day or on consecutive days are one delivery (twins, see
:meth:`fpcore.family.Family.deliveries`). Otherwise two deliveries need ovulation to resume
after the first (at the earliest about 25 days after a delivery) and a second pregnancy long
enough to end in a live birth (the most premature survivors were born about 21 weeks after the
last menstrual period, some 134 days after conception): about 160 days at the very least.
140 keeps a margin below that floor for imprecise records. Delayed-interval twin deliveries
(weeks apart) cannot be recorded as one delivery and are refused: record both children on the
first child's date.
"""

MAX_PERCENT: Final = 100
"""Highest percentage an assessment result may state (shares of units, births or payments
cannot pass the whole); percentages below 0 are refused too."""


def check_living_ages(family: Family, on: object, field: str = "on") -> datetime.date:
    """``on`` if no living member of ``family`` is older than ``MAX_AGE`` on it.

    A person with no death date recorded is taken to be alive; past :data:`~fpcore.dates.MAX_AGE` that is a
    missing death record, not a beneficiary, so rules refuse to decide rather than pay.

    Raises:
        InvalidInputError: Naming ``family.<role>.birth_date`` (or
            ``family.children[i].birth_date``) for a member alive and older than
            :data:`~fpcore.dates.MAX_AGE` on ``on``, or ``field`` if ``on`` is not a date.

    >>> from datetime import date
    >>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
    >>> he = Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=Hukou.RURAL)
    >>> family = Family(mother=None, father=he, children=(), jurisdiction=DINGNAN)
    >>> check_living_ages(family, date(2098, 3, 1))
    datetime.date(2098, 3, 1)
    >>> check_living_ages(family, date(9999, 12, 31))
    Traceback (most recent call last):
    ...
    fpcore.errors.InvalidInputError: family.father.birth_date: datetime.date(1948, 3, 1) makes the father 8051 on 9999-12-31 with no death recorded, older than 150 (MAX_AGE): record the death
    """
    day = check_date(on, field)
    oldest = day.year - MAX_AGE  # anyone born after 1 January of this year is younger
    mother, father = family.mother, family.father
    if (mother is None or mother.birth_date.year >= oldest) and (
        father is None or father.birth_date.year >= oldest
    ):
        return day  # every child is born after one of its parents, so is younger too
    members = [
        (f"family.{role}", role, person)
        for role, person in (("mother", mother), ("father", father))
        if person is not None
    ] + [
        (f"family.children[{index}]", "child", child) for index, child in enumerate(family.children)
    ]
    for path, role, person in members:
        born, died = person.birth_date, person.death_date
        if born <= day and (died is None or day < died):
            age = completed_years(born, day)
            if age > MAX_AGE:
                raise InvalidInputError(
                    f"{path}.birth_date",
                    born,
                    f"makes the {role} {age} on {day.isoformat()} with no death recorded, "
                    f"older than {MAX_AGE} (MAX_AGE): record the death",
                )
    return day
