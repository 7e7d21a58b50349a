"""Audit of reported tables: the Dingnan seed table and every relation, at printed precision.

Every printed figure is an interval (rounded half up, 四舍五入): "21万" is [205,000, 215,000),
"13.4" is [13.35, 13.45), "279.9万" is [2,798,500, 2,799,500), "12.85‰" is [12.845, 12.855).
"""

from decimal import Decimal
from fractions import Fraction

import pytest

from fpcore import InvalidInputError
from fpcore.indicators import (
    DINGNAN_2008_2010,
    Figure,
    FindingStatus,
    Interval,
    ReportedTable,
    audit,
)


@pytest.fixture(scope="module")
def dingnan():
    return audit(DINGNAN_2008_2010)


def test_dingnan_2008_per_capita_funding_agrees_at_printed_precision_only(dingnan):
    finding = dingnan.find("per_capita_funding", 2008)
    assert finding.status is FindingStatus.AGREES_AT_PRECISION
    # taken as printed: 2,799,000 ÷ 210,000 = 13.328571…, outside [13.35, 13.45)
    assert Decimal("13.33") == finding.recomputed.quantize(Decimal("0.01"))
    assert Interval(low=Decimal("13.35"), high=Decimal("13.45"), high_closed=False) == (
        finding.interval
    )
    # at printed precision: [2,798,500, 2,799,500) ÷ [205,000, 215,000)
    #   = (2,798,500 ÷ 215,000, 2,799,500 ÷ 205,000) = (13.0163, 13.6561), which meets 13.4's
    assert (
        Interval(
            low=Fraction(2798500, 215000),
            high=Fraction(2799500, 205000),
            low_closed=False,
            high_closed=False,
        )
        == finding.possible
    )
    # the population 13.4 implies: 2,799,000 ÷ 13.4 = 208,880.597…
    assert Decimal("208880.597") == finding.implied_divisor.quantize(Decimal("0.001"))
    # from both intervals: ([2,798,500, 2,799,500) ÷ [13.35, 13.45)
    #   = (2,798,500 ÷ 13.45, 2,799,500 ÷ 13.35) = (208,066.91…, 209,700.37…), both ends open
    implied = finding.implied_divisor_interval
    assert Fraction(2798500) / Fraction("13.45") == implied.low
    assert Fraction(2799500) / Fraction("13.35") == implied.high
    assert (implied.low_closed, implied.high_closed) == (False, False)
    # inside 21万's interval [205,000, 215,000), but not the 210,000 that 2009 and 2010 use
    assert implied.within(Figure(code="population", printed="21万").interval)
    assert 210000 not in implied
    assert finding.agreeing_years == (2009, 2010)
    assert dingnan.inconsistencies == ()
    assert (finding,) == dingnan.agreements_at_precision


def test_dingnan_2008_explained(dingnan):
    en = dingnan.find("per_capita_funding", 2008).explain("en")
    assert en.startswith("≈ 2008 per-capita funding 13.4 agrees with family-planning funding")
    assert "at printed precision only: taken as printed they give 13.3286" in en
    assert "outside the interval of 13.4, [13.35, 13.45)" in en
    # the narrow interval takes 279.9万 as printed: 2,799,000 ÷ (13.35, 13.45] reversed
    assert "The population that 13.4 implies is 208,880.597" in en
    assert "(208,104.0892, 209,662.9213] taking 279.9万 as printed" in en
    assert "(208,066.9145, 209,700.3745) at the printed precision of both" in en
    assert "inside the interval of 21万, [205,000, 215,000), but not 210,000" in en
    assert "(the value with which 2009 and 2010 agree exactly)" in en
    zh = dingnan.find("per_capita_funding", 2008).explain("zh")
    assert zh.startswith("≈ 2008年人均事业经费13.4仅在印刷精度内与")
    assert "在21万的区间[205,000, 215,000)内，但不含210,000" in zh
    assert "（2009、2010年的数据按210,000完全相符）" in zh


