"""Tests for fpcore.tables: register rows in, every programme at once, flat rows and frames out."""

import sys
import warnings
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fpcore import (
    DINGNAN,
    JIANGXI,
    Child,
    Family,
    FpcoreWarning,
    Hukou,
    InvalidInputError,
    Person,
    Sex,
    UnknownProgramError,
    assess,
    default_book,
)
from fpcore.explain import Decision
from fpcore.incentives import programs
from fpcore.strategies import families
from fpcore.synthetic import DINGNAN_2010, county
from fpcore.tables import (
    COLUMNS,
    MAX_ROW_PROBLEMS,
    OUTCOMES,
    ROW_COLUMNS,
    FamilyResults,
    assess_all,
    families_from_rows,
    to_frame,
    to_rows,
    totals,
)

ON = date(2012, 6, 30)


def person_rows(household="H1"):
    """The README's Dingnan couple and their daughter, as a register exports them."""
    return [
        {"household": household, "role": "father", "birth_date": "1948-03-01", "hukou": "rural"},
        {
            "household": household,
            "role": "mother",
            "birth_date": "1950-05-02",
            "hukou": "rural",
            "married_on": "1970-01-01",
        },
        {
            "household": household,
            "role": "child",
            "sex": "female",
            "birth_date": "1975-08-01",
            "within_policy": True,
        },
    ]


README_FAMILY = Family(
    father=Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=Hukou.RURAL),
    mother=Person(sex=Sex.FEMALE, birth_date=date(1950, 5, 2), hukou=Hukou.RURAL),
    children=(Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True),),
    jurisdiction=DINGNAN,
    married_on=date(1970, 1, 1),
    id="H1",
)


# -- rows → families ----------------------------------------------------------------------------


def test_canonical_rows_give_the_family():
    assert families_from_rows(person_rows(), jurisdiction=DINGNAN) == (README_FAMILY,)


def test_chinese_columns_and_values():
    rows = [
        {"户号": "H1", "角色": "父亲", "出生日期": "1948-03-01", "户口性质": "农业"},
        {
            "户号": "H1",
            "角色": "母亲",
            "出生日期": "1950-05-02",
            "户口性质": "农业",
            "结婚日期": "1970-01-01",
        },
        {"户号": "H1", "角色": "子女", "性别": "女", "出生日期": "1975-08-01", "政策内": "是"},
    ]
    assert families_from_rows(rows, jurisdiction=DINGNAN) == (README_FAMILY,)


def test_every_canonical_column_and_alias_is_read():
    for canonical, aliases in COLUMNS.items():
        assert canonical.isidentifier() and all(not a.isascii() for a in aliases)
    rows = [
        {
            "家庭编号": 9,
            "家庭关系": "妻子",
            "公民身份号码": "360728195005020021",
            "出生日期": date(1950, 5, 2),
            "户籍性质": "urban",
            "是否独生子女": "Y",
            "是否少数民族": "否",
            "死亡日期": "2020-01-01",
            "初婚日期": "1970-01-01",
            "光荣证发证日期": "1980-01-01",
            "再生育证日期": "1978-01-01",
        },
        {
            "家庭编号": 9,
            "家庭关系": "女儿",
            "性别": "F",
            "出生日期": "1976-01-01",
            "残疾等级": 2.0,
            "是否收养": 1,
            "收养登记日期": "1976-03-01",
            "政策内生育": "政策外",
        },
    ]
    (family,) = families_from_rows(rows, jurisdiction=DINGNAN)
    assert family.id == "9" and family.father is None
    assert family.mother.id == "360728195005020021" and family.mother.only_child
    assert family.mother.hukou is Hukou.URBAN and not family.mother.ethnic_minority
    assert family.mother.death_date == date(2020, 1, 1)
    assert (family.married_on, family.one_child_certificate_on, family.second_birth_permit_on) == (
        date(1970, 1, 1),
        date(1980, 1, 1),
        date(1978, 1, 1),
    )
    (child,) = family.children
    assert (child.disability_grade, child.adopted, child.adopted_on, child.within_policy) == (
        2,
        True,
        date(1976, 3, 1),
        False,
    )


