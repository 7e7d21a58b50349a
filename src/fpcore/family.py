"""Families: the people every rule is about (persons, children, couples).

A :class:`Family` is one household as the family-planning administration sees it: a mother
and/or a father (either may be absent — widowed, divorced, single-parent cases), their children
(including children one spouse brought from an earlier marriage), the jurisdiction whose rules
apply, and the documents on file (marriage date, one-child certificate, second-birth permit and
the recorded grounds for a second birth).

Conventions, chosen once and used by every rule:

* **Alive on a date.** A person or child is alive on ``on`` when ``birth_date <= on`` and either
  no ``death_date`` is recorded or ``on < death_date`` (on the day of death they count as dead).
* **Deliveries (胎).** Policy counts births by delivery: twins or triplets are *one* birth
  (一胎). Children form one delivery when they are not adopted, belong to the same parent(s)
  and were born on the same day or on consecutive days (twins born either side of midnight).
  Two separate deliveries by one mother a day apart are impossible, so no label is needed.
* **Birth order (孩次)** is the ordinal of a child's delivery among the family's deliveries,
  counting the children either spouse brought into the family (that is how remarried couples
  are counted). Adopted children are not births: they have no birth order, but they are
  children of the family for every count of children. The birth limits count children, not
  deliveries (see :mod:`fpcore.births`).
* **Children ever had.** Counts of children "on a date" (:meth:`Family.children_by`,
  :meth:`Family.child_count`) include children who have since died; use
  :meth:`Family.living_children` for the living.

>>> from datetime import date
>>> from fpcore import DINGNAN
>>> mother = Person(sex=Sex.FEMALE, birth_date=date(1980, 3, 1), hukou=Hukou.RURAL)
>>> father = Person(sex=Sex.MALE, birth_date=date(1978, 7, 9), hukou=Hukou.RURAL)
>>> girls = (
...     Child(sex=Sex.FEMALE, birth_date=date(2004, 5, 2)),
...     Child(sex=Sex.FEMALE, birth_date=date(2009, 8, 20)),
... )
>>> family = Family(
...     mother=mother, father=father, children=girls, jurisdiction=DINGNAN,
...     married_on=date(2003, 10, 1),
... )
>>> family.birth_order(girls[1])
2
>>> family.is_two_daughter_household(on=date(2010, 1, 1))
True
"""

from __future__ import annotations

import enum
import functools
import itertools
import warnings
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import Any, Final, final

import attrs

from fpcore._validate import a_date, checked, fast_init, flag, is_a, optional, run_checks
from fpcore.dates import MAX_AGE, check_date, completed_years, full_age
from fpcore.errors import FpcoreWarning, InvalidInputError
from fpcore.jurisdictions import Jurisdiction
from fpcore.plausibility import (
    MAX_DAYS_AFTER_FATHER_DEATH,
    MAX_FATHER_AGE,
    MAX_MOTHER_AGE,
    MIN_DELIVERY_INTERVAL_DAYS,
    MIN_PARENT_AGE,
    UNUSUAL_FATHER_AGE,
    UNUSUAL_MOTHER_AGE,
)

__all__ = [
    "Child",
    "Family",
    "Hukou",
    "Parent",
    "Person",
    "SecondBirthGround",
    "Sex",
]

_MIN_GRADE: Final = 1
_MAX_GRADE: Final = 4
_MAX_COMPLICATION_GRADE: Final = 3
"""Complications of family-planning surgery are graded 1 (most severe) to 3 (特扶 categories)."""
_ONE_DAY: Final = timedelta(days=1)
_TWO: Final = 2


class Sex(enum.Enum):
    """Sex of a person or child."""

    MALE = "male"
    FEMALE = "female"


class Hukou(enum.Enum):
    """Household registration (户籍): rural (农业 / 农村居民) or urban (非农业 / 城镇居民)."""

    RURAL = "rural"
    URBAN = "urban"


class Parent(enum.Enum):
    """A parent's place in a :class:`Family`: which of the couple a child belongs to."""

    MOTHER = "mother"
    FATHER = "father"


