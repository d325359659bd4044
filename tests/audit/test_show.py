"""``show``: entities and records drawn over escaped article text; a clear error without clean_text."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.audit.show import ShowError, render_show, render_text, select_record
from pipeline.cli import main as cli_main
from tests.audit.fixtures import XSS_TEXT, make_record, write_records


def test_entities_and_evidence_are_marked() -> None:
    record = make_record(2)
    page = render_show(record)
    name = record["entities"][0]["text"]
    assert f'{name}</span><span class="entity-label">PER</span></mark>' in page
    # two speaker sentences; the entity inside the first one cuts it into three pieces
    assert page.count('class="ev u-speakers"') == 4
    assert 'class="ev u-funding"' in page


def test_article_text_is_escaped() -> None:
    page = render_show(make_record(3, xss=True))
    assert XSS_TEXT not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "script-src" not in page and "default-src 'none'" in page


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        ("王世华讲话", [{"type": "PER", "text": "王世华", "start": 0, "end": 3}], 'title="PER ()">王世华'),
        ("a<b", [], "a&lt;b"),
    ],
)
def test_render_text(text: str, entities: list, expected: str) -> None:
    assert expected in render_text(text, entities, [])


def test_record_without_clean_text_says_so(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = write_records(tmp_path / "records.jsonl", 2, with_text=False)
    with pytest.raises(ShowError, match="no clean_text.*--with-text"):
        render_show(select_record(path, index=0))
    assert cli_main(["show", str(path), "--index", "1", "--out", str(tmp_path / "show.html")]) == 2
    assert "--with-text" in capsys.readouterr().err
    assert not (tmp_path / "show.html").exists()


@pytest.mark.parametrize(("args", "doc_index"), [(["--index", "2"], 2), (["--doc", "0001"], 1), ([], 0)])
def test_show_command_selects_the_record(tmp_path: Path, args: list[str], doc_index: int) -> None:
    path = write_records(tmp_path / "records.jsonl", 3)
    out = tmp_path / "show.html"
    assert cli_main(["show", str(path), *args, "--out", str(out)]) == 0
    assert f"第{doc_index}篇新闻标题</h1>" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(("kwargs", "message"), [({"index": 9}, "out of range"), ({"doc": "ffff"}, "0 records")])
def test_bad_selection_is_reported(tmp_path: Path, kwargs: dict, message: str) -> None:
    path = write_records(tmp_path / "records.jsonl", 2)
    with pytest.raises(ShowError, match=message):
        select_record(path, **kwargs)
