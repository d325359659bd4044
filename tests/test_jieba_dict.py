"""The cache of tables derived from jieba's dictionary: the same tables as a fresh build, read back
without building, keyed by what they depend on."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from pipeline import jieba_dict, mojibake
from pipeline.entities import ner

CALLS: list[tuple[Path, int]] = []


def _first_words(path: Path, count: int) -> dict[str, int]:
    """A small table of the kind the pipeline caches: the first ``count`` words with their frequencies."""
    CALLS.append((path, count))
    words: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if len(words) == count:
                break
            word, freq = line.split()[:2]
            words[word] = int(freq)
    return words


@pytest.fixture(autouse=True)
def _clear_calls() -> None:
    CALLS.clear()


def test_a_table_is_built_once_then_read_back_equal(tmp_path: Path) -> None:
    first = jieba_dict.cached("words", _first_words, (50,), folder=tmp_path)
    assert len(first) == 50 and len(CALLS) == 1
    again = jieba_dict.cached("words", _first_words, (50,), folder=tmp_path)
    assert again == first and list(again) == list(first)
    assert len(CALLS) == 1  # read from the file, not built again
    assert [p.suffix for p in tmp_path.iterdir()] == [".marshal"]


def test_other_parameters_are_another_table(tmp_path: Path) -> None:
    jieba_dict.cached("words", _first_words, (5,), folder=tmp_path)
    other = jieba_dict.cached("words", _first_words, (7,), folder=tmp_path)
    assert len(other) == 7 and len(CALLS) == 2
    assert len(list(tmp_path.iterdir())) == 2


def test_the_key_holds_the_build_source_and_the_dictionary() -> None:
    def _other_build(path: Path, count: int) -> dict[str, int]:
        return {}

    one = jieba_dict.cache_file("words", _first_words, (5,))
    assert one == jieba_dict.cache_file("words", _first_words, (5,))
    assert one != jieba_dict.cache_file("words", _other_build, (5,))
    assert one != jieba_dict.cache_file("other", _first_words, (5,))
    assert one.parent == jieba_dict.cache_dir()


def test_an_unreadable_file_is_built_again(tmp_path: Path) -> None:
    path = tmp_path / jieba_dict.cache_file("words", _first_words, (5,)).name
    path.write_bytes(marshal.dumps({"一": 1})[:-3])  # cut short: not marshal data
    assert jieba_dict.cached("words", _first_words, (5,), folder=tmp_path) == _first_words(jieba_dict.dictionary_path(), 5)
    assert marshal.loads(path.read_bytes()) == _first_words(jieba_dict.dictionary_path(), 5)


def test_a_folder_that_cannot_be_written_costs_only_the_build(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    table = jieba_dict.cached("words", _first_words, (5,), folder=blocker / "below")
    assert table == _first_words(jieba_dict.dictionary_path(), 5)


def test_the_pipeline_tables_equal_their_builds() -> None:
    # What the NER model and the mojibake repairer read from the cache is what they would build from dict.txt.
    import jieba

    path = jieba_dict.dictionary_path()
    tokenizer = jieba_dict.default_tokenizer()
    freq, total = jieba.Tokenizer.gen_pfdict(path.open("rb"))
    assert tokenizer.initialized and tokenizer.total == total and tokenizer.FREQ == freq
    assert ner._dictionary_pos() == ner._build_dictionary_pos(path, ner.MAX_WORD_LEN)
    pairs = mojibake.WordPairs.from_packages()
    assert pairs.counts == mojibake._read_word_pairs(path, mojibake.WORD_MIN_FREQ)
    assert list(tokenizer.cut("市委书记张三主持召开全体会议并讲话", HMM=True)) == list(
        jieba.Tokenizer().cut("市委书记张三主持召开全体会议并讲话", HMM=True))
