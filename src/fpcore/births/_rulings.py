"""Within-policy rulings and birth-policy eras (see :mod:`fpcore.births`)."""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date
from typing import Final, final

import attrs

from fpcore._validate import check_book
from fpcore.dates import full_age
from fpcore.errors import InvalidInputError, NoValueForDateError
from fpcore.explain import Check, Fact, Lang, Message, checks_html, render_checks
from fpcore.family import Child, Family, Parent, SecondBirthGround, Sex
from fpcore.jurisdictions import Jurisdiction
from fpcore.params import Citation, DatedValue, PolicyBook, Resolution

__all__ = [
    "BirthRuling",
    "Era",
    "classify_birth",
    "classify_births",
    "eras",
]

# -- parameter keys ------------------------------------------------------------------------------

PERMITTED: Final = "births.permitted_children"
GROUNDS_ORDER: Final = "births.grounds_birth_order"
PERMIT_REQUIRED: Final = "births.second_birth.permit_required"
ONE_ONLY_CHILD: Final = "births.second_birth.one_only_child_ground"
SPACING: Final = "births.spacing.required"
SPACING_AGE: Final = "births.spacing.min_mother_age"
SPACING_YEARS: Final = "births.spacing.min_interval_years"
SPACING_OLDER_AGE: Final = "births.spacing.reduced_interval_over_age"
SPACING_OLDER_YEARS: Final = "births.spacing.reduced_interval_years"
MARRIAGE_AGE_MALE: Final = "births.marriage_age.male"
MARRIAGE_AGE_FEMALE: Final = "births.marriage_age.female"
FEE_IN_FORCE: Final = "social_maintenance_fee.in_force"

# -- messages ------------------------------------------------------------------------------------

_RECORDED: Final = Message(
    zh="档案中已有政策符合性结论（{recorded}），以此为准；按规则推算的结论为 {computed}",
    en="A ruling is on file (within policy: {recorded}); it takes precedence over the "
    "computed ruling ({computed})",
)
_TEXT_IN_FORCE: Final = Message(
    zh="{on} 施行的生育政策：已婚夫妻可生育 {permitted} 胎",
    en="Birth policy in force on {on}: a married couple may have {permitted} birth(s)",
)
_NO_TEXT: Final = Message(
    zh="{on} 无已编码的生育政策文本（最早编码文本自 {first} 起施行），须有档案中的政策符合性结论",
    en="No birth-policy text is encoded for {on} (the first encoded text starts on {first}); "
    "a ruling on file is needed",
)
_ADOPTED: Final = Message(
    zh="收养子女：不是本家庭的生育，其政策符合性须以档案结论为准",
    en="Adopted child: not a birth of this family; a ruling on file is needed",
)
_PREVIOUS_UNION: Final = Message(
    zh="子女为{parent}在本次婚姻（{married_on}）之前所生，其政策符合性须以档案结论为准",
    en="The child was born to the {parent} before this marriage ({married_on}); "
    "a ruling on file is needed",
)
_EXTRAMARITAL: Final = Message(
    zh="子女为{parent}在婚姻存续期间（自 {married_on}）与配偶以外的人所生",
    en="The child was born to the {parent} with someone other than the spouse during the "
    "marriage (since {married_on})",
)
_MARRIED: Final = Message(
    zh="生育时夫妻已登记结婚（结婚登记日 {married_on}，生育日 {on}）",
    en="The couple was married at the birth (married on {married_on}, birth on {on})",
)
_MARRIAGE_AGE: Final = Message(
    zh="生育时双方已达法定婚龄（女方 {mother_age}/{female_limit} 周岁，男方 {father_age}/{male_limit} 周岁）",
    en="Both were of legal marriage age at the birth (woman {mother_age}/{female_limit}, "
    "man {father_age}/{male_limit})",
)
_ORDER: Final = Message(
    zh="孩次 {birth_order}，不超过可生育胎数 {permitted}",
    en="Birth order {birth_order} is no more than the {permitted} birth(s) allowed without "
    "a ground",
)
_GROUNDS: Final = Message(
    zh="第 {birth_order} 胎的再生育条件：{grounds}（档案登记：{recorded}）",
    en="Grounds for birth {birth_order}: {grounds} (recorded: {recorded})",
)
_PERMIT: Final = Message(
    zh="生育前已取得再生一胎生育证（发证日 {permit_on}，生育日 {on}）",
    en="A second-birth permit was issued before the birth (issued {permit_on}, birth on {on})",
)
_NO_PERMIT: Final = Message(zh="再生育无须再生一胎生育证", en="No second-birth permit is required")
_SPACING_AGE: Final = Message(
    zh="再生育时女方年满 {limit} 周岁（{age} 周岁）",
    en="The woman was at least {limit} at the second birth ({age})",
)
_SPACING_INTERVAL: Final = Message(
    zh="与上一胎间隔满 {limit} 年（{years} 年；女方 {age} 周岁）",
    en="At least {limit} years since the previous birth ({years}; the woman was {age})",
)
_BEYOND_GROUNDS: Final = Message(
    zh="孩次 {birth_order} 超过凭再生育条件可批准的孩次 {limit}",
    en="Birth order {birth_order} is beyond the last birth a ground can permit ({limit})",
)
_NO_FURTHER_RULE: Final = Message(
    zh="档案登记了再生育条件，但本时期批准第 {birth_order} 胎的条件未编码，须有档案中的政策符合性结论",
    en="Grounds are recorded, but the conditions of this text for birth {birth_order} are "
    "not encoded; a ruling on file is needed",
)
_NONE_TEXT: Final = Message(zh="无", en="none")

