"""Mutation testing of one module, on demand (not in CI: minutes per module).

    python benchmarks/mutation.py indicators/_formulas.py [--tests tests/indicators ...]
        [--mutmut /path/to/mutmut] [--max-children 2] [--goal 90] [--workdir DIR]

Copies the project (``src``, ``tests``, ``examples``, ``docs``, ``README.md``,
``pyproject.toml``) into a work directory, sets ``[tool.mutmut]`` there to mutate only the
module and run only its tests, runs ``mutmut run``, and prints

    target mutation_score_<module>: measured X %, goal 90 %, ok|short

followed by the surviving mutants (``mutmut show <name>`` in the work directory shows one).
The score counts killed and timed-out mutants over all tested mutants, as mutmut does; the
module's doctests and its docs page are part of the default test selection. mutmut 3 is
needed (``pip install mutmut``); it is not a project dependency.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SELECTIONS: dict[str, tuple[str, ...]] = {
    "indicators/_formulas.py": (
        "tests/indicators",
        "src/fpcore/indicators/_formulas.py",
        "docs/topics/indicators.md",
    ),
    "indicators/_register.py": (
        "tests/indicators",
        "src/fpcore/indicators/_register.py",
        "docs/topics/indicators.md",
    ),
    "indicators/_audit.py": (
        "tests/indicators",
        "src/fpcore/indicators/_audit.py",
        "docs/topics/indicators.md",
    ),
    "assessment/_score.py": (
        "tests/assessment",
        "src/fpcore/assessment/_score.py",
        "docs/topics/assessment.md",
    ),
    "assessment/_pay.py": (
        "tests/assessment",
        "src/fpcore/assessment/_pay.py",
        "docs/topics/assessment.md",
    ),
    "incentives/_base.py": (
        "tests/incentives",
        "src/fpcore/incentives/_base.py",
        "docs/topics/incentives.md",
    ),
    "incentives/reward_assistance.py": (
        "tests/incentives",
        "tests/test_golden.py",
        "src/fpcore/incentives/reward_assistance.py",
        "docs/topics/reward-assistance.md",
    ),
    "incentives/special_assistance.py": (
        "tests/incentives",
        "tests/test_golden.py",
        "src/fpcore/incentives/special_assistance.py",
        "docs/topics/special-assistance.md",
    ),
    "incentives/one_child_parent_reward.py": (
        "tests/incentives",
        "tests/test_golden.py",
        "src/fpcore/incentives/one_child_parent_reward.py",
        "docs/topics/one-child-parent-reward.md",
    ),
    "incentives/family_planning_insurance.py": (
        "tests/incentives",
        "tests/test_golden.py",
        "src/fpcore/incentives/family_planning_insurance.py",
        "docs/topics/family-planning-insurance.md",
    ),
    "incentives/childcare_subsidy.py": (
        "tests/incentives",
        "tests/test_golden.py",
        "src/fpcore/incentives/childcare_subsidy.py",
        "docs/topics/childcare-subsidy.md",
    ),
    "incentives/card.py": (
        "tests/incentives",
        "src/fpcore/incentives/card.py",
        "docs/topics/one-card.md",
    ),
    "incentives/_registry.py": (
        "tests/incentives",
        "src/fpcore/incentives/_registry.py",
        "docs/topics/incentives.md",
    ),
    "births/_rulings.py": (
        "tests/test_births.py",
        "tests/test_births_fees.py",
        "tests/test_births_leave.py",
        "tests/test_births_law_update.py",
        "tests/test_births_mutation_pins.py",
        "tests/test_births_fees_leave_pins.py",
        "src/fpcore/births/_rulings.py",
        "docs/topics/families-and-birth-policy.md",
    ),
    "births/_fees.py": (
        "tests/test_births.py",
        "tests/test_births_fees.py",
        "tests/test_births_leave.py",
        "tests/test_births_law_update.py",
        "tests/test_births_mutation_pins.py",
        "tests/test_births_fees_leave_pins.py",
        "src/fpcore/births/_fees.py",
        "docs/topics/families-and-birth-policy.md",
    ),
    "births/_leave.py": (
        "tests/test_births.py",
        "tests/test_births_fees.py",
        "tests/test_births_leave.py",
        "tests/test_births_law_update.py",
        "tests/test_births_mutation_pins.py",
        "tests/test_births_fees_leave_pins.py",
        "src/fpcore/births/_leave.py",
        "docs/topics/families-and-birth-policy.md",
    ),
}
"""The tests that pin each module (default ``--tests``)."""

GOAL = 90.0
COPIED = ("src", "tests", "examples", "docs", "README.md", "pyproject.toml")


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(value)


def configure(pyproject: Path, module: str, tests: list[str]) -> None:
    """Rewrite ``[tool.mutmut]`` of the copied ``pyproject.toml`` for one module."""
    text = pyproject.read_text("utf-8")
    config = dict(tomllib.loads(text).get("tool", {}).get("mutmut", {}))
    config["only_mutate"] = [f"src/fpcore/{module}"]
    config["pytest_add_cli_args_test_selection"] = tests
    kept, skipping = [], False
    for line in text.splitlines():
        if line.strip().startswith("["):
            skipping = line.strip() == "[tool.mutmut]"
        if not skipping:
            kept.append(line)
    kept += ["", "[tool.mutmut]", *(f"{k} = {_toml_value(v)}" for k, v in config.items())]
    pyproject.write_text("\n".join(kept) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("module", help="path under src/fpcore, e.g. assessment/_score.py")
    parser.add_argument("--tests", nargs="+", help="test selection (default: see SELECTIONS)")
    parser.add_argument("--mutmut", default=shutil.which("mutmut") or "mutmut")
    parser.add_argument("--max-children", type=int, default=2)
    parser.add_argument("--goal", type=float, default=GOAL)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args(argv)
    module = args.module.removeprefix("src/fpcore/")
    if not (ROOT / "src" / "fpcore" / module).is_file():
        parser.error(f"no module src/fpcore/{module}")
    tests = list(args.tests or SELECTIONS.get(module, ("tests",)))
    name = module.removesuffix(".py").replace("/", ".")
    work = args.workdir or Path(os.environ.get("TMPDIR", "/tmp")) / f"fpcore-mutation-{name}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    for part in COPIED:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, work / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, work / part)
    configure(work / "pyproject.toml", module, tests)
    env = {**os.environ, "HYPOTHESIS_PROFILE": os.environ.get("HYPOTHESIS_PROFILE", "mutation")}
    subprocess.run(
        [args.mutmut, "run", "--max-children", str(args.max_children)],
        cwd=work,
        env=env,
        check=False,
        stdout=subprocess.DEVNULL,
    )
    subprocess.run([args.mutmut, "export-cicd-stats"], cwd=work, env=env, check=True)
    stats = json.loads((work / "mutants" / "mutmut-cicd-stats.json").read_text("utf-8"))
    tested = int(stats["total"]) - int(stats.get("skipped", 0))
    killed = int(stats["killed"]) + int(stats.get("timeout", 0))
    score = 100.0 * killed / tested if tested else 0.0
    listing = subprocess.run(
        [args.mutmut, "results"], cwd=work, env=env, capture_output=True, text=True, check=True
    ).stdout
    print(listing, end="")
    print(f"mutants: {json.dumps(stats)}")
    verdict = "ok" if score >= args.goal else "short"
    print(
        f"target mutation_score_{name}: measured {score:.1f} %, goal {args.goal:g} %, {verdict}"
        f"  ({killed}/{tested}; work directory {work})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
