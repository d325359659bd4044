"""SQL database sink: article records in normalized tables (SQLAlchemy Core).

:class:`DatabaseSink` stores each article record (the dict of
:func:`pipeline.records.to_record`) in one transaction: the ``articles`` row is upserted
on ``doc_id`` and its child rows are replaced, so writing the same document twice leaves
one row set, and a failed write leaves the previous version untouched.

Tables (every child row has ``article_id`` -> ``articles.id`` ON DELETE CASCADE and its
0-based ``position`` in the record's list; evidence columns are ``evidence_text``,
``clean_start``/``clean_end`` (character offsets into the article's clean text) and
``raw_start``/``raw_end`` (character offsets into the decoded raw input)):

- ``articles``: ``id``, ``doc_id`` (unique), page metadata, versions, ``processed_at``;
  JSON columns ``reporters``, ``editors``, ``authors``, ``warnings``, ``removed``,
  ``entities``; ``clean_text`` when the run kept it.
- ``meetings``: name, date, date_text, time_of_day, location, organizer, host_name,
  host_title, attendee_count, attendee_approx, evidence.
- ``speakers``: name, title, organization, ``roles`` (JSON list); their evidence
  sentences are rows of ``speaker_evidence`` (``speaker_id`` -> ``speakers.id``).
- ``awards``: honor, count, unit, recipient_kind, ``recipients`` (JSON list), evidence.
- ``funding``: amount, amount_high, currency, approximate, amount_text, purpose, evidence.
- ``schema_info``: one row per applied migration (``version``, ``description``,
  ``applied_at``); the database's schema version is the highest ``version``.

Migrations: :data:`MIGRATIONS` is an ordered tuple of ``(version, description, function)``;
each function takes an open :class:`~sqlalchemy.engine.Connection` and changes the schema
from ``version - 1`` to ``version``. Opening a sink reads the highest version in
``schema_info`` (0 for an empty database), runs every later migration in order and
records each, all in one transaction (PostgreSQL: under an advisory lock; SQLite:
``BEGIN IMMEDIATE``), so concurrent openers do not race. A database newer than this code
raises :class:`SchemaTooNewError`. To change the schema: edit the table definitions
below, append ``(N + 1, description, _migrate_N_plus_1)`` whose function brings a
version-N database to them (``Table.create``/``Index.create`` on the objects defined
here, or ``sa.DDL`` with a constant ``ALTER TABLE`` statement), and freeze
``_migrate_1`` so that it keeps creating the version-1 shape.

SQLite (the default, ``sqlite:///PATH``) runs in WAL mode with ``foreign_keys=ON``,
``synchronous=NORMAL`` and ``BEGIN IMMEDIATE`` transactions; PostgreSQL is reached with
``postgresql+psycopg://USER@HOST:PORT/DB`` (``pip install -e ".[postgres]"``).
Values are always bound parameters; the only literal SQL strings are constant PRAGMA
and BEGIN statements.

``python run_pipeline.py load FILE.jsonl --db URL`` loads existing JSONL output
(:func:`load_main`).

Known limitations:

- Strings containing NUL (U+0000) are refused (:class:`InvalidRecordError`) on every
  backend, because PostgreSQL text cannot hold them.
- ``published`` and meeting ``date`` are kept as the record's ISO strings (they may lack
  a time or be partial), not as SQL dates; ``substr(published, 1, 4)`` gives the year.
- Replacing an article keeps its ``id`` but gives its child rows new ids.
- Documents removed from the input are never deleted from the database.
- Keys of a record that :class:`~pipeline.records.ArticleRecord` does not define (a
  newer record schema) are not stored; the article's ``schema_version`` column tells.
- One engine per sink: open a separate sink in each process (engines do not survive fork).
- ``_migrate_1`` creates the current table definitions; it must be frozen before the
  first schema change (see above).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from pipeline.errors import OutputError
from pipeline.records import ArticleRecord, Evidence

# Bump only through a new entry of MIGRATIONS (see the module docstring).
METADATA = sa.MetaData()

# JSON columns: JSONB on PostgreSQL (indexable, compact), JSON text elsewhere.
_JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

# Arbitrary constant identifying this project's migration lock on PostgreSQL
# (pg_advisory_xact_lock takes a bigint key; "newsrec" in ASCII).
_PG_MIGRATION_LOCK = 0x6E657773726563

# SQLite waits this long for another writer's transaction before failing (seconds); long
# enough for a concurrent migration or a large article on a slow disk.
_SQLITE_BUSY_TIMEOUT_S = 30.0
_WAL_RETRY_S = 0.05  # pause between attempts to switch a new SQLite file to WAL

schema_info = sa.Table(
    "schema_info",
    METADATA,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("description", sa.Text, nullable=False),
    sa.Column("applied_at", sa.Text, nullable=False),
)

articles = sa.Table(
    "articles",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("doc_id", sa.Text, nullable=False, unique=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("encoding", sa.Text, nullable=False),
    sa.Column("language", sa.Text),
    sa.Column("pipeline_version", sa.Text, nullable=False),
    sa.Column("schema_version", sa.Text, nullable=False),
    sa.Column("processed_at", sa.Text, nullable=False),
    sa.Column("reporters", _JSON, nullable=False),
    sa.Column("editors", _JSON, nullable=False),
    sa.Column("authors", _JSON, nullable=False),
    sa.Column("warnings", _JSON, nullable=False),
    sa.Column("removed", _JSON, nullable=False),
    sa.Column("entities", _JSON),
    sa.Column("clean_text", sa.Text),
    sa.Index("ix_articles_published", "published"),
    sa.Index("ix_articles_outlet", "outlet"),
)


def _article_fk() -> sa.Column:
    return sa.Column(
        "article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
    )


def _evidence_columns() -> list[sa.Column]:
    return [
        sa.Column("evidence_text", sa.Text, nullable=False),
        sa.Column("clean_start", sa.BigInteger, nullable=False),
        sa.Column("clean_end", sa.BigInteger, nullable=False),
        sa.Column("raw_start", sa.BigInteger, nullable=False),
        sa.Column("raw_end", sa.BigInteger, nullable=False),
    ]


meetings = sa.Table(
    "meetings",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    _article_fk(),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("date", sa.Text),
    sa.Column("date_text", sa.Text),
    sa.Column("time_of_day", sa.Text),
    sa.Column("location", sa.Text),
    sa.Column("organizer", sa.Text),
    sa.Column("host_name", sa.Text),
    sa.Column("host_title", sa.Text),
    sa.Column("attendee_count", sa.BigInteger),
    sa.Column("attendee_approx", sa.Boolean, nullable=False),
    *_evidence_columns(),
    sa.UniqueConstraint("article_id", "position", name="uq_meetings_article_position"),
    sa.Index("ix_meetings_date", "date"),
)

speakers = sa.Table(
    "speakers",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    _article_fk(),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("organization", sa.Text),
    sa.Column("roles", _JSON, nullable=False),
    sa.UniqueConstraint("article_id", "position", name="uq_speakers_article_position"),
    sa.Index("ix_speakers_name", "name"),
)

speaker_evidence = sa.Table(
    "speaker_evidence",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("speaker_id", sa.Integer, sa.ForeignKey("speakers.id", ondelete="CASCADE"), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    *_evidence_columns(),
    sa.UniqueConstraint("speaker_id", "position", name="uq_speaker_evidence_speaker_position"),
)

awards = sa.Table(
    "awards",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    _article_fk(),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("honor", sa.Text, nullable=False),
    sa.Column("count", sa.BigInteger, nullable=False),
    sa.Column("unit", sa.Text, nullable=False),
    sa.Column("recipient_kind", sa.Text),
    sa.Column("recipients", _JSON, nullable=False),
    *_evidence_columns(),
    sa.UniqueConstraint("article_id", "position", name="uq_awards_article_position"),
    sa.Index("ix_awards_honor", "honor"),
)

funding = sa.Table(
    "funding",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    _article_fk(),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("amount", sa.Double, nullable=False),
    sa.Column("amount_high", sa.Double),
    sa.Column("currency", sa.Text, nullable=False),
    sa.Column("approximate", sa.Boolean, nullable=False),
    sa.Column("amount_text", sa.Text, nullable=False),
    sa.Column("purpose", sa.Text),
    *_evidence_columns(),
    sa.UniqueConstraint("article_id", "position", name="uq_funding_article_position"),
    sa.Index("ix_funding_currency", "currency"),
)

# Backends with INSERT ... ON CONFLICT DO UPDATE ... RETURNING; others read, then write.
_NATIVE_UPSERT_DIALECTS = frozenset({"sqlite", "postgresql"})

# Child tables of an article, deleted before its rows are rewritten.
_ARTICLE_CHILDREN = (meetings, speakers, awards, funding)


class InvalidRecordError(ValueError):
    """A record that does not fit :class:`~pipeline.records.ArticleRecord` or the tables."""


class SchemaTooNewError(RuntimeError):
    """The database was migrated by a newer version of this code."""


def _migrate_1(conn: Connection) -> None:
    """Version 1: the initial tables and indexes."""
    METADATA.create_all(conn, tables=[articles, meetings, speakers, speaker_evidence, awards, funding])


Migration = Callable[[Connection], None]

MIGRATIONS: tuple[tuple[int, str, Migration], ...] = (
    (1, "articles, meetings, speakers, speaker_evidence, awards, funding", _migrate_1),
)

DB_SCHEMA_VERSION: int = MIGRATIONS[-1][0]


def _safe_url(url: str) -> str:
    """``url`` without its password, for messages."""
    return sa.engine.make_url(url).render_as_string(hide_password=True)


def sqlite_url(path: str | Path) -> str:
    """The SQLAlchemy URL of the SQLite file at ``path``."""
    return sa.engine.URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def _json_dumps(value: Any) -> str:
    # Keep Chinese readable in SQLite's JSON text (the default escapes it to \uXXXX).
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN instead of pysqlite's implicit transactions,
    # which do not cover DDL and take the write lock late (a source of SQLITE_BUSY).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    _set_wal(cursor)
    # WAL + NORMAL: a killed process loses no committed transaction; only an OS crash may.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _set_wal(cursor: Any) -> None:
    """Switch to WAL, retrying while another connection holds the lock.

    Changing the journal mode of a new database needs an exclusive lock, and SQLite answers
    SQLITE_BUSY at once instead of waiting for the busy timeout when several connections
    open the same new file together (seen in CI as "database is locked" on this PRAGMA).
    """
    deadline = time.monotonic() + _SQLITE_BUSY_TIMEOUT_S
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(_WAL_RETRY_S)


def _sqlite_on_begin(conn: Connection) -> None:
    # Take the write lock at the start, so two writers never deadlock upgrading a read lock
    # (reads take it too; they are short).
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def create_db_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite files get their folder, WAL and foreign keys."""
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(
            parsed, json_serializer=_json_dumps, connect_args={"timeout": _SQLITE_BUSY_TIMEOUT_S}
        )
        sa.event.listen(engine, "connect", _sqlite_on_connect)
        sa.event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return sa.create_engine(parsed, json_serializer=_json_dumps, pool_pre_ping=True)


