"""Jurisdictions: the national → province → prefecture → county (→ township) chain.

Codes follow GB/T 2260 (六位行政区划代码): a province ends in ``0000`` (江西 ``360000``), a
prefecture-level city in ``00`` (赣州 ``360700``), a county in neither (定南 ``360728``).
Townships use the 9-digit codes that extend their county's (GB/T 10114 style). The nation has
no GB/T 2260 code; fpcore uses ``000000``.

Users add their own jurisdictions without touching the library: build a :class:`Jurisdiction`
with its parent, and pass it to rules and to the policy book.

>>> RUIJIN = Jurisdiction(code="360781", name_zh="瑞金市", name_en="Ruijin", parent=GANZHOU)
>>> [j.code for j in RUIJIN.chain]
['360781', '360700', '360000', '000000']
>>> lookup("360728").name_en
'Dingnan County'
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from types import MappingProxyType
from typing import Final, final

import attrs

from fpcore._validate import instances
from fpcore.errors import InvalidInputError, UnknownJurisdictionError

__all__ = [
    "DINGNAN",
    "GANZHOU",
    "JIANGXI",
    "NATIONAL",
    "NATIONAL_CODE",
    "BUILT_IN",
    "Jurisdiction",
    "Level",
    "lookup",
]

NATIONAL_CODE: Final = "000000"


class Level(enum.IntEnum):
    """Administrative level, from the nation (0) down to the township (4)."""

    NATIONAL = 0
    PROVINCE = 1
    PREFECTURE = 2
    COUNTY = 3
    TOWNSHIP = 4


def _level_of(code: str) -> Level:
    if code == NATIONAL_CODE:
        return Level.NATIONAL
    if len(code) > 6:
        return Level.TOWNSHIP
    if code.endswith("0000"):
        return Level.PROVINCE
    if code.endswith("00"):
        return Level.PREFECTURE
    return Level.COUNTY


def _significant_prefix(code: str, level: Level) -> str:
    return {
        Level.NATIONAL: "",
        Level.PROVINCE: code[:2],
        Level.PREFECTURE: code[:4],
        Level.COUNTY: code[:6],
        Level.TOWNSHIP: code,
    }[level]


def _check_code(instance: Jurisdiction, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.isascii() or not value.isdigit():
        raise InvalidInputError(attribute.name, value, "must be a string of digits (GB/T 2260)")
    if len(value) not in (6, 9, 12):
        raise InvalidInputError(attribute.name, value, "must have 6, 9 or 12 digits")
    if value != NATIONAL_CODE and value[:2] == "00":
        raise InvalidInputError(attribute.name, value, "is not a GB/T 2260 code (starts 00)")


def _check_text(instance: Jurisdiction, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(attribute.name, value, "must be a non-empty string")


@final
@attrs.frozen(kw_only=True, cache_hash=True)
class Jurisdiction:
    """An administrative area whose rules a family falls under.

    Attributes:
        code: GB/T 2260 code (``"000000"`` for the nation).
        name_zh: Chinese name, e.g. ``"定南县"``.
        name_en: English name, e.g. ``"Dingnan County"``.
        parent: The area one level up; ``None`` only for the nation.

    Raises:
        InvalidInputError: For a malformed code, an empty name, a missing or inconsistent parent
            (a county's code must extend its province's two digits, for example).
    """

    code: str = attrs.field(validator=_check_code)
    name_zh: str = attrs.field(validator=_check_text)
    name_en: str = attrs.field(validator=_check_text)
    parent: Jurisdiction | None = attrs.field(default=None, repr=lambda p: repr(p and p.code))

    def __attrs_post_init__(self) -> None:
        """Check the parent is present, one level up or more, and shares the code prefix."""
        level = _level_of(self.code)
        if self.parent is None:
            if level is not Level.NATIONAL:
                raise InvalidInputError("parent", None, f"is required for {self.code}")
            return
        if not isinstance(self.parent, Jurisdiction):
            raise InvalidInputError("parent", self.parent, "must be a Jurisdiction or None")
        if level is Level.NATIONAL:
            raise InvalidInputError("parent", self.parent.code, "must be None for the nation")
        if self.parent.level >= level:
            raise InvalidInputError(
                "parent", self.parent.code, f"must be a higher level than {self.code}"
            )
        prefix = _significant_prefix(self.parent.code, self.parent.level)
        if not self.code.startswith(prefix):
            raise InvalidInputError(
                "parent",
                self.parent.code,
                f"does not contain {self.code} (codes must share {prefix!r})",
            )

    @property
    def level(self) -> Level:
        """The administrative level implied by the code."""
        return _level_of(self.code)

    @property
    def chain(self) -> tuple[Jurisdiction, ...]:
        """This area and every area above it, most specific first, ending with the nation."""
        chain: list[Jurisdiction] = []
        node: Jurisdiction | None = self
        while node is not None:
            chain.append(node)
            node = node.parent
        return tuple(chain)

    def name(self, lang: str = "zh") -> str:
        """The name in ``"zh"`` or ``"en"``."""
        return self.name_en if lang == "en" else self.name_zh

    def is_within(self, other: Jurisdiction) -> bool:
        """Whether this area is ``other`` or lies inside it.

        Raises:
            InvalidInputError: If ``other`` is not a Jurisdiction.

        >>> DINGNAN.is_within(JIANGXI), JIANGXI.is_within(DINGNAN)
        (True, False)
        """
        if not isinstance(other, Jurisdiction):
            raise InvalidInputError("other", other, "must be a Jurisdiction")
        return any(node.code == other.code for node in self.chain)


NATIONAL: Final = Jurisdiction(code=NATIONAL_CODE, name_zh="全国", name_en="China (national)")
"""The national level (national law and State Council rules)."""
JIANGXI: Final = Jurisdiction(
    code="360000", name_zh="江西省", name_en="Jiangxi Province", parent=NATIONAL
)
"""Jiangxi Province (360000)."""
GANZHOU: Final = Jurisdiction(code="360700", name_zh="赣州市", name_en="Ganzhou", parent=JIANGXI)
"""Ganzhou, prefecture-level city (360700)."""
DINGNAN: Final = Jurisdiction(
    code="360728", name_zh="定南县", name_en="Dingnan County", parent=GANZHOU
)
"""Dingnan County (360728), the seed's county."""

