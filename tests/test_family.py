"""Tests for fpcore.family: models, validation and derived facts."""

import pickle
import random
from datetime import date, timedelta

import attrs
import pytest
from hypothesis import given, reject
from hypothesis import strategies as st

from fpcore import DINGNAN, JIANGXI, InvalidInputError
from fpcore.family import Child, Family, Hukou, Parent, Person, SecondBirthGround, Sex

MUM = Person(sex=Sex.FEMALE, birth_date=date(1980, 3, 1), hukou=Hukou.RURAL, id="m")
DAD = Person(sex=Sex.MALE, birth_date=date(1978, 7, 9), hukou=Hukou.RURAL, id="f")


def girl(on: date, **kw) -> Child:
    return Child(sex=Sex.FEMALE, birth_date=on, **kw)


def boy(on: date, **kw) -> Child:
    return Child(sex=Sex.MALE, birth_date=on, **kw)


def family(*children: Child, **kw) -> Family:
    kw.setdefault("mother", MUM)
    kw.setdefault("father", DAD)
    kw.setdefault("jurisdiction", DINGNAN)
    return Family(children=children, **kw)


# -- Person and Child ----------------------------------------------------------------------------


def test_person_defaults_and_facts():
    p = Person(sex=Sex.MALE, birth_date=date(1950, 5, 2), hukou=Hukou.URBAN)
    assert (p.death_date, p.only_child, p.ethnic_minority, p.id) == (None, False, False, None)
    # born 1950-05-02: 59 the day before the 60th birthday, 60 on it
    assert p.age(on=date(2010, 5, 1)) == 59
    assert p.age(on=date(2010, 5, 2)) == 60
    assert not p.is_rural
    assert MUM.is_rural


def test_alive_excludes_the_day_of_death_and_days_before_birth():
    p = attrs.evolve(MUM, death_date=date(2010, 6, 1))
    assert not p.is_alive(on=date(1980, 2, 29))
    assert p.is_alive(on=date(1980, 3, 1))
    assert p.is_alive(on=date(2010, 5, 31))
    assert not p.is_alive(on=date(2010, 6, 1))
    c = girl(date(2001, 1, 1), death_date=date(2001, 1, 1))
    assert not c.is_alive(on=date(2001, 1, 1))
    assert c.age(on=date(2002, 1, 1)) == 1


def test_child_defaults():
    c = girl(date(2001, 1, 1))
    assert c.parents == frozenset({Parent.MOTHER, Parent.FATHER})
    assert c.is_shared and not c.is_disabled and not c.adopted and c.within_policy is None
    assert girl(date(2001, 1, 1), disability_grade=1).is_disabled


@pytest.mark.parametrize(
    ("given_parents", "stored"),
    [
        (Parent.MOTHER, {Parent.MOTHER}),
        ([Parent.FATHER], {Parent.FATHER}),
        ((Parent.FATHER, Parent.MOTHER), {Parent.MOTHER, Parent.FATHER}),
        ({Parent.MOTHER}, {Parent.MOTHER}),
    ],
)
def test_child_parents_are_normalised_to_a_frozenset(given_parents, stored):
    assert frozenset(stored) == girl(date(2001, 1, 1), parents=given_parents).parents


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("sex", "female"),
        ("birth_date", "2001-01-01"),
        ("death_date", date(2000, 12, 31)),
        ("disability_grade", 0),
        ("disability_grade", 5),
        ("disability_grade", True),
        ("disability_grade", "1"),
        ("adopted", 1),
        ("within_policy", "yes"),
        ("parents", frozenset()),
        ("parents", "mother"),
        ("parents", [Parent.MOTHER, "father"]),
        ("id", ""),
        ("id", 7),
    ],
)
def test_child_rejects_bad_fields_naming_them(field, value):
    kwargs = {"sex": Sex.FEMALE, "birth_date": date(2001, 1, 1), field: value}
    with pytest.raises(InvalidInputError) as info:
        Child(**kwargs)
    assert field == info.value.field


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("sex", None),
        ("hukou", "rural"),
        ("birth_date", None),
        ("death_date", date(1979, 1, 1)),
        ("only_child", None),
        ("ethnic_minority", "no"),
        ("id", "  "),
    ],
)
def test_person_rejects_bad_fields_naming_them(field, value):
    kwargs = {"sex": Sex.FEMALE, "birth_date": date(1980, 1, 1), "hukou": Hukou.RURAL}
    kwargs[field] = value
    with pytest.raises(InvalidInputError) as info:
        Person(**kwargs)
    assert field == info.value.field


