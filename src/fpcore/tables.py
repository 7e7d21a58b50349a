"""Tables in and out: families from a register's person rows, every programme at once, flat rows.

An analyst's pipeline in four calls — rows (e.g. ``df.to_dict("records")``) to families, every
programme for every family, one flat row per (family, programme), a pandas DataFrame or totals:

>>> from datetime import date
>>> from fpcore import DINGNAN
>>> rows = [
...     {"户号": "H1", "角色": "父亲", "出生日期": "1948-03-01", "户口性质": "农业"},
...     {"户号": "H1", "角色": "母亲", "出生日期": "1950-05-02", "户口性质": "农业"},
...     {"户号": "H1", "角色": "子女", "性别": "女", "出生日期": "1975-08-01", "政策内": "是"},
...     {"户号": "H2", "角色": "母亲", "出生日期": "1990-01-01", "户口性质": "非农业"},
... ]
>>> families = families_from_rows(rows, jurisdiction=DINGNAN)
>>> [(f.id, len(f.children)) for f in families]
[('H1', 1), ('H2', 0)]
>>> table = to_rows(assess_all(families, on=date(2012, 6, 30)))
>>> [(r["family"], r["outcome"], r["amount_fen"]) for r in table if r["programme"] == "reward_assistance"]
[('H1', 'eligible', 192000), ('H2', 'not_eligible', 0)]
>>> [(t.group, t.eligible, str(t.amount)) for t in totals(table, by="programme")][:1]
[(('reward_assistance',), 1, '1920.00')]

Nothing here needs pandas except :func:`to_frame` (install the ``pandas`` extra).
"""

from __future__ import annotations

import datetime as _dt
import html
import importlib
import math
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias, final

import attrs

from fpcore._validate import check_book
from fpcore.dates import check_date
from fpcore.errors import InvalidInputError, shown
from fpcore.explain import Decision, format_fact
from fpcore.family import Child, Family, Hukou, Person, Sex
from fpcore.incentives import Programme, program, programs
from fpcore.jurisdictions import Jurisdiction
from fpcore.money import ZERO
from fpcore.params import Confidence, PolicyBook

if TYPE_CHECKING:
    import pandas

__all__ = [
    "COLUMNS",
    "MAX_ROW_PROBLEMS",
    "OUTCOMES",
    "ROW_COLUMNS",
    "FamilyResults",
    "Outcome",
    "Total",
    "assess_all",
    "families_from_rows",
    "to_frame",
    "to_rows",
    "totals",
]

Outcome: TypeAlias = Literal["eligible", "not_eligible", "undetermined"]
"""The outcome of one programme for one family, as a table shows it."""

OUTCOMES: Final[tuple[Outcome, ...]] = ("eligible", "not_eligible", "undetermined")
"""The three outcomes, in the order tables and categorical columns list them."""

MAX_ROW_PROBLEMS: Final = 10_000
"""How many problems :func:`families_from_rows` keeps in its one error; past it the error is
marked ``truncated``. Its message lists the first :data:`fpcore.errors.MAX_PROBLEMS` and counts
the rest: a register with 100 bad rows gives one error whose ``problems`` holds all 100."""

_DEFAULT_EVERY: Final = 1000

# -- columns -----------------------------------------------------------------------------------

COLUMNS: Final[Mapping[str, tuple[str, ...]]] = {
    "household": ("户号", "户编号", "家庭编号"),
    "role": ("角色", "家庭关系", "与户主关系", "成员类别"),
    "id": ("身份证号", "公民身份号码", "证件号码"),
    "sex": ("性别",),
    "birth_date": ("出生日期",),
    "death_date": ("死亡日期",),
    "hukou": ("户口性质", "户籍性质", "户口类别"),
    "only_child": ("独生子女", "是否独生子女"),
    "ethnic_minority": ("少数民族", "是否少数民族"),
    "within_policy": ("政策内", "是否政策内", "政策内生育"),
    "adopted": ("收养", "是否收养"),
    "adopted_on": ("收养日期", "收养登记日期"),
    "disability_grade": ("残疾等级",),
    "married_on": ("结婚日期", "登记结婚日期", "初婚日期"),
    "one_child_certificate_on": ("独生子女证发证日期", "光荣证发证日期", "独生子女证日期"),
    "second_birth_permit_on": ("生育证发证日期", "二孩生育证日期", "再生育证日期"),
}
"""Every canonical column :func:`families_from_rows` reads, with the Chinese names it also
accepts for it. Columns under other names are ignored unless ``columns=`` maps them."""

_HOUSEHOLD_FIELDS: Final = ("married_on", "one_child_certificate_on", "second_birth_permit_on")

