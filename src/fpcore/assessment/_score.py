"""Scoring a sheet: ``score(sheet, results)`` → :class:`ScoreCard`."""

from __future__ import annotations

import decimal
import html
from collections.abc import Mapping
from decimal import Decimal
from typing import Final, final

import attrs

from fpcore.assessment._model import (
    _CONTEXT,
    AssessmentSheet,
    AssessorItem,
    BandedItem,
    CaseDeductionItem,
    ChecklistItem,
    Consequence,
    Direction,
    FindingTrigger,
    Grade,
    Item,
    LevelProgressItem,
    Result,
    TargetItem,
    Veto,
    check_percent,
    measured_finding,
    measured_number,
    results_mapping,
)
from fpcore.errors import InvalidInputError
from fpcore.explain import (
    _FONTS,
    Check,
    Checks,
    Explained,
    Fact,
    Lang,
    Message,
    _closing_lines,
    _Numbers,
    _source_lines,
    check_lang,
    format_fact,
)
from fpcore.money import Rounding, round_to
from fpcore.params import Citation

__all__ = ["Deduction", "ItemScore", "ScoreCard", "SectionScore", "VetoHit", "score"]

SCORE_QUANTUM: Final = Decimal("0.01")
"""Item points are rounded to the hundredth of a point, half up (四舍五入)."""

_ZERO: Final = Decimal(0)
_ONE: Final = Decimal(1)

TARGET_SHORT: Final = Message(
    zh="{value} 未达目标 {target}，差 {shortfall}，计 {steps} 档（每档 {step}），每档扣 {per_step} 分",
    en="{value} misses the target {target} by {shortfall}: {steps|step|steps} of {step} at {per_step} each",
)
TARGET_CUTOFF: Final = Message(
    zh="{value} 劣于临界值 {cutoff}，本项最多得 0 分",
    en="{value} is worse than the cut-off {cutoff}: the item scores at most 0",
)
BAND_HIT: Final = Message(
    zh="{value} 达到 {bound} 档，得本项分值的 {share}",
    en="{value} reaches the {bound} band: {share} of the item's points",
)
BAND_NONE: Final = Message(
    zh="{value} 未达任何档次，得本项分值的 {share}",
    en="{value} reaches no band: {share} of the item's points",
)
CASES: Final = Message(
    zh="{cases} 例（件），每例扣 {per_case} 分", en="{cases|case|cases} at {per_case} each"
)
CHECKLIST_MISSING: Final = Message(zh="缺少：{element}", en="missing: {element}")
ASSESSOR: Final = Message(
    zh="考核组评定 {value} 分（满分 {points}）", en="the assessors gave {value} of {points}"
)
LEVEL_PROGRESS: Final = Message(
    zh="水平 {value} 对比均值 {reference} 得 {level_share}，进度对比上年 {previous} 得 {progress_share}，"
    "权重 {level_weight}：{progress_weight}",
    en="level {value} against the mean {reference} earns {level_share}, progress against last "
    "year's {previous} earns {progress_share}, weighted {level_weight}:{progress_weight}",
)
FULL_AT: Final = Message(
    zh="{value} 达到满分线 {full_at}，得满分",
    en="{value} is at or better than {full_at}: full marks",
)
FLOORED: Final = Message(
    zh="扣分后低于下限，按下限 {floor} 分计", en="deductions go below the floor: scored at {floor}"
)
_ITEM: Final = Message(zh="{item_zh}：{points} / {maximum} 分", en="{item}: {points} / {maximum}")
_VETO: Final = Message(zh="一票否决：{veto_zh}（{value}）", en="Veto: {veto} ({value})")
UNASSESSED: Final = Message(
    zh="未考核，按细则计 {points} 分", en="not assessed: scored {points} as the sheet provides"
)


