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
    "ILLUSTRATIVE_DEFAULT",
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
