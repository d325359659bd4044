"""Tests for :mod:`pipeline.evaluation.pages`: ids, fetching, materializing, the gold files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from pipeline.evaluation import pages, probes
from pipeline.evaluation.records import FIELDS, Report, score_article
from tests.conftest import require, write_sdist

GOLD_FILES = sorted(pages.PAGE_GOLD.glob("*.json"))
PAGE = "<html><head><title>大会</title></head><body><p>大会在北京召开。</p></body></html>".encode()


@pytest.fixture()
def no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv(pages.ENV_VAR, raising=False)
    return tmp_path


def test_ids_name_the_site_and_the_file() -> None:
    assert pages.page_id("tests/163/1.html") == "gne_163_1"
    assert pages.page_id("tests/sina/sina.html") == "gne_sina_sina"


def test_fetch_unpacks_only_the_test_pages(no_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = write_sdist(no_cache / "gne-0.4.3.tar.gz", {
        "gne-0.4.3/tests/163/1.html": PAGE, "gne-0.4.3/tests/163/notes.txt": b"x",
        "gne-0.4.3/site/index.html": b"<html></html>", "gne-0.4.3/setup.py": b"",
    })
    calls = []

    @contextmanager
    def fake_download(spec: str, sdist: bool = False) -> Iterator[Path]:
        calls.append((spec, sdist))
        yield archive

    monkeypatch.setattr(pages, "downloaded", fake_download)
    folder = pages.fetch_pages()
    assert calls == [(pages.PACKAGE_SPEC, True)]
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) == ["tests/163/1.html"]
    assert pages.find_pages_dir() == folder and pages.page_files(folder) == {"gne_163_1": folder / "tests/163/1.html"}
    pages.fetch_pages()  # already there: no second download
    assert len(calls) == 1


def test_fetch_of_an_archive_without_pages_fails_and_leaves_nothing(no_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = write_sdist(no_cache / "gne-0.4.3.tar.gz", {"gne-0.4.3/setup.py": b""})

    @contextmanager
    def fake_download(spec: str, sdist: bool = False) -> Iterator[Path]:
        yield archive

    monkeypatch.setattr(pages, "downloaded", fake_download)
    with pytest.raises(FileNotFoundError, match="no gne-0.4.3/tests"):
        pages.fetch_pages()
    assert pages.find_pages_dir() is None and list(pages.cache_dir().iterdir()) == []


def test_materialize_copies_the_pages_of_gold_files(no_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gold = no_cache / "gold"
    gold.mkdir()
    (gold / "gne_163_1.json").write_text(json.dumps({"doc": "gne_163_1", "page_sha1": pages.page_sha1(PAGE)}))
    with pytest.raises(FileNotFoundError, match="pages fetch"):
        pages.materialize(no_cache / "out", gold)
    folder = no_cache / "gne"
    (folder / "tests" / "163").mkdir(parents=True)
    (folder / "tests" / "163" / "1.html").write_bytes(PAGE)
    monkeypatch.setenv(pages.ENV_VAR, str(folder))
    assert pages.materialize(no_cache / "out", gold) == ["gne_163_1"]
    assert (no_cache / "out" / "gne_163_1.html").read_bytes() == PAGE
    (folder / "tests" / "163" / "1.html").write_bytes(PAGE + b" ")  # a changed page is refused
    with pytest.raises(ValueError, match="gne_163_1"):
        pages.materialize(no_cache / "out", gold)


def test_there_are_page_gold_files_on_both_sides_of_the_split() -> None:
    held = [p for p in GOLD_FILES if probes.is_heldout(p.stem)]
    assert len(held) >= 15 and len(GOLD_FILES) - len(held) >= 25


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_page_gold_file_is_well_formed(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert gold["doc"] == path.stem and gold["doc"].startswith(pages.ID_PREFIX) and len(gold["page_sha1"]) == 40
    report = Report()
    score_article(path.stem, gold, gold, report)  # gold scored against itself: all fields perfect
    assert not report.mismatches and all(report.counts[f].f1 == 1.0 for f in FIELDS)


def test_every_page_gold_file_matches_its_page() -> None:
    folder = pages.find_pages_dir()
    require(folder is not None, f"gne pages not found; set {pages.ENV_VAR} or run `python -m pipeline.evaluation.pages fetch`")
    files = pages.page_files(folder)
    for path in GOLD_FILES:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["doc"] in files, f"{gold['doc']}: no such page in {folder}"
        assert pages.page_sha1(files[gold["doc"]].read_bytes()) == gold["page_sha1"]


def test_the_command_says_what_is_missing(no_cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert pages.main(["materialize", str(no_cache / "out")]) == 1  # no pages in the (empty) cache
    assert "gne pages not found" in capsys.readouterr().err
