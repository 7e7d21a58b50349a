"""Errors and warnings raised by fpcore.

Every exception fpcore raises on purpose derives from :class:`FpcoreError` and also from the
builtin exception a caller would naturally catch (``ValueError`` for bad input, ``KeyError`` for
an unknown name, ``LookupError`` for a missing value), so both ``except FpcoreError`` and
``except ValueError`` work.

>>> try:
...     raise InvalidInputError("birth_date", "2030-13-01", "is not a date")
... except ValueError as exc:
...     print(exc)
birth_date: '2030-13-01' is not a date
"""

from __future__ import annotations

import reprlib
from collections.abc import Iterable

__all__ = [
    "FpcoreDeprecationWarning",
    "FpcoreError",
    "FpcoreWarning",
    "InvalidInputError",
    "MAX_PROBLEMS",
    "NoValueForDateError",
    "ParameterTypeError",
    "UnknownIndicatorError",
    "UnknownJurisdictionError",
    "UnknownParameterError",
    "UnknownProgramError",
    "UnknownSheetError",
    "shown",
]


class FpcoreError(Exception):
    """Base class of every error fpcore raises on purpose."""


class _Shown(reprlib.Repr):
    """A bounded repr: long text and numbers are cut, deep nesting is elided."""

    def __init__(self) -> None:
        super().__init__()
        self.maxlevel = 3
        self.maxstring = 80
        self.maxother = 80
        self.maxlong = 40
        self.maxlist = self.maxtuple = self.maxset = self.maxfrozenset = self.maxdict = 6

    def repr_int(self, x: int, level: int) -> str:
        # repr() of an int past 4,300 digits raises ValueError: estimate the size instead.
        if x.bit_length() > 128:
            return f"<int of about {int(x.bit_length() * 0.30103) + 1} digits>"
        return repr(x)

    def repr_instance(self, x: object, level: int) -> str:
        try:
            return super().repr_instance(x, level)
        except BaseException:  # pragma: no cover - reprlib already catches Exception
            return f"<{type(x).__name__}>"


_SHOWN = _Shown()

MAX_PROBLEMS = 20
"""How many problems one :class:`InvalidInputError` lists in its message, and how many a
structuring pass (:mod:`fpcore.serde`, :meth:`~fpcore.params.PolicyBook.reform`) keeps before it
stops; :mod:`fpcore.tables` keeps every problem of a table (up to
:data:`fpcore.tables.MAX_ROW_PROBLEMS`) and lists the first ones."""


def shown(value: object) -> str:
    """A short, failure-proof ``repr`` of ``value`` for an error message.

    Text past 80 characters, ints past 128 bits and nesting past three levels are cut, and a
    value whose ``repr`` fails is shown by its type name, so building an error never fails.

    >>> len(shown("x" * 1000))
    80
    >>> shown(10**5000)
    '<int of about 5001 digits>'
    """
    try:
        return _SHOWN.repr(value)
    except Exception:  # a hostile __repr__ or a recursion past the limit
        return f"<{type(value).__name__}>"


class InvalidInputError(FpcoreError, ValueError):
    """An argument or a model field has a value the rules cannot accept.

    Args:
        field: Name (or path, such as ``children[2].birth_date``) of the offending input.
        value: The value that was given.
        problem: What is wrong with it, as a phrase ("must not be negative").

        problems: Every problem found, as ``(path, message)`` pairs, when one error reports
            several (:func:`fpcore.serde.make_converter` reports a whole payload at once);
            ``field``, ``value`` and ``problem`` then describe the first.
        truncated: Whether checking stopped before the end (there are more problems than
            ``problems`` holds).

    The message reads ``field: value problem``, with the value shown short (long text and huge
    numbers are cut); the parts are kept as attributes, and ``problems`` holds the same as
    data. A message lists at most :data:`MAX_PROBLEMS` problems and counts the rest, which
    ``problems`` still holds (:func:`fpcore.tables.families_from_rows` reports every bad row).

    >>> err = InvalidInputError("name", "x" * 10_000, "is too long")
    >>> len(str(err)) < 100, err.problems[0][0]
    (True, 'name')
    """

    def __init__(
        self,
        field: str,
        value: object,
        problem: str,
        *,
        problems: Iterable[tuple[str, str]] = (),
        truncated: bool = False,
    ) -> None:
        self.field = field
        self.value = value
        self.problem = problem
        first = (field, f"{shown(value)} {problem}")
        self.problems: tuple[tuple[str, str], ...] = tuple(problems) or (first,)
        self.truncated = truncated
        if len(self.problems) == 1 and not truncated:
            message = f"{first[0]}: {first[1]}"
        else:
            count = f"{len(self.problems)}{'+' if truncated else ''}"
            lines = [f"{path}: {text}" for path, text in self.problems[:MAX_PROBLEMS]]
            if len(self.problems) > MAX_PROBLEMS:
                lines.append(
                    f"… and {len(self.problems) - MAX_PROBLEMS} more (every one is in .problems)"
                )
            if truncated:
                lines.append(f"… checking stopped after {len(self.problems)} problems")
            message = f"{count} problems:\n" + "\n".join(lines)
        super().__init__(message)


