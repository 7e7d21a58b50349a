"""Reforms as data (PolicyBook.reform) and browsing a book (repr, table, _repr_html_)."""

from datetime import date
from decimal import Decimal

import pytest

from fpcore import (
    DINGNAN,
    JIANGXI,
    NATIONAL,
    Child,
    Family,
    Hukou,
    InvalidInputError,
    Jurisdiction,
    Person,
    Sex,
    UnknownParameterError,
    assess,
    default_book,
)
from fpcore.errors import MAX_PROBLEMS
from fpcore.params import (
    AgeBand,
    AgeBands,
    BookRow,
    BookTable,
    Citation,
    Confidence,
    DatedValue,
    Entry,
    Parameter,
    ParameterHistory,
    ParameterTable,
    PolicyBook,
    ValueKind,
)

KEY = "reward_assistance.amount"
NOTE = "测算：奖扶标准提高到每人每年1500元"
OFFICIAL = Citation(title="某条例", confidence=Confidence.OFFICIAL)
AMOUNT = Parameter(key="t.amount", kind=ValueKind.AMOUNT, title_zh="金额", title_en="amount")

# The README's Dingnan couple: both rural, aged 60+ from 2010, one daughter within policy.
HE = Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=Hukou.RURAL)
SHE = Person(sex=Sex.FEMALE, birth_date=date(1950, 5, 2), hukou=Hukou.RURAL)
GIRL = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
COUPLE = Family(father=HE, mother=SHE, children=(GIRL,), jurisdiction=DINGNAN)


def _book(*records, verified=None):
    history = ParameterHistory(
        values=tuple(
            DatedValue(start=s, value=Decimal(v).quantize(Decimal("0.01")), citation=OFFICIAL)
            for s, v in records
        ),
        verified_through=verified,
    )
    return PolicyBook(
        parameters=(AMOUNT,),
        entries=(Entry(key="t.amount", jurisdiction=NATIONAL, history=history),),
    )


def _value(book, on, where=DINGNAN):
    resolution = book.resolve("t.amount", on=on, jurisdiction=where)
    return str(resolution.value), resolution.citation.is_reform


# -- a window changes answers only inside it ---------------------------------------------------


def test_a_reform_with_an_end_date_changes_answers_only_inside_its_window():
    base = default_book()
    reform = base.reform(
        {KEY: {"from": "2026-01-01", "until": "2027-12-31", "value": "1500"}}, note=NOTE
    )
    days = [
        date(2025, 12, 31),
        date(2026, 1, 1),
        date(2027, 12, 31),
        date(2028, 1, 1),
        date(2030, 6, 30),
    ]
    inside = {date(2026, 1, 1), date(2027, 12, 31)}
    for day in days:
        before = assess("reward_assistance", COUPLE, on=day, book=base)
        after = assess("reward_assistance", COUPLE, on=day, book=reform)
        if day in inside:
            # both parents 60+: 2 × 1,500 = 3,000 yuan
            assert after.amount == Decimal("3000.00")
            assert after.is_reform and not before.is_reform
            assert "reform value" in after.explain("en")
            assert "改革测算值" in after.explain("zh")
            assert NOTE in after.explain("zh")
        else:
            # the same answer; only the provenance's validity dates know of the window
            assert (after.eligible, after.amount) == (before.eligible, before.amount)
            assert [(c.code, c.passed, c.facts) for c in after.checks] == [
                (c.code, c.passed, c.facts) for c in before.checks
            ]
            assert not after.is_reform
            assert "reform" not in after.explain("en")
    # the original book is untouched
    assert base.value(KEY, on=date(2026, 6, 30), jurisdiction=DINGNAN) == Decimal("1200.00")


def test_the_reform_citation_carries_the_note_and_the_reform_confidence():
    reform = default_book().reform({KEY: {"from": date(2026, 1, 1), "value": 1500}}, note=NOTE)
    citation = reform.resolve(KEY, on=date(2040, 1, 1), jurisdiction=DINGNAN).citation
    assert citation.confidence is Confidence.REFORM and citation.is_reform
    assert citation.title == NOTE and citation.note
    # open-ended: still in force decades later
    assert reform.value(KEY, on=date(2060, 1, 1), jurisdiction=DINGNAN) == Decimal("1500.00")


