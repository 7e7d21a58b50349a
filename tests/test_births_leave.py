"""Tests for fpcore.births.leave_entitlements (REFERENCE §3.2 and Part 2 §2, §7)."""

from datetime import date

import pytest
from hypothesis import given

from fpcore import DINGNAN, JIANGXI, InvalidInputError
from fpcore.births import LeaveEntitlements, LeaveKind, leave_entitlements
from fpcore.family import Child, Family, Hukou, Parent, Person, Sex
from fpcore.strategies import families
from fpcore.strategies._families import OTHER_PROVINCE

M, F = Parent.MOTHER, Parent.FATHER
MAR, MAT, PAT, PAR = (
    LeaveKind.MARRIAGE,
    LeaveKind.MATERNITY,
    LeaveKind.PATERNITY,
    LeaveKind.PARENTAL,
)


def make(*children, married_on=date(2009, 10, 1), mother_born=date(1984, 1, 1), **kw):
    kw.setdefault("jurisdiction", DINGNAN)
    kw.setdefault("mother", Person(sex=Sex.FEMALE, birth_date=mother_born, hukou=Hukou.URBAN))
    kw.setdefault("father", Person(sex=Sex.MALE, birth_date=date(1982, 1, 1), hukou=Hukou.URBAN))
    return Family(children=children, married_on=married_on, **kw)


def kid(on, **kw):
    return Child(sex=Sex.FEMALE, birth_date=on, **kw)


def test_late_marriage_and_late_first_birth_under_the_2009_text():
    first = kid(date(2013, 3, 1))
    leave = leave_entitlements(make(first), first)
    # marriage 2009-10-01: woman 25 (>= 23), man 27 (>= 25): 3 + 15 days each
    assert (leave.days(MAR, M), leave.days(MAR, F)) == (18, 18)
    # first birth 2013, woman 29 (>= 24): 98 (2012 rules) + 30 days; husband 10 days
    assert (leave.days(MAT, M), leave.days(PAT, F)) == (128, 10)
    assert leave.days(PAR, M) == 0


def test_young_spouses_have_no_late_extras():
    first = kid(date(2010, 3, 1))
    family = make(first, married_on=date(2005, 1, 1), mother_born=date(1984, 1, 1))
    leave = leave_entitlements(family, first)
    # marriage 2005 (before the 2009 text): 3 days; birth at 26 in 2010: 90 + 30 (late)
    assert leave.days(MAR, M) == 3
    assert leave.days(MAT, M) == 120
    young = make(first, married_on=date(2009, 6, 1), mother_born=date(1987, 1, 1))
    leave = leave_entitlements(young, first)
    # woman 22 at marriage (< 23), 23 at the birth (< 24): no extras; man 27 at marriage
    assert (leave.days(MAR, M), leave.days(MAR, F), leave.days(MAT, M)) == (3, 18, 90)
    assert leave.days(PAT, F) == 0


def test_2016_text_second_birth_within_policy():
    kids = kid(date(2012, 3, 1)), kid(date(2017, 3, 1))
    leave = leave_entitlements(make(*kids, married_on=date(2011, 1, 1)), kids[1])
    # 98 + 60 = 158 days; 15 days paternity
    assert (leave.days(MAT, M), leave.days(PAT, F)) == (158, 15)
    assert leave.days(MAR, M) == 18  # married 2011 at 27 / 29: 3 + 15


def test_2021_amendment_twins_with_dystocia():
    twins = kid(date(2022, 3, 1)), kid(date(2022, 3, 1))
    family = make(*twins, married_on=date(2022, 1, 1), jurisdiction=JIANGXI)
    leave = leave_entitlements(family, twins[0], dystocia=True)
    # marriage 2022: 3 + 15 (no late-marriage extra after 2016)
    assert leave.days(MAR, F) == 18
    # 98 + 15 (dystocia) + 15 (one extra baby) + 90 (within policy) = 218
    assert leave.days(MAT, M) == 218
    assert leave.days(PAT, F) == 30
    parental = [i for i in leave.items if i.kind is PAR]
    assert [(i.parent, i.days, i.per_year, i.until) for i in parental] == [
        (M, 10, True, date(2025, 3, 1)),
        (F, 10, True, date(2025, 3, 1)),
    ]


