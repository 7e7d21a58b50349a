"""Tests for the person, child and family strategies."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from fpcore import DINGNAN
from fpcore.family import Child, Family, Hukou, Parent, Person, Sex
from fpcore.strategies import children, families, persons


@given(
    persons(sex=Sex.FEMALE, hukou=Hukou.URBAN, min_date=date(1970, 1, 1), max_date=date(1980, 1, 1))
)
def test_persons_respect_their_pins(person):
    assert isinstance(person, Person)
    assert person.sex is Sex.FEMALE and person.hukou is Hukou.URBAN
    assert date(1970, 1, 1) <= person.birth_date <= date(1980, 1, 1)


@given(persons())
def test_persons_by_default(person):
    assert person.death_date is None or person.death_date >= person.birth_date


@given(children(min_date=date(2000, 1, 1), max_date=date(2000, 12, 31)))
def test_children_respect_the_range(child):
    assert isinstance(child, Child)
    assert child.birth_date.year == 2000


@given(
    families(
        jurisdiction=DINGNAN,
        hukou=Hukou.RURAL,
        min_date=date(2005, 1, 1),
        max_date=date(2010, 12, 31),
    )
)
def test_families_respect_their_pins(family):
    assert isinstance(family, Family)
    assert family.jurisdiction is DINGNAN
    assert all(p.hukou is Hukou.RURAL for p in family.spouses)
    assert all(date(2005, 1, 1) <= c.birth_date <= date(2010, 12, 31) for c in family.children)


@given(families())
def test_families_are_varied(family):
    # the strategy only builds valid families; count the varieties it reaches
    assert family.spouses
    for child in family.children:
        assert child.parents & {r for r in Parent if family.parent(r) is not None}


def test_families_reach_the_interesting_shapes():
    seen = set()

    @settings(max_examples=400, database=None)
    @given(families())
    def collect(family):
        if family.mother is None or family.father is None:
            seen.add("single parent")
        if any(not c.is_shared for c in family.children):
            seen.add("remarried")
        if any(len(d) > 1 for d in family.deliveries()):
            seen.add("twins")
        if any(c.adopted for c in family.children):
            seen.add("adopted")
        if any(c.death_date for c in family.children):
            seen.add("deceased child")
        if any(c.disability_grade for c in family.children):
            seen.add("disabled child")
        if any(p.death_date for p in family.spouses):
            seen.add("widowed")

    collect()
    assert seen == {
        "single parent",
        "remarried",
        "twins",
        "adopted",
        "deceased child",
        "disabled child",
        "widowed",
    }


@pytest.mark.parametrize(
    "build",
    [
        lambda: persons(min_date="1970-01-01"),
        lambda: persons(min_date=date(1980, 1, 1), max_date=date(1970, 1, 1)),
        lambda: persons(sex="female"),
        lambda: persons(hukou="rural"),
        lambda: children(max_date=None),
        lambda: children(min_date=date(1800, 1, 1)),
        lambda: families(jurisdiction="360728"),
        lambda: families(max_children=-1),
        lambda: families(max_children=True),
        lambda: families(max_date=date(2100, 1, 1)),
    ],
)
def test_bad_arguments_raise_invalid_argument(build):
    with pytest.raises(InvalidArgument):
        build().example()


@given(st.data())
def test_no_children(data):
    family = data.draw(families(max_children=0))
    assert family.children == ()


@given(st.from_type(Family), st.from_type(Person), st.from_type(Child))
def test_importing_the_strategies_registers_them_for_their_types(family, person, child):
    # the strategies module was imported above: from_type gives valid, varied objects
    assert isinstance(family, Family) and family.spouses
    assert isinstance(person, Person) and isinstance(child, Child)


def test_from_type_reaches_families_with_and_without_an_id():
    seen = set()

    @settings(max_examples=200, database=None)
    @given(st.from_type(Family))
    def collect(family):
        seen.add(family.id is None)

    collect()
    assert seen == {True, False}
