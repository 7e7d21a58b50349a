from datetime import date
from decimal import Decimal

import pytest
from attrs import evolve

from fpcore import (
    DINGNAN,
    GANZHOU,
    JIANGXI,
    Child,
    Citation,
    Confidence,
    Family,
    Hukou,
    Person,
    Sex,
    assess,
    default_book,
    entitlement,
)

WHAT_IF = Citation(title="测算", confidence=Confidence.ILLUSTRATIVE)


def mum(born=date(1980, 1, 1), hukou=Hukou.RURAL):
    return Person(sex=Sex.FEMALE, birth_date=born, hukou=hukou)


# -- one-child parents' reward (illustrative stand-ins: 10 a month until 18) ---------------------


def one_child_family(cert=date(2003, 3, 10), kids=None):
    kids = kids or (Child(sex=Sex.MALE, birth_date=date(2002, 6, 15)),)
    dad = Person(sex=Sex.MALE, birth_date=date(1975, 1, 1), hukou=Hukou.URBAN)
    return Family(
        mother=mum(), father=dad, children=kids, jurisdiction=DINGNAN, one_child_certificate_on=cert
    )


def test_one_child_reward_is_illustrative_and_per_parent():
    d = assess("one_child_parent_reward", one_child_family(), on=date(2010, 1, 1))
    assert d.amount == Decimal("240.00")  # 10 × 12 × 2 parents
    assert d.is_illustrative and "illustrative" in d.explain("en")


def test_one_child_reward_months_from_certification_until_the_month_of_14():
    e = entitlement(
        "one_child_parent_reward",
        one_child_family(),
        start=date(2003, 1, 1),
        end=date(2020, 12, 31),
    )
    paid = [m.month for m in e.months if m.eligible]
    # Jiangxi 2016 text Art. 45: until the only child is 14 (the 2002/2009 end age is not
    # retrieved; 14 stands in). From March 2003 (month of the certificate) to May 2016 (he
    # turns 14 in June 2016).
    assert paid[0] == date(2003, 3, 1) and paid[-1] == date(2016, 5, 1)
    assert len(paid) == 12 * 13 + 3  # Mar 2003–Feb 2016 = 156 months, + Mar, Apr, May 2016
    assert e.total == Decimal("20.00") * len(paid)  # 2 parents × 10


def test_one_child_reward_stops_with_a_second_child_and_before_2002_is_not_in_force():
    kids = (
        Child(sex=Sex.MALE, birth_date=date(2002, 6, 15)),
        Child(sex=Sex.MALE, birth_date=date(2005, 6, 15)),
    )
    assert not assess(
        "one_child_parent_reward", one_child_family(kids=kids), on=date(2006, 1, 1)
    ).eligible
    assert not assess("one_child_parent_reward", one_child_family(), on=date(2002, 1, 1)).eligible
    assert not assess(
        "one_child_parent_reward", one_child_family(cert=None), on=date(2006, 1, 1)
    ).eligible


def test_one_child_reward_no_living_parent():
    family = one_child_family()
    gone = evolve(
        family,
        mother=evolve(family.mother, death_date=date(2005, 1, 1)),
        father=evolve(family.father, death_date=date(2005, 1, 1)),
    )
    assert not assess("one_child_parent_reward", gone, on=date(2006, 1, 1)).eligible


def test_a_county_overrides_the_one_child_reward():
    book = default_book().override(
        "one_child_parent_reward.amount",
        "20",
        start=date(2008, 1, 1),
        jurisdiction=DINGNAN,
        citation=WHAT_IF,
    )
    assert assess(
        "one_child_parent_reward", one_child_family(), on=date(2010, 1, 1), book=book
    ).amount == Decimal("480.00")  # 20 × 12 × 2


# -- family-planning insurance (Dingnan 2007–2009) --------------------------------------------


def insured(born=date(2004, 5, 1), jurisdiction=DINGNAN, cert=date(2004, 8, 1)):
    return Family(
        mother=mum(),
        father=None,
        children=(Child(sex=Sex.FEMALE, birth_date=born),),
        jurisdiction=jurisdiction,
        one_child_certificate_on=cert,
    )


@pytest.mark.parametrize(
    ("on", "eligible"),
    [
        (date(2006, 12, 31), False),
        (date(2007, 1, 1), True),
        (date(2009, 12, 31), True),
        (date(2010, 1, 1), False),
    ],
)
def test_insurance_window_2007_to_2009(on, eligible):
    d = assess("family_planning_insurance", insured(), on=on)
    assert d.eligible is eligible
    assert d.amount == (Decimal("30.00") if eligible else Decimal("0.00"))


