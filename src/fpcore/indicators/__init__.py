"""Indicators: exact rates, their uncertainty, register summaries and audits of reported tables.

Every formula is a keyword-only function returning a :class:`Rate`: an exact
:class:`~decimal.Decimal` value with its numerator, denominator, unit and definition (code,
Chinese and English names, formula, citation). :func:`summarize` turns a register of births,
deaths, married women and marriages into an :class:`IndicatorReport`; :func:`audit` recomputes a
county's printed table and lists every figure that does not follow from the others.

>>> from fpcore.indicators import crude_birth_rate, sex_ratio_at_birth
>>> str(crude_birth_rate(births=2699, mean_population=210000))
'12.85‰'
>>> sex_ratio_at_birth(male=1300, female=1200).rounded(2)
Decimal('108.33')
"""

from fpcore.indicators._definitions import (
    BIRTH_STATISTICS_ERROR,
    CERTIFICATE_UPTAKE_RATE,
    CONTRACEPTIVE_PREVALENCE,
    CONTRACEPTIVE_PREVALENCE_FECUND,
    CRUDE_BIRTH_RATE,
    CRUDE_DEATH_RATE,
    DEFINITIONS,
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
    definition,
)
from fpcore.indicators._formulas import (
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
from fpcore.indicators._rate import (
    Definition,
    Kind,
    Rate,
    Unit,
    normal_quantile,
    wilson_interval,
)
from fpcore.indicators._significance import (
    SexRatioTest,
    SexRatioVerdict,
    sex_ratio_significance,
)
