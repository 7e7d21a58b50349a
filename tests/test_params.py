import pickle
from datetime import date, timedelta
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fpcore import (
    DINGNAN,
    GANZHOU,
    JIANGXI,
    NATIONAL,
    Citation,
    Confidence,
    DatedValue,
    Entry,
    InvalidInputError,
    Jurisdiction,
    NoValueForDateError,
    Parameter,
    ParameterHistory,
    ParameterTypeError,
    PolicyBook,
    UnknownParameterError,
    ValueKind,
    default_book,
)
from fpcore.params import AgeBand, AgeBands, CoverageRow, coverage, sources
from fpcore.params._model import checked_through
from fpcore.strategies import citations, dates, parameter_histories, policy_books

C = Citation(title="测试", confidence=Confidence.ILLUSTRATIVE)
KEY = "reward_assistance.amount"


def dv(start, value, citation=C):
    return DatedValue(start=start, value=value, citation=citation)


# -- the built-in values (REFERENCE §2.1 and §4) ---------------------------------------------


@pytest.mark.parametrize(
    ("on", "amount"),
    [
        (date(2004, 1, 1), "600.00"),
        (date(2008, 12, 31), "600.00"),
        (date(2009, 1, 1), "720.00"),
        (date(2011, 12, 31), "720.00"),
        (date(2012, 1, 1), "960.00"),
        (date(2026, 11, 28), "960.00"),
    ],
)
def test_reward_assistance_national_floor(on, amount):
    # Jiangxi pays its own rate (100 a month) from a stand-in date of 2017-01-01 (issue 4):
    # from then on only the national level still shows the floor.
    below = (NATIONAL,) if on >= date(2017, 1, 1) else (NATIONAL, JIANGXI, GANZHOU, DINGNAN)
    for jurisdiction in below:
        assert default_book().value(KEY, on=on, jurisdiction=jurisdiction) == Decimal(amount)


def test_childcare_subsidy_amount():
    book = default_book()
    assert book.value(
        "childcare_subsidy.amount", on=date(2025, 1, 1), jurisdiction=DINGNAN
    ) == Decimal("3600.00")
    with pytest.raises(NoValueForDateError):
        book.value("childcare_subsidy.amount", on=date(2024, 12, 31), jurisdiction=DINGNAN)


def test_resolution_reports_provenance():
    r = default_book().resolve(KEY, on=date(2012, 3, 1), jurisdiction=DINGNAN)
    assert r.key == KEY and r.jurisdiction == NATIONAL and r.requested == DINGNAN
    assert r.citation == sources.CAIJIAO_2011_623 and not r.is_illustrative
    # valid until Jiangxi's own rate takes over (issue 4; stand-in date 2017-01-01)
    assert (r.valid_from, r.valid_until) == (date(2012, 1, 1), date(2017, 1, 1))
    assert r.record.start == date(2012, 1, 1)
    assert r.as_decimal() == Decimal("960.00")


def test_typed_accessors_refuse_the_wrong_type():
    r = default_book().resolve(KEY, on=date(2012, 3, 1), jurisdiction=DINGNAN)
    for accessor in (r.as_int, r.as_date, r.as_bool, r.as_text):
        with pytest.raises(ParameterTypeError, match=KEY):
            accessor()


def test_typed_accessors_return_their_type():
    params = (
        Parameter(key="a.age", kind=ValueKind.AGE, title_zh="年龄", title_en="age"),
        Parameter(key="a.day", kind=ValueKind.DATE, title_zh="日期", title_en="day"),
        Parameter(key="a.flag", kind=ValueKind.FLAG, title_zh="标志", title_en="flag"),
        Parameter(key="a.code", kind=ValueKind.TEXT, title_zh="代码", title_en="code"),
    )
    values = {"a.age": 60, "a.day": date(1933, 1, 1), "a.flag": True, "a.code": "rural"}
    book = PolicyBook(
        parameters=params,
        entries=tuple(
            Entry(
                key=k,
                jurisdiction=NATIONAL,
                history=ParameterHistory(values=(dv(date(2000, 1, 1), v),)),
            )
            for k, v in values.items()
        ),
    )
    on = date(2001, 1, 1)
    assert book.resolve("a.age", on=on, jurisdiction=DINGNAN).as_int() == 60
    assert book.resolve("a.day", on=on, jurisdiction=DINGNAN).as_date() == date(1933, 1, 1)
    assert book.resolve("a.flag", on=on, jurisdiction=DINGNAN).as_bool() is True
    assert book.resolve("a.code", on=on, jurisdiction=DINGNAN).as_text() == "rural"
    with pytest.raises(ParameterTypeError):
        book.resolve("a.flag", on=on, jurisdiction=DINGNAN).as_int()
    with pytest.raises(ParameterTypeError):
        book.resolve("a.age", on=on, jurisdiction=DINGNAN).as_decimal()


