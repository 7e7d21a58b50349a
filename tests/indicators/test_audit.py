"""Audit of reported tables: the Dingnan seed table and every relation."""

from decimal import Decimal

import pytest

from fpcore import InvalidInputError
from fpcore.indicators import (
    DINGNAN_2008_2010,
    Figure,
    FindingStatus,
    ReportedTable,
    audit,
)


@pytest.fixture(scope="module")
def dingnan():
    return audit(DINGNAN_2008_2010)


def test_dingnan_2008_per_capita_funding_does_not_follow(dingnan):
    finding = dingnan.find("per_capita_funding", 2008)
    assert finding.status is FindingStatus.INCONSISTENT
    # 2,799,000 / 210,000 = 13.3285714…, off the printed 13.4 by 0.0714 > 0.05
    assert Decimal("13.33") == finding.recomputed.quantize(Decimal("0.01"))
    assert Decimal("0.05") == finding.tolerance
    # the population that would give 13.35–13.45: 2,799,000/13.45 = 208,104.09 …
    # 2,799,000/13.35 = 209,662.92 → whole persons 208,105 to 209,662
    assert (Decimal(208105), Decimal(209662)) == (finding.low, finding.high)
    assert [(f.relation, f.year) for f in dingnan.inconsistencies] == [("per_capita_funding", 2008)]


@pytest.mark.parametrize(
    ("year", "recomputed"),
    [
        (2009, "14.20"),  # 2,982,000 / 210,000 = 14.2 exactly
        (2010, "15.49"),  # 3,252,000 / 210,000 = 15.4857…, within 15.5 ± 0.05
    ],
)
def test_dingnan_2009_and_2010_agree(dingnan, year, recomputed):
    finding = dingnan.find("per_capita_funding", year)
    assert finding.status is FindingStatus.CONSISTENT
    assert Decimal(recomputed) == finding.recomputed.quantize(Decimal("0.01"))


def test_dingnan_married_women_parts_within_the_whole(dingnan):
    finding = dingnan.find("parts_within_whole")
    assert finding.status is FindingStatus.CONSISTENT
    # 15,908 + 23,830 = 39,738 ≤ 41,770, leaving 2,032 with no child
    assert Decimal(39738) == finding.recomputed
    assert Decimal(2032) == finding.low


@pytest.mark.parametrize(
    ("year", "point", "low", "high"),
    [
        # 12.85‰ × 210,000 / 1000 = 2,698.5; 12.845–12.855‰ → 2,697.45–2,699.55 → 2,698–2,699
        (2008, "2698.5", 2698, 2699),
        # 11.9‰ × 210 = 2,499; 11.85–11.95‰ → 2,488.5–2,509.5 → 2,489–2,509
        (2009, "2499", 2489, 2509),
    ],
)
def test_dingnan_births_implied_by_the_birth_rates(dingnan, year, point, low, high):
    finding = dingnan.find("crude_birth_rate", year)
    assert finding.status is FindingStatus.IMPLIED
    assert finding.figure == "births"
    assert Decimal(point) == finding.recomputed
    assert (Decimal(low), Decimal(high)) == (finding.low, finding.high)


@pytest.mark.parametrize(
    ("year", "growth"),
    [
        (2009, "6.54"),  # (298.2 − 279.9) / 279.9 = 6.538 %
        (2010, "9.05"),  # (325.2 − 298.2) / 298.2 = 9.054 %
    ],
)
def test_dingnan_funding_growth_implied(dingnan, year, growth):
    finding = dingnan.find("funding_growth", year)
    assert finding.status is FindingStatus.IMPLIED
    assert Decimal(growth) == finding.recomputed.quantize(Decimal("0.01"))


