"""Markdown pages generated from a sheet's data (used by the documentation build)."""

from __future__ import annotations

from decimal import Decimal

from fpcore.assessment._model import (
    AssessmentSheet,
    AssessorItem,
    BandedItem,
    CaseDeductionItem,
    ChecklistItem,
    Direction,
    FindingTrigger,
    Item,
    TargetItem,
)
from fpcore.errors import InvalidInputError
from fpcore.params import Citation

__all__ = ["sheet_markdown"]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _num(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _rule(item: Item) -> str:
    better = "≥" if getattr(item, "direction", None) is not Direction.LOWER_IS_BETTER else "≤"
    if isinstance(item, TargetItem):
        target = "the unit's own target" if item.target is None else f"{better} {_num(item.target)}"
        text = (
            f"{target}; −{_num(item.deduction)} per {_num(item.step)} short "
            f"({item.counting.value} steps), floor {_num(item.floor)}"
        )
        if item.zero_beyond is not None:
            worse = "<" if better == "≥" else ">"
            text += f"; at most 0 if {worse} {_num(item.zero_beyond)}"
        return text
    if isinstance(item, BandedItem):
        bands = ", ".join(f"{better} {_num(b.bound)} → {_num(b.share)}" for b in item.bands)
        return f"{bands}, otherwise {_num(item.otherwise)} of the points"
    if isinstance(item, CaseDeductionItem):
        return f"−{_num(item.per_case)} per case, floor {_num(item.floor)}"
    if isinstance(item, ChecklistItem):
        return "; ".join(f"{e.title.zh} ({e.title.en}) −{_num(e.deduction)}" for e in item.elements)
    if isinstance(item, AssessorItem):
        return f"assessors give {_num(item.minimum)}–{_num(item.points)}"
    full = f"; full marks if {better} {_num(item.full_at)}" if item.full_at is not None else ""
    return (
        f"level vs mean and progress vs last year, level weight "
        f"{_num(item.level_weight_if_worse)} if worse than the mean, "
        f"{_num(item.level_weight_otherwise)} otherwise{full}"
    )


def _source(citation: Citation) -> str:
    return _cell(citation.render("zh")) + f" ({citation.confidence.value})"


def sheet_markdown(sheet: AssessmentSheet) -> str:
    """A Markdown page describing ``sheet``: sections, items, rules, vetoes, grades, sources.

    >>> from fpcore.assessment.sheets import VILLAGE_100_POINT
    >>> sheet_markdown(VILLAGE_100_POINT).splitlines()[0]
    '# 村委会计划生育工作百分制考核 — Village committee 100-point sheet'

    Raises:
        InvalidInputError: If ``sheet`` is not an :class:`AssessmentSheet`.
    """
    if not isinstance(sheet, AssessmentSheet):
        raise InvalidInputError("sheet", sheet, "must be an AssessmentSheet")
    lines = [
        f"# {sheet.title.zh} — {sheet.title.en}",
        "",
        f"Code `{sheet.code}`; assesses: {sheet.assesses.zh} ({sheet.assesses.en}); "
        f"full marks {_num(sheet.maximum)}."
        + (f" Jurisdiction: {sheet.jurisdiction.name_en}." if sheet.jurisdiction else ""),
        "",
        f"Source: {_source(sheet.citation)}",
        "",
    ]
    if sheet.note:
        lines += [f"Note: {sheet.note}", ""]
    if sheet.citation.note:
        lines += [f"What the source says: {sheet.citation.note}", ""]
    for section in sheet.sections:
        lines += [
            f"## {section.title.zh} — {section.title.en} ({_num(section.maximum)})",
            "",
            "| code | item | points | rule | source |",
            "|---|---|---|---|---|",
        ]
        for item in section.items:
            unassessed = (
                f"; not assessed → {_num(item.if_unassessed)}"
                if item.if_unassessed is not None
                else ""
            )
            lines.append(
                f"| `{item.code}` | {_cell(item.title.zh)} ({_cell(item.title.en)}) "
                f"| {_num(item.points)} | {_cell(_rule(item) + unassessed)} "
                f"| {_source(item.citation or sheet.citation)} |"
            )
        lines.append("")
    if sheet.vetoes:
        lines += ["## 一票否决 — Vetoes", "", "| code | trigger | consequences | source |"]
        lines.append("|---|---|---|---|")
        for veto in sheet.vetoes:
            trigger = veto.trigger
            when = (
                f"finding `{trigger.key}`"
                if isinstance(trigger, FindingTrigger)
                else f"`{trigger.key}` {trigger.comparison.value} {_num(trigger.threshold)}"
            )
            consequences = "; ".join(c.message.en for c in veto.consequences) or "veto grade"
            source = _source(veto.citation) if veto.citation else ""
            lines.append(
                f"| `{veto.code}` | {_cell(veto.title.en)}: {when} | {_cell(consequences)} "
                f"| {source} |"
            )
        lines.append("")
    lines += ["## 等次 — Grades", "", "| grade | total at least |", "|---|---|"]
    lines += [
        f"| {band.grade.label('zh')} ({band.grade.label('en')}) | {_num(band.min_score)} |"
        for band in sheet.grades
    ]
    lines.append(f"| {sheet.below_bands.label('zh')} ({sheet.below_bands.label('en')}) | below |")
    lines += [
        "",
        f"Under a veto: {sheet.veto_grade.label('en')}. Bands' source: "
        + _source(sheet.grades_citation or sheet.citation),
        "",
    ]
    return "\n".join(lines)
