"""Tests for :mod:`pipeline.entities.ner`: features, a tiny training run, offsets, the shipped model."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from pipeline.entities.bmes import Sentence, spans_to_tags, tags_to_spans
from pipeline.entities.ner import DEFAULT_FEATURES, CrfNer, Featurizer
from pipeline.entities.ner_cli import DEFAULT_MODEL_DIR, evaluate, ner_eval_main
from tests.conftest import require

# A hand-made training slice: the same few names and places in varied frames, so a CRF that
# trains at all must learn them within a few iterations.
PEOPLE = ["李鹏", "江泽民", "王小明", "张伟", "刘德华"]
PLACES = ["北京", "上海", "广州", "四川省", "南京市"]
ORGS = ["国务院", "新华社", "北京大学", "联合国"]
FRAMES = [
    "{per}在{loc}会见了{org}代表团。",
    "{org}记者{per}从{loc}报道。",
    "昨天{per}抵达{loc}，出席{org}会议。",
    "{loc}的{org}邀请{per}讲话。",
]


@cache
def tiny_corpus() -> tuple[Sentence, ...]:
    sentences = []
    for i in range(60):
        per, loc, org = PEOPLE[i % len(PEOPLE)], PLACES[(i // 2) % len(PLACES)], ORGS[(i // 3) % len(ORGS)]
        frame = FRAMES[i % len(FRAMES)]
        text = frame.format(per=per, loc=loc, org=org)
        spans = []
        for value, label in ((per, "PER"), (loc, "LOC"), (org, "ORG")):
            start = text.index(value)
            spans.append((start, start + len(value), label))
        sentences.append(Sentence(text, tuple(spans_to_tags(len(text), spans))))
    return tuple(sentences)


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> CrfNer:
    config = CrfNer.default_config()
    config["training"]["max_iterations"] = 40
    return CrfNer.train(list(tiny_corpus()), tmp_path_factory.mktemp("ner"), config)


@pytest.mark.parametrize("groups", [["char"], ["char", "wide"], list(DEFAULT_FEATURES)])
@pytest.mark.parametrize("text", ["李鹏在北京会见", "A", "2024年，新华社记者报道。", "中 国"])
def test_featurizer_gives_one_row_per_char(groups: list[str], text: str) -> None:
    config = CrfNer.default_config(groups)
    rows = Featurizer(groups, config["surnames"], config["org_suffixes"], config["location_suffixes"])(text)
    assert len(rows) == len(text)
    assert all(isinstance(f, str) for row in rows for f in row)
    assert [row[1] for row in rows] == ["u0=" + c for c in text]


def test_featurizer_rejects_unknown_group() -> None:
    with pytest.raises(ValueError, match="unknown feature groups"):
        Featurizer(["char", "bogus"], [], [], "")


@pytest.mark.parametrize(
    ("text", "feature", "index"),
    [
        ("李鹏在北京", "sur=1", 0),  # surname
        ("在四川省", "loc=1", 3),  # location suffix
        ("市委书记", "org=2", 1),  # organization suffix word ending here
        ("他在北京工作", "di=ns", 2),  # inside a place name of jieba's dictionary
    ],
)
def test_lexicon_features_fire(text: str, feature: str, index: int) -> None:
    config = CrfNer.default_config()
    rows = Featurizer(DEFAULT_FEATURES, config["surnames"], config["org_suffixes"], config["location_suffixes"])(text)
    assert feature in rows[index]


# Inputs where jieba's cut has special cases: blocks of Latin letters and digits, ``\\r\\n`` as one
# word, whitespace, unknown names its HMM joins, dictionary words longer than MAX_WORD_LEN.
JIEBA_CASES = [
    "",
    "\r\n",
    "a\r\nb 中文\t\n",
    "国务院总理李鹏今天在北京人民大会堂会见了日本客人。",
    "C++和C#程序员占3.5%的比例，１２３全角数字",
    "市委书记王世华主持会议并讲话，廖怿、钱林茂分别发言",
    "中华人民共和国全国人民代表大会常务委员会委员长",
    "zhōng guó 中国 abc-def_g.h&i",
]


@pytest.mark.parametrize("text", JIEBA_CASES)
def testjieba_word_lengths_equal_jieba_cut(text: str) -> None:
    config = CrfNer.default_config()
    featurizer = Featurizer(DEFAULT_FEATURES, config["surnames"], config["org_suffixes"], config["location_suffixes"])
    expected = [len(word) for word in featurizer.tokenizer.cut(text, HMM=True)]
    assert featurizer.jieba_word_lengths(text) == expected


def testjieba_word_lengths_equal_jieba_cut_on_msra_test() -> None:
    from pipeline.entities import msra

    require(msra.find_msra_dir() is not None, "MSRA test data not found")
    config = CrfNer.default_config()
    featurizer = Featurizer(DEFAULT_FEATURES, config["surnames"], config["org_suffixes"], config["location_suffixes"])
    differ = [s.text for s in msra.load_test()
              if featurizer.jieba_word_lengths(s.text) != [len(w) for w in featurizer.tokenizer.cut(s.text, HMM=True)]]
    assert differ == []


@pytest.mark.parametrize("sentence", tiny_corpus()[:8])
def test_tiny_model_learns_training_sentences(tiny_model: CrfNer, sentence: Sentence) -> None:
    assert tiny_model.predict_spans([sentence.text]) == [tags_to_spans(sentence.tags)]


def test_tiny_model_scores_high_on_its_training_data(tiny_model: CrfNer) -> None:
    assert evaluate(tiny_model, tiny_corpus()).micro.f1 >= 0.95


@pytest.mark.parametrize(
    "text",
    ["刘德华在广州会见了国务院代表团。", "", "  ", "新华社记者张伟从南京市报道。\n第二行", "ABC在北京"],
)
def test_offsets_round_trip(tiny_model: CrfNer, text: str) -> None:
    [spans] = tiny_model.predict_spans([text])
    for start, end, label in spans:
        assert 0 <= start < end <= len(text)
        assert label in {"PER", "ORG", "LOC"}
        assert text[start:end].strip() == text[start:end]


def test_batch_equals_one_by_one(tiny_model: CrfNer) -> None:
    texts = [s.text for s in tiny_corpus()[:10]]
    assert tiny_model.predict_spans(texts) == [tiny_model.predict_spans([t])[0] for t in texts]


def test_to_disk_from_disk_round_trip(tiny_model: CrfNer, tmp_path: Path) -> None:
    tiny_model.to_disk(tmp_path / "copy")
    loaded = CrfNer.from_disk(tmp_path / "copy")
    texts = [s.text for s in tiny_corpus()[:10]]
    assert loaded.predict_spans(texts) == tiny_model.predict_spans(texts)
    assert loaded.config["features"] == tiny_model.config["features"]


def test_from_disk_names_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="model.crfsuite"):
        CrfNer.from_disk(tmp_path)


def test_from_disk_refuses_other_jieba_dictionary(tiny_model: CrfNer, tmp_path: Path) -> None:
    tiny_model.to_disk(tmp_path)
    config = json.loads((tmp_path / "config.json").read_text(encoding="utf-8"))
    config["jieba_dict_sha256"] = "0" * 64
    (tmp_path / "config.json").write_text(json.dumps(config), encoding="utf-8")
    with pytest.raises(ValueError, match="retrain"):
        CrfNer.from_disk(tmp_path)


# --- the shipped model -------------------------------------------------------------------

CARD = DEFAULT_MODEL_DIR / "README.md"
# The model card states the micro F1 on all of msra_test as "micro F1 on all of msra_test: 0.xxxx".
CARD_F1 = re.compile(r"micro F1 on all of msra_test: (0\.\d{4})")
TOLERANCE = 0.002


@pytest.fixture(scope="module")
def shipped() -> CrfNer:
    require((DEFAULT_MODEL_DIR / "model.crfsuite").is_file(), f"shipped NER model missing in {DEFAULT_MODEL_DIR}")
    return CrfNer.from_disk(DEFAULT_MODEL_DIR)


@pytest.mark.parametrize(
    "text",
    ["国务院总理李鹏今天在北京人民大会堂会见了日本客人。", "新华社上海３月１日电", "没有实体的一句话"],
)
def test_shipped_model_offsets(shipped: CrfNer, text: str) -> None:
    [spans] = shipped.predict_spans([text])
    for start, end, label in spans:
        assert label in {"PER", "ORG", "LOC"}
        assert text[start:end] and not text[start:end].isspace()


def test_shipped_model_matches_card_on_msra_test(shipped: CrfNer) -> None:
    from pipeline.entities import msra

    folder = msra.find_msra_dir()
    require(folder is not None, f"MSRA test data not found; set {msra.ENV_VAR} or run `python -m pipeline.entities.msra`")
    match = CARD_F1.search(CARD.read_text(encoding="utf-8"))
    assert match, f"{CARD} must state 'micro F1 on all of msra_test: 0.xxxx'"
    scores = evaluate(shipped, msra.load_test())
    assert scores.micro.gold == 6446
    assert abs(scores.micro.f1 - float(match.group(1))) <= TOLERANCE


def test_ner_eval_command_prints_table(shipped: CrfNer, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "gold.txt"
    text = "李鹏在北京"
    lines = [f"{c} {t}" for c, t in zip(text, spans_to_tags(len(text), [(0, 2, "PER"), (3, 5, "LOC")]), strict=True)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert ner_eval_main([str(path), "--model", str(DEFAULT_MODEL_DIR), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["scores"]["micro"]["gold"] == 2
    assert set(result["scores"]) >= {"micro", "PER", "LOC"}


@pytest.mark.parametrize("algorithm", ["lbfgs", "ap"])
def test_train_ner_command_on_a_slice(tmp_path: Path, algorithm: str, capsys: pytest.CaptureFixture) -> None:
    from pipeline.entities import msra
    from pipeline.entities.ner_cli import train_ner_main

    require(msra.find_msra_dir() is not None, f"MSRA data not found; set {msra.ENV_VAR} or run `python -m pipeline.entities.msra`")
    out = tmp_path / "model"
    argv = ["--out", str(out), "--limit", "300", "--dev-limit", "100", "--max-iterations", "5", "--algorithm", algorithm]
    assert train_ner_main(argv) == 0
    config = json.loads((out / "config.json").read_text(encoding="utf-8"))
    assert config["trained_on"]["sentences"] == 300
    assert config["training"]["algorithm"] == algorithm
    assert set(config["dev_scores"]) >= {"micro", "PER", "LOC", "ORG"}
    assert "micro" in capsys.readouterr().out
    model = CrfNer.from_disk(out)
    assert len(model.predict_tags(["新华社北京电"])[0]) == 6
