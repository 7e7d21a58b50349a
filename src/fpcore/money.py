"""Money: exact :class:`~decimal.Decimal` yuan, quantized to the fen (分).

A float has already lost the fen (``0.1 + 0.2``), so money enters fpcore only as ``str``,
``int`` or ``Decimal``. Rounding happens only where a rule text rounds, with the mode named
beside its citation; the default for payments is to the fen, half up (四舍五入).

>>> to_money("600")
Decimal('600.00')
>>> to_money(Decimal("13.335"))
Decimal('13.34')
>>> round_to(Decimal("2.5"), YUAN, Rounding.HALF_EVEN)
Decimal('2')

Every amount, share, total and monthly rate fpcore computes is computed in fpcore's own decimal
context (50 significant digits, ``InvalidOperation``, ``Overflow`` and ``DivisionByZero``
trapped), whatever the caller's context: a thread with ``prec=4`` or with ``Inexact`` trapped
gets the same money as any other. Numbers are bounded where they enter: a number's magnitude
lies within ``1E±`` :data:`MAX_EXPONENT` and an amount of money below :data:`MAX_AMOUNT`, so
sums stay exact in that context.
"""

from __future__ import annotations

import decimal
import enum
import functools
from collections.abc import Callable
from decimal import Decimal
from typing import Final, ParamSpec, TypeVar

from fpcore.errors import InvalidInputError

__all__ = [
    "FEN",
    "JIAO",
    "MAX_AMOUNT",
    "MAX_EXPONENT",
    "YUAN",
    "ZERO",
    "Rounding",
    "check_magnitude",
    "round_to",
    "to_decimal",
    "to_money",
]

FEN: Final = Decimal("0.01")
"""One fen (分), the smallest unit of payment."""
JIAO: Final = Decimal("0.1")
"""One jiao (角)."""
YUAN: Final = Decimal("1")
"""One yuan (元)."""
ZERO: Final = Decimal("0.00")
"""Zero yuan, quantized to the fen."""

MAX_AMOUNT: Final = Decimal("1E15")
"""Amounts of money must lie strictly between minus and plus this (a thousand trillion yuan)."""
MAX_EXPONENT: Final = 30
"""A number entering fpcore lies within ``1E-30`` … ``1E+30`` in magnitude (or is zero)."""
_MAX_TEXT: Final = 100
"""Longest text accepted as a number (it is refused before it is parsed)."""

_CONTEXT: Final = decimal.Context(
    prec=50, traps=[decimal.InvalidOperation, decimal.Overflow, decimal.DivisionByZero]
)

_P = ParamSpec("_P")
_R = TypeVar("_R")