_ROLES: Final = {
    "mother": "mother",
    "母亲": "mother",
    "母": "mother",
    "妻子": "mother",
    "father": "father",
    "父亲": "father",
    "父": "father",
    "丈夫": "father",
    "child": "child",
    "子女": "child",
    "儿子": "child",
    "女儿": "child",
    "子": "child",
    "女": "child",
}
_SEXES: Final = {
    "male": Sex.MALE,
    "m": Sex.MALE,
    "男": Sex.MALE,
    "female": Sex.FEMALE,
    "f": Sex.FEMALE,
    "女": Sex.FEMALE,
}
_HUKOUS: Final = {
    "rural": Hukou.RURAL,
    "农业": Hukou.RURAL,
    "农村": Hukou.RURAL,
    "农业户口": Hukou.RURAL,
    "urban": Hukou.URBAN,
    "非农业": Hukou.URBAN,
    "城镇": Hukou.URBAN,
    "非农业户口": Hukou.URBAN,
}
_FLAGS: Final = {
    "true": True,
    "yes": True,
    "y": True,
    "1": True,
    "是": True,
    "政策内": True,
    "false": False,
    "no": False,
    "n": False,
    "0": False,
    "否": False,
    "政策外": False,
}


class _CellError(Exception):
    """A cell that cannot be read; ``args[0]`` says why."""


_PRESENT: Final = frozenset({date, bool, int, Sex, Hukou})
"""Types whose values are never "missing" (read without asking :func:`_is_missing`)."""


def _is_missing(value: object) -> bool:
    """``None``, NaN, ``pandas.NA``/``NaT`` or blank text."""
    if value is None:
        return True
    kind = value.__class__
    if kind is str:
        return not value.strip()  # type: ignore[attr-defined]
    if kind is float:
        return math.isnan(value)  # type: ignore[arg-type]
    return kind.__name__ in ("NAType", "NaTType") or (
        kind.__name__.startswith("float") and value != value
    )


def _text(value: object, choices: Mapping[str, object], what: str) -> object:
    if isinstance(value, str):
        found = choices.get(value.strip().lower())
        if found is not None:
            return found
    names = sorted({k for k in choices if k.isascii()})
    raise _CellError(f"is not a {what} ({', '.join(names)} or the Chinese terms)")


def _sex(value: object) -> object:
    return value if isinstance(value, Sex) else _text(value, _SEXES, "sex")


def _hukou(value: object) -> object:
    return value if isinstance(value, Hukou) else _text(value, _HUKOUS, "hukou")


def _role(value: object) -> object:
    return _text(value, _ROLES, "role")


def _flag(value: object) -> object:
    if value is True or value is False:
        return value
    if isinstance(value, str):
        return _text(value, _FLAGS, "yes/no value")
    try:
        number = _integer(value)
    except _CellError:
        number = None
    if number == 0 or number == 1:
        return bool(number)
    if value.__class__.__name__ in ("bool_", "bool"):  # numpy.bool_ (numpy.bool from 2.0)
        return bool(value)
    raise _CellError("is not a yes/no value (True/False, 1/0, yes/no, 是/否)")


def _integer(value: object) -> int:
    if isinstance(value, bool):
        raise _CellError("is a bool, not a number")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise _CellError("is not a whole number")
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    try:
        return operator.index(value)  # type: ignore[arg-type] # numpy integers
    except TypeError:
        pass
    if value.__class__.__name__.startswith("float"):  # numpy floats
        return _integer(float(value))  # type: ignore[arg-type]
    raise _CellError("is not a whole number")


def _grade(value: object) -> object:
    return _integer(value)


def _date(value: object) -> object:
    kind = value.__class__
    if kind is date:
        return value
    if kind is str:
        try:
            return date.fromisoformat(value.strip())  # type: ignore[attr-defined]
        except ValueError:
            raise _CellError("is not a date (YYYY-MM-DD)") from None
    if isinstance(value, _dt.datetime):  # a pandas Timestamp is a datetime
        if value.tzinfo is None and not (
            value.hour
            or value.minute
            or value.second
            or value.microsecond
            or getattr(value, "nanosecond", 0)
        ):
            return value.date()
        raise _CellError(
            "is a date and time, not a date (only midnight without a time zone is read)"
        )
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    raise _CellError("is not a date (a date, a Timestamp at midnight or YYYY-MM-DD text)")


def _identifier(value: object) -> object:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        raise _CellError("is a bool, not an identifier")
    try:
        return str(_integer(value))
    except _CellError:
        raise _CellError("is not an identifier (text or a whole number)") from None


_READERS: Final[dict[str, Callable[[object], object]]] = {
    "household": _identifier,
    "role": _role,
    "id": _identifier,
    "sex": _sex,
    "birth_date": _date,
    "death_date": _date,
    "hukou": _hukou,
    "only_child": _flag,
    "ethnic_minority": _flag,
    "within_policy": _flag,
    "adopted": _flag,
    "adopted_on": _date,
    "disability_grade": _grade,
    "married_on": _date,
    "one_child_certificate_on": _date,
    "second_birth_permit_on": _date,
}