class _KeyLikeError(FpcoreError, KeyError):
    """A lookup by name failed; the message is shown as text, not as a quoted key."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class UnknownParameterError(_KeyLikeError):
    """The policy book holds no parameter under this key.

    Attributes:
        key: The key that was asked for.
    """

    def __init__(self, key: object, known: tuple[str, ...] = ()) -> None:
        self.key = key
        self.known = known
        hint = f"; known keys start with: {', '.join(sorted({k.split('.')[0] for k in known}))}"
        super().__init__(f"no parameter {shown(key)} in the policy book{hint if known else ''}")


class UnknownProgramError(_KeyLikeError):
    """No incentive programme is registered under this code.

    Attributes:
        code: The code that was asked for.
        known: The registered codes.
    """

    def __init__(self, code: object, known: tuple[str, ...]) -> None:
        self.code = code
        self.known = known
        super().__init__(f"unknown programme {shown(code)}; known programmes: {', '.join(known)}")


class UnknownIndicatorError(_KeyLikeError):
    """No indicator is defined (or was computed) under this code.

    Attributes:
        code: The code that was asked for.
        known: The codes that were available.
    """

    def __init__(self, code: str, known: tuple[str, ...]) -> None:
        self.code = code
        self.known = known
        super().__init__(
            f"unknown indicator {shown(code)}; available: {', '.join(known) or 'none'}"
        )


class UnknownSheetError(_KeyLikeError):
    """No built-in assessment sheet has this code.

    Attributes:
        code: The code that was asked for.
        known: The built-in sheet codes.
    """

    def __init__(self, code: object, known: tuple[str, ...]) -> None:
        self.code = code
        self.known = known
        super().__init__(
            f"unknown assessment sheet {shown(code)}; known sheets: {', '.join(known)}"
        )


class UnknownJurisdictionError(InvalidInputError, KeyError):
    """No jurisdiction is known under this GB/T 2260 code.

    It is both an :class:`InvalidInputError` (the code is bad input) and a ``KeyError``.
    """

    def __init__(self, code: object, known: tuple[str, ...] = ()) -> None:
        listing = f" (known: {', '.join(known)})" if known else ""
        super().__init__("code", code, f"is not a known jurisdiction code{listing}")

    def __str__(self) -> str:
        return str(self.args[0])


class NoValueForDateError(FpcoreError, LookupError):
    """A parameter exists but no value of it is in force on the date asked for.

    Attributes:
        key: The parameter key.
        on: The date asked for.
        searched: Codes of the jurisdiction levels searched, most specific first.
    """

    def __init__(self, key: str, on: object, searched: tuple[str, ...]) -> None:
        self.key = key
        self.on = on
        self.searched = searched
        super().__init__(
            f"no value of {key!r} is in force on {on} in any of the jurisdictions searched "
            f"({' → '.join(searched)})"
        )


class ParameterTypeError(FpcoreError, TypeError):
    """A rule asked for a parameter as a type it does not have (a book or rule defect)."""


class FpcoreWarning(UserWarning):
    """Legal but dubious use, such as asking for a date past every known revision."""


class FpcoreDeprecationWarning(FpcoreWarning, DeprecationWarning):
    """A public name or behaviour is deprecated and will be removed."""