@final
@attrs.frozen(kw_only=True)
class Deduction:
    """Points lost on an item and why.

    Attributes:
        points: Points lost (positive), or the points a floor or cut-off restores or removes.
        reason: The sentence, filled with ``facts``.
        facts: The values behind it.
    """

    points: Decimal
    reason: Message
    facts: tuple[tuple[str, Fact], ...] = ()

    def explain(self, lang: Lang = "zh") -> str:
        """The deduction as one sentence."""
        return self.reason.render(lang, dict(self.facts))


def _signed(points: Decimal) -> str:
    """Points lost as ``−2.00``, points given back as ``+14.00``.

    The sign is the unrounded value's, so a loss too small to show still reads ``−0.00``.
    """
    shown = round_to(abs(points), SCORE_QUANTUM, Rounding.HALF_UP)
    return f"−{shown}" if points > 0 else f"+{shown}"


@final
@attrs.frozen(kw_only=True)
class ItemScore:
    """One item's result on a score card.

    Attributes:
        code: The item code.
        section: The code of its section.
        title: The item's name.
        measured: The results read, as ``(key, value)`` pairs (empty when not assessed).
        points: Points earned (rounded to 0.01, half up).
        maximum: Full marks.
        deductions: Every deduction (or band, or assessor's mark) and why.
        assessed: ``False`` when the item was scored by the sheet's rule for missing results.
        citation: The item's source (its own, or the sheet's).
    """

    code: str
    section: str
    title: Message
    measured: tuple[tuple[str, Fact], ...]
    points: Decimal
    maximum: Decimal
    deductions: tuple[Deduction, ...]
    assessed: bool
    citation: Citation

    def explain(self, lang: Lang = "zh") -> str:
        """The item's line and its deductions."""
        values = ", ".join(f"{k} = {format_fact(v, lang)}" for k, v in self.measured)
        head = (
            f"{self.title.render(lang)}: {format_fact(self.points, lang)} / "
            f"{format_fact(self.maximum, lang)}"
        )
        if values:
            head += f" ({values})"
        reasons = [
            f"      · {_signed(d.points)} {d.explain(lang)}"
            if d.points
            else f"      · {d.explain(lang)}"
            for d in self.deductions
        ]
        return "\n".join([f"    {head}", *reasons])


@final
@attrs.frozen(kw_only=True)
class SectionScore:
    """A section's subtotal.

    Attributes:
        code: Section code.
        title: Section name.
        subtotal: Points earned in the section.
        maximum: The section's full marks.
    """

    code: str
    title: Message
    subtotal: Decimal
    maximum: Decimal


@final
@attrs.frozen(kw_only=True)
class VetoHit:
    """A veto that was triggered, with the value that triggered it.

    Attributes:
        veto: The veto.
        value: The finding or measured value.
    """

    veto: Veto
    value: Fact

    def explain(self, lang: Lang = "zh") -> str:
        """The veto, its trigger value, its consequences and its source."""
        head, *rest = self._lines(lang)
        if self.veto.citation is not None:
            head += (" 依据：" if lang == "zh" else " Source: ") + self.veto.citation.render(lang)
        return "\n".join([head, *rest])

    def _lines(self, lang: Lang) -> list[str]:
        """The veto, its trigger value and its consequences (no source)."""
        trigger = self.veto.trigger
        if isinstance(trigger, FindingTrigger):
            why = format_fact(self.value, lang)
        else:
            why = f"{format_fact(self.value, lang)} {trigger.comparison.value} {trigger.threshold}"
        lines = [f"  ✗ {self.veto.title.render(lang)} ({why})"]
        lines += [f"      → {c.message.render(lang)}" for c in self.veto.consequences]
        return lines