_TITLE: Final = Message(zh="生育政策符合性", en="Birth-policy ruling")
_OUTCOME: Final = {
    True: Message(zh="政策内生育", en="within policy"),
    False: Message(zh="政策外生育", en="out of policy"),
    None: Message(zh="无法判定（须有档案结论）", en="undetermined (a ruling on file is needed)"),
}
_PARENT_NAME: Final = {
    Parent.MOTHER: Message(zh="母亲", en="mother"),
    Parent.FATHER: Message(zh="父亲", en="father"),
}

# Grounds that hold only for a rural couple (condition 10 of the Jiangxi texts).
_RURAL_GROUNDS: Final = frozenset(
    {
        SecondBirthGround.RURAL_ONLY_GIRL,
        SecondBirthGround.UXORILOCAL_MARRIAGE,
        SecondBirthGround.RURAL_ONLY_CHILD_LINEAGE,
        SecondBirthGround.RURAL_BROTHERS_CHILDLESS,
    }
)
# Grounds fpcore decides from the family's facts, whether recorded or not.
_DERIVED_GROUNDS: Final = frozenset(
    {
        SecondBirthGround.BOTH_ONLY_CHILDREN,
        SecondBirthGround.ONE_ONLY_CHILD,
        SecondBirthGround.ONLY_CHILD_DIED,
        SecondBirthGround.REMARRIED,
        SecondBirthGround.RURAL_ONLY_GIRL,
    }
)


class _Explained:
    """Rendering shared by the result types of this package (checks + a headline)."""

    __slots__ = ()
    checks: tuple[Check, ...]

    def headline(self, lang: Lang = "zh") -> str:
        raise NotImplementedError

    @property
    def is_illustrative(self) -> bool:
        """Whether any value behind the result has no source."""
        return any(c.is_illustrative for c in self.checks)

    def check(self, code: str) -> Check:
        """The check with this code.

        Raises:
            KeyError: If the result has no such check.
        """
        for candidate in self.checks:
            if candidate.code == code:
                return candidate
        raise KeyError(code)

    def explain(self, lang: Lang = "zh") -> str:
        """The result in full sentences, one line per condition, with sources."""
        return "\n".join((self.headline(lang), *render_checks(self.checks, lang)))

    def _repr_html_(self) -> str:
        """A small HTML table for notebooks (escaped; no IPython import)."""
        return (
            f'<div class="fpcore-decision"><p><strong>{html.escape(self.headline("en"))}'
            f"</strong><br>{html.escape(self.headline('zh'))}</p>"
            + checks_html(self.checks)
            + "</div>"
        )


