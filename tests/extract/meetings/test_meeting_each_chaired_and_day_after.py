"""Phrasings of meetings and dates: two meetings held together, each
chaired by its own person in one sentence (甲主持组织生活会，乙主持民主评议党员会议); a meeting held
`会后第二天` (the day after the one just told); an English update stamp on the line that also says
when the page was posted (Last updated: … Posted: …).  Invented sentences; the expected values
follow corpus/GUIDELINES.md (§2 published, §3 date and host)."""

from __future__ import annotations

import pytest

from tests.extract.views import dated, page

_TWO = "1月9日，石桥村党支部召开2024年度组织生活会和民主评议党员会议。"


def _hosts(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["host"]["name"] if m["host"] else None) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # each meeting's host is who 主持 that meeting, in the same sentence (§3 host)
        (_TWO + "村党支部书记冉光明主持组织生活会，村委会主任周立新主持民主评议党员会议。",
         [("2024年度组织生活会", "冉光明"), ("民主评议党员会议", "周立新")]),
        (_TWO + "组织生活会由村党支部书记冉光明主持，民主评议党员会议由村委会主任周立新主持。",
         [("2024年度组织生活会", "冉光明"), ("民主评议党员会议", "周立新")]),
        ("1月9日，县委召开常委会会议和党建工作领导小组会议。常委会会议由县委书记王明主持，领导小组会议由县委副书记李强主持。",
         [("常委会会议", "王明"), ("党建工作领导小组会议", "李强")]),
        # negative: one chair of the sitting chairs both meetings listed by one verb
        (_TWO + "村党支部书记冉光明主持会议。",
         [("2024年度组织生活会", "冉光明"), ("民主评议党员会议", "冉光明")]),
        # negative: one meeting in two stages, the first host written is its host
        ("1月9日，县委召开理论学习中心组学习会。会议分两个阶段，第一阶段由县委书记王明主持，第二阶段由县长李强主持。",
         [("理论学习中心组学习会", "王明")]),
    ],
)
def test_each_meeting_chaired_in_one_sentence(extract, body: str, expected: list) -> None:
    assert _hosts(extract(page(body, "2024-01-10"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the day after the meeting just told (§3 relative days), kept as written
        ("5月6日，县文联召开文艺工作者座谈会。会后第二天，县文联又召开了主席团会议。",
         [("2024-05-06", "5月6日", None), ("2024-05-07", "会后第二天", None)]),
        ("5月6日，县文联召开文艺工作者座谈会。会后次日上午，县文联又召开了主席团会议。",
         [("2024-05-06", "5月6日", None), ("2024-05-07", "会后次日", "上午")]),
        # negative: 第二天 alone was read already; 会后 alone is the same day's (no day written)
        ("5月6日，县文联召开文艺工作者座谈会。第二天，县文联又召开了主席团会议。",
         [("2024-05-06", "5月6日", None), ("2024-05-07", "第二天", None)]),
        ("5月6日，县文联召开文艺工作者座谈会。会后，县文联又召开了主席团会议。",
         [("2024-05-06", "5月6日", None), ("2024-05-06", None, None)]),
    ],
)
def test_the_day_after_the_meeting(extract, body: str, expected: list) -> None:
    record = extract(page(body))
    assert [(m["date"], m["date_text"], m["time_of_day"]) for m in record["meetings"]] == expected


_BODY = "5月7日下午，县委召开理论学习中心组学习会。县委书记王明主持会议。\n"


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        # an update stamp is no publication date when the line says when the page was posted (§2)
        ("Last updated: 2024-05-10  Posted: May 8, 2024", "2024-05-08"),
        ("Posted: May 8, 2024  Last updated: 2024-05-10", "2024-05-08"),
        ("Updated: 2024-05-10 | Published: 2024-05-08", "2024-05-08"),
        ("更新时间：2024-05-10 发布时间：2024-05-08", "2024-05-08"),
        # negative: a stamp of one kind alone is the page's date
        ("Last updated: 2024-05-10", "2024-05-10"),
        ("Posted: May 8, 2024", "2024-05-08"),
    ],
)
def test_an_update_stamp_beside_the_posted_one(extract, stamp: str, published: str) -> None:
    record = extract(f"标题\n{stamp}\n{_BODY}")
    assert record["published"] == published
    assert dated(record) == [("理论学习中心组学习会", "2024-05-07")]


_SITE = "6月13日，全区农村人居环境整治现场推进会在柏林镇召开。与会人员先后实地观摩了三河村的整治成效。"


@pytest.mark.parametrize(
    ("body", "location"),
    [
        # an on-site meeting's sitting after the visit, at a fuller venue within the place first named (§3 location)
        (_SITE + "随后，在柏林镇政府会议室召开推进会。会议由副区长徐强主持。", "柏林镇政府会议室"),
        # negative: a sitting elsewhere does not replace the place the meeting's own sentence names
        (_SITE + "随后，在区委党校召开推进会。会议由副区长徐强主持。", "柏林镇"),
        # negative: no on-site meeting, the first venue written stays
        ("6月13日，全区农村人居环境整治推进会在柏林镇召开。会议在柏林镇政府会议室召开。", "柏林镇"),
    ],
)
def test_an_on_site_sitting_at_a_fuller_venue(extract, body: str, location: str) -> None:
    assert [m["location"] for m in extract(page(body, "2024-06-14"))["meetings"]] == [location]
