from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from fpcore import (
    DINGNAN,
    JIANGXI,
    NATIONAL,
    Child,
    Citation,
    Confidence,
    Family,
    Hukou,
    InvalidInputError,
    Person,
    Sex,
    UnknownProgramError,
    assess,
    default_book,
    programs,
)
from fpcore._batch import _kernels
from fpcore.batch import (
    CHUNK,
    Outcome,
    assess_batch,
    outcome_of,
    row_from_family,
    rows_from_families,
    yuan,
)
from fpcore.errors import NoValueForDateError
from fpcore.explain import Checks, Message, make_decision

ON = date(2012, 6, 30)
WHAT_IF = Citation(title="测算", confidence=Confidence.REFORM)


def couple(where=DINGNAN, hukou=Hukou.RURAL, kids=None, **more):
    she = Person(sex=Sex.FEMALE, birth_date=date(1950, 5, 2), hukou=hukou)
    he = Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=hukou)
    kids = (
        kids
        if kids is not None
        else (Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True),)
    )
    return Family(mother=she, father=he, children=kids, jurisdiction=where, **more)


def same(families, on, book=None, codes=None):
    codes = codes or programs()
    result = assess_batch(codes, rows_from_families(families), on=on, book=book)
    for code in codes:
        for index, family in enumerate(families):
            expected = outcome_of(assess(code, family, on=on, book=book))
            assert (result[code].outcome(index), result[code].fen(index)) == expected, code
    return result


def test_results_api():
    families = [
        couple(),
        couple(hukou=Hukou.URBAN),
        couple(kids=(Child(sex=Sex.MALE, birth_date=date(1975, 1, 1)),)),
    ]
    result = same(families, ON)
    reward = result["reward_assistance"]
    assert len(result) == len(reward) == 3 and result.programs == programs()
    # 2 × 960.00 for the rural couple (both aged 60+), nothing for the urban couple in Dingnan's
    # 2012 extension? its own ages: 60 (illustrative) -> both are
    assert reward.fen(0) == 192000 and reward.amount(0) == Decimal("1920.00")
    assert (
        reward.outcome(2) is Outcome.UNDETERMINED
        and reward.fen(2) is None
        and reward.amount(2) is None
    )
    assert reward.undetermined == 1 and reward.fallbacks >= 1
    assert list(reward.fens()) == [reward.fen(i) for i in range(3)]
    assert reward.total_fen == sum(f or 0 for f in reward.fens()) and reward.total == yuan(
        reward.total_fen
    )
    assert reward.eligible == sum(1 for i in range(3) if reward.outcome(i) is Outcome.ELIGIBLE)
    assert reward.explain(0) == assess("reward_assistance", families[0], on=ON)
    assert result.explain(1, "special_assistance") == assess(
        "special_assistance", families[1], on=ON
    )
    assert result.family(0) is families[0] and result.key(2) == 2 and result.row(-1)[0] == 2
    assert reward.illustrative and reward.unverified_after is None
    assert "3 households" in repr(result) and "reward_assistance" in repr(reward)
    with pytest.raises(KeyError):
        result["nothing"]
    with pytest.raises(KeyError):
        result.explain(0, "childcare_subsidy_x")


def test_arguments_are_checked():
    rows = list(rows_from_families([couple()]))
    with pytest.raises(UnknownProgramError):
        assess_batch("nope", rows, on=ON)
    with pytest.raises(InvalidInputError, match="programs"):
        assess_batch([], rows, on=ON)
    with pytest.raises(InvalidInputError, match="chunk"):
        assess_batch("reward_assistance", rows, on=ON, chunk=0)
    with pytest.raises(InvalidInputError, match="chunk"):
        assess_batch("reward_assistance", rows, on=ON, chunk=True)
    with pytest.raises(InvalidInputError, match="on"):
        assess_batch("reward_assistance", rows, on="2012-06-30")
    bad = row_from_family(couple(), source=False)
    bad = (*bad[:5], date(1900, 1, 1), *bad[6:])
    with pytest.raises(InvalidInputError, match=r"households\[1\]\.married_on"):
        assess_batch("reward_assistance", [rows[0], bad], on=ON)
    assert assess_batch(["reward_assistance", "reward_assistance"], rows, on=ON).programs == (
        "reward_assistance",
    )
    assert CHUNK == 10_000


