"""Pins that mutation testing asked for (issue 15): each test states one rule of a programme.

Expected values come from the sources the policy book cites (REFERENCE.md §2, Part 2 §§1–4)
or from arithmetic shown in a comment; sentences are the programmes' own explanation texts.
"""

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
    Person,
    Sex,
    default_book,
)
from fpcore.incentives import (
    childcare_subsidy,
    family_planning_insurance,
    one_child_parent_reward,
    reward_assistance,
    special_assistance,
)

WHAT_IF = Citation(title="测算", confidence=Confidence.ILLUSTRATIVE)


def person(sex, born, hukou=Hukou.RURAL, **kw):
    return Person(sex=sex, birth_date=born, hukou=hukou, **kw)


def what_if(key, value, start):
    return default_book().override(key, value, start=start, jurisdiction=DINGNAN, citation=WHAT_IF)


# -- every module's assess() uses the book it is given ------------------------------------------


def test_reward_assistance_assess_uses_the_book_given():
    family = Family(
        father=person(Sex.MALE, date(1948, 3, 1)),
        mother=None,
        children=(Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True),),
        jurisdiction=DINGNAN,
    )
    book = what_if("reward_assistance.amount", "1200", date(2012, 1, 1))
    # the default book: 960 a year (财教〔2011〕623号); the what-if: 1,200
    assert reward_assistance.assess(family, on=date(2013, 1, 1)).amount == Decimal("960.00")
    assert reward_assistance.assess(family, on=date(2013, 1, 1), book=book).amount == Decimal(
        "1200.00"
    )


def test_special_assistance_assess_uses_the_book_given():
    mum = person(Sex.FEMALE, date(1955, 1, 1))
    girl = Child(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), disability_grade=2)
    family = Family(mother=mum, father=None, children=(girl,), jurisdiction=DINGNAN)
    book = what_if("special_assistance.amount.disability.rural", "200", date(2014, 1, 1))
    # rural disabled 150 a month from 2014 (150 × 12 = 1,800); the what-if 200 × 12 = 2,400
    assert special_assistance.assess(family, on=date(2014, 3, 1)).amount == Decimal("1800.00")
    assert special_assistance.assess(family, on=date(2014, 3, 1), book=book).amount == Decimal(
        "2400.00"
    )


def test_one_child_parent_reward_assess_uses_the_book_given():
    family = Family(
        mother=person(Sex.FEMALE, date(1975, 1, 1), Hukou.URBAN),
        father=None,
        children=(Child(sex=Sex.MALE, birth_date=date(2000, 1, 1)),),
        jurisdiction=DINGNAN,
        one_child_certificate_on=date(2001, 3, 1),
    )
    book = what_if("one_child_parent_reward.amount", "20", date(2008, 1, 1))
    # the stand-in 10 a month × 12 = 120; the what-if 20 × 12 = 240
    assert one_child_parent_reward.assess(family, on=date(2010, 1, 1)).amount == Decimal("120.00")
    assert one_child_parent_reward.assess(family, on=date(2010, 1, 1), book=book).amount == Decimal(
        "240.00"
    )


def test_family_planning_insurance_assess_uses_the_book_given():
    family = Family(
        mother=person(Sex.FEMALE, date(1980, 1, 1)),
        father=None,
        children=(Child(sex=Sex.FEMALE, birth_date=date(2005, 1, 1)),),
        jurisdiction=DINGNAN,
        one_child_certificate_on=date(2006, 1, 1),
    )
    book = what_if("family_planning_insurance.premium", "45", date(2007, 1, 1))
    # the stand-in premium 30 a child a year (after Dexing); the what-if 45
    on = date(2008, 6, 1)
    assert family_planning_insurance.assess(family, on=on).amount == Decimal("30.00")
    assert family_planning_insurance.assess(family, on=on, book=book).amount == Decimal("45.00")


def test_childcare_subsidy_assess_uses_the_book_given():
    family = Family(
        mother=person(Sex.FEMALE, date(1995, 1, 1), Hukou.URBAN),
        father=None,
        children=(Child(sex=Sex.MALE, birth_date=date(2024, 5, 1)),),
        jurisdiction=DINGNAN,
    )
    book = what_if("childcare_subsidy.amount", "4800", date(2025, 1, 1))
    # 3,600 a year per child under 3 (育儿补贴制度实施方案); the what-if 4,800
    assert childcare_subsidy.assess(family, on=date(2025, 9, 1)).amount == Decimal("3600.00")
    assert childcare_subsidy.assess(family, on=date(2025, 9, 1), book=book).amount == Decimal(
        "4800.00"
    )


# -- special assistance ---------------------------------------------------------------------------


def _jiangxi_child_died(she=date(1960, 1, 1)):
    return Family(
        mother=person(Sex.FEMALE, she, Hukou.URBAN),
        father=person(Sex.MALE, date(1958, 1, 1), Hukou.URBAN),
        children=(Child(sex=Sex.MALE, birth_date=date(1985, 1, 1), death_date=date(2010, 1, 1)),),
        jurisdiction=JIANGXI,
    )


def test_special_assistance_says_which_age_band_set_the_standard():
    # Jiangxi county list: 950 a month while the woman is 49–59; on 2018-01-01 she is 58
    d = special_assistance.assess(_jiangxi_child_died(), on=date(2018, 1, 1))
    band = d.check("special_assistance.age_band")
    assert band.passed is True and band.fact("age") == 58
    assert band.explain("en").startswith(
        "The standard follows the age band of the woman (a single parent: that parent): "
    )
    assert "(aged 58)" in band.explain("en")
    assert band.explain("zh").startswith("按女方（单亲为本人）年龄段确定标准：")