@pytest.mark.parametrize(
    ("year", "recomputed", "printed"),
    [
        # 2,982,000 ÷ 210,000 = 14.2 exactly, inside [14.15, 14.25)
        (2009, "14.2", ("14.15", "14.25")),
        # 3,252,000 ÷ 210,000 = 15.4857… (15.49 to two decimals), inside [15.45, 15.55)
        (2010, "15.4857", ("15.45", "15.55")),
    ],
)
def test_dingnan_2009_and_2010_agree_exactly(dingnan, year, recomputed, printed):
    finding = dingnan.find("per_capita_funding", year)
    assert finding.status is FindingStatus.AGREES
    assert Decimal(recomputed) == finding.recomputed.quantize(Decimal("0.0001")).normalize()
    assert (Decimal(printed[0]), Decimal(printed[1])) == (
        Decimal(finding.interval.low.numerator) / finding.interval.low.denominator,
        Decimal(finding.interval.high.numerator) / finding.interval.high.denominator,
    )
    assert finding.implied_divisor is None and finding.implied_divisor_interval is None
    assert "inside the interval of" in finding.explain("en")


def test_dingnan_married_women_parts_within_the_whole(dingnan):
    finding = dingnan.find("parts_within_whole")
    assert finding.status is FindingStatus.AGREES
    # 15,908 + 23,830 = 39,738 ≤ 41,770, leaving 2,032 with no child
    assert Decimal(39738) == finding.recomputed
    assert Decimal(2032) == finding.low


@pytest.mark.parametrize(
    ("year", "point", "narrow", "wide"),
    [
        # 12.85‰ × 210,000 ÷ 1000 = 2,698.5; [12.845, 12.855) × 210 = [2,697.45, 2,699.55)
        # → 2,698–2,699 births (2,699 ÷ 210,000 = 12.852‰ prints 12.85‰: the derived check);
        # with 21万 at its precision: [12.845 × 205, 12.855 × 215) = [2,633.225, 2,763.825)
        # → 2,634–2,763
        (2008, "2698.5", (2698, 2699), (2634, 2763)),
        # 11.9‰ × 210 = 2,499; [11.85, 11.95) × 210 = [2,488.5, 2,509.5) → 2,489–2,509;
        # [11.85 × 205, 11.95 × 215) = [2,429.25, 2,569.25) → 2,430–2,569
        (2009, "2499", (2489, 2509), (2430, 2569)),
    ],
)
def test_dingnan_births_implied_by_the_birth_rates(dingnan, year, point, narrow, wide):
    finding = dingnan.find("crude_birth_rate", year)
    assert finding.status is FindingStatus.IMPLIED
    assert finding.figure == "births"
    assert Decimal(point) == finding.recomputed
    assert (Decimal(narrow[0]), Decimal(narrow[1])) == (finding.low, finding.high)
    assert wide == finding.possible.whole_numbers()


def test_dingnan_birth_rate_derived_check_explained(dingnan):
    en = dingnan.find("crude_birth_rate", 2008).explain("en")
    assert (
        "imply births of 2,698.5: between 2,698 and 2,699 taking 21万 as 210,000, between 2,634 "
        "and 2,763 at the printed precision of both"
    ) in en


@pytest.mark.parametrize(
    ("year", "growth", "low", "high"),
    [
        # (298.2 − 279.9) ÷ 279.9 = 6.538 %; at printed precision
        # (2,981,500 ÷ 2,799,500 − 1, 2,982,500 ÷ 2,798,500 − 1), both ends open
        (2009, "6.54", Fraction(2981500, 2799500), Fraction(2982500, 2798500)),
        # (325.2 − 298.2) ÷ 298.2 = 9.054 %
        (2010, "9.05", Fraction(3251500, 2982500), Fraction(3252500, 2981500)),
    ],
)
def test_dingnan_funding_growth_implied(dingnan, year, growth, low, high):
    finding = dingnan.find("funding_growth", year)
    assert finding.status is FindingStatus.IMPLIED
    assert Decimal(growth) == finding.recomputed.quantize(Decimal("0.01"))
    assert ((low - 1) * 100, (high - 1) * 100) == (finding.possible.low, finding.possible.high)
    assert "at printed precision" in finding.explain("en")


