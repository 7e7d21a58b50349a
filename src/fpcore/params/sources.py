"""The instruments fpcore cites, one constant per source.

Rules and parameter tables cite these constants so a source is described once. A citation names
the instrument by title, document number, article and date; a URL is given only for the issuing
body's own site or a well-known official outlet. Values that no source gives are cited with
:data:`ILLUSTRATIVE_DEFAULT` (or a more specific illustrative citation) and say so wherever they
are used.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from fpcore.params._model import Citation, Confidence

__all__ = [
    "CAIJIAO_2011_623",
    "CHILDCARE_SUBSIDY_PLAN_2025",
    "GUOBAN_2004_21",
    "FP_STATISTICS_GLOSSARY",
    "GROWTH_RATE_DEFINITION",
    "HUNAN_2017_ASSESSMENT",
    "ILLUSTRATIVE_DEFAULT",
    "INDICATOR_FORMULA_UNVERIFIED",
    "JIANGXI_REGULATION_2009_LATE_MARRIAGE",
    "LATE_MARRIAGE_DEFINITION",
    "NBS_POPULATION_INDICATORS",
    "NPFPC_TARGET_RESPONSIBILITY_GUIDANCE",
    "ORDER_RATE_DEFINITION",
    "SEED_DINGNAN_REPORT",
    "SEX_RATIO_NORMAL_RANGE",
    "TOTAL_FERTILITY_RATE_DEFINITION",
    "VILLAGE_ASSESSMENT_SHEET",
    "REWARD_ASSISTANCE_RAISE_2009",
]

GUOBAN_2004_21: Final = Citation(
    title="国务院办公厅转发人口计生委、财政部关于开展对农村部分计划生育家庭实行奖励扶助制度试点工作意见的通知",
    title_en=(
        "General Office of the State Council: notice forwarding the NPFPC and Ministry of Finance "
        "opinions on piloting the reward-and-assistance system for some rural family-planning "
        "families"
    ),
    document_number="国办发〔2004〕21号",
    issuer="国务院办公厅",
    confidence=Confidence.OFFICIAL,
    note="Eligibility (rural hukou; born on/after 1933-01-01; no out-of-policy birth 1973–2001; "
    "one living child or two girls or none surviving; aged 60+) and the 600 yuan/person/year floor.",
)
"""The 2004 national reward-and-assistance scheme (农村部分计划生育家庭奖励扶助制度)."""

REWARD_ASSISTANCE_RAISE_2009: Final = Citation(
    title="全国农村部分计划生育家庭奖励扶助标准自2009年起提高到每人每年720元",
    title_en=(
        "National rural reward-and-assistance standard raised to 720 yuan per person per year "
        "from 2009 (China.org.cn report of the State Council decision, 2008-10-21)"
    ),
    issued_on=date(2008, 10, 21),
    url="http://china.org.cn/government/central_government/2008-10/21/content_16646501.htm",
    confidence=Confidence.SECONDARY,
    note="A state news outlet's report of the raise (+20 %, 60 yuan/month); the instrument "
    "itself was not retrieved.",
)
"""The 2009 raise of the reward-and-assistance floor to 720 yuan/year (news report)."""

CAIJIAO_2011_623: Final = Citation(
    title="财政部、国家人口计生委关于调整全国农村部分计划生育家庭奖励扶助和计划生育家庭特别扶助标准的通知",
    title_en=(
        "Ministry of Finance and NPFPC notice adjusting the national standards of rural "
        "reward-and-assistance and special assistance for family-planning families"
    ),
    document_number="财教〔2011〕623号",
    issuer="财政部、国家人口计生委",
    issued_on=date(2011, 12, 14),
    effective_on=date(2012, 1, 1),
    confidence=Confidence.OFFICIAL,
    note="From 2012-01-01: reward-and-assistance ≥ 80 yuan/person/month; special assistance "
    "≥ 135 (child died) and ≥ 110 (child disabled) yuan/person/month.",
)
"""The 2012 raise of the reward-and-assistance and special-assistance floors."""

CHILDCARE_SUBSIDY_PLAN_2025: Final = Citation(
    title="育儿补贴制度实施方案",
    title_en="Implementation plan of the childcare subsidy system",
    issuer="中共中央办公厅、国务院办公厅",
    issued_on=date(2025, 7, 28),
    effective_on=date(2025, 1, 1),
    confidence=Confidence.OFFICIAL,
    note="3,600 yuan per year for each legally born child under 3, from 2025-01-01; children "
    "born before 2025 are paid for the months due.",
)
"""The 2025 national childcare subsidy plan (育儿补贴)."""

ILLUSTRATIVE_DEFAULT: Final = Citation(
    title="示例值（无来源）",
    title_en="Illustrative value (no source)",
    confidence=Confidence.ILLUSTRATIVE,
    note="No retrieved source gives this value; it is a stand-in for a county to override.",
)
"""The citation of a stand-in value that no source gives."""

# -- indicators (fpcore.indicators) ----------------------------------------------------------

NBS_POPULATION_INDICATORS: Final = Citation(
    title="国家统计局人口统计指标解释（人口出生率、人口死亡率、人口自然增长率、年平均人口）",
    title_en=(
        "National Bureau of Statistics definitions of the crude birth, death and natural growth "
        "rates and of the mean population"
    ),
    issuer="国家统计局",
    confidence=Confidence.SECONDARY,
    note="A description of the NBS definitions as quoted by secondary sources (births or deaths "
    "÷ mean population × 1000; mean population = (start + end) ÷ 2); the NBS text itself was "
    "not retrieved.",
)
"""The NBS definitions of the crude rates and the mean population (as quoted)."""

FP_STATISTICS_GLOSSARY: Final = Citation(
    title="常用人口计生统计指标解释",
    title_en="Explanations of common population and family-planning statistical indicators",
    confidence=Confidence.SECONDARY,
    note="A widely copied glossary of family-planning statistics (policy compliance rate, "
    "contraceptive prevalence, general fertility rate, live birth); issuer and date unknown.",
)
"""The common glossary of family-planning statistical indicators (secondary copies)."""

HUNAN_2017_ASSESSMENT: Final = Citation(
    title="湖南省2017年县级人口和计划生育考核评分标准（摘述）",
    title_en="Hunan 2017 county-level family-planning target-responsibility scoring sheet",
    confidence=Confidence.SECONDARY,
    note="Description of the sheet, not its exact title: sex ratio at birth = boys ÷ girls × 100, "
    "full marks at ≤ 107; out-of-policy (multi-child) rate = 100 % − policy compliance rate.",
)
"""Hunan's 2017 county scoring sheet (sex ratio and out-of-policy rate definitions)."""