def test_after_the_window_the_law_resumes_as_it_then_stands():
    # law: 100 from 2020, 200 from 2022 (inside the window), 300 from 2025 (after it)
    book = _book((date(2020, 1, 1), "100"), (date(2022, 1, 1), "200"), (date(2025, 1, 1), "300"))
    reform = book.reform(
        {"t.amount": {"from": "2021-01-01", "until": "2022-12-31", "value": "150"}}, note="x"
    )
    assert _value(reform, date(2020, 12, 31)) == ("100.00", False)
    assert _value(reform, date(2021, 1, 1)) == ("150.00", True)
    assert _value(reform, date(2022, 6, 1)) == ("150.00", True)  # the 2022 law is hidden
    assert _value(reform, date(2023, 1, 1)) == ("200.00", False)  # …and resumes after
    assert _value(reform, date(2025, 1, 1)) == ("300.00", False)
    # the restored record is the law's own, with its citation
    resumed = reform.resolve("t.amount", on=date(2023, 1, 1), jurisdiction=DINGNAN)
    assert resumed.citation == OFFICIAL and resumed.valid_from == date(2023, 1, 1)


def test_a_window_ending_on_a_change_of_the_law_keeps_that_record():
    book = _book((date(2020, 1, 1), "100"), (date(2023, 1, 1), "200"))
    reform = book.reform(
        {"t.amount": {"from": "2021-01-01", "until": "2022-12-31", "value": "150"}}, note="x"
    )
    assert reform.history("t.amount", NATIONAL).starts == (
        date(2020, 1, 1),
        date(2021, 1, 1),
        date(2023, 1, 1),
    )
    assert _value(reform, date(2023, 1, 1)) == ("200.00", False)


def test_a_reform_at_a_level_without_history_closes_after_its_window():
    book = _book((date(2020, 1, 1), "100"))
    reform = book.reform(
        {"t.amount": {"from": "2021-01-01", "until": "2021-12-31", "value": "150"}},
        note="x",
        jurisdiction=DINGNAN,
    )
    assert _value(reform, date(2021, 6, 1)) == ("150.00", True)
    assert _value(reform, date(2022, 1, 1)) == ("100.00", False)  # national again
    assert _value(reform, date(2021, 6, 1), JIANGXI) == ("100.00", False)  # another area
    history = reform.history("t.amount", DINGNAN)
    assert [r.value for r in history.values] == [Decimal("150.00"), None]


def test_a_reform_before_the_law_begins_leaves_nothing_to_resume():
    book = _book((date(2020, 1, 1), "100"))
    reform = book.reform(
        {"t.amount": {"from": "2010-01-01", "until": "2010-12-31", "value": "50"}}, note="x"
    )
    assert _value(reform, date(2010, 6, 1)) == ("50.00", True)
    with pytest.raises(LookupError):
        reform.resolve("t.amount", on=date(2011, 6, 1), jurisdiction=DINGNAN)
    assert _value(reform, date(2020, 6, 1)) == ("100.00", False)


def test_a_national_reform_reaches_levels_below_with_their_own_history():
    # Jiangxi holds its own 1,200 from 2017; a national reform still reaches Dingnan
    reform = default_book().reform(
        {KEY: {"from": "2026-01-01", "until": "2026-12-31", "value": "1500"}}, note="x"
    )
    assert reform.value(KEY, on=date(2026, 6, 1), jurisdiction=DINGNAN) == Decimal("1500.00")
    assert reform.history(KEY, JIANGXI).at(date(2026, 6, 1)).citation.is_reform
    assert reform.value(KEY, on=date(2027, 1, 1), jurisdiction=DINGNAN) == Decimal("1200.00")
    # a reform in Jiangxi does not touch another province
    other = Jurisdiction(code="440000", name_zh="广东省", name_en="Guangdong", parent=NATIONAL)
    local = default_book().reform(
        {KEY: {"from": "2026-01-01", "value": "1500"}}, note="x", jurisdiction=JIANGXI
    )
    assert local.value(KEY, on=date(2026, 6, 1), jurisdiction=other) == Decimal("960.00")
    assert local.value(KEY, on=date(2026, 6, 1), jurisdiction=DINGNAN) == Decimal("1500.00")


