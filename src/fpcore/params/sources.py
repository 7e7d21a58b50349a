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
    "AUDITED_THROUGH",
    "BIRTHS_RESEARCHED_THROUGH",
    "CAIJIAO_2011_623",
    "CHILDCARE_SUBSIDY_INCOME_DISREGARD",
    "CHILDCARE_SUBSIDY_MONTH_RULE",
    "CHILDCARE_SUBSIDY_PLAN_2025",
    "CHILDCARE_SUBSIDY_TAX_2025",
    "CIVIL_CODE_MARRIAGE_AGE",
    "COMPLIANCE_RATE_DETERMINED_BIRTHS",
    "DEXING_INSURANCE_EXAMPLE",
    "DINGNAN_INCENTIVE_OPINION",
    "DINGNAN_REPORT_2010",
    "FEE_ABOLITION_DECISION_2021",
    "FP_STATISTICS_GLOSSARY",
    "GROWTH_RATE_DEFINITION",
    "GUOBAN_2004_21",
    "HUNAN_2017_ASSESSMENT",
    "ILLUSTRATIVE_DEFAULT",
    "INDICATOR_FORMULA_UNVERIFIED",
    "JIANGXI_COUNTY_SUBSIDY_LIST",
    "JIANGXI_FEE_MEASURES_2004",
    "JIANGXI_REGULATION_2002",
    "JIANGXI_REGULATION_2009",
    "JIANGXI_REGULATION_2009_ADOPTION",
    "JIANGXI_REGULATION_2009_LATE_MARRIAGE",
    "JIANGXI_REGULATION_2009_URBAN_REWARD",
    "JIANGXI_REGULATION_2014",
    "JIANGXI_REGULATION_2016",
    "JIANGXI_REGULATION_2016_ART9",
    "JIANGXI_REGULATION_2016_REWARDS",
    "JIANGXI_REGULATION_2021",
    "JIANGXI_REGULATION_2021_GROUNDS",
    "JIANGXI_RESIDENT_REWARD_2017",
    "JIANGXI_SPECIAL_ASSISTANCE_LIST",
    "LATE_MARRIAGE_DEFINITION",
    "LEGAL_MARRIAGE_AGE",
    "MARRIAGE_LAW_1980",
    "MARRIAGE_LAW_2001",
    "MARRIAGE_LEAVE_NOTICE_1980",
    "NANCHANG_PLAN_2016",
    "NPFPC_TARGET_RESPONSIBILITY_GUIDANCE",
    "ONE_CHILD_REWARD_ILLUSTRATIVE",
    "ORDER_RATE_DEFINITION",
    "POPULATION_LAW_2001_CERTIFICATE",
    "POPULATION_LAW_2015",
    "POPULATION_LAW_2015_CHILDREN",
    "POPULATION_LAW_2015_ONE_CHILD_ERA",
    "POPULATION_LAW_2021",
    "POPULATION_LAW_2021_CHILDREN",
    "POPULATION_LAW_2021_FEE_REMOVED",
    "POPULATION_LAW_2021_ONE_CHILD_ERA",
    "REWARD_ASSISTANCE_RAISE_2009",
    "SEED_DINGNAN_REPORT",
    "SEX_RATIO_NORMAL_RANGE",
    "SPECIAL_ASSISTANCE_ATTESTED_2022",
    "SPECIAL_ASSISTANCE_NATIONAL_2008",
    "SPECIAL_ASSISTANCE_NOTICE_2013",
    "SPECIAL_ASSISTANCE_RAISE_2022",
    "SPECIAL_ASSISTANCE_SCHEME",
    "SPECIAL_ASSISTANCE_UNIFICATION",
    "STATE_COUNCIL_DECREE_357",
    "STATE_COUNCIL_REPEAL_2021",
    "STATISTICAL_YEARBOOK_POPULATION_NOTES",
    "THREE_CHILD_ANNOUNCEMENT_2021",
    "TOTAL_FERTILITY_RATE_DEFINITION",
    "VILLAGE_ASSESSMENT_SHEET",
    "WOMEN_WORKERS_RULES_1988",
    "WOMEN_WORKERS_RULES_1988_ORDER_9",
    "WOMEN_WORKERS_RULES_2012",
]

AUDITED_THROUGH: Final = date(2026, 11, 1)
"""The horizon of the legal audit of November 2026.

Every key of the built-in book was checked against retrieved sources and searched for later
raises, amendments and repeals up to this date (its exact day is not recorded; the first of
the month is the conservative reading). Tables record it as each history's
``verified_through`` unless a history states its own.
"""

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

# -- birth policy (fpcore.births) ----------------------------------------------------------------

POPULATION_LAW_2015: Final = Citation(
    title="中华人民共和国人口与计划生育法（2015年修正）",
    title_en="Population and Family Planning Law, as amended on 2015-12-27",
    article="第十八条",
    issuer="全国人民代表大会常务委员会",
    issued_on=date(2015, 12, 27),
    effective_on=date(2016, 1, 1),
    confidence=Confidence.OFFICIAL,
    note="Art. 18: the state advocates that a couple have two children (全面二孩).",
)
"""The 2015 amendment, universal two-child policy from 2016-01-01."""

POPULATION_LAW_2021: Final = Citation(
    title="中华人民共和国人口与计划生育法（2021年修正）",
    title_en="Population and Family Planning Law, as amended on 2021-08-20",
    article="第十八条",
    issuer="全国人民代表大会常务委员会",
    issued_on=date(2021, 8, 20),
    confidence=Confidence.OFFICIAL,
    note="Art. 18: a couple may have three children. The amendment removed the social "
    "maintenance fee and the related restrictive measures. Taken as in force from its "
    "adoption on 2021-08-20.",
)
"""The 2021 amendment, three-child policy (social maintenance fee removed)."""