def test_book_reading_helpers():
    book = default_book()
    assert book.keys() == tuple(sorted(book.keys()))
    assert KEY in book and "nope" not in book and 3 not in book
    assert list(book) == list(book.keys()) and len(book) == len(book.keys())
    assert book.parameter(KEY).title("en") == "Rural reward-and-assistance amount"
    assert book.parameter(KEY).title("zh").startswith("农村")
    assert book.history(KEY, NATIONAL).starts == (
        date(2004, 1, 1),
        date(2009, 1, 1),
        date(2012, 1, 1),
    )
    assert book.history(KEY, DINGNAN) is None
    assert [e.jurisdiction for e in book.table(KEY).entries] == [
        NATIONAL,
        JIANGXI,
    ]  # Jiangxi: issue 4
    with pytest.raises(UnknownParameterError, match="no parameter 'nope'"):
        book.parameter("nope")
    with pytest.raises(UnknownParameterError):
        book.value("nope", on=date(2010, 1, 1), jurisdiction=DINGNAN)
    with pytest.raises(UnknownParameterError):
        book.parameter(["unhashable"])


def test_no_value_for_date_names_key_date_and_levels():
    with pytest.raises(NoValueForDateError) as info:
        default_book().value(KEY, on=date(2003, 12, 31), jurisdiction=DINGNAN)
    assert info.value.key == KEY and info.value.on == date(2003, 12, 31)
    assert info.value.searched == ("360728", "360700", "360000", "000000")


@pytest.mark.parametrize("on", ["2010-01-01", None, 20100101])
def test_bad_dates_are_typed_errors(on):
    with pytest.raises(InvalidInputError, match="on"):
        default_book().value(KEY, on=on, jurisdiction=DINGNAN)


def test_a_datetime_is_not_a_date():
    import datetime

    with pytest.raises(InvalidInputError, match="on"):
        default_book().value(KEY, on=datetime.datetime(2010, 1, 1), jurisdiction=DINGNAN)  # noqa: DTZ001


def test_bad_jurisdiction_is_a_typed_error():
    with pytest.raises(InvalidInputError, match="jurisdiction"):
        default_book().value(KEY, on=date(2010, 1, 1), jurisdiction="360728")


def test_a_key_with_no_history_anywhere_has_no_value():
    book = default_book().define(
        Parameter(key="x.empty", kind=ValueKind.COUNT, title_zh="空", title_en="empty")
    )
    with pytest.raises(NoValueForDateError):
        book.value("x.empty", on=date(2010, 1, 1), jurisdiction=DINGNAN)
    with pytest.raises(InvalidInputError, match="on"):
        book.value("x.empty", on="2010-01-01", jurisdiction=DINGNAN)


# -- histories -----------------------------------------------------------------------------


def test_history_sorts_and_refuses_duplicate_starts():
    h = ParameterHistory(values=(dv(date(2009, 1, 1), 2), dv(date(2004, 1, 1), 1)))
    assert h.starts == (date(2004, 1, 1), date(2009, 1, 1))
    with pytest.raises(InvalidInputError, match=r"2009-01-01.*twice"):
        ParameterHistory(values=(dv(date(2009, 1, 1), 2), dv(date(2009, 1, 1), 3)))
    with pytest.raises(InvalidInputError, match="at least one"):
        ParameterHistory(values=())
    with pytest.raises(InvalidInputError, match=r"values\[1\]"):
        ParameterHistory(values=(dv(date(2009, 1, 1), 2), "x"))


