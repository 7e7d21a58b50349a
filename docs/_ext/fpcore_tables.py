"""Generate Markdown tables from the built-in policy book before Sphinx reads the sources."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fpcore import default_book
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


def _generate(app: Any) -> None:
    out = Path(app.srcdir) / "_generated"
    out.mkdir(exist_ok=True)
    text = policy_book_markdown(default_book())
    target = out / "policy_book.md"
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


def setup(app: Any) -> dict[str, Any]:
    """Register the generator."""
    app.connect("builder-inited", _generate)
    return {"parallel_read_safe": True, "version": "1"}
