"""Registers: tallies, merging, the report and its missing indicators."""

from datetime import date, datetime
from decimal import Decimal
from enum import Enum

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fpcore import DINGNAN, JIANGXI, InvalidInputError, UnknownIndicatorError
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
from fpcore.strategies import birth_records, registers


def birth(day=date(2009, 6, 1), sex="male", order=1, age=None, ruling=True):
    return BirthRecord(date=day, sex=sex, birth_order=order, mother_age=age, within_policy=ruling)


def full_register():
    births = (
        # 6 boys, 4 girls in 2009; orders 1,1,1,1,2,2,2,3,3,4; rulings 7 within, 2 out, 1 none
        birth(sex="male", order=1, age=25),
        birth(sex="male", order=1, age=23),
        birth(sex="male", order=1, age=24),
        birth(sex="female", order=1, age=None),
        birth(sex="male", order=2, age=30),
        birth(sex="female", order=2, age=31),
        birth(sex="male", order=2, age=29, ruling=None),
        birth(sex="female", order=3, age=35, ruling=False),
        birth(sex="male", order=3, age=36, ruling=False),
        birth(sex="female", order=4, age=38),
        # one birth of 2008: ignored, and said so
        birth(day=date(2008, 12, 31)),
    )
    women = (
        *[MarriedWoman(method=ContraceptiveMethod.IUD, children=1, one_child_certificate=True)] * 3,
        MarriedWoman(method=ContraceptiveMethod.PILL, children=1),
        MarriedWoman(method=ContraceptiveMethod.MALE_STERILISATION, children=2),
        MarriedWoman(method=None, fecund=False, children=0),
        MarriedWoman(method=None, children=None),
        MarriedWoman(method=ContraceptiveMethod.CONDOM, fecund=False, children=3),
    )
    marriages = (
        Marriage(date=date(2009, 5, 1), husband_age=26, wife_age=22),  # he late, she not
        Marriage(date=date(2009, 5, 2), husband_age=24, wife_age=23),  # she late
        Marriage(date=date(2009, 5, 3), husband_age=40, wife_age=30, husband_first=False),
        Marriage(date=date(2009, 5, 4), husband_age=None, wife_age=25),
        Marriage(date=date(2010, 1, 1), husband_age=25, wife_age=25),  # other year
    )
    return Register(
        jurisdiction=DINGNAN,
        population_start=1990,
        population_end=2010,
        women_by_age={
            23: 10,
            24: 10,
            25: 10,
            29: 10,
            30: 10,
            31: 10,
            35: 10,
            36: 10,
            38: 10,
            50: 7,
        },
        births=births,
        deaths=[DeathRecord(date=date(2009, 3, 1)), DeathRecord(date=date(2010, 3, 1))],
        married_women=women,
        marriages=marriages,
    )


def test_a_register_without_death_records_does_not_report_zero_deaths():
    # omitted deaths are unknown, not zero: the birth rate stands, the death rates do not
    register = attrs.evolve(full_register(), deaths=None)
    report = summarize(register, year=2009)
    assert Decimal(5) == report.rate("crude_birth_rate").value  # 10 / 2,000 × 1000
    missing = {c.code: c for c in report.missing}
    for code in ("crude_death_rate", "natural_growth_rate"):
        with pytest.raises(UnknownIndicatorError):
            report.rate(code)
        assert "deaths not supplied" in missing[f"indicators.missing.{code}"].explain("en")
    # an empty list is a count: no one died, 0‰, and growth equals the birth rate
    report = summarize(attrs.evolve(full_register(), deaths=[]), year=2009)
    assert Decimal(0) == report.rate("crude_death_rate").value
    assert Decimal(5) == report.rate("natural_growth_rate").value


def test_one_part_without_death_records_leaves_the_merge_without_them():
    whole = tally(full_register(), year=2009)
    part = tally(attrs.evolve(full_register(), deaths=None), year=2009)
    assert whole.deaths_recorded and not part.deaths_recorded
    assert not whole.merge(part).deaths_recorded
    assert not part.merge(whole).deaths_recorded
    assert whole.merge(whole).deaths_recorded