def test_columns_maps_other_names():
    rows = [{"HH": "A", "ROLE": "mother", "DOB": "1980-01-01", "HUKOU": "urban", "name": "王"}]
    (family,) = families_from_rows(
        rows,
        jurisdiction=DINGNAN,
        columns={"HH": "household", "ROLE": "role", "DOB": "birth_date", "HUKOU": "hukou"},
    )
    assert family.id == "A" and family.mother.birth_date == date(1980, 1, 1)


@pytest.mark.parametrize("columns", [{"HH": "household_no"}, ["household"], "household"])
def test_bad_columns_mappings(columns):
    with pytest.raises(InvalidInputError):
        families_from_rows(person_rows(), jurisdiction=DINGNAN, columns=columns)


def test_missing_cells_nan_and_blank_text_mean_missing():
    rows = person_rows()
    rows[0].update(death_date=float("nan"), only_child="  ", married_on=None)
    rows[2].update(disability_grade=float("nan"), adopted=None)
    assert families_from_rows(rows, jurisdiction=DINGNAN) == (README_FAMILY,)


def test_households_come_back_in_the_order_they_first_appear():
    rows = person_rows("B") + person_rows("A") + person_rows(3)
    rows = [rows[3], rows[0], *rows[1:3], *rows[4:]]  # A's first row before B's
    assert [f.id for f in families_from_rows(rows, jurisdiction=JIANGXI)] == ["A", "B", "3"]
    assert all(f.jurisdiction is JIANGXI for f in families_from_rows(rows, jurisdiction=JIANGXI))


def test_rows_of_one_household_need_not_be_together_and_documents_may_repeat():
    rows = person_rows()
    rows[0]["married_on"] = date(1970, 1, 1)  # the same date on two rows: fine
    rows = [rows[2], *person_rows("H2")[:1], rows[0], rows[1]]
    found = families_from_rows(rows, jurisdiction=DINGNAN)
    assert [f.id for f in found] == ["H1", "H2"]
    assert found[0] == README_FAMILY


def test_an_only_father_and_values_given_as_enums_and_bools():
    rows = [
        {
            "household": "x",
            "role": "FATHER",
            "birth_date": "1960-01-01",
            "hukou": Hukou.RURAL,
            "sex": Sex.MALE,
            "only_child": False,
        },
        {
            "household": "x",
            "role": "child",
            "sex": "M",
            "birth_date": "1990-01-01",
            "disability_grade": "3",
            "within_policy": "no",
        },
    ]
    (family,) = families_from_rows(rows, jurisdiction=DINGNAN)
    assert family.mother is None and family.children[0].disability_grade == 3


def test_columns_that_do_not_apply_to_a_role_are_ignored():
    rows = person_rows()
    rows[0]["disability_grade"] = 2  # a parent's disability: families have no place for it
    rows[2]["hukou"] = "rural"  # a child's hukou
    rows[2]["only_child"] = "是"
    assert families_from_rows(rows, jurisdiction=DINGNAN) == (README_FAMILY,)


class _NumpyLikeInt:
    """Stands in for a numpy integer: not an int, but has __index__."""

    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


def test_numpy_like_integers_and_whole_floats():
    rows = person_rows(_NumpyLikeInt(17))
    for row in rows:
        row["household"] = _NumpyLikeInt(17)
    rows[2]["disability_grade"] = _NumpyLikeInt(1)
    rows[2]["within_policy"] = 1.0
    (family,) = families_from_rows(rows, jurisdiction=DINGNAN)
    assert family.id == "17" and family.children[0].disability_grade == 1
    assert family.children[0].within_policy is True


def test_datetimes_at_midnight_are_dates():
    rows = person_rows()
    rows[0]["birth_date"] = datetime(1948, 3, 1)  # noqa: DTZ001 - a naive midnight, as pandas gives
    assert families_from_rows(rows, jurisdiction=DINGNAN) == (README_FAMILY,)


