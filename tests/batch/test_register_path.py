"""A register read in one pass by the batch engine (``assess_batch(rows_from_register(...))``)
gives what its rows give through the generic path, row for row."""

from __future__ import annotations

import enum
import gc
from datetime import date, datetime

import attrs
import pytest

from fpcore import DINGNAN, Child, Family, Hukou, InvalidInputError, Parent, Person, Sex, programs
from fpcore.batch import assess_batch, rows_from_register
from fpcore.synthetic import DINGNAN_2010, county

from .conftest import records

ON = date(2012, 6, 30)


def population():
    families = list(county(DINGNAN_2010.scaled(100), seed=4))
    mum = Person(sex=Sex.FEMALE, birth_date=date(1950, 5, 2), hukou=Hukou.RURAL)
    dad = Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=Hukou.RURAL)
    unruled = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1))  # 1973–2001, no ruling
    twins = (
        Child(sex=Sex.MALE, birth_date=date(1980, 1, 1)),
        Child(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), disability_grade=2),
    )
    families += [
        Family(mother=mum, father=None, children=(unruled,), jurisdiction=DINGNAN),
        Family(mother=None, father=dad, children=twins, jurisdiction=DINGNAN),
        Family(mother=mum, father=dad, children=(unruled,), jurisdiction=DINGNAN),
        Family(mother=mum, father=None, children=(), jurisdiction=DINGNAN),
    ]
    return families, [r for key, family in enumerate(families) for r in records(family, key)]


@pytest.mark.parametrize("chunk", [10_000, 3])
def test_a_register_in_one_pass_answers_as_its_rows_do(chunk):
    families, flat = population()
    one_pass = assess_batch(
        programs(), rows_from_register(flat, jurisdiction=DINGNAN), on=ON, chunk=chunk
    )
    rows = list(rows_from_register(flat, jurisdiction=DINGNAN))
    generic = assess_batch(programs(), rows, on=ON)
    assert len(one_pass) == len(generic) == len(families)
    for code in programs():
        assert list(one_pass[code].fens()) == list(generic[code].fens()), code
        assert one_pass[code].fallbacks == generic[code].fallbacks
        assert [one_pass[code].outcome(i) for i in range(len(families))] == [
            generic[code].outcome(i) for i in range(len(families))
        ]
    assert one_pass["reward_assistance"].fallbacks > 0  # the unruled births
    assert [one_pass.row(i) for i in range(len(families))] == [
        generic.row(i) for i in range(len(families))
    ]
    assert [one_pass.key(i) for i in range(len(families))] == list(range(len(families)))
    assert one_pass.family(-1) == families[-1] and one_pass.row(-3) == generic.row(-3)
    assert one_pass.explain(-2, "special_assistance") == generic.explain(-2, "special_assistance")
    with pytest.raises(IndexError):
        one_pass.row(len(families))


def test_the_one_pass_keeps_no_tracked_object_per_household():
    # the result holds the records' values in one flat list and the households' first records:
    # a full collection afterwards does not find one object per household to scan
    _, flat = population()
    before = len(gc.get_objects())
    result = assess_batch(
        "reward_assistance", rows_from_register(flat, jurisdiction=DINGNAN), on=ON
    )
    gc.collect()
    assert len(gc.get_objects()) - before < 100
    assert len(result) > 500


def test_a_register_partly_read_goes_on_from_where_it_stands():
    families, flat = population()
    rows = rows_from_register(flat, jurisdiction=DINGNAN)
    assert next(rows)[0] == 0
    result = assess_batch("reward_assistance", rows, on=ON)
    assert len(result) == len(families) - 1 and result.key(0) == 1
    assert list(rows) == []  # read to the end by the batch


def person(role, born, **more):
    sex = "female" if role == "mother" else "male"
    return {"household": 1, "role": role, "sex": sex, "birth_date": born, "hukou": "rural", **more}


def kid(born, **more):
    return {"household": 1, "role": "child", "sex": "female", "birth_date": born, **more}


