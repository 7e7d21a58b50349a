"""Audit of a reported table: recompute every figure that follows from the others."""

from __future__ import annotations

import enum
import html
import re
import types
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import ClassVar, Final, cast, final

import attrs

from fpcore._validate import flag, instances, is_a, optional, text
from fpcore.errors import InvalidInputError
from fpcore.explain import (
    Check,
    Checks,
    Explained,
    Lang,
    Message,
    _closing_lines,
    _Numbers,
    _source_lines,
    check_lang,
)
from fpcore.indicators._interval import Interval, exact, printed_interval, show, to_decimal
from fpcore.jurisdictions import Jurisdiction
from fpcore.params import Citation

__all__ = [
    "FIGURE_KINDS",
    "AuditResult",
    "Figure",
    "FigureKind",
    "Finding",
    "FindingStatus",
    "ReportedTable",
    "audit",
]


@final
@attrs.frozen(kw_only=True)
class FigureKind:
    """A kind of figure a county table prints (a count, a rate, an amount).

    Attributes:
        code: Stable identifier, e.g. ``"funding"``.
        name_zh: Chinese name as printed.
        name_en: English name.
        unit: Unit of the printed number (``"persons"``, ``"‰"``, ``"yuan"``…).
        whole: Whether the figure is a whole number of persons or events.

    Every text field must be a non-empty string and ``whole`` a bool; anything else raises
    :class:`~fpcore.errors.InvalidInputError` naming the field.
    """

    code: str = attrs.field(validator=text)
    name_zh: str = attrs.field(validator=text)
    name_en: str = attrs.field(validator=text)
    unit: str = attrs.field(validator=text)
    whole: bool = attrs.field(default=False, validator=flag)


def _kind(code: str, zh: str, en: str, unit: str, whole: bool = False) -> FigureKind:
    return FigureKind(code=code, name_zh=zh, name_en=en, unit=unit, whole=whole)


FIGURE_KINDS: Final[tuple[FigureKind, ...]] = (
    _kind("population", "总人口", "population", "persons", whole=True),
    _kind("mean_population", "年平均人口", "mean population", "persons"),
    _kind("births", "出生人数", "births", "births", whole=True),
    _kind("male_births", "出生男婴", "male births", "births", whole=True),
    _kind("female_births", "出生女婴", "female births", "births", whole=True),
    _kind("within_policy_births", "政策内出生", "births within policy", "births", whole=True),
    _kind("deaths", "死亡人数", "deaths", "deaths", whole=True),
    _kind("crude_birth_rate", "人口出生率", "crude birth rate", "‰"),
    _kind("crude_death_rate", "人口死亡率", "crude death rate", "‰"),
    _kind("natural_growth_rate", "人口自然增长率", "natural growth rate", "‰"),
    _kind("sex_ratio_at_birth", "出生人口性别比", "sex ratio at birth", "per 100 females"),
    _kind("policy_compliance_rate", "出生政策符合率", "policy compliance rate", "%"),
    _kind("out_of_policy_rate", "政策外生育率", "out-of-policy birth rate", "%"),
    _kind("married_women", "已婚育龄妇女", "married women of childbearing age", "persons", True),
    _kind(
        "priority_service_clients", "重点管理服务对象", "priority service clients", "persons", True
    ),
    _kind(
        "one_child_married_women",
        "一孩已婚育龄妇女",
        "married women with one child",
        "persons",
        True,
    ),
    _kind(
        "two_plus_married_women",
        "二孩及二孩以上已婚育龄妇女",
        "married women with two or more children",
        "persons",
        True,
    ),
    _kind("contraceptive_users", "落实节育措施人数", "contraceptive users", "persons", True),
    _kind("contraceptive_prevalence", "综合避孕率", "contraceptive prevalence", "%"),
    _kind("funding", "人口和计划生育事业经费", "family-planning funding", "yuan"),
    _kind("per_capita_funding", "人均事业经费", "per-capita funding", "yuan per person"),
    _kind("funding_growth", "事业经费增长率", "funding growth", "%"),
)
"""Every kind of figure :func:`audit` knows how to relate."""

_KINDS_BY_CODE: Final = types.MappingProxyType({kind.code: kind for kind in FIGURE_KINDS})
_NUMBER: Final = re.compile(r"^([+-]?\d+(?:\.\d+)?)\s*(万|亿)?\s*(‰|%|元|人|例)?$")
_SCALE: Final = types.MappingProxyType(
    {None: Decimal(1), "万": Decimal(10000), "亿": Decimal(100000000)}
)


def _parse(printed: str, whole: bool) -> tuple[Decimal, Decimal]:
    """The printed number and half a unit of its last printed digit, both scaled by 万/亿.

    A whole-number count printed in full (``"41770"``) is exact: its half unit is 0.
    """
    match = _NUMBER.match(printed.strip().replace(",", "").replace("，", ""))
    if match is None:
        raise InvalidInputError(
            "printed", printed, "is not a printed number (digits, optional 万/亿 and unit)"
        )
    digits = Decimal(match.group(1))
    scale = _SCALE[match.group(2)]
    exponent = cast(int, digits.as_tuple().exponent)  # finite, so an int
    if whole and match.group(2) is None and exponent == 0:
        return digits, Decimal(0)
    return digits * scale, Decimal(5).scaleb(exponent - 1) * scale


