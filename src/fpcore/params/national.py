"""National parameter table (全国): State Council and ministry standards.

References:
    - 国办发〔2004〕21号 (reward-and-assistance scheme, 600 yuan/person/year floor).
    - 2009 raise to 720 yuan/person/year (China.org.cn report, 2008-10-21).
    - 财教〔2011〕623号, 2011-12-14 (reward-and-assistance 960 yuan/person/year from 2012-01-01).
    - 育儿补贴制度实施方案, 2025-07-28 (3,600 yuan/child/year from 2025-01-01).
    - Statistical conventions read by :mod:`fpcore.indicators`: the normal range of the sex
      ratio at birth (103–107), the lowest higher-order birth (3rd), late marriage (man 25,
      woman 23) and late childbearing (24) ages.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Final

from fpcore.jurisdictions import NATIONAL
from fpcore.params._model import (
    Citation,
    DatedValue,
    Entry,
    ParameterHistory,
    Value,
    checked_through,
)
from fpcore.params.sources import (
    AUDITED_THROUGH,
    BIRTHS_RESEARCHED_THROUGH,
    CAIJIAO_2011_623,
    CHILDCARE_SUBSIDY_MONTH_RULE,
    CHILDCARE_SUBSIDY_PLAN_2025,
    CIVIL_CODE_MARRIAGE_AGE,
    FEE_ABOLITION_DECISION_2021,
    GUOBAN_2004_21,
    LATE_MARRIAGE_DEFINITION,
    MARRIAGE_LAW_1980,
    MARRIAGE_LAW_2001,
    MARRIAGE_LEAVE_NOTICE_1980,
    ORDER_RATE_DEFINITION,
    POPULATION_LAW_2015_CHILDREN,
    POPULATION_LAW_2015_ONE_CHILD_ERA,
    POPULATION_LAW_2021_CHILDREN,
    POPULATION_LAW_2021_FEE_REMOVED,
    REWARD_ASSISTANCE_RAISE_2009,
    SEX_RATIO_NORMAL_RANGE,
    SPECIAL_ASSISTANCE_ATTESTED_2022,
    SPECIAL_ASSISTANCE_NATIONAL_2008,
    SPECIAL_ASSISTANCE_NOTICE_2013,
    SPECIAL_ASSISTANCE_RAISE_2022,
    SPECIAL_ASSISTANCE_SCHEME,
    SPECIAL_ASSISTANCE_UNIFICATION,
    STATE_COUNCIL_DECREE_357,
    STATE_COUNCIL_REPEAL_2021,
    THREE_CHILD_ANNOUNCEMENT_2021,
    WOMEN_WORKERS_RULES_1988_ORDER_9,
    WOMEN_WORKERS_RULES_2012,
)

_STATISTICS_START: Final = date(1970, 1, 1)
"""Where the book starts a statistical convention that has no date of issue (not a source date)."""


def _convention(key: str, value: Decimal | int, citation: Citation) -> Entry:
    return Entry(
        key=key,
        jurisdiction=NATIONAL,
        history=ParameterHistory(
            values=(DatedValue(start=_STATISTICS_START, value=value, citation=citation),)
        ),
    )


__all__ = ["TABLE"]


def _one(key: str, start: date, value: Value, citation: Citation) -> Entry:
    return Entry(
        key=key,
        jurisdiction=NATIONAL,
        history=ParameterHistory(values=(DatedValue(start=start, value=value, citation=citation),)),
    )


def _special(key: str, *values: tuple[date, str, Citation]) -> Entry:
    return Entry(
        key=key,
        jurisdiction=NATIONAL,
        history=ParameterHistory(
            values=tuple(
                DatedValue(start=start, value=Decimal(value), citation=citation)
                for start, value, citation in values
            )
        ),
    )


_NATIONAL_2008: Final = date(2008, 1, 1)
_UNIFIED_2016: Final = date(2016, 1, 1)
"""Stand-in start of the rural = urban special-assistance standards (illustrative)."""
_TWO_CHILDREN_2016: Final = date(2016, 1, 1)
"""The 2015 amendment takes effect: the one-child era ends the day before."""
_ATTESTED_2022: Final = date(2022, 5, 10)
"""The date of the 2022 notice, the earliest day a source attests the standards it raised."""
_RAISE_2022: Final = date(2022, 7, 1)

_RAISE_2012: Final = date(2012, 1, 1)

_RAISE_2014: Final = date(2014, 1, 1)

INCENTIVES: Final[tuple[Entry, ...]] = checked_through(
    AUDITED_THROUGH,
    (
        _one("reward_assistance.min_age", date(2004, 1, 1), 60, GUOBAN_2004_21),
        _one("reward_assistance.born_from", date(2004, 1, 1), date(1933, 1, 1), GUOBAN_2004_21),
        _one(
            "reward_assistance.compliance_from", date(2004, 1, 1), date(1973, 1, 1), GUOBAN_2004_21
        ),
        _one(
            "reward_assistance.compliance_until",
            date(2004, 1, 1),
            date(2001, 12, 31),
            GUOBAN_2004_21,
        ),
        _one("reward_assistance.urban.in_force", date(2004, 1, 1), False, GUOBAN_2004_21),
        _special(
            "special_assistance.amount.death.urban",
            (_NATIONAL_2008, "100.00", SPECIAL_ASSISTANCE_NATIONAL_2008),
            (_RAISE_2012, "135.00", CAIJIAO_2011_623),
            (_RAISE_2014, "340.00", SPECIAL_ASSISTANCE_NOTICE_2013),
            (_ATTESTED_2022, "450.00", SPECIAL_ASSISTANCE_ATTESTED_2022),
            (_RAISE_2022, "590.00", SPECIAL_ASSISTANCE_RAISE_2022),
        ),
        _special(
            "special_assistance.amount.death.rural",
            (_NATIONAL_2008, "100.00", SPECIAL_ASSISTANCE_NATIONAL_2008),
            (_RAISE_2012, "135.00", CAIJIAO_2011_623),
            (_RAISE_2014, "170.00", SPECIAL_ASSISTANCE_NOTICE_2013),
            (_UNIFIED_2016, "340.00", SPECIAL_ASSISTANCE_UNIFICATION),
            (_ATTESTED_2022, "450.00", SPECIAL_ASSISTANCE_ATTESTED_2022),
            (_RAISE_2022, "590.00", SPECIAL_ASSISTANCE_RAISE_2022),
        ),
        _special(
            "special_assistance.amount.disability.urban",
            (_NATIONAL_2008, "80.00", SPECIAL_ASSISTANCE_NATIONAL_2008),
            (_RAISE_2012, "110.00", CAIJIAO_2011_623),
            (_RAISE_2014, "270.00", SPECIAL_ASSISTANCE_NOTICE_2013),
            (_ATTESTED_2022, "350.00", SPECIAL_ASSISTANCE_ATTESTED_2022),
            (_RAISE_2022, "460.00", SPECIAL_ASSISTANCE_RAISE_2022),
        ),
        _special(
            "special_assistance.amount.disability.rural",
            (_NATIONAL_2008, "80.00", SPECIAL_ASSISTANCE_NATIONAL_2008),
            (_RAISE_2012, "110.00", CAIJIAO_2011_623),
            (_RAISE_2014, "150.00", SPECIAL_ASSISTANCE_NOTICE_2013),
            (_UNIFIED_2016, "270.00", SPECIAL_ASSISTANCE_UNIFICATION),
            (_ATTESTED_2022, "350.00", SPECIAL_ASSISTANCE_ATTESTED_2022),
            (_RAISE_2022, "460.00", SPECIAL_ASSISTANCE_RAISE_2022),
        ),
        _special(
            "special_assistance.amount.complication.grade_1",
            (_ATTESTED_2022, "400.00", SPECIAL_ASSISTANCE_ATTESTED_2022),
            (_RAISE_2022, "520.00", SPECIAL_ASSISTANCE_RAISE_2022),
        ),
        _special(
            "special_assistance.amount.complication.grade_2",
            (_ATTESTED_2022, "300.00", SPECIAL_ASSISTANCE_ATTESTED_2022),
            (_RAISE_2022, "390.00", SPECIAL_ASSISTANCE_RAISE_2022),
        ),
        _special(
            "special_assistance.amount.complication.grade_3",
            (_ATTESTED_2022, "200.00", SPECIAL_ASSISTANCE_ATTESTED_2022),
            (_RAISE_2022, "260.00", SPECIAL_ASSISTANCE_RAISE_2022),
        ),
        _one(
            "special_assistance.born_from",
            _NATIONAL_2008,
            date(1933, 1, 1),
            SPECIAL_ASSISTANCE_SCHEME,
        ),
        _one("special_assistance.min_age", _NATIONAL_2008, 49, SPECIAL_ASSISTANCE_SCHEME),
        _one(
            "special_assistance.max_disability_grade", _NATIONAL_2008, 3, SPECIAL_ASSISTANCE_SCHEME
        ),
        _one(
            "one_child_parent_reward.certificate_issued_until",
            _TWO_CHILDREN_2016,
            date(2015, 12, 31),
            POPULATION_LAW_2015_ONE_CHILD_ERA,
        ),
        _one(
            "reward_assistance.era_births_until",
            _TWO_CHILDREN_2016,
            date(2015, 12, 31),
            POPULATION_LAW_2015_ONE_CHILD_ERA,
        ),
        _one("childcare_subsidy.until_age", date(2025, 1, 1), 3, CHILDCARE_SUBSIDY_PLAN_2025),
        _one(
            "childcare_subsidy.pays_birth_month",
            date(2025, 1, 1),
            False,
            CHILDCARE_SUBSIDY_MONTH_RULE,
        ),
    ),
)
"""National entries of the incentive programmes (:mod:`fpcore.incentives`)."""


TABLE: Final[tuple[Entry, ...]] = checked_through(
    AUDITED_THROUGH,
    (
        Entry(
            key="reward_assistance.amount",
            jurisdiction=NATIONAL,
            history=ParameterHistory(
                values=(
                    DatedValue(
                        start=date(2004, 1, 1), value=Decimal("600.00"), citation=GUOBAN_2004_21
                    ),
                    DatedValue(
                        start=date(2009, 1, 1),
                        value=Decimal("720.00"),
                        citation=REWARD_ASSISTANCE_RAISE_2009,
                    ),
                    DatedValue(
                        start=date(2012, 1, 1), value=Decimal("960.00"), citation=CAIJIAO_2011_623
                    ),
                )
            ),
        ),
        Entry(
            key="childcare_subsidy.amount",
            jurisdiction=NATIONAL,
            history=ParameterHistory(
                values=(
                    DatedValue(
                        start=date(2025, 1, 1),
                        value=Decimal("3600.00"),
                        citation=CHILDCARE_SUBSIDY_PLAN_2025,
                    ),
                )
            ),
        ),
        # -- indicators: statistical conventions ------------------------------------------------
        _convention(
            "indicators.sex_ratio_at_birth.normal_min", Decimal("103"), SEX_RATIO_NORMAL_RANGE
        ),
        _convention(
            "indicators.sex_ratio_at_birth.normal_max", Decimal("107"), SEX_RATIO_NORMAL_RANGE
        ),
        _convention("indicators.higher_order_birth.min_order", 3, ORDER_RATE_DEFINITION),
        _convention("indicators.late_marriage.min_age_male", 25, LATE_MARRIAGE_DEFINITION),
        _convention("indicators.late_marriage.min_age_female", 23, LATE_MARRIAGE_DEFINITION),
        _convention("indicators.late_childbearing.min_age", 24, LATE_MARRIAGE_DEFINITION),
        Entry(
            key="births.permitted_children",
            jurisdiction=NATIONAL,
            history=ParameterHistory(
                values=(
                    DatedValue(
                        start=date(2016, 1, 1), value=2, citation=POPULATION_LAW_2015_CHILDREN
                    ),
                    DatedValue(
                        start=date(2021, 8, 20), value=3, citation=POPULATION_LAW_2021_CHILDREN
                    ),
                ),
                verified_through=BIRTHS_RESEARCHED_THROUGH,
            ),
        ),
        Entry(
            key="births.transition.three_child_pending",
            jurisdiction=NATIONAL,
            history=ParameterHistory(
                values=(
                    DatedValue(
                        start=date(2021, 5, 31), value=True, citation=THREE_CHILD_ANNOUNCEMENT_2021
                    ),
                    DatedValue(
                        start=date(2021, 8, 20), value=False, citation=POPULATION_LAW_2021_CHILDREN
                    ),
                ),
                verified_through=BIRTHS_RESEARCHED_THROUGH,
            ),
        ),
        *(
            Entry(
                key=f"births.marriage_age.{sex}",
                jurisdiction=NATIONAL,
                history=ParameterHistory(
                    values=(
                        DatedValue(start=date(1981, 1, 1), value=age, citation=MARRIAGE_LAW_1980),
                        DatedValue(start=date(2001, 4, 28), value=age, citation=MARRIAGE_LAW_2001),
                        DatedValue(
                            start=date(2021, 1, 1), value=age, citation=CIVIL_CODE_MARRIAGE_AGE
                        ),
                    ),
                    verified_through=BIRTHS_RESEARCHED_THROUGH,
                ),
            )
            for sex, age in (("male", 22), ("female", 20))
        ),
        Entry(
            key="social_maintenance_fee.in_force",
            jurisdiction=NATIONAL,
            history=ParameterHistory(
                values=(
                    DatedValue(
                        start=date(2002, 9, 1), value=True, citation=STATE_COUNCIL_DECREE_357
                    ),
                    DatedValue(
                        start=date(2021, 6, 26), value=False, citation=FEE_ABOLITION_DECISION_2021
                    ),
                    DatedValue(
                        start=date(2021, 8, 20),
                        value=False,
                        citation=POPULATION_LAW_2021_FEE_REMOVED,
                    ),
                    DatedValue(
                        start=date(2021, 9, 9), value=False, citation=STATE_COUNCIL_REPEAL_2021
                    ),
                ),
                verified_through=BIRTHS_RESEARCHED_THROUGH,
            ),
        ),
        Entry(
            key="leave.marriage.base_days",
            jurisdiction=NATIONAL,
            history=ParameterHistory(
                values=(
                    DatedValue(
                        start=date(1980, 2, 20), value=3, citation=MARRIAGE_LEAVE_NOTICE_1980
                    ),
                )
            ),
        ),
        *(
            Entry(
                key=key,
                jurisdiction=NATIONAL,
                history=ParameterHistory(
                    values=(
                        DatedValue(
                            start=date(1988, 9, 1),
                            value=before,
                            citation=WOMEN_WORKERS_RULES_1988_ORDER_9,
                        ),
                        DatedValue(
                            start=date(2012, 4, 28), value=after, citation=WOMEN_WORKERS_RULES_2012
                        ),
                    ),
                    verified_through=BIRTHS_RESEARCHED_THROUGH,
                ),
            )
            for key, before, after in (
                ("leave.maternity.base_days", 90, 98),
                ("leave.maternity.dystocia_extra_days", 15, 15),
                ("leave.maternity.extra_baby_days", 15, 15),
            )
        ),
    ),
)
"""National entries of the built-in book."""
