"""Tests for fpcore.births: within-policy rulings and eras.

Expected rulings are pinned from REFERENCE §3 (Jiangxi 2002/2009/2014 texts, national 2015 and
2021 amendments) and the cases the issue lists.
"""

import random
import warnings
from datetime import date, timedelta

import attrs
import pytest
from hypothesis import given, reject
from hypothesis import strategies as st

from fpcore import DINGNAN, JIANGXI, NATIONAL, FpcoreWarning, InvalidInputError
from fpcore.births import BirthRuling, classify_birth, classify_births, eras
from fpcore.family import Child, Family, Hukou, Parent, Person, SecondBirthGround, Sex
from fpcore.params import Citation, Confidence, default_book
from fpcore.strategies import families
from fpcore.strategies._families import OTHER_PROVINCE


def couple(mother_born=date(1980, 1, 1), hukou=Hukou.RURAL, **person):
    mum = Person(sex=Sex.FEMALE, birth_date=mother_born, hukou=hukou, **person)
    dad = Person(sex=Sex.MALE, birth_date=date(1978, 6, 1), hukou=hukou)
    return mum, dad


def fam(*children, mother_born=date(1980, 1, 1), hukou=Hukou.RURAL, **kw):
    mum, dad = couple(mother_born, hukou)
    kw.setdefault("mother", mum)
    kw.setdefault("father", dad)
    kw.setdefault("jurisdiction", DINGNAN)
    kw.setdefault("married_on", date(2000, 1, 1))
    return Family(children=children, **kw)


def girl(on, **kw):
    return Child(sex=Sex.FEMALE, birth_date=on, **kw)


def boy(on, **kw):
    return Child(sex=Sex.MALE, birth_date=on, **kw)


# -- the cases of the issue ----------------------------------------------------------------------

# Mother born 1980-01-01: 26 on 2006-01-01. First child a girl in 2003.
FIRST_GIRL = girl(date(2003, 3, 1))


def test_2002_text_rural_girl_first_permit_woman_26_interval_4_years_is_within_policy():
    second = boy(date(2007, 3, 1))  # woman 26 (born 1980-06-01), interval 4 years
    family = fam(
        FIRST_GIRL, second, mother_born=date(1980, 6, 1), second_birth_permit_on=date(2006, 12, 1)
    )
    ruling = classify_birth(family, second)
    assert ruling.within_policy is True
    assert ruling.check("births.second_birth.ground").fact("grounds") == "rural_only_girl"
    assert ruling.check("births.spacing.interval").fact("years") == 4
    assert ruling.check("births.spacing.interval").fact("limit") == 4


def test_2002_text_woman_26_exactly():
    # mother born 1980-06-01 is 26 on 2006-06-01; first child 2002-06-01; interval 4 years
    first, second = girl(date(2002, 8, 1)), boy(date(2006, 8, 1))
    family = fam(
        first, second, mother_born=date(1980, 6, 1), second_birth_permit_on=date(2006, 1, 1)
    )
    ruling = classify_birth(family, second)
    assert ruling.check("births.spacing.mother_age").fact("age") == 26
    assert ruling.within_policy is True


def test_2002_text_interval_3_years_is_out_of_policy():
    second = boy(date(2006, 3, 1))  # interval 3 years; woman 26
    family = fam(FIRST_GIRL, second, second_birth_permit_on=date(2006, 1, 1))
    ruling = classify_birth(family, second)
    assert ruling.within_policy is False
    assert ruling.check("births.spacing.interval").passed is False
    assert ruling.check("births.second_birth.ground").passed is True
    assert ruling.check("births.second_birth.permit").passed is True


def test_same_case_in_2010_is_within_policy_spacing_abolished():
    first, second = girl(date(2007, 3, 1)), boy(date(2010, 3, 1))  # interval 3 years
    family = fam(first, second, second_birth_permit_on=date(2009, 12, 1))
    ruling = classify_birth(family, second)
    assert ruling.within_policy is True
    with pytest.raises(KeyError):
        ruling.check("births.spacing.interval")


def test_twins_at_the_first_delivery_are_both_within_policy():
    a, b = girl(date(2004, 5, 1)), boy(date(2004, 5, 2))  # born either side of midnight
    family = fam(a, b)
    assert [classify_birth(family, c).within_policy for c in (a, b)] == [True, True]
    assert [classify_birth(family, c).birth_order for c in (a, b)] == [1, 1]


