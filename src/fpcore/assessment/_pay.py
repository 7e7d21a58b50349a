"""Pay linkage (与报酬挂钩): rules that turn a score card or a completion rate into money.

Every amount, share and band is data of the rule, which cites its source; the functions only
apply it. Money is ``Decimal`` yuan, rounded to the fen half up (四舍五入) unless the rule names
another rounding. Pay never falls when the score rises (the rules' validators enforce it).
"""

from __future__ import annotations

import decimal
import itertools
from collections.abc import Iterable
from decimal import Decimal
from typing import ClassVar, Final, final

import attrs

from fpcore._validate import instances
from fpcore.assessment._model import (
    _CONTEXT,
    Band,
    Grade,
    code_validator,
    measured_number,
    unit_interval,
)
from fpcore.assessment._score import ScoreCard
from fpcore.errors import InvalidInputError
from fpcore.explain import Check, Explained, Fact, Lang, Message, format_fact
from fpcore.money import FEN, Rounding, round_to, to_decimal, to_money
from fpcore.params import Citation

__all__ = [
    "AllowanceBand",
    "CompletionBand",
    "CompletionBands",
    "GradeShare",
    "PayAward",
    "ScaledCompletionBonus",
    "ScoreBandAllowance",
    "SizeBase",
    "ThirteenthMonthBonus",
    "WithheldMonthlyPay",
]

_ZERO: Final = Decimal(0)
_ONE: Final = Decimal(1)

YUAN: Final = Message(zh="元", en="yuan")
YUAN_PER_MONTH: Final = Message(zh="元/月", en="yuan per month")

VETO_ZERO: Final = Message(zh="一票否决：{rule_zh}不予发放", en="vetoed: no {rule} is paid")
GRADE_SHARE: Final = Message(
    zh="等次 {grade}，按 {share} 计：{base} × {share} = {amount}",
    en="grade {grade} earns {share}: {base} × {share} = {amount}",
)
SCORE_SHARE: Final = Message(
    zh="得分 {total} / {maximum}，按 {share} 计：{base} × {share} = {amount}",
    en="score {total} of {maximum} earns {share}: {base} × {share} = {amount}",
)
WITHHELD: Final = Message(
    zh="月报酬 {pay}，预留 {withheld_share}（{withheld}），考核后兑现 {release}（{released}），"
    "实发 {amount}",
    en="monthly pay {pay}, {withheld_share} withheld ({withheld}), {release} of it released "
    "after assessment ({released}): {amount} paid",
)
ALLOWANCE_BAND: Final = Message(
    zh="得分 {total} 达到 {min_score} 分档：{amount}",
    en="score {total} reaches the {min_score} band: {amount}",
)
ALLOWANCE_NONE: Final = Message(
    zh="得分 {total} 未达任何档次：不予发放", en="score {total} reaches no band: nothing is paid"
)
COMPLETION_BAND: Final = Message(
    zh="完成率 {rate}% 达到 {min_rate}% 档：{amount}",
    en="completion {rate}% reaches the {min_rate}% band: {amount}",
)
COMPLETION_BAND_RANKED: Final = Message(
    zh="完成率 {rate}% 达到 {min_rate}% 档（排名 {rank}/{groups}）：{amount}",
    en="completion {rate}% reaches the {min_rate}% band (ranked {rank} of {groups}): {amount}",
)
COMPLETION_NONE: Final = Message(
    zh="完成率 {rate}% 未达任何档次：{amount}", en="completion {rate}% reaches no band: {amount}"
)
SCALED: Final = Message(
    zh="{size} 人，基数 {base}；完成率 {rate}% 按 {share} 计：{amount}",
    en="{size} women: base {base}; completion {rate}% earns {share}: {amount}",
)


def _dec_share(value: object) -> Decimal:
    return to_decimal(value, field="share")


def _dec_withheld_share(value: object) -> Decimal:
    return to_decimal(value, field="withheld_share")