def test_dingnan_explanations(dingnan):
    en = dingnan.explain("en")
    assert en.startswith(DINGNAN_2008_2010.title)
    assert "imply funding growth of 6.538%" in en
    zh = dingnan.explain("zh")
    assert "余2,032" in zh
    html = dingnan._repr_html_()
    assert "<tr" in html and "≈ 2008 per-capita funding" in html
    assert dingnan.unverified_after is None  # an audit reads no policy-book value
    with pytest.raises(InvalidInputError):
        dingnan.find("per_capita_funding", 2011)


def test_verdict_texts():
    assert [s.describe("en") for s in FindingStatus] == [
        "agrees",
        "agrees at printed precision",
        "disagrees",
        "implied",
    ]
    assert [s.describe("zh") for s in FindingStatus] == ["相符", "在印刷精度内相符", "不符", "推算"]
    assert [s.mark for s in FindingStatus] == ["✓", "≈", "✗", "→"]
    with pytest.raises(InvalidInputError):
        FindingStatus.AGREES.describe("fr")


def table(*figures):
    return ReportedTable(title="test", figures=figures)


def test_rates_against_counts_and_sums():
    result = audit(
        table(
            Figure(code="births", year=2010, printed="2500"),
            Figure(code="male_births", year=2010, printed="1300"),
            Figure(code="female_births", year=2010, printed="1200"),
            Figure(code="within_policy_births", year=2010, printed="2380"),
            Figure(code="deaths", year=2010, printed="1260"),
            Figure(code="mean_population", year=2010, printed="210000"),
            Figure(code="population", printed="1"),  # the mean population is preferred
            Figure(code="sex_ratio_at_birth", year=2010, printed="108.3"),  # 108.33 ✓
            Figure(code="policy_compliance_rate", year=2010, printed="95.2%"),  # 95.2 ✓
            Figure(code="out_of_policy_rate", year=2010, printed="5.0%"),  # 100 − 95.2 = 4.8 ✗
            Figure(code="crude_birth_rate", year=2010, printed="11.90‰"),  # 11.9048 ✓
            Figure(code="crude_death_rate", year=2010, printed="6.0"),  # 6.0 ✓
            Figure(code="natural_growth_rate", year=2010, printed="5.9"),  # 11.90 − 6.0 ✓
        )
    )
    status = {f.relation: f.status for f in result.findings}
    assert status == {
        "sex_ratio_at_birth": FindingStatus.AGREES,
        "policy_compliance_rate": FindingStatus.AGREES,
        "out_of_policy_rate": FindingStatus.DISAGREES,
        "crude_birth_rate": FindingStatus.AGREES,
        "crude_death_rate": FindingStatus.AGREES,
        "natural_growth_rate": FindingStatus.AGREES,
        "births": FindingStatus.AGREES,
        "within_policy_within_births": FindingStatus.AGREES,
    }
    # 2,500 ÷ 210,000 × 1000 = 11.9047…, inside [11.895, 11.905)
    assert Decimal("11.9048") == result.find("crude_birth_rate", 2010).recomputed.quantize(
        Decimal("0.0001")
    )
    # 5.0 is [4.95, 5.05); 100 − [95.15, 95.25) = (4.75, 4.85]: they miss each other
    bad = result.find("out_of_policy_rate", 2010)
    assert Decimal("4.8") == bad.recomputed
    assert (
        Interval(low=Decimal("4.75"), high=Decimal("4.85"), low_closed=False, high_closed=True)
        == bad.possible
    )
    assert "✗ 2010 out-of-policy birth rate 5.0% disagrees with" in bad.explain("en")
    assert "which misses the interval of 5.0%, [4.95, 5.05)" in bad.explain("en")
    assert "不符" in bad.explain("zh")


