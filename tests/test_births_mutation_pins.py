"""Pins of the birth-policy rulings (issue 15: mutation testing of ``fpcore.births._rulings``).

Each test states one rule of the texts at its boundary — a date, an age, a count, a role — or a
promise of the explanation (the sentence, its facts, its sources), or that a custom book is
honoured. Expected values come from the policy book's sources (REFERENCE §3, LEGAL-AUDIT WL-1,
WL-2, WL-6, docs/topics/families-and-birth-policy.md) with the arithmetic in comments:

- Jiangxi 2002 text (from 2002-07-29): one child; a second on a ground, with a permit, the
  woman at least 25 and 4 years since the first birth (2 if she is over 28).
- Jiangxi 2009 text (from 2009-05-01): the same grounds, no spacing; adopted children count;
  after five childless years, infertility and an adoption, a birth is a first birth.
- Jiangxi 2014 amendment (from 2014-01-18): one spouse an only child is a ground.
- National 2015 amendment (from 2016-01-01): two children; Jiangxi 2016 Art. 9 (from
  2016-01-20): one more after two, with a 《生育证》, on four grounds.
- National 2021 amendment (from 2021-08-20): three children; the three-child policy announced
  on 2021-05-31 makes 2021-05-31 … 2021-08-19 a transitional period.
- Marriage law / Civil Code: legal marriage age 22 for a man, 20 for a woman.
- On the day of death a person counts as dead; a child born on the wedding day is born during
  the marriage.
"""

from datetime import date

import pytest

from fpcore import DINGNAN, InvalidInputError
from fpcore.births import BirthReason, classify_birth, classify_births, eras
from fpcore.family import Child, Family, Hukou, Parent, Person, SecondBirthGround, Sex
from fpcore.params import Citation, Confidence, PolicyBook, default_book
from fpcore.params.sources import (
    JIANGXI_REGULATION_2002,
    JIANGXI_REGULATION_2009,
    JIANGXI_REGULATION_2009_ADOPTION,
    JIANGXI_REGULATION_2016_ART9,
    MARRIAGE_LAW_2001,
    POPULATION_LAW_2015_CHILDREN,
    POPULATION_LAW_2021_CHILDREN,
    THREE_CHILD_ANNOUNCEMENT_2021,
)
from fpcore.strategies._families import OTHER_PROVINCE

M, F = Parent.MOTHER, Parent.FATHER
WHAT_IF = Citation(title="测算：规则钉住", confidence=Confidence.ILLUSTRATIVE)
G = SecondBirthGround


def mum(born=date(1980, 1, 1), hukou=Hukou.URBAN, **kw):
    return Person(sex=Sex.FEMALE, birth_date=born, hukou=hukou, **kw)


def dad(born=date(1978, 1, 1), hukou=Hukou.URBAN, **kw):
    return Person(sex=Sex.MALE, birth_date=born, hukou=hukou, **kw)


def fam(*children, married_on=date(2000, 1, 1), hukou=Hukou.URBAN, **kw):
    kw.setdefault("mother", mum(hukou=hukou))
    kw.setdefault("father", dad(hukou=hukou))
    kw.setdefault("jurisdiction", DINGNAN)
    return Family(children=children, married_on=married_on, **kw)


def kid(on, sex=Sex.MALE, **kw):
    return Child(sex=sex, birth_date=on, **kw)


def codes(ruling):
    return [c.code for c in ruling.checks]


def keys(check):
    return [r.parameter.key for r in check.provenance]


# -- bad input names the field, the value and the problem -----------------------------------------


