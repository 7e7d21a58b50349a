"""Invariants every registered programme keeps (SG-3), the registry, properties, pickling."""

import pickle
from datetime import date, timedelta
from decimal import Decimal

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from fpcore import (
    DINGNAN,
    GANZHOU,
    JIANGXI,
    NATIONAL,
    Citation,
    Confidence,
    InvalidInputError,
    Jurisdiction,
    UnknownProgramError,
    assess,
    default_book,
    entitlement,
    programs,
)
from fpcore.dates import anniversary, month_start, next_month_start
from fpcore.incentives import PROGRAMMES, program
from fpcore.params import AgeBand, AgeBands
from fpcore.strategies import families

from .conftest import couple, girl

WHAT_IF = Citation(title="测算", confidence=Confidence.ILLUSTRATIVE)
DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))
FAMILIES = families(min_date=date(1935, 1, 1), max_date=date(2028, 12, 31), max_children=3)
OTHER = Jurisdiction(code="360729", name_zh="全南县", name_en="Quannan County", parent=GANZHOU)


def test_registry_lists_the_five_programmes():
    assert programs() == (
        "reward_assistance",
        "special_assistance",
        "one_child_parent_reward",
        "family_planning_insurance",
        "childcare_subsidy",
    )


def test_unknown_code_lists_the_known_ones():
    with pytest.raises(UnknownProgramError) as info:
        assess("nope", couple(), on=date(2010, 1, 1))
    assert info.value.known == programs() and "reward_assistance" in str(info.value)
    with pytest.raises(KeyError):
        entitlement("nope", couple(), start=date(2010, 1, 1), end=date(2010, 2, 1))


