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


# -- S2-3: the edges of the calendar -----------------------------------------------------------


@pytest.mark.parametrize("code", fpcore.programs())
def test_entitlement_at_the_edges_of_the_calendar_is_a_typed_error(code):
    old = Family(
        father=Person(sex=Sex.MALE, birth_date=date(1, 1, 1), hukou=Hukou.RURAL),
        mother=None,
        children=(Child(sex=Sex.FEMALE, birth_date=date(25, 8, 1), within_policy=True),),
        jurisdiction=DINGNAN,
    )
    # a family alive in year 9999 (a couple born in the 1940s would be past MAX_AGE)
    late = Family(
        father=Person(sex=Sex.MALE, birth_date=date(9948, 3, 1), hukou=Hukou.RURAL),
        mother=Person(sex=Sex.FEMALE, birth_date=date(9950, 5, 2), hukou=Hukou.RURAL),
        children=(Child(sex=Sex.FEMALE, birth_date=date(9975, 8, 1), within_policy=True),),
        jurisdiction=DINGNAN,
    )
    with pytest.raises(InvalidInputError) as info:
        fpcore.entitlement(code, old, start=date(1, 1, 1), end=date(1, 3, 1))
    assert info.value.field == "start"
    with pytest.raises(InvalidInputError) as info:
        fpcore.entitlement(code, late, start=date(9999, 1, 1), end=date(9999, 12, 31))
    assert info.value.field == "end"
    # the months just inside work
    fpcore.entitlement(code, old, start=date(1, 2, 1), end=date(1, 3, 1))
    fpcore.entitlement(code, late, start=date(9999, 11, 1), end=date(9999, 11, 30))


def test_month_arithmetic_outside_the_calendar_is_a_typed_error():
    from fpcore import dates

    for day, months in ((date(1, 1, 1), -1), (date(9999, 12, 1), 1), (date(2000, 1, 1), 10**30)):
        with pytest.raises(InvalidInputError):
            dates.add_months(day, months)
    with pytest.raises(InvalidInputError):
        dates.next_month_start(date(9999, 12, 5))
    assert dates.add_months(date(9999, 11, 30), 1) == date(9999, 12, 30)


# -- S2-4: every public function checks book= and family= ----------------------------------------


def _book_takers():
    from fpcore.batch import assess_many, reform_cost, total_outlay
    from fpcore.births import (
        classify_birth,
        classify_births,
        eras,
        leave_entitlements,
        social_maintenance_fee,
    )
    from fpcore.incentives import one_card
    from fpcore.indicators import records_from_families, sex_ratio_at_birth, sex_ratio_significance

    family = couple()
    child = family.children[0]
    on = date(2012, 3, 1)
    ratio = sex_ratio_at_birth(male=1300, female=1200)
    return {
        "classify_birth": lambda book: classify_birth(family, child, book=book),
        "classify_births": lambda book: classify_births(family, book=book),
        "social_maintenance_fee": lambda book: social_maintenance_fee(family, child, book=book),
        "eras": lambda book: eras(DINGNAN, book=book),
        "leave_entitlements": lambda book: leave_entitlements(family, book=book),
        "sex_ratio_significance": lambda book: sex_ratio_significance(ratio, on=on, book=book),
        "records_from_families": lambda book: list(records_from_families([family], book=book)),
        "assess": lambda book: fpcore.assess("reward_assistance", family, on=on, book=book),
        "entitlement": lambda book: fpcore.entitlement(
            "reward_assistance", family, start=on, end=on, book=book
        ),
        "one_card": lambda book: one_card(family, on=on, book=book),
        "assess_many": lambda book: list(
            assess_many("reward_assistance", [family], on=on, book=book)
        ),
        "total_outlay": lambda book: total_outlay("reward_assistance", [family], on=on, book=book),
        "reform_cost": lambda book: reform_cost("reward_assistance", [family], on=on, reform=book),
    }


@pytest.mark.parametrize("name", sorted(_book_takers()))
@pytest.mark.parametrize("bad", [{}, "x", True, 5])
def test_a_bad_book_is_invalid_input(name, bad):
    with pytest.raises(InvalidInputError) as info:
        _book_takers()[name](bad)
    assert info.value.field in {"book", "reform", "base"}


def test_functions_taking_a_family_check_it():
    from fpcore.births import classify_births, leave_entitlements
    from fpcore.indicators import records_from_families

    for call in (
        lambda: classify_births(None),
        lambda: leave_entitlements(None),
        lambda: list(records_from_families(5)),
        lambda: list(records_from_families("families")),
    ):
        with pytest.raises(InvalidInputError):
            call()


def test_book_lookups_with_bad_arguments():
    book = default_book()
    with pytest.raises(InvalidInputError):
        book.history(KEY, "360728")
    assert ["k"] not in book
    with pytest.raises(UnknownParameterError):
        book.resolve(["k"], on=date(2010, 1, 1), jurisdiction=DINGNAN)


def test_jurisdiction_lookups_with_bad_arguments():
    from fpcore.jurisdictions import lookup

    for bad in (5, [5], "", {}):
        if bad in ("", {}):
            with pytest.raises(InvalidInputError):
                lookup("360728", extra=bad)
            continue
        with pytest.raises(InvalidInputError):
            lookup("360728", extra=bad)
    with pytest.raises(InvalidInputError):
        lookup(["360728"])
    with pytest.raises(InvalidInputError):
        DINGNAN.is_within("360000")
    assert lookup("360728") is DINGNAN
    ruijin = Jurisdiction(code="360781", name_zh="瑞金市", name_en="Ruijin", parent=GANZHOU)
    assert lookup("360781", extra=[ruijin]) is ruijin
    assert lookup("360728", extra=[ruijin]) is DINGNAN