@final
@attrs.frozen(kw_only=True)
class Figure:
    """One figure as a report prints it.

    Attributes:
        code: The kind of figure (see ``FIGURE_KINDS``), e.g. ``"per_capita_funding"``.
        printed: The number as printed: ``"13.4"``, ``"279.9万"``, ``"41,770"``, ``"12.85‰"``.
        year: The year it is for, or ``None`` for a standing figure (e.g. "total population
            21万") that applies to every year of the table.
        value: The number (万 and 亿 multiplied out).
        half_unit: Half a unit of the last printed digit: the rounding the printed number
            may hide (``"13.4"`` → 0.05, ``"21万"`` → 5,000); 0 for a count printed in full
            (``"41770"`` married women).

    A printed figure stands for every value that prints as it, rounded half up (四舍五入):
    :attr:`interval` is ``[value − half_unit, value + half_unit)``, closed below because the
    lower end rounds up to the printed figure, open above because the upper end rounds up to
    the next one. ``"21万"`` is ``[205,000, 215,000)`` (205,000–214,999 people), ``"13.4"`` is
    ``[13.35, 13.45)``, ``"279.9万"`` is ``[2,798,500, 2,799,500)``, ``"12.85‰"`` is
    ``[12.845, 12.855)``. (A negative figure is open below and closed above, since half up
    rounds a tie away from zero; a count printed in full is exact.)

    >>> Figure(code="funding", year=2008, printed="279.9万").value
    Decimal('2799000.0')
    >>> Figure(code="population", printed="21万").interval.render()
    '[205,000, 215,000)'
    """

    code: str = attrs.field(validator=is_a(str, "a string"))
    printed: str = attrs.field(validator=is_a(str, "a string"))
    year: int | None = attrs.field(default=None)
    value: Decimal = attrs.field(init=False)
    half_unit: Decimal = attrs.field(init=False)

    @code.validator
    def _check_code(self, attribute: attrs.Attribute[str], value: object) -> None:
        if value not in _KINDS_BY_CODE:
            raise InvalidInputError(
                "code", value, f"is not a figure kind; known: {', '.join(_KINDS_BY_CODE)}"
            )

    @year.validator
    def _check_year(self, attribute: attrs.Attribute[int | None], value: object) -> None:
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise InvalidInputError("year", value, "must be an int or None")

    def __attrs_post_init__(self) -> None:
        """Parse the printed number."""
        value, half = _parse(self.printed, _KINDS_BY_CODE[self.code].whole)
        if value < 0 and self.code not in ("natural_growth_rate", "funding_growth"):
            raise InvalidInputError("printed", self.printed, "must not be negative")
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "half_unit", half)

    @property
    def kind(self) -> FigureKind:
        """What the figure is."""
        return _KINDS_BY_CODE[self.code]

    @property
    def interval(self) -> Interval:
        """Every value the printed figure may stand for (see above)."""
        return printed_interval(self.value, self.half_unit)


def _to_figures(values: Iterable[Figure]) -> tuple[Figure, ...]:
    items = instances(values, Figure, "figures")
    seen: set[tuple[str, int | None]] = set()
    for index, item in enumerate(items):
        if (item.code, item.year) in seen:
            raise InvalidInputError(
                f"figures[{index}]", f"{item.code} {item.year}", "appears twice in the table"
            )
        seen.add((item.code, item.year))
    return items