def _dec_min_score(value: object) -> Decimal:
    return to_decimal(value, field="min_score")


def _dec_min_rate(value: object) -> Decimal:
    return to_decimal(value, field="min_rate")


def _dec_otherwise(value: object) -> Decimal:
    return to_decimal(value, field="otherwise")


def _money_amount(value: object) -> Decimal:
    return to_money(value, field="amount")


def _money_otherwise(value: object) -> Decimal:
    return to_money(value, field="otherwise")


@final
@attrs.frozen(kw_only=True)
class PayAward(Explained):
    """An amount of pay and how it was computed.

    Attributes:
        rule: The code of the pay rule.
        title: The rule's name.
        subject: Who is paid (taken from the score card, or given).
        amount: The amount (``Decimal`` yuan, to the fen; negative for a penalty).
        unit: What the amount is per.
        checks: The steps of the computation, with the rule's citation.
    """

    rule: str
    title: Message
    subject: str
    amount: Decimal
    unit: Message
    checks: tuple[Check, ...]
    _css: ClassVar[str] = "fpcore-pay"

    def headline(self, lang: Lang = "zh") -> str:
        """Rule, subject and amount in one line."""
        amount = f"{format_fact(self.amount, lang)} {self.unit.render(lang)}"
        who = self.subject or ("（未署名）" if lang == "zh" else "(unnamed)")
        if lang == "en":
            return f"{self.title.render(lang)} — {who}: {amount}."
        return f"{self.title.render(lang)}——{who}：{amount}。"


@final
@attrs.frozen(kw_only=True)
class GradeShare:
    """The share of a base that a grade earns.

    Attributes:
        grade: The grade.
        share: Fraction of the base, 0 to 1.
    """

    grade: Grade
    share: Decimal = attrs.field(converter=_dec_share, validator=unit_interval)


def _to_grade_shares(values: Iterable[GradeShare] | None) -> tuple[GradeShare, ...] | None:
    if values is None:
        return None
    shares = instances(values, GradeShare, "shares")
    grades = {s.grade for s in shares}
    if grades != set(Grade) or len(shares) != len(Grade):
        raise InvalidInputError("shares", shares, "must give one share for each of the 4 grades")
    ordered = sorted(shares, key=lambda s: s.grade.rank)
    for lower, upper in itertools.pairwise(ordered):
        if upper.share < lower.share:
            raise InvalidInputError(
                "shares", shares, "a better grade must never earn a smaller share"
            )
    return tuple(ordered)


def _citation(instance: object, attribute: attrs.Attribute[Citation], value: object) -> None:
    if not isinstance(value, Citation):
        raise InvalidInputError(attribute.name, value, "must be a Citation")


def _check_card(card: object) -> ScoreCard:
    if not isinstance(card, ScoreCard):
        raise InvalidInputError("card", card, "must be a ScoreCard")
    return card


def _score_share(card: ScoreCard) -> Decimal:
    with decimal.localcontext(_CONTEXT):
        return min(_ONE, max(_ZERO, card.total / card.maximum))


def _release(
    card: ScoreCard, shares: tuple[GradeShare, ...] | None
) -> tuple[Decimal, tuple[tuple[str, Fact], ...]]:
    if shares is None:
        return _score_share(card), (("total", card.total), ("maximum", card.maximum))
    share = next(s.share for s in shares if s.grade is card.grade)
    return share, (("grade", card.grade.label("zh") + " / " + card.grade.label("en")),)


def _veto_check(code: str, title: Message, citation: Citation) -> Check:
    return Check(
        code=f"{code}.veto",
        passed=False,
        message=VETO_ZERO,
        facts=(("rule", title.en), ("rule_zh", title.zh)),
        citation=citation,
    )