def test_dated_value_validation():
    with pytest.raises(InvalidInputError, match="start"):
        DatedValue(start="2009-01-01", value=1, citation=C)
    with pytest.raises(InvalidInputError, match="value"):
        DatedValue(start=date(2009, 1, 1), value=1.5, citation=C)
    with pytest.raises(InvalidInputError, match="citation"):
        DatedValue(start=date(2009, 1, 1), value=1, citation="国办发")


@given(parameter_histories(), dates())
def test_at_returns_the_latest_start_not_after_on(history, on):
    record = history.at(on)
    earlier = [v for v in history.values if v.start <= on]
    if not earlier:
        assert record is None
    else:
        assert record == max(earlier, key=lambda v: v.start)


@given(parameter_histories(closures=False))
def test_a_value_is_in_force_exactly_from_its_start(history):
    for record in history.values:
        assert history.at(record.start) == record
        before = history.at(record.start - timedelta(days=1))
        assert before != record


# -- citations -----------------------------------------------------------------------------


def test_citation_needs_only_title_and_confidence():
    c = Citation(title="示例", confidence=Confidence.ILLUSTRATIVE)
    assert c.is_illustrative and c.article is None
    assert c.render("zh") == "《示例》〔示例值：无来源给出此值〕"
    assert c.render("en") == "示例 [illustrative value: no source gives it]"


def test_citation_rendering_with_all_parts():
    c = sources.CAIJIAO_2011_623
    zh = c.render("zh")
    assert (
        zh.startswith("《财政部、国家人口计生委关于调整")
        and "（财教〔2011〕623号）" in zh
        and zh.endswith("2011-12-14")
    )
    en = c.render("en")
    assert en.startswith("Ministry of Finance and NPFPC notice") and "(财教〔2011〕623号)" in en
    assert en.endswith("issued 2011-12-14")
    c2 = Citation(title="《人口与计划生育法》", article="第十八条", confidence=Confidence.OFFICIAL)
    assert c2.render("zh") == "《人口与计划生育法》第十八条"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"title": ""}, "title"),
        ({"confidence": "official"}, "confidence"),
        ({"article": " "}, "article"),
        ({"issued_on": "2011-12-14"}, "issued_on"),
    ],
)
def test_citation_validation(kwargs, field):
    with pytest.raises(InvalidInputError) as info:
        Citation(**({"title": "t", "confidence": Confidence.OFFICIAL} | kwargs))
    assert info.value.field == field


# -- parameters and kinds ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        (ValueKind.AMOUNT, "1200", Decimal("1200.00")),
        (ValueKind.AMOUNT, 60, Decimal("60.00")),
        (ValueKind.NUMBER, "3.5", Decimal("3.5")),
        (ValueKind.AGE, 60, 60),
        (ValueKind.COUNT, 0, 0),
        (ValueKind.DATE, date(1933, 1, 1), date(1933, 1, 1)),
        (ValueKind.FLAG, False, False),
        (ValueKind.TEXT, "rural", "rural"),
    ],
)
def test_coerce_normalises(kind, value, expected):
    p = Parameter(key="x.y", kind=kind, title_zh="x", title_en="x")
    assert p.coerce(value) == expected


@pytest.mark.parametrize(
    ("kind", "value", "problem"),
    [
        (ValueKind.AMOUNT, 1.5, "float"),
        (ValueKind.AMOUNT, "-1", "negative"),
        (ValueKind.NUMBER, "-0.1", "negative"),
        (ValueKind.AGE, -1, "negative"),
        (ValueKind.AGE, 151, "not an age"),
        (ValueKind.AGE, "60", "must be an int"),
        (ValueKind.COUNT, True, "must be an int"),
        (ValueKind.DATE, "1933-01-01", "datetime.date"),
        (ValueKind.FLAG, 1, "bool"),
        (ValueKind.TEXT, "", "non-empty"),
    ],
)
def test_coerce_refuses(kind, value, problem):
    p = Parameter(key="x.y", kind=kind, title_zh="x", title_en="x")
    with pytest.raises(InvalidInputError, match=problem):
        p.coerce(value)