@final
@attrs.frozen(kw_only=True)
class ScoreCard(Explained):
    """The result of scoring one unit or person on one sheet.

    Its :attr:`checks` are one per item (held: full marks; failed: points lost; undecided:
    not assessed) and one per veto triggered (failed), so a card answers the same questions
    as every explained result.

    Attributes:
        sheet: The sheet.
        subject: Who or what was assessed (a unit or person name or id).
        year: The assessment year, if given (needed by :func:`accountability`).
        items: One score per item, in sheet order.
        sections: Subtotals per section.
        total: The sum of the item points.
        banded_grade: The grade the total earns by the bands, before any veto.
        vetoes: The vetoes triggered.
    """

    sheet: AssessmentSheet = attrs.field(repr=lambda s: repr(s.code))
    subject: str
    year: int | None
    items: tuple[ItemScore, ...]
    sections: tuple[SectionScore, ...]
    total: Decimal
    banded_grade: Grade
    vetoes: tuple[VetoHit, ...]

    @property
    def maximum(self) -> Decimal:
        """The sheet's full marks."""
        return self.sheet.maximum

    @property
    def vetoed(self) -> bool:
        """Whether any veto was triggered."""
        return bool(self.vetoes)

    @property
    def grade(self) -> Grade:
        """The final grade, the sheet's veto grade if a veto was triggered, else the band's."""
        return self.sheet.veto_grade if self.vetoes else self.banded_grade

    @property
    def consequences(self) -> tuple[Consequence, ...]:
        """The consequences of every veto triggered, without repeats."""
        found: list[Consequence] = []
        for hit in self.vetoes:
            found += [c for c in hit.veto.consequences if c not in found]
        return tuple(found)

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The sheet's citation and every item and veto citation used, without repeats."""
        found: list[Citation] = [self.sheet.citation]
        for citation in (
            self.sheet.grades_citation,
            *(i.citation for i in self.items),
            *(h.veto.citation for h in self.vetoes),
        ):
            if citation is not None and citation not in found:
                found.append(citation)
        return tuple(found)

    @property
    def sources(self) -> tuple[Citation, ...]:
        """Every source behind the card, each once (the sheet's first)."""
        return self.citations

    @property
    def checks(self) -> tuple[Check, ...]:
        """One check per item (its points against full marks) and one per veto triggered."""
        checks = Checks()
        for item in self.items:
            checks.add(
                f"{self.sheet.code}.{item.code}",
                None if not item.assessed else item.points >= item.maximum,
                _ITEM,
                (
                    ("item", item.title.en),
                    ("item_zh", item.title.zh),
                    ("points", item.points),
                    ("maximum", item.maximum),
                ),
                citation=item.citation,
            )
        for hit in self.vetoes:
            checks.add(
                f"{self.sheet.code}.veto.{hit.veto.code}",
                False,
                _VETO,
                (("veto", hit.veto.title.en), ("veto_zh", hit.veto.title.zh), ("value", hit.value)),
                citation=hit.veto.citation,
            )
        return checks.build()

    def _as_of(self) -> None:
        return None

    def item(self, code: str) -> ItemScore:
        """The score of the item with this code.

        Raises:
            KeyError: If the card has no such item.
        """
        for candidate in self.items:
            if candidate.code == code:
                return candidate
        raise KeyError(code)

    def headline(self, lang: Lang = "zh") -> str:
        """Sheet, subject, year, total and grade in one line."""
        title = self.sheet.title.render(lang)
        who = self.subject or ("（未署名）" if lang == "zh" else "(unnamed)")
        year = f" {self.year}" if self.year is not None else ""
        total = f"{format_fact(self.total, lang)} / {format_fact(self.maximum, lang)}"
        grade = self.grade.label(lang)
        if lang == "en":
            veto = " (vetoed)" if self.vetoed else ""
            return f"{title} — {who}{year}: {total}, grade {grade}{veto}."
        veto = "（一票否决）" if self.vetoed else ""
        return f"{title}——{who}{year}：{total} 分，等次 {grade}{veto}。"

    def explain(self, lang: Lang = "zh") -> str:
        """The whole card: headline, each section with its items and deductions, vetoes, sources.

        Each item and veto carries the marker of its source; the sources follow, each once.

        Raises:
            InvalidInputError: If ``lang`` is neither ``"zh"`` nor ``"en"``.
        """
        lang = check_lang(lang)
        numbers = _Numbers()
        numbers.marks((self.sheet.citation,))  # the sheet is source [1]
        lines = [self.headline(lang)]
        for section in self.sections:
            lines.append(
                f"  {section.title.render(lang)}: {format_fact(section.subtotal, lang)} / "
                f"{format_fact(section.maximum, lang)}"
            )
            for item in self.items:
                if item.section == section.code:
                    head, *reasons = item.explain(lang).split("\n")
                    lines += [f"{head} {numbers.marks((item.citation,))}", *reasons]
        if self.vetoes:
            lines.append(
                f"  Vetoes (grade {self.grade.label(lang)} whatever the total):"
                if lang == "en"
                else f"  一票否决（无论得分，等次为{self.grade.label(lang)}）："
            )
            for hit in self.vetoes:
                head, *rest = hit._lines(lang)
                cited = () if hit.veto.citation is None else (hit.veto.citation,)
                lines += [f"{head} {numbers.marks(cited)}".rstrip(), *rest]
        if self.sheet.grades_citation is not None:
            numbers.marks((self.sheet.grades_citation,))
        lines.extend(_closing_lines(self.sources, None, lang))
        lines.extend(_source_lines(numbers, lang))
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        """An escaped HTML table for notebooks (no IPython import)."""
        numbers = _Numbers()
        numbers.marks((self.sheet.citation,))
        rows = []
        for item in self.items:
            why = "<br>".join(html.escape(d.explain("en")) for d in item.deductions)
            rows.append(
                f'<tr data-code="{html.escape(item.code)}">'
                f'<td style="text-align: left">{html.escape(item.title.render("en"))}<br>'
                f"<small>{html.escape(item.title.render('zh'))}</small></td>"
                f'<td style="text-align: right">{html.escape(format_fact(item.points))} / '
                f"{html.escape(format_fact(item.maximum))}</td>"
                f'<td style="text-align: left"><small>{why}</small></td>'
                f"<td><small>{numbers.marks((item.citation,))}</small></td></tr>"
            )
        vetoes = "".join(
            f"<li>{html.escape(hit.veto.title.render('en'))}: "
            + html.escape("; ".join(c.message.render("en") for c in hit.veto.consequences))
            + "</li>"
            for hit in self.vetoes
        )
        numbers.marks(c for hit in self.vetoes if (c := hit.veto.citation) is not None)
        sources = "".join(
            f'<li value="{n}"><small>{html.escape(c.render("en"))}</small></li>'
            for c, n in numbers.order.items()
        )
        return (
            f'<div class="fpcore-result fpcore-scorecard" style="{_FONTS}; text-align: left">'
            f"<p><strong>{html.escape(self.headline('en'))}"
            f"</strong><br>{html.escape(self.headline('zh'))}</p>"
            '<table class="fpcore-items"><thead><tr><th style="text-align: left">Item</th>'
            '<th style="text-align: right">Points</th><th style="text-align: left">Why</th>'
            "<th>Sources</th></tr></thead><tbody>"
            + "".join(rows)
            + "</tbody></table>"
            + (f"<ul>{vetoes}</ul>" if vetoes else "")
            + f'<ol class="fpcore-sources">{sources}</ol>'
            + "</div>"
        )


