"""Input checks shared by the models' attrs converters (not part of the API)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from fpcore.errors import InvalidInputError

_T = TypeVar("_T")


def instances(
    values: Iterable[object], kind: type[_T], field: str, *, at_least_one: str | None = None
) -> tuple[_T, ...]:
    """``values`` as a tuple whose every item is a ``kind``.

    Raises:
        InvalidInputError: Naming ``field[i]`` for an item of another type, or ``field`` when
            ``at_least_one`` (a noun, e.g. ``"band"``) is given and there are no items.

    >>> instances([1, 2], int, "counts")
    (1, 2)
    >>> instances([], int, "counts", at_least_one="count")
    Traceback (most recent call last):
    ...
    fpcore.errors.InvalidInputError: counts: () must hold at least one count
    """
    checked: list[_T] = []
    for index, item in enumerate(values):
        if not isinstance(item, kind):
            article = "an" if kind.__name__[0] in "AEIOU" else "a"
            raise InvalidInputError(f"{field}[{index}]", item, f"must be {article} {kind.__name__}")
        checked.append(item)
    if at_least_one is not None and not checked:
        raise InvalidInputError(field, (), f"must hold at least one {at_least_one}")
    return tuple(checked)
