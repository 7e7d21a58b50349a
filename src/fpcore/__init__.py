"""fpcore: China's family-planning administration rules as tested, cited, dated code."""

from importlib.metadata import PackageNotFoundError, version

from fpcore.assessment import AssessmentSheet, Grade, ScoreCard, accountability, score
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
from fpcore.incentives import assess, entitlement, programs
from fpcore.indicators import IndicatorReport, Rate
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

try:
    __version__ = version("fpcore")
except PackageNotFoundError:  # pragma: no cover - only when run from a source tree
    __version__ = "0.0.0+unknown"

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
