"""Strategies for the values and the policy kernel."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from fpcore.dates import MAX_AGE
from fpcore.jurisdictions import BUILT_IN, DINGNAN, GANZHOU, JIANGXI, NATIONAL, Jurisdiction
from fpcore.params import (
    AgeBand,
    AgeBands,
    Citation,
    Confidence,
    DatedValue,
    Entry,
    Parameter,
    ParameterHistory,
    PolicyBook,
    Value,
    ValueKind,
)

__all__ = [
    "citations",
    "dates",
    "jurisdictions",
    "money_amounts",
    "parameter_histories",
    "policy_books",
]

_MIN_DATE = date(1949, 10, 1)
_MAX_DATE = date(2099, 12, 31)
_MAX_MONEY = Decimal("100000000.00")


def money_amounts(
    min_value: Decimal | int | str = 0, max_value: Decimal | int | str = _MAX_MONEY
) -> st.SearchStrategy[Decimal]:
    """Amounts of money in yuan, to the fen, in ``[min_value, max_value]``.

    Raises:
        InvalidArgument: If a bound is a float or ``min_value > max_value``.
    """
    low, high = _bound(min_value, "min_value"), _bound(max_value, "max_value")
    if low > high:
        raise InvalidArgument(f"min_value={low} is greater than max_value={high}")
    fen_low, fen_high = (
        int((low * 100).to_integral_value(rounding="ROUND_CEILING")),
        int((high * 100).to_integral_value(rounding="ROUND_FLOOR")),
    )
    if fen_low > fen_high:
        raise InvalidArgument(f"no amount to the fen lies in [{low}, {high}]")
    return st.integers(fen_low, fen_high).map(
        lambda fen: (Decimal(fen) / 100).quantize(Decimal("0.01"))
    )


def _bound(value: object, name: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise InvalidArgument(f"{name}={value!r} must be a Decimal, int or str")
    try:
        result = Decimal(value)
    except ArithmeticError:
        raise InvalidArgument(f"{name}={value!r} is not a number") from None
    if not result.is_finite():
        raise InvalidArgument(f"{name}={value!r} must be finite")
    return result


def dates(min_value: date = _MIN_DATE, max_value: date = _MAX_DATE) -> st.SearchStrategy[date]:
    """Dates in ``[min_value, max_value]`` (default 1949-10-01 to 2099-12-31).

    Raises:
        InvalidArgument: If a bound is not a date or ``min_value > max_value``.
    """
    for name, value in (("min_value", min_value), ("max_value", max_value)):
        if not isinstance(value, date):
            raise InvalidArgument(f"{name}={value!r} must be a datetime.date")
    if min_value > max_value:
        raise InvalidArgument(f"min_value={min_value} is after max_value={max_value}")
    return st.dates(min_value=min_value, max_value=max_value)


@st.composite
def _user_counties(draw: st.DrawFn) -> Jurisdiction:
    suffix = draw(st.integers(1, 99).filter(lambda n: n != 28))
    county = Jurisdiction(
        code=f"3607{suffix:02d}",
        name_zh=f"示例县{suffix}",
        name_en=f"Example County {suffix}",
        parent=GANZHOU,
    )
    if draw(st.booleans()):
        return county
    township = draw(st.integers(1, 999))
    return Jurisdiction(
        code=f"{county.code}{township:03d}",
        name_zh=f"示例乡{township}",
        name_en=f"Example Township {township}",
        parent=county,
    )


def jurisdictions(*, built_in_only: bool = False) -> st.SearchStrategy[Jurisdiction]:
    """Jurisdictions: the built-in ones, and user-defined Ganzhou counties and townships.

    Args:
        built_in_only: Only ``NATIONAL``, ``JIANGXI``, ``GANZHOU`` and ``DINGNAN``.
    """
    if not isinstance(built_in_only, bool):
        raise InvalidArgument(f"built_in_only={built_in_only!r} must be a bool")
    built_in = st.sampled_from(BUILT_IN)
    return built_in if built_in_only else st.one_of(built_in, _user_counties())


_TEXT = st.text(
    alphabet="计划生育条例办法通知江西省定南县abcdefghij0123456789", min_size=1, max_size=20
)

# Histories and books cite from a small pool: drawing a full citation per record makes large
# books slow to generate without exploring anything the kernel treats differently.
_POOL = st.builds(
    Citation,
    title=st.sampled_from(("国办发〔2004〕21号", "江西省人口与计划生育条例", "示例")),
    confidence=st.sampled_from(Confidence),
)


def citations(*, confidence: Confidence | None = None) -> st.SearchStrategy[Citation]:
    """Citations with random optional fields; ``confidence`` pins the confidence."""
    if confidence is not None and not isinstance(confidence, Confidence):
        raise InvalidArgument(f"confidence={confidence!r} must be a Confidence or None")
    return st.builds(
        Citation,
        title=_TEXT,
        confidence=st.just(confidence) if confidence else st.sampled_from(Confidence),
        title_en=st.none() | _TEXT,
        article=st.none() | _TEXT,
        issuer=st.none() | _TEXT,
        document_number=st.none() | _TEXT,
        issued_on=st.none() | dates(),
        effective_on=st.none() | dates(),
        url=st.none() | st.just("https://www.gov.cn/"),
        note=st.none() | _TEXT,
    )


def _values_of(kind: ValueKind) -> st.SearchStrategy[Value]:
    strategies: dict[ValueKind, st.SearchStrategy[Value]] = {
        ValueKind.AMOUNT: money_amounts(max_value=100000),
        ValueKind.NUMBER: st.decimals(min_value=0, max_value=1000, places=3),
        ValueKind.AGE: st.integers(0, 150),
        ValueKind.COUNT: st.integers(0, 10000),
        ValueKind.DATE: dates(),
        ValueKind.FLAG: st.booleans(),
        ValueKind.TEXT: _TEXT,
        ValueKind.AMOUNT_BY_AGE: st.builds(
            AgeBands,
            st.lists(
                st.builds(
                    AgeBand,
                    st.integers(0, MAX_AGE),
                    st.none() | money_amounts(max_value=100000),
                ),
                min_size=1,
                max_size=4,
                unique_by=lambda band: band.from_age,
            ),
        ),
    }
    return strategies[kind]


def parameter_histories(
    kind: ValueKind = ValueKind.AMOUNT,
    *,
    min_size: int = 1,
    max_size: int = 6,
    closures: bool = True,
) -> st.SearchStrategy[ParameterHistory]:
    """Histories of values of ``kind`` with distinct start dates.

    Args:
        kind: The kind of value.
        min_size: Fewest records (≥ 1).
        max_size: Most records.
        closures: Whether some records may close the parameter (value ``None``).
    """
    if not isinstance(kind, ValueKind):
        raise InvalidArgument(f"kind={kind!r} must be a ValueKind")
    if not (isinstance(min_size, int) and isinstance(max_size, int) and 1 <= min_size <= max_size):
        raise InvalidArgument(f"need 1 <= min_size <= max_size, got {min_size}, {max_size}")
    value = (st.none() | _values_of(kind)) if closures else _values_of(kind)
    return st.lists(dates(), min_size=min_size, max_size=max_size, unique=True).flatmap(
        lambda starts: st.tuples(
            *(st.builds(DatedValue, start=st.just(s), value=value, citation=_POOL) for s in starts)
        ).map(lambda values: ParameterHistory(values=values))
    )


_LEVELS = (NATIONAL, JIANGXI, GANZHOU, DINGNAN)


@st.composite
def _books(draw: st.DrawFn, max_parameters: int) -> PolicyBook:
    count = draw(st.integers(1, max_parameters))
    parameters = []
    entries = []
    for index in range(count):
        kind = draw(st.sampled_from(ValueKind))
        key = f"p{index}.value"
        parameters.append(
            Parameter(key=key, kind=kind, title_zh=f"参数{index}", title_en=f"parameter {index}")
        )
        levels = draw(st.lists(st.sampled_from(_LEVELS), unique=True, min_size=0, max_size=4))
        for level in levels:
            entries.append(
                Entry(key=key, jurisdiction=level, history=draw(parameter_histories(kind)))
            )
    return PolicyBook(parameters=tuple(parameters), entries=tuple(entries))


def policy_books(*, max_parameters: int = 4) -> st.SearchStrategy[PolicyBook]:
    """Small valid policy books with histories at the built-in levels.

    Args:
        max_parameters: Most parameters in one book (≥ 1).
    """
    if (
        not isinstance(max_parameters, int)
        or isinstance(max_parameters, bool)
        or max_parameters < 1
    ):
        raise InvalidArgument(f"max_parameters={max_parameters!r} must be an int >= 1")
    return _books(max_parameters)
