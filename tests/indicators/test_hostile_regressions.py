"""Hostile input the standing suite (tests/test_hostile.py) found in the indicators.

Each case once leaked a built-in exception (``TypeError``, ``AttributeError``, or a
``ValueError`` from ``str()`` of an int past 4,300 digits); each now raises fpcore's
:class:`~fpcore.errors.InvalidInputError` naming the field.
"""

import pytest

from fpcore import InvalidInputError
from fpcore.indicators import (
    FIGURE_KINDS,
    Figure,
    FigureKind,
    Register,
    ReportedTable,
    merge_summaries,
    tally,
)
from fpcore.jurisdictions import DINGNAN

HUGE = 10**5000  # past the 4,300 digits str() and repr() of an int refuse


# -- ReportedTable: figures must be an iterable of Figure --------------------------------------


@pytest.mark.parametrize("figures", [None, 3, "13.4", {"funding": "279.9万"}])
def test_reported_table_refuses_figures_that_are_no_list_of_figures(figures):
    with pytest.raises(InvalidInputError) as info:
        ReportedTable(title="t", figures=figures)
    assert info.value.field == "figures"
    assert "must be a tuple or list of Figure" in str(info.value)


def test_reported_table_names_the_item_that_is_not_a_figure():
    good = Figure(code="funding", year=2008, printed="279.9万")
    with pytest.raises(InvalidInputError) as info:
        ReportedTable(title="t", figures=[good, None])
    assert info.value.field == "figures[1]"
    assert str(info.value) == "figures[1]: None must be a Figure"


def test_reported_table_takes_a_generator_of_figures():
    table = ReportedTable(
        title="t", figures=(Figure(code="population", printed=p) for p in ["21万"])
    )
    assert [f.printed for f in table.figures] == ["21万"]


# -- merge_summaries: an iterable of RegisterSummary, at least one ---------------------------


@pytest.mark.parametrize("summaries", [None, 7, "ab", {"a": 1}])
def test_merge_summaries_refuses_what_is_no_iterable_of_summaries(summaries):
    with pytest.raises(InvalidInputError) as info:
        merge_summaries(summaries)
    assert info.value.field == "summaries"


@pytest.mark.parametrize("bad", [None, "b", 3])
@pytest.mark.parametrize("position", [0, 1])
def test_merge_summaries_names_the_item_that_is_not_a_summary(bad, position):
    good = tally(Register(jurisdiction=DINGNAN), year=2009)
    items = [good, good]
    items[position] = bad
    with pytest.raises(InvalidInputError) as info:
        merge_summaries(items)
    assert info.value.field == f"summaries[{position}]"
    assert str(info.value).endswith("must be a RegisterSummary")


def test_merge_summaries_of_none_names_the_field():
    with pytest.raises(InvalidInputError) as info:
        merge_summaries(iter(()))
    assert str(info.value) == "summaries: () must hold at least one RegisterSummary"


# -- FigureKind: text fields are non-empty strings, whole is a bool ----------------------------

_GOOD_KIND = {"code": "funding", "name_zh": "经费", "name_en": "funding", "unit": "yuan"}


@pytest.mark.parametrize("field", ["code", "name_zh", "name_en", "unit"])
@pytest.mark.parametrize("value", [HUGE, None, "", "  "], ids=["huge", "none", "empty", "blank"])
def test_figure_kind_refuses_a_text_field_that_is_no_text(field, value):
    with pytest.raises(InvalidInputError) as info:
        FigureKind(**{**_GOOD_KIND, field: value})
    assert info.value.field == field
    message = str(info.value)  # building and showing the error must not fail either
    if value is HUGE:
        assert "<int of about 5001 digits>" in message


@pytest.mark.parametrize("value", [HUGE, 1, 0, None, "yes"], ids=["huge", "1", "0", "none", "yes"])
def test_figure_kind_whole_must_be_a_bool(value):
    with pytest.raises(InvalidInputError) as info:
        FigureKind(**_GOOD_KIND, whole=value)
    assert info.value.field == "whole"
    assert str(info.value).endswith("must be True or False")


def test_every_built_in_figure_kind_passes_its_own_checks():
    for kind in FIGURE_KINDS:
        assert (
            FigureKind(
                code=kind.code,
                name_zh=kind.name_zh,
                name_en=kind.name_en,
                unit=kind.unit,
                whole=kind.whole,
            )
            == kind
        )
