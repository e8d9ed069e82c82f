"""Reading a params file: YAML refused where it could mean two things (a key written
twice), grow without end (an alias bomb) or nest without end; a FIFO or device refused
unread; every key a text; no writing-direction control or control character in a text;
every text in NFC. A parsed text is kept in a bounded cache by its sha256 (each report
reads its files again; a text seen before is not parsed again; an error is never kept).
"""

from __future__ import annotations

import copy
import hashlib
import re
from pathlib import Path

import yaml

from .caches import BoundedCache
from .encoding import nfc
from .errors import DataError, ParamError, unshowable, yaml_problem
from .numbers import two_readings
from .paths import display_path


class _KeyTwice(Exception):
    """A mapping that writes one key twice, or merges it from two mappings (`<<`)
    (raised by `_Loader`)."""

    def __init__(self, key, line: int, merged: bool = False):
        super().__init__(key)
        self.key, self.line, self.merged = key, line, merged


_GROUPED = re.compile(r"[-+]?[0-9]{1,3}(_[0-9]{3})+(\.[0-9]+)?")  # 1_000, 12_500.5


def odd_underscore(value: str) -> bool:
    """Whether a YAML number holds an underscore that is not a thousands grouping: YAML
    drops every underscore ("1_0" is 10, "1_0.5" is 10.5); only "1_000" reads as meant."""
    return "_" in value and not _GROUPED.fullmatch(value)


_OTHER_BASE = re.compile(r"[-+]?0[0-9_xXbBoO]")   # octal 010, hex 0x1F, binary 0b101


UNUSED_ANCHOR = "found an anchor on a text that no alias uses"


def _unused_anchor(text_anchors: dict, aliased: set):
    """The first anchor on a text (`&Prognos enligt budget` keeps only "enligt budget")
    that no alias (`*Prognos`) uses: such an `&` was meant as text; None when all are used."""
    return next((name for name in text_anchors if name not in aliased), None)


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing a key written twice in one mapping, also once in
    NFD and once in NFC (PyYAML keeps the last silently; which one she meant would be a
    guess). Merge keys (`<<`) may override."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                if "<<" in seen:
                    raise _KeyTwice("<<", key_node.start_mark.line + 1)
                seen.add("<<")
                self._merged_once(value_node)
                continue
            key = _nfc_texts(self.construct_object(key_node, deep=True))
            try:
                twice = key in seen
            except TypeError:  # an unhashable key: the constructor says so below
                continue
            if twice:
                raise _KeyTwice(key, key_node.start_mark.line + 1)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)

    def _merged_once(self, value_node) -> None:
        """The mappings merged by one `<<` name each key once: which of two values YAML
        keeps (the spec says the first, PyYAML at times the last) would be a guess."""
        if not isinstance(value_node, yaml.SequenceNode):
            return
        keys = set()
        for sub in value_node.value:
            for key_node, _ in (sub.value if isinstance(sub, yaml.MappingNode) else ()):
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = _nfc_texts(self.construct_object(key_node, deep=True))
                try:
                    twice = key in keys
                except TypeError:  # an unhashable key: the constructor says so
                    continue
                if twice:
                    raise _KeyTwice(key, key_node.start_mark.line + 1, merged=True)
                keys.add(key)

    def compose_document(self):
        """A document whose every anchor on a text is used by an alias (`_unused_anchor`)."""
        self._text_anchors, self._aliased = {}, set()
        node = super().compose_document()
        unused = _unused_anchor(self._text_anchors, self._aliased)
        if unused is not None:
            raise yaml.composer.ComposerError(None, None, UNUSED_ANCHOR,
                                              self._text_anchors[unused].start_mark)
        return node

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            self._aliased.add(self.peek_event().anchor)
        return super().compose_node(parent, index)

    def compose_scalar_node(self, anchor):
        node = super().compose_scalar_node(anchor)
        if anchor is not None:
            self._text_anchors[anchor] = node
        return node

    def construct_yaml_int(self, node):
        """YAML 1.1 reads "34:40" as base 60 (2080), "010" as octal (8), "0x820" as hex and
        "1_0" as 10 (`odd_underscore`); here each stays the text that was written (a
        number field reads "010" as 10 and refuses "1_0", a text such as a diarienummer
        "00020" keeps its zeros)."""
        if ":" in node.value or odd_underscore(node.value) or _OTHER_BASE.match(node.value):
            return self.construct_scalar(node)
        return super().construct_yaml_int(node)

    def construct_yaml_float(self, node):
        """As `construct_yaml_int`: "1:30.5" stays text, never 90,5; and "1.000" (1 or
        1 000?) stays text, so a number field refuses it naming both readings, as it does
        the quoted "1.000"."""
        if ":" in node.value or odd_underscore(node.value) or two_readings(node.value):
            return self.construct_scalar(node)
        return super().construct_yaml_float(node)