def test_register_rows_are_checked_as_the_constructors_check_them():
    class Grade(enum.IntEnum):
        TWO = 2

    mum = person("mother", date(1950, 5, 2))
    odd = assess_batch(
        "special_assistance",
        rows_from_register(
            [mum, kid(date(1975, 8, 1), within_policy=True, disability_grade=Grade.TWO)],
            jurisdiction=DINGNAN,
        ),
        on=ON,
    )
    # not in the common form (an IntEnum grade): the constructors accept it, the batch too
    assert odd.row(0)[4][0][6] == 2
    assert odd["special_assistance"].fen(0) == (
        odd.explain(0, "special_assistance").amount.scaleb(2)
    )
    # a mother of 56 at the birth: possible (a warning), decided by the slow check
    late = assess_batch(
        "reward_assistance",
        rows_from_register([mum, kid(date(2006, 8, 1))], jurisdiction=DINGNAN),
        on=ON,
    )
    # she is 62 with one living child: one parent's 960.00 (the rate test_engine pins)
    assert late["reward_assistance"].fen(0) == 96000
    assert late.explain(0, "reward_assistance").amount == late["reward_assistance"].amount(0)
    for bad, field in (
        ([mum, kid(date(1940, 1, 1))], r"households\[0\]\.children\[0\]\.birth_date"),
        ([mum, kid(date(1955, 1, 1))], r"households\[0\]\.children\[0\]\.birth_date"),
        ([person("mother", "1950-13-02")], r"households\[0\]\.mother\.birth_date"),
    ):
        with pytest.raises(InvalidInputError, match=field):
            assess_batch("reward_assistance", rows_from_register(bad, jurisdiction=DINGNAN), on=ON)


def test_a_living_parent_past_max_age_is_refused_a_dead_one_is_not():
    he = person("father", date(1935, 1, 1))
    girl = kid(date(1965, 8, 1), within_policy=True)
    with pytest.raises(InvalidInputError, match=r"households\[0\].*MAX_AGE"):
        assess_batch(
            "reward_assistance",
            rows_from_register([he, girl], jurisdiction=DINGNAN),
            on=date(2090, 7, 1),
        )
    dead = {**he, "death_date": date(2000, 1, 1)}
    result = assess_batch(
        "reward_assistance",
        rows_from_register([dead, girl], jurisdiction=DINGNAN),
        on=date(2090, 7, 1),
    )
    assert result["reward_assistance"].fen(0) == 0


def test_household_dates_on_several_records_merge():
    mum = person("mother", date(1950, 5, 2), one_child_certificate_on=date(1980, 1, 2))
    dad = person("father", date(1948, 3, 1), second_birth_permit_on=date(1985, 1, 1))
    girl = kid(
        date(1975, 8, 1),
        one_child_certificate_on=None,  # not on this record
        second_birth_permit_on=date(1985, 1, 1),  # equal, another object
    )
    (row,) = rows_from_register([mum, dad, girl], jurisdiction=DINGNAN)
    assert row[6:8] == (date(1980, 1, 2), date(1985, 1, 1))


def test_deliveries_closer_than_the_minimum_are_refused_in_any_order():
    from fpcore.batch import check_row, family_from_row, row_from_family

    family = Family(
        mother=Person(sex=Sex.FEMALE, birth_date=date(1950, 5, 2), hukou=Hukou.RURAL),
        father=None,
        children=(Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1)),),
        jurisdiction=DINGNAN,
    )
    row = row_from_family(family, source=False)
    kid_ = row[4][0]
    # 400 days after the first, then 100 days after the first: 100 < 140 once sorted
    kids = (kid_, (date(1976, 9, 4), *kid_[1:]), (date(1975, 11, 9), *kid_[1:]))
    bad = (*row[:4], kids, *row[5:])
    with pytest.raises(InvalidInputError) as built:
        family_from_row(bad)
    with pytest.raises(InvalidInputError) as checked:
        check_row(bad)
    assert str(checked.value) == str(built.value) and "MIN_DELIVERY_INTERVAL_DAYS" in str(
        built.value
    )


NAN = float("nan")
TABLE = [
    # the tables layer's form: Chinese column names and terms, text dates, NaN cells, a
    # parent's sex left to the role, yes/no cells as text or 1/0, a grade as a whole float
    {"户号": "H1", "角色": "父亲", "出生日期": "1948-03-01", "户口性质": "农业", "死亡日期": NAN},
    {"户号": "H1", "角色": "母亲", "出生日期": datetime(1950, 5, 2), "户口性质": " 农业 "},  # noqa: DTZ001 # a naive midnight, as pandas gives
    {
        "户号": "H1",
        "角色": "子女",
        "性别": "女",
        "出生日期": "1975-08-01",
        "政策内": "是",
        "收养": 0,
        "残疾等级": 2.0,
    },
    {
        "户号": "H2",
        "角色": "母亲",
        "出生日期": "1990-01-01",
        "户口性质": "非农业",
        "结婚日期": "2012-01-01",
    },
    {"户号": "H2", "角色": "子女", "性别": "M", "出生日期": "2013-01-01", "结婚日期": NAN},
    {
        "户号": "H3",
        "角色": "mother",
        "sex": "F",
        "出生日期": "1960-02-02",
        "户口性质": "rural",
        "结婚日期": NAN,
    },
    {
        "户号": "H3",
        "角色": "子女",
        "性别": "女",
        "出生日期": "1986-05-05",
        "结婚日期": "1985-01-01",
    },
]


