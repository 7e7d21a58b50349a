"""Within-policy rulings and birth-policy eras (see :mod:`fpcore.births`)."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date
from typing import Final, final

import attrs

from fpcore._validate import check_book
from fpcore.dates import anniversary, full_age
from fpcore.errors import InvalidInputError, NoValueForDateError
from fpcore.explain import (
    Check,
    Checks,
    Explained,
    Fact,
    Lang,
    Message,
    unverified_after,
)
from fpcore.family import Child, Family, SecondBirthGround, Sex
from fpcore.jurisdictions import Jurisdiction
from fpcore.params import Citation, DatedValue, PolicyBook, Resolution

__all__ = [
    "BirthReason",
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
THIRD_GROUNDS: Final = "births.third_birth.grounds"
ADOPTED_COUNT: Final = "births.adopted_children_count"
INFERTILITY_YEARS: Final = "births.infertility_adoption.min_years_married"
THREE_CHILD_PENDING: Final = "births.transition.three_child_pending"

# -- messages ------------------------------------------------------------------------------------

_RECORDED: Final = Message(
    zh="档案中已有政策符合性结论（{recorded}），以此为准；按规则推算的结论为 {computed}",
    en="A ruling is on file (within policy: {recorded}); it takes precedence over the "
    "computed ruling ({computed})",
)
_TEXT_IN_FORCE: Final = Message(
    zh="{on} 施行的生育政策：已婚夫妻可生育 {permitted} 个子女",
    en="Birth policy in force on {on}: a married couple may have {permitted|child|children}",
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
_CHILDREN_BEFORE: Final = Message(
    zh="此次生育前夫妻已有子女 {children} 个（亲生 {born} 个，含已死亡的；计入的收养子女 {adopted} 个），"
    "少于可生育子女数 {permitted}",
    en="Children the couple had before this birth: {children} ({born} born, those who died "
    "included; {adopted} adopted and counted), fewer than the {permitted} allowed",
)
_ADOPTED_COUNTED: Final = Message(
    zh="收养子女计入夫妻已有子女数：{adopted} 个在此次生育前收养",
    en="Adopted children count toward the couple's children: {adopted} adopted before this birth",
)
_ADOPTION_FIRST_BIRTH: Final = Message(
    zh="婚后满 {years} 年未生育、经鉴定不孕不育并依法收养后生育：按第一个子女对待（婚后满 {years} 年之日 "
    "{since}，生育日 {on}）",
    en="No birth for {years} years after marriage, infertility attested, then an adoption: this "
    "birth counts as a first child ({years} years after marriage on {since}; birth on {on})",
)
_ADOPTION_UNSURE: Final = {
    "rule": Message(
        zh="本时期收养子女是否计入已有子女数未编码，而结论取决于此（收养子女 {adopted} 个），须有档案结论",
        en="Whether adopted children count under this text is not encoded, and the ruling "
        "depends on it ({adopted} adopted); a ruling on file is needed",
    ),
    "date": Message(
        zh="{adopted} 个收养子女的收养日期未登记，结论取决于其是否在此次生育前收养，须补录收养日期或档案结论",
        en="The adoption date of {adopted|adopted child|adopted children} is not recorded and the ruling "
        "depends on whether they were adopted before this birth; record it or a ruling on file",
    ),
}
_GROUNDS: Final = Message(
    zh="第 {birth_order} 胎的再生育条件：{grounds}（档案登记：{recorded}；此前子女数 {children}，"
    "“只生育一个子女”的条件须为 1）",
    en="Grounds for birth {birth_order}: {grounds} (recorded: {recorded}; children so far: "
    "{children}, which must be 1 for the grounds that require one child)",
)
_THIRD_GROUNDS: Final = Message(
    zh="已有 {children} 个子女后再生育一胎的法定情形：{grounds}（档案登记：{recorded}）",
    en="Grounds for one more child after {children}: {grounds} (recorded: {recorded})",
)
_THIRD_GROUNDS_UNSURE: Final = Message(
    zh="再婚前所生子女是否合法生育未见档案结论，须有档案结论（{grounds}）",
    en="Whether the children born before the remarriage were lawfully born is not on file; "
    "a ruling on file is needed ({grounds})",
)
_TRANSITIONAL: Final = Message(
    zh="过渡期：{on} 三孩政策已宣布但法律尚未修改（法律许可 {permitted} 个子女），本省对此期间第 "
    "{next} 个子女的处理未检索到，结论未经核实",
    en="Transitional: on {on} the three-child policy was announced but not yet law (the law "
    "allowed {permitted}); the province's treatment of child number {next} born in this period "
    "was not retrieved, so the ruling is unverified",
)
_PERMIT: Final = Message(
    zh="生育前已取得生育证（发证日 {permit_on}，生育日 {on}）",
    en="A permit for the birth was issued before it (issued {permit_on}, birth on {on})",
)
_NO_PERMIT: Final = Message(zh="再生育无须生育证", en="No permit is required")
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
    zh="档案登记了再生育条件或家庭情况可能构成再生育条件（{facts}），但本时期已有 {children} 个子女后"
    "再生育的条件未编码，须有档案中的政策符合性结论",
    en="Grounds are recorded or the family's facts may be one ({facts}), but the conditions of "
    "this text for a birth after {children} children are not encoded; a ruling on file is needed",
)

_TITLE: Final = Message(zh="生育政策符合性", en="Birth-policy ruling")
_OUTCOME: Final = {
    True: Message(zh="政策内生育", en="within policy"),
    False: Message(zh="政策外生育", en="out of policy"),
    None: Message(zh="无法判定（须有档案结论）", en="undetermined (a ruling on file is needed)"),
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
# Grounds that do not require the couple to have exactly one child so far ("只生育一个子女").
_UNCOUNTED_GROUNDS: Final = frozenset(
    {SecondBirthGround.RETURNED_OVERSEAS_CHINESE, SecondBirthGround.PROVINCIAL_APPROVAL}
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


def _horizon(on: date, checks: Iterable[Check]) -> date | None:
    """:func:`fpcore.explain.unverified_after` over every value the checks read."""
    return unverified_after(on, (r for c in checks for r in c.provenance))


class BirthReason(enum.Enum):
    """Why the rules put a birth out of policy: the case a fee or a report turns on.

    The first that applies, in this order.
    """

    EXTRAMARITAL = "extramarital"
    """Born to a married parent with someone other than the spouse."""
    UNDERAGE_UNMARRIED = "underage_unmarried"
    """The couple was not married, and not of legal marriage age, at the birth."""
    UNMARRIED = "unmarried"
    """The couple was not married at the birth."""
    BEYOND_LIMIT = "beyond_limit"
    """More children than the text allows, and no ground that permits one more."""
    PERMIT_OR_SPACING = "permit_or_spacing"
    """A ground permitted the birth, but it came without the permit or the spacing required."""


_PERMIT_OR_SPACING: Final = frozenset(
    {"births.second_birth.permit", "births.spacing.mother_age", "births.spacing.interval"}
)
_GROUND_CODES: Final = frozenset({"births.second_birth.ground", "births.third_birth.ground"})


def _reason(computed: bool | None, checks: tuple[Check, ...]) -> BirthReason | None:
    """The case of an out-of-policy ruling, read from the conditions that failed."""
    if computed is not False:
        return None
    failed = {c.code for c in checks if c.passed is False}
    if "births.extramarital" in failed:
        return BirthReason.EXTRAMARITAL
    if "births.marriage" in failed:
        if "births.marriage_age" in failed:
            return BirthReason.UNDERAGE_UNMARRIED
        return BirthReason.UNMARRIED
    if not failed & _GROUND_CODES and failed & _PERMIT_OR_SPACING:
        return BirthReason.PERMIT_OR_SPACING
    return BirthReason.BEYOND_LIMIT


@final
@attrs.frozen(kw_only=True)
class BirthRuling(Explained):
    """Whether one birth was within policy, with every condition checked.

    Attributes:
        child: The child the ruling is about.
        on: The day the child's delivery began: the date the rules were taken from.
        jurisdiction: The jurisdiction whose rules were applied.
        within_policy: The ruling: ``True`` within policy, ``False`` out of policy, ``None``
            undetermined (a ruling on file is needed). A ruling on file wins.
        computed: What the rules give, whatever is on file (``None`` when they cannot tell).
        recorded: The ruling on file (:attr:`~fpcore.family.Child.within_policy`), or ``None``.
        birth_order: The ordinal of the child's delivery (孩次), or ``None`` for an adopted
            child.
        children_before: The children the couple had before this delivery, as the limits count
            them (born, dead or alive, plus adopted children where the text counts them), or
            ``None`` when not computed (adopted child, no text, not a child of the couple, or
            a count that depends on an unrecorded adoption).
        checks: One per condition, in the order checked.
        unverified_after: ``None`` when :attr:`on` is within the date through which the sources
            of every value read were checked; otherwise the earliest such date passed: the
            ruling then presumes the last known values still apply.
        reason: Why the rules put the birth out of policy (when :attr:`computed` is
            ``False``), else ``None``.
        transitional: Whether the birth fell in a transition the province's treatment of
            which was not retrieved (the ruling is then unverified).
    """

    child: Child
    on: date
    jurisdiction: Jurisdiction
    within_policy: bool | None
    computed: bool | None
    recorded: bool | None
    birth_order: int | None
    checks: tuple[Check, ...]
    children_before: int | None = None
    unverified_after: date | None = None
    reason: BirthReason | None = None
    transitional: bool = False

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
    began. The limits count **children**: a delivery is within the limit when the couple had
    fewer children than the limit before it (children who died count — the texts say "已生育",
    children born; adopted children count where the text says so). Every child of a delivery
    that starts within the limit, or on a ground, is within policy (twins of a permitted
    delivery both are). See the module docstring for the eras; :attr:`BirthRuling.checks`
    lists each condition with the values compared and the citation.

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
        江西省人口与计划生育条例 (2002, 2009, 2014, 2016 texts), Arts. 8–9;
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
    computed, count, checks = _Ruling(family, child, on, order, book).run()
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
        children_before=count,
        checks=checks,
        unverified_after=_horizon(on, checks),
        reason=_reason(computed, checks),
        transitional=any(c.code == "births.transitional" for c in checks),
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


_Outcome = tuple[bool | None, int | None, tuple[Check, ...]]


class _Ruling:
    """The computation behind :func:`classify_birth` for one child (not part of the API)."""

    __slots__ = ("adoptees", "book", "born", "checks", "child", "family", "on", "order", "where")

    checks: Checks  # set by each attempt (:meth:`_attempt`)
    adoptees: tuple[Child, ...]  # the adopted children an attempt counts

    def __init__(
        self, family: Family, child: Child, on: date, order: int | None, book: PolicyBook
    ) -> None:
        self.family = family
        self.child = child
        self.on = on
        self.order = order
        self.book = book
        self.where = family.jurisdiction
        # children born (not adopted) before the delivery, dead or alive, oldest first
        self.born = tuple(
            c for c in family.children_by(on=on) if c.birth_date < on and not c.adopted
        )

    def resolve(self, key: str) -> Resolution:
        return self.book.resolve(key, on=self.on, jurisdiction=self.where)

    def optional(self, key: str) -> Resolution | None:
        return _optional(self.book, key, self.on, self.where)

    def add(
        self,
        code: str,
        passed: bool | None,
        message: Message,
        facts: Iterable[tuple[str, Fact]] = (),
        provenance: Iterable[Resolution] = (),
        citation: Citation | None = None,
    ) -> bool | None:
        return self.checks.add(code, passed, message, tuple(facts), tuple(provenance), citation)

    # -- which adopted children count --------------------------------------------------------

    def run(self) -> _Outcome:
        """The ruling, the count of children before, and the checks.

        Adopted children count where the text says so, from their adoption. When the text's
        rule is not encoded, or an adoption date is missing, the ruling is computed both with
        and without the children in doubt; if the two differ the ruling is undetermined.
        """
        adopted = tuple(
            c
            for c in self.family.children_by(on=self.on)
            if c.adopted and c.birth_date < self.on and c is not self.child
        )
        certain = tuple(c for c in adopted if c.adopted_on is not None and c.adopted_on < self.on)
        unsure = tuple(c for c in adopted if c.adopted_on is None)
        rule = self.optional(ADOPTED_COUNT) if adopted and self.order is not None else None
        if rule is None:
            certain, unsure = (), certain + unsure
        elif not rule.as_bool():
            certain, unsure = (), ()
        low = self._attempt(certain, rule)
        if not unsure:
            return low
        high = self._attempt(certain + unsure, rule)
        if high[0] == low[0]:
            return low
        checks = (
            *low[2],
            Check(
                code="births.adopted_children",
                passed=None,
                message=_ADOPTION_UNSURE["rule" if rule is None else "date"],
                facts=(("adopted", len(unsure)),),
                provenance=() if rule is None else (rule,),
            ),
        )
        return None, None, checks

    def _attempt(self, adoptees: tuple[Child, ...], rule: Resolution | None) -> _Outcome:
        self.checks = Checks()
        self.adoptees = adoptees
        if adoptees and rule is not None:
            self.add(
                "births.adopted_children",
                True,
                _ADOPTED_COUNTED,
                (("adopted", len(adoptees)),),
                (rule,),
            )
        result = self._rule()
        checks = self.checks.build()
        counted = any(c.code == "births.children_before" for c in checks)
        return result, (self.count if counted else None), checks

    @property
    def count(self) -> int:
        """Children before this delivery as the limits count them."""
        return len(self.born) + len(self.adoptees)

    # -- the ruling ------------------------------------------------------------------------

    def _rule(self) -> bool | None:
        permitted = self.optional(PERMITTED)
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
        result = self._limit(permitted, self.order)
        if result is False:
            self._transitional(permitted)
        return result

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

    def _limit(self, permitted: Resolution, order: int) -> bool | None:
        within = self.count < permitted.as_int()
        self.add(
            "births.children_before",
            within,
            _CHILDREN_BEFORE,
            (
                ("children", self.count),
                ("born", len(self.born)),
                ("adopted", len(self.adoptees)),
                ("permitted", permitted.as_int()),
            ),
            (permitted,),
        )
        if within:
            return True
        if self._adoption_first_birth():
            return True
        third = self.optional(THIRD_GROUNDS)
        if third is not None and third.as_bool():
            return _all((self._third_birth_grounds(third, permitted), self._permit()))
        grounds_order = self.optional(GROUNDS_ORDER)
        if grounds_order is None:
            facts = self._possible_grounds()
            if facts:
                return self.add(
                    "births.further_birth",
                    None,
                    _NO_FURTHER_RULE,
                    (("children", self.count), ("facts", ", ".join(facts))),
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

    def _possible_grounds(self) -> list[str]:
        """Recorded grounds and facts that may be a ground under a text not encoded."""
        found = sorted(g.value for g in self.family.second_birth_grounds)
        if any(c.death_date is not None and c.death_date <= self.on for c in self.born):
            found.append("child_died")
        if any(c.is_disabled for c in self.born):
            found.append("child_disabled")
        if any(not c.is_shared for c in self.born):
            found.append("children_of_earlier_unions")
        return found

    def _transitional(self, permitted: Resolution) -> None:
        pending = self.optional(THREE_CHILD_PENDING)
        if pending is not None and pending.as_bool() and self.count == permitted.as_int():
            self.add(
                "births.transitional",
                None,
                _TRANSITIONAL,
                (("on", self.on), ("permitted", permitted.as_int()), ("next", self.count + 1)),
                (pending, permitted),
            )

    # -- adoption --------------------------------------------------------------------------

    def _infertility_since(self) -> tuple[Resolution, date] | None:
        """The years rule and the day it was met, if the ground is recorded and a rule exists."""
        if SecondBirthGround.INFERTILITY_ADOPTION not in self.family.second_birth_grounds:
            return None
        years = self.optional(INFERTILITY_YEARS)
        married_on = self.family.married_on
        if years is None or married_on is None:
            return None
        return years, anniversary(married_on, years.as_int())

    def _adoption_first_birth(self) -> bool:
        """2009 text Art. 8 para 2: after five childless years and an adoption, a first birth."""
        if not self.adoptees or self.born or self.optional(THIRD_GROUNDS) is not None:
            return False
        found = self._infertility_since()
        if found is None or found[1] > self.on:
            return False
        years, since = found
        self.add(
            "births.adoption.first_birth",
            True,
            _ADOPTION_FIRST_BIRTH,
            (("years", years.as_int()), ("since", since), ("on", self.on)),
            (years,),
        )
        return True

    # -- one more child after two (Jiangxi 2016 text, Art. 9) ------------------------------------

    def _third_birth_grounds(self, third: Resolution, permitted: Resolution) -> bool | None:
        """Art. 9 para 1 of the 2016 text; "two" is the number of children the era permits."""
        born, count, two = self.born, self.count, permitted.as_int()
        recorded = self.family.second_birth_grounds
        holding: list[str] = []
        unsure: list[str] = []
        two_born = count == len(born) == two  # "已生育两个子女" (Art. 9(1), (2))
        if two_born and any(c.death_date is not None and c.death_date <= self.on for c in born):
            holding.append("child_died")
        if (
            two_born
            and SecondBirthGround.FIRST_CHILD_DISABLED in recorded
            and any(c.is_disabled for c in born)
        ):
            holding.append("child_disabled")
        remarriage = self._remarriage(two)
        if remarriage:
            holding.append("remarried")
        elif remarriage is None:
            unsure.append("remarried")
        adoption = self._infertility_adoption(two)
        if adoption:
            holding.append("infertility_adoption")
        elif adoption is None:
            unsure.append("infertility_adoption")
        passed: bool | None = True if holding else (None if unsure else False)
        facts: tuple[tuple[str, Fact], ...] = (
            ("children", count),
            ("grounds", ", ".join(holding) or None),
            ("recorded", ", ".join(sorted(g.value for g in recorded)) or None),
        )
        found = self._infertility_since()
        provenance = (third, permitted) if found is None else (third, permitted, found[0])
        self.add("births.third_birth.ground", passed, _THIRD_GROUNDS, facts, provenance)
        if passed is None:
            self.add(
                "births.third_birth.lawful_births",
                None,
                _THIRD_GROUNDS_UNSURE,
                (("grounds", ", ".join(unsure)),),
                (third,),
            )
        return passed

    def _remarriage(self, two: int) -> bool | None:
        """Art. 9(3): remarriage, not to each other (不含复婚)."""
        family, married_on = self.family, self.family.married_on
        if not family.is_couple or married_on is None or self.adoptees:
            return False
        before = tuple(c for c in self.born if not c.is_shared and c.birth_date < married_on)
        after = tuple(c for c in self.born if c.is_shared and c.birth_date >= married_on)
        if len(before) + len(after) != len(self.born) or not before:
            return False
        if len(before) == 1 and len(after) == 1:
            return True
        if len(before) < two or after:  # "再婚前已合法生育两个以上子女"
            return False
        rulings = {c.within_policy for c in before}
        if False in rulings:
            return False
        return None if None in rulings else True

    def _infertility_adoption(self, two: int) -> bool | None:
        """Art. 9(4): infertility, then one adoption and one birth, or two adoptions."""
        found = self._infertility_since()
        if found is None:
            return False
        since = found[1]
        born, adoptees = self.born, self.adoptees
        first_own = born[0].birth_date if born else self.on
        if first_own < since:
            return False
        if len(adoptees) == two and not born:  # "依法收养了两个孩子"
            return True
        if len(adoptees) == 1 and len(born) == 1:
            adopted_on = adoptees[0].adopted_on
            if adopted_on is None:
                return None
            return adopted_on < born[0].birth_date
        return False

    # -- a birth on a ground (one-child era) -------------------------------------------------

    def _earlier(self) -> tuple[tuple[Child, ...], ...]:
        """The deliveries before the child's, oldest first."""
        deliveries = self.family.deliveries()
        return deliveries[: deliveries.index(self.family.delivery_of(self.child))]

    def _grounds(self, grounds_order: Resolution) -> bool:
        family = self.family
        earlier = tuple(sorted((*self.born, *self.adoptees), key=lambda c: c.birth_date))
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
            # the adoption clause of these texts makes a first birth, not a second one
            SecondBirthGround.INFERTILITY_ADOPTION: False,
        }
        recorded = family.second_birth_grounds
        holding = []
        for ground in SecondBirthGround:
            if ground in _RURAL_GROUNDS and not (family.is_couple and family.is_rural):
                continue
            if ground not in _UNCOUNTED_GROUNDS and only is None:
                continue  # "只生育一个子女": the ground needs exactly one child so far
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
                    ("children", len(earlier)),
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
        earlier = self._earlier()
        if not earlier:
            return (age_ok,)
        previous = earlier[-1][0].birth_date
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
    THIRD_GROUNDS,
    ADOPTED_COUNT,
)