def test_special_assistance_earlier_children_who_died_before_the_last_do_not_count():
    # "bore only one child … incl. cases where others died and only one survived" (REFERENCE
    # §2.2): two children who died before the third was born, then the third died
    kids = (
        Child(sex=Sex.MALE, birth_date=date(1978, 1, 1), death_date=date(1979, 1, 1)),
        Child(sex=Sex.MALE, birth_date=date(1980, 1, 1), death_date=date(1981, 1, 1)),
        Child(sex=Sex.MALE, birth_date=date(1985, 1, 1), death_date=date(2010, 1, 1)),
    )
    family = Family(
        mother=person(Sex.FEMALE, date(1955, 1, 1)),
        father=None,
        children=kids,
        jurisdiction=NATIONAL,
    )
    d = special_assistance.assess(family, on=date(2015, 6, 1))
    one = d.check("special_assistance.one_child.mother")
    assert one.passed is True and one.fact("had") == 3 and one.fact("earlier") == 2
    assert d.amount == Decimal("2040.00")  # rural child died from 2014: 170 × 12


# -- reward-and-assistance: the compliance window 1973-01-01 – 2001-12-31 ------------------------


def _compliance_family(*late, he=date(1952, 1, 1), she=date(1952, 1, 1)):
    # a daughter born 1975 within policy, and the births ``late`` (each died young, so the
    # couple keeps one living child)
    first = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
    return Family(
        father=person(Sex.MALE, he),
        mother=person(Sex.FEMALE, she),
        children=(first, *late),
        jurisdiction=DINGNAN,
    )


def _out(born, ruling=False):
    return Child(
        sex=Sex.MALE,
        birth_date=born,
        death_date=born.replace(year=born.year + 1),
        within_policy=ruling,
    )


@pytest.mark.parametrize(
    ("born", "counted"),
    [
        (date(1972, 12, 31), False),  # before the window
        (date(1973, 1, 1), True),  # its first day (国办发〔2004〕21号: "1973 to 2001-12-31")
        (date(2001, 12, 31), True),  # its last day
    ],
)
def test_reward_assistance_compliance_window_bounds(born, counted):
    d = reward_assistance.assess(_compliance_family(_out(born)), on=date(2013, 1, 1))
    check = d.check("reward_assistance.no_out_of_policy_birth")
    assert check.fact("births") == (2 if counted else 1)
    assert check.fact("out") == (1 if counted else 0)
    assert check.passed is (not counted)
    # both 60 from 2012-01-01: 2 × 960 when compliant
    assert d.amount == (Decimal("0.00") if counted else Decimal("1920.00"))


def test_reward_assistance_counts_every_out_of_policy_and_undetermined_birth():
    two_out = _compliance_family(_out(date(1980, 1, 1)), _out(date(1983, 1, 1)))
    check = reward_assistance.assess(two_out, on=date(2013, 1, 1)).check(
        "reward_assistance.no_out_of_policy_birth"
    )
    assert (check.passed, check.fact("births"), check.fact("out")) == (False, 3, 2)
    assert "(3 births, 2 out of policy, 0 undetermined)" in check.explain("en")
    # the same births with no ruling on file and no grounds to compute one: undetermined
    unknown = _compliance_family(_out(date(1980, 1, 1), None), _out(date(1983, 1, 1), None))
    d = reward_assistance.assess(unknown, on=date(2013, 1, 1))
    check = d.check("reward_assistance.no_out_of_policy_birth")
    assert check.passed is None and d.eligible is None
    assert (check.fact("out"), check.fact("unknown")) == (0, 2)
    assert check.fact("missing") == "1980-01-01, 1983-01-01"


def test_reward_assistance_the_ruling_on_file_wins(monkeypatch):
    # a first birth recorded out of policy is out of policy, whatever classify_birth says
    def never(*args, **kwargs):  # pragma: no cover - must not be called
        raise AssertionError("classify_birth consulted although a ruling is on file")

    monkeypatch.setattr(reward_assistance, "classify_birth", never)
    family = _compliance_family()
    only = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=False)
    family = Family(
        father=family.father, mother=family.mother, children=(only,), jurisdiction=DINGNAN
    )
    check = reward_assistance.assess(family, on=date(2013, 1, 1)).check(
        "reward_assistance.no_out_of_policy_birth"
    )
    assert (check.passed, check.fact("out")) == (False, 1)


def test_reward_assistance_computes_a_missing_ruling_with_the_decisions_book(monkeypatch):
    books = []

    def ruling(family, child, book=None):
        books.append(book)

        class Ruled:
            within_policy = True

        return Ruled()

    monkeypatch.setattr(reward_assistance, "classify_birth", ruling)
    book = what_if("reward_assistance.amount", "1200", date(2012, 1, 1))
    family = _compliance_family(_out(date(1980, 1, 1), None))
    d = reward_assistance.assess(family, on=date(2013, 1, 1), book=book)
    assert books == [book]
    assert d.amount == Decimal("2400.00")  # the what-if 1,200 × 2


def test_special_assistance_a_death_counts_from_its_own_day():
    # fpcore's convention (``_base.alive``): on the day of death a person is no longer alive.
    # A first child who died on the day the second was born never lived beside it, so the
    # parent still bore "one child" (REFERENCE §2.2: others died and only one survived)
    born = date(1985, 1, 1)
    kids = (
        Child(sex=Sex.MALE, birth_date=date(1980, 1, 1), death_date=born),
        Child(sex=Sex.MALE, birth_date=born, death_date=date(2015, 6, 1)),
    )
    family = Family(
        mother=person(Sex.FEMALE, date(1955, 1, 1)),
        father=None,
        children=kids,
        jurisdiction=NATIONAL,
    )
    # and the child-died category holds from the day of the second child's death itself
    d = special_assistance.assess(family, on=date(2015, 6, 1))
    assert d.check("special_assistance.one_child.mother").fact("earlier") == 1
    assert d.check("special_assistance.child.mother").passed is True
    assert d.amount == Decimal("2040.00")  # one rural parent, child died, 2014: 170 × 12


# -- _base: the entitlement's notebook table -----------------------------------------------------

_R = '<td style="text-align: right">'
_HEAD = (
    '<table><thead><tr><th>month</th><th>paid</th><th style="text-align: right">yuan</th>'
    "</tr></thead>"
)


