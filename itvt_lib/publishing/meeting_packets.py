"""Packets of one meeting kept alike: a meeting's file is shared by every period treated
there (params/meetings/<datum>.yaml), so a run of one of them after the meeting changed
(its time, place or ärenden) leaves the other periods' published start pages showing the
meeting as it was. The run says so, naming each such period to run again; likewise a start
page whose ärenden link to another period's packet that the output folder does not hold."""

from __future__ import annotations

import logging
from pathlib import Path

from ..areas import load_params
from ..core.errors import InputError
from .pages import archived_manifest

logger = logging.getLogger("itvt")

# What a start page shows of its meeting, as the manifest's parameters hold it.
MEETING_PARTS = {"datum": "datum", "tid": "tid", "plats": "plats", "ordforande": "ordförande",
                 "justerare": "justerare", "sekreterare": "sekreterare",
                 "inledning": "inledning"}


def _mapping(value) -> dict:
    """`value` when it is a mapping (a manifest edited by hand may hold anything), else {}."""
    return value if isinstance(value, dict) else {}


def meeting_changes(published: dict, current: dict) -> list[str]:
    """What of the meeting and its agenda differs between two periods' parameters (as a
    manifest holds them), in the start page's words: "tid", "plats", "ärenden"."""
    theirs, ours = _mapping(published.get("meeting")), _mapping(current.get("meeting"))
    changed = [word for key, word in MEETING_PARTS.items() if theirs.get(key) != ours.get(key)]
    return changed + (["ärenden"] if published.get("arenden") != current.get("arenden") else [])


def stale_meeting_packets(contexts, output_dir: Path) -> list[str]:
    """One line per published period outside this run whose packet names the meeting of a
    period of the run but shows it otherwise than that period's params now give it
    (`meeting_changes`); a period whose params are now bad is left to its own run."""
    running = {str(ctx.period): ctx for ctx in contexts}
    meetings = {_mapping(ctx.params.model_dump(mode="json").get("meeting")).get("datum")
                for ctx in contexts}
    params_dir = next((ctx.params_dir for ctx in contexts), None)
    lines = []
    for folder in _folders(output_dir):
        if folder.name in running or not _is_file(folder / "manifest.json"):
            continue
        manifest = archived_manifest(folder / "manifest.json")
        published = _mapping((manifest or {}).get("parameters"))
        datum = _mapping(published.get("meeting")).get("datum")
        if not isinstance(datum, str) or datum not in meetings:   # a list typed by hand
            continue
        try:
            current = load_params(folder.name, params_dir).model_dump(mode="json",
                                                                      exclude_none=True)
        except InputError:
            continue
        changed = meeting_changes(published, current)
        if changed:
            words = " och ".join([", ".join(changed[:-1]), changed[-1]] if changed[:-1]
                                 else changed)
            lines.append(f"{folder.name}: den publicerade rapporten visar sammanträdet "
                         f"{datum} som det var när den byggdes ({words} är nu andra); kör om "
                         f"{folder.name} också")
    return lines


def _folders(output_dir: Path) -> list[Path]:
    """The output folder's entries; none when it cannot be read (the run says why later)."""
    try:
        return sorted(output_dir.iterdir()) if output_dir.is_dir() else []
    except OSError:
        return []


def _is_file(path: Path) -> bool:
    """Whether `path` is a regular file (False when it cannot be looked at)."""
    try:
        return path.is_file()
    except OSError:
        return False


def warn_stale_meeting_packets(contexts, output_dir: Path) -> None:
    """Each line of `stale_meeting_packets` as a warning."""
    for line in stale_meeting_packets(contexts, output_dir):
        logger.warning(f"varning: {line}")


def unpublished_linked_packets(contexts, output_dir: Path) -> list[str]:
    """One line per period of the run whose start page links an ärende's pages (`sidor`)
    in another period's packet (`rapport`) that is neither in the run nor published in
    the output folder: those links lead nowhere until that period is run there."""
    running = {str(ctx.period) for ctx in contexts}
    lines = []
    for ctx in contexts:
        others = dict.fromkeys(str(item.rapport) for item in ctx.params.arenden or []
                               if item.sidor and item.rapport
                               and str(item.rapport) not in running)
        for other in others:
            if not _is_file(output_dir / other / "manifest.json"):
                lines.append(f"{ctx.period}: startsidans ärenden länkar till sidor i rapporten "
                             f"för {other}, som inte är publicerad i {output_dir}; länkarna "
                             f"leder ingenstans förrän itvt run --period {other} körs där")
    return lines


def warn_linked_packets(contexts, output_dir: Path) -> None:
    """Each line of `unpublished_linked_packets` as a warning (once the output folder is
    known to be itvt's, so a run refused for its folder says its one line alone)."""
    for line in unpublished_linked_packets(contexts, output_dir):
        logger.warning(f"varning: {line}")