def test_bad_arguments_are_refused_naming_the_field():
    child = kid(date(2010, 1, 1))
    family = fam(child)
    with pytest.raises(InvalidInputError) as info:
        classify_birth("a family", child)
    assert (info.value.field, info.value.value, info.value.problem) == (
        "family",
        "a family",
        "must be a Family",
    )
    stranger = kid(date(2011, 1, 1))
    with pytest.raises(InvalidInputError) as info:
        classify_birth(family, stranger)
    assert (info.value.field, info.value.value, info.value.problem) == (
        "child",
        stranger,
        "is not one of the family's children",
    )
    with pytest.raises(InvalidInputError) as info:
        classify_births("a family")
    assert (info.value.field, info.value.value, info.value.problem) == (
        "family",
        "a family",
        "must be a Family",
    )
    with pytest.raises(InvalidInputError) as info:
        eras("360728")
    assert (info.value.field, info.value.value, info.value.problem) == (
        "jurisdiction",
        "360728",
        "must be a Jurisdiction",
    )


# -- a custom book is honoured everywhere ---------------------------------------------------------

NO_PERMIT = default_book().override(
    "births.second_birth.permit_required",
    False,
    start=date(2009, 5, 1),
    jurisdiction=DINGNAN,
    citation=WHAT_IF,
)


def test_classify_births_and_eras_honour_a_custom_book():
    # a rural couple, a girl first, a second child in 2010 without a permit: out of policy under
    # the 2009 text (permit required), within policy in a book that requires none
    first, second = kid(date(2005, 1, 1), Sex.FEMALE), kid(date(2010, 6, 1))
    family = fam(first, second, hukou=Hukou.RURAL)
    assert [r.within_policy for r in classify_births(family)] == [True, False]
    rulings = classify_births(family, book=NO_PERMIT)
    assert [r.within_policy for r in rulings] == [True, True]
    assert rulings[1].check("births.second_birth.permit").citations == (WHAT_IF,)
    by_start = {e.start: e for e in eras(DINGNAN, book=NO_PERMIT)}
    assert by_start[date(2009, 5, 1)].permit_required is False
    assert WHAT_IF in by_start[date(2009, 5, 1)].citations
    assert {e.start: e for e in eras(DINGNAN)}[date(2009, 5, 1)].permit_required is True


def test_a_book_without_any_birth_policy_text():
    # with no record of the limit anywhere, nothing is guessed and no first date is named
    book = default_book()
    bare = PolicyBook(
        parameters=book.parameters,
        entries=tuple(e for e in book.entries if e.key != "births.permitted_children"),
    )
    child = kid(date(2010, 1, 1))
    ruling = classify_birth(fam(child), child, book=bare)
    assert (ruling.within_policy, ruling.children_before) == (None, None)
    check = ruling.check("births.text_in_force")
    assert (check.passed, check.fact("first"), check.citations) == (None, None, ())
    assert "the first encoded text starts on not recorded" in ruling.explain("en")


def test_the_first_text_of_a_province_that_starts_with_the_national_law():
    # a province whose own limit starts on 2016-01-01, the day the national limit does: a birth
    # before it is undetermined and names that day (the most specific level's text)
    book = default_book().override(
        "births.permitted_children",
        2,
        start=date(2016, 1, 1),
        jurisdiction=OTHER_PROVINCE,
        citation=WHAT_IF,
    )
    child = kid(date(2010, 1, 1))
    ruling = classify_birth(fam(child, jurisdiction=OTHER_PROVINCE), child, book=book)
    check = ruling.check("births.text_in_force")
    assert (check.fact("first"), check.citation) == (date(2016, 1, 1), WHAT_IF)


# -- the headline, the ruling on file, the transitional flag -------------------------------------


def test_the_headline_is_in_chinese_by_default():
    child = kid(date(2010, 6, 1))
    ruling = classify_birth(fam(child), child)
    assert ruling.headline() == "生育政策符合性——定南县，2010-06-01 出生：政策内生育。"