_CANONICAL: Final = {
    **{name: name for name in COLUMNS},
    **{alias: name for name, aliases in COLUMNS.items() for alias in aliases},
}


def _column_map(columns: Mapping[str, str] | None) -> dict[str, str]:
    found = dict(_CANONICAL)
    if columns is None:
        return found
    if not isinstance(columns, Mapping):
        raise InvalidInputError("columns", columns, "must be a mapping of your name → canonical")
    for given, canonical in columns.items():
        if canonical not in COLUMNS:
            raise InvalidInputError(
                f"columns[{given!r}]",
                canonical,
                f"is not a canonical column ({', '.join(COLUMNS)})",
            )
        found[str(given)] = canonical
    return found


class _Problems:
    """Problems of a table, kept up to :data:`MAX_ROW_PROBLEMS`."""

    __slots__ = ("count", "first_value", "items")

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []
        self.count = 0
        self.first_value: object = None

    def add(self, path: str, value: object, problem: str) -> None:
        if self.count == 0:
            self.first_value = value
        self.count += 1
        if len(self.items) < MAX_ROW_PROBLEMS:
            self.items.append((path, f"{shown(value)} {problem}"))

    def raise_any(self) -> None:
        if not self.items:
            return
        path, message = self.items[0]
        raise InvalidInputError(
            path,
            self.first_value,
            message.removeprefix(shown(self.first_value) + " "),
            problems=self.items,
            truncated=self.count > len(self.items),
        )


_Row = dict[str, object]
"""One person row read into canonical columns."""


def _read_rows(
    rows: Iterable[object], names: dict[str, str], problems: _Problems
) -> tuple[dict[str, list[tuple[int, _Row, dict[str, str]]]], list[str]]:
    """Rows read cell by cell and grouped by household, in the order households appear."""
    households: dict[str, list[tuple[int, _Row, dict[str, str]]]] = {}
    order: list[str] = []
    plans = {column: (name, _READERS[name]) for column, name in names.items()}
    plan_of = plans.get
    missing = _is_missing
    for index, row in enumerate(rows):
        if not isinstance(row, Mapping):
            problems.add(f"rows[{index}]", row, "must be a mapping of column → value")
            continue
        read: _Row = {}
        sources: dict[str, str] = {}
        for column, value in row.items():
            plan = plan_of(column)
            # the common present values first; anything else is checked for "missing"
            if plan is None or (value.__class__ not in _PRESENT and missing(value)):
                continue
            canonical, reader = plan
            if canonical in sources:
                problems.add(
                    f"rows[{index}].{column}",
                    value,
                    f"gives {canonical} a second time (also column {sources[canonical]!r})",
                )
                continue
            sources[canonical] = column
            try:
                read[canonical] = reader(value)
            except _CellError as bad:
                problems.add(f"rows[{index}].{column}", value, str(bad.args[0]))
        household = read.get("household")
        if household is None:
            if "household" not in sources:
                problems.add(f"rows[{index}].household", None, "is missing: every row needs one")
            continue
        if "role" not in sources:
            problems.add(
                f"rows[{index}].role", None, "is missing: mother, father or child (母亲/父亲/子女)"
            )
        members = households.get(household)  # type: ignore[call-overload]
        if members is None:
            members = households[household] = []  # type: ignore[index]
            order.append(household)  # type: ignore[arg-type]
        members.append((index, read, sources))
    return households, order


def _where(index: int, sources: dict[str, str], canonical: str) -> str:
    return f"rows[{index}].{sources.get(canonical, canonical)}"


def _complete(
    names: tuple[str, ...],
    what: str,
    index: int,
    read: _Row,
    sources: dict[str, str],
    problems: _Problems,
) -> bool:
    """Whether ``read`` has every one of ``names``; a cell absent (not unreadable) is reported."""
    complete = True
    for name in names:
        if name not in read:
            complete = False
            if name not in sources:
                problems.add(_where(index, sources, name), None, f"is missing for {what}")
    return complete


def _person(
    role: str, index: int, read: _Row, sources: dict[str, str], problems: _Problems
) -> Person | None:
    sex = Sex.FEMALE if role == "mother" else Sex.MALE
    given = read.get("sex")
    if given is not None and given is not sex:
        problems.add(_where(index, sources, "sex"), given, f"does not fit the role {role}")
        return None
    if not _complete(("birth_date", "hukou"), f"a {role}", index, read, sources, problems):
        return None
    try:
        return Person(
            sex=sex,
            birth_date=read["birth_date"],  # type: ignore[arg-type]
            hukou=read["hukou"],  # type: ignore[arg-type]
            death_date=read.get("death_date"),  # type: ignore[arg-type]
            only_child=read.get("only_child", False),  # type: ignore[arg-type]
            ethnic_minority=read.get("ethnic_minority", False),  # type: ignore[arg-type]
            id=read.get("id"),  # type: ignore[arg-type]
        )
    except InvalidInputError as exc:
        problems.add(_where(index, sources, exc.field), exc.value, exc.problem)
        return None