def test_a_third_birth_in_2010_is_out_of_policy():
    kids = girl(date(2003, 1, 1)), girl(date(2007, 1, 1)), boy(date(2010, 6, 1))
    family = fam(*kids, second_birth_permit_on=date(2006, 1, 1))
    ruling = classify_birth(family, kids[2])
    assert ruling.within_policy is False
    assert ruling.birth_order == 3
    assert ruling.check("births.beyond_grounds").fact("limit") == 2


def test_any_second_birth_in_2017_is_within_policy():
    family = fam(boy(date(2012, 1, 1)), boy(date(2017, 5, 1)), hukou=Hukou.URBAN)
    ruling = classify_birth(family, family.children[1])
    assert ruling.within_policy is True
    assert ruling.check("births.text_in_force").fact("permitted") == 2


# -- the 2014 amendment --------------------------------------------------------------------------


def _one_only_child_family(second_born):
    mum = Person(sex=Sex.FEMALE, birth_date=date(1985, 1, 1), hukou=Hukou.URBAN, only_child=True)
    dad = Person(sex=Sex.MALE, birth_date=date(1984, 1, 1), hukou=Hukou.URBAN)
    return Family(
        mother=mum,
        father=dad,
        children=(boy(date(2010, 1, 1)), girl(second_born)),
        jurisdiction=JIANGXI,
        married_on=date(2009, 1, 1),
        second_birth_permit_on=date(2013, 10, 1),
    )


@pytest.mark.parametrize(
    ("born", "expected"),
    [
        (date(2014, 1, 17), False),  # the day before the 2014 amendment was implemented
        (date(2014, 1, 18), True),  # implemented from 2014-01-18
        (date(2015, 12, 31), True),
    ],
)
def test_one_spouse_an_only_child_is_a_ground_from_2014_01_18(born, expected):
    family = _one_only_child_family(born)
    assert expected is classify_birth(family, family.children[1]).within_policy


def test_both_only_children_is_a_ground_under_the_2009_text():
    family = _one_only_child_family(date(2012, 1, 1))
    family = attrs.evolve(
        family,
        father=attrs.evolve(family.father, only_child=True),
        second_birth_permit_on=date(2011, 6, 1),
    )
    ruling = classify_birth(family, family.children[1])
    assert ruling.within_policy is True
    assert ruling.check("births.second_birth.ground").fact("grounds") == "both_only_children"


# -- grounds -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "grounds", "hukou", "expected"),
    [
        (boy(date(2005, 1, 1)), set(), Hukou.RURAL, False),  # a rural boy first: no ground
        (girl(date(2005, 1, 1)), set(), Hukou.URBAN, False),  # an urban girl first: no ground
        # a ground on file that the facts refute does not hold
        (girl(date(2005, 1, 1)), {SecondBirthGround.RURAL_ONLY_GIRL}, Hukou.URBAN, False),
        (boy(date(2005, 1, 1)), {SecondBirthGround.FIRST_CHILD_DISABLED}, Hukou.URBAN, False),
        (
            boy(date(2005, 1, 1), disability_grade=2),
            {SecondBirthGround.FIRST_CHILD_DISABLED},
            Hukou.URBAN,
            True,
        ),
        (boy(date(2005, 1, 1)), {SecondBirthGround.UXORILOCAL_MARRIAGE}, Hukou.RURAL, True),
        (boy(date(2005, 1, 1)), {SecondBirthGround.UXORILOCAL_MARRIAGE}, Hukou.URBAN, False),
        (boy(date(2005, 1, 1)), {SecondBirthGround.UNDERGROUND_COAL_MINER}, Hukou.URBAN, False),
        (girl(date(2005, 1, 1)), {SecondBirthGround.UNDERGROUND_COAL_MINER}, Hukou.URBAN, True),
        (boy(date(2005, 1, 1)), {SecondBirthGround.ETHNIC_MINORITY_AREA}, Hukou.URBAN, False),
        (boy(date(2005, 1, 1)), {SecondBirthGround.MARTYR_ONLY_CHILD}, Hukou.URBAN, True),
        # the only child died before the second birth
        (boy(date(2005, 1, 1), death_date=date(2009, 1, 1)), set(), Hukou.URBAN, True),
        (boy(date(2005, 1, 1), death_date=date(2011, 1, 1)), set(), Hukou.URBAN, False),
    ],
)
def test_grounds_under_the_2009_text(first, grounds, hukou, expected):
    second = girl(date(2010, 6, 1))
    family = fam(
        first,
        second,
        hukou=hukou,
        second_birth_grounds=grounds,
        second_birth_permit_on=date(2010, 1, 1),
    )
    assert expected is classify_birth(family, second).within_policy


