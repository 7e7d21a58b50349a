"""Golden snapshots (SG-18): a fixed grid of families × dates per programme.

A rule change shows up as a reviewable diff of ``tests/snapshots/<programme>.json``. To accept
a deliberate change, rerun with ``FPCORE_UPDATE_SNAPSHOTS=1`` and review the diff.
"""

import json
import os
import pathlib
from datetime import date

import pytest

from fpcore import DINGNAN, JIANGXI, NATIONAL, Child, Family, Hukou, Parent, Person, Sex, assess
from fpcore.explain import format_fact
from fpcore.incentives import programs

SNAPSHOTS = pathlib.Path(__file__).parent.parent / "snapshots"


def _person(sex, born, hukou, died=None):
    return Person(sex=sex, birth_date=born, hukou=hukou, death_date=died)


def _grid():
    f, m = Sex.FEMALE, Sex.MALE
    rural, urban = Hukou.RURAL, Hukou.URBAN
    old_girl = Child(sex=f, birth_date=date(1975, 8, 1), within_policy=True)
    old_boy = Child(sex=m, birth_date=date(1978, 8, 1), within_policy=True)
    yield (
        "rural_one_daughter",
        Family(
            father=_person(m, date(1948, 3, 1), rural),
            mother=_person(f, date(1950, 5, 2), rural),
            children=(old_girl,),
            jurisdiction=DINGNAN,
        ),
    )
    yield (
        "rural_boy_and_girl",
        Family(
            father=_person(m, date(1948, 3, 1), rural),
            mother=_person(f, date(1950, 5, 2), rural),
            children=(old_girl, old_boy),
            jurisdiction=DINGNAN,
        ),
    )
    yield (
        "urban_one_son_jiangxi",
        Family(
            father=_person(m, date(1952, 1, 1), urban),
            mother=_person(f, date(1958, 7, 1), urban),
            children=(old_boy,),
            jurisdiction=JIANGXI,
        ),
    )
    yield (
        "urban_child_died",
        Family(
            father=_person(m, date(1958, 1, 1), urban),
            mother=_person(f, date(1960, 1, 1), urban),
            children=(Child(sex=m, birth_date=date(1985, 1, 1), death_date=date(2010, 1, 1)),),
            jurisdiction=DINGNAN,
        ),
    )
    yield (
        "rural_child_disabled_widow",
        Family(
            father=None,
            mother=_person(f, date(1958, 1, 1), rural),
            children=(
                Child(
                    sex=f, birth_date=date(1984, 1, 1), disability_grade=2, parents=Parent.MOTHER
                ),
            ),
            jurisdiction=NATIONAL,
        ),
    )
    yield (
        "certified_one_child",
        Family(
            father=_person(m, date(1978, 1, 1), rural),
            mother=_person(f, date(1980, 1, 1), rural),
            children=(Child(sex=f, birth_date=date(2004, 5, 1)),),
            jurisdiction=DINGNAN,
            married_on=date(2003, 1, 1),
            one_child_certificate_on=date(2004, 8, 1),
        ),
    )
    yield (
        "young_two_children",
        Family(
            father=_person(m, date(1992, 1, 1), urban),
            mother=_person(f, date(1994, 1, 1), urban),
            children=(
                Child(sex=m, birth_date=date(2023, 12, 20)),
                Child(sex=f, birth_date=date(2025, 8, 9)),
            ),
            jurisdiction=DINGNAN,
            married_on=date(2020, 1, 1),
        ),
    )


DATES = (
    date(2003, 6, 30),
    date(2008, 6, 30),
    date(2010, 6, 30),
    date(2012, 3, 1),
    date(2015, 6, 30),
    date(2018, 1, 1),
    date(2025, 9, 1),
    date(2026, 6, 30),
)


def _record(decision):
    return {
        "eligible": decision.eligible,
        "amount": str(decision.amount),
        "breakdown": {s.beneficiary: str(s.amount) for s in decision.breakdown},
        "checks": [
            {
                "code": c.code,
                "passed": c.passed,
                "facts": {k: format_fact(v, "en") for k, v in c.facts},
                "sources": [x.render("en") for x in c.citations],
            }
            for c in decision.checks
        ],
    }


@pytest.mark.parametrize("code", programs())
def test_snapshot(code):
    current = {
        f"{name} @ {on.isoformat()}": _record(assess(code, family, on=on))
        for name, family in _grid()
        for on in DATES
    }
    path = SNAPSHOTS / f"{code}.json"
    text = json.dumps(current, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if os.environ.get("FPCORE_UPDATE_SNAPSHOTS") == "1":  # pragma: no cover - maintainer action
        path.write_text(text, encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8")) == current
