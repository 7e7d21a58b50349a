"""The social maintenance fee (社会抚养费) for an out-of-policy birth (see :mod:`fpcore.births`)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Final, final

import attrs

from fpcore._validate import check_book
from fpcore.births._rulings import (
    FEE_IN_FORCE,
    BirthReason,
    BirthRuling,
    _horizon,
    _optional,
    _records,
    classify_birth,
)
from fpcore.dates import check_date
from fpcore.errors import InvalidInputError
from fpcore.explain import Check, Checks, Explained, Fact, Lang, Message, Share, format_fact
from fpcore.family import Child, Family, Hukou, Parent, Person
from fpcore.jurisdictions import Jurisdiction
from fpcore.money import FEN, Rounding, in_context, round_to, to_money
from fpcore.params import PolicyBook, Resolution

__all__ = ["FeeAssessment", "social_maintenance_fee"]

MARRIED_MULTIPLE: Final = "social_maintenance_fee.multiple.married_couple"
UNDERAGE_SHARE: Final = "social_maintenance_fee.share.underage_unmarried_first"
EXTRAMARITAL_FIRST: Final = "social_maintenance_fee.multiple.extramarital_first"
EXTRAMARITAL_SECOND: Final = "social_maintenance_fee.multiple.extramarital_second"

_TITLE: Final = Message(zh="社会抚养费", en="Social maintenance fee")
_PARENT_ZH: Final = {Parent.MOTHER: "母亲", Parent.FATHER: "父亲"}
_PARENT: Final = {role: Message(zh=_PARENT_ZH[role], en=role.value) for role in Parent}
_RULING: Final = {
    True: Message(
        zh="政策内生育（孩次 {birth_order}），不征收",
        en="Birth within policy (birth order {birth_order}): no fee",
    ),
    False: Message(
        zh="政策外生育（孩次 {birth_order}）",
        en="Birth out of policy (birth order {birth_order})",
    ),
    None: Message(
        zh="生育政策符合性无法判定（孩次 {birth_order}）",
        en="The birth-policy ruling is undetermined (birth order {birth_order})",
    ),
}
_IN_FORCE: Final = Message(
    zh="{on} 是否征收社会抚养费：{in_force}",
    en="Social maintenance fee levied on {on}: {in_force}",
)
_IN_FORCE_AT_BIRTH: Final = {
    True: Message(
        zh="出生日 {on} 社会抚养费仍在征收",
        en="The social maintenance fee was levied on {on}, the birth",
    ),
    False: Message(
        zh="出生日 {on} 社会抚养费已取消（自 {since} 起），此次生育不征收",
        en="The social maintenance fee had been abolished by {on}, the birth (since {since}): "
        "none for this birth",
    ),
}
_ASSESSED: Final = {
    True: Message(
        zh="征收决定日 {assessed_on}：社会抚养费仍可征收",
        en="On {assessed_on}, the assessment date, the fee could still be decided and collected",
    ),
    False: Message(
        zh="征收决定日 {assessed_on}：社会抚养费已于 {abolished} 取消，不得再决定或征收；出生时按当时"
        "规定计算的金额（{at_birth} 元）仅为历史数额",
        en="On {assessed_on}, the assessment date, the fee had been abolished (on {abolished}): no "
        "fee can be decided or collected; the amount the rules of the birth gave ({at_birth} "
        "yuan) is history only",
    ),
    None: Message(
        zh="未给出征收决定日：社会抚养费已于 {abolished} 取消，此后不得决定或征收；出生时按当时规定"
        "计算的金额（{at_birth} 元）仅为历史数额",
        en="No assessment date given: the fee was abolished on {abolished}, after which none can "
        "be decided or collected; the amount the rules of the birth gave ({at_birth} yuan) is "
        "history only",
    ),
}
_TRANSITIONAL: Final = Message(
    zh="过渡期生育（{on}，三孩政策已宣布、法律尚未修改）：本省处理未检索到，未经核实；社会抚养费"
    "取消后不得征收",
    en="Birth in the transitional period ({on}: three-child policy announced, law not yet "
    "amended): the province's treatment was not retrieved (unverified); after the fee's "
    "abolition none can be collected anyway",
)
_NOT_ENCODED: Final = Message(
    zh="{on} 无已编码的社会抚养费规定",
    en="No social maintenance fee rule is encoded for {on}",
)
_CATEGORY: Final = {
    "married_couple": Message(
        zh="已婚夫妻不符合再生育条件生育：每方按计征基数的 {multiple} 倍征收",
        en="A married couple's birth without a ground: {multiple} × the base for each spouse",
    ),
    "underage_unmarried_first": Message(
        zh="未达法定婚龄未婚生育第一个子女：按 {rate} 倍的 {share} 征收，即 {multiple} 倍",
        en="An under-age unmarried pair's first child: {share} of the {rate} × rate, "
        "i.e. {multiple} × the base",
    ),
    "extramarital": Message(
        zh="与配偶以外的人生育的第 {count} 个子女：按计征基数的 {multiple} 倍征收",
        en="Child number {count} with someone other than the spouse: {multiple} × the base",
    ),
}
_UNDETERMINED: Final = Message(
    zh="本情形（{reason}）的征收标准未编码，须依决定书",
    en="The fee for this case ({reason}) is not encoded; see the written decision",
)
_HUKOU_INCOME: Final = {
    Hukou.URBAN: Message(zh="城镇居民人均可支配收入", en="urban per-capita disposable income"),
    Hukou.RURAL: Message(zh="农村居民人均纯收入", en="rural per-capita net income"),
}
_BASE: Final = {
    (role, hukou): Message(
        zh=f"{_PARENT_ZH[role]}计征基数 {{base}} 元（县上年{_HUKOU_INCOME[hukou].zh} {{county}} 元，"
        f"本人实际收入 {{actual}}）× {{multiple}} = {{amount}} 元",
        en=f"The {role.value}'s base {{base}} yuan (the county's {_HUKOU_INCOME[hukou].en} of the "
        f"previous year {{county}}, actual income {{actual}}) × {{multiple}} = {{amount}} yuan",
    )
    for role in Parent
    for hukou in Hukou
}
_OUTCOME: Final = {
    True: Message(zh="应征收", en="due"),
    False: Message(zh="不征收", en="not due"),
    None: Message(zh="无法计算", en="cannot be computed"),
}


@final
@attrs.frozen(kw_only=True)
class FeeAssessment(Explained):
    """The social maintenance fee for one birth, itemised per liable spouse.

    Two questions are kept apart: what the rules in force at the birth charged for it
    (:attr:`amount_at_birth`, history), and whether a fee could be decided and collected on the
    assessment date (:attr:`due`, :attr:`amount`). The fee was abolished by the decision of
    2021-06-26, removed from the law on 2021-08-20 and its State Council measures repealed in
    September 2021: on or after 2021-06-26 ``due`` is never ``True``.

    Attributes:
        child: The child whose birth is assessed.
        on: The day the child's delivery began.
        jurisdiction: The jurisdiction whose rules were applied.
        due: ``True`` a fee could be decided and collected on :attr:`assessed_on`; ``False``
            none (within policy, no fee for births of that day, or abolished by the assessment
            date); ``None`` it cannot be said (the ruling is undetermined, the rate for the case
            is not encoded, or no assessment date was given for a birth that incurred a fee).
        amount: The collectable total in yuan: :attr:`amount_at_birth` when ``due``, ``0.00``
            when not due, ``None`` when unknown.
        breakdown: One :class:`~fpcore.explain.Share` per liable spouse, itemising
            :attr:`amount_at_birth`.
        ruling: The birth-policy ruling the assessment rests on.
        checks: One per condition, in the order checked.
        assessed_on: The assessment date given, or ``None``.
        amount_at_birth: History: what the rules in force at the birth charged for it (the
            Jiangxi 2004 measures), ``0.00`` when nothing, ``None`` when unknown. Never a claim
            that the fee can be collected.
        unverified_after: ``None`` when the assessment date (else the birth) is within the date
            through which the sources of every value read were checked; otherwise that date.
    """

    child: Child
    on: date
    jurisdiction: Jurisdiction
    due: bool | None
    amount: Decimal | None
    breakdown: tuple[Share, ...]
    ruling: BirthRuling
    checks: tuple[Check, ...]
    assessed_on: date | None = None
    amount_at_birth: Decimal | None = None
    unverified_after: date | None = None

    def headline(self, lang: Lang = "zh") -> str:
        """The first line of the explanation: the birth, where, and the amount."""
        outcome = _OUTCOME[self.due].render(lang)
        yuan = "yuan" if lang == "en" else "元"
        if self.due:
            outcome += f" {format_fact(self.amount, lang)} {yuan}"
        elif self.amount_at_birth:
            amount = format_fact(self.amount_at_birth, lang)
            outcome += (
                f" (history: the rules of the birth charged {amount} {yuan})"
                if lang == "en"
                else f"（历史数额：出生时按当时规定应征 {amount} {yuan}）"
            )
        where = self.jurisdiction.name(lang)
        title = _TITLE.render(lang)
        if lang == "en":
            return f"{title} — {where}, birth of {self.on.isoformat()}: {outcome}."
        return f"{title}——{where}，{self.on.isoformat()} 出生：{outcome}。"


def _income(value: object, field: str) -> Decimal | None:
    if value is None:
        return None
    amount = to_money(value, field=field)
    if amount < 0:
        raise InvalidInputError(field, value, "must not be negative")
    return amount


@in_context
def social_maintenance_fee(
    family: Family,
    child: Child,
    *,
    on: date | None = None,
    urban_income: Decimal | int | str | None = None,
    rural_income: Decimal | int | str | None = None,
    mother_income: Decimal | int | str | None = None,
    father_income: Decimal | int | str | None = None,
    book: PolicyBook | None = None,
) -> FeeAssessment:
    """The social maintenance fee for ``child``'s birth under the Jiangxi 2004 measures.

    The base (计征基数) of each liable spouse is the county's per-capita income of the year
    before the birth — urban disposable income for an urban spouse, rural net income for a rural
    one — or the spouse's actual income of that year if higher. The caller supplies the county
    figures (``urban_income``, ``rural_income``) and, when known, the actual incomes. Each
    spouse's fee is rounded to the fen (half up).

    Cases: a married couple's birth without a ground — 3.5 × base for each spouse; an under-age
    unmarried pair's first child — half of that; a child with someone other than the spouse —
    7 × base for the first such child, 14 × for the second, charged to that parent. Cases whose
    rate no retrieved source gives (a missing permit or spacing alone, an adult unmarried pair,
    …) come back with ``due=None``.

    The amount is history (:attr:`FeeAssessment.amount_at_birth`); whether it is ``due`` depends
    on ``on``, the assessment date. The fee was abolished by the CPC Central Committee and State
    Council decision of 2021-06-26, removed from the law on 2021-08-20 and its State Council
    measures (Decree 357) repealed on 2021-09-09: for an assessment on or after 2021-06-26 no
    fee is due, and the check cites those instruments; for a birth on or after 2021-06-26 there
    was no fee at all. Without ``on`` a fee that the birth incurred is ``due=None``.

    Args:
        family: The family; ``child`` must be one of its children.
        child: The child whose birth is assessed.
        on: The assessment date (the day a fee would be decided), not before the birth.
        urban_income: The county's urban per-capita disposable income of the year before.
        rural_income: The county's rural per-capita net income of the year before.
        mother_income: The mother's actual income of that year, if known.
        father_income: The father's actual income of that year, if known.
        book: The policy book; ``None`` uses :func:`fpcore.params.default_book`.

    Raises:
        InvalidInputError: If ``child`` is not one of the family's children, ``on`` is not a
            date or is before the birth, an income is negative or not money, or the county
            income a liable spouse needs is missing.

    >>> from datetime import date
    >>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
    >>> mum = Person(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), hukou=Hukou.RURAL)
    >>> dad = Person(sex=Sex.MALE, birth_date=date(1978, 1, 1), hukou=Hukou.RURAL)
    >>> kids = tuple(Child(sex=Sex.MALE, birth_date=date(y, 1, 1)) for y in (2005, 2010))
    >>> f = Family(mother=mum, father=dad, children=kids, jurisdiction=DINGNAN,
    ...            married_on=date(2004, 1, 1))
    >>> fee = social_maintenance_fee(f, kids[1], on=date(2010, 3, 1), rural_income="3000")
    >>> fee.due, fee.amount, [s.amount for s in fee.breakdown]
    (True, Decimal('21000.00'), [Decimal('10500.00'), Decimal('10500.00')])
    >>> later = social_maintenance_fee(f, kids[1], on=date(2022, 1, 1), rural_income="3000")
    >>> later.due, later.amount, later.amount_at_birth
    (False, Decimal('0.00'), Decimal('21000.00'))

    References:
        江西省社会抚养费征收管理办法 (2004); 社会抚养费征收管理办法 (国务院令第357号, 2002);
        中共中央 国务院关于优化生育政策促进人口长期均衡发展的决定 (2021-06-26);
        全国人大常委会关于修改人口与计划生育法的决定 (2021-08-20); 国务院关于废止部分行政法规的
        决定 (2021-09-09).
    """
    book = check_book(book)
    ruling = classify_birth(family, child, book=book)
    if on is not None:
        check_date(on, "on")
        if on < ruling.on:
            raise InvalidInputError("on", on, f"is before the birth on {ruling.on.isoformat()}")
    incomes = {
        "urban_income": _income(urban_income, "urban_income"),
        "rural_income": _income(rural_income, "rural_income"),
        Parent.MOTHER: _income(mother_income, "mother_income"),
        Parent.FATHER: _income(father_income, "father_income"),
    }
    assessment = _Assessment(family, child, ruling, book)
    charged, multiple, liable = assessment.run()
    breakdown: tuple[Share, ...] = ()
    at_birth: Decimal | None = None if charged is None else to_money(0)
    if charged and multiple is not None:
        breakdown = tuple(
            assessment.share(role, person, multiple, incomes) for role, person in liable
        )
        at_birth = sum((s.amount for s in breakdown), start=to_money(0))
    due = assessment.collectable(charged, at_birth, on)
    amount = at_birth if due else (None if due is None else to_money(0))
    checks = assessment.checks.build()
    return FeeAssessment(
        child=child,
        on=ruling.on,
        jurisdiction=family.jurisdiction,
        due=due,
        amount=amount,
        breakdown=breakdown,
        ruling=ruling,
        checks=checks,
        assessed_on=on,
        amount_at_birth=at_birth,
        unverified_after=_fee_horizon(ruling, checks, on),
    )


def _fee_horizon(ruling: BirthRuling, checks: tuple[Check, ...], on: date | None) -> date | None:
    """The earliest horizon passed: values of the birth on the birth, the abolition on ``on``."""
    assessed = tuple(c for c in checks if c.code == "social_maintenance_fee.assessed_on")
    at_birth = tuple(c for c in checks if c not in assessed)
    found = (
        ruling.unverified_after,
        _horizon(ruling.on, at_birth),
        _horizon(ruling.on if on is None else on, assessed),
    )
    return min((h for h in found if h is not None), default=None)


class _Assessment:
    """The computation behind :func:`social_maintenance_fee` (not part of the API)."""

    __slots__ = ("book", "checks", "child", "family", "on", "ruling")

    def __init__(self, family: Family, child: Child, ruling: BirthRuling, book: PolicyBook):
        self.family = family
        self.child = child
        self.ruling = ruling
        self.book = book
        self.on = ruling.on
        self.checks = Checks()

    def add(
        self,
        code: str,
        passed: bool | None,
        message: Message,
        facts: tuple[tuple[str, Fact], ...] = (),
        provenance: tuple[Resolution, ...] = (),
    ) -> None:
        self.checks.add(code, passed, message, facts, provenance)

    def resolve(self, key: str, on: date | None = None) -> Resolution | None:
        return _optional(self.book, key, self.on if on is None else on, self.family.jurisdiction)

    def run(self) -> tuple[bool | None, Decimal | None, tuple[tuple[Parent, Person], ...]]:
        """Whether the rules of the birth charged a fee, the multiple, and who owed it."""
        ruling = self.ruling
        cited = [c for check in ruling.checks for c in check.citations]
        self.checks.add(
            "social_maintenance_fee.ruling",
            ruling.out_of_policy if ruling.within_policy is not None else None,
            _RULING[ruling.within_policy],
            (("birth_order", ruling.birth_order),),
            citation=cited[0] if cited else None,
        )
        if ruling.transitional:
            self.add("social_maintenance_fee.transitional", None, _TRANSITIONAL, (("on", self.on),))
        if ruling.within_policy is not False:
            return (False if ruling.within_policy else None), None, ()
        in_force = self.resolve(FEE_IN_FORCE)
        if in_force is None:
            self.add("social_maintenance_fee.in_force", None, _NOT_ENCODED, (("on", self.on),))
            return None, None, ()
        self.add(
            "social_maintenance_fee.in_force",
            in_force.as_bool(),
            _IN_FORCE_AT_BIRTH[in_force.as_bool()],
            (("on", self.on), ("since", in_force.valid_from)),
            (in_force,),
        )
        if not in_force.as_bool():
            return False, None, ()
        if ruling.computed is not False:
            # out of policy by the ruling on file only: the rules do not say which case it is
            return self._undetermined("ruling_on_file")
        return self._category()

    def _abolition(self, until: date | None) -> tuple[Resolution, ...]:
        """The values that ended the fee for the jurisdiction, from the first up to ``until``.

        A closing record counts from its start only where the fee is then not in force for the
        jurisdiction (a more specific level may still levy it).
        """
        where = self.family.jurisdiction
        starts = sorted(
            record.start
            for level in where.chain
            for record in _records(self.book, FEE_IN_FORCE, level)
            if record.value is False and record.start > self.on
        )
        found = (
            self.resolve(FEE_IN_FORCE, start) for start in starts if until is None or start <= until
        )
        return tuple(r for r in found if r is not None and not r.as_bool())

    def collectable(
        self, charged: bool | None, at_birth: Decimal | None, assessed_on: date | None
    ) -> bool | None:
        """Whether the fee the birth incurred could be decided and collected on ``assessed_on``."""
        if not charged:
            return charged
        abolition = self._abolition(None)
        abolished = abolition[0].valid_from if abolition else None
        facts: tuple[tuple[str, Fact], ...] = (
            ("assessed_on", assessed_on),
            ("abolished", abolished),
            ("at_birth", at_birth),
        )
        if assessed_on is None:
            self.add("social_maintenance_fee.assessed_on", None, _ASSESSED[None], facts, abolition)
            return None
        now = self.resolve(FEE_IN_FORCE, assessed_on)
        if now is not None and now.as_bool():
            self.add("social_maintenance_fee.assessed_on", True, _ASSESSED[True], facts, (now,))
            return True
        self.add(
            "social_maintenance_fee.assessed_on",
            False,
            _ASSESSED[False],
            facts,
            self._abolition(assessed_on),
        )
        return False

    def _undetermined(self, reason: str) -> tuple[None, None, tuple[()]]:
        self.add("social_maintenance_fee.rate", None, _UNDETERMINED, (("reason", reason),))
        return None, None, ()

    def _category(self) -> tuple[bool | None, Decimal | None, tuple[tuple[Parent, Person], ...]]:
        family = self.family
        present = tuple(
            (role, person)
            for role, person in ((Parent.MOTHER, family.mother), (Parent.FATHER, family.father))
            if person is not None
        )
        reason = self.ruling.reason
        if reason is BirthReason.EXTRAMARITAL:
            return self._extramarital(present)
        if reason in (BirthReason.UNMARRIED, BirthReason.UNDERAGE_UNMARRIED):
            if reason is BirthReason.UNDERAGE_UNMARRIED and self.ruling.birth_order == 1:
                rate, share = self.resolve(MARRIED_MULTIPLE), self.resolve(UNDERAGE_SHARE)
                if rate is None or share is None:
                    return self._undetermined("underage_unmarried_first")
                multiple = rate.as_decimal() * share.as_decimal()
                self.add(
                    "social_maintenance_fee.rate",
                    True,
                    _CATEGORY["underage_unmarried_first"],
                    (
                        ("rate", rate.as_decimal()),
                        ("share", share.as_decimal()),
                        ("multiple", multiple),
                    ),
                    (rate, share),
                )
                return True, multiple, present
            return self._undetermined("unmarried")
        if reason is BirthReason.PERMIT_OR_SPACING:
            return self._undetermined("permit_or_spacing")
        rate = self.resolve(MARRIED_MULTIPLE)
        if rate is None:
            return self._undetermined("married_couple")
        self.add(
            "social_maintenance_fee.rate",
            True,
            _CATEGORY["married_couple"],
            (("multiple", rate.as_decimal()),),
            (rate,),
        )
        return True, rate.as_decimal(), present

    def _extramarital(
        self, present: tuple[tuple[Parent, Person], ...]
    ) -> tuple[bool | None, Decimal | None, tuple[tuple[Parent, Person], ...]]:
        family = self.family
        (role,) = self.child.parents
        married_on = family.married_on or date.min  # an extramarital ruling implies a marriage
        deliveries = [
            d
            for d in family.deliveries(on=self.on)
            if d[0].parents == self.child.parents and d[0].birth_date >= married_on
        ]
        count = len(deliveries)
        key = {1: EXTRAMARITAL_FIRST, 2: EXTRAMARITAL_SECOND}.get(count)
        rate = None if key is None else self.resolve(key)
        if rate is None:
            return self._undetermined("extramarital")
        self.add(
            "social_maintenance_fee.rate",
            True,
            _CATEGORY["extramarital"],
            (("count", count), ("multiple", rate.as_decimal())),
            (rate,),
        )
        return True, rate.as_decimal(), tuple(p for p in present if p[0] is role)

    def share(
        self,
        role: Parent,
        person: Person,
        multiple: Decimal,
        incomes: dict[object, Decimal | None],
    ) -> Share:
        field = "urban_income" if person.hukou is Hukou.URBAN else "rural_income"
        county = incomes[field]
        if county is None:
            raise InvalidInputError(
                field,
                None,
                f"is needed: the {role.value}, whose hukou is {person.hukou.value}, owes the fee",
            )
        actual = incomes[role]
        base = county if actual is None or actual < county else actual
        amount = round_to(multiple * base, FEN, Rounding.HALF_UP)
        self.add(
            f"social_maintenance_fee.base.{role.value}",
            True,
            _BASE[role, person.hukou],
            (
                ("base", base),
                ("county", county),
                ("actual", actual),
                ("multiple", multiple),
                ("amount", amount),
            ),
        )
        return Share(beneficiary=role.value, label=_PARENT[role], amount=amount)
