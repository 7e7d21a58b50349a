"""Regression tests for escapes the hostile-input suite found in dates, money and params.

Each call used to leak a built-in exception (``AttributeError``, ``TypeError``, or a
``ValueError`` from printing a huge int); each must now raise ``InvalidInputError`` naming the
field.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from fpcore import DINGNAN, NATIONAL, Child, Family, Parent, Sex, default_book
from fpcore.dates import completed_years
from fpcore.errors import InvalidInputError
from fpcore.money import check_magnitude, round_to
from fpcore.params import BookRow, BookTable, Confidence, ParameterTable


def _row(**changes: object) -> BookRow:
    fields: dict[str, object] = {
        "key": "reward_assistance.amount",
        "title_en": "amount",
        "title_zh": "金额",
        "unit": "yuan",
        "jurisdiction": NATIONAL,
        "start": date(2004, 1, 1),
        "until": None,
        "value": Decimal("600"),
        "confidence": Confidence.OFFICIAL,
        "source": "x",
    }
    fields.update(changes)
    return BookRow(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("birth", "on", "field"),
    [(None, date(2000, 1, 1), "birth"), (date(2000, 1, 1), "2001-01-01", "on"), (1, 2, "birth")],
)
def test_completed_years_names_the_argument_that_is_no_date(
    birth: object, on: object, field: str
) -> None:
    with pytest.raises(InvalidInputError) as raised:
        completed_years(birth, on)  # type: ignore[arg-type]
    assert raised.value.field == field


def test_completed_years_still_counts_whole_years() -> None:
    # born 2000-03-01: 9 whole years on 2010-02-28, 10 on 2010-03-01
    assert completed_years(date(2000, 3, 1), date(2010, 2, 28)) == 9
    assert completed_years(date(2000, 3, 1), date(2010, 3, 1)) == 10


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: round_to(None), "value"),  # type: ignore[arg-type]
        (lambda: round_to(1.5), "value"),  # type: ignore[arg-type]
        (lambda: round_to(Decimal("1.5"), None), "quantum"),  # type: ignore[arg-type]
        (lambda: check_magnitude(3.0, field="population"), "population"),  # type: ignore[arg-type]
        (lambda: check_magnitude(Decimal("NaN"), field="population"), "population"),
        (lambda: check_magnitude(Decimal("-Infinity"), field="funding"), "funding"),
    ],
)
def test_money_helpers_refuse_what_is_no_finite_decimal(call: object, field: str) -> None:
    with pytest.raises(InvalidInputError) as raised:
        call()  # type: ignore[operator]
    assert raised.value.field == field


def test_check_magnitude_keeps_zero_and_in_range_values() -> None:
    assert check_magnitude(Decimal("0E-999999"), field="x") == 0
    assert check_magnitude(Decimal("1E+30"), field="x") == Decimal("1E+30")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"key": None}, "key"),
        ({"jurisdiction": "000000"}, "jurisdiction"),
        ({"start": "2004-01-01"}, "start"),
        ({"until": datetime(2005, 1, 1, tzinfo=UTC)}, "until"),
        ({"value": 1.5}, "value"),
        ({"value": 10**5000}, "value"),  # printing it would fail
        ({"confidence": "official"}, "confidence"),
        ({"source": None}, "source"),
    ],
)
def test_book_row_checks_its_fields(changes: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInputError) as raised:
        _row(**changes)
    assert raised.value.field == field


def test_book_row_accepts_every_kind_of_value_and_a_closed_level() -> None:
    for value in (None, Decimal("600"), 60, True, date(2016, 1, 1), "code"):
        assert _row(value=value).value == value


def test_book_table_and_parameter_table_check_their_contents() -> None:
    with pytest.raises(InvalidInputError) as raised:
        BookTable(rows=None)  # type: ignore[arg-type]
    assert raised.value.field == "rows"
    with pytest.raises(InvalidInputError) as raised:
        BookTable(rows=(_row(),), resolved_for="360728")  # type: ignore[arg-type]
    assert raised.value.field == "resolved_for"
    table = default_book().table("reward_assistance.amount")
    assert isinstance(table, ParameterTable)
    with pytest.raises(InvalidInputError) as raised:
        ParameterTable(parameter=None, entries=table.entries)  # type: ignore[arg-type]
    assert raised.value.field == "parameter"
    with pytest.raises(InvalidInputError) as raised:
        ParameterTable(parameter=table.parameter, entries=[None])  # type: ignore[list-item]
    assert raised.value.field == "entries[0]"


def test_derive_refuses_a_build_that_is_not_callable() -> None:
    with pytest.raises(InvalidInputError) as raised:
        default_book().derive(None, on=date(2010, 1, 1), jurisdiction=NATIONAL)  # type: ignore[arg-type]
    assert raised.value.field == "build"


@pytest.mark.parametrize(
    ("model", "field", "fields"),
    [
        ("Child", "parents", {"sex": Sex.MALE, "birth_date": date(2000, 1, 1)}),
        (
            "Family",
            "second_birth_grounds",
            {"mother": None, "father": None, "children": (), "jurisdiction": DINGNAN},
        ),
    ],
)
def test_a_set_field_given_unhashable_items_names_the_field(
    model: str, field: str, fields: dict[str, object]
) -> None:
    # found by the hostile suite's long profile: [[...]] leaked TypeError from frozenset()
    cls = {"Child": Child, "Family": Family}[model]
    for bad in ([[Parent.MOTHER]], ([],), [{}]):
        with pytest.raises(InvalidInputError) as raised:
            cls(**fields, **{field: bad})
        assert raised.value.field == field