def schema_version(conn: Connection) -> int:
    """The highest applied migration (0 for a database without ``schema_info``)."""
    if not sa.inspect(conn).has_table(schema_info.name):
        return 0
    return int(conn.execute(sa.select(sa.func.max(schema_info.c.version))).scalar() or 0)


def migrate(engine: Engine) -> int:
    """Apply the migrations the database lacks, in one transaction; return the version."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_PG_MIGRATION_LOCK)))
        current = schema_version(conn)
        if current > DB_SCHEMA_VERSION:
            raise SchemaTooNewError(
                f"database schema version {current} is newer than this code's {DB_SCHEMA_VERSION}; "
                "upgrade newsrec"
            )
        if current == 0:
            schema_info.create(conn, checkfirst=True)
        for version, description, func in MIGRATIONS:
            if version <= current:
                continue
            func(conn)
            conn.execute(
                schema_info.insert().values(
                    version=version,
                    description=description,
                    applied_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                )
            )
            current = version
    return current


def _check_no_nul(value: Any, where: str) -> None:
    if isinstance(value, str):
        if "\x00" in value:
            raise InvalidRecordError(f"{where}: NUL character at offset {value.index(chr(0))}")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_no_nul(item, f"{where}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _check_no_nul(item, f"{where}[{i}]")


def _evidence_row(evidence: Evidence) -> dict[str, Any]:
    return {
        "evidence_text": evidence.text,
        "clean_start": evidence.clean_start,
        "clean_end": evidence.clean_end,
        "raw_start": evidence.raw_start,
        "raw_end": evidence.raw_end,
    }


def _row_evidence(row: Any) -> dict[str, Any]:
    return {
        "text": row.evidence_text,
        "clean_start": row.clean_start,
        "clean_end": row.clean_end,
        "raw_start": row.raw_start,
        "raw_end": row.raw_end,
    }


def validate_record(record: Any) -> ArticleRecord:
    """``record`` as an :class:`ArticleRecord`, or :class:`InvalidRecordError` naming the problem."""
    if not isinstance(record, dict):
        raise InvalidRecordError(f"a record must be a JSON object, got {type(record).__name__}")
    doc_id = record.get("doc_id")
    try:
        model = ArticleRecord.model_validate(record)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InvalidRecordError(
            f"doc {doc_id!r}: {where}: {first['msg']} ({exc.error_count()} problem(s))"
        ) from exc
    _check_no_nul(record, f"doc {doc_id!r}")
    return model


def _article_values(rec: ArticleRecord) -> dict[str, Any]:
    return {
        "doc_id": rec.doc_id,
        "source": rec.source,
        "url": rec.url,
        "title": rec.title,
        "published": rec.published,
        "outlet": rec.outlet,
        "encoding": rec.encoding,
        "language": rec.language,
        "pipeline_version": rec.pipeline_version,
        "schema_version": rec.schema_version,
        "processed_at": rec.processed_at,
        "reporters": list(rec.reporters),
        "editors": list(rec.editors),
        "authors": list(rec.authors),
        "warnings": list(rec.quality.warnings),
        "removed": [r.model_dump(mode="json") for r in rec.quality.removed],
        "entities": None if rec.entities is None else [e.model_dump(mode="json") for e in rec.entities],
        "clean_text": rec.clean_text,
    }


def _upsert_article(conn: Connection, values: dict[str, Any]) -> int:
    """Insert or update the ``articles`` row of ``values['doc_id']``; return its id."""
    dialect = conn.dialect.name
    if dialect in _NATIVE_UPSERT_DIALECTS:
        insert = (
            sqlite.insert(articles) if dialect == "sqlite" else postgresql.insert(articles)
        )
        update = {k: insert.excluded[k] for k in values if k != "doc_id"}
        stmt = (
            insert.values(values)
            .on_conflict_do_update(index_elements=[articles.c.doc_id], set_=update)
            .returning(articles.c.id)
        )
        return int(conn.execute(stmt).scalar_one())
    # Other backends: read, then update or insert (inside the caller's transaction).
    existing = conn.execute(sa.select(articles.c.id).where(articles.c.doc_id == values["doc_id"])).scalar()
    if existing is None:
        key = conn.execute(articles.insert().values(values)).inserted_primary_key
        if key is None:
            raise RuntimeError(f"{conn.dialect.name}: no primary key returned for doc {values['doc_id']!r}")
        return int(key[0])
    conn.execute(articles.update().where(articles.c.id == existing).values(values))
    return int(existing)


def _delete_children(conn: Connection, article_id: int) -> None:
    # Explicit deletes (not only ON DELETE CASCADE): the article row is kept, with its id.
    speaker_ids = sa.select(speakers.c.id).where(speakers.c.article_id == article_id)
    conn.execute(speaker_evidence.delete().where(speaker_evidence.c.speaker_id.in_(speaker_ids)))
    for table in _ARTICLE_CHILDREN:
        conn.execute(table.delete().where(table.c.article_id == article_id))


def _insert_children(conn: Connection, article_id: int, rec: ArticleRecord) -> None:
    if rec.meetings:
        conn.execute(
            meetings.insert(),
            [
                {
                    "article_id": article_id,
                    "position": i,
                    "name": m.name,
                    "date": m.date,
                    "date_text": m.date_text,
                    "time_of_day": m.time_of_day,
                    "location": m.location,
                    "organizer": m.organizer,
                    "host_name": m.host.name if m.host else None,
                    "host_title": m.host.title if m.host else None,
                    "attendee_count": m.attendee_count,
                    "attendee_approx": m.attendee_approx,
                    **_evidence_row(m.evidence),
                }
                for i, m in enumerate(rec.meetings)
            ],
        )
    for i, s in enumerate(rec.speakers):
        speaker_id = conn.execute(
            speakers.insert()
            .values(
                article_id=article_id,
                position=i,
                name=s.name,
                title=s.title,
                organization=s.organization,
                roles=list(s.roles),
            )
            .returning(speakers.c.id)
        ).scalar_one()
        if s.evidence:
            conn.execute(
                speaker_evidence.insert(),
                [{"speaker_id": speaker_id, "position": j, **_evidence_row(e)} for j, e in enumerate(s.evidence)],
            )
    if rec.awards:
        conn.execute(
            awards.insert(),
            [
                {
                    "article_id": article_id,
                    "position": i,
                    "honor": a.honor,
                    "count": a.count,
                    "unit": a.unit,
                    "recipient_kind": a.recipient_kind,
                    "recipients": list(a.recipients),
                    **_evidence_row(a.evidence),
                }
                for i, a in enumerate(rec.awards)
            ],
        )
    if rec.funding:
        conn.execute(
            funding.insert(),
            [
                {
                    "article_id": article_id,
                    "position": i,
                    "amount": f.amount,
                    "amount_high": f.amount_high,
                    "currency": f.currency,
                    "approximate": f.approximate,
                    "amount_text": f.text,
                    "purpose": f.purpose,
                    **_evidence_row(f.evidence),
                }
                for i, f in enumerate(rec.funding)
            ],
        )


class DatabaseSink:
    """Writes article records to a SQL database; see the module docstring for the tables.

    ``url`` is a SQLAlchemy URL (``sqlite:///out/records.db``,
    ``postgresql+psycopg://user@host:5432/db``). Opening migrates the schema.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine = create_db_engine(url)
        except OSError as exc:  # the SQLite file's folder cannot be made
            raise OutputError("E_OUTPUT", _safe_url(url), exc.strerror or str(exc)) from exc
        try:
            self.schema_version = migrate(self.engine)
        except sa.exc.OperationalError as exc:
            self.engine.dispose()
            raise OutputError("E_OUTPUT", _safe_url(url), str(exc.orig)) from exc
        except BaseException:
            self.engine.dispose()
            raise

    def stored_ids(self) -> set[str]:
        """The ``doc_id`` of every article stored."""
        with self.engine.connect() as conn:
            return set(conn.execute(sa.select(articles.c.doc_id)).scalars())

    def write(self, record: dict[str, Any]) -> None:
        """Store ``record``, replacing that article's rows, in one transaction.

        Raises :class:`InvalidRecordError` (nothing written) for a record that does not
        validate; a database error rolls the whole article back and propagates, as
        :class:`~pipeline.errors.OutputError` ``E_OUTPUT`` when the database itself cannot
        be written (full disk, read-only file, lock wait timed out).
        """
        rec = validate_record(record)
        values = _article_values(rec)
        try:
            with self.engine.begin() as conn:
                article_id = _upsert_article(conn, values)
                _delete_children(conn, article_id)
                _insert_children(conn, article_id, rec)
        except sa.exc.OperationalError as exc:
            # The database, not the record: full disk, read-only file, lock wait timed out.
            raise OutputError("E_OUTPUT", _safe_url(self.url), str(exc.orig)) from exc

    def read(self, doc_id: str) -> dict[str, Any] | None:
        """The stored record of ``doc_id`` in the JSONL shape (``None`` when absent).

        ``clean_text`` and ``entities`` appear only when they were stored, as in the JSONL.
        """
        with self.engine.connect() as conn:
            art = conn.execute(sa.select(articles).where(articles.c.doc_id == doc_id)).one_or_none()
            if art is None:
                return None
            aid = art.id

            def rows(table: sa.Table) -> list[Any]:
                return list(
                    conn.execute(sa.select(table).where(table.c.article_id == aid).order_by(table.c.position))
                )

            speaker_rows = rows(speakers)
            evidence_by_speaker: dict[int, list[dict[str, Any]]] = {r.id: [] for r in speaker_rows}
            if speaker_rows:
                stmt = (
                    sa.select(speaker_evidence)
                    .where(speaker_evidence.c.speaker_id.in_([r.id for r in speaker_rows]))
                    .order_by(speaker_evidence.c.speaker_id, speaker_evidence.c.position)
                )
                for ev in conn.execute(stmt):
                    evidence_by_speaker[ev.speaker_id].append(_row_evidence(ev))
            record = {
                "schema_version": art.schema_version,
                "pipeline_version": art.pipeline_version,
                "doc_id": art.doc_id,
                "source": art.source,
                "url": art.url,
                "encoding": art.encoding,
                "language": art.language,
                "title": art.title,
                "published": art.published,
                "outlet": art.outlet,
                "reporters": art.reporters,
                "editors": art.editors,
                "authors": art.authors,
                "meetings": [
                    {
                        "name": m.name,
                        "date": m.date,
                        "date_text": m.date_text,
                        "time_of_day": m.time_of_day,
                        "location": m.location,
                        "organizer": m.organizer,
                        "host": None if m.host_name is None else {"name": m.host_name, "title": m.host_title},
                        "attendee_count": m.attendee_count,
                        "attendee_approx": m.attendee_approx,
                        "evidence": _row_evidence(m),
                    }
                    for m in rows(meetings)
                ],
                "speakers": [
                    {
                        "name": s.name,
                        "title": s.title,
                        "organization": s.organization,
                        "roles": s.roles,
                        "evidence": evidence_by_speaker[s.id],
                    }
                    for s in speaker_rows
                ],
                "awards": [
                    {
                        "honor": a.honor,
                        "count": a.count,
                        "unit": a.unit,
                        "recipient_kind": a.recipient_kind,
                        "recipients": a.recipients,
                        "evidence": _row_evidence(a),
                    }
                    for a in rows(awards)
                ],
                "funding": [
                    {
                        "amount": f.amount,
                        "amount_high": f.amount_high,
                        "currency": f.currency,
                        "approximate": f.approximate,
                        "text": f.amount_text,
                        "purpose": f.purpose,
                        "evidence": _row_evidence(f),
                    }
                    for f in rows(funding)
                ],
                "quality": {"warnings": art.warnings, "removed": art.removed},
                "processed_at": art.processed_at,
            }
        if art.clean_text is not None:
            record["clean_text"] = art.clean_text
        if art.entities is not None:
            record["entities"] = art.entities
        return record

    def close(self) -> None:
        """Release the connections."""
        self.engine.dispose()

    def __enter__(self) -> DatabaseSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- the ``load`` command ------------------------------------------------------------


def iter_jsonl_records(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str]]:
    """``(line_number, record, problem)`` for each non-blank line of ``path`` (1-based).

    ``record`` is ``None`` and ``problem`` says why when the line is not a JSON object;
    a last line without its newline (cut by a crash) is reported as incomplete.
    """
    with path.open("r", encoding="utf-8", errors="replace", newline="\n") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            if not line.endswith("\n"):
                yield number, None, "incomplete last line (no newline)"
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, None, f"not JSON: {exc.msg} at column {exc.colno}"
                continue
            if not isinstance(obj, dict):
                yield number, None, f"not a JSON object but {type(obj).__name__}"
                continue
            yield number, obj, ""


