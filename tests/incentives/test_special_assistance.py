from datetime import date
from decimal import Decimal

import pytest
from attrs import evolve

from fpcore import Child, Hukou, Parent, Sex, assess, entitlement

P = "special_assistance"


def died(born=date(1985, 1, 1), on=date(2010, 1, 1), **kw):
    return Child(sex=Sex.MALE, birth_date=born, death_date=on, **kw)


def test_pinned_urban_parents_of_a_deceased_only_child_in_2015(build):
    family = build.couple(
        he=date(1958, 1, 1), she=date(1960, 1, 1), hukou=Hukou.URBAN, children=(died(),)
    )
    d = assess(P, family, on=date(2015, 6, 30))
    assert d.eligible
    assert d.amount == Decimal("8160.00")  # 340 × 12 × 2
    assert [s.amount for s in d.breakdown] == [Decimal("4080.00")] * 2


@pytest.mark.parametrize(
    ("on", "hukou", "grade", "amount"),
    [
        (date(2008, 6, 1), Hukou.RURAL, None, "2400.00"),  # 100 × 12 × 2
        (date(2008, 6, 1), Hukou.RURAL, 3, "1920.00"),  # 80 × 12 × 2
        (date(2012, 6, 1), Hukou.URBAN, None, "3240.00"),  # 135 × 12 × 2
        (date(2012, 6, 1), Hukou.URBAN, 1, "2640.00"),  # 110 × 12 × 2
        (date(2014, 6, 1), Hukou.RURAL, None, "4080.00"),  # 170 × 12 × 2
        (date(2014, 6, 1), Hukou.RURAL, 2, "3600.00"),  # 150 × 12 × 2
        (date(2014, 6, 1), Hukou.URBAN, 3, "6480.00"),  # 270 × 12 × 2
    ],
)
def test_rates_by_year_category_and_hukou(build, on, hukou, grade, amount):
    child = (
        died(on=date(2005, 1, 1))
        if grade is None
        else Child(sex=Sex.FEMALE, birth_date=date(1985, 1, 1), disability_grade=grade)
    )
    family = build.couple(he=date(1955, 1, 1), she=date(1955, 1, 1), hukou=hukou, children=(child,))
    assert assess(P, family, on=on).amount == Decimal(amount)


def test_disability_grade_4_does_not_qualify(build):
    child = Child(sex=Sex.FEMALE, birth_date=date(1985, 1, 1), disability_grade=4)
    family = build.couple(he=date(1955, 1, 1), she=date(1955, 1, 1), children=(child,))
    d = assess(P, family, on=date(2014, 6, 1))
    assert not d.eligible and d.check("special_assistance.child.mother").passed is False


def test_the_woman_must_be_49(build):
    family = build.couple(he=date(1955, 1, 1), she=date(1966, 1, 1), children=(died(),))
    d = assess(P, family, on=date(2014, 6, 1))  # she is 48
    assert not d.eligible and d.check("special_assistance.age").fact("age") == 48


def test_a_widower_is_assessed_on_his_own_age(build):
    family = build.couple(he=date(1960, 1, 1), she=date(1950, 1, 1), children=(died(),))
    family = evolve(family, mother=evolve(family.mother, death_date=date(2012, 1, 1)))
    d = assess(P, family, on=date(2014, 6, 1))  # he is 54
    assert d.amount == Decimal("2040.00")  # one parent, rural, 170 × 12
    assert d.check("special_assistance.age").fact("who") == "father"


def test_another_child_since_disqualifies(build):
    kids = (died(), Child(sex=Sex.FEMALE, birth_date=date(2011, 1, 1)))
    family = build.couple(he=date(1965, 1, 1), she=date(1965, 1, 1), children=kids)
    assert not assess(P, family, on=date(2015, 6, 1)).eligible


def test_earlier_children_who_died_before_do_not_count(build):
    kids = (died(date(1980, 1, 1), date(1982, 1, 1)), died(date(1985, 1, 1), date(2010, 1, 1)))
    family = build.couple(he=date(1955, 1, 1), she=date(1955, 1, 1), children=kids)
    assert assess(P, family, on=date(2015, 6, 1)).eligible


def test_two_living_children_at_once_do_not_qualify(build):
    kids = (died(date(1980, 1, 1), date(2009, 1, 1)), died(date(1985, 1, 1), date(2010, 1, 1)))
    family = build.couple(he=date(1955, 1, 1), she=date(1955, 1, 1), children=kids)
    d = assess(P, family, on=date(2015, 6, 1))
    assert not d.eligible and d.check("special_assistance.one_child.mother").fact("earlier") == 0


def test_a_remarried_couple_is_assessed_per_person(build):
    # her only child (from an earlier marriage) died; he has a living child of his own
    hers = died(parents=Parent.MOTHER)
    his = Child(sex=Sex.MALE, birth_date=date(1990, 1, 1), parents=Parent.FATHER)
    family = build.couple(
        he=date(1960, 1, 1), she=date(1960, 1, 1), hukou=Hukou.URBAN, children=(hers, his)
    )
    d = assess(P, family, on=date(2015, 6, 1))
    assert {s.beneficiary: s.amount for s in d.breakdown} == {
        "mother": Decimal("4080.00"),
        "father": Decimal("0.00"),
    }


def test_no_children_and_born_before_1933(build):
    d = assess(P, build.couple(he=date(1932, 1, 1), she=date(1950, 1, 1)), on=date(2015, 6, 1))
    assert not d.eligible
    assert d.check("special_assistance.born_from.father").passed is False
    assert d.check("special_assistance.one_child.mother").fact("had") == 0


def test_both_parents_dead_and_not_in_force_before_2007(build):
    family = build.couple(he=date(1950, 1, 1), she=date(1950, 1, 1), children=(died(),))
    assert not assess(P, family, on=date(2006, 12, 31)).eligible
    gone = evolve(
        family,
        mother=evolve(family.mother, death_date=date(2011, 1, 1)),
        father=evolve(family.father, death_date=date(2011, 1, 1)),
    )
    assert not assess(P, gone, on=date(2012, 1, 1)).eligible


def test_entitlement_starts_the_month_after_her_49th_birthday(build):
    family = build.couple(he=date(1960, 1, 1), she=date(1965, 3, 15), children=(died(),))
    e = entitlement(P, family, start=date(2014, 1, 1), end=date(2014, 12, 31))
    # she turns 49 on 2014-03-15: April–December, 2 × 170 = 340 a month
    assert e.paid_months == 9 and e.total == Decimal("3060.00")