def test_pandas_rows():
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    frame = pd.DataFrame(person_rows() + person_rows("H2"))
    frame["birth_date"] = pd.to_datetime(frame["birth_date"])
    frame["married_on"] = pd.to_datetime(frame["married_on"])  # NaT where missing
    frame["disability_grade"] = [np.nan] * 6  # float64 with gaps
    frame["within_policy"] = frame["within_policy"].astype("boolean")  # pd.NA where missing
    frame["household"] = frame["household"].astype("string")
    frame["code"] = np.arange(6, dtype=np.int64)  # an ignored column
    found = families_from_rows(frame.to_dict("records"), jurisdiction=DINGNAN)
    assert found[0] == README_FAMILY and found[1] == attrs.evolve(README_FAMILY, id="H2")
    numbers = pd.DataFrame(
        {
            "household": np.array([5, 5], dtype=np.int32),
            "role": ["mother", "child"],
            "birth_date": ["1980-01-01", "2005-01-01"],
            "hukou": ["rural", None],
            "sex": [None, "male"],
            "disability_grade": np.array([np.nan, 2.0]),
            "adopted": np.array([False, True]),
        }
    )
    (family,) = families_from_rows(numbers.to_dict("records"), jurisdiction=DINGNAN)
    assert family.id == "5" and family.children[0].disability_grade == 2
    assert family.children[0].adopted is True
    late = pd.Timestamp("1980-01-01 00:00:00.000000001")
    with pytest.raises(InvalidInputError, match="not a date"):
        families_from_rows(
            [{"household": 1, "role": "mother", "birth_date": late, "hukou": "rural"}],
            jurisdiction=DINGNAN,
        )
    with pytest.raises(InvalidInputError, match="not a whole number"):
        families_from_rows(
            [
                {
                    "household": 1,
                    "role": "child",
                    "sex": "male",
                    "birth_date": "2000-01-01",
                    "disability_grade": np.float64(1.5),
                }
            ],
            jurisdiction=DINGNAN,
        )


# -- bad rows: every one at once -----------------------------------------------------------------


def test_one_hundred_bad_rows_give_one_hundred_problems_in_one_error():
    rows = []
    for index in range(100):
        rows.extend(person_rows(f"H{index}"))
        rows[-1]["sex"] = "girl"  # one bad cell in each household's child row
    with pytest.raises(InvalidInputError) as info:
        families_from_rows(rows, jurisdiction=DINGNAN)
    problems = info.value.problems
    assert len(problems) == 100 and not info.value.truncated
    assert problems[0] == (
        "rows[2].sex",
        "'girl' is not a sex (f, female, m, male or the Chinese terms)",
    )
    assert [path for path, _ in problems] == [f"rows[{3 * i + 2}].sex" for i in range(100)]
    assert str(info.value).startswith("100 problems:\nrows[2].sex:")
    assert "… and 80 more (every one is in .problems)" in str(info.value)


def test_past_the_bound_the_error_says_it_is_truncated():
    rows = [
        {"household": i, "role": "mother", "birth_date": "x", "hukou": "rural"}
        for i in range(MAX_ROW_PROBLEMS + 5)
    ]
    with pytest.raises(InvalidInputError) as info:
        families_from_rows(rows, jurisdiction=DINGNAN)
    assert len(info.value.problems) == MAX_ROW_PROBLEMS and info.value.truncated


