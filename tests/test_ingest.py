"""Tests for :mod:`pipeline.ingest`: decoding, binary detection, doc ids, JSONL and stdin inputs."""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import sys
from pathlib import Path

import pytest

from pipeline.errors import PipelineError
from pipeline.ingest import InputProblem, RawInput, decode, doc_id_of, iter_inputs, to_document

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SPEC_ARTICLES = sorted((PROJECT_ROOT / "corpus" / "raw").glob("*.txt"))
SIMPLIFIED = "北京市召开表彰大会，12名同志获得“优秀共产党员”称号。\n会议由市委书记主持。\n"
TRADITIONAL = "香港特區政府今日舉行授勳典禮，行政長官頒授勳章。\n典禮在禮賓府舉行。\n"
MAX_BYTES = 1 << 20


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SIMPLIFIED.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16"),
        (SIMPLIFIED.encode("utf-16-le"), "utf-16-le"),
        (SIMPLIFIED.encode("utf-16-be"), "utf-16-be"),
        (("Annual report 2021 " * 20).encode("utf-16-le"), "utf-16-le"),
        (SIMPLIFIED.encode("gb18030"), "gb18030"),
        (TRADITIONAL.encode("big5"), "big5"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf16le-ascii", "gb18030", "big5"],
)
def test_decode_records_the_encoding(data: bytes, encoding: str) -> None:
    text, found, warnings = decode(data)
    assert found == encoding
    assert text.lstrip("\ufeff") in (SIMPLIFIED, TRADITIONAL, "Annual report 2021 " * 20)
    assert warnings == []


@pytest.mark.parametrize("path", SPEC_ARTICLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "gb18030"])
def test_spec_articles_round_trip_through_other_encodings(path: Path, encoding: str) -> None:
    text = path.read_text(encoding="utf-8")
    decoded, found, _ = decode(text.encode(encoding))
    assert decoded == text
    assert found == encoding


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "E_EMPTY"),
        (b"  \n\t \r\n", "E_EMPTY"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "E_BINARY"),
        (b"PK\x03\x04" + bytes(200), "E_BINARY"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(100), "E_BINARY"),
        (b"\x1f\x8b\x08\x00" + bytes(100), "E_BINARY"),
        (bytes(range(1, 256)) * 40, "E_DECODE"),
    ],
    ids=["empty", "whitespace", "png", "zip", "pdf", "gzip", "noise"],
)
def test_decode_rejects_with_a_code(data: bytes, code: str) -> None:
    with pytest.raises(PipelineError) as info:
        decode(data)
    assert info.value.code == code


def test_a_cut_multibyte_character_is_replaced_with_a_warning() -> None:
    data = SIMPLIFIED.encode("utf-8") * 20
    text, encoding, warnings = decode(data[:-2])
    assert encoding == "utf-8"
    assert text.count("\ufffd") == 1
    assert warnings and warnings[0].startswith("W_DECODE_REPLACED")


def test_declared_charset_of_an_html_page_is_used() -> None:
    html = f'<html><head><meta charset="gbk"></head><body><p>{SIMPLIFIED}</p></body></html>'
    doc = to_document(RawInput("page.html", html.encode("gbk"), True))
    assert doc.encoding == "gbk"
    assert SIMPLIFIED in doc.raw_text


@pytest.mark.parametrize("data", [SIMPLIFIED.encode("utf-8"), SIMPLIFIED.encode("gb18030"), b"\xef\xbb\xbfabc"])
def test_doc_id_is_sha256_of_raw_bytes(data: bytes) -> None:
    doc = to_document(RawInput("x.txt", data, False))
    assert doc.doc_id == hashlib.sha256(data).hexdigest() == doc_id_of(data)
    assert doc.clean_text == doc.raw_text
    assert len(doc.offsets) == len(doc.raw_text)


def _write_jsonl(tmp_path: Path, rows: list[object | str]) -> Path:
    path = tmp_path / "in.jsonl"
    lines = [row if isinstance(row, str) else json.dumps(row, ensure_ascii=False) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


JSONL_ROWS: list[tuple[object | str, str | None]] = [
    ({"text": SIMPLIFIED, "url": "https://example.cn/a", "published": "2021-01-25"}, None),
    ({"html": f"<p>{SIMPLIFIED}</p>", "title": "标题", "id": 7}, None),
    ({"url": "https://example.cn/no-text"}, "E_JSONL"),
    ({"text": 42}, "E_JSONL"),
    ({"text": None, "html": ["x"]}, "E_JSONL"),
    ("[1, 2, 3]", "E_JSONL"),
    ('{"text": "unterminated', "E_JSONL"),
]


@pytest.mark.parametrize(("row", "code"), JSONL_ROWS, ids=["text", "html", "no-text", "int", "list", "array", "broken"])
def test_jsonl_line(tmp_path: Path, row: object | str, code: str | None) -> None:
    path = _write_jsonl(tmp_path, [row])
    (item,) = list(iter_inputs([str(path)], MAX_BYTES))
    assert item.source == f"{path}:1"
    if code is not None:
        assert isinstance(item, InputProblem)
        assert item.code == code
        return
    assert isinstance(item, RawInput)
    assert isinstance(row, dict)
    body = row.get("text") or row.get("html")
    assert item.data == body.encode("utf-8")
    assert item.is_html == ("html" in row)
    for key in ("url", "published", "title"):
        if key in row:
            assert item.hints[key] == row[key]
    if "id" in row:
        assert item.hints["id"] == str(row["id"])


def test_jsonl_bad_lines_do_not_stop_the_good_ones(tmp_path: Path) -> None:
    rows = [row for row, _ in JSONL_ROWS]
    path = _write_jsonl(tmp_path, rows)
    items = list(iter_inputs([str(path)], MAX_BYTES))
    assert [isinstance(i, RawInput) for i in items] == [code is None for _, code in JSONL_ROWS]


def test_jsonl_line_over_the_limit(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path, [{"text": "字" * 400}, {"text": "短"}])
    first, second = iter_inputs([str(path)], 1000)
    assert isinstance(first, InputProblem) and first.code == "E_TOO_LARGE"
    assert isinstance(second, RawInput)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (SIMPLIFIED.encode("utf-8"), "text"),
        (f"<html><body>{SIMPLIFIED}</body></html>".encode(), "html"),
        (json.dumps({"text": SIMPLIFIED}, ensure_ascii=False).encode("utf-8") + b"\n", "jsonl"),
    ],
)
def test_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes, kind: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (item,) = list(iter_inputs(["-"], MAX_BYTES))
    assert isinstance(item, RawInput)
    assert item.source.startswith("<stdin>")
    assert item.is_html == (kind == "html")
    if kind == "jsonl":
        assert item.data == SIMPLIFIED.encode("utf-8")
    else:
        assert item.data == data


