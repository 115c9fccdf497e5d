"""Read input files into documents: text, metadata, and a content hash.

Every problem with an input (unreadable, binary, empty, broken record, duplicate id)
becomes an `InputProblem` naming the file and line, handed to the caller's `on_problem`;
reading goes on with the rest. Nothing here touches SQLite.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

import yaml

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".jsonl", ".csv"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
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
    published: str | None = None
    lang: str | None = None

    @functools.cached_property
    def sha256(self) -> str:
        """Hash of the text and metadata; computed once (compared with the store, then stored).
        Read only after the fields are filled in, which read_documents does before yielding."""
        h = hashlib.sha256(self.text.encode("utf-8", "surrogatepass"))
        for f in META_FIELDS:
            h.update(b"\0" + str(getattr(self, f) or "").encode("utf-8", "surrogatepass"))
        return h.hexdigest()


@dataclass
class InputProblem:
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        return f"{self.path}{f':{self.line}' if self.line else ''}: {self.message}"


class SkipInput(Exception):
    pass


def decode(raw: bytes, path: str) -> str:
    """UTF-8 if it is; otherwise a detected legacy encoding (cp1251, latin-1...); never binary."""
    if b"\0" in raw[:8192]:
        raise SkipInput("binary file (contains NUL bytes), skipped")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise SkipInput("not text in any known encoding, skipped")
    text = str(best)
    if sum(1 for c in text[:4096] if c.isprintable() or c.isspace()) < 0.95 * len(text[:4096]):
        raise SkipInput("binary or garbled content, skipped")
    return text


def _clean_meta(value):
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _folder_metadata(folder: Path, on_problem) -> dict:
    path = folder / METADATA_FILE
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        on_problem(InputProblem(str(path), None, f"metadata file ignored: {e}"))
        return {}
    if not isinstance(data, dict):
        on_problem(InputProblem(str(path), None, "metadata file ignored: expected a mapping of file name to fields"))
        return {}
    return data


def _text_document(path: Path, meta: dict) -> Document:
    text = decode(path.read_bytes(), str(path))
    if path.suffix.lower() in HTML_SUFFIXES:
        text, html_meta = html_to_text(text)
        meta = {**html_meta, **{k: v for k, v in meta.items() if v}}
    if not text.strip():
        raise SkipInput("empty document, skipped")
    doc = Document(id=meta.get("id") or path.stem, text=text, path=str(path))
    for f in META_FIELDS:
        setattr(doc, f, _clean_meta(meta.get(f)))
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
    return data.get("text") or "", meta


def _record_document(rec, path: Path, line: int) -> Document:
    if not isinstance(rec, dict):
        raise SkipInput("record is not an object, skipped")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SkipInput("record has no 'text', skipped")
    if len(text) > MAX_RECORD_CHARS:
        raise SkipInput(f"record text over {MAX_RECORD_CHARS} characters, skipped")
    rid = rec.get("id")
    rid = f"{path.stem}:{line}" if rid is None or str(rid).strip() == "" else str(rid)
    doc = Document(id=rid, text=text, path=f"{path}:{line}")
    for f in META_FIELDS:
        setattr(doc, f, _clean_meta(rec.get(f)))
    return doc


def _skipped(path: Path, e: Exception) -> InputProblem:
    """The message for a whole file that cannot be used (SkipInput says why; OSError: unreadable)."""
    message = str(e) if isinstance(e, SkipInput) else f"cannot read ({e.strerror}), skipped"
    return InputProblem(str(path), None, message)


def _stream_encoding(path: Path) -> str:
    """Encoding of a record file, judged on its opening bytes (records are then streamed)."""
    with open(path, "rb") as f:
        head = f.read(65536)
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
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    if best is None:
        raise SkipInput("not text in any known encoding, skipped")
    return best.encoding


def _records(path: Path, on_problem) -> Iterator[tuple[int, object]]:
    """(line number, record) of a JSONL or CSV file, read as a stream: memory stays flat."""
    try:
        encoding = _stream_encoding(path)
    except (SkipInput, OSError) as e:
        on_problem(_skipped(path, e))
        return
    if path.suffix.lower() == ".jsonl":
        with open(path, "rb") as f:
            for n, raw in enumerate(f, start=1):
                try:
                    line = raw.decode(encoding)
                except UnicodeDecodeError as e:
                    on_problem(InputProblem(str(path), n, f"not {encoding} (byte {e.start}), skipped"))
                    continue
                if not line.strip():
                    continue
                try:
                    yield n, json.loads(line)
                except json.JSONDecodeError as e:
                    on_problem(InputProblem(str(path), n, f"invalid JSON ({e.msg}), skipped"))
        return
    with open(path, encoding=encoding, errors="replace", newline="") as f:
        reader = csv.DictReader(f)
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
            yield reader.line_num, rec


def expand_inputs(inputs: Iterable[str | Path], on_problem) -> Iterator[Path]:
    for inp in inputs:
        p = Path(inp)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES:
                    yield child
        elif p.is_file():
            if p.suffix.lower() in SUFFIXES:
                yield p
            else:
                on_problem(InputProblem(str(p), None, f"unsupported file type {p.suffix or '(none)'}, skipped"))
        else:
            on_problem(InputProblem(str(p), None, "no such file or folder, skipped"))


def estimate_documents(inputs) -> int:
    """About how many documents the inputs hold, for a progress bar: files, plus lines of record files."""
    n = 0
    for path in expand_inputs(inputs, lambda p: None):
        if path.suffix.lower() not in RECORD_SUFFIXES:
            n += 1
            continue
        try:
            with open(path, "rb") as f:
                n += sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
        except OSError:
            pass
        if path.suffix.lower() == ".csv":
            n -= 1  # the header
    return n


def read_documents(inputs: Iterable[str | Path], on_problem: Callable[[InputProblem], None]) -> Iterator[Document]:
    """Documents of all inputs, in order; duplicates of an id already read are reported and skipped."""
    seen: dict[str, str] = {}
    folder_meta: dict[Path, dict] = {}

    def emit(doc: Document):
        if doc.id in seen:
            on_problem(InputProblem(doc.path, None, f"duplicate document id {doc.id!r} (first in {seen[doc.id]}), skipped"))
            return None
        seen[doc.id] = doc.path
        return doc

    for path in expand_inputs(inputs, on_problem):
        suffix = path.suffix.lower()
        if suffix in RECORD_SUFFIXES:
            for line, rec in _records(path, on_problem):
                try:
                    doc = _record_document(rec, path, line)
                except SkipInput as e:
                    on_problem(InputProblem(str(path), line, str(e)))
                    continue
                if emit(doc):
                    yield doc
            continue
        if path.parent not in folder_meta:
            folder_meta[path.parent] = _folder_metadata(path.parent, on_problem)
        meta = folder_meta[path.parent].get(path.name) or {}
        try:
            doc = _text_document(path, meta if isinstance(meta, dict) else {})
        except (SkipInput, OSError) as e:
            on_problem(_skipped(path, e))
            continue
        if emit(doc):
            yield doc
