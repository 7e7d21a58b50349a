"""One-child parents' reward (独生子女父母奖励费).

Paid to each parent holding the one-child parents' certificate (独生子女父母光荣证), from the
month of certification until the month in which the child reaches the end age (that month is
not paid), while the couple has had that one child only — a further child born or adopted
cancels the certificate.

The certificate belongs to the one-child era: from the 2015 amendment of the law (in force
2016-01-01; Art. 27, and Art. 31 of the 2021 text) it is issued only to couples who chose one
child "while the state advocated one child per couple", so a certificate dated after
2015-12-31 does not found the reward (``one_child_parent_reward.certificate_issued_until``).
Certificates issued before keep paying.

**Jiangxi's amount was not found in any retrieved source.** Its end age is the 2016 text's
(Art. 45: until the only child is 14); the amount — 10 yuan per parent per month, after other
provinces' rules — is a stand-in cited as *illustrative*, and every explanation that uses it
says so. A county overrides it in its own table or with
:meth:`fpcore.params.PolicyBook.override`.

>>> from datetime import date
>>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
>>> mum = Person(sex=Sex.FEMALE, birth_date=date(1975, 1, 1), hukou=Hukou.URBAN)
>>> dad = Person(sex=Sex.MALE, birth_date=date(1973, 1, 1), hukou=Hukou.URBAN)
>>> kid = Child(sex=Sex.MALE, birth_date=date(2000, 1, 1))
>>> family = Family(mother=mum, father=dad, children=(kid,), jurisdiction=DINGNAN,
...                 one_child_certificate_on=date(2001, 3, 1))
>>> d = assess(family, on=date(2010, 1, 1))
>>> d.amount, d.is_illustrative
(Decimal('240.00'), True)

References:
    中华人民共和国人口与计划生育法 (2001), Art. 27: the certificate and rewards under national
    and provincial rules; (2015 text) Art. 27 and (2021 text) Art. 31: the certificate only for
    couples of the one-child era. 江西省人口与计划生育条例 (2016 text) Art. 45: paid monthly
    from the certificate's date until the only child is 14.
    山东省人口与计划生育条例 (2016) Art. 26 and 河南省人口与计划生育条例 (2021) Arts. 27–33:
    the other provinces' rules the stand-ins follow.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Final, NamedTuple

from fpcore.dates import MONTHS_PER_YEAR, completed_years, month_ordinal
from fpcore.explain import Checks, Decision, Message, make_decision
from fpcore.family import Family
from fpcore.incentives._base import (
    Programme,
    alive,
    living_parents,
    not_in_force,
    optional,
    payable,
    per_year,
    same_day,
)
from fpcore.jurisdictions import Jurisdiction
from fpcore.params import PolicyBook, Resolution
from fpcore.params.sources import ONE_CHILD_REWARD_ILLUSTRATIVE, POPULATION_LAW_2001_CERTIFICATE

__all__ = ["CODE", "PROGRAMME", "assess"]

CODE: Final = "one_child_parent_reward"
"""The programme code."""

AMOUNT: Final = "one_child_parent_reward.amount"
UNTIL_AGE: Final = "one_child_parent_reward.until_age"
ISSUED_UNTIL: Final = "one_child_parent_reward.certificate_issued_until"

TITLE: Final = Message(zh="独生子女父母奖励费", en="One-child parents' reward")

_CERTIFICATE: Final = Message(
    zh="持独生子女父母光荣证，自发证当月起（发证：{issued}）",
    en="Holds the one-child parents' certificate, paid from the month of issue (issued {issued})",
)
_ERA: Final = Message(
    zh="光荣证在提倡一对夫妻生育一个子女期间（至{until}）发放（发证：{issued}）",
    en="The certificate was issued in the one-child era, which ended on {until} (issued {issued})",
)
_ONLY_CHILD: Final = Message(
    zh="只有一个子女且健在（曾生育或收养{had}个）",
    en="Has had one child only, who is alive ({had} born or adopted)",
)
_AGE: Final = Message(
    zh="子女未到年满{limit}周岁的当月（{age}周岁）",
    en="The child has not reached the month of turning {limit} ({age})",
)


_CERTIFICATE_CODE: Final = f"{CODE}.certificate"
_ERA_CODE: Final = f"{CODE}.certificate_era"
_ONLY_CHILD_CODE: Final = f"{CODE}.only_child"
_AGE_CODE: Final = f"{CODE}.child_age"


class _Params(NamedTuple):
    """What the rule reads from the book for one jurisdiction and date (see ``_params``)."""

    amount: Resolution
    yearly: Decimal
    until: Resolution | None
    issued_until: Resolution | None
    month: int


def _params(book: PolicyBook, where: Jurisdiction, on: date) -> _Params | None:
    """The parameters in force on ``on``; ``None`` when the programme is not in force."""
    amount = optional(book, AMOUNT, on, where)
    if amount is None:
        return None
    return _Params(
        amount=amount,
        yearly=per_year(amount.as_decimal()),
        until=optional(book, UNTIL_AGE, on, where),
        issued_until=optional(book, ISSUED_UNTIL, on, where),
        month=month_ordinal(on),
    )


def rule(family: Family, on: date, age_on: date, book: PolicyBook) -> Decision:
    """The one-child parents' reward rule (see the module docstring)."""
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
            citation=ONE_CHILD_REWARD_ILLUSTRATIVE,
        )
    checks = Checks()
    issued = family.one_child_certificate_on
    certified = issued is not None and month_ordinal(issued) <= p.month
    checks.add(
        _CERTIFICATE_CODE,
        certified,
        _CERTIFICATE,
        (("issued", issued),),
        (),
        POPULATION_LAW_2001_CERTIFICATE,
    )
    if p.issued_until is not None and issued is not None:
        last = p.issued_until.as_date()
        certified = certified and issued <= last
        checks.add(
            _ERA_CODE,
            issued <= last,
            _ERA,
            (("until", last), ("issued", issued)),
            (p.issued_until,),
        )
    had = family.children_by(on=on)
    only = len(had) == 1 and alive(had[0], on)
    checks.add(
        _ONLY_CHILD_CODE,
        only,
        _ONLY_CHILD,
        (("had", len(had)),),
        (),
        POPULATION_LAW_2001_CERTIFICATE,
    )
    in_age = False
    if only:
        until = p.until or book.resolve(UNTIL_AGE, on=on, jurisdiction=where)
        years = until.as_int()
        child = had[0].birth_date
        # the month of the anniversary: the birth month, ``years`` years on
        in_age = p.month < month_ordinal(child) + years * MONTHS_PER_YEAR
        checks.add(
            _AGE_CODE,
            in_age,
            _AGE,
            (("limit", years), ("age", completed_years(child, on))),
            (until,),
        )
    parents = living_parents(family, on)
    # a rate of 0 (a what-if) pays no one: not eligible, as every programme says
    eligible = certified and in_age and bool(parents) and p.yearly > 0
    total, shares = payable(eligible, [role.share(p.yearly) for role, _ in parents])
    return make_decision(
        CODE, TITLE, eligible, total, on, where, checks, shares, amount_provenance=(p.amount,)
    )