@pytest.mark.parametrize("recorded", [True, False])
def test_a_ruling_on_file_is_checked_with_what_the_rules_give(recorded):
    # the first child of a married couple in 2010: the rules give "within policy"
    child = kid(date(2010, 6, 1), within_policy=recorded)
    ruling = classify_birth(fam(child), child)
    check = ruling.check("births.recorded_ruling")
    assert check.passed is recorded
    assert (check.fact("recorded"), check.fact("computed")) == (recorded, True)
    shown = "yes" if recorded else "no"
    assert (
        f"A ruling is on file (within policy: {shown}); it takes precedence over the computed "
        "ruling (yes)" in ruling.explain("en")
    )


def test_only_a_third_child_of_the_transitional_period_is_flagged():
    # 2021-05-31 … 2021-08-19: two children allowed by the law, three announced
    a, b, c = kid(date(2016, 3, 1)), kid(date(2018, 3, 1)), kid(date(2021, 6, 1))
    family = fam(a, b, c, married_on=date(2015, 1, 1))
    assert [r.transitional for r in classify_births(family)] == [False, False, True]
    check = classify_birth(family, c).check("births.transitional")
    assert check.passed is None
    # children before: 2 = the 2 the law allowed; the child in doubt is number 2 + 1 = 3
    assert (check.fact("on"), check.fact("permitted"), check.fact("next")) == (
        date(2021, 6, 1),
        2,
        3,
    )
    assert check.citations == (THREE_CHILD_ANNOUNCEMENT_2021, POPULATION_LAW_2015_CHILDREN)
    assert (
        "Transitional: on 2021-06-01 the three-child policy was announced but not yet law (the "
        "law allowed 2); the province's treatment of child number 3 born in this period"
        in classify_birth(family, c).explain("en")
    )


# -- adopted children: counted from the adoption, before the birth -------------------------------


def test_a_child_adopted_on_the_day_of_a_birth_was_not_adopted_before_it():
    # 2009 text: adopted children count if adopted before the birth; adopted the same day: no
    adopted = kid(date(2009, 6, 1), adopted=True, adopted_on=date(2010, 6, 1))
    own = kid(date(2010, 6, 1))
    ruling = classify_birth(fam(adopted, own), own)
    assert (ruling.within_policy, ruling.children_before) == (True, 0)


def test_a_child_born_on_the_day_of_a_birth_cannot_have_been_adopted_before_it():
    # its adoption date unknown, it still cannot count: it was born that day
    adopted = kid(date(2010, 6, 1), Sex.FEMALE, adopted=True)
    own = kid(date(2010, 6, 1))
    ruling = classify_birth(fam(adopted, own), own)
    assert (ruling.within_policy, ruling.children_before) == (True, 0)


def test_a_child_adopted_after_the_birth_is_not_mentioned():
    adopted = kid(date(2009, 6, 1), adopted=True, adopted_on=date(2011, 1, 1))
    own = kid(date(2010, 6, 1))
    ruling = classify_birth(fam(adopted, own), own)
    assert ruling.within_policy is True
    assert "births.adopted_children" not in codes(ruling)


def test_an_adopted_child_counted_before_a_birth():
    # adopted 2005, own child 2010 under the 2009 text: 0 born + 1 adopted = 1, not fewer than 1
    adopted = kid(date(2004, 6, 1), adopted=True, adopted_on=date(2005, 1, 1))
    own = kid(date(2010, 6, 1))
    ruling = classify_birth(fam(adopted, own), own)
    assert (ruling.within_policy, ruling.children_before) == (False, 1)
    check = ruling.check("births.adopted_children")
    assert (check.passed, check.fact("adopted")) == (True, 1)
    assert check.citations == (JIANGXI_REGULATION_2009_ADOPTION,)
    assert (
        "Adopted children count toward the couple's children: 1 adopted before this birth"
        in ruling.explain("en")
    )


def test_a_missing_adoption_date_that_decides_the_ruling():
    # 2009 text: counted the child makes 1 (out of policy), not counted 0 (within): undetermined
    adopted = kid(date(2004, 6, 1), adopted=True)
    own = kid(date(2010, 6, 1))
    ruling = classify_birth(fam(adopted, own), own)
    assert (ruling.within_policy, ruling.children_before) == (None, None)
    check = ruling.check("births.adopted_children")
    assert (check.passed, check.fact("adopted")) == (None, 1)
    assert check.citations == (JIANGXI_REGULATION_2009_ADOPTION,)
    assert "The adoption date of 1 adopted child is not recorded" in ruling.explain("en")


