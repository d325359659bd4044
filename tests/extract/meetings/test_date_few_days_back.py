"""A few days back with no day told (`几天前`, `前几天`, `数日前`, `前不久`, `不久前`) is vague like `日前`: the meeting's date is
null and the phrase is its date_text; the day of the dateline the item is filed under is not the meeting's (GUIDELINES §3
date: relative dates resolved, vague ones kept as written; thirty-first review round, 7 December 2026, first stop).
A day a few days before an event (`会前几天`) is no such phrase. Invented sentences.
"""

from __future__ import annotations

import pytest

from pipeline.config import load_config
from pipeline.ingest import RawInput, to_document
from pipeline.nlp import Pipeline
from pipeline.records import to_record


@pytest.fixture(scope="module")
def undated_records():
    """Records of a page with no publication date (as the People's Daily articles come), its item under a dateline."""
    nlp = Pipeline(load_config())
    return lambda text: to_record(nlp(to_document(RawInput("g", text.encode("utf-8"), False, {}))))


LEAD = "本报江城1月1日讯 记者王某报道："


@pytest.mark.parametrize(
    ("body", "date_text"),
    [
        ("几天前，江城市政府专门召开会议，对元旦和春节期间的工作进行部署。", "几天前"),
        ("前几天，江城市政府专门召开会议，对节日工作进行部署。", "前几天"),
        ("江城市政府几天前召开专题会议，部署节日工作。", "几天前"),
        ("前不久，江城市政府召开专题会议，部署节日工作。", "前不久"),
        ("数日前，江城市政府召开专题会议，部署节日工作。", "数日前"),
        ("江城市政府不久前召开专题会议，部署节日工作。", "不久前"),
        # Traditional script
        ("幾天前，江城市政府召開專題會議，部署節日工作。", "几天前"),
    ],
)
def test_few_days_back_is_vague(undated_records, body: str, date_text: str) -> None:
    meetings = undated_records(LEAD + body)["meetings"]
    assert [(m["date"], m["date_text"], m["organizer"]) for m in meetings] == [(None, date_text, "江城市政府")]


def test_today_under_dateline_kept(undated_records) -> None:
    meetings = undated_records(LEAD + "会前几天，代表们进行了调研。今天，江城市政府召开专题会议。")["meetings"]
    assert [m["date_text"] for m in meetings] == ["今天"]


def test_attribute_of_another_act_dates_nothing(undated_records) -> None:
    # 不久前 tells when the minister resigned (an attribute before 的), not when the congress met: the dateline's day
    text = "新华社江城1月22日电 不久前辞职的前外长王某22日宣布，他将参加竞选。王某是在他领导的党召开的党代会上宣布上述决定的。"
    assert [m["date_text"] for m in undated_records(text)["meetings"]] == ["22日"]


def test_held_attribute_keeps_vague_time(undated_records) -> None:
    meetings = undated_records(LEAD + "在几天前召开的全市工作会议上，市长要求做好节日工作。")["meetings"]
    assert [m["date_text"] for m in meetings] == ["几天前"]
