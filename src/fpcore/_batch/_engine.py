"""The batch engine: chunked streaming through the compiled kernels, the scalar fallback, results."""

from __future__ import annotations

import bisect
import decimal
import enum
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from itertools import islice
from typing import Final, final

from fpcore._batch._kernels import COMPILERS, DEFER, NOT_ELIGIBLE, UNDETERMINED, Compiled
from fpcore._batch._rows import (
    FIELDS,
    Household,
    RegisterRows,
    _prefixed,
    check_row,
    family_from_row,
    fields_ok,
    register_row,
    retyped,
)
from fpcore._validate import check_book
from fpcore.dates import MAX_AGE, check_date
from fpcore.errors import InvalidInputError
from fpcore.explain import Decision
from fpcore.family import Family
from fpcore.incentives import program
from fpcore.jurisdictions import Jurisdiction
from fpcore.params import PolicyBook
from fpcore.plausibility import check_living_ages

CHUNK: Final = 10_000
"""Households read, checked and decided at a time (the cyclic collector makes larger
batches of live objects slower to build)."""

PLAIN_BLOCK: Final = 64
"""Households decided at a time when a register is read in one pass (at most ``chunk``).

The cyclic collector runs when container objects allocated outnumber those freed by 700; a
block of 64 rows (about 450 tuples) is freed before that, and the result keeps the register's
records themselves (no object built to keep them), so reading a register through it triggers
almost no collection. A larger block would: rows nest tuples three deep (row, children,
child), the collector untracks a tuple of plain values only on a pass that finds its items
untracked and reaches a row before its children, so a row lives through three collections
before it is untracked and is promoted to the oldest generation on the way; promotions
trigger full collections, which rescan the whole heap — the caller's records too."""


_EXACT: Final = decimal.Context(prec=60, traps=[decimal.Inexact, decimal.InvalidOperation])


class Outcome(enum.Enum):
    """What a programme decided for one household."""

    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    UNDETERMINED = "undetermined"
    """The rule could not decide (a birth with no ruling it cannot classify, …)."""


def _to_fen(amount: Decimal) -> int:
    return int(amount.scaleb(2, _EXACT))


def outcome_of(decision: Decision) -> tuple[Outcome, int | None]:
    """A decision as ``(outcome, amount in fen)``; the amount is ``None`` when undetermined.

    A decision is undetermined when its ``eligible`` is ``None`` (a condition could not be
    decided and none failed).

    >>> from datetime import date
    >>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex, assess
    >>> he = Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=Hukou.RURAL)
    >>> girl = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1))
    >>> family = Family(mother=None, father=he, children=(girl,), jurisdiction=DINGNAN)
    >>> outcome_of(assess("reward_assistance", family, on=date(2012, 6, 30)))
    (<Outcome.UNDETERMINED: 'undetermined'>, None)
    """
    eligible = decision.eligible
    if eligible is None:
        return Outcome.UNDETERMINED, None
    if eligible:
        return Outcome.ELIGIBLE, _to_fen(decision.amount)  # type: ignore[arg-type]
    return Outcome.NOT_ELIGIBLE, 0


def _encode(decision: Decision) -> int:
    outcome, fen = outcome_of(decision)
    if outcome is Outcome.ELIGIBLE:
        return fen  # type: ignore[return-value]
    return NOT_ELIGIBLE if outcome is Outcome.NOT_ELIGIBLE else UNDETERMINED


def yuan(fen: int) -> Decimal:
    """Int fen as exact ``Decimal`` yuan (``72000`` → ``Decimal('720.00')``).

    >>> yuan(72000), yuan(0)
    (Decimal('720.00'), Decimal('0.00'))
    """
    return Decimal(f"{fen}E-2")