@final
@attrs.frozen(kw_only=True)
class BirthRuling(_Explained):
    """Whether one birth was within policy, with every condition checked.

    Attributes:
        child: The child the ruling is about.
        on: The day the child's delivery began: the date the rules were taken from.
        jurisdiction: The jurisdiction whose rules were applied.
        within_policy: The ruling: ``True`` within policy, ``False`` out of policy, ``None``
            undetermined (a ruling on file is needed). A ruling on file wins.
        computed: What the rules give, whatever is on file (``None`` when they cannot tell).
        recorded: The ruling on file (:attr:`~fpcore.family.Child.within_policy`), or ``None``.
        birth_order: The child's birth order (孩次), or ``None`` for an adopted child.
        checks: One per condition, in the order checked.
    """

    child: Child
    on: date
    jurisdiction: Jurisdiction
    within_policy: bool | None
    computed: bool | None
    recorded: bool | None
    birth_order: int | None
    checks: tuple[Check, ...]

    @property
    def out_of_policy(self) -> bool:
        """Whether the birth is ruled out of policy (``within_policy is False``)."""
        return self.within_policy is False

    def headline(self, lang: Lang = "zh") -> str:
        """The first line of the explanation: the birth, where, and the outcome."""
        outcome = _OUTCOME[self.within_policy].render(lang)
        where = self.jurisdiction.name(lang)
        title = _TITLE.render(lang)
        if lang == "en":
            return f"{title} — {where}, birth of {self.on.isoformat()}: {outcome}."
        return f"{title}——{where}，{self.on.isoformat()} 出生：{outcome}。"


def _optional(book: PolicyBook, key: str, on: date, where: Jurisdiction) -> Resolution | None:
    try:
        return book.resolve(key, on=on, jurisdiction=where)
    except NoValueForDateError:
        return None


def _first_record(book: PolicyBook, key: str, where: Jurisdiction) -> tuple[date, Citation] | None:
    """The earliest dated record of ``key`` anywhere on the jurisdiction's chain."""
    found = [
        (record.start, record.citation)
        for level in where.chain
        for record in _records(book, key, level)[:1]
    ]
    return min(found, key=lambda item: item[0]) if found else None


def classify_birth(family: Family, child: Child, *, book: PolicyBook | None = None) -> BirthRuling:
    """Rule whether ``child``'s birth was within policy under the rules of its day.

    The rules are read from ``book`` for ``family.jurisdiction`` on the day the child's delivery
    began. See the module docstring for the eras; :attr:`BirthRuling.checks` lists each
    condition with the values compared and the citation.

    Args:
        family: The family; ``child`` must be one of its children.
        child: The child whose birth is ruled on.
        book: The policy book; ``None`` uses :func:`fpcore.params.default_book`.

    Raises:
        InvalidInputError: If ``child`` is not one of ``family``'s children.

    >>> from datetime import date
    >>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
    >>> mum = Person(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), hukou=Hukou.URBAN)
    >>> kids = tuple(Child(sex=Sex.MALE, birth_date=date(y, 1, 1)) for y in (2005, 2008, 2010))
    >>> f = Family(mother=mum, father=None, children=kids, jurisdiction=DINGNAN,
    ...            married_on=date(2004, 1, 1))
    >>> [classify_birth(f, kid).within_policy for kid in kids]
    [True, False, False]

    References:
        江西省人口与计划生育条例 (2002, 2009, 2014, 2016, 2021 texts), Art. 9;
        中华人民共和国人口与计划生育法 Art. 18 (2001, 2015, 2021).
    """
    if not isinstance(family, Family):
        raise InvalidInputError("family", family, "must be a Family")
    if child not in family.children:
        raise InvalidInputError("child", child, "is not one of the family's children")
    book = check_book(book)
    if child.adopted:
        on, order = child.birth_date, None
    else:
        on, order = family.delivery_of(child)[0].birth_date, family.birth_order(child)
    computed, checks = _Ruling(family, child, on, order, book).run()
    recorded = child.within_policy
    if recorded is not None:
        checks = (
            Check(
                code="births.recorded_ruling",
                passed=recorded,
                message=_RECORDED,
                facts=(("recorded", recorded), ("computed", computed)),
            ),
            *checks,
        )
    return BirthRuling(
        child=child,
        on=on,
        jurisdiction=family.jurisdiction,
        within_policy=computed if recorded is None else recorded,
        computed=computed,
        recorded=recorded,
        birth_order=order,
        checks=checks,
    )