def test_mixed_jurisdictions_and_chunks():
    families = [couple(where) for where in (DINGNAN, NATIONAL, JIANGXI, DINGNAN)] * 3
    result = assess_batch(programs(), rows_from_families(families), on=date(2017, 6, 30), chunk=5)
    for code in programs():
        for index, family in enumerate(families):
            assert (result[code].outcome(index), result[code].fen(index)) == outcome_of(
                assess(code, family, on=date(2017, 6, 30))
            )
    assert result.row(5)[1] is NATIONAL and result.row(11)[1] is DINGNAN


def test_outcome_of_reads_three_valued_decisions():
    decision = make_decision("x", Message(zh="x", en="x"), None, None, ON, DINGNAN, Checks())
    assert outcome_of(decision) == (Outcome.UNDETERMINED, None)
    checks = Checks()
    checks.add("x.a", None, Message(zh="x", en="x"))
    decision = make_decision(
        "x", Message(zh="x", en="x"), False, Decimal("0.00"), ON, DINGNAN, checks
    )
    # the rule decided "not eligible" although a condition is unknown: not undetermined
    assert outcome_of(decision) == (Outcome.NOT_ELIGIBLE, 0)
    checks.add("x.b", False, Message(zh="x", en="x"))
    decision = make_decision(
        "x", Message(zh="x", en="x"), False, Decimal("0.00"), ON, DINGNAN, checks
    )
    assert outcome_of(decision) == (Outcome.NOT_ELIGIBLE, 0)


def _book(*changes, where=NATIONAL):
    book = default_book()
    for key, value, start in changes:
        book = book.override(key, value, start=start, jurisdiction=where, citation=WHAT_IF)
    return book


EARLY = date(1, 1, 1)


@pytest.mark.parametrize(
    ("changes", "on", "where"),
    [
        # the rural amount 0: the compile refuses, the scalar rule decides every row
        ((("reward_assistance.amount", "0", date(2012, 1, 1)),), ON, DINGNAN),
        # Jiangxi's urban amount 0: urban couples go to the scalar rule
        ((("reward_assistance.urban.amount", "0", date(2012, 1, 1)),), ON, JIANGXI),
        # no birth date in the calendar is 60 years before year 50
        (
            tuple(
                (k, v, EARLY)
                for k, v in (
                    ("reward_assistance.amount", "960"),
                    ("reward_assistance.min_age", 60),
                    ("reward_assistance.born_from", date(1, 1, 1)),
                    ("reward_assistance.compliance_from", date(1, 1, 1)),
                    ("reward_assistance.compliance_until", date(2, 1, 1)),
                    ("reward_assistance.urban.in_force", False),
                    ("special_assistance.amount.death.urban", "100"),
                    ("special_assistance.born_from", date(1, 1, 1)),
                    ("special_assistance.min_age", 49),
                    ("special_assistance.max_disability_grade", 3),
                    ("childcare_subsidy.amount", "3600"),
                    ("childcare_subsidy.until_age", 3),
                    ("childcare_subsidy.pays_birth_month", False),
                    ("family_planning_insurance.premium", "30"),
                    ("family_planning_insurance.max_child_age", 6),
                )
            ),
            date(40, 6, 30),
            NATIONAL,
        ),
        # rural parents of 30 can be born by year 40, urban parents of 55 and 60 cannot
        (
            tuple(
                (k, v, EARLY)
                for k, v in (
                    ("reward_assistance.amount", "960"),
                    ("reward_assistance.min_age", 30),
                    ("reward_assistance.born_from", date(1, 1, 1)),
                    ("reward_assistance.compliance_from", date(1, 1, 1)),
                    ("reward_assistance.compliance_until", date(2, 1, 1)),
                    ("reward_assistance.urban.in_force", True),
                    ("reward_assistance.urban.amount", "960"),
                    ("reward_assistance.urban.min_age_male", 60),
                    ("reward_assistance.urban.min_age_female", 55),
                )
            ),
            date(40, 6, 30),
            NATIONAL,
        ),
        # no month 36 months before year 2, no birth date 7 years before it
        (
            tuple(
                (k, v, EARLY)
                for k, v in (
                    ("childcare_subsidy.amount", "3600"),
                    ("childcare_subsidy.until_age", 3),
                    ("childcare_subsidy.pays_birth_month", False),
                    ("family_planning_insurance.premium", "30"),
                    ("family_planning_insurance.max_child_age", 6),
                )
            ),
            date(2, 6, 30),
            NATIONAL,
        ),
        # a paid-until age of 0 in December 9999: no month follows
        (
            (("one_child_parent_reward.until_age", 0, date(2016, 1, 20)),),
            date(9999, 12, 15),
            JIANGXI,
        ),
    ],
)
def test_compiles_that_refuse_leave_rows_to_the_scalar_rule(changes, on, where):
    book = _book(*changes, where=where if where is not NATIONAL else NATIONAL)
    early = on.year < 100
    she = Person(
        sex=Sex.FEMALE, birth_date=date(1, 3, 1) if early else date(1950, 5, 2), hukou=Hukou.RURAL
    )
    # at the calendar's start no mother can be 10 at a birth (fpcore.plausibility): the early
    # child is adopted, which keeps its birth date in year 1
    kid = Child(
        sex=Sex.FEMALE,
        birth_date=date(1, 8, 1) if early else date(1975, 8, 1),
        within_policy=True,
        adopted=early,
    )
    if on.year < 10:
        she = Person(sex=Sex.FEMALE, birth_date=date(1, 1, 1), hukou=Hukou.RURAL)
        kid = Child(sex=Sex.FEMALE, birth_date=date(1, 2, 1), adopted=True)
    late = on.year > 9000  # no one born in the 1900s is alive then (MAX_AGE): a late family
    if late:
        she = Person(sex=Sex.FEMALE, birth_date=date(9950, 5, 2), hukou=Hukou.RURAL)
        kid = Child(sex=Sex.FEMALE, birth_date=date(9975, 8, 1), within_policy=True)
    families = [
        couple(where=where),
        couple(where=where, hukou=Hukou.URBAN),
        Family(
            mother=she,
            father=None,
            children=(kid,),
            jurisdiction=where,
            # no certificate before its holder turned 10 (fpcore.plausibility)
            one_child_certificate_on=None if early else kid.birth_date,
        ),
    ]
    if early or late:
        families = families[2:]
    same(families, on, book)