@final
@attrs.frozen(kw_only=True)
class ThirteenthMonthBonus:
    """A 13th-month bonus (第13个月奖励工资) scaled by grade, or by score if no shares are given.

    Nothing is paid under a veto.

    Attributes:
        code: Stable code.
        title: Name in both languages.
        citation: Source of the shares.
        shares: Share of the base per grade; ``None``: the share is ``total / maximum``
            (clamped to 0–1).
        rounding: Rounding of the amount to the fen.
    """

    code: str = attrs.field(validator=code_validator)
    title: Message
    citation: Citation = attrs.field(validator=_citation)
    shares: tuple[GradeShare, ...] | None = attrs.field(default=None, converter=_to_grade_shares)
    rounding: Rounding = Rounding.HALF_UP

    def pay(self, card: ScoreCard, *, base: Decimal | int | str) -> PayAward:
        """The bonus for one cadre.

        Args:
            card: The cadre's score card.
            base: The full bonus (usually one month's salary), yuan.

        Raises:
            InvalidInputError: If ``base`` is negative or not an amount of money.
        """
        card = _check_card(card)
        base_amount = to_money(base, field="base")
        if base_amount < 0:
            raise InvalidInputError("base", base, "must not be negative")
        if card.vetoed:
            checks: tuple[Check, ...] = (_veto_check(self.code, self.title, self.citation),)
            amount = _ZERO.quantize(FEN)
        else:
            share, facts = _release(card, self.shares)
            with decimal.localcontext(_CONTEXT):
                amount = round_to(base_amount * share, FEN, self.rounding)
            checks = (
                Check(
                    code=f"{self.code}.share",
                    passed=True,
                    message=GRADE_SHARE if self.shares is not None else SCORE_SHARE,
                    facts=(*facts, ("base", base_amount), ("share", share), ("amount", amount)),
                    citation=self.citation,
                ),
            )
        return PayAward(
            rule=self.code,
            title=self.title,
            subject=card.subject,
            amount=amount,
            unit=YUAN,
            checks=checks,
        )


@final
@attrs.frozen(kw_only=True)
class WithheldMonthlyPay:
    """Monthly pay with a share withheld and released by the assessment.

    Paid = pay × (1 − withheld share) + pay × withheld share × release, where the release is
    the grade's share (or ``total / maximum`` if no shares are given); nothing of the withheld
    part is released under a veto.

    Attributes:
        code: Stable code.
        title: Name in both languages.
        citation: Source of the withheld share and release rule.
        withheld_share: Fraction of the monthly pay held back (e.g. 0.3).
        shares: Release per grade; ``None``: release in proportion to the score.
        rounding: Rounding of the amount to the fen.
    """

    code: str = attrs.field(validator=code_validator)
    title: Message
    citation: Citation = attrs.field(validator=_citation)
    withheld_share: Decimal = attrs.field(converter=_dec_withheld_share, validator=unit_interval)
    shares: tuple[GradeShare, ...] | None = attrs.field(default=None, converter=_to_grade_shares)
    rounding: Rounding = Rounding.HALF_UP

    def pay(self, card: ScoreCard, *, monthly_pay: Decimal | int | str) -> PayAward:
        """One month's pay for one village cadre.

        Raises:
            InvalidInputError: If ``monthly_pay`` is negative or not an amount of money.
        """
        card = _check_card(card)
        pay = to_money(monthly_pay, field="monthly_pay")
        if pay < 0:
            raise InvalidInputError("monthly_pay", monthly_pay, "must not be negative")
        with decimal.localcontext(_CONTEXT):
            withheld = pay * self.withheld_share
            if card.vetoed:
                release = _ZERO
                checks: tuple[Check, ...] = (_veto_check(self.code, self.title, self.citation),)
            else:
                release, _facts = _release(card, self.shares)
                checks = ()
            released = withheld * release
            amount = round_to(pay - withheld + released, FEN, self.rounding)
        checks += (
            Check(
                code=f"{self.code}.release",
                passed=not card.vetoed,
                message=WITHHELD,
                facts=(
                    ("pay", pay),
                    ("withheld_share", self.withheld_share),
                    ("withheld", round_to(withheld, FEN, self.rounding)),
                    ("release", release),
                    ("released", round_to(released, FEN, self.rounding)),
                    ("amount", amount),
                ),
                citation=self.citation,
            ),
        )
        return PayAward(
            rule=self.code,
            title=self.title,
            subject=card.subject,
            amount=amount,
            unit=YUAN_PER_MONTH,
            checks=checks,
        )


