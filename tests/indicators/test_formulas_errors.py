"""Every refusal of the formula functions, pinned: the field named, the value shown, the problem.

The module promises (its docstring) an :class:`~fpcore.errors.InvalidInputError` *naming the
argument* for a negative count, a part larger than its whole, a zero or negative denominator,
a float or a bool. A caller reads ``err.field`` to point at the input and ``str(err)`` to tell
the user what is wrong, so all three parts are pinned here, per function and per argument —
the argument names are the functions' keyword names, the phrases the documented messages.

Boundaries pinned alongside: zero is a lawful count, amount of funding and current amount
(only negatives are refused), a count may be as large as 1E+30 but no larger, and an int
population of 128 bits still reaches the 1E±30 magnitude check (129 bits are refused at once).
"""

from decimal import Decimal

import pytest

from fpcore import InvalidInputError
from fpcore.indicators import (
    birth_statistics_error,
    certificate_uptake_rate,
    contraceptive_prevalence,
    crude_birth_rate,
    crude_death_rate,
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

NEGATIVE = "must not be negative"
DENOMINATOR = "must be greater than 0 (it is a denominator)"
NOT_POSITIVE = "must be a finite number greater than 0"
INT_COUNT = "; pass a whole number (int)"
POPULATION_TYPES = "; pass an int, a Decimal or a Rate"
TOO_MANY = "is too large a number (more than 1E+30)"
TFR_WIDTH = "must be an int ≥ 1 (years per age group)"
NOT_AN_AGE = "has a key that is not an age (an int from 0 to 150)"
CONTRACEPTIVE_WHOLES = "married_women or fecund_married_women"
LONG_ACTING_WHOLES = "users or married_women"
E30 = 10**30

REFUSALS = [
    # -- counts (_count): an int ≥ 0 and ≤ 1E+30; a float, a bool, text are refused by type
    (
        lambda: crude_birth_rate(births=1.0, mean_population=10),
        "births",
        1.0,
        "is a float" + INT_COUNT,
    ),
    (
        lambda: crude_birth_rate(births="1", mean_population=10),
        "births",
        "1",
        "is of type str" + INT_COUNT,
    ),
    (
        lambda: crude_birth_rate(births=True, mean_population=10),
        "births",
        True,
        "is of type bool" + INT_COUNT,
    ),
    (lambda: crude_birth_rate(births=-1, mean_population=10), "births", -1, NEGATIVE),
    (lambda: crude_birth_rate(births=E30 + 1, mean_population=10), "births", E30 + 1, TOO_MANY),
    # -- wholes (_whole): a count that is also > 0
    (lambda: sex_ratio_at_birth(male=1, female=0), "female", 0, DENOMINATOR),
    (lambda: sex_ratio_at_birth(male=1, female=-1), "female", -1, NEGATIVE),
    (lambda: sex_ratio_at_birth(male=-1, female=1), "male", -1, NEGATIVE),
    # -- populations (_population): int, Decimal or a Rate in persons, finite and > 0
    (
        lambda: crude_birth_rate(births=1, mean_population=sex_ratio_at_birth(male=1, female=1)),
        "mean_population",
        "sex_ratio_at_birth",
        "is a rate, not a population (pass mean_population(...))",
    ),
    (
        lambda: crude_birth_rate(births=1, mean_population=10.0),
        "mean_population",
        10.0,
        "is a float" + POPULATION_TYPES,
    ),
    (
        lambda: crude_birth_rate(births=1, mean_population="10"),
        "mean_population",
        "10",
        "is of type str" + POPULATION_TYPES,
    ),
    (
        lambda: crude_birth_rate(births=1, mean_population=2**128),
        "mean_population",
        2**128,
        "is too large a number",
    ),
    (lambda: crude_birth_rate(births=1, mean_population=0), "mean_population", 0, NOT_POSITIVE),
    (
        lambda: crude_birth_rate(births=1, mean_population=Decimal("-1")),
        "mean_population",
        Decimal("-1"),
        NOT_POSITIVE,
    ),
    (
        lambda: crude_birth_rate(births=1, mean_population=Decimal("Infinity")),
        "mean_population",
        Decimal("Infinity"),
        NOT_POSITIVE,
    ),
    # -- mean population: (start + end) ÷ 2
    (
        lambda: mean_population(start=0, end=0),
        "start",
        0,
        "and end are both 0: there is no population",
    ),
    (lambda: mean_population(start=-1, end=5), "start", -1, NEGATIVE),
    (lambda: mean_population(start=5, end=-1), "end", -1, NEGATIVE),
    # -- the per-1,000 rates
    (lambda: crude_death_rate(deaths=-1, mean_population=10), "deaths", -1, NEGATIVE),
    (lambda: crude_death_rate(deaths=1, mean_population=0), "mean_population", 0, NOT_POSITIVE),
    (lambda: natural_growth_rate(births=-1, deaths=1, mean_population=10), "births", -1, NEGATIVE),
    (lambda: natural_growth_rate(births=1, deaths=-1, mean_population=10), "deaths", -1, NEGATIVE),
    (
        lambda: natural_growth_rate(births=1, deaths=1, mean_population=0),
        "mean_population",
        0,
        NOT_POSITIVE,
    ),
    (lambda: general_fertility_rate(births=-1, women=10), "births", -1, NEGATIVE),
    (lambda: general_fertility_rate(births=1, women=0), "women", 0, NOT_POSITIVE),
    # -- proportions (_proportion): part ≥ 0, whole > 0, part ≤ whole
    (lambda: policy_compliance_rate(within_policy=-1, births=10), "within_policy", -1, NEGATIVE),
    (lambda: policy_compliance_rate(within_policy=0, births=0), "births", 0, DENOMINATOR),
    (
        lambda: policy_compliance_rate(within_policy=11, births=10),
        "within_policy",
        11,
        "is larger than its whole, births = 10",
    ),
    (lambda: out_of_policy_rate(out_of_policy=-1, births=10), "out_of_policy", -1, NEGATIVE),
    (lambda: out_of_policy_rate(out_of_policy=0, births=0), "births", 0, DENOMINATOR),
    (lambda: higher_order_birth_rate(higher_order=-1, births=10), "higher_order", -1, NEGATIVE),
    (lambda: higher_order_birth_rate(higher_order=0, births=0), "births", 0, DENOMINATOR),
    (lambda: contraceptive_prevalence(users=-1, married_women=2), "users", -1, NEGATIVE),
    (lambda: contraceptive_prevalence(users=1, married_women=0), "married_women", 0, DENOMINATOR),
    (
        lambda: contraceptive_prevalence(users=3, married_women=2),
        "users",
        3,
        "is larger than its whole, married_women = 2",
    ),
    (
        lambda: contraceptive_prevalence(users=3, fecund_married_women=2),
        "users",
        3,
        "is larger than its whole, fecund_married_women = 2",
    ),
    (
        lambda: contraceptive_prevalence(users=1),
        CONTRACEPTIVE_WHOLES,
        (),
        f"give exactly one denominator: {CONTRACEPTIVE_WHOLES}",
    ),
    (
        lambda: contraceptive_prevalence(users=1, married_women=2, fecund_married_women=2),
        CONTRACEPTIVE_WHOLES,
        ("married_women", "fecund_married_women"),
        f"give exactly one denominator: {CONTRACEPTIVE_WHOLES}",
    ),
    (
        lambda: long_acting_method_rate(long_acting_users=1),
        LONG_ACTING_WHOLES,
        (),
        f"give exactly one denominator: {LONG_ACTING_WHOLES}",
    ),
    (
        lambda: long_acting_method_rate(long_acting_users=-1, users=5),
        "long_acting_users",
        -1,
        NEGATIVE,
    ),
    (lambda: long_acting_method_rate(long_acting_users=1, users=0), "users", 0, DENOMINATOR),
    (
        lambda: long_acting_method_rate(long_acting_users=1, married_women=0),
        "married_women",
        0,
        DENOMINATOR,
    ),
    (
        lambda: certificate_uptake_rate(certificate_holders=-1, one_child_couples=5),
        "certificate_holders",
        -1,
        NEGATIVE,
    ),
    (
        lambda: certificate_uptake_rate(certificate_holders=0, one_child_couples=0),
        "one_child_couples",
        0,
        DENOMINATOR,
    ),
    (
        lambda: late_marriage_rate(late_first_marriages=-1, first_marriages=5),
        "late_first_marriages",
        -1,
        NEGATIVE,
    ),
    (
        lambda: late_marriage_rate(late_first_marriages=0, first_marriages=0),
        "first_marriages",
        0,
        DENOMINATOR,
    ),
    (
        lambda: late_childbearing_rate(late_first_births=-1, first_births=5),
        "late_first_births",
        -1,
        NEGATIVE,
    ),
    (
        lambda: late_childbearing_rate(late_first_births=0, first_births=0),
        "first_births",
        0,
        DENOMINATOR,
    ),
    (lambda: statistical_accuracy_rate(confirmed=-1, found=5), "confirmed", -1, NEGATIVE),
    (lambda: statistical_accuracy_rate(confirmed=0, found=0), "found", 0, DENOMINATOR),
    (lambda: underreporting_rate(unreported=-1, found=5), "unreported", -1, NEGATIVE),
    (lambda: underreporting_rate(unreported=0, found=0), "found", 0, DENOMINATOR),
    (lambda: birth_statistics_error(reported=-1, found=5), "reported", -1, NEGATIVE),
    (lambda: birth_statistics_error(reported=1, found=0), "found", 0, DENOMINATOR),
    (lambda: satisfaction_rate(satisfied=-1, respondents=5), "satisfied", -1, NEGATIVE),
    (lambda: satisfaction_rate(satisfied=0, respondents=0), "respondents", 0, DENOMINATOR),
    # -- total fertility rate
    (lambda: total_fertility_rate(births={20: 1}, women={20: 5}, width=0), "width", 0, TFR_WIDTH),
    (
        lambda: total_fertility_rate(births={20: 1}, women={20: 5}, width=True),
        "width",
        True,
        TFR_WIDTH,
    ),
    (
        lambda: total_fertility_rate(births={20: 1}, women={20: 5}, width=5.0),
        "width",
        5.0,
        TFR_WIDTH,
    ),
    (
        lambda: total_fertility_rate(births=[(20, 1)], women={20: 5}),
        "births",
        "list",
        "and women must be mappings",
    ),
    (
        lambda: total_fertility_rate(births={20: 1}, women={21: 5}),
        "women",
        20,
        "has no entry for an age with births",
    ),
    (lambda: total_fertility_rate(births={"20": 1}, women={20: 5}), "births", "20", NOT_AN_AGE),
    (lambda: total_fertility_rate(births={20: 1}, women={20: 5, 151: 5}), "women", 151, NOT_AN_AGE),
    (lambda: total_fertility_rate(births={20: -1}, women={20: 5}), "births[20]", -1, NEGATIVE),
    (lambda: total_fertility_rate(births={20: 1}, women={20: 0}), "women[20]", 0, NOT_POSITIVE),
    (
        lambda: total_fertility_rate(births={20: 1}, women={20: 5, 21: -5}),
        "women[21]",
        -5,
        NOT_POSITIVE,
    ),
    # -- money: per-capita funding and growth
    (lambda: per_capita_funding(amount=-1, population=5), "amount", -1, NEGATIVE),
    (
        lambda: per_capita_funding(amount=Decimal("-0.01"), population=5),
        "amount",
        Decimal("-0.01"),
        NEGATIVE,
    ),
    (
        lambda: per_capita_funding(amount=1.5, population=5),
        "amount",
        1.5,
        "is a float; pass a str, int or Decimal",
    ),
    (lambda: per_capita_funding(amount=1, population=0), "population", 0, NOT_POSITIVE),
    (
        lambda: per_capita_funding(amount=1, population=5, population_basis="urban"),
        "population_basis",
        "urban",
        "must be resident or hukou",
    ),
    (lambda: growth_rate(previous=0, current=5), "previous", 0, NOT_POSITIVE),
    (lambda: growth_rate(previous=5, current=-1), "current", -1, NEGATIVE),
    (lambda: growth_rate(previous=5, current="-0.5"), "current", "-0.5", NEGATIVE),
]


@pytest.mark.parametrize(("call", "field", "value", "problem"), REFUSALS)
def test_each_refusal_names_the_argument_shows_the_value_and_says_why(call, field, value, problem):
    with pytest.raises(InvalidInputError) as info:
        call()
    err = info.value
    assert (err.field, err.problem) == (field, problem)
    assert type(err.value) is type(value) and err.value == value
    assert str(err).startswith(f"{field}: ") and str(err).endswith(f" {problem}")


def test_a_too_large_int_population_is_shown_as_the_int_given():
    # 2**127 has 128 bits, so it passes the bit check and meets the magnitude check:
    # 2**127 = 170141183460469231731687303715884105728 ≈ 1.7E+38 > 1E+30
    with pytest.raises(InvalidInputError) as info:
        crude_birth_rate(births=1, mean_population=2**127)
    assert str(info.value) == (
        "mean_population: 170141183460469231731687303715884105728 is out of range (magnitude 1E±30)"
    )


def test_a_count_of_exactly_1e30_is_accepted():
    # the limit is "more than 1E+30": 1E+30 births over 1E+30 people is 1,000‰
    rate = crude_birth_rate(births=E30, mean_population=E30)
    assert Decimal(1000) == rate.value


def test_zero_funding_is_a_lawful_amount():
    # 0 yuan ÷ 210,000 persons = 0 yuan per person; ½ yuan ÷ 1 person = 0.5
    assert Decimal(0) == per_capita_funding(amount=0, population=210000).value
    assert Decimal("0.5") == per_capita_funding(amount="0.5", population=1).value


def test_funding_falling_to_zero_is_minus_100_percent():
    # (0 − 100) ÷ 100 × 100 = −100 %; (0.5 − 1) ÷ 1 × 100 = −50 %
    assert Decimal(-100) == growth_rate(previous=100, current=0).value
    assert Decimal(-50) == growth_rate(previous=1, current="0.5").value
