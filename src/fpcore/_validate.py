"""Input checks shared by the models and the public functions (not part of the API).

Model fields and public arguments are checked by a few factories, each raising
:class:`~fpcore.errors.InvalidInputError` naming the field:

* :func:`is_a` — an instance of a type (or one of several), ``optional(is_a(...))`` for ``None``
  too;
* :data:`flag` — ``True`` or ``False`` (an ``int`` is not a flag);
* :data:`text` — a non-empty string;
* :data:`a_date` — a :class:`datetime.date` that is not a ``datetime``;
* :func:`check_book` — the ``book=`` argument of a public function (``None``: the default book);
* :func:`check_lang` — ``"zh"`` or ``"en"``.

>>> import attrs
>>> @attrs.frozen(kw_only=True)
... class Demo:
...     name: str = attrs.field(validator=text)
>>> Demo(name="x").name
'x'
>>> Demo(name="")
Traceback (most recent call last):
...
fpcore.errors.InvalidInputError: name: '' must be a non-empty string
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar

import attrs

from fpcore.dates import check_date
from fpcore.errors import InvalidInputError

if TYPE_CHECKING:  # pragma: no cover - imported for types only (params imports this module)
    from fpcore.params import PolicyBook

_T = TypeVar("_T")

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]
"""The attrs validator signature: ``(instance, attribute, value) -> None``."""


def _article(name: str) -> str:
    return "an" if name[0].lower() in "aeiou" else "a"


def is_a(kind: type | tuple[type, ...], what: str | None = None) -> Validator:
    """A validator accepting only instances of ``kind`` (``bool`` is not an ``int`` here).

    >>> @attrs.frozen
    ... class Count:
    ...     n: int = attrs.field(validator=is_a(int))
    >>> Count(True)
    Traceback (most recent call last):
    ...
    fpcore.errors.InvalidInputError: n: True must be an int
    """
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if what is None:
        what = " or ".join(f"{_article(k.__name__)} {k.__name__}" for k in kinds)
    refuse_bool = bool not in kinds and any(issubclass(bool, k) for k in kinds)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kinds) or (refuse_bool and isinstance(value, bool)):
            raise InvalidInputError(attribute.name, value, f"must be {what}")

    return check


def optional(validator: Validator) -> Validator:
    """``validator``, also accepting ``None``."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            validator(instance, attribute, value)

    return check