def _child(index: int, read: _Row, sources: dict[str, str], problems: _Problems) -> Child | None:
    if not _complete(("sex", "birth_date"), "a child", index, read, sources, problems):
        return None
    try:
        return Child(
            sex=read["sex"],  # type: ignore[arg-type]
            birth_date=read["birth_date"],  # type: ignore[arg-type]
            death_date=read.get("death_date"),  # type: ignore[arg-type]
            disability_grade=read.get("disability_grade"),  # type: ignore[arg-type]
            adopted=read.get("adopted", False),  # type: ignore[arg-type]
            adopted_on=read.get("adopted_on"),  # type: ignore[arg-type]
            within_policy=read.get("within_policy"),  # type: ignore[arg-type]
            id=read.get("id"),  # type: ignore[arg-type]
        )
    except InvalidInputError as exc:
        problems.add(_where(index, sources, exc.field), exc.value, exc.problem)
        return None


def _family(
    household: str,
    members: list[tuple[int, _Row, dict[str, str]]],
    jurisdiction: Jurisdiction,
    problems: _Problems,
) -> Family | None:
    before = problems.count
    parents: dict[str, tuple[int, Person | None]] = {}
    kids: list[tuple[int, Child]] = []
    broken = False
    documents: dict[str, tuple[int, object, dict[str, str]]] = {}
    for index, read, sources in members:
        if "role" not in read:
            continue  # reported: missing or unreadable
        role = str(read["role"])
        for name in _HOUSEHOLD_FIELDS:
            if name not in read:
                continue
            seen = documents.get(name)
            if seen is None:
                documents[name] = (index, read[name], sources)
            elif seen[1] != read[name]:
                problems.add(
                    _where(index, sources, name),
                    read[name],
                    f"differs from {seen[1]} on rows[{seen[0]}] of household {household!r}",
                )
        if role == "child":
            child = _child(index, read, sources, problems)
            if child is None:
                broken = True
            else:
                kids.append((index, child))
            continue
        if role in parents:
            problems.add(
                _where(index, sources, "role"),
                read["role"],
                f"is a second {role} in household {household!r} (the first is on rows[{parents[role][0]}])",
            )
            continue
        person = _person(role, index, read, sources, problems)
        broken = broken or person is None
        parents[role] = (index, person)
    if not parents and all("role" in read for _, read, _ in members):
        first = members[0]
        problems.add(
            _where(first[0], first[2], "household"),
            household,
            "has no mother or father: a family needs a parent",
        )
    # a cell that could not be read (already reported) leaves its household unbuilt
    unread = any(len(read) != len(sources) for _, read, sources in members)
    if broken or unread or problems.count > before:
        return None
    dated = {name: found[1] for name, found in documents.items()}
    mother = parents.get("mother", (0, None))[1]
    father = parents.get("father", (0, None))[1]
    try:
        return Family(
            mother=mother,
            father=father,
            children=tuple(child for _, child in kids),
            jurisdiction=jurisdiction,
            id=household,
            **dated,  # type: ignore[arg-type]
        )
    except InvalidInputError as exc:
        problems.add(
            _family_path(exc.field, parents, kids, documents, members), exc.value, exc.problem
        )
        return None


def _family_path(
    field: str,
    parents: dict[str, tuple[int, Person | None]],
    kids: list[tuple[int, Child]],
    documents: dict[str, tuple[int, object, dict[str, str]]],
    members: list[tuple[int, _Row, dict[str, str]]],
) -> str:
    """The row and column a Family error names (``children[1].birth_date`` → its row)."""
    head, _, rest = field.partition(".")
    sources = {index: found for index, _, found in members}
    if head.startswith("children[") and head.endswith("]"):
        index = kids[int(head[len("children[") : -1])][0]
        return _where(index, sources[index], rest.partition(".")[0] or "role")
    if head in parents:  # e.g. "mother.birth_date" from a plausibility check
        index = parents[head][0]
        return _where(index, sources[index], rest.partition(".")[0] or "role")
    if head in documents:
        index = documents[head][0]
        return _where(index, sources[index], head)
    return f"rows[{members[0][0]}].{head}"


