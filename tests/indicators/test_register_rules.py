"""Register summaries: what a summary accepts, how parts merge, and what the report promises.

A :class:`RegisterSummary` is a public, mergeable record (a process may build one from counts
kept elsewhere), so its fields are checked: each cross-tabulation is a *tuple* of
``(key, count)`` pairs, the key of the declared shape and types, the count an int ≥ 0.
"""

from datetime import date
from decimal import Decimal

import pytest

from fpcore import DINGNAN, JIANGXI, Citation, Confidence, InvalidInputError, default_book
from fpcore.errors import UnknownIndicatorError
from fpcore.indicators import (
    BirthRecord,
    ContraceptiveMethod,
    DeathRecord,
    Marriage,
    MarriedWoman,
    Register,
    RegisterSummary,
    merge_summaries,
    summarize,
    tally,
)

IUD = ContraceptiveMethod.IUD
GOOD = {
    # (sex, order, ruling, mother's age) → 3 births
    "births": ((("male", 1, True, 25), 3),),
    # age → women
    "women_by_age": ((25, 10),),
    # (method, fecund, children, certificate) → women
    "married_women": (((IUD, True, 1, True), 2),),
    # (husband first, his age, wife first, her age) → marriages
    "marriages": (((True, 26, True, 23), 1),),
}


def summary(**fields):
    return RegisterSummary(year=2009, jurisdiction=DINGNAN, **fields)


def refused(**fields):
    with pytest.raises(InvalidInputError) as info:
        summary(**fields)
    return info.value


# -- what a summary accepts -------------------------------------------------------------------


def test_a_summary_accepts_well_formed_counts_and_zero_counts():
    assert summary(**GOOD).births == GOOD["births"]
    # a zero count is a count (it is an int ≥ 0), and a ruling or an age may be unknown
    assert summary(births=((("female", 2, None, None), 0),)).births[0][1] == 0
    assert summary(women_by_age=((49, 0),)).women_by_age == ((49, 0),)


@pytest.mark.parametrize("field", sorted(GOOD))
@pytest.mark.parametrize("value", [list(GOOD["births"]), "x", None], ids=["list", "str", "none"])
def test_each_cross_tabulation_must_be_a_tuple(field, value):
    err = refused(**{field: value})
    assert (err.field, err.value, err.problem) == (
        field,
        value,
        "must be a tuple of (key, count) pairs",
    )


@pytest.mark.parametrize("field", sorted(GOOD))
@pytest.mark.parametrize(
    "item",
    [[("male", 1, True, 25), 3], (("male", 1, True, 25),), (1, 2, 3)],
    ids=["list", "one", "three"],
)
def test_each_entry_must_be_a_pair_and_is_named_by_its_index(field, item):
    err = refused(**{field: (GOOD[field][0], item)})
    assert (err.field, err.value, err.problem) == (
        f"{field}[1]",
        item,
        "must be a (key, count) pair",
    )


@pytest.mark.parametrize(
    ("field", "item"),
    [
        ("births", (("male", 1, True), 3)),  # a key one part short
        ("births", (("male", 1, True, 25, 0), 3)),  # one part too many
        ("births", (5, 3)),  # no tuple at all
        ("births", (("male", "1", True, 25), 3)),  # order as text
        ("births", (("male", True, True, 25), 3)),  # a bool is no birth order
        ("births", (("male", 1, 1, 25), 3)),  # a ruling is a bool or None
        ("births", (("male", 1, True, 25), True)),  # a bool is no count
        ("births", (("male", 1, True, 25), -1)),
        ("births", (("male", 1, True, 25), "3")),
        ("women_by_age", ((25,), 10)),  # an age, not a one-part tuple
        ("women_by_age", ("25", 10)),
        ("women_by_age", (25, -1)),
        ("married_women", ((IUD, 1, 1, True), 2)),  # fecund is a bool
        ("married_women", (("iud", True, 1, True), 2)),  # the method is the enum
        ("marriages", ((True, 26, True), 1)),
        ("marriages", ((1, 26, True, 23), 1)),
    ],
)
def test_a_key_of_the_wrong_shape_or_a_bad_count_is_refused(field, item):
    err = refused(**{field: (GOOD[field][0], item)})
    assert (err.field, err.value, err.problem) == (
        f"{field}[1]",
        item,
        "is not a valid (key, count)",
    )


# -- merging ----------------------------------------------------------------------------------