def _entitlement(*months, horizon=None):
    from fpcore.incentives import Entitlement, MonthlyAmount

    return Entitlement(
        program="reward_assistance",
        jurisdiction=DINGNAN,
        start=months[0][0],
        end=date(2012, 12, 31),
        months=tuple(MonthlyAmount(month=m, eligible=e, amount=a) for m, e, a in months),
        proration=reward_assistance.PROGRAMME.proration,
        unverified_after=horizon,
    )


def test_entitlement_html_one_paid_one_undetermined_and_past_the_horizon():
    e = _entitlement(
        (date(2012, 1, 1), True, Decimal("80.00")),
        (date(2012, 2, 1), False, Decimal("0.00")),
        (date(2012, 3, 1), None, None),
        horizon=date(2026, 11, 1),
    )
    assert e._repr_html_() == (
        '<div class="fpcore-entitlement" style="text-align: left">'
        "<p><strong>reward_assistance — Dingnan County, 2012-01-01 to 2012-12-31: 80.00 yuan "
        "over 1 paid month, 1 month undetermined</strong><br><small>Paid from the month after "
        "the one in which the age is reached (yearly amount ÷ 12)</small></p>"
        '<p class="fpcore-unverified">! Past 2026-11-01, the date through which the sources of '
        "a value used were checked: the result presumes that value still applies.</p>"
        + _HEAD
        + f"<tbody><tr><td>2012-01</td><td>✓</td>{_R}80.00</td></tr>"
        f"<tr><td>2012-02</td><td>–</td>{_R}0.00</td></tr>"
        f"<tr><td>2012-03</td><td>?</td>{_R}undetermined</td></tr></tbody></table></div>"
    )


def test_entitlement_html_counts_in_the_plural_and_omits_what_is_not_there():
    paid = _entitlement(
        (date(2012, 1, 1), True, Decimal("1000.00")),
        (date(2012, 2, 1), True, Decimal("1000.00")),
    )
    # 2 × 1,000.00 = 2,000.00; no month undetermined, no horizon passed
    assert paid._repr_html_() == (
        '<div class="fpcore-entitlement" style="text-align: left">'
        "<p><strong>reward_assistance — Dingnan County, 2012-01-01 to 2012-12-31: 2,000.00 yuan "
        "over 2 paid months</strong><br><small>Paid from the month after the one in which the "
        "age is reached (yearly amount ÷ 12)</small></p>"
        + _HEAD
        + f"<tbody><tr><td>2012-01</td><td>✓</td>{_R}1,000.00</td></tr>"
        f"<tr><td>2012-02</td><td>✓</td>{_R}1,000.00</td></tr></tbody></table></div>"
    )
    unknown = _entitlement((date(2012, 1, 1), None, None), (date(2012, 2, 1), None, None))
    assert "0.00 yuan over 0 paid months, 2 months undetermined</strong>" in unknown._repr_html_()


def test_a_child_is_alive_on_the_day_of_its_birth():
    # with the birth month subsidised (the parameter's other reading), a baby counts on the
    # day it is born
    book = what_if("childcare_subsidy.pays_birth_month", True, date(2025, 1, 1))
    family = Family(
        mother=person(Sex.FEMALE, date(1995, 1, 1)),
        father=None,
        children=(Child(sex=Sex.FEMALE, birth_date=date(2025, 3, 20)),),
        jurisdiction=DINGNAN,
    )
    d = childcare_subsidy.assess(family, on=date(2025, 3, 20), book=book)
    assert d.check("childcare_subsidy.child_1").fact("alive") is True
    assert d.amount == Decimal("3600.00")


def test_a_person_is_no_longer_alive_on_the_day_of_death():
    died = Child(sex=Sex.FEMALE, birth_date=date(2024, 5, 1), death_date=date(2025, 6, 1))
    family = Family(
        mother=person(Sex.FEMALE, date(1995, 1, 1)),
        father=None,
        children=(died,),
        jurisdiction=DINGNAN,
    )
    d = childcare_subsidy.assess(family, on=date(2025, 6, 1))
    assert d.check("childcare_subsidy.child_1").fact("alive") is False
    assert not d.eligible
    # the day before, the child (aged 1, in its subsidised months) is paid 3,600 a year
    assert childcare_subsidy.assess(family, on=date(2025, 5, 31)).amount == Decimal("3600.00")


# -- _base: bad arguments name their field ---------------------------------------------------------


def test_bad_arguments_name_the_exact_field_value_and_problem():
    from fpcore import InvalidInputError
    from fpcore.incentives import program

    family = _compliance_family()
    programme = program("reward_assistance")
    with pytest.raises(InvalidInputError) as info:
        programme.assess("a family", on=date(2010, 1, 1))
    assert (info.value.field, info.value.value, info.value.problem) == (
        "family",
        "a family",
        "must be a Family",
    )
    with pytest.raises(InvalidInputError) as info:
        programme.assess(family, on="2010-01-01")
    assert info.value.field == "on"
    with pytest.raises(InvalidInputError) as info:
        programme.entitlement(family, start="2010-01-01", end=date(2010, 2, 1))
    assert info.value.field == "start"


# -- reward-and-assistance: children counted by the day, the urban flag ----------------------------


def _rural_pair(*children):
    # the couple of the issue-4 pins (REFERENCE §2.1): he born 1948-03-01, she 1950-05-02
    return Family(
        father=person(Sex.MALE, date(1948, 3, 1)),
        mother=person(Sex.FEMALE, date(1950, 5, 2)),
        children=children,
        jurisdiction=DINGNAN,
    )


def test_reward_assistance_a_child_counts_from_its_birth_day():
    girl = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
    # a boy adopted, born on the day of the decision: two living children, a boy and a girl
    boy = Child(sex=Sex.MALE, birth_date=date(2012, 3, 1), adopted=True)
    d = reward_assistance.assess(_rural_pair(girl, boy), on=date(2012, 3, 1))
    children = d.check("reward_assistance.children")
    assert (children.passed, children.fact("living"), children.fact("had")) == (False, 2, 2)
    assert not d.eligible