@final
class ProgrammeResult:
    """One programme's answers for every household of a :class:`BatchResult`, in order.

    Attributes:
        program: The programme code.
        on: The date.
        fallbacks: How many households the scalar rule decided (the kernel could not).
        illustrative: Whether any value the rule may read here (for these jurisdictions on
            this date) has no source; a row's own flag is on its :meth:`explain`.
        unverified_after: The earliest date, passed by ``on``, through which the sources of a
            value the rule may read were checked (``None``: none passed); a row's own is on its
            :meth:`explain`.
    """

    __slots__ = (
        "_batch",
        "_values",
        "fallbacks",
        "illustrative",
        "on",
        "program",
        "unverified_after",
    )

    _batch: BatchResult
    _values: list[int]
    program: str
    on: date
    fallbacks: int
    illustrative: bool
    unverified_after: date | None

    def __len__(self) -> int:
        """The number of households."""
        return len(self._values)

    def __repr__(self) -> str:
        return (
            f"<ProgrammeResult {self.program} on {self.on.isoformat()}: {len(self)} households, "
            f"{self.eligible} eligible, {self.undetermined} undetermined, "
            f"{self.fallbacks} by the scalar rule>"
        )

    def outcome(self, index: int) -> Outcome:
        """The outcome for household ``index``."""
        value = self._values[index]
        if value >= 0:
            return Outcome.ELIGIBLE
        return Outcome.NOT_ELIGIBLE if value == NOT_ELIGIBLE else Outcome.UNDETERMINED

    def fen(self, index: int) -> int | None:
        """The yearly amount for household ``index`` in fen.

        0 when not eligible; ``None`` when undetermined.
        """
        value = self._values[index]
        if value >= 0:
            return value
        return 0 if value == NOT_ELIGIBLE else None

    def amount(self, index: int) -> Decimal | None:
        """The yearly amount for household ``index`` in yuan, exact (see :meth:`fen`)."""
        fen = self.fen(index)
        return None if fen is None else yuan(fen)

    def explain(self, index: int) -> Decision:
        """The scalar explained rule's decision for household ``index`` (built on demand)."""
        return self._batch.explain(index, self.program)

    def fens(self) -> Iterator[int | None]:
        """Every household's amount in fen, in order (see :meth:`fen`)."""
        return iter([v if v >= 0 else (0 if v == NOT_ELIGIBLE else None) for v in self._values])

    @property
    def eligible(self) -> int:
        """How many households are eligible."""
        return sum(1 for value in self._values if value >= 0)

    @property
    def undetermined(self) -> int:
        """How many households the rule left undetermined."""
        return self._values.count(UNDETERMINED)

    @property
    def total_fen(self) -> int:
        """The sum of the eligible households' yearly amounts, in fen."""
        return sum(value for value in self._values if value > 0)

    @property
    def total(self) -> Decimal:
        """The sum of the eligible households' yearly amounts, in yuan, exact."""
        return yuan(self.total_fen)


