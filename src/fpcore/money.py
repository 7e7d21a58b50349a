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
"""

from __future__ import annotations

import decimal
import enum
from decimal import Decimal
from typing import Final

from fpcore.errors import InvalidInputError

__all__ = [
    "FEN",
    "JIAO",
    "YUAN",
    "ZERO",
    "Rounding",
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

_CONTEXT: Final = decimal.Context(prec=50, traps=[decimal.InvalidOperation, decimal.Overflow])


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
        InvalidInputError: For a float, a bool, NaN, an infinity, or text that is no number.

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
        result = Decimal(value)
    elif isinstance(value, str):
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
    return result


def round_to(
    value: Decimal, quantum: Decimal = FEN, rounding: Rounding = Rounding.HALF_UP
) -> Decimal:
    """Round ``value`` to a multiple of ``quantum`` (``FEN``, ``JIAO``, ``YUAN``…).

    Works in a private decimal context, never the global one.

    >>> round_to(Decimal("0.125"))
    Decimal('0.13')
    >>> round_to(Decimal("0.125"), rounding=Rounding.DOWN)
    Decimal('0.12')
    """
    return value.quantize(quantum, rounding=rounding.value, context=_CONTEXT)


def to_money(value: object, *, field: str = "amount") -> Decimal:
    """Return ``value`` as yuan quantized to the fen, rounding half up (四舍五入).

    Args:
        value: ``str`` (``"1,440.5"`` is accepted), ``int`` or ``Decimal``.
        field: The name used in the error message.

    Raises:
        InvalidInputError: For floats, bools, NaN, infinities and text that is no number.

    >>> to_money(960)
    Decimal('960.00')
    >>> to_money("1,440.005")
    Decimal('1440.01')
    """
    number = to_decimal(value, field=field)
    try:
        return round_to(number)
    except decimal.InvalidOperation:
        raise InvalidInputError(field, value, "is too large to be an amount of money") from None