def test_ethnic_minority_couple_with_the_ground_on_file():
    mum = Person(
        sex=Sex.FEMALE, birth_date=date(1980, 1, 1), hukou=Hukou.URBAN, ethnic_minority=True
    )
    dad = Person(sex=Sex.MALE, birth_date=date(1980, 1, 1), hukou=Hukou.URBAN, ethnic_minority=True)
    kids = boy(date(2005, 1, 1)), boy(date(2010, 1, 1))
    family = Family(
        mother=mum,
        father=dad,
        children=kids,
        jurisdiction=DINGNAN,
        married_on=date(2004, 1, 1),
        second_birth_permit_on=date(2009, 1, 1),
        second_birth_grounds={SecondBirthGround.ETHNIC_MINORITY_AREA},
    )
    assert classify_birth(family, kids[1]).within_policy is True


def test_remarried_couple_his_child_from_an_earlier_marriage_counts():
    his = boy(date(2003, 1, 1), parents=Parent.FATHER)
    ours = girl(date(2008, 1, 1))
    family = fam(
        his,
        ours,
        married_on=date(2006, 1, 1),
        hukou=Hukou.URBAN,
        second_birth_permit_on=date(2007, 6, 1),
    )
    ruling = classify_birth(family, ours)
    assert ruling.birth_order == 2
    assert ruling.within_policy is True
    assert ruling.check("births.second_birth.ground").fact("grounds") == "remarried"
    # his own child belongs to his previous union: no ruling without one on file
    earlier = classify_birth(family, his)
    assert earlier.within_policy is None
    assert earlier.check("births.previous_union").passed is None


def test_a_permit_issued_after_the_birth_does_not_count():
    second = boy(date(2010, 6, 1))
    family = fam(girl(date(2005, 1, 1)), second, second_birth_permit_on=date(2010, 6, 2))
    ruling = classify_birth(family, second)
    assert ruling.within_policy is False
    assert ruling.check("births.second_birth.permit").passed is False
    family = attrs.evolve(family, second_birth_permit_on=None)
    assert classify_birth(family, second).within_policy is False


# -- spacing (2002 text) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mother_born", "first", "second", "expected"),
    [
        # woman 24 at the second birth (born 1980-01-01, birth 2004-12-31): under 25
        (date(1980, 1, 1), date(2002, 8, 1), date(2004, 12, 31), False),
        # woman 30, interval 2 years: over 28, so 2 years are enough
        (date(1974, 1, 1), date(2002, 8, 1), date(2004, 8, 1), True),
        # woman 29, interval 1 year 11 months: not enough
        (date(1975, 1, 1), date(2002, 8, 1), date(2004, 7, 31), False),
        # woman 28 exactly at the birth: not over 28, so 4 years are needed
        (date(1976, 8, 1), date(2002, 8, 1), date(2004, 8, 1), False),
        # woman 29 (over 28) at the birth: 2 years suffice
        (date(1975, 8, 1), date(2002, 8, 1), date(2004, 8, 1), True),
    ],
)
def test_spacing_rule_of_the_2002_text(mother_born, first, second, expected):
    kids = girl(first), boy(second)
    family = fam(*kids, mother_born=mother_born, second_birth_permit_on=date(2002, 9, 1))
    assert expected is classify_birth(family, kids[1]).within_policy


def test_spacing_without_a_mother_on_record_is_undetermined():
    kids = girl(date(2002, 8, 1)), boy(date(2007, 8, 1))
    family = fam(
        *kids,
        mother=None,
        second_birth_permit_on=date(2007, 1, 1),
        second_birth_grounds={SecondBirthGround.MARTYR_ONLY_CHILD},
    )
    ruling = classify_birth(family, kids[1])
    assert ruling.within_policy is None
    assert ruling.check("births.spacing.mother_age").passed is None


# -- marriage ------------------------------------------------------------------------------------