STATE_COUNCIL_DECREE_357: Final = Citation(
    title="社会抚养费征收管理办法",
    title_en="Measures for the administration of the collection of social maintenance fees",
    document_number="国务院令第357号",
    issuer="国务院",
    issued_on=date(2002, 8, 2),
    effective_on=date(2002, 9, 1),
    confidence=Confidence.OFFICIAL,
    note="Base: local urban per-capita disposable income / rural per-capita net income, adjusted "
    "by actual income; provinces fix the standard.",
)
"""State Council Decree 357 on the social maintenance fee (2002)."""

JIANGXI_REGULATION_2002: Final = Citation(
    title="江西省人口与计划生育条例（2002年修正）",
    title_en="Jiangxi Population and Family Planning Regulation, 2002 revision",
    article="第九条",
    issuer="江西省人民代表大会常务委员会",
    issued_on=date(2002, 7, 29),
    confidence=Confidence.SECONDARY,
    note="Third revision, adopted 2002-07-29 (its in-force date was not retrieved; the adoption "
    "date is used). One child per married couple; a second child on the conditions of Art. 9 "
    "with a second-birth permit; spacing: the woman at least 25 and an interval of at least 4 "
    "years, 2 years if she is over 28 — as summarised in news reports of the 2009 revision.",
)
"""Jiangxi regulation, 2002 text (one child; second child on grounds, permit and spacing)."""

JIANGXI_REGULATION_2009: Final = Citation(
    title="江西省人口与计划生育条例（2009年修正）",
    title_en="Jiangxi Population and Family Planning Regulation, 2009 revision",
    document_number="公告第24号",
    issuer="江西省人民代表大会常务委员会",
    issued_on=date(2009, 3, 27),
    effective_on=date(2009, 5, 1),
    confidence=Confidence.OFFICIAL,
    note="Fourth revision: the second-birth spacing rule abolished, the grounds unchanged; "
    "Arts. 47–48 on late-marriage and late-childbearing leave.",
)
"""Jiangxi regulation, 2009 text (in force 2009-05-01; spacing rule abolished)."""

JIANGXI_REGULATION_2014: Final = Citation(
    title="江西省人口与计划生育条例（2014年修正）",
    title_en="Jiangxi Population and Family Planning Regulation, 2014 amendment",
    issuer="江西省人民代表大会常务委员会",
    issued_on=date(2014, 1, 16),
    effective_on=date(2014, 1, 18),
    confidence=Confidence.SECONDARY,
    note="Adopted 2014-01-16 (12th Standing Committee, 8th session); implemented from "
    "2014-01-18, when the national commission accepted the filing of Jiangxi's plan (China News "
    "Service, Nanchang, 2014-01-20): a couple of whom one or both are only children, with one "
    "child, may have one more (单独二孩).",
)
"""The Jiangxi 2014 amendment (one spouse an only child may have a second child)."""

JIANGXI_REGULATION_2016: Final = Citation(
    title="江西省人口与计划生育条例（2016年修正）",
    title_en="Jiangxi Population and Family Planning Regulation, 2016 amendment",
    article="第四十三条",
    issuer="江西省人民代表大会常务委员会",
    issued_on=date(2016, 1, 20),
    effective_on=date(2016, 1, 20),
    confidence=Confidence.OFFICIAL,
    note="Adopted 2016-01-20 by the 12th Standing Committee of the provincial people's "
    "congress at its 22nd session (header of the consolidated text in the national law "
    "database, read in a copy); in force on publication as news reports of that day say. Two "
    "children for all couples; the late-marriage and late-childbearing leave deleted (the "
    "consolidated text has none); Art. 43: 60 more days of maternity leave and 15 days of "
    "nursing leave for the man, for births in accordance with the law.",
)
"""Jiangxi 2016 amendment (universal two-child; leave changes)."""

JIANGXI_REGULATION_2021: Final = Citation(
    title="江西省人口与计划生育条例（2021年修正）",
    title_en="Jiangxi Population and Family Planning Regulation, 2021 amendment",
    issuer="江西省人民代表大会常务委员会",
    issued_on=date(2021, 9, 29),
    confidence=Confidence.SECONDARY,
    note="Adopted 2021-09-29 (13th Standing Committee, 32nd session; Xinhua report of that day; "
    "taken as in force on adoption, which the report does not state): 15 more days of marriage "
    "leave, 90 more days of maternity leave, 30 days of paternity leave, 10 days of parental "
    "leave a year for each parent while the child is under 3.",
)
"""Jiangxi 2021 amendment (three-child; leave)."""

JIANGXI_FEE_MEASURES_2004: Final = Citation(
    title="江西省社会抚养费征收管理办法",
    title_en="Jiangxi measures for the collection of social maintenance fees",
    effective_on=date(2004, 2, 1),
    confidence=Confidence.SECONDARY,
    note="In force about 2004-02-01 (Xinhua, Nanchang, 2004-02-01). Base per spouse: the county's "
    "urban per-capita disposable income or rural per-capita net income of the year before the "
    "birth, or the person's actual income if higher. A married couple's out-of-policy birth: "
    "3.5 × base each; an unmarried under-age pair's first child: half of that; a child with "
    "someone other than the spouse: 7 × base, 14 × for the second such child.",
)
"""Jiangxi 2004 measures on the social maintenance fee."""

