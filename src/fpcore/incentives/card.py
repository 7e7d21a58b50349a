"""The one card (一卡通): every family-planning reward and preference a family holds.

Dingnan's report describes one card through which the education, health, land, business
registration (工商), poverty-alleviation (扶贫) and fruit-industry (果业) departments deliver
family-planning rewards and preferences, with public notice boards and a published procedure.
:func:`~fpcore.incentives.one_card` lists, for one family on one date, the cash programmes of
:mod:`fpcore.incentives` and the departmental preferences of :data:`~fpcore.incentives.card.CATALOGUE`, each as a
:class:`~fpcore.explain.Decision` (preferences in kind have an amount of 0.00).

The catalogue's entries are mostly **illustrative**: the county's departmental documents were
not retrieved. Two rest on the Jiangxi regulation (free basic family-planning services for a
married couple with a birth service certificate; priority in homestead allocation for farmers
who married late). An entry's citation says which.

>>> from datetime import date
>>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
>>> mum = Person(sex=Sex.FEMALE, birth_date=date(1978, 1, 1), hukou=Hukou.RURAL)
>>> dad = Person(sex=Sex.MALE, birth_date=date(1976, 1, 1), hukou=Hukou.RURAL)
>>> kid = Child(sex=Sex.FEMALE, birth_date=date(2005, 1, 1))
>>> family = Family(mother=mum, father=dad, children=(kid,), jurisdiction=DINGNAN,
...                 married_on=date(2003, 1, 1), one_child_certificate_on=date(2005, 6, 1))
>>> card = one_card(family, on=date(2009, 6, 30))
>>> [d.subject for d in card.held]  # doctest: +NORMALIZE_WHITESPACE
['one_child_parent_reward', 'family_planning_insurance', 'health.free_services',
 'land.homestead_priority', 'education.exam_bonus', 'business.registration_relief', 'poverty.priority',
 'fruit.priority']
>>> card.cash_total
Decimal('270.00')

References:
    定南县创建国家级计划生育优质服务先进单位经验介绍 (Dingnan County Government, c. 2010): the
    one card and its departments. 定南县人民政府关于建立和完善计划生育利益导向机制的意见 (named,
    contents not retrieved). 江西省人口与计划生育条例 (2009 revision), Arts. 8 and 47–48.
"""

from __future__ import annotations

import enum
import html
from datetime import date
from decimal import Decimal
from typing import Final, final

import attrs

from fpcore.explain import Check, Decision, Lang, Message, checks_html, render_checks
from fpcore.family import Family
from fpcore.incentives._base import optional, validate
from fpcore.incentives._registry import PROGRAMMES
from fpcore.jurisdictions import Jurisdiction
from fpcore.money import ZERO, in_context
from fpcore.params import Citation, PolicyBook
from fpcore.params.sources import (
    DINGNAN_INCENTIVE_OPINION,
    JIANGXI_REGULATION_2009,
)

__all__ = ["CATALOGUE", "Benefit", "Department", "Holder", "OneCard", "one_card"]


class Department(enum.Enum):
    """The department that delivers a benefit on the card."""

    FAMILY_PLANNING = "family_planning"
    EDUCATION = "education"
    HEALTH = "health"
    LAND = "land"
    BUSINESS_REGISTRATION = "business_registration"
    POVERTY_ALLEVIATION = "poverty_alleviation"
    FRUIT_INDUSTRY = "fruit_industry"


class Holder(enum.Enum):
    """Who holds a departmental benefit: each member names one eligibility rule."""

    MARRIED_COUPLE = "married_couple"
    """A couple with a registered marriage (free basic services with the birth service certificate)."""
    RURAL_LATE_MARRIAGE = "rural_late_marriage"
    """A rural couple who married late (man ≥ 25, woman ≥ 23 at marriage, from the book)."""
    RURAL_ONE_CHILD_OR_TWO_DAUGHTERS = "rural_one_child_or_two_daughters"
    """A rural household holding the one-child certificate, or a two-daughter household."""


_IN_KIND: Final = Message(zh="（非现金优惠）", en="(preference in kind)")


@final
@attrs.frozen(kw_only=True)
class Benefit:
    """A departmental preference delivered through the one card.

    Attributes:
        code: Stable code, e.g. ``"education.exam_bonus"``.
        department: The delivering department.
        title: What the benefit is, in both languages.
        holder: Who holds it (the eligibility rule).
        rule: The condition as a sentence, in both languages.
        citation: The source (illustrative where none was retrieved).
    """

    code: str
    department: Department
    title: Message
    holder: Holder
    rule: Message
    citation: Citation


_RURAL_HOUSEHOLD: Final = Message(
    zh="农业户口的独生子女户（持证）或二女户（农业户口：{rural}；持证：{certified}；二女户：{two_girls}）",
    en="A rural one-child household with the certificate, or a rural two-daughter household "
    "(rural: {rural}; certified: {certified}; two daughters: {two_girls})",
)

