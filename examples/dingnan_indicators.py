"""Reproduce and audit the Dingnan County figures of the seed report (2008–2010).

The county printed a birth rate of 12.85‰ (2008) and 11.9‰ (2009), and family-planning funding
of 279.9万, 298.2万 and 325.2万 yuan, or 13.4, 14.2 and 15.5 yuan per person, for 21万 people.

Every printed figure is read as an interval at its printed precision ("21万" is 205,000–214,999
people, "13.4" is 13.35–13.45): 2008's 13.4 yuan per person agrees with 279.9万 ÷ 21万 only at
that precision, not with the 210,000 people that 2009's 14.2 and 2010's 15.5 agree with exactly.

Run: python examples/dingnan_indicators.py
"""

from datetime import date
from decimal import Decimal

from fpcore.indicators import (
    DINGNAN_2008_2010,
    audit,
    crude_birth_rate,
    growth_rate,
    per_capita_funding,
    sex_ratio_at_birth,
    sex_ratio_significance,
)

POPULATION = 210000

print("1. Recomputing the printed figures from their parts")
for year, births in ((2008, 2699), (2009, 2499)):
    rate = crude_birth_rate(births=births, mean_population=POPULATION)
    print(f"   {year}: {births} births / {POPULATION} people → {rate}  ({rate.describe('en')})")
funding = {2008: Decimal("2799000"), 2009: Decimal("2982000"), 2010: Decimal("3252000")}
for year, amount in funding.items():
    print(f"   {year}: {per_capita_funding(amount=amount, population=POPULATION)}")
for year in (2009, 2010):
    print(
        f"   funding growth {year}: {growth_rate(previous=funding[year - 1], current=funding[year])}"
    )

print("\n2. Auditing the table as printed")
result = audit(DINGNAN_2008_2010)
print(result.explain("en"))
print(f"   disagree: {[(f.relation, f.year) for f in result.inconsistencies]}")
print(
    "   agree at printed precision only: "
    f"{[(f.relation, f.year) for f in result.agreements_at_precision]}"
)

print("\n3. What a county of ~2,500 births a year can say about its sex ratio")
# The report says only "below 109"; take 1,300 boys and 1,200 girls as an illustration.
ratio = sex_ratio_at_birth(male=1300, female=1200)
test = sex_ratio_significance(ratio, on=date(2009, 12, 31))
print("   " + test.explain("en"))
print("   " + test.explain("zh"))
