"""Tests for fpcore.births.social_maintenance_fee (Jiangxi 2004 measures, REFERENCE §3.2)."""

from datetime import date
from decimal import Decimal

import attrs
import pytest
from hypothesis import given

from fpcore import DINGNAN, InvalidInputError
from fpcore.births import FeeAssessment, social_maintenance_fee
from fpcore.family import Child, Family, Hukou, Parent, Person, SecondBirthGround, Sex
from fpcore.strategies import families

# An assessment date before the fee was abolished (2021-06-26).
ASSESSED = date(2011, 1, 1)


def make(*children, mother_hukou=Hukou.URBAN, father_hukou=Hukou.URBAN, **kw):
    kw.setdefault("married_on", date(2003, 1, 1))
    kw.setdefault("jurisdiction", DINGNAN)
    return Family(
        mother=Person(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), hukou=mother_hukou),
        father=Person(sex=Sex.MALE, birth_date=date(1978, 1, 1), hukou=father_hukou),
        children=children,
        **kw,
    )


BOY_2005 = Child(sex=Sex.MALE, birth_date=date(2005, 1, 1))
BOY_2010 = Child(sex=Sex.MALE, birth_date=date(2010, 6, 1))


def test_a_married_couples_second_birth_without_a_ground():
    fee = social_maintenance_fee(
        make(BOY_2005, BOY_2010), BOY_2010, on=ASSESSED, urban_income="15000"
    )
    # 3.5 × 15,000 = 52,500 for each spouse
    assert [(s.beneficiary, s.amount) for s in fee.breakdown] == [
        ("mother", Decimal("52500.00")),
        ("father", Decimal("52500.00")),
    ]
    assert fee.amount == Decimal("105000.00")
    assert fee.due is True
    assert fee.check("social_maintenance_fee.rate").fact("multiple") == Decimal("3.5")


def test_actual_income_replaces_a_lower_county_figure_and_hukou_picks_the_figure():
    family = make(BOY_2005, BOY_2010, mother_hukou=Hukou.RURAL)
    fee = social_maintenance_fee(
        family,
        BOY_2010,
        on=ASSESSED,
        urban_income="15000",
        rural_income="5000",
        mother_income="4000",  # lower than the rural figure: the rural figure is the base
        father_income="20000",  # higher than the urban figure: actual income is the base
    )
    # mother 3.5 × 5,000 = 17,500; father 3.5 × 20,000 = 70,000
    assert [s.amount for s in fee.breakdown] == [Decimal("17500.00"), Decimal("70000.00")]
    assert fee.amount == Decimal("87500.00")
    assert fee.check("social_maintenance_fee.base.father").fact("base") == Decimal("20000.00")


def test_an_under_age_unmarried_first_child_pays_half_rounded_to_the_fen():
    kid = Child(sex=Sex.FEMALE, birth_date=date(2005, 6, 1))
    family = Family(
        mother=Person(sex=Sex.FEMALE, birth_date=date(1987, 1, 1), hukou=Hukou.RURAL),  # 18
        father=Person(sex=Sex.MALE, birth_date=date(1985, 1, 1), hukou=Hukou.RURAL),  # 20
        children=(kid,),
        jurisdiction=DINGNAN,
    )
    fee = social_maintenance_fee(family, kid, rural_income="3333.33")
    # 3.5 × 0.5 = 1.75; 1.75 × 3,333.33 = 5,833.3275 → 5,833.33 (half up) for each
    assert [s.amount for s in fee.breakdown] == [Decimal("5833.33"), Decimal("5833.33")]
    assert fee.check("social_maintenance_fee.rate").fact("multiple") == Decimal("1.75")


@pytest.mark.parametrize(("count", "multiple"), [(1, Decimal("7")), (2, Decimal("14"))])
def test_children_with_someone_other_than_the_spouse(count, multiple):
    others = tuple(
        Child(sex=Sex.MALE, birth_date=date(2006 + 2 * n, 1, 1), parents=Parent.FATHER)
        for n in range(count)
    )
    family = make(BOY_2005, *others)
    fee = social_maintenance_fee(family, others[-1], urban_income="10000")
    # charged to the father only: 7 × or 14 × 10,000
    assert [(s.beneficiary, s.amount) for s in fee.breakdown] == [
        ("father", (multiple * 10000).quantize(Decimal("0.01")))
    ]


def test_a_third_child_with_someone_else_has_no_encoded_rate():
    others = tuple(
        Child(sex=Sex.FEMALE, birth_date=date(2006 + 2 * n, 1, 1), parents=Parent.MOTHER)
        for n in range(3)
    )
    fee = social_maintenance_fee(make(*others), others[2], urban_income="10000")
    assert (fee.due, fee.amount, fee.breakdown) == (None, None, ())
    assert fee.check("social_maintenance_fee.rate").fact("reason") == "extramarital"


def test_no_fee_within_policy_or_after_2021_08_20():
    fee = social_maintenance_fee(make(BOY_2005), BOY_2005, urban_income="10000")
    assert (fee.due, fee.amount) == (False, Decimal("0.00"))
    kids = tuple(Child(sex=Sex.MALE, birth_date=date(y, 1, 1)) for y in (2005, 2010, 2015, 2022))
    fee = social_maintenance_fee(make(*kids), kids[3], urban_income="10000")
    assert fee.ruling.within_policy is False
    assert (fee.due, fee.amount) == (False, Decimal("0.00"))
    assert fee.check("social_maintenance_fee.in_force").passed is False


