"""A sampled mutation score of the attribution modules, when a full mutmut run is too slow.

Draws mutants at random (fixed seed) from the functions of ``quotecheck/attribution/*.py``, each
one change to the syntax tree: a comparison flipped (``==``/``!=``, ``<``/``>=``, ``in``/``not
in``, ``is``/``is not``), ``and``/``or`` swapped, a ``not`` dropped, an integer raised by one, a
boolean flipped. Each mutant is written into a copy of the project and the attribution, quote,
people and seed tests run against it; it is killed when they fail or run out of time. Prints one
line per mutant and the score.

    python eval/mutation_sample.py [--mutants 120] [--seed 47] [--jobs 2]
"""

from __future__ import annotations

import argparse
import ast
import os
import random
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted((ROOT / "quotecheck" / "attribution").glob("*.py"))
TESTS = [
    "tests/test_speakers.py",
    "tests/test_people.py",
    "tests/test_rules.py",
    "tests/test_german_french.py",
    "tests/test_names.py",
    "tests/test_words.py",
    "tests/test_quotes.py",
    "tests/test_seeds_gold.py",
]
#: a mutant whose tests run longer than this is killed (a loop that never ends)
TIMEOUT = 180
_FLIPPED = {
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Lt: ast.GtE,
    ast.GtE: ast.Lt,
    ast.Gt: ast.LtE,
    ast.LtE: ast.Gt,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}


def _sites(tree: ast.AST) -> list[tuple[str, ast.AST, int]]:
    """Every place one change can be made inside a function (module-level constants build
    lexicons once at import, where a change says little about the rules)."""
    inside = {id(n) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) for n in ast.walk(f)}
    found: list[tuple[str, ast.AST, int]] = []
    for node in ast.walk(tree):
        if id(node) not in inside:
            continue
        if isinstance(node, ast.Compare):
            found += [("compare", node, i) for i, op in enumerate(node.ops) if type(op) in _FLIPPED]
        elif isinstance(node, ast.BoolOp):
            found.append(("and/or", node, 0))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            found.append(("not", node, 0))
        elif isinstance(node, ast.Constant) and type(node.value) in (int, bool):
            found.append(("constant", node, 0))
    return found


class _DropNot(ast.NodeTransformer):
    def __init__(self, target: ast.AST):
        self.target = target

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
        self.generic_visit(node)
        return node.operand if node is self.target else node


def _mutant(path: Path, site: int) -> tuple[str, str, int]:
    """The module's source with change number ``site`` made, its kind and its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    kind, node, i = _sites(tree)[site]
    if isinstance(node, ast.Compare):
        node.ops[i] = _FLIPPED[type(node.ops[i])]()
    elif isinstance(node, ast.BoolOp):
        node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
    elif isinstance(node, ast.UnaryOp):
        tree = _DropNot(node).visit(tree)
    elif isinstance(node, ast.Constant):
        node.value = (not node.value) if isinstance(node.value, bool) else node.value + 1
    return ast.unparse(tree), kind, node.lineno


def _run(batch: list[tuple[str, int]]) -> list[tuple[str, int, str, bool]]:
    """Run the tests against each mutant of ``batch`` in one private copy of the project."""
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "project"
        for name in ("quotecheck", "tests", "seeds"):
            shutil.copytree(ROOT / name, copy / name)
        for name in ("pyproject.toml", "README.md"):
            shutil.copy(ROOT / name, copy / name)
        for name, site in batch:
            original = ROOT / "quotecheck" / "attribution" / name
            target = copy / "quotecheck" / "attribution" / name
            source, kind, line = _mutant(original, site)
            target.write_text(source, encoding="utf-8")
            try:
                done = subprocess.run(
                    [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *TESTS],
                    cwd=copy,
                    env={**os.environ, "PYTHONPATH": str(copy)},
                    capture_output=True,
                    timeout=TIMEOUT,
                )
                killed = done.returncode != 0
            except subprocess.TimeoutExpired:
                killed = True
            shutil.copy(original, target)
            results.append((f"{name}:{line}", site, kind, killed))
            print(f"{name}:{line} {kind}: {'killed' if killed else 'SURVIVED'}", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutants", type=int, default=120)
    parser.add_argument("--seed", type=int, default=47)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    catalog = [
        (path.name, k)
        for path in MODULES
        for k in range(len(_sites(ast.parse(path.read_text(encoding="utf-8")))))
    ]
    sample = random.Random(args.seed).sample(catalog, min(args.mutants, len(catalog)))
    batches = [sample[j :: args.jobs] for j in range(args.jobs)]
    with ProcessPoolExecutor(args.jobs) as pool:
        results = [r for batch in pool.map(_run, batches) for r in batch]
    killed = sum(r[3] for r in results)
    print(
        f"{killed} of {len(results)} sampled mutants killed ({killed / len(results):.1%}) "
        f"out of {len(catalog)} possible in the attribution modules"
    )


if __name__ == "__main__":
    main()
