"""fpcore: China's family-planning administration rules as tested, cited, dated code.

The foundation (models, the policy book, explanations) is imported with the package; the
capability packages (``fpcore.incentives``, ``fpcore.indicators``, ``fpcore.assessment``) are
imported the first time one of their names is used, so that ``import fpcore`` stays quick.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from fpcore._version import __version__
from fpcore.dates import full_age
from fpcore.errors import (
    FpcoreDeprecationWarning,
    FpcoreError,
    FpcoreWarning,
    InvalidInputError,
    NoValueForDateError,
    ParameterTypeError,
    UnknownIndicatorError,
    UnknownJurisdictionError,
    UnknownParameterError,
    UnknownProgramError,
    UnknownSheetError,
)
from fpcore.explain import Check, Decision, Message, Share
from fpcore.family import Child, Family, Hukou, Parent, Person, SecondBirthGround, Sex
from fpcore.jurisdictions import DINGNAN, GANZHOU, JIANGXI, NATIONAL, Jurisdiction
from fpcore.money import to_money
from fpcore.params import (
    Citation,
    Confidence,
    DatedValue,
    Entry,
    Parameter,
    ParameterHistory,
    PolicyBook,
    Resolution,
    ValueKind,
    default_book,
)

if TYPE_CHECKING:
    from fpcore.assessment import AssessmentSheet, Grade, ScoreCard, accountability, score
    from fpcore.incentives import assess, entitlement, programs
    from fpcore.indicators import IndicatorReport, Rate

_LAZY = {
    **dict.fromkeys(
        ("AssessmentSheet", "Grade", "ScoreCard", "accountability", "score"), "fpcore.assessment"
    ),
    **dict.fromkeys(("assess", "entitlement", "programs"), "fpcore.incentives"),
    **dict.fromkeys(("IndicatorReport", "Rate"), "fpcore.indicators"),
}
"""Names re-exported from the capability packages, imported on first use."""

if not TYPE_CHECKING:  # pragma: no branch - type checkers see the imports above

    def __getattr__(name):
        """Import a capability package when one of its re-exported names is first used."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module 'fpcore' has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    """The module's names, the lazily imported ones included."""
    return sorted({*globals(), *_LAZY})


__all__ = [
    "AssessmentSheet",
    "Check",
    "Child",
    "Citation",
    "Confidence",
    "DINGNAN",
    "DatedValue",
    "Decision",
    "Entry",
    "Family",
    "FpcoreDeprecationWarning",
    "FpcoreError",
    "FpcoreWarning",
    "GANZHOU",
    "Grade",
    "Hukou",
    "IndicatorReport",
    "InvalidInputError",
    "JIANGXI",
    "Jurisdiction",
    "Message",
    "NATIONAL",
    "NoValueForDateError",
    "Parameter",
    "ParameterHistory",
    "ParameterTypeError",
    "Parent",
    "Person",
    "PolicyBook",
    "Rate",
    "Resolution",
    "ScoreCard",
    "SecondBirthGround",
    "Sex",
    "Share",
    "UnknownIndicatorError",
    "UnknownJurisdictionError",
    "UnknownParameterError",
    "UnknownProgramError",
    "UnknownSheetError",
    "ValueKind",
    "__version__",
    "accountability",
    "assess",
    "default_book",
    "entitlement",
    "full_age",
    "programs",
    "score",
    "to_money",
]