@pytest.mark.parametrize(
    ("change", "path", "text"),
    [
        ({1: {"role": "father"}}, "rows[1].role", "is a second father in household 'H1'"),
        ({0: {"sex": "female"}}, "rows[0].sex", "does not fit the role father"),
        ({0: {"hukou": None}}, "rows[0].hukou", "is missing for a father"),
        ({2: {"birth_date": ""}}, "rows[2].birth_date", "is missing for a child"),
        ({2: {"sex": None}}, "rows[2].sex", "is missing for a child"),
        ({0: {"household": None}}, "rows[0].household", "is missing: every row needs one"),
        ({0: {"role": None}}, "rows[0].role", "is missing: mother, father or child"),
        ({0: {"role": "uncle"}}, "rows[0].role", "'uncle' is not a role"),
        ({0: {"role": 3}}, "rows[0].role", "3 is not a role"),
        ({0: {"hukou": "farm"}}, "rows[0].hukou", "is not a hukou"),
        ({0: {"only_child": "maybe"}}, "rows[0].only_child", "is not a yes/no value"),
        ({0: {"only_child": 2}}, "rows[0].only_child", "is not a yes/no value"),
        ({0: {"only_child": object()}}, "rows[0].only_child", "is not a yes/no value"),
        ({2: {"disability_grade": 7}}, "rows[2].disability_grade", "from 1 (most severe) to 4"),
        ({2: {"disability_grade": True}}, "rows[2].disability_grade", "is a bool"),
        ({2: {"disability_grade": 1.5}}, "rows[2].disability_grade", "not a whole number"),
        ({2: {"disability_grade": "two"}}, "rows[2].disability_grade", "not a whole number"),
        ({0: {"birth_date": 1948}}, "rows[0].birth_date", "is not a date (a date,"),
        ({0: {"birth_date": "1948-02-30"}}, "rows[0].birth_date", "is not a date (YYYY-MM-DD)"),
        ({0: {"death_date": "1940-01-01"}}, "rows[0].death_date", "is before the birth date"),
        ({2: {"birth_date": "1940-01-01"}}, "rows[2].birth_date", "is before the father's birth"),
        ({2: {"adopted_on": "1976-01-01"}}, "rows[2].adopted_on", "child not adopted"),
        (
            {0: {"married_on": "1971-01-01"}},
            "rows[1].married_on",
            "differs from 1971-01-01 on rows[0]",
        ),
        ({1: {"married_on": "1900-01-01"}}, "rows[1].married_on", "before the mother's birth"),
        ({0: {"id": True}}, "rows[0].id", "is a bool, not an identifier"),
        ({0: {"id": 1.5}}, "rows[0].id", "is not an identifier"),
        ({0: {"household": ["H1"]}}, "rows[0].household", "is not an identifier"),
    ],
)
def test_each_bad_row_names_its_row_and_column(change, path, text):
    rows = person_rows()
    for index, cells in change.items():
        rows[index].update(cells)
    with pytest.raises(InvalidInputError) as info:
        families_from_rows(rows, jurisdiction=DINGNAN)
    assert any(p == path and text in t for p, t in info.value.problems), info.value.problems


def test_a_family_error_names_the_child_row_under_the_users_column():
    rows = [
        {
            "户号": 1,
            "角色": "母亲",
            "出生日期": "1980-01-01",
            "户口性质": "农业",
            "死亡日期": "2000-01-01",
        },
        {"户号": 1, "角色": "子女", "性别": "男", "出生日期": "1999-01-01"},
        {"户号": 1, "角色": "子女", "性别": "男", "出生日期": "2001-01-01"},
    ]
    with pytest.raises(InvalidInputError) as info:
        families_from_rows(rows, jurisdiction=DINGNAN)
    assert info.value.problems == (
        ("rows[2].出生日期", "datetime.date(2001, 1, 1) is after the mother's death on 2000-01-01"),
    )


def test_a_household_without_a_parent_and_other_whole_row_problems():
    rows = [
        {"household": "K", "role": "child", "sex": "male", "birth_date": "2000-01-01"},
        "not a row",
        {
            "household": "L",
            "role": "child",
            "sex": "male",
            "birth_date": "2000-01-01",
            "性别": "男",
        },
        {"household": "M", "role": "妈妈", "birth_date": "1980-01-01", "hukou": "rural"},
        {
            ("tuple",): 1,
            "household": "N",
            "role": "mother",
            "birth_date": "1980-01-01",
            "hukou": "rural",
            "unhashable": 1,
        },
    ]
    with pytest.raises(InvalidInputError) as info:
        families_from_rows(rows, jurisdiction=DINGNAN)
    assert info.value.problems == (
        ("rows[1]", "'not a row' must be a mapping of column → value"),
        ("rows[2].性别", "'男' gives sex a second time (also column 'sex')"),
        ("rows[3].role", "'妈妈' is not a role (child, father, mother or the Chinese terms)"),
        ("rows[0].household", "'K' has no mother or father: a family needs a parent"),
        ("rows[2].household", "'L' has no mother or father: a family needs a parent"),
    )


