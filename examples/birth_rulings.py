"""Rule on a rural Dingnan family's births across the eras, and price an out-of-policy one."""

from datetime import date

from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
from fpcore.births import classify_births, leave_entitlements, social_maintenance_fee

mother = Person(sex=Sex.FEMALE, birth_date=date(1978, 4, 12), hukou=Hukou.RURAL)
father = Person(sex=Sex.MALE, birth_date=date(1976, 9, 3), hukou=Hukou.RURAL)
children = (
    Child(sex=Sex.FEMALE, birth_date=date(2003, 5, 20)),  # first birth: within policy
    Child(sex=Sex.FEMALE, birth_date=date(2006, 2, 1)),  # only 2 years 8 months later
    Child(sex=Sex.MALE, birth_date=date(2011, 7, 9)),  # a third birth
)
family = Family(
    mother=mother,
    father=father,
    children=children,
    jurisdiction=DINGNAN,
    married_on=date(2002, 10, 1),
    second_birth_permit_on=date(2005, 6, 1),
)

if __name__ == "__main__":
    for ruling in classify_births(family):
        print(ruling.explain("en"))
        print()
    fee = social_maintenance_fee(family, children[2], rural_income="5788.56")
    print(fee.explain("en"))
    print()
    print(leave_entitlements(family, children[0]).explain("zh"))