def test_an_adoption_under_a_text_whose_rule_is_not_encoded():
    # 2002 text (2008): whether adopted children count was not retrieved
    adopted = kid(date(2004, 6, 1), adopted=True, adopted_on=date(2005, 1, 1))
    own = kid(date(2008, 6, 1))
    ruling = classify_birth(fam(adopted, own), own)
    check = ruling.check("births.adopted_children")
    assert (check.passed, check.citations) == (None, ())
    assert (
        "Whether adopted children count under this text is not encoded, and the ruling depends "
        "on it (1 adopted)" in ruling.explain("en")
    )


def test_a_ruling_on_an_adopted_child_counts_nothing():
    # an adopted child is no birth: only the text in force and the request for a ruling on file
    first = kid(date(2003, 6, 1), adopted=True, adopted_on=date(2004, 1, 1))
    second = kid(date(2009, 6, 1), Sex.FEMALE, adopted=True, adopted_on=date(2010, 1, 1))
    ruling = classify_birth(fam(first, second), second)
    assert codes(ruling) == ["births.text_in_force", "births.adopted"]
    assert (ruling.within_policy, ruling.children_before, ruling.birth_order) == (None, None, None)


# -- children of one parent -----------------------------------------------------------------------


def test_a_child_of_one_spouse_born_on_the_wedding_day_is_extramarital():
    child = kid(date(2005, 1, 1), parents=F)
    ruling = classify_birth(fam(child, married_on=date(2005, 1, 1)), child)
    assert (ruling.within_policy, ruling.reason) == (False, BirthReason.EXTRAMARITAL)
    check = ruling.check("births.extramarital")
    assert check.citations == (JIANGXI_REGULATION_2002,)
    assert (
        "The child was born to the father with someone other than the spouse during the "
        "marriage (since 2005-01-01)" in ruling.explain("en")
    )


def test_a_child_of_one_spouse_born_the_day_before_the_wedding_needs_a_ruling_on_file():
    child = kid(date(2004, 12, 31), parents=M)
    ruling = classify_birth(fam(child, married_on=date(2005, 1, 1)), child)
    assert ruling.within_policy is None
    check = ruling.check("births.previous_union")
    assert (check.fact("parent"), check.fact("married_on")) == ("mother", date(2005, 1, 1))
    assert check.citations == (JIANGXI_REGULATION_2002,)
    assert (
        "The child was born to the mother before this marriage (2005-01-01); a ruling on file "
        "is needed" in ruling.explain("en")
    )


# -- marriage and marriage age (22 for a man, 20 for a woman) ------------------------------------


def test_an_unmarried_father_alone_under_22():
    # no mother on record; the father (born 1985-01-01) is 20 at the 2005 birth: under age
    child = kid(date(2005, 6, 1))
    family = Family(
        mother=None, father=dad(date(1985, 1, 1)), children=(child,), jurisdiction=DINGNAN
    )
    ruling = classify_birth(family, child)
    assert ruling.reason is BirthReason.UNDERAGE_UNMARRIED
    check = ruling.check("births.marriage_age")
    assert (check.passed, check.fact("mother_age"), check.fact("father_age")) == (False, None, 20)