def families_from_rows(
    rows: Iterable[Mapping[str, object]],
    *,
    jurisdiction: Jurisdiction,
    columns: Mapping[str, str] | None = None,
) -> tuple[Family, ...]:
    """Families from the person rows of a register, one row per person (as a register exports).

    Each row is a mapping of column → value (``df.to_dict("records")`` gives them). The columns
    are those of :data:`COLUMNS`, under their canonical or Chinese names; ``columns`` maps any
    other name onto a canonical one. Other columns are ignored.

    * ``household`` groups the rows; ``role`` is ``mother``/``father``/``child`` (母亲/父亲/子女).
    * A parent needs ``birth_date`` and ``hukou`` (``rural``/``urban``, 农业/非农业); its sex
      follows from its role. A child needs ``sex`` (``male``/``female``, 男/女) and
      ``birth_date``.
    * ``married_on``, ``one_child_certificate_on`` and ``second_birth_permit_on`` belong to the
      household and may stand on any of its rows (on several, they must agree).
    * A column that does not apply to a row's role is ignored (a parent's disability grade, a
      child's hukou or only-child mark): the models have no place for it.
    * Empty cells, ``None``, NaN and ``pandas.NA``/``NaT`` mean missing. Dates may be ``date``,
      ISO text (``YYYY-MM-DD``) or pandas Timestamps at midnight; whole numbers may be numpy
      integers or whole floats (a column with gaps); yes/no cells may be ``True``/``False``,
      ``1``/``0``, ``yes``/``no`` or 是/否.

    Families come back in the order their households first appear, each with
    :attr:`Family.id <fpcore.family.Family.id>` set to the household (as text).

    Args:
        rows: The person rows.
        jurisdiction: The area of the register (every family's jurisdiction).
        columns: Your column names → canonical names, e.g. ``{"HH_NO": "household"}``.

    Raises:
        InvalidInputError: Once, for every bad row of the table: ``problems`` holds one
            ``("rows[i].column", problem)`` pair per problem (``i`` counts rows from 0; the
            column is named as in your table), up to :data:`MAX_ROW_PROBLEMS`. A household with
            two mothers or two fathers, or none of either, is an error, not a guess.

    >>> from fpcore import DINGNAN
    >>> families_from_rows([
    ...     {"household": 7, "role": "mother", "birth_date": "1980-01-01", "hukou": "rural"},
    ...     {"household": 7, "role": "mother", "birth_date": "1981-01-01", "hukou": "rural"},
    ...     {"household": 8, "role": "child", "sex": "girl", "birth_date": "2001-02-30"},
    ... ], jurisdiction=DINGNAN)
    Traceback (most recent call last):
    ...
    fpcore.errors.InvalidInputError: 4 problems:
    rows[2].sex: 'girl' is not a sex (f, female, m, male or the Chinese terms)
    rows[2].birth_date: '2001-02-30' is not a date (YYYY-MM-DD)
    rows[1].role: 'mother' is a second mother in household '7' (the first is on rows[0])
    rows[2].household: '8' has no mother or father: a family needs a parent
    """
    if not isinstance(jurisdiction, Jurisdiction):
        raise InvalidInputError("jurisdiction", jurisdiction, "must be a Jurisdiction")
    if isinstance(rows, (str, bytes, Mapping)) or not isinstance(rows, Iterable):
        raise InvalidInputError("rows", rows, "must be an iterable of mappings (one per person)")
    names = _column_map(columns)
    problems = _Problems()
    households, order = _read_rows(rows, names, problems)
    families: list[Family] = []
    for household in order:
        family = _family(household, households[household], jurisdiction, problems)
        if family is not None:
            families.append(family)
    problems.raise_any()
    return tuple(families)


# -- every programme at once --------------------------------------------------------------------


@final
@attrs.frozen(kw_only=True)
class FamilyResults:
    """Every programme's decision for one family on one date (what :func:`assess_all` yields).

    Attributes:
        family: The family.
        decisions: One decision per programme, in the order the programmes were asked for.
    """

    family: Family
    decisions: tuple[Decision, ...]

    def _repr_html_(self) -> str:
        """A small HTML table: programme, outcome, yuan per year."""
        body = "".join(
            f"<tr><td>{html.escape(d.subject)}</td><td>{_outcome(d)}</td>"
            f"<td>{'—' if _amount(d) is None else format_fact(_amount(d))}</td></tr>"
            for d in self.decisions
        )
        name = html.escape(self.family.id or "family")
        return (
            f'<div class="fpcore-family-results"><p>{name}</p><table><thead><tr>'
            "<th>programme</th><th>outcome</th><th>yuan per year</th></tr></thead>"
            f"<tbody>{body}</tbody></table></div>"
        )


def _programmes(codes: Iterable[str] | None) -> tuple[Programme, ...]:
    if codes is None:
        return tuple(program(code) for code in programs())
    if isinstance(codes, str):
        raise InvalidInputError("programmes", codes, "must be an iterable of codes, not one code")
    chosen = tuple(program(code) for code in codes)
    if not chosen:
        raise InvalidInputError("programmes", codes, "must name at least one programme")
    return chosen