def _floor(earned: Decimal, floor: Decimal) -> tuple[Decimal, tuple[Deduction, ...]]:
    if earned < floor:
        return floor, (Deduction(points=earned - floor, reason=FLOORED, facts=(("floor", floor),)),)
    return earned, ()


def _item_value(item: TargetItem | BandedItem, results: Mapping[str, object]) -> Decimal:
    """An item's result as a number; a percentage item's result must be from 0 to 100."""
    field = f"results[{item.code!r}]"
    value = measured_number(results[item.code], field)
    if item.percent:
        check_percent(value, field)
    return value


def _target(
    item: TargetItem, results: Mapping[str, object]
) -> tuple[Decimal, tuple[Deduction, ...]]:
    value = _item_value(item, results)
    target = (
        item.target
        if item.target is not None
        else measured_number(results[f"{item.code}.target"], f"results['{item.code}.target']")
    )
    shortfall = item.direction.shortfall(value, target)
    deductions: list[Deduction] = []
    earned = item.points
    if shortfall > 0:
        steps = item.counting.steps(shortfall, item.step)
        lost = steps * item.deduction
        earned -= lost
        deductions.append(
            Deduction(
                points=lost,
                reason=TARGET_SHORT,
                facts=(
                    ("value", value),
                    ("target", target),
                    ("shortfall", shortfall),
                    ("steps", steps),
                    ("step", item.step),
                    ("per_step", item.deduction),
                ),
            )
        )
    earned, floored = _floor(earned, item.floor)
    deductions += floored
    if (
        item.zero_beyond is not None
        and item.direction.shortfall(value, item.zero_beyond) > 0
        and earned > 0
    ):
        deductions.append(
            Deduction(
                points=earned,
                reason=TARGET_CUTOFF,
                facts=(("value", value), ("cutoff", item.zero_beyond)),
            )
        )
        earned = _ZERO
    return earned, tuple(deductions)


