"""Each programme reads exactly the policy-book keys its ``Programme.keys`` declares.

A recording book: ``PolicyBook`` is final, so its reading methods (``resolve`` and
``history``) are instrumented for the duration of a run, and the keys read are collected.
Keys read by the birth-policy classifier on a programme's behalf (reward-and-assistance asks
it about births without a ruling on file) belong to ``fpcore.births``, not to the programme,
and are not counted. ``derive`` remembers its answer per book and date, so each run uses a
fresh book: every parameter function runs at least once per date.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

import fpcore.incentives.reward_assistance as reward_assistance
from fpcore import DINGNAN, Child, Family, Hukou, Person, PolicyBook, Sex, default_book, programs
from fpcore.incentives import program
from fpcore.strategies import families
from fpcore.synthetic import DINGNAN_2010, county

# a date in each era of the programmes: before 2004, the 2004/2009/2012 rates, the one-child
# era's end, the 2021 law, the childcare subsidy of 2025, and past the horizon of the sources
ERAS = tuple(
    date(year, month, 1)
    for year in (1998, 2004, 2008, 2009, 2012, 2015, 2016, 2021, 2022, 2025, 2026, 2030)
    for month in (1, 7)
)


def _fresh() -> PolicyBook:
    base = default_book()
    return PolicyBook(parameters=base.parameters, entries=base.entries)


@contextmanager
def recording() -> Iterator[set[str]]:
    """The keys the programmes read while the block runs (births' own reads left out)."""
    read: set[str] = set()
    pause = [0]
    resolve, history = PolicyBook.resolve, PolicyBook.history
    classify = reward_assistance.classify_birth

    def record_resolve(self, key, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not pause[0]:
            read.add(key)
        return resolve(self, key, *args, **kwargs)

    def record_history(self, key, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not pause[0]:
            read.add(key)
        return history(self, key, *args, **kwargs)

    def classify_births_own(*args, **kwargs):  # type: ignore[no-untyped-def]
        pause[0] += 1
        try:
            return classify(*args, **kwargs)
        finally:
            pause[0] -= 1

    with (
        mock.patch.object(PolicyBook, "resolve", record_resolve),
        mock.patch.object(PolicyBook, "history", record_history),
        mock.patch.object(reward_assistance, "classify_birth", classify_births_own),
    ):
        yield read


@settings(max_examples=150, deadline=None)
@given(family=families(), on=st.sampled_from(ERAS), code=st.sampled_from(programs()))
def test_a_programme_reads_no_key_it_does_not_declare(family, on, code):
    programme = program(code)
    with recording() as read:
        programme.rule(family, on, on, _fresh())
    assert read <= set(programme.keys), read - set(programme.keys)


def _special_cases() -> list[Family]:
    """Families the synthetic county lacks: disabled children, surgery complications."""
    found = []
    for hukou in Hukou:
        for grade in (1, 2, 3):
            mum = Person(
                sex=Sex.FEMALE,
                birth_date=date(1950, 1, 1),
                hukou=hukou,
                surgery_complication_grade=grade,
            )
            girl = Child(sex=Sex.FEMALE, birth_date=date(1978, 1, 1), disability_grade=grade)
            found.append(Family(mother=mum, father=None, children=(girl,), jurisdiction=DINGNAN))
    return found


def test_every_key_a_programme_declares_is_read_somewhere():
    population = [*county(DINGNAN_2010.scaled(400), seed=3), *_special_cases()]
    for code in programs():
        programme = program(code)
        with recording() as read:
            for on in ERAS:
                book = _fresh()
                for family in population:
                    programme.rule(family, on, on, book)
        assert read == set(programme.keys), (code, set(programme.keys) ^ read)
