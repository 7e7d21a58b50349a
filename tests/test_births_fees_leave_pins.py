"""Pins of the social maintenance fee and of leave (issue 15: mutation testing).

Expected values come from the sources with the arithmetic in comments:

- 江西省社会抚养费征收管理办法 (2004; REFERENCE §3.2): per spouse, the county's per-capita income
  of the year before the birth (or the spouse's actual income if higher) × 3.5 for a married
  couple's birth without a ground; half of that (1.75) for an under-age unmarried pair's first
  child; 7 × and 14 × for a first and a second child with someone other than the spouse,
  charged to that parent; each share rounded to the fen, half up.
- The fee abolished by the decision of 2021-06-26, removed from the law on 2021-08-20, Decree
  357 repealed on 2021-09-09 (LEGAL-AUDIT WL-5, MC-3); levied under Decree 357 from 2002-09-01.
- Leave (REFERENCE §3.2 and Part 2 §7): marriage leave 3 days (1980 notice) + 15 for a late
  marriage under the Jiangxi 2009 text (man ≥ 25, woman ≥ 23) + 15 for any marriage from
  2021-09-29; maternity 90 days (1988 rules, from 1988-09-01), 98 from 2012-04-28, + 30 for a
  late first birth (woman ≥ 24) and 10 days of nursing leave for the husband under the 2009
  text; from 2016-01-20 a birth within policy adds 60 maternity days and 15 paternity days (90
  and 30 from 2021-09-29); parental leave 10 days a year per parent while the child is under 3
  (from 2021-09-29).
"""

from datetime import date
from decimal import Decimal

import attrs
import pytest

from fpcore import DINGNAN, JIANGXI, NATIONAL, InvalidInputError
from fpcore.births import LeaveKind, classify_birth, leave_entitlements, social_maintenance_fee
from fpcore.family import Child, Family, Hukou, Parent, Person, Sex
from fpcore.params import Citation, Confidence, PolicyBook, default_book
from fpcore.params.sources import (
    AUDITED_THROUGH,
    FEE_ABOLITION_DECISION_2021,
    JIANGXI_FEE_MEASURES_2004,
    JIANGXI_REGULATION_2009,
    POPULATION_LAW_2021_FEE_REMOVED,
    STATE_COUNCIL_DECREE_357,
    STATE_COUNCIL_REPEAL_2021,
)

M, F = Parent.MOTHER, Parent.FATHER
MAR, MAT, PAT, PAR = (
    LeaveKind.MARRIAGE,
    LeaveKind.MATERNITY,
    LeaveKind.PATERNITY,
    LeaveKind.PARENTAL,
)
WHAT_IF = Citation(title="测算：规则钉住", confidence=Confidence.ILLUSTRATIVE)


def kid(on, sex=Sex.MALE, **kw):
    return Child(sex=sex, birth_date=on, **kw)


def couple(*children, married_on=date(2003, 1, 1), hukou=Hukou.URBAN, **kw):
    kw.setdefault("mother", Person(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), hukou=hukou))
    kw.setdefault("father", Person(sex=Sex.MALE, birth_date=date(1978, 1, 1), hukou=hukou))
    kw.setdefault("jurisdiction", DINGNAN)
    return Family(children=children, married_on=married_on, **kw)


def keys(check):
    return [r.parameter.key for r in check.provenance]


def checked_through(book, key, through):
    """``book`` with every history of ``key`` checked only through ``through``."""
    return PolicyBook(
        parameters=book.parameters,
        entries=tuple(
            attrs.evolve(e, history=attrs.evolve(e.history, verified_through=through))
            if e.key == key
            else e
            for e in book.entries
        ),
    )


def without(book, key, keep=lambda record: False):
    """``book`` without the records of ``key`` (except those ``keep`` keeps)."""
    entries = []
    for entry in book.entries:
        if entry.key == key:
            values = tuple(r for r in entry.history.values if keep(r))
            if not values:
                continue
            entry = attrs.evolve(entry, history=attrs.evolve(entry.history, values=values))
        entries.append(entry)
    return PolicyBook(parameters=book.parameters, entries=tuple(entries))


