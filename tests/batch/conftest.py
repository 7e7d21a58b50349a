"""The differential harness of the batch path: rows, dates, the scalar answers, and mutants.

The harness compares every compiled kernel with the scalar explained rule, row by row, on
random rows, boundary rows (dates on every cut-off, edge and change date ± 1 day, 29 February,
twins) and a synthetic county, for NATIONAL, JIANGXI and DINGNAN on dates in every era (every
start date of every parameter the programmes read, the day before it, and mid-era dates).
``HYPOTHESIS_PROFILE=ci`` runs a larger population than the default ``dev`` profile.
"""

from __future__ import annotations

import os
import random
import types
from datetime import date, timedelta
from pathlib import Path

import attrs
import pytest

from fpcore import DINGNAN, JIANGXI, NATIONAL, default_book, programs
from fpcore._batch import _kernels
from fpcore._batch._kernels import DEFER, cutoff
from fpcore.batch import Outcome, family_from_row, outcome_of, row_from_family
from fpcore.errors import InvalidInputError
from fpcore.incentives import program
from fpcore.synthetic import DINGNAN_2010, county

CI = os.environ.get("HYPOTHESIS_PROFILE") == "ci"
RANDOM_ROWS = 160 if CI else 60
BOUNDARY_ROWS = 220 if CI else 90
COUNTY_SCALE = 300 if CI else 900
JURISDICTIONS = (NATIONAL, JIANGXI, DINGNAN)
ONE = timedelta(days=1)


def change_dates() -> list[date]:
    """Every start of a parameter the programmes read (any level), the day before, and a few
    dates inside eras (a common-year 28 February, a leap-year 29 February)."""
    book = default_book()
    starts: set[date] = set()
    for code in programs():
        for key in program(code).keys:
            for where in JURISDICTIONS:
                history = book.history(key, where)
                if history is not None:
                    starts.update(record.start for record in history.values)
    days = {d for start in starts for d in (start - ONE, start)}
    days |= {date(2010, 6, 30), date(2013, 2, 28), date(2020, 2, 29), date(2026, 7, 15)}
    return sorted(days)


DATES = change_dates()


def _critical(on: date) -> tuple[list[date], list[date], list[date]]:
    """Dates a parent, a child and a certificate should fall on (± 1 day) for ``on``."""
    book = default_book()
    parent = [date(1933, 1, 1)]
    for years in (49, 55, 60):
        cut = cutoff(on, years)
        if cut is not None:
            parent.append(cut)
    parent.append(date(1952, 2, 29))
    child = [on, date(1973, 1, 1), date(2001, 12, 31), date(2015, 12, 31)]
    for years in (3, 6, 7, 14):
        cut = cutoff(on, years)
        if cut is not None:
            child.append(cut)
    # month edges of the one-child end age and the childcare months
    month = on.replace(day=1)
    for back in (0, 1, 2, 35, 36, 37, 14 * 12 - 1, 14 * 12, 14 * 12 + 1):
        ordinal = month.year * 12 + month.month - 1 - back
        first = date(ordinal // 12, ordinal % 12 + 1, 1)
        child += [first, first - ONE]
    certificate = [month, month - ONE, on, date(2015, 12, 31)]
    nxt = (month + timedelta(days=32)).replace(day=1)
    certificate += [nxt - ONE, nxt]
    del book

    def spread(days: list[date]) -> list[date]:
        return sorted({d + k * ONE for d in days for k in (-1, 0, 1)})

    return spread(parent), spread(child), spread(certificate)


def _day(rng: random.Random, first: date, last: date) -> date:
    span = (last - first).days
    return first + timedelta(days=rng.randrange(span + 1)) if span > 0 else first


def random_row(rng: random.Random, where, on: date, critical=None):
    """A household row, near the boundaries when ``critical`` is given; may be invalid."""
    parents_at, children_at, certificates_at = critical or ([], [], [])

    def pick(choices, first, last, share=70):
        if choices and rng.randrange(100) < share:
            return rng.choice(choices)
        return _day(rng, first, last)

    def death(born):
        roll = rng.randrange(100)
        if roll < 75:
            return None
        if roll < 90:
            return max(born, on + rng.choice((-1, 0, 1)) * ONE)
        return _day(rng, born, on + timedelta(days=400))

    def parent():
        born = pick(parents_at, date(1925, 1, 1), date(2000, 12, 31))
        return (
            born,
            death(born),
            rng.randrange(100) < 75,
            rng.randrange(100) < 20,
            rng.choice((1, 2, 3)) if rng.randrange(100) < 8 else None,
        )

    layout = rng.randrange(100)
    mother = parent() if layout < 90 else None
    father = parent() if layout >= 80 or mother is None else None
    present = [p for p in (mother, father) if p is not None]
    eldest = max(p[0] for p in present)
    children = []
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4))):
        if children and rng.randrange(100) < 20:  # twins, born the same day or a day apart
            born = children[-1][0] + rng.choice((0, 0, 1)) * ONE
        else:
            born = pick(children_at, eldest + timedelta(days=15 * 365), on + timedelta(days=300))
        code = 3 if mother and father else (1 if mother else 2)
        if mother and father and rng.randrange(100) < 10:
            code = rng.choice((1, 2))
        roll = rng.randrange(100)
        ruling = None if roll < 25 else roll >= 40
        children.append(
            (
                born,
                death(born),
                rng.randrange(2) == 0,
                ruling,
                rng.randrange(100) < 8,
                code,
                rng.choice((1, 2, 3, 4)) if rng.randrange(100) < 15 else None,
            )
        )
    married = (
        None if rng.randrange(100) < 30 else _day(rng, eldest, eldest + timedelta(days=40 * 365))
    )
    certified = None
    if rng.randrange(100) < 55:
        certified = pick(certificates_at, date(1980, 1, 1), on + timedelta(days=60), share=60)
    return (None, where, mother, father, tuple(children), married, certified, None, None)