def test_cases_without_an_encoded_rate_are_undetermined():
    first = Child(sex=Sex.MALE, birth_date=date(2003, 1, 1))
    second = Child(sex=Sex.MALE, birth_date=date(2003, 12, 1))
    fee = social_maintenance_fee(make(first, second), second, urban_income="10000")
    assert fee.due is None  # before the 2004 measures
    assert fee.check("social_maintenance_fee.rate").fact("reason") == "married_couple"
    # a ground but no permit: the rate of that case was not retrieved
    girl = Child(sex=Sex.FEMALE, birth_date=date(2005, 1, 1))
    rural = make(girl, BOY_2010, mother_hukou=Hukou.RURAL, father_hukou=Hukou.RURAL)
    fee = social_maintenance_fee(rural, BOY_2010, rural_income="5000")
    assert fee.check("social_maintenance_fee.rate").fact("reason") == "permit_or_spacing"
    # an adult unmarried pair
    fee = social_maintenance_fee(make(BOY_2005, married_on=None), BOY_2005, urban_income="1")
    assert fee.check("social_maintenance_fee.rate").fact("reason") == "unmarried"
    # out of policy by a ruling on file only
    ruled = attrs.evolve(BOY_2005, within_policy=False)
    fee = social_maintenance_fee(make(ruled), ruled, urban_income="1")
    assert fee.check("social_maintenance_fee.rate").fact("reason") == "ruling_on_file"


def test_undetermined_ruling_and_no_fee_rule():
    early = Child(sex=Sex.MALE, birth_date=date(1999, 1, 1))
    fee = social_maintenance_fee(make(early, married_on=date(1998, 1, 1)), early)
    assert (fee.due, fee.amount) == (None, None)
    ruled = attrs.evolve(early, within_policy=False)
    fee = social_maintenance_fee(make(ruled, married_on=date(1998, 1, 1)), ruled)
    assert fee.due is None
    assert fee.check("social_maintenance_fee.in_force").passed is None


def test_a_ground_that_fails_is_charged_as_a_birth_without_a_ground():
    kids = BOY_2005, BOY_2010
    family = make(*kids, second_birth_grounds={SecondBirthGround.FIRST_CHILD_DISABLED})
    fee = social_maintenance_fee(family, kids[1], on=ASSESSED, urban_income="10000")
    assert fee.amount == Decimal("70000.00")  # 2 × 3.5 × 10,000


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({}, "urban_income"),
        ({"urban_income": -1}, "urban_income"),
        ({"urban_income": 1.5}, "urban_income"),
        ({"urban_income": "1", "mother_income": "x"}, "mother_income"),
        ({"urban_income": "1", "father_income": -3}, "father_income"),
    ],
)
def test_bad_incomes(kwargs, field):
    with pytest.raises(InvalidInputError) as info:
        social_maintenance_fee(make(BOY_2005, BOY_2010), BOY_2010, **kwargs)
    assert info.value.field == field


def test_rendering():
    fee = social_maintenance_fee(
        make(BOY_2005, BOY_2010), BOY_2010, on=ASSESSED, urban_income="15000"
    )
    assert fee.headline("en") == (
        "Social maintenance fee — Dingnan County, birth of 2010-06-01: due 105,000.00 yuan."
    )
    assert fee.headline("zh") == "社会抚养费——定南县，2010-06-01 出生：应征收 105,000.00 元。"
    zh = fee.explain("zh")
    assert (
        "母亲计征基数 15,000.00 元（县上年城镇居民人均可支配收入 15,000.00 元，本人实际收入 未记录）× 3.5 = 52,500.00 元"
        in zh
    )
    assert "<table" in fee._repr_html_()
    nothing = social_maintenance_fee(make(BOY_2005), BOY_2005)
    assert nothing.headline("en").endswith("not due.")


@given(families(jurisdiction=DINGNAN, max_children=4))
def test_fees_are_never_negative_and_add_up(family):
    for child in family.children:
        fee = social_maintenance_fee(
            family, child, urban_income="10000", rural_income="3000", book=None
        )
        assert isinstance(fee, FeeAssessment)
        # the breakdown itemises the amount of the birth (history); without an assessment
        # date nothing is presented as collectable
        assert fee.due is not True
        assert fee.amount in (None, Decimal("0.00"))
        if fee.amount_at_birth is not None:
            assert fee.amount_at_birth >= 0
            assert fee.amount_at_birth == sum((s.amount for s in fee.breakdown), Decimal("0.00"))
        else:
            assert fee.breakdown == ()


def test_an_under_age_first_child_before_the_2004_measures_is_undetermined():
    kid = Child(sex=Sex.FEMALE, birth_date=date(2003, 6, 1))
    family = Family(
        mother=Person(sex=Sex.FEMALE, birth_date=date(1985, 1, 1), hukou=Hukou.RURAL),  # 18
        father=None,
        children=(kid,),
        jurisdiction=DINGNAN,
    )
    fee = social_maintenance_fee(family, kid, rural_income="3000")
    assert fee.ruling.within_policy is False
    assert fee.check("social_maintenance_fee.rate").fact("reason") == "underage_unmarried_first"