@pytest.mark.parametrize("code", programs())
class TestEveryProgramme:
    def test_module_declares_code_references_and_keys(self, code):
        p = program(code)
        module = __import__(f"fpcore.incentives.{code}", fromlist=["CODE"])
        assert module.CODE == code == p.code
        assert "References:" in module.__doc__
        book = default_book()
        assert all(key in book for key in p.keys)
        assert p.title.zh and p.title.en and p.proration.en

    def test_bad_arguments_name_the_field(self, code):
        with pytest.raises(InvalidInputError, match="family"):
            assess(code, "family", on=date(2010, 1, 1))
        with pytest.raises(InvalidInputError, match="on"):
            assess(code, couple(), on="2010-01-01")
        with pytest.raises(InvalidInputError, match="book"):
            assess(code, couple(), on=date(2010, 1, 1), book={})
        with pytest.raises(InvalidInputError, match="end"):
            entitlement(code, couple(), start=date(2010, 2, 1), end=date(2010, 1, 1))
        with pytest.raises(InvalidInputError, match="end"):
            entitlement(code, couple(), start=date(2010, 2, 1), end="x")

    def test_not_in_force_is_a_normal_decision(self, code):
        d = assess(code, couple(children=(girl(),)), on=date(1990, 1, 1))
        assert not d.eligible and d.amount == Decimal("0.00")
        check = d.check(f"{code}.in_force")
        assert check.passed is False and check.citation is not None
        assert d.explain("en") and d.explain("zh") and d._repr_html_()

    @given(family=FAMILIES, on=DATES)
    def test_amount_is_the_sum_of_shares_and_never_negative(self, code, family, on):
        d = assess(code, family, on=on)
        if d.eligible is None:  # undetermined: no amount at all, not zero
            assert d.amount is None and d.breakdown == () and d.undecided
            return
        assert d.amount is not None
        assert d.amount >= 0 and all(s.amount >= 0 for s in d.breakdown)
        assert d.amount == (sum(s.amount for s in d.breakdown) if d.eligible else 0)
        assert not d.eligible or d.amount > 0
        assert all(c.code.startswith(code) for c in d.checks)
        assert d.explain("en") and d.explain("zh")

    @given(family=FAMILIES, on=DATES, data=st.data())
    def test_order_of_children_is_irrelevant(self, code, family, on, data):
        shuffled = data.draw(st.permutations(family.children))
        other = attrs.evolve(family, children=tuple(shuffled))
        a, b = assess(code, family, on=on), assess(code, other, on=on)
        assert (a.eligible, a.amount, a.breakdown) == (b.eligible, b.amount, b.breakdown)

    @given(family=FAMILIES, year=st.integers(2004, 2028))
    def test_a_years_total_is_the_sum_of_its_months(self, code, family, year):
        e = entitlement(code, family, start=date(year, 1, 1), end=date(year, 12, 31))
        assert len(e.months) == 12
        determined = [m.amount for m in e.months if m.amount is not None]
        assert e.total == sum(determined, Decimal("0.00"))
        assert e.paid_months == sum(1 for amount in determined if amount > 0)
        assert e.undetermined_months == len(e.months) - len(determined)

    @given(family=FAMILIES, on=DATES)
    def test_amount_changes_only_at_a_parameter_change_or_an_age_limit(self, code, family, on):
        after = on + timedelta(days=1)
        a, b = assess(code, family, on=on), assess(code, family, on=after)
        if a.amount == b.amount:
            return
        # every date and age limit comes from the book: the starts of the records of the
        # programme's keys, the dates they hold, and the ages they hold
        book = default_book()
        records = [
            record
            for key in program(code).keys
            for level in family.jurisdiction.chain
            if (history := book.history(key, level)) is not None
            for record in history.values
        ]
        changes = {record.start for record in records}
        limits = {r.value for r in records if isinstance(r.value, date)}
        years = {r.value for r in records if type(r.value) is int}
        years |= {
            b.from_age for r in records if isinstance(r.value, AgeBands) for b in r.value.bands
        }
        people = [*family.spouses, *family.children]
        events = {d for who in people for d in (who.birth_date, who.death_date) if d is not None}
        events |= {family.one_child_certificate_on} - {None}  # type: ignore[arg-type]
        events |= {limit + timedelta(days=1) for limit in limits}
        events |= {anniversary(who.birth_date, n) for who in people for n in years}
        # programmes paid by the month change on the first day of a month after such an event
        # (the month after a birthday, of a birth, of a certificate) — and only then
        months = {m for d in events for m in (month_start(d), next_month_start(d))}
        assert after in changes | events | months, (after, a.amount, b.amount)

    @given(family=FAMILIES, on=DATES)
    def test_a_what_if_book_changes_nothing_outside_its_jurisdiction(self, code, family, on):
        assume(not family.jurisdiction.is_within(OTHER))
        book = default_book()
        for key in program(code).keys:
            kind = book.parameter(key).kind.value
            value = {
                "amount": "9999",
                "age": 1,
                "date": date(1900, 1, 1),
                "flag": True,
                "count": 1,
                "amount_by_age": AgeBands((AgeBand(0, Decimal("9999")),)),
            }[kind]
            book = book.override(
                key, value, start=date(2000, 1, 1), jurisdiction=OTHER, citation=WHAT_IF
            )
        assert assess(code, family, on=on, book=book) == assess(code, family, on=on)

    def test_decisions_and_entitlements_pickle(self, code):
        family = couple(children=(girl(),))
        d = assess(code, family, on=date(2012, 3, 1))
        assert pickle.loads(pickle.dumps(d)) == d
        e = entitlement(code, family, start=date(2012, 1, 1), end=date(2012, 3, 1))
        assert pickle.loads(pickle.dumps(e)) == e
        assert pickle.loads(pickle.dumps(program(code))) == program(code)


def test_models_and_books_pickle():
    family = couple(children=(girl(),))
    assert pickle.loads(pickle.dumps(family)) == family
    book = default_book().override(
        "reward_assistance.amount",
        "1200",
        start=date(2012, 1, 1),
        jurisdiction=DINGNAN,
        citation=WHAT_IF,
    )
    again = pickle.loads(pickle.dumps(book))
    assert assess("reward_assistance", family, on=date(2013, 1, 1), book=again).amount == Decimal(
        "2400.00"
    )


def test_a_dingnan_reform_leaves_other_counties_alone():
    book = default_book().override(
        "reward_assistance.amount",
        "1200",
        start=date(2012, 1, 1),
        jurisdiction=DINGNAN,
        citation=WHAT_IF,
    )
    for where, expected in (
        (DINGNAN, "2400.00"),
        (OTHER, "1920.00"),
        (JIANGXI, "1920.00"),
        (NATIONAL, "1920.00"),
    ):
        family = couple(children=(girl(),), jurisdiction=where)
        assert assess(
            "reward_assistance", family, on=date(2013, 1, 1), book=book
        ).amount == Decimal(expected)


def test_programmes_are_registered_once():
    assert len({p.code for p in PROGRAMMES}) == len(PROGRAMMES)
