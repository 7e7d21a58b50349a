"""Compiled row kernels: a second, fast statement of each programme's rule, with no explanation.

Per programme a **compile step** reads the rule's own parameter derivation (its ``_params``
through :meth:`~fpcore.params.PolicyBook.derive`) and, for what the rule resolves on its own,
the same book keys (the module's constants), and folds them into constants for one book,
jurisdiction and date: amounts in int fen, ages as birth-date cut-offs, months as date ranges.
The **kernel** then decides a list of household rows with comparisons and counts, returning per
row the amount in fen (≥ 0: eligible), :data:`NOT_ELIGIBLE`, or :data:`DEFER` for a row it
cannot settle — a birth the rule would leave undetermined, a value not in force where the rule
would raise, two children tied for "the latest" — which the scalar rule then decides.

Every rule change must be mirrored here in the same change; the differential harness in the
tests (random, boundary and county rows × every era × three jurisdictions, and planted bugs it
must catch) is the gate.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Final, NamedTuple

from fpcore._batch._rows import Household
from fpcore.dates import MONTHS_PER_YEAR, completed_years
from fpcore.explain import unverified_after
from fpcore.family import Hukou, Sex
from fpcore.incentives import (
    childcare_subsidy,
    family_planning_insurance,
    one_child_parent_reward,
    reward_assistance,
    special_assistance,
)
from fpcore.incentives._base import optional
from fpcore.jurisdictions import Jurisdiction
from fpcore.params import Citation, PolicyBook, Resolution

NOT_ELIGIBLE: Final = -1
"""A kernel's answer for a row that is not eligible (amount 0)."""
UNDETERMINED: Final = -2
"""The stored answer for a row the scalar rule left undetermined (never a kernel's answer)."""
DEFER: Final = -3
"""A kernel's answer for a row it cannot settle: the scalar rule decides it."""

Kernel = Callable[[Sequence[Household]], list[int]]
"""A compiled kernel: the answers for a list of rows of one jurisdiction."""

_ONE_DAY: Final = timedelta(days=1)


class Compiled(NamedTuple):
    """A programme compiled for one book, jurisdiction and date.

    Attributes:
        kernel: The kernel, or ``None`` when the constants do not fit one (every row then goes
            to the scalar rule).
        illustrative: Whether any value the rule may read here has no source.
        unverified_after: The earliest horizon of those values the date passed, or ``None``.
    """

    kernel: Kernel | None
    illustrative: bool
    unverified_after: date | None


def compiled(
    kernel: Kernel | None,
    on: date,
    resolutions: Sequence[Resolution | None],
    citations: Sequence[Citation] = (),
) -> Compiled:
    """A :class:`Compiled` whose flags cover ``resolutions`` and the rule's ``citations``."""
    read = [r for r in resolutions if r is not None]
    return Compiled(
        kernel=kernel,
        illustrative=any(r.is_illustrative for r in read)
        or any(c.is_illustrative for c in citations),
        unverified_after=unverified_after(on, read),
    )


def fen(amount: Decimal) -> int:
    """An amount in yuan (at most two places, as the book holds money) as int fen."""
    return int(amount.scaleb(2))


def cutoff(on: date, years: int) -> date | None:
    """The latest birth date of a person of full age ``years`` or more on ``on``.

    Full age is :func:`fpcore.dates.completed_years` (29 February reached on 28 February in
    common years), which never increases as the birth date moves later, so "aged ``years`` on
    ``on``" is "born on or before the cut-off". ``None`` when no birth date in the calendar is.

    >>> cutoff(date(2021, 2, 28), 1), cutoff(date(2024, 2, 29), 1)
    (datetime.date(2020, 2, 29), datetime.date(2023, 2, 28))
    """
    if years == 0:
        return date.max
    year = on.year - years
    if year < 1:
        return None
    cut = date(year, on.month, 28 if on.month == 2 and on.day == 29 else on.day)
    step = cut + _ONE_DAY
    while completed_years(step, on) >= years:
        cut, step = step, step + _ONE_DAY
    return cut


def _month_first(ordinal: int) -> date | None:
    """The first day of the month with this :func:`~fpcore.dates.month_ordinal`, if any."""
    year, month = divmod(ordinal, MONTHS_PER_YEAR)
    if not date.min.year <= year <= date.max.year:
        return None
    return date(year, month + 1, 1)


def not_in_force(rows: Sequence[Household]) -> list[int]:
    """The kernel of a programme not in force: nothing is payable."""
    return [NOT_ELIGIBLE] * len(rows)