BUILT_IN: Final[tuple[Jurisdiction, ...]] = (NATIONAL, JIANGXI, GANZHOU, DINGNAN)
"""The jurisdictions fpcore ships."""


_BY_CODE: Final = MappingProxyType({j.code: j for j in BUILT_IN})


def lookup(code: str, *, extra: Iterable[Jurisdiction] = ()) -> Jurisdiction:
    """Find a jurisdiction by code among the built-in ones and ``extra``: the registry.

    Services that receive codes (a form, a database row, JSON through :mod:`fpcore.serde`)
    resolve them here, so the chain above a known code is always the registered one.

    Args:
        code: GB/T 2260 code.
        extra: User-defined jurisdictions to search as well (searched first), e.g. those a
            caller registered with its book (:meth:`fpcore.params.PolicyBook.jurisdictions`).

    Raises:
        UnknownJurisdictionError: If no jurisdiction has this code (also an
            :class:`~fpcore.errors.InvalidInputError`).
        InvalidInputError: If ``extra`` is not a collection of Jurisdiction.

    >>> lookup("360728") is DINGNAN
    True

    >>> lookup("360729")
    Traceback (most recent call last):
    ...
    fpcore.errors.UnknownJurisdictionError: code: '360729' is not a known jurisdiction code (known: 000000, 360000, 360700, 360728)
    """
    none = isinstance(extra, tuple) and not extra
    others = () if none else instances(extra, Jurisdiction, "extra")
    for candidate in others:
        if candidate.code == code:
            return candidate
    try:
        return _BY_CODE[code]
    except (KeyError, TypeError):  # TypeError: an unhashable "code"
        known = sorted({c.code for c in (*others, *BUILT_IN)})
        raise UnknownJurisdictionError(code, tuple(known)) from None