# A married urban couple's second child in 2010 without a ground: 3.5 × the base for each.
FIRST, SECOND = kid(date(2005, 1, 1)), kid(date(2010, 1, 1))
SECOND_BIRTH = couple(FIRST, SECOND)


def second_fee(**kw):
    kw.setdefault("urban_income", "3000")
    return social_maintenance_fee(SECOND_BIRTH, SECOND, **kw)


# == the fee =====================================================================================


def test_the_fee_headline_due_and_as_history():
    # 3.5 × 3,000 = 10,500 for each spouse: 21,000.00
    due = second_fee(on=date(2011, 1, 1))
    assert due.headline() == due.headline("zh")
    assert due.headline("en") == (
        "Social maintenance fee — Dingnan County, birth of 2010-01-01: due 21,000.00 yuan."
    )
    later = second_fee(on=date(2022, 1, 1))
    assert later.headline("en") == (
        "Social maintenance fee — Dingnan County, birth of 2010-01-01: not due (history: the "
        "rules of the birth charged 21,000.00 yuan)."
    )
    assert later.headline() == (
        "社会抚养费——定南县，2010-01-01 出生：不征收（历史数额：出生时按当时规定应征 21,000.00 元）。"
    )


def test_the_checks_of_a_fee_that_is_due():
    fee = second_fee(on=date(2011, 1, 1))
    ruling = fee.check("social_maintenance_fee.ruling")
    # the ruling's first source: the 2009 text in force on 2010-01-01
    assert (ruling.passed, ruling.citation) == (True, JIANGXI_REGULATION_2009)
    in_force = fee.check("social_maintenance_fee.in_force")
    assert (in_force.passed, in_force.citations) == (True, (STATE_COUNCIL_DECREE_357,))
    rate = fee.check("social_maintenance_fee.rate")
    assert (rate.passed, rate.fact("multiple"), rate.citations) == (
        True,
        Decimal("3.5"),
        (JIANGXI_FEE_MEASURES_2004,),
    )
    for role in ("mother", "father"):
        assert fee.check(f"social_maintenance_fee.base.{role}").passed is True
    assessed = fee.check("social_maintenance_fee.assessed_on")
    assert (assessed.passed, assessed.citations) == (True, (STATE_COUNCIL_DECREE_357,))
    text = fee.explain("en")
    assert "Birth out of policy (birth order 2)" in text
    assert "A married couple's birth without a ground: 3.5 × the base for each spouse" in text
    assert (
        "On 2011-01-01, the assessment date, the fee could still be decided and collected" in text
    )
    assert [(s.label.render("zh"), s.label.render("en")) for s in fee.breakdown] == [
        ("母亲", "mother"),
        ("父亲", "father"),
    ]


def test_the_ruling_check_follows_the_ruling():
    within = social_maintenance_fee(SECOND_BIRTH, FIRST, urban_income="3000")
    assert within.check("social_maintenance_fee.ruling").passed is False
    assert "Birth within policy (birth order 1): no fee" in within.explain("en")
    early = kid(date(1999, 1, 1))
    undetermined = social_maintenance_fee(couple(early, married_on=date(1998, 1, 1)), early)
    assert undetermined.check("social_maintenance_fee.ruling").passed is None


def test_the_abolition_by_the_assessment_date():
    fee = second_fee(on=date(2021, 7, 1))
    assert fee.due is False
    assert (
        "On 2021-07-01, the assessment date, the fee had been abolished (on 2021-06-26): no fee "
        "can be decided or collected; the amount the rules of the birth gave (21,000.00 yuan) "
        "is history only" in fee.explain("en")
    )
    undated = second_fee()
    assert undated.check("social_maintenance_fee.assessed_on").citations == (
        FEE_ABOLITION_DECISION_2021,
        POPULATION_LAW_2021_FEE_REMOVED,
        STATE_COUNCIL_REPEAL_2021,
    )


