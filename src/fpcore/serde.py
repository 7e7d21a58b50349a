"""Serialisation: plain, JSON-ready dicts for every model and result (install the ``cattrs`` extra).

:func:`make_converter` returns a **new** :class:`cattrs.Converter` each call; fpcore never
touches ``cattrs.global_converter``. Unstructured data holds only ``dict``, ``list``, ``str``,
``int``, ``bool`` and ``None``: a ``Decimal`` becomes its string (``"600.00"``), a date its ISO
form (``"2010-06-30"``), an enum its value, a frozenset a sorted list. Values whose type a
field does not fix (a check's facts, a parameter's value) are tagged: ``{"decimal": "3.5"}``,
``{"date": "2016-01-01"}``.

Structuring is strict — no ``"1"`` for an ``int``, no ``"yes"`` for a ``bool``, no unknown keys —
and bad data raises :class:`~fpcore.errors.InvalidInputError` whose ``field`` is the path of the
bad value, e.g. ``children[2].birth_date``.

>>> import json
>>> from datetime import date
>>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
>>> conv = make_converter()
>>> mum = Person(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), hukou=Hukou.RURAL)
>>> family = Family(mother=mum, father=None, jurisdiction=DINGNAN,
...                 children=(Child(sex=Sex.MALE, birth_date=date(2005, 1, 1)),))
>>> data = conv.unstructure(family)
>>> data["children"][0]["birth_date"], data["children"][0]["parents"]
('2005-01-01', ['father', 'mother'])
>>> conv.structure(json.loads(json.dumps(data)), Family) == family
True
>>> data["children"][0]["birth_date"] = "2005-02-30"
>>> conv.structure(data, Family)
Traceback (most recent call last):
...
fpcore.errors.InvalidInputError: children[0].birth_date: '2005-02-30' is not an ISO date (YYYY-MM-DD)
"""

from __future__ import annotations

try:
    import cattrs
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "fpcore.serde needs cattrs: install the 'cattrs' extra (pip install \"fpcore[cattrs]\")"
    ) from exc

import enum
import typing
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Final, TypeVar

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    ForbiddenExtraKeysError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from fpcore.errors import InvalidInputError
from fpcore.params import AgeBand, AgeBands

__all__ = ["make_converter"]

T = TypeVar("T")

_ROOT: Final = "data"


def _is_open_union(kind: Any) -> bool:
    """Whether ``kind`` is the union of a fact or a parameter value (Decimal | … | date …)."""
    args = typing.get_args(kind)
    return Decimal in args and date in args and str in args


def _unstructure_open(value: object) -> object:
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, AgeBands):
        return {
            "age_bands": [
                [band.from_age, None if band.amount is None else str(band.amount)]
                for band in value.bands
            ]
        }
    return value


def _structure_bands(value: object) -> AgeBands:
    if not isinstance(value, list) or not all(
        isinstance(item, list) and len(item) == 2 for item in value
    ):
        raise InvalidInputError("", value, "must be a list of [from_age, amount or null] pairs")
    try:
        return AgeBands(
            tuple(
                AgeBand(age, None if amount is None else _structure_decimal(amount))
                for age, amount in value
            )
        )
    except InvalidInputError as error:
        raise InvalidInputError("", value, f"is not a table of age bands ({error})") from None


def _structure_date(value: object, _: object = None) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        raise InvalidInputError("", value, "must be an ISO date string (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInputError("", value, "is not an ISO date (YYYY-MM-DD)") from None


def _structure_decimal(value: object, _: object = None) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InvalidInputError("", value, "must be a decimal string such as '600.00'")
    try:
        result = Decimal(value)
    except InvalidOperation:
        raise InvalidInputError("", value, "is not a decimal number") from None
    if not result.is_finite():
        raise InvalidInputError("", value, "must be finite")
    return result


def _structure_open(value: object, _: object = None) -> object:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Mapping) and len(value) == 1:
        ((tag, text),) = value.items()
        if tag == "decimal":
            return _structure_decimal(text)
        if tag == "date":
            return _structure_date(text)
        if tag == "age_bands":
            return _structure_bands(text)
    raise InvalidInputError(
        "",
        value,
        "must be null, a bool, an int, a str, {'decimal': …}, {'date': …} or {'age_bands': …}",
    )


def _strict(kind: type, what: str) -> Callable[[object, object], object]:
    def structure(value: object, _: object) -> object:
        if type(value) is not kind:
            raise InvalidInputError("", value, f"must be {what}")
        return value

    return structure


