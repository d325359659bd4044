"""DatabaseSink on SQLite and on a throw-away PostgreSQL: round trips, idempotence,
failure paths, SQL safety, migrations, the ``load`` command and the README queries."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from pipeline.cli import main as cli_main
from pipeline.records import (
    ArticleRecord,
    Award,
    EntityOut,
    Evidence,
    Funding,
    Meeting,
    Person,
    Quality,
    RemovedSpan,
    Speaker,
)
from pipeline.sinks import database
from pipeline.sinks.database import DatabaseSink, InvalidRecordError, SchemaTooNewError, sqlite_url

PROJECT_ROOT = Path(__file__).resolve().parents[2]
BACKENDS = ["sqlite", "postgresql"]
CHILD_TABLES = ("meetings", "speakers", "speaker_evidence", "awards", "funding")


@pytest.fixture(scope="module")
def module_postgres_url(new_postgres_db: Callable[[], str]) -> str:
    """A database of this module's own in the test PostgreSQL cluster."""
    return new_postgres_db()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a new SQLite file, or the module's PostgreSQL database emptied."""
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "out" / "records.db")
    url: str = request.getfixturevalue("module_postgres_url")
    # Dropping every table is much faster than a new database per test.
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            existing = sa.MetaData()
            existing.reflect(conn)
            existing.drop_all(conn)
    finally:
        engine.dispose()
    return url


def _ev(text: str, start: int, raw_shift: int = 7) -> Evidence:
    return Evidence(text=text, clean_start=start, clean_end=start + len(text),
                    raw_start=start + raw_shift, raw_end=start + raw_shift + len(text))


def make_record(doc_id: str = "a" * 64, *, text: str = "", n_awards: int = 2, **fields: Any) -> dict[str, Any]:
    """A record in the JSONL shape (as :func:`pipeline.records.to_record` returns it).

    ``text`` is appended to every free-text field, to carry awkward strings everywhere.
    """
    sentence = "1月25日下午，开发区召开2020年度基层党建述职表彰会" + text
    record = ArticleRecord(
        doc_id=doc_id,
        source="corpus/raw/000_3bbf28f823a9f6d4.txt" + text,
        url="https://example.cn/a?id=1&x=" + text,
        encoding="utf-8",
        language="zh-Hans",
        title="巴彦淖尔经济技术开发区召开表彰会" + text,
        published="2021-01-26T17:23",
        outlet="驻马店网" + text,
        reporters=["张丽丽", "王" + text],
        editors=["刘灵"],
        authors=[],
        meetings=[
            Meeting(name="2020年度基层党建述职表彰会" + text, date="2021-01-25", date_text="1月25日",
                    time_of_day="下午", location="开发区会议中心" + text, organizer="开发区党工委",
                    host=Person(name="李明", title="党工委书记" + text), attendee_count=120,
                    attendee_approx=True, evidence=_ev(sentence, 0)),
            Meeting(name="示范党课", evidence=_ev("示范党课开讲", 40)),
        ],
        speakers=[
            Speaker(name="常志刚" + text, title="书记", organization="市委" + text, roles=["点评", "讲话" + text],
                    evidence=[_ev(sentence, 0), _ev("常志刚作点评", 60)]),
            Speaker(name="周婷", roles=[], evidence=[]),
        ],
        awards=[
            Award(honor=f"优秀党组织书记{i}" + text, count=12 + i, unit="名", recipient_kind="person",
                  recipients=["张三", "李四" + text], evidence=_ev("表彰了12名优秀党组织书记" + text, 80 + i))
            for i in range(n_awards)
        ],
        funding=[
            Funding(amount=1.2e8, amount_high=1.5e8, currency="CNY", approximate=True, text="1.2亿至1.5亿元" + text,
                    purpose="园区建设" + text, evidence=_ev("投入1.2亿至1.5亿元" + text, 120)),
            Funding(amount=3000.5, currency="HKD", text="3000.5港元", evidence=_ev("资助3000.5港元", 150)),
        ],
        quality=Quality(warnings=["mojibake_repaired" + text],
                        removed=[RemovedSpan(raw_start=0, raw_end=37, reason="app_prompt")]),
        processed_at="2024-05-01T08:00:00+00:00",
    )
    data = record.model_dump(mode="json")
    data.pop("clean_text")
    data.pop("entities")
    data.update(fields)
    return data


