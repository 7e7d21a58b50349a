"""Marriage, maternity, paternity and parental leave (see :mod:`fpcore.births`)."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Final, final

import attrs

from fpcore._validate import check_book
from fpcore.births._rulings import BirthRuling, _optional, _records, classify_birth
from fpcore.dates import anniversary
from fpcore.errors import InvalidInputError
from fpcore.explain import Check, Checks, Explained, Fact, Lang, Message, unverified_after
from fpcore.family import Child, Family, Parent, Person
from fpcore.jurisdictions import Jurisdiction
from fpcore.params import PolicyBook, Resolution

__all__ = ["Leave", "LeaveEntitlements", "LeaveKind", "leave_entitlements"]

MARRIAGE_BASE: Final = "leave.marriage.base_days"
MARRIAGE_EXTRA: Final = "leave.marriage.extra_days"
LATE_MARRIAGE_MALE: Final = "leave.late_marriage.min_age_male"
LATE_MARRIAGE_FEMALE: Final = "leave.late_marriage.min_age_female"
LATE_MARRIAGE_EXTRA: Final = "leave.late_marriage.extra_days"
LATE_BIRTH_AGE: Final = "leave.late_childbearing.min_age"
LATE_BIRTH_EXTRA: Final = "leave.late_childbearing.extra_maternity_days"
LATE_BIRTH_PATERNITY: Final = "leave.late_childbearing.paternity_days"
MATERNITY_BASE: Final = "leave.maternity.base_days"
DYSTOCIA_EXTRA: Final = "leave.maternity.dystocia_extra_days"
EXTRA_BABY: Final = "leave.maternity.extra_baby_days"
POLICY_EXTRA: Final = "leave.maternity.policy_extra_days"
PATERNITY: Final = "leave.paternity.days"
PARENTAL_DAYS: Final = "leave.parental.days_per_year"
PARENTAL_UNTIL: Final = "leave.parental.until_age"


class LeaveKind(enum.Enum):
    """A kind of leave (假)."""

    MARRIAGE = "marriage_leave"
    """婚假."""
    MATERNITY = "maternity_leave"
    """产假."""
    PATERNITY = "paternity_leave"
    """护理假 / 陪产假 (the husband's nursing leave)."""
    PARENTAL = "parental_leave"
    """育儿假 (days per year while the child is young)."""


@final
@attrs.frozen(kw_only=True)
class Leave:
    """One parent's entitlement to one kind of leave.

    Attributes:
        kind: The kind of leave.
        parent: Who takes it.
        days: Calendar days (for parental leave: days per year).
        per_year: Whether ``days`` is a yearly allowance (parental leave).
        until: For a yearly allowance, the first day it no longer applies (the child's
            birthday at the age limit).
        since: For a yearly allowance, the first day it applies: the birth, or the day the
            rule came into force if the child was born before.
        years: For a yearly allowance, the calendar years in which it applies (each year with
            at least one day in ``[since, until)``); fpcore's reading of "每年" is one full
            allowance per such calendar year, not prorated — prorate from these if needed.
    """

    kind: LeaveKind
    parent: Parent
    days: int
    per_year: bool = False
    until: date | None = None
    since: date | None = None
    years: tuple[int, ...] = ()

    @property
    def total_days(self) -> int:
        """All the days — ``days`` for a one-off leave, ``days`` × the years for a yearly one.

        >>> Leave(kind=LeaveKind.PARENTAL, parent=Parent.MOTHER, days=10, per_year=True,
        ...       years=(2021, 2022, 2023)).total_days
        30
        """
        return self.days * len(self.years) if self.per_year else self.days


_TITLE: Final = Message(zh="假期", en="Leave")
_PARENT_ZH: Final = {Parent.MOTHER: "女方", Parent.FATHER: "男方"}
_KIND_ZH: Final = {
    LeaveKind.MARRIAGE: "婚假",
    LeaveKind.MATERNITY: "产假",
    LeaveKind.PATERNITY: "护理假",
    LeaveKind.PARENTAL: "育儿假",
}
_KIND_EN: Final = {
    LeaveKind.MARRIAGE: "marriage leave",
    LeaveKind.MATERNITY: "maternity leave",
    LeaveKind.PATERNITY: "paternity leave",
    LeaveKind.PARENTAL: "parental leave",
}
_MARRIAGE: Final = {
    role: Message(
        zh=f"{_PARENT_ZH[role]}婚假：国家规定 {{base}} 天 + 依法结婚增加 {{extra}} 天 + 晚婚增加 "
        f"{{late}} 天（结婚时 {{age}} 周岁，晚婚年龄 {{late_age}}）",
        en=f"The {role.value}'s marriage leave: national {{base}} days + {{extra}} for a lawful "
        f"marriage + {{late}} for a late marriage (aged {{age}} at marriage; late from "
        f"{{late_age}})",
    )
    for role in Parent
}
_NO_MARRIAGE_RULE: Final = Message(
    zh="结婚日 {married_on} 无已编码的婚假规定",
    en="No marriage-leave rule is encoded for {married_on}",
)
_MATERNITY: Final = Message(
    zh="产假：国家规定 {base} 天 + 难产 {dystocia} 天 + 多胞胎 {babies} 天 + 晚育 {late} 天 + "
    "政策内生育 {policy} 天 = {days} 天",
    en="Maternity leave: national {base} days + {dystocia} for dystocia + {babies} for a multiple "
    "birth + {late} for late childbearing + {policy} for a birth within policy = {days} days",
)
_NO_MATERNITY_RULE: Final = Message(
    zh="{on} 无已编码的产假规定", en="No maternity-leave rule is encoded for {on}"
)
_PATERNITY: Final = Message(
    zh="男方护理假：晚育 {late} 天 + 政策内生育 {policy} 天 = {days} 天",
    en="Paternity leave: {late} days for late childbearing + {policy} for a birth within "
    "policy = {days} days",
)
_PARENTAL: Final = Message(
    zh="育儿假：子女 {until_age} 周岁以下期间每方每年 {days} 天，自 {since} 起至 {until}，"
    "涉及 {years}（按自然年每年 {days} 天，不折算）",
    en="Parental leave: {days} days a year for each parent while the child is under "
    "{until_age}, from {since} until {until}, in {years} (one full allowance per calendar "
    "year, not prorated)",
)
_WITHIN_POLICY: Final = {
    True: Message(
        zh="政策内生育：可享受政策内生育的奖励假期（如有）",
        en="Birth within policy: any extra leave for births within policy applies",
    ),
    False: Message(zh="政策外生育：不享受奖励假期", en="Birth out of policy: no extra leave"),
    None: Message(
        zh="生育政策符合性无法判定：奖励假期未计入",
        en="The birth-policy ruling is undetermined: the extra leave is not counted",
    ),
}
_ADOPTED: Final = Message(
    zh="收养子女：生育假期不适用", en="Adopted child: birth-related leave does not apply"
)


@final
@attrs.frozen(kw_only=True)
class LeaveEntitlements(Explained):
    """The leave a couple is entitled to for their marriage and, optionally, one birth.

    Attributes:
        jurisdiction: The jurisdiction whose rules were applied.
        married_on: The marriage the marriage leave is for, or ``None``.
        on: The day of the birth the birth-related leave is for, or ``None``.
        items: One per parent and kind of leave with a positive entitlement.
        ruling: The birth-policy ruling the extra leave rests on, or ``None``.
        checks: One per rule applied, in order.
        unverified_after: ``None`` when every value was read for a date within the date
            through which its sources were checked (marriage leave on the marriage, birth leave
            on the birth, parental leave on its last day); otherwise the earliest such date
            passed.
    """

    jurisdiction: Jurisdiction
    married_on: date | None
    on: date | None
    items: tuple[Leave, ...]
    ruling: BirthRuling | None
    checks: tuple[Check, ...]
    unverified_after: date | None = None

    def days(self, kind: LeaveKind, parent: Parent) -> int:
        """Days of ``kind`` leave for ``parent`` (``0`` if none).

        >>> from datetime import date
        >>> from fpcore import JIANGXI, Family, Hukou, Person, Sex
        >>> mum = Person(sex=Sex.FEMALE, birth_date=date(1995, 1, 1), hukou=Hukou.URBAN)
        >>> dad = Person(sex=Sex.MALE, birth_date=date(1994, 1, 1), hukou=Hukou.URBAN)
        >>> f = Family(mother=mum, father=dad, children=(), jurisdiction=JIANGXI,
        ...            married_on=date(2022, 5, 20))
        >>> leave_entitlements(f).days(LeaveKind.MARRIAGE, Parent.MOTHER)
        18
        """
        return sum(i.days for i in self.items if i.kind is kind and i.parent is parent)

    def headline(self, lang: Lang = "zh") -> str:
        """The first line of the explanation: where, and each entitlement."""
        title = _TITLE.render(lang)  # refuses a language other than "zh" and "en"
        where = self.jurisdiction.name(lang)
        if lang == "en":
            parts = [
                f"{i.parent.value} {_KIND_EN[i.kind]} {i.days} days"
                + (" a year" if i.per_year else "")
                for i in self.items
            ]
            return f"{title} — {where}: " + ("; ".join(parts) or "none") + "."
        parts = [
            f"{_PARENT_ZH[i.parent]}{_KIND_ZH[i.kind]}{'每年' if i.per_year else ''} {i.days} 天"
            for i in self.items
        ]
        return f"{title}——{where}：" + ("；".join(parts) or "无") + "。"


def leave_entitlements(
    family: Family,
    child: Child | None = None,
    *,
    dystocia: bool = False,
    book: PolicyBook | None = None,
) -> LeaveEntitlements:
    """Marriage leave for the couple and, with ``child``, the leave for that birth.

    Marriage leave (each spouse, on ``family.married_on``): the national 3 days, the extra days
    a province gives every lawful marriage (Jiangxi 2021: 15) and, under the Jiangxi 2009 text,
    15 days for a late marriage (man ≥ 25, woman ≥ 23). fpcore assumes a first marriage: the
    family does not record earlier ones.

    Birth leave (``child`` not adopted, on the day its delivery began): maternity leave of 90
    days (98 from 2012-04-28), +15 for dystocia, +15 per extra baby of a multiple birth (from
    2012-04-28); under the Jiangxi 2009 text a late first birth (woman ≥ 24) adds 30 days and 10
    days of nursing leave for the husband; from 2016 a birth within policy adds 60 maternity
    days (90 from 2021-09-29) and 15 days of paternity leave (30 from 2021-09-29). Maternity
    leave follows the 1988 rules (国务院令第9号) from their entry into force on 1988-09-01 —
    90 days, +15 for dystocia, +15 per extra baby — and the 2012 rules from 2012-04-28.

    Parental leave (育儿假, Jiangxi from 2021-09-29): 10 days a year for each parent while the
    child is under 3 — for **any** child under 3 on or after that day, not only children born
    after it. A child born 2020-06-01 has it from 2021-09-29 until 2023-06-01, in 2021, 2022
    and 2023 (:attr:`Leave.years`; one full allowance per calendar year is fpcore's reading).
    Extra leave needs a birth within policy (:func:`classify_birth`); an undetermined ruling
    counts none and says so.

    Raises:
        InvalidInputError: If ``child`` is not one of the family's children or ``dystocia`` is
            not a bool.

    >>> from datetime import date
    >>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
    >>> mum = Person(sex=Sex.FEMALE, birth_date=date(1984, 1, 1), hukou=Hukou.URBAN)
    >>> dad = Person(sex=Sex.MALE, birth_date=date(1982, 1, 1), hukou=Hukou.URBAN)
    >>> kid = Child(sex=Sex.FEMALE, birth_date=date(2010, 3, 1))
    >>> f = Family(mother=mum, father=dad, children=(kid,), jurisdiction=DINGNAN,
    ...            married_on=date(2009, 10, 1))
    >>> leave = leave_entitlements(f, kid)
    >>> leave.days(LeaveKind.MARRIAGE, Parent.MOTHER), leave.days(LeaveKind.MARRIAGE, Parent.FATHER)
    (18, 18)
    >>> leave.days(LeaveKind.MATERNITY, Parent.MOTHER), leave.days(LeaveKind.PATERNITY, Parent.FATHER)
    (120, 10)

    References:
        (80)劳总薪字29号 (1980): marriage leave; 女职工劳动保护规定 (国务院令第9号, 1988), Art. 8,
        and 女职工劳动保护特别规定 (国务院令第619号, 2012), Art. 7: maternity leave; 江西省人口与
        计划生育条例 2009 text Arts. 47–48, 2016 text Art. 43 and the 2021 amendment.
    """
    if not isinstance(family, Family):
        raise InvalidInputError("family", family, "must be a Family")
    if not isinstance(dystocia, bool):
        raise InvalidInputError("dystocia", dystocia, "must be True or False")
    book = check_book(book)
    work = _Work(family, book)
    if family.married_on is not None:
        work.marriage(family.married_on)
    ruling = None
    if child is not None:
        ruling = classify_birth(family, child, book=book)
        work.birth(child, ruling, dystocia)
    horizons = [unverified_after(day, reads) for day, reads in work.reads]
    if ruling is not None:
        horizons.append(ruling.unverified_after)
    passed = [h for h in horizons if h is not None]
    return LeaveEntitlements(
        jurisdiction=family.jurisdiction,
        married_on=family.married_on,
        on=None if ruling is None else ruling.on,
        items=tuple(work.items),
        ruling=ruling,
        checks=work.checks.build(),
        unverified_after=min(passed, default=None),
    )


class _Work:
    """The computation behind :func:`leave_entitlements` (not part of the API)."""

    __slots__ = ("book", "checks", "family", "items", "reads")

    def __init__(self, family: Family, book: PolicyBook) -> None:
        self.family = family
        self.book = book
        self.checks = Checks()
        self.items: list[Leave] = []
        self.reads: list[tuple[date, tuple[Resolution, ...]]] = []

    def get(self, key: str, on: date) -> Resolution | None:
        return _optional(self.book, key, on, self.family.jurisdiction)

    def add(
        self,
        code: str,
        passed: bool | None,
        message: Message,
        facts: Iterable[tuple[str, Fact]],
        provenance: Iterable[Resolution | None],
        on: date | None = None,
    ) -> None:
        """Record a check; ``on`` is the day its values are for (see ``unverified_after``)."""
        used = tuple(r for r in provenance if r is not None)
        if on is not None:
            self.reads.append((on, used))
        self.checks.add(code, passed, message, tuple(facts), used)

    def grant(self, kind: LeaveKind, parent: Parent, days: int) -> None:
        if days > 0:
            self.items.append(Leave(kind=kind, parent=parent, days=days))

    def spouses(self) -> tuple[tuple[Parent, Person], ...]:
        pairs = ((Parent.MOTHER, self.family.mother), (Parent.FATHER, self.family.father))
        return tuple((role, person) for role, person in pairs if person is not None)

    def marriage(self, married_on: date) -> None:
        base = self.get(MARRIAGE_BASE, married_on)
        if base is None:
            self.add("leave.marriage", None, _NO_MARRIAGE_RULE, (("married_on", married_on),), ())
            return
        extra = self.get(MARRIAGE_EXTRA, married_on)
        late = self.get(LATE_MARRIAGE_EXTRA, married_on)
        for role, person in self.spouses():
            age = person.age(on=married_on)
            limit = self.get(
                LATE_MARRIAGE_FEMALE if role is Parent.MOTHER else LATE_MARRIAGE_MALE, married_on
            )
            late_days = late.as_int() if late and limit and age >= limit.as_int() else 0
            extra_days = extra.as_int() if extra else 0
            self.add(
                f"leave.marriage.{role.value}",
                True,
                _MARRIAGE[role],
                (
                    ("base", base.as_int()),
                    ("extra", extra_days),
                    ("late", late_days),
                    ("age", age),
                    ("late_age", limit.as_int() if limit else None),
                ),
                (base, extra, late, limit),
                married_on,
            )
            self.grant(LeaveKind.MARRIAGE, role, base.as_int() + extra_days + late_days)

    def birth(self, child: Child, ruling: BirthRuling, dystocia: bool) -> None:
        if child.adopted:
            self.add("leave.birth", None, _ADOPTED, (), ())
            return
        on = ruling.on
        within = ruling.within_policy
        self.add("leave.within_policy", within, _WITHIN_POLICY[within], (), ())
        mother, father = self.family.mother, self.family.father
        late = self._late_birth(ruling)
        if mother is not None:
            self._maternity(on, ruling, dystocia, late)
        policy_paternity = self.get(PATERNITY, on) if within else None
        late_paternity = self.get(LATE_BIRTH_PATERNITY, on) if late else None
        if father is not None and (policy_paternity or late_paternity):
            late_days = late_paternity.as_int() if late_paternity else 0
            policy_days = policy_paternity.as_int() if policy_paternity else 0
            self.add(
                "leave.paternity",
                True,
                _PATERNITY,
                (("late", late_days), ("policy", policy_days), ("days", late_days + policy_days)),
                (late_paternity, policy_paternity),
                on,
            )
            self.grant(LeaveKind.PATERNITY, Parent.FATHER, late_days + policy_days)
        if within:
            self._parental(child)

    def _parental(self, child: Child) -> None:
        """Parental leave for a child under the age limit on any day the rule is in force.

        The rule is read on the first day, from the birth, on which it is in force while the
        child is still under the limit: for a child born before the rule, its entry into force.
        """
        birth = child.birth_date
        where = self.family.jurisdiction
        days_from = sorted(
            {birth}
            | {
                record.start
                for key in (PARENTAL_DAYS, PARENTAL_UNTIL)
                for level in where.chain
                for record in _records(self.book, key, level)
                if record.start > birth
            }
        )
        for since in days_from:
            days, until_age = self.get(PARENTAL_DAYS, since), self.get(PARENTAL_UNTIL, since)
            if days is None or until_age is None or days.as_int() <= 0:
                continue
            until = anniversary(birth, until_age.as_int())
            if since >= until:
                return
            last = until - timedelta(days=1)
            years = tuple(range(since.year, last.year + 1))
            self.add(
                "leave.parental",
                True,
                _PARENTAL,
                (
                    ("days", days.as_int()),
                    ("until_age", until_age.as_int()),
                    ("since", since),
                    ("until", until),
                    ("years", ", ".join(str(y) for y in years)),
                ),
                (days, until_age),
                last,
            )
            for role, _person in self.spouses():
                self.items.append(
                    Leave(
                        kind=LeaveKind.PARENTAL,
                        parent=role,
                        days=days.as_int(),
                        per_year=True,
                        until=until,
                        since=since,
                        years=years,
                    )
                )
            return

    def _late_birth(self, ruling: BirthRuling) -> bool:
        """Whether a rewarded late first birth of a married woman (晚育) took place."""
        mother = self.family.mother
        min_age = self.get(LATE_BIRTH_AGE, ruling.on)
        return bool(
            mother is not None
            and min_age is not None
            and ruling.birth_order == 1
            and self.family.is_married(on=ruling.on)
            and mother.age(on=ruling.on) >= min_age.as_int()
        )

    def _maternity(self, on: date, ruling: BirthRuling, dystocia: bool, late: bool) -> None:
        base = self.get(MATERNITY_BASE, on)
        if base is None:
            self.add("leave.maternity", None, _NO_MATERNITY_RULE, (("on", on),), ())
            return
        difficult = self.get(DYSTOCIA_EXTRA, on) if dystocia else None
        babies = len(self.family.delivery_of(ruling.child)) - 1
        per_baby = self.get(EXTRA_BABY, on) if babies else None
        late_extra = self.get(LATE_BIRTH_EXTRA, on) if late else None
        policy = self.get(POLICY_EXTRA, on) if ruling.within_policy else None
        parts = {
            "base": base.as_int(),
            "dystocia": difficult.as_int() if difficult else 0,
            "babies": babies * per_baby.as_int() if per_baby else 0,
            "late": late_extra.as_int() if late_extra else 0,
            "policy": policy.as_int() if policy else 0,
        }
        total = sum(parts.values())
        self.add(
            "leave.maternity",
            True,
            _MATERNITY,
            (*parts.items(), ("days", total)),
            (base, difficult, per_baby, late_extra, policy),
            on,
        )
        self.grant(LeaveKind.MATERNITY, Parent.MOTHER, total)