LEGAL_MARRIAGE_AGE: Final = Citation(
    title="法定婚龄（男二十二周岁、女二十周岁）",
    title_en="Legal minimum marriage age: man 22, woman 20",
    confidence=Confidence.SECONDARY,
    note="Stated in the definitions of late marriage (晚婚: three years above the legal "
    "minimum) in statistical guides; the Marriage Law itself was not retrieved. Entered from "
    "the first encoded birth-policy text on.",
)
"""The legal minimum marriage ages (secondary statement)."""

MARRIAGE_LEAVE_NOTICE_1980: Final = Citation(
    title="国家劳动总局、财政部关于国营企业职工请婚丧假和路程假问题的通知",
    title_en=(
        "State Labour Bureau and Ministry of Finance notice on marriage, funeral and travel leave "
        "for employees of state enterprises"
    ),
    document_number="(80)劳总薪字29号、(80)财企字41号",
    issuer="国家劳动总局、财政部",
    issued_on=date(1980, 2, 20),
    confidence=Confidence.OFFICIAL,
    note="1 to 3 days of marriage leave at the unit head's discretion, with pay; provincial "
    "regulations count their extra marriage leave on top of 3 days.",
)
"""The 1980 national marriage-leave notice (1–3 days)."""

WOMEN_WORKERS_RULES_1988: Final = Citation(
    title="女职工劳动保护规定",
    title_en="Rules on the labour protection of women workers (1988)",
    issuer="国务院",
    issued_on=date(1988, 7, 21),
    confidence=Confidence.SECONDARY,
    note="Maternity leave of 90 days (105 for dystocia), as quoted in comparisons with the 2012 "
    "rules; the Labour Law of 1994 (Art. 62) also sets at least 90 days.",
)
"""The 1988 women workers' rules (90 days of maternity leave)."""

WOMEN_WORKERS_RULES_2012: Final = Citation(
    title="女职工劳动保护特别规定",
    title_en="Special rules on the labour protection of women workers",
    document_number="国务院令第619号",
    article="第七条",
    issuer="国务院",
    issued_on=date(2012, 4, 28),
    effective_on=date(2012, 4, 28),
    confidence=Confidence.OFFICIAL,
    note="98 days of maternity leave; 15 more for dystocia; 15 more for each extra baby of a "
    "multiple birth.",
)
"""State Council Decree 619 of 2012 (98 days of maternity leave)."""
# -- indicators (fpcore.indicators) ----------------------------------------------------------

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

SPECIAL_ASSISTANCE_SCHEME: Final = Citation(
    title="计划生育家庭特别扶助制度",
    title_en="Special-assistance system for family-planning families",
    confidence=Confidence.SECONDARY,
    note="National conditions as restated by encyclopaedia and county pages: both spouses born "
    "on/after 1933-01-01; the woman aged 49 or over (a single parent: that parent); one child "
    "born or adopted, who died or holds a disability certificate of grade 3 or worse; no child "
    "born or adopted since. Piloted 2007, national 2008; paid per parent per month. The "
    "founding instrument itself was not retrieved.",
)
"""The national special-assistance scheme (计划生育家庭特别扶助), as restated by secondary pages."""

JIANGXI_COUNTY_SUBSIDY_LIST: Final = Citation(
    title="江西省某县惠民补贴清单（卫生健康部门）",
    title_en="A Jiangxi county's list of people-benefit subsidies (health department items)",
    confidence=Confidence.ILLUSTRATIVE,
    note="A third-party copy of a Jiangxi county's list [secondary] gives the rural "
    "reward-and-assistance as 100 yuan/person/month, national and provincial shares combined. "
    "The list bears no date (it cites a 2017 rule); the start date 2017-01-01 used here is a "
    "stand-in, which is why the value is marked illustrative.",
)
"""Jiangxi's rural reward-and-assistance rate (100 yuan/month; start date a stand-in)."""

JIANGXI_RESIDENT_REWARD_2017: Final = Citation(
    title="居民独生子女父母奖励办法操作细则",
    title_en="Operating rules of the residents' one-child parents' reward (Jiangxi)",
    document_number="赣卫家庭发〔2017〕4号",
    confidence=Confidence.ILLUSTRATIVE,
    note="Cited by a Jiangxi county's subsidy list [secondary]: one-child parents, man 60 / "
    "woman 55, 100 yuan/person/month — most probably the current form of the 2009 extension of "
    "reward-and-assistance to urban one-child parents. The rule's date of effect was not "
    "retrieved; 2017-01-01 is a stand-in, hence illustrative.",
)
"""Jiangxi's 2017 operating rules of the urban/resident one-child parents' reward."""

ONE_CHILD_REWARD_ILLUSTRATIVE: Final = Citation(
    title="独生子女父母奖励费（江西省标准未检索到）",
    title_en="One-child parents' reward (Jiangxi standard not retrieved)",
    confidence=Confidence.ILLUSTRATIVE,
    note="No version of the Jiangxi regulation that was retrieved states the monthly amount: "
    "10 yuan per parent per month is a stand-in after other provinces (Shandong ≥ 10/month; "
    "Henan ≥ 20/month). The end age of the 2002 and 2009 texts was not retrieved either: 14, "
    "the end age of the 2016 text (Art. 45), stands in for it.",
)
"""Stand-in for Jiangxi's one-child parents' reward (amount and end age unknown)."""

