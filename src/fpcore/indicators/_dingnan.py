"""The Dingnan County figures of the seed report, as a table to audit.

References:
    定南县人民政府,《定南县创建国家级计划生育优质服务先进单位经验介绍》(c. 2010): total
    population 21万; 41,770 married women of childbearing age, of whom 15,908 with one child and
    23,830 with two or more; 16,774 priority service clients; crude birth rate 12.85‰ (2008) and
    11.9‰ (2009); family-planning funding 279.9万, 298.2万 and 325.2万 yuan (2008–2010), or
    13.4, 14.2 and 15.5 yuan per person.
"""

from __future__ import annotations

from typing import Final

from fpcore.indicators._audit import Figure, ReportedTable
from fpcore.jurisdictions import DINGNAN
from fpcore.params.sources import SEED_DINGNAN_REPORT

__all__ = ["DINGNAN_2008_2010"]

DINGNAN_2008_2010: Final = ReportedTable(
    title="定南县计划生育主要数据（2008—2010年，据县政府经验介绍）",
    jurisdiction=DINGNAN,
    citation=SEED_DINGNAN_REPORT,
    figures=(
        Figure(code="population", printed="21万"),
        Figure(code="married_women", printed="41770"),
        Figure(code="priority_service_clients", printed="16774"),
        Figure(code="one_child_married_women", printed="15908"),
        Figure(code="two_plus_married_women", printed="23830"),
        Figure(code="crude_birth_rate", year=2008, printed="12.85‰"),
        Figure(code="crude_birth_rate", year=2009, printed="11.9‰"),
        Figure(code="funding", year=2008, printed="279.9万"),
        Figure(code="funding", year=2009, printed="298.2万"),
        Figure(code="funding", year=2010, printed="325.2万"),
        Figure(code="per_capita_funding", year=2008, printed="13.4"),
        Figure(code="per_capita_funding", year=2009, printed="14.2"),
        Figure(code="per_capita_funding", year=2010, printed="15.5"),
    ),
)
"""The seed's Dingnan figures for 2008–2010, as printed (the sex ratio, printed only as
"below 109", and the 3,660 one-card households relate to no other figure and are left out)."""