def test_reward_assistance_a_child_who_died_that_day_no_longer_counts_as_living():
    girl = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
    boy = Child(
        sex=Sex.MALE, birth_date=date(1977, 8, 1), death_date=date(2012, 3, 1), within_policy=True
    )
    d = reward_assistance.assess(_rural_pair(girl, boy), on=date(2012, 3, 1))
    children = d.check("reward_assistance.children")
    # one living child (the girl) of two born: eligible, 2 × 960
    assert (children.passed, children.fact("living"), children.fact("had")) == (True, 1, 2)
    assert d.amount == Decimal("1920.00")
    # the day before, a living boy and girl: not eligible
    assert not reward_assistance.assess(_rural_pair(girl, boy), on=date(2012, 2, 29)).eligible


def test_reward_assistance_urban_parents_need_the_urban_flag_in_force():
    # the rule never guesses whether Jiangxi's urban extension applies: a book whose flag is
    # closed has no answer for an urban couple (a rural one does not read it)
    from fpcore import NoValueForDateError

    book = default_book().override(
        "reward_assistance.urban.in_force",
        None,
        start=date(2010, 1, 1),
        jurisdiction=NATIONAL,
        citation=WHAT_IF,
    )
    girl = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
    urban = Family(
        father=person(Sex.MALE, date(1948, 3, 1), Hukou.URBAN),
        mother=None,
        children=(girl,),
        jurisdiction=NATIONAL,
    )
    with pytest.raises(NoValueForDateError, match=r"reward_assistance\.urban\.in_force"):
        reward_assistance.assess(urban, on=date(2012, 3, 1), book=book)
    rural = Family(
        father=person(Sex.MALE, date(1948, 3, 1)),
        mother=None,
        children=(girl,),
        jurisdiction=NATIONAL,
    )
    assert reward_assistance.assess(rural, on=date(2012, 3, 1), book=book).amount == Decimal(
        "960.00"
    )


# -- special assistance: both spouses born from 1933, children counted by the day ---------------


def _died_only_child(he, she, hukou=Hukou.RURAL):
    son = Child(sex=Sex.MALE, birth_date=date(1965, 1, 1), death_date=date(2010, 1, 1))
    return Family(
        father=person(Sex.MALE, he, hukou),
        mother=person(Sex.FEMALE, she, hukou),
        children=(son,),
        jurisdiction=NATIONAL,
    )


def test_special_assistance_both_spouses_born_on_or_after_1933():
    # REFERENCE §2.2 condition 1: both spouses born on/after 1933-01-01
    on = date(2015, 6, 1)
    d = special_assistance.assess(_died_only_child(date(1933, 1, 1), date(1940, 1, 1)), on=on)
    assert d.check("special_assistance.born_from.father").passed is True
    assert d.amount == Decimal("4080.00")  # rural, child died, 2014: 170 × 12 × 2
    d = special_assistance.assess(_died_only_child(date(1932, 12, 31), date(1940, 1, 1)), on=on)
    assert d.check("special_assistance.born_from.father").passed is False
    assert d.check("special_assistance.born_from.mother").passed is True
    # the couple does not qualify: neither spouse is paid
    assert not d.eligible and d.amount == Decimal("0.00")
    assert [s.amount for s in d.breakdown] == [Decimal("0.00"), Decimal("0.00")]


def test_special_assistance_a_child_born_that_day_is_another_child():
    first = Child(sex=Sex.MALE, birth_date=date(1990, 1, 1), death_date=date(2010, 1, 1))
    again = Child(sex=Sex.FEMALE, birth_date=date(2015, 6, 1))
    family = Family(
        mother=person(Sex.FEMALE, date(1966, 1, 1)),
        father=None,
        children=(first, again),
        jurisdiction=NATIONAL,
    )
    # she is 49 on 2015-06-01; the day before, her only child had died: 170 × 12
    assert special_assistance.assess(family, on=date(2015, 5, 31)).amount == Decimal("2040.00")
    # on the day the girl is born she has a living child again: the assistance stops
    # (REFERENCE §2.2: "stops if the couple has/adopts another child")
    d = special_assistance.assess(family, on=date(2015, 6, 1))
    assert d.check("special_assistance.one_child.mother").fact("had") == 2
    child = d.check("special_assistance.child.mother")
    assert (child.passed, child.fact("died")) == (False, None)
    assert not d.eligible


def test_special_assistance_child_check_cites_the_scheme():
    from fpcore.params.sources import SPECIAL_ASSISTANCE_SCHEME

    d = special_assistance.assess(
        _died_only_child(date(1950, 1, 1), date(1950, 1, 1)), on=date(2015, 6, 1)
    )
    assert d.check("special_assistance.child.mother").citation == SPECIAL_ASSISTANCE_SCHEME
    assert d.check("special_assistance.child.father").citation == SPECIAL_ASSISTANCE_SCHEME


def test_special_assistance_age_is_never_negative_in_a_months_decision():
    # a month's rule tests ages on the day before the month (``month_after_birthday``); for a
    # parent born on the month's first day that day is before the birth: the age is 0, not -1
    from fpcore.incentives._base import month_after_birthday

    family = Family(
        mother=person(Sex.FEMALE, date(2010, 3, 1)), father=None, children=(), jurisdiction=NATIONAL
    )
    on, age_on = month_after_birthday(date(2010, 3, 1))
    d = special_assistance.PROGRAMME.rule(family, on, age_on, default_book())
    assert d.check("special_assistance.age").fact("age") == 0


# -- family-planning insurance (Dingnan 2007–2009: certified only children aged 0–6) --------------


def _insured(born, cert):
    return Family(
        mother=person(Sex.FEMALE, date(1975, 1, 1)),
        father=None,
        children=(Child(sex=Sex.FEMALE, birth_date=born),),
        jurisdiction=DINGNAN,
        one_child_certificate_on=cert,
    )


