"""Special assistance for family-planning families (计划生育家庭特别扶助, 特扶).

Conditions (national rule):

* each spouse present was born on or after 1933-01-01;
* the woman has reached full age 49 — for a single parent (widowed, divorced, or a father
  alone), that parent;
* each parent is assessed on *their own* children, so a remarried couple is assessed per
  person, as the sources say: the parent bore or adopted one child (earlier children who died
  before it was born do not count against this), and no child was born or adopted since;
* that child has died (death category) or holds a disability certificate of grade 1 to 3
  (disability category).

Each qualifying parent receives the monthly amount of their category × 12 a year. National
standards (yuan per person per month, child died / disabled): 100 / 80 from 2008 (the 2007
pilot covered ten provinces), 135 / 110 from 2012, from 2014 urban 340 / rural 170 and urban
270 / rural 150 by the parent's own hukou, rural raised to the urban level from a stand-in 2016
(illustrative: the date was not retrieved), 450 / 350 as attested on 2022-05-10, and 590 / 460
from 2022-07-01, one rate for urban and rural. Months are paid from the month after the one in
which the age is reached.

A person with a certified complication of family-planning surgery
(:attr:`~fpcore.family.Person.surgery_complication_grade`) is paid per person by grade —
400 / 300 / 200 as attested on 2022-05-10, 520 / 390 / 260 from 2022-07-01 — with no age or
child condition, in addition to a child category.

Jiangxi's own standards come from an undated county list (illustrative, stand-in start
2017-01-01): 700 for a disabled only child; for a child who died 950 while the woman is 49–59
(``special_assistance.amount_by_age.death``, an :class:`~fpcore.params.AgeBands` value), and for
the bands from 60, whose amounts no source gives, the national standard as a floor — the check
``special_assistance.age_band`` says which applied.

>>> from datetime import date
>>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
>>> mum = Person(sex=Sex.FEMALE, birth_date=date(1960, 1, 1), hukou=Hukou.URBAN)
>>> dad = Person(sex=Sex.MALE, birth_date=date(1958, 1, 1), hukou=Hukou.URBAN)
>>> son = Child(sex=Sex.MALE, birth_date=date(1985, 1, 1), death_date=date(2010, 1, 1))
>>> family = Family(mother=mum, father=dad, children=(son,), jurisdiction=DINGNAN)
>>> assess(family, on=date(2015, 6, 30)).amount
Decimal('8160.00')

References:
    计划生育家庭特别扶助制度 (pilot 2007, national 2008): conditions, as restated by
    encyclopaedia and county pages [secondary].
    财教〔2011〕623号 (2011-12-14): 135 / 110 yuan a month from 2012-01-01.
    国家卫生计生委等五部门《关于进一步做好计划生育特殊困难家庭扶助工作的通知》 (2013-12-26):
    the 2014 urban/rural standards. 财政部、国家卫生健康委 notice of 2022-05-10: 590 / 460 and
    520 / 390 / 260 from 2022-07-01. A Jiangxi county's subsidy list [secondary]: 700 / 950.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Final, NamedTuple

from fpcore.dates import completed_years
from fpcore.explain import Checks, Decision, Fact, Message, make_decision, make_share
from fpcore.family import Child, Family, Hukou
from fpcore.incentives._base import (
    FATHER,
    MOTHER,
    Programme,
    alive,
    month_after_birthday,
    not_in_force,
    optional,
    per_year,
)
from fpcore.jurisdictions import Jurisdiction
from fpcore.money import ZERO
from fpcore.params import PolicyBook, Resolution
from fpcore.params.sources import SPECIAL_ASSISTANCE_SCHEME

__all__ = ["CODE", "PROGRAMME", "assess"]

CODE: Final = "special_assistance"
"""The programme code."""

AMOUNTS: Final = {
    ("death", Hukou.URBAN): "special_assistance.amount.death.urban",
    ("death", Hukou.RURAL): "special_assistance.amount.death.rural",
    ("disability", Hukou.URBAN): "special_assistance.amount.disability.urban",
    ("disability", Hukou.RURAL): "special_assistance.amount.disability.rural",
}
BY_AGE: Final = "special_assistance.amount_by_age.death"
"""Provincial child-died standards banded by the woman's age (Jiangxi), where the book has them."""
COMPLICATIONS: Final = {
    1: "special_assistance.amount.complication.grade_1",
    2: "special_assistance.amount.complication.grade_2",
    3: "special_assistance.amount.complication.grade_3",
}
BORN_FROM: Final = "special_assistance.born_from"
MIN_AGE: Final = "special_assistance.min_age"
MAX_GRADE: Final = "special_assistance.max_disability_grade"

TITLE: Final = Message(zh="计划生育家庭特别扶助", en="Special assistance")