@final
@attrs.frozen(kw_only=True)
class ReportedTable:
    """A county's reported figures, as printed.

    Attributes:
        title: What the table is (e.g. the report's title).
        figures: The figures; at most one per (code, year).
        jurisdiction: Whose figures they are, if known.
        citation: Where they were printed, if known.
    """

    title: str = attrs.field(validator=text)
    figures: tuple[Figure, ...] = attrs.field(converter=_to_figures)
    jurisdiction: Jurisdiction | None = attrs.field(
        default=None, validator=optional(is_a(Jurisdiction))
    )
    citation: Citation | None = attrs.field(default=None, validator=optional(is_a(Citation)))

    @property
    def years(self) -> tuple[int, ...]:
        """The years the table has figures for, ascending."""
        return tuple(sorted({f.year for f in self.figures if f.year is not None}))

    def get(self, code: str, year: int | None) -> Figure | None:
        """The figure for ``year``, else the standing figure (year ``None``), else ``None``."""
        standing = None
        for figure in self.figures:
            if figure.code == code and figure.year == year:
                return figure
            if figure.code == code and figure.year is None:
                standing = figure
        return standing

    def _repr_html_(self) -> str:
        """An escaped HTML table of the figures as printed: one row a kind, one column a year."""
        codes = list(dict.fromkeys(f.code for f in self.figures))
        standing: list[int | None] = [None] if any(f.year is None for f in self.figures) else []
        columns = [*standing, *self.years]
        printed = {(f.code, f.year): f.printed for f in self.figures}
        head = "".join(f"<th>{'all years' if year is None else year}</th>" for year in columns)
        body = "".join(
            f'<tr><td style="text-align:left">{html.escape(_KINDS_BY_CODE[code].name_zh)}<br>'
            f"<small>{html.escape(_KINDS_BY_CODE[code].name_en)}</small></td>"
            + "".join(f"<td>{html.escape(printed.get((code, year), ''))}</td>" for year in columns)
            + "</tr>"
            for code in codes
        )
        source = (
            ""
            if self.citation is None
            else f"<p><small>Source: {html.escape(self.citation.render('zh'))}</small></p>"
        )
        return (
            f'<div class="fpcore-reported-table"><p><strong>{html.escape(self.title)}</strong></p>'
            f"<table><thead><tr><th style='text-align:left'>figure</th>{head}</tr></thead><tbody>{body}</tbody></table>"
            f"{source}</div>"
        )


class FindingStatus(enum.Enum):
    """The verdict of the audit on one relation between printed figures.

    Every printed figure stands for an interval (see :class:`Figure`); the verdict says how the
    figure checked relates to what the others give.
    """

    AGREES = "agrees"
    """The exact recomputation from the other figures, taken as printed, lies in the printed
    figure's interval."""
    AGREES_AT_PRECISION = "agrees_at_precision"
    """It does not, but the values the other figures allow at their printed precision meet the
    printed figure's interval: the table is consistent only once its rounding is allowed for."""
    DISAGREES = "disagrees"
    """No values within the printed precision of all the figures make the relation hold."""
    IMPLIED = "implied"
    """The figure is not printed; the others imply this value (and range)."""

    @property
    def mark(self) -> str:
        """``✓`` agrees, ``≈`` agrees at printed precision, ``✗`` disagrees, ``→`` implied."""
        return _MARK[self]

    def describe(self, lang: Lang = "zh") -> str:
        """The verdict in ``"zh"`` or ``"en"``.

        >>> FindingStatus.AGREES_AT_PRECISION.describe("en")
        'agrees at printed precision'
        >>> FindingStatus.AGREES_AT_PRECISION.describe("zh")
        '在印刷精度内相符'
        """
        return _VERDICT_TEXT[self].render(lang)


_MARK: Final = types.MappingProxyType(
    {
        FindingStatus.AGREES: "✓",
        FindingStatus.AGREES_AT_PRECISION: "≈",
        FindingStatus.DISAGREES: "✗",
        FindingStatus.IMPLIED: "→",
    }
)
_VERDICT_TEXT: Final = types.MappingProxyType(
    {
        FindingStatus.AGREES: Message(zh="相符", en="agrees"),
        FindingStatus.AGREES_AT_PRECISION: Message(
            zh="在印刷精度内相符", en="agrees at printed precision"
        ),
        FindingStatus.DISAGREES: Message(zh="不符", en="disagrees"),
        FindingStatus.IMPLIED: Message(zh="推算", en="implied"),
    }
)


@final
@attrs.frozen(kw_only=True)
class Finding:
    """The audit of one relation between figures, for one year.

    Attributes:
        relation: The relation's code, e.g. ``"per_capita_funding"`` or ``"parts_within_whole"``.
        year: The year, or ``None`` for standing figures.
        status: The verdict.
        figure: The code of the figure checked or implied.
        printed: The figure as printed (``None`` for an implied one).
        recomputed: What the other figures give taken as printed (exact when it terminates
            within 40 digits).
        interval: The printed figure's interval (``None`` for an implied one).
        possible: Every value the other figures allow within their printed precision (for a
            parts check, the sum of the parts).
        low: For an implied count, the smallest whole number it can be with the divisor taken
            as printed (for other implied figures, the lower end of that range); for parts
            within a whole that agree, what remains of the whole; else ``None``.
        high: The largest such whole number (or upper end), else ``None``.
        implied_divisor: For a ratio that does not agree exactly, the divisor the printed figure
            implies with the numerator taken as printed, else ``None``.
        implied_divisor_interval: The divisors it allows within the printed precision of the
            figure and the numerator, else ``None``.
        agreeing_years: For such a ratio whose divisor is a standing figure, the years whose
            figure agrees exactly with the divisor taken as printed.
        inputs: The other figures used, as ``(code, printed)`` pairs.
        message: The sentence; rendered by :meth:`explain`.
        facts: The numbers the sentence shows, rendered (language-neutral).
    """

    relation: str
    year: int | None
    status: FindingStatus
    figure: str
    printed: str | None
    recomputed: Decimal
    interval: Interval | None
    possible: Interval
    low: Decimal | None
    high: Decimal | None
    inputs: tuple[tuple[str, str], ...]
    message: Message
    facts: tuple[tuple[str, str], ...] = ()
    implied_divisor: Decimal | None = None
    implied_divisor_interval: Interval | None = None
    agreeing_years: tuple[int, ...] = ()

    def explain(self, lang: Lang = "zh") -> str:
        """The finding in ``"zh"`` or ``"en"``, marked with its verdict (✓, ≈, ✗ or →)."""
        lang = check_lang(lang)
        kind = _KINDS_BY_CODE[self.figure]
        en = lang == "en"
        facts = {
            "year": "" if self.year is None else (f"{self.year} " if en else f"{self.year}年"),
            "name": kind.name_en if en else kind.name_zh,
            "printed": self.printed or "",
            "recomputed": show(self.recomputed),
            "interval": "" if self.interval is None else self.interval.render(),
            "possible": self.possible.render(),
            "low": show(self.low) if self.low is not None else "",
            "high": show(self.high) if self.high is not None else "",
            "inputs": (", " if en else "、").join(
                f"{_name(code, lang)} {printed}" for code, printed in self.inputs
            ),
            "divisor": _name(self.inputs[-1][0], lang) if self.inputs else "",
            "unit": _UNIT_SHOWN.get(kind.unit, ("", ""))[0 if en else 1],
            "years": (" and " if en else "、").join(str(y) for y in self.agreeing_years),
            **dict(self.facts),
        }
        text = (self.message.en if en else self.message.zh).format_map(facts)
        return f"{self.status.mark} {text}"