@pytest.mark.parametrize(
    ("key", "where", "on", "family"),
    [
        ("special_assistance.amount.disability.rural", NATIONAL, date(2015, 6, 30), "disabled"),
        ("one_child_parent_reward.until_age", JIANGXI, date(2010, 6, 30), "only"),
        ("family_planning_insurance.max_child_age", DINGNAN, date(2008, 6, 30), "only"),
    ],
)
def test_a_value_missing_where_the_rule_reads_it_raises_as_the_rule_does(key, where, on, family):
    book = default_book().override(
        key, None, start=on.replace(month=1, day=1), jurisdiction=where, citation=WHAT_IF
    )
    if family == "urban":
        with pytest.raises(NoValueForDateError):
            assess("reward_assistance", couple(hukou=Hukou.URBAN), on=on, book=book)
        with pytest.raises(NoValueForDateError):
            assess_batch(
                "reward_assistance",
                rows_from_families([couple(hukou=Hukou.URBAN)]),
                on=on,
                book=book,
            )
        return
    mum = Person(sex=Sex.FEMALE, birth_date=date(1960, 1, 1), hukou=Hukou.RURAL)
    kid = (
        Child(sex=Sex.FEMALE, birth_date=date(1985, 1, 1), disability_grade=2)
        if family == "disabled"
        else Child(sex=Sex.FEMALE, birth_date=date(2005, 1, 1))
    )
    household = Family(
        mother=mum,
        father=None,
        children=(kid,),
        jurisdiction=DINGNAN,
        one_child_certificate_on=date(2005, 6, 1),
    )
    code = {
        "special": "special_assistance",
        "one_chi": "one_child_parent_reward",
        "family_": "family_planning_insurance",
    }[key[:7]]
    with pytest.raises(NoValueForDateError):
        assess(code, household, on=on, book=book)
    with pytest.raises(NoValueForDateError):
        assess_batch(code, rows_from_families([household]), on=on, book=book)


def test_every_programme_has_a_compile_step():
    assert tuple(_kernels.COMPILERS) == programs()


def test_a_group_whose_compile_refuses_in_a_mixed_block():
    book = _book(("reward_assistance.amount", "0", date(2012, 1, 1)), where=DINGNAN)
    same(
        [couple(DINGNAN), couple(NATIONAL), couple(DINGNAN)], ON, book, codes=("reward_assistance",)
    )