# -- reward-and-assistance ---------------------------------------------------------------------


def compile_reward_assistance(book: PolicyBook, where: Jurisdiction, on: date) -> Compiled:
    """Reward-and-assistance (see :mod:`fpcore.incentives.reward_assistance`)."""
    ra = reward_assistance
    p = book.derive(ra._params, on=on, jurisdiction=where)
    citations = (ra.PROGRAMME.citation,)
    if p is None:
        return compiled(not_in_force, on, (), citations)
    extension = p.urban or optional(book, ra.URBAN, on, where)
    urban_on = None if extension is None else extension.as_bool()
    urban_amount = optional(book, ra.URBAN_AMOUNT, on, where) if urban_on else None
    female_age = optional(book, ra.URBAN_AGE[Sex.FEMALE], on, where) if urban_on else None
    male_age = optional(book, ra.URBAN_AGE[Sex.MALE], on, where) if urban_on else None
    read = (
        p.amount,
        p.start,
        p.until,
        p.born_from,
        p.min_age,
        p.era,
        extension,
        urban_amount,
        female_age,
        male_age,
    )
    yearly = fen(p.yearly)
    cut = cutoff(on, p.years)
    if yearly <= 0 or cut is None:
        return compiled(None, on, read, citations)
    urban_yearly: int | None = None
    u_cut_f = u_cut_m = None
    if urban_amount is not None and female_age is not None and male_age is not None:
        urban_yearly = fen(urban_amount.as_decimal()) or None  # 0: the scalar rule decides
        u_cut_f = cutoff(on, female_age.as_int())
        u_cut_m = cutoff(on, male_age.as_int())
        if u_cut_f is None or u_cut_m is None:
            urban_yearly = None
    first, last, born_limit = p.first, p.last, p.born_limit
    era = None if p.era is None else p.era.as_date()

    def kernel(rows: Sequence[Household]) -> list[int]:
        out: list[int] = []
        append = out.append
        for row in rows:
            mother = row[2]
            father = row[3]
            if mother is None:
                rural = father[2]  # type: ignore[index]
            elif father is None:
                rural = mother[2]
            else:
                rural = mother[2] and father[2]
            if rural:
                amount = yearly
                m_cut = f_cut = cut
            elif not urban_on:
                append(DEFER if urban_on is None else NOT_ELIGIBLE)
                continue
            elif urban_yearly is None:
                append(DEFER)
                continue
            else:
                amount = urban_yearly
                m_cut, f_cut = u_cut_f, u_cut_m  # type: ignore[assignment]
            # the parents paid (alive, of age, born from the limit): none, and the children
            # need no look
            paid = 0
            if mother is not None and (mother[1] is None or on < mother[1]):
                born = mother[0]
                if born_limit <= born <= m_cut:
                    paid += 1
            if father is not None and (father[1] is None or on < father[1]):
                born = father[0]
                if born_limit <= born <= f_cut:
                    paid += 1
            if not paid:
                append(NOT_ELIGIBLE)
                continue
            had = living = girls = 0
            unknown = failed = False
            for child in row[4]:
                birth = child[0]
                if birth <= on:
                    had += 1
                    death = child[1]
                    if death is None or on < death:
                        living += 1
                        if child[2]:
                            girls += 1
                    if era is not None and era < birth:
                        failed = True
                if first <= birth <= last and not child[4]:
                    ruling = child[3]
                    if ruling is None:
                        unknown = True
                    elif not ruling:
                        failed = True
            if failed or not (
                living == 1 or (rural and living == 2 and girls == 2) or (living == 0 and had > 0)
            ):
                append(NOT_ELIGIBLE)
                continue
            if unknown:
                append(DEFER)
            else:
                append(paid * amount)
        return out

    return compiled(kernel, on, read, citations)


# -- special assistance -------------------------------------------------------------------------


