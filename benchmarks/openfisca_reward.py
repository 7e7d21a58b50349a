"""An OpenFisca-core model of rural reward-and-assistance, the batch benchmark's peer.

The household rule for one date, written the OpenFisca way (entities, variables, vectorised
formulas over person and household arrays), with the values fpcore's book holds for that date
and jurisdiction (the two engines compute from the same law). Children whose birth is in the
compliance window without a ruling make the household not payable, as fpcore leaves such a
household undetermined with nothing paid. Needs ``openfisca-core`` (the ``bench`` extra).
"""

from __future__ import annotations

from datetime import date

import numpy as np
from openfisca_core.entities import build_entity
from openfisca_core.periods import MONTH
from openfisca_core.simulations import SimulationBuilder
from openfisca_core.taxbenefitsystems import TaxBenefitSystem
from openfisca_core.variables import Variable

from fpcore import Sex, default_book
from fpcore._batch._kernels import cutoff

Person = build_entity(key="person", plural="persons", label="A person", is_person=True)
Household = build_entity(
    key="household",
    plural="households",
    label="A household",
    roles=[
        {"key": "parent", "plural": "parents", "label": "Parent", "max": 2},
        {"key": "child", "plural": "children", "label": "Child"},
    ],
)

_INPUTS = {
    "birth": (date, Person),
    "death": (date, Person),
    "female": (bool, Person),
    "rural": (bool, Person),
    "ruling": (int, Person),
    "adopted": (bool, Person),
}


def _input(name, kind, entity):
    return type(
        name,
        (Variable,),
        {
            "value_type": kind,
            "entity": entity,
            "definition_period": MONTH,
            "label": name,
            "default_value": date(9999, 12, 31)
            if kind is date
            else (kind() if kind is not int else -1),
        },
    )


def build_system(on: date, where) -> TaxBenefitSystem:
    """The tax-benefit system of reward-and-assistance on ``on`` for ``where``."""
    book = default_book()

    def value(key):
        return book.value(key, on=on, jurisdiction=where)

    yearly = float(value("reward_assistance.amount"))
    first = np.datetime64(value("reward_assistance.compliance_from"))
    last = np.datetime64(value("reward_assistance.compliance_until"))
    born_from = np.datetime64(value("reward_assistance.born_from"))
    rural_cut = np.datetime64(cutoff(on, value("reward_assistance.min_age")))
    urban = bool(value("reward_assistance.urban.in_force"))
    urban_yearly = float(value("reward_assistance.urban.amount")) if urban else 0.0
    female_cut = male_cut = rural_cut
    if urban:
        female_cut = np.datetime64(cutoff(on, value("reward_assistance.urban.min_age_female")))
        male_cut = np.datetime64(cutoff(on, value("reward_assistance.urban.min_age_male")))
    day = np.datetime64(on)

    class reward_assistance(Variable):  # noqa: N801 - OpenFisca names variables in lower case
        value_type = float
        entity = Household
        definition_period = MONTH
        label = "Reward-and-assistance, yuan per year"

        def formula(household, period, parameters):  # noqa: N805 - OpenFisca's convention
            members = household.members
            birth = members("birth", period)
            death = members("death", period)
            female = members("female", period)
            rural_person = members("rural", period)
            ruling = members("ruling", period)
            adopted = members("adopted", period)
            child = members.has_role(Household.CHILD)
            parent = ~child
            rural = household.all(rural_person | child)
            born = child & (birth <= day)
            alive = death > day
            living = household.sum(born & alive)
            girls = household.sum(born & alive & female)
            had = household.sum(born)
            unruled = child & ~adopted & (birth >= first) & (birth <= last) & (ruling != 1)
            compliant = household.sum(unruled) == 0
            none_surviving = (living == 0) & (had > 0)
            children_ok = np.where(
                rural,
                (living == 1) | ((living == 2) & (girls == 2)) | none_surviving,
                (living == 1) | none_surviving,
            )
            cut = np.where(rural_person, rural_cut, np.where(female, female_cut, male_cut))
            ok = parent & alive & (birth >= born_from) & (birth <= cut)
            paid = household.sum(ok)
            amount = np.where(rural, yearly, urban_yearly)
            payable = (rural | urban) & compliant & children_ok
            return np.where(payable, paid * amount, 0.0)

    system = TaxBenefitSystem([Person, Household])
    for name, (kind, entity) in _INPUTS.items():
        system.add_variable(_input(name, kind, entity))
    system.add_variable(reward_assistance)
    return system


def arrays_from_register(records):
    """Person-level arrays from register records (the conversion OpenFisca users write)."""
    households, roles, birth, death, female, rural, ruling, adopted = ([] for _ in range(8))
    index = -1
    current = object()
    for record in records:
        key = record["household"]
        if key != current:
            current = key
            index += 1
        households.append(index)
        role = record["role"]
        roles.append("child" if role == "child" else "parent")
        birth.append(record["birth_date"])
        died = record["death_date"]
        death.append(date(9999, 12, 31) if died is None else died)
        female.append(record["sex"] == "female")
        rural.append(record["hukou"] == "rural")
        policy = record["within_policy"]
        ruling.append(-1 if policy is None else int(policy))
        adopted.append(bool(record["adopted"]))
    return {
        "households": np.array(households),
        "roles": np.array(roles),
        "count": index + 1,
        "birth": np.array(birth, dtype="datetime64[D]"),
        "death": np.array(death, dtype="datetime64[D]"),
        "female": np.array(female),
        "rural": np.array(rural),
        "ruling": np.array(ruling, dtype=np.int32),
        "adopted": np.array(adopted),
    }


def simulate(system, arrays, on: date):
    """Reward-and-assistance per household (yuan per year) for the arrays."""
    period = f"{on.year}-{on.month:02d}"
    builder = SimulationBuilder()
    builder.create_entities(system)
    persons = len(arrays["households"])
    builder.declare_person_entity("person", np.arange(persons))
    household = builder.declare_entity("household", np.arange(arrays["count"]))
    builder.join_with_persons(household, arrays["households"], arrays["roles"])
    simulation = builder.build(system)
    for name in _INPUTS:
        simulation.set_input(name, period, arrays[name])
    return simulation.calculate("reward_assistance", period)


__all__ = ["Household", "Person", "Sex", "arrays_from_register", "build_system", "simulate"]