def classify_births(family: Family, *, book: PolicyBook | None = None) -> tuple[BirthRuling, ...]:
    """Rule on every child of ``family``, oldest first (see :func:`classify_birth`).

    >>> from datetime import date
    >>> from fpcore import JIANGXI, Child, Family, Hukou, Person, Sex
    >>> mum = Person(sex=Sex.FEMALE, birth_date=date(1990, 1, 1), hukou=Hukou.URBAN)
    >>> kids = (Child(sex=Sex.MALE, birth_date=date(2018, 1, 1)),
    ...         Child(sex=Sex.MALE, birth_date=date(2016, 5, 1)))
    >>> f = Family(mother=mum, father=None, children=kids, jurisdiction=JIANGXI,
    ...            married_on=date(2015, 1, 1))
    >>> [(r.on.year, r.within_policy) for r in classify_births(f)]
    [(2016, True), (2018, True)]
    """
    if not isinstance(family, Family):
        raise InvalidInputError("family", family, "must be a Family")
    book = check_book(book)
    return tuple(
        classify_birth(family, child, book=book) for child in family.children_by(on=date.max)
    )


class _Ruling:
    """The computation behind :func:`classify_birth` for one child (not part of the API)."""

    __slots__ = ("book", "checks", "child", "family", "on", "order", "where")

    def __init__(
        self, family: Family, child: Child, on: date, order: int | None, book: PolicyBook
    ) -> None:
        self.family = family
        self.child = child
        self.on = on
        self.order = order
        self.book = book
        self.where = family.jurisdiction
        self.checks: list[Check] = []

    def resolve(self, key: str) -> Resolution:
        return self.book.resolve(key, on=self.on, jurisdiction=self.where)

    def add(
        self,
        code: str,
        passed: bool | None,
        message: Message,
        facts: Iterable[tuple[str, Fact]] = (),
        provenance: Iterable[Resolution] = (),
        citation: Citation | None = None,
    ) -> bool | None:
        self.checks.append(
            Check(
                code=code,
                passed=passed,
                message=message,
                facts=tuple(facts),
                provenance=tuple(provenance),
                citation=citation,
            )
        )
        return passed

    def run(self) -> tuple[bool | None, tuple[Check, ...]]:
        result = self._rule()
        return result, tuple(self.checks)

    def _rule(self) -> bool | None:
        permitted = _optional(self.book, PERMITTED, self.on, self.where)
        if permitted is None:
            first = _first_record(self.book, PERMITTED, self.where)
            return self.add(
                "births.text_in_force",
                None,
                _NO_TEXT,
                (("on", self.on), ("first", first[0] if first else None)),
                citation=first[1] if first else None,
            )
        self.add(
            "births.text_in_force",
            True,
            _TEXT_IN_FORCE,
            (("on", self.on), ("permitted", permitted.as_int())),
            (permitted,),
        )
        if self.order is None:
            return self.add("births.adopted", None, _ADOPTED)
        if not self.child.is_shared:
            return self._single_parent_child(permitted)
        if not self._married(permitted):
            return False
        return self._order(permitted, self.order)

    def _single_parent_child(self, permitted: Resolution) -> bool | None:
        (role,) = self.child.parents
        married_on = self.family.married_on
        facts = (("parent", role.value), ("married_on", married_on))
        if married_on is not None and married_on <= self.on:
            return self.add("births.extramarital", False, _EXTRAMARITAL, facts, (permitted,))
        return self.add("births.previous_union", None, _PREVIOUS_UNION, facts, (permitted,))

    def _married(self, permitted: Resolution) -> bool:
        family = self.family
        married = family.is_married(on=self.on)
        self.add(
            "births.marriage",
            married,
            _MARRIED,
            (("married_on", family.married_on), ("on", self.on)),
            (permitted,),
        )
        if not married:
            self._marriage_age()
        return married

    def _marriage_age(self) -> None:
        female = self.resolve(MARRIAGE_AGE_FEMALE)
        male = self.resolve(MARRIAGE_AGE_MALE)
        mother_age = None if self.family.mother is None else self.family.mother.age(on=self.on)
        father_age = None if self.family.father is None else self.family.father.age(on=self.on)
        under = (mother_age is not None and mother_age < female.as_int()) or (
            father_age is not None and father_age < male.as_int()
        )
        self.add(
            "births.marriage_age",
            not under,
            _MARRIAGE_AGE,
            (
                ("mother_age", mother_age),
                ("female_limit", female.as_int()),
                ("father_age", father_age),
                ("male_limit", male.as_int()),
            ),
            (female, male),
        )

    def _order(self, permitted: Resolution, order: int) -> bool | None:
        within = order <= permitted.as_int()
        self.add(
            "births.birth_order",
            within,
            _ORDER,
            (("birth_order", order), ("permitted", permitted.as_int())),
            (permitted,),
        )
        if within:
            return True
        grounds_order = _optional(self.book, GROUNDS_ORDER, self.on, self.where)
        if grounds_order is None:
            if self.family.second_birth_grounds:
                return self.add(
                    "births.further_birth",
                    None,
                    _NO_FURTHER_RULE,
                    (("birth_order", order),),
                    (permitted,),
                )
            return False
        if order > grounds_order.as_int():
            return self.add(
                "births.beyond_grounds",
                False,
                _BEYOND_GROUNDS,
                (("birth_order", order), ("limit", grounds_order.as_int())),
                (grounds_order,),
            )
        return _all(
            (
                self._grounds(grounds_order),
                self._permit(),
                *self._spacing(),
            )
        )

    # -- a birth on a ground ---------------------------------------------------------------------

    def _earlier(self) -> tuple[tuple[Child, ...], ...]:
        """The deliveries before the child's, oldest first."""
        deliveries = self.family.deliveries()
        return deliveries[: deliveries.index(self.family.delivery_of(self.child))]

    def _grounds(self, grounds_order: Resolution) -> bool:
        family = self.family
        earlier = tuple(c for delivery in self._earlier() for c in delivery)
        one_only = self.resolve(ONE_ONLY_CHILD)
        only = earlier[0] if len(earlier) == 1 else None
        facts_say = {
            SecondBirthGround.BOTH_ONLY_CHILDREN: family.both_only_children,
            SecondBirthGround.ONE_ONLY_CHILD: one_only.as_bool() and family.any_only_child,
            SecondBirthGround.ONLY_CHILD_DIED: only is not None
            and only.death_date is not None
            and only.death_date <= self.on,
            SecondBirthGround.REMARRIED: only is not None
            and family.is_couple
            and not only.is_shared,
            SecondBirthGround.RURAL_ONLY_GIRL: only is not None and only.sex is Sex.FEMALE,
            SecondBirthGround.FIRST_CHILD_DISABLED: only is not None and only.is_disabled,
            SecondBirthGround.UNDERGROUND_COAL_MINER: only is not None and only.sex is Sex.FEMALE,
            SecondBirthGround.ETHNIC_MINORITY_AREA: family.is_couple
            and all(p.ethnic_minority for p in family.spouses),
        }
        recorded = family.second_birth_grounds
        holding = []
        for ground in SecondBirthGround:
            if ground in _RURAL_GROUNDS and not (family.is_couple and family.is_rural):
                continue
            claimed = ground in _DERIVED_GROUNDS or ground in recorded
            if claimed and facts_say.get(ground, True):
                holding.append(ground.value)
        return bool(
            self.add(
                "births.second_birth.ground",
                bool(holding),
                _GROUNDS,
                (
                    ("birth_order", self.order),
                    ("grounds", ", ".join(holding) or None),
                    ("recorded", ", ".join(sorted(g.value for g in recorded)) or None),
                ),
                (grounds_order, one_only),
            )
        )

    def _permit(self) -> bool | None:
        required = self.resolve(PERMIT_REQUIRED)
        if not required.as_bool():
            return self.add("births.second_birth.permit", True, _NO_PERMIT, (), (required,))
        permit_on = self.family.second_birth_permit_on
        return self.add(
            "births.second_birth.permit",
            permit_on is not None and permit_on <= self.on,
            _PERMIT,
            (("permit_on", permit_on), ("on", self.on)),
            (required,),
        )

    def _spacing(self) -> tuple[bool | None, ...]:
        required = self.resolve(SPACING)
        if not required.as_bool():
            return ()
        mother = self.family.mother
        min_age = self.resolve(SPACING_AGE)
        age = None if mother is None else mother.age(on=self.on)
        age_ok = self.add(
            "births.spacing.mother_age",
            None if age is None else age >= min_age.as_int(),
            _SPACING_AGE,
            (("age", age), ("limit", min_age.as_int())),
            (required, min_age),
        )
        previous = self._earlier()[-1][0].birth_date
        years = full_age(previous, self.on)
        over_age = self.resolve(SPACING_OLDER_AGE)
        limit = (
            self.resolve(SPACING_OLDER_YEARS)
            if age is not None and age > over_age.as_int()
            else self.resolve(SPACING_YEARS)
        )
        interval_ok = self.add(
            "births.spacing.interval",
            years >= limit.as_int(),
            _SPACING_INTERVAL,
            (("years", years), ("limit", limit.as_int()), ("age", age)),
            (required, over_age, limit),
        )
        return (age_ok, interval_ok)