class SecondBirthGround(enum.Enum):
    """A recorded ground for a second birth (再生育一个子女的条件).

    The members follow the conditions of the Jiangxi regulation (江西省人口与计划生育条例,
    2002 and 2009 texts, as summarised in REFERENCE §3.2), plus the 2014 one-parent-only-child
    condition (单独二孩). Whether a ground is accepted on a date, and whether it is limited to
    rural couples, is a dated rule in the policy book (see ``fpcore.births``), not part of the
    enum.

    References:
        江西省人口与计划生育条例 (2002-07-29 and 2009-03-27 revisions), Art. 9: conditions for
        a second birth, as summarised in a 2013 news item [secondary].
        江西省人口与计划生育条例 2014-01-16 amendment: one spouse an only child [confirmed].
    """

    BOTH_ONLY_CHILDREN = "both_only_children"
    """Both spouses are only children and have one child (双独)."""
    ONE_ONLY_CHILD = "one_only_child"
    """One spouse is an only child and the couple has one child (单独, from 2014)."""
    ONLY_CHILD_DIED = "only_child_died"
    """The couple's only child died."""
    FIRST_CHILD_DISABLED = "first_child_disabled"
    """The only child is certified non-hereditarily disabled and cannot become a normal worker."""
    MARTYR_ONLY_CHILD = "martyr_only_child"
    """One spouse is the only biological child of a revolutionary martyr."""
    DISABLED_SOLDIER = "disabled_soldier"
    """One spouse is a disabled soldier of grade 6 or above."""
    UNDERGROUND_COAL_MINER = "underground_coal_miner"
    """One spouse has mined coal underground for ≥ 5 years, still does, and has one girl."""
    ETHNIC_MINORITY_AREA = "ethnic_minority_area"
    """Both spouses belong to an ethnic minority and live in a designated minority area."""
    RETURNED_OVERSEAS_CHINESE = "returned_overseas_chinese"
    """Returned overseas Chinese (or HK, Macau, Taiwan residents) whose children all live abroad."""
    OVERSEAS_CHINESE_COUPLE = "overseas_chinese_couple"
    """Both spouses overseas Chinese, one returned within six years, one child."""
    REMARRIED = "remarried"
    """A remarried couple where one spouse had one child before and the other none."""
    RURAL_ONLY_GIRL = "rural_only_girl"
    """A rural couple whose only child is a girl (独女户)."""
    UXORILOCAL_MARRIAGE = "uxorilocal_marriage"
    """A rural husband who married into a brotherless wife's family (入赘)."""
    RURAL_ONLY_CHILD_LINEAGE = "rural_only_child_lineage"
    """A rural spouse who is an only child of a parent who had no siblings either."""
    RURAL_BROTHERS_CHILDLESS = "rural_brothers_childless"
    """A rural husband whose brothers are all childless and infertile."""
    PROVINCIAL_APPROVAL = "provincial_approval"
    """Another case approved by the provincial family-planning commission."""
    INFERTILITY_ADOPTION = "infertility_adoption"
    """No pregnancy for years after marriage, infertility diagnosed, and a lawful adoption
    (Jiangxi 2009 text Art. 8 para 2; 2016 text Art. 9(4)). The number of years is a dated
    parameter; the diagnosis is what the record attests."""


_check_optional_date: Final = optional(a_date)
_check_required_date: Final = a_date
_check_flag: Final = flag


def _enum_check(kind: type[enum.Enum]) -> Callable[[Any, Any, Any], None]:
    return is_a(kind, f"a {kind.__name__}")