_UNIT_SHOWN: Final = types.MappingProxyType(
    {
        "%": ("%", "%"),
        "‰": ("‰", "‰"),
        "yuan": (" yuan", "元"),
        "yuan per person": (" yuan per person", "元/人"),
    }
)


def _name(code: str, lang: Lang) -> str:
    kind = _KINDS_BY_CODE[code]
    return kind.name_en if lang == "en" else kind.name_zh


@final
@attrs.frozen(kw_only=True)
class AuditResult(Explained):
    """Every finding of an audit, in the order of the relations and years.

    Attributes:
        table: The table audited.
        findings: The findings.
    """

    table: ReportedTable
    findings: tuple[Finding, ...]

    @property
    def inconsistencies(self) -> tuple[Finding, ...]:
        """The findings whose printed figure disagrees with the others at any precision."""
        return tuple(f for f in self.findings if f.status is FindingStatus.DISAGREES)

    @property
    def agreements_at_precision(self) -> tuple[Finding, ...]:
        """The findings that agree only once the printed precision is allowed for."""
        return tuple(f for f in self.findings if f.status is FindingStatus.AGREES_AT_PRECISION)

    _css: ClassVar[str] = "fpcore-audit"

    @property
    def unverified_after(self) -> date | None:
        """Always ``None``: an audit reads no policy-book value, so no horizon applies to it.

        (The figures' own date is the table's; the relations are arithmetic and definitions.)
        """
        return None

    @property
    def checks(self) -> tuple[Check, ...]:
        """One check per finding, held when it agrees, failed when not, ``None`` when implied."""
        cited = self.table.citation
        checks = Checks()
        for finding in self.findings:
            checks.add(
                f"audit.{finding.relation}",
                _HELD[finding.status],
                Message(zh=finding.explain("zh"), en=finding.explain("en")),
                (("year", finding.year), ("figure", finding.figure)),
                citation=cited,
            )
        return checks.build()

    def _extra_sources(self) -> tuple[Citation, ...]:
        return () if self.table.citation is None else (self.table.citation,)

    def headline(self, lang: Lang = "zh") -> str:
        """The table audited and how many findings disagree."""
        lang = check_lang(lang)
        n, bad = len(self.findings), len(self.inconsistencies)
        if lang == "en":
            return f"{self.table.title}: {n} finding{'' if n == 1 else 's'}, {bad} inconsistent."
        return f"{self.table.title}：核查{n}项，{bad}项不一致。"

    def find(self, relation: str, year: int | None = None) -> Finding:
        """The finding of ``relation`` for ``year``.

        Raises:
            InvalidInputError: If the audit made no such finding.
        """
        for finding in self.findings:
            if finding.relation == relation and finding.year == year:
                return finding
        raise InvalidInputError("relation", f"{relation} {year}", "has no finding in this audit")

    def explain(self, lang: Lang = "zh") -> str:
        """One line per finding, marked with its verdict (✓, ≈, ✗ or →), then the sources."""
        lang = check_lang(lang)
        numbers = _Numbers()
        marks = numbers.marks(self.sources)
        lines = [self.headline(lang)]
        lines += [f"  {f.explain(lang)} {marks}".rstrip() for f in self.findings]
        lines += _closing_lines(self.sources, None, lang)
        lines += _source_lines(numbers, lang)
        return "\n".join(lines)