@final
class BatchResult:
    """The answers of one or more programmes for a population of household rows on one date.

    Index a result by programme code for its :class:`ProgrammeResult`. The result keeps the
    rows, so any household can be explained later (:meth:`explain`); from a register read in
    one pass (see :func:`assess_batch`) it keeps the register's records instead, and reads
    them again to explain.

    Attributes:
        on: The date.
        book: The policy book used.
        programs: The programme codes, in the order asked.
    """

    __slots__ = (
        "_kept",
        "_places",
        "_results",
        "_rows",
        "_sources",
        "_starts",
        "book",
        "on",
        "programs",
    )

    on: date
    book: PolicyBook
    programs: tuple[str, ...]
    # Rows are kept without their jurisdiction and source family, so that they hold only
    # plain values: the cyclic collector then stops tracking them, and keeping a large
    # population does not make every later collection slower.
    _rows: list[tuple[object, ...]]
    # From a register read in one pass (RegisterRows.take), instead: the register's records
    # themselves (no object built per record or household) and each household's first one.
    _kept: list[object] | None
    _starts: list[int] | None
    _places: list[tuple[int, Jurisdiction]]
    _sources: dict[int, Family]
    _results: dict[str, ProgrammeResult]

    def _keep(self, block: list[Household]) -> None:
        start = len(self._rows)
        places = self._places
        for offset, row in enumerate(block):
            if not places or places[-1][1] is not row[1]:
                places.append((start + offset, row[1]))
            if row[8] is not None:
                self._sources[start + offset] = row[8]
        self._rows += [(r[0], r[2], r[3], r[4], r[5], r[6], r[7]) for r in block]

    def __len__(self) -> int:
        """The number of households."""
        return len(self._rows) if self._starts is None else len(self._starts)

    def __getitem__(self, program_code: str) -> ProgrammeResult:
        """The results of one programme.

        Raises:
            KeyError: For a programme not asked about.
        """
        return self._results[program_code]

    def __repr__(self) -> str:
        return (
            f"<BatchResult on {self.on.isoformat()}: {len(self)} households, "
            f"programmes {', '.join(self.programs)}>"
        )

    def row(self, index: int) -> Household:
        """The (checked) household row ``index``."""
        if self._starts is not None:
            starts, kept = self._starts, self._kept
            at = range(len(starts))[index]
            end = starts[at + 1] if at + 1 < len(starts) else len(kept)  # type: ignore[arg-type]
            return check_row(register_row(kept[starts[at] : end], self._places[0][1]))  # type: ignore[index]
        key, mother, father, children, married, certified, permitted = self._rows[index]
        where = self._places[bisect.bisect_right(self._places, index, key=_first) - 1][1]
        source = self._sources.get(index % len(self._rows))
        return (key, where, mother, father, children, married, certified, permitted, source)  # type: ignore[return-value]

    def key(self, index: int) -> object:
        """The household key of row ``index`` (the register's household, a family's position)."""
        if self._starts is not None:
            return self.row(index)[0]
        return self._rows[index][0]

    def family(self, index: int) -> Family:
        """The :class:`~fpcore.family.Family` of row ``index``."""
        return family_from_row(self.row(index))

    def explain(self, index: int, program_code: str) -> Decision:
        """The scalar explained rule's decision for household ``index``.

        It has the same outcome and amount as the batch (the differential harness in the tests
        holds them equal).

        Raises:
            KeyError: For a programme not asked about.
            InvalidInputError: From a register read in one pass, when the household's records
                changed since and no longer give the batch's outcome and amount.
        """
        if program_code not in self._results:
            raise KeyError(program_code)
        decision = program(program_code).assess(self.family(index), on=self.on, book=self.book)
        if self._starts is not None:
            # the register's records are read again: they must still say what was decided
            decided = self._results[program_code]._values[index]
            if _encode(decision) != decided:
                raise InvalidInputError(
                    f"rows[{self._starts[index]}]",
                    self.key(index),
                    "(the household's records) changed after the batch decided it: explain "
                    "a household before changing its records",
                )
        return decision


def _new_batch(on: date, book: PolicyBook, programs: tuple[str, ...]) -> BatchResult:
    result: BatchResult = object.__new__(BatchResult)
    result.on, result.book, result.programs = on, book, programs
    result._rows, result._places, result._sources, result._results = [], [], {}, {}
    result._kept = result._starts = None
    return result


def _new_result(
    batch: BatchResult,
    program_code: str,
    values: list[int],
    fallbacks: int,
    compiled: Sequence[Compiled],
) -> ProgrammeResult:
    result: ProgrammeResult = object.__new__(ProgrammeResult)
    result._batch, result._values = batch, values
    result.program, result.on, result.fallbacks = program_code, batch.on, fallbacks
    result.illustrative = any(c.illustrative for c in compiled)
    horizons = [c.unverified_after for c in compiled if c.unverified_after is not None]
    result.unverified_after = min(horizons) if horizons else None
    return result


def _first(place: tuple[int, Jurisdiction]) -> int:
    return place[0]


def _codes(programs: str | Iterable[str]) -> tuple[str, ...]:
    codes = (programs,) if isinstance(programs, str) else tuple(programs)
    if not codes:
        raise InvalidInputError("programs", programs, "must name at least one programme")
    for code in codes:
        program(code)  # raises UnknownProgramError
    return tuple(dict.fromkeys(codes))