NPFPC_TARGET_RESPONSIBILITY_GUIDANCE: Final = Citation(
    title="国家人口计生委关于改革和完善人口和计划生育目标管理责任制的指导意见",
    title_en=(
        "NPFPC guidance on reforming and improving the population and family-planning "
        "target-responsibility system"
    ),
    issuer="国家人口和计划生育委员会",
    confidence=Confidence.SECONDARY,
    note="Indicator 7 (per-capita FP funding = spending ÷ population; resident population for "
    "net in-migration areas, hukou population allowed for net out-migration areas) and "
    "indicator 8 (satisfaction = satisfied respondents ÷ respondents × 100 %); read in a "
    "copy, date of issue (c. 2006–2007) not retrieved.",
)
"""The NPFPC guidance defining per-capita funding and public satisfaction."""

ORDER_RATE_DEFINITION: Final = Citation(
    title="孩次率（一孩率、二孩率、多孩率）指标解释",
    title_en="Birth-order rates (first, second, higher-order births) — definition",
    confidence=Confidence.SECONDARY,
    note="Description of a secondary source: births of a given order ÷ all births × 100; "
    "多孩 (higher order) = third and later births.",
)
"""The definition of birth-order rates and of a higher-order birth (3rd and later)."""

SEX_RATIO_NORMAL_RANGE: Final = Citation(
    title="出生人口性别比正常值范围（103–107，常写作“105±2”）",
    title_en="Normal range of the sex ratio at birth (103–107, often written 105 ± 2)",
    confidence=Confidence.SECONDARY,
    note="The demographic convention as stated by assessment sheets and statistics glossaries "
    "(e.g. Hunan 2017: full marks at ≤ 107); no single instrument issues it.",
)
"""The conventional normal range of the sex ratio at birth."""