def test_a_record_that_restates_the_fee_is_not_its_abolition():
    book = default_book().override(
        "social_maintenance_fee.in_force",
        True,
        start=date(2015, 1, 1),
        jurisdiction=NATIONAL,
        citation=WHAT_IF,
    )
    fee = second_fee(book=book)
    assert fee.check("social_maintenance_fee.assessed_on").fact("abolished") == date(2021, 6, 26)


def test_a_fee_never_abolished_in_a_what_if_book():
    # only the 2002 record of Decree 357: the fee stays in force
    book = without(
        default_book(), "social_maintenance_fee.in_force", keep=lambda r: r.value is True
    )
    assert second_fee(book=book, on=date(2030, 1, 1)).due is True
    undated = second_fee(book=book)
    assert undated.due is None
    assert undated.check("social_maintenance_fee.assessed_on").fact("abolished") is None


def test_no_fee_rule_before_decree_357():
    # 2002-07-29 … 2002-08-31: the Jiangxi 2002 text in force, the fee rule not yet
    a, b = kid(date(2001, 1, 1)), kid(date(2002, 8, 15))
    fee = social_maintenance_fee(couple(a, b, married_on=date(2000, 1, 1)), b, urban_income="1")
    assert fee.ruling.within_policy is False
    assert (fee.due, fee.amount, fee.amount_at_birth) == (None, None, None)
    check = fee.check("social_maintenance_fee.in_force")
    assert (check.passed, check.fact("on")) == (None, date(2002, 8, 15))
    assert "No social maintenance fee rule is encoded for 2002-08-15" in fee.explain("en")


def test_a_birth_in_a_book_without_any_birth_policy_text():
    book = without(default_book(), "births.permitted_children")
    fee = social_maintenance_fee(SECOND_BIRTH, SECOND, urban_income="1", book=book)
    check = fee.check("social_maintenance_fee.ruling")
    assert (check.passed, check.citation, fee.due) == (None, None, None)


def test_the_transitional_period_is_explained():
    a, b, c = kid(date(2016, 3, 1)), kid(date(2018, 3, 1)), kid(date(2021, 6, 1))
    fee = social_maintenance_fee(couple(a, b, c), c, urban_income="1")
    assert fee.check("social_maintenance_fee.transitional").fact("on") == date(2021, 6, 1)
    assert (
        "Birth in the transitional period (2021-06-01: three-child policy announced, law not yet "
        "amended)" in fee.explain("en")
    )


def test_a_case_without_an_encoded_rate_is_explained():
    # 2003 (before the 2004 measures): a married couple's second child
    a, b = kid(date(2001, 1, 1)), kid(date(2003, 12, 1))
    fee = social_maintenance_fee(couple(a, b, married_on=date(2000, 1, 1)), b, urban_income="1")
    assert (
        "The fee for this case (married_couple) is not encoded; see the written decision"
        in fee.explain("en")
    )


UNDERAGE_CHILD = kid(date(2005, 6, 1), Sex.FEMALE)
UNDERAGE = Family(
    mother=Person(sex=Sex.FEMALE, birth_date=date(1987, 1, 1), hukou=Hukou.RURAL),  # 18
    father=Person(sex=Sex.MALE, birth_date=date(1985, 1, 1), hukou=Hukou.RURAL),  # 20
    children=(UNDERAGE_CHILD,),
    jurisdiction=DINGNAN,
)


def test_the_under_age_rate_is_explained():
    fee = social_maintenance_fee(UNDERAGE, UNDERAGE_CHILD, rural_income="2000")
    check = fee.check("social_maintenance_fee.rate")
    # 3.5 × 0.5 = 1.75; 1.75 × 2,000 = 3,500.00 for each
    assert (check.passed, check.fact("rate"), check.fact("share")) == (
        True,
        Decimal("3.5"),
        Decimal("0.5"),
    )
    assert check.citations == (JIANGXI_FEE_MEASURES_2004,)
    assert [s.amount for s in fee.breakdown] == [Decimal("3500.00"), Decimal("3500.00")]
    assert (
        "An under-age unmarried pair's first child: 0.5 of the 3.5 × rate, i.e. 1.75 × the base"
        in fee.explain("en")
    )


