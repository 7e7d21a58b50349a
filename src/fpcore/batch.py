"""Evaluating programmes over populations: streaming decisions, outlays, the cost of a reform.

Two paths lead through a population. :func:`assess_many`, :func:`total_outlay` and
:func:`reform_cost` run the explained rule on each :class:`~fpcore.family.Family`.
:func:`assess_batch` is the **compiled batch path**: households as plain rows
(:data:`Household`, from a register with :func:`rows_from_register` or from families with
:func:`rows_from_families`), checked as the constructors would (:func:`check_row`) and decided
per programme by a kernel compiled once per jurisdiction and date, with the scalar rule deciding
every row the kernel cannot settle; any row's explanation is built on demand
(:meth:`BatchResult.explain`). Both give the same outcomes and amounts.

Everything here consumes an iterable of families once, lazily, holding one family at a time, so
memory stays flat however large the population; the pure functions and picklable models also
run partition by partition in a process pool or a cluster.

>>> from datetime import date
>>> from fpcore.synthetic import DINGNAN_2010, county
>>> outlay = total_outlay("reward_assistance", county(DINGNAN_2010.scaled(100)),
...                       on=date(2010, 6, 30))
>>> outlay.families, outlay.eligible > 0, outlay.amount > 0
(599, True, True)
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import Final, final

import attrs

from fpcore._batch._engine import (
    CHUNK,
    BatchResult,
    Outcome,
    ProgrammeResult,
    assess_batch,
    outcome_of,
    yuan,
)
from fpcore._batch._rows import (
    REGISTER_COLUMNS,
    ChildRow,
    Household,
    ParentRow,
    check_row,
    family_from_row,
    row_from_family,
    rows_from_families,
    rows_from_register,
)
from fpcore._validate import check_book
from fpcore.dates import check_date
from fpcore.errors import InvalidInputError
from fpcore.explain import Decision, format_fact
from fpcore.family import Family
from fpcore.incentives import Programme, program
from fpcore.money import ZERO
from fpcore.params import PolicyBook
from fpcore.plausibility import check_living_ages

__all__ = [
    "CHUNK",
    "REGISTER_COLUMNS",
    "BatchResult",
    "ChildRow",
    "Household",
    "Outcome",
    "Outlay",
    "ParentRow",
    "ProgrammeResult",
    "ReformCost",
    "assess_batch",
    "assess_many",
    "check_row",
    "family_from_row",
    "outcome_of",
    "reform_cost",
    "row_from_family",
    "rows_from_families",
    "rows_from_register",
    "total_outlay",
    "yuan",
]

_DEFAULT_EVERY: Final = 1000


_book = check_book


def _family(index: int, family: object, on: date) -> Family:
    if not isinstance(family, Family):
        raise InvalidInputError(f"families[{index}]", family, "must be a Family")
    check_living_ages(family, on)  # a person past MAX_AGE is a missing death record
    return family


def assess_many(
    program_code: str,
    families: Iterable[Family],
    *,
    on: date,
    book: PolicyBook | None = None,
    progress: Callable[[int], object] | None = None,
    every: int = _DEFAULT_EVERY,
) -> Iterator[Decision]:
    """The decision for each family, lazily, in the order given.

    Arguments are checked at once; the families are read one at a time as the result is
    iterated. ``progress``, if given, is called with the number of families done after every
    ``every`` families and once at the end.

    Raises:
        UnknownProgramError: For an unknown programme code.
        InvalidInputError: For a bad date, book or ``every``, or (while iterating) an item of
            ``families`` that is not a Family, named by its index.

    >>> from datetime import date
    >>> from fpcore.synthetic import DINGNAN_2010, county
    >>> seen = []
    >>> decisions = assess_many("childcare_subsidy", county(DINGNAN_2010.scaled(1000)),
    ...                         on=date(2025, 6, 1), progress=seen.append, every=25)
    >>> sum(1 for _ in decisions), seen
    (58, [25, 50, 58])
    """
    chosen = program(program_code)
    day = check_date(on, "on")
    if isinstance(every, bool) or not isinstance(every, int) or every < 1:
        raise InvalidInputError("every", every, "must be an int ≥ 1")
    if progress is not None and not callable(progress):
        raise InvalidInputError("progress", progress, "must be callable or None")
    try:
        stream = iter(families)
    except TypeError:
        raise InvalidInputError("families", families, "must be an iterable of Family") from None
    return _stream(chosen, stream, day, _book(book), progress, every)


def _stream(
    chosen: Programme,
    families: Iterable[Family],
    on: date,
    book: PolicyBook,
    progress: Callable[[int], object] | None,
    every: int,
) -> Iterator[Decision]:
    rule = chosen.rule
    done = 0
    for done, family in enumerate(families, start=1):
        yield rule(_family(done - 1, family, on), on, on, book)
        if progress is not None and done % every == 0:
            progress(done)
    if progress is not None and done % every:
        progress(done)


@final
@attrs.frozen(kw_only=True)
class Outlay:
    """What one programme costs for a population on one date.

    Attributes:
        program: The programme code.
        on: The date.
        families: Families assessed.
        eligible: Families eligible.
        amount: The sum of their yearly amounts, in yuan.
        undetermined: Families whose decision is undetermined (a condition could not be
            decided): their amount is unknown, so it is not in ``amount``, and not zero.
    """

    program: str
    on: date
    families: int
    eligible: int
    amount: Decimal
    undetermined: int = 0

    def _repr_html_(self) -> str:
        """A one-row HTML table: programme, date, families, eligible, yuan per year."""
        return (
            '<div class="fpcore-outlay"><table><thead><tr><th>programme</th><th>on</th>'
            "<th>families</th><th>eligible</th><th>undetermined</th>"
            '<th style="text-align: right">yuan per year</th></tr></thead><tbody>'
            f"{_outlay_row(self, html.escape(self.program))}</tbody></table></div>"
        )


def _outlay_row(outlay: Outlay, label: str) -> str:
    return (
        f"<tr><td>{label}</td><td>{outlay.on.isoformat()}</td>"
        f'<td style="text-align: right">{outlay.families:,}</td>'
        f'<td style="text-align: right">{outlay.eligible:,}</td>'
        f'<td style="text-align: right">{outlay.undetermined:,}</td>'
        f'<td style="text-align: right">{format_fact(outlay.amount)}</td></tr>'
    )


def total_outlay(
    program_code: str,
    families: Iterable[Family],
    *,
    on: date,
    book: PolicyBook | None = None,
) -> Outlay:
    """The yearly outlay of a programme for a population at the rates in force on ``on``.

    Raises:
        UnknownProgramError: For an unknown programme code.
        InvalidInputError: For a bad date, book or family.
    """
    count = eligible = undetermined = 0
    amount = ZERO
    for decision in assess_many(program_code, families, on=on, book=book):
        count += 1
        if decision.amount is None:
            undetermined += 1
        elif decision.eligible:
            eligible += 1
            amount += decision.amount
    return Outlay(
        program=program_code,
        on=on,
        families=count,
        eligible=eligible,
        amount=amount,
        undetermined=undetermined,
    )


@final
@attrs.frozen(kw_only=True)
class ReformCost:
    """The outlay of a programme under two books, and the difference.

    Attributes:
        base: The outlay under the current book.
        reform: The outlay under the reform book.
    """

    base: Outlay
    reform: Outlay

    @property
    def difference(self) -> Decimal:
        """How much more the reform costs per year, in yuan (negative if it saves)."""
        return self.reform.amount - self.base.amount

    def _repr_html_(self) -> str:
        """An HTML table of both outlays and the difference."""
        return (
            f'<div class="fpcore-reform-cost"><p><strong>{html.escape(self.base.program)}: '
            f"the reform costs {html.escape(format_fact(self.difference))} yuan per year more"
            "</strong></p><table><thead><tr><th>book</th><th>on</th><th>families</th>"
            "<th>eligible</th><th>undetermined</th>"
            '<th style="text-align: right">yuan per year</th></tr></thead><tbody>'
            f"{_outlay_row(self.base, 'base')}{_outlay_row(self.reform, 'reform')}"
            "</tbody></table></div>"
        )


def reform_cost(
    program_code: str,
    families: Iterable[Family],
    *,
    on: date,
    base: PolicyBook | None = None,
    reform: PolicyBook,
) -> ReformCost:
    """The yearly cost of a reform: the outlay under ``reform`` against ``base``, in one pass.

    Raises:
        UnknownProgramError: For an unknown programme code.
        InvalidInputError: For a bad date, book or family.

    >>> from datetime import date
    >>> from fpcore import DINGNAN, Citation, Confidence, default_book
    >>> from fpcore.synthetic import DINGNAN_2010, county
    >>> raise_ = default_book().override(
    ...     "reward_assistance.amount", "1200", start=date(2012, 1, 1), jurisdiction=DINGNAN,
    ...     citation=Citation(title="测算", confidence=Confidence.ILLUSTRATIVE))
    >>> cost = reform_cost("reward_assistance", county(DINGNAN_2010.scaled(100)),
    ...                    on=date(2012, 6, 30), reform=raise_)
    >>> cost.reform.eligible == cost.base.eligible, cost.difference > 0
    (True, True)
    """
    chosen = program(program_code)
    day = check_date(on, "on")
    if not isinstance(reform, PolicyBook):
        raise InvalidInputError("reform", reform, "must be a PolicyBook")
    books = (_book(base, "base"), reform)
    counts = [0, 0]
    undetermined = [0, 0]
    amounts = [ZERO, ZERO]
    total = 0
    for index, family in enumerate(families):
        checked = _family(index, family, day)
        total += 1
        for side, book in enumerate(books):
            decision = chosen.rule(checked, day, day, book)
            if decision.amount is None:
                undetermined[side] += 1
            elif decision.eligible:
                counts[side] += 1
                amounts[side] += decision.amount
    base_outlay, reform_outlay = (
        Outlay(
            program=program_code,
            on=day,
            families=total,
            eligible=counts[side],
            amount=amounts[side],
            undetermined=undetermined[side],
        )
        for side in (0, 1)
    )
    return ReformCost(base=base_outlay, reform=reform_outlay)
