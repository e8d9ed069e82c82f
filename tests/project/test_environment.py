"""environment.yml and pyproject.toml list the same runtime dependencies; the lock file pins
every declared one with hashes, the Makefile installs from it, and every import is declared."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from conftest import ROOT


def _name(spec: str) -> str:
    """Package name of a requirement, normalised as PEP 503 does."""
    name = re.split(r"[<>=!~;\[ ]", spec.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def test_environment_matches_pyproject():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    expected = {_name(d) for d in pyproject["project"]["dependencies"]}
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda, pip = set(), []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip += dep.get("pip", [])
        else:
            conda.add(_name(dep))
    assert "python" in conda and "pip" in conda
    result = conda - {"python", "pip"}
    assert result == expected
    assert any(p.startswith("-e .") for p in pip)  # the package itself, editable


def test_python_version_agrees():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    env = (ROOT / "environment.yml").read_text(encoding="utf-8")
    minimum = re.search(r">=\s*(\d+\.\d+)", pyproject["project"]["requires-python"]).group(1)
    assert f"python={minimum}" in env


# --- the lock file ------------------------------------------------------------------------

LOCK = ROOT / "requirements.lock"


def _declared() -> list[str]:
    """Every requirement of pyproject.toml: runtime and the test extra."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return project["dependencies"] + project["optional-dependencies"]["test"]


def parse_lock(text: str) -> dict[str, tuple[str, list[str]]]:
    """A pip requirements file with hashes: normalised name -> (version, sha256 hashes)."""
    result = {}
    for entry in re.sub(r"\\\n", " ", text).splitlines():
        entry = entry.split("#", 1)[0].strip()
        if not entry:
            continue
        match = re.fullmatch(r"([A-Za-z0-9_.\-\[\],]+)==(\S+)((?:\s+--hash=sha256:[0-9a-f]{64})*)",
                             entry)
        assert match, f"not an exact, hashed pin: {entry[:80]}"
        result[_name(match.group(1))] = (match.group(2), re.findall(r"[0-9a-f]{64}", match[3]))
    return result


def test_parse_lock():
    text = ("# header\nabc-def==1.2 \\\n    --hash=sha256:" + "a" * 64 + " \\\n"
            "    --hash=sha256:" + "b" * 64 + "\n    # via x\nGhi_J==3.0 \\\n"
            "    --hash=sha256:" + "c" * 64 + "\n")
    result = parse_lock(text)
    expected = {"abc-def": ("1.2", ["a" * 64, "b" * 64]), "ghi-j": ("3.0", ["c" * 64])}
    assert result == expected
    with pytest.raises(AssertionError, match="not an exact, hashed pin"):
        parse_lock("pandas>=2.2\n")


def test_lock_pins_every_declared_dependency_with_hashes():
    from packaging.requirements import Requirement

    pins = parse_lock(LOCK.read_text(encoding="utf-8"))
    for spec in _declared():
        requirement = Requirement(spec)
        version, hashes = pins[_name(requirement.name)]
        assert hashes, requirement.name
        assert requirement.specifier.contains(version, prereleases=True), (spec, version)
    assert all(hashes for _, hashes in pins.values())


def test_environment_runs_the_locked_versions():
    """The interpreter running the tests has exactly the lock's versions installed."""
    from importlib.metadata import PackageNotFoundError, version

    pins = parse_lock(LOCK.read_text(encoding="utf-8"))
    mismatched = []
    for name, (locked, _) in sorted(pins.items()):
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = None
        if installed != locked:
            mismatched.append(f"{name}: locked {locked}, installed {installed}")
    assert mismatched == []


def test_makefile_installs_from_the_lock():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^LOCK\s*:=\s*requirements\.lock$", makefile, re.M)
    assert re.search(r"^\$\(STAMP\):.*\$\(LOCK\)", makefile, re.M)
    assert re.search(r"^\$\(STAMP\):.*pyproject\.toml", makefile, re.M)
    assert "install -q --require-hashes -r $(LOCK)" in makefile   # pip: where uv cannot
    assert "$(UV_INSTALL) --require-hashes -r $(LOCK)" in makefile
    assert "install -q --require-hashes -r <($(UV_LINES))" in makefile   # uv itself hashed
    assert "install -q --no-deps -e ." in makefile
    assert not re.search(r"pip install[^\n]*-e \.\[", makefile)  # nothing resolved unpinned
    assert re.search(r"^lock:", makefile, re.M)
    assert "--generate-hashes" in makefile


def test_every_import_is_declared():
    """deptry: every module imported by the package, tests, benchmarks and notebooks
    belongs to a dependency declared in pyproject.toml (configured in [tool.deptry])."""
    deptry = Path(sys.executable).with_name("deptry")
    result = subprocess.run([str(deptry), "--no-ansi", "."], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
