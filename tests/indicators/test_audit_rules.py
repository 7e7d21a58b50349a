"""Audit of reported tables: parsing, refusals, every relation's edge, and the texts promised.

A printed figure stands for an interval (四舍五入): "13.4" is [13.35, 13.45), "21万" is
[205,000, 215,000), "0.5‰" is [0.45, 0.55); a whole count printed in full is exact.
"""

from decimal import Decimal
from fractions import Fraction

import pytest

from fpcore import Citation, Confidence, InvalidInputError
from fpcore.indicators import (
    Figure,
    FindingStatus,
    Interval,
    ReportedTable,
    audit,
)

SOURCE = Citation(title="定南县国优申报材料", confidence=Confidence.ILLUSTRATIVE)


def table(*figures, citation=None):
    return ReportedTable(title="t", figures=figures, citation=citation)


def fig(code, printed, year=None):
    return Figure(code=code, year=year, printed=printed)


# -- printed figures --------------------------------------------------------------------------


def test_a_mean_and_a_rate_are_not_whole_numbers_even_printed_in_full():
    # a mean population may be x.5 ((209,000 + 211,001) ÷ 2): "210000" is [209,999.5, 210,000.5)
    assert Decimal("0.5") == fig("mean_population", "210000").half_unit
    assert Decimal("0.5") == fig("crude_birth_rate", "12").half_unit
    # a count of persons printed in full is exact
    assert Decimal(0) == fig("married_women", "41770").half_unit


def test_a_full_width_comma_separates_thousands_too():
    figure = fig("married_women", "41，770")
    assert (figure.value, figure.half_unit) == (Decimal(41770), Decimal(0))


def test_what_is_no_printed_number_is_refused():
    with pytest.raises(InvalidInputError) as info:
        fig("births", "12 births")
    err = info.value
    assert (err.field, err.value, err.problem) == (
        "printed",
        "12 births",
        "is not a printed number (digits, optional 万/亿 and unit)",
    )


def test_only_growth_figures_may_be_negative():
    assert Decimal("-3.2") == fig("funding_growth", "-3.2%", 2009).value
    assert Decimal("-1.5") == fig("natural_growth_rate", "-1.5‰").value
    with pytest.raises(InvalidInputError) as info:
        fig("funding", "-5")
    err = info.value
    assert (err.field, err.value, err.problem) == ("printed", "-5", "must not be negative")


def test_a_figure_printed_twice_for_one_year_is_refused():
    with pytest.raises(InvalidInputError) as info:
        table(fig("funding", "1", 2008), fig("funding", "2", 2008))
    err = info.value
    assert (err.field, err.value, err.problem) == (
        "figures[1]",
        "funding 2008",
        "appears twice in the table",
    )


def test_audit_takes_a_reported_table_only():
    with pytest.raises(InvalidInputError) as info:
        audit("x")
    err = info.value
    assert (err.field, err.value, err.problem) == ("figures", "x", "must be a ReportedTable")


def test_find_names_the_relation_and_year_it_lacks():
    with pytest.raises(InvalidInputError) as info:
        audit(table(fig("funding", "1", 2008))).find("per_capita_funding", 2008)
    err = info.value
    assert (err.field, err.value, err.problem) == (
        "relation",
        "per_capita_funding 2008",
        "has no finding in this audit",
    )


def test_the_html_table_has_a_row_per_kind_and_a_column_per_year():
    # standing figures first ("all years"), then the years ascending; the title escaped
    reported = ReportedTable(
        title="T & Co",
        figures=(
            fig("funding", "298.2万", 2009),
            fig("population", "21万"),
            fig("funding", "279.9万", 2008),
        ),
        citation=SOURCE,
    )
    assert reported._repr_html_() == (
        '<div class="fpcore-reported-table"><p><strong>T &amp; Co</strong></p>'
        "<table><thead><tr><th style='text-align:left'>figure</th>"
        "<th>all years</th><th>2008</th><th>2009</th></tr></thead><tbody>"
        '<tr><td style="text-align:left">人口和计划生育事业经费<br>'
        "<small>family-planning funding</small></td>"
        "<td></td><td>279.9万</td><td>298.2万</td></tr>"
        '<tr><td style="text-align:left">总人口<br><small>population</small></td>'
        "<td>21万</td><td></td><td></td></tr>"
        "</tbody></table>"
        "<p><small>Source: 《定南县国优申报材料》〔示例值：无来源给出此值〕</small></p></div>"
    )
    # without a citation, no source line; without standing figures, no "all years" column
    plain = table(fig("funding", "1", 2008))._repr_html_()
    assert "Source:" not in plain and "all years" not in plain
    assert plain.endswith("<td>1</td></tr></tbody></table></div>")


