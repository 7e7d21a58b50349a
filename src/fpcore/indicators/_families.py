"""Birth records built from families, with the rulings of :mod:`fpcore.births`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from fpcore._validate import check_book
from fpcore.dates import full_age
from fpcore.errors import InvalidInputError
from fpcore.family import Family
from fpcore.indicators._register import BirthRecord
from fpcore.params import PolicyBook

__all__ = ["records_from_families"]


def records_from_families(
    families: Iterable[Family], *, year: int | None = None, book: PolicyBook | None = None
) -> Iterator[BirthRecord]:
    """One :class:`BirthRecord` per live birth in ``families`` (optionally only in ``year``).

    Each record carries the ruling of :func:`fpcore.births.classify_birth` — the ruling on file
    when the child has one, else the one computed under the rules of the day (``None`` when the
    sources leave it undetermined) — the birth order by delivery (twins share one, 一胎) counted
    as the birth rules count it, and the mother's full age at the birth. Adopted children are not
    births and are skipped. The records stream: feed them to :class:`Register` and
    :func:`summarize`.

    Args:
        families: Any iterable of :class:`~fpcore.family.Family`; read once, lazily.
        year: Only births in this calendar year; ``None`` for all.
        book: The policy book for the rulings; ``None`` uses the built-in one.

    Raises:
        InvalidInputError: If an item is not a ``Family`` or ``year`` is not an int.

    >>> from datetime import date
    >>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
    >>> mum = Person(sex=Sex.FEMALE, birth_date=date(1984, 2, 1), hukou=Hukou.RURAL)
    >>> dad = Person(sex=Sex.MALE, birth_date=date(1982, 5, 1), hukou=Hukou.RURAL)
    >>> kids = (Child(sex=Sex.FEMALE, birth_date=date(2008, 3, 1)),
    ...         Child(sex=Sex.MALE, birth_date=date(2010, 7, 1)))
    >>> f = Family(mother=mum, father=dad, children=kids, jurisdiction=DINGNAN,
    ...            married_on=date(2007, 1, 1))
    >>> [(r.date.year, r.birth_order, r.mother_age, r.within_policy)
    ...  for r in records_from_families([f])]
    [(2008, 1, 24, True), (2010, 2, 26, False)]
    """
    from fpcore.births import classify_birth  # births is heavy; import it only when used

    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise InvalidInputError("year", year, "must be an int or None")
    book = check_book(book)
    if isinstance(families, str | bytes | Mapping) or not isinstance(families, Iterable):
        raise InvalidInputError("families", families, "must be an iterable of Family")
    for index, family in enumerate(families):
        if not isinstance(family, Family):
            raise InvalidInputError(f"families[{index}]", family, "must be a Family")
        mother = family.mother
        for child in family.children:
            if child.adopted or (year is not None and child.birth_date.year != year):
                continue
            ruling = classify_birth(family, child, book=book)
            yield BirthRecord(
                date=child.birth_date,
                sex=child.sex,
                birth_order=family.birth_order(child),
                mother_age=None
                if mother is None
                else full_age(mother.birth_date, child.birth_date),
                within_policy=ruling.within_policy,
            )
