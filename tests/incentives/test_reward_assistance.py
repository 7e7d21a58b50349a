from datetime import date
from decimal import Decimal

import pytest

from fpcore import (
    DINGNAN,
    JIANGXI,
    NATIONAL,
    Child,
    FpcoreWarning,
    Hukou,
    Sex,
    assess,
    entitlement,
)
from fpcore.incentives import reward_assistance

P = "reward_assistance"


# The pins of issue 4 (REFERENCE §2.1): he born 1948-03-01, she 1950-05-02, one daughter.
@pytest.mark.parametrize(
    ("on", "amount"),
    [
        (date(2008, 6, 30), "600.00"),  # he is 60, she 58: 1 × 600
        (date(2010, 6, 30), "1440.00"),  # both 60 (she since 2010-05-02): 2 × 720
        (date(2012, 3, 1), "1920.00"),  # 2 × 960 (财教〔2011〕623号)
    ],
)
def test_pinned_rural_couple_with_one_daughter(build, on, amount):
    d = assess(P, build.couple(children=(build.girl(),)), on=on)
    assert d.eligible
    assert d.amount == Decimal(amount)
    assert sum(s.amount for s in d.breakdown) == d.amount


def test_only_he_qualifies_in_2008_and_the_breakdown_says_so(build):
    d = assess(P, build.couple(children=(build.girl(),)), on=date(2008, 6, 30))
    assert {s.beneficiary: s.amount for s in d.breakdown} == {
        "mother": Decimal("0.00"),
        "father": Decimal("600.00"),
    }
    assert d.check("reward_assistance.age.mother").passed is False
    assert d.check("reward_assistance.age.mother").fact("age") == 58


def test_a_boy_and_a_girl_is_not_eligible(build):
    d = assess(P, build.couple(children=(build.girl(), build.boy())), on=date(2012, 3, 1))
    assert not d.eligible and d.amount == Decimal("0.00")
    assert d.check("reward_assistance.children").passed is False


def test_two_girls_qualify(build):
    kids = (build.girl(), build.girl(date(1979, 1, 1)))
    assert assess(P, build.couple(children=kids), on=date(2012, 3, 1)).amount == Decimal("1920.00")


def test_children_born_and_none_surviving_qualify(build):
    kids = (build.boy(death_date=date(1990, 1, 1)),)
    assert assess(P, build.couple(children=kids), on=date(2012, 3, 1)).eligible


def test_a_childless_couple_is_not_eligible(build):
    assert not assess(P, build.couple(), on=date(2012, 3, 1)).eligible


def test_an_out_of_policy_birth_in_1985_is_not_eligible(build):
    kids = (
        build.girl(),
        build.boy(date(1985, 4, 1), within_policy=False, death_date=date(1986, 1, 1)),
    )
    d = assess(P, build.couple(children=kids), on=date(2012, 3, 1))
    assert not d.eligible
    check = d.check("reward_assistance.no_out_of_policy_birth")
    assert check.passed is False and check.fact("out") == 1


def test_an_unknown_ruling_says_what_is_missing(build):
    kids = (Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1)),)
    d = assess(P, build.couple(children=kids), on=date(2012, 3, 1))
    check = d.check("reward_assistance.no_out_of_policy_birth")
    assert check.passed is None and not d.eligible
    assert check.fact("missing") == "1975-08-01"
    assert "lack a within-policy ruling" in d.explain("en")


def test_a_computed_ruling_is_used_when_none_is_recorded(build):
    # a birth after 2001-12-31 is outside the 1973–2001 window and needs no ruling
    kids = (Child(sex=Sex.FEMALE, birth_date=date(2003, 8, 1)),)
    with pytest.warns(FpcoreWarning, match="mother 61"):  # possible, unusual
        family = build.couple(
            he=date(1940, 1, 1), she=date(1942, 1, 1), children=kids, married_on=date(2002, 1, 1)
        )
    check = assess(P, family, on=date(2012, 3, 1)).check("reward_assistance.no_out_of_policy_birth")
    assert check.passed is True and check.fact("births") == 0