def test_full_report_pinned():
    report = summarize(full_register(), year=2009)
    # mean population (1,990 + 2,010) / 2 = 2,000
    assert Decimal(2000) == report.rate("mean_population").value
    # 10 births / 2,000 × 1000 = 5‰; 1 death → 0.5‰; growth 9/2000×1000 = 4.5‰
    assert Decimal(5) == report.rate("crude_birth_rate").value
    assert Decimal("0.5") == report.rate("crude_death_rate").value
    assert Decimal("4.5") == report.rate("natural_growth_rate").value
    # rulings: 7 within, 2 out, 1 undetermined. The official rate divides by ALL 10 births:
    # 7/10 = 70 %; out of policy 2/10 = 20 %; were the undetermined birth within policy,
    # 8/10 = 80 %: the range is [70 %, 80 %]. Among the 9 births with a ruling: 7/9 = 77.78 %
    assert Decimal(70) == report.rate("policy_compliance_rate").value
    assert Decimal(20) == report.rate("out_of_policy_rate").value
    assert (Decimal(70), Decimal(80)) == report.compliance_range
    assert Decimal("77.78") == report.rate("policy_compliance_rate", "determined_births").rounded(2)
    # order ≥ 3: 3 of 10
    assert Decimal(30) == report.rate("higher_order_birth_rate").value
    # 6 boys / 4 girls × 100 = 150
    assert Decimal(150) == report.rate("sex_ratio_at_birth").value
    # first births with age: 25, 23, 24 → 2 of 3 at ≥ 24 (one first birth lacks the age)
    assert Decimal("66.67") == report.rate("late_childbearing_rate").rounded(2)
    # women 15–49: 9 ages × 10 = 90 (the 7 aged 50 are outside); 10 births / 90 × 1000
    assert Decimal("111.11") == report.rate("general_fertility_rate").rounded(2)
    # TFR: 9 births with ages over 9 ages with 10 women each = 9 × 1/10 = 0.9
    assert Decimal("0.9") == report.rate("total_fertility_rate").value
    # married women: 8, users 6 → 75 %; fecund 6, fecund users 5 → 83.33 %
    assert Decimal(75) == report.rate("contraceptive_prevalence").value
    assert Decimal("83.33") == report.rate(
        "contraceptive_prevalence", "fecund_married_women"
    ).rounded(2)
    # long-acting: 3 IUD + 1 male sterilisation = 4 of 6 users; of 8 women
    assert Decimal("66.67") == report.rate("long_acting_method_rate").rounded(2)
    assert Decimal(50) == report.rate("long_acting_method_rate", "married_women").value
    # one child: 4 women, 3 with the certificate
    assert Decimal(75) == report.rate("certificate_uptake_rate").value
    # first-marrying persons with ages: 26♂ 22♀ | 24♂ 23♀ | (he not first) 30♀ | 25♀
    # → 6 persons; late: 26♂, 23♀, 30♀, 25♀ = 4 → 66.67 %
    assert Decimal("66.67") == report.rate("late_marriage_rate").rounded(2)
    assert report.missing == ()
    codes = [note.code for note in report.notes]
    assert codes == [
        "indicators.unknown_rulings",
        "indicators.unknown_mother_age",
        "indicators.outside_year",
    ]
    assert report.births == 10
    assert report.unknown_rulings == 1
    assert report.provenance[0].key == "indicators.higher_order_birth.min_order"


