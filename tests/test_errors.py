import pytest

from fpcore.errors import (
    FpcoreDeprecationWarning,
    FpcoreError,
    FpcoreWarning,
    InvalidInputError,
    NoValueForDateError,
    ParameterTypeError,
    UnknownJurisdictionError,
    UnknownParameterError,
    UnknownProgramError,
)


def test_invalid_input_names_field_value_and_problem():
    error = InvalidInputError("children[2].birth_date", "x", "must be a date")
    assert isinstance(error, ValueError) and isinstance(error, FpcoreError)
    assert (error.field, error.value, error.problem) == (
        "children[2].birth_date",
        "x",
        "must be a date",
    )
    assert str(error) == "children[2].birth_date: 'x' must be a date"


def test_key_like_errors_read_as_text_not_quoted_keys():
    error = UnknownProgramError("nope", ("a", "b"))
    assert isinstance(error, KeyError)
    assert str(error) == "unknown programme 'nope'; known programmes: a, b"
    assert error.known == ("a", "b")
    unknown = UnknownParameterError("x.y", ("a.b", "a.c", "d.e"))
    assert str(unknown) == "no parameter 'x.y' in the policy book; known keys start with: a, d"
    assert str(UnknownParameterError("x.y")) == "no parameter 'x.y' in the policy book"
    assert str(UnknownParameterError.__new__(UnknownParameterError)) == ""


def test_unknown_jurisdiction_is_both_invalid_input_and_key_error():
    error = UnknownJurisdictionError("999999", ("000000",))
    assert isinstance(error, InvalidInputError) and isinstance(error, KeyError)
    assert str(error) == "code: '999999' is not a known jurisdiction code (known: 000000)"
    assert str(UnknownJurisdictionError("1")) == "code: '1' is not a known jurisdiction code"


def test_no_value_error_names_key_date_and_levels():
    error = NoValueForDateError("k.v", "2003-01-01", ("360728", "000000"))
    assert isinstance(error, LookupError)
    assert "k.v" in str(error) and "2003-01-01" in str(error) and "360728 → 000000" in str(error)


def test_warning_and_type_error_classes():
    assert issubclass(FpcoreWarning, UserWarning)
    assert issubclass(FpcoreDeprecationWarning, DeprecationWarning)
    assert issubclass(ParameterTypeError, TypeError)
    with pytest.warns(FpcoreWarning):
        import warnings

        warnings.warn("dubious", FpcoreWarning, stacklevel=1)


def test_a_long_list_of_problems_is_kept_whole_and_listed_short():
    from fpcore.errors import MAX_PROBLEMS

    problems = [(f"rows[{i}].sex", f"'x{i}' is not a sex") for i in range(100)]
    err = InvalidInputError("rows[0].sex", "x0", "is not a sex", problems=problems)
    assert len(err.problems) == 100
    lines = str(err).splitlines()
    assert lines[0] == "100 problems:"
    assert len(lines) == 1 + MAX_PROBLEMS + 1
    assert lines[-1] == "… and 80 more (every one is in .problems)"