def compile_special_assistance(book: PolicyBook, where: Jurisdiction, on: date) -> Compiled:
    """Special assistance (see :mod:`fpcore.incentives.special_assistance`)."""
    sa = special_assistance
    p = book.derive(sa._params, on=on, jurisdiction=where)
    citations = (sa.PROGRAMME.citation,)
    if p is None:
        return compiled(not_in_force, on, (), citations)
    flats = {key: optional(book, name, on, where) for key, name in sa.AMOUNTS.items()}
    grades = {grade: optional(book, name, on, where) for grade, name in sa.COMPLICATIONS.items()}
    read = (
        *p.born_from,
        *p.min_age,
        p.max_grade,
        p.by_age,
        *flats.values(),
        *grades.values(),
    )
    cut = cutoff(on, p.years)
    if cut is None:
        return compiled(None, on, read, citations)
    # monthly amounts × 12 in fen, by (died, rural); None: not in force (the scalar rule raises)
    yearly = {
        (kind == "death", hukou is Hukou.RURAL): None
        if r is None
        else fen(r.as_decimal()) * MONTHS_PER_YEAR
        for (kind, hukou), r in flats.items()
    }
    extra = {
        grade: 0 if r is None else fen(r.as_decimal()) * MONTHS_PER_YEAR
        for grade, r in grades.items()
    }
    bands = (
        None
        if p.by_age is None
        else tuple(
            (band.from_age, None if band.amount is None else fen(band.amount) * MONTHS_PER_YEAR)
            for band in p.by_age.as_bands().bands
        )
    )
    born_limit, max_grade = p.born_limit, p.grade

    def banded(first: date, flat: int) -> int:
        """The child-died amount of the age band of ``first`` (the parent tested for age)."""
        age = completed_years(first, on if on > first else first)
        found = None
        for from_age, amount in bands:  # type: ignore[union-attr]
            if from_age > age:
                break
            found = amount
        return flat if found is None else found

    def kernel(rows: Sequence[Household]) -> list[int]:
        out: list[int] = []
        append = out.append
        for row in rows:
            mother = row[2]
            father = row[3]
            born_ok = (mother is None or mother[0] >= born_limit) and (
                father is None or father[0] >= born_limit
            )
            living = []
            if mother is not None and mother[0] <= on and (mother[1] is None or on < mother[1]):
                living.append((mother, 1))
            if father is not None and father[0] <= on and (father[1] is None or on < father[1]):
                living.append((father, 2))
            if not living:
                append(NOT_ELIGIBLE)
                continue
            first = living[0][0][0]
            total = 0
            if not (born_ok and first <= cut):  # too young, or born too early: nothing but
                for person, _ in living:  # complications paid
                    if person[4] is not None:
                        total += extra[person[4]]
                append(total if total > 0 else NOT_ELIGIBLE)
                continue
            deferred = False
            for person, bit in living:
                latest = None
                ties = count = 0
                for child in row[4]:
                    if child[5] & bit and child[0] <= on:
                        count += 1
                        if latest is None or child[0] > latest[0]:
                            latest, ties = child, 0
                        elif child[0] == latest[0]:
                            ties += 1
                amount = 0
                if latest is not None:
                    if ties:
                        deferred = True
                        break
                    born = latest[0]
                    one = True
                    for child in row[4]:
                        if child is not latest and child[5] & bit and child[0] <= on:
                            death = child[1]
                            if death is None or death > born:
                                one = False
                                break
                    death = latest[1]
                    died = death is not None and death <= on
                    grade = latest[6]
                    if one and (died or (grade is not None and grade <= max_grade)):
                        flat = yearly[died, person[2]]
                        if flat is None:
                            deferred = True
                            break
                        amount = banded(first, flat) if died and bands is not None else flat
                complication = person[4]
                if complication is not None:
                    amount += extra[complication]
                total += amount
            if deferred:
                append(DEFER)
            else:
                append(total if total > 0 else NOT_ELIGIBLE)
        return out

    return compiled(kernel, on, read, citations)


# -- one-child parents' reward ------------------------------------------------------------------


def compile_one_child_parent_reward(book: PolicyBook, where: Jurisdiction, on: date) -> Compiled:
    """The one-child parents' reward (see :mod:`fpcore.incentives.one_child_parent_reward`)."""
    oc = one_child_parent_reward
    p = book.derive(oc._params, on=on, jurisdiction=where)
    citations = (oc.PROGRAMME.citation,)
    if p is None:
        return compiled(not_in_force, on, (), citations)
    until = p.until or optional(book, oc.UNTIL_AGE, on, where)
    read = (p.amount, until, p.issued_until)
    yearly = fen(p.yearly)
    # certified from the month of issue: issued on or before the last day of on's month
    month_last = _month_first(p.month + 1)
    issued_last = date.max if month_last is None else month_last - _ONE_DAY
    if p.issued_until is not None:
        issued_last = min(issued_last, p.issued_until.as_date())
    # paid until the month the child turns ``years``: born in or after the month
    # ``years`` × 12 − 1 months before on's month
    child_from: date | None = None
    if until is not None:
        child_from = _month_first(max(p.month - until.as_int() * MONTHS_PER_YEAR + 1, 12))
        if child_from is None:
            return compiled(None, on, read, citations)

    def kernel(rows: Sequence[Household]) -> list[int]:
        out: list[int] = []
        append = out.append
        for row in rows:
            only = None
            had = 0
            for child in row[4]:
                if child[0] <= on:
                    had += 1
                    only = child
            if had != 1 or not (only[1] is None or on < only[1]):  # type: ignore[index]
                append(NOT_ELIGIBLE)
                continue
            if child_from is None:  # the rule resolves the end age for an only child
                append(DEFER)
                continue
            issued = row[6]
            if issued is None or issued > issued_last or only[0] < child_from:  # type: ignore[index]
                append(NOT_ELIGIBLE)
                continue
            parents = 0
            for person in (row[2], row[3]):
                if person is not None and person[0] <= on and (person[1] is None or on < person[1]):
                    parents += 1
            append(parents * yearly if parents else NOT_ELIGIBLE)
        return out

    return compiled(kernel, on, read, citations)