_BORN_FROM: Final = Message(
    zh="{who_zh}出生于{limit}或以后（{birth}）",
    en="The {who} was born on or after {limit} ({birth})",
)
_AGE: Final = Message(
    zh="{who_zh}年满{limit}周岁（{age}周岁）", en="The {who} is aged {limit} or over ({age})"
)
_ONE_CHILD: Final = Message(
    zh="{who_zh}只生育或收养一个子女，此后未再生育或收养（子女{had}个，其中此前已死亡{earlier}个）",
    en="The {who} bore or adopted one child and none since ({had} children, {earlier} of whom "
    "had died before)",
)
_STATUS: Final = Message(
    zh="{who_zh}的子女已死亡或持一至{limit}级残疾证（死亡：{died}；残疾等级：{grade}）",
    en="The {who}'s child has died or holds a disability certificate of grade 1–{limit} "
    "(died: {died}; grade: {grade})",
)

_BAND: Final = Message(
    zh="按女方（单亲为本人）年龄段确定标准：{bands}（{age}周岁）",
    en="The standard follows the age band of the woman (a single parent: that parent): "
    "{bands} (aged {age})",
)
_NO_BAND: Final = Message(
    zh="按年龄段确定标准，但来源未给出{age}周岁所在年龄段的金额（{bands}），按上级标准（保底）计发",
    en="The standard follows age bands, but the sources give no amount for the band of age "
    "{age} ({bands}): the standard of the level above applies as a floor",
)
_COMPLICATION: Final = Message(
    zh="{who_zh}为计划生育手术并发症人员（{grade}级）",
    en="The {who} has a certified complication of family-planning surgery (grade {grade})",
)

_ROLES: Final = tuple(
    (
        role,
        f"{CODE}.born_from.{role.code}",
        f"{CODE}.one_child.{role.code}",
        f"{CODE}.child.{role.code}",
        f"{CODE}.complication.{role.code}",
        ("who", role.code),
        ("who_zh", role.zh),
    )
    for role in (MOTHER, FATHER)
)
_AGE_CODE: Final = f"{CODE}.age"
_BAND_CODE: Final = f"{CODE}.age_band"
_NO_CHILDREN: Final[tuple[tuple[str, Fact], ...]] = (("had", 0), ("earlier", 0))


class _Params(NamedTuple):
    """What the rule reads from the book for one jurisdiction and date (see ``_params``)."""

    born_from: tuple[Resolution]
    min_age: tuple[Resolution]
    max_grade: Resolution
    by_age: Resolution | None
    born_limit: date
    years: int
    grade: int


def _params(book: PolicyBook, where: Jurisdiction, on: date) -> _Params | None:
    """The parameters in force on ``on``; ``None`` when the programme is not in force."""
    if optional(book, AMOUNTS["death", Hukou.URBAN], on, where) is None:
        return None
    born_from, min_age, max_grade = (
        book.resolve(key, on=on, jurisdiction=where) for key in (BORN_FROM, MIN_AGE, MAX_GRADE)
    )
    return _Params(
        born_from=(born_from,),
        min_age=(min_age,),
        max_grade=max_grade,
        by_age=optional(book, BY_AGE, on, where),
        born_limit=born_from.as_date(),
        years=min_age.as_int(),
        grade=max_grade.as_int(),
    )


def _situation(
    children: list[Child], on: date, max_grade: int
) -> tuple[bool, str | None, tuple[tuple[str, Fact], ...]]:
    """Whether the parent had one child, its category, and the facts compared."""
    if not children:
        return False, None, _NO_CHILDREN
    latest = children[-1]
    born = latest.birth_date
    earlier = 0
    for child in children[:-1]:
        if child.death_date is not None and child.death_date <= born:
            earlier += 1
    one = earlier == len(children) - 1
    grade = latest.disability_grade
    if latest.death_date is not None and latest.death_date <= on:
        kind: str | None = "death"
    elif grade is not None and grade <= max_grade:
        kind = "disability"
    else:
        kind = None
    return one, kind, (("had", len(children)), ("earlier", earlier))


def _rate(
    p: _Params, age: int, flat: Resolution, checks: Checks
) -> tuple[tuple[Resolution, ...], Decimal]:
    """The child-died standard for ``age`` and the resolutions behind it.

    The provincial age band where the book has age bands, else the flat standard ``flat``.
    """
    if p.by_age is None:
        return (flat,), flat.as_decimal()
    bands = p.by_age.as_bands()
    band = bands.at(age)
    facts: tuple[tuple[str, Fact], ...] = (("bands", str(bands)), ("age", age))
    if band is None or band.amount is None:
        checks.add(_BAND_CODE, None, _NO_BAND, facts, (p.by_age, flat))
        return (flat,), flat.as_decimal()
    checks.add(_BAND_CODE, True, _BAND, facts, (p.by_age,))
    return (p.by_age,), band.amount


