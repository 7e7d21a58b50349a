"""Shared machinery of the incentive programmes: the programme record, checks, entitlements."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Final, TypeAlias, final

import attrs

from fpcore._validate import check_book
from fpcore.dates import calendar_months, check_date, next_month_start
from fpcore.errors import InvalidInputError, NoValueForDateError
from fpcore.explain import (
    Checks,
    Decision,
    Fact,
    Message,
    Share,
    _make_share,
    format_fact,
    make_decision,
    render_horizon,
)
from fpcore.family import Child, Family, Parent, Person, Sex
from fpcore.jurisdictions import Jurisdiction
from fpcore.money import FEN, ZERO, in_context, round_to
from fpcore.params import Citation, PolicyBook, Resolution, default_book
from fpcore.plausibility import check_living_ages

__all__ = [
    "Entitlement",
    "MonthlyAmount",
    "Programme",
    "Role",
    "Rule",
]

Rule: TypeAlias = Callable[[Family, date, date, PolicyBook], Decision]
"""A programme's rule: ``(family, on, age_on, book) -> Decision``.

``on`` is the date whose parameters and facts apply; ``age_on`` the date on which age limits
are tested (the day before a month starts, for programmes paid from the month after a
birthday)."""

_MONTHS: Final = Decimal(12)
_ONE_DAY: Final = timedelta(days=1)
_FIRST_MONTH: Final = date(1, 2, 1)
_LAST_MONTH: Final = date(9999, 12, 1)

NOT_IN_FORCE: Final = Message(
    zh="本项目在{on}未实施（最早自{first}起）",
    en="The programme is not in force on {on} (first in force {first})",
)
"""The check of a programme asked about a date outside its period in force."""

PARENT_LABELS: Final = {
    Parent.MOTHER: Message(zh="女方", en="mother"),
    Parent.FATHER: Message(zh="男方", en="father"),
}
"""Beneficiary labels of the parents."""

CHILD_LABELS: Final = tuple(Message(zh=f"第{i}个子女", en=f"child {i}") for i in range(1, 13))
"""Beneficiary labels of the children, by position (oldest first)."""

_OTHER_CHILD: Final = Message(zh="其他子女", en="another child")
_MONTH_MARK: Final = {True: "✓", False: "–", None: "?"}


def child_label(index: int) -> Message:
    """The label of the child at ``index`` (0 = oldest)."""
    return CHILD_LABELS[index] if index < len(CHILD_LABELS) else _OTHER_CHILD


def optional(book: PolicyBook, key: str, on: date, where: Jurisdiction) -> Resolution | None:
    """``book.resolve`` or ``None`` when no value is in force."""
    try:
        return book.resolve(key, on=on, jurisdiction=where)
    except NoValueForDateError:
        return None


def first_start(book: PolicyBook, key: str, where: Jurisdiction) -> date | None:
    """The earliest start of any non-closing record of ``key`` on the jurisdiction's chain."""
    found = [
        record.start
        for level in where.chain
        if (history := book.history(key, level)) is not None
        for record in history.values
        if record.value is not None
    ]
    return min(found) if found else None


@final
@attrs.frozen(eq=False)
class Role:
    """A parent's role as rules use it, built once.

    It holds the enum, its code, its label, the facts every per-role sentence fills in, and
    the sex whose parameters apply to it.

    Roles are compared by identity (there are two, :data:`MOTHER` and :data:`FATHER`), so a
    rule can key its per-role check codes by them (:func:`role_codes`).
    """

    parent: Parent
    code: str
    label: Message
    sex: Sex
    who: tuple[tuple[str, Fact], ...] = attrs.field(init=False)
    unpaid: Share = attrs.field(init=False, repr=False)
    """The role's share of a decision that pays it nothing."""

    @who.default
    def _who(self) -> tuple[tuple[str, Fact], ...]:
        return (("who", self.code), ("who_zh", self.label.zh))

    @unpaid.default
    def _unpaid(self) -> Share:
        return _make_share(self.code, self.label, ZERO)

    def share(self, amount: Decimal) -> Share:
        """This role's share of a decision's amount."""
        return _make_share(self.code, self.label, amount)


MOTHER: Final = Role(Parent.MOTHER, Parent.MOTHER.value, PARENT_LABELS[Parent.MOTHER], Sex.FEMALE)
FATHER: Final = Role(Parent.FATHER, Parent.FATHER.value, PARENT_LABELS[Parent.FATHER], Sex.MALE)
ROLES: Final = (MOTHER, FATHER)
"""The roles, mother first (the order of every per-role check)."""


def role_codes(prefix: str) -> dict[Role, str]:
    """The check code of each role for a per-role condition, e.g. ``"x.age"`` → ``"x.age.mother"``."""
    return {role: f"{prefix}.{role.code}" for role in ROLES}