def test_explain_and_html():
    report = summarize(full_register(), year=2009)
    en = report.explain("en")
    assert en.startswith("Population and family-planning indicators, Dingnan County, 2009")
    assert (
        "1 of 10 births without a ruling on policy: the official rate (births within policy ÷ all "
        "births) counts them in the denominator, not the numerator, and gives 70.00%; were they "
        "all within policy it would be 80.00%, so the rate lies between 70.00% and 80.00%; "
        "among the 9 births with a ruling alone it is 77.78% (not the official rate); the "
        "out-of-policy rate counts only births ruled out of policy"
    ) in en
    assert "policy compliance rate (births with a ruling only, not the official rate) 77.78%" in en
    assert "records of other years were ignored: 1 birth, 1 death, 1 marriage" in en
    zh = report.explain("zh")
    assert "定南县2009年" in zh
    assert "1例出生（共10例）没有政策符合性结论" in zh
    assert "故符合率在70.00%至80.00%之间；仅计有结论的9例出生为77.78%（非官方口径）" in zh
    assert "！" not in zh  # 2009 is well within the horizon of the values read
    assert report.unverified_after is None
    page = report._repr_html_()
    assert "crude birth rate" in page
    assert "fpcore-checks" in page


def test_missing_indicators_say_why():
    report = summarize(Register(births=[birth(sex="male", ruling=None)]), year=2009)
    reasons = {check.code: check.explain("en") for check in report.missing}
    assert "the register has no population" in reasons["indicators.missing.crude_birth_rate"]
    # no birth has a ruling: the official rate is 0 of 1 birth = 0 %, the range 0–100 %
    assert Decimal(0) == report.rate("policy_compliance_rate").value
    assert (Decimal(0), Decimal(100)) == report.compliance_range
    with pytest.raises(UnknownIndicatorError):
        report.rate("policy_compliance_rate", "determined_births")
    note = report.notes[0].explain("en")
    assert "gives 0.00%; were they all within policy it would be 100.00%" in note
    assert "among the" not in note
    assert "no female births" in reasons["indicators.missing.sex_ratio_at_birth"]
    assert "no married women" in reasons["indicators.missing.contraceptive_prevalence"]
    assert "no women by age" in reasons["indicators.missing.total_fertility_rate"]
    assert "no first birth with the mother" in reasons["indicators.missing.late_childbearing_rate"]
    assert "no first marriage" in reasons["indicators.missing.late_marriage_rate"]
    with pytest.raises(UnknownIndicatorError) as info:
        report.rate("crude_birth_rate")
    assert "higher_order_birth_rate" in str(info.value)
    with pytest.raises(UnknownIndicatorError):
        report.rate("contraceptive_prevalence", "fecund_married_women")


def test_empty_register():
    report = summarize(Register(), year=2009)
    assert report.rates == ()
    reasons = {check.code: check.explain("en") for check in report.missing}
    assert "no births in the year" in reasons["indicators.missing.sex_ratio_at_birth"]
    assert "no births in the year" in reasons["indicators.missing.policy_compliance_rate"]
    assert "no births in the year" in reasons["indicators.missing.higher_order_birth_rate"]
    assert report.compliance_range is None


def test_married_women_edge_cases():
    women = [MarriedWoman(method=None, children=2)]
    report = summarize(Register(married_women=women), year=2009)
    assert Decimal(0) == report.rate("contraceptive_prevalence").value
    reasons = {check.code: check.explain("en") for check in report.missing}
    assert "no woman uses a method" in reasons["indicators.missing.long_acting_method_rate"]
    assert (
        "no married woman is recorded with exactly one child"
        in (reasons["indicators.missing.certificate_uptake_rate"])
    )


def test_ages_without_women_block_the_tfr_only():
    register = Register(women_by_age={25: 100}, births=[birth(age=30)])
    report = summarize(register, year=2009)
    assert Decimal(10) == report.rate("general_fertility_rate").value  # 1 / 100 × 1000
    reasons = {check.code: check.explain("en") for check in report.missing}
    assert "some mothers' ages have no women" in reasons["indicators.missing.total_fertility_rate"]


