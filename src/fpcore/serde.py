"""Serialisation: plain, JSON-ready dicts for every model and result (install the ``cattrs`` extra).

:func:`make_converter` returns a **new** :class:`cattrs.Converter` each call; fpcore never
touches ``cattrs.global_converter``. Unstructured data holds only ``dict``, ``list``, ``str``,
``int``, ``bool`` and ``None``: a ``Decimal`` becomes its string (``"600.00"``), a ``Fraction`` too (``"1/3"``), a date its ISO
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
import threading
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, Final, TypeVar

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    ForbiddenExtraKeysError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from fpcore._validate import check_lang, instances
from fpcore.errors import MAX_PROBLEMS, InvalidInputError, shown
from fpcore.jurisdictions import BUILT_IN, Jurisdiction
from fpcore.params import AgeBand, AgeBands

__all__ = ["make_converter", "render"]

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


def _structure_fraction(value: object, _: object = None) -> Fraction:
    if isinstance(value, Fraction):
        return value
    if isinstance(value, bool) or not isinstance(value, str | int) or len(str(value)) > 100:
        raise InvalidInputError("", value, "must be an exact fraction string such as '1/3'")
    try:
        return Fraction(value)
    except (ValueError, ZeroDivisionError):
        raise InvalidInputError("", value, "is not an exact fraction such as '1/3'") from None


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
    members = {(type(member.value), member.value): member for member in kind}

    def structure(value: object, _: object) -> enum.Enum:
        try:
            return members[type(value), value]
        except (KeyError, TypeError):  # TypeError: an unhashable value
            raise InvalidInputError("", value, f"is not one of {known}") from None

    return structure


def _is_set(kind: object) -> bool:
    origin = typing.get_origin(kind) or kind
    return origin is frozenset or origin is set


def _unstructure_set(converter: cattrs.Converter) -> Callable[[frozenset[Any]], list[Any]]:
    def unstructure(items: frozenset[Any]) -> list[Any]:
        return sorted((converter.unstructure(item) for item in items), key=repr)

    return unstructure


def _allows_none(kind: object) -> bool:
    return kind is None or type(None) in typing.get_args(kind)


def _sequence_hook_factory(
    converter: cattrs.Converter,
) -> Callable[[Any], Callable[[object, object], object]]:
    """Tuples and frozensets: a JSON list only, checked item by item, stopping early.

    A string, bytes or a mapping is refused whole (cattrs would iterate over a string's
    characters or a mapping's keys); checking stops after :data:`~fpcore.errors.MAX_PROBLEMS`
    bad items, so a huge bad list costs little time or memory.
    """

    def factory(kind: Any) -> Callable[[object, object], object]:
        origin = typing.get_origin(kind)
        args = typing.get_args(kind)
        homogeneous = origin is frozenset or (len(args) == 2 and args[1] is Ellipsis)
        items = args[:1] if homogeneous else args
        hooks: list[Callable[[object, object], object]] = []  # found on first use

        def structure(value: object, _: object) -> object:
            if not hooks:
                hooks.extend(converter.get_structure_hook(kind) for kind in items)
            if type(value) is not list and (
                isinstance(value, str | bytes | Mapping)
                or not isinstance(value, list | tuple | set | frozenset)
            ):
                raise InvalidInputError("", value, "must be a list")
            if not homogeneous and len(value) != len(items):
                raise InvalidInputError("", value, f"must be a list of {len(items)} items")
            out: list[object] = []
            errors: list[Exception] = []
            for index, item in enumerate(value):
                at = 0 if homogeneous else index
                kind_of_item = items[at]
                try:
                    out.append(hooks[at](item, kind_of_item))
                except Exception as exc:
                    exc.add_note(IterableValidationNote(f"@ index {index}", index, kind_of_item))
                    errors.append(exc)
                    if len(errors) > MAX_PROBLEMS:
                        break
            if errors:
                raise cattrs.IterableValidationError(f"While structuring {kind!r}", errors, kind)
            return frozenset(out) if origin is frozenset else tuple(out)

        return structure

    return factory


def _is_optional(kind: object) -> bool:
    args = typing.get_args(kind)
    return len(args) == 2 and type(None) in args and not _is_open_union(kind)


def _optional_hook_factory(
    converter: cattrs.Converter,
) -> Callable[[Any], Callable[[object, object], object]]:
    """``X | None``: ``None``, or the value structured as ``X`` (the hook is looked up once)."""

    def factory(kind: Any) -> Callable[[object, object], object]:
        (inner,) = (arg for arg in typing.get_args(kind) if arg is not type(None))
        hooks: list[Callable[[object, object], object]] = []

        def structure(value: object, _: object) -> object:
            if value is None:
                return None
            if not hooks:
                hooks.append(converter.get_structure_hook(inner))
            return hooks[0](value, inner)

        return structure

    return factory


def _is_sequence(kind: object) -> bool:
    return typing.get_origin(kind) in (tuple, frozenset)


class _Missing:
    """The value shown for a required key that is absent."""

    def __repr__(self) -> str:
        return "no value"


_MISSING: Final = _Missing()


def _attrs_hook_factory(
    converter: cattrs.Converter, registry: Mapping[str, Jurisdiction]
) -> Callable[[type[T]], Callable[..., T]]:
    def factory(kind: type[T]) -> Callable[..., T]:
        # Good data goes through the plain structuring function; when it fails, the converter
        # structures the payload again in detailed mode, which collects every problem.
        fast = make_dict_structure_fn(
            kind, converter, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=False
        )
        detailed = make_dict_structure_fn(
            kind, converter, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True
        )
        # An optional field without a default may be left out: a missing key means None.
        optional = tuple(
            field.name
            for field in attrs.fields(kind)  # type: ignore[arg-type]
            if field.init and field.default is attrs.NOTHING and _allows_none(field.type)
        )

        def structure(value: object, _: object) -> T:
            if type(value) is not dict and not isinstance(value, Mapping):
                raise InvalidInputError(
                    "", value, f"must be a mapping of the fields of {kind.__name__}"
                )
            if optional:
                absent = [name for name in optional if name not in value]
                if absent:
                    value = {**value, **dict.fromkeys(absent)}
            return (detailed if _MODE.detailed else fast)(value, kind)

        if kind is not Jurisdiction:
            return structure
        return _jurisdiction_hook(structure, registry)  # type: ignore[arg-type,return-value]

    return factory


def _jurisdiction_hook(
    structure: Callable[[object, object], Jurisdiction], registry: Mapping[str, Jurisdiction]
) -> Callable[[object, object], Jurisdiction]:
    """A jurisdiction: a code resolved in the registry, or a mapping that matches it."""
    known = ", ".join(sorted(registry))

    # the form each registered jurisdiction unstructures to: a payload equal to it is that
    # jurisdiction, with no need to build and compare the chain (the common case)
    plain = {code: _plain_jurisdiction(j) for code, j in registry.items()}

    def resolve(value: object, _: object) -> Jurisdiction:
        if isinstance(value, str):
            found = registry.get(value)
            if found is None:
                raise InvalidInputError("", value, f"is not a known jurisdiction code ({known})")
            return found
        if type(value) is dict:
            code = value.get("code")
            if isinstance(code, str) and plain.get(code) == value:
                return registry[code]
        given = structure(value, Jurisdiction)
        found = registry.get(given.code)
        if found is None:
            raise InvalidInputError(
                "code",
                given.code,
                "is not a known jurisdiction code: register the jurisdiction with "
                "make_converter(jurisdictions=...)",
            )
        if found != given:
            raise InvalidInputError(
                "", given, f"does not match the registered jurisdiction {given.code}"
            )
        return found

    return resolve


def _plain_jurisdiction(jurisdiction: Jurisdiction) -> dict[str, object]:
    parent = jurisdiction.parent
    return {
        "code": jurisdiction.code,
        "name_zh": jurisdiction.name_zh,
        "name_en": jurisdiction.name_en,
        "parent": None if parent is None else _plain_jurisdiction(parent),
    }


def _step(note: object) -> str:
    if isinstance(note, AttributeValidationNote):
        return f".{note.name}"
    if isinstance(note, IterableValidationNote):
        return f"[{note.index}]"
    return ""


def _leaves(exc: BaseException, path: str = "") -> Iterator[tuple[str, BaseException]]:
    """Every leaf of a cattrs validation error, with the field path that leads to it."""
    if not isinstance(exc, BaseExceptionGroup):
        yield path.lstrip("."), exc
        return
    for sub in exc.exceptions:
        yield from _leaves(sub, path + "".join(_step(n) for n in getattr(sub, "__notes__", ())))


def _join(path: str, field: str) -> str:
    if not field:
        return path or _ROOT
    if not path:
        return field
    return f"{path}{field}" if field.startswith("[") else f"{path}.{field}"


def _problem(path: str, leaf: BaseException) -> tuple[str, object, str]:
    if isinstance(leaf, InvalidInputError):
        return _join(path, leaf.field), leaf.value, leaf.problem
    if isinstance(leaf, ForbiddenExtraKeysError):
        return path or _ROOT, sorted(leaf.extra_fields), "are unknown keys"
    if isinstance(leaf, KeyError):
        return path or _ROOT, _MISSING, "was given (the key is required)"
    return path or _ROOT, _MISSING, f"cannot be structured: {shown(str(leaf))}"


def _as_invalid_input(exc: BaseException) -> InvalidInputError:
    found: list[tuple[str, object, str]] = []
    truncated = False
    for path, leaf in _leaves(exc):
        if len(found) == MAX_PROBLEMS:
            truncated = True
            break
        found.append(_problem(path, leaf))
    field, value, problem = found[0]
    return InvalidInputError(
        field,
        value,
        problem,
        problems=[(where, f"{shown(what)} {why}") for where, what, why in found],
        truncated=truncated,
    )


class _Converter(cattrs.Converter):
    """A converter whose ``structure`` reports bad data as :class:`InvalidInputError`."""

    def structure(self, obj: Any, cl: Any) -> Any:
        try:
            return super().structure(obj, cl)
        except (
            cattrs.BaseValidationError,
            ForbiddenExtraKeysError,
            KeyError,
            TypeError,
            ValueError,
        ) as exc:
            failed: BaseException = exc
        if _MODE.detailed:  # pragma: no cover - a hook structuring through the converter
            raise _as_invalid_input(failed) from failed
        _MODE.detailed = True
        try:
            super().structure(obj, cl)
        except (
            cattrs.BaseValidationError,
            ForbiddenExtraKeysError,
            KeyError,
            TypeError,
            ValueError,
        ) as exc:
            failed = exc
        else:  # pragma: no cover - the detailed run fails where the plain one did
            pass
        finally:
            _MODE.detailed = False
        raise _as_invalid_input(failed) from failed


class _Mode(threading.local):
    """Whether this thread is structuring in detailed mode (collecting every problem)."""

    detailed = False


_MODE: Final = _Mode()


def make_converter(*, jurisdictions: Iterable[Jurisdiction] = ()) -> cattrs.Converter:
    """A new converter for every fpcore model and result (Decimal ↔ str, date ↔ ISO).

    Each call builds a fresh converter; register your own hooks on it freely.

    Args:
        jurisdictions: User-defined jurisdictions to accept besides the built-in ones (with the
            levels above them), for example ``book.jurisdictions()`` of the caller's policy
            book. A jurisdiction in the data is a code (``"360728"``) resolved among these, or
            a mapping that must equal the one registered under its code; any other code is
            refused.

    Raises:
        InvalidInputError: If ``jurisdictions`` is not a collection of Jurisdiction.

    >>> from fpcore import Citation, Confidence
    >>> conv = make_converter()
    >>> conv.unstructure(Citation(title="示例", confidence=Confidence.ILLUSTRATIVE))["confidence"]
    'illustrative'
    >>> conv is make_converter()
    False
    """
    registry = {j.code: j for j in BUILT_IN}
    for extra in instances(jurisdictions, Jurisdiction, "jurisdictions"):
        for level in reversed(extra.chain):
            registry[level.code] = level
    converter = _Converter(unstruct_collection_overrides={typing.Sequence: list})
    converter.register_unstructure_hook(Decimal, str)
    converter.register_unstructure_hook(Fraction, str)
    converter.register_structure_hook(Fraction, _structure_fraction)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(date, _structure_date)
    converter.register_structure_hook(bool, _strict(bool, "true or false"))
    converter.register_structure_hook(int, _strict(int, "an integer"))
    converter.register_structure_hook(str, _strict(str, "a string"))
    converter.register_structure_hook_func(_is_open_union, _structure_open)
    converter.register_unstructure_hook_func(_is_open_union, _unstructure_open)
    # by the Enum base class too: cattrs before 25 dispatches enums on the class first
    enum_hooks: dict[type[enum.Enum], Callable[[object, object], enum.Enum]] = {}

    def structure_enum(value: object, kind: type[enum.Enum]) -> enum.Enum:
        hook = enum_hooks.get(kind)
        if hook is None:
            hook = enum_hooks[kind] = _enum_hook(kind)
        return hook(value, kind)

    converter.register_structure_hook(enum.Enum, structure_enum)
    converter.register_structure_hook_factory(
        lambda kind: isinstance(kind, type) and issubclass(kind, enum.Enum), _enum_hook
    )
    converter.register_unstructure_hook_func(_is_set, _unstructure_set(converter))
    converter.register_structure_hook_factory(attrs.has, _attrs_hook_factory(converter, registry))
    converter.register_structure_hook_factory(_is_sequence, _sequence_hook_factory(converter))
    converter.register_structure_hook_factory(_is_optional, _optional_hook_factory(converter))
    return converter


# -- the compact rendered form -----------------------------------------------------------------


def _outcome(result: object) -> str | None:
    if hasattr(result, "eligible"):
        eligible = result.eligible
        if eligible is None:
            return "undetermined"
        return "eligible" if eligible else "not_eligible"
    for name, yes, no in (
        ("within_policy", "within_policy", "out_of_policy"),
        ("due", "due", "not_due"),
    ):
        if hasattr(result, name):
            value = getattr(result, name)
            return "undetermined" if value is None else (yes if value else no)
    grade = getattr(result, "grade", None)
    if isinstance(grade, enum.Enum):
        return str(grade.value)
    return None


def _code(result: object) -> str:
    for name in ("sheet", "rule", "subject"):  # a card's or an award's subject is the unit
        value = getattr(result, name, None)
        if isinstance(value, str):
            return value
        if isinstance(getattr(value, "code", None), str):
            return str(value.code)  # type: ignore[union-attr]
    name = type(result).__name__
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def render(result: object, lang: str = "zh") -> dict[str, object]:
    """A compact, JSON-ready form of an explained result, for a service's reply or a log.

    Beside the lossless form (``make_converter().unstructure(result)``, from which the result
    can be rebuilt), this is what a person or a client shows: ``code``, ``outcome``,
    ``amount`` (a string, or ``None``), ``headline``, each check as ``code``, ``passed`` and
    ``text`` with the numbers of its ``sources``, every source once, and ``unverified_after``
    (an ISO date or ``None``). A typical decision takes well under 2 KB of JSON. It works on
    a :class:`~fpcore.explain.Decision` and on every result with a ``headline`` (birth
    rulings, fees, leave, pay awards, score cards: those without checks give an empty list).

    Raises:
        InvalidInputError: If ``result`` has no headline, or ``lang`` is not ``"zh"``/``"en"``.

    >>> from datetime import date
    >>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex, assess
    >>> he = Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=Hukou.RURAL)
    >>> she = Person(sex=Sex.FEMALE, birth_date=date(1950, 5, 2), hukou=Hukou.RURAL)
    >>> girl = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
    >>> family = Family(father=he, mother=she, children=(girl,), jurisdiction=DINGNAN)
    >>> out = render(assess("reward_assistance", family, on=date(2012, 3, 1)), "en")
    >>> out["code"], out["outcome"], out["amount"], out["unverified_after"]
    ('reward_assistance', 'eligible', '1920.00', None)
    >>> out["checks"][0]
    {'code': 'reward_assistance.hukou', 'passed': True, 'text': 'Both spouses hold a rural hukou', 'sources': [1]}
    """
    lang = check_lang(lang)
    headline = getattr(result, "headline", None)
    if not callable(headline):
        raise InvalidInputError("result", result, "is not an explained result (no headline)")
    sources: dict[str, int] = {}
    # the kernel's order (checks first, then the amount's own sources), each source once
    for citation in getattr(result, "sources", ()):
        sources.setdefault(citation.render(lang), len(sources) + 1)
    checks = []
    for check in getattr(result, "checks", ()):
        cited = [sources.setdefault(c.render(lang), len(sources) + 1) for c in check.citations]
        checks.append(
            {
                "code": check.code,
                "passed": check.passed,
                "text": check.message.render(lang, dict(check.facts)),
                "sources": cited,
            }
        )
    amount = getattr(result, "amount", None)
    if amount is None and isinstance(getattr(result, "total", None), Decimal):
        amount = result.total  # type: ignore[attr-defined]
    horizon = getattr(result, "unverified_after", None)
    return {
        "code": _code(result),
        "outcome": _outcome(result),
        "amount": None if amount is None else str(amount),
        "headline": headline(lang),
        "checks": checks,
        "sources": list(sources),
        "unverified_after": horizon.isoformat() if isinstance(horizon, date) else None,
    }