def test_disability_grades_one_to_four_are_accepted():
    assert [girl(date(2001, 1, 1), disability_grade=g).disability_grade for g in (1, 2, 3, 4)] == [
        1,
        2,
        3,
        4,
    ]


# -- Family validation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"mother": None, "father": None}, "mother"),
        ({"mother": attrs.evolve(MUM, sex=Sex.MALE)}, "mother.sex"),
        ({"father": attrs.evolve(DAD, sex=Sex.FEMALE)}, "father.sex"),
        ({"mother": "Ms Li"}, "mother"),
        ({"father": 3}, "father"),
        ({"jurisdiction": "360728"}, "jurisdiction"),
        ({"married_on": date(1979, 1, 1)}, "married_on"),  # before the mother's birth
        ({"married_on": date(1978, 7, 8)}, "married_on"),  # before both births
        ({"married_on": "2000-01-01"}, "married_on"),
        ({"second_birth_permit_on": 2005}, "second_birth_permit_on"),
        ({"one_child_certificate_on": "x"}, "one_child_certificate_on"),
        ({"second_birth_grounds": {"rural_only_girl"}}, "second_birth_grounds"),
        ({"second_birth_grounds": "rural_only_girl"}, "second_birth_grounds"),
    ],
)
def test_family_rejects_bad_fields_naming_them(kwargs, field):
    with pytest.raises(InvalidInputError) as info:
        family(**kwargs)
    assert field == info.value.field


@pytest.mark.parametrize(
    ("children", "field"),
    [
        ("not a tuple", "children"),
        ([girl(date(2001, 1, 1)), "child"], "children[1]"),
        ([girl(date(2001, 1, 1)), girl(date(1979, 12, 31))], "children[1].birth_date"),
        ([boy(date(1978, 7, 8), parents=Parent.FATHER)], "children[0].birth_date"),
    ],
)
def test_family_rejects_bad_children_with_their_path(children, field):
    with pytest.raises(InvalidInputError) as info:
        Family(mother=MUM, father=DAD, children=children, jurisdiction=DINGNAN)
    assert field == info.value.field


def test_child_born_after_the_mothers_death_is_refused():
    dead = attrs.evolve(MUM, death_date=date(2010, 1, 1))
    with pytest.raises(InvalidInputError) as info:
        family(girl(date(2005, 1, 1)), girl(date(2010, 1, 2)), mother=dead)
    assert info.value.field == "children[1].birth_date"
    # on the day of her death is possible; and a child of the father only is not hers
    ok = family(girl(date(2010, 1, 1)), boy(date(2012, 1, 1), parents=Parent.FATHER), mother=dead)
    assert len(ok.children) == 2


def test_child_born_after_the_fathers_death_is_accepted():
    dead = attrs.evolve(DAD, death_date=date(2010, 1, 1))
    assert family(girl(date(2010, 8, 1)), father=dead).children


def test_child_of_an_absent_parent_only_is_refused():
    with pytest.raises(InvalidInputError) as info:
        family(girl(date(2005, 1, 1), parents=Parent.FATHER), father=None)
    assert info.value.field == "children[0].parents"


def test_a_shared_child_of_a_single_parent_is_accepted():
    single = family(girl(date(2005, 1, 1)), father=None)
    assert single.spouses == (MUM,)
    assert not single.is_couple


def test_lists_are_stored_as_tuples_and_frozensets():
    f = Family(
        mother=MUM,
        father=DAD,
        children=[girl(date(2005, 1, 1))],
        jurisdiction=DINGNAN,
        second_birth_grounds=[SecondBirthGround.RURAL_ONLY_GIRL],
    )
    assert isinstance(f.children, tuple)
    assert frozenset({SecondBirthGround.RURAL_ONLY_GIRL}) == f.second_birth_grounds
    assert frozenset() == family().second_birth_grounds


# -- the couple ----------------------------------------------------------------------------------


