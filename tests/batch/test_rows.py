from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fpcore import DINGNAN, Child, Family, Hukou, InvalidInputError, Parent, Person, Sex
from fpcore.batch import (
    REGISTER_COLUMNS,
    check_row,
    family_from_row,
    row_from_family,
    rows_from_families,
    rows_from_register,
)
from fpcore.synthetic import DINGNAN_2010, county

from .conftest import records

WEIRD = st.sampled_from(
    [
        0,
        1,
        2,
        5,
        "x",
        1.5,
        True,
        False,
        None,
        datetime(1980, 1, 1, tzinfo=UTC),
        date(1980, 1, 1),
        (),
        [],
    ]
)
DAYS = st.dates(date(1940, 1, 1), date(2030, 12, 31))


def maybe(strategy):
    return st.one_of(strategy, strategy, strategy, strategy, WEIRD)


PARENT = st.one_of(
    st.none(),
    st.tuples(
        maybe(DAYS),
        maybe(st.one_of(st.none(), DAYS)),
        maybe(st.booleans()),
        maybe(st.booleans()),
        maybe(st.one_of(st.none(), st.integers(0, 4))),
    ),
    WEIRD,
)
CHILD = st.one_of(
    st.tuples(
        maybe(DAYS),
        maybe(st.one_of(st.none(), DAYS)),
        maybe(st.booleans()),
        maybe(st.one_of(st.none(), st.booleans())),
        maybe(st.booleans()),
        maybe(st.integers(0, 4)),
        maybe(st.one_of(st.none(), st.integers(0, 5))),
    ),
    WEIRD,
)
ROWS = st.tuples(
    st.none(),
    st.one_of(st.just(DINGNAN), st.just(DINGNAN), WEIRD),
    PARENT,
    PARENT,
    st.one_of(
        st.tuples(), st.lists(CHILD, max_size=3).map(tuple), st.lists(CHILD, max_size=2), WEIRD
    ),
    maybe(st.one_of(st.none(), DAYS)),
    maybe(st.one_of(st.none(), DAYS)),
    maybe(st.one_of(st.none(), DAYS)),
    st.one_of(st.none(), st.none(), st.none(), WEIRD),
) | st.sampled_from([(), "row", None, (1, 2)])


def outcome(function, row):
    try:
        return ("ok", function(row))
    except InvalidInputError as error:
        return ("refused", str(error))


@given(ROWS)
def test_a_row_is_accepted_iff_building_its_family_succeeds(row):
    checked = outcome(check_row, row)
    built = outcome(family_from_row, row)
    assert checked[0] == built[0]
    if checked[0] == "refused":
        assert checked[1] == built[1]
    else:
        # the accepted row is the canonical row of the family built from it
        assert checked[1] == row_from_family(built[1], key=row[0], source=False)
        assert family_from_row(checked[1]) == built[1]


def _near(base, *offsets):
    """Days around ``base`` + each offset (± 2 days)."""
    return st.sampled_from(offsets).flatmap(
        lambda k: st.integers(-2, 2).map(lambda d: base + timedelta(days=k + d))
    )


PARENT_BORN = date(1960, 3, 1)
# offsets (days after a parent's birth, or after a death) where the plausibility limits lie:
# 10 years (3,652–3,653 days; the band starts at 366 × 10), 50 and 70 years (the band ends at
# 365 × 50 and 365 × 70), 75 and 100 years (refused); a father's death + 300 days
AGES = (3650, 3653, 3660, 365 * 50, 50 * 365 + 12, 365 * 70, 70 * 365 + 17, 75 * 365 + 19)


@st.composite
def plausibility_rows(draw):
    """Rows near every plausibility limit the constructors check (valid types throughout)."""
    mother_born = draw(_near(PARENT_BORN, 0, 400, -4000))
    father_born = draw(_near(PARENT_BORN, 0, -400, -7000))
    father_died = draw(st.one_of(st.none(), _near(PARENT_BORN, 9000, 12000)))
    mother = (mother_born, None, True, False, None)
    father = (father_born, father_died, True, False, None) if draw(st.booleans()) else None
    if draw(st.integers(0, 9)) == 0:
        mother = None
        if father is None:
            father = (father_born, father_died, True, False, None)
    kids = []
    for _ in range(draw(st.integers(0, 3))):
        anchor = draw(st.sampled_from(["mother", "father", "death", "previous"]))
        if anchor == "death" and father_died is not None:
            born = draw(_near(father_died, 0, 300))
        elif anchor == "previous" and kids:
            born = draw(_near(kids[-1][0], 0, 1, 140, 139))
        else:
            born = draw(_near(mother_born if anchor == "mother" else father_born, *AGES))
        code = draw(st.sampled_from([1, 2, 3, 3]))
        kids.append((born, None, True, True, draw(st.booleans()), code, None))
    documents = [
        draw(
            st.one_of(
                st.none(),
                _near(PARENT_BORN, 3653, 3660, -400 + 3653, 3653 + 400),
                _near(father_died or PARENT_BORN, 0, 10000),
            )
        )
        for _ in range(3)
    ]
    return (None, DINGNAN, mother, father, tuple(kids), *documents, None)


