"""Tests for fpcore.serde: JSON-ready round trips and path-naming errors."""

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import attrs
import cattrs
import pytest
from hypothesis import given

import fpcore
from fpcore import DINGNAN, Citation, Confidence, InvalidInputError, default_book
from fpcore.births import (
    BirthRuling,
    Era,
    FeeAssessment,
    LeaveEntitlements,
    classify_birth,
    eras,
    leave_entitlements,
    social_maintenance_fee,
)
from fpcore.explain import Check, Decision, Message, Share
from fpcore.family import Child, Family, Hukou, Parent, Person, SecondBirthGround, Sex
from fpcore.jurisdictions import Jurisdiction
from fpcore.params import DatedValue, ParameterTable, PolicyBook, Resolution
from fpcore.serde import make_converter
from fpcore.strategies import families

CONV = make_converter()


def json_round_trip(obj, cls, conv=CONV):
    text = json.dumps(conv.unstructure(obj), ensure_ascii=False)
    return conv.structure(json.loads(text), cls)


MUM = Person(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), hukou=Hukou.RURAL, only_child=True)
DAD = Person(sex=Sex.MALE, birth_date=date(1978, 1, 1), hukou=Hukou.URBAN, id="420")
KIDS = (
    Child(sex=Sex.FEMALE, birth_date=date(2005, 1, 1), disability_grade=3),
    Child(sex=Sex.MALE, birth_date=date(2010, 1, 1), parents=Parent.FATHER, within_policy=False),
    Child(sex=Sex.MALE, birth_date=date(2012, 5, 1), adopted=True, death_date=date(2013, 1, 1)),
)
FAMILY = Family(
    mother=MUM,
    father=DAD,
    children=KIDS,
    jurisdiction=DINGNAN,
    married_on=date(2004, 1, 1),
    second_birth_permit_on=date(2009, 1, 1),
    second_birth_grounds={SecondBirthGround.REMARRIED, SecondBirthGround.RURAL_ONLY_GIRL},
    id="H-0042",
)


def test_a_family_unstructures_to_plain_json_values():
    data = CONV.unstructure(FAMILY)
    assert data["married_on"] == "2004-01-01"
    assert data["mother"]["sex"] == "female"
    assert data["children"][1]["parents"] == ["father"]
    assert data["second_birth_grounds"] == ["remarried", "rural_only_girl"]
    assert data["jurisdiction"]["parent"]["code"] == "360700"
    assert isinstance(data["children"], list)
    assert data["id"] == "H-0042"
    assert json_round_trip(FAMILY, Family) == FAMILY
    assert json_round_trip(attrs.evolve(FAMILY, id=None), Family).id is None


@pytest.mark.parametrize(
    ("obj", "cls"),
    [
        (classify_birth(FAMILY, KIDS[0]), BirthRuling),
        (classify_birth(FAMILY, KIDS[1]), BirthRuling),
        (social_maintenance_fee(FAMILY, KIDS[1], urban_income="20000"), FeeAssessment),
        (leave_entitlements(FAMILY, KIDS[0], dystocia=True), LeaveEntitlements),
        (eras(DINGNAN)[2], Era),
        (default_book(), PolicyBook),
        (default_book().table("leave.maternity.base_days"), ParameterTable),
        (DINGNAN, Jurisdiction),
        (
            default_book().resolve(
                "births.permitted_children", on=date(2010, 1, 1), jurisdiction=DINGNAN
            ),
            Resolution,
        ),
    ],
)
def test_results_round_trip(obj, cls):
    assert json_round_trip(obj, cls) == obj


def test_open_values_are_tagged():
    check = Check(
        code="x",
        passed=None,
        message=Message(zh="{a}", en="{a}"),
        facts=(
            ("a", Decimal("3.5")),
            ("b", date(2016, 1, 1)),
            ("c", 3),
            ("d", True),
            ("e", None),
            ("f", "s"),
        ),
    )
    data = CONV.unstructure(check)
    assert data["facts"] == [
        ["a", {"decimal": "3.5"}],
        ["b", {"date": "2016-01-01"}],
        ["c", 3],
        ["d", True],
        ["e", None],
        ["f", "s"],
    ]
    assert json_round_trip(check, Check) == check
    record = DatedValue(
        start=date(2004, 1, 1),
        value=Decimal("600.00"),
        citation=Citation(title="t", confidence=Confidence.OFFICIAL),
    )
    assert CONV.unstructure(record)["value"] == {"decimal": "600.00"}
    assert json_round_trip(record, DatedValue) == record


def test_a_decision_round_trips():
    decision = Decision(
        subject="demo",
        title=Message(zh="示例", en="Demo"),
        eligible=True,
        amount=Decimal("600.00"),
        on=date(2008, 6, 30),
        jurisdiction=DINGNAN,
        breakdown=(
            Share(
                beneficiary="mother",
                label=Message(zh="母亲", en="mother"),
                amount=Decimal("300.00"),
            ),
        ),
    )
    assert CONV.unstructure(decision)["amount"] == "600.00"
    assert json_round_trip(decision, Decision) == decision


@pytest.mark.parametrize("code", ["reward_assistance", "special_assistance", "childcare_subsidy"])
def test_decisions_of_the_rules_round_trip_with_their_checks(code):
    # rules hand their checks over as rows; serialising must see the built checks
    he = Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=Hukou.RURAL)
    she = Person(sex=Sex.FEMALE, birth_date=date(1950, 5, 2), hukou=Hukou.RURAL)
    girl = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
    family = Family(father=he, mother=she, children=(girl,), jurisdiction=DINGNAN)
    decision = fpcore.assess(code, family, on=date(2025, 6, 30))
    data = CONV.unstructure(decision)
    assert len(data["checks"]) == len(decision.checks) > 0
    assert json_round_trip(decision, Decision) == decision


