"""Dates: full age (周岁), month arithmetic and the month spans payment rules use.

"Today" is never read from the clock: every function takes its dates as arguments.

Full age (周岁) counts completed years: a person reaches age *n* on the *n*-th anniversary of
birth. Someone born on 29 February reaches each new year of age on **28 February** in common
years, which is how :class:`dateutil.relativedelta.relativedelta` counts (and how the month
arithmetic below clamps: 31 January + 1 month = 28 or 29 February).

>>> full_age(date(1950, 5, 2), on=date(2010, 5, 1))
59
>>> full_age(date(1950, 5, 2), on=date(2010, 5, 2))
60
>>> full_age(date(2000, 2, 29), on=date(2001, 2, 28))
1
>>> add_months(date(2024, 1, 31), 1)
datetime.date(2024, 2, 29)
"""

from __future__ import annotations

import datetime
from datetime import date
from typing import Final

from fpcore.errors import InvalidInputError

__all__ = [
    "MAX_AGE",
    "MONTHS_PER_YEAR",
    "add_months",
    "anniversary",
    "calendar_months",
    "check_date",
    "completed_years",
    "full_age",
    "is_age",
    "month_ordinal",
    "month_start",
    "months_between",
    "next_month_start",
    "nominal_age",
]

MONTHS_PER_YEAR: Final = 12
"""Calendar months in a year, the step of :func:`month_ordinal` from one year to the next."""

MAX_AGE: Final = 150
"""The highest age in years any input may state (a sanity bound, not a rule)."""


def is_age(value: object) -> bool:
    """Whether ``value`` is an ``int`` (not a bool) from 0 to :data:`MAX_AGE`.

    >>> is_age(60), is_age(-1), is_age(True), is_age("60")
    (True, False, False, False)
    """
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_AGE


def check_date(value: object, field: str) -> date:
    """Return ``value`` if it is a :class:`datetime.date` (not a ``datetime``), else raise.

    Raises:
        InvalidInputError: Naming ``field`` when ``value`` is not a plain date.

    >>> check_date("2010-01-01", "on")
    Traceback (most recent call last):
    ...
    fpcore.errors.InvalidInputError: on: '2010-01-01' must be a datetime.date, not str
    """
    if isinstance(value, datetime.datetime) or not isinstance(value, date):
        raise InvalidInputError(
            field, value, f"must be a datetime.date, not {type(value).__name__}"
        )
    return value


def _check_order(birth: date, on: date, first: str, second: str) -> None:
    check_date(birth, first)
    check_date(on, second)
    if on < birth:
        raise InvalidInputError(second, on, f"is before {first} {birth.isoformat()}")


def full_age(birth: date, on: date) -> int:
    """Completed years of age (周岁) on ``on`` for a person born on ``birth``.

    Integer arithmetic on (year, month, day), agreeing with ``relativedelta(on, birth).years``
    on every date: a 29 February birthday is reached on 28 February in common years.

    Raises:
        InvalidInputError: If either argument is not a date, or ``on`` is before ``birth``.

    >>> full_age(date(1948, 3, 1), on=date(2008, 6, 30))
    60
    """
    _check_order(birth, on, "birth", "on")
    return completed_years(birth, on)


def completed_years(birth: date, on: date) -> int:
    """:func:`full_age` without its range checks (for rule code that already made them).

    Raises:
        InvalidInputError: If ``birth`` or ``on`` is not a date.

    >>> completed_years(date(2000, 2, 29), date(2001, 2, 28))
    1
    """
    try:
        years = on.year - birth.year
        before = (on.month, on.day) < (birth.month, birth.day)
    except (AttributeError, TypeError):
        field, value = ("birth", birth) if not isinstance(birth, date) else ("on", on)
        raise InvalidInputError(field, value, "must be a datetime.date") from None
    if before:
        # Not yet reached this year, except a 29 February birthday in a common year,
        # which is reached on 28 February (the anniversary clamps to the month's end).
        leap_birthday_reached = (
            birth.month == 2
            and birth.day == 29
            and on.month == 2
            and on.day == 28
            and not _is_leap(on.year)
        )
        if not leap_birthday_reached:
            years -= 1
    return years


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def nominal_age(birth: date, on: date) -> int:
    """Nominal age (虚岁) by calendar year: 1 in the year of birth, +1 each 1 January.

    >>> nominal_age(date(2009, 12, 31), on=date(2010, 1, 1))
    2
    """
    _check_order(birth, on, "birth", "on")
    return on.year - birth.year + 1


