"""Every message the controller reads is Swedish (issue 23, item 21).

The rule, stated here: the message texts in itvt_lib contain no word of ENGLISH below.
A message text is the template (an f-string with `{}` for its values) of each positional
argument of every raised error, of every validation `problem(...)`, of every line logged
or printed to stderr, and of what the message functions MESSAGE_FUNCTIONS return. Names
of the user's own columns and keys stay as she writes them: with `_` (`key_date`) or `-`
(`--notebooks-dir`), or in quotation marks ("name"), they are not words here; nor is a
text of one word (a key or a code, `"value"`) or the command's own name (`itvt check`).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from conftest import ROOT

# Common English words that no Swedish message uses.
ENGLISH = frozenset("""
    a an the is are was be not no and or but of to for from with without than at on by as
    if it this that these has have does can cannot must should got only when which here
    expected missing found unknown needs needed empty invalid duplicate twice one two
    column columns file files folder value values number line error warning key keys
    read readable written write save check remove choose another other holds held
    mapping name used item items report run kernel stopped interrupted recovered removed
    skipped restored kept full disk time limit below above after before greater less
    """.split())

# Errors a programmer meets, never the controller (a broken registry, an unknown kind).
DEVELOPER = frozenset({"AssertionError", "TypeError", "NotImplementedError", "KeyError",
                       "SystemExit", "Interrupted"})
DEVELOPER_TEXTS = ("is declared by two areas", "is declared twice")

LOGGING = frozenset({"error", "warning", "info", "log"})
# Functions that return a message for a caller to raise or show.
MESSAGE_FUNCTIONS = frozenset({"_message", "driver_problem", "stray_params_file", "refusal",
                               "failure_line", "swedish", "yaml_problem", "os_reason"})


def _texts(node: ast.AST) -> list[str]:
    """The message templates of an expression: a string, an f-string with `{}` for each
    value (the values' own templates too), both sides of `+` and of `a if c else b`."""
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) else []
    if isinstance(node, ast.JoinedStr):
        template = "".join(part.value if isinstance(part, ast.Constant) else "{}"
                           for part in node.values)
        inner = [t for part in node.values if isinstance(part, ast.FormattedValue)
                 for t in _texts(part.value)]
        return [template, *inner]
    if isinstance(node, ast.BinOp):
        return _texts(node.left) + _texts(node.right)
    if isinstance(node, ast.IfExp):
        return _texts(node.body) + _texts(node.orelse)
    if isinstance(node, (ast.BoolOp, ast.Tuple, ast.List)):
        return [t for value in getattr(node, "values", None) or node.elts for t in _texts(value)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return _texts(node.func.value)  # " och ".join(...)
    return []


def _arguments(call: ast.Call) -> list[str]:
    return [t for arg in call.args for t in _texts(arg)]


def _is_stderr_print(node: ast.Call) -> bool:
    return (isinstance(node.func, ast.Name) and node.func.id == "print"
            and any(k.arg == "file" and ast.unparse(k.value) == "sys.stderr"
                    for k in node.keywords))


def message_texts(path: Path) -> list[tuple[int, str]]:
    """(line, text) of each message template in one module, by the rule above."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            name = ast.unparse(node.exc.func).rsplit(".", 1)[-1]
            texts = _arguments(node.exc)
            if name in DEVELOPER or any(t in " ".join(texts) for t in DEVELOPER_TEXTS):
                continue
            found += [(node.lineno, t) for t in texts]
        elif isinstance(node, ast.Call):
            func = ast.unparse(node.func)
            if func == "problem" or func.rsplit(".", 1)[-1] in LOGGING and "." in func \
                    or _is_stderr_print(node):
                found += [(node.lineno, t) for t in _arguments(node)]
        elif isinstance(node, ast.FunctionDef) and node.name in MESSAGE_FUNCTIONS:
            found += [(sub.lineno, t) for sub in ast.walk(node)
                      if isinstance(sub, ast.Return) and sub.value is not None
                      for t in _texts(sub.value)]
    return sorted(set(found))


def english_words(text: str) -> list[str]:
    """The words of ENGLISH in `text` (a word with `_` or `-`, or quoted, is a name)."""
    if " " not in text.strip():
        return []
    unquoted = re.sub(r'"[^"]*"|“[^”]*”|”[^”]*”|itvt [a-z]+', " ", text)
    return [word for word in re.findall(r"[\w-]+", unquoted)
            if "_" not in word and "-" not in word and word.lower() in ENGLISH]


def all_messages() -> list[tuple[str, int, str]]:
    return [(path.relative_to(ROOT).as_posix(), line, text)
            for path in sorted((ROOT / "itvt_lib").rglob("*.py"))
            for line, text in message_texts(path)]


@pytest.mark.parametrize("text, expected", [
    ("file not found", ["file", "not", "found"]),
    ('"{}" is not in kommuner', ["is", "not"]),
    ('"{}" is not in "{}"', ["is", "not"]),
    ('ska vara en mappning med "name" och "driver"', []),
    ("value", []),
    ("itvt check listar dem", []),
    ("filen saknas", []),
    ("key_date: datumet ska vara 1 november", []),
    ("--notebooks-dir: ingen mapp", []),
])
def test_english_words_finds_english_and_passes_swedish(text, expected):
    result = english_words(text)
    assert result == expected


def test_the_scan_finds_the_messages_of_raises_problems_and_log_lines(tmp_path):
    module = tmp_path / "params.py"
    module.write_text(
        "def f(x):\n"
        "    if x:\n"
        "        raise DataError(x, f'{x} is {\" and \".join(x)}', column='value')\n"
        "    log.warning('skipped a line' if x == 'value' else 'a line')\n"
        "    print('oops', file=sys.stderr)\n"
        "    raise problem('not a date')\n"
        "    raise AssertionError('unknown kind')\n"
        "def _message(e):\n"
        "    return 'unknown key'\n", encoding="utf-8")
    result = [text for _, text in message_texts(module)]
    expected = ["{} is {}", " and ", "skipped a line", "a line", "oops", "not a date",
                "unknown key"]
    assert sorted(result) == sorted(expected)


def test_every_message_the_controller_reads_is_swedish():
    english = [f"{path}:{line}: {text!r} ({', '.join(words)})"
               for path, line, text in all_messages() if (words := english_words(text))]
    assert not english, f"{len(english)} English message texts:\n" + "\n".join(english)