def test_a_non_marital_birth_is_out_of_policy():
    kid = boy(date(2005, 1, 1))
    family = fam(kid, married_on=date(2006, 1, 1))
    ruling = classify_birth(family, kid)
    assert ruling.within_policy is False
    assert ruling.check("births.marriage").passed is False
    # mother 25, father 26: both of age (20 and 22)
    assert ruling.check("births.marriage_age").passed is True
    assert ruling.check("births.marriage_age").fact("female_limit") == 20
    assert classify_birth(attrs.evolve(family, married_on=None), kid).within_policy is False


def test_an_under_age_birth_is_out_of_policy_and_flagged():
    kid = boy(date(2003, 6, 1))
    family = fam(kid, married_on=None, mother_born=date(1984, 1, 1))  # mother 19, father 25
    ruling = classify_birth(family, kid)
    assert ruling.within_policy is False
    assert ruling.check("births.marriage_age").passed is False
    assert ruling.check("births.marriage_age").fact("mother_age") == 19


def test_an_under_age_father_alone():
    mum = Person(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), hukou=Hukou.RURAL)
    dad = Person(sex=Sex.MALE, birth_date=date(1983, 1, 1), hukou=Hukou.RURAL)
    kid = girl(date(2004, 6, 1))  # father 21 < 22
    family = Family(mother=mum, father=dad, children=(kid,), jurisdiction=DINGNAN)
    assert classify_birth(family, kid).check("births.marriage_age").passed is False
    single = Family(mother=mum, father=None, children=(kid,), jurisdiction=DINGNAN)
    check = classify_birth(single, kid).check("births.marriage_age")
    assert check.passed is True
    assert check.fact("father_age") is None


def test_a_child_with_someone_other_than_the_spouse_is_out_of_policy():
    other = boy(date(2008, 1, 1), parents=Parent.FATHER)
    family = fam(girl(date(2004, 1, 1)), other, married_on=date(2003, 1, 1))
    ruling = classify_birth(family, other)
    assert ruling.within_policy is False
    assert ruling.check("births.extramarital").fact("parent") == "father"


def test_an_adopted_child_needs_a_ruling_on_file():
    kid = girl(date(2005, 1, 1), adopted=True)
    ruling = classify_birth(fam(kid), kid)
    assert ruling.within_policy is None
    assert ruling.birth_order is None
    assert ruling.check("births.adopted").passed is None


# -- eras and rulings on file --------------------------------------------------------------------


def test_a_birth_before_the_first_encoded_text_needs_a_ruling_on_file():
    kid = boy(date(1999, 1, 1))
    ruling = classify_birth(fam(kid, married_on=date(1998, 1, 1)), kid)
    assert ruling.within_policy is None
    check = ruling.check("births.text_in_force")
    assert check.passed is None
    assert check.fact("first") == date(2002, 7, 29)
    assert check.citations
    assert "a ruling on file is needed" in ruling.explain("en")


def test_a_ruling_on_file_wins_and_the_explanation_says_so():
    kid = boy(date(1999, 1, 1), within_policy=True)
    ruling = classify_birth(fam(kid, married_on=date(1998, 1, 1)), kid)
    assert (ruling.within_policy, ruling.recorded, ruling.computed) == (True, True, None)
    assert ruling.checks[0].code == "births.recorded_ruling"
    assert "takes precedence" in ruling.explain("en")
    assert "以此为准" in ruling.explain("zh")
    third = boy(date(2010, 1, 1), within_policy=True)
    family = fam(girl(date(2003, 1, 1)), girl(date(2007, 1, 1)), third)
    ruling = classify_birth(family, third)
    assert (ruling.within_policy, ruling.computed) == (True, False)


def test_a_province_without_its_own_text_is_undetermined_before_2016():
    kids = boy(date(2010, 1, 1)), boy(date(2017, 1, 1))
    family = fam(*kids, jurisdiction=OTHER_PROVINCE, hukou=Hukou.URBAN)
    first = classify_birth(family, kids[0])
    assert first.within_policy is None
    assert first.check("births.text_in_force").fact("first") == date(2016, 1, 1)
    assert classify_birth(family, kids[1]).within_policy is True


