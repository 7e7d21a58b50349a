import ast
import pathlib
import subprocess
import sys

import pytest

import fpcore

SRC = pathlib.Path(fpcore.__file__).parent


def test_all_is_sorted_and_resolves():
    assert fpcore.__all__ == sorted(fpcore.__all__)
    for name in fpcore.__all__:
        assert hasattr(fpcore, name), name


def test_every_public_name_has_a_docstring():
    for name in fpcore.__all__:
        if name == "__version__" or name.isupper():
            continue
        assert (getattr(fpcore, name).__doc__ or "").strip(), name


def test_import_pulls_in_neither_hypothesis_nor_cattrs():
    code = (
        "import sys, fpcore; print(sorted(m for m in ('hypothesis', 'cattrs') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(SRC.parent)},
    )
    assert out.stdout.strip() == "[]"


def test_capability_packages_are_imported_on_first_use():
    code = (
        "import sys, fpcore\n"
        "lazy = ('fpcore.incentives', 'fpcore.indicators', 'fpcore.assessment',"
        " 'dateutil.relativedelta')\n"
        "print(sorted(m for m in lazy if m in sys.modules))\n"
        "fpcore.assess\n"
        "print('fpcore.incentives' in sys.modules, 'fpcore.indicators' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(SRC.parent)},
    )
    assert out.stdout.split("\n")[:2] == ["[]", "True False"]


def test_lazy_names_are_the_packages_own_objects():
    from fpcore import assessment, incentives, indicators

    assert fpcore.assess is incentives.assess
    assert fpcore.Rate is indicators.Rate
    assert fpcore.score is assessment.score
    assert {"assess", "Rate", "score", "Family"} <= set(dir(fpcore))
    namespace: dict[str, object] = {}
    exec("from fpcore import *", namespace)  # the star import is what is tested
    assert set(fpcore.__all__) <= set(namespace)
    with pytest.raises(AttributeError, match="asess"):
        fpcore.asess  # noqa: B018


FORBIDDEN_CALLS = {"print", "open", "input"}
FORBIDDEN_ATTRS = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "today"),
    ("os", "environ"),
    ("os", "getenv"),
    ("time", "time"),
    ("logging", "basicConfig"),
}


def test_no_io_or_clock_in_the_library():
    found = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in FORBIDDEN_CALLS
            ):
                found.append(f"{path.name}:{node.lineno} {node.func.id}()")
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and (node.value.id, node.attr) in FORBIDDEN_ATTRS
            ):
                found.append(f"{path.name}:{node.lineno} {node.value.id}.{node.attr}")
    assert found == []


def test_version_is_a_release_version():
    from packaging.version import Version

    # a PEP 440 version, as a release carries it (not a placeholder)
    assert str(Version(fpcore.__version__)) == fpcore.__version__


def test_the_lowest_versions_step_pins_the_declared_floors():
    import re
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    project = tomllib.loads((root / "pyproject.toml").read_text())["project"]
    declared = [*project["dependencies"], *project["optional-dependencies"]["cattrs"]]
    declared += project["optional-dependencies"]["testing"]
    floors = dict(re.fullmatch(r"([\w-]+)>=([\d.]+)", spec).groups() for spec in declared)
    pins = dict(re.findall(r'"([\w-]+)==([\d.]+)"', (root / ".ci" / "run").read_text()))
    for name, floor in floors.items():
        assert pins[name].split(".")[: len(floor.split("."))] == floor.split("."), name