def test_merge_adds_every_count():
    a = summary(classified=1, births_outside_year=2, deaths=3, marriages_outside_year=4)
    b = summary(classified=10, births_outside_year=20, deaths=30, marriages_outside_year=40)
    total = a + b
    # 1 + 10, 2 + 20, 3 + 30, 4 + 40
    assert (total.classified, total.births_outside_year, total.deaths) == (11, 22, 33)
    assert total.marriages_outside_year == 44
    assert merge_summaries([a, b, a]).classified == 12  # 1 + 10 + 1


def test_merge_refuses_what_is_no_summary_naming_other():
    with pytest.raises(InvalidInputError) as info:
        summary().merge("b")
    err = info.value
    assert (err.field, err.value, err.problem) == ("other", "b", "must be a RegisterSummary")


def test_merge_refuses_another_year_or_area_and_says_which():
    with pytest.raises(InvalidInputError) as info:
        summary().merge(RegisterSummary(year=2010, jurisdiction=DINGNAN))
    assert str(info.value) == (
        "other: '2010 360728' is not of the same year and jurisdiction (2009 360728)"
    )
    with pytest.raises(InvalidInputError) as info:
        summary() + RegisterSummary(year=2009, jurisdiction=JIANGXI)
    assert info.value.field == "other"
    assert info.value.value == f"2009 {JIANGXI.code}"


# -- the report -------------------------------------------------------------------------------


def first_births():
    # first births to mothers of 23, 24 and 25
    return [
        BirthRecord(date=date(2009, 6, 1), sex="male", birth_order=1, mother_age=age)
        for age in (23, 24, 25)
    ]


def test_the_report_reads_thresholds_from_the_book_given():
    # default book, Jiangxi 2009 text: late childbearing from 24 → 24 and 25 of 3 = 66.67 %
    register = Register(jurisdiction=DINGNAN, births=first_births())
    assert Decimal("66.67") == summarize(register, year=2009).rate(
        "late_childbearing_rate"
    ).rounded(2)
    # a what-if book with the age raised to 25 from 2000: only 25 of 3 = 33.33 %
    reform = default_book().override(
        "indicators.late_childbearing.min_age",
        25,
        start=date(2000, 1, 1),
        jurisdiction=DINGNAN,
        citation=Citation(title="what-if", confidence=Confidence.ILLUSTRATIVE),
    )
    for report in (
        summarize(register, year=2009, book=reform),
        tally(register, year=2009).report(book=reform),
    ):
        assert Decimal("33.33") == report.rate("late_childbearing_rate").rounded(2)


def test_percentages_in_notes_round_half_up():
    # 800 births: 1 within policy, 1 without a ruling, 798 out of policy.
    # official rate 1 ÷ 800 = 0.125 % → "0.13%" (四舍五入, half up; half-even would print 0.12)
    births = [
        BirthRecord(date=date(2009, 6, 1), sex="male", birth_order=2, within_policy=ruling)
        for ruling in [True, None] + [False] * 798
    ]
    note = summarize(Register(births=births), year=2009).notes[0].explain("en")
    # were the undetermined birth within policy: 2 ÷ 800 = 0.25 %
    assert "gives 0.13%; were they all within policy it would be 0.25%" in note


def test_an_indicator_not_computed_is_named_with_its_variant():
    report = summarize(Register(), year=2009)
    with pytest.raises(UnknownIndicatorError) as info:
        report.rate("crude_birth_rate")
    assert str(info.value) == "unknown indicator 'crude_birth_rate'; available: none"
    with pytest.raises(UnknownIndicatorError) as info:
        report.rate("contraceptive_prevalence", "fecund_married_women")
    assert info.value.code == "contraceptive_prevalence [fecund_married_women]"


def test_headline_is_chinese_by_default():
    report = summarize(Register(jurisdiction=DINGNAN, births=first_births()), year=2009)
    assert report.headline() == "定南县2009年人口和计划生育指标（出生3例）"
    assert report.headline("en") == (
        "Population and family-planning indicators, Dingnan County, 2009 (3 births)"
    )


def test_a_missing_indicator_says_why_in_chinese_too():
    report = summarize(Register(jurisdiction=DINGNAN), year=2009)
    reasons = {check.code: check.explain("zh") for check in report.missing}
    assert (
        "人口出生率：无法计算——登记中没有年初和年末人口"
        in (reasons["indicators.missing.crude_birth_rate"])
    )
    assert (
        "出生人口性别比：无法计算——本年度没有出生记录"
        in (reasons["indicators.missing.sex_ratio_at_birth"])
    )


