"""The standing hostile-input suite (issue 15): every public entry point, fed hostile input.

Each example picks an entry point (a public function, a public model's constructor, or a
method of a built object), fills every parameter either with a plausible value for its name
(a generated family, a date, the default book…) or with a hostile one (a wrong type, year 1
or 9999, a huge or tiny Decimal, NaN, a long string, deep nesting, an impossible family built
by hand), calls it, and renders what it returns. The call must return, or raise an
:class:`~fpcore.errors.FpcoreError` — never a built-in exception, ``RecursionError`` or
``MemoryError``. A :class:`~fpcore.errors.FpcoreWarning` about an unusual family is fine.

Profiles: ``ci`` (300 examples per group) keeps the module within about a minute;
``HYPOTHESIS_PROFILE=long`` (100,000 examples per group) is for on-demand runs::

    HYPOTHESIS_PROFILE=long PYTHONPATH=src python -m pytest -p no:cacheprovider tests/test_hostile.py
"""

from __future__ import annotations

import functools
import inspect
import itertools
import sys
import warnings
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fpcore
from fpcore import (
    FpcoreError,
    FpcoreWarning,
    assessment,
    batch,
    births,
    dates,
    incentives,
    indicators,
    jurisdictions,
    money,
    serde,
    synthetic,
)
from fpcore.assessment.sheets import BUILT_IN_SHEETS
from fpcore.family import Child, Family, Hukou, Parent, Person, SecondBirthGround, Sex
from fpcore.jurisdictions import DINGNAN, JIANGXI, NATIONAL
from fpcore.params import PolicyBook, default_book
from fpcore.strategies import families, sheet_results

# -- hostile values ---------------------------------------------------------------------------


class _Deep(list):  # type: ignore[type-arg]
    """A list nested thousands deep, shown short (Hypothesis prints what it draws)."""

    def __repr__(self) -> str:
        return "<list nested 5,000 deep>"


def _deep(depth: int) -> object:
    value: list[object] = []
    for _ in range(depth):
        value = [value]
    return _Deep(value)


_SPECIAL: tuple[object, ...] = (
    None,
    True,
    False,
    0,
    -1,
    10**60,
    # huge, yet printable: Hypothesis up to at least 6.100 prints every drawn value, and an
    # int past 4,300 digits cannot be repr'd (that case is pinned in tests/test_boundary.py)
    -(10**4200),
    float("nan"),
    float("inf"),
    -0.0,
    Decimal("NaN"),
    Decimal("sNaN"),
    Decimal("Infinity"),
    Decimal("-Infinity"),
    Decimal("1E-999999"),
    Decimal("1E+999999"),
    Decimal("-0.000000000000000000000000000001"),
    "",
    " ",
    "x" * 100_000,
    "360728",
    "reward_assistance",
    "2010-01-01",
    date.min,
    date.max,
    date(1, 1, 1),
    date(9999, 12, 31),
    datetime(2010, 1, 1),  # noqa: DTZ001 - a datetime where a date is expected
    b"bytes",
    (),
    [],
    {},
    {"a": 1},
    [0] * 10_000,
    _deep(5_000),
    object(),
    DINGNAN,
    Sex.MALE,
    Hukou.RURAL,
    Parent.MOTHER,
    SecondBirthGround.REMARRIED,
)


def _impossible_families() -> tuple[Family, ...]:
    """Families built by hand to the edge of what fpcore accepts (and one of the unusual)."""
    old = Person(sex=Sex.MALE, birth_date=date(1, 1, 1), hukou=Hukou.RURAL)
    late = Person(sex=Sex.FEMALE, birth_date=date(9980, 1, 1), hukou=Hukou.URBAN)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FpcoreWarning)
        return (
            Family(mother=None, father=old, children=(), jurisdiction=NATIONAL),
            Family(
                mother=late,
                father=None,
                children=(Child(sex=Sex.FEMALE, birth_date=date(9999, 12, 31)),),
                jurisdiction=JIANGXI,
            ),
            Family(
                mother=Person(sex=Sex.FEMALE, birth_date=date(1900, 1, 1), hukou=Hukou.RURAL),
                father=Person(sex=Sex.MALE, birth_date=date(1880, 1, 1), hukou=Hukou.RURAL),
                children=(
                    Child(sex=Sex.MALE, birth_date=date(1955, 1, 1)),  # a mother of 55
                    Child(sex=Sex.MALE, birth_date=date(1955, 1, 2)),
                ),
                jurisdiction=DINGNAN,
            ),
        )


_IMPOSSIBLE: tuple[Family, ...] = _impossible_families()

hostile: st.SearchStrategy[object] = st.one_of(
    st.sampled_from(_SPECIAL),
    st.sampled_from(_IMPOSSIBLE),
    st.integers(),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.floats(),
    st.text(max_size=40),
    st.dates(),
    st.lists(st.integers(), max_size=5),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)

