"""Birth policy: whether a birth was within policy, the social maintenance fee, and leave.

Every birth-policy era is a set of dated rules in the policy book (keys ``births.*``,
``social_maintenance_fee.*`` and ``leave.*``), resolved for the family's jurisdiction on the
day of the delivery:

* Jiangxi 2002 text — one child per married couple; a second birth needs a ground
  (:class:`~fpcore.family.SecondBirthGround`), a second-birth permit and the spacing rule (the
  woman at least 25 and at least 4 years since the first birth, 2 years if she is over 28); third
  and later births, non-marital and under-age births are out of policy.
* Jiangxi 2009 text (in force 2009-05-01) — the same grounds; the spacing rule abolished;
  adopted children count as children (Art. 8 para 2), except that a couple childless five years
  after marriage, infertility attested, who adopt and then bear a child have a first birth.
* Jiangxi 2014 amendment (from 2014-01-18) — one spouse an only child becomes a ground.
* National 2015 amendment (from 2016-01-01) — two children for every married couple.
* Jiangxi 2016 amendment (from 2016-01-20) — with a 《生育证》 a couple with two children may
  have one more if a child died, a child is appraised disabled, after a remarriage (one child
  before and one after, or two or more lawfully born before), or after infertility and
  adoption (Art. 9).
* The fee abolished by the decision of 2021-06-26; national 2021 amendment (from 2021-08-20) —
  three children, the fee removed from the law; Decree 357 repealed on 2021-09-09.

**Counting.** The limits count children, not deliveries (人口与计划生育法 Art. 18: "两个子女",
"三个子女"): a delivery is within the limit when the couple had fewer children than the limit
before it. Children who died count ("已生育": children born). Every ground that requires "只生育
一个子女" needs exactly one child so far. A ground permits one more *delivery* (再生育一胎): twins
born of a permitted delivery are both within policy.

A birth before the first encoded text of its jurisdiction is ruled only by a ruling on file
(:attr:`~fpcore.family.Child.within_policy`); with none the result is ``within_policy=None``
and a check that asks for one — never a guess. A ruling on file always wins over the computed
one, and the explanation says so. :func:`eras` lists the eras of a jurisdiction from the book.

Twins and other multiple births are one delivery (一胎): each child of a delivery gets the ruling
of the delivery, decided on the day the delivery began. Every result carries
``unverified_after``: the date through which the sources of a value it read were checked, when
the result's date is past it.

>>> from datetime import date
>>> from fpcore import DINGNAN, Child, Family, Hukou, Person, Sex
>>> mum = Person(sex=Sex.FEMALE, birth_date=date(1976, 3, 1), hukou=Hukou.RURAL)
>>> dad = Person(sex=Sex.MALE, birth_date=date(1975, 1, 9), hukou=Hukou.RURAL)
>>> first = Child(sex=Sex.FEMALE, birth_date=date(2003, 6, 1))
>>> second = Child(sex=Sex.MALE, birth_date=date(2007, 6, 1))
>>> family = Family(mother=mum, father=dad, children=(first, second), jurisdiction=DINGNAN,
...                 married_on=date(2002, 1, 1), second_birth_permit_on=date(2007, 1, 1))
>>> classify_birth(family, second).within_policy
True

References:
    中华人民共和国人口与计划生育法 (2001; amended 2015-12-27 and 2021-08-20), Art. 18 and 41.
    中共中央 国务院关于优化生育政策促进人口长期均衡发展的决定 (2021-06-26). 国务院关于废止部分
    行政法规的决定 (2021-09-09). 女职工劳动保护规定 (国务院令第9号, 1988).
    江西省人口与计划生育条例: 2002 text, 2009 text (公告第24号, in force 2009-05-01), 2014,
    2016 and 2021 amendments. 社会抚养费征收管理办法 (国务院令第357号, 2002). 江西省社会抚养费
    征收管理办法 (2004). 女职工劳动保护特别规定 (国务院令第619号, 2012). See
    :mod:`fpcore.params.sources` for each citation and its confidence.
"""

from fpcore.births._fees import FeeAssessment, social_maintenance_fee
from fpcore.births._leave import Leave, LeaveEntitlements, LeaveKind, leave_entitlements
from fpcore.births._rulings import (
    BirthReason,
    BirthRuling,
    Era,
    classify_birth,
    classify_births,
    eras,
)

__all__ = [
    "BirthReason",
    "BirthRuling",
    "Era",
    "FeeAssessment",
    "Leave",
    "LeaveEntitlements",
    "LeaveKind",
    "classify_birth",
    "classify_births",
    "eras",
    "leave_entitlements",
    "social_maintenance_fee",
]