# -- texts: Chinese by default, the headline, the sources ----------------------------------------


def growth_table(citation=None, years=(2009, 2010)):
    printed = {2009: "279.9万", 2010: "298.2万", 2011: "325.2万"}
    return table(*(fig("funding", printed[y], y) for y in years), citation=citation)


def test_texts_are_chinese_by_default():
    result = audit(growth_table())
    finding = result.find("funding_growth", 2010)
    assert finding.explain() == finding.explain("zh")
    assert FindingStatus.AGREES.describe() == "相符"
    assert result.headline() == "t：核查1项，0项不一致。"
    assert result.explain() == result.explain("zh")


def test_headline_counts_findings_in_english_singular_and_plural():
    assert audit(growth_table()).headline("en") == "t: 1 finding, 0 inconsistent."
    two = audit(growth_table(years=(2009, 2010, 2011)))
    assert two.headline("en") == "t: 2 findings, 0 inconsistent."
    assert two.headline("zh") == "t：核查2项，0项不一致。"


def test_the_table_citation_is_the_audits_source_and_is_listed():
    assert audit(growth_table()).sources == ()
    result = audit(growth_table(SOURCE))
    assert result.sources == (SOURCE,)
    # (298.2 − 279.9) ÷ 279.9 = 6.538 %; at printed precision
    # (2,981,500 ÷ 2,799,500 − 1, 2,982,500 ÷ 2,798,500 − 1) = (6.5012 %, 6.575 %)
    assert result.explain("en").split("\n") == [
        "t: 1 finding, 0 inconsistent.",
        "  → 2010 family-planning funding 279.9万 (2009), family-planning funding 298.2万 "
        "imply funding growth of 6.538% ((6.5012, 6.575) at printed precision) [1]",
        "  ! Uses an illustrative value that no source gives; treat the result as a demonstration.",
        "  Sources:",
        "  [1] 定南县国优申报材料 [illustrative value: no source gives it]",
    ]
    zh = result.explain("zh").split("\n")
    assert zh[-2:] == ["  依据：", "  [1] 《定南县国优申报材料》〔示例值：无来源给出此值〕"]


# -- ratios -------------------------------------------------------------------------------------


def test_a_ratio_implied_from_exact_counts_is_a_point_without_unit_for_the_sex_ratio():
    # 1,300 boys ÷ 1,200 girls × 100 = 108.3333 (both counts exact: a point, no range)
    result = audit(table(fig("male_births", "1300", 2010), fig("female_births", "1200", 2010)))
    finding = result.find("sex_ratio_at_birth", 2010)
    assert finding.status is FindingStatus.IMPLIED and finding.possible.is_point
    assert finding.explain("en") == (
        "→ 2010 male births 1300, female births 1200 imply sex ratio at birth of 108.3333"
    )
    assert (
        finding.explain("zh")
        == "→ 2010年出生男婴 1300、出生女婴 1200意味着出生人口性别比为108.3333"
    )


def test_a_small_rate_that_disagrees_still_implies_its_divisor():
    # 10 deaths ÷ mean population 1000 × 1000 = 10‰, far from 0.5‰ ([0.45, 0.55)).
    # The divisor 0.5‰ implies: 10 × 1000 ÷ 0.5 = 20,000; within the printed precision of
    # 0.5‰: 10,000 ÷ [0.45, 0.55) = (18,181.8182, 22,222.2222]
    result = audit(
        table(
            fig("deaths", "10", 2010),
            fig("mean_population", "1000", 2010),
            fig("crude_death_rate", "0.5‰", 2010),
        )
    )
    finding = result.find("crude_death_rate", 2010)
    assert finding.status is FindingStatus.DISAGREES
    assert Decimal(20000) == finding.implied_divisor
    assert (
        Interval(
            low=Fraction(10000) / Fraction("0.55"),
            high=Fraction(10000) / Fraction("0.45"),
            low_closed=False,
            high_closed=True,
        )
        == finding.implied_divisor_interval
    )
    en = finding.explain("en")
    assert en.startswith("✗ 2010 crude death rate 0.5‰ disagrees with deaths 10, mean population")
    assert en.endswith(
        "; to agree with 0.5‰, the mean population would have to lie in (18,181.8182, 22,222.2222]"
    )
    assert finding.explain("zh").endswith(
        "；要与0.5‰相符，年平均人口应在(18,181.8182, 22,222.2222]内"
    )