def test_the_html_table_has_one_row_per_rate_under_three_headed_columns():
    register = Register(
        jurisdiction=DINGNAN, population_start=1000, population_end=1000, births=first_births()
    )
    page = summarize(register, year=2009)._repr_html_()
    assert (
        '<table class="fpcore-rates"><thead><tr><th style="text-align: left">Indicator</th>'
        '<th style="text-align: right">Value</th><th style="text-align: left">Computed as'
        "</th></tr></thead><tbody><tr>"
    ) in page
    # rows follow one another directly: mean population, then the crude birth rate
    assert "</td></tr><tr><td" in page


# -- the report's counting rules ----------------------------------------------------------------


def born(sex="male", order=1, age=None, ruling=True):
    return BirthRecord(
        date=date(2009, 6, 1), sex=sex, birth_order=order, mother_age=age, within_policy=ruling
    )


def test_births_without_a_ruling_are_all_counted_whatever_their_other_fields():
    # 1 within policy, 2 without a ruling (a boy and a girl: two cells of the summary)
    births = [born(), born(ruling=None), born(sex="female", order=2, ruling=None)]
    report = summarize(Register(births=births), year=2009)
    assert report.unknown_rulings == 2
    # official 1 ÷ 3; were both undetermined births within policy, 3 ÷ 3
    low, high = report.compliance_range
    assert (low.quantize(Decimal("0.01")), high) == (Decimal("33.33"), Decimal(100))
    assert "2 of 3 births without a ruling on policy" in report.notes[0].explain("en")


def test_the_rate_among_determined_births_needs_only_some_ruling():
    # 1 within, 1 out, 1 undetermined: among the 2 with a ruling, 1 ÷ 2 = 50 %
    births = [born(), born(ruling=False), born(ruling=None)]
    report = summarize(Register(births=births), year=2009)
    assert Decimal(50) == report.rate("policy_compliance_rate", "determined_births").value


def test_births_at_one_age_add_up_for_the_tfr():
    # mothers of 25: a first-born boy and a second-born girl, 10 women aged 25
    # TFR = 2 ÷ 10 = 0.2 children per woman
    births = [born(age=25), born(sex="female", order=2, age=25)]
    report = summarize(Register(women_by_age={25: 10}, births=births), year=2009)
    assert Decimal("0.2") == report.rate("total_fertility_rate").value


def test_a_birth_outside_the_childbearing_ages_still_counts_in_the_tfr():
    # births to mothers of 25 and of 50, with 10 women at each age (and 10 of 60, no births):
    # TFR = 1 ÷ 10 + 1 ÷ 10 = 0.2; the general fertility rate divides by women 15–49 only:
    # 2 ÷ 10 × 1000 = 200‰
    births = [born(age=25), born(sex="female", order=2, age=50)]
    register = Register(women_by_age={25: 10, 50: 10, 60: 10}, births=births)
    report = summarize(register, year=2009)
    assert Decimal("0.2") == report.rate("total_fertility_rate").value
    assert Decimal(200) == report.rate("general_fertility_rate").value


def test_first_births_without_the_mothers_age_are_all_counted():
    births = [born(), born(sex="female")]  # two first births, neither with the mother's age
    report = summarize(Register(births=births), year=2009)
    assert "first births without the mother's age, left out of the late-childbearing rate: 2" in (
        report.explain("en")
    )


def test_the_narrow_contraceptive_base_needs_some_but_not_every_woman_fecund():
    def reasons(women):
        report = summarize(Register(married_women=women), year=2009)
        with pytest.raises(UnknownIndicatorError):
            report.rate("contraceptive_prevalence", "fecund_married_women")
        missing = {check.code: check for check in report.missing}
        check = missing["indicators.missing.contraceptive_prevalence"]
        return check.explain("en"), check.explain("zh")

    # every woman fecund: the narrow base is the standard one
    en, _ = reasons([MarriedWoman(method=IUD), MarriedWoman()])
    assert "the narrow base equals the standard one" in en
    # no woman fecund: there is no narrow base at all
    en, zh = reasons([MarriedWoman(method=IUD, fecund=False)])
    assert "no married woman is recorded as able to conceive" in en
    assert "没有记录为有生育能力的已婚育龄妇女" in zh


def test_late_marriage_starts_at_the_ages_themselves():
    # Jiangxi 2009 text: late at 25 for a man, 23 for a woman (at, not above)
    marriages = [
        Marriage(date=date(2009, 5, 1), husband_age=25, wife_age=23),  # both late
        Marriage(date=date(2009, 5, 2), husband_age=24, wife_age=22),  # neither
    ]
    report = summarize(Register(jurisdiction=DINGNAN, marriages=marriages), year=2009)
    # 2 late of 4 first-marrying persons = 50 %
    assert Decimal(50) == report.rate("late_marriage_rate").value