def test_several_keys_at_once_and_values_of_every_kind():
    reform = default_book().reform(
        {
            KEY: {"from": "2026-01-01", "value": "1500"},
            "reward_assistance.min_age": {"from": "2026-01-01", "value": "55"},
            "reward_assistance.born_from": {"from": "2026-01-01", "value": "1940-01-01"},
            "special_assistance.amount_by_age.death": {
                "from": "2026-01-01",
                "value": AgeBands((AgeBand(49, Decimal("1000")), AgeBand(60, None))),
            },
        },
        note="x",
    )
    on = date(2026, 6, 1)
    assert reform.value("reward_assistance.min_age", on=on, jurisdiction=DINGNAN) == 55
    assert reform.value("reward_assistance.born_from", on=on, jurisdiction=DINGNAN) == date(
        1940, 1, 1
    )
    bands = reform.value("special_assistance.amount_by_age.death", on=on, jurisdiction=DINGNAN)
    assert bands.at(50).amount == Decimal("1000.00")
    # trailing zeros are exact to the fen: accepted
    assert default_book().reform(
        {KEY: {"from": "2026-01-01", "value": Decimal("1500.000")}}, note="x"
    ).value(KEY, on=on, jurisdiction=DINGNAN) == Decimal("1500.00")


def test_a_window_to_the_last_day_there_is_needs_no_restoring_record():
    book = _book((date(2020, 1, 1), "100"))
    reform = book.reform(
        {"t.amount": {"from": "2021-01-01", "until": date.max, "value": "150"}}, note="x"
    )
    assert reform.history("t.amount", NATIONAL).starts == (date(2020, 1, 1), date(2021, 1, 1))


# -- refused, never rounded; every problem at once ---------------------------------------------


@pytest.mark.parametrize("value", ["1500.005", Decimal("0.001"), "1,500.009"])
def test_a_value_with_more_places_than_the_fen_is_refused_not_rounded(value):
    with pytest.raises(InvalidInputError) as info:
        default_book().reform({KEY: {"from": "2026-01-01", "value": value}}, note="x")
    assert info.value.field == f"changes[{KEY!r}].value"
    assert "more places than the fen" in str(info.value)


def test_age_banded_amounts_are_not_rounded_either():
    bands = AgeBands((AgeBand(49, Decimal("1000.001")), AgeBand(60, None)))
    with pytest.raises(InvalidInputError, match="more places than the fen"):
        default_book().reform(
            {"special_assistance.amount_by_age.death": {"from": "2026-01-01", "value": bands}},
            note="x",
        )


def test_every_problem_of_a_reform_is_reported_at_once():
    changes = {
        "nope.key": {"from": "2026-01-01", "value": "1"},
        KEY: {"from": "2026-13-01", "until": "soon", "value": "-5", "to": "x"},
        "reward_assistance.min_age": {"value": "sixty"},
        "reward_assistance.born_from": {
            "from": "2026-01-01",
            "until": "2025-01-01",
            "value": "1940-02-30",
        },
        "reward_assistance.max_children.rural": {"from": 2026, "value": None},
        "one_child_parent_reward.amount": "1200",
    }
    changes = {k: v for k, v in changes.items() if k != "reward_assistance.max_children.rural"}
    changes["reward_assistance.min_age"] = {"value": "sixty"}
    changes["childcare_subsidy.amount"] = {"from": 2026, "value": None}
    with pytest.raises(InvalidInputError) as info:
        default_book().reform(changes, note="x")
    paths = [path for path, _ in info.value.problems]
    assert paths == [
        "changes['nope.key']",
        f"changes[{KEY!r}]",
        f"changes[{KEY!r}].from",
        f"changes[{KEY!r}].until",
        f"changes[{KEY!r}].value",
        "changes['reward_assistance.min_age'].from",
        "changes['reward_assistance.min_age'].value",
        "changes['reward_assistance.born_from'].until",
        "changes['reward_assistance.born_from'].value",
        "changes['one_child_parent_reward.amount']",
        "changes['childcare_subsidy.amount'].from",
        "changes['childcare_subsidy.amount'].value",
    ]
    text = str(info.value)
    assert text.startswith("12 problems:")
    assert "unknown fields ['to']" in text and "is missing" in text
    assert "2025-01-01 is before from 2026-01-01" in text