def _check_id(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InvalidInputError(attribute.name, value, "must be a non-empty string or None")


def _plain_id(value: object) -> bool:
    """Whether ``value`` is ``None`` or a string with something other than whitespace."""
    return value is None or (isinstance(value, str) and bool(value.strip()))


class _Lifespan:
    """Birth, death and age, shared by :class:`Person` and :class:`Child`."""

    __slots__ = ()
    birth_date: date
    death_date: date | None

    def _check_death(self, died: date) -> None:
        """Check the death date is neither before the birth nor past :data:`MAX_AGE` after it."""
        born = self.birth_date
        if died < born:
            raise InvalidInputError(
                "death_date", died, f"is before the birth date {born.isoformat()}"
            )
        if died.year - born.year > MAX_AGE and completed_years(born, died) > MAX_AGE:
            raise InvalidInputError(
                "death_date",
                died,
                f"is {completed_years(born, died)} years after the birth on {born.isoformat()}, "
                f"older than {MAX_AGE} (MAX_AGE)",
            )

    def is_alive(self, *, on: date) -> bool:
        """Whether born on or before ``on`` and not dead on it (dead on the day of death)."""
        check_date(on, "on")
        return self.birth_date <= on and (self.death_date is None or on < self.death_date)

    def age(self, *, on: date) -> int:
        """Full age (周岁) on ``on``; see :func:`fpcore.dates.full_age`."""
        return full_age(self.birth_date, on)


def _check_complication_grade(
    instance: object, attribute: attrs.Attribute[int | None], value: object
) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(attribute.name, value, "must be an integer grade 1–3 or None")
    if not _MIN_GRADE <= value <= _MAX_COMPLICATION_GRADE:
        raise InvalidInputError(attribute.name, value, "must be a grade from 1 (most severe) to 3")


@final
@fast_init
@attrs.frozen(kw_only=True)
class Person(_Lifespan):
    """A parent: one spouse of a couple.

    Attributes:
        sex: :class:`Sex`.
        birth_date: Date of birth.
        hukou: Household registration, :class:`Hukou`.
        death_date: Date of death, or ``None`` while alive.
        only_child: Whether the person is an only child (独生子女) of their own parents.
        ethnic_minority: Whether the person belongs to an ethnic minority (少数民族).
        id: Optional identifier (an ID-card number or any key the caller uses).
        surgery_complication_grade: The grade (1 most severe to 3) of a complication of
            family-planning surgery (计划生育手术并发症) certified for this person, or ``None``.

    Raises:
        InvalidInputError: For a field of the wrong type or a death before birth.

    >>> from datetime import date
    >>> p = Person(sex=Sex.FEMALE, birth_date=date(1960, 5, 1), hukou=Hukou.RURAL)
    >>> p.age(on=date(2020, 4, 30)), p.is_alive(on=date(2020, 4, 30))
    (59, True)
    """

    sex: Sex = attrs.field(metadata=checked(_enum_check(Sex)))
    birth_date: date = attrs.field(metadata=checked(_check_required_date))
    hukou: Hukou = attrs.field(metadata=checked(_enum_check(Hukou)))
    death_date: date | None = attrs.field(default=None, metadata=checked(_check_optional_date))
    only_child: bool = attrs.field(default=False, metadata=checked(_check_flag))
    ethnic_minority: bool = attrs.field(default=False, metadata=checked(_check_flag))
    id: str | None = attrs.field(default=None, metadata=checked(_check_id))
    surgery_complication_grade: int | None = attrs.field(
        default=None, metadata=checked(_check_complication_grade)
    )

    def __attrs_post_init__(self) -> None:
        """Check every field (the common case inline, see ``fpcore._validate``), then the dates."""
        death = self.death_date
        if not (
            self.sex.__class__ is Sex
            and self.birth_date.__class__ is date
            and self.hukou.__class__ is Hukou
            and (death is None or death.__class__ is date)
            and self.only_child.__class__ is bool
            and self.ethnic_minority.__class__ is bool
            and (self.id is None or _plain_id(self.id))
            and self.surgery_complication_grade is None
        ):
            run_checks(self)
        if death is not None:
            self._check_death(death)

    @property
    def is_rural(self) -> bool:
        """Whether the person's hukou is rural."""
        return self.hukou is Hukou.RURAL


def _check_grade(instance: object, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(attribute.name, value, "must be an integer grade 1–4 or None")
    if not _MIN_GRADE <= value <= _MAX_GRADE:
        raise InvalidInputError(attribute.name, value, "must be a grade from 1 (most severe) to 4")


def _check_within_policy(
    instance: object, attribute: attrs.Attribute[bool | None], value: object
) -> None:
    if value is not None and not isinstance(value, bool):
        raise InvalidInputError(attribute.name, value, "must be True, False or None")


_BOTH: Final = frozenset({Parent.MOTHER, Parent.FATHER})
_BOTH_PARENTS: Final = _BOTH
_MOTHER: Final = Parent.MOTHER
_FATHER: Final = Parent.FATHER


_PARENT_SETS: Final = frozenset(
    {frozenset({Parent.MOTHER}), frozenset({Parent.FATHER}), _BOTH_PARENTS}
)


_INTERNED_PARENTS: Final = {parents: parents for parents in _PARENT_SETS}
"""One stored value per valid set, so that ``Family`` tells a shared child by identity."""


def _to_parents(value: Parent | Iterable[Parent]) -> frozenset[Parent]:
    if value is _BOTH_PARENTS:  # the default
        return value
    if isinstance(value, Parent):
        value = (value,)
    if isinstance(value, (set, frozenset, tuple, list)):
        try:
            parents = frozenset(value)
        except TypeError:  # an unhashable item: surely no Parent
            raise InvalidInputError(
                "parents", value, "must be a non-empty set of Parent.MOTHER / Parent.FATHER"
            ) from None
        return _INTERNED_PARENTS.get(parents, parents)
    return value  # type: ignore[return-value] # refused by the validator


def _check_parents(
    instance: object, attribute: attrs.Attribute[frozenset[Parent]], value: object
) -> None:
    if value is not _BOTH_PARENTS and (
        not isinstance(value, frozenset) or value not in _PARENT_SETS
    ):
        raise InvalidInputError(
            attribute.name, value, "must be a non-empty set of Parent.MOTHER / Parent.FATHER"
        )


@final
@fast_init
@attrs.frozen(kw_only=True)
class Child(_Lifespan):
    """A child of a family, born to or adopted by one or both of its parents.

    Attributes:
        sex: :class:`Sex`.
        birth_date: Date of birth (for an adopted child too).
        death_date: Date of death, or ``None``.
        disability_grade: Disability grade on the Disabled Persons' Federation certificate,
            1 (most severe) to 4, or ``None`` if the child is not certified disabled.
        adopted: Whether the child was adopted (收养) rather than born to the family.
        adopted_on: The day the adoption was registered, or ``None`` if not recorded; only for
            an adopted child, not before its birth. Rules that count adopted children against
            a later birth need it: without it they count the child only when the result is the
            same either way, and otherwise answer "undetermined".
        within_policy: The official ruling on file on whether the birth was within policy;
            ``None`` when no ruling is recorded. A recorded ruling wins over a computed one.
        parents: Which of the family's parents the child belongs to — both by default;
            ``{Parent.MOTHER}`` for a child the mother brought from an earlier marriage. A single
            :class:`Parent` or any iterable of them is accepted and stored as a frozenset.
        id: Optional identifier.

    Raises:
        InvalidInputError: For a field of the wrong type, a grade outside 1–4, a death
            before birth, or an adoption date for a child not adopted or before its birth.

    >>> from datetime import date
    >>> Child(sex=Sex.MALE, birth_date=date(2001, 1, 1), parents=Parent.MOTHER).parents
    frozenset({<Parent.MOTHER: 'mother'>})
    """

    sex: Sex = attrs.field(metadata=checked(_enum_check(Sex)))
    birth_date: date = attrs.field(metadata=checked(_check_required_date))
    death_date: date | None = attrs.field(default=None, metadata=checked(_check_optional_date))
    disability_grade: int | None = attrs.field(default=None, metadata=checked(_check_grade))
    adopted: bool = attrs.field(default=False, metadata=checked(_check_flag))
    adopted_on: date | None = attrs.field(default=None, metadata=checked(_check_optional_date))
    within_policy: bool | None = attrs.field(default=None, metadata=checked(_check_within_policy))
    parents: frozenset[Parent] = attrs.field(
        default=_BOTH, converter=_to_parents, metadata=checked(_check_parents)
    )
    id: str | None = attrs.field(default=None, metadata=checked(_check_id))

    def __attrs_post_init__(self) -> None:
        """Check every field (the common case inline), then the death and adoption dates."""
        death, policy = self.death_date, self.within_policy
        if not (
            self.sex.__class__ is Sex
            and self.birth_date.__class__ is date
            and (death is None or death.__class__ is date)
            and self.disability_grade is None
            and self.adopted.__class__ is bool
            and self.adopted_on is None
            and (policy is None or policy.__class__ is bool)
            and (self.parents is _BOTH or self.parents in _PARENT_SETS)
            and (self.id is None or _plain_id(self.id))
        ):
            run_checks(self)
        if death is not None:
            self._check_death(death)
        if self.adopted_on is None:
            return
        if not self.adopted:
            raise InvalidInputError(
                "adopted_on", self.adopted_on, "is given for a child not adopted"
            )
        if self.adopted_on < self.birth_date:
            raise InvalidInputError(
                "adopted_on",
                self.adopted_on,
                f"is before the birth date {self.birth_date.isoformat()}",
            )

    @property
    def is_disabled(self) -> bool:
        """Whether the child holds a disability certificate (any grade)."""
        return self.disability_grade is not None

    @property
    def is_shared(self) -> bool:
        """Whether the child belongs to both parents of the family."""
        return self.parents == _BOTH


def _to_children(value: tuple[Child, ...] | list[Child]) -> tuple[Child, ...]:
    if type(value) is tuple:
        return value
    # anything else but a list is kept, for the validator to refuse
    return tuple(value) if isinstance(value, list) else value


def _check_children(
    instance: object, attribute: attrs.Attribute[tuple[Child, ...]], value: object
) -> None:
    if not isinstance(value, tuple):
        raise InvalidInputError(attribute.name, value, "must be a tuple of Child")
    for index, child in enumerate(value):
        if type(child) is not Child:
            raise InvalidInputError(f"children[{index}]", child, "must be a Child")


_check_parent: Final = optional(is_a(Person, "a Person or None"))
_check_jurisdiction: Final = is_a(Jurisdiction, "a Jurisdiction")
_NO_GROUNDS: Final[frozenset[SecondBirthGround]] = frozenset()


def _to_grounds(
    value: frozenset[SecondBirthGround] | set[SecondBirthGround] | Iterable[SecondBirthGround],
) -> frozenset[SecondBirthGround]:
    if value is _NO_GROUNDS or type(value) is frozenset:
        return value
    if isinstance(value, (set, tuple, list)):
        try:
            return frozenset(value)
        except TypeError:  # an unhashable item: surely no SecondBirthGround
            raise InvalidInputError(
                "second_birth_grounds", value, "must be a set of SecondBirthGround"
            ) from None
    return value  # type: ignore[return-value] # refused by the validator


def _check_grounds(
    instance: object, attribute: attrs.Attribute[frozenset[SecondBirthGround]], value: object
) -> None:
    if value is _NO_GROUNDS:
        return
    if not isinstance(value, frozenset) or not all(isinstance(g, SecondBirthGround) for g in value):
        raise InvalidInputError(attribute.name, value, "must be a set of SecondBirthGround")


@final
@fast_init
@attrs.frozen(kw_only=True)
class Family:
    """A household: a mother and/or a father, their children and the documents on file.

    Attributes:
        mother: The woman of the couple, or ``None`` if absent.
        father: The man of the couple, or ``None`` if absent.
        children: The children, in any order (rules never depend on it). A list is accepted
            and stored as a tuple.
        jurisdiction: The area whose rules apply (the registered residence).
        married_on: Date the couple registered their marriage, or ``None`` if not married.
        one_child_certificate_on: Date the one-child parents' certificate (独生子女父母光荣证)
            was issued, or ``None``.
        second_birth_permit_on: Date the second-birth permit (再生一胎生育证) was issued, or
            ``None``.
        second_birth_grounds: Recorded grounds for a second birth (:class:`SecondBirthGround`).
        id: Optional identifier (a household number or any key the caller uses), as
            :attr:`Person.id` and :attr:`Child.id`; :func:`fpcore.tables.families_from_rows`
            sets it to the household.

    Raises:
        InvalidInputError: Naming the field when there is no parent, the mother is not female or
            the father not male, a child is born before one of its parents or after its mother's
            death, a child belongs only to a parent the family does not have, the marriage
            is before a spouse's birth, or the family is impossible by fpcore's plausibility
            limits (:mod:`fpcore.plausibility`): a parent younger than ``MIN_PARENT_AGE`` or
            older than ``MAX_MOTHER_AGE`` / ``MAX_FATHER_AGE`` at a birth, a child born more
            than ``MAX_DAYS_AFTER_FATHER_DEATH`` days after its father's death, two
            deliveries by one mother fewer than ``MIN_DELIVERY_INTERVAL_DAYS`` apart (other
            than twins), a marriage, certificate or permit dated before a spouse turned
            ``MIN_PARENT_AGE`` (or a marriage on or after a spouse's death), or one id given to
            two people.

    Warns:
        FpcoreWarning: For a mother aged ``UNUSUAL_MOTHER_AGE`` or more, or a father aged
            ``UNUSUAL_FATHER_AGE`` or more, at a birth: possible, but more often a wrong date.
    """

    mother: Person | None = attrs.field(metadata=checked(_check_parent))
    father: Person | None = attrs.field(metadata=checked(_check_parent))
    children: tuple[Child, ...] = attrs.field(
        converter=_to_children, metadata=checked(_check_children)
    )
    jurisdiction: Jurisdiction = attrs.field(metadata=checked(_check_jurisdiction))
    married_on: date | None = attrs.field(default=None, metadata=checked(_check_optional_date))
    one_child_certificate_on: date | None = attrs.field(
        default=None, metadata=checked(_check_optional_date)
    )
    second_birth_permit_on: date | None = attrs.field(
        default=None, metadata=checked(_check_optional_date)
    )
    second_birth_grounds: frozenset[SecondBirthGround] = attrs.field(
        default=_NO_GROUNDS, converter=_to_grounds, metadata=checked(_check_grounds)
    )
    id: str | None = attrs.field(default=None, metadata=checked(_check_id))

    def __attrs_post_init__(self) -> None:
        """Check every field (the common case inline), then the rules listed under *Raises*."""
        mother, father, children = self.mother, self.father, self.children
        married, certified, permitted = (
            self.married_on,
            self.one_child_certificate_on,
            self.second_birth_permit_on,
        )
        if not (
            (mother is None or mother.__class__ is Person)
            and (father is None or father.__class__ is Person)
            and children.__class__ is tuple
            and self.jurisdiction.__class__ is Jurisdiction
            and (married is None or married.__class__ is date)
            and (certified is None or certified.__class__ is date)
            and (permitted is None or permitted.__class__ is date)
            and (self.second_birth_grounds.__class__ is frozenset and not self.second_birth_grounds)
            and (self.id is None or _plain_id(self.id))
        ):
            run_checks(self)
        if mother is None and father is None:
            raise InvalidInputError(
                "mother", None, "and father are both missing: a family needs a parent"
            )
        if mother is not None and mother.sex is not Sex.FEMALE:
            raise InvalidInputError("mother.sex", mother.sex, "must be Sex.FEMALE")
        if father is not None and father.sex is not Sex.MALE:
            raise InvalidInputError("father.sex", father.sex, "must be Sex.MALE")
        if married is not None:
            for role, person in self._present():
                if married < person.birth_date:
                    raise InvalidInputError(
                        "married_on",
                        self.married_on,
                        f"is before the {role.value}'s birth date {person.birth_date.isoformat()}",
                    )
        # the common case in one pass, without building anything: plausibility
        # (fpcore.plausibility) by calendar years alone — a shared child born in a year of
        # [low, high), while the mother lived, finds both parents surely of a usual age (see
        # _FAST_* below). Any other child is checked against its parents' lives
        # (_check_child) and, if born to the family, every birth precisely (_check_births).
        mother_died = None if mother is None else mother.death_date
        low = high = 0  # an empty band: every birth checked precisely
        both = mother is not None and father is not None
        if both and children:
            mother_year = mother.birth_date.year  # type: ignore[union-attr]
            father_year = father.birth_date.year  # type: ignore[union-attr]
            low = (mother_year if mother_year > father_year else father_year) + _FAST_LOW_YEARS
            high = mother_year + _FAST_MOTHER_YEARS
            if father_year + _FAST_FATHER_YEARS < high:
                high = father_year + _FAST_FATHER_YEARS
            died = father.death_date  # type: ignore[union-attr]
            if died is not None and died.year < high:
                high = died.year  # born before the father's death year: surely not posthumous
        delivered: list[date] = []
        precise = False
        has_ids = (mother is not None and mother.id is not None) or (
            father is not None and father.id is not None
        )
        for index, child in enumerate(children):
            if child.__class__ is not Child:
                run_checks(self)  # type: ignore[unreachable] # raises, naming children[i]
            born = child.birth_date
            if child.id is not None:
                has_ids = True
            if (
                child.parents is _BOTH
                and both
                and low <= born.year < high
                and (mother_died is None or born <= mother_died)
            ):
                if not child.adopted:
                    delivered.append(born)
                continue
            self._check_child(index, child)
            if not child.adopted:
                precise = True
        if len(delivered) > 1:
            delivered.sort()
            for before, after in itertools.pairwise(delivered):
                if _ONE_DAY < after - before < _MIN_INTERVAL:
                    precise = True
        if precise:
            self._check_births(mother, father, children)
        if has_ids:
            self._check_ids()
        if married is not None or certified is not None or permitted is not None:
            # documents dated from the year both spouses turn MIN_PARENT_AGE + 1, while both
            # live, need no exact date: checked precisely otherwise
            of_age = _FAST_LOW_YEARS + max(
                0 if mother is None else mother.birth_date.year,
                0 if father is None else father.birth_date.year,
            )
            if not (
                (married is None or married.year >= of_age)
                and (certified is None or certified.year >= of_age)
                and (permitted is None or permitted.year >= of_age)
                and (
                    married is None
                    or (mother_died is None and (father is None or father.death_date is None))
                )
            ):
                self._check_documents()

    def _check_births(
        self, mother: Person | None, father: Person | None, children: tuple[Child, ...]
    ) -> bool:
        """Check the plausibility of the births (:mod:`fpcore.plausibility`) in one pass.

        Returns whether any child has an id (for :meth:`_check_ids`).
        """
        mother_day = None if mother is None else mother.birth_date.toordinal()
        father_day = None if father is None else father.birth_date.toordinal()
        father_died = (
            None if father is None or father.death_date is None else father.death_date.toordinal()
        )
        delivered: list[tuple[int, int]] = []  # (day, index) of the mother's own births
        has_ids = False
        for index, child in enumerate(children):
            if child.id is not None:
                has_ids = True
            if child.adopted:
                continue
            parents, day = child.parents, child.birth_date.toordinal()
            if _MOTHER in parents:
                delivered.append((day, index))
                if mother_day is not None and not (
                    _SURELY_OLD_ENOUGH <= day - mother_day < _SURELY_USUAL_MOTHER
                ):
                    _check_age_at_birth(index, child, mother, _MOTHER)  # type: ignore[arg-type]
            if _FATHER in parents and father_day is not None:
                if not _SURELY_OLD_ENOUGH <= day - father_day < _SURELY_USUAL_FATHER:
                    _check_age_at_birth(index, child, father, _FATHER)  # type: ignore[arg-type]
                if father_died is not None and day - father_died > MAX_DAYS_AFTER_FATHER_DEATH:
                    raise InvalidInputError(
                        f"children[{index}].birth_date",
                        child.birth_date,
                        f"is {day - father_died} days after the father's death on "
                        f"{father.death_date.isoformat()}, more than "  # type: ignore[union-attr]
                        f"{MAX_DAYS_AFTER_FATHER_DEATH} (MAX_DAYS_AFTER_FATHER_DEATH)",
                    )
        if len(delivered) > 1:
            delivered.sort()
            for (before, first), (after, second) in itertools.pairwise(delivered):
                if _ONE_DAY_APART < after - before < MIN_DELIVERY_INTERVAL_DAYS:
                    raise InvalidInputError(
                        f"children[{second}].birth_date",
                        children[second].birth_date,
                        f"is {after - before} days after the mother's delivery of "
                        f"children[{first}]: separate deliveries by one mother are at least "
                        f"{MIN_DELIVERY_INTERVAL_DAYS} days apart "
                        "(MIN_DELIVERY_INTERVAL_DAYS); twins are born on the same or the "
                        "next day",
                    )
        return has_ids

    def _check_ids(self) -> None:
        """Refuse one non-empty id given to two people of the family."""
        seen: dict[str, str] = {}
        people: list[tuple[str, Person | Child | None]] = [
            ("mother", self.mother),
            ("father", self.father),
        ]
        people += [(f"children[{i}]", child) for i, child in enumerate(self.children)]
        for path, person in people:
            if person is None or person.id is None:
                continue
            if person.id in seen:
                raise InvalidInputError(
                    f"{path}.id", person.id, f"is also the id of {seen[person.id]}"
                )
            seen[person.id] = path

    def _check_documents(self) -> None:
        """Refuse documents dated before a spouse could hold them, or a marriage after a death."""
        documents = (
            ("married_on", self.married_on),
            ("one_child_certificate_on", self.one_child_certificate_on),
            ("second_birth_permit_on", self.second_birth_permit_on),
        )
        for role, person in self._present():
            of_age = _anniversary(person.birth_date, MIN_PARENT_AGE)
            for field, day in documents:
                if day is not None and day < of_age:
                    raise InvalidInputError(
                        field,
                        day,
                        f"is before the {role.value} (born {person.birth_date.isoformat()}) "
                        f"turned {MIN_PARENT_AGE} (MIN_PARENT_AGE)",
                    )
            died = person.death_date
            if self.married_on is not None and died is not None and self.married_on >= died:
                raise InvalidInputError(
                    "married_on",
                    self.married_on,
                    f"is on or after the {role.value}'s death on {died.isoformat()}",
                )

    def _present(self) -> tuple[tuple[Parent, Person], ...]:
        pairs = ((Parent.MOTHER, self.mother), (Parent.FATHER, self.father))
        return tuple((role, person) for role, person in pairs if person is not None)

    def _check_child(self, index: int, child: Child) -> None:
        """Refuse a child of no parent present, born before a parent or after its mother's death."""
        present = dict(self._present())
        if not child.parents & present.keys():
            raise InvalidInputError(
                f"children[{index}].parents",
                sorted(p.value for p in child.parents),
                "names only a parent the family does not have",
            )
        for role in sorted(child.parents & present.keys(), key=lambda r: r.value):
            person = present[role]
            if child.birth_date < person.birth_date:
                raise InvalidInputError(
                    f"children[{index}].birth_date",
                    child.birth_date,
                    f"is before the {role.value}'s birth date {person.birth_date.isoformat()}",
                )
            if (
                role is Parent.MOTHER
                and person.death_date is not None
                and child.birth_date > person.death_date
            ):
                raise InvalidInputError(
                    f"children[{index}].birth_date",
                    child.birth_date,
                    f"is after the mother's death on {person.death_date.isoformat()}",
                )

    # -- the couple -------------------------------------------------------------------------

    # Derived facts are computed once per family (rules ask for them on every decision); attrs
    # keeps them in extra slots that equality, hashing, pickling and serde ignore.

    @functools.cached_property
    def spouses(self) -> tuple[Person, ...]:
        """The parents present, mother first."""
        return tuple(person for _, person in self._present())

    @functools.cached_property
    def _ordered(self) -> tuple[Child, ...]:
        """The children, oldest first (a total order: see ``_child_sort_key``)."""
        return _oldest_first(self.children)

    @property
    def is_couple(self) -> bool:
        """Whether both a mother and a father are present."""
        return self.mother is not None and self.father is not None

    def parent(self, role: Parent) -> Person | None:
        """The :class:`Person` in ``role``, or ``None`` if absent."""
        return self.mother if role is Parent.MOTHER else self.father

    def is_married(self, *, on: date) -> bool:
        """Whether a marriage is registered on or before ``on``."""
        check_date(on, "on")
        return self.married_on is not None and self.married_on <= on

    @functools.cached_property
    def is_rural(self) -> bool:
        """Whether every parent present has a rural hukou (a rural couple / household)."""
        return all(person.is_rural for person in self.spouses)

    @property
    def both_only_children(self) -> bool:
        """Whether both spouses are present and both are only children (双独)."""
        return self.is_couple and all(person.only_child for person in self.spouses)

    @property
    def any_only_child(self) -> bool:
        """Whether at least one parent present is an only child (单独 or 双独)."""
        return any(person.only_child for person in self.spouses)

    # -- children ---------------------------------------------------------------------------

    def children_of(self, role: Parent) -> tuple[Child, ...]:
        """Children who belong to the parent in ``role`` (shared children included), oldest first.

        >>> from datetime import date
        >>> from fpcore import DINGNAN
        >>> mum = Person(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), hukou=Hukou.URBAN)
        >>> dad = Person(sex=Sex.MALE, birth_date=date(1979, 1, 1), hukou=Hukou.URBAN)
        >>> hers = Child(sex=Sex.MALE, birth_date=date(2002, 1, 1), parents=Parent.MOTHER)
        >>> ours = Child(sex=Sex.FEMALE, birth_date=date(2008, 1, 1))
        >>> family = Family(mother=mum, father=dad, children=(hers, ours), jurisdiction=DINGNAN)
        >>> len(family.children_of(Parent.MOTHER)), len(family.children_of(Parent.FATHER))
        (2, 1)
        """
        if role is Parent.MOTHER:
            return self._by_parent[0]
        if role is Parent.FATHER:
            return self._by_parent[1]
        raise InvalidInputError("role", role, "must be a Parent")

    @functools.cached_property
    def _by_parent(self) -> tuple[tuple[Child, ...], tuple[Child, ...]]:
        """The mother's and the father's children, oldest first."""
        return (
            tuple(child for child in self._ordered if Parent.MOTHER in child.parents),
            tuple(child for child in self._ordered if Parent.FATHER in child.parents),
        )

    @property
    def shared_children(self) -> tuple[Child, ...]:
        """Children who belong to both parents, oldest first."""
        return tuple(child for child in self._ordered if child.is_shared)

    def children_by(self, *, on: date) -> tuple[Child, ...]:
        """Children born on or before ``on`` (living or not), oldest first."""
        check_date(on, "on")
        return tuple([child for child in self._ordered if child.birth_date <= on])

    def child_count(self, *, on: date) -> int:
        """How many children the family has had by ``on`` (living or not, adopted included)."""
        return len(self.children_by(on=on))

    def living_children(self, *, on: date) -> tuple[Child, ...]:
        """Children alive on ``on``, oldest first."""
        return tuple(child for child in self.children_by(on=on) if child.is_alive(on=on))

    def has_only_child(self, *, on: date) -> bool:
        """Whether the family has had exactly one child by ``on`` and that child is alive.

        Twins are two children, so a family with twins has no only child.
        """
        had = self.children_by(on=on)
        return len(had) == 1 and had[0].is_alive(on=on)

    def is_two_daughter_household(self, *, on: date) -> bool:
        """Whether the family has had exactly two children by ``on``, both daughters (二女户).

        Children count whether living or not, as the reward-assistance rules count them.
        """
        had = self.children_by(on=on)
        return len(had) == _TWO and all(child.sex is Sex.FEMALE for child in had)

    # -- deliveries and birth order ---------------------------------------------------------

    def deliveries(self, *, on: date | None = None) -> tuple[tuple[Child, ...], ...]:
        """Births counted by delivery (胎), oldest first; adopted children are left out.

        Children form one delivery when they are not adopted, belong to the same parent(s) and
        were born on the same day or on consecutive days. With ``on``, only deliveries that had
        begun by ``on`` are returned.

        >>> from datetime import date
        >>> from fpcore import DINGNAN
        >>> mum = Person(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), hukou=Hukou.RURAL)
        >>> twins = (
        ...     Child(sex=Sex.MALE, birth_date=date(2005, 3, 1)),
        ...     Child(sex=Sex.MALE, birth_date=date(2005, 3, 2)),
        ... )
        >>> family = Family(mother=mum, father=None, children=twins, jurisdiction=DINGNAN)
        >>> [len(d) for d in family.deliveries()]
        [2]
        """
        if on is None:
            return self._deliveries
        check_date(on, "on")
        return tuple(run for run in self._deliveries if run[0].birth_date <= on)

    @functools.cached_property
    def _deliveries(self) -> tuple[tuple[Child, ...], ...]:
        """Every delivery, oldest first (see :meth:`deliveries`)."""
        born = (c for c in self._ordered if not c.adopted)
        groups: dict[frozenset[Parent], list[list[Child]]] = {}
        for child in born:
            runs = groups.setdefault(child.parents, [])
            if runs and child.birth_date - runs[-1][-1].birth_date <= _ONE_DAY:
                runs[-1].append(child)
            else:
                runs.append([child])
        result = sorted(
            (tuple(run) for runs in groups.values() for run in runs),
            key=lambda run: (run[0].birth_date, _parents_key(run[0].parents)),
        )
        return tuple(result)

    def birth_count(self, *, on: date) -> int:
        """How many deliveries (births counted 一胎 at a time) had begun by ``on``."""
        return len(self.deliveries(on=on))

    def delivery_of(self, child: Child) -> tuple[Child, ...]:
        """The delivery ``child`` was born in (its twin or triplet siblings included).

        Raises:
            InvalidInputError: If ``child`` is not one of this family's children or is adopted.
        """
        self._require_member(child)
        for delivery in self.deliveries():
            if child in delivery:
                return delivery
        raise InvalidInputError("child", child, "is adopted: adopted children have no delivery")

    def birth_order(self, child: Child) -> int:
        """Ordinal (孩次) of ``child``'s delivery among the family's deliveries, from 1.

        Twins share a birth order. Children either spouse brought from an earlier marriage
        count, which is how a remarried couple's births are counted.

        Raises:
            InvalidInputError: If ``child`` is not one of this family's children or is adopted.
        """
        delivery = self.delivery_of(child)
        return self.deliveries().index(delivery) + 1

    def is_multiple_birth(self, child: Child) -> bool:
        """Whether ``child`` was born in a delivery of two or more (twins, triplets…)."""
        return len(self.delivery_of(child)) > 1

    def earlier_children(self, child: Child) -> tuple[Child, ...]:
        """Children (adopted included) born strictly before ``child``'s delivery began.

        Raises:
            InvalidInputError: If ``child`` is not one of this family's children.
        """
        self._require_member(child)
        start = self.delivery_of(child)[0].birth_date if not child.adopted else child.birth_date
        return tuple(c for c in self.children_by(on=start) if c.birth_date < start)

    def _require_member(self, child: Child) -> None:
        if child not in self.children:
            raise InvalidInputError("child", child, "is not one of the family's children")


# Ages at a birth, in days: a parent is surely at least MIN_PARENT_AGE when a child is born
# 366 × MIN_PARENT_AGE days after them, and surely not yet UNUSUAL_*_AGE when born fewer than
# 365 × that many days after; only births outside the band need the exact age.
_SURELY_OLD_ENOUGH: Final = 366 * MIN_PARENT_AGE
_SURELY_USUAL_MOTHER: Final = 365 * UNUSUAL_MOTHER_AGE
_SURELY_USUAL_FATHER: Final = 365 * UNUSUAL_FATHER_AGE
_ONE_DAY_APART: Final = 1
# The same band by calendar years, for Family's one pass: a parent born in year y turns A
# during year y + A, so a child born in year y + A + 1 or later finds them surely A or older,
# and one born before year y + A finds them surely younger than A.
_FAST_LOW_YEARS: Final = MIN_PARENT_AGE + 1
_FAST_MOTHER_YEARS: Final = UNUSUAL_MOTHER_AGE
_FAST_FATHER_YEARS: Final = UNUSUAL_FATHER_AGE
_MIN_INTERVAL: Final = timedelta(days=MIN_DELIVERY_INTERVAL_DAYS)
_LIMITS: Final = {
    Parent.MOTHER: (MAX_MOTHER_AGE, UNUSUAL_MOTHER_AGE, "MAX_MOTHER_AGE", "UNUSUAL_MOTHER_AGE"),
    Parent.FATHER: (MAX_FATHER_AGE, UNUSUAL_FATHER_AGE, "MAX_FATHER_AGE", "UNUSUAL_FATHER_AGE"),
}
_WARNING_DEPTH: Final = 5
"""Frames from ``warnings.warn`` to the caller of ``Family(...)``: this helper,
``_check_births``, ``__attrs_post_init__``, the attrs ``__init__``, the caller."""


def _anniversary(born: date, years: int) -> date:
    """The day a person born on ``born`` turns ``years`` (28 February for 29 February)."""
    year = born.year + years
    if year > date.max.year:
        return date.max
    try:
        return born.replace(year=year)
    except ValueError:  # 29 February in a common year
        return date(year, 2, 28)


def _check_age_at_birth(index: int, child: Child, parent: Person, role: Parent) -> None:
    """Refuse a parent too young or too old at a birth; warn about an unusual age."""
    age = completed_years(parent.birth_date, child.birth_date)
    highest, unusual, highest_name, unusual_name = _LIMITS[role]
    field = f"children[{index}].birth_date"
    if age < MIN_PARENT_AGE:
        raise InvalidInputError(
            field,
            child.birth_date,
            f"makes the {role.value} {age} at the birth, younger than {MIN_PARENT_AGE} "
            "(MIN_PARENT_AGE)",
        )
    if age > highest:
        raise InvalidInputError(
            field,
            child.birth_date,
            f"makes the {role.value} {age} at the birth, older than {highest} ({highest_name})",
        )
    if age >= unusual:
        warnings.warn(
            f"{field}: {child.birth_date.isoformat()} makes the {role.value} {age} at the "
            f"birth ({unusual_name} is {unusual}): check the birth dates",
            FpcoreWarning,
            stacklevel=_WARNING_DEPTH,
        )


def _parents_key(parents: Iterable[Parent]) -> tuple[str, ...]:
    return tuple(sorted(p.value for p in parents))


def _child_sort_key(child: Child) -> tuple[object, ...]:
    # a total order on every field, so that sorting never depends on the input order
    return (
        child.birth_date,
        _parents_key(child.parents),
        child.sex.value,
        child.adopted,
        child.adopted_on or date.min,
        child.id or "",
        child.death_date or date.max,
        child.disability_grade or 0,
        -1 if child.within_policy is None else int(child.within_policy),
    )


def _oldest_first(children: Iterable[Child]) -> tuple[Child, ...]:
    return tuple(sorted(children, key=_child_sort_key))