_HELD: Final = types.MappingProxyType(
    {
        FindingStatus.AGREES: True,
        FindingStatus.AGREES_AT_PRECISION: True,
        FindingStatus.DISAGREES: False,
        FindingStatus.IMPLIED: None,
    }
)


# -- relations ------------------------------------------------------------------------------

_AGREES: Final = Message(
    zh="{year}{name}{printed}与{inputs}相符：按印刷数计算为{recomputed}，在{printed}的区间"
    "{interval}内",
    en="{year}{name} {printed} agrees with {inputs}: taken as printed they give {recomputed}, "
    "inside the interval of {printed}, {interval}",
)
_AT_PRECISION: Final = Message(
    zh="{year}{name}{printed}仅在印刷精度内与{inputs}相符：按印刷数计算为{recomputed}，不在"
    "{printed}的区间{interval}内；按各数的印刷精度可得{possible}，与该区间相交",
    en="{year}{name} {printed} agrees with {inputs} at printed precision only: taken as printed "
    "they give {recomputed}, outside the interval of {printed}, {interval}; at the printed "
    "precision of the inputs they give {possible}, which meets it",
)
_DISAGREES: Final = Message(
    zh="{year}{name}{printed}与{inputs}不符：按印刷数计算为{recomputed}；按各数的印刷精度可得"
    "{possible}，与{printed}的区间{interval}不相交",
    en="{year}{name} {printed} disagrees with {inputs}: taken as printed they give "
    "{recomputed}; at the printed precision of the inputs they give {possible}, which misses "
    "the interval of {printed}, {interval}",
)
_DIVISOR: Final = Message(
    zh="。{printed}意味着{divisor}为{implied}（按印刷精度为{implied_interval}），",
    en=". The {divisor} that {printed} implies is {implied} ({implied_interval} at printed "
    "precision), ",
)
_DIVISOR_BOTH: Final = Message(
    zh="。{printed}意味着{divisor}为{implied}：{numerator_printed}按印刷数计为{implied_narrow}，"
    "按两者的印刷精度为{implied_interval}，",
    en=". The {divisor} that {printed} implies is {implied}: {implied_narrow} taking "
    "{numerator_printed} as printed, {implied_interval} at the printed precision of both, ",
)
_DIVISOR_INSIDE: Final = Message(
    zh="在{divisor_printed}的区间{divisor_interval}内",
    en="inside the interval of {divisor_printed}, {divisor_interval}",
)
_DIVISOR_PARTLY: Final = Message(
    zh="与{divisor_printed}的区间{divisor_interval}部分重合",
    en="partly inside the interval of {divisor_printed}, {divisor_interval}",
)
_DIVISOR_HAS_VALUE: Final = Message(zh="，含{divisor_value}", en=", and includes {divisor_value}")
_DIVISOR_LACKS_VALUE: Final = Message(zh="，但不含{divisor_value}", en=", but not {divisor_value}")
_OTHER_YEARS: Final = Message(
    zh="（{years}年的数据按{divisor_value}完全相符）",
    en=" (the value with which {years} agree exactly)",
)
_NEED_DIVISOR: Final = Message(
    zh="；要与{printed}相符，{divisor}应在{implied_interval}内",
    en="; to agree with {printed}, the {divisor} would have to lie in {implied_interval}",
)
_IMPLIED: Final = Message(
    zh="{year}{inputs}意味着{name}为{recomputed}（在{low}至{high}之间）",
    en="{year}{inputs} imply {name} of {recomputed} (between {low} and {high})",
)
_IMPLIED_WIDE: Final = Message(
    zh="{year}{inputs}意味着{name}为{recomputed}：{divisor_printed}按{divisor_value}计，在"
    "{low}至{high}之间；按两者的印刷精度，在{wide_low}至{wide_high}之间",
    en="{year}{inputs} imply {name} of {recomputed}: between {low} and {high} taking "
    "{divisor_printed} as {divisor_value}, between {wide_low} and {wide_high} at the printed "
    "precision of both",
)
_IMPLIED_POINT: Final = Message(
    zh="{year}{inputs}意味着{name}为{recomputed}{unit}",
    en="{year}{inputs} imply {name} of {recomputed}{unit}",
)
_IMPLIED_POINT_WIDE: Final = Message(
    zh="{year}{inputs}意味着{name}为{recomputed}{unit}（按印刷精度为{possible}）",
    en="{year}{inputs} imply {name} of {recomputed}{unit} ({possible} at printed precision)",
)
_PARTS_OK: Final = Message(
    zh="{inputs}之和为{recomputed}，不超过{name}{printed}（余{low}）",
    en="{inputs} add up to {recomputed}, within {name} {printed} ({low} remain)",
)
_PARTS_AT_PRECISION: Final = Message(
    zh="{inputs}之和为{recomputed}，超过{name}{printed}，但按印刷精度（{possible}对{interval}）"
    "可以不超过",
    en="{inputs} add up to {recomputed}, more than {name} {printed}, but not necessarily at "
    "printed precision ({possible} against {interval})",
)
_PARTS_BAD: Final = Message(
    zh="{inputs}之和为{recomputed}，超过{name}{printed}（按印刷精度{possible}对{interval}亦然）",
    en="{inputs} add up to {recomputed}, more than {name} {printed}, even at printed precision "
    "({possible} against {interval})",
)
_VERDICT_MESSAGES: Final = types.MappingProxyType(
    {
        FindingStatus.AGREES: _AGREES,
        FindingStatus.AGREES_AT_PRECISION: _AT_PRECISION,
        FindingStatus.DISAGREES: _DISAGREES,
    }
)