def templates(where, on: date):
    """Households built on purpose around each boundary of ``on`` (the random rows alone miss
    some: an only child on an age edge, twins tied for the latest child, a couple on a cut-off).
    """
    parents_at, children_at, _ = _critical(on)
    rows = []

    def person(born, rural=True, died=None, grade=None):
        return (born, died, rural, False, grade)

    for born in children_at:  # an only child on every child edge, certified in several ways
        parent = born - timedelta(days=26 * 365)
        for certified in (born, on.replace(day=1), None):
            for died in (None, on):
                kid = (
                    born,
                    died if died is None or died >= born else None,
                    True,
                    True,
                    False,
                    3,
                    None,
                )
                rows.append(
                    (
                        None,
                        where,
                        person(parent),
                        person(parent),
                        (kid,),
                        None,
                        certified,
                        None,
                        None,
                    )
                )
    for born in parents_at:  # couples and single parents on every parent edge
        kid_born = born + timedelta(days=25 * 365)
        for rural in (True, False):
            for ruling in (True, None):
                kid = (kid_born, None, True, ruling, False, 3, None)
                rows.append(
                    (
                        None,
                        where,
                        person(born, rural),
                        person(born, rural),
                        (kid,),
                        None,
                        None,
                        None,
                        None,
                    )
                )
            dead = (kid_born, kid_born + timedelta(days=400), False, True, False, 1, None)
            rows.append((None, where, person(born, rural), None, (dead,), None, None, None, None))
        girls = (
            (kid_born, None, True, True, False, 3, None),
            (kid_born, None, True, True, False, 3, None),
        )
        rows.append((None, where, person(born), person(born), girls, None, None, None, None))
    mother_born = (cutoff(on, 49) or date(1950, 1, 1)) - timedelta(days=1)
    for twins_born in (date(1980, 1, 1), date(1999, 7, 1)):
        girl = (twins_born, None, True, True, False, 3, 2)
        boy = (twins_born, twins_born, False, True, False, 3, None)
        for kids in ((girl, boy), (boy, girl)):
            for rural in (True, False):
                rows.append(
                    (
                        None,
                        where,
                        person(mother_born, rural),
                        person(mother_born, rural),
                        kids,
                        None,
                        None,
                        None,
                        None,
                    )
                )
    return rows


def valid(rows):
    """The rows the model constructors accept."""
    kept = []
    for row in rows:
        try:
            family_from_row(row)
        except InvalidInputError:
            continue
        kept.append(row)
    return kept


def population(where, on: date, seed: int):
    """Random, boundary and county rows of ``where`` for ``on``."""
    rng = random.Random(seed)
    critical = _critical(on)
    rows = [random_row(rng, where, on) for _ in range(RANDOM_ROWS)]
    rows += [random_row(rng, where, on, critical) for _ in range(BOUNDARY_ROWS)]
    rows += templates(where, on)
    profile = attrs.evolve(DINGNAN_2010.scaled(COUNTY_SCALE), jurisdiction=where)
    rows += [row_from_family(f, source=False) for f in county(profile, seed=seed)]
    return valid(rows)


@attrs.frozen
class Case:
    """One population on one date, with the scalar rule's answers."""

    on: date
    where: object
    rows: list
    scalar: dict  # code -> list of (outcome, fen, illustrative, unverified_after)


def scalar_answers(rows, on):
    book = default_book()
    families = [family_from_row(row) for row in rows]
    answers = {}
    for code in programs():
        rule = program(code)
        found = []
        for family in families:
            decision = rule.assess(family, on=on, book=book)
            outcome, fen = outcome_of(decision)
            found.append((outcome, fen, decision.is_illustrative, decision.unverified_after))
        answers[code] = found
    return answers


@pytest.fixture(scope="session")
def cases():
    built = []
    for w, where in enumerate(JURISDICTIONS):
        for d, on in enumerate(DATES):
            rows = population(where, on, seed=1000 * w + d)
            built.append(Case(on=on, where=where, rows=rows, scalar=scalar_answers(rows, on)))
    return built


