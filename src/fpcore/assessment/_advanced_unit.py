"""The national advanced-unit (国优) check, organised by the six goods (六好)."""

from __future__ import annotations

import decimal
import enum
import html
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Final, final

import attrs

from fpcore._validate import instances
from fpcore.assessment._model import (
    _CONTEXT,
    Comparison,
    Result,
    code_validator,
    measured_finding,
    measured_number,
)
from fpcore.assessment._score import ScoreCard
from fpcore.errors import InvalidInputError
from fpcore.explain import Fact, Lang, Message, format_fact
from fpcore.money import to_decimal
from fpcore.params import Citation

__all__ = [
    "AdvancedUnitCheck",
    "Aggregation",
    "CriterionResult",
    "FindingCriterion",
    "IndicatorCriterion",
    "SixGood",
    "check_advanced_unit",
]

_MEAN_QUANTUM: Final = Decimal("0.01")


class SixGood(enum.Enum):
    """The six goods (六好), the targets of a national advanced unit."""

    LEADERSHIP = "leadership"
    POLICY_GUIDANCE = "policy_guidance"
    LAW_BASED_ADMINISTRATION = "law_based_administration"
    SERVICE_QUALITY = "service_quality"
    DEMOCRATIC_MANAGEMENT = "democratic_management"
    STAFF_CONDUCT = "staff_conduct"

    def label(self, lang: str = "zh") -> str:
        """The good's name in ``"zh"`` or ``"en"``.

        >>> SixGood.LEADERSHIP.label(), SixGood.LEADERSHIP.label("en")
        ('领导重视好', 'strong leadership')
        """
        return _GOOD_LABEL[self][1 if lang == "en" else 0]


_GOOD_LABEL: Final = {
    SixGood.LEADERSHIP: ("领导重视好", "strong leadership"),
    SixGood.POLICY_GUIDANCE: ("政策导向好", "sound policy guidance"),
    SixGood.LAW_BASED_ADMINISTRATION: ("依法行政好", "administration by law"),
    SixGood.SERVICE_QUALITY: ("服务质量好", "quality services"),
    SixGood.DEMOCRATIC_MANAGEMENT: ("民主管理好", "democratic management"),
    SixGood.STAFF_CONDUCT: ("队伍作风好", "good staff conduct"),
}


class Aggregation(enum.Enum):
    """Which years a criterion reads: each year, their mean, or the latest year only."""

    EACH_YEAR = "each_year"
    MEAN = "mean"
    LATEST = "latest"


def _to_goods(values: Iterable[SixGood]) -> tuple[SixGood, ...]:
    return instances(values, SixGood, "goods", at_least_one="SixGood")


def _dec_threshold(value: object) -> Decimal:
    return to_decimal(value, field="threshold")


@final
@attrs.frozen(kw_only=True)
class IndicatorCriterion:
    """An indicator threshold: e.g. compliance ≥ 95 % in each of the three years.

    Attributes:
        code: Report key of the indicator.
        title: Name in both languages.
        comparison: How the value must compare with the threshold to hold.
        threshold: The threshold.
        over: Which years are read.
        goods: The six goods the criterion supports.
        citation: Source of the threshold.
    """

    code: str = attrs.field(validator=code_validator)
    title: Message
    comparison: Comparison
    threshold: Decimal = attrs.field(converter=_dec_threshold)
    over: Aggregation
    goods: tuple[SixGood, ...] = attrs.field(converter=_to_goods)
    citation: Citation


@final
@attrs.frozen(kw_only=True)
class FindingCriterion:
    """A finding that must have a given value: e.g. no technical accident in three years.

    Attributes:
        code: Report key of the finding.
        title: Name in both languages.
        expected: The value the finding must have (``False`` for "no accident").
        over: Which years are read (``MEAN`` is not allowed).
        goods: The six goods the criterion supports.
        citation: Source.
    """

    code: str = attrs.field(validator=code_validator)
    title: Message
    expected: bool
    over: Aggregation = attrs.field()
    goods: tuple[SixGood, ...] = attrs.field(converter=_to_goods)
    citation: Citation

    @over.validator
    def _check_over(self, attribute: attrs.Attribute[Aggregation], value: object) -> None:
        if value is Aggregation.MEAN:
            raise InvalidInputError("over", value, "a finding has no mean")


Criterion = IndicatorCriterion | FindingCriterion


