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


def programme_markdown(book: PolicyBook, keys: tuple[str, ...]) -> str:
    """One table of a programme's parameters: key, level, dates, value, source, confidence."""
    lines = [
        "| parameter | jurisdiction | from | until | value | source | confidence |",
        "|---|---|---|---|---|---|---|",
    ]
    for key in keys:
        parameter = book.parameter(key)
        for entry in book.table(key).entries:
            records = entry.history.values
            for index, record in enumerate(records):
                until = records[index + 1].start.isoformat() if index + 1 < len(records) else ""
                value = "closed" if record.value is None else str(record.value)
                unit = f" {parameter.unit}" if parameter.unit and record.value is not None else ""
                source = record.citation.render("zh").replace("|", "\\|")
                lines.append(
                    f"| `{key}` | {entry.jurisdiction.name_zh} | {record.start.isoformat()} "
                    f"| {until} | {value}{unit} | {source} | {record.citation.confidence.value} |"
                )
    return "\n".join(lines) + "\n"


_READERS_BY_PREFIX = (
    ("births.", "births: classify_birth / classify_births"),
    ("social_maintenance_fee.", "births: social_maintenance_fee"),
    ("leave.", "births: leave_entitlements"),
    ("indicators.", "indicators (formulas, register, audit)"),
)
"""Who reads the keys that no incentive programme lists (by key prefix)."""


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def coverage_markdown(book: PolicyBook, readers: dict[str, list[str]]) -> str:
    """The coverage report as Markdown: every dated record, then every instrument's readers."""
    from fpcore.params import coverage

    rows = coverage(book)
    lines = [
        "| key | jurisdiction | from | until | value | instrument | article | confidence "
        "| verified through |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        value = "closed" if r.value is None else f"{r.value}{' ' + r.unit if r.unit else ''}"
        instrument = r.instrument + (f"（{r.document_number}）" if r.document_number else "")
        lines.append(
            f"| `{r.key}` | {r.jurisdiction.name_zh} ({r.jurisdiction.code}) "
            f"| {r.start.isoformat()} | {r.end.isoformat() if r.end else ''} | {_cell(value)} "
            f"| {_cell(instrument)} | {_cell(r.article or '')} | {r.confidence.value} "
            f"| {r.verified_through.isoformat() if r.verified_through else 'not recorded'} |"
        )
    by_instrument: dict[str, set[str]] = {}
    keys_of: dict[str, set[str]] = {}
    for r in rows:
        name = r.instrument + (f"（{r.document_number}）" if r.document_number else "")
        keys_of.setdefault(name, set()).add(r.key)
        for reader in readers.get(r.key, []):
            by_instrument.setdefault(name, set()).add(reader)
    lines += [
        "",
        "## Which rules read each instrument's values",
        "",
        "| instrument | keys | read by |",
        "|---|---|---|",
    ]
    for name in sorted(keys_of):
        keys = ", ".join(f"`{k}`" for k in sorted(keys_of[name]))
        read_by = ", ".join(sorted(by_instrument.get(name, set()))) or "—"
        lines.append(f"| {_cell(name)} | {keys} | {read_by} |")
    return "\n".join(lines) + "\n"


def readers_of(book: PolicyBook) -> dict[str, list[str]]:
    """For each key of ``book``, the rules that read it (programmes by their declared keys)."""
    from fpcore.incentives import PROGRAMMES

    readers: dict[str, list[str]] = {key: [] for key in book}
    for programme in PROGRAMMES:
        for key in programme.keys:
            readers[key].append(f"incentives: {programme.code}")
    for key in readers:
        for prefix, reader in _READERS_BY_PREFIX:
            if key.startswith(prefix):
                readers[key].append(reader)
    return readers


def _write(target: Path, text: str) -> None:
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


def _generate(app: Any) -> None:
    from fpcore.incentives import PROGRAMMES

    out = Path(app.srcdir) / "_generated"
    out.mkdir(exist_ok=True)
    book = default_book()
    _write(out / "policy_book.md", policy_book_markdown(book))
    _write(out / "indicators.md", indicators_markdown(DEFINITIONS))
    _write(out / "coverage.md", coverage_markdown(book, readers_of(book)))
    for programme in PROGRAMMES:
        _write(out / f"programme_{programme.code}.md", programme_markdown(book, programme.keys))


def setup(app: Any) -> dict[str, Any]:
    """Register the generator."""
    app.connect("builder-inited", _generate)
    return {"parallel_read_safe": True, "version": "1"}
