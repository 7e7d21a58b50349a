"""Generate one Markdown page per built-in assessment sheet, plus the pay and 国优 tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fpcore.assessment import (
    CompletionBands,
    FindingCriterion,
    ScaledCompletionBonus,
    ScoreBandAllowance,
    ThirteenthMonthBonus,
    WithheldMonthlyPay,
    sheet_markdown,
)
from fpcore.assessment.sheets import (
    ANPING_CHECKS,
    ANPING_OPERATIONS,
    BUILT_IN_SHEETS,
    DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE,
    DINGNAN_THIRTEENTH_MONTH_BONUS,
    DINGNAN_VILLAGE_CADRE_PAY,
    GUOYOU_CRITERIA,
    HEALTH_CHECK_BONUS,
)

PAY_RULES = (
    DINGNAN_THIRTEENTH_MONTH_BONUS,
    DINGNAN_VILLAGE_CADRE_PAY,
    DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE,
    HEALTH_CHECK_BONUS,
    ANPING_CHECKS,
    ANPING_OPERATIONS,
)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _rule_text(rule: Any) -> str:
    if isinstance(rule, ThirteenthMonthBonus | WithheldMonthlyPay):
        shares = (
            ", ".join(f"{s.grade.label('en')} {s.share}" for s in reversed(rule.shares))
            if rule.shares
            else "share = total / maximum"
        )
        if isinstance(rule, WithheldMonthlyPay):
            return f"{rule.withheld_share} of the monthly pay withheld; released: {shares}; nothing released under a veto"
        return f"base × share by grade: {shares}; nothing under a veto"
    if isinstance(rule, ScoreBandAllowance):
        return (
            "; ".join(f"≥ {b.min_score} → {b.amount}" for b in rule.bands)
            + "; nothing under a veto"
        )
    if isinstance(rule, ScaledCompletionBonus):
        bases = ", ".join(f"≥ {b.min_size} people: {b.amount}" for b in rule.bases)
        bands = ", ".join(f"≥ {b.bound} % → {b.share}" for b in rule.bands)
        return f"base {bases}; share {bands}, otherwise {rule.otherwise}"
    assert isinstance(rule, CompletionBands)
    parts = []
    for band in rule.bands:
        rank = (
            f" (top {band.top})" if band.top else f" (bottom {band.bottom})" if band.bottom else ""
        )
        parts.append(f"≥ {band.min_rate} %{rank} → {band.amount}")
    return "; ".join(parts) + f"; otherwise {rule.otherwise}"


def pay_markdown() -> str:
    """Every built-in pay rule: what it pays and its source."""
    lines = ["| code | rule | amounts (yuan) | source |", "|---|---|---|---|"]
    for rule in PAY_RULES:
        lines.append(
            f"| `{rule.code}` | {rule.title.zh} ({rule.title.en}) | {_cell(_rule_text(rule))} "
            f"| {_cell(rule.citation.render('zh'))} ({rule.citation.confidence.value}) |"
        )
    return "\n".join(lines) + "\n"


def criteria_markdown() -> str:
    """The 国优 objective criteria with the goods each supports."""
    lines = ["| code | indicator | holds when | years | six goods |", "|---|---|---|---|---|"]
    for c in GUOYOU_CRITERIA:
        rule = (
            f"= {c.expected}"
            if isinstance(c, FindingCriterion)
            else f"{c.comparison.value} {c.threshold}"
        )
        goods = ", ".join(f"{g.label('zh')} ({g.label('en')})" for g in c.goods)
        lines.append(
            f"| `{c.code}` | {c.title.zh} ({c.title.en}) | {_cell(rule)} | {c.over.value} | {goods} |"
        )
    return "\n".join(lines) + "\n"


def _write(target: Path, text: str) -> None:
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


def _generate(app: Any) -> None:
    out = Path(app.srcdir) / "_generated"
    sheets = out / "sheets"
    sheets.mkdir(parents=True, exist_ok=True)
    for code, sheet in BUILT_IN_SHEETS.items():
        _write(sheets / f"{code}.md", sheet_markdown(sheet))
    _write(out / "assessment_pay.md", pay_markdown())
    _write(out / "guoyou_criteria.md", criteria_markdown())


def setup(app: Any) -> dict[str, Any]:
    """Register the generator."""
    app.connect("builder-inited", _generate)
    return {"parallel_read_safe": True, "version": "1"}