def test_couple_facts():
    f = family(married_on=date(2003, 10, 1))
    assert f.spouses == (MUM, DAD)
    assert f.is_couple and f.is_rural
    assert MUM is f.parent(Parent.MOTHER) and DAD is f.parent(Parent.FATHER)
    assert not f.is_married(on=date(2003, 9, 30))
    assert f.is_married(on=date(2003, 10, 1))
    assert not family().is_married(on=date(2020, 1, 1))
    assert not family(father=attrs.evolve(DAD, hukou=Hukou.URBAN)).is_rural


@pytest.mark.parametrize(
    ("mum_only", "dad_only", "both", "any_"),
    [
        (False, False, False, False),
        (True, False, False, True),
        (False, True, False, True),
        (True, True, True, True),
    ],
)
def test_only_child_spouses(mum_only, dad_only, both, any_):
    f = family(
        mother=attrs.evolve(MUM, only_child=mum_only), father=attrs.evolve(DAD, only_child=dad_only)
    )
    assert (both, any_) == (f.both_only_children, f.any_only_child)


def test_a_single_only_child_parent_is_not_both_only_children():
    f = family(mother=attrs.evolve(MUM, only_child=True), father=None)
    assert not f.both_only_children
    assert f.any_only_child


# -- children, deliveries, birth order -----------------------------------------------------------

FIRST = girl(date(2004, 5, 2))
TWIN_A = boy(date(2009, 8, 20), id="a")
TWIN_B = girl(date(2009, 8, 21), id="b")  # born after midnight: same delivery
THIRD = boy(date(2012, 1, 1))
ADOPTED = girl(date(2006, 1, 1), adopted=True)


def test_deliveries_count_twins_once_and_skip_adopted_children():
    f = family(THIRD, TWIN_B, ADOPTED, FIRST, TWIN_A)
    assert f.deliveries() == ((FIRST,), (TWIN_A, TWIN_B), (THIRD,))
    assert f.deliveries(on=date(2009, 8, 20)) == ((FIRST,), (TWIN_A, TWIN_B))
    assert f.birth_count(on=date(2011, 12, 31)) == 2
    assert [f.birth_order(c) for c in (FIRST, TWIN_A, TWIN_B, THIRD)] == [1, 2, 2, 3]
    assert f.is_multiple_birth(TWIN_B) and not f.is_multiple_birth(THIRD)
    assert f.delivery_of(TWIN_A) == (TWIN_A, TWIN_B)


def test_births_two_days_apart_are_two_deliveries_only_by_two_mothers():
    # the father's children by earlier partners: two women, two deliveries
    a = boy(date(2009, 8, 20), parents=Parent.FATHER)
    b = boy(date(2009, 8, 22), parents=Parent.FATHER)
    assert len(family(a, b).deliveries()) == 2
    # one mother cannot deliver twice two days apart (fpcore.plausibility)
    with pytest.raises(InvalidInputError, match="MIN_DELIVERY_INTERVAL_DAYS") as info:
        family(boy(date(2009, 8, 20)), boy(date(2009, 8, 22)))
    assert info.value.field == "children[1].birth_date"
    # 140 days apart: two deliveries
    assert len(family(boy(date(2009, 8, 20)), boy(date(2010, 1, 7))).deliveries()) == 2


def test_same_day_children_of_different_parents_are_different_deliveries():
    hers = girl(date(2005, 1, 1), parents=Parent.MOTHER)
    his = boy(date(2005, 1, 1), parents=Parent.FATHER)
    f = family(his, hers)
    assert f.deliveries() == ((his,), (hers,))  # sorted by date, then "father" < "mother"


def test_children_from_an_earlier_marriage_count_in_birth_order():
    his = boy(date(2000, 1, 1), parents=Parent.FATHER)
    ours = girl(date(2008, 1, 1))
    f = family(ours, his)
    assert f.birth_order(ours) == 2
    assert (his, ours) == f.children_of(Parent.FATHER)
    assert (ours,) == f.children_of(Parent.MOTHER)
    assert (ours,) == f.shared_children
    with pytest.raises(InvalidInputError, match="role"):
        f.children_of("mother")  # the code string, not the enum


