"""Childcare subsidy (育儿补贴), from 2025-01-01.

3,600 yuan a year (300 a month) for each child under 3 — first, second and third children
alike. Each child has 36 subsidised months, counted (by the rule derived from the official
example) from the month after birth through the month of the third birthday; only months from
January 2025 are paid, so a child born before 2025 gets the months left. A child born in
December 2023 gets January 2025 – December 2026: 24 months = 7,200 yuan. Whether the birth
month is subsidised instead of the birthday month is the parameter
``childcare_subsidy.pays_birth_month`` (the total per child is 36 months either way).

:func:`assess` gives the yearly rate for the children in a subsidised month on ``on``;
:func:`fpcore.incentives.entitlement` counts the months.

>>> from datetime import date
>>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
>>> from fpcore.incentives import entitlement
>>> mum = Person(sex=Sex.FEMALE, birth_date=date(1995, 1, 1), hukou=Hukou.RURAL)
>>> baby = Child(sex=Sex.MALE, birth_date=date(2023, 12, 20))
>>> family = Family(mother=mum, father=None, children=(baby,), jurisdiction=DINGNAN)
>>> e = entitlement("childcare_subsidy", family, start=date(2025, 1, 1), end=date(2027, 12, 31))
>>> e.paid_months, e.total
(24, Decimal('7200.00'))

References:
    育儿补贴制度实施方案 (中共中央办公厅、国务院办公厅, 2025-07-28): 3,600 yuan per child per
    year from 2025-01-01, until age 3; children born before 2025 paid for the months due; the
    official example (born December 2023 → 24 months = 7,200 yuan); the subsidy is not counted
    as income for subsistence allowances (低保) or extreme-poverty support (特困).
    财政部 税务总局公告2025年第6号 (2025-08-18): exempt from individual income tax from
    2025-01-01. A decision that pays records both as notes (checks with ``passed=None``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Final, NamedTuple

from fpcore.dates import MONTHS_PER_YEAR, month_ordinal
from fpcore.explain import Checks, Decision, Message, Share, make_decision
from fpcore.family import Family
from fpcore.incentives._base import (
    Programme,
    alive,
    child_label,
    month_end,
    not_in_force,
    optional,
    payable,
)
from fpcore.jurisdictions import Jurisdiction
from fpcore.money import ZERO
from fpcore.params import PolicyBook, Resolution
from fpcore.params.sources import (
    CHILDCARE_SUBSIDY_INCOME_DISREGARD,
    CHILDCARE_SUBSIDY_MONTH_RULE,
    CHILDCARE_SUBSIDY_PLAN_2025,
    CHILDCARE_SUBSIDY_TAX_2025,
)

__all__ = ["CODE", "PROGRAMME", "assess"]

CODE: Final = "childcare_subsidy"
"""The programme code."""

AMOUNT: Final = "childcare_subsidy.amount"
UNTIL_AGE: Final = "childcare_subsidy.until_age"
BIRTH_MONTH: Final = "childcare_subsidy.pays_birth_month"


TITLE: Final = Message(zh="育儿补贴", en="Childcare subsidy")

_NO_CHILD: Final = Message(zh="家庭有子女（{had}个）", en="The family has a child ({had})")
_MONTH: Final = Message(
    zh="{who_zh}：{month}是补贴月（第{first}至{last}月，出生{birth}，健在：{alive}）",
    en="{who}: {month} is a subsidised month (months {first} to {last}; born {birth}; "
    "alive: {alive})",
)


def _month(ordinal: int) -> str:
    return f"{ordinal // MONTHS_PER_YEAR}-{ordinal % MONTHS_PER_YEAR + 1:02d}"


_TAX: Final = Message(
    zh="注：育儿补贴免征个人所得税（自{from}起）",
    en="Note: the childcare subsidy is exempt from individual income tax (from {from})",
)
_NOT_INCOME: Final = Message(
    zh="注：认定最低生活保障对象、特困人员等时，育儿补贴不计入家庭或个人收入",
    en="Note: the subsidy is not counted as family or individual income when subsistence "
    "allowances (低保) or support for persons in extreme poverty (特困) are decided",
)
_CHILDREN_CODE: Final = f"{CODE}.children"
_TAX_CODE: Final = f"{CODE}.note.income_tax_exempt"
_NOT_INCOME_CODE: Final = f"{CODE}.note.not_income_for_assistance"


class _Params(NamedTuple):
    """What the rule reads from the book for one jurisdiction and date (see ``_params``)."""

    amount: Resolution
    yearly: Decimal
    provenance: tuple[Resolution, Resolution]
    offset: int
    months: int
    now: int
    now_text: str


def _params(book: PolicyBook, where: Jurisdiction, on: date) -> _Params | None:
    """The parameters in force on ``on``; ``None`` when the programme is not in force."""
    amount = optional(book, AMOUNT, on, where)
    if amount is None:
        return None
    until = book.resolve(UNTIL_AGE, on=on, jurisdiction=where)
    birth_month = book.resolve(BIRTH_MONTH, on=on, jurisdiction=where)
    now = month_ordinal(on)
    return _Params(
        amount=amount,
        yearly=amount.as_decimal(),
        provenance=(until, birth_month),
        offset=0 if birth_month.as_bool() else 1,
        months=until.as_int() * MONTHS_PER_YEAR,
        now=now,
        now_text=_month(now),
    )


def rule(family: Family, on: date, age_on: date, book: PolicyBook) -> Decision:
    """The childcare subsidy rule (see the module docstring)."""
    where = family.jurisdiction
    p = book.derive(_params, on=on, jurisdiction=where)
    if p is None:
        return not_in_force(
            code=CODE,
            title=TITLE,
            family=family,
            on=on,
            book=book,
            key=AMOUNT,
            citation=CHILDCARE_SUBSIDY_PLAN_2025,
        )
    checks = Checks()
    children = family.children_by(on=on)
    if not children:
        checks.add(_CHILDREN_CODE, False, _NO_CHILD, (("had", 0),), p.provenance)
        return make_decision(
            CODE, TITLE, False, ZERO, on, where, checks, amount_provenance=(p.amount,)
        )
    shares = []
    for index, child in enumerate(children):
        first = month_ordinal(child.birth_date) + p.offset
        last = first + p.months - 1
        living = alive(child, on)
        label = child_label(index)
        held = living and first <= p.now <= last
        checks.add(
            f"{CODE}.child_{index + 1}",
            held,
            _MONTH,
            (
                ("who", label.en),
                ("who_zh", label.zh),
                ("month", p.now_text),
                ("first", _month(first)),
                ("last", _month(last)),
                ("birth", child.birth_date),
                ("alive", living),
            ),
            p.provenance,
            CHILDCARE_SUBSIDY_MONTH_RULE,
        )
        shares.append(_share(index, label, p.yearly if held else ZERO))
    eligible = any(share.amount > 0 for share in shares)
    if eligible:
        checks.add(
            _TAX_CODE,
            None,
            _TAX,
            (("from", CHILDCARE_SUBSIDY_TAX_2025.effective_on),),
            citation=CHILDCARE_SUBSIDY_TAX_2025,
        )
        checks.add(_NOT_INCOME_CODE, None, _NOT_INCOME, citation=CHILDCARE_SUBSIDY_INCOME_DISREGARD)
    total, breakdown = payable(eligible, shares)
    return make_decision(
        CODE, TITLE, eligible, total, on, where, checks, breakdown, amount_provenance=(p.amount,)
    )


def _share(index: int, label: Message, amount: Decimal) -> Share:
    return Share(beneficiary=f"child {index + 1}", label=label, amount=amount)


PROGRAMME: Final = Programme(
    code=CODE,
    title=TITLE,
    rule=rule,
    month_dates=month_end,
    proration=Message(
        zh="每名子女36个补贴月（出生次月至满3周岁当月），2025年1月起按月计（年标准÷12）",
        en="36 subsidised months per child (month after birth through the month of the third "
        "birthday), paid from January 2025 (yearly amount ÷ 12)",
    ),
    keys=(AMOUNT, UNTIL_AGE, BIRTH_MONTH),
    citation=CHILDCARE_SUBSIDY_PLAN_2025,
)
"""The registered programme."""


def assess(family: Family, *, on: date, book: PolicyBook | None = None) -> Decision:
    """The childcare subsidy for ``family`` on ``on``: the yearly rate of the children due.

    Args:
        family: The family.
        on: The date of the decision.
        book: The policy book; ``None`` uses :func:`fpcore.params.default_book`.

    Raises:
        InvalidInputError: If ``family`` is not a Family, ``on`` not a date, ``book`` not a book.

    >>> from datetime import date
    >>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
    >>> mum = Person(sex=Sex.FEMALE, birth_date=date(1995, 1, 1), hukou=Hukou.URBAN)
    >>> kids = (Child(sex=Sex.MALE, birth_date=date(2024, 5, 1)),
    ...         Child(sex=Sex.FEMALE, birth_date=date(2025, 8, 9)))
    >>> assess(Family(mother=mum, father=None, children=kids, jurisdiction=DINGNAN),
    ...        on=date(2025, 9, 1)).amount
    Decimal('7200.00')
    """
    return PROGRAMME.assess(family, on=on, book=book)