def test_insurance_covers_from_the_certificates_day_to_the_end_of_age_6():
    # the seed report: "2007—2009年为0-6周岁已领取独生子女光荣证…": full age 6 is inside the band
    on = date(2008, 6, 1)
    d = family_planning_insurance.assess(_insured(date(2002, 6, 1), on), on=on)
    certificate = d.check("family_planning_insurance.certificate")
    assert certificate.passed is True and certificate.fact("issued") == on
    age = d.check("family_planning_insurance.child_age")
    assert (age.passed, age.fact("age"), age.fact("limit")) == (True, 6, 6)
    assert d.amount == Decimal("30.00")  # the Dexing premium, 30 a child a year
    # the band's limit and the premium are read from the book, and cited
    assert [r.value for r in age.provenance] == [6]
    assert [r.value for r in d.amount_provenance] == [Decimal("30.00")]
    assert d.is_illustrative  # the premium is a stand-in
    # the premium is paid for the child, labelled as the first child
    (share,) = d.breakdown
    assert (share.beneficiary, share.label.en, share.label.zh) == (
        "child 1",
        "child 1",
        "第1个子女",
    )
    assert "Amount: 30.00 yuan per year (child 1 30.00)" in d.explain("en")
    assert "金额：30.00 元/年（第1个子女 30.00）" in d.explain("zh")
    # the day before the certificate: not (yet) certified
    early = family_planning_insurance.assess(_insured(date(2002, 6, 1), on), on=date(2008, 5, 31))
    assert early.check("family_planning_insurance.certificate").passed is False
    assert not early.eligible


def test_reward_assistance_a_child_born_on_the_day_counts_against_the_one_child_era():
    # from 2016 every child must be born by 2015-12-31 (2015 amendment, Art. 27): a child
    # (adopted) born on the day of the decision is born after the era
    girl = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
    late = Child(sex=Sex.FEMALE, birth_date=date(2020, 6, 30), adopted=True)
    d = reward_assistance.assess(_rural_pair(girl, late), on=date(2020, 6, 30))
    era = d.check("reward_assistance.one_child_era")
    assert (era.passed, era.fact("later"), era.fact("until")) == (False, 1, date(2015, 12, 31))


def test_reward_assistance_a_spouse_dead_on_the_day_is_not_paid_and_the_other_still_is():
    from attrs import evolve

    girl = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
    family = _rural_pair(girl)
    on = date(2012, 3, 1)
    # the mother died on the day of the decision; the father (64) is still paid 960
    family = evolve(family, mother=evolve(family.mother, death_date=on))
    d = reward_assistance.assess(family, on=on)
    dead = d.check("reward_assistance.alive.mother")
    assert dead.passed is False and dead.fact("death") == on and dead.fact("who") == "mother"
    assert dead.explain("en") == "The mother has died (2012-03-01)"
    assert dead.explain("zh") == "女方已去世（2012-03-01）"
    assert d.check("reward_assistance.age.father").passed is True
    assert {s.beneficiary: s.amount for s in d.breakdown} == {
        "mother": Decimal("0.00"),
        "father": Decimal("960.00"),
    }


def test_special_assistance_complication_check_cites_the_scheme_and_its_rate():
    from fpcore.params.sources import SPECIAL_ASSISTANCE_SCHEME

    mum = person(Sex.FEMALE, date(1970, 1, 1), surgery_complication_grade=2)
    family = Family(mother=mum, father=None, children=(), jurisdiction=NATIONAL)
    d = special_assistance.assess(family, on=date(2022, 7, 1))
    check = d.check("special_assistance.complication.mother")
    assert check.citation == SPECIAL_ASSISTANCE_SCHEME
    # grade 2 from 2022-07-01: 390 a month (财政部、国家卫生健康委 2022-05-10)
    assert [r.value for r in check.provenance] == [Decimal("390.00")]
    assert d.amount == Decimal("4680.00")  # 390 × 12


def test_special_assistance_any_positive_amount_is_eligible():
    # a what-if rate of 5 fen a month pays 0.60 a year: small, but payable
    book = default_book().override(
        "special_assistance.amount.death.rural",
        "0.05",
        start=date(2015, 1, 1),
        jurisdiction=NATIONAL,
        citation=WHAT_IF,
    )
    family = _died_only_child(date(1950, 1, 1), date(1950, 1, 1))
    d = special_assistance.assess(family, on=date(2015, 6, 1), book=book)
    assert d.eligible and d.amount == Decimal("1.20")  # 0.05 × 12 × 2


def test_reward_assistance_born_on_the_first_of_january_1933_qualifies():
    # 国办发〔2004〕21号: born on/after 1933-01-01
    girl = Child(sex=Sex.FEMALE, birth_date=date(1960, 8, 1), within_policy=True)
    family = Family(
        father=person(Sex.MALE, date(1933, 1, 1)),
        mother=None,
        children=(girl,),
        jurisdiction=DINGNAN,
    )
    d = reward_assistance.assess(family, on=date(2012, 3, 1))
    assert d.check("reward_assistance.born_from.father").passed is True
    assert d.amount == Decimal("960.00")
    # the rate is read from the book and cited: 960 from 2012 (财教〔2011〕623号)
    assert [r.value for r in d.amount_provenance] == [Decimal("960.00")]


def test_reward_assistance_age_is_never_negative_in_a_months_decision():
    from fpcore.incentives._base import month_after_birthday

    family = Family(
        father=person(Sex.MALE, date(2010, 3, 1)), mother=None, children=(), jurisdiction=DINGNAN
    )
    on, age_on = month_after_birthday(date(2010, 3, 1))
    d = reward_assistance.PROGRAMME.rule(family, on, age_on, default_book())
    assert d.check("reward_assistance.age.father").fact("age") == 0


@pytest.mark.parametrize(("rate", "eligible"), [("0", False), ("0.60", True)])
def test_reward_assistance_a_zero_rate_pays_no_one(rate, eligible):
    # every condition holds; a what-if rate of 0 makes nothing payable, so the decision is
    # "not eligible" (an eligible decision always pays something); 0.60 a year still pays
    book = what_if("reward_assistance.amount", rate, date(2012, 1, 1))
    girl = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
    d = reward_assistance.assess(_rural_pair(girl), on=date(2013, 1, 1), book=book)
    assert d.eligible is eligible
    assert d.amount == (Decimal("1.20") if eligible else Decimal("0.00"))  # 2 × 0.60