def assess_all(
    families: Iterable[Family],
    *,
    on: date,
    programmes: Iterable[str] | None = None,
    book: PolicyBook | None = None,
    progress: Callable[[int], object] | None = None,
    every: int = _DEFAULT_EVERY,
) -> Iterator[FamilyResults]:
    """Every programme for every family on ``on``, lazily, one family at a time.

    Arguments are checked at once; the families are read as the result is iterated, so memory
    stays flat. ``progress``, if given, is called with the number of families done after every
    ``every`` families and once at the end.

    Args:
        families: The families.
        on: The date of every decision.
        programmes: Programme codes (default: every registered programme, in registry order).
        book: The policy book (``None``: the default book); a reform book works the same.
        progress: Called with the count of families done.
        every: How often ``progress`` is called.

    Raises:
        UnknownProgramError: For an unknown programme code.
        InvalidInputError: For a bad date, book, ``every`` or ``progress``, or (while iterating)
            an item that is not a Family, named by its index.

    >>> from fpcore.synthetic import DINGNAN_2010, county
    >>> results = list(assess_all(county(DINGNAN_2010.scaled(1000)), on=date(2012, 6, 30)))
    >>> len(results), len(results[0].decisions)
    (58, 5)
    """
    chosen = _programmes(programmes)
    day = check_date(on, "on")
    if isinstance(every, bool) or not isinstance(every, int) or every < 1:
        raise InvalidInputError("every", every, "must be an int ≥ 1")
    if progress is not None and not callable(progress):
        raise InvalidInputError("progress", progress, "must be callable or None")
    return _assess(families, chosen, day, check_book(book), progress, every)


def _assess(
    families: Iterable[Family],
    chosen: tuple[Programme, ...],
    on: date,
    book: PolicyBook,
    progress: Callable[[int], object] | None,
    every: int,
) -> Iterator[FamilyResults]:
    rules = tuple(p.rule for p in chosen)
    done = 0
    for done, family in enumerate(families, start=1):
        if family.__class__ is not Family:
            raise InvalidInputError(f"families[{done - 1}]", family, "must be a Family")
        yield FamilyResults(
            family=family, decisions=tuple(rule(family, on, on, book) for rule in rules)
        )
        if progress is not None and done % every == 0:
            progress(done)
    if progress is not None and done % every:
        progress(done)


# -- flat rows ----------------------------------------------------------------------------------


def _eligible(decision: Decision) -> bool | None:
    """``decision.eligible``, typed as it may be: ``None`` when the rule cannot decide."""
    return decision.eligible


def _amount(decision: Decision) -> Decimal | None:
    """``decision.amount``, or ``None`` when undetermined."""
    amount: Decimal | None = decision.amount
    return None if _eligible(decision) is None else amount


def _outcome(decision: Decision) -> Outcome:
    eligible = _eligible(decision)
    if eligible is None:
        return "undetermined"
    return "eligible" if eligible else "not_eligible"


_ILLUSTRATIVE: Final = Confidence.ILLUSTRATIVE
_REFORM: Final = Confidence.REFORM


def _traits(decision: Decision) -> tuple[tuple[str, ...], bool, bool, date | None]:
    """``failed`` codes, ``is_illustrative``, ``is_reform`` and ``unverified_after`` in one pass.

    The same answers as the :class:`~fpcore.explain.Decision` properties (a test holds them
    equal), read from the checks' public fields once instead of four times.
    """
    failed: list[str] = []
    illustrative = reform = False
    on = decision.on
    horizon: date | None = None
    for check in decision.checks:
        if check.passed is False:
            failed.append(check.code)
        citation = check.citation
        if citation is not None:
            confidence = citation.confidence
            illustrative = illustrative or confidence is _ILLUSTRATIVE
            reform = reform or confidence is _REFORM
        for resolution in check.provenance:
            confidence = resolution.record.citation.confidence
            illustrative = illustrative or confidence is _ILLUSTRATIVE
            reform = reform or confidence is _REFORM
            day = resolution.verified_through
            if day is not None and day < on and (horizon is None or day < horizon):
                horizon = day
    for resolution in decision.amount_provenance:  # the amount's own sources (the kernel's slot)
        confidence = resolution.record.citation.confidence
        illustrative = illustrative or confidence is _ILLUSTRATIVE
        reform = reform or confidence is _REFORM
        day = resolution.verified_through
        if day is not None and day < on and (horizon is None or day < horizon):
            horizon = day
    return tuple(failed), illustrative, reform, horizon


def _fen(amount: Decimal | None) -> int | None:
    return None if amount is None else int(amount.scaleb(2).to_integral_value())


