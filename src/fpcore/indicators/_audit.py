"""Audit of a reported table: recompute every figure that follows from the others."""

from __future__ import annotations

import decimal
import enum
import html
import math
import re
import types
from collections.abc import Iterable
from decimal import Decimal
from typing import Final, cast, final

import attrs

from fpcore._validate import is_a, optional, text
from fpcore.errors import InvalidInputError
from fpcore.explain import Lang, Message, _check_lang, format_fact
from fpcore.indicators._rate import _CONTEXT
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
    """

    code: str
    name_zh: str
    name_en: str
    unit: str
    whole: bool = False


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


def _parse(printed: object, whole: bool) -> tuple[Decimal, Decimal]:
    """The printed number and half a unit of its last printed digit, both scaled by 万/亿.

    A whole-number count printed in full (``"41770"``) is exact: its half unit is 0.
    """
    if not isinstance(printed, str):
        raise InvalidInputError("printed", printed, "must be the figure as printed (a str)")
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

    >>> Figure(code="funding", year=2008, printed="279.9万").value
    Decimal('2799000.0')
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


def _to_figures(values: Iterable[Figure]) -> tuple[Figure, ...]:
    items = tuple(values)
    seen: set[tuple[str, int | None]] = set()
    for index, item in enumerate(items):
        if not isinstance(item, Figure):
            raise InvalidInputError(f"figures[{index}]", item, "must be a Figure")
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
    """What the audit found about one relation."""

    CONSISTENT = "consistent"
    """The printed figure follows from the others within its printed precision."""
    INCONSISTENT = "inconsistent"
    """It does not — the difference exceeds what the printed precision allows."""
    IMPLIED = "implied"
    """The figure is not printed; the others imply this value (or range)."""


_MARK: Final = types.MappingProxyType(
    {
        FindingStatus.CONSISTENT: "✓",
        FindingStatus.INCONSISTENT: "✗",
        FindingStatus.IMPLIED: "→",
    }
)


@final
@attrs.frozen(kw_only=True)
class Finding:
    """The audit of one relation between figures, for one year.

    Attributes:
        relation: The relation's code, e.g. ``"per_capita_funding"`` or ``"parts_within_whole"``.
        year: The year, or ``None`` for standing figures.
        status: Consistent, inconsistent, or an implied value.
        figure: The code of the figure checked or implied.
        printed: The figure as printed (``None`` for an implied one).
        recomputed: The value that follows from the other figures (taken at face value).
        tolerance: What the printed precision allows (half a unit of the last printed digit,
            plus that of every printed rate the relation adds or subtracts).
        low: Lower end of the implied range (implied figures, and what the divisor would have
            to be for an inconsistent ratio to agree), or ``None``.
        high: Upper end of that range, or ``None``.
        inputs: The other figures used, as ``(code, printed)`` pairs.
        message: The sentence; rendered by :meth:`explain`.
    """

    relation: str
    year: int | None
    status: FindingStatus
    figure: str
    printed: str | None
    recomputed: Decimal
    tolerance: Decimal | None
    low: Decimal | None
    high: Decimal | None
    inputs: tuple[tuple[str, str], ...]
    message: Message

    def explain(self, lang: Lang = "zh") -> str:
        """The finding in ``"zh"`` or ``"en"``, marked ✓ consistent, ✗ inconsistent, → implied."""
        lang = _check_lang(lang)
        kind = _KINDS_BY_CODE[self.figure]
        facts = {
            "year": "" if self.year is None else str(self.year),
            "name": kind.name_en if lang == "en" else kind.name_zh,
            "printed": self.printed or "",
            "recomputed": _show(self.recomputed),
            "tolerance": _show(self.tolerance) if self.tolerance is not None else "",
            "low": _show(self.low) if self.low is not None else "",
            "high": _show(self.high) if self.high is not None else "",
            "inputs": (", " if lang == "en" else "、").join(
                f"{_name(code, lang)} {printed}" for code, printed in self.inputs
            ),
            "divisor": _name(self.inputs[-1][0], lang) if self.inputs else "",
            "unit": "" if kind.unit in ("persons", "births", "deaths") else kind.unit,
        }
        text = (self.message.en if lang == "en" else self.message.zh).format_map(facts)
        return f"{_MARK[self.status]} {text}"


def _name(code: str, lang: Lang) -> str:
    kind = _KINDS_BY_CODE[code]
    return kind.name_en if lang == "en" else kind.name_zh


def _show(value: Decimal) -> str:
    """A Decimal for a sentence: up to 4 decimals, thousands separated, trailing zeros cut."""
    rounded = value.quantize(Decimal("0.0001"), rounding=decimal.ROUND_HALF_UP)
    text = format_fact(rounded)
    return text.rstrip("0").rstrip(".") if "." in text else text


@final
@attrs.frozen(kw_only=True)
class AuditResult:
    """Every finding of an audit, in the order of the relations and years.

    Attributes:
        table: The table audited.
        findings: The findings.
    """

    table: ReportedTable
    findings: tuple[Finding, ...]

    @property
    def inconsistencies(self) -> tuple[Finding, ...]:
        """The findings whose printed figure does not follow from the others."""
        return tuple(f for f in self.findings if f.status is FindingStatus.INCONSISTENT)

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
        """One line per finding, under the table's title."""
        return "\n".join(
            [self.table.title, *(f"  {finding.explain(lang)}" for finding in self.findings)]
        )

    def _repr_html_(self) -> str:
        """An escaped HTML list of the findings in English and Chinese."""
        items = "".join(
            f"<li>{html.escape(f.explain('en'))}<br><small>{html.escape(f.explain('zh'))}"
            "</small></li>"
            for f in self.findings
        )
        return (
            f'<div class="fpcore-audit"><p><strong>{html.escape(self.table.title)}</strong></p>'
            f"<ul>{items}</ul></div>"
        )