def test_a_recomputation_on_the_lower_end_agrees_and_on_the_upper_end_does_not():
    # 1,335 ÷ 100 = 13.35, the included lower end of 13.4's [13.35, 13.45): 13.35 prints 13.4
    low = audit(
        table(
            Figure(code="population", printed="100"),
            Figure(code="funding", year=2009, printed="1335"),
            Figure(code="per_capita_funding", year=2009, printed="13.4"),
        )
    ).find("per_capita_funding", 2009)
    assert low.status is FindingStatus.AGREES
    # 1,345 ÷ 100 = 13.45, the excluded upper end (13.45 prints 13.5); the funding's own
    # precision, [1,344.5, 1,345.5) ÷ 100 = [13.445, 13.455), still meets [13.35, 13.45)
    high = audit(
        table(
            Figure(code="population", printed="100"),
            Figure(code="funding", year=2009, printed="1345"),
            Figure(code="per_capita_funding", year=2009, printed="13.4"),
        )
    ).find("per_capita_funding", 2009)
    assert high.status is FindingStatus.AGREES_AT_PRECISION
    # population printed in full is exact: the implied population (1,344.5 ÷ 13.45,
    # 1,345.5 ÷ 13.35) = (99.96…, 100.79…) holds 100 but is not within the point [100, 100]
    assert 100 in high.implied_divisor_interval
    en = high.explain("en")
    assert "The population that 13.4 implies is 100.3731" in en
    assert "partly inside the interval of 100, [100, 100], and includes 100" in en
    assert high.agreeing_years == ()  # a yearly check of a standing population, no other year


def test_intervals_that_touch_at_an_excluded_end_do_not_meet():
    # 12.0‰ − 7.00‰: [11.95, 12.05) − [6.995, 7.005) = (4.945, 5.055), both ends excluded.
    # 5.06 is [5.055, 5.065): it starts where the difference stops, at 5.055, which the
    # difference excludes → disagrees. 4.94 is [4.935, 4.945): it stops where the difference
    # starts, excluded on both sides → disagrees. 5.05 is [5.045, 5.055): they meet.
    def verdict(printed):
        return (
            audit(
                table(
                    Figure(code="crude_birth_rate", printed="12.0"),
                    Figure(code="crude_death_rate", printed="7.00"),
                    Figure(code="natural_growth_rate", printed=printed),
                )
            )
            .find("natural_growth_rate")
            .status
        )

    assert verdict("5.06") is FindingStatus.DISAGREES
    assert verdict("4.94") is FindingStatus.DISAGREES
    assert verdict("5.05") is FindingStatus.AGREES_AT_PRECISION  # 5.00 itself is outside
    assert verdict("5.00") is FindingStatus.AGREES


def test_a_ratio_partly_inside_the_divisor_interval():
    # 279.9万 ÷ 21万 = 13.33 is outside 13.0's [12.95, 13.05), but (13.0163, 13.6561) meets it;
    # the population 13.0 implies, [2,798,500, 2,799,500) ÷ [12.95, 13.05) = (214,444.4…,
    # 216,177.6…), runs past 215,000
    finding = audit(
        table(
            Figure(code="funding", year=2008, printed="279.9万"),
            Figure(code="population", printed="21万"),
            Figure(code="per_capita_funding", year=2008, printed="13.0"),
        )
    ).find("per_capita_funding", 2008)
    assert finding.status is FindingStatus.AGREES_AT_PRECISION
    assert "partly inside the interval of 21万, [205,000, 215,000), but not 210,000" in (
        finding.explain("en")
    )
    assert finding.agreeing_years == ()


