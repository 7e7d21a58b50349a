import pickle

import attrs
import pytest
from hypothesis import given

from fpcore.errors import InvalidInputError, UnknownJurisdictionError
from fpcore.jurisdictions import (
    BUILT_IN,
    DINGNAN,
    GANZHOU,
    JIANGXI,
    NATIONAL,
    Jurisdiction,
    Level,
    lookup,
)
from fpcore.strategies import jurisdictions


def test_built_in_chain():
    assert [j.code for j in DINGNAN.chain] == ["360728", "360700", "360000", "000000"]
    assert [j.level for j in DINGNAN.chain] == [
        Level.COUNTY,
        Level.PREFECTURE,
        Level.PROVINCE,
        Level.NATIONAL,
    ]
    assert DINGNAN.name("en") == "Dingnan County" and DINGNAN.name("zh") == "定南县"
    assert (
        DINGNAN.is_within(JIANGXI) and DINGNAN.is_within(DINGNAN) and not JIANGXI.is_within(GANZHOU)
    )
    assert NATIONAL.chain == (NATIONAL,)


def test_lookup_by_code_and_user_defined_areas():
    assert lookup("360000") is JIANGXI
    town = Jurisdiction(code="360728100", name_zh="历市镇", name_en="Lishi Town", parent=DINGNAN)
    assert town.level is Level.TOWNSHIP
    assert lookup("360728100", extra=[town]) is town
    with pytest.raises(UnknownJurisdictionError) as info:
        lookup("360799")
    assert info.value.field == "code" and isinstance(info.value, KeyError)


def test_directly_administered_county_under_a_province():
    county = Jurisdiction(code="360799", name_zh="示例县", name_en="Example", parent=JIANGXI)
    assert [j.code for j in county.chain] == ["360799", "360000", "000000"]


@pytest.mark.parametrize(
    ("kwargs", "field", "problem"),
    [
        ({"code": "36072"}, "code", "6, 9 or 12 digits"),
        ({"code": "36O728"}, "code", "digits"),
        ({"code": 360728}, "code", "digits"),
        ({"code": "000728"}, "code", "starts 00"),
        ({"name_zh": " "}, "name_zh", "non-empty"),
        ({"parent": None}, "parent", "is required"),
        ({"parent": "360700"}, "parent", "must be a Jurisdiction"),
        ({"parent": DINGNAN}, "parent", "higher level"),
        ({"code": "440728"}, "parent", "does not contain"),
    ],
)
def test_bad_jurisdictions_are_refused(kwargs, field, problem):
    fields = {
        "code": "360729",
        "name_zh": "某县",
        "name_en": "Some County",
        "parent": GANZHOU,
    } | kwargs
    with pytest.raises(InvalidInputError, match=problem) as info:
        Jurisdiction(**fields)
    assert info.value.field == field


def test_nation_has_no_parent():
    with pytest.raises(InvalidInputError, match="must be None for the nation"):
        Jurisdiction(code="000000", name_zh="全国", name_en="China", parent=JIANGXI)


@given(jurisdictions())
def test_jurisdictions_round_trip_through_evolve_and_pickle(jurisdiction):
    assert attrs.evolve(jurisdiction) == jurisdiction
    assert pickle.loads(pickle.dumps(jurisdiction)) == jurisdiction
    assert jurisdiction.chain[-1] == NATIONAL


def test_built_in_list():
    assert BUILT_IN == (NATIONAL, JIANGXI, GANZHOU, DINGNAN)