# -- plausible values, by parameter name --------------------------------------------------------

_DATES = st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31))
_FAMILY = families(max_children=3)
_BY_NAME: dict[str, st.SearchStrategy[object]] = {
    "family": _FAMILY,
    "on": _DATES,
    "start": _DATES,
    "end": _DATES,
    "birth": _DATES,
    "day": _DATES,
    "book": st.sampled_from([None, default_book()]),
    "program_code": st.sampled_from(fpcore.programs()),
    "code": st.sampled_from(fpcore.programs()),
    "jurisdiction": st.sampled_from([DINGNAN, JIANGXI, NATIONAL]),
    "sheet": st.sampled_from(list(BUILT_IN_SHEETS.values())),
    "lang": st.sampled_from(["zh", "en"]),
    "year": st.integers(1990, 2030),
    "months": st.integers(-24, 24),
    "years": st.integers(0, 120),
}
_COUNT_NAMES = ("births", "deaths", "population", "women", "mean_population", "count", "total")


def _for(name: str) -> st.SearchStrategy[object]:
    plausible = _BY_NAME.get(name)
    if plausible is None and any(part in name for part in _COUNT_NAMES):
        plausible = st.integers(0, 100_000)
    if plausible is None:
        return hostile
    return st.one_of(plausible, plausible, hostile)  # two in three plausible


def _arguments(
    draw: st.DrawFn, fn: Callable[..., object]
) -> tuple[list[object], dict[str, object]]:
    try:
        signature = inspect.signature(fn)
    except (TypeError, ValueError):  # pragma: no cover - every entry point has one
        return [], {}
    args: list[object] = []
    kwargs: dict[str, object] = {}
    for parameter in signature.parameters.values():
        if parameter.name == "self" or parameter.kind in (
            parameter.VAR_POSITIONAL,
            parameter.VAR_KEYWORD,
        ):
            continue
        if parameter.default is not parameter.empty and draw(st.integers(0, 3)) == 0:
            continue  # leave an optional argument out
        value = draw(_for(parameter.name))
        if parameter.kind is parameter.POSITIONAL_ONLY:
            args.append(value)
        else:
            kwargs[parameter.name] = value
    return args, kwargs


# -- the entry points ---------------------------------------------------------------------------


def _public(module: object) -> list[Callable[..., object]]:
    """The module's public functions (its models come from ``_models``)."""
    return [
        getattr(module, name)
        for name in getattr(module, "__all__", ())
        if callable(getattr(module, name)) and not inspect.isclass(getattr(module, name))
    ]


RESULTS = frozenset(
    {
        "Accountability",
        "AccountabilityFinding",
        "AdvancedUnitCheck",
        "AuditResult",
        "BirthRuling",
        "LeaveEntitlements",
        "MaintenanceFee",
        "CoverageRow",
        "CriterionResult",
        "Era",
        "FeeAssessment",
        "Leave",
        "Deduction",
        "Finding",
        "IndicatorReport",
        "Interval",
        "ItemScore",
        "PayAward",
        "Rate",
        "Resolution",
        "ScoreCard",
        "SectionScore",
        "SexRatioTest",
        "VetoHit",
    }
)
"""Result classes: fpcore builds them, callers read them (their constructors are not input
paths, and the result kernel, issue 12, restyles them). Their methods are exercised through
``_render`` on every result that comes back."""


KNOWN_ESCAPES: dict[str, str] = {
    # entry point name -> the escape it still has: an entry point this suite found leaking a
    # built-in exception waits here (with its escape) until fixed; none is known today
}
"""Entry points left out of the suite, with the escape each one still has."""


def _models(*modules: object) -> list[Callable[..., object]]:
    return [
        getattr(m, n)
        for m in modules
        for n in getattr(m, "__all__", ())
        if inspect.isclass(getattr(m, n)) and attrs.has(getattr(m, n)) and n not in RESULTS
    ]


def _pay_calls() -> list[Callable[..., object]]:
    from fpcore.assessment.sheets import VILLAGE_100_POINT, anping_2018, dingnan
    from fpcore.assessment.sheets import street_office_health_check as street

    card = assessment.score(
        VILLAGE_100_POINT,
        {
            "guarantees_missing": 1,
            "lawful_birth_rate": 95,
            "higher_order_birth_rate": 2,
            "birth_statistics_error": Decimal("5.3"),
            "sex_ratio_at_birth": 112,
            "fee_collection_rate": 100,
            "other_work": 30,
            "concealed_births": False,
            "seven_prohibitions_breach": False,
        },
    )
    schemes = (
        dingnan.DINGNAN_THIRTEENTH_MONTH_BONUS,
        dingnan.DINGNAN_VILLAGE_CADRE_PAY,
        dingnan.DINGNAN_HOUSEHOLD_HEAD_ALLOWANCE,
    )
    calls: list[Callable[..., object]] = []
    for scheme in schemes:
        calls.append(scheme.pay)  # a hostile card too
        calls.append(functools.partial(scheme.pay, card))
    calls += [
        anping_2018.ANPING_CHECKS.award,
        anping_2018.ANPING_OPERATIONS.award,
        street.HEALTH_CHECK_BONUS.award,
    ]
    return calls