@pytest.mark.parametrize(
    ("mother_born", "father_born", "ages"),
    [
        (date(1985, 6, 1), date(1975, 1, 1), (20, 30)),  # the woman 20 on the day: of age
        (date(1980, 1, 1), date(1983, 6, 1), (25, 22)),  # the man 22 on the day: of age
    ],
)
def test_an_unmarried_pair_of_legal_age_on_the_very_birthday(mother_born, father_born, ages):
    child = kid(date(2005, 6, 1))
    family = Family(
        mother=mum(mother_born),
        father=dad(father_born),
        children=(child,),
        jurisdiction=DINGNAN,
    )
    ruling = classify_birth(family, child)
    assert (ruling.within_policy, ruling.reason) == (False, BirthReason.UNMARRIED)
    check = ruling.check("births.marriage_age")
    assert (check.passed, check.fact("mother_age"), check.fact("father_age")) == (True, *ages)
    assert (check.fact("female_limit"), check.fact("male_limit")) == (20, 22)
    assert check.citations == (MARRIAGE_LAW_2001,)
    woman, man = ages
    assert (
        f"Both were of legal marriage age at the birth (woman {woman}/20, man {man}/22)"
        in ruling.explain("en")
    )


# -- the limit, the grounds, and what is not encoded ---------------------------------------------


def test_a_third_birth_under_the_2009_text_is_beyond_the_grounds():
    a, b, c = kid(date(2003, 1, 1)), kid(date(2006, 1, 1)), kid(date(2010, 1, 1))
    ruling = classify_birth(fam(a, b, c), c)
    check = ruling.check("births.beyond_grounds")
    assert (check.passed, check.fact("birth_order"), check.fact("limit")) == (False, 3, 2)
    assert check.citations == (JIANGXI_REGULATION_2009,)
    assert "Birth order 3 is beyond the last birth a ground can permit (2)" in ruling.explain("en")


def test_a_fourth_child_after_2021_with_facts_that_may_be_grounds():
    # 2022: 3 children before, the limit 3; the Jiangxi 2021 grounds are not encoded. A child who
    # died on the day of the birth counts as dead that day; another child is disabled.
    a = kid(date(2016, 3, 1), death_date=date(2022, 6, 1))
    b = kid(date(2017, 5, 1), disability_grade=1)
    c, d = kid(date(2019, 6, 1)), kid(date(2022, 6, 1))
    ruling = classify_birth(fam(a, b, c, d, married_on=date(2015, 1, 1)), d)
    assert ruling.within_policy is None
    check = ruling.check("births.further_birth")
    assert (check.fact("children"), check.fact("facts")) == (3, "child_died, child_disabled")
    assert check.citations == (POPULATION_LAW_2021_CHILDREN,)
    assert (
        "Grounds are recorded or the family's facts may be one (child_died, child_disabled), but "
        "the conditions of this text for a birth after 3 children are not encoded"
        in ruling.explain("en")
    )


# -- the one-child-era grounds (2002 / 2009 / 2014 texts) ----------------------------------------


def test_the_only_child_died_on_the_day_of_the_second_birth():
    first = kid(date(2005, 1, 1), death_date=date(2010, 6, 1))
    second = kid(date(2010, 6, 1))
    family = fam(first, second, second_birth_permit_on=date(2010, 1, 1))
    ruling = classify_birth(family, second)
    assert ruling.within_policy is True
    assert ruling.check("births.second_birth.ground").fact("grounds") == "only_child_died"


def test_infertility_and_adoption_is_no_ground_for_a_second_birth():
    # the adoption clause of the 2009 text makes a first birth, not a second one
    first, second = kid(date(2005, 1, 1)), kid(date(2010, 6, 1))
    family = fam(
        first,
        second,
        second_birth_grounds={G.INFERTILITY_ADOPTION},
        second_birth_permit_on=date(2010, 1, 1),
    )
    ruling = classify_birth(family, second)
    assert ruling.within_policy is False
    assert ruling.check("births.second_birth.ground").fact("grounds") is None


def test_provincial_approval_holds_for_an_urban_couple():
    # the rural grounds are skipped for an urban couple; a ground after them still holds
    first, second = kid(date(2005, 1, 1)), kid(date(2010, 6, 1))
    family = fam(
        first,
        second,
        second_birth_grounds={G.PROVINCIAL_APPROVAL},
        second_birth_permit_on=date(2010, 1, 1),
    )
    ruling = classify_birth(family, second)
    assert ruling.within_policy is True
    assert ruling.check("births.second_birth.ground").fact("grounds") == "provincial_approval"