def test_inconsistent_parts_and_counts():
    result = audit(
        table(
            Figure(code="married_women", printed="100"),
            Figure(code="one_child_married_women", printed="60"),
            Figure(code="two_plus_married_women", printed="50"),
            Figure(code="contraceptive_users", printed="90"),
            Figure(code="contraceptive_prevalence", printed="80%"),
            Figure(code="births", year=2009, printed="10"),
            Figure(code="male_births", year=2009, printed="6"),
            Figure(code="female_births", year=2009, printed="5"),
        )
    )
    parts = result.find("parts_within_whole")
    assert parts.status is FindingStatus.DISAGREES
    assert Decimal(110) == parts.recomputed
    assert "more than married women of childbearing age 100, even at printed precision" in (
        parts.explain("en")
    )
    # 90 ÷ 100 = 90 %, printed 80 % = [79.5, 80.5); counts printed in full are exact
    prevalence = result.find("contraceptive_prevalence")
    assert prevalence.status is FindingStatus.DISAGREES
    # to print 80 %, 90 users need 90 × 100 ÷ [79.5, 80.5) = (111.80…, 113.21…] women
    assert Fraction(9000) / Fraction("80.5") == prevalence.implied_divisor_interval.low
    assert "would have to lie in (111.8012, 113.2075]" in prevalence.explain("en")
    assert result.find("users_within_married_women").status is FindingStatus.AGREES
    assert result.find("births", 2009).status is FindingStatus.DISAGREES  # 6 + 5 ≠ 10
    # the sex ratio 6/5 × 100 = 120 is implied (exactly: every count is exact), not printed
    implied = result.find("sex_ratio_at_birth", 2009)
    assert implied.status is FindingStatus.IMPLIED
    assert Decimal(120) == implied.recomputed
    assert implied.possible.is_point
    assert "imply sex ratio at birth of 120" in implied.explain("en")


def test_parts_that_fit_only_at_printed_precision():
    # 0.6万 + 0.5万 = 11,000 > 1万 = 10,000 as printed; but [5,500, 6,500) + [4,500, 5,500)
    # = [10,000, 12,000) starts below the top of 1万's [5,000, 15,000)
    result = audit(
        table(
            Figure(code="married_women", printed="1万"),
            Figure(code="one_child_married_women", printed="0.6万"),
            Figure(code="two_plus_married_women", printed="0.5万"),
        )
    )
    finding = result.find("parts_within_whole")
    assert finding.status is FindingStatus.AGREES_AT_PRECISION
    assert finding.low is None
    assert "but not necessarily at printed precision ([10,000, 12,000) against" in (
        finding.explain("en")
    )


@pytest.mark.parametrize(
    ("whole", "verdict"),
    [
        # the part 1.0万 is [9,500, 10,500) (one decimal of 万: ±500).
        # Against 0.95万 = [9,450, 9,550): 9,500 < 9,550, the part can fit in the whole
        ("0.95万", FindingStatus.AGREES_AT_PRECISION),
        # against 0.9万 = [8,500, 9,500): they touch at 9,500, which the whole excludes
        # (9,500 prints as 1.0万) → no value of the part fits
        ("0.9万", FindingStatus.DISAGREES),
    ],
)
def test_parts_at_the_edge(whole, verdict):
    result = audit(
        table(
            Figure(code="births", printed=whole),
            Figure(code="within_policy_births", printed="1.0万"),
        )
    )
    assert verdict is result.find("within_policy_within_births").status


def test_parts_touching_at_included_ends():
    # contraceptive users 101 (exact) against married women "100" printed in full (exact):
    # 101 > 100 → disagrees; users "100" agrees
    over = audit(
        table(
            Figure(code="married_women", printed="100"),
            Figure(code="contraceptive_users", printed="101"),
        )
    ).find("users_within_married_women")
    assert over.status is FindingStatus.DISAGREES
    equal = audit(
        table(
            Figure(code="married_women", printed="100"),
            Figure(code="contraceptive_users", printed="100"),
        )
    ).find("users_within_married_women")
    assert equal.status is FindingStatus.AGREES and Decimal(0) == equal.low