DINGNAN_REPORT_2010: Final = Citation(
    title="定南县创建国家级计划生育优质服务先进单位经验介绍",
    title_en=(
        "How Dingnan County built a national advanced unit for quality family-planning services"
    ),
    issuer="定南县人民政府",
    confidence=Confidence.SECONDARY,
    note="The county's own report, c. 2010, known only from a truncated copy; it ends with "
    "'2007—2009年为0-6周岁已领取独生子女光荣证…' (a benefit for certified only children aged "
    "0–6 in 2007–2009) and names the one-card of rewards and preferences (一卡通).",
)
"""The Dingnan seed report (truncated copy)."""

DEXING_INSURANCE_EXAMPLE: Final = Citation(
    title="计生保险保费（定南县标准未检索到）",
    title_en="Family-planning insurance premium (Dingnan's figure not retrieved)",
    confidence=Confidence.ILLUSTRATIVE,
    note="Stand-in after the nearest Jiangxi scheme found: Dexing City's family-planning "
    "'love insurance', 30 yuan per child per year paid by the government for certified rural "
    "only children aged 0–6 [secondary]. Dingnan's own premium is unknown.",
)
"""Stand-in premium of Dingnan's family-planning insurance (after the Dexing scheme)."""

DINGNAN_INCENTIVE_OPINION: Final = Citation(
    title="定南县人民政府关于建立和完善计划生育利益导向机制的意见",
    title_en="Dingnan County Government opinions on the family-planning incentive mechanism",
    issuer="定南县人民政府",
    confidence=Confidence.ILLUSTRATIVE,
    note="Named by the county's report, which says the education, health, land, business "
    "registration, poverty-alleviation and fruit-industry departments issued implementing "
    "documents for the one-card; none of their contents was retrieved, so the entries citing "
    "this are stand-ins.",
)
"""The Dingnan opinions behind the one-card (contents unknown, so illustrative)."""

NANCHANG_PLAN_2016: Final = Citation(
    title="南昌市计划生育奖励扶助相关规划",
    title_en="Nanchang family-planning plan to 2020 (news report)",
    confidence=Confidence.SECONDARY,
    note="News report (c. 2015–2016): exam bonus points (中考加分) for rural only children and "
    "children of rural two-daughter families; priority in poverty-relief villages.",
)
"""A Nanchang plan reported in the news (exam bonus points for rural one-child families)."""

CHILDCARE_SUBSIDY_MONTH_RULE: Final = Citation(
    title="育儿补贴应补贴月数的计算（按官方示例推定）",
    title_en="Months due under the childcare subsidy (derived from the official example)",
    confidence=Confidence.SECONDARY,
    note="Derived rule fitting both official data points (a child born in December 2023 gets "
    "24 months = 7,200 yuan; children born from 2022-01-01 qualify): 36 subsidised months, from "
    "the month after birth through the month of the third birthday; only months from January "
    "2025 are paid. Whether the birth month or the birthday month is the one left out is not "
    "stated (it changes no child's total, only the year a month falls in).",
)
"""The month-count rule of the childcare subsidy (derived from the official example)."""

# -- law update: incentives (special assistance after 2014, one-child era, childcare notes) ------

POPULATION_LAW_2001_CERTIFICATE: Final = Citation(
    title="中华人民共和国人口与计划生育法",
    title_en="Population and Family Planning Law of the People's Republic of China",
    article="第二十七条",
    issuer="全国人民代表大会常务委员会",
    issued_on=date(2001, 12, 29),
    effective_on=date(2002, 9, 1),
    confidence=Confidence.OFFICIAL,
    note="Art. 27: a couple who voluntarily have only one child for life receive the one-child "
    "parents' certificate (独生子女父母光荣证) and rewards under national and provincial rules.",
)
"""The 2001 law's article on the one-child parents' certificate and its rewards."""

POPULATION_LAW_2015_ONE_CHILD_ERA: Final = Citation(
    title="中华人民共和国人口与计划生育法（2015年修正）",
    title_en="Population and Family Planning Law, as amended on 2015-12-27",
    article="第二十七条",
    issuer="全国人民代表大会常务委员会",
    issued_on=date(2015, 12, 27),
    effective_on=date(2016, 1, 1),
    confidence=Confidence.OFFICIAL,
    note="Art. 27 para 1: the certificate is issued to couples who chose one child 'during the "
    "period in which the state advocated one child per couple' (在国家提倡一对夫妻生育一个子女"
    "期间), which ended when the amendment took effect on 2016-01-01; para 5: those entitled to "
    "the elderly reward-and-assistance during that period keep it.",
)
"""The 2015 amendment, certificates and elderly reward-and-assistance kept to the one-child era."""

POPULATION_LAW_2021_ONE_CHILD_ERA: Final = Citation(
    title="中华人民共和国人口与计划生育法（2021年修正）",
    title_en="Population and Family Planning Law, as amended on 2021-08-20",
    article="第三十一条",
    issuer="全国人民代表大会常务委员会",
    issued_on=date(2021, 8, 20),
    effective_on=date(2021, 8, 20),
    confidence=Confidence.OFFICIAL,
    note="Art. 31 para 1 keeps the certificate for couples of the one-child era; para 4: those "
    "entitled to the elderly reward-and-assistance during that era continue to receive it.",
)
"""The 2021 amendment's article on the one-child era (certificate and elderly reward)."""

SPECIAL_ASSISTANCE_NOTICE_2013: Final = Citation(
    title="关于进一步做好计划生育特殊困难家庭扶助工作的通知",
    title_en=(
        "Notice on further improving assistance to family-planning families in special "
        "difficulty (National Health and Family Planning Commission and four other departments)"
    ),
    issuer="国家卫生计生委、民政部、财政部、人力资源社会保障部、住房城乡建设部",
    issued_on=date(2013, 12, 26),
    effective_on=date(2014, 1, 1),
    confidence=Confidence.SECONDARY,
    note="Issued 2013-12-26 (China Daily and Xinhua reports of that day and 2013-12-28): from "
    "2014-01-01 per parent per month, child died — urban 340, rural 170; child disabled — urban "
    "270, rural 150; the woman aged 49 or over; couples who have not borne or adopted another "
    "child. Its document number was not retrieved.",
)
"""The five-department notice of December 2013 (special-assistance rates from 2014-01-01)."""