# -- one-child parents' reward ------------------------------------------------------------------


def _certified(issued, born=date(2014, 5, 1), where=JIANGXI):
    return Family(
        mother=person(Sex.FEMALE, date(1985, 1, 1), Hukou.URBAN),
        father=person(Sex.MALE, date(1983, 1, 1), Hukou.URBAN),
        children=(Child(sex=Sex.MALE, birth_date=born),),
        jurisdiction=where,
        one_child_certificate_on=issued,
    )


def test_one_child_reward_era_check_says_when_the_era_ended():
    # 2015 amendment of the law, Art. 27: certificates only in the one-child era (to 2015-12-31)
    d = one_child_parent_reward.assess(_certified(date(2015, 12, 31)), on=date(2018, 1, 1))
    era = d.check("one_child_parent_reward.certificate_era")
    assert era.explain("en").startswith(
        "The certificate was issued in the one-child era, which ended on 2015-12-31 "
        "(issued 2015-12-31)"
    )
    assert era.explain("zh").startswith("光荣证在提倡一对夫妻生育一个子女期间（至2015-12-31）发放")


def test_one_child_reward_needs_the_end_age_in_force_for_an_only_child():
    # the reward runs "until the child reaches the end age": with no end age in the book the
    # rule does not guess; a family without an only child does not need it
    from fpcore import NoValueForDateError

    book = default_book().override(
        "one_child_parent_reward.until_age",
        None,
        start=date(2017, 1, 1),
        jurisdiction=JIANGXI,
        citation=WHAT_IF,
    )
    with pytest.raises(NoValueForDateError, match=r"one_child_parent_reward\.until_age"):
        one_child_parent_reward.assess(_certified(date(2015, 6, 1)), on=date(2018, 1, 1), book=book)
    none = Family(
        mother=person(Sex.FEMALE, date(1985, 1, 1), Hukou.URBAN),
        father=None,
        children=(),
        jurisdiction=JIANGXI,
        one_child_certificate_on=None,
    )
    assert not one_child_parent_reward.assess(none, on=date(2018, 1, 1), book=book).eligible


def test_one_child_reward_cites_its_stand_in_rate():
    d = one_child_parent_reward.assess(_certified(date(2015, 6, 1)), on=date(2018, 1, 1))
    # the stand-in 10 a month per parent (illustrative): 10 × 12 = 120 each
    assert [r.value for r in d.amount_provenance] == [Decimal("10.00")]
    assert "Amount: 240.00 yuan per year (mother 120.00; father 120.00) [" in d.explain("en")


# -- childcare subsidy --------------------------------------------------------------------------


def test_childcare_subsidy_a_family_without_children_is_told_so():
    family = Family(
        mother=person(Sex.FEMALE, date(1995, 1, 1)), father=None, children=(), jurisdiction=DINGNAN
    )
    d = childcare_subsidy.assess(family, on=date(2025, 6, 1))
    assert (d.subject, d.on, d.jurisdiction, d.eligible, d.amount) == (
        "childcare_subsidy",
        date(2025, 6, 1),
        DINGNAN,
        False,
        Decimal("0.00"),
    )
    check = d.check("childcare_subsidy.children")
    assert (check.passed, check.fact("had")) == (False, 0)
    # the month rule's parameters: until age 3, the birth month not paid (by default)
    assert [r.value for r in check.provenance] == [3, False]
    assert [r.value for r in d.amount_provenance] == [Decimal("3600.00")]
    assert d.explain("en") == (
        "Childcare subsidy — Dingnan County, 2025-06-01: not eligible.\n"
        "  ✗ The family has a child (0) [1][2]\n"
        "  Amount: 0.00 yuan per year [1]\n"
        "  Sources:\n"
        "  [1] Implementation plan of the childcare subsidy system, 中共中央办公厅、国务院办公厅, "
        "issued 2025-07-28\n"
        "  [2] Months due under the childcare subsidy (derived from the official example)"
    )
    assert d.explain("zh").splitlines()[:3] == [
        "育儿补贴——定南县，2025-06-01：不符合条件。",
        "  ✗ 家庭有子女（0个） [1][2]",
        "  金额：0.00 元/年 [1]",
    ]


def test_childcare_subsidy_any_positive_amount_is_eligible():
    book = what_if("childcare_subsidy.amount", "0.60", date(2025, 1, 1))
    family = Family(
        mother=person(Sex.FEMALE, date(1995, 1, 1)),
        father=None,
        children=(Child(sex=Sex.MALE, birth_date=date(2024, 5, 1)),),
        jurisdiction=DINGNAN,
    )
    d = childcare_subsidy.assess(family, on=date(2025, 9, 1), book=book)
    assert d.eligible and d.amount == Decimal("0.60")


# -- the one card ---------------------------------------------------------------------------------


def _card_family(hukou=Hukou.RURAL, *, he=date(1976, 1, 1), she=date(1978, 1, 1), **documents):
    kid = Child(sex=Sex.FEMALE, birth_date=date(2005, 1, 1))
    return Family(
        mother=None if she is None else person(Sex.FEMALE, she, hukou),
        father=None if he is None else person(Sex.MALE, he, hukou),
        children=(kid,),
        jurisdiction=DINGNAN,
        **documents,
    )


def _holder(family, code, on=date(2010, 6, 30), book=None):
    from fpcore.incentives import one_card

    card = one_card(family, on=on) if book is None else one_card(family, on=on, book=book)
    return next(d for d in card.decisions if d.subject == code)