def assess_many_listed(
    program_code: object, families: object, on: object, book: object = None
) -> object:
    return list(batch.assess_many(program_code, families, on=on, book=book))  # type: ignore[arg-type]


GROUPS: dict[str, list[Callable[..., object]]] = {
    "incentives_and_batch": [
        fpcore.assess,
        fpcore.entitlement,
        incentives.one_card,
        incentives.program,
        batch.total_outlay,
        batch.reform_cost,
        assess_many_listed,
    ],
    "births": _public(births) + _models(births),
    "indicators": _public(indicators) + _models(indicators),
    "assessment": _public(assessment) + _models(assessment),
    "pay": _pay_calls(),
    "foundation": [
        *_public(dates),
        *_public(money),
        jurisdictions.lookup,
        Person,
        Child,
        Family,
        *_models(fpcore.params),
        lambda code, count: list(itertools.islice(synthetic.county(code, seed=count), 3)),
    ],
}


def _book_calls(book: PolicyBook) -> list[Callable[..., object]]:
    return [
        book.value,
        book.resolve,
        book.history,
        book.parameter,
        book.override,
        book.derive,
        lambda key: key in book,
    ]


GROUPS["policy_book"] = _book_calls(default_book())


def _serde_calls() -> list[Callable[..., object]]:
    converter = serde.make_converter()
    family = Family(
        mother=Person(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), hukou=Hukou.RURAL),
        father=None,
        children=(),
        jurisdiction=DINGNAN,
    )
    good = converter.unstructure(family)

    def structure_family(field: object, value: object) -> object:
        doc = dict(good)
        doc[str(field)[:20] if isinstance(field, str) else "children"] = value
        return converter.structure(doc, Family)

    def structure_any_family(value: object) -> object:
        return converter.structure(value, Family)

    def structure_decision(value: object) -> object:
        return converter.structure(value, fpcore.Decision)

    return [
        structure_family,
        structure_any_family,
        structure_decision,
        lambda value: serde.render(value),
    ]


GROUPS["serde"] = _serde_calls()


for _group in GROUPS.values():
    _group[:] = [fn for fn in _group if getattr(fn, "__name__", "") not in KNOWN_ESCAPES]


def _render(result: object) -> None:
    """Use what came back the way a caller would: render it."""
    for name in ("explain", "headline"):
        method = getattr(result, name, None)
        if callable(method):
            for lang in ("zh", "en"):
                try:
                    method(lang)
                except TypeError:
                    method()
                    break
    html = getattr(result, "_repr_html_", None)
    if callable(html):
        html()
    str(result)


@st.composite
def _calls(
    draw: st.DrawFn, group: str
) -> tuple[Callable[..., object], list[object], dict[str, object]]:
    fn = draw(st.sampled_from(GROUPS[group]))
    args, kwargs = _arguments(draw, fn)
    return fn, args, kwargs


@pytest.mark.parametrize("group", sorted(GROUPS))
@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], deadline=None)
@given(data=st.data())
def test_hostile_input_gives_a_result_or_an_fpcore_error(group, data):
    fn, args, kwargs = data.draw(_calls(group))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FpcoreWarning)  # an unusual family: fine
            _render(fn(*args, **kwargs))
    except FpcoreError:
        pass
    except TypeError as exc:
        # a call Python itself refuses (a missing or extra argument) is not fpcore's doing
        if exc.__traceback__ is not None and exc.__traceback__.tb_next is None:
            return
        raise AssertionError(f"{_name(fn)} leaked {exc!r}") from exc
    except Exception as exc:
        raise AssertionError(f"{_name(fn)} leaked {type(exc).__name__}: {exc!s:.200}") from exc


def _name(fn: Callable[..., object]) -> str:
    return getattr(fn, "__qualname__", repr(fn))


def test_every_group_has_entry_points():
    assert all(GROUPS.values())
    assert sys.getrecursionlimit() < 5_000  # so _deep(5_000) does test deep nesting


def test_hostile_values_include_the_extremes():
    assert date(1, 1, 1) in _SPECIAL and date(9999, 12, 31) in _SPECIAL
    assert any(isinstance(v, str) and len(v) >= 100_000 for v in _SPECIAL)
    assert len(_IMPOSSIBLE) == 3
    assert sheet_results  # the scoring strategies stay importable with this module
    Any  # noqa: B018