def _banded(
    item: BandedItem, results: Mapping[str, object]
) -> tuple[Decimal, tuple[Deduction, ...]]:
    value = _item_value(item, results)
    for band in item.bands:
        if item.direction.at_least_as_good(value, band.bound):
            earned = item.points * band.share
            facts: tuple[tuple[str, Fact], ...] = (
                ("value", value),
                ("bound", band.bound),
                ("share", band.share),
            )
            return earned, (Deduction(points=item.points - earned, reason=BAND_HIT, facts=facts),)
    earned = item.points * item.otherwise
    return earned, (
        Deduction(
            points=item.points - earned,
            reason=BAND_NONE,
            facts=(("value", value), ("share", item.otherwise)),
        ),
    )


def _count(value: object, field: str) -> Decimal:
    number = measured_number(value, field)
    if number < 0 or number != number.to_integral_value():
        raise InvalidInputError(field, value, "must be a whole number of cases ≥ 0")
    return number


def _cases(
    item: CaseDeductionItem, results: Mapping[str, object]
) -> tuple[Decimal, tuple[Deduction, ...]]:
    cases = _count(results[item.code], f"results[{item.code!r}]")
    deductions: tuple[Deduction, ...] = ()
    earned = item.points
    if cases:
        lost = cases * item.per_case
        earned -= lost
        deductions = (
            Deduction(
                points=lost, reason=CASES, facts=(("cases", cases), ("per_case", item.per_case))
            ),
        )
    earned, floored = _floor(earned, item.floor)
    return earned, deductions + floored


def _checklist(
    item: ChecklistItem, results: Mapping[str, object]
) -> tuple[Decimal, tuple[Deduction, ...]]:
    deductions: list[Deduction] = []
    earned = item.points
    for element in item.elements:
        key = f"{item.code}.{element.code}"
        if not measured_finding(results[key], f"results[{key!r}]"):
            earned -= element.deduction
            deductions.append(
                Deduction(
                    points=element.deduction,
                    reason=CHECKLIST_MISSING,
                    facts=(("element", element.title.zh + " / " + element.title.en),),
                )
            )
    earned, floored = _floor(earned, item.floor)
    return earned, (*deductions, *floored)


def _assessor(
    item: AssessorItem, results: Mapping[str, object]
) -> tuple[Decimal, tuple[Deduction, ...]]:
    field = f"results[{item.code!r}]"
    value = measured_number(results[item.code], field)
    if not item.minimum <= value <= item.points:
        raise InvalidInputError(field, value, f"must lie between {item.minimum} and {item.points}")
    return value, (
        Deduction(
            points=item.points - value,
            reason=ASSESSOR,
            facts=(("value", value), ("points", item.points)),
        ),
    )