# -- relations ------------------------------------------------------------------------------

_RATIO_OK: Final = Message(
    zh="{year}年{name}{printed}与{inputs}相符（按其计算为{recomputed}，允许误差±{tolerance}）",
    en="{year} {name} {printed} agrees with {inputs} (they give {recomputed}, printed "
    "precision ±{tolerance})",
)
_RATIO_BAD: Final = Message(
    zh="{year}年{name}{printed}与{inputs}不符：按其计算为{recomputed}，超出允许误差±{tolerance}；"
    "要与{printed}相符，{divisor}应在{low}至{high}之间",
    en="{year} {name} {printed} does not follow from {inputs}: they give {recomputed}, "
    "beyond the printed precision ±{tolerance}; to agree with {printed}, the {divisor} would "
    "have to lie between {low} and {high}",
)
_IMPLIED: Final = Message(
    zh="{year}年{inputs}意味着{name}为{recomputed}（范围{low}至{high}）",
    en="{year} {inputs} imply {name} of {recomputed} (between {low} and {high})",
)
_IMPLIED_POINT: Final = Message(
    zh="{year}年{inputs}意味着{name}为{recomputed}{unit}",
    en="{year} {inputs} imply {name} of {recomputed}{unit}",
)
_DIFF_OK: Final = Message(
    zh="{year}年{name}{printed}与{inputs}相符（计算为{recomputed}，允许误差±{tolerance}）",
    en="{year} {name} {printed} agrees with {inputs} (they give {recomputed}, ±{tolerance})",
)
_DIFF_BAD: Final = Message(
    zh="{year}年{name}{printed}与{inputs}不符：计算为{recomputed}，超出允许误差±{tolerance}",
    en="{year} {name} {printed} does not follow from {inputs}: they give {recomputed}, beyond "
    "±{tolerance}",
)
_PARTS_OK: Final = Message(
    zh="{inputs}之和为{recomputed}，不超过{name}{printed}（余{low}）",
    en="{inputs} add up to {recomputed}, within {name} {printed} ({low} remain)",
)
_PARTS_BAD: Final = Message(
    zh="{inputs}之和为{recomputed}，超过{name}{printed}",
    en="{inputs} add up to {recomputed}, more than {name} {printed}",
)

# (relation / target, numerator, denominator candidates, multiplier)
_RATIOS: Final = (
    ("crude_birth_rate", "births", ("mean_population", "population"), Decimal(1000)),
    ("crude_death_rate", "deaths", ("mean_population", "population"), Decimal(1000)),
    ("per_capita_funding", "funding", ("population",), Decimal(1)),
    ("sex_ratio_at_birth", "male_births", ("female_births",), Decimal(100)),
    ("policy_compliance_rate", "within_policy_births", ("births",), Decimal(100)),
    ("contraceptive_prevalence", "contraceptive_users", ("married_women",), Decimal(100)),
)
# (relation / target, terms with signs, constant)
_SUMS: Final = (
    (
        "natural_growth_rate",
        (("crude_birth_rate", 1), ("crude_death_rate", -1)),
        Decimal(0),
    ),
    ("out_of_policy_rate", (("policy_compliance_rate", -1),), Decimal(100)),
    ("births", (("male_births", 1), ("female_births", 1)), Decimal(0)),
)
# (relation, whole, parts)
_PARTS: Final = (
    ("parts_within_whole", "married_women", ("one_child_married_women", "two_plus_married_women")),
    ("within_policy_within_births", "births", ("within_policy_births",)),
    ("users_within_married_women", "married_women", ("contraceptive_users",)),
)


def _div(a: Decimal, b: Decimal) -> Decimal:
    return _CONTEXT.divide(a, b)


