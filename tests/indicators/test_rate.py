"""Rate: exact values, rounding, display, score intervals, the normal quantile."""

import decimal
from decimal import Decimal
from statistics import NormalDist

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from fpcore import InvalidInputError
from fpcore.indicators import (
    CRUDE_BIRTH_RATE,
    SEX_RATIO_AT_BIRTH,
    Definition,
    Kind,
    Rate,
    Unit,
    crude_birth_rate,
    crude_death_rate,
    mean_population,
    natural_growth_rate,
    normal_quantile,
    per_capita_funding,
    policy_compliance_rate,
    sex_ratio_at_birth,
    total_fertility_rate,
    wilson_interval,
)
from fpcore.money import Rounding
from fpcore.params.sources import ILLUSTRATIVE_DEFAULT


def test_crude_birth_rate_of_the_seed():
    # 2,699 births / 210,000 people × 1000 = 12.852380952380… (the 952380 repeats) → 12.85‰
    rate = crude_birth_rate(births=2699, mean_population=210000)
    assert Decimal("12.85238095238095238095238095238095238095") == rate.value
    assert Decimal("12.85") == rate.rounded(2)
    assert str(rate) == "12.85‰"
    assert rate.numerator == Decimal(2699)
    assert rate.denominator == Decimal(210000)
    assert rate.multiplier == Decimal(1000)
    assert rate.unit is Unit.PER_MILLE
    assert rate.code == "crude_birth_rate"


def test_sex_ratio_example():
    # 1,300 boys / 1,200 girls × 100 = 108.333… → 108.33
    rate = sex_ratio_at_birth(male=1300, female=1200)
    assert Decimal("108.33") == rate.rounded(2)
    assert str(rate) == "108.33"
    assert rate.format("zh") == "108.33"


def test_terminating_quotients_are_exact():
    # 2,380 / 2,500 × 100 = 95.2 exactly
    assert Decimal("95.2") == policy_compliance_rate(within_policy=2380, births=2500).value


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        # 0.125 yuan/person: 1 yuan / 8 persons
        (decimal.ROUND_HALF_UP, Decimal("0.13")),
        (decimal.ROUND_HALF_EVEN, Decimal("0.12")),
        (Rounding.DOWN, Decimal("0.12")),
        (Rounding.UP, Decimal("0.13")),
    ],
)
def test_rounding_modes(mode, expected):
    rate = per_capita_funding(amount=1, population=8)
    assert expected == rate.rounded(2, mode)


@pytest.mark.parametrize("places", [-1, 29, 1.5, True, "2"])
def test_bad_places(places):
    with pytest.raises(InvalidInputError) as info:
        crude_birth_rate(births=1, mean_population=3).rounded(places)
    assert info.value.field == "places"


@pytest.mark.parametrize("mode", ["HALF_UP", 1, None])
def test_bad_rounding(mode):
    with pytest.raises(InvalidInputError) as info:
        crude_birth_rate(births=1, mean_population=3).rounded(2, mode)
    assert info.value.field == "rounding"


def test_display_of_each_unit():
    assert str(per_capita_funding(amount="2982000", population=210000)) == "14.20 yuan per person"
    assert per_capita_funding(amount=2982000, population=210000).format("zh") == "14.20 元/人"
    # (209,000 + 211,001) / 2 = 210,000.5
    assert str(mean_population(start=209000, end=211001)) == "210000.5 persons"
    assert mean_population(start=1, end=1).format("zh") == "1.0 人"
    tfr = total_fertility_rate(births={30: 1}, women={30: 2})
    assert tfr.format("zh") == "0.50 个孩子/妇女"
    assert Unit.PERCENT.suffix("zh") == "%"


def test_describe_and_html():
    rate = crude_birth_rate(births=2699, mean_population=210000)
    assert rate.describe("zh") == "人口出生率 12.85‰ = 2699 ÷ 210000 × 1000"
    # the formula omits "× 1" for unit multipliers
    assert per_capita_funding(amount=10, population=4).describe("en") == (
        "per-capita funding 2.50 yuan per person = 10 ÷ 4"
    )
    page = rate._repr_html_()
    assert "crude birth rate (人口出生率)" in page
    assert "<table" in page
    assert "12.85‰" in page
    variant = per_capita_funding(amount=10, population=4, population_basis="hukou")
    assert "[variant: hukou]" in variant._repr_html_()


