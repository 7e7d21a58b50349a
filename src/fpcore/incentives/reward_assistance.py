"""Rural reward-and-assistance for family-planning families (农村部分计划生育家庭奖励扶助, 奖扶).

Conditions (national rule), for the couple:

* both spouses hold a rural hukou — or, in Jiangxi from 2009-05-01, the couple are urban
  one-child parents (the 2009 revision extended the reward to them; Jiangxi-level parameters
  ``reward_assistance.urban.*``, partly illustrative);
* no out-of-policy birth between 1973-01-01 and 2001-12-31 — the ruling on file wins, else
  :func:`fpcore.births.classify_birth`; a birth with no ruling either way leaves the check
  undetermined (``passed=None``) and the family not eligible until one is recorded;
* currently one living child, or two living children who are both girls, or children born and
  none surviving (urban one-child parents: one living child, or none surviving);
* from 2016-01-01, every child was born in the one-child era (on or before 2015-12-31): the
  2015 amendment of the law (Art. 27 para 5; Art. 31 para 4 of the 2021 text) keeps the
  elderly reward for those entitled to it during that era, which a county implementation reads
  as "the youngest child was born by 2015-12-31".

For each spouse separately: born on or after 1933-01-01 and of full age 60 or more (urban
parents in Jiangxi: the ages of ``reward_assistance.urban.min_age_male`` / ``_female``). Each
qualifying spouse receives the yearly amount in force (600 yuan from 2004, 720 from 2009, 960
from 2012; Jiangxi's own rate where its table has one). Months are paid from the month after
the one in which the spouse reaches the age.

>>> from datetime import date
>>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
>>> he = Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=Hukou.RURAL)
>>> she = Person(sex=Sex.FEMALE, birth_date=date(1950, 5, 2), hukou=Hukou.RURAL)
>>> girl = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
>>> family = Family(father=he, mother=she, children=(girl,), jurisdiction=DINGNAN)
>>> [str(assess(family, on=date(y, 6, 30)).amount) for y in (2008, 2010)]
['600.00', '1440.00']

References:
    国务院办公厅转发人口计生委、财政部关于开展对农村部分计划生育家庭实行奖励扶助制度试点工作
    意见的通知 (国办发〔2004〕21号): conditions and the 600 yuan/person/year floor.
    State Council decision reported 2008-10-21 (China.org.cn): 720 yuan from 2009.
    财教〔2011〕623号 (2011-12-14): 960 yuan (80 a month) from 2012-01-01.
    江西省人口与计划生育条例 (2009 revision, 公告第24号): extension to urban one-child parents.
    赣卫家庭发〔2017〕4号 and a Jiangxi county's subsidy list [secondary]: 100 yuan a month.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Final, NamedTuple

from fpcore.births import classify_birth
from fpcore.dates import completed_years
from fpcore.explain import YUAN_PER_YEAR as YUAN
from fpcore.explain import Checks, Decision, Message, Share, all_of, make_decision
from fpcore.family import Child, Family, Sex
from fpcore.incentives._base import (
    ROLES,
    Programme,
    Role,
    month_after_birthday,
    not_in_force,
    optional,
    parents,
    payable,
    role_codes,
)
from fpcore.jurisdictions import Jurisdiction
from fpcore.params import PolicyBook, Resolution
from fpcore.params.sources import GUOBAN_2004_21, JIANGXI_REGULATION_2009

__all__ = ["CODE", "PROGRAMME", "assess"]

CODE: Final = "reward_assistance"
"""The programme code."""

AMOUNT: Final = "reward_assistance.amount"
MIN_AGE: Final = "reward_assistance.min_age"
BORN_FROM: Final = "reward_assistance.born_from"
COMPLIANCE_FROM: Final = "reward_assistance.compliance_from"
COMPLIANCE_UNTIL: Final = "reward_assistance.compliance_until"
ERA_UNTIL: Final = "reward_assistance.era_births_until"
URBAN: Final = "reward_assistance.urban.in_force"
URBAN_AMOUNT: Final = "reward_assistance.urban.amount"
URBAN_AGE: Final = {
    Sex.MALE: "reward_assistance.urban.min_age_male",
    Sex.FEMALE: "reward_assistance.urban.min_age_female",
}

TITLE: Final = Message(zh="农村部分计划生育家庭奖励扶助", en="Rural reward-and-assistance")

_RURAL: Final = Message(zh="夫妻双方均为农业户口", en="Both spouses hold a rural hukou")
_URBAN: Final = Message(
    zh="城镇独生子女父母（江西省扩大范围）",
    en="Urban one-child parents (Jiangxi's extension of the scheme)",
)
_NOT_RURAL: Final = Message(
    zh="夫妻双方须均为农业户口（城镇户口不在范围内）",
    en="Both spouses must hold a rural hukou (urban parents are not covered here)",
)
_COMPLIANCE: Final = Message(
    zh="{from}至{until}期间无违反政策生育（{births}次生育，政策外{out}，待认定{unknown}）",
    en="No out-of-policy birth from {from} to {until} ({births|birth|births}, {out} out of "
    "policy, {unknown} undetermined)",
)
_MISSING: Final = Message(
    zh="{from}至{until}期间的生育缺少政策符合性认定：{missing}（请记录认定结果）",
    en="Births from {from} to {until} lack a within-policy ruling: {missing} (record a ruling)",
)
_CHILDREN: Final = Message(
    zh="现存一个子女、两个女孩或子女死亡现无子女（现存{living}个，其中女孩{girls}个；曾生育{had}个）",
    en="Currently one living child, two living girls, or children born and none surviving "
    "({living} living, {girls|girl|girls}; {had} ever)",
)
_URBAN_CHILDREN: Final = Message(
    zh="现存一个子女或子女死亡现无子女（现存{living}个；曾生育{had}个）",
    en="Currently one living child, or children born and none surviving ({living} living; "
    "{had} ever)",
)
_ERA: Final = Message(
    zh="子女均出生于提倡一对夫妻生育一个子女期间（至{until}；此后出生{later}个）",
    en="Every child was born in the one-child era, which ended on {until} ({later} born since)",
)
_BORN_FROM: Final = Message(
    zh="{who_zh}出生于{limit}或以后（{birth}）",
    en="The {who} was born on or after {limit} ({birth})",
)
_AGE: Final = Message(
    zh="{who_zh}年满{limit}周岁（{age}周岁）", en="The {who} is aged {limit} or over ({age})"
)
_DEAD: Final = Message(zh="{who_zh}已去世（{death}）", en="The {who} has died ({death})")

_HUKOU_CODE: Final = f"{CODE}.hukou"
_CHILDREN_CODE: Final = f"{CODE}.children"
_COMPLIANCE_CODE: Final = f"{CODE}.no_out_of_policy_birth"
_ERA_CODE: Final = f"{CODE}.one_child_era"
_BORN_FROM_CODE: Final = role_codes(f"{CODE}.born_from")
_AGE_CODE: Final = role_codes(f"{CODE}.age")
_ALIVE_CODE: Final = role_codes(f"{CODE}.alive")


class _Params(NamedTuple):
    """What the rule reads from the book for one jurisdiction and date (see ``_params``)."""

    amount: Resolution
    start: Resolution
    until: Resolution
    born_from: Resolution
    min_age: Resolution
    first: date
    last: date
    born_limit: date
    years: int
    yearly: Decimal
    era: Resolution | None
    urban: Resolution | None
    urban_amount: Resolution | None
    urban_age: dict[Sex, Resolution]
    paid: dict[Role, Share]
    """Each role's share at the rural rate (shares are values: one serves every family)."""