def in_context(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """``function`` run in fpcore's decimal context, whatever the caller's (internal helper).

    The caller's context is restored afterwards, also when ``function`` raises.

    >>> import decimal
    >>> @in_context
    ... def third(x):
    ...     return x / 3
    >>> with decimal.localcontext(prec=3):
    ...     third(Decimal(1)) == Decimal(1) / 3
    False
    """

    @functools.wraps(function)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        saved = decimal.getcontext()
        decimal.setcontext(_CONTEXT)
        try:
            return function(*args, **kwargs)
        finally:
            decimal.setcontext(saved)

    return wrapper


class Rounding(enum.Enum):
    """Rounding modes a rule text may name."""

    HALF_UP = decimal.ROUND_HALF_UP
    """Halves away from zero, 四舍五入 (the default for payments)."""
    HALF_EVEN = decimal.ROUND_HALF_EVEN
    """Halves to the even neighbour (banker's rounding)."""
    DOWN = decimal.ROUND_DOWN
    """Truncate toward zero (drop the fraction, 舍去)."""
    UP = decimal.ROUND_UP
    """Away from zero (any fraction rounds up, 进位)."""
    FLOOR = decimal.ROUND_FLOOR
    """Toward negative infinity."""
    CEILING = decimal.ROUND_CEILING
    """Toward positive infinity."""


def to_decimal(value: object, *, field: str = "value") -> Decimal:
    """Convert ``str``, ``int`` or ``Decimal`` to a finite ``Decimal`` without rounding.

    Args:
        value: The number. Floats and bools are refused: a float has already lost precision.
        field: The name used in the error message.

    Raises:
        InvalidInputError: For a float, a bool, NaN, an infinity, text that is no number (or
            longer than 100 characters), or a nonzero magnitude outside ``1E±30``.

    >>> to_decimal("1.005")
    Decimal('1.005')
    >>> to_decimal(1.5)
    Traceback (most recent call last):
    ...
    fpcore.errors.InvalidInputError: value: 1.5 is a float; pass a str, int or Decimal
    """
    if isinstance(value, bool):
        raise InvalidInputError(field, value, "is a bool, not an amount")
    if isinstance(value, float):
        raise InvalidInputError(field, value, "is a float; pass a str, int or Decimal")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        if value.bit_length() > 128:
            raise InvalidInputError(field, value, "is too large a number")
        result = Decimal(value)
    elif isinstance(value, str):
        if len(value) > _MAX_TEXT:
            raise InvalidInputError(field, value, "is too long to be a number")
        try:
            result = Decimal(value.strip().replace(",", "").replace("_", ""))
        except decimal.InvalidOperation:
            raise InvalidInputError(field, value, "is not a number") from None
    else:
        raise InvalidInputError(
            field, value, f"has type {type(value).__name__}; pass a str, int or Decimal"
        )
    if not result.is_finite():
        raise InvalidInputError(field, value, "is not a finite number")
    return check_magnitude(result, field=field, given=value)


def check_magnitude(number: Decimal, *, field: str, given: object = None) -> Decimal:
    """``number`` if it is finite and zero or of a magnitude within ``1E±MAX_EXPONENT``.

    Raises:
        InvalidInputError: Naming ``field`` (showing ``given``, or ``number``) otherwise.

    >>> check_magnitude(Decimal("1E-999999"), field="population")
    Traceback (most recent call last):
    ...
    fpcore.errors.InvalidInputError: population: Decimal('1E-999999') is out of range (magnitude 1E±30)
    """
    try:
        finite = number.is_finite()
        out_of_range = number and not -MAX_EXPONENT <= number.adjusted() <= MAX_EXPONENT
    except AttributeError:  # not a Decimal (callers pass checked values; say so if not)
        raise InvalidInputError(field, number, "must be a Decimal") from None
    if not finite:
        raise InvalidInputError(field, number if given is None else given, "is not a finite number")
    if out_of_range:
        shown = number if given is None else given
        raise InvalidInputError(field, shown, f"is out of range (magnitude 1E±{MAX_EXPONENT})")
    return number


def round_to(
    value: Decimal, quantum: Decimal = FEN, rounding: Rounding = Rounding.HALF_UP
) -> Decimal:
    """Round ``value`` to a multiple of ``quantum`` (``FEN``, ``JIAO``, ``YUAN``…).

    Works in fpcore's decimal context, never the caller's.

    Raises:
        InvalidInputError: If ``value`` or ``quantum`` is not a Decimal, ``rounding`` is not a
            :class:`Rounding`, or the result would not fit the context.

    >>> round_to(Decimal("0.125"))
    Decimal('0.13')
    >>> round_to(Decimal("0.125"), rounding=Rounding.DOWN)
    Decimal('0.12')
    """
    if not isinstance(rounding, Rounding):
        raise InvalidInputError("rounding", rounding, "must be a fpcore.money.Rounding")
    try:
        return value.quantize(quantum, rounding=rounding.value, context=_CONTEXT)
    except decimal.InvalidOperation:
        raise InvalidInputError("value", value, "is too large to round") from None
    except (AttributeError, TypeError):  # not Decimals: name the culprit
        field, given = ("quantum", quantum) if isinstance(value, Decimal) else ("value", value)
        raise InvalidInputError(field, given, "must be a Decimal") from None


def to_money(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as yuan quantized to the fen, rounding half up (四舍五入).

    Args:
        value: ``str`` (``"1,440.5"`` is accepted), ``int`` or ``Decimal``.
        field: The name used in the error message.

    Raises:
        InvalidInputError: For floats, bools, NaN, infinities, text that is no number, and
            amounts not strictly between ``-MAX_AMOUNT`` and ``MAX_AMOUNT``.

    >>> to_money(960)
    Decimal('960.00')
    >>> to_money("1,440.005")
    Decimal('1440.01')
    """
    number = to_decimal(value, field=field)
    if abs(number) >= MAX_AMOUNT:
        raise InvalidInputError(field, value, "is too large to be an amount of money")
    return round_to(number)
