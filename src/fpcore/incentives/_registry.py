"""The registry of incentive programmes: ``programs``, ``program``, ``assess``, ``entitlement``."""

from __future__ import annotations

from datetime import date
from typing import Final, Literal, TypeAlias, get_args

from fpcore.errors import UnknownProgramError
from fpcore.explain import Decision
from fpcore.family import Family
from fpcore.incentives import (
    childcare_subsidy,
    family_planning_insurance,
    one_child_parent_reward,
    reward_assistance,
    special_assistance,
)
from fpcore.incentives._base import Entitlement, Programme
from fpcore.params import PolicyBook

__all__ = ["PROGRAMMES", "ProgrammeCode", "assess", "entitlement", "program", "programs"]

ProgrammeCode: TypeAlias = Literal[
    "reward_assistance",
    "special_assistance",
    "one_child_parent_reward",
    "family_planning_insurance",
    "childcare_subsidy",
]
"""The built-in programme codes: :func:`assess` and :func:`entitlement` take one, so a type
checker flags a misspelt code. For a code known only at run time (read from a form or a file),
use :func:`program`, which takes any string and raises
:class:`~fpcore.errors.UnknownProgramError` for an unknown one."""

PROGRAMMES: Final[tuple[Programme, ...]] = (
    reward_assistance.PROGRAMME,
    special_assistance.PROGRAMME,
    one_child_parent_reward.PROGRAMME,
    family_planning_insurance.PROGRAMME,
    childcare_subsidy.PROGRAMME,
)
"""Every registered programme, in a fixed order."""

_CODES: Final[tuple[ProgrammeCode, ...]] = get_args(ProgrammeCode)
if tuple(p.code for p in PROGRAMMES) != _CODES:  # pragma: no cover - a registry defect
    raise TypeError(f"ProgrammeCode does not list the registered programmes {_CODES}")
_BY_CODE: Final = {p.code: p for p in PROGRAMMES}


def programs() -> tuple[ProgrammeCode, ...]:
    """The codes of every registered programme.

    >>> programs()[:2]
    ('reward_assistance', 'special_assistance')
    """
    return _CODES


def program(code: str) -> Programme:
    """The programme registered under ``code``.

    Raises:
        UnknownProgramError: If no programme has that code (the message lists the known ones).

    >>> program("childcare_subsidy").title.en
    'Childcare subsidy'
    """
    try:
        return _BY_CODE[code]
    except (KeyError, TypeError):  # TypeError: an unhashable "code"
        raise UnknownProgramError(code, _CODES) from None


def assess(
    program_code: ProgrammeCode, family: Family, *, on: date, book: PolicyBook | None = None
) -> Decision:
    """Whether ``family`` qualifies for a programme on ``on``, and the yearly amount.

    The amount is in yuan per year at the rates in force on ``on``, summed over the family's
    beneficiaries (:attr:`~fpcore.explain.Decision.breakdown` gives each one's share), with one
    :class:`~fpcore.explain.Check` per condition. A programme not in force on ``on`` gives a
    normal "not eligible" decision whose check says so.

    Args:
        program_code: A code from :func:`programs` (typed ``ProgrammeCode``).
        family: The family.
        on: The date of the decision.
        book: The policy book; ``None`` uses :func:`fpcore.params.default_book`.

    Raises:
        UnknownProgramError: For an unknown code.
        InvalidInputError: If ``family`` is not a Family, ``on`` not a date, ``book`` not a book.

    >>> from datetime import date
    >>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
    >>> he = Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=Hukou.RURAL)
    >>> she = Person(sex=Sex.FEMALE, birth_date=date(1950, 5, 2), hukou=Hukou.RURAL)
    >>> girl = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
    >>> family = Family(father=he, mother=she, children=(girl,), jurisdiction=DINGNAN)
    >>> print(assess("reward_assistance", family, on=date(2012, 3, 1)).explain("en"))
    Rural reward-and-assistance — Dingnan County, 2012-03-01: eligible, 1,920.00 yuan per year.
      ✓ Both spouses hold a rural hukou [1]
      ...
      Amount: 1,920.00 yuan per year (mother 960.00; father 960.00) [2]
      Sources:
      [1] General Office of the State Council: ...
      [2] Ministry of Finance and NPFPC notice ... (财教〔2011〕623号), ...
    """
    return program(program_code).assess(family, on=on, book=book)


def entitlement(
    program_code: ProgrammeCode,
    family: Family,
    *,
    start: date,
    end: date,
    book: PolicyBook | None = None,
) -> Entitlement:
    """What a programme pays ``family`` for each calendar month touched by ``[start, end]``.

    Each programme counts months by its own text (from the month after a birthday, from the
    month of certification, until the month a child turns N…: see
    :attr:`Programme.proration <fpcore.incentives.Programme.proration>`); a month's amount is the
    yearly amount then in force ÷ 12, to the fen, and :attr:`Entitlement.total` is their sum.

    Raises:
        UnknownProgramError: For an unknown code.
        InvalidInputError: For a bad family, dates (``end`` before ``start``) or book.

    >>> from datetime import date
    >>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
    >>> he = Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=Hukou.RURAL)
    >>> girl = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
    >>> family = Family(father=he, mother=None, children=(girl,), jurisdiction=DINGNAN)
    >>> e = entitlement("reward_assistance", family, start=date(2008, 1, 1), end=date(2008, 12, 31))
    >>> e.paid_months, e.total
    (9, Decimal('450.00'))
    """
    return program(program_code).entitlement(family, start=start, end=end, book=book)
