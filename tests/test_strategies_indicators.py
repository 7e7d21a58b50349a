import pytest
from hypothesis import given
from hypothesis.errors import InvalidArgument

from fpcore.indicators import Register
from fpcore.strategies import birth_records, registers


@pytest.mark.parametrize("year", [1800, 2009.0, True])
def test_birth_records_refuse_bad_years(year):
    with pytest.raises(InvalidArgument):
        birth_records(year=year)


@pytest.mark.parametrize("max_records", [-1, 1.5, True])
def test_registers_refuse_bad_sizes(max_records):
    with pytest.raises(InvalidArgument):
        registers(max_records=max_records)


@given(registers(year=2010, max_records=3))
def test_registers_are_valid(register):
    assert isinstance(register, Register)
    assert len(register.births) <= 3
