"""Generate the birth-policy eras table from the built-in policy book."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fpcore import DINGNAN, NATIONAL, default_book
from fpcore.births import Era, eras
from fpcore.jurisdictions import Jurisdiction
from fpcore.params import PolicyBook


def _flag(value: bool | None) -> str:
    return "—" if value is None else ("yes" if value else "no")


def _count(value: int | None) -> str:
    return "—" if value is None else str(value)


def _row(era: Era) -> str:
    sources = "; ".join(c.render("zh").replace("|", "\\|") for c in era.citations)
    until = era.end.isoformat() if era.end else "…"
    return (
        f"| {era.start.isoformat()} | {until} | {_count(era.permitted_children)} "
        f"| {_count(era.grounds_birth_order)} | {_flag(era.permit_required)} "
        f"| {_flag(era.spacing_required)} | {_flag(era.one_only_child_ground)} "
        f"| {_flag(era.third_birth_grounds)} | {_flag(era.adopted_children_count)} "
        f"| {_flag(era.fee_in_force)} | {sources} |"
    )


def birth_eras_markdown(book: PolicyBook, where: tuple[Jurisdiction, ...]) -> str:
    """One table of eras per jurisdiction."""
    lines: list[str] = []
    for jurisdiction in where:
        lines += [
            f"### {jurisdiction.name_en} ({jurisdiction.name_zh}, {jurisdiction.code})",
            "",
            "| from | until | children without a ground | birth order a ground permits "
            "| permit needed | spacing rule | one spouse an only child is a ground "
            "| one more after two | adopted children count "
            "| social maintenance fee | sources of the changes |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
            *(_row(era) for era in eras(jurisdiction, book=book)),
            "",
        ]
    return "\n".join(lines)


def _generate(app: Any) -> None:
    out = Path(app.srcdir) / "_generated"
    out.mkdir(exist_ok=True)
    text = birth_eras_markdown(default_book(), (DINGNAN, NATIONAL))
    target = out / "birth_eras.md"
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


def setup(app: Any) -> dict[str, Any]:
    """Register the generator."""
    app.connect("builder-inited", _generate)
    return {"parallel_read_safe": True, "version": "1"}