def test_dingnan_explanations(dingnan):
    en = dingnan.explain("en")
    assert "✗ 2008 per-capita funding 13.4 does not follow" in en
    assert "the population would have to lie between 208,105 and 209,662" in en
    assert "imply births of 2,698.5 (between 2,698 and 2,699)" in en
    assert "imply funding growth of 6.538%" in en
    zh = dingnan.explain("zh")
    assert "2008年人均事业经费13.4与" in zh
    assert "余2,032" in zh
    assert "<li>" in dingnan._repr_html_()
    with pytest.raises(InvalidInputError):
        dingnan.find("per_capita_funding", 2011)


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
            Figure(code="crude_birth_rate", year=2010, printed="11.90‰"),  # 11.905 ✓ (±0.005)
            Figure(code="crude_death_rate", year=2010, printed="6.0"),  # 6.0 ✓
            Figure(code="natural_growth_rate", year=2010, printed="5.9"),  # 11.90 − 6.0 ✓
        )
    )
    status = {f.relation: f.status for f in result.findings}
    assert status == {
        "sex_ratio_at_birth": FindingStatus.CONSISTENT,
        "policy_compliance_rate": FindingStatus.CONSISTENT,
        "out_of_policy_rate": FindingStatus.INCONSISTENT,
        "crude_birth_rate": FindingStatus.CONSISTENT,
        "crude_death_rate": FindingStatus.CONSISTENT,
        "natural_growth_rate": FindingStatus.CONSISTENT,
        "births": FindingStatus.CONSISTENT,
        "within_policy_within_births": FindingStatus.CONSISTENT,
    }
    # 2,500 / 210,000 × 1000 = 11.9047…
    assert Decimal("11.9048") == result.find("crude_birth_rate", 2010).recomputed.quantize(
        Decimal("0.0001")
    )
    # 5.0 vs 100 − 95.2 = 4.8: both printed to one decimal, so ±(0.05 + 0.05); 0.2 > 0.1
    bad = result.find("out_of_policy_rate", 2010)
    assert Decimal("0.10") == bad.tolerance
    assert Decimal("4.8") == bad.recomputed
    assert "does not follow" in bad.explain("en")


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
    assert parts.status is FindingStatus.INCONSISTENT
    assert Decimal(110) == parts.recomputed
    assert "more than married women of childbearing age 100" in parts.explain("en")
    # 90 / 100 = 90 %, printed 80 %
    assert result.find("contraceptive_prevalence").status is FindingStatus.INCONSISTENT
    assert result.find("users_within_married_women").status is FindingStatus.CONSISTENT
    assert result.find("births", 2009).status is FindingStatus.INCONSISTENT  # 6 + 5 ≠ 10
    # the sex ratio 6/5 × 100 = 120 is implied, not printed
    implied = result.find("sex_ratio_at_birth", 2009)
    assert implied.status is FindingStatus.IMPLIED
    assert Decimal(120) == implied.recomputed
    assert "imply sex ratio at birth of 120" in implied.explain("en")


def test_printed_growth_is_checked():
    result = audit(
        table(
            Figure(code="funding", year=2009, printed="100万"),
            Figure(code="funding", year=2010, printed="110万"),
            Figure(code="funding", year=2011, printed="120万"),
            Figure(code="funding_growth", year=2010, printed="10.0"),  # (110 − 100)/100 ✓
            Figure(code="funding_growth", year=2011, printed="9.0"),  # 9.0909… ✗ (±0.05)
        )
    )
    assert result.find("funding_growth", 2010).status is FindingStatus.CONSISTENT
    assert result.find("funding_growth", 2011).status is FindingStatus.INCONSISTENT
    assert "agrees with" in result.find("funding_growth", 2010).explain("en")


def test_implied_divisor_for_non_whole_and_standing_only_relations():
    result = audit(
        table(
            Figure(code="funding", printed="279.9万"),
            Figure(code="population", printed="21万"),
            Figure(code="per_capita_funding", printed="13.4"),
        )
    )
    finding = result.find("per_capita_funding")
    assert finding.year is None
    assert finding.status is FindingStatus.INCONSISTENT


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
    assert result.findings[0].status is FindingStatus.CONSISTENT


def test_implied_range_with_no_whole_number():
    # 0.01‰ (±0.005) of 1000 people: 0.005–0.015 births → no whole birth fits; the range is kept
    result = audit(
        table(
            Figure(code="population", printed="1000"),
            Figure(code="crude_birth_rate", year=2009, printed="0.01"),
        )
    )
    finding = result.find("crude_birth_rate", 2009)
    assert (Decimal("0.005"), Decimal("0.015")) == (finding.low, finding.high)


def test_inconsistent_ratio_at_zero_gives_no_divisor_range():
    result = audit(
        table(
            Figure(code="male_births", year=2009, printed="5"),
            Figure(code="female_births", year=2009, printed="5"),
            Figure(code="sex_ratio_at_birth", year=2009, printed="0"),
        )
    )
    finding = result.find("sex_ratio_at_birth", 2009)
    assert finding.status is FindingStatus.INCONSISTENT
    assert finding.low is None


@pytest.mark.parametrize(
    ("printed", "value", "half"),
    [
        ("13.4", "13.4", "0.05"),
        ("279.9万", "2799000", "500"),
        ("21万", "210000", "5000"),
        ("41,770", "41770", "0.5"),
        ("12.85‰", "12.85", "0.005"),
        ("1.2亿", "120000000", "5000000"),
        (" 95.2 % ", "95.2", "0.05"),
    ],
)
def test_printed_numbers(printed, value, half):
    figure = Figure(code="funding", printed=printed)
    assert Decimal(value) == figure.value
    assert Decimal(half) == figure.half_unit
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
    assert Decimal(5000) == Figure(code="population", printed="21万").half_unit


def test_negative_growth_may_be_printed():
    assert Decimal("-2.5") == Figure(code="natural_growth_rate", printed="-2.5").value


def test_implied_funding_is_not_rounded_to_whole_numbers():
    # 13.4 yuan/person × 210,000 = 2,814,000 yuan; 13.35–13.45 → 2,803,500–2,824,500
    result = audit(
        table(
            Figure(code="population", printed="210000"),
            Figure(code="per_capita_funding", year=2008, printed="13.4"),
        )
    )
    finding = result.find("per_capita_funding", 2008)
    assert finding.figure == "funding"
    assert (Decimal(2803500), Decimal(2824500)) == (finding.low, finding.high)


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