def _all(results: Iterable[bool | None]) -> bool | None:
    """``False`` if any is ``False``, else ``None`` if any is ``None``, else ``True``."""
    items = tuple(results)
    if False in items:
        return False
    if None in items:
        return None
    return True


# -- eras ----------------------------------------------------------------------------------------

_ERA_KEYS: Final = (
    PERMITTED,
    GROUNDS_ORDER,
    PERMIT_REQUIRED,
    ONE_ONLY_CHILD,
    SPACING,
    FEE_IN_FORCE,
)


@final
@attrs.frozen(kw_only=True)
class Era:
    """A period during which the birth-policy rules of a jurisdiction did not change.

    Attributes:
        start: First day of the era.
        end: First day of the next era, or ``None`` for the current one.
        permitted_children: Births a married couple may have without a ground, or ``None``
            before the first encoded text.
        grounds_birth_order: The birth order a recorded ground can permit, or ``None``.
        permit_required: Whether a birth on a ground needs a permit (``None``: not encoded).
        spacing_required: Whether the spacing rule applies (``None``: not encoded).
        one_only_child_ground: Whether one spouse being an only child is a ground.
        fee_in_force: Whether the social maintenance fee is levied.
        citations: The sources of the rules that changed when the era began.
    """

    start: date
    end: date | None
    permitted_children: int | None
    grounds_birth_order: int | None
    permit_required: bool | None
    spacing_required: bool | None
    one_only_child_ground: bool | None
    fee_in_force: bool | None
    citations: tuple[Citation, ...]


