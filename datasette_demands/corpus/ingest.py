"""Read input files into documents: text, metadata, and a content hash.

Every problem with an input (unreadable, binary, empty, broken record, duplicate id, a file of
a type that is not read) becomes an `InputProblem` naming the file and line, handed to the
caller's `on_problem`; reading goes on with the rest. A `published` value that names no day is a
problem of kind "date": the document is read without a date; a language that is none of the nine,
one of kind "lang". These two travel with the document (`Document.notes`), not to `on_problem`: the
caller reports them if it stores the document (a build passes over an unchanged one, whose date was
read when it was first stored). A file read in a guessed encoding (not UTF-8) is a note of kind
"encoding", handed to `on_problem` at every read: the file is what it is. A document with the text of
another is a duplicate (`Document.content_sha256`, `duplicate_message`): the caller, who knows what the
database holds, skips it. Nothing here touches SQLite.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import functools
import gzip
import hashlib
import io
import json
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import yaml

from ..rulebook.model import LANGUAGES

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".jsonl", ".csv"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
GZIP_SUFFIX = ".gz"  # feed.jsonl.gz, sheet.csv.gz: record files compressed with gzip
METADATA_FILE = "documents.yml"
META_FIELDS = ("source", "title", "url", "published", "lang")
MAX_RECORD_CHARS = 20_000_000

csv.field_size_limit(MAX_RECORD_CHARS + 1)


@dataclass
class Document:
    id: str
    text: str
    path: str
    source: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) once read_documents has parsed it
    lang: str | None = None
    published_raw: str | None = None  # the `published` value as the input gave it
    published_at: tuple[str, int | None] | None = None  # where that value is written (file, line), for messages
    lang_at: tuple[str, int | None] | None = None  # where the `lang` value is written; None: as published_at
    read_bytes: int = 0  # bytes of all inputs read once this document is read (progress)
    sentences: int = 0  # the sentences it was split into, once labelled (progress)
    notes: list = field(default_factory=list)  # its own InputProblems: date or language not understood

    @functools.cached_property
    def sha256(self) -> str:
        """Hash of the text and metadata as given; computed once (compared with the store, then stored).
        Read only after the fields are filled in, which read_documents does before yielding."""
        h = hashlib.sha256(self.text.encode("utf-8", "surrogatepass"))
        for f in META_FIELDS:
            value = self.published_raw if f == "published" else getattr(self, f)
            h.update(b"\0" + str(value or "").encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    @functools.cached_property
    def content_sha256(self) -> str:
        """Hash of the source and the text (without its leading and trailing blanks): two documents with
        the same are duplicates, whatever their ids and other metadata (the second is skipped: its sentences
        would be counted twice). The same wire story from two outlets is two publications, both kept."""
        return content_hash(self.text, self.source)


def duplicate_message(first_id: str, first_path: str) -> str:
    """Why a document with the text of another is skipped: both named."""
    return (f"duplicate document: the same text from the same source as document {first_id!r} ({first_path}), "
            f"skipped (its sentences would be counted twice)")


def id_taken_message(doc, stored_path: str, stored_source: str | None, stored_content_sha256: str | None) -> str:
    """Why a document is skipped whose id a stored document from another file holds: what differs is said
    (a database from before schema 9 has no text hash to tell)."""
    if stored_content_sha256 is None:
        differs = "another text or other metadata"
    elif stored_content_sha256 == content_hash(doc.text, stored_source):
        differs = "the same text and other metadata (source, title, url, date or language)"
    else:
        differs = "another text"
    return (f"document id {doc.id!r} is already in the database, from {stored_path}, with {differs}; skipped "
            f"(--replace replaces it)")


def content_hash(text: str, source: str | None = None) -> str:
    """documents.content_sha256 of a text from a source: what says that two documents are the same one."""
    return hashlib.sha256(((source or "").strip() + "\0" + text.strip()).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class InputProblem:
    path: str
    line: int | None
    message: str
    # "input": something was skipped; "date": a document was read without its date; "lang": with its
    # language detected, the one given being none of the nine; "encoding": a file that is not UTF-8 was
    # read in a guessed encoding (and how many of its bytes could not be decoded)
    kind: str = "input"

    def __str__(self) -> str:
        return f"{self.path}{f':{self.line}' if self.line else ''}: {self.message}"


class SkipInput(Exception):
    pass


def decode(raw: bytes, path: str, on_note=None) -> str:
    """UTF-8 if it is; otherwise a detected legacy encoding (cp1251, latin-1...); never binary. A text
    read in a guessed encoding is named to `on_note` (kind "encoding"): the encoding, the bytes that are
    not UTF-8 and those the guessed encoding could not decode either (replaced by U+FFFD)."""
    if b"\0" in raw[:8192]:
        raise SkipInput("binary file (contains NUL bytes), skipped")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        first_bad = e.start
    text, not_utf8, good = _utf8_replacing(raw)
    if good > not_utf8:  # UTF-8 with a few bad bytes: a legacy reading would garble its good letters
        return _read_as_damaged_utf8(text, path, not_utf8, first_bad, on_note)
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        if not_utf8 <= max(MAX_BAD_UTF8_BYTES, len(raw) // 100):  # ASCII text with a stray byte or two
            return _read_as_damaged_utf8(text, path, not_utf8, first_bad, on_note)
        raise SkipInput("not text in any known encoding, skipped")
    text = str(best)
    if sum(1 for c in text[:4096] if c.isprintable() or c.isspace()) < 0.95 * len(text[:4096]):
        raise SkipInput("binary or garbled content, skipped")
    if on_note is not None:
        on_note(InputProblem(path, None, encoding_note(best.encoding, not_utf8, first_bad,
                                                       _undecodable(raw, best.encoding)), kind="encoding"))
    return text


# bytes not UTF-8 that a file read as UTF-8 anyway may have, when no legacy encoding fits it (or 1% of its bytes)
MAX_BAD_UTF8_BYTES = 16


def _utf8_replacing(raw: bytes) -> tuple[str, int, int]:
    """raw read as UTF-8, each byte that is not UTF-8 replaced by U+FFFD: (text, bytes replaced, bytes of the
    letters beyond ASCII that did decode). A file where those outnumber its bad bytes is UTF-8 with some
    damage (a byte cut in a copy, a line pasted from elsewhere), not a file in a legacy encoding, where
    almost no byte pair beyond ASCII is valid UTF-8."""
    with _replaced_bytes() as replaced:
        text = raw.decode("utf-8", errors=_REPLACE_COUNTED)
    good = sum(len(c.encode("utf-8", "surrogatepass")) for c in text if c > "\x7f" and c != "\ufffd")
    return text, replaced.count, good


def _read_as_damaged_utf8(text: str, path: str, not_utf8: int, first_bad: int, on_note) -> str:
    if on_note is not None:
        on_note(InputProblem(path, None, f"{_not_utf8(not_utf8, first_bad)}: read as UTF-8, the rest of it being "
                                         f"UTF-8; those bytes became U+FFFD", kind="encoding"))
    return text


class _ReplacedBytes:
    """How many bytes a decoding replaced by U+FFFD: the count of the codec error handler
    _REPLACE_COUNTED while it is the innermost of `_replaced_bytes()`."""

    def __init__(self):
        self.count = 0

    def __call__(self, e):
        self.count += e.end - e.start
        return "\ufffd", e.end


_REPLACING: list = []  # the _ReplacedBytes of the decodings under way, the innermost last


def _replace_counted(e):
    return _REPLACING[-1](e) if _REPLACING else ("\ufffd", e.end)


# the one error handler that counts replaced bytes, registered once: `errors=_REPLACE_COUNTED`
# replaces what does not decode by U+FFFD and adds its bytes to the innermost `_replaced_bytes()`
_REPLACE_COUNTED = "datasette_demands.replace_counted"
codecs.register_error(_REPLACE_COUNTED, _replace_counted)


@contextlib.contextmanager
def _replaced_bytes() -> Iterator[_ReplacedBytes]:
    """A count of the bytes decodings with `errors=_REPLACE_COUNTED` replace inside the block
    (records are read one file at a time, so blocks nest and never interleave)."""
    replaced = _ReplacedBytes()
    _REPLACING.append(replaced)
    try:
        yield replaced
    finally:
        _REPLACING.remove(replaced)


def _undecodable(raw: bytes, encoding: str) -> int:
    """How many bytes of `raw` are not text in `encoding`."""
    with _replaced_bytes() as replaced:
        try:
            raw.decode(encoding, errors=_REPLACE_COUNTED)
        except LookupError:
            return 0
    return replaced.count


def encoding_note(encoding: str, not_utf8: int, first_bad: int | None, undecodable: int, guessed_on: str = "") -> str:
    """What the build says of a file read in a guessed encoding."""
    lost = (f"; {undecodable} byte(s) could not be decoded in it either and became U+FFFD" if undecodable
            else "; every byte decoded in it: check that its letters read right")
    return (f"{_not_utf8(not_utf8, first_bad)}: read as {encoding}, the encoding "
            f"charset-normalizer guessed{guessed_on}{lost}")


def _not_utf8(not_utf8: int, first_bad: int | None) -> str:
    """How an encoding note opens: how many bytes are not UTF-8, and where the first is."""
    where = f", the first at byte {first_bad}" if first_bad is not None else ""
    return f"not UTF-8 ({not_utf8} byte(s) invalid in UTF-8{where})"


def _clean_meta(value):
    if value is None:
        return None
    value = str(value).strip()
    return value or None


class _DatesAsWritten(yaml.SafeLoader):
    """YAML without its implicit timestamps: `published: 2025-05-16` stays the text the file gives, as
    every other input's dates do, so that `published_raw` keeps it and the date parser reads it (and
    names, with its line, a day that does not exist, 2025-13-45, where YAML would have raised)."""


_DatesAsWritten.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def _folder_metadata(folder: Path, on_problem) -> dict:
    """documents.yml of a folder: file name -> fields, each with `field_lines` (field -> its line) and
    `metadata_file` (this file's path), for messages."""
    path = folder / METADATA_FILE
    if not path.exists():
        return {}
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=_DatesAsWritten) or {}
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        on_problem(InputProblem(str(path), None, f"metadata file ignored: {e}"))
        return {}
    if not isinstance(data, dict):
        on_problem(InputProblem(str(path), None, "metadata file ignored: expected a mapping of file name to fields"))
        return {}
    for key, value in root.value if isinstance(root, yaml.MappingNode) else []:
        meta = data.get(key.value)
        if isinstance(meta, dict) and isinstance(value, yaml.MappingNode):
            # each field's problem is named at the field's own line (`lang: xx` on its line, not `published:`'s)
            meta["field_lines"] = {k.value: v.start_mark.line + 1 for k, v in value.value}
            meta["metadata_file"] = str(path)
        _check_entry(folder, path, key, value, on_problem)
    return data