SPECIAL_ASSISTANCE_RAISE_2022: Final = Citation(
    title="财政部 国家卫生健康委关于提高计划生育家庭特别扶助制度扶助标准的通知",
    title_en=(
        "Ministry of Finance and National Health Commission notice raising the standards of "
        "the special-assistance system for family-planning families"
    ),
    issuer="财政部、国家卫生健康委",
    issued_on=date(2022, 5, 10),
    effective_on=date(2022, 7, 1),
    confidence=Confidence.OFFICIAL,
    note="From 2022-07-01 per person per month: child died 450 → 590; child disabled 350 → 460, "
    "one rate for urban and rural families; persons with complications of family-planning "
    "surgery grade 1/2/3: 400/300/200 → 520/390/260 (Ministry of Finance record dated "
    "2022-05-10; Xinhua and China News Service, 2022-05-11). Its number is in the 财社 series; "
    "the digits were not retrieved, and the title is as the reports give it.",
)
"""The 2022 raise of the special-assistance standards (590 / 460; complications 520/390/260)."""

SPECIAL_ASSISTANCE_ATTESTED_2022: Final = Citation(
    title="财政部 国家卫生健康委关于提高计划生育家庭特别扶助制度扶助标准的通知",
    title_en=(
        "Ministry of Finance and National Health Commission notice raising the standards of "
        "the special-assistance system (the standards it raised)"
    ),
    issuer="财政部、国家卫生健康委",
    issued_on=date(2022, 5, 10),
    confidence=Confidence.OFFICIAL,
    note="The notice of 2022-05-10 states the standards in force when it was issued: child died "
    "450, child disabled 350 (one rate for urban and rural), complications of family-planning "
    "surgery 400/300/200 yuan per person per month. When those standards took effect was not "
    "retrieved, so the book enters them from the notice's date, the earliest day a source "
    "attests them; before it the book holds the last earlier standard it can cite.",
)
"""The standards the 2022 notice raised, as attested on its date (their start not retrieved)."""

SPECIAL_ASSISTANCE_UNIFICATION: Final = Citation(
    title="关于进一步完善计划生育投入机制的意见",
    title_en=(
        "Opinions on further improving the funding mechanism of family planning (Ministry of "
        "Finance and National Health and Family Planning Commission)"
    ),
    issuer="财政部、国家卫生计生委",
    confidence=Confidence.ILLUSTRATIVE,
    note="A news report [secondary] says these opinions raised the rural special-assistance "
    "standards to the urban level (child died 340, disabled 270 yuan per person per month); "
    "the report shows no year (c. 2016) and neither the opinions' number nor their date of "
    "effect was retrieved. 2016-01-01 is a stand-in start, hence illustrative.",
)
"""The unification of rural with urban special-assistance standards (c. 2016; date a stand-in)."""

SPECIAL_ASSISTANCE_NATIONAL_2008: Final = Citation(
    title="计划生育家庭特别扶助制度",
    title_en="Special-assistance system for family-planning families (national from 2008)",
    confidence=Confidence.SECONDARY,
    note="Piloted in 2007 in ten provinces and applied nationwide from 2008 (Xinhua, "
    "2013-12-26 and 2022-05-11); standards of 100 (child died) and 80 (child disabled) yuan "
    "per person per month. The national record starts on 2008-01-01; a pilot province adds "
    "its 2007 record at its own level.",
)
"""The national start of special assistance (2008; 2007 pilot in ten provinces)."""

JIANGXI_REGULATION_2009_URBAN_REWARD: Final = Citation(
    title="江西省人口与计划生育条例（2009年修正）",
    title_en="Jiangxi Population and Family Planning Regulation, 2009 revision (urban extension)",
    document_number="公告第24号",
    issuer="江西省人民代表大会常务委员会",
    issued_on=date(2009, 3, 27),
    effective_on=date(2009, 5, 1),
    confidence=Confidence.SECONDARY,
    note="News summaries of the 2009 revision report that it extended the elderly reward to "
    "urban one-child parents; the reward chapter of the 2009 text itself was not retrieved. The "
    "2016 text (Art. 45) confirms the urban reward in force by then.",
)
"""The 2009 extension of the elderly reward to urban one-child parents (news summaries)."""

JIANGXI_SPECIAL_ASSISTANCE_LIST: Final = Citation(
    title="江西省某县惠民补贴清单（计划生育家庭特别扶助）",
    title_en="A Jiangxi county's people-benefit subsidy list (special-assistance items)",
    confidence=Confidence.ILLUSTRATIVE,
    note="A third-party copy of an undated Jiangxi county list [secondary] gives the provincial "
    "special-assistance standards: 700 yuan per person per month for a disabled only child; "
    "950 for a child-died family while the woman is aged 49–59, with two further bands from 60 "
    "whose amounts are cut off in the copy (not given here, so the national standard applies "
    "to them as a floor). Start dates were not retrieved; 2017-01-01 (the date of the rule the "
    "same list cites) is a stand-in, hence illustrative.",
)
"""Jiangxi's provincial special-assistance standards (700 / 950; start a stand-in, 60+ unknown)."""