def flag(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: ``True`` or ``False``."""
    if not isinstance(value, bool):
        raise InvalidInputError(attribute.name, value, "must be True or False")


def text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a string with something other than whitespace in it."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(attribute.name, value, "must be a non-empty string")


def a_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a :class:`datetime.date` (a ``datetime`` is refused)."""
    check_date(value, attribute.name)


def instances(
    values: Iterable[object], kind: type[_T], field: str, *, at_least_one: str | None = None
) -> tuple[_T, ...]:
    """``values`` as a tuple whose every item is a ``kind``.

    Raises:
        InvalidInputError: Naming ``field`` for a value that is no list or tuple of items (a
            string or a mapping is refused too), ``field[i]`` for an item of another type, or
            ``field`` when ``at_least_one`` (a noun, e.g. ``"band"``) is given and there are no
            items.

    >>> instances([1, 2], int, "counts")
    (1, 2)
    >>> instances([], int, "counts", at_least_one="count")
    Traceback (most recent call last):
    ...
    fpcore.errors.InvalidInputError: counts: () must hold at least one count
    >>> instances("ab", str, "names")
    Traceback (most recent call last):
    ...
    fpcore.errors.InvalidInputError: names: 'ab' must be a tuple or list of str
    """
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        raise InvalidInputError(field, values, f"must be a tuple or list of {kind.__name__}")
    checked: list[_T] = []
    for index, item in enumerate(values):
        if not isinstance(item, kind):
            article = _article(kind.__name__)
            raise InvalidInputError(f"{field}[{index}]", item, f"must be {article} {kind.__name__}")
        checked.append(item)
    if at_least_one is not None and not checked:
        raise InvalidInputError(field, (), f"must hold at least one {at_least_one}")
    return tuple(checked)


def check_book(book: object, field: str = "book") -> PolicyBook:
    """The ``book=`` argument of a public function: ``None`` gives the default book.

    Raises:
        InvalidInputError: If ``book`` is neither ``None`` nor a
            :class:`~fpcore.params.PolicyBook`.

    >>> check_book({})
    Traceback (most recent call last):
    ...
    fpcore.errors.InvalidInputError: book: {} must be a PolicyBook or None
    """
    from fpcore.params import PolicyBook, default_book

    if book is None:
        return default_book()
    if not isinstance(book, PolicyBook):
        raise InvalidInputError(field, book, "must be a PolicyBook or None")
    return book


def check_lang(lang: object, field: str = "lang") -> Literal["zh", "en"]:
    """``lang`` if it is ``"zh"`` or ``"en"``.

    Raises:
        InvalidInputError: Otherwise.
    """
    if lang == "zh":
        return "zh"
    if lang == "en":
        return "en"
    raise InvalidInputError(field, lang, "must be 'zh' or 'en'")


# Decimal fields keep one small named converter each (``to_decimal(value, field=...)``): mypy's
# attrs plugin reads a named converter's parameter type as the ``__init__`` argument type, but
# refuses an ``attrs.Converter(..., takes_field=True)`` ("Unsupported converter").


# -- fast construction -------------------------------------------------------------------------
#
# attrs calls each field's validator from ``__init__``: one Python call per field, most of the
# cost of building a small model. Models built by the hundred thousand (persons, children,
# families) instead declare their checks as field metadata (``checked(...)``), test the common
# case inline in ``__attrs_post_init__`` and call ``run_checks`` only when that test fails, so
# the error names the field exactly as a validator would.

_CHECK: Final = "fpcore.check"


def checked(validator: Validator) -> dict[str, Validator]:
    """Field metadata holding ``validator``, run by :func:`run_checks` (see above)."""
    return {_CHECK: validator}


def run_checks(instance: object) -> None:
    """Run the ``checked`` validators of ``instance``'s fields, in declaration order.

    Raises:
        InvalidInputError: From the first field whose value its validator refuses.
    """
    for field in attrs.fields(type(instance)):  # type: ignore[arg-type]
        check = field.metadata.get(_CHECK)
        if check is not None:
            check(instance, field, getattr(instance, field.name))


_C = TypeVar("_C", bound=type)


def fast_init(cls: _C) -> _C:
    """Give an attrs frozen, slotted class an ``__init__`` that stores fields by slot.

    attrs' frozen ``__init__`` stores each field through ``object.__setattr__`` (the class's
    own ``__setattr__`` refuses); calling each slot's descriptor directly skips the attribute
    lookup and costs about a tenth less per object. The generated ``__init__`` has attrs'
    signature (keyword-only fields, the same defaults and converters, then
    ``__attrs_post_init__``) and keeps attrs' one as ``__wrapped__``, so ``inspect`` and the
    docs show its annotated signature. Only for the models built by the hundred thousand,
    whose checks live in ``__attrs_post_init__`` (``checked`` metadata): a field with a
    validator, a factory default, an alias or ``init=False`` is refused here (``TypeError``,
    at import).
    """
    generated: Any = cls.__dict__["__init__"]
    values: dict[str, object] = {}
    parameters: list[str] = []
    body: list[str] = []
    for index, field in enumerate(attrs.fields(cls)):
        if (
            field.validator is not None
            or isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
            or field.alias != field.name
            or not field.init
            or not field.kw_only
        ):
            raise TypeError(f"fast_init: {cls.__name__}.{field.name} needs attrs' own __init__")
        values[f"_set{index}"] = cls.__dict__[field.name].__set__
        if field.default is attrs.NOTHING:
            parameters.append(field.name)
        else:
            values[f"_default{index}"] = field.default
            parameters.append(f"{field.name}=_default{index}")
        value = field.name
        if field.converter is not None:
            values[f"_convert{index}"] = field.converter
            value = f"_convert{index}({field.name})"
        body.append(f"    _set{index}(self, {value})\n")
    source = (
        f"def __init__(self, *, {', '.join(parameters)}):\n"
        + "".join(body)
        + "    self.__attrs_post_init__()\n"
    )
    namespace: dict[str, Any] = {}
    exec(compile(source, f"<fpcore fast_init {cls.__qualname__}>", "exec"), values, namespace)
    init = namespace["__init__"]
    init.__annotations__ = dict(generated.__annotations__)
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = generated.__doc__
    init.__wrapped__ = generated
    cls.__init__ = init  # type: ignore[misc]
    return cls