def _params(book: PolicyBook, where: Jurisdiction, on: date) -> _Params | None:
    """The parameters in force on ``on``; ``None`` when the programme is not in force."""
    amount = optional(book, AMOUNT, on, where)
    if amount is None:
        return None
    start, until, born_from, min_age = (
        book.resolve(key, on=on, jurisdiction=where)
        for key in (COMPLIANCE_FROM, COMPLIANCE_UNTIL, BORN_FROM, MIN_AGE)
    )
    urban = optional(book, URBAN, on, where)
    extended = urban is not None and urban.as_bool()
    return _Params(
        amount=amount,
        start=start,
        until=until,
        born_from=born_from,
        min_age=min_age,
        first=start.as_date(),
        last=until.as_date(),
        born_limit=born_from.as_date(),
        years=min_age.as_int(),
        yearly=amount.as_decimal(),
        era=optional(book, ERA_UNTIL, on, where),
        urban=urban,
        urban_amount=book.resolve(URBAN_AMOUNT, on=on, jurisdiction=where) if extended else None,
        urban_age={
            sex: book.resolve(key, on=on, jurisdiction=where) for sex, key in URBAN_AGE.items()
        }
        if extended
        else {},
        paid={role: role.share(amount.as_decimal()) for role in ROLES},
    )