def test_definition_validation_and_name():
    assert CRUDE_BIRTH_RATE.name("en") == "crude birth rate"
    with pytest.raises(InvalidInputError) as info:
        Definition(
            code=" ",
            name_zh="x",
            name_en="x",
            formula="x",
            unit=Unit.PERCENT,
            kind=Kind.RATIO,
            citation=ILLUSTRATIVE_DEFAULT,
        )
    assert info.value.field == "code"


@pytest.mark.parametrize(
    ("numerator", "denominator", "field"),
    [
        (1.5, 2, "numerator"),
        (True, 2, "numerator"),
        ("1", 2, "numerator"),
        (Decimal("NaN"), 2, "numerator"),
        (1, 0, "denominator"),
        (1, -3, "denominator"),
        (1, Decimal("Infinity"), "denominator"),
    ],
)
def test_rate_refuses_bad_parts(numerator, denominator, field):
    with pytest.raises(InvalidInputError) as info:
        Rate(definition=CRUDE_BIRTH_RATE, numerator=numerator, denominator=denominator)
    assert info.value.field == field


# -- the normal quantile and the score interval -------------------------------------------------


def test_normal_quantile_known_values():
    # The two-sided 95 % z, Φ⁻¹(0.975) = 1.959963984540054… (every statistics table)
    assert Decimal("1.959963984540054") == normal_quantile(Decimal("0.975")).quantize(
        Decimal("1E-15")
    )
    # Φ⁻¹(0.995) = 2.575829303548901… (99 % two-sided)
    assert Decimal("2.575829303548901") == normal_quantile(Decimal("0.995")).quantize(
        Decimal("1E-15")
    )
    assert Decimal(0) == normal_quantile(Decimal("0.5"))
    assert normal_quantile(Decimal("0.025")) == -normal_quantile(Decimal("0.975"))


def test_normal_quantile_at_the_edges_of_its_domain():
    # Φ⁻¹(1 − 10⁻¹²) = 7.0344838253… (tabulated); the series keeps its precision up to there
    edge = normal_quantile(Decimal(1) - Decimal("1E-12"))
    assert Decimal("7.03448") == edge.quantize(Decimal("0.00001"))
    low, high = policy_compliance_rate(within_policy=50, births=100).interval(
        confidence=Decimal(1) - Decimal("2E-12")
    )
    assert Decimal(0) < low < high < Decimal(100)


@pytest.mark.parametrize(
    "p", [Decimal(0), Decimal(1), Decimal("1.5"), 1.5, Decimal("1E-13"), Decimal("0.9999999999999")]
)
def test_normal_quantile_domain(p):
    with pytest.raises(InvalidInputError):
        normal_quantile(p)


@given(st.integers(1, 10**6 - 1))
def test_normal_quantile_agrees_with_the_float_reference(k):
    # Independent reference: the standard library's float inverse CDF (≈ 15 digits).
    p = Decimal(k) / Decimal(10**6)
    reference = NormalDist().inv_cdf(k / 10**6)
    assert abs(float(normal_quantile(p)) - reference) < 1e-9


def test_wilson_interval_pinned():
    # Independent float computation of Wilson's formula, x = 1300 of n = 2500, z = 1.959964:
    # p = 0.52, centre = (p + z²/2n)/(1 + z²/n), half = z/(1 + z²/n)·√(p(1−p)/n + z²/4n²)
    # → [0.500400366, 0.539538265]; as a ratio p/(1−p)×100 → [100.1603, 117.1733]
    low, high = sex_ratio_at_birth(male=1300, female=1200).interval(confidence=0.95)
    assert Decimal("100.1603") == low.quantize(Decimal("0.0001"))
    assert Decimal("117.1733") == high.quantize(Decimal("0.0001"))
    # 0 of 10: lower bound 0, upper z²/n / (1 + z²/n) = 0.2775328 → 27.75 %
    low, high = policy_compliance_rate(within_policy=0, births=10).interval()
    assert Decimal(0) == low
    assert Decimal("27.75") == high.quantize(Decimal("0.01"))
    # 10 of 10: upper bound exactly 100 %
    assert Decimal(100) == policy_compliance_rate(within_policy=10, births=10).interval()[1]


