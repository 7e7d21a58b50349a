"""The indicator formulas: keyword-only functions from counts (and money) to :class:`Rate`.

Every function checks its input and raises :class:`~fpcore.errors.InvalidInputError` naming
the argument for a negative count, a part larger than its whole, a zero or negative
denominator, a float or a bool; a ``ZeroDivisionError`` or a ``decimal`` exception never
escapes. Counts are ``int``; populations may also be a ``Decimal`` (a mean of two counts) or
the :class:`Rate` that :func:`mean_population` returns; money is ``Decimal`` (or ``int``/``str``).

References:
    See :mod:`fpcore.indicators` and each definition's citation.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Final, Literal

from fpcore.dates import is_age
from fpcore.errors import InvalidInputError
from fpcore.indicators._definitions import (
    BIRTH_STATISTICS_ERROR,
    CERTIFICATE_UPTAKE_RATE,
    CONTRACEPTIVE_PREVALENCE,
    CONTRACEPTIVE_PREVALENCE_FECUND,
    CRUDE_BIRTH_RATE,
    CRUDE_DEATH_RATE,
    GENERAL_FERTILITY_RATE,
    GROWTH_RATE,
    HIGHER_ORDER_BIRTH_RATE,
    LATE_CHILDBEARING_RATE,
    LATE_MARRIAGE_RATE,
    LONG_ACTING_METHOD_RATE,
    LONG_ACTING_METHOD_RATE_MARRIED_WOMEN,
    MEAN_POPULATION,
    NATURAL_GROWTH_RATE,
    OUT_OF_POLICY_RATE,
    PER_CAPITA_FUNDING,
    PER_CAPITA_FUNDING_HUKOU,
    POLICY_COMPLIANCE_RATE,
    SATISFACTION_RATE,
    SEX_RATIO_AT_BIRTH,
    STATISTICAL_ACCURACY_RATE,
    TOTAL_FERTILITY_RATE,
    UNDERREPORTING_RATE,
)
from fpcore.indicators._rate import _CONTEXT, _MAX_BITS, Definition, Rate, Unit
from fpcore.money import MAX_EXPONENT, check_magnitude, to_decimal

__all__ = [
    "birth_statistics_error",
    "certificate_uptake_rate",
    "contraceptive_prevalence",
    "crude_birth_rate",
    "crude_death_rate",
    "general_fertility_rate",
    "growth_rate",
    "higher_order_birth_rate",
    "late_childbearing_rate",
    "late_marriage_rate",
    "long_acting_method_rate",
    "mean_population",
    "natural_growth_rate",
    "out_of_policy_rate",
    "per_capita_funding",
    "policy_compliance_rate",
    "satisfaction_rate",
    "sex_ratio_at_birth",
    "statistical_accuracy_rate",
    "total_fertility_rate",
    "underreporting_rate",
]

Population = int | Decimal | Rate
"""A population: a count, a Decimal mean, or the Rate :func:`mean_population` returns."""


_MAX_COUNT: Final = 10**MAX_EXPONENT


def _count(value: object, field: str) -> int:
    """A non-negative int; bools, floats and other types are refused."""
    if isinstance(value, bool) or not isinstance(value, int):
        kind = "a float" if isinstance(value, float) else f"of type {type(value).__name__}"
        raise InvalidInputError(field, value, f"is {kind}; pass a whole number (int)")
    if value < 0:
        raise InvalidInputError(field, value, "must not be negative")
    if value > _MAX_COUNT:
        raise InvalidInputError(field, value, "is too large a number (more than 1E+30)")
    return value


def _whole(value: object, field: str) -> int:
    """A positive int (the whole of a proportion)."""
    number = _count(value, field)
    if number == 0:
        raise InvalidInputError(field, value, "must be greater than 0 (it is a denominator)")
    return number


def _population(value: object, field: str) -> Decimal:
    """A positive population: an int, a Decimal, or a Rate in persons."""
    if isinstance(value, Rate):
        if value.unit is not Unit.PERSONS:
            raise InvalidInputError(
                field, value.code, "is a rate, not a population (pass mean_population(...))"
            )
        return value.value
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        kind = "a float" if isinstance(value, float) else f"of type {type(value).__name__}"
        raise InvalidInputError(field, value, f"is {kind}; pass an int, a Decimal or a Rate")
    if isinstance(value, int) and value.bit_length() > _MAX_BITS:
        raise InvalidInputError(field, value, "is too large a number")
    number = Decimal(value)
    if not number.is_finite() or number <= 0:
        raise InvalidInputError(field, value, "must be a finite number greater than 0")
    return check_magnitude(number, field=field, given=value)


def _proportion(
    definition: Definition, part: tuple[str, object], whole: tuple[str, object]
) -> Rate:
    numerator = _count(part[1], part[0])
    denominator = _whole(whole[1], whole[0])
    if numerator > denominator:
        raise InvalidInputError(
            part[0], part[1], f"is larger than its whole, {whole[0]} = {denominator}"
        )
    return Rate(definition=definition, numerator=numerator, denominator=denominator)


def _one_of(**given: int | None) -> tuple[str, int]:
    chosen = [(name, value) for name, value in given.items() if value is not None]
    if len(chosen) != 1:
        names = " or ".join(given)
        raise InvalidInputError(
            names, tuple(name for name, _ in chosen), f"give exactly one denominator: {names}"
        )
    return chosen[0][0], _whole(chosen[0][1], chosen[0][0])


def mean_population(*, start: int, end: int) -> Rate:
    """Mean population of a year (年平均人口): (start + end) ÷ 2.

    Use a mid-year count instead by passing it directly as ``mean_population=`` to the rates.

    Args:
        start: Population at the start of the year.
        end: Population at its end.

    Raises:
        InvalidInputError: If a count is negative, not an int, or both are zero.

    References:
        国家统计局 definition of 年平均人口 as printed in statistical yearbooks' explanatory
        notes (主要统计指标解释).

    >>> mean_population(start=209000, end=211000).value
    Decimal('210000')
    """
    total = _count(start, "start") + _count(end, "end")
    if total == 0:
        raise InvalidInputError("start", start, "and end are both 0: there is no population")
    return Rate(definition=MEAN_POPULATION, numerator=total, denominator=2)


def crude_birth_rate(*, births: int, mean_population: Population) -> Rate:
    """Live births per 1,000 mean population (人口出生率), in ‰.

    Args:
        births: Live births in the year.
        mean_population: Mean population of the year; must be > 0.

    Raises:
        InvalidInputError: If a count is negative or the population is not positive.

    References:
        国家统计局 definition of 人口出生率 as printed in statistical yearbooks' explanatory
        notes (主要统计指标解释).

    >>> crude_birth_rate(births=2699, mean_population=210000).rounded(2)
    Decimal('12.85')
    """
    return Rate(
        definition=CRUDE_BIRTH_RATE,
        numerator=_count(births, "births"),
        denominator=_population(mean_population, "mean_population"),
    )


def crude_death_rate(*, deaths: int, mean_population: Population) -> Rate:
    """Deaths per 1,000 mean population (人口死亡率), in ‰.

    Raises:
        InvalidInputError: If a count is negative or the population is not positive.

    References:
        国家统计局 definition of 人口死亡率 as printed in statistical yearbooks' explanatory
        notes (主要统计指标解释).

    >>> str(crude_death_rate(deaths=1260, mean_population=210000))
    '6.00‰'
    """
    return Rate(
        definition=CRUDE_DEATH_RATE,
        numerator=_count(deaths, "deaths"),
        denominator=_population(mean_population, "mean_population"),
    )


def natural_growth_rate(*, births: int, deaths: int, mean_population: Population) -> Rate:
    """(Births − deaths) per 1,000 mean population (人口自然增长率), in ‰; may be negative.

    Equals ``crude_birth_rate − crude_death_rate`` to 38 significant digits or better.

    Raises:
        InvalidInputError: If a count is negative or the population is not positive.

    References:
        国家统计局 definition of 人口自然增长率 as printed in statistical yearbooks' explanatory
        notes (主要统计指标解释).

    >>> str(natural_growth_rate(births=2699, deaths=1260, mean_population=210000))
    '6.85‰'
    """
    return Rate(
        definition=NATURAL_GROWTH_RATE,
        numerator=_count(births, "births") - _count(deaths, "deaths"),
        denominator=_population(mean_population, "mean_population"),
    )


def policy_compliance_rate(*, within_policy: int, births: int) -> Rate:
    """Births within policy as a share of all births (出生政策符合率), in %.

    Raises:
        InvalidInputError: For negative counts, no births, or more births within policy
            than births.

    References:
        常用人口计生统计指标解释 (计划生育率 / 符合政策生育率).

    >>> str(policy_compliance_rate(within_policy=2380, births=2500))
    '95.20%'
    """
    return _proportion(POLICY_COMPLIANCE_RATE, ("within_policy", within_policy), ("births", births))


def out_of_policy_rate(*, out_of_policy: int, births: int) -> Rate:
    """Births out of policy as a share of all births (政策外生育率), in %.

    It is ``100 % − policy compliance rate`` when every birth has a ruling.

    Raises:
        InvalidInputError: For negative counts, no births, or a part larger than the whole.

    References:
        Hunan 2017 county scoring sheet (违法生育多孩率 = 100 % − 符合政策生育率).

    >>> str(out_of_policy_rate(out_of_policy=120, births=2500))
    '4.80%'
    """
    return _proportion(OUT_OF_POLICY_RATE, ("out_of_policy", out_of_policy), ("births", births))


def higher_order_birth_rate(*, higher_order: int, births: int) -> Rate:
    """Births of order three or more (by delivery) as a share of all births (多孩率), in %.

    The lowest order counted is a policy-book value
    (``indicators.higher_order_birth.min_order``) used when a register is summarised.

    Raises:
        InvalidInputError: For negative counts, no births, or a part larger than the whole.

    References:
        Definition of 孩次率 (多孩 = third and later births), secondary source.

    >>> str(higher_order_birth_rate(higher_order=50, births=2500))
    '2.00%'
    """
    return _proportion(HIGHER_ORDER_BIRTH_RATE, ("higher_order", higher_order), ("births", births))


def sex_ratio_at_birth(*, male: int, female: int) -> Rate:
    """Male live births per 100 female live births (出生人口性别比).

    Use :meth:`Rate.interval` for its uncertainty and
    :func:`~fpcore.indicators.sex_ratio_significance` to compare it with the normal range.

    Raises:
        InvalidInputError: For negative counts or no female births.

    References:
        Hunan 2017 county scoring sheet (boys ÷ girls × 100).

    >>> sex_ratio_at_birth(male=1300, female=1200).rounded(2)
    Decimal('108.33')
    """
    return Rate(
        definition=SEX_RATIO_AT_BIRTH,
        numerator=_count(male, "male"),
        denominator=_whole(female, "female"),
    )


def contraceptive_prevalence(
    *, users: int, married_women: int | None = None, fecund_married_women: int | None = None
) -> Rate:
    """Married women of childbearing age using contraception (综合避孕率), in %.

    Give exactly one denominator: ``married_women`` (all married women aged 15–49, as
    programme statistics count) or ``fecund_married_women`` (the textbook 节育率 variant,
    which leaves out the widowed, divorced, menopausal and primary-infertile).

    Raises:
        InvalidInputError: For negative counts, no or two denominators, or more users than
            women.

    References:
        常用人口计生统计指标解释 (综合避孕率 and the textbook 节育率 variant).

    >>> str(contraceptive_prevalence(users=37593, married_women=41770))
    '90.00%'
    >>> contraceptive_prevalence(users=37593, fecund_married_women=39000).definition.variant
    'fecund_married_women'
    """
    name, whole = _one_of(married_women=married_women, fecund_married_women=fecund_married_women)
    definition = (
        CONTRACEPTIVE_PREVALENCE if name == "married_women" else CONTRACEPTIVE_PREVALENCE_FECUND
    )
    return _proportion(definition, ("users", users), (name, whole))


def long_acting_method_rate(
    *, long_acting_users: int, users: int | None = None, married_women: int | None = None
) -> Rate:
    """Users of long-acting methods (IUD, sterilisation, implant) (长效节育措施率), in %.

    Provinces divide by different wholes: give exactly one, ``users`` (all contraceptive
    users, the default reading) or ``married_women`` (all married women of childbearing age).

    Raises:
        InvalidInputError: For negative counts, no or two denominators, or a part larger than
            the whole.

    References:
        Customary formula; no official text retrieved (the citation is illustrative).

    >>> str(long_acting_method_rate(long_acting_users=30000, users=37593))
    '79.80%'
    """
    name, whole = _one_of(users=users, married_women=married_women)
    definition = (
        LONG_ACTING_METHOD_RATE if name == "users" else LONG_ACTING_METHOD_RATE_MARRIED_WOMEN
    )
    return _proportion(definition, ("long_acting_users", long_acting_users), (name, whole))


def certificate_uptake_rate(*, certificate_holders: int, one_child_couples: int) -> Rate:
    """Couples with one child holding the one-child parents' certificate (独生子女领证率), in %.

    Raises:
        InvalidInputError: For negative counts, no couples, or more holders than couples.

    References:
        Customary formula; no official text retrieved (the citation is illustrative).

    >>> str(certificate_uptake_rate(certificate_holders=14000, one_child_couples=15908))
    '88.01%'
    """
    return _proportion(
        CERTIFICATE_UPTAKE_RATE,
        ("certificate_holders", certificate_holders),
        ("one_child_couples", one_child_couples),
    )


def late_marriage_rate(*, late_first_marriages: int, first_marriages: int) -> Rate:
    """Late first marriages as a share of first marriages (晚婚率), in %.

    Late means at or above the policy book's ages (man 25, woman 23 nationally and in the
    Jiangxi 2009 text); count each first-marrying person once.

    Raises:
        InvalidInputError: For negative counts, no marriages, or a part larger than the whole.

    References:
        Customary definition of 晚婚; 江西省人口与计划生育条例 (2009).

    >>> str(late_marriage_rate(late_first_marriages=600, first_marriages=1600))
    '37.50%'
    """
    return _proportion(
        LATE_MARRIAGE_RATE,
        ("late_first_marriages", late_first_marriages),
        ("first_marriages", first_marriages),
    )


def late_childbearing_rate(*, late_first_births: int, first_births: int) -> Rate:
    """Late first births as a share of first births (晚育率), in %.

    Raises:
        InvalidInputError: For negative counts, no first births, or a part larger than the
            whole.

    References:
        Customary definition of 晚育; 江西省人口与计划生育条例 (2009).

    >>> str(late_childbearing_rate(late_first_births=700, first_births=1400))
    '50.00%'
    """
    return _proportion(
        LATE_CHILDBEARING_RATE,
        ("late_first_births", late_first_births),
        ("first_births", first_births),
    )


def general_fertility_rate(*, births: int, women: Population) -> Rate:
    """Live births per 1,000 women aged 15–49 (一般生育率), in ‰.

    Args:
        births: Live births in the year.
        women: Mean number of women aged 15–49 in the year.

    Raises:
        InvalidInputError: For a negative count or a non-positive number of women.

    References:
        常用人口计生统计指标解释 (一般生育率).

    >>> str(general_fertility_rate(births=2699, women=55000))
    '49.07‰'
    """
    return Rate(
        definition=GENERAL_FERTILITY_RATE,
        numerator=_count(births, "births"),
        denominator=_population(women, "women"),
    )


def total_fertility_rate(
    *, births: Mapping[int, int], women: Mapping[int, int | Decimal], width: int = 1
) -> Rate:
    """The sum of age-specific fertility rates (总和生育率), in children per woman.

    TFR = width × Σₐ births[a] ÷ women[a]. The sum is computed exactly with fractions, and the
    Rate holds it (correctly rounded to 40 significant digits) as its numerator over 1.

    Args:
        births: Births to women of each age (or age group, keyed by its first age).
        women: Mean number of women of each age (or group); every age with births needs women.
        width: Years per age group: 1 for single years, 5 for the usual five-year groups.

    Raises:
        InvalidInputError: For a negative count, an age outside 0–150, births at an age with
            no women, or a width below 1.

    References:
        Standard demographic definition of 总和生育率.

    >>> str(total_fertility_rate(births={20: 100, 25: 80}, women={20: 1000, 25: 1000}, width=5))
    '0.90 children per woman'
    """
    if isinstance(width, bool) or not isinstance(width, int) or width < 1:
        raise InvalidInputError("width", width, "must be an int ≥ 1 (years per age group)")
    if not isinstance(births, Mapping) or not isinstance(women, Mapping):
        raise InvalidInputError("births", type(births).__name__, "and women must be mappings")
    total = Fraction(0)
    for age, count in births.items():
        _age(age, "births")
        number = _count(count, f"births[{age}]")
        if age not in women:
            raise InvalidInputError("women", age, "has no entry for an age with births")
        headcount = _population(women[age], f"women[{age}]")
        total += Fraction(number) / Fraction(headcount)
    for age in women:
        _age(age, "women")
        if age not in births:
            _population(women[age], f"women[{age}]")
    value = _CONTEXT.divide(Decimal(total.numerator * width), Decimal(total.denominator))
    return Rate(definition=TOTAL_FERTILITY_RATE, numerator=value, denominator=1)


def _age(age: object, field: str) -> None:
    if not is_age(age):
        raise InvalidInputError(field, age, "has a key that is not an age (an int from 0 to 150)")


def statistical_accuracy_rate(*, confirmed: int, found: int) -> Rate:
    """Births reported and confirmed by a check, as a share of births it found (统计准确率), in %.

    Raises:
        InvalidInputError: For negative counts, nothing found, or more confirmed than found.

    References:
        Customary formula; no official text retrieved (the citation is illustrative).

    >>> str(statistical_accuracy_rate(confirmed=2450, found=2500))
    '98.00%'
    """
    return _proportion(STATISTICAL_ACCURACY_RATE, ("confirmed", confirmed), ("found", found))


def underreporting_rate(*, unreported: int, found: int) -> Rate:
    """Births a check found that were not reported, as a share of births found (出生漏报率), in %.

    Raises:
        InvalidInputError: For negative counts, nothing found, or a part larger than the whole.

    References:
        Customary formula (漏报率 = 1 − 统计准确率); no official text retrieved.

    >>> str(underreporting_rate(unreported=50, found=2500))
    '2.00%'
    """
    return _proportion(UNDERREPORTING_RATE, ("unreported", unreported), ("found", found))


def birth_statistics_error(*, reported: int, found: int) -> Rate:
    """The gap between births reported and births found by a check, ÷ births found, in %.

    出生统计误差 = abs(reported − found) ÷ found × 100.

    Raises:
        InvalidInputError: For negative counts or nothing found.

    References:
        Village assessment sheet (≤ 5 % full marks, > 7 % veto).

    >>> str(birth_statistics_error(reported=2375, found=2500))
    '5.00%'
    """
    return Rate(
        definition=BIRTH_STATISTICS_ERROR,
        numerator=abs(_count(reported, "reported") - _whole(found, "found")),
        denominator=found,
    )


def per_capita_funding(
    *,
    amount: Decimal | int | str,
    population: Population,
    population_basis: Literal["resident", "hukou"] = "resident",
) -> Rate:
    """Family-planning funding per person (人均计划生育事业经费), in yuan per person.

    Args:
        amount: Funding in yuan (``Decimal``, ``int`` or text such as ``"2799000"``).
        population: The population divided by; must be > 0.
        population_basis: ``"resident"`` (the standard) or ``"hukou"`` (registered
            population, which the NPFPC guidance allows for areas of net out-migration).

    Raises:
        InvalidInputError: For a float, a negative amount, a non-positive population or an
            unknown basis.

    References:
        NPFPC guidance on the target-responsibility system, indicator 7.

    >>> per_capita_funding(amount=Decimal("2799000"), population=210000).rounded(2)
    Decimal('13.33')
    """
    money = to_decimal(amount, field="amount")
    if money < 0:
        raise InvalidInputError("amount", amount, "must not be negative")
    if population_basis not in ("resident", "hukou"):
        raise InvalidInputError("population_basis", population_basis, "must be resident or hukou")
    definition = PER_CAPITA_FUNDING if population_basis == "resident" else PER_CAPITA_FUNDING_HUKOU
    return Rate(
        definition=definition,
        numerator=money,
        denominator=_population(population, "population"),
    )


def growth_rate(*, previous: Decimal | int, current: Decimal | int | str) -> Rate:
    """Year-on-year growth, (current − previous) ÷ previous (增长率), in %; may be negative.

    Raises:
        InvalidInputError: For a float, a negative ``current``, or a non-positive ``previous``.

    References:
        Arithmetic definition of a growth rate.

    >>> str(growth_rate(previous=Decimal("2799000"), current=Decimal("2982000")))
    '6.54%'
    """
    before = _population(previous, "previous")
    after = to_decimal(current, field="current")
    if after < 0:
        raise InvalidInputError("current", current, "must not be negative")
    return Rate(
        definition=GROWTH_RATE, numerator=_CONTEXT.subtract(after, before), denominator=before
    )


def satisfaction_rate(*, satisfied: int, respondents: int) -> Rate:
    """Respondents reaching "satisfied" as a share of respondents (群众满意率), in %.

    Raises:
        InvalidInputError: For negative counts, no respondents, or more satisfied than asked.

    References:
        NPFPC guidance on the target-responsibility system, indicator 8.

    >>> str(satisfaction_rate(satisfied=912, respondents=1000))
    '91.20%'
    """
    return _proportion(SATISFACTION_RATE, ("satisfied", satisfied), ("respondents", respondents))