_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)
_Loader.add_constructor("tag:yaml.org,2002:float", _Loader.construct_yaml_float)

KeyTwice = _KeyTwice


def load_one_way(text: str):
    """YAML read as a params file is (`_Loader`): a key twice raises KeyTwice; 010, 0x1F
    and 1:00 stay the text written, never octal, hex or base 60."""
    loader = _Loader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def line_of(text: str, loc) -> int | None:
    """The line (from 1) of a params file's YAML `text` where the key at `loc` (as
    `dotted_key` names it: `financing_models`, 0, `andelar`, `Herrljunga`) is written; a
    key not written (a missing `name`) is found at the nearest written one above it (its
    model's line). None when the text is not YAML."""
    try:
        node = yaml.compose(text.lstrip("\ufeff"), Loader=_Loader)
    except (yaml.YAMLError, _KeyTwice, RecursionError):
        return None
    if node is None:
        return None
    line = node.start_mark.line
    for part in loc:
        if isinstance(node, yaml.SequenceNode) and isinstance(part, int) \
                and 0 <= part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line
        elif isinstance(node, yaml.MappingNode):
            found = next(((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)
                          and nfc(k.value) == nfc(str(part))), None)
            if found is None:
                break
            line, node = found[0].start_mark.line, found[1]
        else:
            break
    return line + 1


def at_line(where: str, text: str | None, loc) -> str:
    """`file:line` of the key at `loc` in a params file's `text` (`line_of`); `file` when
    no line is found."""
    line = None if text is None else line_of(text, loc)
    return where if line is None else f"{where}:{line}"


MAX_YAML_VALUES = 100_000  # values of a params file, aliases expanded (an alias bomb)


def _expanded_size(node, sizes: dict) -> int:
    """How many values `node` holds with every alias expanded: a shared node is counted at
    each use but computed once, so a "billion laughs" is measured, never walked."""
    key = id(node)
    if key not in sizes:
        sizes[key] = 1  # a node that holds itself counts once, not forever
        total = 1
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                total += _expanded_size(k, sizes) + _expanded_size(v, sizes)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                total += _expanded_size(item, sizes)
        sizes[key] = total
    return sizes[key]


# A params file's mapping by its text's hash: each open report reads the files again
# (they may have changed), but parses a text it has seen only once (errors never kept).
_PARSED = BoundedCache("params files", 64)


def read_yaml(path: Path) -> dict:
    """A params file's mapping, its texts in NFC (bad YAML: a ParamError naming file and
    line)."""
    from .input_files import read_regular_bytes  # refuses a FIFO or device unread

    shown = display_path(path)
    try:
        raw = read_regular_bytes(path, shown)
    except DataError as exc:
        raise ParamError(str(exc)) from None
    key = hashlib.sha256(raw).digest()
    return copy.deepcopy(_PARSED.get(key, lambda: _parse_yaml(raw, shown)))