CATALOGUE: Final[tuple[Benefit, ...]] = (
    Benefit(
        code="health.free_services",
        department=Department.HEALTH,
        title=Message(
            zh="免费享受计划生育基本技术服务",
            en="Free basic family-planning technical services",
        ),
        holder=Holder.MARRIED_COUPLE,
        rule=Message(
            zh="已登记结婚的夫妻（结婚：{married_on}）",
            en="A married couple (married {married_on})",
        ),
        citation=JIANGXI_REGULATION_2009,
    ),
    Benefit(
        code="land.homestead_priority",
        department=Department.LAND,
        title=Message(zh="宅基地安排优先", en="Priority in homestead allocation"),
        holder=Holder.RURAL_LATE_MARRIAGE,
        rule=Message(
            zh="农村晚婚夫妻（结婚时男{man}周岁、女{woman}周岁；晚婚年龄男{male_limit}、女{female_limit}）",
            en="A rural couple who married late (at marriage man {man}, woman {woman}; late "
            "marriage from man {male_limit}, woman {female_limit})",
        ),
        citation=JIANGXI_REGULATION_2009,
    ),
    Benefit(
        code="education.exam_bonus",
        department=Department.EDUCATION,
        title=Message(
            zh="子女中考加分",
            en="Bonus points in the senior-school entrance exam for the children",
        ),
        holder=Holder.RURAL_ONE_CHILD_OR_TWO_DAUGHTERS,
        rule=_RURAL_HOUSEHOLD,
        citation=DINGNAN_INCENTIVE_OPINION,
    ),
    Benefit(
        code="business.registration_relief",
        department=Department.BUSINESS_REGISTRATION,
        title=Message(
            zh="个体工商户登记优先并减免登记费",
            en="Priority and fee relief in registering a small business",
        ),
        holder=Holder.RURAL_ONE_CHILD_OR_TWO_DAUGHTERS,
        rule=_RURAL_HOUSEHOLD,
        citation=DINGNAN_INCENTIVE_OPINION,
    ),
    Benefit(
        code="poverty.priority",
        department=Department.POVERTY_ALLEVIATION,
        title=Message(
            zh="扶贫项目与贴息贷款优先",
            en="Priority in poverty-alleviation projects and subsidised loans",
        ),
        holder=Holder.RURAL_ONE_CHILD_OR_TWO_DAUGHTERS,
        rule=_RURAL_HOUSEHOLD,
        citation=DINGNAN_INCENTIVE_OPINION,
    ),
    Benefit(
        code="fruit.priority",
        department=Department.FRUIT_INDUSTRY,
        title=Message(
            zh="果业（脐橙）种苗与技术培训优先",
            en="Priority for fruit-industry (navel orange) seedlings and technical training",
        ),
        holder=Holder.RURAL_ONE_CHILD_OR_TWO_DAUGHTERS,
        rule=_RURAL_HOUSEHOLD,
        citation=DINGNAN_INCENTIVE_OPINION,
    ),
)
"""The departmental preferences on the card (illustrative where their citation says so)."""

_LATE_MALE: Final = "leave.late_marriage.min_age_male"
_LATE_FEMALE: Final = "leave.late_marriage.min_age_female"


def _holds(benefit: Benefit, family: Family, on: date, book: PolicyBook) -> Check:
    holder = benefit.holder
    code = f"{benefit.code}.holder"
    if holder is Holder.MARRIED_COUPLE:
        married = family.is_couple and family.is_married(on=on)
        return Check(
            code=code,
            passed=married,
            message=benefit.rule,
            facts=(("married_on", family.married_on),),
            citation=benefit.citation,
        )
    if holder is Holder.RURAL_LATE_MARRIAGE:
        mother, father, married_on = family.mother, family.father, family.married_on
        where = family.jurisdiction
        male = optional(book, _LATE_MALE, on, where)
        female = optional(book, _LATE_FEMALE, on, where)
        if (
            mother is None
            or father is None
            or married_on is None
            or married_on > on
            or male is None
            or female is None
        ):
            return Check(
                code=code,
                passed=None if male is None or female is None else False,
                message=benefit.rule,
                facts=(
                    ("man", None),
                    ("woman", None),
                    ("male_limit", None),
                    ("female_limit", None),
                ),
                citation=benefit.citation,
            )
        man, woman = father.age(on=married_on), mother.age(on=married_on)
        return Check(
            code=code,
            passed=family.is_rural and man >= male.as_int() and woman >= female.as_int(),
            message=benefit.rule,
            facts=(
                ("man", man),
                ("woman", woman),
                ("male_limit", male.as_int()),
                ("female_limit", female.as_int()),
            ),
            provenance=(male, female),
            citation=benefit.citation,
        )
    issued = family.one_child_certificate_on
    certified = issued is not None and issued <= on and family.has_only_child(on=on)
    two_girls = family.is_two_daughter_household(on=on)
    return Check(
        code=code,
        passed=family.is_rural and (certified or two_girls),
        message=benefit.rule,
        facts=(("rural", family.is_rural), ("certified", certified), ("two_girls", two_girls)),
        citation=benefit.citation,
    )


