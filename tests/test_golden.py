"""Golden files of what users read: the rendered explanations, in Chinese and English.

One file per case and language under ``tests/golden/``. A change of wording, layout or source
shows up here as a reviewed diff. To regenerate after an intended change:

    FPCORE_UPDATE_GOLDEN=1 PYTHONPATH=src python -m pytest tests/test_golden.py

and review ``git diff tests/golden``.
"""

import os
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex, assess
from fpcore.assessment import score
from fpcore.assessment.sheets import VILLAGE_100_POINT
from fpcore.births import classify_birth, leave_entitlements, social_maintenance_fee
from fpcore.explain import Explained
from fpcore.indicators import (
    DINGNAN_2008_2010,
    BirthRecord,
    Register,
    audit,
    sex_ratio_at_birth,
    sex_ratio_significance,
    summarize,
)

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("FPCORE_UPDATE_GOLDEN") == "1"

RURAL_MAN = Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=Hukou.RURAL)
RURAL_WOMAN = Person(sex=Sex.FEMALE, birth_date=date(1950, 5, 2), hukou=Hukou.RURAL)


def _couple(*children: Child, **kw: object) -> Family:
    return Family(
        mother=kw.pop("mother", RURAL_WOMAN),  # type: ignore[arg-type]
        father=kw.pop("father", RURAL_MAN),  # type: ignore[arg-type]
        children=children,
        jurisdiction=DINGNAN,
        **kw,  # type: ignore[arg-type]
    )


def reward_assistance() -> Explained:
    girl = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
    return assess("reward_assistance", _couple(girl), on=date(2012, 3, 1))


def reward_assistance_undetermined() -> Explained:
    # two births in the compliance window, the second without a ruling on file; a second
    # child born 1980 in a rural one-child era family cannot be classified without the grounds
    girls = (
        Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True),
        Child(sex=Sex.FEMALE, birth_date=date(1979, 4, 1)),
    )
    return assess("reward_assistance", _couple(*girls), on=date(2012, 3, 1))


def special_assistance() -> Explained:
    mum = Person(sex=Sex.FEMALE, birth_date=date(1955, 1, 1), hukou=Hukou.RURAL)
    girl = Child(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), disability_grade=2)
    family = Family(mother=mum, father=None, children=(girl,), jurisdiction=DINGNAN)
    return assess("special_assistance", family, on=date(2014, 3, 1))


def one_child_parent_reward() -> Explained:
    mum = Person(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), hukou=Hukou.URBAN)
    dad = Person(sex=Sex.MALE, birth_date=date(1978, 1, 1), hukou=Hukou.URBAN)
    boy = Child(sex=Sex.MALE, birth_date=date(2006, 5, 1))
    family = Family(
        mother=mum,
        father=dad,
        children=(boy,),
        jurisdiction=DINGNAN,
        married_on=date(2005, 1, 1),
        one_child_certificate_on=date(2006, 8, 1),
    )
    return assess("one_child_parent_reward", family, on=date(2012, 1, 1))


def family_planning_insurance() -> Explained:
    mum = Person(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), hukou=Hukou.RURAL)
    boy = Child(sex=Sex.MALE, birth_date=date(2006, 5, 1))
    family = Family(
        mother=mum,
        father=None,
        children=(boy,),
        jurisdiction=DINGNAN,
        one_child_certificate_on=date(2006, 8, 1),
    )
    return assess("family_planning_insurance", family, on=date(2010, 1, 1))


def childcare_subsidy() -> Explained:
    mum = Person(sex=Sex.FEMALE, birth_date=date(1995, 1, 1), hukou=Hukou.URBAN)
    kids = (
        Child(sex=Sex.MALE, birth_date=date(2024, 5, 1)),
        Child(sex=Sex.FEMALE, birth_date=date(2025, 8, 9)),
    )
    family = Family(mother=mum, father=None, children=kids, jurisdiction=DINGNAN)
    return assess("childcare_subsidy", family, on=date(2025, 9, 1))


_MUM = Person(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), hukou=Hukou.URBAN)
_DAD = Person(sex=Sex.MALE, birth_date=date(1978, 1, 1), hukou=Hukou.URBAN)


def _births(*years: int) -> tuple[Family, tuple[Child, ...]]:
    kids = tuple(Child(sex=Sex.MALE, birth_date=date(y, 3, 1)) for y in years)
    family = Family(
        mother=_MUM, father=_DAD, children=kids, jurisdiction=DINGNAN, married_on=date(2002, 1, 1)
    )
    return family, kids