def _enum_hook(kind: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    known = ", ".join(repr(member.value) for member in kind)

    def structure(value: object, _: object) -> enum.Enum:
        try:
            return kind(value)
        except ValueError:
            raise InvalidInputError("", value, f"is not one of {known}") from None

    return structure


def _is_set(kind: object) -> bool:
    origin = typing.get_origin(kind) or kind
    return origin is frozenset or origin is set


def _unstructure_set(converter: cattrs.Converter) -> Callable[[frozenset[Any]], list[Any]]:
    def unstructure(items: frozenset[Any]) -> list[Any]:
        return sorted((converter.unstructure(item) for item in items), key=repr)

    return unstructure


def _attrs_hook_factory(converter: cattrs.Converter) -> Callable[[type[T]], Callable[..., T]]:
    def factory(kind: type[T]) -> Callable[..., T]:
        inner = make_dict_structure_fn(
            kind,
            converter,
            _cattrs_forbid_extra_keys=True,
            _cattrs_detailed_validation=True,
        )

        def structure(value: object, _: object) -> T:
            if not isinstance(value, Mapping):
                raise InvalidInputError(
                    "", value, f"must be a mapping of the fields of {kind.__name__}"
                )
            return inner(value, kind)

        return structure

    return factory


def _step(note: object) -> str:
    if isinstance(note, AttributeValidationNote):
        return f".{note.name}"
    if isinstance(note, IterableValidationNote):
        return f"[{note.index}]"
    return ""


def _locate(exc: BaseException, path: str = "") -> tuple[str, BaseException]:
    """Follow a cattrs validation error down to its first leaf, building the field path."""
    while isinstance(exc, BaseExceptionGroup):
        exc = exc.exceptions[0]
        path += "".join(_step(note) for note in getattr(exc, "__notes__", ()))
    return path.lstrip("."), exc


def _join(path: str, field: str) -> str:
    if not field:
        return path or _ROOT
    if not path:
        return field
    return f"{path}{field}" if field.startswith("[") else f"{path}.{field}"


def _as_invalid_input(exc: BaseException) -> InvalidInputError:
    path, leaf = _locate(exc)
    if isinstance(leaf, InvalidInputError):
        return InvalidInputError(_join(path, leaf.field), leaf.value, leaf.problem)
    if isinstance(leaf, ForbiddenExtraKeysError):
        return InvalidInputError(path or _ROOT, sorted(leaf.extra_fields), "are unknown keys")
    if isinstance(leaf, KeyError):
        return InvalidInputError(path or _ROOT, None, "is required but missing")
    return InvalidInputError(path or _ROOT, None, f"cannot be structured: {leaf}")


class _Converter(cattrs.Converter):
    """A converter whose ``structure`` reports bad data as :class:`InvalidInputError`."""

    def structure(self, obj: Any, cl: Any) -> Any:
        try:
            return super().structure(obj, cl)
        except InvalidInputError as exc:
            raise _as_invalid_input(exc) from exc
        except (cattrs.BaseValidationError, KeyError, TypeError, ValueError) as exc:
            raise _as_invalid_input(exc) from exc


def make_converter() -> cattrs.Converter:
    """A new converter for every fpcore model and result (Decimal ↔ str, date ↔ ISO).

    Each call builds a fresh converter; register your own hooks on it freely.

    >>> from fpcore import Citation, Confidence
    >>> conv = make_converter()
    >>> conv.unstructure(Citation(title="示例", confidence=Confidence.ILLUSTRATIVE))["confidence"]
    'illustrative'
    >>> conv is make_converter()
    False
    """
    converter = _Converter(unstruct_collection_overrides={typing.Sequence: list})
    converter.register_unstructure_hook(Decimal, str)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(date, _structure_date)
    converter.register_structure_hook(bool, _strict(bool, "true or false"))
    converter.register_structure_hook(int, _strict(int, "an integer"))
    converter.register_structure_hook(str, _strict(str, "a string"))
    converter.register_structure_hook_func(_is_open_union, _structure_open)
    converter.register_unstructure_hook_func(_is_open_union, _unstructure_open)
    converter.register_structure_hook_factory(
        lambda kind: isinstance(kind, type) and issubclass(kind, enum.Enum), _enum_hook
    )
    converter.register_unstructure_hook_func(_is_set, _unstructure_set(converter))
    converter.register_structure_hook_factory(attrs.has, _attrs_hook_factory(converter))
    return converter