def encode(outcome, fen):
    if outcome is Outcome.ELIGIBLE:
        return fen
    return -1 if outcome is Outcome.NOT_ELIGIBLE else -2


def differences(cases, compilers=None, limit=20):
    """Rows where a kernel's answer (not deferred) differs from the scalar rule's."""
    compilers = compilers or _kernels.COMPILERS
    book = default_book()
    found = []
    for case in cases:
        for code in programs():
            kernel = book.derive(compilers[code], on=case.on, jurisdiction=case.where).kernel
            if kernel is None:
                continue
            for index, answer in enumerate(kernel(case.rows)):
                if answer == DEFER:
                    continue
                outcome, fen, _, _ = case.scalar[code][index]
                if answer != encode(outcome, fen):
                    found.append(
                        (code, case.on, case.where.code, case.rows[index], answer, outcome, fen)
                    )
                    if len(found) >= limit:
                        return found
    return found


PLANTED = {
    "off-by-one age (a birthday on the day)": (
        "if born_limit <= born <= m_cut:",
        "if born_limit <= born < m_cut:",
        0,
    ),
    "wrong window edge (1973-01-01 left out)": (
        "if first <= birth <= last and not child[4]:",
        "if first < birth <= last and not child[4]:",
        0,
    ),
    "twins miscounted (two children born on one day counted once)": (
        "if child[0] <= on:\n                    had += 1",
        "if child[0] <= on and (only is None or child[0] != only[0]):\n"
        "                    had += 1",
        0,
    ),
    "undetermined turned into not eligible": (
        "if unknown:\n                append(DEFER)",
        "if unknown:\n                append(NOT_ELIGIBLE)",
        0,
    ),
    "a parent dying on the date still alive": (
        "if mother is not None and mother[0] <= on and (mother[1] is None or on < mother[1]):",
        "if mother is not None and mother[0] <= on and (mother[1] is None or on <= mother[1]):",
        0,
    ),
    "an only child dying on the date still alive": (
        "if had != 1 or not (only[1] is None or on < only[1]):",
        "if had != 1 or not (only[1] is None or on <= only[1]):",
        0,
    ),
    "a child dying on the date still subsidised": (
        "if death is None or on < death:\n                        held += 1",
        "if death is None or on <= death:\n                        held += 1",
        0,
    ),
    "twins tied for the latest child taken in input order": ("if ties:", "if False:", 0),
    "insurance age edge": ("only[0] > too_old", "only[0] >= too_old", 0),
    "certificate month edge": ("issued > issued_last", "issued >= issued_last", 0),
    "one-child era edge": ("era < birth", "era <= birth", 0),
    "two girls allowed to urban parents": (
        "(rural and living == 2 and girls == 2)",
        "(living == 2 and girls == 2)",
        0,
    ),
}
"""Planted bugs: (text in the kernels, its replacement, which match)."""


SOURCE = Path(_kernels.__file__).read_text(encoding="utf-8")


def mutant(old: str, new: str, occurrence: int = 0):
    """The kernels' COMPILERS with ``old`` replaced by ``new`` (its ``occurrence``-th match)."""
    assert SOURCE.count(old) > occurrence, f"the kernels no longer contain {old!r}"
    at = -1
    for _ in range(occurrence + 1):
        at = SOURCE.index(old, at + 1)
    source = SOURCE[:at] + new + SOURCE[at + len(old) :]
    module = types.ModuleType("fpcore._batch._mutant")
    module.__dict__["__file__"] = "<mutant>"
    exec(compile(source, "<mutant>", "exec"), module.__dict__)
    return module.COMPILERS


def pytest_collection_modifyitems(items):
    """The harness keeps unusual households (a mother of 50 at a birth…) on purpose: the
    batch must agree with the scalar rule on them too, so their FpcoreWarning is expected."""
    for item in items:
        if "tests/batch" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.filterwarnings("ignore::fpcore.errors.FpcoreWarning"))


def records(family, key, **more):
    """A family as person-level register records (a data frame's ``to_dict("records")``),
    with ``more`` columns on every record; the benchmark reads its register from these too."""
    common = {
        "household": key,
        "married_on": family.married_on,
        "one_child_certificate_on": family.one_child_certificate_on,
        "second_birth_permit_on": family.second_birth_permit_on,
    }
    out = []
    for role, person in (("mother", family.mother), ("father", family.father)):
        if person is not None:
            out.append(
                {
                    **common,
                    "role": role,
                    "sex": person.sex.value,
                    "birth_date": person.birth_date,
                    "death_date": person.death_date,
                    "hukou": person.hukou.value,
                    "only_child": person.only_child,
                    "within_policy": None,
                    "adopted": False,
                    "disability_grade": None,
                    **more,
                }
            )
    for child in family.children:
        out.append(
            {
                **common,
                "role": "child",
                "sex": child.sex.value,
                "birth_date": child.birth_date,
                "death_date": child.death_date,
                "hukou": None,
                "only_child": False,
                "within_policy": child.within_policy,
                "adopted": child.adopted,
                "disability_grade": child.disability_grade,
                **more,
            }
        )
    return out
