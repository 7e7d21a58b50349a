"""The sources of the built-in assessment sheets, pay rules and veto rules.

Most local sheets survive only as copies on document-sharing sites, without the issuing
county's name or the document's own title; they are cited by a description of the source
(``SECONDARY``) and carry no URL, since the mirrors are research trails, not citations. Values
that no source gives use :data:`ILLUSTRATIVE_ASSESSMENT` or a Dingnan illustrative citation.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from fpcore.params import Citation, Confidence

__all__ = [
    "ANPING_2018",
    "COMMUNITY_SHEET",
    "COUNTY_TOWNSHIP_2008",
    "DINGNAN_ACCOUNTABILITY",
    "DINGNAN_PAY_LINKAGE",
    "GUOYOU_OBJECTIVE",
    "GUOYOU_ONSITE_4TH",
    "HUALONG_PROPAGANDISTS",
    "HUNAN_2017",
    "ILLUSTRATIVE_ASSESSMENT",
    "JIANGXI_VETO_2009",
    "SIX_GOODS",
    "STREET_OFFICE_HEALTH_CHECK",
    "TOWNSHIP_2013",
    "VILLAGE_100_POINT_SHEET",
    "VILLAGE_PERFORMANCE_PAY_2015",
    "ZHEJIANG_VETO_2007",
]

HUNAN_2017: Final = Citation(
    title="湖南省2017年度县市人口计生考核评分（县政府网站所载）",
    title_en="Hunan 2017 county/city family-planning scoring rules (as published on a county "
    "government site)",
    url="http://www.hyx.gov.cn/hyxwsjkj/xxgk/ywgz/20200214/i1114362.html",
    confidence=Confidence.OFFICIAL,
    note="Key indicators 32 points; compliance target 3 points (−0.3 per 0.1 point short); "
    "sex-ratio target 3 points (−0.1 if equal to last year, −0.1 per further 0.1); out-of-policy "
    "higher-order birth rate 7 points and sex ratio 3 points scored on level against the "
    "provincial mean and progress on last year, weights 7:3 / 3:7; sex ratio ≤ 107 full marks.",
)
"""Hunan's 2017 county scoring (level-and-progress items)."""

COUNTY_TOWNSHIP_2008: Final = Citation(
    title="县对乡镇人口和计划生育工作考核细则（2008年，县名不详）",
    title_en="A county's 2008 family-planning assessment of its townships (county not named)",
    confidence=Confidence.SECONDARY,
    note="Copy on a document-sharing site. Government line: birth rate 10, inputs 30, "
    "compliance 10, migrants 10, birth-defect prevention 10, warnings 10, association 10; "
    "FP-office line 100 points over 12 items; both lines carry a one-vote veto.",
)
"""The 2008 county → township sheet (two lines of items, points only)."""

VILLAGE_100_POINT_SHEET: Final = Citation(
    title="村委会人口和计划生育工作百分制考核细则（地方文本，地名不详）",
    title_en="A village committee's 100-point family-planning assessment sheet (place not named)",
    confidence=Confidence.SECONDARY,
    note="Copy on a document-sharing site. Guarantees 10 (−2 per missing item); population "
    "control 24 (lawful-birth rate 92 % for 12, −1 per point; higher-order births ≤ 3 % for "
    "12); work quality 66 incl. birth-statistics error ≤ 5 % (6, −1 per 0.1 point over), sex "
    "ratio ≤ 110 (10, −0.5 per point over), social maintenance fee collected in full (15); "
    "vetoes: statistics error > 7 %, concealment of illegal births, serious 七不准 incidents.",
)
"""The village committee 100-point sheet."""

TOWNSHIP_2013: Final = Citation(
    title="乡镇人口和计划生育工作考核细则（2013年，地方文本）",
    title_en="A township's 2013 family-planning assessment sheet (local text)",
    confidence=Confidence.SECONDARY,
    note="Copy on a document-sharing site. Policy-compliance rate below 82 % scores zero and "
    "is vetoed; −0.5 per missing leading body, plan or meeting; −2 if work is not linked to pay.",
)
"""The 2013 township sheet (compliance floor 82 %, organisation deductions)."""

COMMUNITY_SHEET: Final = Citation(
    title="社区人口和计划生育工作考核细则（地方文本）",
    title_en="A community's family-planning assessment sheet (local text)",
    confidence=Confidence.SECONDARY,
    note="Compliance ≥ 95 % to enter commendations; social maintenance fee 65 % for full marks "
    "(−1 per 1 %); −3 per mis-reported assistance case; −5 per unqualified certificate (the "
    "item may go negative).",
)
"""A community sheet (items that may go below zero)."""

STREET_OFFICE_HEALTH_CHECK: Final = Citation(
    title="街道办事处育龄妇女健康检查奖励办法（地方文本）",
    title_en="A street office's bonus for women's health-check attendance (local text)",
    confidence=Confidence.SECONDARY,
    note="Attendance ≥ 99 % within the month: 1,100 yuan per resident cadre (≥ 200 women) or "
    "1,000 (< 200); 97–99 % → 90 %; 95–97 % → 80 %; < 95 % → 70 %.",
)
"""The street-office health-check bonus."""

ANPING_2018: Final = Citation(
    title="安平镇计划生育“三查”“四术”奖惩（2018年，地方文本）",
    title_en="Anping Town 2018 rewards and penalties for health checks and the four operations",
    confidence=Confidence.SECONDARY,
    note="Quarterly 三查 ≥ 93 % and top 6 villages +100 yuan/person, < 90 % and bottom 6 −100; "
    "四术 ≥ 85 % +1,000 yuan/quarter to the village group, 70–79 % −1,000, 60–69 % −2,000, "
    "50–59 % −3,000, < 50 % −5,000. The text gives no band for 80–84 %.",
)
"""Anping Town's group rewards and penalties by completion band."""