def test_provincial_approval_needs_no_single_child():
    # twins first (two children): the grounds that say "只生育一个子女" fail, an approval does not
    twins = kid(date(2005, 1, 1)), kid(date(2005, 1, 1), Sex.FEMALE)
    second = kid(date(2010, 6, 1))
    family = fam(
        *twins,
        second,
        second_birth_grounds={G.PROVINCIAL_APPROVAL},
        second_birth_permit_on=date(2010, 1, 1),
    )
    ruling = classify_birth(family, second)
    assert ruling.within_policy is True
    check = ruling.check("births.second_birth.ground")
    assert (check.fact("grounds"), check.fact("children")) == ("provincial_approval", 2)


def test_grounds_and_recorded_grounds_are_listed_in_full():
    # 2015 (2014 amendment): both spouses only children, so one spouse is too; plus an approval
    first, second = kid(date(2012, 1, 1)), kid(date(2015, 6, 1))
    family = fam(
        first,
        second,
        mother=mum(only_child=True),
        father=dad(only_child=True),
        second_birth_grounds={G.PROVINCIAL_APPROVAL, G.BOTH_ONLY_CHILDREN},
        second_birth_permit_on=date(2015, 1, 1),
    )
    check = classify_birth(family, second).check("births.second_birth.ground")
    assert check.fact("grounds") == "both_only_children, one_only_child, provincial_approval"
    assert check.fact("recorded") == "both_only_children, provincial_approval"


def test_a_permit_issued_on_the_day_of_the_birth_counts():
    first, second = kid(date(2005, 1, 1), Sex.FEMALE), kid(date(2010, 6, 1))
    family = fam(first, second, hukou=Hukou.RURAL, second_birth_permit_on=date(2010, 6, 1))
    ruling = classify_birth(family, second)
    assert (ruling.within_policy, ruling.check("births.second_birth.permit").passed) == (
        True,
        True,
    )


def test_the_woman_25_on_the_day_of_the_second_birth_4_years_after_the_first():
    # 2002 text: mother born 1980-06-01 is 25 on 2005-06-01; first birth 2001-06-01: 4 years
    first, second = kid(date(2001, 6, 1), Sex.FEMALE), kid(date(2005, 6, 1))
    family = fam(
        first,
        second,
        hukou=Hukou.RURAL,
        mother=mum(date(1980, 6, 1), Hukou.RURAL),
        second_birth_permit_on=date(2005, 1, 1),
    )
    ruling = classify_birth(family, second)
    assert ruling.within_policy is True
    check = ruling.check("births.spacing.mother_age")
    assert (check.passed, check.fact("age"), check.fact("limit")) == (True, 25, 25)


# -- the adoption clause of the 2009 text (a first birth after five childless years) -----------

ADOPTED_2005 = kid(date(2005, 1, 1), Sex.FEMALE, adopted=True, adopted_on=date(2005, 3, 1))


@pytest.mark.parametrize(
    ("born", "first_birth"), [(date(2009, 6, 1), True), (date(2009, 5, 31), False)]
)
def test_a_birth_on_the_fifth_wedding_anniversary_after_an_adoption(born, first_birth):
    # married 2004-06-01: five years on 2009-06-01 ("婚后满五年" holds from that day)
    own = kid(born)
    family = fam(
        ADOPTED_2005,
        own,
        married_on=date(2004, 6, 1),
        second_birth_grounds={G.INFERTILITY_ADOPTION},
    )
    ruling = classify_birth(family, own)
    assert ruling.within_policy is first_birth
    if not first_birth:
        assert "births.adoption.first_birth" not in codes(ruling)
        return
    check = ruling.check("births.adoption.first_birth")
    assert (check.passed, check.fact("years"), check.fact("since"), check.fact("on")) == (
        True,
        5,
        date(2009, 6, 1),
        date(2009, 6, 1),
    )
    assert check.citations == (JIANGXI_REGULATION_2009_ADOPTION,)
    assert (
        "No birth for 5 years after marriage, infertility attested, then an adoption: this birth "
        "counts as a first child (5 years after marriage on 2009-06-01; birth on 2009-06-01)"
        in ruling.explain("en")
    )