def _compliance(family: Family, p: _Params, book: PolicyBook, checks: Checks) -> bool | None:
    first, last = p.first, p.last
    births = [c for c in family.children if not c.adopted and first <= c.birth_date <= last]
    out = unknown = 0
    missing: list[Child] = []
    for child in births:
        ruling = child.within_policy
        if ruling is None:
            ruling = classify_birth(family, child, book=book).within_policy
        if ruling is False:
            out += 1
        elif ruling is None:
            unknown += 1
            missing.append(child)
    facts = (("from", first), ("until", last), ("births", len(births)), ("out", out))
    if unknown and not out:
        listed = ", ".join(sorted(c.birth_date.isoformat() for c in missing))
        return checks.add(
            _COMPLIANCE_CODE,
            None,
            _MISSING,
            (*facts, ("unknown", unknown), ("missing", listed)),
            (p.start, p.until),
        )
    return checks.add(
        _COMPLIANCE_CODE, not out, _COMPLIANCE, (*facts, ("unknown", unknown)), (p.start, p.until)
    )


def _children(family: Family, on: date, urban: bool, checks: Checks) -> bool | None:
    # plain loops: counts do not depend on order, so the children are not sorted here
    had = 0
    living = girls = 0
    for child in family.children:
        if child.birth_date <= on:
            had += 1
            if child.death_date is None or on < child.death_date:
                living += 1
                girls += child.sex is Sex.FEMALE
    none_surviving = living == 0 and had > 0
    if urban:
        return checks.add(
            _CHILDREN_CODE,
            living == 1 or none_surviving,
            _URBAN_CHILDREN,
            (("living", living), ("had", had)),
            citation=JIANGXI_REGULATION_2009,
        )
    return checks.add(
        _CHILDREN_CODE,
        living == 1 or (living == 2 and girls == 2) or none_surviving,
        _CHILDREN,
        (("living", living), ("girls", girls), ("had", had)),
        citation=GUOBAN_2004_21,
    )