def test_an_exact_numerator_gives_the_short_divisor_clause():
    # 2,699 births ÷ 210,000 × 1000 = 12.8524‰: not in 13.0‰'s [12.95, 13.05), but
    # 2,699,000 ÷ [205,000, 215,000) = (12.5535, 13.1659] meets it: agrees at precision.
    # 2,699 is exact, so the implied population is one range: 2,699,000 ÷ 13.0 = 207,615.3846,
    # 2,699,000 ÷ [12.95, 13.05) = (206,819.9234, 208,416.9884], inside 21万's interval
    result = audit(
        table(
            fig("births", "2699", 2010),
            fig("population", "21万"),
            fig("crude_birth_rate", "13.0‰", 2010),
        )
    )
    finding = result.find("crude_birth_rate", 2010)
    assert finding.status is FindingStatus.AGREES_AT_PRECISION
    en = finding.explain("en")
    assert (
        ". The population that 13.0‰ implies is 207,615.3846 ((206,819.9234, 208,416.9884] at "
        "printed precision), inside the interval of 21万, [205,000, 215,000), but not 210,000"
    ) in en
    assert "taking" not in en


def test_a_divisor_partly_inside_the_printed_interval_is_said_so_after_the_verdict():
    # 279.9万 ÷ 21万 = 13.3286; 13.65 is [13.645, 13.655), which the inputs at their precision,
    # (13.0163, 13.6561), meet. The population 13.65 implies at the precision of both:
    # [2,798,500, 2,799,500) ÷ [13.645, 13.655) = (204,943.2, 205,166.7], which starts below
    # 205,000: partly inside 21万's interval
    result = audit(
        table(
            fig("funding", "279.9万", 2008),
            fig("population", "21万"),
            fig("per_capita_funding", "13.65", 2008),
        )
    )
    finding = result.find("per_capita_funding", 2008)
    assert finding.status is FindingStatus.AGREES_AT_PRECISION
    en = finding.explain("en")
    assert en.startswith("≈ 2008 per-capita funding 13.65 agrees with family-planning funding")
    assert "partly inside the interval of 21万, [205,000, 215,000), but not 210,000" in en
    assert "与21万的区间[205,000, 215,000)部分重合，但不含210,000" in finding.explain("zh")


# -- which years a standing divisor is said to agree in -------------------------------------------

DINGNAN_FUNDING = (
    fig("population", "21万"),
    fig("funding", "279.9万", 2008),
    fig("per_capita_funding", "13.4", 2008),  # agrees at printed precision only
    fig("funding", "298.2万", 2009),
    fig("per_capita_funding", "14.2", 2009),  # 2,982,000 ÷ 210,000 = 14.2: agrees
)


def test_other_relations_agreeing_with_the_same_divisor_are_not_named():
    # 2,500 births ÷ 210,000 × 1000 = 11.9048‰, inside 11.9‰'s [11.85, 11.95): it agrees with
    # 21万 too, but it is another relation: 2008's funding finding names 2009 only
    result = audit(
        table(*DINGNAN_FUNDING, fig("births", "2500", 2010), fig("crude_birth_rate", "11.9‰", 2010))
    )
    assert result.find("crude_birth_rate", 2010).status is FindingStatus.AGREES
    assert result.find("per_capita_funding", 2008).agreeing_years == (2009,)