def test_a_reform_of_many_bad_keys_reports_the_first_problems_and_says_there_are_more():
    changes = {f"nope.k{i:03d}": {"from": "2026-01-01", "value": "1"} for i in range(30)}
    with pytest.raises(InvalidInputError) as info:
        default_book().reform(changes, note="x")
    assert len(info.value.problems) == MAX_PROBLEMS and info.value.truncated


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"changes": {}, "note": "x"}, "changes"),
        ({"changes": [("k", 1)], "note": "x"}, "changes"),
        ({"changes": {KEY: {"from": "2026-01-01", "value": "1"}}, "note": ""}, "note"),
        ({"changes": {KEY: {"from": "2026-01-01", "value": "1"}}, "note": None}, "note"),
        (
            {
                "changes": {KEY: {"from": "2026-01-01", "value": "1"}},
                "note": "x",
                "jurisdiction": "360728",
            },
            "jurisdiction",
        ),
        (
            {"changes": {KEY: {"from": "2026-01-01", "value": 1.5}}, "note": "x"},
            f"changes[{KEY!r}].value",
        ),
        (
            {
                "changes": {
                    KEY: {"from": date(2026, 1, 1), "until": date(2026, 1, 1), "value": True}
                },
                "note": "x",
            },
            f"changes[{KEY!r}].value",
        ),
        (
            {
                "changes": {"reward_assistance.min_age": {"from": "2026-01-01", "value": "-3"}},
                "note": "x",
            },
            "changes['reward_assistance.min_age'].value",
        ),
        (
            {"changes": {KEY: {"from": "2026-01-01", "until": 5, "value": "1"}}, "note": "x"},
            f"changes[{KEY!r}].until",
        ),
        ({"changes": {3: {"from": "2026-01-01", "value": "1"}}, "note": "x"}, "changes[3]"),
    ],
)
def test_bad_reforms_name_the_field(kwargs, field):
    changes = kwargs.pop("changes")
    with pytest.raises(InvalidInputError) as info:
        default_book().reform(changes, **kwargs)
    assert info.value.field == field


def test_a_one_day_window_and_an_int_amount():
    reform = default_book().reform(
        {KEY: {"from": date(2026, 1, 1), "until": date(2026, 1, 1), "value": 1500}}, note="x"
    )
    assert reform.value(KEY, on=date(2026, 1, 1), jurisdiction=DINGNAN) == Decimal("1500.00")
    assert reform.value(KEY, on=date(2026, 1, 2), jurisdiction=DINGNAN) == Decimal("1200.00")


# -- browsing ----------------------------------------------------------------------------------


def test_the_repr_of_a_book_is_short():
    text = repr(default_book())
    assert len(text) < 200
    assert text.startswith("<PolicyBook: 4 jurisdictions (000000 360000 360700 360728), ")
    assert f"{len(default_book())} keys" in text and "verified through 2026-" in text
    reform = default_book().reform({KEY: {"from": "2026-01-01", "value": "1500"}}, note="x")
    assert ", 2 reform records," in repr(reform)  # national and Jiangxi
    assert repr(_book((date(2020, 1, 1), "1"))).endswith("1 keys, 1 records, never verified>")
    one = _book((date(2020, 1, 1), "1"), verified=date(2026, 1, 1))
    assert repr(one).endswith("verified through 2026-01-01>")
    mixed = one.override(
        "t.amount", "2", start=date(2021, 1, 1), jurisdiction=DINGNAN, citation=OFFICIAL
    )
    assert repr(mixed).endswith("verified through 2026-01-01 (1 histories unchecked)>")