@pytest.mark.parametrize("key", ["", "A.b", "a..b", "a.1b", 5])
def test_parameter_key_must_be_dotted_lower_case(key):
    with pytest.raises(InvalidInputError, match="key"):
        Parameter(key=key, kind=ValueKind.AGE, title_zh="x", title_en="x")


def test_parameter_kind_and_titles_are_checked():
    with pytest.raises(InvalidInputError, match="kind"):
        Parameter(key="a.b", kind="age", title_zh="x", title_en="x")
    with pytest.raises(InvalidInputError, match="title_en"):
        Parameter(key="a.b", kind=ValueKind.AGE, title_zh="x", title_en="")


# -- building books ------------------------------------------------------------------------

AGE = Parameter(key="t.age", kind=ValueKind.AGE, title_zh="年龄", title_en="age")


def entry(jurisdiction, *records, key="t.age"):
    return Entry(key=key, jurisdiction=jurisdiction, history=ParameterHistory(values=records))


def test_book_validation():
    with pytest.raises(InvalidInputError, match="defined twice"):
        PolicyBook(parameters=(AGE, AGE))
    with pytest.raises(InvalidInputError, match="no parameter definition"):
        PolicyBook(
            parameters=(AGE,), entries=(entry(NATIONAL, dv(date(2000, 1, 1), 1), key="t.other"),)
        )
    with pytest.raises(InvalidInputError, match="appears twice"):
        PolicyBook(
            parameters=(AGE,),
            entries=(
                entry(NATIONAL, dv(date(2000, 1, 1), 1)),
                entry(NATIONAL, dv(date(2001, 1, 1), 1)),
            ),
        )
    with pytest.raises(InvalidInputError, match="must not be negative"):
        PolicyBook(parameters=(AGE,), entries=(entry(NATIONAL, dv(date(2000, 1, 1), -1)),))
    amount = Parameter(key="t.amount", kind=ValueKind.AMOUNT, title_zh="金额", title_en="amount")
    with pytest.raises(InvalidInputError, match="normal form"):
        PolicyBook(
            parameters=(amount,),
            entries=(entry(NATIONAL, dv(date(2000, 1, 1), Decimal("600")), key="t.amount"),),
        )
    with pytest.raises(InvalidInputError, match=r"parameters\[0\]"):
        PolicyBook(parameters=("t.age",))
    with pytest.raises(InvalidInputError, match=r"entries\[0\]"):
        PolicyBook(parameters=(AGE,), entries=("x",))
    with pytest.raises(InvalidInputError, match="jurisdiction"):
        Entry(
            key="t.age",
            jurisdiction="000000",
            history=ParameterHistory(values=(dv(date(2000, 1, 1), 1),)),
        )
    with pytest.raises(InvalidInputError, match="history"):
        Entry(key="t.age", jurisdiction=NATIONAL, history=(dv(date(2000, 1, 1), 1),))
    with pytest.raises(InvalidInputError, match="defined twice"):
        default_book().define(default_book().parameter(KEY))


def test_most_specific_level_wins_and_closure_falls_back():
    book = PolicyBook(
        parameters=(AGE,),
        entries=(
            entry(NATIONAL, dv(date(2000, 1, 1), 60), dv(date(2030, 1, 1), None)),
            entry(JIANGXI, dv(date(2005, 1, 1), 55)),
            entry(
                DINGNAN,
                dv(date(2010, 1, 1), 50),
                dv(date(2012, 1, 1), None),
                dv(date(2015, 1, 1), 45),
            ),
        ),
    )

    def at(y, j=DINGNAN):
        return book.value("t.age", on=date(y, 6, 1), jurisdiction=j)

    assert [at(y) for y in (2001, 2006, 2011, 2013, 2016, 2031)] == [60, 55, 50, 55, 45, 45]
    assert [at(y, GANZHOU) for y in (2001, 2006, 2031)] == [60, 55, 55]
    assert at(2020, NATIONAL) == 60
    with pytest.raises(NoValueForDateError):
        at(2031, NATIONAL)
    r = book.resolve("t.age", on=date(2013, 6, 1), jurisdiction=DINGNAN)
    assert r.jurisdiction == JIANGXI and (r.valid_from, r.valid_until) == (
        date(2012, 1, 1),
        date(2015, 1, 1),
    )