# (relation / target, numerator, denominator candidates, multiplier)
_RATIOS: Final = (
    ("crude_birth_rate", "births", ("mean_population", "population"), 1000),
    ("crude_death_rate", "deaths", ("mean_population", "population"), 1000),
    ("per_capita_funding", "funding", ("population",), 1),
    ("sex_ratio_at_birth", "male_births", ("female_births",), 100),
    ("policy_compliance_rate", "within_policy_births", ("births",), 100),
    ("contraceptive_prevalence", "contraceptive_users", ("married_women",), 100),
)
# (relation / target, terms with signs, constant)
_SUMS: Final = (
    (
        "natural_growth_rate",
        (("crude_birth_rate", 1), ("crude_death_rate", -1)),
        0,
    ),
    ("out_of_policy_rate", (("policy_compliance_rate", -1),), 100),
    ("births", (("male_births", 1), ("female_births", 1)), 0),
)
# (relation, whole, parts)
_PARTS: Final = (
    ("parts_within_whole", "married_women", ("one_child_married_women", "two_plus_married_women")),
    ("within_policy_within_births", "births", ("within_policy_births",)),
    ("users_within_married_women", "married_women", ("contraceptive_users",)),
)


def _join(*messages: Message) -> Message:
    return Message(zh="".join(m.zh for m in messages), en="".join(m.en for m in messages))


def _verdict(exact_value: Fraction, possible: Interval, printed: Interval) -> FindingStatus:
    if exact_value in printed:
        return FindingStatus.AGREES
    if possible.overlaps(printed):
        return FindingStatus.AGREES_AT_PRECISION
    return FindingStatus.DISAGREES


def _range(code: str, interval: Interval) -> tuple[Decimal, Decimal]:
    """For a whole-number figure, the whole numbers in the interval (if any), else its ends."""
    if _KINDS_BY_CODE[code].whole:
        whole = interval.whole_numbers()
        if whole is not None:
            return Decimal(whole[0]), Decimal(whole[1])
    return to_decimal(interval.low), to_decimal(interval.high)


def _checked_ratio(
    target: Figure, numerator: Figure, denominator: Figure, multiplier: int, year: int | None
) -> Finding:
    value = Fraction(numerator.value) * multiplier / Fraction(denominator.value)
    possible = numerator.interval.scaled(multiplier) / denominator.interval
    status = _verdict(value, possible, target.interval)
    message = _VERDICT_MESSAGES[status]
    facts: list[tuple[str, str]] = []
    implied = implied_interval = None
    if status is not FindingStatus.AGREES and target.value > 0:
        implied_value = Fraction(numerator.value) * multiplier / Fraction(target.value)
        implied_interval = numerator.interval.scaled(multiplier) / target.interval
        implied = to_decimal(implied_value)
        narrow = exact(numerator.value).scaled(multiplier) / target.interval
        divisor_clause = _DIVISOR if numerator.half_unit == 0 else _DIVISOR_BOTH
        facts += [
            ("implied_narrow", narrow.render()),
            ("numerator_printed", numerator.printed),
            ("implied", show(implied_value)),
            ("implied_interval", implied_interval.render()),
            ("divisor_printed", denominator.printed),
            ("divisor_interval", denominator.interval.render()),
            ("divisor_value", show(denominator.value)),
        ]
        if status is FindingStatus.DISAGREES:
            message = _join(message, _NEED_DIVISOR)
        elif implied_interval.within(denominator.interval):
            message = _join(message, divisor_clause, _DIVISOR_INSIDE)
        else:
            # agreement at printed precision means some divisor in the printed divisor's
            # interval gives the printed figure: the two intervals always meet here
            message = _join(message, divisor_clause, _DIVISOR_PARTLY)
        if status is FindingStatus.AGREES_AT_PRECISION:
            has_value = Fraction(denominator.value) in implied_interval
            message = _join(message, _DIVISOR_HAS_VALUE if has_value else _DIVISOR_LACKS_VALUE)
    return Finding(
        relation=target.code,
        year=year,
        status=status,
        figure=target.code,
        printed=target.printed,
        recomputed=to_decimal(value),
        interval=target.interval,
        possible=possible,
        low=None,
        high=None,
        inputs=((numerator.code, numerator.printed), (denominator.code, denominator.printed)),
        message=message,
        facts=tuple(facts),
        implied_divisor=implied,
        implied_divisor_interval=implied_interval,
    )