def _family_data():
    return CONV.unstructure(FAMILY)


def _set(path, value):
    data = _family_data()
    node = data
    for step in path[:-1]:
        node = node[step]
    if value is KeyError:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        (("children", 2, "birth_date"), "2012-13-01", "children[2].birth_date"),
        (("children", 2, "birth_date"), 20120501, "children[2].birth_date"),
        (("children", 0, "disability_grade"), "3", "children[0].disability_grade"),
        (("children", 0, "disability_grade"), 7, "children[0].disability_grade"),
        (("children", 0, "adopted"), "no", "children[0].adopted"),
        (("children", 0, "sex"), "girl", "children[0].sex"),
        (("children", 0, "sex"), KeyError, "children[0].sex"),
        (("children", 0, "parents", 0), "aunt", "children[0].parents[0]"),
        (("children", 0, "death_date"), "2004-12-31", "children[0].death_date"),
        (("children", 1, "birth_date"), "1977-01-01", "children[1].birth_date"),
        (("children", 1), "child", "children[1]"),
        # a string is refused whole, not read character by character
        (("children",), "none", "children"),
        (("mother", "hukou"), "farm", "mother.hukou"),
        (("mother", "only_child"), 1, "mother.only_child"),
        (("father", "id"), 420, "father.id"),
        (("id",), 42, "id"),
        (("id",), " ", "id"),
        (("married_on",), "1970-01-01", "married_on"),
        (("jurisdiction", "code"), "36", "jurisdiction.code"),
        (("second_birth_grounds", 0), "luck", "second_birth_grounds[0]"),
    ],
)
def test_bad_data_names_the_path(path, value, field):
    with pytest.raises(InvalidInputError) as info:
        CONV.structure(_set(path, value), Family)
    assert info.value.field == field


def test_unknown_keys_and_top_level_errors():
    data = _family_data()
    data["children"][0]["colour"] = "red"
    with pytest.raises(InvalidInputError) as info:
        CONV.structure(data, Family)
    assert (info.value.field, info.value.value) == ("children[0]", ["colour"])
    with pytest.raises(InvalidInputError) as info:
        CONV.structure(["not", "a", "family"], Family)
    assert info.value.field == "data"
    with pytest.raises(InvalidInputError) as info:
        CONV.structure("2010-02-30", date)
    assert info.value.field == "data"


@pytest.mark.parametrize("value", ["NaN", "abc", 1.5, True, "Infinity"])
def test_decimals_are_strict(value):
    with pytest.raises(InvalidInputError):
        CONV.structure(value, Decimal)


def test_structure_accepts_native_values_and_int_decimals():
    assert CONV.structure(date(2010, 1, 1), date) == date(2010, 1, 1)
    assert CONV.structure(Decimal("1.5"), Decimal) == Decimal("1.5")
    assert CONV.structure(600, Decimal) == Decimal("600")
    with pytest.raises(InvalidInputError):
        CONV.structure(datetime(2010, 1, 1, tzinfo=UTC), date)


@pytest.mark.parametrize(
    "value",
    [
        [1],
        {"decimal": "x"},
        {"date": "2010-02-30"},
        {"money": "1"},
        1.5,
        {"age_bands": "49"},
        {"age_bands": [[49]]},
        {"age_bands": [["49", "950.00"]]},
        {"age_bands": [[49, 950.5]]},
    ],
)
def test_open_values_reject_junk(value):
    data = CONV.unstructure(classify_birth(FAMILY, KIDS[0]))
    data["checks"][0]["facts"][0][1] = value
    with pytest.raises(InvalidInputError) as info:
        CONV.structure(data, BirthRuling)
    assert info.value.field == "checks[0].facts[0][1]"


def test_other_structuring_failures_become_invalid_input():
    with pytest.raises(InvalidInputError) as info:
        CONV.structure(5, list[int])
    assert "cannot be structured" in info.value.problem


def test_each_call_builds_a_new_converter_and_the_global_one_is_untouched():
    assert make_converter() is not make_converter()
    assert isinstance(make_converter(), cattrs.Converter)
    # the global converter still structures a str field leniently, as cattrs does by default
    assert cattrs.global_converter.structure(5, str) == "5"


@given(families())
def test_every_generated_family_round_trips(family):
    # user-defined jurisdictions are accepted once registered with the converter
    conv = make_converter(jurisdictions=[family.jurisdiction])
    assert json_round_trip(family, Family, conv) == family


@given(families(max_children=3))
def test_every_ruling_round_trips(family):
    conv = make_converter(jurisdictions=[family.jurisdiction])
    for child in family.children:
        ruling = classify_birth(family, child)
        assert json_round_trip(ruling, BirthRuling, conv) == ruling


def test_notes_that_are_not_paths_are_ignored():
    from fpcore.serde import _leaves

    inner = ValueError("bad")
    inner.add_note("a plain note")
    assert list(_leaves(ExceptionGroup("group", [inner]))) == [("", inner)]


def test_age_banded_values_round_trip_tagged():
    from fpcore.params import AgeBand, AgeBands

    bands = AgeBands((AgeBand(49, Decimal("950.00")), AgeBand(60, None)))
    record = DatedValue(
        start=date(2017, 1, 1),
        value=bands,
        citation=Citation(title="示例", confidence=Confidence.ILLUSTRATIVE),
    )
    data = CONV.unstructure(record)
    assert data["value"] == {"age_bands": [[49, "950.00"], [60, None]]}
    assert CONV.structure(json.loads(json.dumps(data)), DatedValue) == record