def assess_batch(
    programs: str | Iterable[str],
    households: Iterable[Household],
    *,
    on: date,
    book: PolicyBook | None = None,
    chunk: int = CHUNK,
) -> BatchResult:
    """Decide programmes for a population of household rows, through compiled kernels.

    Rows are read ``chunk`` at a time, checked (:func:`check_row`), and decided per programme
    by its kernel, compiled once per jurisdiction and date from the rule's own parameters; the
    rows a kernel cannot settle go to the scalar explained rule. Outcomes and amounts equal the
    scalar rule's on every row, and :meth:`BatchResult.explain` gives any row's explanation.

    Rows straight from :func:`rows_from_register` (nothing read from them yet) are read here in
    one pass, from records to decisions, 64 households at a time (at most
    ``chunk``): only short-lived rows are built, and the result keeps the register's records
    themselves (not a copy), so that reading a large register triggers no full collection of
    the cyclic garbage collector (which would rescan the caller's records each time). Explain
    a household before changing its records: an explanation that no longer gives the batch's
    outcome and amount is refused.

    Args:
        programs: A programme code or several (see :func:`fpcore.incentives.programs`).
        households: Household rows (:func:`rows_from_register`, :func:`rows_from_families`).
        on: The date.
        book: The policy book; ``None`` uses the default book.
        chunk: How many rows to hold at a time while deciding.

    Raises:
        UnknownProgramError: For an unknown programme code.
        InvalidInputError: For a bad date, book or chunk, or a row the model constructors would
            refuse (named ``households[i].field``).

    >>> from datetime import date
    >>> from fpcore.batch import rows_from_families
    >>> from fpcore.synthetic import DINGNAN_2010, county
    >>> result = assess_batch("reward_assistance", rows_from_families(
    ...     county(DINGNAN_2010.scaled(100))), on=date(2012, 6, 30))
    >>> reward = result["reward_assistance"]
    >>> len(reward), reward.eligible > 0, reward.explain(0).eligible == (reward.fen(0) != 0)
    (599, True, True)
    """
    codes = _codes(programs)
    day = check_date(on, "on")
    used = check_book(book)
    if isinstance(chunk, bool) or not isinstance(chunk, int) or chunk < 1:
        raise InvalidInputError("chunk", chunk, "must be an int ≥ 1")
    result = _new_batch(day, used, codes)
    values: dict[str, list[int]] = {code: [] for code in codes}
    fallbacks = dict.fromkeys(codes, 0)
    seen: dict[str, dict[Jurisdiction, Compiled]] = {code: {} for code in codes}
    size = min(chunk, PLAIN_BLOCK)
    taken = households.take(size) if households.__class__ is RegisterRows else None
    if taken is not None:
        where: Jurisdiction | None = households.jurisdiction  # type: ignore[attr-defined]
        plain, result._kept, result._starts = taken
        result._places.append((0, where))  # type: ignore[arg-type]
        blocks = _plain_blocks(plain, where, day)  # type: ignore[arg-type]
    else:
        where = None
        blocks = _checked_blocks(iter(households), chunk, day)
    for block in blocks:
        groups: list[tuple[Jurisdiction, list[int] | None]] = (
            [(where, None)] if where is not None else _by_jurisdiction(block)
        )
        families: dict[int, Family] = {}
        for code in codes:
            answers = _decide(code, block, groups, day, used, seen[code])
            if DEFER in answers:
                rule = program(code)
                for index, answer in enumerate(answers):
                    if answer == DEFER:
                        family = families.get(index)
                        if family is None:
                            row = block[index]
                            if where is not None:
                                row = _public(row, where)
                            family = families[index] = family_from_row(row)
                        answers[index] = _encode(rule.assess(family, on=day, book=used))
                        fallbacks[code] += 1
            values[code] += answers
        if where is None:
            result._keep(block)
    result._results.update(
        (
            code,
            _new_result(result, code, values[code], fallbacks[code], tuple(seen[code].values())),
        )
        for code in codes
    )
    return result