@final
@attrs.frozen(kw_only=True)
class AllowanceBand:
    """A score of at least ``min_score`` earns ``amount``.

    Attributes:
        min_score: Lowest total for the band (inclusive).
        amount: The allowance, yuan.
    """

    min_score: Decimal = attrs.field(converter=_dec_min_score)
    amount: Decimal = attrs.field(converter=_money_amount)

    @amount.validator
    def _check_amount(self, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
        if value < 0:
            raise InvalidInputError("amount", value, "must not be negative")


def _to_allowance_bands(values: Iterable[AllowanceBand]) -> tuple[AllowanceBand, ...]:
    bands = instances(values, AllowanceBand, "bands", at_least_one="band")
    ordered = tuple(sorted(bands, key=lambda b: b.min_score, reverse=True))
    for upper, lower in itertools.pairwise(ordered):
        if lower.amount > upper.amount or lower.min_score == upper.min_score:
            raise InvalidInputError(
                "bands", bands, "a higher band must pay at least as much, at a distinct score"
            )
    return ordered


@final
@attrs.frozen(kw_only=True)
class ScoreBandAllowance:
    """A monthly allowance by score band (e.g. central household heads); nothing under a veto.

    Attributes:
        code: Stable code.
        title: Name in both languages.
        citation: Source of the bands and amounts.
        bands: The bands; a score below every band earns nothing.
    """

    code: str = attrs.field(validator=code_validator)
    title: Message
    citation: Citation = attrs.field(validator=_citation)
    bands: tuple[AllowanceBand, ...] = attrs.field(converter=_to_allowance_bands)

    def pay(self, card: ScoreCard) -> PayAward:
        """The monthly allowance one score card earns."""
        card = _check_card(card)
        if card.vetoed:
            return PayAward(
                rule=self.code,
                title=self.title,
                subject=card.subject,
                amount=_ZERO.quantize(FEN),
                unit=YUAN_PER_MONTH,
                checks=(_veto_check(self.code, self.title, self.citation),),
            )
        band = next((b for b in self.bands if card.total >= b.min_score), None)
        if band is None:
            amount = _ZERO.quantize(FEN)
            check = Check(
                code=f"{self.code}.band",
                passed=False,
                message=ALLOWANCE_NONE,
                facts=(("total", card.total),),
                citation=self.citation,
            )
        else:
            amount = band.amount
            check = Check(
                code=f"{self.code}.band",
                passed=True,
                message=ALLOWANCE_BAND,
                facts=(("total", card.total), ("min_score", band.min_score), ("amount", amount)),
                citation=self.citation,
            )
        return PayAward(
            rule=self.code,
            title=self.title,
            subject=card.subject,
            amount=amount,
            unit=YUAN_PER_MONTH,
            checks=(check,),
        )


def _optional_rank(instance: object, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
        raise InvalidInputError(attribute.name, value, "must be a whole number ≥ 1 or None")


@final
@attrs.frozen(kw_only=True)
class CompletionBand:
    """A completion rate of at least ``min_rate`` % earns ``amount`` (negative: a penalty).

    A band may also require the group to rank within the top or bottom N of all groups.

    Attributes:
        min_rate: Lowest completion rate, in % (inclusive).
        amount: Reward (positive) or penalty (negative), yuan.
        top: The band applies only to the best ``top`` groups.
        bottom: The band applies only to the worst ``bottom`` groups.
    """

    min_rate: Decimal = attrs.field(converter=_dec_min_rate)
    amount: Decimal = attrs.field(converter=_money_amount)
    top: int | None = attrs.field(default=None, validator=_optional_rank)
    bottom: int | None = attrs.field(default=None, validator=_optional_rank)

    def __attrs_post_init__(self) -> None:
        if self.top is not None and self.bottom is not None:
            raise InvalidInputError("bottom", self.bottom, "cannot be set together with top")


def _to_completion_bands(values: Iterable[CompletionBand]) -> tuple[CompletionBand, ...]:
    bands = instances(values, CompletionBand, "bands", at_least_one="band")
    for index, (upper, lower) in enumerate(itertools.pairwise(bands)):
        if lower.min_rate > upper.min_rate or lower.amount > upper.amount:
            raise InvalidInputError(
                f"bands[{index + 1}]",
                lower,
                "bands must run from the highest rate down, amounts never rising",
            )
    return bands


@final
@attrs.frozen(kw_only=True)
class CompletionBands:
    """Group rewards and penalties by completion band (Anping Town's 三查 and 四术 rules).

    The first band (from the highest rate down) that the rate reaches, and whose rank
    condition holds, applies; a rate that reaches none earns ``otherwise``.

    Attributes:
        code: Stable code.
        title: Name in both languages.
        citation: Source of the bands.
        bands: The bands, highest rate first, amounts never rising.
        unit: What an amount is per (per person, per group and quarter…).
        otherwise: Amount when no band applies.
    """

    code: str = attrs.field(validator=code_validator)
    title: Message
    citation: Citation = attrs.field(validator=_citation)
    bands: tuple[CompletionBand, ...] = attrs.field(converter=_to_completion_bands)
    unit: Message = YUAN
    otherwise: Decimal = attrs.field(default=_ZERO, converter=_money_otherwise)

    @property
    def needs_rank(self) -> bool:
        """Whether a band depends on the group's rank."""
        return any(b.top is not None or b.bottom is not None for b in self.bands)

    def award(
        self,
        completion: object,
        *,
        subject: str = "",
        rank: int | None = None,
        groups: int | None = None,
    ) -> PayAward:
        """The reward or penalty for one group.

        Args:
            completion: Completion rate in % (``int``, ``Decimal`` or a ``HasValue``).
            subject: The group paid.
            rank: The group's rank among all groups (1 = best); required if a band needs it.
            groups: How many groups were ranked.

        Raises:
            InvalidInputError: If the rate is not a number in 0–100, or a rank is needed and
                missing or out of range.
        """
        rate = measured_number(completion, "completion")
        if not _ZERO <= rate <= Decimal(100):
            raise InvalidInputError("completion", completion, "must be a rate between 0 and 100")
        if self.needs_rank or rank is not None or groups is not None:
            if not isinstance(groups, int) or isinstance(groups, bool) or groups < 1:
                raise InvalidInputError("groups", groups, "must be the number of groups ranked")
            if not isinstance(rank, int) or isinstance(rank, bool) or not 1 <= rank <= groups:
                raise InvalidInputError("rank", rank, f"must be between 1 and {groups}")
        for band in self.bands:
            if rate < band.min_rate:
                continue
            if band.top is not None and not (rank is not None and rank <= band.top):
                continue
            if band.bottom is not None and not (
                rank is not None and groups is not None and rank > groups - band.bottom
            ):
                continue
            check = Check(
                code=f"{self.code}.band",
                passed=True,
                message=COMPLETION_BAND if rank is None else COMPLETION_BAND_RANKED,
                facts=(
                    ("rate", rate),
                    ("min_rate", band.min_rate),
                    ("rank", rank),
                    ("groups", groups),
                    ("amount", band.amount),
                ),
                citation=self.citation,
            )
            return self._award(subject, band.amount, check)
        check = Check(
            code=f"{self.code}.band",
            passed=False,
            message=COMPLETION_NONE,
            facts=(("rate", rate), ("amount", self.otherwise)),
            citation=self.citation,
        )
        return self._award(subject, self.otherwise, check)

    def _award(self, subject: str, amount: Decimal, check: Check) -> PayAward:
        return PayAward(
            rule=self.code,
            title=self.title,
            subject=subject,
            amount=amount,
            unit=self.unit,
            checks=(check,),
        )


@final
@attrs.frozen(kw_only=True)
class SizeBase:
    """A base amount for groups of at least ``min_size`` people.

    Attributes:
        min_size: Smallest group size for this base (inclusive).
        amount: The base, yuan.
    """

    min_size: int = attrs.field()
    amount: Decimal = attrs.field(converter=_money_amount)

    @min_size.validator
    def _check_min_size(self, attribute: attrs.Attribute[int], value: object) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise InvalidInputError("min_size", value, "must be a whole number ≥ 0")


def _to_bases(values: Iterable[SizeBase]) -> tuple[SizeBase, ...]:
    bases = instances(values, SizeBase, "bases")
    ordered = tuple(sorted(bases, key=lambda b: b.min_size, reverse=True))
    if not ordered or ordered[-1].min_size != 0:
        raise InvalidInputError("bases", bases, "must include a base for groups of any size (0)")
    return ordered


def _to_share_bands(values: Iterable[Band]) -> tuple[Band, ...]:
    bands = instances(values, Band, "bands")
    for index, (upper, lower) in enumerate(itertools.pairwise(bands)):
        if lower.bound >= upper.bound or lower.share > upper.share:
            raise InvalidInputError(
                f"bands[{index + 1}]", lower, "bands must run from the highest rate down"
            )
    return bands


@final
@attrs.frozen(kw_only=True)
class ScaledCompletionBonus:
    """A bonus whose base depends on group size and whose share depends on a completion band.

    The street-office health-check bonus: base 1,100 yuan (≥ 200 women) or 1,000; share 100 %
    at ≥ 99 % attendance, 90 % at 97–99 %, 80 % at 95–97 %, 70 % below.

    Attributes:
        code: Stable code.
        title: Name in both languages.
        citation: Source.
        bases: Base amounts by group size (one must start at size 0).
        bands: Completion bands (``Band(bound=99, share=1)``…), highest first.
        otherwise: Share below every band.
        rounding: Rounding of the amount to the fen.
    """

    code: str = attrs.field(validator=code_validator)
    title: Message
    citation: Citation = attrs.field(validator=_citation)
    bases: tuple[SizeBase, ...] = attrs.field(converter=_to_bases)
    bands: tuple[Band, ...] = attrs.field(converter=_to_share_bands)
    otherwise: Decimal = attrs.field(converter=_dec_otherwise, validator=unit_interval)
    rounding: Rounding = Rounding.HALF_UP

    def award(self, completion: object, *, size: int, subject: str = "") -> PayAward:
        """The bonus for one resident cadre.

        Args:
            completion: Attendance (completion) rate in %.
            size: Number of people (women) in the cadre's charge.
            subject: Who is paid.

        Raises:
            InvalidInputError: If the rate is outside 0–100 or the size is not a count.
        """
        rate = measured_number(completion, "completion")
        if not _ZERO <= rate <= Decimal(100):
            raise InvalidInputError("completion", completion, "must be a rate between 0 and 100")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise InvalidInputError("size", size, "must be a whole number ≥ 0")
        base = next(b.amount for b in self.bases if size >= b.min_size)
        share = next((b.share for b in self.bands if rate >= b.bound), self.otherwise)
        with decimal.localcontext(_CONTEXT):
            amount = round_to(base * share, FEN, self.rounding)
        check = Check(
            code=f"{self.code}.band",
            passed=True,
            message=SCALED,
            facts=(
                ("size", size),
                ("base", base),
                ("rate", rate),
                ("share", share),
                ("amount", amount),
            ),
            citation=self.citation,
        )
        return PayAward(
            rule=self.code,
            title=self.title,
            subject=subject,
            amount=amount,
            unit=YUAN,
            checks=(check,),
        )