def _share(direction: Direction, value: Decimal, bound: Decimal) -> Decimal:
    if direction.at_least_as_good(value, bound):
        return _ONE
    if direction is Direction.LOWER_IS_BETTER:
        return bound / value  # value > bound >= 0 here
    return value / bound  # bound > value >= 0 here


def _level_progress(
    item: LevelProgressItem, results: Mapping[str, object]
) -> tuple[Decimal, tuple[Deduction, ...]]:
    value = measured_number(results[item.code], f"results[{item.code!r}]")
    reference = measured_number(
        results[f"{item.code}.reference"], f"results['{item.code}.reference']"
    )
    previous = measured_number(results[f"{item.code}.previous"], f"results['{item.code}.previous']")
    for name, number in (("", value), (".reference", reference), (".previous", previous)):
        if number < 0:
            raise InvalidInputError(f"results['{item.code}{name}']", number, "must not be negative")
    if item.full_at is not None and item.direction.at_least_as_good(value, item.full_at):
        return item.points, (
            Deduction(
                points=_ZERO, reason=FULL_AT, facts=(("value", value), ("full_at", item.full_at))
            ),
        )
    worse = not item.direction.at_least_as_good(value, reference)
    weight = item.level_weight_if_worse if worse else item.level_weight_otherwise
    level = _share(item.direction, value, reference)
    progress = _share(item.direction, value, previous)
    earned = item.points * (weight * level + (_ONE - weight) * progress)
    facts: tuple[tuple[str, Fact], ...] = (
        ("value", value),
        ("reference", reference),
        ("previous", previous),
        ("level_share", round_to(level, Decimal("0.0001"))),
        ("progress_share", round_to(progress, Decimal("0.0001"))),
        ("level_weight", weight),
        ("progress_weight", _ONE - weight),
    )
    return earned, (Deduction(points=item.points - earned, reason=LEVEL_PROGRESS, facts=facts),)


def _score_item(item: Item, results: Mapping[str, object]) -> tuple[Decimal, tuple[Deduction, ...]]:
    if isinstance(item, TargetItem):
        return _target(item, results)
    if isinstance(item, BandedItem):
        return _banded(item, results)
    if isinstance(item, CaseDeductionItem):
        return _cases(item, results)
    if isinstance(item, ChecklistItem):
        return _checklist(item, results)
    if isinstance(item, AssessorItem):
        return _assessor(item, results)
    return _level_progress(item, results)


def _measured(item: Item, results: Mapping[str, object]) -> tuple[tuple[str, Fact], ...]:
    pairs: list[tuple[str, Fact]] = []
    for key in item.keys:
        value = results[key]
        pairs.append((key, value if isinstance(value, bool) else measured_number(value, key)))
    return tuple(pairs)


def _missing(
    sheet: AssessmentSheet, results: Mapping[str, object]
) -> tuple[dict[str, Decimal], list[str]]:
    unassessed: dict[str, Decimal] = {}
    missing: list[str] = []
    for item in sheet.items:
        absent = [k for k in item.keys if k not in results]
        if item.if_unassessed is not None and len(absent) == len(item.keys):
            unassessed[item.code] = item.if_unassessed
            continue
        missing += absent
    for veto in sheet.vetoes:
        key = veto.trigger.key
        if key in results or key in missing:
            continue
        owner = next((i for i in sheet.items if key in i.keys), None)
        if owner is None or owner.code not in unassessed:
            missing.append(key)
    return unassessed, missing


def _veto_hit(veto: Veto, results: Mapping[str, object]) -> VetoHit | None:
    trigger = veto.trigger
    key = trigger.key
    if key not in results:
        return None  # the trigger's item was not assessed, as the sheet allows
    field = f"results[{key!r}]"
    if isinstance(trigger, FindingTrigger):
        found = measured_finding(results[key], field)
        return VetoHit(veto=veto, value=True) if found else None
    value = measured_number(results[key], field)
    if trigger.comparison.holds(value, trigger.threshold):
        return VetoHit(veto=veto, value=value)
    return None