def test_models_refuse_wrong_types_with_typed_errors():
    from fpcore.indicators import Figure, MarriedWoman, Register

    with pytest.raises(InvalidInputError) as info:
        Register(jurisdiction="360728")
    assert info.value.field == "jurisdiction"
    with pytest.raises(InvalidInputError):
        MarriedWoman(method="iud")
    with pytest.raises(InvalidInputError):
        Register(women_by_age=None, jurisdiction=DINGNAN)
    with pytest.raises(InvalidInputError):
        Figure(code=Decimal("sNaN"), printed="1")
    with pytest.raises(InvalidInputError):
        fpcore.money.round_to(Decimal(1), fpcore.money.FEN, "half_up")


# -- S2-5: rates at extreme magnitudes -----------------------------------------------------------


def test_rates_at_extreme_magnitudes():
    from fpcore.indicators import crude_birth_rate, per_capita_funding

    with pytest.raises(InvalidInputError) as info:
        crude_birth_rate(births=1, mean_population=Decimal("1E-999999"))
    assert info.value.field == "mean_population"
    with pytest.raises(InvalidInputError) as info:
        crude_birth_rate(births=10**60, mean_population=1)
    assert info.value.field == "births"
    with pytest.raises(InvalidInputError):
        crude_birth_rate(births=1, mean_population=10**5000)
    for amount in ("1e60", Decimal("9E+999999")):
        with pytest.raises(InvalidInputError):
            per_capita_funding(amount=amount, population=1)
    # the largest accepted parts still print: 1E+30 births per person is 1E+33 ‰
    assert str(crude_birth_rate(births=10**30, mean_population=Decimal("1E-30"))).endswith("‰")


# -- S2-6: models that now validate --------------------------------------------------------------


def test_register_summary_validates_its_fields():
    from fpcore.indicators import RegisterSummary

    good = RegisterSummary(year=2009, jurisdiction=DINGNAN)
    assert good.report().year == 2009
    for bad in (
        {"year": "2009"},
        {"year": 0},
        {"jurisdiction": "Dingnan"},
        {"deaths": "many"},
        {"deaths": -1},
        {"population_start": 1.5},
        {"women_by_age": ((20, -1),)},
        {"women_by_age": [(20, 1)]},
        {"births": ((("female", 1, True), 1),)},
        {"births": ((("female", 1, True, 25), True),)},
        {"married_women": (5,)},
        {"marriages": (((True, 25, True, "x"), 1),)},
        {"deaths_recorded": 1},
    ):
        fields = {"year": 2009, "jurisdiction": DINGNAN, **bad}
        with pytest.raises(InvalidInputError):
            RegisterSummary(**fields)
    RegisterSummary(year=2009, jurisdiction=DINGNAN, births=((("female", 1, None, None), 3),))


def test_reported_table_and_profile_validate():
    from fpcore.indicators import Figure, ReportedTable
    from fpcore.synthetic import Profile

    with pytest.raises(InvalidInputError):
        ReportedTable(title={"a": 1}, figures=[Figure(code="births", printed="2699", year=2009)])
    with pytest.raises(InvalidInputError):
        ReportedTable(title="t", figures=[], jurisdiction="360728")
    counts = {"women_no_child": 1, "women_one_child": 1, "women_two_or_more": 1, "older_couples": 1}
    with pytest.raises(InvalidInputError):
        Profile(jurisdiction=DINGNAN, reference=date(30, 1, 1), **counts)
    with pytest.raises(InvalidInputError):
        Profile(jurisdiction="360728", reference=date(2010, 1, 1), **counts)


# -- coverage of the boundary's own helpers ------------------------------------------------------


def test_run_checks_on_valid_models_and_fields_without_checks():
    import attrs

    from fpcore._validate import checked, is_a, run_checks

    @attrs.frozen
    class Demo:
        a: int = attrs.field(metadata=checked(is_a(int)))
        b: str = "free"

    run_checks(Demo(1))
    with pytest.raises(InvalidInputError):
        run_checks(Demo("x"))
    family = couple()
    for obj in (family, family.mother, family.children[0]):
        run_checks(obj)  # every field valid: nothing raised


def test_valid_values_off_the_fast_path_are_accepted():
    # values the inline check does not cover go through the field validators and pass
    person = Person(
        sex=Sex.MALE,
        birth_date=date(1948, 3, 1),
        hukou=Hukou.RURAL,
        id="A1",
        surgery_complication_grade=2,
    )
    child = Child(
        sex=Sex.MALE,
        birth_date=date(1975, 1, 1),
        disability_grade=2,
        parents={fpcore.Parent.FATHER},
        id="B",
    )
    family = Family(
        father=person,
        mother=None,
        children=[child],
        jurisdiction=DINGNAN,
        second_birth_grounds={fpcore.SecondBirthGround.REMARRIED},
    )
    assert family.children == (child,)
    with pytest.raises(InvalidInputError):
        Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=Hukou.RURAL, id=" ")


def test_numbers_too_large_or_too_long():
    from fpcore.indicators import Rate
    from fpcore.indicators._definitions import CRUDE_BIRTH_RATE
    from fpcore.money import FEN, round_to, to_decimal

    with pytest.raises(InvalidInputError, match="too large a number"):
        to_decimal(10**200)
    with pytest.raises(InvalidInputError, match="too long"):
        to_decimal("1" * 101)
    with pytest.raises(InvalidInputError, match="too large to round"):
        round_to(Decimal("1E60"), FEN)
    with pytest.raises(InvalidInputError, match="too large a number"):
        Rate(definition=CRUDE_BIRTH_RATE, numerator=10**200, denominator=1)
