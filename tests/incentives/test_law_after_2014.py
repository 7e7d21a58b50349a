"""The incentive programmes after 2014, pinned at the dates their values change.

Sources (see ``fpcore.params.sources``): the five-department notice of 2013-12-26 (2014
standards), the Ministry of Finance / National Health Commission notice of 2022-05-10 (590 /
460 and 520 / 390 / 260 from 2022-07-01, raising 450 / 350 and 400 / 300 / 200), the 2015
amendment of the Population and Family Planning Law (Art. 27: one-child era), Jiangxi's 2016
text (Art. 45: reward until the child is 14) and a Jiangxi county list (700 / 950, illustrative).
"""

from datetime import date
from decimal import Decimal

import pytest

from fpcore import (
    JIANGXI,
    NATIONAL,
    Child,
    Family,
    FpcoreWarning,
    Hukou,
    Person,
    Sex,
    assess,
    entitlement,
)
from fpcore.incentives import program

SA = "special_assistance"


def died(born=date(1985, 1, 1), on=date(2010, 1, 1)):
    return Child(sex=Sex.MALE, birth_date=born, death_date=on)


def disabled(grade=2, born=date(1985, 1, 1)):
    return Child(sex=Sex.FEMALE, birth_date=born, disability_grade=grade)


def pair(child, *, hukou=Hukou.URBAN, she=date(1960, 1, 1), where=NATIONAL, **kw):
    return Family(
        mother=Person(sex=Sex.FEMALE, birth_date=she, hukou=hukou),
        father=Person(sex=Sex.MALE, birth_date=date(1958, 1, 1), hukou=hukou),
        children=(child,),
        jurisdiction=where,
        **kw,
    )


# -- special assistance, national -----------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "hukou", "amount"),
    [
        (date(2023, 6, 30), Hukou.URBAN, "14160.00"),  # 590 × 12 × 2 (audit case C7)
        (date(2022, 7, 1), Hukou.RURAL, "14160.00"),  # one rate for rural and urban
        (date(2022, 6, 30), Hukou.URBAN, "10800.00"),  # 450 × 12 × 2, raised on 2022-07-01
        (date(2022, 5, 10), Hukou.RURAL, "10800.00"),  # 450 attested by the notice's date
        (date(2022, 5, 9), Hukou.URBAN, "8160.00"),  # 340 × 12 × 2 (2014 urban standard)
        (date(2015, 12, 31), Hukou.RURAL, "4080.00"),  # 170 × 12 × 2 (2014 rural standard)
        (date(2016, 1, 1), Hukou.RURAL, "8160.00"),  # rural = urban 340 (start a stand-in)
    ],
)
def test_child_died_national_standards(on, hukou, amount):
    d = assess(SA, pair(died(), hukou=hukou), on=on)
    assert d.eligible
    assert d.amount == Decimal(amount)


def test_the_rural_unification_is_flagged_illustrative_and_the_2022_rate_is_not():
    rural_2016 = assess(SA, pair(died(), hukou=Hukou.RURAL), on=date(2016, 6, 1))
    assert rural_2016.is_illustrative
    assert not assess(SA, pair(died(), hukou=Hukou.RURAL), on=date(2023, 1, 1)).is_illustrative


@pytest.mark.parametrize(
    ("on", "amount"),
    [
        (date(2023, 6, 30), "11040.00"),  # 460 × 12 × 2 (audit case C8)
        (date(2022, 6, 30), "8400.00"),  # 350 × 12 × 2
        (date(2018, 1, 1), "6480.00"),  # 270 × 12 × 2: rural unified with urban
    ],
)
def test_child_disabled_national_standards_rural(on, amount):
    assert assess(SA, pair(disabled(), hukou=Hukou.RURAL), on=on).amount == Decimal(amount)


def test_national_scheme_starts_in_2008_not_with_the_2007_pilot():
    family = pair(died(born=date(1975, 1, 1), on=date(2006, 1, 1)), she=date(1950, 1, 1))
    before = assess(SA, family, on=date(2007, 12, 31))
    assert not before.eligible
    assert before.checks[0].code == "special_assistance.in_force"
    assert assess(SA, family, on=date(2008, 1, 1)).amount == Decimal("2400.00")  # 100 × 12 × 2


# -- surgery complications --------------------------------------------------------------------


def complication_family(grade, *, children=()):
    mum = Person(
        sex=Sex.FEMALE,
        birth_date=date(1970, 1, 1),
        hukou=Hukou.RURAL,
        surgery_complication_grade=grade,
    )
    return Family(mother=mum, father=None, children=children, jurisdiction=NATIONAL)