def _row(family_id: str | None, decision: Decision) -> dict[str, object]:
    amount = _amount(decision)
    failed, illustrative, reform, horizon = _traits(decision)
    return {
        "family": family_id,
        "jurisdiction": decision.jurisdiction.code,
        "on": decision.on,
        "programme": decision.subject,
        "outcome": _outcome(decision),
        "amount": amount,
        "amount_fen": _fen(amount),
        "failed": failed,
        "illustrative": illustrative,
        "reform": reform,
        "unverified_after": horizon,
    }


ROW_COLUMNS: Final = (
    "family",
    "jurisdiction",
    "on",
    "programme",
    "outcome",
    "amount",
    "amount_fen",
    "failed",
    "illustrative",
    "reform",
    "unverified_after",
)
"""The columns of :func:`to_rows`, in order."""


def _decisions(results: object) -> Iterator[tuple[str | None, Decision]]:
    if isinstance(results, (FamilyResults, Decision, str)) or not isinstance(results, Iterable):
        raise InvalidInputError(
            "results", results, "must be an iterable of FamilyResults or Decision"
        )
    for index, item in enumerate(results):
        if isinstance(item, FamilyResults):
            family_id = item.family.id
            for decision in item.decisions:
                yield family_id, decision
        elif isinstance(item, Decision):
            yield None, item
        else:
            raise InvalidInputError(
                f"results[{index}]", item, "must be FamilyResults or a Decision"
            )


def to_rows(results: Iterable[FamilyResults | Decision]) -> tuple[dict[str, object], ...]:
    """One flat row per (family, programme): what a CSV file or a DataFrame holds.

    Each row has the columns of :data:`ROW_COLUMNS`:

    * ``family``: the family's id (``None`` for a bare decision or a family without one);
    * ``jurisdiction`` (its code), ``on`` (the date), ``programme`` (its code);
    * ``outcome``: ``"eligible"``, ``"not_eligible"`` or ``"undetermined"`` (the rule could not
      decide from the facts given);
    * ``amount``: yuan per year, an exact ``Decimal`` (``0.00`` when not eligible, ``None``
      when undetermined); ``amount_fen`` the same in whole fen (``int`` or ``None``);
    * ``failed``: the codes of the failing checks, a tuple;
    * ``illustrative`` / ``reform``: whether a value behind the decision has no source / is a
      what-if (:meth:`~fpcore.params.PolicyBook.reform`);
    * ``unverified_after``: the date past which the values used are presumed, or ``None``.

    Args:
        results: What :func:`assess_all` yields, or bare decisions (e.g. from
            :func:`fpcore.batch.assess_many`).

    Raises:
        InvalidInputError: For an item that is neither, named by its index.
    """
    return tuple(_row(family_id, decision) for family_id, decision in _decisions(results))


# -- DataFrame -----------------------------------------------------------------------------------


def _pandas() -> object:
    try:
        return importlib.import_module("pandas")
    except ImportError as exc:
        raise ImportError(
            "fpcore.tables.to_frame needs pandas: install the 'pandas' extra "
            '(pip install -e ".[pandas]" from a clone)'
        ) from exc


def to_frame(results: Iterable[FamilyResults | Decision]) -> pandas.DataFrame:
    """The rows of :func:`to_rows` as a pandas DataFrame with typed columns (``pandas`` extra).

    Columns and dtypes: ``family`` (``string``), ``jurisdiction``, ``programme`` and ``outcome``
    (``category``; ``outcome`` always has the three categories), ``on`` and ``unverified_after``
    (``datetime64``, ``NaT`` for none), ``amount_fen`` (``Int64``: whole fen, exact; ``<NA>``
    when undetermined, so a sum never counts an undetermined amount as zero — and a nullable
    column keeps the same dtype whether or not a table has undetermined rows), ``failed``
    (``string``: the failing check codes joined by ``","``, empty when none), ``illustrative``
    and ``reform`` (``bool``). Money stays exact: there is no float column; divide
    ``amount_fen`` by 100 only for a plot.

    Raises:
        ImportError: If pandas is not installed (naming the extra).
        InvalidInputError: As :func:`to_rows`.
    """
    pd: Any = _pandas()
    family: list[str | None] = []
    where: list[str] = []
    on: list[date] = []
    code: list[str] = []
    outcome: list[str] = []
    fen: list[int | None] = []
    failed: list[str] = []
    illustrative: list[bool] = []
    reform: list[bool] = []
    horizon: list[date | None] = []
    for family_id, decision in _decisions(results):
        traits = _traits(decision)
        family.append(family_id)
        where.append(decision.jurisdiction.code)
        on.append(decision.on)
        code.append(decision.subject)
        outcome.append(_outcome(decision))
        fen.append(_fen(_amount(decision)))
        failed.append(",".join(traits[0]))
        illustrative.append(traits[1])
        reform.append(traits[2])
        horizon.append(traits[3])
    return pd.DataFrame(
        {
            "family": pd.array(family, dtype="string"),
            "jurisdiction": pd.Categorical(where),
            "on": pd.to_datetime(pd.Series(on, dtype=object)),
            "programme": pd.Categorical(code),
            "outcome": pd.Categorical(outcome, categories=OUTCOMES),
            "amount_fen": pd.array(fen, dtype="Int64"),
            "failed": pd.array(failed, dtype="string"),
            "illustrative": pd.array(illustrative, dtype=bool),
            "reform": pd.array(reform, dtype=bool),
            "unverified_after": pd.to_datetime(pd.Series(horizon, dtype=object)),
        }
    )


