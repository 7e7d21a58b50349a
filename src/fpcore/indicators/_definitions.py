"""The indicator definitions: one constant per indicator (and per documented variant).

References:
    - Statistical yearbooks' explanatory notes (主要统计指标解释, population chapter), which
      print the NBS definitions of the crude birth, death and natural growth rates and the mean
      population (official).
    - 常用人口计生统计指标解释 (policy compliance, contraceptive prevalence, general fertility).
    - NPFPC guidance on the target-responsibility system, indicators 7 (per-capita funding)
      and 8 (public satisfaction).
    - Hunan 2017 county scoring sheet (sex ratio at birth; out-of-policy rate = 100 % − policy
      compliance rate).
    - Customary forms of the long-acting method, certificate uptake and statistical accuracy
      rates: no official formula was retrieved, so their citations are illustrative.
"""

from __future__ import annotations

from typing import Final

from fpcore.errors import UnknownIndicatorError
from fpcore.indicators._rate import Definition, Kind, Unit
from fpcore.params.sources import (
    COMPLIANCE_RATE_DETERMINED_BIRTHS,
    FP_STATISTICS_GLOSSARY,
    GROWTH_RATE_DEFINITION,
    HUNAN_2017_ASSESSMENT,
    INDICATOR_FORMULA_UNVERIFIED,
    LATE_MARRIAGE_DEFINITION,
    NPFPC_TARGET_RESPONSIBILITY_GUIDANCE,
    ORDER_RATE_DEFINITION,
    STATISTICAL_YEARBOOK_POPULATION_NOTES,
    TOTAL_FERTILITY_RATE_DEFINITION,
    VILLAGE_ASSESSMENT_SHEET,
)

__all__ = [
    "BIRTH_STATISTICS_ERROR",
    "CERTIFICATE_UPTAKE_RATE",
    "CONTRACEPTIVE_PREVALENCE",
    "CONTRACEPTIVE_PREVALENCE_FECUND",
    "CRUDE_BIRTH_RATE",
    "CRUDE_DEATH_RATE",
    "DEFINITIONS",
    "GENERAL_FERTILITY_RATE",
    "GROWTH_RATE",
    "HIGHER_ORDER_BIRTH_RATE",
    "LATE_CHILDBEARING_RATE",
    "LATE_MARRIAGE_RATE",
    "LONG_ACTING_METHOD_RATE",
    "LONG_ACTING_METHOD_RATE_MARRIED_WOMEN",
    "MEAN_POPULATION",
    "NATURAL_GROWTH_RATE",
    "OUT_OF_POLICY_RATE",
    "PER_CAPITA_FUNDING",
    "PER_CAPITA_FUNDING_HUKOU",
    "POLICY_COMPLIANCE_RATE",
    "POLICY_COMPLIANCE_RATE_DETERMINED",
    "SATISFACTION_RATE",
    "SEX_RATIO_AT_BIRTH",
    "STATISTICAL_ACCURACY_RATE",
    "TOTAL_FERTILITY_RATE",
    "UNDERREPORTING_RATE",
    "definition",
]