@given(plausibility_rows())
def test_the_validator_follows_the_constructors_plausibility(row):
    # the fast validator checks plausibility with a band: it may defer a row the
    # constructors accept (they then warn or accept), never accept one they refuse
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        checked = outcome(check_row, row)
        built = outcome(family_from_row, row)
    assert checked[0] == built[0], (checked, built)
    if checked[0] == "refused":
        assert checked[1] == built[1]


def test_the_strategy_reaches_both_sides():
    accepted = refused = 0
    family = next(county(DINGNAN_2010.scaled(1000)))
    row = row_from_family(family, source=False)
    assert check_row(row) is row
    accepted += 1
    with pytest.raises(InvalidInputError, match=r"children\[0\]\.parents"):
        check_row((*row[:4], ((date(2000, 1, 1), None, True, None, False, 7, None),), *row[5:]))
    refused += 1
    assert accepted and refused


def test_family_rows_keep_their_family():
    mum = Person(
        sex=Sex.FEMALE, birth_date=date(1970, 1, 1), hukou=Hukou.RURAL, ethnic_minority=True, id="A"
    )
    kid = Child(
        sex=Sex.MALE,
        birth_date=date(1995, 1, 1),
        adopted=True,
        adopted_on=date(1996, 1, 1),
        parents=Parent.MOTHER,
    )
    family = Family(mother=mum, father=None, children=(kid,), jurisdiction=DINGNAN)
    row = row_from_family(family, key="h1")
    assert check_row(row) is row and family_from_row(row) is family
    with pytest.raises(InvalidInputError, match="source"):
        family_from_row((*row[:5], date(1990, 1, 1), *row[6:]))
    with pytest.raises(InvalidInputError, match="source"):
        family_from_row((*row[:8], "family"))
    with pytest.raises(InvalidInputError, match=r"families\[1\]"):
        list(rows_from_families([family, "x"]))
    with pytest.raises(InvalidInputError, match="children"):
        family_from_row((*row[:4], [], *row[5:8], None))


def test_register_rows_give_the_families_back():
    families = list(county(DINGNAN_2010.scaled(200), seed=3))
    flat = [record for key, family in enumerate(families) for record in records(family, key)]
    rows = list(rows_from_register(flat, jurisdiction=DINGNAN))
    assert [family_from_row(check_row(row)) for row in rows] == families
    assert [row[0] for row in rows] == list(range(len(families)))
    assert REGISTER_COLUMNS[:2] == ("household", "role")


def test_register_codes_defaults_and_single_parents():
    minimal = [
        {
            "household": "a",
            "role": Parent.MOTHER,
            "sex": Sex.FEMALE,
            "birth_date": date(1970, 1, 1),
            "hukou": Hukou.URBAN,
        },
        {
            "household": "a",
            "role": "child",
            "sex": "male",
            "birth_date": date(1995, 1, 1),
            "married_on": date(1994, 1, 1),
        },
        {
            "household": "b",
            "role": Parent.FATHER,
            "sex": "male",
            "birth_date": date(1970, 1, 1),
            "hukou": "rural",
        },
        {"household": "b", "role": "child", "sex": Sex.FEMALE, "birth_date": date(1996, 1, 1)},
    ]
    a, b = (family_from_row(row) for row in rows_from_register(minimal, jurisdiction=DINGNAN))
    assert (
        a.mother.hukou is Hukou.URBAN
        and a.children[0].parents == {Parent.MOTHER}
        and a.married_on == date(1994, 1, 1)
    )
    assert (
        b.father.is_rural
        and b.children[0].parents == {Parent.FATHER}
        and b.children[0].sex is Sex.FEMALE
    )


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"role": "uncle"}, r"rows\[0\]\.role"),
        ({"sex": "x"}, r"rows\[0\]\.sex"),
        ({"sex": "male"}, r"rows\[0\]\.sex"),
        ({"hukou": "city"}, r"rows\[0\]\.hukou"),
        ({"hukou": []}, r"rows\[0\]\.hukou"),
        ({"household": []}, r"rows\[0\]\.household"),
    ],
)
def test_register_refusals(change, field):
    row = {
        "household": 1,
        "role": "mother",
        "sex": "female",
        "birth_date": date(1970, 1, 1),
        "hukou": "rural",
    }
    with pytest.raises(InvalidInputError, match=field):
        list(rows_from_register([{**row, **change}], jurisdiction=DINGNAN))


