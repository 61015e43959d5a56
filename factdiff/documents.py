"""Turn a path, "-" or a JSON Lines record into a Document: decoded text, sentences, date.

Offsets everywhere point into `Document.text`, the text as decoded (for HTML: the article
text extracted from it). Nothing is cleaned after sentences are found.
"""
from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from factdiff.errors import InputError
from factdiff.model import Document, Sentence

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")

# -------------------------------------------------------------------- decoding


def decode_bytes(name: str, data: bytes) -> tuple[str, tuple[str, ...]]:
    """UTF-8 (with or without BOM), else the encoding charset-normalizer is sure of."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(name, "not a text file (binary data)")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    if best is None:
        raise InputError(name, "not UTF-8 text, and no other encoding fits")
    return str(best), (f"decoded as {best.encoding}, not UTF-8",)


# -------------------------------------------------------------------- HTML

_SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "figure",
              "button", "iframe", "template", "head"}
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
               "blockquote", "tr", "pre", "table", "ul", "ol", "dd", "dt", "main"}


class _ArticleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.date: str | None = None
        self.title: str | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "meta" and not self.date:
            prop = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if prop in ("article:published_time", "datepublished", "pubdate", "date", "dc.date",
                        "publish-date", "og:published_time"):
                self.date = a.get("content")
        if tag == "time" and not self.date and a.get("datetime"):
            self.date = a.get("datetime")
        if tag == "title":
            self._in_title = True
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS and not self.skip:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        elif tag in _BLOCK_TAGS and not self.skip:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data
        elif not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str | None, str | None]:
    """Article text of an HTML page (paragraphs on their own lines), its date and title."""
    p = _ArticleText()
    p.feed(html)
    p.close()
    raw = "".join(p.parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in raw.split("\n")]
    text = "\n".join(ln for ln in lines if ln)
    return text, p.date, (p.title or "").strip() or None


def looks_like_html(name: str, text: str) -> bool:
    if name.lower().endswith((".html", ".htm")):
        return True
    head = text[:512].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text[:4096])


# -------------------------------------------------------------------- sentences

_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "govs", "gen", "col", "lt",
                  "maj", "adm", "sgt", "capt",
                  "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "no", "nos", "jan", "feb", "mar",
                  "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
                  "e.g", "i.e", "etc", "approx", "est", "dept", "fig", "mt", "ft", "ave", "blvd", "rev",
                  "pres", "atty", "supt", "messrs", "a.m", "p.m", "d.c"}
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|\n+")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentence spans over the whole text; whitespace between sentences belongs to none.

    >>> t = "Mr. Smith paid $5. He left. U.S. troops stayed."
    >>> [t[s.start:s.end] for s in split_sentences(t)]
    ['Mr. Smith paid $5.', 'He left.', 'U.S. troops stayed.']
    """
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] == ".":
            word = re.search(r"([A-Za-z.]+)\Z", text[max(start, m.start() - 12):m.start()])
            w = word.group(1).lower().strip(".") if word else ""
            if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                continue
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        _add_sentence(text, start, end, out)
        start = m.end()
    _add_sentence(text, start, len(text), out)
    return tuple(out)


MAX_SENTENCE = 1500   # news sentences run to a few hundred characters; longer runs are cut at a space so
                      # that work per sentence (claims, speakers) stays bounded on text with no full stops


def _add_sentence(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        out.append(Sentence(start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(start, end))


# -------------------------------------------------------------------- document date

_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATELINE = re.compile(
    r"^[\s>*#_]*(?:[A-Z][A-Za-z.'’ -]{1,40},\s*)?(?:[A-Z][A-Za-z.'’ -]{1,30},\s*)?"
    r"(?P<date>" + _MONTHS + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + _MONTHS + r"\s+\d{4})"
    r"\s*(?:\([^)]{1,30}\))?\s*[-—–:]", re.MULTILINE)
_PUBLISHED = re.compile(
    r"^[\s>*#_]*(?:Published|Posted|Updated|Date|Dated|First published)(?:\s+on)?\s*:?\s*"
    r"(?:[A-Z][a-z]+day,?\s+)?(?P<date>\d{4}-\d{2}-\d{2}|" + _MONTHS + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+"
    + _MONTHS + r"\s+\d{4})", re.MULTILINE | re.IGNORECASE)


def find_document_date(text: str) -> str | None:
    """The date a news text carries in its dateline or a "Published" line (first 600 characters).

    >>> find_document_date("WASHINGTON, Jan. 5, 2026 (Reuters) - The State Department ...")
    '2026-01-05'
    >>> find_document_date("Published: 2019-03-28\\nText")
    '2019-03-28'
    >>> find_document_date("In January, a development ...") is None
    True
    """
    head = text[:600]
    for rx in (_PUBLISHED, _DATELINE):
        m = rx.search(head)
        if m:
            iso = normalize_date(m.group("date"))
            if iso:
                return iso
    return None


def normalize_date(raw: str | None) -> str | None:
    """An ISO day (YYYY-MM-DD) from a full date as metadata and datelines write it, else None."""
    if not raw:
        return None
    raw = raw.strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", raw)
    if m:
        return _valid_iso(int(m[1]), int(m[2]), int(m[3]))
    import datetime as dt
    for fmt in ("%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y"):
        try:
            cleaned = re.sub(r"\.", "", raw).replace("Sept ", "Sep ")
            return dt.datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _valid_iso(y: int, m: int, d: int) -> str | None:
    import datetime as dt
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


# -------------------------------------------------------------------- reading

def make_document(doc_id: str, text: str, *, path: str | None = None, date: str | None = None,
                  title: str | None = None, source: str | None = None, url: str | None = None,
                  notes: tuple[str, ...] = (), html: bool | None = None) -> Document:
    """A Document from text already decoded; HTML is reduced to its article text."""
    if html or (html is None and looks_like_html(path or doc_id, text)):
        text, meta_date, meta_title = html_to_text(text)
        date = date or normalize_date(meta_date)
        title = title or meta_title
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    date = normalize_date(date) if date else find_document_date(text)
    return Document(id=doc_id, text=text, path=path, date=date, title=title, source=source, url=url,
                    sentences=split_sentences(text), notes=notes)


def read_document(path: str, doc_id: str | None = None, stdin: BinaryIO | None = None) -> Document:
    """Read one file (or "-" for standard input). Raises InputError naming the file."""
    name = "<stdin>" if path == "-" else path
    if path == "-":
        data = (stdin or sys.stdin.buffer).read()
    else:
        p = Path(path)
        if p.is_dir():
            raise InputError(name, "is a folder (pass it to a command that expands folders)")
        try:
            data = p.read_bytes()
        except FileNotFoundError:
            raise InputError(name, "no such file") from None
        except PermissionError:
            raise InputError(name, "permission denied") from None
        except OSError as err:
            raise InputError(name, err.strerror or "cannot be read") from None
    text, notes = decode_bytes(name, data)
    if not text.strip():
        raise InputError(name, "empty document")
    return make_document(doc_id or name, text, path=name, notes=notes)


def expand_paths(paths: list[str]) -> list[str]:
    """Files as given; a folder stands for its text, Markdown and HTML files in name order."""
    out: list[str] = []
    for p in paths:
        pp = Path(p)
        if p != "-" and pp.is_dir():
            found = sorted(str(f) for f in pp.iterdir() if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES)
            if not found:
                raise InputError(p, "folder holds no .txt, .md or .html files")
            out.extend(found)
        else:
            out.append(p)
    return out