def test_the_under_age_case_needs_the_share():
    book = default_book().override(
        "social_maintenance_fee.share.underage_unmarried_first",
        None,
        start=date(2004, 2, 1),
        jurisdiction=JIANGXI,
        citation=WHAT_IF,
    )
    fee = social_maintenance_fee(UNDERAGE, UNDERAGE_CHILD, rural_income="2000", book=book)
    assert fee.due is None
    assert fee.check("social_maintenance_fee.rate").fact("reason") == "underage_unmarried_first"


def his_children(*born, married_on=date(2003, 1, 1)):
    others = tuple(kid(day, parents=F) for day in born)
    return couple(kid(date(2004, 1, 1)), *others, married_on=married_on), others


def extramarital_rate(family, child):
    fee = social_maintenance_fee(family, child, urban_income="10000")
    return fee, fee.check("social_maintenance_fee.rate")


def test_the_first_child_with_someone_else_is_explained():
    family, (other,) = his_children(date(2006, 1, 1))
    fee, check = extramarital_rate(family, other)
    # 7 × 10,000 = 70,000, charged to the father only
    assert (check.passed, check.fact("count"), check.fact("multiple")) == (True, 1, Decimal("7"))
    assert check.citations == (JIANGXI_FEE_MEASURES_2004,)
    assert [(s.beneficiary, s.amount) for s in fee.breakdown] == [("father", Decimal("70000.00"))]
    assert "Child number 1 with someone other than the spouse: 7 × the base" in fee.explain("en")


def test_the_first_of_two_children_with_someone_else_is_the_first():
    family, (first, _second) = his_children(date(2006, 1, 1), date(2008, 1, 1))
    _fee, check = extramarital_rate(family, first)
    assert (check.fact("count"), check.fact("multiple")) == (1, Decimal("7"))


def test_a_child_of_an_earlier_union_is_not_a_child_with_someone_else():
    # his child born before the marriage, then one with someone else during it: the first such
    earlier = kid(date(2001, 1, 1), parents=F)
    family, (other,) = his_children(date(2006, 1, 1))
    family = attrs.evolve(family, children=(earlier, *family.children))
    _fee, check = extramarital_rate(family, other)
    assert (check.fact("count"), check.fact("multiple")) == (1, Decimal("7"))


def test_a_child_with_someone_else_born_on_the_wedding_day_is_the_first():
    other = kid(date(2006, 1, 1), parents=F)
    family = couple(other, kid(date(2007, 1, 1)), married_on=date(2006, 1, 1))
    assert classify_birth(family, other).within_policy is False
    _fee, check = extramarital_rate(family, other)
    assert (check.fact("count"), check.fact("multiple")) == (1, Decimal("7"))


def test_incomes_of_zero_and_below_one_yuan_are_accepted():
    # an actual income below the county figure leaves the county figure as the base
    fee = second_fee(on=date(2011, 1, 1), mother_income="0", father_income="0.50")
    assert [s.amount for s in fee.breakdown] == [Decimal("10500.00"), Decimal("10500.00")]


def test_income_errors_name_the_field():
    with pytest.raises(InvalidInputError) as info:
        second_fee(rural_income="-1")
    assert (info.value.field, info.value.value, info.value.problem) == (
        "rural_income",
        "-1",
        "must not be negative",
    )
    with pytest.raises(InvalidInputError) as info:
        second_fee(urban_income=None, rural_income="3000")
    assert (info.value.field, info.value.value, info.value.problem) == (
        "urban_income",
        None,
        "is needed: the mother, whose hukou is urban, owes the fee",
    )