def test_a_family_level_error_without_a_row_of_its_own():
    # a child of a parent the household lacks is reported on the child's row
    rows = [
        {
            "household": 1,
            "role": "mother",
            "birth_date": "1980-01-01",
            "hukou": "rural",
            "sex": "female",
        }
    ]
    assert families_from_rows(rows, jurisdiction=DINGNAN)[0].mother.sex is Sex.FEMALE


@pytest.mark.parametrize("rows", ["rows", {"household": 1}, 42, b"x"])
def test_rows_must_be_an_iterable_of_mappings(rows):
    with pytest.raises(InvalidInputError) as info:
        families_from_rows(rows, jurisdiction=DINGNAN)
    assert info.value.field == "rows"


def test_the_jurisdiction_must_be_one():
    with pytest.raises(InvalidInputError) as info:
        families_from_rows(person_rows(), jurisdiction="360728")
    assert info.value.field == "jurisdiction"


def _as_rows(family, household):
    rows = []
    for role, person in (("mother", family.mother), ("father", family.father)):
        if person is not None:
            rows.append(
                {
                    "household": household,
                    "role": role,
                    "birth_date": person.birth_date,
                    "death_date": person.death_date,
                    "hukou": person.hukou.value,
                    "only_child": person.only_child,
                    "少数民族": person.ethnic_minority,
                    "id": person.id,
                }
            )
    for child in family.children:
        rows.append(
            {
                "household": household,
                "role": "child",
                "sex": child.sex.value,
                "birth_date": child.birth_date,
                "death_date": child.death_date,
                "disability_grade": child.disability_grade,
                "adopted": child.adopted,
                "adopted_on": child.adopted_on,
                "within_policy": child.within_policy,
                "id": child.id,
            }
        )
    rows[-1].update(
        married_on=family.married_on,
        one_child_certificate_on=family.one_child_certificate_on,
        second_birth_permit_on=family.second_birth_permit_on,
    )
    return rows


def _rebuilds_with_default_parents(family):
    """Whether the family, its children given to the default parents, is still plausible.

    A register row cannot say that a child is one parent's only: read back, the children of a
    one-parent household belong to both parents (the absent one unrecorded), so two of them
    born days apart would be one mother's impossible deliveries.
    """
    default = attrs.fields(Child).parents.default
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            attrs.evolve(
                family, children=tuple(attrs.evolve(c, parents=default) for c in family.children)
            )
    except (InvalidInputError, FpcoreWarning):
        return False
    return True


def _representable(family):
    """What a register row can say: children of both parents, no grounds or complications."""
    both = frozenset(p for p in ("mother", "father") if getattr(family, p) is not None)
    return (
        _rebuilds_with_default_parents(family)
        and not family.second_birth_grounds
        and all(p.surgery_complication_grade is None for p in family.spouses)
        and all({r.value for r in c.parents} >= both for c in family.children)
        and all(
            i is None or i == i.strip()
            for i in [p.id for p in family.spouses] + [c.id for c in family.children]
        )
    )


@settings(max_examples=60)
@given(st.lists(families(jurisdiction=DINGNAN), min_size=1, max_size=4))
def test_families_written_as_rows_read_back_equal(generated):
    generated = [f for f in generated if _representable(f)]
    rows = [row for i, f in enumerate(generated) for row in _as_rows(f, f"h{i}")]
    back = families_from_rows(rows, jurisdiction=DINGNAN)
    expected = [
        attrs.evolve(
            f,
            id=f"h{i}",
            children=tuple(
                attrs.evolve(c, parents=frozenset(c.parents) if len(f.spouses) == 2 else c.parents)
                for c in f.children
            ),
        )
        for i, f in enumerate(generated)
    ]
    assert [attrs.evolve(f, children=()) for f in back] == [
        attrs.evolve(f, children=()) for f in expected
    ]
    assert [sorted(map(repr, f.children)) for f in back] == [
        sorted(
            map(
                repr,
                (attrs.evolve(c, parents=attrs.fields(Child).parents.default) for c in f.children),
            )
        )
        for f in expected
    ]