JIANGXI_REGULATION_2009_LATE_MARRIAGE: Final = Citation(
    title="江西省人口与计划生育条例",
    title_en="Jiangxi Population and Family Planning Regulations (2009 text)",
    issuer="江西省人民代表大会常务委员会",
    issued_on=date(2009, 3, 27),
    effective_on=date(2009, 5, 1),
    confidence=Confidence.SECONDARY,
    note="2009 text, leave articles: late marriage = first marriage with the man ≥ 25 and the "
    "woman ≥ 23; late childbearing = a married woman bearing her first child at ≥ 24 "
    "(read in a copy).",
)
"""Jiangxi's 2009 definitions of late marriage and late childbearing."""

LATE_MARRIAGE_DEFINITION: Final = Citation(
    title="晚婚、晚育的通行定义（摘述）",
    title_en="Customary definitions of late marriage and late childbearing",
    confidence=Confidence.SECONDARY,
    note="Late marriage = first marriage at least 3 years above the legal minimum age (man 22, "
    "woman 20), i.e. man ≥ 25 and woman ≥ 23; late childbearing = a married woman's first "
    "birth at ≥ 24. Stated by secondary sources; provinces vary (23, or any first birth after "
    "a late marriage).",
)
"""The customary national definitions of late marriage and late childbearing."""

VILLAGE_ASSESSMENT_SHEET: Final = Citation(
    title="村委会人口和计划生育百分考核表（摘述）",
    title_en="Village committee 100-point family-planning assessment sheet",
    confidence=Confidence.SECONDARY,
    note="Description of a local sheet, not its title: birth statistics error = |reported − "
    "checked| ÷ checked × 100, ≤ 5 % full marks, > 7 % veto.",
)
"""A village assessment sheet defining the birth statistics error."""

INDICATOR_FORMULA_UNVERIFIED: Final = Citation(
    title="通行的计划生育统计口径（公式未见官方文本）",
    title_en="Customary family-planning statistical formula (no official text retrieved)",
    confidence=Confidence.ILLUSTRATIVE,
    note="The term appears in assessment sheets, but no retrieved source states its formula; "
    "fpcore uses the customary ratio form and provinces vary the denominator.",
)
"""The customary formula of an indicator whose official definition was not retrieved."""

TOTAL_FERTILITY_RATE_DEFINITION: Final = Citation(
    title="总和生育率（人口学通行定义）",
    title_en="Total fertility rate (standard demographic definition)",
    confidence=Confidence.SECONDARY,
    note="The sum of the age-specific fertility rates of women aged 15–49 (births to women of an "
    "age ÷ women of that age), times the width of the age groups; reported nationally (e.g. "
    "1.14 for 2024 in news reports of NBS figures).",
)
"""The standard definition of the total fertility rate."""

GROWTH_RATE_DEFINITION: Final = Citation(
    title="增长率 = （本期 − 上期）÷ 上期 × 100%（算术定义）",
    title_en="Growth rate = (current − previous) ÷ previous × 100 % (arithmetic definition)",
    confidence=Confidence.SECONDARY,
    note="An arithmetic definition used by every report that compares two years (e.g. the seed's "
    "rule that family-planning funding must grow faster than fiscal revenue).",
)
"""The arithmetic definition of a year-on-year growth rate."""

SEED_DINGNAN_REPORT: Final = Citation(
    title="定南县创建国家级计划生育优质服务先进单位经验介绍",
    title_en=(
        "How Dingnan County built a national advanced unit for quality family-planning services"
    ),
    issuer="定南县人民政府",
    confidence=Confidence.SECONDARY,
    note="The county's own report (c. 2010), read in a copy on a document-sharing site; only its "
    "first pages survive.",
)
"""The seed report, source of Dingnan County's figures for 2008–2010."""