def test_classify_birth_is_consulted_for_births_in_the_window(build, monkeypatch):
    seen = []

    def fake(family, child, book=None):
        seen.append(child.birth_date)

        class R:
            within_policy = True

        return R()

    monkeypatch.setattr(reward_assistance, "classify_birth", fake)
    kids = (Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1)),)
    assert assess(P, build.couple(children=kids), on=date(2012, 3, 1)).eligible
    assert seen == [date(1975, 8, 1)]


def test_born_before_1933_does_not_qualify(build):
    d = assess(
        P, build.couple(he=date(1932, 12, 31), children=(build.girl(),)), on=date(2010, 1, 1)
    )
    assert d.check("reward_assistance.born_from.father").passed is False
    assert {s.beneficiary: s.amount for s in d.breakdown}["father"] == Decimal("0.00")


def test_a_dead_spouse_gets_nothing(build):
    family = build.couple(children=(build.girl(),))
    from attrs import evolve

    family = evolve(family, father=evolve(family.father, death_date=date(2011, 1, 1)))
    d = assess(P, family, on=date(2012, 3, 1))
    assert d.amount == Decimal("960.00")
    assert d.check("reward_assistance.alive.father").passed is False


def test_urban_couples_outside_jiangxi_are_not_covered(build):
    family = build.couple(hukou=Hukou.URBAN, children=(build.girl(),), jurisdiction=NATIONAL)
    d = assess(P, family, on=date(2012, 3, 1))
    assert not d.eligible and d.check("reward_assistance.hukou").passed is False


def test_jiangxi_extends_the_reward_to_urban_one_child_parents_from_2009(build):
    family = build.couple(hukou=Hukou.URBAN, children=(build.girl(),), jurisdiction=JIANGXI)
    assert not assess(P, family, on=date(2009, 4, 30)).eligible
    d = assess(P, family, on=date(2012, 3, 1))
    # stand-in urban amount 960 per person (illustrative), both over 60
    assert d.amount == Decimal("1920.00") and d.is_illustrative
    # two girls do not make urban one-child parents
    kids = (build.girl(), build.girl(date(1979, 1, 1)))
    family2 = build.couple(hukou=Hukou.URBAN, children=kids, jurisdiction=JIANGXI)
    assert not assess(P, family2, on=date(2012, 3, 1)).eligible


def test_jiangxi_2017_rates_and_the_urban_womans_age_55(build):
    # 赣卫家庭发〔2017〕4号: man 60, woman 55; 100 a month = 1,200 a year (stand-in start date)
    family = build.couple(
        he=date(1950, 1, 1), she=date(1962, 1, 1), hukou=Hukou.URBAN, children=(build.girl(),)
    )
    d = assess(P, family, on=date(2018, 1, 1))
    assert d.amount == Decimal("2400.00")  # she is 56 ≥ 55, he 68: 2 × 1,200
    rural = build.couple(children=(build.girl(),))
    assert assess(P, rural, on=date(2018, 1, 1)).amount == Decimal("2400.00")


def test_not_in_force_before_2004(build):
    d = assess(P, build.couple(children=(build.girl(),)), on=date(2003, 12, 31))
    assert not d.eligible
    check = d.check("reward_assistance.in_force")
    assert check.passed is False and check.fact("first") == date(2004, 1, 1)


def test_entitlement_pays_from_the_month_after_the_birthday(build):
    # he turns 60 on 1948-03-01 + 60 = 2008-03-01: paid from April 2008, 50 a month
    e = entitlement(
        P, build.couple(children=(build.girl(),)), start=date(2008, 1, 1), end=date(2008, 12, 31)
    )
    assert [m.amount for m in e.months][:4] == [Decimal("0.00")] * 3 + [Decimal("50.00")]
    assert e.paid_months == 9 and e.total == Decimal("450.00")  # 9 × 50


def test_reward_assistance_module_assess_matches_the_registry(build):
    family = build.couple(children=(build.girl(),))
    assert reward_assistance.assess(family, on=date(2010, 6, 30)) == assess(
        P, family, on=date(2010, 6, 30)
    )
    assert reward_assistance.CODE == P
    assert DINGNAN.is_within(JIANGXI)
