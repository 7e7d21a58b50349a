"""Foundation benchmarks: ``import fpcore`` and a policy-book lookup (PERFORMANCE.md)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

SRC = str(Path(__file__).resolve().parent.parent / "src")


def _spawn(code: str) -> None:
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": SRC})


def run(measure):  # type: ignore[no-untyped-def]
    from run import Target  # the runner's own module

    from fpcore import DINGNAN, default_book

    book = default_book()
    on = date(2012, 3, 1)
    lookups = 100_000

    def resolve() -> None:
        for _ in range(lookups):
            book.resolve("reward_assistance.amount", on=on, jurisdiction=DINGNAN)

    timings = [
        measure("python_startup", lambda: _spawn("pass"), items=1),
        measure("python_startup_import_fpcore", lambda: _spawn("import fpcore"), items=1),
        measure("book_resolve", resolve, items=lookups),
    ]
    by = {t.name: t for t in timings}
    import_s = by["python_startup_import_fpcore"].best - by["python_startup"].best
    targets = [
        Target("import_fpcore", import_s * 1000, 50.0, "ms"),
        Target("book_resolve", by["book_resolve"].best / lookups * 1e6, 1.0, "µs"),
    ]
    return timings, targets