MEAN_POPULATION: Final = Definition(
    code="mean_population",
    name_zh="年平均人口",
    name_en="mean population",
    formula="(population at the start of the year + population at its end) ÷ 2",
    unit=Unit.PERSONS,
    kind=Kind.RATIO,
    citation=STATISTICAL_YEARBOOK_POPULATION_NOTES,
    places=1,
)
CRUDE_BIRTH_RATE: Final = Definition(
    code="crude_birth_rate",
    name_zh="人口出生率",
    name_en="crude birth rate",
    formula="live births in the year ÷ mean population × 1000",
    unit=Unit.PER_MILLE,
    kind=Kind.RATE,
    citation=STATISTICAL_YEARBOOK_POPULATION_NOTES,
)
CRUDE_DEATH_RATE: Final = Definition(
    code="crude_death_rate",
    name_zh="人口死亡率",
    name_en="crude death rate",
    formula="deaths in the year ÷ mean population × 1000",
    unit=Unit.PER_MILLE,
    kind=Kind.RATE,
    citation=STATISTICAL_YEARBOOK_POPULATION_NOTES,
)
NATURAL_GROWTH_RATE: Final = Definition(
    code="natural_growth_rate",
    name_zh="人口自然增长率",
    name_en="natural growth rate",
    formula="(births − deaths) ÷ mean population × 1000 = crude birth rate − crude death rate",
    unit=Unit.PER_MILLE,
    kind=Kind.RATE,
    citation=STATISTICAL_YEARBOOK_POPULATION_NOTES,
)
POLICY_COMPLIANCE_RATE: Final = Definition(
    code="policy_compliance_rate",
    name_zh="出生政策符合率",
    name_en="policy compliance rate",
    formula="births within policy ÷ all births × 100",
    unit=Unit.PERCENT,
    kind=Kind.PROPORTION,
    citation=FP_STATISTICS_GLOSSARY,
)
POLICY_COMPLIANCE_RATE_DETERMINED: Final = Definition(
    code="policy_compliance_rate",
    name_zh="出生政策符合率（仅计有结论的出生，非官方口径）",
    name_en="policy compliance rate (births with a ruling only, not the official rate)",
    formula="births within policy ÷ births with a ruling on policy × 100 — births without a "
    "ruling left out of both; shown only beside the official rate",
    unit=Unit.PERCENT,
    kind=Kind.PROPORTION,
    citation=COMPLIANCE_RATE_DETERMINED_BIRTHS,
    variant="determined_births",
)
OUT_OF_POLICY_RATE: Final = Definition(
    code="out_of_policy_rate",
    name_zh="政策外生育率",
    name_en="out-of-policy birth rate",
    formula="births out of policy ÷ all births × 100 (= 100 % − policy compliance rate)",
    unit=Unit.PERCENT,
    kind=Kind.PROPORTION,
    citation=HUNAN_2017_ASSESSMENT,
)
HIGHER_ORDER_BIRTH_RATE: Final = Definition(
    code="higher_order_birth_rate",
    name_zh="多孩率",
    name_en="higher-order birth rate",
    formula="births of order ≥ 3 (by delivery) ÷ all births × 100",
    unit=Unit.PERCENT,
    kind=Kind.PROPORTION,
    citation=ORDER_RATE_DEFINITION,
)
SEX_RATIO_AT_BIRTH: Final = Definition(
    code="sex_ratio_at_birth",
    name_zh="出生人口性别比",
    name_en="sex ratio at birth",
    formula="male live births ÷ female live births × 100",
    unit=Unit.PER_100_FEMALES,
    kind=Kind.SEX_RATIO,
    citation=HUNAN_2017_ASSESSMENT,
)
CONTRACEPTIVE_PREVALENCE: Final = Definition(
    code="contraceptive_prevalence",
    name_zh="综合避孕率",
    name_en="contraceptive prevalence",
    formula="married women of childbearing age using a method (a husband's method counts for "
    "his wife) ÷ all married women of childbearing age × 100",
    unit=Unit.PERCENT,
    kind=Kind.PROPORTION,
    citation=FP_STATISTICS_GLOSSARY,
)
CONTRACEPTIVE_PREVALENCE_FECUND: Final = Definition(
    code="contraceptive_prevalence",
    name_zh="节育率",
    name_en="contraceptive prevalence (fecund women)",
    formula="married women of childbearing age using a method ÷ married women of childbearing "
    "age able to conceive (excluding the widowed, divorced, menopausal and primary-infertile) "
    "× 100",
    unit=Unit.PERCENT,
    kind=Kind.PROPORTION,
    citation=FP_STATISTICS_GLOSSARY,
    variant="fecund_married_women",
)
LONG_ACTING_METHOD_RATE: Final = Definition(
    code="long_acting_method_rate",
    name_zh="长效节育措施率",
    name_en="long-acting method rate",
    formula="users of long-acting methods (IUD, sterilisation, implant) ÷ contraceptive users "
    "× 100",
    unit=Unit.PERCENT,
    kind=Kind.PROPORTION,
    citation=INDICATOR_FORMULA_UNVERIFIED,
)
LONG_ACTING_METHOD_RATE_MARRIED_WOMEN: Final = Definition(
    code="long_acting_method_rate",
    name_zh="长效节育措施率（以已婚育龄妇女为分母）",
    name_en="long-acting method rate (of married women)",
    formula="users of long-acting methods ÷ married women of childbearing age × 100",
    unit=Unit.PERCENT,
    kind=Kind.PROPORTION,
    citation=INDICATOR_FORMULA_UNVERIFIED,
    variant="married_women",
)
CERTIFICATE_UPTAKE_RATE: Final = Definition(
    code="certificate_uptake_rate",
    name_zh="独生子女领证率",
    name_en="one-child certificate uptake",
    formula="couples holding the one-child parents' certificate ÷ couples with one child × 100",
    unit=Unit.PERCENT,
    kind=Kind.PROPORTION,
    citation=INDICATOR_FORMULA_UNVERIFIED,
)
LATE_MARRIAGE_RATE: Final = Definition(
    code="late_marriage_rate",
    name_zh="晚婚率",
    name_en="late-marriage rate",
    formula="late first marriages ÷ all first marriages × 100",
    unit=Unit.PERCENT,
    kind=Kind.PROPORTION,
    citation=LATE_MARRIAGE_DEFINITION,
)
LATE_CHILDBEARING_RATE: Final = Definition(
    code="late_childbearing_rate",
    name_zh="晚育率",
    name_en="late-childbearing rate",
    formula="late first births ÷ all first births × 100",
    unit=Unit.PERCENT,
    kind=Kind.PROPORTION,
    citation=LATE_MARRIAGE_DEFINITION,
)
GENERAL_FERTILITY_RATE: Final = Definition(
    code="general_fertility_rate",
    name_zh="一般生育率",
    name_en="general fertility rate",
    formula="live births ÷ mean number of women aged 15–49 × 1000",
    unit=Unit.PER_MILLE,
    kind=Kind.RATE,
    citation=FP_STATISTICS_GLOSSARY,
)
TOTAL_FERTILITY_RATE: Final = Definition(
    code="total_fertility_rate",
    name_zh="总和生育率",
    name_en="total fertility rate",
    formula="Σ over ages 15–49 of births to women of that age ÷ women of that age, × the width "
    "of the age groups",
    unit=Unit.CHILDREN_PER_WOMAN,
    kind=Kind.RATE,
    citation=TOTAL_FERTILITY_RATE_DEFINITION,
)
STATISTICAL_ACCURACY_RATE: Final = Definition(
    code="statistical_accuracy_rate",
    name_zh="出生统计准确率",
    name_en="statistical accuracy rate",
    formula="births reported and confirmed by the check ÷ births found by the check × 100",
    unit=Unit.PERCENT,
    kind=Kind.PROPORTION,
    citation=INDICATOR_FORMULA_UNVERIFIED,
)
UNDERREPORTING_RATE: Final = Definition(
    code="underreporting_rate",
    name_zh="出生漏报率",
    name_en="birth under-reporting rate",
    formula="births found by the check but not reported ÷ births found by the check × 100",
    unit=Unit.PERCENT,
    kind=Kind.PROPORTION,
    citation=INDICATOR_FORMULA_UNVERIFIED,
)
BIRTH_STATISTICS_ERROR: Final = Definition(
    code="birth_statistics_error",
    name_zh="出生统计误差",
    name_en="birth statistics error",
    formula="|births reported − births found by the check| ÷ births found by the check × 100",
    unit=Unit.PERCENT,
    kind=Kind.RATIO,
    citation=VILLAGE_ASSESSMENT_SHEET,
)
PER_CAPITA_FUNDING: Final = Definition(
    code="per_capita_funding",
    name_zh="人均计划生育事业经费",
    name_en="per-capita funding",
    formula="family-planning funding in yuan ÷ resident population",
    unit=Unit.YUAN_PER_PERSON,
    kind=Kind.RATIO,
    citation=NPFPC_TARGET_RESPONSIBILITY_GUIDANCE,
)
PER_CAPITA_FUNDING_HUKOU: Final = Definition(
    code="per_capita_funding",
    name_zh="人均计划生育事业经费（户籍人口）",
    name_en="per-capita funding (registered population)",
    formula="family-planning funding in yuan ÷ hukou (registered) population — allowed for "
    "areas of net out-migration",
    unit=Unit.YUAN_PER_PERSON,
    kind=Kind.RATIO,
    citation=NPFPC_TARGET_RESPONSIBILITY_GUIDANCE,
    variant="hukou",
)
GROWTH_RATE: Final = Definition(
    code="growth_rate",
    name_zh="增长率",
    name_en="growth rate",
    formula="(current − previous) ÷ previous × 100",
    unit=Unit.PERCENT,
    kind=Kind.RATIO,
    citation=GROWTH_RATE_DEFINITION,
)
SATISFACTION_RATE: Final = Definition(
    code="satisfaction_rate",
    name_zh="群众满意率",
    name_en="public satisfaction",
    formula="respondents reaching “satisfied” ÷ respondents × 100",
    unit=Unit.PERCENT,
    kind=Kind.PROPORTION,
    citation=NPFPC_TARGET_RESPONSIBILITY_GUIDANCE,
)