def _check_entry(folder: Path, path: Path, key, value, on_problem) -> None:
    """Name, with its line, what of one entry of documents.yml nothing would read: an entry for a file
    the folder does not have, fields that are not a mapping, a field that is none of META_FIELDS or id
    (a typo such as `lnag:` would otherwise leave the document to language detection unnoticed)."""
    where = key.start_mark.line + 1
    if not (folder / str(key.value)).is_file():
        on_problem(InputProblem(str(path), where, f"no file {key.value!r} in this folder: its entry is ignored"))
    if not isinstance(value, yaml.MappingNode):
        on_problem(InputProblem(str(path), where, f"the entry for {key.value!r} is not a mapping of fields: ignored"))
        return
    for field_key, _ in value.value:
        if field_key.value not in (*META_FIELDS, "id"):
            on_problem(InputProblem(str(path), field_key.start_mark.line + 1,
                                    f"unknown field {field_key.value!r} ignored (fields: {', '.join(META_FIELDS)}, id)"))


def _text_document(path: Path, meta: dict, on_note=None) -> Document:
    text = decode(path.read_bytes(), str(path), on_note)
    if path.suffix.lower() in HTML_SUFFIXES:
        text, html_meta = html_to_text(text)
        meta = {**html_meta, **{k: v for k, v in meta.items() if v}}
    if not text.strip():
        raise SkipInput("empty document, skipped")
    doc = Document(id=meta.get("id") or path.stem, text=text, path=str(path))
    for f in META_FIELDS:
        setattr(doc, f, _clean_meta(meta.get(f)))
    lines, metadata_file = meta.get("field_lines") or {}, meta.get("metadata_file")
    doc.published_at, doc.lang_at = ((metadata_file, lines[f]) if metadata_file and f in lines else (str(path), None)
                                     for f in ("published", "lang"))
    if doc.title is None and path.suffix.lower() in TEXT_SUFFIXES:
        first = text.strip().split("\n", 1)[0].strip().lstrip("# ")
        doc.title = first[:200] if first else None
    return doc