def test_the_adoption_clause_needs_no_earlier_birth():
    # an adoption and a birth already: a 2010 birth is a third child, not a first birth
    adopted = kid(date(2001, 1, 1), adopted=True, adopted_on=date(2001, 6, 1))
    own, later = kid(date(2006, 1, 1)), kid(date(2010, 6, 1))
    family = fam(
        adopted,
        own,
        later,
        second_birth_grounds={G.INFERTILITY_ADOPTION},
        second_birth_permit_on=date(2010, 1, 1),
    )
    ruling = classify_birth(family, later)
    assert ruling.within_policy is False
    assert "births.adoption.first_birth" not in codes(ruling)


# -- Jiangxi 2016 Art. 9: one more child after two -----------------------------------------------


def art9(*children, married_on=date(2015, 1, 1), **kw):
    kw.setdefault("second_birth_permit_on", date(2020, 1, 1))
    return fam(*children, married_on=married_on, **kw)


def test_a_child_who_died_on_the_day_of_the_third_birth_is_dead():
    a, b = kid(date(2016, 3, 1)), kid(date(2018, 3, 1), death_date=date(2020, 5, 1))
    c = kid(date(2020, 5, 1))
    ruling = classify_birth(art9(a, b, c), c)
    assert ruling.within_policy is True
    assert ruling.check("births.third_birth.ground").fact("grounds") == "child_died"


def test_two_art_9_grounds_and_two_recorded_grounds_are_listed():
    # one child died, the other is appraised disabled (the ground recorded); infertility is
    # recorded too but fails (children were born within five years of the marriage)
    a = kid(date(2016, 3, 1), death_date=date(2019, 1, 1))
    b = kid(date(2018, 3, 1), disability_grade=2)
    c = kid(date(2020, 5, 1))
    family = art9(a, b, c, second_birth_grounds={G.FIRST_CHILD_DISABLED, G.INFERTILITY_ADOPTION})
    ruling = classify_birth(family, c)
    assert ruling.within_policy is True
    check = ruling.check("births.third_birth.ground")
    assert (check.fact("children"), check.fact("grounds"), check.fact("recorded")) == (
        2,
        "child_died, child_disabled",
        "first_child_disabled, infertility_adoption",
    )
    assert keys(check) == [
        "births.third_birth.grounds",
        "births.permitted_children",
        "births.infertility_adoption.min_years_married",
    ]
    assert (
        "Grounds for one more child after 2: child_died, child_disabled (recorded: "
        "first_child_disabled, infertility_adoption)" in ruling.explain("en")
    )


def test_unknown_lawfulness_of_the_children_before_a_remarriage():
    his = tuple(kid(date(2010 + 2 * i, 1, 1), parents=F) for i in range(2))  # no ruling on file
    third = kid(date(2017, 1, 1))
    ruling = classify_birth(art9(*his, third, second_birth_permit_on=date(2016, 6, 1)), third)
    assert ruling.within_policy is None
    check = ruling.check("births.third_birth.lawful_births")
    assert (check.passed, check.fact("grounds")) == (None, "remarried")
    assert check.citations == (JIANGXI_REGULATION_2016_ART9,)
    assert keys(ruling.check("births.third_birth.ground")) == [
        "births.third_birth.grounds",
        "births.permitted_children",
    ]
    assert (
        "Whether the children born before the remarriage were lawfully born is not on file; a "
        "ruling on file is needed (remarried)" in ruling.explain("en")
    )