def test_printed_growth_is_checked():
    result = audit(
        table(
            Figure(code="funding", year=2009, printed="100万"),
            Figure(code="funding", year=2010, printed="110万"),
            Figure(code="funding", year=2011, printed="120万"),
            Figure(code="funding", year=2012, printed="130万"),
            Figure(code="funding_growth", year=2010, printed="10.0"),  # (110 − 100) ÷ 100 ✓
            # 120 ÷ 110 − 1 = 9.0909 % is outside [8.95, 9.05); at printed precision
            # (1,195,000 ÷ 1,105,000 − 1, 1,205,000 ÷ 1,095,000 − 1) = (8.14 %, 10.05 %) meets it
            Figure(code="funding_growth", year=2011, printed="9.0"),
            # 130 ÷ 120 − 1 = 8.33 %; (1,295,000 ÷ 1,205,000 − 1, 1,305,000 ÷ 1,195,000 − 1)
            # = (7.47 %, 9.21 %) misses 5.0's [4.95, 5.05)
            Figure(code="funding_growth", year=2012, printed="5.0"),
        )
    )
    assert result.find("funding_growth", 2010).status is FindingStatus.AGREES
    assert result.find("funding_growth", 2011).status is FindingStatus.AGREES_AT_PRECISION
    assert result.find("funding_growth", 2012).status is FindingStatus.DISAGREES
    assert "agrees with" in result.find("funding_growth", 2010).explain("en")


def test_standing_only_relations_are_audited_once():
    result = audit(
        table(
            Figure(code="funding", printed="279.9万"),
            Figure(code="population", printed="21万"),
            Figure(code="per_capita_funding", printed="13.4"),
        )
    )
    finding = result.find("per_capita_funding")
    assert finding.year is None
    assert finding.status is FindingStatus.AGREES_AT_PRECISION
    assert finding.agreeing_years == ()
    assert finding.explain("en").startswith("≈ per-capita funding 13.4")
    assert finding.explain("zh").startswith("≈ 人均事业经费13.4")


def test_a_yearly_divisor_is_not_compared_across_years():
    result = audit(
        table(
            Figure(code="funding", year=2008, printed="279.9万"),
            Figure(code="population", year=2008, printed="21万"),
            Figure(code="per_capita_funding", year=2008, printed="13.4"),
            Figure(code="funding", year=2009, printed="298.2万"),
            Figure(code="population", year=2009, printed="21万"),
            Figure(code="per_capita_funding", year=2009, printed="14.2"),
        )
    )
    assert result.find("per_capita_funding", 2009).status is FindingStatus.AGREES
    assert result.find("per_capita_funding", 2008).agreeing_years == ()


def test_zero_divisors_and_zero_rates_are_skipped_or_ranged():
    result = audit(
        table(
            Figure(code="population", printed="0"),
            Figure(code="crude_birth_rate", year=2009, printed="1.0"),
            Figure(code="funding", year=2008, printed="0"),
            Figure(code="funding", year=2009, printed="5"),
            Figure(code="female_births", year=2009, printed="10"),
            Figure(code="sex_ratio_at_birth", year=2009, printed="0.0"),
            Figure(code="male_births", year=2009, printed="0"),
        )
    )
    # no finding for a zero population or a zero previous year's funding
    assert [f.relation for f in result.findings] == ["sex_ratio_at_birth"]
    # 0 ÷ 10 × 100 = 0 lies in "0.0" = (−0.05, 0.05)
    assert result.findings[0].status is FindingStatus.AGREES


def test_implied_range_with_no_whole_number():
    # 0.01‰ of 1000 people (printed in full, exact): [0.005, 0.015) births → no whole birth
    # fits; the range is kept
    result = audit(
        table(
            Figure(code="population", printed="1000"),
            Figure(code="crude_birth_rate", year=2009, printed="0.01"),
        )
    )
    finding = result.find("crude_birth_rate", 2009)
    assert (Decimal("0.005"), Decimal("0.015")) == (finding.low, finding.high)
    assert "(between 0.005 and 0.015)" in finding.explain("en")


def test_disagreeing_ratio_at_zero_gives_no_divisor():
    # 5 ÷ 5 × 100 = 100, printed "0" = (−0.5, 0.5): no divisor gives a ratio of 0 from 5 boys
    result = audit(
        table(
            Figure(code="male_births", year=2009, printed="5"),
            Figure(code="female_births", year=2009, printed="5"),
            Figure(code="sex_ratio_at_birth", year=2009, printed="0"),
        )
    )
    finding = result.find("sex_ratio_at_birth", 2009)
    assert finding.status is FindingStatus.DISAGREES
    assert finding.implied_divisor is None and finding.implied_divisor_interval is None