@pytest.mark.parametrize(
    ("grounds", "third_on", "expected"),
    [
        (set(), date(2019, 1, 1), False),
        # Jiangxi 2016 Art. 9(3) needs children from before a remarriage: a recorded
        # "remarried" with only shared children is no ground
        ({SecondBirthGround.REMARRIED}, date(2019, 1, 1), False),
        # 2016-01-01 … 2016-01-19: national two children, the Jiangxi 2016 grounds not yet in
        # force, the 2009 grounds (second birth only) moot: a recorded ground is undetermined
        ({SecondBirthGround.REMARRIED}, date(2016, 1, 19), None),
        (set(), date(2016, 1, 19), False),
    ],
)
def test_a_third_birth_under_the_two_child_policy(grounds, third_on, expected):
    kids = boy(date(2012, 1, 1)), boy(date(2015, 1, 1)), girl(third_on)
    family = fam(*kids, second_birth_grounds=grounds)
    ruling = classify_birth(family, kids[2])
    assert expected is ruling.within_policy
    assert ruling.check("births.children_before").passed is False


def test_three_children_from_2021_08_20():
    kids = boy(date(2012, 1, 1)), boy(date(2016, 6, 1)), girl(date(2021, 8, 20))
    family = fam(*kids)
    assert classify_birth(family, kids[2]).within_policy is True
    day_before = attrs.evolve(family, children=(*kids[:2], girl(date(2021, 8, 19))))
    assert classify_birth(day_before, day_before.children[2]).within_policy is False
    fourth = boy(date(2023, 1, 1))
    four = attrs.evolve(family, children=(*kids, fourth))
    assert classify_birth(four, fourth).within_policy is False


def test_classify_births_rules_on_every_child_oldest_first():
    kids = boy(date(2016, 6, 1)), boy(date(2012, 1, 1))
    rulings = classify_births(fam(*kids))
    assert [r.child for r in rulings] == [kids[1], kids[0]]
    assert all(isinstance(r, BirthRuling) for r in rulings)


def test_classify_birth_refuses_strangers_and_non_families():
    family = fam(boy(date(2012, 1, 1)))
    with pytest.raises(InvalidInputError) as info:
        classify_birth(family, girl(date(2012, 1, 1)))
    assert info.value.field == "child"
    with pytest.raises(InvalidInputError) as info:
        classify_birth("family", girl(date(2012, 1, 1)))
    assert info.value.field == "family"


def test_rendering():
    second = boy(date(2006, 3, 1))
    family = fam(FIRST_GIRL, second, second_birth_permit_on=date(2006, 1, 1))
    ruling = classify_birth(family, second)
    zh = ruling.explain("zh")
    assert zh.splitlines()[0] == "生育政策符合性——定南县，2006-03-01 出生：政策外生育。"
    assert "✗ 与上一胎间隔满 4 年（3 年；女方 26 周岁）" in zh
    en = ruling.explain("en")
    assert "✗ At least 4 years since the previous birth (3; the woman was 26)" in en
    page = ruling._repr_html_()
    assert page.startswith('<div class="fpcore-result fpcore-decision"')
    assert "births.spacing.interval" in page
    assert ruling.out_of_policy
    assert not ruling.is_illustrative
    early = fam(boy(date(1999, 1, 1)))
    assert "undetermined" in classify_birth(early, early.children[0]).headline("en")


# -- eras ----------------------------------------------------------------------------------------


def test_eras_of_dingnan():
    found = eras(DINGNAN)
    rows = [
        (
            e.start,
            e.end,
            e.permitted_children,
            e.grounds_birth_order,
            e.spacing_required,
            e.one_only_child_ground,
            e.fee_in_force,
            e.permit_required,
            e.third_birth_grounds,
            e.adopted_children_count,
        )
        for e in found
    ]
    T, F, N = True, False, None  # noqa: N806 - short names keep the table readable
    assert rows == [
        (date(2002, 7, 29), date(2002, 9, 1), 1, 2, T, F, N, T, N, N),
        (date(2002, 9, 1), date(2009, 5, 1), 1, 2, T, F, T, T, N, N),
        (date(2009, 5, 1), date(2014, 1, 18), 1, 2, F, F, T, T, N, T),
        (date(2014, 1, 18), date(2016, 1, 1), 1, 2, F, T, T, T, N, T),
        # national two children; the Jiangxi 2009 text (adoption clause) until the 2016 one
        (date(2016, 1, 1), date(2016, 1, 20), 2, N, N, N, T, N, N, T),
        # Jiangxi 2016 Art. 9: one more child after two, with a permit
        (date(2016, 1, 20), date(2021, 6, 26), 2, N, N, N, T, T, T, T),
        # the fee abolished by the decision of 2021-06-26 (2021-08-20 and 2021-09-09 change
        # nothing more for this table: same value, other instruments)
        (date(2021, 6, 26), date(2021, 8, 20), 2, N, N, N, F, T, T, T),
        (date(2021, 8, 20), date(2021, 9, 29), 3, N, N, N, F, N, N, T),
        # the Jiangxi 2021 text was not retrieved: adopted-children counting not encoded
        (date(2021, 9, 29), None, 3, N, N, N, F, N, N, N),
    ]
    assert all(e.citations for e in found)
    assert found[3].citations[0].effective_on == date(2014, 1, 18)