def _implied_range(code: str, low: Decimal, high: Decimal) -> tuple[Decimal, Decimal]:
    """For a whole-number figure, the whole numbers within [low, high] (if any)."""
    if not _KINDS_BY_CODE[code].whole:
        return low, high
    first, last = Decimal(math.ceil(low)), Decimal(math.floor(high))
    return (first, last) if first <= last else (low, high)


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
            continue
        if target is not None and numerator is not None:
            computed = _div(numerator.value * multiplier, denominator.value)
            ok = abs(target.value - computed) <= target.half_unit
            low = high = None
            if not ok and target.value > 0:
                # the divisor that would give the printed figure, within its precision
                low, high = _implied_range(
                    denominator.code,
                    _div(numerator.value * multiplier, target.value + target.half_unit),
                    _div(numerator.value * multiplier, target.value - target.half_unit),
                )
            findings.append(
                Finding(
                    relation=target_code,
                    year=year,
                    status=FindingStatus.CONSISTENT if ok else FindingStatus.INCONSISTENT,
                    figure=target_code,
                    printed=target.printed,
                    recomputed=computed,
                    tolerance=target.half_unit,
                    low=low,
                    high=high,
                    inputs=(
                        (numerator_code, numerator.printed),
                        (denominator.code, denominator.printed),
                    ),
                    message=_RATIO_OK if ok else _RATIO_BAD,
                )
            )
        elif target is not None:
            point = _div(target.value * denominator.value, multiplier)
            low, high = _implied_range(
                numerator_code,
                _div((target.value - target.half_unit) * denominator.value, multiplier),
                _div((target.value + target.half_unit) * denominator.value, multiplier),
            )
            findings.append(
                Finding(
                    relation=target_code,
                    year=year,
                    status=FindingStatus.IMPLIED,
                    figure=numerator_code,
                    printed=None,
                    recomputed=point,
                    tolerance=None,
                    low=low,
                    high=high,
                    inputs=((target_code, target.printed), (denominator.code, denominator.printed)),
                    message=_IMPLIED,
                )
            )
        elif numerator is not None:
            point = _div(numerator.value * multiplier, denominator.value)
            findings.append(
                Finding(
                    relation=target_code,
                    year=year,
                    status=FindingStatus.IMPLIED,
                    figure=target_code,
                    printed=None,
                    recomputed=point,
                    tolerance=None,
                    low=None,
                    high=None,
                    inputs=(
                        (numerator_code, numerator.printed),
                        (denominator.code, denominator.printed),
                    ),
                    message=_IMPLIED_POINT,
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
        computed = constant + sum((f.value * sign for f, sign in figures), Decimal(0))  # type: ignore[union-attr]
        tolerance = target.half_unit + sum((f.half_unit for f, _ in figures), Decimal(0))  # type: ignore[union-attr]
        ok = abs(target.value - computed) <= tolerance
        findings.append(
            Finding(
                relation=target_code,
                year=year,
                status=FindingStatus.CONSISTENT if ok else FindingStatus.INCONSISTENT,
                figure=target_code,
                printed=target.printed,
                recomputed=computed,
                tolerance=tolerance,
                low=None,
                high=None,
                inputs=tuple((f.code, f.printed) for f, _ in figures),  # type: ignore[union-attr]
                message=_DIFF_OK if ok else _DIFF_BAD,
            )
        )
    return findings


def _parts_findings(table: ReportedTable, year: int | None) -> list[Finding]:
    findings = []
    for relation, whole_code, part_codes in _PARTS:
        whole = table.get(whole_code, year)
        parts = [table.get(code, year) for code in part_codes]
        if whole is None or any(p is None for p in parts):
            continue
        if year is not None and all(f is None or f.year is None for f in [whole, *parts]):
            continue
        total = sum((p.value for p in parts), Decimal(0))  # type: ignore[union-attr]
        ok = total <= whole.value + whole.half_unit
        findings.append(
            Finding(
                relation=relation,
                year=year,
                status=FindingStatus.CONSISTENT if ok else FindingStatus.INCONSISTENT,
                figure=whole_code,
                printed=whole.printed,
                recomputed=total,
                tolerance=whole.half_unit,
                low=whole.value - total if ok else None,
                high=None,
                inputs=tuple((p.code, p.printed) for p in parts),  # type: ignore[union-attr]
                message=_PARTS_OK if ok else _PARTS_BAD,
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
    computed = _div((current.value - previous.value) * 100, previous.value)
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
                recomputed=computed,
                tolerance=None,
                low=None,
                high=None,
                inputs=inputs,
                message=_IMPLIED_POINT,
            )
        ]
    ok = abs(printed.value - computed) <= printed.half_unit
    return [
        Finding(
            relation="funding_growth",
            year=year,
            status=FindingStatus.CONSISTENT if ok else FindingStatus.INCONSISTENT,
            figure="funding_growth",
            printed=printed.printed,
            recomputed=computed,
            tolerance=printed.half_unit,
            low=None,
            high=None,
            inputs=inputs,
            message=_DIFF_OK if ok else _DIFF_BAD,
        )
    ]


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

    Inputs are taken at face value; the tolerance of a check is half a unit of the last
    printed digit of the figure checked (``13.4`` → ±0.05), plus, for sums, that of every rate
    added or subtracted. Where a figure is not printed but follows from others, the finding
    gives the implied value and range (for counts, the whole numbers in it).

    Args:
        figures: The reported table.

    Raises:
        InvalidInputError: If ``figures`` is not a :class:`ReportedTable`.

    >>> from fpcore.indicators import DINGNAN_2008_2010
    >>> result = audit(DINGNAN_2008_2010)
    >>> [(f.relation, f.year) for f in result.inconsistencies]
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
    return AuditResult(table=figures, findings=tuple(findings))
