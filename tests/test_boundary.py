"""The input boundary (issue 13): caches keyed safely, typed errors, the library's own context."""

import decimal
import threading
from datetime import date
from decimal import Decimal

import pytest

import fpcore
from fpcore import (
    DINGNAN,
    GANZHOU,
    JIANGXI,
    NATIONAL,
    Child,
    Citation,
    Confidence,
    Family,
    Hukou,
    InvalidInputError,
    Jurisdiction,
    Person,
    Sex,
    UnknownParameterError,
    default_book,
)
from fpcore.errors import shown
from fpcore.params import _book

KEY = "reward_assistance.amount"
WHAT_IF = Citation(title="what-if", confidence=Confidence.ILLUSTRATIVE)


def couple(jurisdiction=DINGNAN):
    return Family(
        father=Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=Hukou.RURAL),
        mother=Person(sex=Sex.FEMALE, birth_date=date(1950, 5, 2), hukou=Hukou.RURAL),
        children=(Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True),),
        jurisdiction=jurisdiction,
    )


# -- S1-1: caches keyed by the whole jurisdiction -------------------------------------------------


def _hostile_dingnan():
    # A Dingnan carrying an edited chain: its "Ganzhou" hangs straight under the nation, so
    # Jiangxi's 1,200 yuan (from 2016) is skipped and the national 960 would apply.
    fake_ganzhou = Jurisdiction(code="360700", name_zh="赣州市", name_en="Ganzhou", parent=NATIONAL)
    return Jurisdiction(
        code="360728", name_zh="定南县", name_en="Dingnan County", parent=fake_ganzhou
    )


def test_hostile_chain_cannot_change_a_later_genuine_answer():
    book = fpcore.PolicyBook(parameters=default_book().parameters, entries=default_book().entries)
    on = date(2020, 1, 1)
    # The hostile request comes first and is answered by its own chain (national 960.00) ...
    assert book.value(KEY, on=on, jurisdiction=_hostile_dingnan()) == Decimal("960.00")
    assert fpcore.assess(
        "reward_assistance", couple(_hostile_dingnan()), on=on, book=book
    ).amount == Decimal("1920.00")
    # ... and the genuine Dingnan still gets Jiangxi's 1,200.00 per person, 2 × 1,200 = 2,400.
    assert book.value(KEY, on=on, jurisdiction=DINGNAN) == Decimal("1200.00")
    assert fpcore.assess("reward_assistance", couple(), on=on, book=book).amount == Decimal(
        "2400.00"
    )
    assert book.resolve(KEY, on=on, jurisdiction=DINGNAN).requested is DINGNAN


def test_same_code_under_another_parent_is_resolved_by_its_own_chain():
    # RELIABILITY S1-1: an override at Ganzhou reaches Ruijin only through Ganzhou.
    book = default_book().override(
        KEY, "5000", start=date(2012, 1, 1), jurisdiction=GANZHOU, citation=WHAT_IF
    )
    via = Jurisdiction(code="360781", name_zh="瑞金市", name_en="Ruijin", parent=GANZHOU)
    direct = Jurisdiction(code="360781", name_zh="瑞金市", name_en="Ruijin", parent=JIANGXI)
    on = date(2013, 1, 1)
    assert book.value(KEY, on=on, jurisdiction=direct) == Decimal("960.00")
    assert book.value(KEY, on=on, jurisdiction=via) == Decimal("5000.00")
    assert fpcore.assess("reward_assistance", couple(via), on=on, book=book).amount == Decimal(
        "10000.00"
    )


def test_timelines_are_bounded(monkeypatch):
    monkeypatch.setattr(_book, "_TIMELINES", 3)
    book = fpcore.PolicyBook(parameters=default_book().parameters, entries=default_book().entries)
    for n in range(10):
        county = Jurisdiction(code=f"3607{81 + n}", name_zh="县", name_en="County", parent=GANZHOU)
        assert book.value(KEY, on=date(2013, 1, 1), jurisdiction=county) == Decimal("960.00")
        assert len(book._timelines) <= 3


def test_unhashable_key_is_an_unknown_parameter():
    with pytest.raises(UnknownParameterError):
        default_book().value(["k"], on=date(2010, 1, 1), jurisdiction=DINGNAN)


# -- S3-3: one default book under concurrent first use --------------------------------------------