def test_register_household_refusals():
    mum = {
        "household": 1,
        "role": "mother",
        "sex": "female",
        "birth_date": date(1970, 1, 1),
        "hukou": "rural",
    }
    dad = {
        "household": 1,
        "role": "father",
        "sex": "male",
        "birth_date": date(1970, 1, 1),
        "hukou": "rural",
    }
    with pytest.raises(InvalidInputError, match="second mother"):
        list(rows_from_register([mum, mum], jurisdiction=DINGNAN))
    with pytest.raises(InvalidInputError, match="second father"):
        list(rows_from_register([dad, dad], jurisdiction=DINGNAN))
    with pytest.raises(InvalidInputError, match="consecutive"):
        list(rows_from_register([mum, {**dad, "household": 2}, dad], jurisdiction=DINGNAN))
    with pytest.raises(InvalidInputError, match=r"rows\[1\]\.married_on"):
        list(
            rows_from_register(
                [{**mum, "married_on": date(1990, 1, 1)}, {**dad, "married_on": date(1991, 1, 1)}],
                jurisdiction=DINGNAN,
            )
        )
    with pytest.raises(InvalidInputError, match=r"rows\[0\]\.birth_date"):
        list(
            rows_from_register(
                [{"household": 1, "role": "mother", "sex": "female"}], jurisdiction=DINGNAN
            )
        )
    with pytest.raises(InvalidInputError, match=r"rows\[0\]"):
        list(rows_from_register(["not a mapping"], jurisdiction=DINGNAN))
    with pytest.raises(InvalidInputError, match="jurisdiction"):
        rows_from_register([], jurisdiction="360728")
    same = [
        {**mum, "married_on": date(1990, 1, 1)},
        {**dad, "married_on": date(1990, 1, 1)},
        {**dad, "household": 2, "married_on": None},
    ]
    first, second = rows_from_register(same, jurisdiction=DINGNAN)
    assert first[5] == date(1990, 1, 1) and second[5] is None
    merged = [
        {
            **mum,
            "married_on": None,
            "one_child_certificate_on": None,
            "second_birth_permit_on": None,
        },
        {
            **dad,
            "married_on": date(1990, 1, 1),
            "one_child_certificate_on": None,
            "second_birth_permit_on": None,
        },
    ]
    assert next(rows_from_register(merged, jurisdiction=DINGNAN))[5] == date(1990, 1, 1)


def test_unusual_but_valid_rows_and_precise_refusals():
    import enum

    class Grade(enum.IntEnum):
        TWO = 2

    family = next(county(DINGNAN_2010.scaled(1000)))
    row = row_from_family(family, source=False)
    kid = (date(2000, 1, 1), None, True, None, False, 3, Grade.TWO)
    odd = (*row[:4], (kid,), *row[5:])
    assert check_row(odd) == row_from_family(family_from_row(odd), source=False)
    for bad, field in (
        ((*row[:2], "mum", *row[3:]), "mother"),
        (
            (*row[:4], ((date(2000, 1, 1), None, 1, None, False, 3, None),), *row[5:]),
            r"children\[0\]\.female",
        ),
        (
            (*row[:4], ((date(2000, 1, 1), None, True, None, False, 3, 9),), *row[5:]),
            r"children\[0\]\.disability_grade",
        ),
        ((*row[:4], ("kid",), *row[5:]), r"children\[0\]"),
        ((*row[:2], (date(1970, 1, 1), None, "yes", False, None), *row[3:]), r"mother\.rural"),
        ((*row[:2], (date(1970, 1, 1), None, True, False, 7), *row[3:]), r"mother\.surgery"),
    ):
        with pytest.raises(InvalidInputError, match=field):
            check_row(bad)
    assert list(rows_from_register([], jurisdiction=DINGNAN)) == []


def test_a_member_alive_past_max_age_is_refused_as_the_scalar_rule_refuses():
    # born 1935, no death recorded: 155 on 2090-07-01, past fpcore.dates.MAX_AGE (150); the
    # scalar rule refuses ("record the death"), so the batch path must not pay 1,200.
    from fpcore import assess
    from fpcore.batch import assess_batch, rows_from_families

    he = Person(sex=Sex.MALE, birth_date=date(1935, 1, 1), hukou=Hukou.RURAL)
    girl = Child(sex=Sex.FEMALE, birth_date=date(1965, 8, 1), within_policy=True)
    family = Family(father=he, mother=None, children=(girl,), jurisdiction=DINGNAN)
    on = date(2090, 7, 1)
    with pytest.raises(InvalidInputError, match="MAX_AGE"):
        assess("reward_assistance", family, on=on)
    with pytest.raises(InvalidInputError, match=r"households\[0\].*MAX_AGE"):
        assess_batch("reward_assistance", rows_from_families([family]), on=on)
    # the day before the 151st birthday's year starts to matter: 150 on 2085-07-01 is decided
    decided = assess_batch("reward_assistance", rows_from_families([family]), on=date(2085, 7, 1))
    assert list(decided["reward_assistance"].fens()) == [120000]  # 1,200.00 (Jiangxi rate)