DEFINITIONS: Final[tuple[Definition, ...]] = (
    MEAN_POPULATION,
    CRUDE_BIRTH_RATE,
    CRUDE_DEATH_RATE,
    NATURAL_GROWTH_RATE,
    POLICY_COMPLIANCE_RATE,
    POLICY_COMPLIANCE_RATE_DETERMINED,
    OUT_OF_POLICY_RATE,
    HIGHER_ORDER_BIRTH_RATE,
    SEX_RATIO_AT_BIRTH,
    CONTRACEPTIVE_PREVALENCE,
    CONTRACEPTIVE_PREVALENCE_FECUND,
    LONG_ACTING_METHOD_RATE,
    LONG_ACTING_METHOD_RATE_MARRIED_WOMEN,
    CERTIFICATE_UPTAKE_RATE,
    LATE_MARRIAGE_RATE,
    LATE_CHILDBEARING_RATE,
    GENERAL_FERTILITY_RATE,
    TOTAL_FERTILITY_RATE,
    STATISTICAL_ACCURACY_RATE,
    UNDERREPORTING_RATE,
    BIRTH_STATISTICS_ERROR,
    PER_CAPITA_FUNDING,
    PER_CAPITA_FUNDING_HUKOU,
    GROWTH_RATE,
    SATISFACTION_RATE,
)
"""Every indicator definition, standard ones before their variants."""


def definition(code: str, variant: str | None = None) -> Definition:
    """The definition with this code (and variant).

    Raises:
        UnknownIndicatorError: If no definition has this code and variant.

    >>> definition("sex_ratio_at_birth").formula
    'male live births ÷ female live births × 100'
    >>> definition("per_capita_funding", "hukou").name_en
    'per-capita funding (registered population)'
    """
    for item in DEFINITIONS:
        if item.code == code and item.variant == variant:
            return item
    raise UnknownIndicatorError(
        code if variant is None else f"{code} [{variant}]",
        tuple(dict.fromkeys(item.code for item in DEFINITIONS)),
    )