def eras(jurisdiction: Jurisdiction, *, book: PolicyBook | None = None) -> tuple[Era, ...]:
    """The birth-policy eras of ``jurisdiction``, oldest first, as the book encodes them.

    >>> from fpcore import DINGNAN
    >>> [(e.start.isoformat(), e.permitted_children) for e in eras(DINGNAN)][-3:]
    [('2014-01-18', 1), ('2016-01-01', 2), ('2021-08-20', 3)]
    """
    if not isinstance(jurisdiction, Jurisdiction):
        raise InvalidInputError("jurisdiction", jurisdiction, "must be a Jurisdiction")
    book = check_book(book)
    starts = sorted(
        {
            record.start
            for key in _ERA_KEYS
            for level in jurisdiction.chain
            for record in _records(book, key, level)
        }
    )
    found: list[Era] = []
    for start in starts:
        values = {key: _optional(book, key, start, jurisdiction) for key in _ERA_KEYS}
        era = Era(
            start=start,
            end=None,
            permitted_children=_int_or_none(values[PERMITTED]),
            grounds_birth_order=_int_or_none(values[GROUNDS_ORDER]),
            permit_required=_bool_or_none(values[PERMIT_REQUIRED]),
            spacing_required=_bool_or_none(values[SPACING]),
            one_only_child_ground=_bool_or_none(values[ONE_ONLY_CHILD]),
            fee_in_force=_bool_or_none(values[FEE_IN_FORCE]),
            citations=tuple(
                dict.fromkeys(
                    r.citation for r in values.values() if r is not None and r.valid_from == start
                )
            ),
        )
        if found and _same_rules(found[-1], era):
            continue
        if found:
            found[-1] = attrs.evolve(found[-1], end=start)
        found.append(era)
    return tuple(found)


def _records(book: PolicyBook, key: str, level: Jurisdiction) -> tuple[DatedValue, ...]:
    history = book.history(key, level)
    return () if history is None else history.values


def _int_or_none(resolution: Resolution | None) -> int | None:
    return None if resolution is None else resolution.as_int()


def _bool_or_none(resolution: Resolution | None) -> bool | None:
    return None if resolution is None else resolution.as_bool()


def _same_rules(a: Era, b: Era) -> bool:
    return attrs.evolve(a, start=b.start, end=None, citations=()) == attrs.evolve(b, citations=())