def test_a_rate_checked_through_an_earlier_date_makes_the_fee_unverified():
    book = checked_through(
        default_book(), "social_maintenance_fee.multiple.married_couple", date(2005, 1, 1)
    )
    fee = second_fee(on=date(2011, 1, 1), book=book)
    assert fee.ruling.unverified_after is None
    assert fee.unverified_after == date(2005, 1, 1)


# == leave =======================================================================================


def family(*children, married_on=date(2009, 10, 1), mother_born=date(1984, 1, 1), **kw):
    kw.setdefault("jurisdiction", DINGNAN)
    kw.setdefault("mother", Person(sex=Sex.FEMALE, birth_date=mother_born, hukou=Hukou.URBAN))
    kw.setdefault("father", Person(sex=Sex.MALE, birth_date=date(1982, 1, 1), hukou=Hukou.URBAN))
    return Family(children=children, married_on=married_on, **kw)


def test_leave_errors_name_the_field():
    with pytest.raises(InvalidInputError) as info:
        leave_entitlements("a family")
    assert (info.value.field, info.value.value, info.value.problem) == (
        "family",
        "a family",
        "must be a Family",
    )
    with pytest.raises(InvalidInputError) as info:
        leave_entitlements(family(), dystocia=1)
    assert (info.value.field, info.value.value, info.value.problem) == (
        "dystocia",
        1,
        "must be True or False",
    )


def test_the_leave_headline_is_in_chinese_by_default():
    leave = leave_entitlements(family())
    assert leave.headline() == "假期——定南县：女方婚假 18 天；男方婚假 18 天。"
    # like every result's, the headline refuses a language it does not speak
    with pytest.raises(InvalidInputError) as info:
        leave.headline("fr")
    assert (info.value.field, info.value.value) == ("lang", "fr")


def test_the_leave_result_names_the_marriage_and_the_birth():
    twins = kid(date(2011, 6, 1)), kid(date(2011, 6, 2), Sex.FEMALE)  # one delivery
    leave = leave_entitlements(family(*twins), twins[1])
    assert (leave.married_on, leave.on) == (date(2009, 10, 1), date(2011, 6, 1))


def test_leave_honours_a_custom_book():
    # a third child in 2018: out of policy (two allowed); in a book allowing three it is within
    # policy: 98 + 60 = 158 maternity days, 15 paternity days
    kids = kid(date(2012, 3, 1)), kid(date(2016, 3, 1)), kid(date(2018, 3, 1))
    book = default_book().override(
        "births.permitted_children",
        3,
        start=date(2018, 1, 1),
        jurisdiction=DINGNAN,
        citation=WHAT_IF,
    )
    assert leave_entitlements(family(*kids), kids[2]).days(MAT, M) == 98
    leave = leave_entitlements(family(*kids), kids[2], book=book)
    assert leave.ruling.within_policy is True
    assert (leave.days(MAT, M), leave.days(PAT, F)) == (158, 15)


@pytest.mark.parametrize(
    ("mother_born", "father_born", "days"),
    [
        (date(1987, 5, 1), date(1985, 5, 1), (18, 18)),  # woman 23, man 25 on the day: 3 + 15
        (date(1987, 5, 2), date(1985, 5, 2), (3, 3)),  # a day short of 23 and 25: 3
        (date(1987, 5, 2), date(1985, 5, 1), (3, 18)),
        (date(1987, 5, 1), date(1985, 5, 2), (18, 3)),
    ],
)
def test_late_marriage_ages_23_for_the_woman_and_25_for_the_man(mother_born, father_born, days):
    father = Person(sex=Sex.MALE, birth_date=father_born, hukou=Hukou.URBAN)
    leave = leave_entitlements(
        family(married_on=date(2010, 5, 1), mother_born=mother_born, father=father)
    )
    assert (leave.days(MAR, M), leave.days(MAR, F)) == days
    mother_check = leave.check("leave.marriage.mother")
    assert (mother_check.passed, mother_check.fact("late_age")) == (True, 23)
    assert leave.check("leave.marriage.father").fact("late_age") == 25


