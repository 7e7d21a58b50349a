"""Generate Markdown tables from the built-in policy book before Sphinx reads the sources."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fpcore import default_book
from fpcore.indicators import DEFINITIONS, Definition
from fpcore.params import PolicyBook


def policy_book_markdown(book: PolicyBook) -> str:
    """Every parameter as a section: its values by jurisdiction and date, with citations."""
    lines: list[str] = []
    for parameter in book.parameters:
        lines += [
            f"### `{parameter.key}`",
            "",
            f"{parameter.title_zh} — {parameter.title_en}"
            + (f" ({parameter.unit})" if parameter.unit else ""),
            "",
            "| jurisdiction | from | value | source | confidence |",
            "|---|---|---|---|---|",
        ]
        for entry in book.table(parameter.key).entries:
            for record in entry.history.values:
                value = "closed" if record.value is None else str(record.value)
                source = record.citation.render("zh").replace("|", "\\|")
                lines.append(
                    f"| {entry.jurisdiction.name_zh} ({entry.jurisdiction.code}) "
                    f"| {record.start.isoformat()} | {value} | {source} "
                    f"| {record.citation.confidence.value} |"
                )
        lines.append("")
    return "\n".join(lines)


def indicators_markdown(definitions: tuple[Definition, ...]) -> str:
    """One table row per indicator definition: name, code, formula, unit, source, confidence."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    lines = [
        "| indicator | code (variant) | formula | unit | source | confidence |",
        "|---|---|---|---|---|---|",
    ]
    for d in definitions:
        code = f"`{d.code}`" + (f" ({d.variant})" if d.variant else "")
        lines.append(
            f"| {d.name_zh}<br>{d.name_en} | {code} | {cell(d.formula)} | {d.unit.value} "
            f"| {cell(d.citation.render('zh'))} | {d.citation.confidence.value} |"
        )
    lines.append("")
    return "\n".join(lines)


def _write(out: Path, name: str, text: str) -> None:
    target = out / name
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


def _generate(app: Any) -> None:
    out = Path(app.srcdir) / "_generated"
    out.mkdir(exist_ok=True)
    _write(out, "policy_book.md", policy_book_markdown(default_book()))
    _write(out, "indicators.md", indicators_markdown(DEFINITIONS))


def setup(app: Any) -> dict[str, Any]:
    """Register the generator."""
    app.connect("builder-inited", _generate)
    return {"parallel_read_safe": True, "version": "1"}