def test_card_free_services_need_a_married_couple():
    from fpcore.params.sources import JIANGXI_REGULATION_2009

    married = _card_family(married_on=date(2003, 1, 1))
    d = _holder(married, "health.free_services")
    (check,) = d.checks
    assert (check.code, check.passed, check.facts) == (
        "health.free_services.holder",
        True,
        (("married_on", date(2003, 1, 1)),),
    )
    assert check.citation == JIANGXI_REGULATION_2009
    # a preference in kind: 0.00, so labelled
    assert d.amount == Decimal("0.00")
    assert d.headline("en").endswith(": eligible, 0.00 (preference in kind).")
    assert d.headline("zh").endswith("：符合条件，金额 0.00 （非现金优惠）。")
    # a mother alone with a marriage date on file is not a couple
    alone = _card_family(he=None, married_on=date(2003, 1, 1))
    assert _holder(alone, "health.free_services").checks[0].passed is False


def test_card_homestead_priority_for_a_rural_late_marriage():
    from fpcore.params.sources import JIANGXI_REGULATION_2009

    # Jiangxi 2009 text: late marriage from man 25, woman 23 (full ages at marriage); he born
    # 1976-01-01 and she 1978-01-01, married 2001-01-01: exactly 25 and 23
    family = _card_family(married_on=date(2001, 1, 1))
    d = _holder(family, "land.homestead_priority")
    (check,) = d.checks
    assert check.passed is True and d.eligible
    assert check.facts == (("man", 25), ("woman", 23), ("male_limit", 25), ("female_limit", 23))
    assert [r.value for r in check.provenance] == [25, 23]
    assert check.citation == JIANGXI_REGULATION_2009
    # a day earlier he was 24 and she 22: not a late marriage
    early = _card_family(married_on=date(2000, 12, 31))
    assert _holder(early, "land.homestead_priority").checks[0].passed is False
    # only she too young: he born a year earlier is 25 at a 2000-12-31 wedding, she 22
    she_young = _card_family(he=date(1975, 1, 1), married_on=date(2000, 12, 31))
    assert _holder(she_young, "land.homestead_priority").checks[0].fact("man") == 25
    assert _holder(she_young, "land.homestead_priority").checks[0].passed is False
    # urban couples do not hold the rural priority
    urban = _card_family(Hukou.URBAN, married_on=date(2001, 1, 1))
    assert _holder(urban, "land.homestead_priority").checks[0].passed is False


_NO_AGES = (("man", None), ("woman", None), ("male_limit", None), ("female_limit", None))


@pytest.mark.parametrize(
    ("documents", "he", "on"),
    [
        ({"married_on": None}, date(1976, 1, 1), date(2010, 6, 30)),  # not married
        ({"married_on": date(2003, 1, 1)}, None, date(2010, 6, 30)),  # a mother alone
        ({"married_on": date(2011, 1, 1)}, date(1976, 1, 1), date(2010, 6, 30)),  # not yet
    ],
)
def test_card_homestead_priority_needs_a_couple_married_by_the_day(documents, he, on):
    from fpcore.params.sources import JIANGXI_REGULATION_2009

    d = _holder(_card_family(he=he, **documents), "land.homestead_priority", on=on)
    (check,) = d.checks
    assert (check.code, check.passed, check.facts) == (
        "land.homestead_priority.holder",
        False,
        _NO_AGES,
    )
    assert check.citation == JIANGXI_REGULATION_2009
    assert check.explain("en").startswith("A rural couple who married late (at marriage man not")


def test_card_homestead_priority_on_the_wedding_day():
    family = _card_family(married_on=date(2010, 6, 30), he=date(1980, 1, 1), she=date(1982, 1, 1))
    # married on the day of the card, at 30 and 28: a late marriage
    check = _holder(family, "land.homestead_priority").checks[0]
    assert (check.passed, check.fact("man"), check.fact("woman")) == (True, 30, 28)


@pytest.mark.parametrize(
    "closed", ["leave.late_marriage.min_age_male", "leave.late_marriage.min_age_female"]
)
def test_card_homestead_priority_is_undetermined_without_either_age_limit(closed):
    book = default_book().override(
        closed, None, start=date(2010, 1, 1), jurisdiction=JIANGXI, citation=WHAT_IF
    )
    family = _card_family(married_on=date(2001, 1, 1))
    d = _holder(family, "land.homestead_priority", book=book)
    (check,) = d.checks
    assert (check.passed, check.facts) == (None, _NO_AGES)
    assert d.eligible is False  # a preference is held only when its condition holds


def test_card_rural_household_preferences():
    from fpcore.params.sources import DINGNAN_INCENTIVE_OPINION

    certified = _card_family(one_child_certificate_on=date(2010, 6, 30))
    check = _holder(certified, "education.exam_bonus").checks[0]
    # certified on the day of the card: a rural one-child household with the certificate
    assert check.passed is True
    assert check.facts == (("rural", True), ("certified", True), ("two_girls", False))
    assert check.citation == DINGNAN_INCENTIVE_OPINION
    # one child but no certificate: not a certified household
    uncertified = _holder(_card_family(), "education.exam_bonus").checks[0]
    assert uncertified.passed is False and uncertified.fact("certified") is False
    # an urban certified one-child household does not hold the rural preferences
    urban = _card_family(Hukou.URBAN, one_child_certificate_on=date(2006, 1, 1))
    assert _holder(urban, "fruit.priority").checks[0].passed is False


def test_card_uses_the_book_given():
    from fpcore.incentives import one_card

    girl = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
    book = what_if("reward_assistance.amount", "1200", date(2012, 1, 1))
    card = one_card(_rural_pair(girl), on=date(2013, 1, 1), book=book)
    assert card.cash_total == Decimal("2400.00")  # the what-if 1,200 × 2


def _undetermined_card():
    from fpcore.incentives import one_card

    # the golden "undetermined" couple: a second daughter born 1979 with no ruling on file
    girls = (
        Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True),
        Child(sex=Sex.FEMALE, birth_date=date(1979, 4, 1)),
    )
    return one_card(_rural_pair(*girls), on=date(2012, 3, 1))