def _public(row: Household, where: Jurisdiction) -> Household:
    """A plain row (``None`` for its jurisdiction) with its jurisdiction."""
    return (row[0], where, row[2], row[3], row[4], row[5], row[6], row[7], None)


def _oldest(on: date) -> date:
    """Parents born before this date may be past MAX_AGE on ``on``."""
    return date(on.year - MAX_AGE, 1, 1) if on.year > MAX_AGE else date.min


def _living_ages(row: Household, on: date) -> None:
    # as the scalar rules do: a member alive past MAX_AGE is a missing death record, refused
    # rather than paid
    check_living_ages(family_from_row(row), on)


def _checked_blocks(stream: Iterator[object], chunk: int, on: date) -> Iterator[list[Household]]:
    """Blocks of ``chunk`` rows, each checked (:func:`check_row`) and plausible on ``on``."""
    oldest = _oldest(on)
    ok = fields_ok
    start = 0
    while block := list(islice(stream, chunk)):
        for offset, row in enumerate(block):
            if (  # check_row's common case, and no parent old enough to be past MAX_AGE
                row.__class__ is tuple
                and len(row) == FIELDS
                and row[1].__class__ is Jurisdiction
                and row[8] is None
                and ok(row, oldest)
            ):
                continue
            try:
                checked = block[offset] = check_row(row)
                mother, father = checked[2], checked[3]
                if (mother is not None and mother[0] < oldest) or (
                    father is not None and father[0] < oldest
                ):
                    _living_ages(checked, on)
            except InvalidInputError as error:
                raise _prefixed(f"households[{start + offset}]", error) from None
        yield block  # type: ignore[misc]
        start += len(block)


def _plain_blocks(
    blocks: Iterator[list[Household]], where: Jurisdiction, on: date
) -> Iterator[list[Household]]:
    """Blocks of plain rows of ``where`` (see :meth:`RegisterRows.take`), checked.

    Each is checked by the validator of :func:`check_row` and plausible on ``on``.
    """
    oldest = _oldest(on)
    ok = fields_ok
    start = 0
    for block in blocks:
        for offset, row in enumerate(block):
            if ok(row, oldest):
                continue
            if not ok(row):
                row = retyped(row)  # cells as the tables layer reads them (text dates, NaT…)
            try:
                checked = check_row(_public(row, where))
                _living_ages(checked, on)
            except InvalidInputError as error:
                raise _prefixed(f"households[{start + offset}]", error) from None
            block[offset] = _public(checked, None)  # type: ignore[arg-type] # a plain row again
        yield block
        start += len(block)


def _by_jurisdiction(block: list[Household]) -> list[tuple[Jurisdiction, list[int] | None]]:
    """The jurisdictions of a block, each with its row indices (``None``: every row)."""
    where = block[0][1]
    if all(row[1] is where for row in block):
        return [(where, None)]
    groups: dict[Jurisdiction, list[int]] = {}
    for index, row in enumerate(block):
        groups.setdefault(row[1], []).append(index)
    return list(groups.items())


def _decide(
    code: str,
    block: list[Household],
    groups: list[tuple[Jurisdiction, list[int] | None]],
    on: date,
    book: PolicyBook,
    seen: dict[Jurisdiction, Compiled],
) -> list[int]:
    compile_ = COMPILERS[code]
    answers: list[int] = []
    for where, indices in groups:
        compiled = seen.get(where)
        if compiled is None:
            compiled = seen[where] = book.derive(compile_, on=on, jurisdiction=where)
        kernel = compiled.kernel
        if indices is None:
            return [DEFER] * len(block) if kernel is None else kernel(block)
        if not answers:
            answers = [DEFER] * len(block)
        if kernel is not None:
            for index, answer in zip(indices, kernel([block[i] for i in indices]), strict=True):
                answers[index] = answer
    return answers
