"""Benchmarks of the input boundary (issue 13): building families, and a county from JSON.

* ``family_build_vs_explained`` — building one ``Family`` of two parents and two children from
  scratch (four people, then the family, every field checked) against one explained
  ``fpcore.assess("reward_assistance", …)`` on a prebuilt family, interleaved in the same run,
  ratio of the best runs. Goal ≤ 1 (building the input costs no more than deciding on it).
* ``county_from_dicts_all_programmes`` — a Dingnan-sized synthetic county (≈ 60,000 families)
  given as plain dicts (``make_converter().unstructure``, generated beforehand) structured with
  ``fpcore.serde`` and assessed for every registered programme, on one core. Goal < 5 s.
"""

from __future__ import annotations

import time
from datetime import date

import fpcore
from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
from fpcore.synthetic import DINGNAN_2010, county

ON_BY_PROGRAMME = {
    "reward_assistance": date(2012, 6, 30),
    "special_assistance": date(2015, 6, 30),
    "one_child_parent_reward": date(2010, 6, 30),
    "family_planning_insurance": date(2009, 6, 30),
    "childcare_subsidy": date(2025, 6, 30),
}
BUILDS = 20_000


def _build() -> Family:
    return Family(
        mother=Person(sex=Sex.FEMALE, birth_date=date(1950, 5, 2), hukou=Hukou.RURAL),
        father=Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=Hukou.RURAL),
        children=(
            Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True),
            Child(sex=Sex.FEMALE, birth_date=date(1979, 8, 1), within_policy=True),
        ),
        jurisdiction=DINGNAN,
    )


def run(measure):  # type: ignore[no-untyped-def]
    from run import Target, Timing  # the runner's own module

    from fpcore.serde import make_converter

    family = _build()
    on = date(2012, 6, 30)

    def build() -> None:
        for _ in range(BUILDS):
            _build()

    def decide() -> None:
        for _ in range(BUILDS):
            fpcore.assess("reward_assistance", family, on=on)

    builds, decisions = [], []
    decide()
    for _ in range(measure.repeats):  # interleaved: the machine is shared and noisy
        for fn, out in ((build, builds), (decide, decisions)):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)

    converter = make_converter()
    docs = [converter.unstructure(f) for f in county(DINGNAN_2010, seed=1)]

    def county_from_dicts() -> None:
        families = [converter.structure(doc, Family) for doc in docs]
        for code, day in ON_BY_PROGRAMME.items():
            for f in families:
                fpcore.assess(code, f, on=day)  # type: ignore[arg-type]

    timings = [
        Timing("build_family_2_parents_2_children", tuple(builds), BUILDS),
        Timing("assess_reward_assistance_explained_b", tuple(decisions), BUILDS),
        measure("county_from_dicts_all_programmes", county_from_dicts, items=len(docs), warmup=0),
    ]
    by = {t.name: t for t in timings}
    targets = [
        Target("family_build_vs_explained", min(builds) / min(decisions), 1.0, "×"),
        Target(
            "county_from_dicts_all_programmes",
            by["county_from_dicts_all_programmes"].best,
            5.0,
            "s",
        ),
    ]
    return timings, targets
