"""Property tests over every stage entry point: any Unicode text, no exception, true offsets.

Each stage (normalize, boilerplate, the whole default Pipeline, ``to_record``) gets
arbitrary text and text built from the specification articles with random insertions.
It must not raise (an expected :class:`~pipeline.nlp.StageFailure` with a catalogue code
is allowed for the whole pipeline), every offset it reports must lie in range and map
back to the raw text, and the record must serialize to JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.config import MODELS_DIR, load_config
from pipeline.document import Document
from pipeline.errors import CATALOGUE
from pipeline.nlp import Pipeline, StageFailure
from pipeline.normalize import _ENTITY
from pipeline.records import to_record
from tests.conftest import PROJECT_ROOT, require
from tests.test_normalize import known_forms

SPEC_LINES = [
    line
    for path in sorted((PROJECT_ROOT / "corpus" / "raw").glob("*.txt"))
    for line in path.read_text(encoding="utf-8-sig").split("\n")
    if line.strip()
]
JUNK = ["會(huì)", ",,", "\r\n", "\x00", "\u200b", "\ufeff", "\u3000", "<p>", "</div>", "&nbsp;", "å¼€", "¿ª·¢",
        "\ud800", "\U0001f600", "\u0301", "发布时间：2021-01-26", "相关阅读", "首页 | 新闻", "(李琎鑫)", "。", "\n\n"]

article_like = st.lists(
    st.one_of(st.sampled_from(SPEC_LINES), st.sampled_from(JUNK), st.text(max_size=20)), min_size=1, max_size=25
).map("\n".join)
spliced = st.tuples(st.sampled_from(SPEC_LINES), st.lists(st.sampled_from(SPEC_LINES), max_size=6), st.text(max_size=30),
                    st.integers(min_value=0)).map(
    lambda t: "\n".join([t[0], *t[1]])[: t[3] % (len(t[0]) + 1)] + t[2] + "\n".join([t[0], *t[1]])[t[3] % (len(t[0]) + 1):]
)
texts = st.one_of(st.text(max_size=300), article_like, spliced)
PROPERTY_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def pipeline(stages: tuple[str, ...], ner: str | None = None) -> Pipeline:
    overrides: dict[str, Any] = {"stages": list(stages)}
    if ner is not None:
        overrides["ner"] = {"backend": ner}
    return Pipeline(load_config(overrides=overrides))


DEFAULT_STAGES = tuple(load_config()["stages"])


@pytest.fixture(scope="module", params=["default", "ner-none"])
def whole(request: pytest.FixtureRequest) -> Pipeline:
    """The whole Pipeline: the default configuration, and the same without a NER model."""
    if request.param == "default":
        require((MODELS_DIR / "ner" / "model.crfsuite").is_file(), "the shipped NER model is not trained yet")
        return pipeline(DEFAULT_STAGES)
    return pipeline(DEFAULT_STAGES, "none")


def new_doc(text: str) -> Document:
    return Document.from_raw("prop", "prop", text, "utf-8")


def check_offsets(doc: Document, raw: str) -> None:
    """Every offset the document holds is in range and maps back to the raw text."""
    assert doc.raw_text == raw
    positions = doc.offsets.positions
    assert len(positions) == len(doc.clean_text)
    assert doc.offsets.raw_length == len(raw)
    previous = -1
    for i, ch in enumerate(doc.clean_text):
        p = positions[i]
        assert previous < p < len(raw)
        previous = p
        source = raw[p]
        # (the entities step writes a reference's character at its "&": &ldquo; -> “)
        reference = source == "&" and _ENTITY.match(raw, p)
        assert ch in known_forms(source) or not source.isascii() or source in "!;:," or reference, (i, ch, source)
    for removal in doc.removed:
        assert 0 <= removal.raw_start < removal.raw_end <= len(raw)
    for start, end in doc.sentences:
        assert 0 <= start < end <= len(doc.clean_text)
    for start, end in getattr(doc, "tokens", []):
        assert 0 <= start < end <= len(doc.clean_text)
    for entity in doc.entities:
        assert 0 <= entity.start < entity.end <= len(doc.clean_text)
        assert doc.clean_text[entity.start:entity.end] == entity.text
        raw_start, raw_end = doc.raw_span(entity.start, entity.end)
        assert 0 <= raw_start < raw_end <= len(raw)
    for evidence in iter_evidence(doc.records):
        assert doc.clean_text[evidence["clean_start"]:evidence["clean_end"]] == evidence["text"]
        assert (evidence["raw_start"], evidence["raw_end"]) == doc.raw_span(evidence["clean_start"], evidence["clean_end"])
        assert 0 <= evidence["raw_start"] <= evidence["raw_end"] <= len(raw)


def iter_evidence(value: Any) -> Iterator[dict[str, Any]]:
    """Every evidence object anywhere inside the records."""
    if isinstance(value, dict):
        if {"clean_start", "clean_end", "raw_start", "raw_end", "text"} <= set(value):
            yield value
        for item in value.values():
            yield from iter_evidence(item)
    elif isinstance(value, list):
        for item in value:
            yield from iter_evidence(item)


def check_record(doc: Document) -> None:
    record = to_record(doc, with_text=True, with_entities=True)
    text = json.dumps(record, ensure_ascii=False)
    back = json.loads(text)
    assert back["doc_id"] == doc.doc_id
    assert back["clean_text"] == doc.clean_text
    for span in back["quality"]["removed"]:
        assert 0 <= span["raw_start"] < span["raw_end"] <= len(doc.raw_text)
    for entity in back["entities"]:
        assert doc.clean_text[entity["start"]:entity["end"]] == entity["text"]
        assert 0 <= entity["raw_start"] < entity["raw_end"] <= len(doc.raw_text)


@PROPERTY_SETTINGS
@given(texts)
def test_normalize(raw: str) -> None:
    doc = pipeline(("normalize",))(new_doc(raw))
    check_offsets(doc, raw)
    assert doc.language in ("zh-Hans", "zh-Hant", "mixed")


HTML_PIECES = ["<p>", "</p>", "<div class='content'>", "</div>", "<br>", "<![", "<![CDATA[", "]]>", "<!--", "-->",
               "<!doctype html>", "<script>", "</script>", "<style>", "&nbsp;", "&#x4e2d;", "&#0;", "&bogus;", "<a href=",
               "'>", "<title>", "</title>", "<h1>", "<table><tr><td>", "<", ">", "![img](a.jpg)", "<meta charset=gbk>"]
html_texts = st.lists(
    st.one_of(st.sampled_from(HTML_PIECES), st.sampled_from(SPEC_LINES), st.text(max_size=10)), max_size=40
).map("".join)


@PROPERTY_SETTINGS
@given(html_texts)
def test_markup(raw: str) -> None:
    doc = Document.from_raw("prop", "prop", raw, "utf-8", is_html=True)
    doc = pipeline(("markup",)).stages[0](doc)
    assert doc.raw_text == raw
    positions = doc.offsets.positions
    assert len(positions) == len(doc.clean_text)
    assert all(0 <= p < len(raw) for p in positions)
    assert all(a < b for a, b in zip(positions, positions[1:], strict=False))
    for i, ch in enumerate(doc.clean_text):
        # A character is itself in the page, or decoded from an entity; line breaks and spaces
        # stand for the tags and whitespace runs they replace.
        assert ch.isspace() or raw[positions[i]] in (ch, "&"), (i, ch, raw[positions[i]])


@PROPERTY_SETTINGS
@given(texts)
def test_boilerplate(raw: str) -> None:
    nlp = pipeline(("boilerplate",))
    doc = new_doc(raw)
    doc = nlp.stages[-1](doc)  # the stage alone, without the driver's empty-text check
    check_offsets(doc, raw)
    json.dumps(doc.meta, ensure_ascii=False)


@PROPERTY_SETTINGS
@given(raw=texts)
def test_whole_pipeline_and_record(whole: Pipeline, raw: str) -> None:
    try:
        doc = whole(new_doc(raw))
    except StageFailure as exc:
        assert exc.error.code in CATALOGUE
        assert exc.error.code != "E_STAGE", exc.error.detail
        return
    check_offsets(doc, raw)
    check_record(doc)


@PROPERTY_SETTINGS
@given(texts)
def test_record_of_an_unprocessed_document(raw: str) -> None:
    check_record(new_doc(raw))