@final
@attrs.frozen(kw_only=True)
class CriterionResult:
    """How a county fares on one criterion.

    Attributes:
        criterion: The criterion.
        values: The values read, by year.
        compared: The value compared (the mean, the latest value, or the worst year's).
        held: Whether the criterion holds.
        margin: Signed room to the threshold (positive: met with room; ``None`` for findings).
    """

    criterion: IndicatorCriterion | FindingCriterion
    values: tuple[tuple[int, Fact], ...]
    compared: Fact
    held: bool
    margin: Decimal | None

    def explain(self, lang: Lang = "zh") -> str:
        """One line: the criterion, the values, whether it holds and by how much."""
        mark = "✓" if self.held else "✗"
        c = self.criterion
        values = ", ".join(f"{y}: {format_fact(v, lang)}" for y, v in self.values)
        if isinstance(c, IndicatorCriterion):
            rule = f"{c.comparison.value} {c.threshold} ({_OVER[c.over][lang == 'en']})"
            room = (
                f"; margin {format_fact(self.margin, lang)}"
                if lang == "en"
                else f"；差距 {format_fact(self.margin, lang)}"
            )
        else:
            rule = f"= {format_fact(c.expected, lang)} ({_OVER[c.over][lang == 'en']})"
            room = ""
        return f"  {mark} {c.title.render(lang)} {rule} [{values}]{room}"


_OVER: Final = {
    Aggregation.EACH_YEAR: ("逐年", "each year"),
    Aggregation.MEAN: ("年均", "mean of the years"),
    Aggregation.LATEST: ("最近一年", "latest year"),
}


@final
@attrs.frozen(kw_only=True)
class AdvancedUnitCheck:
    """A county's standing against the 国优 criteria, organised by the six goods.

    Attributes:
        subject: The county.
        years: The years of the reports read.
        results: One result per criterion.
        onsite: The on-site score card, if given.
        onsite_goods: Which good each on-site item supports.
    """

    subject: str
    years: tuple[int, ...]
    results: tuple[CriterionResult, ...]
    onsite: ScoreCard | None
    onsite_goods: tuple[tuple[str, tuple[SixGood, ...]], ...]

    @property
    def held(self) -> bool:
        """Whether every objective criterion holds."""
        return all(r.held for r in self.results)

    @property
    def failed(self) -> tuple[CriterionResult, ...]:
        """The criteria that do not hold."""
        return tuple(r for r in self.results if not r.held)

    def by_good(self, good: SixGood) -> tuple[CriterionResult, ...]:
        """The objective criteria supporting ``good``."""
        return tuple(r for r in self.results if good in r.criterion.goods)

    def explain(self, lang: Lang = "zh") -> str:
        """The check, good by good: each criterion, then the on-site items for that good."""
        if lang not in ("zh", "en"):
            raise InvalidInputError("lang", lang, "must be 'zh' or 'en'")
        span = f"{self.years[0]}–{self.years[-1]}"
        passed = sum(r.held for r in self.results)
        if lang == "en":
            lines = [
                f"National advanced-unit check — {self.subject or '(unnamed)'}, {span}: "
                f"{passed} of {len(self.results)} objective criteria hold."
            ]
        else:
            lines = [
                f"国优客观指标核查——{self.subject or '（未署名）'}，{span}："
                f"{len(self.results)} 项中 {passed} 项达标。"
            ]
        goods = dict(self.onsite_goods)
        for good in SixGood:
            lines.append(f" {good.label(lang)}")
            lines += [r.explain(lang) for r in self.by_good(good)]
            if self.onsite is not None:
                for item in self.onsite.items:
                    if good in goods.get(item.code, ()):
                        lines.append(
                            f"  · {item.title.render(lang)}: {format_fact(item.points, lang)} / "
                            f"{format_fact(item.maximum, lang)}"
                        )
        sources: list[Citation] = []
        for r in self.results:
            if r.criterion.citation not in sources:
                sources.append(r.criterion.citation)
        sep = "; " if lang == "en" else "；"
        lines.append(
            ("  Sources: " if lang == "en" else "  依据：")
            + sep.join(c.render(lang) for c in sources)
        )
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        """An escaped HTML table for notebooks."""
        rows = "".join(
            f"<tr><td>{'✓' if r.held else '✗'}</td>"
            f"<td>{html.escape(r.criterion.title.render('en'))}<br>"
            f"<small>{html.escape(r.criterion.title.render('zh'))}</small></td>"
            f"<td>{html.escape(', '.join(g.label('en') for g in r.criterion.goods))}</td>"
            f"<td>{html.escape(format_fact(r.compared, 'en'))}</td>"
            f"<td>{html.escape(format_fact(r.margin, 'en'))}</td></tr>"
            for r in self.results
        )
        return (
            f'<div class="fpcore-advanced-unit"><p><strong>'
            f"{html.escape(self.explain('en').splitlines()[0])}</strong></p>"
            "<table><thead><tr><th></th><th>Criterion</th><th>Goods</th><th>Value</th>"
            "<th>Margin</th></tr></thead><tbody>" + rows + "</tbody></table></div>"
        )


