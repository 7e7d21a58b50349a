"""The layers of fpcore hold: no module imports upward, capabilities stay apart.

    values (incl. plausibility) → book / explain → family → births → incentives, indicators, assessment
           → batch, synthetic, tables, serde, strategies → the package ``fpcore``

Within a layer, ``explain`` may import ``params`` (not the reverse). Capability packages do
not import each other, except through ``births``, which is a lower layer: incentives and
indicators use birth rulings. (Assessment scores results a caller supplies, indicator values
among them; it imports no indicator code.) Imports for type checking only
(``if TYPE_CHECKING:``) are not dependencies and are not counted.
"""

import ast
import pathlib

import fpcore

SRC = pathlib.Path(fpcore.__file__).parent

LAYERS: dict[str, float] = {
    "fpcore._version": 0,
    "fpcore.errors": 0,
    "fpcore.money": 0,
    "fpcore.dates": 0,
    "fpcore.jurisdictions": 0,
    "fpcore._validate": 0,
    "fpcore.plausibility": 0,
    "fpcore.params": 1,
    "fpcore.explain": 1.5,
    "fpcore.family": 2,
    "fpcore.births": 3,
    "fpcore.incentives": 4,
    "fpcore.indicators": 4,
    "fpcore.assessment": 4,
    "fpcore.batch": 5,
    "fpcore._batch": 5,
    "fpcore.synthetic": 5,
    "fpcore.tables": 5,
    "fpcore.serde": 5,
    "fpcore.strategies": 5,
    "fpcore": 6,
}


def _unit(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2])


def _imports(tree: ast.AST) -> list[tuple[int, str]]:
    """The fpcore modules imported, outside ``if TYPE_CHECKING:`` blocks."""
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return [(line, name) for line, name in found if name.split(".")[0] == "fpcore"]


def _edges() -> list[tuple[str, int, str, str]]:
    edges = []
    for path in sorted(SRC.rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        module = ".".join(("fpcore", *parts)).removesuffix(".__init__")
        for line, target in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            edges.append((f"{path.relative_to(SRC)}:{line}", line, _unit(module), _unit(target)))
    return edges


def test_every_module_has_a_layer():
    units = {
        _unit(".".join(("fpcore", *p.relative_to(SRC).with_suffix("").parts)))
        for p in SRC.rglob("*.py")
    }
    units = {u.removesuffix(".__init__") for u in units}
    assert units <= set(LAYERS), units - set(LAYERS)


# The one upward import, inside a function: ``check_book`` (the shared check of every
# ``book=`` argument) defaults to the policy book. Moving it into ``fpcore.params`` is open.
ALLOWED_UPWARD = {("fpcore._validate", "fpcore.params")}


def test_no_module_imports_upward():
    upward = [
        f"{where}: {source} imports {target}"
        for where, _, source, target in _edges()
        if source != target
        and LAYERS[target] > LAYERS[source]
        and (source, target) not in ALLOWED_UPWARD
    ]
    assert upward == []


def test_capability_packages_do_not_import_each_other():
    capabilities = {"fpcore.incentives", "fpcore.indicators", "fpcore.assessment"}
    across = [
        f"{where}: {source} imports {target}"
        for where, _, source, target in _edges()
        if source in capabilities and target in capabilities and source != target
    ]
    assert across == []


def test_the_allowed_uses_of_births_exist_and_are_the_only_ones():
    users = {source for _, _, source, target in _edges() if target == "fpcore.births"}
    assert users - {"fpcore.births"} == {"fpcore.incentives", "fpcore.indicators"}