def anniversary(birth: date, years: int) -> date:
    """The date on which a person born on ``birth`` reaches full age ``years``.

    >>> anniversary(date(2000, 2, 29), 1)
    datetime.date(2001, 2, 28)
    """
    check_date(birth, "birth")
    if isinstance(years, bool) or not isinstance(years, int) or years < 0:
        raise InvalidInputError("years", years, "must be a non-negative int")
    year = birth.year + years
    if year > date.max.year:
        raise InvalidInputError("years", years, f"takes {birth.isoformat()} past {date.max.year}")
    if birth.month == 2 and birth.day == 29 and not _is_leap(year):
        return date(year, 2, 28)  # the anniversary clamps to the month's last day
    return birth.replace(year=year)


def months_between(start: date, end: date) -> int:
    """Completed months from ``start`` to ``end`` (as ``relativedelta`` counts them).

    >>> months_between(date(2023, 12, 15), date(2024, 12, 14))
    11
    >>> months_between(date(2024, 1, 31), date(2024, 2, 29))
    1
    """
    _check_order(start, end, "start", "end")
    from dateutil.relativedelta import relativedelta  # imported on first use: it is slow

    delta = relativedelta(end, start)
    return delta.years * MONTHS_PER_YEAR + delta.months


def month_ordinal(day: date) -> int:
    """A running month number (``year * 12 + month - 1``): consecutive months differ by 1.

    >>> month_ordinal(date(2025, 1, 9)) - month_ordinal(date(2023, 12, 1))
    13
    """
    check_date(day, "day")
    return day.year * MONTHS_PER_YEAR + day.month - 1


def month_start(day: date) -> date:
    """The first day of ``day``'s month ("from the month of …").

    >>> month_start(date(2009, 5, 17))
    datetime.date(2009, 5, 1)
    """
    check_date(day, "day")
    return day.replace(day=1)


def next_month_start(day: date) -> date:
    """The first day of the month after ``day``'s ("from the month after …").

    >>> next_month_start(date(2009, 12, 17))
    datetime.date(2010, 1, 1)
    """
    check_date(day, "day")
    if day.month == MONTHS_PER_YEAR:
        if day.year == date.max.year:
            raise InvalidInputError("day", day, "has no next month in the calendar (year 9999)")
        return date(day.year + 1, 1, 1)
    return date(day.year, day.month + 1, 1)


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months, clamped to the month's last day.

    Raises:
        InvalidInputError: If ``months`` is not an int or the result falls outside the
            calendar (years 1–9999).

    >>> add_months(date(2023, 3, 31), -1)
    datetime.date(2023, 2, 28)
    """
    check_date(day, "day")
    if isinstance(months, bool) or not isinstance(months, int):
        raise InvalidInputError("months", months, "must be an int")
    from dateutil.relativedelta import relativedelta  # imported on first use: it is slow

    target = day.year * MONTHS_PER_YEAR + day.month - 1 + months
    if not date.min.year <= target // MONTHS_PER_YEAR <= date.max.year:
        raise InvalidInputError("months", months, f"takes {day.isoformat()} outside years 1–9999")
    return day + relativedelta(months=months)


def calendar_months(start: date, end: date) -> tuple[date, ...]:
    """First days of every calendar month that ``[start, end]`` touches, in order.

    >>> [d.isoformat() for d in calendar_months(date(2024, 11, 30), date(2025, 1, 1))]
    ['2024-11-01', '2024-12-01', '2025-01-01']
    """
    _check_order(start, end, "start", "end")
    first = month_ordinal(start)
    count = month_ordinal(end) - first + 1
    return tuple(
        date((first + i) // MONTHS_PER_YEAR, (first + i) % MONTHS_PER_YEAR + 1, 1)
        for i in range(count)
    )
