"""fpcore's main example: one Dingnan family, every programme, explained in Chinese and English.

Run: python examples/quickstart.py
"""

from datetime import date
from decimal import Decimal

from fpcore import (
    DINGNAN,
    Child,
    Citation,
    Confidence,
    Family,
    Hukou,
    Person,
    Sex,
    assess,
    default_book,
    programs,
)
from fpcore.births import classify_birth

# A rural couple in Dingnan County with one daughter born within policy (issue 4's pinned case).
father = Person(sex=Sex.MALE, birth_date=date(1948, 3, 1), hukou=Hukou.RURAL)
mother = Person(sex=Sex.FEMALE, birth_date=date(1950, 5, 2), hukou=Hukou.RURAL)
daughter = Child(sex=Sex.FEMALE, birth_date=date(1975, 8, 1), within_policy=True)
family = Family(
    father=father,
    mother=mother,
    children=(daughter,),
    jurisdiction=DINGNAN,
    married_on=date(1974, 10, 1),
)

print("Birth ruling:", classify_birth(family, daughter).explain("en").splitlines()[0])
print()

book = default_book()
for on in (date(2008, 6, 30), date(2010, 6, 30), date(2012, 3, 1)):
    decision = assess("reward_assistance", family, on=on, book=book)
    print(f"{on}: {decision.amount} yuan a year")
print()

decision = assess("reward_assistance", family, on=date(2010, 6, 30), book=book)
print(decision.explain("zh"))
print()
print(decision.explain("en"))
print()

print("Every programme on 2012-03-01:")
for code in programs():
    d = assess(code, family, on=date(2012, 3, 1), book=book)
    print(f"  {code:<28} {'eligible' if d.eligible else 'not eligible':<13} {d.amount:>10}")
print()

# A what-if reform in two lines: Dingnan pays 1,200 a year from 2012.
reform = book.override(
    "reward_assistance.amount",
    "1200",
    start=date(2012, 1, 1),
    jurisdiction=DINGNAN,
    citation=Citation(title="县级提标测算", confidence=Confidence.ILLUSTRATIVE),
)
before = assess("reward_assistance", family, on=date(2012, 3, 1), book=book)
after = assess("reward_assistance", family, on=date(2012, 3, 1), book=reform)
print(f"What-if: {before.amount} → {after.amount} yuan a year for this couple in 2012")
assert after.amount == Decimal("2400.00")  # 1,200 × 2 spouses