def test_classifier_rules_on_births_without_a_ruling():
    births = [
        birth(ruling=None, order=1, age=25),
        birth(ruling=None, order=3, age=30),
        birth(ruling=True, age=27),
    ]
    seen = []

    def classify(record):
        seen.append(record)
        return record.birth_order < 3

    report = summarize(Register(births=births), year=2009, classify=classify)
    assert len(seen) == 2  # never asked about a birth that has a recorded ruling
    # within: recorded 1 + classified 1 = 2 of 3
    assert Decimal("66.67") == report.rate("policy_compliance_rate").rounded(2)
    assert report.summary.classified == 2
    assert [note.code for note in report.notes] == ["indicators.classified"]
    assert "births without a recorded ruling, ruled by the classifier: 2" in report.explain("en")


def test_classifier_may_not_know_and_is_not_asked_about_other_years():
    births = [birth(ruling=None), birth(day=date(2010, 1, 1), ruling=None)]
    calls = []
    report = summarize(
        Register(births=births), year=2009, classify=lambda r: calls.append(r) or None
    )
    assert len(calls) == 1
    assert report.unknown_rulings == 1
    assert report.summary.classified == 0


def test_classifier_result_is_checked():
    with pytest.raises(InvalidInputError) as info:
        summarize(Register(births=[birth(ruling=None)]), year=2009, classify=lambda r: "yes")
    assert info.value.field == "classify"


def test_progress_is_reported():
    calls = []
    births = (birth() for _ in range(70000))  # a one-pass stream
    report = summarize(Register(births=births), year=2009, progress=calls.append)
    # 65,536 per chunk, then the remaining 4,464
    assert calls == [65536, 70000]
    assert report.births == 70000
    empty = []
    summarize(Register(), year=2009, progress=empty.append)
    assert empty == [0]


def test_sex_accepts_an_enum_with_the_same_values():
    class Sex(Enum):
        MALE = "male"
        FEMALE = "female"

    assert BirthRecord(date=date(2009, 1, 1), sex=Sex.FEMALE, birth_order=1).sex == "female"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"sex": "boy"}, "sex"),
        ({"birth_order": 0}, "birth_order"),
        ({"birth_order": True}, "birth_order"),
        ({"mother_age": 200}, "mother_age"),
        ({"mother_age": True}, "mother_age"),
        ({"within_policy": 1}, "within_policy"),
        ({"date": "2009-01-01"}, "date"),
        ({"date": datetime(2009, 1, 1)}, "date"),  # noqa: DTZ001
    ],
)
def test_bad_birth_records(kwargs, field):
    values = {"date": date(2009, 1, 1), "sex": "male", "birth_order": 1, **kwargs}
    with pytest.raises(InvalidInputError) as info:
        BirthRecord(**values)
    assert info.value.field == field


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: MarriedWoman(method="iud"), "method"),
        (lambda: MarriedWoman(fecund=None), "fecund"),
        (lambda: MarriedWoman(children=-1), "children"),
        (lambda: Marriage(date=date(2009, 1, 1), husband_first=1), "husband_first"),
        (lambda: Register(population_start=-1), "population_start"),
        (lambda: Register(births=5), "records"),
        (lambda: Register(births="abc"), "records"),
        (lambda: Register(women_by_age=[(20, 5, 1)]), "women_by_age"),
        (lambda: Register(women_by_age=[(200, 5)]), "women_by_age"),
        (lambda: Register(women_by_age=[(20, -5)]), "women_by_age[20]"),
    ],
)
def test_bad_register_parts(build, field):
    with pytest.raises((InvalidInputError, TypeError)) as info:
        build()
    if isinstance(info.value, InvalidInputError):
        assert info.value.field == field
    else:
        assert field in str(info.value)


@pytest.mark.parametrize(
    ("register", "year", "field"),
    [
        (Register(), 2009.0, "year"),
        (Register(), True, "year"),
        ("register", 2009, "register"),
        (Register(births=[DeathRecord(date=date(2009, 1, 1))]), 2009, "births"),
        (Register(deaths=[object()]), 2009, "deaths"),
        (Register(married_women=[object()]), 2009, "married_women"),
        (Register(marriages=[object()]), 2009, "marriages"),
    ],
)
def test_bad_summarize_input(register, year, field):
    with pytest.raises(InvalidInputError) as info:
        summarize(register, year=year)
    assert info.value.field == field