def html_to_text(html: str) -> tuple[str, dict]:
    """The article's main text and metadata, by trafilatura (scripts, menus and ads dropped)."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
    if extracted is None:
        return "", {}
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    meta = {
        "title": data.get("title"),
        "source": data.get("sitename") or data.get("hostname"),
        "url": data.get("url"),
        "published": data.get("date"),
        "lang": data.get("language"),
    }
    return blocks_as_paragraphs(data.get("text") or ""), meta


def blocks_as_paragraphs(text: str) -> str:
    """trafilatura ends each block (a heading, a paragraph, a list item "- ...") with one line break; a
    text file marks a paragraph by a blank line. Blocks become paragraphs, as in a text file, except the
    items of a list, which stay on the lines after the line that introduces them ("demands:")."""
    lines = [line for line in text.splitlines() if line.strip()]
    out = lines[:1]
    for line in lines[1:]:
        out.append(("\n" if line.lstrip().startswith("- ") else "\n\n") + line)
    return "".join(out)


def _record_document(rec, path: Path, line: int) -> Document:
    if not isinstance(rec, dict):
        raise SkipInput("record is not an object, skipped")
    if "text" not in rec or rec["text"] is None:
        raise SkipInput("record has no 'text', skipped")
    text = rec["text"]
    if not isinstance(text, str):
        raise SkipInput(f"record's 'text' is not a string (a JSON {_json_kind(text)}), skipped")
    if not text.strip():
        raise SkipInput(f"record's 'text' is empty{'' if not text else ' (only blanks)'}, skipped")
    if len(text) > MAX_RECORD_CHARS:
        raise SkipInput(f"record text over {MAX_RECORD_CHARS} characters, skipped")
    rid = rec.get("id")
    rid = f"{_record_stem(path)}:{line}" if rid is None or str(rid).strip() == "" else str(rid)
    doc = Document(id=rid, text=text, path=f"{path}:{line}", published_at=(str(path), line))
    for f in META_FIELDS:
        setattr(doc, f, _clean_meta(rec.get(f)))
    return doc


def json_error(e: json.JSONDecodeError) -> str:
    """Python's message with the column it points at: "Invalid control character at column 57", where the
    message alone stopped at "at"."""
    return f"{e.msg.removesuffix(' at')} at column {e.colno}"


def _json_kind(value) -> str:
    return {bool: "boolean", int: "number", float: "number", list: "array", dict: "object"}.get(type(value), "value")


def _record_suffix(path: Path) -> str | None:
    """.jsonl or .csv for a record file, compressed (feed.jsonl.gz) or not; None otherwise."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == GZIP_SUFFIX:
        suffixes.pop()
    return suffixes[-1] if suffixes and suffixes[-1] in RECORD_SUFFIXES else None