HUALONG_PROPAGANDISTS: Final = Citation(
    title="化隆县村级计划生育宣传员报酬与考核（县政府网站所载）",
    title_en="Hualong County: pay and assessment of village family-planning propagandists",
    url="https://www.hualongxian.gov.cn/html/987/186373.html",
    confidence=Confidence.OFFICIAL,
    note="1,200 yuan/year; 30 % of the monthly pay held back as performance pay and paid "
    "quarterly after assessment.",
)
"""Hualong County's 30 % withheld share of village propagandists' pay."""

VILLAGE_PERFORMANCE_PAY_2015: Final = Citation(
    title="村干部绩效报酬考核办法（约2015年，县名不详）",
    title_en="A county's village-cadre performance-pay rules (c. 2015, county not named)",
    confidence=Confidence.SECONDARY,
    note="Grade thresholds by village size, e.g. 2,000–3,500 people: ≥ 96 excellent, 86–96 "
    "qualified; performance pay 1,400 yuan/month, FP work weighted 70 %.",
)
"""Village cadres' grade thresholds and performance pay."""

ZHEJIANG_VETO_2007: Final = Citation(
    title="浙江省人口和计划生育“一票否决制”实施办法",
    title_en="Zhejiang implementing measures for the one-vote veto in population and family "
    "planning",
    document_number="浙委办〔2007〕27号",
    confidence=Confidence.OFFICIAL,
    note="Unit: no comprehensive honours this year and next; principal and responsible leaders "
    "not graded 优秀 or 称职 that year, no honours for a year, no promotion; vetoed twice in one "
    "term → demotion or removal; retroactive after promotion or transfer.",
)
"""Zhejiang's 2007 one-vote veto rules and consequences."""

JIANGXI_VETO_2009: Final = Citation(
    title="江西对遂川县委县政府实行人口计生“一票否决”（中国新闻网报道）",
    title_en="Jiangxi vetoes Suichuan County's party committee and government (China News report)",
    issued_on=date(2009, 4, 9),
    confidence=Confidence.SECONDARY,
    note="Jiangxi rule stated in the report: a unit vetoed two years in a row has its principal "
    "party and government leaders removed from post (免职).",
)
"""Jiangxi's rule that a unit vetoed two years running loses its principal leaders."""

GUOYOU_OBJECTIVE: Final = Citation(
    title="国家级计划生育优质服务先进单位客观指标（批次不详）",
    title_en="National advanced unit for quality family-planning services: objective "
    "indicators (batch unknown)",
    confidence=Confidence.SECONDARY,
    note="Compliance ≥ 95 % in each of the last three years; satisfaction ≥ 85 %; starred "
    "indicators incl. rewards delivered ≥ 90 %, three-year mean sex ratio < 110, contraceptive "
    "prevalence ≥ 85 %, follow-up ≥ 95 %, complication rate < 1 ‰.",
)
"""The 国优 objective indicator table."""

GUOYOU_ONSITE_4TH: Final = Citation(
    title="第四批国家级计划生育优质服务先进县现场考评评分表（表一、表二）",
    title_en="On-site scoring sheet of the 4th batch of national advanced counties (tables 1–2)",
    confidence=Confidence.SECONDARY,
    note="Table 1 综合管理 125 points (5 × 25); table 2 基层组织 150 points (6 × 25), of which "
    "only the first item was retrieved; tables 3 onwards not retrieved.",
)
"""The 国优 on-site scoring sheet, tables 1–2 (partial)."""

SIX_GOODS: Final = Citation(
    title="定南县创建国家级计划生育优质服务先进单位经验介绍",
    title_en="How Dingnan County built a national advanced unit for quality family-planning "
    "services",
    issuer="定南县人民政府",
    confidence=Confidence.SECONDARY,
    note="Names the six goods (六好) targets; the assignment of each 国优 indicator to a good "
    "is fpcore's own (derived), not the source's.",
)
"""The seed report, for the six goods."""

DINGNAN_PAY_LINKAGE: Final = Citation(
    title="定南县农村基层干部计划生育工作与报酬挂钩考核奖惩办法",
    title_en="Dingnan County rules linking rural cadres' family-planning work to their pay",
    issuer="定南县",
    confidence=Confidence.ILLUSTRATIVE,
    note="The seed names the rules and what they link (township cadres' 13th-month bonus; "
    "village cadres' and central household heads' monthly pay); none of their numbers "
    "survives. fpcore's points, bands and amounts are stand-ins built from the nearest "
    "sourced sheets.",
)
"""Dingnan's pay-linkage rules (structure from the seed, numbers illustrative)."""

DINGNAN_ACCOUNTABILITY: Final = Citation(
    title="定南县人口和计划生育领导责任追究暂行办法",
    title_en="Dingnan County interim measures on leaders' accountability for population and "
    "family planning",
    issuer="定南县",
    confidence=Confidence.ILLUSTRATIVE,
    note="Named by the seed; its text was not found. fpcore applies the Zhejiang and Jiangxi "
    "rules in its place.",
)
"""Dingnan's accountability measures (named, text not found)."""

ILLUSTRATIVE_ASSESSMENT: Final = Citation(
    title="示例值（无来源）：考核分值、等次线或报酬",
    title_en="Illustrative value (no source): assessment points, grade bands or pay",
    confidence=Confidence.ILLUSTRATIVE,
    note="No retrieved source gives this number; it is a stand-in for a county to override.",
)
"""A stand-in number in a sheet or pay rule (points, grade bands, amounts)."""