def remarriage_case(*earlier, **kw):
    third = kid(date(2018, 6, 1))
    family = art9(*earlier, third, second_birth_permit_on=date(2018, 1, 1), **kw)
    return classify_birth(family, third)


def test_the_remarriage_ground_with_an_adopted_child_as_well():
    # his child before, one since, and an adoption: three children; Art. 9(3) permits one more
    # after two, so the ground fails
    his, ours = kid(date(2012, 1, 1), parents=F), kid(date(2016, 6, 1))
    adopted = kid(date(2016, 1, 1), Sex.FEMALE, adopted=True, adopted_on=date(2017, 1, 1))
    ruling = remarriage_case(his, ours, adopted)
    assert (ruling.within_policy, ruling.children_before) == (False, 3)


def test_the_remarriage_ground_needs_both_spouses_on_record():
    # her child before, one since, and no father on record: the remarriage cannot be shown
    hers, ours = kid(date(2012, 1, 1), parents=M), kid(date(2016, 6, 1))
    ruling = remarriage_case(hers, ours, father=None)
    assert ruling.within_policy is False
    assert ruling.check("births.third_birth.ground").fact("grounds") is None


def test_a_child_of_one_spouse_born_on_the_wedding_day_is_not_from_before_the_remarriage():
    his, ours = kid(date(2015, 1, 1), parents=F), kid(date(2016, 6, 1))
    assert remarriage_case(his, ours).within_policy is False


def test_a_child_of_one_spouse_born_during_the_marriage_is_not_the_couples():
    his, his_later = kid(date(2012, 1, 1), parents=F), kid(date(2016, 6, 1), parents=F)
    assert remarriage_case(his, his_later).within_policy is False


def test_the_couples_child_born_on_the_wedding_day_is_born_since_the_remarriage():
    his, ours = kid(date(2012, 1, 1), parents=F), kid(date(2015, 1, 1))
    ruling = remarriage_case(his, ours)
    assert ruling.within_policy is True
    assert ruling.check("births.third_birth.ground").fact("grounds") == "remarried"


def test_the_couples_child_born_before_the_remarriage_breaks_the_ground():
    # his two lawful children before, and the couple's own before their marriage: every earlier
    # child must be one spouse's from before the remarriage or the couple's since
    his = tuple(kid(date(2010 + 2 * i, 1, 1), parents=F, within_policy=True) for i in range(2))
    ours = kid(date(2014, 6, 1))
    assert remarriage_case(*his, ours).within_policy is False


def infertility_case(adopted_on, own_born, married_on=date(2010, 1, 1)):
    # infertility recorded; married 2010-01-01: five years on 2015-01-01
    adopted = kid(date(2012, 1, 1), Sex.FEMALE, adopted=True, adopted_on=adopted_on)
    own, third = kid(own_born), kid(date(2017, 6, 1))
    family = art9(
        adopted,
        own,
        third,
        married_on=married_on,
        second_birth_grounds={G.INFERTILITY_ADOPTION},
        second_birth_permit_on=date(2017, 1, 1),
    )
    return classify_birth(family, third)


@pytest.mark.parametrize(
    ("adopted_on", "own_born", "expected"),
    [
        (date(2013, 1, 1), date(2015, 1, 1), True),  # born on the fifth anniversary
        (date(2013, 1, 1), date(2014, 6, 1), False),  # born within the five years
        (date(2015, 3, 1), date(2015, 3, 1), False),  # adopted the day of the birth, not before
        (date(2015, 2, 28), date(2015, 3, 1), True),  # adopted the day before
    ],
)
def test_art_9_4_an_adoption_then_a_birth_after_five_years(adopted_on, own_born, expected):
    ruling = infertility_case(adopted_on, own_born)
    assert ruling.within_policy is expected
    grounds = ruling.check("births.third_birth.ground").fact("grounds")
    assert grounds == ("infertility_adoption" if expected else None)