def _record_stem(path: Path) -> str:
    """feed for feed.jsonl and feed.jsonl.gz."""
    name = path.name
    if name.lower().endswith(GZIP_SUFFIX):
        name = name[:-len(GZIP_SUFFIX)]
    return Path(name).stem


_LINE = re.compile(r":\d+$")


def same_source_file(stored_path: str, path: str) -> bool:
    """Whether two documents.path values name the same input file (a record's path ends in :line,
    which moves when records are added above it)."""
    a, b = (Path(_LINE.sub("", p)) for p in (stored_path or "", path))
    return a == b or a.resolve() == b.resolve()


def _is_gzip(path: Path) -> bool:
    return path.suffix.lower() == GZIP_SUFFIX


def is_input(path: Path) -> bool:
    """Whether a file is of a type build reads."""
    return path.suffix.lower() in SUFFIXES or _record_suffix(path) is not None


def _skipped(path: Path, e: Exception) -> InputProblem:
    """The message for a whole file that cannot be used (SkipInput says why; OSError: unreadable)."""
    message = str(e) if isinstance(e, SkipInput) else f"cannot read ({e.strerror}), skipped"
    return InputProblem(str(path), None, message)


def _open_binary(path: Path):
    """(stream of the file's bytes, decompressed if gzip; the raw file, whose tell() is the bytes read)."""
    raw = open(path, "rb")
    if not _is_gzip(path):
        return raw, raw
    return gzip.GzipFile(fileobj=raw, mode="rb"), raw


# what a broken gzip stream raises as it is read
GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