def ruling(years: tuple[int, ...]) -> Callable[[], Explained]:
    def build() -> Explained:
        family, kids = _births(*years)
        return classify_birth(family, kids[-1])

    return build


def fee() -> Explained:
    family, kids = _births(2005, 2010)
    return social_maintenance_fee(family, kids[-1], on=date(2011, 1, 1), urban_income="15000")


def leave() -> Explained:
    mum = Person(sex=Sex.FEMALE, birth_date=date(1984, 1, 1), hukou=Hukou.URBAN)
    first = Child(sex=Sex.MALE, birth_date=date(2013, 3, 1))
    family = Family(
        mother=mum,
        father=_DAD,
        children=(first,),
        jurisdiction=DINGNAN,
        married_on=date(2009, 10, 1),
    )
    return leave_entitlements(family, first)


def score_card_with_a_veto() -> Explained:
    results = {
        "guarantees_missing": 1,
        "lawful_birth_rate": 93,
        "higher_order_birth_rate": 2,
        "birth_statistics_error": Decimal("5.3"),
        "sex_ratio_at_birth": 112,
        "fee_collection_rate": 100,
        "other_work": 35,
        "concealed_births": True,
        "seven_prohibitions_breach": False,
    }
    return score(VILLAGE_100_POINT, results, subject="Village 3", year=2012)


def indicator_report() -> Explained:
    births = [
        BirthRecord(
            date=date(2009, 6, 1), sex=sex, birth_order=order, mother_age=age, within_policy=ruling
        )
        for sex, order, age, ruling in (
            ("male", 1, 25, True),
            ("female", 1, 23, True),
            ("male", 2, 30, None),
            ("female", 3, 35, False),
        )
    ]
    register = Register(
        jurisdiction=DINGNAN, population_start=1990, population_end=2010, births=births
    )
    return summarize(register, year=2009)


def sex_ratio_test() -> Explained:
    return sex_ratio_significance(sex_ratio_at_birth(male=1300, female=1200), on=date(2009, 12, 31))


def dingnan_audit() -> Explained:
    return audit(DINGNAN_2008_2010)


CASES: dict[str, Callable[[], Explained]] = {
    "reward_assistance": reward_assistance,
    "reward_assistance_undetermined": reward_assistance_undetermined,
    "special_assistance": special_assistance,
    "one_child_parent_reward": one_child_parent_reward,
    "family_planning_insurance": family_planning_insurance,
    "childcare_subsidy": childcare_subsidy,
    # one couple's last child, born in each era of the Jiangxi texts
    "ruling_2005_second_birth_2002_text": ruling((2003, 2005)),
    "ruling_2010_third_birth_2009_text": ruling((2003, 2006, 2010)),
    "ruling_2015_second_birth_2014_text": ruling((2003, 2015)),
    "ruling_2017_second_birth_2016_text": ruling((2003, 2017)),
    "ruling_2022_third_birth_2021_law": ruling((2003, 2017, 2022)),
    "fee_second_birth_2010": fee,
    "leave_first_birth_2013": leave,
    "score_card_with_a_veto": score_card_with_a_veto,
    "indicator_report_2009": indicator_report,
    "sex_ratio_test_2009": sex_ratio_test,
    "audit_dingnan_2008_2010": dingnan_audit,
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name: str, lang: str) -> None:
    text = CASES[name]().explain(lang) + "\n"  # type: ignore[arg-type]
    path = GOLDEN / f"{name}.{lang}.txt"
    if UPDATE:  # pragma: no cover - maintainer action
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text


def test_every_capability_has_a_golden_file() -> None:
    assert {type(CASES[name]()).__name__ for name in CASES} == {
        "Decision",
        "BirthRuling",
        "FeeAssessment",
        "LeaveEntitlements",
        "ScoreCard",
        "IndicatorReport",
        "SexRatioTest",
        "AuditResult",
    }
    assert {
        CASES[name]().subject
        for name in CASES
        if name
        in {  # type: ignore[attr-defined]
            "reward_assistance",
            "special_assistance",
            "one_child_parent_reward",
            "family_planning_insurance",
            "childcare_subsidy",
        }
    } == {
        "reward_assistance",
        "special_assistance",
        "one_child_parent_reward",
        "family_planning_insurance",
        "childcare_subsidy",
    }
    assert reward_assistance_undetermined().eligible is None  # type: ignore[attr-defined]