def _parse_yaml(raw: bytes, shown: str) -> dict:
    try:
        text = raw.decode("utf-8-sig")
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is not None and _expanded_size(node, {}) > MAX_YAML_VALUES:
                raise ParamError(f"{shown}: ogiltig YAML: alias (*namn) som växer till fler än "
                                 f"{MAX_YAML_VALUES} värden; skriv ut värdena")
            if node is not None:
                _refuse_hash_after_text(node, loader.buffer, shown)
            content = None if node is None else loader.construct_document(node)
        finally:
            loader.dispose()
        if content is None:
            return {}
        if not isinstance(content, dict):
            raise ParamError(f"{shown}: ska vara en mappning av namn till värden")
        _check_keys(content, (), shown, text)
        _refuse_unshowable(content, (), shown)
        return _nfc_texts(content)
    except _KeyTwice as exc:
        where = ("står i två mappningar som slås samman med <<" if exc.merged else
                 "står två gånger i samma mappning")
        raise ParamError(f"{shown}:{exc.line}: {exc.key}: nyckeln {where}; ta bort den ena") \
            from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow (NUL, ESC)
        raise ParamError(f"{shown}: ogiltig YAML: tecknet U+{exc.character:04X} får inte stå "
                         "i en params-fil") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{shown}:{mark.line + 1}" if mark else shown
        raise ParamError(f"{where}: {yaml_problem(getattr(exc, 'problem', None))}") from None
    except RecursionError:
        raise ParamError(f"{shown}: ogiltig YAML: listor eller mappningar nästlade för djupt "
                         "(fler nivåer än en params-fil behöver)") from None
    except UnicodeDecodeError:
        raise ParamError(f"{shown}: är inte text i UTF-8 (spara filen som UTF-8)") from None
    except DataError as exc:
        raise ParamError(str(exc)) from None


_YAML_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # as YAML counts lines
_HASH_WORD = re.compile(r"[ \t]+#[^\s#]")  # " #3": a comment begun without a space


def hash_word_after(line: str) -> bool:
    """Whether the rest of a line after a plain text starts a comment glued to a word
    (`Prognos enligt ärende #3` keeps only "Prognos enligt ärende"): such a # was meant
    as text; a comment is written `# text`."""
    return bool(_HASH_WORD.match(line))


def hash_word_below(lines: list[str], after: int, indent: int) -> int | None:
    """The line number (from 1) of the first line of YAML below line `after` (from 0) of a
    plain text when it is a comment glued to a word indented deeper than `indent`, the
    text's mapping or list (`driftredovisning: … ärende` then `    #3 från februari` keeps
    only "… ärende"): where the text would go on, such a # was meant as text; else None."""
    for number in range(after + 1, len(lines)):
        body = lines[number].lstrip(" \t")
        if body:
            glued = len(lines[number]) - len(body) > indent and hash_word_after(" " + body)
            return number + 1 if glued else None
    return None


def _refuse_hash_after_text(root, text: str, shown: str) -> None:
    """No plain (unquoted) value of a params file, nor an empty one, is followed by a
    comment glued to a word (`hash_word_after`), nor a non-empty one ending its line (or
    a flow list's item) by such a comment where it would go on (`hash_word_below`): a
    ParamError naming the line."""
    lines, seen, todo = _YAML_LINE_BREAK.split(text), set(), [(root, -1, False)]
    while todo:
        node, indent, is_key = todo.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            end = node.end_mark
            if node.style is not None or end.line >= len(lines):
                continue
            rest = lines[end.line][end.column:]  # "" or "," when the text may go on below
            below = None if is_key or node.value == "" or rest.strip() not in ("", ",") \
                else hash_word_below(lines, end.line, indent)
            if hash_word_after(rest) or below:
                raise ParamError(f"{shown}:{below or end.line + 1}: ett # efter ett mellanslag "
                                 "inleder en kommentar, så texten slutar före #; skriv texten "
                                 "inom citattecken")
        elif isinstance(node, yaml.MappingNode):
            inner = indent if node.flow_style else node.start_mark.column  # a block's column
            for key, value in node.value:
                todo += [(key, inner, True), (value, inner, False)]
        elif isinstance(node, yaml.SequenceNode):
            inner = indent if node.flow_style else node.start_mark.column
            todo.extend((item, inner, False) for item in node.value)