def test_no_marriage_or_maternity_rule_before_the_encoded_ones():
    old = kid(date(1985, 3, 1))
    father = Person(sex=Sex.MALE, birth_date=date(1955, 1, 1), hukou=Hukou.URBAN)
    parents = family(old, married_on=date(1979, 1, 1), mother_born=date(1958, 1, 1), father=father)
    leave = leave_entitlements(parents, old)
    text = leave.explain("en")
    assert "No marriage-leave rule is encoded for 1979-01-01" in text
    assert "No maternity-leave rule is encoded for 1985-03-01" in text
    assert leave.check("leave.maternity").fact("on") == date(1985, 3, 1)


def test_adopted_children_get_no_birth_leave_and_it_says_so():
    adopted = kid(date(2017, 1, 1), adopted=True)
    leave = leave_entitlements(family(adopted), adopted)
    assert "Adopted child: birth-related leave does not apply" in leave.explain("en")


def test_a_late_first_birth_at_24_on_the_day():
    # 2009 text: a married woman 24 at her first birth: 90 + 30 = 120 days; husband 10 days
    first = kid(date(2010, 3, 1))
    leave = leave_entitlements(family(first, mother_born=date(1986, 3, 1)), first)
    assert (leave.days(MAT, M), leave.days(PAT, F)) == (120, 10)
    maternity, paternity = leave.check("leave.maternity"), leave.check("leave.paternity")
    assert (maternity.passed, maternity.fact("late"), maternity.fact("days")) == (True, 30, 120)
    assert (paternity.passed, paternity.fact("days")) == (True, 10)


def test_paternity_days_add_up_in_the_explanation():
    # 2017, within policy: 0 (late-birth leave deleted in 2016) + 15 = 15
    born = kid(date(2017, 3, 1))
    check = leave_entitlements(family(born), born).check("leave.paternity")
    assert (check.passed, check.fact("late"), check.fact("policy"), check.fact("days")) == (
        True,
        0,
        15,
        15,
    )


def test_a_single_birth_cites_only_the_maternity_rules_applied():
    # 2005, first child, woman 21: 90 days, no extra of any kind
    first = kid(date(2005, 3, 1))
    leave = leave_entitlements(family(first, married_on=date(2004, 1, 1)), first)
    check = leave.check("leave.maternity")
    assert (check.fact("babies"), check.fact("days")) == (0, 90)
    assert keys(check) == ["leave.maternity.base_days"]


def test_one_day_of_leave_is_listed():
    book = default_book().override(
        "leave.paternity.days",
        1,
        start=date(2016, 1, 20),
        jurisdiction=DINGNAN,
        citation=WHAT_IF,
    )
    born = kid(date(2017, 3, 1))
    leave = leave_entitlements(family(born), born, book=book)
    assert leave.days(PAT, F) == 1


@pytest.mark.parametrize(("days", "listed"), [(0, 0), (1, 1)])
def test_a_parental_allowance_of_zero_days_is_no_leave(days, listed):
    book = default_book().override(
        "leave.parental.days_per_year",
        days,
        start=date(2021, 9, 29),
        jurisdiction=DINGNAN,
        citation=WHAT_IF,
    )
    born = kid(date(2022, 3, 1))
    leave = leave_entitlements(family(born, married_on=date(2021, 1, 1)), born, book=book)
    assert len([i for i in leave.items if i.kind is PAR]) == 2 * listed
    assert leave.days(PAR, M) == days


@pytest.mark.parametrize("key", ["leave.parental.days_per_year", "leave.parental.until_age"])
def test_parental_leave_needs_both_the_days_and_the_age(key):
    book = default_book().override(
        key, None, start=date(2021, 9, 29), jurisdiction=JIANGXI, citation=WHAT_IF
    )
    born = kid(date(2022, 3, 1))
    leave = leave_entitlements(family(born, married_on=date(2021, 1, 1)), born, book=book)
    assert leave.days(PAR, M) == 0