def _ratio_findings(table: ReportedTable, year: int | None) -> list[Finding]:
    findings = []
    for target_code, numerator_code, denominators, multiplier in _RATIOS:
        target = table.get(target_code, year)
        numerator = table.get(numerator_code, year)
        denominator = next(
            (f for f in (table.get(c, year) for c in denominators) if f is not None), None
        )
        if year is not None and all(
            f is None or f.year is None for f in (target, numerator, denominator)
        ):
            continue  # only standing figures: audited once, for year None
        if denominator is None or denominator.value == 0:
            continue  # a positive printed figure's interval is positive too (v − ½ unit > 0)
        inputs_wide = denominator.half_unit != 0
        if target is not None and numerator is not None:
            findings.append(_checked_ratio(target, numerator, denominator, multiplier, year))
        elif target is not None:
            scale = Fraction(denominator.value) / multiplier
            point = Fraction(target.value) * scale
            low, high = _range(numerator_code, target.interval.scaled(scale))
            possible = (target.interval * denominator.interval).scaled(Fraction(1, multiplier))
            wide_low, wide_high = _range(numerator_code, possible)
            findings.append(
                Finding(
                    relation=target_code,
                    year=year,
                    status=FindingStatus.IMPLIED,
                    figure=numerator_code,
                    printed=None,
                    recomputed=to_decimal(point),
                    interval=None,
                    possible=possible,
                    low=low,
                    high=high,
                    inputs=((target_code, target.printed), (denominator.code, denominator.printed)),
                    message=_IMPLIED_WIDE if inputs_wide else _IMPLIED,
                    facts=(
                        ("divisor_printed", denominator.printed),
                        ("divisor_value", show(denominator.value)),
                        ("wide_low", show(wide_low)),
                        ("wide_high", show(wide_high)),
                    ),
                )
            )
        elif numerator is not None:
            point = Fraction(numerator.value) * multiplier / Fraction(denominator.value)
            possible = numerator.interval.scaled(multiplier) / denominator.interval
            findings.append(
                Finding(
                    relation=target_code,
                    year=year,
                    status=FindingStatus.IMPLIED,
                    figure=target_code,
                    printed=None,
                    recomputed=to_decimal(point),
                    interval=None,
                    possible=possible,
                    low=None,
                    high=None,
                    inputs=(
                        (numerator_code, numerator.printed),
                        (denominator.code, denominator.printed),
                    ),
                    message=_IMPLIED_POINT if possible.is_point else _IMPLIED_POINT_WIDE,
                )
            )
    return findings


def _sum_findings(table: ReportedTable, year: int | None) -> list[Finding]:
    findings = []
    for target_code, terms, constant in _SUMS:
        target = table.get(target_code, year)
        figures = [(table.get(code, year), sign) for code, sign in terms]
        if target is None or any(f is None for f, _ in figures):
            continue
        if year is not None and all(
            f is None or f.year is None for f, _ in [(target, 1), *figures]
        ):
            continue
        present = [(f, sign) for f, sign in figures if f is not None]
        value = Fraction(constant) + sum(
            (Fraction(f.value) * sign for f, sign in present), Fraction(0)
        )
        possible = exact(constant)
        for f, sign in present:
            possible = possible + (f.interval if sign > 0 else -f.interval)
        status = _verdict(value, possible, target.interval)
        findings.append(
            Finding(
                relation=target_code,
                year=year,
                status=status,
                figure=target_code,
                printed=target.printed,
                recomputed=to_decimal(value),
                interval=target.interval,
                possible=possible,
                low=None,
                high=None,
                inputs=tuple((f.code, f.printed) for f, _ in present),
                message=_VERDICT_MESSAGES[status],
            )
        )
    return findings


def _parts_findings(table: ReportedTable, year: int | None) -> list[Finding]:
    findings = []
    for relation, whole_code, part_codes in _PARTS:
        whole = table.get(whole_code, year)
        found = [table.get(code, year) for code in part_codes]
        if whole is None or any(p is None for p in found):
            continue
        parts = [p for p in found if p is not None]
        if year is not None and all(f.year is None for f in [whole, *parts]):
            continue
        total = sum((p.value for p in parts), Decimal(0))
        possible = parts[0].interval
        for part in parts[1:]:
            possible = possible + part.interval
        if total <= whole.value:
            status, message = FindingStatus.AGREES, _PARTS_OK
        elif possible.low < whole.interval.high or (
            possible.low == whole.interval.high
            and possible.low_closed
            and whole.interval.high_closed
        ):
            status, message = FindingStatus.AGREES_AT_PRECISION, _PARTS_AT_PRECISION
        else:
            status, message = FindingStatus.DISAGREES, _PARTS_BAD
        findings.append(
            Finding(
                relation=relation,
                year=year,
                status=status,
                figure=whole_code,
                printed=whole.printed,
                recomputed=total,
                interval=whole.interval,
                possible=possible,
                low=whole.value - total if status is FindingStatus.AGREES else None,
                high=None,
                inputs=tuple((p.code, p.printed) for p in parts),
                message=message,
            )
        )
    return findings