def test_default_book_is_one_instance_under_concurrent_first_use(monkeypatch):
    from fpcore import params

    monkeypatch.setattr(params, "_DEFAULT", [])
    gate = threading.Barrier(8)
    seen = []

    def first_use():
        gate.wait()
        seen.append(params.default_book())

    threads = [threading.Thread(target=first_use) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(book) for book in seen}) == 1


def test_default_book_waiting_thread_takes_the_book_built_meanwhile(monkeypatch):
    from fpcore import params

    built = default_book()
    monkeypatch.setattr(params, "_DEFAULT", [])
    got = []
    with params._DEFAULT_LOCK:
        waiter = threading.Thread(target=lambda: got.append(params.default_book()))
        waiter.start()
        waiter.join(0.05)
        params._DEFAULT.append(built)  # another thread finished building while this one waited
    waiter.join()
    assert got == [built]


# -- S2-1: errors whose value cannot be shown -----------------------------------------------------


def test_invalid_input_error_with_a_huge_int():
    with pytest.raises(InvalidInputError) as caught:
        Person(sex=10**5000, birth_date=date(1950, 1, 1), hukou=Hukou.RURAL)
    assert "digits" in str(caught.value)


def test_invalid_input_error_with_a_deeply_nested_value():
    deep: list[object] = []
    for _ in range(100_000):
        deep = [deep]
    err = InvalidInputError("x", deep, "is bad")
    assert str(err).startswith("x: [[[")


def test_shown_survives_a_failing_repr():
    class Hostile:
        def __repr__(self):
            raise RuntimeError("no")

    assert shown(Hostile()).startswith("<Hostile")
    assert shown(-(10**5000)) == "<int of about 5001 digits>"


def test_shown_of_a_value_reprlib_cannot_handle(monkeypatch):
    from fpcore import errors

    def broken(value):
        raise RecursionError

    monkeypatch.setattr(errors._SHOWN, "repr", broken)
    assert shown(5) == "<int>"


def test_error_listing_several_problems():
    two = (("a", "1 is bad"), ("b", "2 is bad"))
    err = InvalidInputError("a", 1, "is bad", problems=two, truncated=True)
    assert err.problems == two
    assert str(err) == "2+ problems:\na: 1 is bad\nb: 2 is bad\n… checking stopped after 2 problems"
    assert (
        str(InvalidInputError("a", 1, "is bad", problems=two))
        == "2 problems:\na: 1 is bad\nb: 2 is bad"
    )


# -- S1-3: money in fpcore's own decimal context ----------------------------------------------------


def _year_of_reward(book):
    family = couple()
    family = Family(
        father=family.father, mother=None, children=family.children, jurisdiction=DINGNAN
    )
    return fpcore.entitlement(
        "reward_assistance", family, start=date(2013, 1, 1), end=date(2013, 12, 31), book=book
    )


def test_a_years_entitlement_ignores_the_callers_context():
    # 1,000 yuan a year: 83.33 a month (1000 / 12 = 83.333…, to the fen), × 12 = 999.96.
    book = default_book().override(
        KEY, "1000", start=date(2012, 1, 1), jurisdiction=DINGNAN, citation=WHAT_IF
    )
    assert _year_of_reward(book).total == Decimal("999.96")
    with decimal.localcontext(prec=4) as hostile:
        hostile.traps[decimal.Inexact] = True
        hostile.traps[decimal.Rounded] = True
        entitlement = _year_of_reward(book)
        assert entitlement.total == Decimal("999.96")
        assert {m.amount for m in entitlement.months} == {Decimal("83.33")}
        decision = fpcore.assess("reward_assistance", couple(), on=date(2013, 1, 1), book=book)
        assert decision.amount == Decimal("2000.00")
        assert decimal.getcontext() is hostile


def test_amounts_are_bounded_so_sums_stay_exact():
    with pytest.raises(InvalidInputError, match="out of range"):
        default_book().override(
            KEY, "1e45", start=date(2012, 1, 1), jurisdiction=DINGNAN, citation=WHAT_IF
        )
    book = default_book().override(
        KEY, "999999999999999.99", start=date(2012, 1, 1), jurisdiction=DINGNAN, citation=WHAT_IF
    )
    # 2 × 999,999,999,999,999.99, exactly
    assert fpcore.assess(
        "reward_assistance", couple(), on=date(2013, 1, 1), book=book
    ).amount == Decimal("1999999999999999.98")