def test_a_register_in_the_tables_layers_form_gives_the_same_families():
    from fpcore import assess
    from fpcore.batch import family_from_row, outcome_of
    from fpcore.tables import families_from_rows

    def as_register(family):
        # the one difference left: a one-parent household's children are that parent's here,
        # both parents' (the Child default) in the tables layer
        present = frozenset(
            role
            for role, p in ((Parent.MOTHER, family.mother), (Parent.FATHER, family.father))
            if p
        )
        kids = tuple(attrs.evolve(c, parents=present) for c in family.children)
        return attrs.evolve(family, id=None, children=kids)

    families = [as_register(f) for f in families_from_rows(TABLE, jurisdiction=DINGNAN)]
    rows = list(rows_from_register(TABLE, jurisdiction=DINGNAN))
    assert [family_from_row(row) for row in rows] == families
    on = date(2025, 6, 30)
    result = assess_batch(programs(), rows_from_register(TABLE, jurisdiction=DINGNAN), on=on)
    for code in programs():
        for index, family in enumerate(families):
            expected = outcome_of(assess(code, family, on=on))
            assert (result[code].outcome(index), result[code].fen(index)) == expected, code
    assert [result.family(i) for i in range(3)] == families
    assert result["reward_assistance"].fen(0) > 0  # a rural couple past 60 with one daughter


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"角色": "子女", "性别": NAN}, r"rows\[0\]\.性别|rows\[0\]\.sex"),
        ({"性别": "男"}, r"rows\[0\]\.sex"),
        ({"角色": "叔叔"}, r"rows\[0\]\.role"),
        ({"户口性质": "城市"}, r"rows\[0\]\.hukou"),
    ],
)
def test_register_terms_that_do_not_fit(change, field):
    mother = {"户号": "H1", "角色": "母亲", "出生日期": "1960-01-01", "户口性质": "农业"}
    with pytest.raises(InvalidInputError, match=field):
        list(rows_from_register([{**mother, **change}], jurisdiction=DINGNAN))


def test_records_changed_after_the_batch_are_not_explained_as_its_answer():
    mum = person("mother", date(1950, 5, 2))
    girl = kid(date(1975, 8, 1), within_policy=True)
    table = [mum, girl]
    result = assess_batch(
        "reward_assistance", rows_from_register(table, jurisdiction=DINGNAN), on=ON
    )
    assert result["reward_assistance"].fen(0) == 96000  # one parent's 960.00, as above
    girl["death_date"] = date(1999, 1, 1)  # same outcome and amount: still explained
    assert result["reward_assistance"].explain(0).amount == result["reward_assistance"].amount(0)
    mum["birth_date"] = date(1960, 5, 2)  # now 52: not eligible on the date
    with pytest.raises(InvalidInputError, match=r"rows\[0\].*changed after the batch"):
        result["reward_assistance"].explain(0)


def test_an_adopted_child_born_before_its_mother_is_refused_as_the_constructors_refuse():
    from fpcore.batch import check_row, family_from_row

    mum = (date(1950, 5, 2), None, True, False, None)
    for born, parents in ((date(1949, 1, 1), 1), (date(1949, 1, 1), 3)):
        adopted = (born, None, True, True, True, parents, None)
        dad = (date(1948, 3, 1), None, True, False, None) if parents == 3 else None
        row = (None, DINGNAN, mum, dad, (adopted,), None, None, None, None)
        with pytest.raises(InvalidInputError) as built:
            family_from_row(row)
        with pytest.raises(InvalidInputError) as checked:
            check_row(row)
        assert str(checked.value) == str(built.value)
    # born after its mother but before its father (a child of both): refused as well
    late_dad = (date(1952, 1, 1), None, True, False, None)
    adopted = (date(1951, 1, 1), None, True, True, True, 3, None)
    row = (None, DINGNAN, mum, late_dad, (adopted,), None, None, None, None)
    with pytest.raises(InvalidInputError) as built:
        family_from_row(row)
    with pytest.raises(InvalidInputError) as checked:
        check_row(row)
    assert str(checked.value) == str(built.value)