def _stream_encoding(path: Path, on_note=None) -> str:
    """Encoding of a record file, judged on its opening bytes (records are then streamed); one that is
    guessed is named to `on_note`."""
    f, raw = _open_binary(path)
    head = b""
    try:
        while len(head) < 65536:  # in pieces: a gzip stream cut short still gives its start
            piece = f.read(8192)
            if not piece:
                break
            head += piece
    except GZIP_ERRORS as e:
        if not head:
            raise SkipInput(f"not a readable gzip file ({e}), skipped")
    finally:
        f.close()
        raw.close()
    if b"\0" in head:
        raise SkipInput("binary file (contains NUL bytes), skipped")
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as e:
        if e.start >= len(head) - 3:  # a character cut by the 64 KB boundary
            return "utf-8"
        first_bad = e.start
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    if best is None:
        raise SkipInput("not text in any known encoding, skipped")
    if on_note is not None:
        on_note(InputProblem(str(path), None, encoding_note(
            best.encoding, _undecodable(head, "utf-8"), first_bad, _undecodable(head, best.encoding),
            guessed_on=" from its first 64 KB" if len(head) >= 65536 else ""), kind="encoding"))
    return best.encoding


def _records(path: Path, on_problem) -> Iterator[tuple[int, object, int]]:
    """(line number, record, bytes of the file read so far) of a JSONL or CSV file, plain or gzip,
    read as a stream: memory stays flat."""
    try:
        encoding = _stream_encoding(path, on_problem)
    except (SkipInput, OSError) as e:
        on_problem(_skipped(path, e))
        return
    f, raw_file = _open_binary(path)
    try:
        yield from _records_of(f, raw_file, path, encoding, on_problem)
    except GZIP_ERRORS as e:
        on_problem(InputProblem(str(path), None, f"broken gzip stream ({e}), rest of file skipped"))
    finally:
        f.close()
        raw_file.close()


def _records_of(f, raw_file, path: Path, encoding: str, on_problem) -> Iterator[tuple[int, object, int]]:
    if _record_suffix(path) == ".jsonl":
        for n, raw in enumerate(f, start=1):
            try:
                line = raw.decode(encoding)
            except UnicodeDecodeError as e:
                on_problem(InputProblem(str(path), n, f"not {encoding} (byte {e.start}), skipped"))
                continue
            if not line.strip():
                continue
            try:
                yield n, json.loads(line), raw_file.tell()
            except json.JSONDecodeError as e:
                on_problem(InputProblem(str(path), n, f"invalid JSON ({json_error(e)}), skipped"))
        return
    with _replaced_bytes() as replaced:
        yield from _csv_rows(f, raw_file, path, encoding, on_problem)
    if replaced.count:  # their cells keep the rest of their text
        on_problem(InputProblem(str(path), None, f"{replaced.count} byte(s) are not {encoding} and became U+FFFD; "
                                "the rest of their records was read", kind="encoding"))


def _csv_rows(f, raw_file, path: Path, encoding: str, on_problem) -> Iterator[tuple[int, object, int]]:
    with io.TextIOWrapper(f, encoding=encoding, errors=_REPLACE_COUNTED, newline="") as text:
        reader = csv.DictReader(text)
        try:
            fields = reader.fieldnames
        except csv.Error as e:
            on_problem(InputProblem(str(path), 1, f"broken CSV header ({e}), skipped"))
            return
        if not fields or "text" not in fields:
            on_problem(InputProblem(str(path), 1, "CSV has no 'text' column, skipped"))
            return
        while True:
            try:
                rec = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                on_problem(InputProblem(str(path), reader.line_num, f"broken CSV ({e}), rest of file skipped"))
                return
            rec.pop(None, None)  # extra cells beyond the header
            yield reader.line_num, rec, raw_file.tell()


def _unsupported(path: Path) -> InputProblem:
    kind = "".join(path.suffixes[-2:]) if _is_gzip(path) else path.suffix
    return InputProblem(str(path), None, f"unsupported file type {kind or '(none)'}, skipped")


def database_files(db_path) -> set[Path]:
    """The files of a SQLite database (its journal and WAL too): never inputs of their own build."""
    db_path = Path(db_path).resolve()
    return {db_path} | {db_path.with_name(db_path.name + s) for s in ("-wal", "-shm", "-journal")}


