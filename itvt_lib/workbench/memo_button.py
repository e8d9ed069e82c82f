"""The workbench's button "Beslutsunderlag (PDF)": the own model, as Spara modell would
save it, against the current one, written by the builder the notebook passed in
(`open_workbench(memo=publishing.memo.write_memo)`: the workbench imports no publishing).
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

from pathlib import Path

from ..areas import financing
from ..core.errors import InputError
from ..core.formatting import esc
from ..core.paths import user_name


def write_memo(bench) -> list[Path] | None:
    """Write the memo of `bench`'s own model (typed as params type it) and show its paths
    (or one Swedish line)."""
    if not bench.settle():   # right after a keystroke: the figures of what was typed
        return None
    if bench.outcome is None or bench.outcome.custom_spec is None:
        bench.status.value = "<p>Rätta värdena först; inget beslutsunderlag skrevs.</p>"
        return None
    said: list[str] = []
    try:
        scenario = bench.scenario()
        (model,) = financing.typed_models([bench._saved_spec(scenario)], source="formuläret")
        paths = bench.memo(bench.session.context(scenario.period), model, bench.outputs_dir,
                           who=user_name(), log=said.append)
    except (InputError, OSError) as exc:
        bench.status.value = f"<p>Inget beslutsunderlag skrevs: {esc(exc)}</p>"
        return None
    bench.status.value = ("<p>Beslutsunderlaget skrevs till " + " och ".join(
        f"<code>{esc(p)}</code>" for p in paths) + ".</p>"
        + "".join(f"<p>{esc(line)}</p>" for line in said))
    return paths