def test_the_note_on_undetermined_births_gives_the_rate_among_the_others_when_there_are_some():
    # 1 within, 1 out, 1 undetermined: among the 2 with a ruling, 1 ÷ 2 = 50 %
    births = [born(), born(ruling=False), born(ruling=None)]
    note = summarize(Register(births=births), year=2009).notes[0].explain("en")
    assert "among the 2 births with a ruling alone it is 50.00% (not the official rate)" in note


@pytest.mark.parametrize(
    ("register", "counts"),
    [
        (Register(marriages=[Marriage(date=date(2010, 1, 1))]), "0 births, 0 deaths, 1 marriage"),
        (
            Register(births=[BirthRecord(date=date(2008, 1, 1), sex="male", birth_order=1)]),
            "1 birth, 0 deaths, 0 marriages",
        ),
        (Register(deaths=[DeathRecord(date=date(2010, 1, 1))]), "0 births, 1 death, 0 marriages"),
    ],
    ids=["marriage", "birth", "death"],
)
def test_records_of_another_year_of_any_one_kind_are_noted(register, counts):
    report = summarize(register, year=2009)
    assert f"records of other years were ignored: {counts}" in report.explain("en")


# -- the record checks: each names its field and says what it must be --------------------------


def refusal(build):
    with pytest.raises(InvalidInputError) as info:
        build()
    err = info.value
    return err.field, err.value, err.problem


@pytest.mark.parametrize("year", [True, "2009", 0, 10000])
def test_tally_takes_a_year_from_1_to_9999(year):
    assert refusal(lambda: tally(Register(), year=year)) == ("year", year, "must be an int year")


@pytest.mark.parametrize("year", [1, 9999])
def test_tally_takes_the_first_and_last_years(year):
    assert tally(Register(), year=year).year == year


@pytest.mark.parametrize("year", [True, "2009", 0, 10000])
def test_a_summary_year_is_from_1_to_9999(year):
    assert refusal(lambda: RegisterSummary(year=year, jurisdiction=DINGNAN)) == (
        "year",
        year,
        "must be an int year 1–9999",
    )
    assert RegisterSummary(year=1, jurisdiction=DINGNAN).year == 1
    assert RegisterSummary(year=9999, jurisdiction=DINGNAN).year == 9999


@pytest.mark.parametrize("field", ["classified", "births_outside_year", "deaths"])
@pytest.mark.parametrize("value", [-1, True, "1"])
def test_a_summary_count_is_an_int_of_at_least_0(field, value):
    assert refusal(lambda: summary(**{field: value})) == (field, value, "must be an int ≥ 0")


@pytest.mark.parametrize("value", [-1, True, "5"])
def test_a_register_population_is_none_or_an_int_of_at_least_0(value):
    assert refusal(lambda: Register(population_end=value)) == (
        "population_end",
        value,
        "must be None or an int ≥ 0",
    )


def test_record_flags_and_streams_are_checked():
    assert refusal(lambda: MarriedWoman(fecund=1)) == ("fecund", 1, "must be True or False")
    assert refusal(lambda: Register(births=5)) == (
        "records",
        5,
        "must be an iterable of records",
    )
    assert refusal(lambda: tally(Register(births=[object()]), year=2009)) == (
        "births",
        "BirthRecord",
        "must hold only records of this type",
    )


def test_tally_takes_a_register_and_a_classifier_that_rules():
    assert refusal(lambda: tally("x", year=2009)) == ("register", "x", "must be a Register")
    assert refusal(
        lambda: tally(Register(births=[born(ruling=None)]), year=2009, classify=lambda r: "yes")
    ) == ("classify", "yes", "must return True, False or None")


def test_the_classifier_goes_on_past_other_years_and_births_it_cannot_rule_on():
    # an undetermined birth of 2008 comes first: it is skipped, not the end of the stream
    births = [
        BirthRecord(date=date(2008, 6, 1), sex="male", birth_order=1),
        born(ruling=None),
    ]
    assert tally(Register(births=births), year=2009, classify=lambda r: True).classified == 1
    # the classifier cannot rule on the first birth (order 1) but does on the second
    births = [born(ruling=None), born(order=2, ruling=None)]
    summary_ = tally(
        Register(births=births),
        year=2009,
        classify=lambda r: None if r.birth_order == 1 else False,
    )
    assert summary_.classified == 1
    assert summarize(Register(births=births), year=2009).unknown_rulings == 2