def expand_inputs(inputs: Iterable[str | Path], on_problem, exclude: set[Path] = frozenset()) -> Iterator[Path]:
    """The files to read, in order; every other file is named to `on_problem`, in a folder as when
    named directly (a folder's documents.yml is its metadata, not an input; `exclude`, resolved
    paths such as database_files(), are passed over)."""
    for inp in inputs:
        p = Path(inp)
        if p.is_dir():
            found = False
            for child in sorted(p.rglob("*")):
                if not child.is_file() or child.name == METADATA_FILE or (exclude and child.resolve() in exclude):
                    continue
                if is_input(child):
                    found = True
                    yield child
                else:
                    on_problem(_unsupported(child))
            if not found:
                on_problem(InputProblem(str(p), None, "no input file in this folder (" + ", ".join(sorted(SUFFIXES))
                                        + ", or gzipped records), nothing read"))
        elif p.is_file():
            if is_input(p):
                yield p
            else:
                on_problem(_unsupported(p))
        else:
            on_problem(InputProblem(str(p), None, "no such file or folder, skipped"))


def input_bytes(inputs, exclude: set[Path] = frozenset()) -> int:
    """The size in bytes of the files build will read (gzip files as stored), for a progress bar:
    Document.read_bytes counts up to it."""
    n = 0
    for path in expand_inputs(inputs, lambda p: None, exclude):
        try:
            n += path.stat().st_size
        except OSError:
            pass
    return n


def _date(doc: Document, on_problem) -> None:
    """Parse the document's `published` into an ISO date; keep what was given in `published_raw`.
    A value that names no day is reported (kind "date") and the document keeps no date."""
    from .dates import parse_date

    doc.published_raw = doc.published
    doc.published = parse_date(doc.published_raw, doc.lang)
    if doc.published_raw is not None and doc.published is None:
        where, line = doc.published_at or (doc.path, None)
        on_problem(InputProblem(where, line, doc.published_raw, kind="date"))


def _language(doc: Document, on_problem) -> None:
    """A given language as one of the nine codes ("EN" is en); any other is reported (kind "lang") and
    dropped, so that the text's own language is detected, as for a document that gives none."""
    if doc.lang is None:
        return
    if doc.lang.lower() in LANGUAGES:
        doc.lang = doc.lang.lower()
        return
    where, line = doc.lang_at or doc.published_at or (doc.path, None)
    on_problem(InputProblem(where, line, f"language {doc.lang!r} is none of {', '.join(LANGUAGES)}: detected from "
                                         "the text instead", kind="lang"))
    doc.lang = None


def read_documents(inputs: Iterable[str | Path], on_problem: Callable[[InputProblem], None],
                   exclude: set[Path] = frozenset()) -> Iterator[Document]:
    """Documents of all inputs, in order; duplicates of an id already read are reported and skipped.
    A document's date and language problems are in its `notes`. `exclude`: files passed over in
    folders (the database being built)."""
    seen: dict[str, str] = {}
    folder_meta: dict[Path, dict] = {}
    done_bytes = 0  # bytes of the files read to the end

    def emit(doc: Document, read_bytes: int):
        if doc.id in seen:
            on_problem(InputProblem(doc.path, None, f"duplicate document id {doc.id!r} (first in {seen[doc.id]}), skipped"))
            return None
        seen[doc.id] = doc.path
        doc.read_bytes = read_bytes
        _date(doc, doc.notes.append)
        _language(doc, doc.notes.append)
        return doc

    for path in expand_inputs(inputs, on_problem, exclude):
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        if _record_suffix(path):
            records = 0
            for line, rec, offset in _records(path, on_problem):
                records += 1
                try:
                    doc = _record_document(rec, path, line)
                except SkipInput as e:
                    on_problem(InputProblem(str(path), line, str(e)))
                    continue
                if emit(doc, done_bytes + min(offset, size)):
                    yield doc
            if not records:
                on_problem(InputProblem(str(path), None, "no records (an empty file?), nothing read"))
            done_bytes += size
            continue
        done_bytes += size
        if path.parent not in folder_meta:
            folder_meta[path.parent] = _folder_metadata(path.parent, on_problem)
        meta = folder_meta[path.parent].get(path.name) or {}
        notes: list[InputProblem] = []
        try:
            doc = _text_document(path, meta if isinstance(meta, dict) else {}, notes.append)
        except (SkipInput, OSError) as e:
            on_problem(_skipped(path, e))
            continue
        for note in notes:  # read in a guessed encoding: said at each build, as the file still is
            on_problem(note)
        if emit(doc, done_bytes):
            yield doc