def _growth_findings(table: ReportedTable, year: int) -> list[Finding]:
    previous = table.get("funding", year - 1)
    current = table.get("funding", year)
    if previous is None or current is None or previous.year is None or current.year is None:
        return []
    if previous.value <= 0:
        return []
    value = (Fraction(current.value) / Fraction(previous.value) - 1) * 100
    # current ÷ previous − 1, not (current − previous) ÷ previous: each figure appears once,
    # so the interval holds exactly the growths the two printed figures allow
    possible = (current.interval / previous.interval).scaled(100).shifted(-100)
    printed = table.get("funding_growth", year)
    inputs = (("funding", f"{previous.printed} ({year - 1})"), ("funding", current.printed))
    if printed is None or printed.year is None:
        return [
            Finding(
                relation="funding_growth",
                year=year,
                status=FindingStatus.IMPLIED,
                figure="funding_growth",
                printed=None,
                recomputed=to_decimal(value),
                interval=None,
                possible=possible,
                low=None,
                high=None,
                inputs=inputs,
                message=_IMPLIED_POINT_WIDE,  # printed funding is never exact
            )
        ]
    status = _verdict(value, possible, printed.interval)
    return [
        Finding(
            relation="funding_growth",
            year=year,
            status=status,
            figure="funding_growth",
            printed=printed.printed,
            recomputed=to_decimal(value),
            interval=printed.interval,
            possible=possible,
            low=None,
            high=None,
            inputs=inputs,
            message=_VERDICT_MESSAGES[status],
        )
    ]


def _with_agreeing_years(findings: list[Finding], table: ReportedTable) -> list[Finding]:
    """Name the years that agree exactly with a standing divisor another year's figure misses."""
    result = []
    for finding in findings:
        interval = finding.implied_divisor_interval
        if (
            finding.status is FindingStatus.AGREES_AT_PRECISION
            and interval is not None
            and finding.year is not None
        ):
            divisor = table.get(finding.inputs[-1][0], finding.year)
            if (
                divisor is not None
                and divisor.year is None
                and Fraction(divisor.value) not in interval
            ):
                years = tuple(
                    f.year
                    for f in findings
                    if f.relation == finding.relation
                    and f.year is not None
                    and f.year != finding.year
                    and f.status is FindingStatus.AGREES
                    and f.inputs[-1] == finding.inputs[-1]
                )
                if years:
                    finding = attrs.evolve(
                        finding,
                        agreeing_years=years,
                        message=_join(finding.message, _OTHER_YEARS),
                    )
        result.append(finding)
    return result


def audit(figures: ReportedTable) -> AuditResult:
    """Recompute every figure of a reported table that follows from the others.

    Relations checked, for each year of the table (standing figures such as a total population
    apply to every year):

    - a rate against its counts: crude birth and death rates against births or deaths and the
      (mean) population; sex ratio against male and female births; policy compliance against
      births within policy and births; contraceptive prevalence against users and married women;
    - per-capita funding against funding and population;
    - sums: natural growth = birth rate − death rate; out-of-policy rate = 100 − compliance;
      births = male + female births;
    - parts within a whole: women with one child + women with two or more ≤ married women,
      births within policy ≤ births, contraceptive users ≤ married women;
    - growth: funding growth against the two years' funding.

    Every printed figure stands for an interval (see :class:`Figure`). A figure **agrees** when
    the exact recomputation from the others, taken as printed, lies in its interval; it
    **agrees at printed precision** when only the values the others allow within their own
    printed precision meet its interval; otherwise it **disagrees**. All arithmetic is exact
    (rational ends, no rounding). For a ratio that does not agree exactly, the finding gives
    the divisor the printed figure implies and says whether the divisor's printed interval
    holds it. Where a figure is not printed but follows from others, the finding gives the
    implied value and its range (for counts, the whole numbers in it).

    Args:
        figures: The reported table.

    Raises:
        InvalidInputError: If ``figures`` is not a :class:`ReportedTable`.

    >>> from fpcore.indicators import DINGNAN_2008_2010
    >>> result = audit(DINGNAN_2008_2010)
    >>> result.inconsistencies
    ()
    >>> [(f.relation, f.year) for f in result.agreements_at_precision]
    [('per_capita_funding', 2008)]
    """
    if not isinstance(figures, ReportedTable):
        raise InvalidInputError("figures", figures, "must be a ReportedTable")
    findings: list[Finding] = []
    for year in (None, *figures.years):
        findings += _parts_findings(figures, year)
        findings += _ratio_findings(figures, year)
        findings += _sum_findings(figures, year)
        if year is not None:
            findings += _growth_findings(figures, year)
    return AuditResult(table=figures, findings=tuple(_with_agreeing_years(findings, figures)))