def test_a_year_with_its_own_divisor_gets_no_note_on_the_standing_one():
    # 2008 prints its own population (the same 21万): its finding divides by that figure,
    # not by the standing one, so no year is said to agree "with the value" it misses
    result = audit(table(*DINGNAN_FUNDING, fig("population", "21万", 2008)))
    finding = result.find("per_capita_funding", 2008)
    assert finding.status is FindingStatus.AGREES_AT_PRECISION
    assert finding.agreeing_years == ()
    assert "agree exactly" not in finding.explain("en")


# -- sums, parts and growth, year by year ----------------------------------------------------


def test_standing_relations_do_not_stop_the_yearly_ones():
    # the standing married-women parts and the standing rates are audited once (year None);
    # the 2009 relations after them in the list are still audited for 2009
    result = audit(
        table(
            fig("married_women", "41770"),
            fig("one_child_married_women", "15908"),
            fig("two_plus_married_women", "23830"),
            fig("crude_birth_rate", "11.9‰"),
            fig("crude_death_rate", "6.0‰"),
            fig("natural_growth_rate", "5.9‰"),
            fig("births", "2500", 2009),
            fig("male_births", "1300", 2009),
            fig("female_births", "1200", 2009),
            fig("within_policy_births", "2380", 2009),
        )
    )
    parts = result.find("within_policy_within_births", 2009)
    # 2,380 ≤ 2,500, leaving 120; 2,500 printed in full is the point [2500, 2500]
    assert (parts.year, parts.status, parts.low) == (2009, FindingStatus.AGREES, Decimal(120))
    assert Interval(low=Fraction(2500), high=Fraction(2500)) == parts.interval
    births = result.find("births", 2009)  # 1,300 + 1,200 = 2,500
    assert (births.status, births.recomputed) == (FindingStatus.AGREES, Decimal(2500))
    assert result.find("parts_within_whole").year is None
    assert result.find("natural_growth_rate").year is None  # 11.9 − 6.0 = 5.9


def test_growth_needs_two_yearly_funding_figures():
    # a standing funding figure is no year's funding: no growth against it
    result = audit(table(fig("funding", "279.9万"), fig("funding", "298.2万", 2009)))
    assert all(f.relation != "funding_growth" for f in result.findings)


def test_growth_from_a_small_previous_amount():
    # (2 − 1) ÷ 1 × 100 = 100 %
    result = audit(table(fig("funding", "1", 2008), fig("funding", "2", 2009)))
    finding = result.find("funding_growth", 2009)
    assert (finding.status, finding.recomputed) == (FindingStatus.IMPLIED, Decimal(100))


def test_a_printed_growth_is_checked_against_its_interval():
    # (298.2 − 279.9) ÷ 279.9 = 6.538 %, inside 6.5 %'s [6.45, 6.55)
    result = audit(
        table(
            fig("funding", "279.9万", 2008),
            fig("funding", "298.2万", 2009),
            fig("funding_growth", "6.5%", 2009),
        )
    )
    finding = result.find("funding_growth", 2009)
    assert (finding.status, finding.printed) == (FindingStatus.AGREES, "6.5%")
    assert Interval(low=Fraction("6.45"), high=Fraction("6.55"), high_closed=False) == (
        finding.interval
    )


def test_a_table_with_nothing_to_audit_still_lists_its_source():
    # one figure, no relation: no finding, yet the table's citation is the result's source
    assert audit(table(fig("funding", "1", 2008), citation=SOURCE)).sources == (SOURCE,)
    assert audit(table(fig("funding", "1", 2008))).sources == ()


def test_an_implied_amount_per_person_shows_its_unit_in_each_language():
    # 2,982,000 ÷ 210,000 = 14.2 yuan per person; at printed precision
    # [2,981,500, 2,982,500) ÷ [205,000, 215,000) = (13.8674, 14.5488)
    result = audit(table(fig("funding", "298.2万", 2009), fig("population", "21万")))
    finding = result.find("per_capita_funding", 2009)
    assert finding.explain("en") == (
        "→ 2009 family-planning funding 298.2万, population 21万 imply per-capita funding of "
        "14.2 yuan per person ((13.8674, 14.5488) at printed precision)"
    )
    assert finding.explain("zh") == (
        "→ 2009年人口和计划生育事业经费 298.2万、总人口 21万意味着人均事业经费为14.2元/人"
        "（按印刷精度为(13.8674, 14.5488)）"
    )
