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

__all__ = [
    "FpcoreDeprecationWarning",
    "FpcoreError",
    "FpcoreWarning",
    "InvalidInputError",
    "NoValueForDateError",
    "ParameterTypeError",
    "UnknownIndicatorError",
    "UnknownJurisdictionError",
    "UnknownParameterError",
    "UnknownProgramError",
    "UnknownSheetError",
]


class FpcoreError(Exception):
    """Base class of every error fpcore raises on purpose."""


class InvalidInputError(FpcoreError, ValueError):
    """An argument or a model field has a value the rules cannot accept.

    Args:
        field: Name (or path, such as ``children[2].birth_date``) of the offending input.
        value: The value that was given.
        problem: What is wrong with it, as a phrase ("must not be negative").

    The message reads ``field: value problem``; the parts are kept as attributes.
    """

    def __init__(self, field: str, value: object, problem: str) -> None:
        self.field = field
        self.value = value
        self.problem = problem
        super().__init__(f"{field}: {value!r} {problem}")


class _KeyLikeError(FpcoreError, KeyError):
    """A lookup by name failed; the message is shown as text, not as a quoted key."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class UnknownParameterError(_KeyLikeError):
    """The policy book holds no parameter under this key.

    Attributes:
        key: The key that was asked for.
    """

    def __init__(self, key: str, known: tuple[str, ...] = ()) -> None:
        self.key = key
        self.known = known
        hint = f"; known keys start with: {', '.join(sorted({k.split('.')[0] for k in known}))}"
        super().__init__(f"no parameter {key!r} in the policy book{hint if known else ''}")


class UnknownProgramError(_KeyLikeError):
    """No incentive programme is registered under this code.

    Attributes:
        code: The code that was asked for.
        known: The registered codes.
    """

    def __init__(self, code: str, known: tuple[str, ...]) -> None:
        self.code = code
        self.known = known
        super().__init__(f"unknown programme {code!r}; known programmes: {', '.join(known)}")


class UnknownIndicatorError(_KeyLikeError):
    """No indicator is defined (or was computed) under this code.

    Attributes:
        code: The code that was asked for.
        known: The codes that were available.
    """

    def __init__(self, code: str, known: tuple[str, ...]) -> None:
        self.code = code
        self.known = known
        super().__init__(f"unknown indicator {code!r}; available: {', '.join(known) or 'none'}")


class UnknownSheetError(_KeyLikeError):
    """No built-in assessment sheet has this code.

    Attributes:
        code: The code that was asked for.
        known: The built-in sheet codes.
    """

    def __init__(self, code: object, known: tuple[str, ...]) -> None:
        self.code = code
        self.known = known
        super().__init__(f"unknown assessment sheet {code!r}; known sheets: {', '.join(known)}")


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