def parents(family: Family) -> tuple[tuple[Role, Person], ...]:
    """The parents present in the family, mother first, with their roles."""
    mother, father = family.mother, family.father
    if mother is None:
        return () if father is None else ((FATHER, father),)
    return ((MOTHER, mother),) if father is None else ((MOTHER, mother), (FATHER, father))


def alive(person: Person | Child, on: date) -> bool:
    """Whether born on or before ``on`` and not dead on it (``on`` already checked)."""
    return person.birth_date <= on and (person.death_date is None or on < person.death_date)


def living_parents(family: Family, on: date) -> list[tuple[Role, Person]]:
    """The parents present and alive on ``on``, mother first."""
    found = []
    mother, father = family.mother, family.father
    if mother is not None and alive(mother, on):
        found.append((MOTHER, mother))
    if father is not None and alive(father, on):
        found.append((FATHER, father))
    return found


def per_year(monthly: Decimal) -> Decimal:
    """A monthly rate as a yearly amount (× 12), to the fen."""
    return round_to(monthly * _MONTHS)


def per_month(yearly: Decimal) -> Decimal:
    """A yearly amount as one month's share (÷ 12), to the fen, 四舍五入."""
    return round_to(yearly / _MONTHS, FEN)


def not_in_force(
    *,
    code: str,
    title: Message,
    family: Family,
    on: date,
    book: PolicyBook,
    key: str,
    citation: Citation,
) -> Decision:
    """The normal "not eligible" decision of a programme not in force on ``on``."""
    checks = Checks()
    checks.add(
        f"{code}.in_force",
        False,
        NOT_IN_FORCE,
        (("on", on), ("first", first_start(book, key, family.jurisdiction))),
        citation=citation,
    )
    return make_decision(code, title, False, ZERO, on, family.jurisdiction, checks)


def payable(eligible: bool | None, shares: list[Share]) -> tuple[Decimal | None, tuple[Share, ...]]:
    """The amount of a decision and its breakdown, from each beneficiary's share if eligible.

    Eligible: the sum of the shares. Not eligible: ``0.00``, every share zero. Undetermined:
    ``None`` and no breakdown (nothing can be said to be payable, nor to be nothing).
    """
    if eligible is None:
        return None, ()
    if not eligible:
        return ZERO, tuple(s if not s.amount else _unpaid(s) for s in shares)
    return sum((s.amount for s in shares), ZERO), tuple(shares)


def _unpaid(share: Share) -> Share:
    return _make_share(share.beneficiary, share.label, ZERO)


def same_day(month: date) -> tuple[date, date]:
    """Month dates of a programme paid for a month whose first day meets the conditions."""
    return month, month


def month_end(month: date) -> tuple[date, date]:
    """Month dates of a programme paid for a month whose last day meets the conditions."""
    last = next_month_start(month) - _ONE_DAY
    return last, last


def month_after_birthday(month: date) -> tuple[date, date]:
    """Month dates of a programme paid from the month after an age is reached.

    Parameters are read on the month's first day; ages on the day before it.
    """
    return month, month - _ONE_DAY


@final
@attrs.frozen(kw_only=True)
class Programme:
    """One registered incentive programme.

    Attributes:
        code: Stable code, e.g. ``"reward_assistance"``.
        title: Its name in both languages.
        rule: The rule (see ``Rule``).
        month_dates: For a month's first day, the ``(on, age_on)`` dates its rule is asked about.
        proration: How months are counted, in both languages.
        keys: The policy-book keys the rule reads (documentation tables use them).
        citation: The programme's founding source.
    """

    code: str
    title: Message
    rule: Rule = attrs.field(repr=False)
    month_dates: Callable[[date], tuple[date, date]] = attrs.field(repr=False)
    proration: Message
    keys: tuple[str, ...]
    citation: Citation

    @in_context
    def assess(self, family: Family, *, on: date, book: PolicyBook | None = None) -> Decision:
        """The decision for ``family`` on ``on`` (see :func:`fpcore.incentives.assess`)."""
        family, on, book = validate(family, on, book)
        return self.rule(family, on, on, book)

    @in_context
    def entitlement(
        self, family: Family, *, start: date, end: date, book: PolicyBook | None = None
    ) -> Entitlement:
        """What is payable month by month (see :func:`fpcore.incentives.entitlement`)."""
        family, start, book = validate(family, start, book, field="start")
        check_date(end, "end")
        if end >= start:
            check_living_ages(family, end, "end")
        if end < start:
            raise InvalidInputError("end", end, f"is before start {start.isoformat()}")
        # a month's rule may look at the day before it or the last day of it: keep both in
        # the calendar
        if start < _FIRST_MONTH:
            raise InvalidInputError("start", start, "must be in February of year 1 or later")
        if end >= _LAST_MONTH:
            raise InvalidInputError("end", end, "must be in November 9999 or earlier")
        months = []
        horizon: date | None = None
        for month in calendar_months(start, end):
            on, age_on = self.month_dates(month)
            result = self.rule(family, on, age_on, book)
            months.append(
                MonthlyAmount(
                    month=month,
                    eligible=result.eligible,
                    amount=None if result.amount is None else per_month(result.amount),
                )
            )
            passed = result.unverified_after
            if passed is not None and (horizon is None or passed < horizon):
                horizon = passed
        return Entitlement(
            program=self.code,
            jurisdiction=family.jurisdiction,
            start=start,
            end=end,
            months=tuple(months),
            proration=self.proration,
            unverified_after=horizon,
        )


