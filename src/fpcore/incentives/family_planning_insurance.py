"""Family-planning insurance (计生保险) — Dingnan's cover for certified only children, 2007–2009.

Dingnan's report says that in 2007–2009 the county provided a benefit "for certified only
children aged 0–6" (the sentence is cut off); the nearest Jiangxi scheme found is Dexing City's
government-paid "love insurance" (爱心保险) for certified rural only children aged 0–6. This
programme models it as a premium the county pays for each such child:

* the family holds the one-child parents' certificate, and has one child only, alive;
* the child is of full age 0 to 6 (``family_planning_insurance.max_child_age``).

The window (2007–2009) and the age band come from the seed report; the **premium is an
illustrative stand-in** (30 yuan per child per year, after Dexing). Outside Dingnan's window —
and anywhere without a premium in its chain — the programme is not in force. The yearly amount
is the premium paid on the family's behalf; months are counted while the child is in the band
on the month's first day (premium ÷ 12 a month).

>>> from datetime import date
>>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
>>> mum = Person(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), hukou=Hukou.RURAL)
>>> kid = Child(sex=Sex.FEMALE, birth_date=date(2005, 1, 1))
>>> family = Family(mother=mum, father=None, children=(kid,), jurisdiction=DINGNAN,
...                 one_child_certificate_on=date(2006, 1, 1))
>>> [str(assess(family, on=date(y, 6, 1)).amount) for y in (2006, 2008, 2010)]
['0.00', '30.00', '0.00']

References:
    定南县创建国家级计划生育优质服务先进单位经验介绍 (Dingnan County Government, c. 2010):
    "2007—2009年为0-6周岁已领取独生子女光荣证…".
    Dexing City 计划生育家庭爱心保险 (30 yuan per child per year, government-paid) [secondary].
    中华人民共和国人口与计划生育法 (2001), Art. 24: insurance favourable to family planning.
"""

from __future__ import annotations

from datetime import date
from typing import Final, NamedTuple

from fpcore.dates import completed_years
from fpcore.explain import Checks, Decision, Message, Share, make_decision
from fpcore.family import Family
from fpcore.incentives._base import (
    Programme,
    alive,
    child_label,
    not_in_force,
    optional,
    payable,
    same_day,
)
from fpcore.jurisdictions import Jurisdiction
from fpcore.params import PolicyBook, Resolution
from fpcore.params.sources import DINGNAN_REPORT_2010

__all__ = ["CODE", "PROGRAMME", "assess"]

CODE: Final = "family_planning_insurance"
"""The programme code."""

PREMIUM: Final = "family_planning_insurance.premium"
MAX_AGE: Final = "family_planning_insurance.max_child_age"

TITLE: Final = Message(zh="计划生育保险", en="Family-planning insurance")

_CERTIFICATE: Final = Message(
    zh="持独生子女父母光荣证（发证：{issued}）",
    en="Holds the one-child parents' certificate (issued {issued})",
)
_ONLY_CHILD: Final = Message(
    zh="只有一个子女且健在（曾生育或收养{had}个）",
    en="Has had one child only, who is alive ({had} born or adopted)",
)
_AGE: Final = Message(
    zh="子女为0至{limit}周岁（{age}周岁）", en="The child is aged 0 to {limit} ({age})"
)


_CERTIFICATE_CODE: Final = f"{CODE}.certificate"
_ONLY_CHILD_CODE: Final = f"{CODE}.only_child"
_AGE_CODE: Final = f"{CODE}.child_age"


class _Params(NamedTuple):
    """What the rule reads from the book for one jurisdiction and date (see ``_params``)."""

    premium: Resolution
    max_age: Resolution
    limit: int


def _params(book: PolicyBook, where: Jurisdiction, on: date) -> _Params | None:
    """The parameters in force on ``on``; ``None`` when the programme is not in force."""
    premium = optional(book, PREMIUM, on, where)
    if premium is None:
        return None
    max_age = book.resolve(MAX_AGE, on=on, jurisdiction=where)
    return _Params(premium=premium, max_age=max_age, limit=max_age.as_int())


def rule(family: Family, on: date, age_on: date, book: PolicyBook) -> Decision:
    """The family-planning insurance rule (see the module docstring)."""
    where = family.jurisdiction
    p = book.derive(_params, on=on, jurisdiction=where)
    if p is None:
        return not_in_force(
            code=CODE,
            title=TITLE,
            family=family,
            on=on,
            book=book,
            key=PREMIUM,
            citation=DINGNAN_REPORT_2010,
        )
    checks = Checks()
    issued = family.one_child_certificate_on
    certified = checks.add(
        _CERTIFICATE_CODE,
        issued is not None and issued <= on,
        _CERTIFICATE,
        (("issued", issued),),
        citation=DINGNAN_REPORT_2010,
    )
    had = family.children_by(on=on)
    only = checks.add(
        _ONLY_CHILD_CODE,
        len(had) == 1 and alive(had[0], on),
        _ONLY_CHILD,
        (("had", len(had)),),
        citation=DINGNAN_REPORT_2010,
    )
    shares: list[Share] = []
    eligible = False
    if only:
        age = completed_years(had[0].birth_date, on)
        in_band = checks.add(
            _AGE_CODE, age <= p.limit, _AGE, (("limit", p.limit), ("age", age)), (p.max_age,)
        )
        premium = p.premium.as_decimal()
        # a premium of 0 (a what-if) pays nothing: not eligible, as every programme says
        eligible = bool(certified and in_band) and premium > 0
        shares.append(Share(beneficiary="child 1", label=child_label(0), amount=premium))
    total, breakdown = payable(eligible, shares)
    return make_decision(
        CODE, TITLE, eligible, total, on, where, checks, breakdown, amount_provenance=(p.premium,)
    )


PROGRAMME: Final = Programme(
    code=CODE,
    title=TITLE,
    rule=rule,
    month_dates=same_day,
    proration=Message(
        zh="子女在当月首日处于承保年龄的月份按保费÷12计",
        en="Months in which the child is in the age band on the first day count at premium ÷ 12",
    ),
    keys=(PREMIUM, MAX_AGE),
    citation=DINGNAN_REPORT_2010,
)
"""The registered programme."""


def assess(family: Family, *, on: date, book: PolicyBook | None = None) -> Decision:
    """Family-planning insurance for ``family`` on ``on``: cover and yearly premium paid.

    Args:
        family: The family.
        on: The date of the decision.
        book: The policy book; ``None`` uses :func:`fpcore.params.default_book`.

    Raises:
        InvalidInputError: If ``family`` is not a Family, ``on`` not a date, ``book`` not a book.

    >>> from datetime import date
    >>> from fpcore import JIANGXI, Child, Family, Hukou, Person, Sex
    >>> mum = Person(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), hukou=Hukou.RURAL)
    >>> kid = Child(sex=Sex.FEMALE, birth_date=date(2005, 1, 1))
    >>> assess(Family(mother=mum, father=None, children=(kid,), jurisdiction=JIANGXI),
    ...        on=date(2008, 1, 1)).check("family_planning_insurance.in_force").passed
    False
    """
    return PROGRAMME.assess(family, on=on, book=book)