def test_card_explanation_lists_what_is_held_then_what_is_undetermined():
    from fpcore.explain import render_checks

    card = _undetermined_card()
    # a rural two-daughter household: the four departmental priorities; reward-and-assistance
    # undetermined (the 1979 birth has no ruling)
    assert [d.subject for d in card.held] == [
        "education.exam_bonus",
        "business.registration_relief",
        "poverty.priority",
        "fruit.priority",
    ]
    assert [d.subject for d in card.undetermined] == ["reward_assistance"]
    for lang, head in (
        (
            "en",
            "One card of family-planning benefits — Dingnan County, 2012-03-01: 4 held, "
            "1 undetermined, 0.00 yuan a year in cash.",
        ),
        (
            "zh",
            "计划生育奖励优惠政策一卡通——定南县，2012-03-01：享受4项，1项无法确定，现金 0.00 元/年。",
        ),
    ):
        lines = [head]
        for shown in (*card.held, *card.undetermined):
            lines.append("  " + shown.headline(lang))
            lines.extend("  " + line for line in render_checks(shown.checks, lang))
        assert card.explain(lang) == "\n".join(lines)
    assert card.explain() == card.explain("zh")  # Chinese by default


def test_card_headline_without_undetermined_benefits():
    from fpcore.incentives import one_card

    # married 2003 at 27 and 25, one child, no certificate: free services and the homestead
    # priority (no cash programme, no household preference)
    card = one_card(_card_family(married_on=date(2003, 1, 1)), on=date(2010, 6, 30))
    assert card.undetermined == ()
    assert [d.subject for d in card.held] == ["health.free_services", "land.homestead_priority"]
    assert (
        card.explain("en").splitlines()[0].endswith("2010-06-30: 2 held, 0.00 yuan a year in cash.")
    )
    assert card.explain("zh").splitlines()[0].endswith("2010-06-30：享受2项，现金 0.00 元/年。")


def test_card_html_is_the_headline_then_each_benefit_held():
    import html

    from fpcore.explain import checks_html

    card = _undetermined_card()
    expected = (
        '<div class="fpcore-card"><p><strong>'
        + html.escape(card.explain("en").splitlines()[0])
        + "</strong></p>"
        + "".join(
            f"<p>{html.escape(d.headline('en'))}</p>{checks_html(d.checks)}" for d in card.held
        )
        + "</div>"
    )
    assert card._repr_html_() == expected


# -- the registry -----------------------------------------------------------------------------------


def test_registry_refuses_an_unknown_or_unhashable_code_naming_it():
    from fpcore import UnknownProgramError, programs
    from fpcore.incentives import program

    for code in ("reward", ["reward_assistance"]):
        with pytest.raises(UnknownProgramError) as info:
            program(code)
        assert info.value.code == code and info.value.known == programs()


def test_registry_entitlement_uses_the_dates_and_book_given():
    from fpcore import entitlement

    girl = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
    family = _rural_pair(girl)
    book = what_if("reward_assistance.amount", "1200", date(2012, 1, 1))
    e = entitlement(
        "reward_assistance", family, start=date(2013, 1, 1), end=date(2013, 3, 31), book=book
    )
    # January–March 2013, both over 60: 2 × 1,200 ÷ 12 = 200 a month
    assert (e.start, e.end, e.paid_months) == (date(2013, 1, 1), date(2013, 3, 31), 3)
    assert e.total == Decimal("600.00")
    assert e.program == "reward_assistance" and e.jurisdiction == DINGNAN


def test_insurance_age_band_comes_from_the_book():
    # Dexing later widened its scheme to children aged 0–14 (REFERENCE §2.6): as a what-if for
    # Dingnan, a child of 10 is covered, and the check cites the what-if limit
    book = what_if("family_planning_insurance.max_child_age", 14, date(2007, 1, 1))
    family = _insured(date(1998, 1, 1), date(1999, 1, 1))
    d = family_planning_insurance.assess(family, on=date(2008, 6, 1), book=book)
    age = d.check("family_planning_insurance.child_age")
    assert (age.passed, age.fact("age"), age.fact("limit")) == (True, 10, 14)
    assert [(r.value, r.citation) for r in age.provenance] == [(14, WHAT_IF)]
    assert d.amount == Decimal("30.00")
    assert not family_planning_insurance.assess(family, on=date(2008, 6, 1)).eligible  # 0–6


def test_a_zero_rate_is_not_eligible_in_any_programme():
    # an eligible decision always pays something (the invariant of test_programmes); a what-if
    # rate of 0 leaves every condition met but nothing payable: "not eligible", 0.00
    reward = what_if("one_child_parent_reward.amount", "0", date(2008, 1, 1))
    family = _certified(date(2001, 3, 1), born=date(2000, 1, 1), where=DINGNAN)
    d = one_child_parent_reward.assess(family, on=date(2010, 1, 1), book=reward)
    assert d.check("one_child_parent_reward.certificate").passed is True
    assert (d.eligible, d.amount) == (False, Decimal("0.00"))
    assert [s.amount for s in d.breakdown] == [Decimal("0.00"), Decimal("0.00")]
    premium = what_if("family_planning_insurance.premium", "0", date(2007, 1, 1))
    d = family_planning_insurance.assess(
        _insured(date(2005, 1, 1), date(2006, 1, 1)), on=date(2008, 6, 1), book=premium
    )
    assert d.check("family_planning_insurance.child_age").passed is True
    assert (d.eligible, d.amount) == (False, Decimal("0.00"))


def test_a_small_positive_rate_is_still_paid():
    # 5 fen a month per parent = 0.60 a year each; a premium of 0.60 a year
    reward = what_if("one_child_parent_reward.amount", "0.05", date(2008, 1, 1))
    family = _certified(date(2001, 3, 1), born=date(2000, 1, 1), where=DINGNAN)
    d = one_child_parent_reward.assess(family, on=date(2010, 1, 1), book=reward)
    assert (d.eligible, d.amount) == (True, Decimal("1.20"))  # 2 × 0.60
    premium = what_if("family_planning_insurance.premium", "0.60", date(2007, 1, 1))
    d = family_planning_insurance.assess(
        _insured(date(2005, 1, 1), date(2006, 1, 1)), on=date(2008, 6, 1), book=premium
    )
    assert (d.eligible, d.amount) == (True, Decimal("0.60"))