JIANGXI_REGULATION_2016_REWARDS: Final = Citation(
    title="江西省人口与计划生育条例（2016年修正）",
    title_en="Jiangxi Population and Family Planning Regulation, 2016 amendment",
    article="第四十五条",
    issuer="江西省人民代表大会常务委员会",
    issued_on=date(2016, 1, 20),
    confidence=Confidence.OFFICIAL,
    note="Consolidated text as amended 2016-01-20 (12th Standing Committee, 22nd session), read "
    "in a copy of the national law database: the one-child parents' reward is paid monthly from "
    "the certificate's date until the only child is 14 (至独生子女十四周岁止); the amount is not "
    "in the text; certificates only for the one-child era.",
)
"""Jiangxi's 2016 text (Art. 45), the one-child parents' reward until the child is 14."""

CHILDCARE_SUBSIDY_TAX_2025: Final = Citation(
    title="财政部 税务总局关于育儿补贴有关个人所得税政策的公告",
    title_en=(
        "Ministry of Finance and State Taxation Administration announcement on individual "
        "income tax and the childcare subsidy"
    ),
    document_number="财政部 税务总局公告2025年第6号",
    issuer="财政部、税务总局",
    issued_on=date(2025, 8, 18),
    effective_on=date(2025, 1, 1),
    url="http://ningxia.chinatax.gov.cn/art/2025/9/2/art_13837_4828.html",
    confidence=Confidence.OFFICIAL,
    note="Childcare subsidies paid under the national scheme are exempt from individual income "
    "tax, from 2025-01-01 (announcement dated 2025-08-18, made public 2025-08-20).",
)
"""The 2025 income-tax exemption of the childcare subsidy (retroactive to 2025-01-01)."""

CHILDCARE_SUBSIDY_INCOME_DISREGARD: Final = Citation(
    title="育儿补贴制度实施方案",
    title_en="Implementation plan of the childcare subsidy system",
    issuer="中共中央办公厅、国务院办公厅",
    issued_on=date(2025, 7, 28),
    effective_on=date(2025, 1, 1),
    confidence=Confidence.SECONDARY,
    note="The plan provides that the subsidy is not counted as family or individual income when "
    "deciding who receives subsistence allowances (最低生活保障) or support for persons in "
    "extreme poverty (特困人员); read in consistent news summaries of the plan.",
)
"""The plan's rule that the subsidy is not income for 低保 / 特困 (news summaries)."""

# -- law update: indicators --

STATISTICAL_YEARBOOK_POPULATION_NOTES: Final = Citation(
    title="统计年鉴“主要统计指标解释”（人口：出生率、死亡率、人口自然增长率、年平均人数）",
    title_en=(
        "Statistical yearbooks, explanatory notes on the main indicators (population: birth, "
        "death and natural growth rates; mean population)"
    ),
    issuer="地方统计局（统计年鉴编委会）",
    confidence=Confidence.OFFICIAL,
    note="The official yearbooks' explanatory notes print the NBS formulas: 出生率 = 年出生人数 ÷ "
    "年平均人数 × 1000‰ (live births: any sign of life after leaving the mother); 死亡率 = "
    "年死亡人数 ÷ 年平均人数 × 1000‰; 人口自然增长率 = (年出生人数 − 年死亡人数) ÷ 年平均人数 × "
    "1000‰ = 出生率 − 死亡率; 年平均人数 = the mean of the year-start and year-end populations "
    "(or the mid-year population). Read in the notes of 《蚌埠统计年鉴》2023 (蚌埠市统计局), "
    "《安阳统计年鉴》2025 (安阳市统计局) and 《雅安统计年鉴》2020, population chapters, through "
    "the copies of a statistical-yearbook database; the Guangxi Statistics Bureau's own "
    "page of these notes (广西统计年鉴, 主要统计指标解释) named by the November 2026 audit could "
    "not be retrieved.",
)
"""The crude rates and mean population as official statistical yearbooks define them."""

COMPLIANCE_RATE_DETERMINED_BIRTHS: Final = Citation(
    title="出生政策符合率（仅计有政策符合性结论的出生；非官方口径）",
    title_en="Policy compliance among births with a ruling only (not the official indicator)",
    confidence=Confidence.ILLUSTRATIVE,
    note="No source defines this variant. The official 出生政策符合率 divides births within "
    "policy by all births (常用人口计生统计指标解释; Hunan 2017 sheet); fpcore shows this "
    "figure only beside the official rate, when some births have no ruling, to say what the "
    "births with a ruling alone give.",
)
"""The compliance rate among births with a ruling only, a non-official variant shown beside the
official one."""

# -- law update: births ----------------------------------------------------------------------

BIRTHS_RESEARCHED_THROUGH: Final = date(2026, 11, 28)
"""The day the birth-policy, fee and leave histories below were searched again for later
amendments and repeals (law update of November 2026); such histories record it as their own
``verified_through``."""

POPULATION_LAW_2015_CHILDREN: Final = Citation(
    title="中华人民共和国人口与计划生育法（2015年修正）",
    title_en="Population and Family Planning Law, as amended on 2015-12-27",
    article="第十八条",
    issuer="全国人民代表大会常务委员会",
    document_number="主席令第四十一号",
    issued_on=date(2015, 12, 27),
    effective_on=date(2016, 1, 1),
    confidence=Confidence.OFFICIAL,
    note="Art. 18: '国家提倡一对夫妻生育两个子女' — the limit counts children (子女), not "
    "deliveries; further births on the conditions of provincial rules. In force 2016-01-01. "
    "Text: flk.npc.gov.cn consolidated text. The presidential order number is stated by a "
    "public metadata file only [secondary]. Re-searched 2026-11-28: the 2021 amendment is the "
    "last found.",
)
"""2015 amendment, Art. 18 — two children (counted as children) from 2016-01-01."""