PROGRAMME: Final = Programme(
    code=CODE,
    title=TITLE,
    rule=rule,
    month_dates=same_day,
    proration=Message(
        zh="自发证当月起按月计发，至子女年满规定年龄的当月止（该月不发）",
        en="Paid monthly from the month of certification until the month the child reaches the "
        "end age (that month not paid)",
    ),
    keys=(AMOUNT, UNTIL_AGE, ISSUED_UNTIL),
    citation=ONE_CHILD_REWARD_ILLUSTRATIVE,
)
"""The registered programme."""


def assess(family: Family, *, on: date, book: PolicyBook | None = None) -> Decision:
    """The one-child parents' reward for ``family`` on ``on``: eligibility and yearly amount.

    Args:
        family: The family.
        on: The date of the decision.
        book: The policy book; ``None`` uses :func:`fpcore.params.default_book`.

    Raises:
        InvalidInputError: If ``family`` is not a Family, ``on`` not a date, ``book`` not a book.

    >>> from datetime import date
    >>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
    >>> mum = Person(sex=Sex.FEMALE, birth_date=date(1975, 1, 1), hukou=Hukou.RURAL)
    >>> kid = Child(sex=Sex.FEMALE, birth_date=date(2000, 1, 1))
    >>> assess(Family(mother=mum, father=None, children=(kid,), jurisdiction=DINGNAN),
    ...        on=date(2010, 1, 1)).eligible
    False
    """
    return PROGRAMME.assess(family, on=on, book=book)