def count_rows(url: str) -> dict[str, int]:
    engine = database.create_db_engine(url)
    try:
        with engine.connect() as conn:
            return {
                t.name: int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one())
                for t in (database.articles, database.meetings, database.speakers, database.speaker_evidence,
                          database.awards, database.funding)
            }
    finally:
        engine.dispose()


def expected_rows(*records: dict[str, Any]) -> dict[str, int]:
    return {
        "articles": len(records),
        "meetings": sum(len(r["meetings"]) for r in records),
        "speakers": sum(len(r["speakers"]) for r in records),
        "speaker_evidence": sum(len(s["evidence"]) for r in records for s in r["speakers"]),
        "awards": sum(len(r["awards"]) for r in records),
        "funding": sum(len(r["funding"]) for r in records),
    }


VARIANTS = {
    "full": make_record(),
    "empty_lists": make_record(meetings=[], speakers=[], awards=[], funding=[], reporters=[], editors=[]),
    "nulls": make_record(url=None, title=None, published=None, outlet=None, language=None),
    "with_text_and_entities": make_record(
        clean_text="巴彦淖尔经济技术开发区召开表彰会\n1月25日下午……",
        entities=[EntityOut(type="PER", text="常志刚", start=3, end=6, raw_start=10, raw_end=13,
                            source="model").model_dump(mode="json")],
    ),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_round_trip_returns_the_record(db_url: str, variant: str) -> None:
    record = VARIANTS[variant]
    with DatabaseSink(db_url) as sink:
        sink.write(record)
        assert sink.read(record["doc_id"]) == record
        assert sink.stored_ids() == {record["doc_id"]}
    assert count_rows(db_url) == expected_rows(record)


def test_evidence_offsets_are_columns(db_url: str) -> None:
    record = make_record()
    with DatabaseSink(db_url) as sink:
        sink.write(record)
        with sink.engine.connect() as conn:
            rows = conn.execute(
                sa.select(database.awards.c.honor, database.awards.c.clean_start, database.awards.c.raw_end,
                          database.awards.c.evidence_text)
                .order_by(database.awards.c.position)
            ).all()
    assert [tuple(r) for r in rows] == [
        (a["honor"], a["evidence"]["clean_start"], a["evidence"]["raw_end"], a["evidence"]["text"])
        for a in record["awards"]
    ]


def test_missing_document_reads_none(db_url: str) -> None:
    with DatabaseSink(db_url) as sink:
        assert sink.read("f" * 64) is None
        assert sink.stored_ids() == set()


def test_same_document_twice_keeps_one_row_set(db_url: str) -> None:
    record = make_record()
    with DatabaseSink(db_url) as sink:
        sink.write(record)
        first_id = _article_id(sink, record["doc_id"])
        sink.write(record)
        assert _article_id(sink, record["doc_id"]) == first_id
        assert sink.read(record["doc_id"]) == record
    assert count_rows(db_url) == expected_rows(record)


def test_portable_upsert_path_keeps_one_row_set(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The read-then-write path used on backends without ON CONFLICT, run here on ours.
    monkeypatch.setattr(database, "_NATIVE_UPSERT_DIALECTS", frozenset())
    old, new = make_record(n_awards=3), make_record(n_awards=1, title="新标题")
    with DatabaseSink(db_url) as sink:
        sink.write(old)
        first_id = _article_id(sink, old["doc_id"])
        sink.write(new)
        assert _article_id(sink, old["doc_id"]) == first_id
        assert sink.read(new["doc_id"]) == new
    assert count_rows(db_url) == expected_rows(new)


def _article_id(sink: DatabaseSink, doc_id: str) -> int:
    with sink.engine.connect() as conn:
        return int(conn.execute(sa.select(database.articles.c.id).where(database.articles.c.doc_id == doc_id))
                   .scalar_one())


def test_changed_record_replaces_the_old_rows(db_url: str) -> None:
    old, other = make_record(n_awards=3), make_record("b" * 64)
    new = make_record(n_awards=1, title="更正后的标题", processed_at="2024-06-01T00:00:00+00:00", speakers=[])
    with DatabaseSink(db_url) as sink:
        sink.write(old)
        sink.write(other)
        sink.write(new)
        assert sink.read(new["doc_id"]) == new
        assert sink.read(other["doc_id"]) == other
    assert count_rows(db_url) == expected_rows(new, other)


def _too_big_for_sql(record: dict[str, Any]) -> dict[str, Any]:
    # Valid for pydantic, refused by the database only after the article row was updated
    # and its old child rows deleted: the transaction must undo both.
    record["awards"][-1]["count"] = 2**70
    return record


BAD_RECORDS: dict[str, tuple[Callable[[], Any], type[BaseException] | tuple[type[BaseException], ...]]] = {
    "missing_field": (lambda: {k: v for k, v in make_record(title="新").items() if k != "encoding"},
                      InvalidRecordError),
    "wrong_type": (lambda: make_record(reporters="张丽丽"), InvalidRecordError),
    "bad_evidence": (lambda: make_record(meetings=[{"name": "会", "evidence": {"text": "会"}}]), InvalidRecordError),
    "nul_character": (lambda: make_record(title="标题\x00"), InvalidRecordError),
    "not_an_object": (lambda: ["a" * 64], InvalidRecordError),
    "integer_overflow_mid_write": (lambda: _too_big_for_sql(make_record(title="新", n_awards=4)),
                                   (sa.exc.SQLAlchemyError, OverflowError)),
}


@pytest.mark.parametrize("case", sorted(BAD_RECORDS))
def test_failed_write_leaves_previous_version(db_url: str, case: str) -> None:
    build, error = BAD_RECORDS[case]
    stored = make_record()
    with DatabaseSink(db_url) as sink:
        sink.write(stored)
        with pytest.raises(error):
            sink.write(build())
        assert sink.read(stored["doc_id"]) == stored
        # The sink is still usable after the failure.
        sink.write(make_record("c" * 64))
        assert sink.stored_ids() == {stored["doc_id"], "c" * 64}
    assert count_rows(db_url) == expected_rows(stored, make_record("c" * 64))


def test_failed_first_write_stores_nothing(db_url: str) -> None:
    with DatabaseSink(db_url) as sink:
        with pytest.raises((sa.exc.SQLAlchemyError, OverflowError)):
            sink.write(_too_big_for_sql(make_record("d" * 64)))
        assert sink.stored_ids() == set()
    assert count_rows(db_url) == dict.fromkeys(expected_rows(), 0)


NASTY = {
    "single_quote": "O'Brien's",
    "double_quote": 'say "hi"',
    "semicolon": "a; b; c",
    "injection": "'; DROP TABLE articles; --",
    "injection_paren": "x'); DELETE FROM awards; --",
    "backslashes": "C:\\path\\to\\file \\' \\\\",
    "percent_format": "%s %(name)s %% {0} {name} :name ?",
    "comment": "/* c */ -- d",
    "whitespace": "tab\there\nnew line\r\n\u2028\u3000",
    "non_bmp": "𠀀𪚥😀 繁體字 ｆｕｌｌ",
    "combining": "e\u0301 \u202eRTL\u202c \ufeff",
    "json_like": '{"a": [1, "b"]}',
}


@pytest.mark.parametrize("name", sorted(NASTY))
def test_awkward_strings_round_trip_unchanged(db_url: str, name: str) -> None:
    value = NASTY[name]
    record = make_record(value, text=value)  # also as doc_id
    with DatabaseSink(db_url) as sink:
        sink.write(record)
        sink.write(make_record())
        assert sink.read(value) == record
        assert sink.stored_ids() == {value, "a" * 64}
        with sink.engine.connect() as conn:
            titles = set(conn.execute(sa.select(database.articles.c.title)).scalars())
            honors = set(conn.execute(sa.select(database.awards.c.honor)
                                      .where(database.awards.c.honor.like("%" + "优秀党组织书记0" + "%"))).scalars())
    assert titles == {"巴彦淖尔经济技术开发区召开表彰会" + value, "巴彦淖尔经济技术开发区召开表彰会"}
    assert honors == {"优秀党组织书记0" + value, "优秀党组织书记0"}
    assert count_rows(db_url) == expected_rows(record, make_record())


def test_schema_info_holds_the_version_once(db_url: str) -> None:
    for _ in range(2):
        with DatabaseSink(db_url) as sink:
            assert sink.schema_version == database.DB_SCHEMA_VERSION
    engine = database.create_db_engine(db_url)
    try:
        with engine.connect() as conn:
            versions = list(conn.execute(sa.select(database.schema_info.c.version)).scalars())
            indexes = {ix["name"] for t in ("articles", "speakers", "awards", "funding")
                       for ix in sa.inspect(conn).get_indexes(t)}
    finally:
        engine.dispose()
    assert versions == [m[0] for m in database.MIGRATIONS]
    assert {"ix_articles_published", "ix_articles_outlet", "ix_speakers_name", "ix_awards_honor",
            "ix_funding_currency"} <= indexes


def test_later_migration_runs_once_in_order(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with DatabaseSink(db_url) as sink:
        sink.write(make_record())
    calls: list[int] = []

    def add_table(conn: sa.Connection) -> None:
        calls.append(2)
        # A MetaData of its own: the test must not change the tables other tests create.
        sa.Table("migration_test", sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True)).create(conn)

    monkeypatch.setattr(database, "MIGRATIONS", (*database.MIGRATIONS, (2, "test table", add_table)))
    monkeypatch.setattr(database, "DB_SCHEMA_VERSION", 2)
    for _ in range(2):
        with DatabaseSink(db_url) as sink:
            assert sink.schema_version == 2
            assert sink.read("a" * 64) == make_record()
            with sink.engine.connect() as conn:
                assert sa.inspect(conn).has_table("migration_test")
    assert calls == [2]


def test_newer_database_is_refused(db_url: str) -> None:
    with DatabaseSink(db_url) as sink, sink.engine.begin() as conn:
        conn.execute(database.schema_info.insert().values(version=99, description="future", applied_at="2099"))
    with pytest.raises(SchemaTooNewError, match="99"):
        DatabaseSink(db_url)


def test_concurrent_sinks_migrate_once_and_store_everything(db_url: str) -> None:
    # Several writers opening a new database at once (e.g. a run and a load): one applies
    # the migrations, the others wait for it; every article is stored.
    def open_and_write(worker: int) -> set[str]:
        with DatabaseSink(db_url) as sink:
            ids = {f"{worker:02d}{i:062d}" for i in range(5)}
            for doc_id in sorted(ids):
                sink.write(make_record(doc_id))
            return ids

    with ThreadPoolExecutor(max_workers=4) as pool:
        written = set().union(*pool.map(open_and_write, range(4)))
    with DatabaseSink(db_url) as sink:
        assert sink.stored_ids() == written
        with sink.engine.connect() as conn:
            versions = list(conn.execute(sa.select(database.schema_info.c.version)).scalars())
    assert len(written) == 20
    assert versions == [m[0] for m in database.MIGRATIONS]


def test_deleting_an_article_cascades(db_url: str) -> None:
    keep, gone = make_record(), make_record("e" * 64)
    with DatabaseSink(db_url) as sink:
        sink.write(keep)
        sink.write(gone)
        with sink.engine.begin() as conn:
            conn.execute(database.articles.delete().where(database.articles.c.doc_id == gone["doc_id"]))
    assert count_rows(db_url) == expected_rows(keep)


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    with DatabaseSink(sqlite_url(tmp_path / "new" / "dir" / "r.db")) as sink, sink.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert (tmp_path / "new" / "dir" / "r.db").is_file()


# --- load -------------------------------------------------------------------------------

GOOD = [make_record("1" * 64), make_record("2" * 64, n_awards=0), make_record("3" * 64, text="'; --")]
# (line text, expected problem) in file order; None marks a good record.
LOAD_LINES: list[tuple[str, str | None]] = [
    (json.dumps(GOOD[0], ensure_ascii=False), None),
    ('{"doc_id": "x", "broken', "not JSON"),
    ("", None),  # blank lines are ignored, not reported
    (json.dumps(GOOD[1], ensure_ascii=False), None),
    ('["a list"]', "not a JSON object"),
    (json.dumps({"source": "x.txt", "doc_id": "9" * 64, "stage": "ingest", "code": "E_EMPTY"}), "doc '9999"),
    (json.dumps(make_record("4" * 64, published=20210126)), "published"),
    (json.dumps(GOOD[2], ensure_ascii=False), None),
]


def _write_jsonl(path: Path, *, cut_tail: bool) -> None:
    text = "".join(line + "\n" for line, _ in LOAD_LINES)
    if cut_tail:
        text += '{"doc_id": "' + "5" * 64  # a line cut by a crash: no newline
    path.write_text(text, encoding="utf-8")


def test_load_skips_bad_lines_with_file_and_line(db_url: str, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "out.jsonl"
    _write_jsonl(path, cut_tail=True)
    for _ in range(2):  # idempotent
        assert cli_main(["load", str(path), "--db", db_url]) == 0
        err = capsys.readouterr().err
        reported = dict(re.findall(rf"^{re.escape(str(path))}:(\d+): skipped: (.*)$", err, flags=re.M))
        expected = {str(i): problem for i, (_, problem) in enumerate(LOAD_LINES, start=1) if problem}
        assert sorted(reported) == sorted([*expected, str(len(LOAD_LINES) + 1)])
        for number, problem in expected.items():
            assert problem in reported[number]
        assert "incomplete" in reported[str(len(LOAD_LINES) + 1)]
        summary = json.loads(err.strip().splitlines()[-1])
        assert (summary["loaded"], summary["bad"]) == (len(GOOD), len(expected) + 1)
        with DatabaseSink(db_url) as sink:
            assert sink.stored_ids() == {r["doc_id"] for r in GOOD}
            assert [sink.read(r["doc_id"]) for r in GOOD] == GOOD
        assert count_rows(db_url) == expected_rows(*GOOD)


def test_load_default_db_is_beside_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "run" / "out.jsonl"
    path.parent.mkdir()
    path.write_text(json.dumps(GOOD[0], ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli_main(["load", str(path), "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    with DatabaseSink(sqlite_url(path.with_name("records.db"))) as sink:
        assert sink.read(GOOD[0]["doc_id"]) == GOOD[0]


def test_load_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["load", str(tmp_path / "nope.jsonl"), "--db", sqlite_url(tmp_path / "r.db")]) == 2
    assert "nope.jsonl" in capsys.readouterr().err


# --- README queries ----------------------------------------------------------------------


def _readme_queries() -> list[str]:
    text = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Database", 1)[-1].split("\n## ", 1)[0] if "\n## Database" in text else ""
    return re.findall(r"```sql\n(.*?)```", section, flags=re.S)


def test_readme_has_three_queries() -> None:
    assert len(_readme_queries()) >= 3


@pytest.mark.parametrize("index", range(3))
def test_readme_query_runs(db_url: str, index: int) -> None:
    queries = _readme_queries()
    require_query = index < len(queries)
    assert require_query, "README section 'Database' lacks its example queries"
    records = [make_record("1" * 64), make_record("2" * 64, outlet="人民网", published="2022-03-01"),
               make_record("3" * 64, n_awards=5)]
    with DatabaseSink(db_url) as sink:
        for record in records:
            sink.write(record)
        with sink.engine.connect() as conn:
            rows = conn.exec_driver_sql(queries[index]).all()
    assert rows, queries[index]


# --- the run command's database options ------------------------------------------------

RUN_ARTICLE = "区委召开表彰大会\n\n2023-03-01 10:00\n\n3月1日上午，区委召开表彰大会，表彰了12名“优秀党务干部”。\n"


@pytest.mark.parametrize(
    ("options", "db_name", "status"),
    [
        ([], "records.db", 0),
        (["--no-db"], None, 0),
        (["--db", "{other}"], "other.db", 0),
        (["--db", "{other}", "--no-db"], None, 2),
    ],
)
def test_run_database_options(tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str],
                              db_name: str | None, status: int) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(RUN_ARTICLE, encoding="utf-8")
    out = tmp_path / "out" / "out.jsonl"
    other = sqlite_url(tmp_path / "out" / "other.db")
    argv = ["run", str(tmp_path / "in"), "--out", str(out), "--ner", "none", "--workers", "0", "--quiet",
            *(o.format(other=other) for o in options)]
    assert cli_main(argv) == status
    capsys.readouterr()
    dbs = sorted(p.name for p in out.parent.glob("*.db")) if out.parent.exists() else []
    assert dbs == ([db_name] if db_name else [])
    if db_name:
        record = json.loads(out.read_text(encoding="utf-8"))
        with DatabaseSink(sqlite_url(out.with_name(db_name))) as sink:
            assert sink.read(record["doc_id"]) == record
