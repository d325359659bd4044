"""Article records for the audit tests, built from the :mod:`pipeline.records` models.

Evidence offsets are computed from the clean text, so ``clean_text[clean_start:clean_end]``
equals the evidence text as in real output. One article carries HTML/script payloads to check
that review and show pages render article text as text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.records import ArticleRecord, Award, EntityOut, Evidence, Funding, Meeting, Person, Speaker

XSS_TEXT = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'

OUTLETS = ("巴彦淖尔日报", "四川日报", "驻马店网")
SPEAKERS = ("王世华", "刘智", "张丽", "陈明", "李强", "赵敏")
HONORS = ("优秀党务干部", "先进集体", "最强党支部", "优秀党组织书记")


def evidence(text: str, sentence: str) -> Evidence:
    """Evidence for ``sentence`` located in ``text`` (raw offsets equal clean ones here)."""
    start = text.index(sentence)
    return Evidence(text=sentence, clean_start=start, clean_end=start + len(sentence),
                    raw_start=start, raw_end=start + len(sentence))


def make_record(i: int, *, with_text: bool = True, xss: bool = False) -> dict[str, Any]:
    """Article ``i``: one meeting, two speakers, one or two awards, one funding item."""
    speaker_a, speaker_b = SPEAKERS[i % len(SPEAKERS)], SPEAKERS[(i + 1) % len(SPEAKERS)]
    honor = HONORS[i % len(HONORS)]
    s_meeting = f"1月{10 + i}日下午，第{i}届基层党建述职会议在开发区召开。"
    s_host = f"会议由开发区党工委副书记{speaker_a}主持。"
    s_speech = f"市委组织部科长{speaker_b}出席会议并讲话。"
    s_award = f"会议表彰了{i + 2}名“{honor}”。"
    s_funding = f"开发区下拨{i + 1}万元党建工作经费。"
    s_xss = f"有读者留言：{XSS_TEXT}。" if xss else ""
    text = "\n".join(s for s in (f"第{i}篇新闻标题", s_meeting, s_host, s_speech, s_xss, s_award, s_funding) if s)
    awards = [Award(honor=honor, count=i + 2, unit="名", recipient_kind="person", evidence=evidence(text, s_award))]
    if i % 2:
        awards.append(Award(honor="先进个人", count=1, unit="名", recipient_kind="person",
                            evidence=evidence(text, s_award)))
    speakers = [
        Speaker(name=speaker_a, title="开发区党工委副书记", roles=["主持"], evidence=[evidence(text, s_host)]),
        Speaker(name=speaker_b, title="市委组织部科长", roles=["讲话"], evidence=[evidence(text, s_speech)]),
    ]
    if xss:
        speakers.append(Speaker(name=XSS_TEXT, roles=["留言"], evidence=[evidence(text, s_xss)]))
    record = ArticleRecord(
        doc_id=f"{i:04d}" + "ab" * 30,
        source=f"corpus/raw/{i:03d}.txt",
        encoding="utf-8",
        title=f"第{i}篇新闻标题" if not xss else f"标题{XSS_TEXT}",
        published=f"2021-01-{10 + i:02d}",
        outlet=OUTLETS[i % len(OUTLETS)],
        meetings=[Meeting(name=f"第{i}届基层党建述职会议", date=f"2021-01-{10 + i:02d}", date_text=f"1月{10 + i}日",
                          time_of_day="下午", host=Person(name=speaker_a), evidence=evidence(text, s_meeting))],
        speakers=speakers,
        awards=awards,
        funding=[Funding(amount=(i + 1) * 10000.0, currency="CNY", text=f"{i + 1}万元", purpose="党建工作经费",
                         evidence=evidence(text, s_funding))],
        processed_at="2021-02-01T00:00:00+00:00",
        clean_text=text,
        entities=[EntityOut(type="PER", text=speaker_a, start=text.index(speaker_a),
                            end=text.index(speaker_a) + len(speaker_a), raw_start=0, raw_end=0, source="rule")],
    )
    data = record.model_dump(mode="json")
    if not with_text:
        data.pop("clean_text")
        data.pop("entities")
    return data


def write_records(path: Path, count: int = 12, *, with_text: bool = True, xss_index: int | None = None) -> Path:
    """A JSONL file of ``count`` records; article ``xss_index`` carries the script payloads."""
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            fh.write(json.dumps(make_record(i, with_text=with_text, xss=i == xss_index), ensure_ascii=False) + "\n")
    return path