# -- every programme at once ---------------------------------------------------------------------


def test_assess_all_gives_every_programme_for_every_family_in_order():
    population = list(county(DINGNAN_2010.scaled(2000), seed=3))
    seen = []
    results = assess_all(population, on=ON, progress=seen.append, every=10)
    assert not seen  # lazy: nothing is assessed before iterating
    results = list(results)
    assert [r.family for r in results] == population
    assert seen == [*range(10, len(population) + 1, 10), len(population)][: len(seen)]
    assert seen[-1] == len(population)
    for result in results[:5]:
        assert [d.subject for d in result.decisions] == list(programs())
        assert result.decisions == tuple(assess(code, result.family, on=ON) for code in programs())


def test_assess_all_with_chosen_programmes_and_a_reform_book():
    book = default_book().reform(
        {
            "reward_assistance.amount": {
                "from": "2012-01-01",
                "until": "2012-12-31",
                "value": "1000",
            }
        },
        note="x",
    )
    (result,) = assess_all([README_FAMILY], on=ON, programmes=["reward_assistance"], book=book)
    (decision,) = result.decisions
    assert decision.amount == Decimal("2000.00") and decision.is_reform  # 2 × 1,000
    (row,) = to_rows([result])
    assert row["reform"] is True and row["amount_fen"] == 200000


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"programmes": "reward_assistance"}, InvalidInputError),
        ({"programmes": []}, InvalidInputError),
        ({"programmes": ["nope"]}, UnknownProgramError),
        ({"on": "2012-06-30"}, InvalidInputError),
        ({"every": 0}, InvalidInputError),
        ({"every": True}, InvalidInputError),
        ({"progress": 3}, InvalidInputError),
        ({"book": "default"}, InvalidInputError),
    ],
)
def test_assess_all_checks_its_arguments_at_once(kwargs, error):
    kwargs = {"on": ON, **kwargs}
    with pytest.raises(error):
        assess_all([README_FAMILY], **kwargs)


def test_assess_all_names_an_item_that_is_not_a_family():
    results = assess_all([README_FAMILY, "family"], on=ON)
    next(results)
    with pytest.raises(InvalidInputError) as info:
        next(results)
    assert info.value.field == "families[1]"


def test_family_results_html():
    (result,) = assess_all([attrs.evolve(README_FAMILY, id="<H1>")], on=ON)
    page = result._repr_html_()
    assert "&lt;H1&gt;" in page and "<td>reward_assistance</td><td>eligible</td>" in page
    (result,) = assess_all([attrs.evolve(README_FAMILY, id=None)], on=ON)
    assert "<p>family</p>" in result._repr_html_()
    undetermined = FamilyResults(family=README_FAMILY, decisions=(_undetermined(),))
    assert "<td>undetermined</td><td>—</td>" in undetermined._repr_html_()


# -- flat rows -----------------------------------------------------------------------------------


def test_to_rows_one_flat_row_per_family_and_programme():
    rows = to_rows(assess_all([README_FAMILY], on=ON))
    assert len(rows) == len(programs())
    assert all(tuple(row) == ROW_COLUMNS for row in rows)
    reward = rows[0]
    # both parents 60+ in 2012 at the national 960 yuan: 2 × 960 = 1,920.00 yuan = 192,000 fen
    assert reward == {
        "family": "H1",
        "jurisdiction": "360728",
        "on": ON,
        "programme": "reward_assistance",
        "outcome": "eligible",
        "amount": Decimal("1920.00"),
        "amount_fen": 192000,
        "failed": (),
        "illustrative": False,
        "reform": False,
        "unverified_after": None,
    }
    childcare = rows[-1]
    assert childcare["outcome"] == "not_eligible" and childcare["amount"] == Decimal("0.00")
    assert childcare["amount_fen"] == 0 and childcare["failed"]