def test_an_out_of_policy_birth_gets_the_national_base_only():
    kids = kid(date(2012, 3, 1)), kid(date(2016, 3, 1)), kid(date(2018, 3, 1))
    leave = leave_entitlements(make(*kids), kids[2])
    assert leave.ruling.within_policy is False
    assert leave.days(MAT, M) == 98
    assert (leave.days(PAT, F), leave.days(PAR, F)) == (0, 0)
    assert leave.check("leave.within_policy").passed is False


def test_an_undetermined_ruling_counts_no_extra_and_says_so():
    early = kid(date(1999, 3, 1))
    leave = leave_entitlements(make(early, married_on=date(1998, 1, 1)), early)
    assert leave.days(MAT, M) == 90
    assert leave.check("leave.within_policy").passed is None
    assert "extra leave is not counted" in leave.explain("en")


def test_dates_before_the_encoded_rules():
    old = kid(date(1985, 3, 1))
    dad = Person(sex=Sex.MALE, birth_date=date(1955, 1, 1), hukou=Hukou.RURAL)
    family = make(old, married_on=date(1979, 1, 1), mother_born=date(1958, 1, 1), father=dad)
    leave = leave_entitlements(family, old)
    assert leave.items == ()
    assert leave.check("leave.marriage").passed is None
    assert leave.check("leave.maternity").passed is None


def test_adopted_children_and_absent_parents():
    adopted = kid(date(2017, 1, 1), adopted=True)
    leave = leave_entitlements(make(adopted), adopted)
    assert [i.kind for i in leave.items] == [MAR, MAR]
    assert leave.check("leave.birth").passed is None
    born = kid(date(2017, 1, 1))
    mother_only = leave_entitlements(make(born, father=None), born)
    assert mother_only.days(MAT, M) == 98 + 60
    assert mother_only.days(PAT, F) == 0
    father_only = leave_entitlements(make(born, mother=None), born)
    assert father_only.days(MAT, M) == 0
    assert father_only.days(PAT, F) == 15
    unmarried = leave_entitlements(make(married_on=None))
    assert unmarried.items == ()
    assert unmarried.headline("en") == "Leave — Dingnan County: none."
    assert unmarried.headline("zh") == "假期——定南县：无。"


def test_a_province_with_national_rules_only():
    born = kid(date(2022, 3, 1))
    leave = leave_entitlements(make(born, jurisdiction=OTHER_PROVINCE), born)
    assert (leave.days(MAR, M), leave.days(MAT, M), leave.days(PAT, F), leave.days(PAR, M)) == (
        3,
        98,
        0,
        0,
    )


def test_rendering():
    born = kid(date(2022, 3, 1))
    leave = leave_entitlements(make(born, married_on=date(2021, 10, 1)), born)
    assert leave.headline("en") == (
        "Leave — Dingnan County: mother marriage leave 18 days; father marriage leave 18 days; "
        "mother maternity leave 188 days; father paternity leave 30 days; "
        "mother parental leave 10 days a year; father parental leave 10 days a year."
    )
    assert leave.headline("zh").startswith(
        "假期——定南县：女方婚假 18 天；男方婚假 18 天；女方产假 188 天"
    )
    assert "女方育儿假每年 10 天" in leave.headline("zh")
    assert "Maternity leave: national 98 days" in leave.explain("en")


def test_bad_input():
    with pytest.raises(InvalidInputError) as info:
        leave_entitlements(make(), dystocia="yes")
    assert info.value.field == "dystocia"
    with pytest.raises(InvalidInputError):
        leave_entitlements(make(), kid(date(2010, 1, 1)))


@given(families(max_children=3))
def test_leave_is_never_negative(family):
    for child in (None, *family.children):
        leave = leave_entitlements(family, child)
        assert isinstance(leave, LeaveEntitlements)
        assert all(i.days > 0 for i in leave.items)


def test_a_zero_day_entitlement_is_not_listed():
    from fpcore.params import Citation, Confidence, default_book

    book = default_book().override(
        "leave.paternity.days",
        0,
        start=date(2016, 1, 20),
        jurisdiction=DINGNAN,
        citation=Citation(title="测算", confidence=Confidence.ILLUSTRATIVE),
    )
    born = kid(date(2017, 3, 1))
    leave = leave_entitlements(make(born), born, book=book)
    assert leave.check("leave.paternity").fact("days") == 0
    assert PAT not in {i.kind for i in leave.items}
    assert leave.is_illustrative