def test_override_returns_a_new_book_and_touches_nothing_else():
    book = default_book()
    c = Citation(title="what-if", confidence=Confidence.ILLUSTRATIVE)
    reform = book.override(KEY, "1200", start=date(2012, 1, 1), jurisdiction=DINGNAN, citation=c)
    on = date(2013, 1, 1)
    assert reform.value(KEY, on=on, jurisdiction=DINGNAN) == Decimal("1200.00")
    assert reform.resolve(KEY, on=on, jurisdiction=DINGNAN).is_illustrative
    assert reform.value(KEY, on=date(2011, 1, 1), jurisdiction=DINGNAN) == Decimal("720.00")
    assert book.value(KEY, on=on, jurisdiction=DINGNAN) == Decimal("960.00")
    other = Jurisdiction(code="360781", name_zh="瑞金市", name_en="Ruijin", parent=GANZHOU)
    assert reform.value(KEY, on=on, jurisdiction=other) == Decimal("960.00")
    # same start at the same level replaces; None closes (falls back to the national value)
    again = reform.override(KEY, 1500, start=date(2012, 1, 1), jurisdiction=DINGNAN, citation=c)
    assert again.value(KEY, on=on, jurisdiction=DINGNAN) == Decimal("1500.00")
    closed = again.override(KEY, None, start=date(2014, 1, 1), jurisdiction=DINGNAN, citation=c)
    assert closed.value(KEY, on=date(2014, 1, 1), jurisdiction=DINGNAN) == Decimal("960.00")
    with pytest.raises(InvalidInputError, match="jurisdiction"):
        book.override(KEY, 1, start=on, jurisdiction="360728", citation=c)
    with pytest.raises(InvalidInputError, match="float"):
        book.override(KEY, 1200.0, start=on, jurisdiction=DINGNAN, citation=c)
    with pytest.raises(UnknownParameterError):
        book.override("nope", 1, start=on, jurisdiction=DINGNAN, citation=c)


@given(
    policy_books(),
    st.sampled_from([NATIONAL, JIANGXI, GANZHOU, DINGNAN]),
    dates(),
    citations(),
    st.data(),
)
def test_override_never_changes_the_original_or_another_jurisdiction(
    book, where, start, citation, data
):
    key = data.draw(st.sampled_from(book.keys()))
    kind = book.parameter(key).kind
    from fpcore.strategies._values import _values_of

    value = data.draw(_values_of(kind))
    snapshot = pickle.dumps(book)
    reform = book.override(key, value, start=start, jurisdiction=where, citation=citation)
    assert pickle.dumps(book) == snapshot
    others = [
        j
        for j in (NATIONAL, JIANGXI, GANZHOU, DINGNAN)
        if j is not where and not j.is_within(where)
    ]
    history = reform.history(key, where)
    assert history.at(start).value == value
    for day in data.draw(st.lists(dates(), min_size=1, max_size=5)):
        for j in others:
            assert _maybe(reform, key, day, j) == _maybe(book, key, day, j)
        record = history.at(day)
        if record is not None and record.start == start:
            assert reform.value(key, on=day, jurisdiction=where) == value


def _maybe(book, key, on, j):
    try:
        return book.value(key, on=on, jurisdiction=j)
    except NoValueForDateError:
        return "none"


@given(policy_books(), dates())
def test_resolution_prefers_the_most_specific_level(book, on):
    for key in book:
        expected = "none"
        for level in DINGNAN.chain:
            history = book.history(key, level)
            record = history.at(on) if history else None
            if record is not None and record.value is not None:
                expected = record.value
                break
        assert _maybe(book, key, on, DINGNAN) == expected


