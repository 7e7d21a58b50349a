"""The formula functions: values pinned from shown arithmetic, and typed errors for bad input."""

from decimal import Decimal

import pytest

from fpcore import InvalidInputError, UnknownIndicatorError
from fpcore.indicators import (
    DEFINITIONS,
    birth_statistics_error,
    certificate_uptake_rate,
    contraceptive_prevalence,
    crude_birth_rate,
    crude_death_rate,
    definition,
    general_fertility_rate,
    growth_rate,
    higher_order_birth_rate,
    late_childbearing_rate,
    late_marriage_rate,
    long_acting_method_rate,
    mean_population,
    natural_growth_rate,
    out_of_policy_rate,
    per_capita_funding,
    policy_compliance_rate,
    satisfaction_rate,
    sex_ratio_at_birth,
    statistical_accuracy_rate,
    total_fertility_rate,
    underreporting_rate,
)

CASES = [
    # (rate, expected value rounded to 2 places, arithmetic)
    (mean_population(start=209000, end=211000), "210000.00"),  # (209,000 + 211,000) / 2
    (crude_birth_rate(births=2699, mean_population=210000), "12.85"),  # 2699/210000×1000
    (crude_death_rate(deaths=1260, mean_population=210000), "6.00"),  # 1260/210000×1000
    (natural_growth_rate(births=2699, deaths=1260, mean_population=210000), "6.85"),  # 1439/210
    (natural_growth_rate(births=100, deaths=300, mean_population=1000), "-200.00"),  # −200/1000
    (policy_compliance_rate(within_policy=2380, births=2500), "95.20"),  # 2380/2500×100
    (out_of_policy_rate(out_of_policy=120, births=2500), "4.80"),  # 120/2500×100
    (higher_order_birth_rate(higher_order=50, births=2500), "2.00"),  # 50/2500×100
    (sex_ratio_at_birth(male=1300, female=1200), "108.33"),  # 1300/1200×100
    (contraceptive_prevalence(users=37593, married_women=41770), "90.00"),  # 37593/41770 = 0.9
    (contraceptive_prevalence(users=36000, fecund_married_women=40000), "90.00"),  # 0.9
    (long_acting_method_rate(long_acting_users=30000, users=37593), "79.80"),  # 0.79802…
    (long_acting_method_rate(long_acting_users=30000, married_women=41770), "71.82"),  # 0.71822…
    (certificate_uptake_rate(certificate_holders=14000, one_child_couples=15908), "88.01"),
    (late_marriage_rate(late_first_marriages=600, first_marriages=1600), "37.50"),  # 0.375
    (late_childbearing_rate(late_first_births=700, first_births=1400), "50.00"),  # 0.5
    (general_fertility_rate(births=2699, women=55000), "49.07"),  # 2699/55000×1000 = 49.0727
    (statistical_accuracy_rate(confirmed=2450, found=2500), "98.00"),  # 0.98
    (underreporting_rate(unreported=50, found=2500), "2.00"),  # 0.02
    (birth_statistics_error(reported=2375, found=2500), "5.00"),  # |2375−2500|/2500 = 0.05
    (birth_statistics_error(reported=2625, found=2500), "5.00"),  # |2625−2500|/2500 = 0.05
    (per_capita_funding(amount=Decimal("2799000"), population=210000), "13.33"),  # 13.328…
    (per_capita_funding(amount="2,982,000", population=210000), "14.20"),  # 14.2
    (growth_rate(previous=Decimal("2799000"), current=Decimal("2982000")), "6.54"),  # 6.5380…
    (growth_rate(previous=200, current=150), "-25.00"),  # −50/200
    (satisfaction_rate(satisfied=912, respondents=1000), "91.20"),  # 0.912
    # TFR: single years, 100/1000 + 80/1000 = 0.18 children per woman
    (total_fertility_rate(births={20: 100, 25: 80}, women={20: 1000, 25: 1000}), "0.18"),
    # five-year groups: 5 × (100/1000 + 80/1000) = 0.9; women with no births add nothing
    (
        total_fertility_rate(
            births={20: 100, 25: 80}, women={20: 1000, 25: 1000, 45: 900}, width=5
        ),
        "0.90",
    ),
]


@pytest.mark.parametrize(("rate", "expected"), CASES, ids=lambda v: getattr(v, "code", v))
def test_pinned_values(rate, expected):
    assert Decimal(expected) == rate.rounded(2)


def test_crude_rates_accept_the_mean_population_rate():
    # mean = (209,000 + 211,001) / 2 = 210,000.5 ; 2,699 / 210,000.5 × 1000 = 12.85235…
    mean = mean_population(start=209000, end=211001)
    rate = crude_birth_rate(births=2699, mean_population=mean)
    assert rate.denominator == Decimal("210000.5")
    assert Decimal("12.8524") == rate.rounded(4)


def test_tfr_is_exact_for_thirds():
    # 1/3 + 1/3 + 1/3 = 1 exactly, not 0.999…
    rate = total_fertility_rate(births={20: 1, 21: 1, 22: 1}, women={20: 3, 21: 3, 22: 3})
    assert Decimal(1) == rate.value