def rule(family: Family, on: date, age_on: date, book: PolicyBook) -> Decision:
    """The special-assistance rule (see the module docstring); ``age_on`` tests ages."""
    where = family.jurisdiction
    p = book.derive(_params, on=on, jurisdiction=where)
    if p is None:
        return not_in_force(
            code=CODE,
            title=TITLE,
            family=family,
            on=on,
            book=book,
            key=AMOUNTS["death", Hukou.URBAN],
            citation=SPECIAL_ASSISTANCE_SCHEME,
        )
    checks = Checks()
    born_limit = p.born_limit
    present = [
        (person, codes)
        for person, codes in zip((family.mother, family.father), _ROLES, strict=True)
        if person is not None
    ]
    born_ok = True
    for person, (_, born_code, _, _, _, who, who_zh) in present:  # every spouse gets a check
        birth = person.birth_date
        ok = birth >= born_limit
        born_ok = born_ok and ok
        checks.add(
            born_code,
            ok,
            _BORN_FROM,
            (who, who_zh, ("limit", born_limit), ("birth", birth)),
            p.born_from,
        )
    living = [pair for pair in present if alive(pair[0], on)]
    age_ok = False
    age = 0
    if living:
        person, (_, _, _, _, _, who, who_zh) = living[0]
        birth = person.birth_date
        age = completed_years(birth, age_on if age_on > birth else birth)
        age_ok = age >= p.years
        checks.add(
            _AGE_CODE, age_ok, _AGE, (who, who_zh, ("limit", p.years), ("age", age)), p.min_age
        )
    shares = []
    total = ZERO
    for person, (role, _, one_code, child_code, complication_code, who, who_zh) in living:
        children = [c for c in family.children_of(role.parent) if c.birth_date <= on]
        one, kind, facts = _situation(children, on, p.grade)
        checks.add(one_code, one, _ONE_CHILD, (who, who_zh, *facts))
        rates: tuple[Resolution, ...] = ()
        monthly = ZERO
        if one and kind is not None:
            flat = book.resolve(
                AMOUNTS[kind, Hukou.URBAN if person.hukou is Hukou.URBAN else Hukou.RURAL],
                on=on,
                jurisdiction=where,
            )
            if kind == "death":
                rates, monthly = _rate(p, age, flat, checks)
            else:
                rates, monthly = (flat,), flat.as_decimal()
        latest = children[-1] if children else None
        checks.add(
            child_code,
            kind is not None,
            _STATUS,
            (
                who,
                who_zh,
                ("limit", p.grade),
                ("died", None if latest is None else latest.death_date),
                ("grade", None if latest is None else latest.disability_grade),
            ),
            (p.max_grade, *rates),
            SPECIAL_ASSISTANCE_SCHEME,
        )
        amount = per_year(monthly) if born_ok and age_ok else ZERO
        grade = person.surgery_complication_grade
        if grade is not None:
            complication = optional(book, COMPLICATIONS[grade], on, where)
            checks.add(
                complication_code,
                None if complication is None else True,
                _COMPLICATION,
                (who, who_zh, ("grade", grade)),
                () if complication is None else (complication,),
                SPECIAL_ASSISTANCE_SCHEME,
            )
            if complication is not None:
                amount += per_year(complication.as_decimal())
        total += amount
        shares.append(make_share(role.code, role.label, amount))
    eligible = total > 0
    return make_decision(CODE, TITLE, eligible, total, on, where, checks, tuple(shares))


PROGRAMME: Final = Programme(
    code=CODE,
    title=TITLE,
    rule=rule,
    month_dates=month_after_birthday,
    proration=Message(
        zh="自女方（单亲为本人）年满规定年龄的次月起按月计发",
        en="Paid monthly from the month after the woman (a single parent: that parent) "
        "reaches the age",
    ),
    keys=(*AMOUNTS.values(), BY_AGE, *COMPLICATIONS.values(), BORN_FROM, MIN_AGE, MAX_GRADE),
    citation=SPECIAL_ASSISTANCE_SCHEME,
)
"""The registered programme."""


def assess(family: Family, *, on: date, book: PolicyBook | None = None) -> Decision:
    """Special assistance for ``family`` on ``on``: eligibility and yearly amount.

    Args:
        family: The family.
        on: The date of the decision.
        book: The policy book; ``None`` uses :func:`fpcore.params.default_book`.

    Raises:
        InvalidInputError: If ``family`` is not a Family, ``on`` not a date, ``book`` not a book.

    >>> from datetime import date
    >>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
    >>> mum = Person(sex=Sex.FEMALE, birth_date=date(1955, 1, 1), hukou=Hukou.RURAL)
    >>> girl = Child(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), disability_grade=2)
    >>> assess(Family(mother=mum, father=None, children=(girl,), jurisdiction=DINGNAN),
    ...        on=date(2014, 3, 1)).amount
    Decimal('1800.00')
    """
    return PROGRAMME.assess(family, on=on, book=book)
