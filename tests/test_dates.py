import datetime
import itertools
from datetime import date

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from fpcore.dates import (
    add_months,
    anniversary,
    calendar_months,
    check_date,
    completed_years,
    full_age,
    month_ordinal,
    month_start,
    months_between,
    next_month_start,
    nominal_age,
)
from fpcore.errors import InvalidInputError


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(1948, 3, 1), date(2008, 6, 30), 60),  # the reward-assistance husband of issue 4
        (date(1950, 5, 2), date(2008, 6, 30), 58),
        (date(1950, 5, 2), date(2010, 5, 1), 59),  # the day before the 60th birthday
        (date(1950, 5, 2), date(2010, 5, 2), 60),  # on the birthday
        (
            date(2000, 2, 29),
            date(2001, 2, 28),
            1,
        ),  # 29 Feb birthday reached on 28 Feb in a common year
        (date(2000, 2, 29), date(2001, 2, 27), 0),
        (date(2000, 2, 29), date(2004, 2, 28), 3),  # in a leap year it waits for 29 Feb
        (date(2000, 2, 29), date(2004, 2, 29), 4),
        (date(2000, 2, 29), date(2100, 2, 28), 100),  # 2100 is not a leap year
        (date(2000, 1, 1), date(2000, 1, 1), 0),
    ],
)
def test_full_age_examples(birth, on, age):
    assert full_age(birth, on) == age


@given(st.dates(), st.dates())
def test_full_age_agrees_with_relativedelta(a, b):
    birth, on = min(a, b), max(a, b)
    assert full_age(birth, on) == relativedelta(on, birth).years


def test_full_age_refuses_bad_input():
    with pytest.raises(InvalidInputError, match=r"on: .* is before birth 2000-01-02"):
        full_age(date(2000, 1, 2), date(2000, 1, 1))
    with pytest.raises(
        InvalidInputError, match=r"birth: '2000-01-01' must be a datetime.date, not str"
    ):
        full_age("2000-01-01", date(2001, 1, 1))
    with pytest.raises(InvalidInputError, match="not datetime"):
        full_age(date(2000, 1, 1), datetime.datetime(2001, 1, 1))  # noqa: DTZ001


def test_nominal_age_and_anniversary():
    assert nominal_age(date(2009, 12, 31), date(2009, 12, 31)) == 1
    assert nominal_age(date(2009, 12, 31), date(2010, 1, 1)) == 2
    assert anniversary(date(1950, 5, 2), 60) == date(2010, 5, 2)
    assert anniversary(date(2000, 2, 29), 1) == date(2001, 2, 28)
    for bad in (-1, True, "3"):
        with pytest.raises(InvalidInputError, match="years"):
            anniversary(date(2000, 1, 1), bad)


@given(st.dates(max_value=date(9000, 1, 1)), st.integers(0, 120))
def test_full_age_is_reached_exactly_on_the_anniversary(birth, years):
    day = anniversary(birth, years)
    assert full_age(birth, day) == years
    if day > birth:
        assert full_age(birth, day - datetime.timedelta(days=1)) == years - 1


def test_month_helpers():
    assert months_between(date(2023, 12, 15), date(2024, 12, 14)) == 11
    assert months_between(date(2023, 12, 15), date(2024, 12, 15)) == 12
    assert month_start(date(2009, 5, 17)) == date(2009, 5, 1)
    assert next_month_start(date(2009, 5, 17)) == date(2009, 6, 1)
    assert next_month_start(date(2009, 12, 31)) == date(2010, 1, 1)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert add_months(date(2023, 3, 31), -13) == date(2022, 2, 28)
    assert month_ordinal(date(2025, 1, 1)) - month_ordinal(date(2023, 12, 31)) == 13
    assert calendar_months(date(2024, 12, 5), date(2024, 12, 6)) == (date(2024, 12, 1),)
    assert calendar_months(date(2024, 11, 30), date(2025, 2, 1)) == (
        date(2024, 11, 1),
        date(2024, 12, 1),
        date(2025, 1, 1),
        date(2025, 2, 1),
    )
    with pytest.raises(InvalidInputError, match="months"):
        add_months(date(2024, 1, 1), 1.0)
    with pytest.raises(InvalidInputError, match="end"):
        months_between(date(2024, 1, 2), date(2024, 1, 1))
    with pytest.raises(InvalidInputError, match="day"):
        month_start(None)


@given(st.dates(), st.dates())
def test_calendar_months_are_consecutive_firsts(a, b):
    start, end = min(a, b), max(a, b)
    months = calendar_months(start, end)
    assert months[0] == month_start(start) and months[-1] == month_start(end)
    assert all(next_month_start(x) == y for x, y in itertools.pairwise(months))


def test_check_date_passes_plain_dates():
    assert check_date(date(2020, 1, 1), "on") == date(2020, 1, 1)


@given(st.dates(max_value=date(9000, 1, 1)), st.integers(0, 120))
def test_anniversary_agrees_with_relativedelta(birth, years):
    # the integer implementation must give exactly what dateutil gives (day clamped in Feb)
    assert anniversary(birth, years) == birth + relativedelta(years=years)


def test_anniversary_past_the_last_year_is_an_input_error():
    with pytest.raises(InvalidInputError, match="past 9999"):
        anniversary(date(9990, 1, 1), 10)


@given(st.dates(), st.dates())
def test_completed_years_agrees_with_relativedelta(a, b):
    # full_age calls completed_years, so the oracle here is dateutil's count of whole years
    birth, on = min(a, b), max(a, b)
    assert completed_years(birth, on) == relativedelta(on, birth).years