def score(
    sheet: AssessmentSheet,
    results: Mapping[str, Result],
    *,
    subject: str = "",
    year: int | None = None,
) -> ScoreCard:
    """Score ``results`` on ``sheet``.

    Args:
        sheet: The assessment sheet.
        results: Measured results by key (see :attr:`AssessmentSheet.keys`): ``int`` or
            ``Decimal`` numbers, ``bool`` findings (``True``: found / in place), or any object
            with a ``Decimal`` ``.value`` such as ``fpcore.indicators.Rate``.
        subject: Who or what is assessed.
        year: The assessment year.

    Returns:
        The score card, with item points and deductions, subtotals, total, grade, vetoes.

    Raises:
        InvalidInputError: If results are missing (every missing key is listed), a key is
            unknown, or a value has the wrong type (floats are refused).

    References:
        The rules are the sheet's data; see the sheet's and each item's citation.

    >>> from fpcore.assessment.sheets import VILLAGE_100_POINT
    >>> results = {
    ...     "guarantees_missing": 1, "lawful_birth_rate": 93, "higher_order_birth_rate": 2,
    ...     "birth_statistics_error": Decimal("5.3"), "sex_ratio_at_birth": 112,
    ...     "fee_collection_rate": 100, "other_work": 30,
    ...     "concealed_births": False, "seven_prohibitions_breach": False,
    ... }
    >>> card = score(VILLAGE_100_POINT, results, subject="demo", year=2010)
    >>> card.total, card.grade.value
    (Decimal('89.00'), 'good')
    """
    mapping = results_mapping(results)
    if not isinstance(sheet, AssessmentSheet):
        raise InvalidInputError("sheet", sheet, "must be an AssessmentSheet")
    if not isinstance(subject, str):
        raise InvalidInputError("subject", subject, "must be a string")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise InvalidInputError("year", year, "must be a whole year such as 2010, or None")
    known = set(sheet.keys)
    unknown = sorted(k for k in mapping if k not in known)
    if unknown:
        raise InvalidInputError("results", tuple(unknown), "holds keys the sheet does not read")
    unassessed, missing = _missing(sheet, mapping)
    if missing:
        raise InvalidInputError("results", tuple(missing), "lack a result for these keys")
    item_scores: list[ItemScore] = []
    sections: list[SectionScore] = []
    with decimal.localcontext(_CONTEXT):
        for section in sheet.sections:
            subtotal = _ZERO
            for item in section.items:
                if item.code in unassessed:
                    earned = unassessed[item.code]
                    deductions: tuple[Deduction, ...] = (
                        Deduction(
                            points=item.points - earned,
                            reason=UNASSESSED,
                            facts=(("points", earned),),
                        ),
                    )
                    measured: tuple[tuple[str, Fact], ...] = ()
                else:
                    earned, deductions = _score_item(item, mapping)
                    measured = _measured(item, mapping)
                points = round_to(earned, SCORE_QUANTUM, Rounding.HALF_UP)
                subtotal += points
                item_scores.append(
                    ItemScore(
                        code=item.code,
                        section=section.code,
                        title=item.title,
                        measured=measured,
                        points=points,
                        maximum=item.points,
                        deductions=deductions,
                        assessed=item.code not in unassessed,
                        citation=item.citation or sheet.citation,
                    )
                )
            sections.append(
                SectionScore(
                    code=section.code,
                    title=section.title,
                    subtotal=subtotal,
                    maximum=section.maximum,
                )
            )
        total = sum((s.subtotal for s in sections), _ZERO)
        hits = tuple(h for h in (_veto_hit(v, mapping) for v in sheet.vetoes) if h is not None)
    return ScoreCard(
        sheet=sheet,
        subject=subject,
        year=year,
        items=tuple(item_scores),
        sections=tuple(sections),
        total=total,
        banded_grade=sheet.grade_for(total),
        vetoes=hits,
    )