def test_derived_facts_are_cached_but_not_compared_pickled_or_hashed():
    f = family(FIRST, TWIN_A, TWIN_B)
    g = family(FIRST, TWIN_A, TWIN_B)
    assert f.deliveries() is f.deliveries()  # computed once, then kept
    assert f.spouses is f.spouses
    assert f == g and hash(f) == hash(g)  # g has computed nothing yet
    clone = pickle.loads(pickle.dumps(f))
    assert clone == f and clone.deliveries() == f.deliveries()


def test_birth_order_refuses_strangers_and_adopted_children():
    f = family(FIRST, ADOPTED)
    with pytest.raises(InvalidInputError) as info:
        f.birth_order(THIRD)
    assert info.value.field == "child"
    with pytest.raises(InvalidInputError, match="adopted"):
        f.birth_order(ADOPTED)


def test_counts_of_children_on_a_date():
    dead = attrs.evolve(FIRST, death_date=date(2007, 1, 1))
    f = family(THIRD, dead, ADOPTED)
    assert (dead, ADOPTED) == f.children_by(on=date(2011, 1, 1))
    assert f.child_count(on=date(2011, 1, 1)) == 2
    assert f.living_children(on=date(2011, 1, 1)) == (ADOPTED,)
    assert f.living_children(on=date(2012, 1, 1)) == (ADOPTED, THIRD)
    assert f.living_children(on=date(2004, 5, 1)) == ()


def test_earlier_children():
    f = family(THIRD, TWIN_B, ADOPTED, FIRST, TWIN_A)
    assert f.earlier_children(TWIN_B) == (FIRST, ADOPTED)
    assert f.earlier_children(ADOPTED) == (FIRST,)
    assert f.earlier_children(FIRST) == ()
    with pytest.raises(InvalidInputError):
        f.earlier_children(boy(date(2001, 1, 1)))


@pytest.mark.parametrize(
    ("children", "on", "expected"),
    [
        ((FIRST,), date(2005, 1, 1), True),
        ((FIRST,), date(2004, 5, 1), False),  # not yet born
        ((attrs.evolve(FIRST, death_date=date(2006, 1, 1)),), date(2007, 1, 1), False),
        ((ADOPTED,), date(2007, 1, 1), True),  # an adopted only child counts
        ((TWIN_A, TWIN_B), date(2010, 1, 1), False),  # twins are two children
        ((FIRST, THIRD), date(2010, 1, 1), True),  # the second was not born yet
        ((FIRST, THIRD), date(2012, 1, 1), False),
    ],
)
def test_has_only_child(children, on, expected):
    assert expected == family(*children).has_only_child(on=on)


@pytest.mark.parametrize(
    ("children", "on", "expected"),
    [
        ((FIRST, TWIN_B), date(2010, 1, 1), True),
        ((FIRST, TWIN_B), date(2009, 8, 20), False),  # one daughter so far
        ((FIRST, TWIN_A), date(2010, 1, 1), False),  # a son
        ((FIRST, TWIN_B, THIRD), date(2013, 1, 1), False),  # three children
        # a daughter who died still counts: 二女户 counts children ever had
        ((attrs.evolve(FIRST, death_date=date(2005, 1, 1)), TWIN_B), date(2010, 1, 1), True),
    ],
)
def test_two_daughter_household(children, on, expected):
    assert expected == family(*children).is_two_daughter_household(on=on)


@pytest.mark.parametrize(
    "call",
    [
        lambda f: f.living_children(on="2010-01-01"),
        lambda f: f.deliveries(on="2010-01-01"),
        lambda f: f.is_married(on=None),
        lambda f: f.mother.is_alive(on="2010-01-01"),
    ],
)
def test_dates_are_checked(call):
    with pytest.raises(InvalidInputError) as info:
        call(family(FIRST))
    assert info.value.field == "on"


def test_models_pickle_and_are_slotted():
    f = family(FIRST, TWIN_A, TWIN_B, jurisdiction=JIANGXI, married_on=date(2003, 1, 1))
    assert f == pickle.loads(pickle.dumps(f))
    assert not hasattr(f, "__dict__")
    assert not hasattr(FIRST, "__dict__")
    assert not hasattr(MUM, "__dict__")


def test_the_second_birth_grounds_are_distinct_strings():
    values = [g.value for g in SecondBirthGround]
    assert len(values) == len(set(values))
    assert SecondBirthGround.RURAL_ONLY_GIRL in SecondBirthGround