@pytest.mark.parametrize(
    ("grade", "on", "amount"),
    [
        (1, date(2022, 7, 1), "6240.00"),  # 520 × 12
        (2, date(2022, 7, 1), "4680.00"),  # 390 × 12
        (3, date(2022, 7, 1), "3120.00"),  # 260 × 12
        (1, date(2022, 6, 30), "4800.00"),  # 400 × 12
        (2, date(2022, 6, 30), "3600.00"),  # 300 × 12
        (3, date(2022, 6, 30), "2400.00"),  # 200 × 12
    ],
)
def test_surgery_complication_grades(grade, on, amount):
    d = assess(SA, complication_family(grade), on=on)
    assert d.eligible
    assert d.amount == Decimal(amount)
    assert d.check("special_assistance.complication.mother").passed is True


def test_a_complication_before_any_recorded_standard_is_undetermined_not_paid():
    d = assess(SA, complication_family(1), on=date(2020, 1, 1))
    assert d.check("special_assistance.complication.mother").passed is None
    assert d.amount == Decimal("0.00")


def test_a_complication_adds_to_the_child_category():
    # a mother aged 49+ whose only child died, with a grade-3 complication, in 2023
    mum = Person(
        sex=Sex.FEMALE,
        birth_date=date(1960, 1, 1),
        hukou=Hukou.RURAL,
        surgery_complication_grade=3,
    )
    family = Family(mother=mum, father=None, children=(died(),), jurisdiction=NATIONAL)
    d = assess(SA, family, on=date(2023, 1, 1))
    assert d.amount == Decimal("10200.00")  # (590 + 260) × 12


# -- Jiangxi's age-banded standards (illustrative) ------------------------------------------------


def test_jiangxi_child_died_while_the_woman_is_49_to_59():
    d = assess(SA, pair(died(), where=JIANGXI), on=date(2018, 1, 1))  # she is 58
    assert d.amount == Decimal("22800.00")  # 950 × 12 × 2
    assert d.check("special_assistance.age_band").passed is True
    assert d.is_illustrative


def test_jiangxi_band_from_60_is_not_given_so_the_national_floor_applies():
    d = assess(SA, pair(died(), where=JIANGXI), on=date(2023, 1, 1))  # she is 63
    band = d.check("special_assistance.age_band")
    assert band.passed is None
    assert d.amount == Decimal("14160.00")  # national 590 × 12 × 2, a floor
    assert "floor" in d.explain("en")


def test_jiangxi_band_boundary_on_the_60th_birthday():
    # the child-died band is read on the woman's full age: 59 on 2019-12-31, 60 on 2020-01-01
    family = pair(died(), where=JIANGXI)
    assert assess(SA, family, on=date(2019, 12, 31)).amount == Decimal("22800.00")
    assert assess(SA, family, on=date(2020, 1, 1)).amount == Decimal("8160.00")  # 340 × 12 × 2


def test_jiangxi_disabled_only_child():
    d = assess(SA, pair(disabled(), where=JIANGXI), on=date(2023, 1, 1))
    assert d.amount == Decimal("16800.00")  # 700 × 12 × 2


def test_before_the_jiangxi_stand_in_start_the_national_rates_apply():
    d = assess(SA, pair(died(), where=JIANGXI), on=date(2016, 12, 31))
    assert d.amount == Decimal("8160.00")  # national urban 340 × 12 × 2
    assert "special_assistance.age_band" not in {c.code for c in d.checks}


# -- one-child era ----------------------------------------------------------------------------


def certified(issued, *, born=date(2014, 5, 1)):
    return pair(
        Child(sex=Sex.MALE, birth_date=born),
        she=date(1985, 1, 1),
        where=JIANGXI,
        one_child_certificate_on=issued,
    )


def test_a_certificate_issued_after_the_one_child_era_pays_nothing():
    # audit case O1: a certificate issued in 2017 (2015 amendment Art. 27)
    d = assess("one_child_parent_reward", certified(date(2017, 3, 1)), on=date(2018, 1, 1))
    assert not d.eligible
    assert d.check("one_child_parent_reward.certificate_era").passed is False
    assert d.amount == Decimal("0.00")


def test_a_certificate_issued_on_the_eras_last_day_keeps_paying():
    d = assess("one_child_parent_reward", certified(date(2015, 12, 31)), on=date(2018, 1, 1))
    assert d.eligible
    assert d.check("one_child_parent_reward.certificate_era").passed is True
    assert d.amount == Decimal("240.00")  # illustrative 10 × 12 × 2


def test_jiangxi_reward_ends_in_the_month_the_child_turns_14():
    family = certified(date(2015, 6, 1), born=date(2014, 5, 1))
    e = entitlement(
        "one_child_parent_reward", family, start=date(2028, 1, 1), end=date(2028, 12, 31)
    )
    paid = [m.month for m in e.months if m.eligible]
    assert paid == [date(2028, m, 1) for m in range(1, 5)]  # 14 in May 2028: Jan–Apr paid


