"""Jiangxi Province parameter table (江西省, 360000).

Values from 江西省人口与计划生育条例 (texts of 2002, 2009, 2014, 2016, 2021) and provincial
measures. A value no retrieved source gives is ``illustrative`` and says so.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal  # merged
from typing import Final

from fpcore.jurisdictions import JIANGXI
from fpcore.params._model import (
    AgeBand,
    AgeBands,
    DatedValue,
    Entry,
    ParameterHistory,
    checked_through,
)
from fpcore.params.sources import (
    AUDITED_THROUGH,
    BIRTHS_RESEARCHED_THROUGH,
    ILLUSTRATIVE_DEFAULT,
    JIANGXI_COUNTY_SUBSIDY_LIST,
    JIANGXI_FEE_MEASURES_2004,
    JIANGXI_REGULATION_2002,
    JIANGXI_REGULATION_2009,
    JIANGXI_REGULATION_2009_ADOPTION,
    JIANGXI_REGULATION_2009_LATE_MARRIAGE,
    JIANGXI_REGULATION_2009_URBAN_REWARD,
    JIANGXI_REGULATION_2014,
    JIANGXI_REGULATION_2016,
    JIANGXI_REGULATION_2016_ART9,
    JIANGXI_REGULATION_2016_REWARDS,
    JIANGXI_REGULATION_2021,
    JIANGXI_REGULATION_2021_GROUNDS,
    JIANGXI_RESIDENT_REWARD_2017,
    JIANGXI_SPECIAL_ASSISTANCE_LIST,
    ONE_CHILD_REWARD_ILLUSTRATIVE,
    POPULATION_LAW_2015_CHILDREN,
)

__all__ = ["INCENTIVES", "TABLE"]


def _from_2009_text(key: str, value: int) -> Entry:
    return Entry(
        key=key,
        jurisdiction=JIANGXI,
        history=ParameterHistory(
            values=(
                DatedValue(
                    start=date(2009, 5, 1),
                    value=value,
                    citation=JIANGXI_REGULATION_2009_LATE_MARRIAGE,
                ),
            )
        ),
    )


TABLE: Final[tuple[Entry, ...]] = checked_through(
    AUDITED_THROUGH,
    (
        # -- indicators: the 2009 text's late-marriage and late-childbearing ages ---------------
        _from_2009_text("indicators.late_marriage.min_age_male", 25),
        _from_2009_text("indicators.late_marriage.min_age_female", 23),
        _from_2009_text("indicators.late_childbearing.min_age", 24),
        Entry(
            key="births.permitted_children",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(start=date(2002, 7, 29), value=1, citation=JIANGXI_REGULATION_2002),
                    DatedValue(start=date(2009, 5, 1), value=1, citation=JIANGXI_REGULATION_2009),
                    DatedValue(
                        start=date(2016, 1, 1), value=None, citation=POPULATION_LAW_2015_CHILDREN
                    ),
                )
            ),
        ),
        Entry(
            key="births.grounds_birth_order",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(start=date(2002, 7, 29), value=2, citation=JIANGXI_REGULATION_2002),
                    DatedValue(start=date(2009, 5, 1), value=2, citation=JIANGXI_REGULATION_2009),
                    DatedValue(
                        start=date(2016, 1, 1), value=None, citation=POPULATION_LAW_2015_CHILDREN
                    ),
                )
            ),
        ),
        Entry(
            key="births.second_birth.permit_required",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(
                        start=date(2002, 7, 29), value=True, citation=JIANGXI_REGULATION_2002
                    ),
                    DatedValue(
                        start=date(2009, 5, 1), value=True, citation=JIANGXI_REGULATION_2009
                    ),
                    DatedValue(
                        start=date(2016, 1, 1), value=None, citation=POPULATION_LAW_2015_CHILDREN
                    ),
                    DatedValue(
                        start=date(2016, 1, 20), value=True, citation=JIANGXI_REGULATION_2016_ART9
                    ),
                    DatedValue(
                        start=date(2021, 8, 20),
                        value=None,
                        citation=JIANGXI_REGULATION_2021_GROUNDS,
                    ),
                ),
                verified_through=BIRTHS_RESEARCHED_THROUGH,
            ),
        ),
        Entry(
            key="births.third_birth.grounds",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(
                        start=date(2016, 1, 20), value=True, citation=JIANGXI_REGULATION_2016_ART9
                    ),
                    DatedValue(
                        start=date(2021, 8, 20),
                        value=None,
                        citation=JIANGXI_REGULATION_2021_GROUNDS,
                    ),
                ),
                verified_through=BIRTHS_RESEARCHED_THROUGH,
            ),
        ),
        *(
            Entry(
                key=key,
                jurisdiction=JIANGXI,
                history=ParameterHistory(
                    values=(
                        DatedValue(
                            start=date(2009, 5, 1),
                            value=value,
                            citation=JIANGXI_REGULATION_2009_ADOPTION,
                        ),
                        DatedValue(
                            start=date(2016, 1, 20),
                            value=value,
                            citation=JIANGXI_REGULATION_2016_ART9,
                        ),
                        DatedValue(
                            start=date(2021, 9, 29),
                            value=None,
                            citation=JIANGXI_REGULATION_2021_GROUNDS,
                        ),
                    ),
                    verified_through=BIRTHS_RESEARCHED_THROUGH,
                ),
            )
            for key, value in (
                ("births.adopted_children_count", True),
                ("births.infertility_adoption.min_years_married", 5),
            )
        ),
        Entry(
            key="births.second_birth.one_only_child_ground",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(
                        start=date(2002, 7, 29), value=False, citation=JIANGXI_REGULATION_2002
                    ),
                    DatedValue(
                        start=date(2014, 1, 18), value=True, citation=JIANGXI_REGULATION_2014
                    ),
                    DatedValue(
                        start=date(2016, 1, 1), value=None, citation=POPULATION_LAW_2015_CHILDREN
                    ),
                )
            ),
        ),
        Entry(
            key="births.spacing.required",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(
                        start=date(2002, 7, 29), value=True, citation=JIANGXI_REGULATION_2002
                    ),
                    DatedValue(
                        start=date(2009, 5, 1), value=False, citation=JIANGXI_REGULATION_2009
                    ),
                    DatedValue(
                        start=date(2016, 1, 1), value=None, citation=POPULATION_LAW_2015_CHILDREN
                    ),
                )
            ),
        ),
        Entry(
            key="births.spacing.min_mother_age",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(start=date(2002, 7, 29), value=25, citation=JIANGXI_REGULATION_2002),
                )
            ),
        ),
        Entry(
            key="births.spacing.min_interval_years",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(start=date(2002, 7, 29), value=4, citation=JIANGXI_REGULATION_2002),
                )
            ),
        ),
        Entry(
            key="births.spacing.reduced_interval_over_age",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(start=date(2002, 7, 29), value=28, citation=JIANGXI_REGULATION_2002),
                )
            ),
        ),
        Entry(
            key="births.spacing.reduced_interval_years",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(start=date(2002, 7, 29), value=2, citation=JIANGXI_REGULATION_2002),
                )
            ),
        ),
        Entry(
            key="social_maintenance_fee.multiple.married_couple",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(
                        start=date(2004, 2, 1),
                        value=Decimal("3.5"),
                        citation=JIANGXI_FEE_MEASURES_2004,
                    ),
                )
            ),
        ),
        Entry(
            key="social_maintenance_fee.share.underage_unmarried_first",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(
                        start=date(2004, 2, 1),
                        value=Decimal("0.5"),
                        citation=JIANGXI_FEE_MEASURES_2004,
                    ),
                )
            ),
        ),
        Entry(
            key="social_maintenance_fee.multiple.extramarital_first",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(
                        start=date(2004, 2, 1),
                        value=Decimal("7"),
                        citation=JIANGXI_FEE_MEASURES_2004,
                    ),
                )
            ),
        ),
        Entry(
            key="social_maintenance_fee.multiple.extramarital_second",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(
                        start=date(2004, 2, 1),
                        value=Decimal("14"),
                        citation=JIANGXI_FEE_MEASURES_2004,
                    ),
                )
            ),
        ),
        Entry(
            key="leave.marriage.extra_days",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(start=date(2021, 9, 29), value=15, citation=JIANGXI_REGULATION_2021),
                )
            ),
        ),
        Entry(
            key="leave.late_marriage.min_age_male",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(start=date(2009, 5, 1), value=25, citation=JIANGXI_REGULATION_2009),
                )
            ),
        ),
        Entry(
            key="leave.late_marriage.min_age_female",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(start=date(2009, 5, 1), value=23, citation=JIANGXI_REGULATION_2009),
                )
            ),
        ),
        Entry(
            key="leave.late_marriage.extra_days",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(start=date(2009, 5, 1), value=15, citation=JIANGXI_REGULATION_2009),
                    DatedValue(start=date(2016, 1, 20), value=0, citation=JIANGXI_REGULATION_2016),
                )
            ),
        ),
        Entry(
            key="leave.late_childbearing.min_age",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(start=date(2009, 5, 1), value=24, citation=JIANGXI_REGULATION_2009),
                )
            ),
        ),
        Entry(
            key="leave.late_childbearing.extra_maternity_days",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(start=date(2009, 5, 1), value=30, citation=JIANGXI_REGULATION_2009),
                    DatedValue(start=date(2016, 1, 20), value=0, citation=JIANGXI_REGULATION_2016),
                )
            ),
        ),
        Entry(
            key="leave.late_childbearing.paternity_days",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(start=date(2009, 5, 1), value=10, citation=JIANGXI_REGULATION_2009),
                    DatedValue(start=date(2016, 1, 20), value=0, citation=JIANGXI_REGULATION_2016),
                )
            ),
        ),
        Entry(
            key="leave.maternity.policy_extra_days",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(start=date(2016, 1, 20), value=60, citation=JIANGXI_REGULATION_2016),
                    DatedValue(start=date(2021, 9, 29), value=90, citation=JIANGXI_REGULATION_2021),
                )
            ),
        ),
        Entry(
            key="leave.paternity.days",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(start=date(2016, 1, 20), value=15, citation=JIANGXI_REGULATION_2016),
                    DatedValue(start=date(2021, 9, 29), value=30, citation=JIANGXI_REGULATION_2021),
                )
            ),
        ),
        Entry(
            key="leave.parental.days_per_year",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(start=date(2021, 9, 29), value=10, citation=JIANGXI_REGULATION_2021),
                )
            ),
        ),
        Entry(
            key="leave.parental.until_age",
            jurisdiction=JIANGXI,
            history=ParameterHistory(
                values=(
                    DatedValue(start=date(2021, 9, 29), value=3, citation=JIANGXI_REGULATION_2021),
                )
            ),
        ),
    ),
)
"""Jiangxi entries of the built-in book."""


_STAND_IN_2017: Final = date(2017, 1, 1)
_TEXT_2016: Final = date(2016, 1, 20)
"""The 2016 amendment, adopted and (by the reports) in force on 2016-01-20."""


def _entry(key: str, *values: DatedValue) -> Entry:
    return Entry(key=key, jurisdiction=JIANGXI, history=ParameterHistory(values=values))


INCENTIVES: Final[tuple[Entry, ...]] = checked_through(
    AUDITED_THROUGH,
    (
        _entry(
            "reward_assistance.amount",
            DatedValue(
                start=_STAND_IN_2017, value=Decimal("1200.00"), citation=JIANGXI_COUNTY_SUBSIDY_LIST
            ),
        ),
        _entry(
            "reward_assistance.urban.in_force",
            DatedValue(
                start=date(2009, 5, 1), value=True, citation=JIANGXI_REGULATION_2009_URBAN_REWARD
            ),
            DatedValue(start=_TEXT_2016, value=True, citation=JIANGXI_REGULATION_2016_REWARDS),
        ),
        _entry(
            "reward_assistance.urban.amount",
            DatedValue(
                start=date(2009, 5, 1), value=Decimal("720.00"), citation=ILLUSTRATIVE_DEFAULT
            ),
            DatedValue(
                start=date(2012, 1, 1), value=Decimal("960.00"), citation=ILLUSTRATIVE_DEFAULT
            ),
            DatedValue(
                start=_STAND_IN_2017,
                value=Decimal("1200.00"),
                citation=JIANGXI_RESIDENT_REWARD_2017,
            ),
        ),
        _entry(
            "reward_assistance.urban.min_age_male",
            DatedValue(start=date(2009, 5, 1), value=60, citation=ILLUSTRATIVE_DEFAULT),
            DatedValue(start=_TEXT_2016, value=60, citation=JIANGXI_REGULATION_2016_REWARDS),
        ),
        _entry(
            "reward_assistance.urban.min_age_female",
            DatedValue(start=date(2009, 5, 1), value=60, citation=ILLUSTRATIVE_DEFAULT),
            DatedValue(start=_TEXT_2016, value=55, citation=JIANGXI_REGULATION_2016_REWARDS),
        ),
        _entry(
            "one_child_parent_reward.amount",
            DatedValue(
                start=date(2002, 7, 29),
                value=Decimal("10.00"),
                citation=ONE_CHILD_REWARD_ILLUSTRATIVE,
            ),
        ),
        _entry(
            "special_assistance.amount_by_age.death",
            DatedValue(
                start=_STAND_IN_2017,
                value=AgeBands((AgeBand(49, Decimal("950.00")), AgeBand(60, None))),
                citation=JIANGXI_SPECIAL_ASSISTANCE_LIST,
            ),
        ),
        _entry(
            "special_assistance.amount.disability.urban",
            DatedValue(
                start=_STAND_IN_2017,
                value=Decimal("700.00"),
                citation=JIANGXI_SPECIAL_ASSISTANCE_LIST,
            ),
        ),
        _entry(
            "special_assistance.amount.disability.rural",
            DatedValue(
                start=_STAND_IN_2017,
                value=Decimal("700.00"),
                citation=JIANGXI_SPECIAL_ASSISTANCE_LIST,
            ),
        ),
        _entry(
            "one_child_parent_reward.until_age",
            DatedValue(start=date(2002, 7, 29), value=14, citation=ONE_CHILD_REWARD_ILLUSTRATIVE),
            DatedValue(start=_TEXT_2016, value=14, citation=JIANGXI_REGULATION_2016_REWARDS),
        ),
    ),
)
"""Jiangxi entries of the incentive programmes (:mod:`fpcore.incentives`).

The urban extension of 2009 is known from news summaries of the 2009 revision (secondary); the
2016 text (Art. 45) confirms it — the urban one-child parents' reward from the man's 60th and
the woman's 55th birthday — without an amount. Its 2009–2016 amount and ages are stand-ins (the
national rural floor and age 60), and every amount's start is a stand-in: illustrative. The
special-assistance standards (700 disabled; 950 child died while the woman is 49–59, the older
bands not given) come from an undated county list, from a stand-in start: illustrative.
"""
