"""The house: four wings, imports running one way (web/corpus -> labelling -> rulebook), no circles.

Every import of the package's modules is read from their source (those inside functions too), so
a lazy import cannot hide a step against the direction.
"""

import ast
from pathlib import Path

import pytest

pytestmark = pytest.mark.labelling  # the same on every Datasette line: see test_layout.py

PACKAGE = Path(__file__).resolve().parent.parent / "datasette_demands"
WINGS = ("rulebook", "labelling", "corpus", "web")
# what each wing may import besides itself; the top-level modules (hooks, cli, eval) may import anything
MAY_IMPORT = {
    "rulebook": set(),
    "labelling": {"rulebook"},
    "corpus": {"labelling", "rulebook"},
    "web": {"corpus", "labelling", "rulebook"},
}
LABELLING_MAX_FUNCTION_LINES = 80


def module_name(path: Path) -> str:
    parts = ["datasette_demands", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that `name` imports, anywhere in its source."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            # "from . import store" imports the module store; "from .store import x" the module .store
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        found.update(t for t in targets if t in known and t != name)
    return found


def wing_of(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in WINGS else None


def import_graph() -> dict[str, set[str]]:
    mods = modules()
    return {name: imports_of(name, path, set(mods)) for name, path in mods.items()}


def test_the_four_wings_exist_with_a_docstring_each():
    for wing in WINGS:
        init = PACKAGE / wing / "__init__.py"
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and "import" in doc, f"{wing}/__init__.py must say what the wing owns and may import"


def test_only_hooks_cli_and_eval_stay_at_the_top():
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert set(top) <= {"__init__.py", "cli.py", "evaluate.py", "review.py", "hookspecs.py"}, top


def test_imports_run_one_way():
    wrong = []
    for name, targets in import_graph().items():
        wing = wing_of(name)
        if wing is None:
            continue
        for target in targets:
            other = wing_of(target)
            if other != wing and other not in MAY_IMPORT[wing]:
                wrong.append(f"{name} imports {target}")
    assert not wrong, "imports against the direction web/corpus -> labelling -> rulebook:\n" + "\n".join(wrong)


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node):
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_no_module_imports_one_that_imports_it_back():
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_the_checks_catch_a_wrong_import_and_a_cycle():
    """The walker itself: a labelling module importing corpus, and a circle, are found."""
    graph = {"datasette_demands.labelling.a": {"datasette_demands.corpus.b"}, "datasette_demands.corpus.b": set()}
    assert "corpus" not in MAY_IMPORT[wing_of("datasette_demands.labelling.a")]
    assert find_cycle({"x": {"y"}, "y": {"z"}, "z": {"x"}}) == ["x", "y", "z", "x"]
    assert find_cycle(graph) is None
    mods = modules()
    assert "datasette_demands.labelling.classify" in imports_of(
        "datasette_demands.corpus.pipeline", mods["datasette_demands.corpus.pipeline"], set(mods))


@pytest.mark.parametrize("path", sorted((PACKAGE / "labelling").rglob("*.py")),
                         ids=lambda p: str(p.relative_to(PACKAGE / "labelling")))
def test_labelling_functions_are_short_named_steps(path):
    long = [f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.end_lineno - node.lineno + 1 > LABELLING_MAX_FUNCTION_LINES]
    assert not long, long


# Datasette's two lines differ in Datasette and what it brings (datasette-enrichments, httpx ...), never in the
# libraries labelling uses: a test module marked `labelling` gives the same answer on both, so `make test`
# runs it once. It may import the package only through these wings and modules, and no Datasette package.
LABELLING_ONLY = ("datasette_demands.labelling", "datasette_demands.rulebook", "datasette_demands.evaluate")
DATASETTE_PACKAGES = {"datasette", "datasette_enrichments", "httpx", "asgiref"}
TESTS = Path(__file__).resolve().parent


def marked_labelling(path: Path) -> bool:
    return "\npytestmark = pytest.mark.labelling" in path.read_text(encoding="utf-8")


def outside_imports(path: Path) -> set[str]:
    """Every module an import statement in `path` names, anywhere in its source (relative ones resolved
    as in the package)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level:
            names.update([node.module] + [f"{node.module}.{a.name}" for a in node.names])
    return names


def labelling_only_problems(test_file: Path) -> list[str]:
    """What makes a test module depend on more than the labelling: a package module outside the labelling
    wings (followed through everything it imports) or a Datasette package."""
    graph, mods = import_graph(), modules()
    problems, seen = [], set()
    todo = [m for m in outside_imports(test_file) if m in mods]
    for package in sorted({name.split(".")[0] for name in outside_imports(test_file)} & DATASETTE_PACKAGES):
        problems.append(f"{test_file.name} imports {package}")
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        if name != "datasette_demands" and not name.startswith(LABELLING_ONLY):
            problems.append(f"{test_file.name} reaches {name}")
        for package in sorted({other.split(".")[0] for other in outside_imports(mods[name])} & DATASETTE_PACKAGES):
            problems.append(f"{test_file.name} reaches {name}, which imports {package}")
        todo.extend(graph[name])
    return problems


def test_tests_run_on_one_datasette_line_need_only_the_labelling():
    marked = [p for p in sorted(TESTS.glob("test_*.py")) if marked_labelling(p)]
    assert len(marked) >= 6
    problems = [problem for p in marked for problem in labelling_only_problems(p)]
    assert not problems, "\n".join(problems)


def test_the_labelling_only_check_finds_a_web_import(tmp_path):
    web = tmp_path / "test_web.py"
    web.write_text("import pytest\n\npytestmark = pytest.mark.labelling\n\n\ndef test_x():\n"
                   "    from datasette_demands.web.views import demands_page\n", encoding="utf-8")
    assert marked_labelling(web)
    assert any("datasette_demands.web" in p for p in labelling_only_problems(web))
    bare = tmp_path / "test_bare.py"
    bare.write_text("from datasette import hookimpl\nfrom datasette_demands.labelling import classify\n")
    assert labelling_only_problems(bare) == ["test_bare.py imports datasette"]