def test_the_html_of_a_book_is_a_small_table_of_its_levels():
    page = default_book()._repr_html_()
    assert len(page) < 3000
    assert page.count("<tr>") == 1 + 4  # the header and one row per level
    assert "定南县 / Dingnan County" in page and "2026-11-01" in page
    reform = _book((date(2020, 1, 1), "1"), verified=date(2026, 1, 1)).reform(
        {"t.amount": {"from": "2021-01-01", "value": "2"}}, note="x", jurisdiction=DINGNAN
    )
    page = reform._repr_html_()
    assert "<td>2026-01-01</td>" in page and "<td>—</td>" in page  # Dingnan: never checked
    mixed = reform.override(
        "t.amount", "3", start=date(2022, 1, 1), jurisdiction=NATIONAL, citation=OFFICIAL
    )
    assert "<td>2026-01-01</td>" in mixed._repr_html_()
    two = PolicyBook(
        parameters=(AMOUNT, Parameter(key="t.b", kind=ValueKind.AGE, title_zh="b", title_en="b")),
        entries=(
            Entry(
                key="t.amount",
                jurisdiction=NATIONAL,
                history=ParameterHistory(
                    values=(
                        DatedValue(
                            start=date(2020, 1, 1), value=Decimal("1.00"), citation=OFFICIAL
                        ),
                    ),
                    verified_through=date(2025, 1, 1),
                ),
            ),
            Entry(
                key="t.b",
                jurisdiction=NATIONAL,
                history=ParameterHistory(
                    values=(DatedValue(start=date(2020, 1, 1), value=1, citation=OFFICIAL),),
                    verified_through=date(2026, 1, 1),
                ),
            ),
        ),
    )
    assert "2025-01-01 to 2026-01-01" in two._repr_html_()
    assert "verified through 2025-01-01 to 2026-01-01>" in repr(two)


def test_table_with_a_key_is_unchanged_and_without_one_gives_rows():
    book = default_book()
    assert isinstance(book.table(KEY), ParameterTable)
    assert isinstance(book.table(key=KEY), ParameterTable)
    everything = book.table()
    assert isinstance(everything, BookTable) and everything.resolved_for is None
    assert len(everything) == sum(len(e.history.values) for e in book.entries)
    assert {row.key for row in everything} == set(book.keys())
    assert repr(everything) == f"<BookTable: {len(everything)} rows of {len(book)} keys>"
    ra = book.table(prefix="reward_assistance")
    assert {row.key.split(".")[0] for row in ra} == {"reward_assistance"}
    assert all(isinstance(row, BookRow) for row in ra)
    # a prefix is a whole dotted part: "reward" matches no key
    with pytest.raises(UnknownParameterError):
        book.table(prefix="reward")
    exact = book.table(prefix=KEY)
    assert [(r.jurisdiction.code, r.start.year, r.until and r.until.year) for r in exact] == [
        ("000000", 2004, 2009),
        ("000000", 2009, 2012),
        ("000000", 2012, None),
        ("360000", 2017, None),
    ]


def test_table_for_a_jurisdiction_shows_what_is_in_force_there():
    rows = default_book().table(prefix=KEY, jurisdiction=DINGNAN)
    assert rows.resolved_for is DINGNAN
    assert "in force in 360728" in repr(rows)
    # national until 2017, then Jiangxi's 1,200 (the 2012 national row ends when Jiangxi begins)
    assert [(r.jurisdiction.code, r.start, r.until, str(r.value)) for r in rows] == [
        ("000000", date(2004, 1, 1), date(2009, 1, 1), "600.00"),
        ("000000", date(2009, 1, 1), date(2012, 1, 1), "720.00"),
        ("000000", date(2012, 1, 1), date(2017, 1, 1), "960.00"),
        ("360000", date(2017, 1, 1), None, "1200.00"),
    ]
    record = rows.records()[-1]
    assert record["jurisdiction"] == "360000" and record["confidence"] == "illustrative"
    assert record["value"] == Decimal("1200.00") and record["unit"]
    # asked twice, the timeline is reused
    assert default_book().table(prefix=KEY, jurisdiction=DINGNAN) == rows


def test_table_html_shows_the_first_rows_and_counts_the_rest():
    page = default_book().table()._repr_html_()
    assert page.count("<tr>") == 1 + 60
    assert "more rows</p>" in page
    small = default_book().table(prefix=KEY)._repr_html_()
    assert "more rows" not in small and "<code>reward_assistance.amount</code>" in small
    closed = _book((date(2020, 1, 1), "1")).override(
        "t.amount", None, start=date(2021, 1, 1), jurisdiction=NATIONAL, citation=OFFICIAL
    )
    assert "<td>closed</td>" in closed.table()._repr_html_()


@pytest.mark.parametrize(
    "kwargs",
    [
        {"key": KEY, "prefix": "reward_assistance"},
        {"key": KEY, "jurisdiction": DINGNAN},
        {"prefix": 3},
        {"jurisdiction": "360728"},
    ],
)
def test_bad_table_arguments(kwargs):
    with pytest.raises(InvalidInputError):
        default_book().table(**kwargs)