# -- totals --------------------------------------------------------------------------------------

_GROUPS: Final = ("programme", "jurisdiction", "outcome", "on")


@final
@attrs.frozen(kw_only=True)
class Total:
    """Totals of one group of rows (see :func:`totals`).

    Attributes:
        group: The group's values as text, one per column grouped by (a date in ISO form).
        rows: Rows in the group (one per family and programme).
        eligible: Rows eligible.
        not_eligible: Rows not eligible.
        undetermined: Rows the rules could not decide; their amounts are unknown and are not
            in ``amount`` (never counted as zero).
        amount: The sum of the eligible rows' yearly amounts, in yuan.
    """

    group: tuple[str, ...]
    rows: int
    eligible: int
    not_eligible: int
    undetermined: int
    amount: Decimal

    @property
    def is_complete(self) -> bool:
        """Whether every row was decided (``amount`` is then the whole group's amount)."""
        return self.undetermined == 0


def _order(columns: tuple[str, ...], group: tuple[str, ...]) -> tuple[tuple[int, str], ...]:
    """Outcomes in :data:`OUTCOMES` order, programmes in registry order, the rest as text."""
    ranks: dict[str, tuple[str, ...]] = {"outcome": OUTCOMES, "programme": programs()}
    key = []
    for column, value in zip(columns, group, strict=True):
        known = ranks.get(column, ())
        key.append((known.index(value), "") if value in known else (len(known), str(value)))
    return tuple(key)


class _Tally:
    __slots__ = ("amount", "eligible", "not_eligible", "rows", "undetermined")

    def __init__(self) -> None:
        self.rows = self.eligible = self.not_eligible = self.undetermined = 0
        self.amount = ZERO


def totals(
    rows: Iterable[Mapping[str, object]], *, by: str | Sequence[str] = "programme"
) -> tuple[Total, ...]:
    """Totals of :func:`to_rows` rows by programme, jurisdiction, outcome or date (or several).

    Groups come in a stable order: programmes in registry order, outcomes as in
    :data:`OUTCOMES`, jurisdictions and dates as text.

    Undetermined rows are counted apart and their amounts are never added as zero: a group
    with any is not :attr:`~Total.is_complete`.

    Raises:
        InvalidInputError: For an unknown ``by`` column, or a row without the columns of
            :func:`to_rows`.

    >>> from fpcore import DINGNAN
    >>> from fpcore.synthetic import DINGNAN_2010, county
    >>> table = to_rows(assess_all(county(DINGNAN_2010.scaled(1000)), on=date(2012, 6, 30)))
    >>> [(t.group, t.rows) for t in totals(table, by=("jurisdiction", "outcome"))]
    [(('360728', 'eligible'), 12), (('360728', 'not_eligible'), 278)]
    """
    columns = (by,) if isinstance(by, str) else tuple(by)
    if not columns or any(c not in _GROUPS for c in columns):
        raise InvalidInputError("by", by, f"must be one or more of {', '.join(_GROUPS)}")
    found: dict[tuple[str, ...], _Tally] = {}
    for index, row in enumerate(rows):
        try:
            group = tuple(str(row[c]) for c in columns)
            outcome, amount = row["outcome"], row["amount"]
        except (KeyError, TypeError):
            raise InvalidInputError(
                f"rows[{index}]", row, "must be a row of to_rows (outcome, amount, …)"
            ) from None
        tally = found.get(group)
        if tally is None:
            tally = found[group] = _Tally()
        tally.rows += 1
        if outcome == "eligible" and isinstance(amount, Decimal):
            tally.eligible += 1
            tally.amount += amount
        elif outcome == "undetermined":
            tally.undetermined += 1
        elif outcome == "not_eligible":
            tally.not_eligible += 1
        else:
            raise InvalidInputError(
                f"rows[{index}].outcome", outcome, "must be an outcome of to_rows with its amount"
            )
    return tuple(
        Total(
            group=group,
            rows=tally.rows,
            eligible=tally.eligible,
            not_eligible=tally.not_eligible,
            undetermined=tally.undetermined,
            amount=tally.amount,
        )
        for group, tally in sorted(found.items(), key=lambda item: _order(columns, item[0]))
    )