def test_merge_checks_year_and_jurisdiction():
    a = tally(Register(jurisdiction=DINGNAN), year=2009)
    with pytest.raises(InvalidInputError):
        a.merge(tally(Register(jurisdiction=DINGNAN), year=2010))
    with pytest.raises(InvalidInputError):
        a + tally(Register(jurisdiction=JIANGXI), year=2009)
    with pytest.raises(InvalidInputError):
        a.merge("b")
    with pytest.raises(InvalidInputError):
        merge_summaries([])
    # a population known in one part only makes the whole's population unknown
    b = tally(Register(jurisdiction=DINGNAN, population_start=5, population_end=5), year=2009)
    assert (a + b).population_start is None
    assert merge_summaries([b]) == b


def split(register, cut):
    def halves(items, k):
        items = tuple(items)
        k = min(k, len(items))
        return items[:k], items[k:]

    def pop(value):
        # a population splits between the two parts (townships); None stays unknown in both
        return (None, None) if value is None else (value // 2, value - value // 2)

    # registers without death records split into parts without them
    deaths = (None, None) if register.deaths is None else halves(register.deaths, cut)
    parts = [halves(register.births, cut), deaths]
    parts += [halves(register.married_women, cut), halves(register.marriages, cut)]
    women = register.women_by_age
    first_start, second_start = pop(register.population_start)
    first_end, second_end = pop(register.population_end)
    first = Register(
        jurisdiction=register.jurisdiction,
        population_start=first_start,
        population_end=first_end,
        women_by_age=women[: len(women) // 2],
        births=parts[0][0],
        deaths=parts[1][0],
        married_women=parts[2][0],
        marriages=parts[3][0],
    )
    second = Register(
        jurisdiction=register.jurisdiction,
        population_start=second_start,
        population_end=second_end,
        women_by_age=women[len(women) // 2 :],
        births=parts[0][1],
        deaths=parts[1][1],
        married_women=parts[2][1],
        marriages=parts[3][1],
    )
    return first, second


@given(register=registers(), cut=st.integers(0, 30))
def test_split_and_merge_equals_whole(register, cut):
    first, second = split(register, cut)
    whole = tally(register, year=2009)
    merged = tally(first, year=2009) + tally(second, year=2009)
    assert whole == merged
    assert whole.report() == merged.report()


@given(records=st.lists(birth_records(), max_size=20))
def test_summary_does_not_depend_on_record_order(records):
    forward = tally(Register(births=records), year=2009)
    backward = tally(Register(births=records[::-1]), year=2009)
    assert forward == backward
    assert forward.births_outside_year == sum(1 for r in records if r.date.year != 2009)


def test_summary_is_a_register_summary():
    assert isinstance(tally(Register(), year=2009), RegisterSummary)


def test_merge_many_parts():
    parts = [
        tally(Register(population_start=n, population_end=n, births=[birth()]), year=2009)
        for n in (1, 2, 3)
    ]
    total = merge_summaries(parts)
    assert total.population_start == 6
    assert total.births == ((("male", 1, True, None), 3),)


# -- the official compliance rate (出生政策符合率 = births within policy ÷ ALL births × 100) ----


def rulings(*values):
    return Register(births=[birth(ruling=value) for value in values])


def test_compliance_when_every_birth_has_a_ruling():
    # 3 within, 1 out of 4 births: 75 %, the range one point; no determined-only figure
    report = summarize(rulings(True, True, True, False), year=2009)
    assert Decimal(75) == report.rate("policy_compliance_rate").value
    assert Decimal(25) == report.rate("out_of_policy_rate").value
    assert (Decimal(75), Decimal(75)) == report.compliance_range
    assert report.unknown_rulings == 0
    assert [r.definition.variant for r in report.rates if r.code == "policy_compliance_rate"] == [
        None
    ]
    assert "indicators.unknown_rulings" not in [n.code for n in report.notes]


def test_compliance_with_undetermined_births():
    # 5 within, 2 out, 3 undetermined of 10: official 5/10 = 50 % (the undetermined in the
    # denominator, not the numerator); out of policy 2/10 = 20 %; all 3 within → 8/10 = 80 %;
    # among the 7 with a ruling 5/7 = 71.43 %
    report = summarize(rulings(*[True] * 5, False, False, None, None, None), year=2009)
    assert Decimal(50) == report.rate("policy_compliance_rate").value
    assert Decimal(20) == report.rate("out_of_policy_rate").value
    assert report.unknown_rulings == 3
    assert (Decimal(50), Decimal(80)) == report.compliance_range
    determined = report.rate("policy_compliance_rate", "determined_births")
    assert (Decimal(5), Decimal(7)) == (determined.numerator, determined.denominator)
    assert determined.definition.citation.is_illustrative  # no source defines it
    note = report.notes[0]
    assert note.code == "indicators.unknown_rulings"
    assert note.fact("unknown") == 3 and note.fact("births") == 10
    assert (note.fact("low"), note.fact("high")) == ("50.00%", "80.00%")
    assert note.fact("official") == "50.00%" and note.fact("determined") == "71.43%"
    assert "3 of 10 births without a ruling on policy" in note.explain("en")
    assert "3例出生（共10例）没有政策符合性结论" in note.explain("zh")


def test_compliance_range_when_no_birth_has_a_ruling():
    # 0 within of 4: the official rate is 0 %, and could be anything up to 100 %
    report = summarize(rulings(None, None, None, None), year=2009)
    assert Decimal(0) == report.rate("policy_compliance_rate").value
    assert Decimal(0) == report.rate("out_of_policy_rate").value
    assert (Decimal(0), Decimal(100)) == report.compliance_range
    assert not [r for r in report.rates if r.definition.variant == "determined_births"]


def test_compliance_with_zero_births():
    report = summarize(Register(population_start=100, population_end=100), year=2009)
    assert report.compliance_range is None
    assert {
        "indicators.missing.policy_compliance_rate",
        "indicators.missing.out_of_policy_rate",
    } <= {c.code for c in report.missing}


def test_compliance_range_bounds_are_exact():
    # 1 within, 2 undetermined of 3: 1/3 = 33.33…%, 3/3 = 100 %
    report = summarize(rulings(True, None, None), year=2009)
    low, high = report.compliance_range
    # the lower end is the official rate itself, to the same 40 significant digits
    assert report.rate("policy_compliance_rate").value == low
    assert Decimal("33.33333333333333333333333333333333333333") == low
    assert Decimal(100) == high


# -- staleness: the report reads policy-book thresholds for 31 December of its year -------------


def test_a_report_past_the_horizon_of_its_thresholds_says_so():
    report = summarize(rulings(True, None), year=2030)
    horizon = max(r.verified_through for r in report.provenance)
    assert horizon is not None and horizon < date(2030, 12, 31)
    # the earliest horizon of the values read (all the indicator keys are checked through the
    # November 2026 audit)
    assert min(r.verified_through for r in report.provenance) == report.unverified_after
    assert date(2026, 11, 1) == report.unverified_after
    en = report.explain("en")
    assert (
        en.splitlines().count(  # the closing remark, before the sources
            "  ! Past 2026-11-01, the date through which the sources of a value used were checked: "
            "the result presumes that value still applies."
        )
        == 1
    )
    assert "！所用数值的来源仅核查至2026-11-01" in report.explain("zh")
    page = report._repr_html_()
    assert 'class="fpcore-unverified"' in page and "2026-11-01" in page


def test_a_report_within_the_horizon_has_no_staleness_line():
    report = summarize(rulings(True), year=2026)  # 2026-12-31 is past 2026-11-01
    assert report.unverified_after == date(2026, 11, 1)
    report = summarize(rulings(True), year=2025)
    assert report.unverified_after is None
    assert "fpcore-unverified" not in report._repr_html_()
