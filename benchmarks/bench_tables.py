"""Benchmark of the analysts' pipeline (issue 14): register rows → families → programmes → DataFrame.

* ``county_rows_to_frame`` — a Dingnan-sized synthetic county (≈ 60,000 families, ≈ 230,000
  person rows) given as a register export: a pandas DataFrame with Chinese column names, dates
  as Timestamps and a float disability-grade column with gaps, turned into rows with
  ``df.to_dict("records")`` beforehand. Timed: ``fpcore.tables.families_from_rows`` → every
  programme with ``assess_all`` → ``to_frame``, on one core. Goal < 10 s, in wall-clock time
  and in CPU time (the pipeline is single-threaded; on a shared machine its CPU time is its
  time on one core); the families per second of that pipeline are reported too.

Needs pandas (``pip install -e ".[bench]"``); without it the module reports that it was skipped.
"""

from __future__ import annotations

import time
from datetime import date

from fpcore import DINGNAN
from fpcore.synthetic import DINGNAN_2010, county

ON = date(2025, 6, 30)


def register(pd):  # type: ignore[no-untyped-def]
    """The county as a register exports it: one row per person, Chinese column names."""
    records = []
    for number, family in enumerate(county(DINGNAN_2010, seed=1), start=1):
        household = f"360728-{number:05d}"
        for role, person in (("母亲", family.mother), ("父亲", family.father)):
            if person is not None:
                records.append(
                    {
                        "户号": household,
                        "角色": role,
                        "出生日期": person.birth_date,
                        "死亡日期": person.death_date,
                        "户口性质": "农业" if person.is_rural else "非农业",
                        "独生子女": "是" if person.only_child else "否",
                        "结婚日期": family.married_on,
                        "独生子女证发证日期": family.one_child_certificate_on,
                    }
                )
        for child in family.children:
            records.append(
                {
                    "户号": household,
                    "角色": "子女",
                    "性别": "男" if child.sex.value == "male" else "女",
                    "出生日期": child.birth_date,
                    "死亡日期": child.death_date,
                    "政策内": {True: "是", False: "否", None: None}[child.within_policy],
                    "收养": "是" if child.adopted else "否",
                    "残疾等级": child.disability_grade,
                }
            )
    frame = pd.DataFrame(records)
    for column in ("出生日期", "死亡日期", "结婚日期", "独生子女证发证日期"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def run(measure):  # type: ignore[no-untyped-def]
    from run import Target, Timing  # the runner's own module

    try:
        import pandas as pd
    except ImportError:
        print("bench_tables: skipped — pandas is not installed (pip install -e '.[bench]')")
        return [], []
    from fpcore.tables import assess_all, families_from_rows, to_frame

    rows = register(pd).to_dict("records")
    households = len({row["户号"] for row in rows})

    def pipeline() -> None:
        families = families_from_rows(rows, jurisdiction=DINGNAN)
        to_frame(assess_all(families, on=ON))

    times, cpu = [], []
    for _ in range(max(1, min(measure.repeats, 3))):  # each run takes seconds
        start, start_cpu = time.perf_counter(), time.process_time()
        pipeline()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    timing = Timing("county_rows_to_frame", tuple(times), households)
    cpu_timing = Timing("county_rows_to_frame_cpu", tuple(cpu), households)
    # the pipeline is single-threaded: its CPU time is its time on one core, whatever else the
    # (shared) machine runs; the wall-clock target is reported beside it
    return [timing, cpu_timing], [
        Target("county_rows_to_frame", timing.best, 10.0, "s"),
        Target("county_rows_to_frame_cpu", cpu_timing.best, 10.0, "s"),
        Target(
            "county_rows_to_frame_families_per_second",
            households / timing.best,
            households / 10.0,
            "families/s",
            higher_is_better=True,
        ),
        Target(
            "county_rows_to_frame_families_per_cpu_second",
            households / cpu_timing.best,
            households / 10.0,
            "families/s",
            higher_is_better=True,
        ),
    ]