@given(policy_books())
def test_books_round_trip_through_evolve_and_pickle(book):
    assert attrs.evolve(book) == book
    clone = pickle.loads(pickle.dumps(book))
    assert clone == book
    for key in book:
        assert _maybe(clone, key, date(2000, 1, 1), DINGNAN) == _maybe(
            book, key, date(2000, 1, 1), DINGNAN
        )


@given(citations(), parameter_histories())
def test_models_round_trip_through_evolve(citation, history):
    assert attrs.evolve(citation) == citation
    assert attrs.evolve(history) == history
    assert attrs.evolve(history.values[0]) == history.values[0]


def test_default_book_is_one_immutable_instance():
    assert default_book() is default_book()


def test_html_views_of_histories_and_tables():
    amount = Parameter(
        key="t.amount", kind=ValueKind.AMOUNT, title_zh="金额", title_en="amount", unit="yuan/year"
    )
    national = ParameterHistory(
        values=(dv(date(2004, 1, 1), Decimal("600.00")), dv(date(2012, 1, 1), Decimal("960.00")))
    )
    book = PolicyBook(
        parameters=(amount,),
        entries=(Entry(key="t.amount", jurisdiction=NATIONAL, history=national),),
    ).override(
        "t.amount",
        None,
        start=date(2020, 1, 1),
        jurisdiction=DINGNAN,
        citation=Citation(title="<x>", confidence=Confidence.ILLUSTRATIVE),
    )
    table = book.table("t.amount")
    assert [(j.code, r.start, end) for j, r, end in table.rows()] == [
        ("000000", date(2004, 1, 1), date(2012, 1, 1)),
        ("000000", date(2012, 1, 1), None),
        ("360728", date(2020, 1, 1), None),
    ]
    page = table._repr_html_()
    assert page.count("<tr>") == 4 and "closed" in page and "&lt;x&gt;" in page
    assert "<x>" not in page and "yuan/year" in page
    unitless = PolicyBook(parameters=(AGE,), entries=(entry(NATIONAL, dv(date(2000, 1, 1), 60)),))
    assert "()" not in unitless.table("t.age")._repr_html_()
    assert "closed" in book.history("t.amount", DINGNAN)._repr_html_()
    assert book.history("t.amount", NATIONAL)._repr_html_().count("<tr>") == 3


def _twice_the_amount(book, where, on):
    _twice_the_amount.calls += 1
    return book.value("reward_assistance.amount", on=on, jurisdiction=where) * 2


_twice_the_amount.calls = 0


def test_derive_computes_once_per_jurisdiction_and_date():
    book = default_book().override(
        "reward_assistance.amount",
        "1000",
        start=date(2012, 1, 1),
        jurisdiction=DINGNAN,
        citation=Citation(title="what-if", confidence=Confidence.ILLUSTRATIVE),
    )
    before = _twice_the_amount.calls
    on = date(2012, 6, 30)
    assert book.derive(_twice_the_amount, on=on, jurisdiction=DINGNAN) == Decimal("2000.00")
    assert book.derive(_twice_the_amount, on=on, jurisdiction=DINGNAN) == Decimal("2000.00")
    assert book.derive(_twice_the_amount, on=on, jurisdiction=JIANGXI) == Decimal("1920.00")
    assert _twice_the_amount.calls - before == 2  # DINGNAN once, JIANGXI once
    # a pickled book carries no remembered answers: they are recomputed, and still right
    clone = pickle.loads(pickle.dumps(book))
    assert clone.derive(_twice_the_amount, on=on, jurisdiction=DINGNAN) == Decimal("2000.00")


def test_derive_forgets_exceptions_and_checks_its_arguments():
    book = default_book()
    with pytest.raises(NoValueForDateError):
        book.derive(_twice_the_amount, on=date(2000, 1, 1), jurisdiction=DINGNAN)
    with pytest.raises(NoValueForDateError):  # raised again: nothing was remembered
        book.derive(_twice_the_amount, on=date(2000, 1, 1), jurisdiction=DINGNAN)
    with pytest.raises(InvalidInputError, match="jurisdiction"):
        book.derive(_twice_the_amount, on=date(2012, 1, 1), jurisdiction="360781")
    with pytest.raises(InvalidInputError, match="on"):
        book.derive(_twice_the_amount, on=["2012-01-01"], jurisdiction=DINGNAN)
    with pytest.raises(InvalidInputError, match="on"):
        book.derive(_twice_the_amount, on="2012-01-01", jurisdiction=DINGNAN)