def test_a_classified_birth_joins_the_recorded_births_of_its_cell():
    # a first-born boy ruled within policy on record, and one ruled so by the classifier:
    # two births in the cell (male, order 1, within policy, age unknown)
    births = [born(), born(ruling=None)]
    counted = tally(Register(births=births), year=2009, classify=lambda r: True)
    assert counted.births == ((("male", 1, True, None), 2),)


@pytest.mark.parametrize(
    ("field", "kind"),
    [
        ("births", "BirthRecord"),
        ("deaths", "DeathRecord"),
        ("married_women", "MarriedWoman"),
        ("marriages", "Marriage"),
    ],
)
def test_a_stream_holding_something_else_names_the_record_type_it_must_hold(field, kind):
    register = Register(**{field: [object()]})
    assert refusal(lambda: tally(register, year=2009)) == (
        field,
        kind,
        "must hold only records of this type",
    )


@pytest.mark.parametrize(
    ("women", "value", "problem"),
    [
        ("abc", "abc", "must hold (age, count) pairs"),
        (5, 5, "must hold (age, count) pairs"),
        ([(20, 5, 1)], (20, 5, 1), "must hold (age, count) pairs"),
        ([(200, 5)], 200, "has an age that is not an int 0–150"),
    ],
)
def test_women_by_age_holds_age_count_pairs(women, value, problem):
    assert refusal(lambda: Register(women_by_age=women)) == ("women_by_age", value, problem)


def test_marriages_of_other_years_are_all_counted():
    marriages = [
        Marriage(date=date(2010, 1, 1), husband_age=30),
        Marriage(date=date(2010, 1, 2), husband_age=31),  # another cell of the tally
    ]
    assert tally(Register(marriages=marriages), year=2009).marriages_outside_year == 2


@pytest.mark.parametrize("known", [{"population_start": 1000}, {"population_end": 1000}])
def test_a_mean_population_needs_both_the_start_and_the_end(known):
    report = summarize(Register(births=[born()], **known), year=2009)
    reasons = {check.code: check.explain("en") for check in report.missing}
    assert "no population at the start and end" in reasons["indicators.missing.mean_population"]


@pytest.mark.parametrize("count", [-5, True, "5"])
def test_women_by_age_counts_are_ints_of_at_least_0(count):
    assert refusal(lambda: Register(women_by_age=[(20, count)])) == (
        "women_by_age[20]",
        count,
        "must be an int ≥ 0",
    )


def test_pairs_for_the_same_age_add_up():
    # (20, 5) and (20, 3): 8 women aged 20
    assert Register(women_by_age=[(20, 5), (20, 3)]).women_by_age == ((20, 8),)


@pytest.mark.parametrize(
    ("fields", "field", "value", "problem"),
    [
        ({"sex": "boy"}, "sex", "boy", "must be 'male' or 'female'"),
        ({"date": "2009-01-01"}, "date", "2009-01-01", "must be a datetime.date"),
        ({"birth_order": 0}, "birth_order", 0, "must be an int ≥ 1"),
        ({"mother_age": 151}, "mother_age", 151, "must be None or an age from 0 to 150"),
        ({"within_policy": 1}, "within_policy", 1, "must be True, False or None"),
    ],
)
def test_a_birth_record_names_the_bad_field_and_what_it_must_be(fields, field, value, problem):
    values = {"date": date(2009, 1, 1), "sex": "male", "birth_order": 1, **fields}
    assert refusal(lambda: BirthRecord(**values)) == (field, value, problem)


@pytest.mark.parametrize(
    ("field", "item"),
    [
        ("women_by_age", (151, 10)),
        ("women_by_age", (-1, 10)),
        ("births", (("male", 1, True, 151), 3)),  # the mother's age
        ("births", (("male", 1, True, -1), 3)),
        ("marriages", ((True, 151, True, 23), 1)),  # his age
        ("marriages", ((True, 26, True, -1), 1)),  # her age
    ],
)
def test_an_age_in_a_summary_key_is_from_0_to_150(field, item):
    # as in the records (BirthRecord.mother_age, Marriage.husband_age…) and Register.women_by_age
    err = refused(**{field: (GOOD[field][0], item)})
    assert (err.field, err.value, err.problem) == (
        f"{field}[1]",
        item,
        "is not a valid (key, count)",
    )


def test_ages_at_the_ends_of_the_range_and_unknown_ages_are_accepted():
    accepted = summary(
        women_by_age=((0, 1), (150, 1)),
        births=((("male", 1, True, 150), 1), (("female", 1, True, None), 1)),
        marriages=(((True, 0, True, None), 1), ((True, None, True, 150), 1)),
    )
    assert accepted.women_by_age == ((0, 1), (150, 1))