def test_variants_are_labelled():
    assert contraceptive_prevalence(users=1, married_women=2).definition.variant is None
    assert (
        long_acting_method_rate(long_acting_users=1, married_women=2).definition.variant
        == "married_women"
    )
    assert per_capita_funding(amount=1, population=1).definition.variant is None


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: crude_birth_rate(births=-1, mean_population=10), "births"),
        (lambda: crude_birth_rate(births=1.0, mean_population=10), "births"),
        (lambda: crude_birth_rate(births=True, mean_population=10), "births"),
        (lambda: crude_birth_rate(births="1", mean_population=10), "births"),
        (lambda: crude_birth_rate(births=1, mean_population=0), "mean_population"),
        (lambda: crude_birth_rate(births=1, mean_population=-5), "mean_population"),
        (lambda: crude_birth_rate(births=1, mean_population=10.0), "mean_population"),
        (lambda: crude_birth_rate(births=1, mean_population=Decimal("NaN")), "mean_population"),
        (
            lambda: crude_birth_rate(
                births=1, mean_population=sex_ratio_at_birth(male=1, female=1)
            ),
            "mean_population",
        ),
        (lambda: crude_death_rate(deaths=-1, mean_population=10), "deaths"),
        (lambda: natural_growth_rate(births=1, deaths=-1, mean_population=10), "deaths"),
        (lambda: mean_population(start=0, end=0), "start"),
        (lambda: mean_population(start=-1, end=5), "start"),
        (lambda: policy_compliance_rate(within_policy=11, births=10), "within_policy"),
        (lambda: policy_compliance_rate(within_policy=0, births=0), "births"),
        (lambda: out_of_policy_rate(out_of_policy=-1, births=10), "out_of_policy"),
        (lambda: higher_order_birth_rate(higher_order=11, births=10), "higher_order"),
        (lambda: sex_ratio_at_birth(male=10, female=0), "female"),
        (lambda: sex_ratio_at_birth(male=-1, female=10), "male"),
        (lambda: contraceptive_prevalence(users=1), "married_women or fecund_married_women"),
        (
            lambda: contraceptive_prevalence(users=1, married_women=2, fecund_married_women=2),
            "married_women or fecund_married_women",
        ),
        (lambda: contraceptive_prevalence(users=3, married_women=2), "users"),
        (lambda: long_acting_method_rate(long_acting_users=1, users=0), "users"),
        (
            lambda: certificate_uptake_rate(certificate_holders=2, one_child_couples=1),
            "certificate_holders",
        ),
        (lambda: late_marriage_rate(late_first_marriages=1, first_marriages=0), "first_marriages"),
        (lambda: late_childbearing_rate(late_first_births=-1, first_births=5), "late_first_births"),
        (lambda: general_fertility_rate(births=1, women=0), "women"),
        (lambda: statistical_accuracy_rate(confirmed=3, found=2), "confirmed"),
        (lambda: underreporting_rate(unreported=3, found=2), "unreported"),
        (lambda: birth_statistics_error(reported=3, found=0), "found"),
        (lambda: birth_statistics_error(reported=-3, found=5), "reported"),
        (lambda: per_capita_funding(amount=1.5, population=5), "amount"),
        (lambda: per_capita_funding(amount=-1, population=5), "amount"),
        (lambda: per_capita_funding(amount=1, population=0), "population"),
        (
            lambda: per_capita_funding(amount=1, population=5, population_basis="urban"),
            "population_basis",
        ),
        (lambda: growth_rate(previous=0, current=5), "previous"),
        (lambda: growth_rate(previous=5, current=-1), "current"),
        (lambda: growth_rate(previous=5, current=1.5), "current"),
        (lambda: satisfaction_rate(satisfied=5, respondents=4), "satisfied"),
        (lambda: total_fertility_rate(births={20: 1}, women={21: 5}), "women"),
        (lambda: total_fertility_rate(births={20: 1}, women={20: 0}), "women[20]"),
        (lambda: total_fertility_rate(births={20: -1}, women={20: 5}), "births[20]"),
        (lambda: total_fertility_rate(births={"20": 1}, women={20: 5}), "births"),
        (lambda: total_fertility_rate(births={20: 1}, women={20: 5, 200: 5}), "women"),
        (lambda: total_fertility_rate(births={20: 1}, women={20: 5, 21: -5}), "women[21]"),
        (lambda: total_fertility_rate(births={20: 1}, women={20: 5}, width=0), "width"),
        (lambda: total_fertility_rate(births={20: 1}, women={20: 5}, width=True), "width"),
        (lambda: total_fertility_rate(births=[(20, 1)], women={20: 5}), "births"),
    ],
)
def test_bad_input_names_the_argument(call, field):
    with pytest.raises(InvalidInputError) as info:
        call()
    assert info.value.field == field


def test_definition_lookup():
    assert definition("crude_birth_rate").unit.value == "‰"
    assert definition("contraceptive_prevalence", "fecund_married_women").name_zh == "节育率"
    with pytest.raises(UnknownIndicatorError) as info:
        definition("happiness_index")
    assert "crude_birth_rate" in str(info.value)
    with pytest.raises(KeyError):
        definition("crude_birth_rate", "hukou")


def test_every_definition_is_unique_and_cited():
    keys = [(d.code, d.variant) for d in DEFINITIONS]
    assert len(keys) == len(set(keys))
    for item in DEFINITIONS:
        assert item.citation.title
        assert definition(item.code, item.variant) is item