def test_derive_keeps_a_bounded_number_of_answers(monkeypatch):
    from fpcore.params import _book

    monkeypatch.setattr(_book, "_DERIVED", 3)
    book = PolicyBook(parameters=default_book().parameters, entries=default_book().entries)
    days = [date(2012, 1, d) for d in range(1, 11)]
    answers = [book.derive(_twice_the_amount, on=d, jurisdiction=DINGNAN) for d in days]
    assert answers == [Decimal("1920.00")] * len(days)
    assert len(book._derived) <= 3


# -- horizons, coverage and age bands ---------------------------------------------------------


def test_every_built_in_history_records_how_far_its_sources_were_checked():
    book = default_book()
    missing = [
        f"{entry.key}@{entry.jurisdiction.code}"
        for entry in book.entries
        if entry.history.verified_through is None
    ]
    assert missing == []
    for key in book:
        assert book.verified_through(key, jurisdiction=DINGNAN) is not None, key


def test_verified_through_is_the_earliest_along_the_chain():
    c = Citation(title="示例", confidence=Confidence.ILLUSTRATIVE)
    book = default_book()
    late = Entry(
        key="reward_assistance.min_age",
        jurisdiction=JIANGXI,
        history=ParameterHistory(
            values=(DatedValue(start=date(2004, 1, 1), value=61, citation=c),),
            verified_through=date(2010, 1, 1),
        ),
    )
    others = tuple(
        e
        for e in book.entries
        if (e.key, e.jurisdiction.code) != ("reward_assistance.min_age", JIANGXI.code)
    )
    edited = PolicyBook(parameters=book.parameters, entries=(*others, late))
    assert edited.verified_through("reward_assistance.min_age", jurisdiction=DINGNAN) == date(
        2010, 1, 1
    )
    assert edited.verified_through("reward_assistance.min_age", jurisdiction=NATIONAL) == date(
        2026, 11, 1
    )
    r = edited.resolve("reward_assistance.min_age", on=date(2012, 1, 1), jurisdiction=DINGNAN)
    assert r.verified_through == date(2010, 1, 1)


def test_verified_through_checks_its_arguments():
    book = default_book()
    with pytest.raises(UnknownParameterError):
        book.verified_through("no.such.key", jurisdiction=DINGNAN)
    with pytest.raises(InvalidInputError, match="jurisdiction"):
        book.verified_through("reward_assistance.amount", jurisdiction="360728")


def test_a_book_without_horizons_reports_none():
    c = Citation(title="示例", confidence=Confidence.ILLUSTRATIVE)
    parameter = Parameter(key="x.age", kind=ValueKind.AGE, title_zh="年龄", title_en="age")
    entry = Entry(
        key="x.age",
        jurisdiction=NATIONAL,
        history=ParameterHistory(values=(DatedValue(start=date(2000, 1, 1), value=1, citation=c),)),
    )
    book = PolicyBook(parameters=(parameter,), entries=(entry,))
    assert book.verified_through("x.age", jurisdiction=DINGNAN) is None
    assert book.resolve("x.age", on=date(2030, 1, 1), jurisdiction=DINGNAN).verified_through is None
    assert checked_through(date(2020, 1, 1), (entry,))[0].history.verified_through == date(
        2020, 1, 1
    )
    kept = attrs.evolve(
        entry, history=attrs.evolve(entry.history, verified_through=date(2001, 1, 1))
    )
    assert checked_through(date(2020, 1, 1), (kept,))[0].history.verified_through == date(
        2001, 1, 1
    )


def test_an_override_keeps_the_horizon_of_the_history_it_edits():
    book = default_book().override(
        "reward_assistance.amount",
        "1300",
        start=date(2020, 1, 1),
        jurisdiction=NATIONAL,
        citation=Citation(title="what-if", confidence=Confidence.ILLUSTRATIVE),
    )
    assert book.history("reward_assistance.amount", NATIONAL).verified_through == date(2026, 11, 1)