def test_to_rows_accepts_bare_decisions_and_refuses_anything_else():
    decision = assess("reward_assistance", README_FAMILY, on=date(2030, 1, 1))
    (row,) = to_rows([decision])
    assert row["family"] is None and row["unverified_after"] == date(2026, 11, 1)
    for bad in (decision, "rows", 3):
        with pytest.raises(InvalidInputError) as info:
            to_rows(bad)
        assert info.value.field == "results"
    with pytest.raises(InvalidInputError) as info:
        to_rows([decision, "x"])
    assert info.value.field == "results[1]"


@settings(max_examples=40, deadline=None)
@given(families(), st.dates(min_value=date(2000, 1, 1), max_value=date(2032, 12, 31)))
def test_the_row_flags_agree_with_the_decision(family, on):
    for decision in next(iter(assess_all([family], on=on))).decisions:
        (row,) = to_rows([decision])
        assert row["failed"] == tuple(c.code for c in decision.failed)
        assert row["illustrative"] == decision.is_illustrative
        assert row["reform"] == decision.is_reform
        assert row["unverified_after"] == decision.unverified_after


def _undetermined():
    """A decision the rules could not make (``eligible is None``), as issue 12 will return.

    Until then Decision's fields are typed ``bool`` and ``Decimal``; the test sets them
    directly (attrs frozen classes allow it through object.__setattr__).
    """
    decision = assess("reward_assistance", README_FAMILY, on=ON)
    decision = attrs.evolve(decision)
    object.__setattr__(decision, "eligible", None)
    object.__setattr__(decision, "amount", None)
    return decision


def test_undetermined_decisions_have_no_amount_and_are_never_added_as_zero():
    decided = assess("reward_assistance", README_FAMILY, on=ON)
    (row,) = to_rows([_undetermined()])
    assert (row["outcome"], row["amount"], row["amount_fen"]) == ("undetermined", None, None)
    table = to_rows([decided, _undetermined(), decided])
    (total,) = totals(table)
    assert (total.rows, total.eligible, total.undetermined) == (3, 2, 1)
    assert total.amount == Decimal("3840.00") and not total.is_complete  # 2 × 1,920.00


# -- totals --------------------------------------------------------------------------------------


def test_totals_by_programme_jurisdiction_outcome_and_date():
    population = list(county(DINGNAN_2010.scaled(1000), seed=5))
    table = to_rows(assess_all(population, on=ON))
    by_programme = totals(table)
    assert [t.group for t in by_programme] == [(code,) for code in programs()]
    for total in by_programme:
        mine = [r for r in table if r["programme"] == total.group[0]]
        assert total.rows == len(population) == len(mine)
        assert total.eligible == sum(r["outcome"] == "eligible" for r in mine)
        assert total.amount == sum((r["amount"] for r in mine), Decimal(0))
        assert total.eligible + total.not_eligible + total.undetermined == total.rows
        assert total.is_complete
    (where,) = totals(table, by="jurisdiction")
    assert where.group == ("360728",) and where.rows == len(table)
    outcomes = totals(table, by=["outcome"])
    assert [t.group[0] for t in outcomes] == [o for o in OUTCOMES if o != "undetermined"]
    (when,) = totals(table, by="on")
    assert when.group == (ON.isoformat(),)
    pairs = totals(table, by=("outcome", "programme"))
    assert pairs[0].group == ("eligible", "reward_assistance")
    assert sum(t.amount for t in pairs) == sum(t.amount for t in by_programme)


@pytest.mark.parametrize("by", ["family", (), ("programme", "amount")])
def test_totals_refuse_unknown_groupings(by):
    with pytest.raises(InvalidInputError) as info:
        totals([], by=by)
    assert info.value.field == "by"


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ({"programme": "x"}, "rows[0]"),
        ("row", "rows[0]"),
        ({"programme": "x", "outcome": "maybe", "amount": None}, "rows[0].outcome"),
        ({"programme": "x", "outcome": "eligible", "amount": None}, "rows[0].outcome"),
    ],
)
def test_totals_refuse_rows_that_are_not_from_to_rows(row, field):
    with pytest.raises(InvalidInputError) as info:
        totals([row])
    assert info.value.field == field


