"""Strategies for indicator registers: birth records, deaths, married women, marriages."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from fpcore.indicators import (
    BirthRecord,
    ContraceptiveMethod,
    DeathRecord,
    Marriage,
    MarriedWoman,
    Register,
)
from fpcore.jurisdictions import DINGNAN

__all__ = ["birth_records", "registers"]


def _check_year(year: object, name: str) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2100:
        raise InvalidArgument(f"{name}={year!r} must be an int year from 1900 to 2100")
    return year


def _days_of(year: int) -> st.SearchStrategy[date]:
    start = date(year, 1, 1)
    length = (date(year + 1, 1, 1) - start).days
    return st.integers(0, length - 1).map(lambda offset: start + timedelta(days=offset))


def _dates(year: int) -> st.SearchStrategy[date]:
    """Mostly in ``year``, sometimes the year before or after (records a summary must skip)."""
    return st.one_of(_days_of(year), _days_of(year - 1), _days_of(year + 1))


def birth_records(*, year: int = 2009) -> st.SearchStrategy[BirthRecord]:
    """Valid :class:`~fpcore.indicators.BirthRecord` items, mostly dated in ``year``.

    Raises:
        InvalidArgument: If ``year`` is not an int from 1900 to 2100.
    """
    year = _check_year(year, "year")
    return st.builds(
        BirthRecord,
        date=_dates(year),
        sex=st.sampled_from(("male", "female")),
        birth_order=st.integers(1, 6),
        mother_age=st.none() | st.integers(14, 50),
        within_policy=st.none() | st.booleans(),
    )


def _married_women() -> st.SearchStrategy[MarriedWoman]:
    return st.builds(
        MarriedWoman,
        method=st.none() | st.sampled_from(ContraceptiveMethod),
        fecund=st.booleans(),
        children=st.none() | st.integers(0, 5),
        one_child_certificate=st.booleans(),
    )


def _marriages(year: int) -> st.SearchStrategy[Marriage]:
    return st.builds(
        Marriage,
        date=_dates(year),
        husband_age=st.none() | st.integers(18, 60),
        wife_age=st.none() | st.integers(18, 60),
        husband_first=st.booleans(),
        wife_first=st.booleans(),
    )


def registers(*, year: int = 2009, max_records: int = 30) -> st.SearchStrategy[Register]:
    """Small valid :class:`~fpcore.indicators.Register` values for Dingnan, with tuples of records.

    Args:
        year: The year most records fall in.
        max_records: Most records of each type.

    Raises:
        InvalidArgument: For a bad year or a negative ``max_records``.
    """
    year = _check_year(year, "year")
    if isinstance(max_records, bool) or not isinstance(max_records, int) or max_records < 0:
        raise InvalidArgument(f"max_records={max_records!r} must be an int ≥ 0")
    population = st.none() | st.integers(0, 10**6)
    return st.builds(
        Register,
        jurisdiction=st.just(DINGNAN),
        population_start=population,
        population_end=population,
        women_by_age=st.lists(st.tuples(st.integers(10, 55), st.integers(0, 5000)), max_size=10),
        births=st.lists(birth_records(year=year), max_size=max_records).map(tuple),
        deaths=st.none()
        | st.lists(st.builds(DeathRecord, date=_dates(year)), max_size=max_records).map(tuple),
        married_women=st.lists(_married_women(), max_size=max_records).map(tuple),
        marriages=st.lists(_marriages(year), max_size=max_records).map(tuple),
    )
