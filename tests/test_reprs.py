"""The notebook renderings (``_repr_html_``) of the result objects added for issue 7."""

from datetime import date
from decimal import Decimal

from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex, entitlement
from fpcore.batch import Outlay, ReformCost
from fpcore.indicators import DINGNAN_2008_2010, Figure, ReportedTable


def test_reported_table_html_lays_out_figures_by_year():
    page = DINGNAN_2008_2010._repr_html_()
    assert page.startswith('<div class="fpcore-reported-table">')
    # a column for the standing figures, then one per year of the table
    assert "<th>all years</th><th>2008</th><th>2009</th><th>2010</th>" in page
    assert "<td>21万</td><td></td><td></td><td></td>" in page
    assert "<td></td><td>279.9万</td><td>298.2万</td><td>325.2万</td>" in page
    assert "Source: " in page


def test_reported_table_html_escapes_and_omits_what_is_absent():
    table = ReportedTable(
        title="<b>T</b>", figures=(Figure(code="funding", year=2009, printed="1"),)
    )
    page = table._repr_html_()
    assert "&lt;b&gt;T&lt;/b&gt;" in page
    assert "all years" not in page
    assert "Source" not in page


R = '<td style="text-align: right">'


def test_outlay_and_reform_cost_html():
    base = Outlay(
        program="x<y", on=date(2012, 6, 30), families=1200, eligible=3, amount=Decimal("2880.00")
    )
    reform = Outlay(
        program="x<y", on=date(2012, 6, 30), families=1200, eligible=3, amount=Decimal("3600.00")
    )
    # numbers right-aligned; undetermined decisions counted apart (none here)
    assert (
        f"<td>x&lt;y</td><td>2012-06-30</td>{R}1,200</td>{R}3</td>{R}0</td>{R}2,880.00</td>"
        in base._repr_html_()
    )
    page = ReformCost(base=base, reform=reform)._repr_html_()
    # 3,600.00 − 2,880.00 = 720.00
    assert "the reform costs 720.00 yuan per year more" in page
    assert "<td>base</td>" in page
    assert f"<td>reform</td><td>2012-06-30</td>{R}1,200</td>{R}3</td>{R}0</td>{R}3,600.00" in page


def test_entitlement_html_lists_months():
    he = Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=Hukou.RURAL)
    girl = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
    family = Family(father=he, mother=None, children=(girl,), jurisdiction=DINGNAN)
    result = entitlement(
        "reward_assistance", family, start=date(2008, 1, 1), end=date(2008, 12, 31)
    )
    page = result._repr_html_()
    # He turns 60 on 1 March 2008 and is paid from the month after: April–December, 9 months of
    # 600 ÷ 12 = 50.00 yuan = 450.00 yuan (the 2004 national rate).
    assert "450.00 yuan over 9 paid months</strong>" in page
    assert f"<tr><td>2008-03</td><td>–</td>{R}0.00</td></tr>" in page
    assert f"<tr><td>2008-04</td><td>✓</td>{R}50.00</td></tr>" in page