def validate(
    family: object, on: object, book: object, *, field: str = "on"
) -> tuple[Family, date, PolicyBook]:
    """Check the arguments every programme takes; default the book.

    A living member of the family older than :data:`~fpcore.dates.MAX_AGE` on ``on`` is a
    missing death record: refused, never paid (see :mod:`fpcore.plausibility`).
    """
    if not isinstance(family, Family):
        raise InvalidInputError("family", family, "must be a Family")
    day = check_living_ages(family, on, field)
    # the two common cases first (PolicyBook is final), without check_book's deferred import
    if book is None:
        return family, day, default_book()
    if type(book) is PolicyBook:
        return family, day, book
    return family, day, check_book(book)


@final
@attrs.frozen(kw_only=True)
class MonthlyAmount:
    """What one programme pays a family for one calendar month.

    Attributes:
        month: First day of the month.
        eligible: Whether anything is payable for the month (``None``: undetermined).
        amount: The month's amount in yuan (the yearly amount ÷ 12, to the fen), ``None``
            when the month's decision is undetermined.
    """

    month: date
    eligible: bool | None
    amount: Decimal | None


@in_context
def _total(months: tuple[MonthlyAmount, ...]) -> Decimal:
    return sum((m.amount for m in months if m.amount is not None), ZERO)


@final
@attrs.frozen(kw_only=True)
class Entitlement:
    """What a programme pays a family for the calendar months of ``[start, end]``.

    Attributes:
        program: The programme code.
        jurisdiction: The family's jurisdiction.
        start: First day asked about (its whole month counts).
        end: Last day asked about (its whole month counts).
        months: One entry per calendar month touched by ``[start, end]``.
        proration: The programme's rule for counting months.
        unverified_after: The earliest date, passed by a month's decision, through which the
            sources of a value it used were checked (``None``: no month passed one). The
            months after it rest on the last values known.
    """

    program: str
    jurisdiction: Jurisdiction
    start: date
    end: date
    months: tuple[MonthlyAmount, ...]
    proration: Message
    unverified_after: date | None = None

    @property
    def total(self) -> Decimal:
        """The sum of the monthly amounts determined (in fpcore's decimal context).

        Undetermined months add nothing here: :attr:`undetermined_months` counts them.
        """
        return _total(self.months)

    @property
    def paid_months(self) -> int:
        """How many months have an amount payable."""
        return sum(1 for m in self.months if m.eligible)

    @property
    def undetermined_months(self) -> int:
        """How many months could not be decided (their amount is ``None``, not in the total)."""
        return sum(1 for m in self.months if m.eligible is None)

    def _repr_html_(self) -> str:
        """An HTML table of the months, with the total and the counting rule."""
        rows = "".join(
            f"<tr><td>{m.month.isoformat()[:7]}</td><td>{_MONTH_MARK[m.eligible]}</td>"
            f'<td style="text-align: right">'
            f"{'undetermined' if m.amount is None else format_fact(m.amount)}</td></tr>"
            for m in self.months
        )
        paid = self.paid_months
        undetermined = self.undetermined_months
        return (
            f'<div class="fpcore-entitlement" style="text-align: left">'
            f"<p><strong>{html.escape(self.program)} — "
            f"{html.escape(self.jurisdiction.name_en)}, {self.start.isoformat()} to "
            f"{self.end.isoformat()}: {format_fact(self.total)} yuan over "
            f"{paid} paid month{'' if paid == 1 else 's'}"
            + (
                f", {undetermined} month{'' if undetermined == 1 else 's'} undetermined"
                if undetermined
                else ""
            )
            + f"</strong><br><small>{html.escape(self.proration.en)}</small></p>"
            + (
                f'<p class="fpcore-unverified">'
                f"{html.escape(render_horizon(self.unverified_after, 'en').strip())}</p>"
                if self.unverified_after is not None
                else ""
            )
            + "<table><thead><tr><th>month</th>"
            '<th>paid</th><th style="text-align: right">yuan</th></tr></thead>'
            f"<tbody>{rows}</tbody></table></div>"
        )