@pytest.mark.parametrize(
    ("printed", "value", "half", "interval"),
    [
        ("13.4", "13.4", "0.05", "[13.35, 13.45)"),
        ("279.9万", "2799000", "500", "[2,798,500, 2,799,500)"),
        ("21万", "210000", "5000", "[205,000, 215,000)"),
        ("41,770", "41770", "0.5", "[41,769.5, 41,770.5)"),  # funding is not a whole count
        ("12.85‰", "12.85", "0.005", "[12.845, 12.855)"),
        ("1.2亿", "120000000", "5000000", "[115,000,000, 125,000,000)"),
        (" 95.2 % ", "95.2", "0.05", "[95.15, 95.25)"),
    ],
)
def test_printed_numbers(printed, value, half, interval):
    figure = Figure(code="funding", printed=printed)
    assert Decimal(value) == figure.value
    assert Decimal(half) == figure.half_unit
    assert interval == figure.interval.render()
    assert figure.kind.name_zh == "人口和计划生育事业经费"


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: Figure(code="happiness", printed="1"), "code"),
        (lambda: Figure(code="funding", printed=13.4), "printed"),
        (lambda: Figure(code="funding", printed="about 13"), "printed"),
        (lambda: Figure(code="funding", printed="-5"), "printed"),
        (lambda: Figure(code="funding", printed="5", year="2009"), "year"),
        (lambda: table(Figure(code="funding", printed="5"), "x"), "figures[1]"),
        (
            lambda: table(Figure(code="funding", printed="5"), Figure(code="funding", printed="6")),
            "figures[1]",
        ),
        (lambda: audit("table"), "figures"),
    ],
)
def test_bad_tables(build, field):
    with pytest.raises(InvalidInputError) as info:
        build()
    assert info.value.field == field


def test_whole_counts_printed_in_full_are_exact():
    # "41770" married women is a count: exact. "21万" people is rounded to the 万: ±5,000.
    assert Decimal(0) == Figure(code="married_women", printed="41770").half_unit
    assert Figure(code="married_women", printed="41770").interval.is_point
    assert Decimal(5000) == Figure(code="population", printed="21万").half_unit


def test_negative_growth_may_be_printed():
    figure = Figure(code="natural_growth_rate", printed="-2.5")
    assert Decimal("-2.5") == figure.value
    # half up rounds −2.55 to −2.6 and −2.45 to −2.5: (−2.55, −2.45]
    assert figure.interval.render() == "(-2.55, -2.45]"


def test_implied_funding_is_not_rounded_to_whole_numbers():
    # 13.4 yuan/person × 210,000 = 2,814,000 yuan; [13.35, 13.45) → [2,803,500, 2,824,500)
    result = audit(
        table(
            Figure(code="population", printed="210000"),
            Figure(code="per_capita_funding", year=2008, printed="13.4"),
        )
    )
    finding = result.find("per_capita_funding", 2008)
    assert finding.figure == "funding"
    assert (Decimal(2803500), Decimal(2824500)) == (finding.low, finding.high)


def test_implied_rate_from_rounded_counts():
    # funding 279.9万 ÷ 21万 with no per-capita figure printed: 13.3286, (13.0163, 13.6561)
    result = audit(
        table(
            Figure(code="population", printed="21万"),
            Figure(code="funding", year=2008, printed="279.9万"),
        )
    )
    finding = result.find("per_capita_funding", 2008)
    assert finding.status is FindingStatus.IMPLIED
    assert "imply per-capita funding of 13.3286 yuan per person ((13.0163, 13.6561)" in (
        finding.explain("en")
    )


def test_standing_sums_are_audited_once():
    result = audit(
        table(
            Figure(code="crude_birth_rate", printed="12.0"),
            Figure(code="crude_death_rate", printed="6.0"),
            Figure(code="natural_growth_rate", printed="6.0"),
            Figure(code="funding", year=2009, printed="5"),
        )
    )
    assert [(f.relation, f.year) for f in result.findings] == [("natural_growth_rate", None)]