def test_parental_leave_until_the_third_birthday_excluded():
    # born 2022-01-01: under 3 until 2025-01-01 (excluded), so in 2022, 2023 and 2024
    born = kid(date(2022, 1, 1))
    leave = leave_entitlements(family(born, married_on=date(2021, 1, 1)), born)
    (item,) = [i for i in leave.items if i.kind is PAR and i.parent is M]
    assert (item.until, item.years) == (date(2025, 1, 1), (2022, 2023, 2024))
    assert leave.check("leave.parental").passed is True


@pytest.mark.parametrize(
    ("key", "through"),
    [
        ("leave.maternity.base_days", date(2021, 12, 31)),
        ("leave.paternity.days", date(2021, 12, 31)),
        ("births.permitted_children", date(2021, 12, 31)),
        # parental leave is read on its last day, 2024-12-31 (the day before the third birthday)
        ("leave.parental.days_per_year", date(2024, 12, 30)),
    ],
)
def test_each_value_read_for_a_birth_can_make_the_leave_unverified(key, through):
    born = kid(date(2022, 1, 1))
    book = checked_through(default_book(), key, through)
    leave = leave_entitlements(family(born, married_on=date(2021, 1, 1)), born, book=book)
    assert leave.unverified_after == through
    assert (
        leave_entitlements(family(born, married_on=date(2021, 1, 1)), born).unverified_after is None
    )


def test_marriage_leave_past_the_horizon_of_its_values():
    # a 2027 marriage: the Jiangxi leave values were checked through the audit (2026-11-01)
    leave = leave_entitlements(family(married_on=date(2027, 1, 1), mother_born=date(1995, 1, 1)))
    assert leave.unverified_after == AUDITED_THROUGH


def test_the_fee_ends_where_the_jurisdiction_ends_it():
    # a what-if book in which Jiangxi keeps the fee after the national abolition and ends it on
    # 2021-09-29: for a Dingnan birth the fee ends on 2021-09-29, not on a national date on which
    # the province still levies it
    book = default_book().override(
        "social_maintenance_fee.in_force",
        True,
        start=date(2002, 9, 1),
        jurisdiction=JIANGXI,
        citation=WHAT_IF,
    )
    book = book.override(
        "social_maintenance_fee.in_force",
        False,
        start=date(2021, 9, 29),
        jurisdiction=JIANGXI,
        citation=WHAT_IF,
    )
    a, b, c = kid(date(2016, 3, 1)), kid(date(2018, 3, 1)), kid(date(2021, 6, 26))
    family = couple(a, b, c)
    undated = social_maintenance_fee(family, c, urban_income="1000", book=book)
    # 3.5 × 1,000 = 3,500 for each spouse
    assert undated.amount_at_birth == Decimal("7000.00")
    check = undated.check("social_maintenance_fee.assessed_on")
    assert check.fact("abolished") == date(2021, 9, 29)
    assert check.citations == (WHAT_IF,)
    assert social_maintenance_fee(
        family, c, on=date(2021, 9, 28), urban_income="1000", book=book
    ).due
    late = social_maintenance_fee(family, c, on=date(2021, 9, 29), urban_income="1000", book=book)
    assert late.due is False
    assert late.check("social_maintenance_fee.assessed_on").citations == (WHAT_IF,)


def test_a_suspension_before_the_birth_is_not_the_abolition():
    # a what-if book: the fee suspended 2005-01-01 … 2007-12-31 and restored; a 2010 birth is
    # charged, and its fee ends with the 2021-06-26 decision, not with the earlier suspension
    book = default_book()
    for start, value in ((date(2005, 1, 1), False), (date(2008, 1, 1), True)):
        book = book.override(
            "social_maintenance_fee.in_force",
            value,
            start=start,
            jurisdiction=NATIONAL,
            citation=WHAT_IF,
        )
    fee = second_fee(book=book)
    assert fee.amount_at_birth == Decimal("21000.00")
    assert fee.check("social_maintenance_fee.assessed_on").fact("abolished") == date(2021, 6, 26)