# -- DataFrame -----------------------------------------------------------------------------------


def test_to_frame_has_typed_columns():
    pd = pytest.importorskip("pandas")
    results = list(assess_all([README_FAMILY, attrs.evolve(README_FAMILY, id="H2")], on=ON))
    frame = to_frame([*results, FamilyResults(family=README_FAMILY, decisions=(_undetermined(),))])
    assert list(frame.columns) == [c for c in ROW_COLUMNS if c != "amount"]
    dtypes = {name: str(dtype) for name, dtype in frame.dtypes.items()}
    assert dtypes["amount_fen"] == "Int64"
    assert dtypes["outcome"] == dtypes["programme"] == dtypes["jurisdiction"] == "category"
    assert dtypes["on"].startswith("datetime64") and dtypes["unverified_after"].startswith(
        "datetime64"
    )
    assert dtypes["illustrative"] == dtypes["reform"] == "bool"
    assert dtypes["family"] == dtypes["failed"] == "string"
    assert list(frame["outcome"].cat.categories) == list(OUTCOMES)
    assert pd.api.types.is_integer_dtype(frame["amount_fen"])
    assert frame["amount_fen"].iloc[0] == 192000
    assert frame["amount_fen"].isna().tolist() == [False] * 10 + [True]
    # 2 families × 192,000 fen; the undetermined row is missing, not zero
    assert frame.loc[frame.programme == "reward_assistance", "amount_fen"].sum() == 384000
    assert frame["on"].iloc[0] == pd.Timestamp(ON)
    assert frame["failed"].iloc[4] and frame["failed"].iloc[0] == ""
    empty = to_frame([])
    assert len(empty) == 0 and str(empty.dtypes["amount_fen"]) == "Int64"


def test_to_frame_without_pandas_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="install the 'pandas' extra"):
        to_frame([])


def test_the_module_imports_without_pandas(monkeypatch):
    import importlib

    monkeypatch.setitem(sys.modules, "pandas", None)
    import fpcore.tables

    assert importlib.reload(fpcore.tables).families_from_rows


def test_isinstance_checks_do_not_confuse_dates_and_datetimes():
    aware = datetime(1948, 3, 1, tzinfo=timezone(timedelta(hours=8)))
    rows = person_rows()
    rows[0]["birth_date"] = aware
    with pytest.raises(InvalidInputError, match="date and time"):
        families_from_rows(rows, jurisdiction=DINGNAN)
    assert isinstance(_undetermined(), Decision)


class _Day(date):
    """A date subclass other than datetime (some libraries have them)."""


def test_numpy_scalars_and_date_subclasses():
    np = pytest.importorskip("numpy")
    rows = person_rows()
    rows[0]["birth_date"] = _Day(1948, 3, 1)
    rows[0]["only_child"] = np.bool_(False)
    rows[2]["disability_grade"] = np.float32(2.0)
    rows[2]["adopted"] = np.bool_(False)
    (family,) = families_from_rows(rows, jurisdiction=DINGNAN)
    assert family.father.birth_date.__class__ is date
    assert family.children[0].disability_grade == 2
    assert family.father.only_child is False
    rows[2]["disability_grade"] = np.float32(2.5)
    with pytest.raises(InvalidInputError, match="not a whole number"):
        families_from_rows(rows, jurisdiction=DINGNAN)


def test_a_family_error_on_a_parent_or_the_household_names_a_row():
    from fpcore.tables import _family_path

    members = [(4, {}, {"birth_date": "DOB"}), (5, {}, {})]
    parents = {"mother": (4, None)}
    assert _family_path("mother.birth_date", parents, [], {}, members) == "rows[4].DOB"
    assert _family_path("mother", parents, [], {}, members) == "rows[4].role"
    assert _family_path("jurisdiction", parents, [], {}, members) == "rows[4].jurisdiction"