def rule(family: Family, on: date, age_on: date, book: PolicyBook) -> Decision:
    """The reward-and-assistance rule (see the module docstring); ``age_on`` tests ages."""
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
            citation=GUOBAN_2004_21,
        )
    checks = Checks()
    # the hukou: a rural couple, or (Jiangxi) urban one-child parents
    amount, yearly = p.amount, p.yearly
    urban = False  # whether Jiangxi's extension to urban one-child parents applies
    if family.is_rural:
        hukou = checks.add(_HUKOU_CODE, True, _RURAL, (), (), GUOBAN_2004_21)
    else:
        # no value in force for urban parents: resolving raises NoValueForDateError
        extension = p.urban or book.resolve(URBAN, on=on, jurisdiction=where)
        if p.urban_amount is None:
            hukou = checks.add(_HUKOU_CODE, False, _NOT_RURAL, provenance=(extension,))
        else:
            hukou = checks.add(_HUKOU_CODE, True, _URBAN, provenance=(extension,))
            amount = p.urban_amount
            yearly = amount.as_decimal()
            urban = True
    # every condition gets its check, even after a failure
    compliant = _compliance(family, p, book, checks)
    children = _children(family, on, urban, checks)
    in_era: bool | None = True
    if p.era is not None:
        until = p.era.as_date()
        later = sum(1 for child in family.children if until < child.birth_date <= on)
        in_era = checks.add(
            _ERA_CODE, later == 0, _ERA, (("until", until), ("later", later)), (p.era,)
        )
    # each spouse: alive, born from the cohort limit, of the age
    people: list[tuple[Role, bool]] = []
    anyone = False
    for role, person in parents(family):
        if person.death_date is not None and person.death_date <= on:
            checks.add(_ALIVE_CODE[role], False, _DEAD, (*role.who, ("death", person.death_date)))
            people.append((role, False))
            continue
        limit = p.urban_age[role.sex] if urban else p.min_age
        years = limit.as_int() if urban else p.years
        birth = person.birth_date
        born_ok = birth >= p.born_limit
        checks.add(
            _BORN_FROM_CODE[role],
            born_ok,
            _BORN_FROM,
            (*role.who, ("limit", p.born_limit), ("birth", birth)),
            (p.born_from,),
        )
        age = completed_years(birth, age_on if age_on > birth else birth)
        age_ok = age >= years
        checks.add(
            _AGE_CODE[role], age_ok, _AGE, (*role.who, ("limit", years), ("age", age)), (limit,)
        )
        ok = born_ok and age_ok
        anyone = anyone or ok
        people.append((role, ok))
    eligible = all_of(hukou, compliant, children, in_era, yearly > 0, anyone)
    if urban:
        shares = [role.share(yearly) if ok else role.unpaid for role, ok in people]
    else:
        shares = [p.paid[role] if ok else role.unpaid for role, ok in people]
    total, breakdown = payable(eligible, shares)
    return make_decision(
        CODE, TITLE, eligible, total, on, where, checks, breakdown, YUAN, (amount,)
    )


PROGRAMME: Final = Programme(
    code=CODE,
    title=TITLE,
    rule=rule,
    month_dates=month_after_birthday,
    proration=Message(
        zh="自年满规定年龄的次月起按月计发（年标准÷12）",
        en="Paid from the month after the one in which the age is reached (yearly amount ÷ 12)",
    ),
    keys=(
        AMOUNT,
        MIN_AGE,
        BORN_FROM,
        COMPLIANCE_FROM,
        COMPLIANCE_UNTIL,
        ERA_UNTIL,
        URBAN,
        URBAN_AMOUNT,
        *URBAN_AGE.values(),
    ),
    citation=GUOBAN_2004_21,
)
"""The registered programme."""


def assess(family: Family, *, on: date, book: PolicyBook | None = None) -> Decision:
    """Reward-and-assistance for ``family`` on ``on``: eligibility and yearly amount.

    Args:
        family: The family.
        on: The date of the decision.
        book: The policy book; ``None`` uses :func:`fpcore.params.default_book`.

    Raises:
        InvalidInputError: If ``family`` is not a Family, ``on`` not a date, ``book`` not a book.

    >>> from datetime import date
    >>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
    >>> he = Person(sex=Sex.MALE, birth_date=date(1940, 1, 1), hukou=Hukou.RURAL)
    >>> kids = (Child(sex=Sex.MALE, birth_date=date(1970, 1, 1)),
    ...         Child(sex=Sex.FEMALE, birth_date=date(1972, 1, 1)))
    >>> assess(Family(father=he, mother=None, children=kids, jurisdiction=DINGNAN),
    ...        on=date(2010, 1, 1)).eligible
    False
    """
    return PROGRAMME.assess(family, on=on, book=book)