def test_coverage_has_one_row_per_dated_record():
    book = default_book()
    rows = coverage(book)
    assert len(rows) == sum(len(e.history.values) for e in book.entries)
    assert all(isinstance(row, CoverageRow) for row in rows)
    first = [r for r in rows if r.key == "special_assistance.amount.death.urban"]
    # 2008: 100, 2012: 135, 2014: 340, 2022-05-10: 450 (attested), 2022-07-01: 590
    assert [str(r.value) for r in first] == ["100.00", "135.00", "340.00", "450.00", "590.00"]
    assert [r.end for r in first][:2] == [date(2012, 1, 1), date(2014, 1, 1)]
    assert first[-1].end is None
    assert first[-1].confidence is Confidence.OFFICIAL
    assert first[-1].verified_through == date(2026, 11, 1)
    assert first[-1].unit == "yuan/person/month"
    with pytest.raises(InvalidInputError, match="book"):
        coverage({})


def test_age_bands_pick_the_band_that_holds_an_age():
    bands = AgeBands((AgeBand(60, None), AgeBand(49, Decimal("950.00"))))
    assert [b.from_age for b in bands.bands] == [49, 60]
    assert bands.at(48) is None
    assert bands.at(49).amount == Decimal("950.00")
    assert bands.at(59).amount == Decimal("950.00")
    assert bands.at(60).amount is None
    assert bands.at(150).amount is None
    assert str(bands) == "49–59: 950.00; 60+: not given"


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: AgeBands(()), "bands"),
        (lambda: AgeBands((AgeBand(49, None), AgeBand(49, None))), "bands"),
        (lambda: AgeBands(("49",)), "bands"),
        (lambda: AgeBand(-1, None), "from_age"),
        (lambda: AgeBand(True, None), "from_age"),
        (lambda: AgeBand(151, None), "from_age"),
        (lambda: AgeBand(49, Decimal("-1")), "amount"),
        (lambda: AgeBand(49, Decimal("NaN")), "amount"),
        (lambda: AgeBand(49, 950), "amount"),
    ],
)
def test_age_bands_refuse_bad_input(make, field):
    with pytest.raises(InvalidInputError, match=field):
        make()


def test_age_band_parameters_are_checked_and_normalised():
    parameter = Parameter(
        key="x.bands", kind=ValueKind.AMOUNT_BY_AGE, title_zh="分段", title_en="bands"
    )
    normal = parameter.coerce(AgeBands((AgeBand(49, Decimal("950")), AgeBand(60, None))))
    assert isinstance(normal, AgeBands)
    assert str(normal.bands[0].amount) == "950.00"
    with pytest.raises(InvalidInputError, match="AgeBands"):
        parameter.coerce(Decimal("950"))
    c = Citation(title="示例", confidence=Confidence.ILLUSTRATIVE)
    raw = AgeBands((AgeBand(49, Decimal("950")),))
    with pytest.raises(InvalidInputError, match="normal form"):
        PolicyBook(
            parameters=(parameter,),
            entries=(
                Entry(
                    key="x.bands",
                    jurisdiction=NATIONAL,
                    history=ParameterHistory(
                        values=(DatedValue(start=date(2000, 1, 1), value=raw, citation=c),)
                    ),
                ),
            ),
        )
    book = PolicyBook(
        parameters=(parameter,),
        entries=(
            Entry(
                key="x.bands",
                jurisdiction=NATIONAL,
                history=ParameterHistory(
                    values=(DatedValue(start=date(2000, 1, 1), value=normal, citation=c),)
                ),
            ),
        ),
    )
    r = book.resolve("x.bands", on=date(2001, 1, 1), jurisdiction=NATIONAL)
    assert r.as_bands() == normal
    with pytest.raises(ParameterTypeError):
        r.as_decimal()
    amount = default_book().resolve(
        "reward_assistance.amount", on=date(2010, 1, 1), jurisdiction=NATIONAL
    )
    with pytest.raises(ParameterTypeError):
        amount.as_bands()