POPULATION_LAW_2021_CHILDREN: Final = Citation(
    title="中华人民共和国人口与计划生育法（2021年修正）",
    title_en="Population and Family Planning Law, as amended on 2021-08-20",
    article="第十八条",
    issuer="全国人民代表大会常务委员会",
    issued_on=date(2021, 8, 20),
    effective_on=date(2021, 8, 20),
    confidence=Confidence.OFFICIAL,
    note="Art. 18: '一对夫妻可以生育三个子女' — the limit counts children. The amending "
    "decision was adopted 2021-08-20 (13th NPCSC, 30th session) and took effect on "
    "promulgation (reported 'effective immediately'; the decision's own clause was not read). "
    "Re-searched 2026-11-28: no later amendment of Art. 18 found.",
)
"""2021 amendment, Art. 18 — three children (counted as children) from 2021-08-20."""

FEE_ABOLITION_DECISION_2021: Final = Citation(
    title="中共中央 国务院关于优化生育政策促进人口长期均衡发展的决定",
    title_en=(
        "CPC Central Committee and State Council decision on optimising the birth policy to "
        "promote long-term balanced population development"
    ),
    issuer="中共中央、国务院",
    issued_on=date(2021, 6, 26),
    confidence=Confidence.OFFICIAL,
    note="Dated 2021-06-26, released 2021-07-20 (Xinhua). Three-child policy; 取消社会抚养费 "
    "and related restrictive measures, clearing out related penalties. fpcore takes 2021-06-26 "
    "as the day no fee could be decided or collected any more, and as the end of the fee for "
    "births from that day. The Chinese wording of the fee sentence is known from reports. "
    "Re-searched 2026-11-28 with the amendment and the repeal below: no revival of the fee.",
)
"""The 2021-06-26 decision that abolished the social maintenance fee."""

POPULATION_LAW_2021_FEE_REMOVED: Final = Citation(
    title="全国人民代表大会常务委员会关于修改《中华人民共和国人口与计划生育法》的决定",
    title_en="NPCSC decision amending the Population and Family Planning Law (2021)",
    issuer="全国人民代表大会常务委员会",
    issued_on=date(2021, 8, 20),
    effective_on=date(2021, 8, 20),
    confidence=Confidence.OFFICIAL,
    note="Adopted 2021-08-20 (13th NPCSC, 30th session), in force on promulgation: deleted the "
    "social maintenance fee article (former Art. 41) and the sanctions of former Art. 42; the "
    "2021 consolidated text has no fee provision (flk.npc.gov.cn text; Library of Congress "
    "Global Legal Monitor 2021-09-23).",
)
"""The 2021-08-20 amendment that removed the social maintenance fee from the law."""

STATE_COUNCIL_REPEAL_2021: Final = Citation(
    title="国务院关于废止部分行政法规的决定",
    title_en="State Council decision repealing certain administrative regulations (2021)",
    issuer="国务院",
    issued_on=date(2021, 9, 9),
    effective_on=date(2021, 9, 9),
    confidence=Confidence.OFFICIAL,
    note="Repeals 社会抚养费征收管理办法 (国务院令第357号), 计划生育技术服务管理条例 and "
    "流动人口计划生育工作条例, on the basis of the 2021-08-20 amendment; in force on "
    "promulgation. Date 2021-09-09 from the national database of laws (flk) record; reported "
    "publicly on 2021-09-27. The State Council order number was not retrieved.",
)
"""The September 2021 State Council decision that repealed Decree 357."""

THREE_CHILD_ANNOUNCEMENT_2021: Final = Citation(
    title="中共中央政治局会议（2021年5月31日）：实施一对夫妻可以生育三个子女政策",
    title_en="CPC Politburo meeting of 2021-05-31 announcing the three-child policy",
    issuer="中共中央政治局",
    issued_on=date(2021, 5, 31),
    confidence=Confidence.SECONDARY,
    note="Announced 2021-05-31 (reports; Library of Congress Global Legal Monitor). Until the "
    "law changed on 2021-08-20 a third child was beyond the two-child limit of the law in "
    "force; how Jiangxi treated third births of 2021-05-31 … 2021-08-19 was not retrieved "
    "(Hunan's 2021 text judges such births under the new rule; Jiangxi's 2021 text was not "
    "found), so rulings and fees flag them as transitional.",
)
"""The 2021-05-31 announcement that opened the transitional period for third births."""

MARRIAGE_LAW_1980: Final = Citation(
    title="中华人民共和国婚姻法",
    title_en="Marriage Law of the People's Republic of China (1980)",
    article="第五条",
    issuer="全国人民代表大会",
    document_number="全国人民代表大会常务委员会委员长令第九号",
    issued_on=date(1980, 9, 10),
    effective_on=date(1981, 1, 1),
    confidence=Confidence.OFFICIAL,
    note="Art. 5: '结婚年龄，男不得早于二十二周岁，女不得早于二十周岁。晚婚晚育应予鼓励。' "
    "In force 1981-01-01 (Art. 37). Text: historical text on Chinese Wikisource.",
)
"""The 1980 Marriage Law, Art. 5 — man 22, woman 20."""