def _refuse_unshowable(node, loc: tuple, where: str) -> None:
    """No text of a params file holds a writing-direction control or a control character
    (core.errors.unshowable)."""
    if isinstance(node, str):
        reason = unshowable(node)
        if reason:
            raise ParamError(f"{where}: {dotted_key(loc)}: {reason}")
    elif isinstance(node, dict):
        for key, value in node.items():
            _refuse_unshowable(key, (*loc, key), where)
            _refuse_unshowable(value, (*loc, key), where)
    elif isinstance(node, list):
        for n, item in enumerate(node):
            _refuse_unshowable(item, (*loc, n), where)


def _nfc_texts(node):
    """Every text of a YAML document in NFC: a name typed on a Mac ("a" + U+0308) is the
    name it looks like ("ä"), as data cells are (core/input_files.py)."""
    if isinstance(node, str):
        return nfc(node)
    if isinstance(node, dict):
        return {_nfc_texts(k): _nfc_texts(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_nfc_texts(v) for v in node]
    return node


def _check_keys(node, loc: tuple, where: str, text: str) -> None:
    """Every mapping key in a params file (YAML `text`) is text (YAML reads `1:` or `yes:`
    otherwise); else a ParamError naming the file and line."""
    if isinstance(node, dict):
        before = None
        for key, value in node.items():
            split = _split_decimal(before, key, value)
            if split:
                raise ParamError(f"{at_line(where, text, (*loc, before[0]))}: "
                                 f"{dotted_key((*loc, before[0]))}: {split} "
                                 "inom {…} "
                                 f'läses som två poster (kommat skiljer dem); skriv "{split}" '
                                 "inom citattecken")
            before = (key, value)
            if not isinstance(key, str):
                raise ParamError(f"{at_line(where, text, (*loc, str(key)))}: "
                                 f"{dotted_key((*loc, str(key)))}: en nyckel ska vara "
                                 f"text, inte {short_value(key)} (skriv den inom citattecken)")
            _check_keys(value, (*loc, key), where, text)
    elif isinstance(node, list):
        for n, item in enumerate(node):
            _check_keys(item, (*loc, n), where, text)


_SPLIT_TAIL = re.compile(r"[0-9]+( ?%)?")   # the decimals a comma split off, "6" or "6 %"


def _split_decimal(before, key, value) -> str | None:
    """The number a decimal comma split inside a flow mapping (`{Herrljunga: 43,6}` reads
    as `Herrljunga: 43` and a key `6` without a value; `43,6 %` as a key `6 %`): "43,6"
    ("43,6 %"); else None."""
    if before is None or value is not None or not _SPLIT_TAIL.fullmatch(str(key)):
        return None
    whole = before[1]
    if isinstance(whole, bool) or not isinstance(whole, int):
        return None
    return f"{whole},{key}"


def dotted_key(loc) -> str:
    """A location as the user writes it: `status.resultat.green_at`, `arenden[1].rubrik`
    (list items counted from 1)."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        elif part == "[key]":
            text += " (key)"
        else:
            text += f".{part}" if text else str(part)
    return text


def short_value(value) -> str:
    """A value as a message quotes it: text in quotation marks, a float as %g, a truth
    value as YAML writes it (true/false, said to be one), nothing as an empty value, at
    most 60 characters."""
    if isinstance(value, bool):
        return f"{str(value).lower()} (ett ja/nej-värde)"
    if value is None:
        return "ett tomt värde"
    if isinstance(value, float):
        return f"{value:g}"
    shown = f'"{value}"' if isinstance(value, str) else str(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."
