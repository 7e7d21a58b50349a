"""Building a sheet from a plain dict (JSON, YAML or TOML data a county keeps)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Final, TypeVar

from fpcore.assessment._model import (
    AssessmentSheet,
    AssessorItem,
    Band,
    BandedItem,
    CaseDeductionItem,
    ChecklistElement,
    ChecklistItem,
    Comparison,
    Consequence,
    Direction,
    FindingTrigger,
    Grade,
    GradeBand,
    Item,
    LevelProgressItem,
    Section,
    StepCounting,
    TargetItem,
    ThresholdTrigger,
    Veto,
)
from fpcore.errors import InvalidInputError
from fpcore.explain import Message
from fpcore.params import Citation, Confidence

__all__ = ["sheet_from_dict"]

_ITEM_KINDS: Final[dict[str, Callable[..., Item]]] = {
    "target": TargetItem,
    "banded": BandedItem,
    "cases": CaseDeductionItem,
    "checklist": ChecklistItem,
    "assessor": AssessorItem,
    "level_progress": LevelProgressItem,
}


def _mapping(value: object, path: str) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise InvalidInputError(path, value, "must be a mapping")
    return value


def _list(value: object, path: str) -> list[object]:
    if not isinstance(value, list | tuple):
        raise InvalidInputError(path, value, "must be a list")
    return list(value)


def _message(value: object, path: str) -> Message:
    if isinstance(value, str):
        return Message(zh=value, en=value)
    data = _mapping(value, path)
    zh, en = data.get("zh"), data.get("en")
    if not isinstance(zh, str) or not isinstance(en, str) or set(data) != {"zh", "en"}:
        raise InvalidInputError(path, value, "must be a string or {'zh': ..., 'en': ...}")
    return Message(zh=zh, en=en)


_E = TypeVar("_E", Grade, Direction, StepCounting, Comparison, Confidence)


def _enum(kind: type[_E], value: object, path: str) -> _E:
    try:
        return kind(value)
    except ValueError:
        known = ", ".join(repr(m.value) for m in kind)
        raise InvalidInputError(path, value, f"must be one of {known}") from None


def _build(factory: Callable[..., object], data: Mapping[str, object], path: str) -> object:
    try:
        return factory(**data)
    except InvalidInputError as exc:
        raise InvalidInputError(f"{path}.{exc.field}", exc.value, exc.problem) from None
    except TypeError as exc:
        raise InvalidInputError(path, dict(data), f"has a wrong or missing field ({exc})") from None


def _citation(value: object, path: str) -> Citation:
    data = dict(_mapping(value, path))
    data["confidence"] = _enum(Confidence, data.get("confidence"), f"{path}.confidence")
    for name in ("issued_on", "effective_on"):
        if isinstance(data.get(name), str):
            try:
                data[name] = date.fromisoformat(str(data[name]))
            except ValueError:
                raise InvalidInputError(
                    f"{path}.{name}", data[name], "is not an ISO date"
                ) from None
    return _build(Citation, data, path)  # type: ignore[return-value]


def _item(value: object, path: str) -> Item:
    data = dict(_mapping(value, path))
    kind = data.pop("kind", None)
    if not isinstance(kind, str) or kind not in _ITEM_KINDS:
        raise InvalidInputError(f"{path}.kind", kind, f"must be one of {', '.join(_ITEM_KINDS)}")
    data["title"] = _message(data.get("title"), f"{path}.title")
    if "direction" in data:
        data["direction"] = _enum(Direction, data["direction"], f"{path}.direction")
    if "counting" in data:
        data["counting"] = _enum(StepCounting, data["counting"], f"{path}.counting")
    if "citation" in data:
        data["citation"] = _citation(data["citation"], f"{path}.citation")
    if "bands" in data:
        data["bands"] = tuple(
            _build(Band, _mapping(b, f"{path}.bands[{i}]"), f"{path}.bands[{i}]")
            for i, b in enumerate(_list(data["bands"], f"{path}.bands"))
        )
    if "elements" in data:
        elements = []
        for i, e in enumerate(_list(data["elements"], f"{path}.elements")):
            element = dict(_mapping(e, f"{path}.elements[{i}]"))
            element["title"] = _message(element.get("title"), f"{path}.elements[{i}].title")
            elements.append(_build(ChecklistElement, element, f"{path}.elements[{i}]"))
        data["elements"] = tuple(elements)
    return _build(_ITEM_KINDS[kind], data, path)  # type: ignore[return-value]


def _veto(value: object, path: str) -> Veto:
    data = dict(_mapping(value, path))
    data["title"] = _message(data.get("title"), f"{path}.title")
    trigger = dict(_mapping(data.get("trigger"), f"{path}.trigger"))
    if "finding" in trigger:
        data["trigger"] = _build(FindingTrigger, {"key": trigger["finding"]}, f"{path}.trigger")
    else:
        trigger["comparison"] = _enum(
            Comparison, trigger.get("comparison"), f"{path}.trigger.comparison"
        )
        data["trigger"] = _build(ThresholdTrigger, trigger, f"{path}.trigger")
    consequences = []
    for i, c in enumerate(_list(data.get("consequences", []), f"{path}.consequences")):
        item = dict(_mapping(c, f"{path}.consequences[{i}]"))
        item["message"] = _message(item.get("message"), f"{path}.consequences[{i}].message")
        if "citation" in item:
            item["citation"] = _citation(item["citation"], f"{path}.consequences[{i}].citation")
        consequences.append(_build(Consequence, item, f"{path}.consequences[{i}]"))
    data["consequences"] = tuple(consequences)
    if "citation" in data:
        data["citation"] = _citation(data["citation"], f"{path}.citation")
    return _build(Veto, data, path)  # type: ignore[return-value]


def sheet_from_dict(data: Mapping[str, object]) -> AssessmentSheet:
    """Build an :class:`AssessmentSheet` from plain data (as loaded from JSON, YAML or TOML).

    Numbers may be given as strings or ints (never floats); messages as ``{"zh", "en"}`` or a
    single string; grades as ``{"excellent": 90, "good": 80, "pass": 60}``. Items name their
    ``kind``: ``target``, ``banded``, ``cases``, ``checklist``, ``assessor`` or
    ``level_progress``; vetoes a ``trigger`` of ``{"finding": key}`` or
    ``{"key", "comparison", "threshold"}``.

    Raises:
        InvalidInputError: Naming the path of the first bad field (``sections[0].items[2].step``).

    >>> sheet = sheet_from_dict({
    ...     "code": "demo", "title": "示例", "assesses": "village",
    ...     "citation": {"title": "示例细则", "confidence": "illustrative"},
    ...     "grades": {"excellent": "90", "pass": "60"},
    ...     "sections": [{"code": "main", "title": "Main", "items": [
    ...         {"kind": "cases", "code": "late_reports", "title": "Late reports",
    ...          "points": "100", "per_case": "2"}]}],
    ...     "vetoes": [{"code": "concealment", "title": "Concealment",
    ...                 "trigger": {"finding": "concealed_births"}}],
    ... })
    >>> sheet.maximum, sheet.keys
    (Decimal('100'), ('late_reports', 'concealed_births'))
    """
    top = dict(_mapping(data, "sheet"))
    top["title"] = _message(top.get("title"), "title")
    top["assesses"] = _message(top.get("assesses"), "assesses")
    top["citation"] = _citation(top.get("citation"), "citation")
    if "grades_citation" in top:
        top["grades_citation"] = _citation(top["grades_citation"], "grades_citation")
    for name in ("below_bands", "veto_grade"):
        if name in top:
            top[name] = _enum(Grade, top[name], name)
    grades = _mapping(top.get("grades", {}), "grades")
    top["grades"] = tuple(
        _build(
            GradeBand,
            {"grade": _enum(Grade, grade, f"grades.{grade}"), "min_score": score},
            f"grades.{grade}",
        )
        for grade, score in grades.items()
    )
    sections = []
    for i, s in enumerate(_list(top.get("sections"), "sections")):
        section = dict(_mapping(s, f"sections[{i}]"))
        section["title"] = _message(section.get("title"), f"sections[{i}].title")
        section["items"] = tuple(
            _item(item, f"sections[{i}].items[{j}]")
            for j, item in enumerate(_list(section.get("items"), f"sections[{i}].items"))
        )
        sections.append(_build(Section, section, f"sections[{i}]"))
    top["sections"] = tuple(sections)
    top["vetoes"] = tuple(
        _veto(v, f"vetoes[{i}]") for i, v in enumerate(_list(top.get("vetoes", []), "vetoes"))
    )
    return _build(AssessmentSheet, top, "sheet")  # type: ignore[return-value]