MARRIAGE_LAW_2001: Final = Citation(
    title="中华人民共和国婚姻法（2001年修正）",
    title_en="Marriage Law, as amended on 2001-04-28",
    article="第六条",
    issuer="全国人民代表大会常务委员会",
    issued_on=date(2001, 4, 28),
    effective_on=date(2001, 4, 28),
    confidence=Confidence.OFFICIAL,
    note="Art. 6 keeps the ages of 1980 Art. 5 (man 22, woman 20). The amending decision took "
    "effect on promulgation.",
)
"""The 2001 amended Marriage Law, Art. 6 (same ages)."""

CIVIL_CODE_MARRIAGE_AGE: Final = Citation(
    title="中华人民共和国民法典",
    title_en="Civil Code of the People's Republic of China",
    article="第一千零四十七条",
    issuer="全国人民代表大会",
    issued_on=date(2020, 5, 28),
    effective_on=date(2021, 1, 1),
    confidence=Confidence.OFFICIAL,
    note="Art. 1047: '结婚年龄，男不得早于二十二周岁，女不得早于二十周岁。' In force "
    "2021-01-01, when the Marriage Law was repealed (flk.npc.gov.cn extract). Re-searched "
    "2026-11-28 with the 1980 and 2001 texts: no change of the ages found.",
)
"""The Civil Code, Art. 1047 (same ages, from 2021-01-01)."""

WOMEN_WORKERS_RULES_1988_ORDER_9: Final = Citation(
    title="女职工劳动保护规定",
    title_en="Rules on the labour protection of women workers (1988)",
    document_number="国务院令第9号",
    article="第八条",
    issuer="国务院",
    issued_on=date(1988, 7, 21),
    effective_on=date(1988, 9, 1),
    confidence=Confidence.OFFICIAL,
    note="Adopted 1988-06-28, promulgated 1988-07-21, in force 1988-09-01; repealed by "
    "国务院令第619号 from 2012-04-28. Art. 8: 90 days of maternity leave (15 before the birth); "
    "'难产的，增加产假十五天'; '多胞胎生育的，每多生育一个婴儿，增加产假十五天'. Instrument, "
    "number and dates from the order text and a legal-database record; the wording of Art. 8 "
    "from a quotation [secondary]. Re-searched 2026-11-28 with the 2012 rules: no later change "
    "of the national maternity-leave base found.",
)
"""The 1988 women workers' rules (Order No. 9, in force 1988-09-01), Art. 8."""

JIANGXI_REGULATION_2009_ADOPTION: Final = Citation(
    title="江西省人口与计划生育条例（2009年修正）",
    title_en="Jiangxi Population and Family Planning Regulation, 2009 revision",
    document_number="公告第24号",
    article="第八条第二款",
    issuer="江西省人民代表大会常务委员会",
    issued_on=date(2009, 3, 27),
    effective_on=date(2009, 5, 1),
    confidence=Confidence.SECONDARY,
    note="Art. 8 para 2 (copy of the text on a China.org.cn mirror): a couple with no child "
    "five years after marriage who adopt and then conceive also get the first-birth 生育服务证. "
    "fpcore reads it as: an adopted child counts as a child of the couple for the birth limits, "
    "except that for such a couple the first own birth after the adoption is a first birth. "
    "The reading is an inference from the clause [unverified].",
)
"""Jiangxi 2009 text, Art. 8 para 2 — an adoption after five childless years (inference)."""

JIANGXI_REGULATION_2016_ART9: Final = Citation(
    title="江西省人口与计划生育条例（2016年修正）",
    title_en="Jiangxi Population and Family Planning Regulation, as amended on 2016-01-20",
    article="第三条、第八条、第九条",
    issuer="江西省人民代表大会常务委员会",
    issued_on=date(2016, 1, 20),
    effective_on=date(2016, 1, 20),
    confidence=Confidence.OFFICIAL,
    note="Second amendment, adopted 2016-01-20 (12th Standing Committee, 22nd session); in "
    "force on publication per news reports [secondary]. Text: flk.npc.gov.cn consolidated text. "
    "Art. 3: two children; Art. 8: first and second children registered, a further birth needs "
    "a 《生育证》; Art. 9: with the permit a couple may have one more (再生育一胎) if (1) of "
    "two children one died; (2) of two children one is appraised non-hereditarily disabled "
    "(不能成长为正常劳动力); (3) remarriage, not 复婚: one child before and one after, or two or "
    "more lawfully born before; (4) no pregnancy five years after marriage, infertility "
    "diagnosed, and an adoption then one birth, or two adoptions. Art. 53: a birth not meeting "
    "Art. 9 is out of plan. The 2018-05-31 amendment left Arts. 8, 9 and 43 unchanged (flk "
    "text of 2018). Re-searched 2026-11-28: the 2021-09-29 amendment is the last found.",
)
"""Jiangxi 2016 text (adopted 2016-01-20), Arts. 3, 8, 9 — the grounds for one more child."""

JIANGXI_REGULATION_2021_GROUNDS: Final = Citation(
    title="江西省人口与计划生育条例（2021年修正）",
    title_en="Jiangxi Population and Family Planning Regulation, 2021 amendment",
    issuer="江西省人民代表大会常务委员会",
    issued_on=date(2021, 9, 29),
    confidence=Confidence.SECONDARY,
    note="Adopted 2021-09-29 (Xinhua). Its text is not in the national database and was not "
    "retrieved: whether it keeps grounds for a fourth child, or counts adopted children, is "
    "unknown. The 2016 grounds (one more child after two) are moot once the national law allows "
    "three children (2021-08-20); fpcore closes them then and asks for a ruling on file for a "
    "further birth with grounds.",
)
"""Jiangxi 2021 amendment, birth grounds not retrieved (closes the 2016 grounds)."""