def load_files(paths: list[Path], sink: DatabaseSink, *, report: Callable[[str], None]) -> dict[str, int]:
    """Write every valid record of the JSONL ``paths`` to ``sink``; ``report`` each bad line.

    Returns counts: ``lines`` (non-blank), ``loaded``, ``bad``.
    """
    counts = {"lines": 0, "loaded": 0, "bad": 0}
    for path in paths:
        for number, obj, problem in iter_jsonl_records(path):
            counts["lines"] += 1
            if obj is not None:
                try:
                    sink.write(obj)
                except InvalidRecordError as exc:
                    problem = str(exc)
                else:
                    counts["loaded"] += 1
                    continue
            counts["bad"] += 1
            report(f"{path}:{number}: skipped: {problem}")
    return counts


def load_main(argv: list[str]) -> int:
    """``load FILE.jsonl... [--db URL]``: load JSONL records into a database.

    Exit status 0 (bad lines are reported on stderr and counted), 2 when a file cannot
    be read.
    """
    parser = argparse.ArgumentParser(
        prog="run_pipeline.py load", description="load record JSONL files into a database (idempotent)"
    )
    parser.add_argument("files", nargs="+", help="JSONL files written by the run command")
    parser.add_argument("--db", help="SQLAlchemy URL (default: SQLite records.db beside the first file)")
    parser.add_argument("--quiet", action="store_true", help="do not print the summary")
    args = parser.parse_args(argv)
    paths = [Path(f) for f in args.files]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        print(f"load: cannot read {', '.join(missing)}", file=sys.stderr)
        return 2
    url = args.db or sqlite_url(paths[0].with_name("records.db"))
    with DatabaseSink(url) as sink:
        counts = load_files(paths, sink, report=lambda line: print(line, file=sys.stderr))
    if not args.quiet:
        print(json.dumps({"db": _safe_url(url), **counts}, ensure_ascii=False), file=sys.stderr)
    return 0