@pytest.mark.parametrize("confidence", [Decimal("0.95"), "0.95", 0.95])
def test_confidence_forms_agree(confidence):
    rate = policy_compliance_rate(within_policy=2380, births=2500)
    assert rate.interval(confidence=confidence) == rate.interval()


@pytest.mark.parametrize(
    "confidence", [0, 1, Decimal("1.2"), "x", True, [0.9], float("nan"), "0.9999999999999"]
)
def test_bad_confidence(confidence):
    with pytest.raises(InvalidInputError) as info:
        policy_compliance_rate(within_policy=1, births=2).interval(confidence=confidence)
    assert info.value.field == "confidence"


def test_no_interval_for_rates_that_are_not_proportions():
    with pytest.raises(InvalidInputError) as info:
        crude_death_rate(deaths=10, mean_population=1000).interval()
    assert info.value.field == "rate"
    with pytest.raises(InvalidInputError):
        # a proportion-kind rate built by hand with non-whole parts
        Rate(
            definition=policy_compliance_rate(within_policy=1, births=2).definition,
            numerator=Decimal("1.5"),
            denominator=2,
        ).interval()
    with pytest.raises(InvalidInputError):
        Rate(definition=SEX_RATIO_AT_BIRTH, numerator=Decimal("-1"), denominator=2).interval()


@pytest.mark.parametrize(
    ("successes", "trials", "field"),
    [(-1, 5, "successes"), (6, 5, "successes"), (1, 0, "trials"), (Decimal("0.5"), 5, "successes")],
)
def test_wilson_refuses_bad_counts(successes, trials, field):
    with pytest.raises(InvalidInputError) as info:
        wilson_interval(successes, trials)
    assert info.value.field == field


# -- properties ---------------------------------------------------------------------------------

counts = st.integers(0, 10**7)


@given(part=counts, extra=counts, scale=st.integers(1, 1000))
def test_rates_are_invariant_to_scaling(part, extra, scale):
    whole = part + extra
    assume(whole > 0)
    once = policy_compliance_rate(within_policy=part, births=whole)
    scaled = policy_compliance_rate(within_policy=part * scale, births=whole * scale)
    assert once.value == scaled.value
    births = crude_birth_rate(births=part, mean_population=whole)
    assert (
        births.value == crude_birth_rate(births=part * scale, mean_population=whole * scale).value
    )


@given(part=counts, extra=counts)
def test_a_proportion_lies_between_0_and_100(part, extra):
    assume(part + extra > 0)
    value = policy_compliance_rate(within_policy=part, births=part + extra).value
    assert Decimal(0) <= value <= Decimal(100)


@given(part=st.integers(0, 5000), extra=st.integers(0, 5000), scale=st.integers(2, 50))
def test_interval_contains_the_estimate_and_narrows(part, extra, scale):
    assume(part + extra > 0)
    rate = policy_compliance_rate(within_policy=part, births=part + extra)
    low, high = rate.interval()
    assert low <= rate.value <= high
    bigger = policy_compliance_rate(within_policy=part * scale, births=(part + extra) * scale)
    big_low, big_high = bigger.interval()
    assert big_high - big_low < high - low


@given(male=st.integers(0, 10**5), female=st.integers(1, 10**5))
def test_sex_ratio_interval_contains_the_estimate(male, female):
    rate = sex_ratio_at_birth(male=male, female=female)
    low, high = rate.interval(confidence="0.9")
    assert Decimal(0) <= low <= rate.value <= high


@given(births=counts, deaths=counts, start=st.integers(1, 10**8), end=st.integers(0, 10**8))
def test_natural_growth_is_birth_rate_minus_death_rate(births, deaths, start, end):
    mean = mean_population(start=start, end=end)
    growth = natural_growth_rate(births=births, deaths=deaths, mean_population=mean)
    difference = (
        crude_birth_rate(births=births, mean_population=mean).value
        - crude_death_rate(deaths=deaths, mean_population=mean).value
    )
    # equal to 20 significant digits: |a − b| ≤ 10⁻²⁰ · max(|a|, |b|, smallest nonzero rate)
    scale = max(abs(growth.value), abs(difference), Decimal("1E-10"))
    assert abs(growth.value - difference) <= scale * Decimal("1E-20")