def _preference(benefit: Benefit, family: Family, on: date, book: PolicyBook) -> Decision:
    check = _holds(benefit, family, on, book)
    return Decision(
        subject=benefit.code,
        title=benefit.title,
        eligible=check.passed is True,
        amount=ZERO,
        on=on,
        jurisdiction=family.jurisdiction,
        checks=(check,),
        unit=_IN_KIND,
    )


_TITLE: Final = Message(zh="计划生育奖励优惠政策一卡通", en="One card of family-planning benefits")


@in_context
def _cash_total(held: tuple[Decision, ...]) -> Decimal:
    return sum((d.amount for d in held if d.amount is not None), ZERO)


@final
@attrs.frozen(kw_only=True)
class OneCard:
    """What one family holds on the one card on one date.

    Attributes:
        on: The date.
        jurisdiction: The family's jurisdiction.
        decisions: One decision per cash programme (registry order), then one per catalogue
            entry, eligible or not.
    """

    on: date
    jurisdiction: Jurisdiction
    decisions: tuple[Decision, ...]

    @property
    def held(self) -> tuple[Decision, ...]:
        """The benefits the family holds (the eligible decisions)."""
        return tuple(d for d in self.decisions if d.eligible)

    @property
    def undetermined(self) -> tuple[Decision, ...]:
        """The benefits that could not be decided (a condition's input is missing).

        They are neither held nor refused, and add nothing to :attr:`cash_total`.
        """
        return tuple(d for d in self.decisions if d.eligible is None)

    @property
    def cash_total(self) -> Decimal:
        """The yearly cash amount of the benefits held, in yuan."""
        return _cash_total(self.held)

    @property
    def is_illustrative(self) -> bool:
        """Whether any benefit held rests on a value or entry no source gives."""
        return any(d.is_illustrative for d in self.held)

    def explain(self, lang: Lang = "zh") -> str:
        """A headline, then each benefit held, and each undetermined, with its conditions."""
        title = _TITLE.render(lang)
        where = self.jurisdiction.name(lang)
        total = f"{self.cash_total:,}"
        undetermined = len(self.undetermined)
        if lang == "en":
            more = f", {undetermined} undetermined" if undetermined else ""
            head = (
                f"{title} — {where}, {self.on.isoformat()}: {len(self.held)} held{more}, "
                f"{total} yuan a year in cash."
            )
        else:
            more = f"，{undetermined}项无法确定" if undetermined else ""
            head = (
                f"{title}——{where}，{self.on.isoformat()}：享受{len(self.held)}项{more}，"
                f"现金 {total} 元/年。"
            )
        lines = [head]
        for shown in (*self.held, *self.undetermined):
            lines.append("  " + shown.headline(lang))
            lines.extend("  " + line for line in render_checks(shown.checks, lang))
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        """A small HTML summary for notebooks (escaped; no IPython import)."""
        parts = [f"<p><strong>{html.escape(self.explain('en').splitlines()[0])}</strong></p>"]
        parts.extend(
            f"<p>{html.escape(d.headline('en'))}</p>{checks_html(d.checks)}" for d in self.held
        )
        return '<div class="fpcore-card">' + "".join(parts) + "</div>"


def one_card(family: Family, *, on: date, book: PolicyBook | None = None) -> OneCard:
    """Every benefit of the one card for ``family`` on ``on``.

    Args:
        family: The family.
        on: The date.
        book: The policy book; ``None`` uses :func:`fpcore.params.default_book`.

    Raises:
        InvalidInputError: If ``family`` is not a Family, ``on`` not a date, ``book`` not a book.

    >>> from datetime import date
    >>> from fpcore import DINGNAN, Family, Hukou, Person, Sex
    >>> mum = Person(sex=Sex.FEMALE, birth_date=date(1990, 1, 1), hukou=Hukou.URBAN)
    >>> one_card(Family(mother=mum, father=None, children=(), jurisdiction=DINGNAN),
    ...          on=date(2010, 1, 1)).held
    ()
    """
    family, on, book = validate(family, on, book)
    decisions = [p.rule(family, on, on, book) for p in PROGRAMMES]
    decisions.extend(_preference(b, family, on, book) for b in CATALOGUE)
    return OneCard(on=on, jurisdiction=family.jurisdiction, decisions=tuple(decisions))