# -- family-planning insurance ------------------------------------------------------------------


def compile_family_planning_insurance(book: PolicyBook, where: Jurisdiction, on: date) -> Compiled:
    """Family-planning insurance (see :mod:`fpcore.incentives.family_planning_insurance`)."""
    fi = family_planning_insurance
    citations = (fi.PROGRAMME.citation,)
    premium = optional(book, fi.PREMIUM, on, where)
    if premium is None:
        return compiled(not_in_force, on, (), citations)
    limit = optional(book, fi.MAX_AGE, on, where)
    read = (premium, limit)
    amount = fen(premium.as_decimal())
    # aged 0 to the limit: not yet aged limit + 1, i.e. born after that age's cut-off
    too_old: date | None = None
    if limit is not None:
        too_old = cutoff(on, limit.as_int() + 1)
        if too_old is None:
            return compiled(None, on, read, citations)

    def kernel(rows: Sequence[Household]) -> list[int]:
        out: list[int] = []
        append = out.append
        for row in rows:
            only = None
            had = 0
            for child in row[4]:
                if child[0] <= on:
                    had += 1
                    only = child
            if had != 1 or not (only[1] is None or on < only[1]):  # type: ignore[index]
                append(NOT_ELIGIBLE)
            elif too_old is None:
                append(DEFER)
            else:
                issued = row[6]
                certified = issued is not None and issued <= on
                append(amount if certified and only[0] > too_old else NOT_ELIGIBLE)  # type: ignore[index]
        return out

    return compiled(kernel, on, read, citations)


# -- childcare subsidy --------------------------------------------------------------------------


def compile_childcare_subsidy(book: PolicyBook, where: Jurisdiction, on: date) -> Compiled:
    """The childcare subsidy (see :mod:`fpcore.incentives.childcare_subsidy`)."""
    cc = childcare_subsidy
    p = book.derive(cc._params, on=on, jurisdiction=where)
    citations = (cc.PROGRAMME.citation,)
    if p is None:
        return compiled(not_in_force, on, (), citations)
    read = p.provenance
    yearly = fen(p.yearly)
    # a subsidised month: month_ordinal(birth) + offset ≤ now ≤ that + months − 1
    born_from = _month_first(p.now - p.months + 1 - p.offset)
    born_before = _month_first(p.now - p.offset + 1)
    if born_from is None or born_before is None:
        return compiled(None, on, read, citations)

    def kernel(rows: Sequence[Household]) -> list[int]:
        out: list[int] = []
        append = out.append
        for row in rows:
            held = 0
            for child in row[4]:
                birth = child[0]
                if born_from <= birth < born_before and birth <= on:
                    death = child[1]
                    if death is None or on < death:
                        held += 1
            total = held * yearly
            append(total if total > 0 else NOT_ELIGIBLE)
        return out

    return compiled(kernel, on, read, citations)


Compile = Callable[[PolicyBook, Jurisdiction, date], Compiled]
"""A compile step: ``(book, jurisdiction, on) -> Compiled`` (memoised by ``book.derive``)."""

COMPILERS: Final[dict[str, Compile]] = {
    reward_assistance.CODE: compile_reward_assistance,
    special_assistance.CODE: compile_special_assistance,
    one_child_parent_reward.CODE: compile_one_child_parent_reward,
    family_planning_insurance.CODE: compile_family_planning_insurance,
    childcare_subsidy.CODE: compile_childcare_subsidy,
}
"""The compile step of each built-in programme, by code."""
