"""Built-in assessment sheets, pay rules, veto rules and the 国优 check, as cited data.

>>> sorted(BUILT_IN_SHEETS)[:3]
['county_township_2008', 'dingnan_household_head', 'dingnan_township_cadre']
>>> sheet("village_100_point").maximum
Decimal('100')
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from fpcore.assessment._model import AssessmentSheet
from fpcore.assessment.sheets.anping_2018 import ANPING_CHECKS, ANPING_OPERATIONS
from fpcore.assessment.sheets.county_township_2008 import COUNTY_TOWNSHIP_2008_SHEET
from fpcore.assessment.sheets.dingnan import (
    DINGNAN_HOUSEHOLD_HEAD,
    DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE,
    DINGNAN_THIRTEENTH_MONTH_BONUS,
    DINGNAN_TOWNSHIP_CADRE,
    DINGNAN_VILLAGE_CADRE,
    DINGNAN_VILLAGE_CADRE_PAY,
)
from fpcore.assessment.sheets.hunan_2017 import HUNAN_2017_SHEET
from fpcore.assessment.sheets.national_advanced_unit import (
    GUOYOU_CRITERIA,
    GUOYOU_ONSITE,
    GUOYOU_ONSITE_GOODS,
    GUOYOU_YEARS,
    check_national_advanced_unit,
)
from fpcore.assessment.sheets.street_office_health_check import HEALTH_CHECK_BONUS
from fpcore.assessment.sheets.township_2013 import TOWNSHIP_2013_SHEET
from fpcore.assessment.sheets.vetoes import ACCOUNTABILITY_RULES, ZHEJIANG_UNIT_CONSEQUENCES
from fpcore.assessment.sheets.village_100_point import VILLAGE_100_POINT
from fpcore.errors import UnknownSheetError

__all__ = [
    "ACCOUNTABILITY_RULES",
    "ANPING_CHECKS",
    "ANPING_OPERATIONS",
    "BUILT_IN_SHEETS",
    "COUNTY_TOWNSHIP_2008_SHEET",
    "DINGNAN_HOUSEHOLD_HEAD",
    "DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE",
    "DINGNAN_THIRTEENTH_MONTH_BONUS",
    "DINGNAN_TOWNSHIP_CADRE",
    "DINGNAN_VILLAGE_CADRE",
    "DINGNAN_VILLAGE_CADRE_PAY",
    "GUOYOU_CRITERIA",
    "GUOYOU_ONSITE",
    "GUOYOU_ONSITE_GOODS",
    "GUOYOU_YEARS",
    "HEALTH_CHECK_BONUS",
    "HUNAN_2017_SHEET",
    "TOWNSHIP_2013_SHEET",
    "VILLAGE_100_POINT",
    "ZHEJIANG_UNIT_CONSEQUENCES",
    "check_national_advanced_unit",
    "sheet",
]

BUILT_IN_SHEETS: Final = MappingProxyType(
    {
        s.code: s
        for s in (
            VILLAGE_100_POINT,
            TOWNSHIP_2013_SHEET,
            COUNTY_TOWNSHIP_2008_SHEET,
            HUNAN_2017_SHEET,
            GUOYOU_ONSITE,
            DINGNAN_TOWNSHIP_CADRE,
            DINGNAN_VILLAGE_CADRE,
            DINGNAN_HOUSEHOLD_HEAD,
        )
    }
)
"""Every built-in sheet by code (read-only)."""


def sheet(code: str) -> AssessmentSheet:
    """The built-in sheet with this code.

    Raises:
        UnknownSheetError: If no built-in sheet has the code (the error lists the known ones).
    """
    try:
        return BUILT_IN_SHEETS[code]
    except (KeyError, TypeError):
        raise UnknownSheetError(code, tuple(sorted(BUILT_IN_SHEETS))) from None
