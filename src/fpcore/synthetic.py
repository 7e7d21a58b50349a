"""A seeded, deterministic synthetic county population (no I/O), for examples and benchmarks.

:func:`county` yields :class:`~fpcore.family.Family` values lazily, one at a time, so a
population of any size streams in constant memory. The same profile and seed always give the
same families. The default profile, :data:`DINGNAN_2010`, follows the seed report's Dingnan
figures for married women of childbearing age — 41,770, of whom 15,908 with one child, 23,830
with two or more, and so 2,032 with none — and adds older couples (the parents the
reward-and-assistance and special-assistance schemes are about), whose number no source gives:
it is chosen so the county has about 60,000 families. Every share (rural hukou, certificates,
out-of-policy births, deaths, disabilities) is an illustrative stand-in, in per mille.

>>> families = list(county(DINGNAN_2010.scaled(1000), seed=7))
>>> len(families), families[0] == next(county(DINGNAN_2010.scaled(1000), seed=7))
(58, True)

References:
    定南县创建国家级计划生育优质服务先进单位经验介绍 (Dingnan County Government, c. 2010):
    41,770 married women of childbearing age; 15,908 with one child; 23,830 with two or more.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Final, final

import attrs

from fpcore._validate import is_a
from fpcore.dates import check_date
from fpcore.errors import InvalidInputError
from fpcore.family import Child, Family, Hukou, Person, Sex
from fpcore.jurisdictions import DINGNAN, Jurisdiction

__all__ = ["DINGNAN_2010", "Profile", "county"]

_YEAR: Final = 365
_PER_MILLE: Final = 1000
_SLOT: Final = 300
_GAP: Final = 280
_CHILDBEARING: Final = 49
"""Years after her birth by which a synthetic mother has had her children (she is under 50)."""
_LAST_OLD_YEAR: Final = 2001
_EARLIEST: Final = date(1900, 1, 1)
_LATEST: Final = date(9899, 12, 31)


def _count(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInputError(attribute.name, value, "must be an int ≥ 0")


def _per_mille(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    _count(instance, attribute, value)
    if value > _PER_MILLE:  # type: ignore[operator]
        raise InvalidInputError(attribute.name, value, "must be a share in per mille (0–1000)")


def _reference(instance: object, attribute: attrs.Attribute[date], value: object) -> None:
    if not _EARLIEST <= check_date(value, attribute.name) <= _LATEST:
        raise InvalidInputError(attribute.name, value, "must be in the years 1900–9899")


@final
@attrs.frozen(kw_only=True)
class Profile:
    """The marginals a synthetic county follows.

    Attributes:
        jurisdiction: Where the families live.
        reference: The date the counts describe; no event is generated after it.
        women_no_child: Married women of childbearing age with no child.
        women_one_child: … with one child.
        women_two_or_more: … with two or more children.
        older_couples: Couples whose wife is past childbearing age (50 and over).
        rural: Share of families with a rural hukou (‰).
        certified: Share of one-child families holding the one-child certificate (‰).
        out_of_policy: Share of births of 1973–2001 ruled out of policy (‰).
        unruled: Share of births of 1973–2001 with no ruling on file (‰).
        child_died: Share of children who have died (‰).
        child_disabled: Share of children certified disabled (‰).
    """

    jurisdiction: Jurisdiction = attrs.field(validator=is_a(Jurisdiction))
    reference: date = attrs.field(validator=_reference)
    women_no_child: int = attrs.field(validator=_count)
    women_one_child: int = attrs.field(validator=_count)
    women_two_or_more: int = attrs.field(validator=_count)
    older_couples: int = attrs.field(validator=_count)
    rural: int = attrs.field(default=800, validator=_per_mille)
    certified: int = attrs.field(default=550, validator=_per_mille)
    out_of_policy: int = attrs.field(default=60, validator=_per_mille)
    unruled: int = attrs.field(default=20, validator=_per_mille)
    child_died: int = attrs.field(default=30, validator=_per_mille)
    child_disabled: int = attrs.field(default=15, validator=_per_mille)

    @property
    def families(self) -> int:
        """How many families the profile describes."""
        return (
            self.women_no_child + self.women_one_child + self.women_two_or_more + self.older_couples
        )

    def scaled(self, divisor: int) -> Profile:
        """The same profile with every count divided by ``divisor`` (rounded down).

        >>> DINGNAN_2010.scaled(100).families
        599
        """
        if isinstance(divisor, bool) or not isinstance(divisor, int) or divisor < 1:
            raise InvalidInputError("divisor", divisor, "must be an int ≥ 1")
        return attrs.evolve(
            self,
            women_no_child=self.women_no_child // divisor,
            women_one_child=self.women_one_child // divisor,
            women_two_or_more=self.women_two_or_more // divisor,
            older_couples=self.older_couples // divisor,
        )


DINGNAN_2010: Final = Profile(
    jurisdiction=DINGNAN,
    reference=date(2010, 1, 1),
    women_no_child=2032,
    women_one_child=15908,
    women_two_or_more=23830,
    older_couples=18230,
)
"""Dingnan c. 2010 — the seed report's married women by number of children, plus an
illustrative 18,230 older couples (about 60,000 families in all)."""


class _Draw:
    """Random draws in integers only (no floats), from one seeded generator."""

    __slots__ = ("profile", "rng")

    def __init__(self, profile: Profile, seed: int) -> None:
        self.profile = profile
        self.rng = random.Random(seed)

    def chance(self, per_mille: int) -> bool:
        return self.rng.randrange(_PER_MILLE) < per_mille

    def day(self, start: date, days: int) -> date:
        return start + timedelta(days=self.rng.randrange(max(days, 1)))

    def child(self, born: date, *, old: bool) -> Child:
        p = self.profile
        ruling: bool | None = None
        if old:
            ruling = None if self.chance(p.unruled) else not self.chance(p.out_of_policy)
        died = None
        if self.chance(p.child_died):
            died = min(self.day(born, 20 * _YEAR), p.reference)
        grade = self.rng.randrange(1, 5) if died is None and self.chance(p.child_disabled) else None
        return Child(
            sex=Sex.MALE if self.chance(530) else Sex.FEMALE,
            birth_date=born,
            death_date=died,
            disability_grade=grade,
            within_policy=ruling,
        )

    def family(self, *, mother_from: date, mother_years: int, children: int) -> Family:
        p = self.profile
        hukou = Hukou.RURAL if self.chance(p.rural) else Hukou.URBAN
        mother_born = self.day(mother_from, mother_years * _YEAR)
        father_born = mother_born - timedelta(days=self.rng.randrange(5 * _YEAR))
        adult = mother_born + timedelta(days=20 * _YEAR)
        married = min(
            self.day(adult, min(3 * _YEAR, (p.reference - adult).days - _SLOT)), p.reference
        )
        # births spread over [married + 30 days, reference], one per slot of at least 300 days,
        # and before the mother turns 50 (fpcore.plausibility.UNUSUAL_MOTHER_AGE)
        last = min(p.reference, mother_born + timedelta(days=_CHILDBEARING * _YEAR))
        span = (last - married).days - 30
        count = min(children, max(span // _SLOT, 1 if span > 0 else 0))
        kids = []
        if count:
            slot = span // count
            first = married + timedelta(days=30)
            for index in range(count):
                born = first + timedelta(
                    days=index * slot + self.rng.randrange(max(slot - _GAP, 1))
                )
                kids.append(self.child(born, old=born.year <= _LAST_OLD_YEAR))
        certificate = None
        if len(kids) == 1 and self.chance(p.certified):
            certificate = min(self.day(kids[0].birth_date, 2 * _YEAR), p.reference)
        return Family(
            mother=Person(sex=Sex.FEMALE, birth_date=mother_born, hukou=hukou),
            father=Person(sex=Sex.MALE, birth_date=father_born, hukou=hukou),
            children=tuple(kids),
            jurisdiction=p.jurisdiction,
            married_on=married,
            one_child_certificate_on=certificate,
        )


def county(profile: Profile = DINGNAN_2010, *, seed: int = 0) -> Iterator[Family]:
    """The families of a synthetic county, generated lazily and deterministically.

    Married women of childbearing age come first (no child, one child, two or more), then the
    older couples. The wife's age on the reference date is 20–49 (22–49 for mothers of one, 24–49 for mothers of two or more) and 50–77
    for the older couples.

    Args:
        profile: The marginals to follow.
        seed: The random seed; the same seed always gives the same families.

    Raises:
        InvalidInputError: If ``profile`` is not a Profile or ``seed`` not an int.

    >>> sum(1 for _ in county(DINGNAN_2010.scaled(2000)))
    28
    """
    if not isinstance(profile, Profile):
        raise InvalidInputError("profile", profile, "must be a Profile")
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise InvalidInputError("seed", seed, "must be an int")
    return _generate(profile, seed)


def _generate(profile: Profile, seed: int) -> Iterator[Family]:
    draw = _Draw(profile, seed)
    young_from = date(profile.reference.year - 49, 1, 1)
    old_from = date(profile.reference.year - 77, 1, 1)
    for _ in range(profile.women_no_child):
        yield draw.family(mother_from=young_from, mother_years=29, children=0)
    for _ in range(profile.women_one_child):
        yield draw.family(mother_from=young_from, mother_years=27, children=1)
    for _ in range(profile.women_two_or_more):
        extra = 1 if draw.chance(150) else 0
        yield draw.family(mother_from=young_from, mother_years=25, children=2 + extra)
    for _ in range(profile.older_couples):
        yield draw.family(mother_from=old_from, mother_years=27, children=1 + draw.rng.randrange(4))