def test_insurance_age_band_certificate_and_elsewhere():
    # aged 7 on 2008-06-01 (born 2001-05-01): outside 0–6
    assert not assess(
        "family_planning_insurance", insured(date(2001, 5, 1)), on=date(2008, 6, 1)
    ).eligible
    assert not assess("family_planning_insurance", insured(cert=None), on=date(2008, 6, 1)).eligible
    for where in (JIANGXI, GANZHOU):
        assert not assess(
            "family_planning_insurance", insured(jurisdiction=where), on=date(2008, 6, 1)
        ).eligible
    two = evolve(
        insured(), children=(*insured().children, Child(sex=Sex.MALE, birth_date=date(2006, 1, 1)))
    )
    assert not assess("family_planning_insurance", two, on=date(2008, 6, 1)).eligible


def test_insurance_entitlement_is_premium_over_twelve():
    e = entitlement(
        "family_planning_insurance", insured(), start=date(2007, 1, 1), end=date(2009, 12, 31)
    )
    assert e.paid_months == 36 and e.total == Decimal("90.00")  # 36 × 2.50


# -- childcare subsidy (2025) ----------------------------------------------------------------


def babies(*born):
    kids = tuple(Child(sex=Sex.FEMALE, birth_date=b) for b in born)
    return Family(mother=mum(date(1995, 1, 1)), father=None, children=kids, jurisdiction=DINGNAN)


def total(family):
    return entitlement(
        "childcare_subsidy", family, start=date(2025, 1, 1), end=date(2030, 12, 31)
    ).total


@pytest.mark.parametrize(
    ("born", "amount"),
    [
        (date(2023, 12, 20), "7200.00"),  # official: 24 months × 300
        (date(2022, 1, 1), "300.00"),  # 36 − 35 = 1 month
        (date(2021, 12, 31), "0.00"),  # 0 months
        (date(2024, 12, 1), "10800.00"),  # 36 months
        (date(2025, 7, 9), "10800.00"),  # born in 2025: 36 months
    ],
)
def test_childcare_months_due(born, amount):
    assert total(babies(born)) == Decimal(amount)


def test_childcare_first_second_third_alike_and_not_before_2025():
    family = babies(date(2020, 3, 1), date(2024, 6, 1), date(2025, 2, 1))
    d = assess("childcare_subsidy", family, on=date(2025, 6, 1))
    assert d.amount == Decimal("7200.00")  # the two under 3: 2 × 3,600
    assert [s.amount for s in d.breakdown] == [
        Decimal("0.00"),
        Decimal("3600.00"),
        Decimal("3600.00"),
    ]
    assert not assess("childcare_subsidy", family, on=date(2024, 12, 31)).eligible


def test_childcare_no_children_and_a_child_who_died():
    assert not assess("childcare_subsidy", babies(), on=date(2025, 6, 1)).eligible
    dead = Child(sex=Sex.MALE, birth_date=date(2024, 6, 1), death_date=date(2025, 3, 1))
    family = evolve(babies(), children=(dead,))
    assert not assess("childcare_subsidy", family, on=date(2025, 6, 1)).eligible


def test_childcare_birth_month_rule_changes_only_the_calendar_year():
    book = default_book().override(
        "childcare_subsidy.pays_birth_month",
        True,
        start=date(2025, 1, 1),
        jurisdiction=DINGNAN,
        citation=WHAT_IF,
    )
    family = babies(date(2025, 3, 10))
    assert assess("childcare_subsidy", family, on=date(2025, 3, 20), book=book).eligible
    assert not assess("childcare_subsidy", family, on=date(2025, 3, 20)).eligible
    full = entitlement(
        "childcare_subsidy", family, start=date(2025, 1, 1), end=date(2029, 1, 1), book=book
    )
    assert full.total == Decimal("10800.00")


def test_many_children_get_a_generic_label():
    kids = [date(2024, 1, 1) + (date(2024, 1, 3) - date(2024, 1, 1)) * i for i in range(13)]
    family = Family(
        mother=mum(date(1990, 1, 1)),
        father=None,
        jurisdiction=DINGNAN,
        children=tuple(Child(sex=Sex.FEMALE, birth_date=b, adopted=True) for b in kids),
    )
    d = assess("childcare_subsidy", family, on=date(2025, 6, 1))
    assert d.breakdown[-1].label.en == "another child"