def test_eras_of_the_nation_and_bad_input():
    assert [e.start for e in eras(NATIONAL)] == [
        date(2002, 9, 1),
        date(2016, 1, 1),
        date(2021, 6, 26),
        date(2021, 8, 20),
    ]
    assert eras(NATIONAL)[0].permitted_children is None
    with pytest.raises(InvalidInputError):
        eras("360000")


def test_citations_behind_the_eras_are_never_illustrative():
    for era in eras(DINGNAN):
        assert all(c.confidence is not Confidence.ILLUSTRATIVE for c in era.citations)


# -- properties ----------------------------------------------------------------------------------


@given(families(max_children=4), st.randoms(use_true_random=False))
def test_rulings_do_not_depend_on_the_order_of_children(family, rnd: random.Random):
    shuffled = list(family.children)
    rnd.shuffle(shuffled)
    other = attrs.evolve(family, children=tuple(shuffled))
    for child in family.children:
        a, b = classify_birth(family, child), classify_birth(other, child)
        assert (a.within_policy, a.birth_order, a.checks) == (
            b.within_policy,
            b.birth_order,
            b.checks,
        )


@given(families(max_children=4), st.data())
def test_adding_a_later_child_never_changes_an_earlier_ruling(family, data):
    if not family.children:
        return
    last = max(c.birth_date for c in family.children)
    born = data.draw(st.dates(min_value=last + timedelta(days=2), max_value=date(2099, 1, 1)))
    parents = data.draw(
        st.sampled_from(
            sorted({c.parents for c in family.children}, key=lambda ps: sorted(p.value for p in ps))
        )
    )
    if family.mother is not None and family.mother.death_date is not None:
        parents = parents - {Parent.MOTHER}
    if not parents or not parents & {r for r in Parent if family.parent(r) is not None}:
        return
    newcomer = Child(sex=Sex.MALE, birth_date=born, parents=parents)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FpcoreWarning)  # an old parent: unusual, not wrong
        try:
            bigger = attrs.evolve(family, children=(*family.children, newcomer))
        except InvalidInputError:
            reject()  # an impossible newcomer (too close to a delivery, a parent too old)
    for child in family.children:
        before, after = classify_birth(family, child), classify_birth(bigger, child)
        assert before.within_policy == after.within_policy
        assert before.checks == after.checks


@given(families(max_children=4))
def test_every_ruling_has_a_check_with_a_citation(family):
    for ruling in classify_births(family):
        assert any(check.citations for check in ruling.checks)
        assert ruling.explain("zh") and ruling.explain("en")


# -- what-if books -------------------------------------------------------------------------------

WHAT_IF = Citation(title="测算", confidence=Confidence.ILLUSTRATIVE)


def test_a_book_without_the_permit_requirement():
    book = default_book().override(
        "births.second_birth.permit_required",
        False,
        start=date(2009, 5, 1),
        jurisdiction=DINGNAN,
        citation=WHAT_IF,
    )
    second = boy(date(2010, 6, 1))
    family = fam(girl(date(2005, 1, 1)), second)  # rural, a girl first, no permit
    assert classify_birth(family, second).within_policy is False
    ruling = classify_birth(family, second, book=book)
    assert ruling.within_policy is True
    assert ruling.is_illustrative
    assert ruling.check("births.second_birth.permit").passed is True
    assert "No permit is required" in ruling.explain("en")


def test_eras_merge_records_that_change_nothing():
    book = default_book().override(
        "births.permitted_children",
        1,
        start=date(2005, 1, 1),
        jurisdiction=DINGNAN,
        citation=WHAT_IF,
    )
    assert [e.start for e in eras(DINGNAN, book=book)] == [e.start for e in eras(DINGNAN)]