def test_reward_assistance_needs_every_child_born_in_the_one_child_era():
    he = Person(sex=Sex.MALE, birth_date=date(1950, 1, 1), hukou=Hukou.RURAL)
    she = Person(sex=Sex.FEMALE, birth_date=date(1955, 1, 1), hukou=Hukou.RURAL)
    late = Child(sex=Sex.FEMALE, birth_date=date(2016, 1, 1), within_policy=True)
    # parents of 60 in 2020 with a child born in 2016: a mother of 61 at the birth, possible
    # (so the rule must answer) but unusual, hence the warning
    with pytest.warns(FpcoreWarning, match="UNUSUAL_MOTHER_AGE"):
        family = Family(father=he, mother=she, children=(late,), jurisdiction=NATIONAL)
    d = assess("reward_assistance", family, on=date(2020, 6, 30))
    assert d.check("reward_assistance.one_child_era").passed is False
    assert not d.eligible
    with pytest.warns(FpcoreWarning, match="UNUSUAL_MOTHER_AGE"):
        earlier = Family(
            father=he,
            mother=she,
            children=(Child(sex=Sex.FEMALE, birth_date=date(2015, 12, 31), within_policy=True),),
            jurisdiction=NATIONAL,
        )
    ok = assess("reward_assistance", earlier, on=date(2020, 6, 30))
    assert ok.check("reward_assistance.one_child_era").passed is True
    assert ok.amount == Decimal("1920.00")  # 960 × 2


def test_reward_assistance_has_no_era_check_before_2016():
    he = Person(sex=Sex.MALE, birth_date=date(1940, 1, 1), hukou=Hukou.RURAL)
    family = Family(
        father=he,
        mother=None,
        children=(Child(sex=Sex.FEMALE, birth_date=date(1975, 1, 1), within_policy=True),),
        jurisdiction=NATIONAL,
    )
    codes = {c.code for c in assess("reward_assistance", family, on=date(2015, 12, 31)).checks}
    assert "reward_assistance.one_child_era" not in codes


# -- childcare subsidy notes ---------------------------------------------------------------------


def test_childcare_subsidy_records_the_tax_exemption_and_income_disregard():
    mum = Person(sex=Sex.FEMALE, birth_date=date(1995, 1, 1), hukou=Hukou.URBAN)
    family = Family(
        mother=mum,
        father=None,
        children=(Child(sex=Sex.MALE, birth_date=date(2025, 3, 1)),),
        jurisdiction=NATIONAL,
    )
    d = assess("childcare_subsidy", family, on=date(2025, 9, 1))
    tax = d.check("childcare_subsidy.note.income_tax_exempt")
    assert tax.passed is None
    assert tax.citation.document_number == "财政部 税务总局公告2025年第6号"
    assert tax.citation.effective_on == date(2025, 1, 1)
    assert d.check("childcare_subsidy.note.not_income_for_assistance").passed is None
    assert "income tax" in d.explain("en")


# -- staleness ---------------------------------------------------------------------------------


def test_a_decision_past_the_audit_horizon_says_so():
    family = pair(died())
    inside = assess(SA, family, on=date(2026, 11, 1))
    past = assess(SA, family, on=date(2026, 11, 2))
    assert inside.unverified_after is None
    assert past.unverified_after == date(2026, 11, 1)
    assert "2026-11-01" in past.explain("en")
    assert "2026-11-01" in past.explain("zh")
    assert "2026-11-01" in past._repr_html_()
    assert "presumes" not in inside.explain("en")
    assert "presumes" in past.explain("en")
    # the value used is still the last one known: a presumption, not a gap
    assert past.amount == Decimal("14160.00")


def test_every_programme_lists_the_keys_it_reads():
    assert "special_assistance.amount_by_age.death" in program(SA).keys
    assert "special_assistance.amount.complication.grade_3" in program(SA).keys
    assert (
        "one_child_parent_reward.certificate_issued_until"
        in program("one_child_parent_reward").keys
    )
    assert "reward_assistance.era_births_until" in program("reward_assistance").keys


def test_an_entitlement_past_the_horizon_says_so():
    family = pair(died())
    within = entitlement(SA, family, start=date(2026, 1, 1), end=date(2026, 10, 31))
    assert within.unverified_after is None
    assert "presumes" not in within._repr_html_()
    past = entitlement(SA, family, start=date(2026, 10, 1), end=date(2027, 2, 28))
    assert past.unverified_after == date(2026, 11, 1)
    assert "2026-11-01" in past._repr_html_()
    assert past.total == Decimal("5900.00")  # 5 months × 590 × 2 parents