# -- properties ----------------------------------------------------------------------------------

_child_dates = st.dates(min_value=date(1998, 1, 1), max_value=date(2024, 12, 31))


@st.composite
def _plausible_kids(draw):
    """Up to six children of MUM (born 1980): her deliveries 0, 1 or 140+ days apart."""
    kids, day = [], draw(st.dates(min_value=date(1998, 1, 1), max_value=date(2000, 12, 31)))
    for _ in range(draw(st.integers(0, 6))):
        adopted = draw(st.booleans())
        born = draw(_child_dates) if adopted else day
        kids.append(
            Child(
                sex=draw(st.sampled_from(Sex)),
                birth_date=born,
                adopted=adopted,
                parents=draw(
                    st.sampled_from(
                        [frozenset({Parent.MOTHER, Parent.FATHER}), frozenset({Parent.MOTHER})]
                    )
                ),
            )
        )
        if not adopted:  # the next delivery: twins, or 140 days to four years later
            day += timedelta(days=draw(st.sampled_from([0, 1]) | st.integers(140, 1461)))
    return kids


_kids = _plausible_kids()


@given(_kids, st.randoms(use_true_random=False), _child_dates)
def test_derived_facts_do_not_depend_on_the_order_of_children(kids, rnd: random.Random, on):
    f = family(*kids)
    shuffled = list(kids)
    rnd.shuffle(shuffled)
    g = attrs.evolve(f, children=tuple(shuffled))
    assert f.deliveries() == g.deliveries()
    assert f.living_children(on=on) == g.living_children(on=on)
    assert [f.birth_order(c) for c in kids if not c.adopted] == [
        g.birth_order(c) for c in kids if not c.adopted
    ]
    assert f.has_only_child(on=on) == g.has_only_child(on=on)
    assert f.is_two_daughter_household(on=on) == g.is_two_daughter_household(on=on)


@given(_kids)
def test_deliveries_partition_the_born_children(kids):
    f = family(*kids)
    flat = [c for d in f.deliveries() for c in d]
    assert sorted(map(id, flat)) == sorted(id(c) for c in kids if not c.adopted)
    orders = [f.birth_order(d[0]) for d in f.deliveries()]
    assert list(range(1, len(orders) + 1)) == orders


@given(_kids, _child_dates)
def test_adding_a_later_child_never_changes_an_earlier_birth_order(kids, later):
    f = family(*kids)
    newcomer = boy(later)
    try:
        g = attrs.evolve(f, children=(*kids, newcomer))
    except InvalidInputError:
        reject()  # too close to one of the mother's deliveries: impossible
    for child in kids:
        if not child.adopted and child.birth_date < later - timedelta(days=1):
            assert f.birth_order(child) == g.birth_order(child)


@pytest.mark.parametrize("grade", [1, 2, 3, None])
def test_a_surgery_complication_grade_is_one_to_three_or_none(grade):
    person = Person(
        sex=Sex.FEMALE,
        birth_date=date(1960, 1, 1),
        hukou=Hukou.RURAL,
        surgery_complication_grade=grade,
    )
    assert person.surgery_complication_grade == grade


@pytest.mark.parametrize("grade", [0, 4, True, "1", 1.0])
def test_a_surgery_complication_grade_outside_one_to_three_is_refused(grade):
    with pytest.raises(InvalidInputError, match="surgery_complication_grade"):
        Person(
            sex=Sex.FEMALE,
            birth_date=date(1960, 1, 1),
            hukou=Hukou.RURAL,
            surgery_complication_grade=grade,
        )


def test_a_family_carries_an_optional_id():
    family = Family(mother=MUM, father=DAD, jurisdiction=DINGNAN, children=(), id="户-17")
    assert family.id == "户-17"
    assert Family(mother=MUM, father=DAD, jurisdiction=DINGNAN, children=()).id is None


@pytest.mark.parametrize("bad", ["", "  ", 17, b"h"])
def test_a_family_id_must_be_non_empty_text(bad):
    with pytest.raises(InvalidInputError) as info:
        Family(mother=MUM, father=None, jurisdiction=DINGNAN, children=(), id=bad)
    assert info.value.field == "id"