def test_stdin_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 5000)))
    (item,) = list(iter_inputs(["-"], 1000))
    assert isinstance(item, InputProblem) and item.code == "E_TOO_LARGE"


def test_folder_is_walked_recursively_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "1.html").write_text(f"<p>{SIMPLIFIED}</p>", encoding="utf-8")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    items = list(iter_inputs([str(tmp_path)], MAX_BYTES))
    assert [Path(i.source).name for i in items] == ["1.html", "2.txt"]
    assert [i.is_html for i in items if isinstance(i, RawInput)] == [True, False]


def test_missing_path_is_an_io_problem(tmp_path: Path) -> None:
    (item,) = list(iter_inputs([str(tmp_path / "nope.txt")], MAX_BYTES))
    assert isinstance(item, InputProblem) and item.code == "E_IO"


def test_too_large_file_is_rejected_with_its_hash(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    data = SIMPLIFIED.encode("utf-8") * 100
    path.write_bytes(data)
    (item,) = list(iter_inputs([str(path)], 1000))
    assert isinstance(item, InputProblem)
    assert item.code == "E_TOO_LARGE"
    assert item.doc_id == hashlib.sha256(data).hexdigest()


def test_a_gbk_paragraph_inside_a_utf8_page_is_read_as_gbk() -> None:
    from pipeline.ingest import decode

    data = "会议于3月5日召开。\n".encode() + "市委书记王某出席并讲话。\n".encode("gbk") + "共有50人参加。".encode()
    text, encoding, warnings = decode(data)
    assert text == "会议于3月5日召开。\n市委书记王某出席并讲话。\n共有50人参加。"
    assert encoding == "utf-8+gb18030" and warnings[0].startswith("W_DECODE_MIXED")


@pytest.mark.parametrize(
    ("data", "html"),
    [
        # a stray tag in a text copy leaves it text
        ("全市召开推进会\n3月20日上午，德州市召开推进会。<p>市长田卫东出席会议并讲话。\n", False),
        # an article's inner HTML saved as text (paragraph and formatting tags only) is text with tags
        ("<p>第一段。</p>\n<p>第二段。</p>\n<p>第三段。</p>\n", False),
        ('<p><span style="font-size:16px">第一段。</span></p>\n<p>第二段。<br/></p>\n', False),
        # paragraphs on one line: the page reader splits them (cutting the tags would glue them)
        ("<p>市妇联召开执委会议</p><p>发布日期：2024-04-02</p><p>4月1日上午，市妇联召开执委会议。</p>", True),
        # layout tags make it a page
        ('<div class="content">\n<p>第一段。</p>\n<p>第二段。</p>\n</div>\n', True),
        ("<!DOCTYPE html><html><body><p>正文</p></body></html>", True),
    ],
)
def test_text_files_are_html_only_when_they_look_like_pages(data: str, html: bool) -> None:
    from pipeline.ingest import sniff_html

    assert sniff_html(data.encode("utf-8")) is html


def test_an_articles_inner_html_saved_as_text_gives_the_records_of_the_text(tmp_path: Path) -> None:
    # found by the dirty copies of a metamorphic review: read as a page, one block was kept and the
    # publication date lost; read as text with its tags cut out, the records are the text's
    from pipeline.config import load_config
    from pipeline.ingest import iter_inputs
    from pipeline.nlp import Pipeline
    from pipeline.records import to_record

    text = "县委召开表彰大会\n发布时间：2024-01-31 09:12\n1月30日上午，县委召开表彰大会，县委书记王强主持会议。\n会议表彰了12名“优秀党组织书记”。\n"
    (tmp_path / "plain.txt").write_text(text, encoding="utf-8")
    (tmp_path / "tagged.txt").write_text("\n\n".join(f"<p>{line}</p>" for line in text.splitlines()), encoding="utf-8")
    nlp = Pipeline(load_config(overrides={"ner": {"backend": "none"}}))
    records = {}
    for item in iter_inputs([str(tmp_path)], 10**7):
        record = to_record(nlp(to_document(item)))
        records[Path(item.source).stem] = (record["published"], record["meetings"][0]["host"], record["awards"][0]["count"])
    assert records["tagged"] == records["plain"] == ("2024-01-31T09:12", {"name": "王强", "title": "县委书记"}, 12)
