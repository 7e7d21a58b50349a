"""The cost of a reform: raise rural reward-and-assistance to 1,500 yuan a year for 2026–2027.

The reform is data — a key, a window and a value, with a note instead of a citation
(``PolicyBook.reform``). After 31 December 2027 the law resumes. Every programme is assessed for
a synthetic Dingnan-like county (a 1-in-10 sample of the ~60,000 families of
``fpcore.synthetic.DINGNAN_2010``, to keep the run short; the county-wide figure is the
sample's × 10) under the law and under the reform, on a date inside the window and one after it.
"""

from datetime import date

from fpcore import DINGNAN, assess, default_book
from fpcore.synthetic import DINGNAN_2010, county
from fpcore.tables import assess_all, to_rows, totals

SAMPLE = 10
NOTE = "测算：2026—2027年农村奖扶标准提高到每人每年1500元"

law = default_book()
reform = law.reform(
    {"reward_assistance.amount": {"from": "2026-01-01", "until": "2027-12-31", "value": "1500"}},
    note=NOTE,
)
print(repr(reform))
print()

families = list(county(DINGNAN_2010.scaled(SAMPLE), seed=2010))
print(f"Families in the sample: {len(families):,}")
for on in (date(2026, 6, 30), date(2028, 6, 30)):
    print(f"\nOn {on.isoformat()}:")
    print(f"  {'programme':<28}{'eligible':>9}{'law, yuan':>16}{'reform, yuan':>16}{'extra':>14}")
    base = totals(to_rows(assess_all(families, on=on, book=law)))
    what_if = totals(to_rows(assess_all(families, on=on, book=reform)))
    for before, after in zip(base, what_if, strict=True):
        extra = after.amount - before.amount
        print(
            f"  {before.group[0]:<28}{after.eligible:>9,}{before.amount:>16,}"
            f"{after.amount:>16,}{extra:>14,}"
        )
    extra = sum(a.amount for a in what_if) - sum(b.amount for b in base)
    print(f"  Extra cost, county estimate (× {SAMPLE}): {extra * SAMPLE:,} yuan a year")

# Every explanation that uses the reform value says so; after the window nothing does.
eligible = next(
    f
    for f in families
    if assess("reward_assistance", f, on=date(2026, 6, 30), book=reform).eligible
)
inside = assess("reward_assistance", eligible, on=date(2026, 6, 30), book=reform)
after = assess("reward_assistance", eligible, on=date(2028, 6, 30), book=reform)
print()
print(inside.explain("en"))
print()
print("After the window, a reform?", after.is_reform)
assert inside.is_reform and not after.is_reform
assert eligible.jurisdiction == DINGNAN
