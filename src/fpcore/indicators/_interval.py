"""Exact intervals of real numbers: what a printed figure may stand for, and what follows from it."""

from __future__ import annotations

import decimal
import math
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import Final, final

import attrs

from fpcore.errors import InvalidInputError
from fpcore.explain import format_fact
from fpcore.indicators._rate import _CONTEXT

__all__ = ["Interval", "exact", "printed_interval"]

Number = Fraction | Decimal | int
"""An exact number an interval accepts (floats are refused: they are not exact)."""

_SHOWN: Final = Decimal("0.0001")


def _fraction(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, Fraction | Decimal | int):
        raise InvalidInputError(field, value, "must be an exact number (int, Decimal or Fraction)")
    if isinstance(value, Decimal) and not value.is_finite():
        raise InvalidInputError(field, value, "must be finite")
    return Fraction(value)


def _low(value: object) -> Fraction:
    return _fraction(value, "low")


def _high(value: object) -> Fraction:
    return _fraction(value, "high")


def _flag(instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidInputError(attribute.name, value, "must be True or False")


@final
@attrs.frozen(kw_only=True)
class Interval:
    """A non-empty interval of real numbers with exact (rational) ends, each included or not.

    Printed figures are intervals: ``"13.4"`` stands for any value that rounds to 13.4, half
    up (四舍五入), i.e. 13.35 ≤ x < 13.45 — ``[13.35, 13.45)``. The lower end is included
    because 13.35 rounds up to 13.4; the upper end is excluded because 13.45 rounds up to 13.5.
    Arithmetic on intervals is exact (:class:`~fractions.Fraction` ends, no rounding at all):
    the result holds every value the operation can give on values of the operands, and an end
    is included exactly when some included values of the operands reach it.

    Attributes:
        low: The lower end.
        high: The upper end (≥ ``low``).
        low_closed: Whether ``low`` belongs to the interval.
        high_closed: Whether ``high`` belongs to the interval.

    >>> from decimal import Decimal
    >>> printed_interval(Decimal("13.4"), Decimal("0.05")).render()
    '[13.35, 13.45)'
    >>> Decimal("13.45") in printed_interval(Decimal("13.4"), Decimal("0.05"))
    False
    """

    low: Fraction = attrs.field(converter=_low)
    high: Fraction = attrs.field(converter=_high)
    low_closed: bool = attrs.field(default=True, validator=_flag)
    high_closed: bool = attrs.field(default=True, validator=_flag)

    def __attrs_post_init__(self) -> None:
        """Refuse an empty interval."""
        if self.low > self.high or (
            self.low == self.high and not (self.low_closed and self.high_closed)
        ):
            raise InvalidInputError(
                "high", self.high, f"makes an empty interval with low = {self.low}"
            )

    @property
    def is_point(self) -> bool:
        """Whether the interval holds one number only."""
        return self.low == self.high

    def __contains__(self, value: object) -> bool:
        """Whether an exact number lies in the interval."""
        number = _fraction(value, "value")
        above = self.low < number or (self.low_closed and number == self.low)
        below = number < self.high or (self.high_closed and number == self.high)
        return above and below

    def overlaps(self, other: Interval) -> bool:
        """Whether the two intervals share at least one number.

        >>> a = Interval(low=1, high=2, high_closed=False)
        >>> a.overlaps(Interval(low=2, high=3)), a.overlaps(Interval(low=Fraction(3, 2), high=3))
        (False, True)
        """
        start, end = max(self.low, other.low), min(self.high, other.high)
        if start != end:
            return start < end
        return start in self and start in other

    def within(self, other: Interval) -> bool:
        """Whether every number of this interval lies in ``other``."""
        return (self.low in other or (self.low == other.low and not self.low_closed)) and (
            self.high in other or (self.high == other.high and not self.high_closed)
        )

    def __add__(self, other: Interval) -> Interval:
        """Every sum of a number of each interval."""
        return Interval(
            low=self.low + other.low,
            high=self.high + other.high,
            low_closed=self.low_closed and other.low_closed,
            high_closed=self.high_closed and other.high_closed,
        )

    def __neg__(self) -> Interval:
        """Every negation of a number of the interval."""
        return Interval(
            low=-self.high, high=-self.low, low_closed=self.high_closed, high_closed=self.low_closed
        )

    def __sub__(self, other: Interval) -> Interval:
        """Every difference of a number of each interval."""
        return self + (-other)

    def __mul__(self, other: Interval) -> Interval:
        """Every product of a number of each interval (the extremes lie at the ends)."""
        return _hull(
            (
                a * b,
                (a_in and b_in) or (a_in and a == 0) or (b_in and b == 0),
            )
            for a, a_in in self._ends()
            for b, b_in in other._ends()
        )

    def __truediv__(self, other: Interval) -> Interval:
        """Every quotient of a number of this interval by one of ``other``, which must be > 0.

        Raises:
            InvalidInputError: If ``other`` holds a number ≤ 0 (the quotient is unbounded).
        """
        if other.low <= 0:
            raise InvalidInputError(
                "divisor", other.render(), "must hold only positive numbers to divide by"
            )
        return _hull(
            (a / b, a_in and (b_in or a == 0))
            for a, a_in in self._ends()
            for b, b_in in other._ends()
        )

    def scaled(self, factor: Number) -> Interval:
        """Every number of the interval times a constant."""
        return self * exact(factor)

    def shifted(self, offset: Number) -> Interval:
        """Every number of the interval plus a constant."""
        return self + exact(offset)

    def _ends(self) -> tuple[tuple[Fraction, bool], tuple[Fraction, bool]]:
        return (self.low, self.low_closed), (self.high, self.high_closed)

    def whole_numbers(self) -> tuple[int, int] | None:
        """The smallest and largest whole number in the interval, or ``None`` if it holds none.

        >>> Interval(low=Fraction(26974, 10), high=Fraction(26995, 10), high_closed=False).whole_numbers()
        (2698, 2699)
        >>> Interval(low=2, high=3, low_closed=False, high_closed=False).whole_numbers() is None
        True
        """
        first = math.ceil(self.low)
        if first == self.low and not self.low_closed:
            first += 1
        last = math.floor(self.high)
        if last == self.high and not self.high_closed:
            last -= 1
        return (first, last) if first <= last else None

    def render(self) -> str:
        """The interval in the usual notation, ends shown to at most 4 decimals.

        ``[`` and ``]`` include an end, ``(`` and ``)`` exclude it: ``[205,000, 215,000)``.
        """
        opening = "[" if self.low_closed else "("
        closing = "]" if self.high_closed else ")"
        return f"{opening}{show(self.low)}, {show(self.high)}{closing}"

    def __str__(self) -> str:
        """The rendered interval."""
        return self.render()


def _hull(points: Iterable[tuple[Fraction, bool]]) -> Interval:
    items = tuple(points)
    low = min(value for value, _ in items)
    high = max(value for value, _ in items)
    return Interval(
        low=low,
        high=high,
        low_closed=any(closed for value, closed in items if value == low),
        high_closed=any(closed for value, closed in items if value == high),
    )


def exact(value: Number) -> Interval:
    """The interval that holds one number.

    >>> exact(210000).render()
    '[210,000, 210,000]'
    """
    return Interval(low=value, high=value)


def printed_interval(value: Decimal, half_unit: Decimal) -> Interval:
    """The values a figure printed as ``value`` may stand for, rounded half up (四舍五入).

    Half up rounds a tie away from zero, so a positive figure is ``[v − h, v + h)``, a
    negative one ``(v − h, v + h]`` (−2.45 prints as −2.5), and a printed zero
    ``(−h, h)``. A half unit of 0 means the figure is exact (a count printed in full).

    >>> from decimal import Decimal
    >>> printed_interval(Decimal("210000"), Decimal("5000")).render()
    '[205,000, 215,000)'
    >>> printed_interval(Decimal("-2.5"), Decimal("0.05")).render()
    '(-2.55, -2.45]'
    >>> printed_interval(Decimal("0"), Decimal("0.5")).render()
    '(-0.5, 0.5)'
    """
    if half_unit == 0:
        return exact(value)
    return Interval(
        low=value - half_unit,
        high=value + half_unit,
        low_closed=value > 0,
        high_closed=value < 0,
    )


def to_decimal(value: Fraction) -> Decimal:
    """A rational as a Decimal, exact when it terminates within 40 digits, else rounded."""
    return _CONTEXT.divide(Decimal(value.numerator), Decimal(value.denominator))


def show(value: Fraction | Decimal) -> str:
    """A number for a sentence: up to 4 decimals (half up), thousands separated, zeros cut."""
    number = to_decimal(value) if isinstance(value, Fraction) else value
    rounded = number.quantize(_SHOWN, rounding=decimal.ROUND_HALF_UP)
    text = format_fact(rounded)
    return text.rstrip("0").rstrip(".") if "." in text else text