def _evaluate(
    criterion: Criterion, reports: Mapping[int, Mapping[str, object]], years: tuple[int, ...]
) -> CriterionResult:
    read = years if criterion.over is not Aggregation.LATEST else years[-1:]
    if isinstance(criterion, FindingCriterion):
        findings = tuple(
            (y, measured_finding(reports[y][criterion.code], f"reports[{y}][{criterion.code!r}]"))
            for y in read
        )
        held = all(v is criterion.expected for _, v in findings)
        worst = next((v for _, v in findings if v is not criterion.expected), criterion.expected)
        return CriterionResult(
            criterion=criterion, values=findings, compared=worst, held=held, margin=None
        )
    numbers = tuple(
        (y, measured_number(reports[y][criterion.code], f"reports[{y}][{criterion.code!r}]"))
        for y in read
    )
    if criterion.over is Aggregation.MEAN:
        with decimal.localcontext(_CONTEXT):
            mean = sum((v for _, v in numbers), Decimal(0)) / len(numbers)
        compared = mean.quantize(_MEAN_QUANTUM, rounding=decimal.ROUND_HALF_UP)
        margins = [criterion.comparison.margin(mean, criterion.threshold)]
        held = criterion.comparison.holds(mean, criterion.threshold)
    else:
        margins = [criterion.comparison.margin(v, criterion.threshold) for _, v in numbers]
        held = all(criterion.comparison.holds(v, criterion.threshold) for _, v in numbers)
        compared = min(
            (v for _, v in numbers),
            key=lambda v: criterion.comparison.margin(v, criterion.threshold),
        )
    margin = min(margins).quantize(_MEAN_QUANTUM, rounding=decimal.ROUND_HALF_UP)
    return CriterionResult(
        criterion=criterion, values=numbers, compared=compared, held=held, margin=margin
    )


def check_advanced_unit(
    reports: Mapping[int, Mapping[str, Result]],
    *,
    criteria: Iterable[IndicatorCriterion | FindingCriterion],
    years: int,
    subject: str = "",
    onsite: ScoreCard | None = None,
    onsite_goods: Iterable[tuple[str, tuple[SixGood, ...]]] = (),
) -> AdvancedUnitCheck:
    """Check a county's indicator reports against the 国优 criteria.

    Args:
        reports: Indicator values by year, then by criterion code: ``Decimal``/``int`` values or
            objects with a ``Decimal`` ``.value`` (``fpcore.indicators.Rate``), ``bool`` findings.
        criteria: The criteria (e.g. ``fpcore.assessment.sheets.GUOYOU_CRITERIA``).
        years: How many consecutive years the reports must cover (the last ones are read).
        subject: The county.
        onsite: An on-site score card to show beside the criteria, good by good.
        onsite_goods: Which goods each on-site item supports.

    Raises:
        InvalidInputError: If the reports do not cover ``years`` consecutive years, or any value
            is missing (all missing keys are listed) or of the wrong type.

    References:
        The criteria's own citations (the 国优 objective indicator table).
    """
    if not isinstance(reports, Mapping) or not all(
        isinstance(y, int) and not isinstance(y, bool) for y in reports
    ):
        raise InvalidInputError("reports", reports, "must map years to indicator reports")
    if not isinstance(years, int) or isinstance(years, bool) or years < 1:
        raise InvalidInputError("years", years, "must be a whole number ≥ 1")
    span = tuple(sorted(reports))[-years:]
    if len(span) < years or span[-1] - span[0] != years - 1:
        raise InvalidInputError(
            "reports", tuple(sorted(reports)), f"must cover {years} consecutive years"
        )
    for year in span:
        if not isinstance(reports[year], Mapping):
            raise InvalidInputError(f"reports[{year}]", reports[year], "must be a mapping")
    criteria_list = tuple(criteria)
    for index, criterion in enumerate(criteria_list):
        if not isinstance(criterion, IndicatorCriterion | FindingCriterion):
            raise InvalidInputError(f"criteria[{index}]", criterion, "must be a criterion")
    missing = [
        f"{year}:{c.code}"
        for c in criteria_list
        for year in (span if c.over is not Aggregation.LATEST else span[-1:])
        if c.code not in reports[year]
    ]
    if missing:
        raise InvalidInputError("reports", tuple(missing), "lack these year:indicator values")
    if onsite is not None and not isinstance(onsite, ScoreCard):
        raise InvalidInputError("onsite", onsite, "must be a ScoreCard or None")
    return AdvancedUnitCheck(
        subject=subject,
        years=span,
        results=tuple(_evaluate(c, reports, span) for c in criteria_list),
        onsite=onsite,
        onsite_goods=tuple(onsite_goods),
    )
