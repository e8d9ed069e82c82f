"""Every message the controller reads is Swedish (issue 23, item 21).

The rule, stated here: the message texts in itvt_lib (the constant parts of every raised
error, of every validation `problem(...)`, of every line logged as an error or warning or
printed to stderr, and of the parameter messages in `core.params._message`) contain no
word of ENGLISH below. Column and key names of the user's own files are written with `_`
(`key_date`, `andel_procent`) or `-` (`--notebooks-dir`) and are not words here.
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
                       "SystemExit", "Interrupted", "KernelFailed"})
DEVELOPER_TEXTS = ("is declared by two areas", "is declared twice")

LOGGING = frozenset({"error", "warning"})


def _texts(node: ast.AST) -> list[str]:
    """The constant text parts of an expression (an f-string's literal parts included)."""
    return [sub.value for sub in ast.walk(node)
            if isinstance(sub, ast.Constant) and isinstance(sub.value, str)]


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
            texts = _texts(node.exc)
            if name in DEVELOPER or any(t in " ".join(texts) for t in DEVELOPER_TEXTS):
                continue
            found += [(node.lineno, t) for t in texts]
        elif isinstance(node, ast.Call):
            func = ast.unparse(node.func)
            if func == "problem" or func.rsplit(".", 1)[-1] in LOGGING and "." in func \
                    or _is_stderr_print(node):
                found += [(node.lineno, t) for t in _texts(node)]
        elif isinstance(node, ast.FunctionDef) and node.name == "_message" \
                and path.name == "params.py":
            found += [(sub.lineno, t) for sub in ast.walk(node)
                      if isinstance(sub, ast.Return) for t in _texts(sub)]
    return sorted(set(found))


def english_words(text: str) -> list[str]:
    """The words of ENGLISH in `text` (a word with `_` or `-` is a name, not a word)."""
    return [word for word in re.findall(r"[\w-]+", text)
            if "_" not in word and "-" not in word and word.lower() in ENGLISH]


def all_messages() -> list[tuple[str, int, str]]:
    return [(path.relative_to(ROOT).as_posix(), line, text)
            for path in sorted((ROOT / "itvt_lib").rglob("*.py"))
            for line, text in message_texts(path)]


@pytest.mark.parametrize("text, expected", [
    ("file not found", ["file", "not", "found"]),
    ('"{}" is not in kommuner', ["is", "not"]),
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
        "        raise DataError(x, f'{x} is bad')\n"
        "    log.warning('skipped a line')\n"
        "    print('oops', file=sys.stderr)\n"
        "    raise problem('not a date')\n"
        "    raise AssertionError('unknown kind')\n"
        "def _message(e):\n"
        "    return 'unknown key'\n", encoding="utf-8")
    result = [text for _, text in message_texts(module)]
    expected = [" is bad", "skipped a line", "oops", "not a date", "unknown key"]
    assert sorted(result) == sorted(expected)


def test_every_message_the_controller_reads_is_swedish():
    english = [f"{path}:{line}: {text!r} ({', '.join(words)})"
               for path, line, text in all_messages() if (words := english_words(text))]
    assert not english, f"{len(english)} English message texts:\n" + "\n".join(english)
