"""The models' fast ``__init__`` (``fpcore._validate.fast_init``) is attrs' own, only faster."""

from __future__ import annotations

import inspect
from datetime import date

import attrs
import pytest

from fpcore import DINGNAN, Child, Family, Hukou, InvalidInputError, Parent, Person, Sex
from fpcore._validate import fast_init, is_a


@pytest.mark.parametrize("model", [Person, Child, Family])
def test_the_signature_is_attrs_own(model: type) -> None:
    fast = inspect.signature(model.__init__, follow_wrapped=False)
    generated = inspect.signature(model.__init__.__wrapped__)
    assert list(fast.parameters) == list(generated.parameters)
    for name, parameter in generated.parameters.items():
        assert fast.parameters[name].kind is parameter.kind
        assert fast.parameters[name].default == parameter.default
        assert fast.parameters[name].annotation == parameter.annotation


def test_converters_defaults_and_checks_still_apply() -> None:
    mother = Person(sex=Sex.FEMALE, birth_date=date(1980, 1, 1), hukou=Hukou.URBAN)
    child = Child(sex=Sex.MALE, birth_date=date(2005, 1, 1), parents=[Parent.MOTHER])
    family = Family(mother=mother, father=None, children=[child], jurisdiction=DINGNAN)
    # defaults as declared; converters: a list of children becomes a tuple, a list of parents
    # a frozenset, no grounds the empty set
    assert (mother.death_date, mother.only_child, mother.id) == (None, False, None)
    assert family.children == (child,)
    assert child.parents == frozenset({Parent.MOTHER})
    assert family.second_birth_grounds == frozenset()
    assert attrs.evolve(family, married_on=date(2004, 5, 1)).married_on == date(2004, 5, 1)
    with pytest.raises(InvalidInputError) as raised:
        Person(sex="female", birth_date=date(1980, 1, 1), hukou=Hukou.URBAN)  # type: ignore[arg-type]
    assert raised.value.field == "sex"
    with pytest.raises(TypeError):
        Person(birth_date=date(1980, 1, 1), hukou=Hukou.URBAN)  # type: ignore[call-arg]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        mother.id = "x"  # type: ignore[misc]


def test_a_class_with_a_validator_keeps_attrs_init() -> None:
    @attrs.frozen(kw_only=True)
    class Checked:
        n: int = attrs.field(validator=is_a(int))

    with pytest.raises(TypeError, match=r"Checked\.n needs attrs' own __init__"):
        fast_init(Checked)