@final
@attrs.frozen(kw_only=True)
class Era:
    """A period during which the birth-policy rules of a jurisdiction did not change.

    Attributes:
        start: First day of the era.
        end: First day of the next era, or ``None`` for the current one.
        permitted_children: Children a married couple may have without a ground, or ``None``
            before the first encoded text.
        grounds_birth_order: The birth order a recorded ground can permit, or ``None``.
        permit_required: Whether a birth on a ground needs a permit (``None``: not encoded).
        spacing_required: Whether the spacing rule applies (``None``: not encoded).
        one_only_child_ground: Whether one spouse being an only child is a ground.
        fee_in_force: Whether the social maintenance fee is levied for births of the era.
        citations: The sources of the rules that changed when the era began.
        third_birth_grounds: Whether a couple with two children may have one more on the
            grounds of the text (Jiangxi 2016 Art. 9), ``None`` when not encoded.
        adopted_children_count: Whether adopted children count toward the limits, ``None``
            when not encoded.
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
    third_birth_grounds: bool | None = None
    adopted_children_count: bool | None = None


def eras(jurisdiction: Jurisdiction, *, book: PolicyBook | None = None) -> tuple[Era, ...]:
    """The birth-policy eras of ``jurisdiction``, oldest first, as the book encodes them.

    >>> from fpcore import DINGNAN
    >>> [(e.start.isoformat(), e.permitted_children, e.fee_in_force) for e in eras(DINGNAN)][-4:]
    [('2016-01-20', 2, True), ('2021-06-26', 2, False), ('2021-08-20', 3, False), ('2021-09-29', 3, False)]
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
            third_birth_grounds=_bool_or_none(values[THIRD_GROUNDS]),
            adopted_children_count=_bool_or_none(values[ADOPTED_COUNT]),
            citations=tuple(
                dict.fromkeys(
                    record.citation
                    for key in _ERA_KEYS
                    for level in jurisdiction.chain
                    for record in _records(book, key, level)
                    if record.start == start
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
