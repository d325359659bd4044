"""Meeting shapes of joint governments, another meeting's time, festival openings and lectures within: wrong firings W1, W3, W4 and code health C2-C5, C9.

- W1: a short 市政府/县政府 stands for the one …人民政府 of that level the page names (GUIDELINES §3 sixteenth round);
  two governments holding a meeting jointly (江城市人民政府与河州市人民政府) are no one body, so the short name stays
  as written. One government whose name holds 和 (江城市和平区人民政府) is still one body.
- W3: an event held 期间 of a meeting takes the meeting's day only when its sentence opens on that meeting's own noun
  (§3 sixteenth round: 峰会期间 after a 峰会, 会议期间, 大会期间); 研讨会期间 after a 峰会 is another meeting's stretch.
- W4: a bare 开幕式 is the festival's opening, held by the festival's holders (§3 sixteenth round), only when no other
  event is told held between the festival's opening and the ceremony; 5月 in 人大二次会议5月6日…开幕 is a date, no event.
- C2: a party lecture told inside a meeting by the meeting's own noun (表彰大会上) reads the noun with the patterns'
  _WITHIN_TOLD_LEAD, as 会上还… does; C5: an anaphor's lecture invitation (该院邀请…) keeps its body.
"""

from __future__ import annotations

import pytest

from pipeline.extract.meetings.contests import _opened_event
from tests.extract.views import dated, held, page

_STANDING = "5月7日，{short}召开常务会议，研究安全生产工作。"


@pytest.mark.parametrize(
    ("first", "short", "expected"),
    [
        # two governments joined: no one body the short name stands for
        ("5月6日，江城市人民政府与河州市人民政府召开合作座谈会。", "市政府", "市政府"),
        ("5月6日，江城市人民政府、河州市人民政府召开合作座谈会。", "市政府", "市政府"),
        ("5月6日，江城县人民政府和河州县人民政府召开合作座谈会。", "县政府", "县政府"),
        ("5月6日，江城市人民政府和河州市人民政府联合召开协作会议。", "市政府", "市政府"),
        # (NEGATIVE: one government named, 和 inside its name too: the short name stands for it)
        ("5月6日，江城市人民政府召开合作座谈会。", "市政府", "江城市人民政府"),
        ("5月6日，江城市和平区人民政府召开座谈会。", "区政府", "江城市和平区人民政府"),
        # (NEGATIVE: another level's government, or a government's office: the short name stays)
        ("5月6日，江城县人民政府召开座谈会。", "市政府", "市政府"),
        ("5月6日，江城市人民政府办公室召开座谈会。", "市政府", "市政府"),
    ],
)
def test_joint_governments_are_no_fuller_name(extract, first: str, short: str, expected: str) -> None:
    meetings = held(extract(page(first + _STANDING.format(short=short))))
    assert meetings[-1] == ("常务会议", "2024-05-07", expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # another meeting's noun before 期间: no day from the main meeting
        ("5月6日，2024江城数字经济峰会在江城举行。研讨会期间，举行了重点项目签约仪式。", None),
        ("5月6日，2024江城数字经济峰会在江城举行。年会期间还举行了重点项目签约仪式。", None),
        ("5月6日，第五届江城汽车论坛在江城举行。座谈会期间，举行了重点项目签约仪式。", None),
        ("5月6日，2024江城数字经济论坛在江城举行。座谈会期间，举行了重点项目签约仪式。", None),
        # (NEGATIVE: the main meeting's own noun, or a generic one: its one stated day)
        ("5月6日，2024江城数字经济峰会在江城举行。峰会期间举行了重点项目签约仪式。", "2024-05-06"),
        ("5月6日，2024江城数字经济峰会在江城举行。峰会期间，举行了重点项目签约仪式。", "2024-05-06"),
        ("5月6日，第五届江城汽车论坛在江城举行。论坛期间，举行了重点项目签约仪式。", "2024-05-06"),
        ("5月6日，中国汽车工业年会在江城举行。年会期间，举行了重点项目签约仪式。", "2024-05-06"),
        ("5月6日，第三届江城数字经济研讨会在江城举行。研讨会期间，举行了重点项目签约仪式。", "2024-05-06"),
        ("5月6日，江城市工作会议在江城举行。会议期间，举行了重点项目签约仪式。", "2024-05-06"),
        ("5月6日，第七届“江城人文论坛”在江城举行。论坛期间，举行了重点项目签约仪式。", "2024-05-06"),
        ("5月6日，第七届“江城人文论坛”在江城举行。峰会期间，举行了重点项目签约仪式。", None),
        # (NEGATIVE: a meeting of several days: some day of it, not stated)
        ("5月6日至8日，2024江城数字经济峰会在江城举行。峰会期间，举行了重点项目签约仪式。", None),
    ],
)
def test_during_another_meeting(extract, body: str, expected: str | None) -> None:
    assert dated(extract(page(body)))[-1] == ("重点项目签约仪式", expected)


_FESTIVAL = "第三届江城电商节昨日在会展中心开幕。本届电商节由市商务局主办，吸引了200家企业参展。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # another event told held between the festival and the bare 开幕式: not the festival's holder
        (_FESTIVAL + "\n另讯，5月6日，江城中学第十届田径运动会在学校操场举行。开幕式上，校长王刚致辞。", None),
        (_FESTIVAL + "5月6日，江城中学第十届田径运动会在学校操场举行。开幕式上，校长王刚致辞。", None),
        (_FESTIVAL + "5月6日，江城市青少年足球赛在体育中心开赛。开幕式上，市长王刚致辞。", None),
        # (NEGATIVE: the festival the last event told, in the next paragraph too: its holder)
        (_FESTIVAL + "开幕式上，市长王刚致辞。", "市商务局"),
        ("第三届江城电商节昨日在会展中心开幕。本届电商节由市商务局主办。\n开幕式上，市长王刚致辞。", "市商务局"),
        ("江城旅游宣传月昨日开幕。本届宣传月由市文旅局主办。开幕式上，市长王刚致辞。", "市文旅局"),
        # (NEGATIVE: two festivals told: none)
        ("第三届江城电商节昨日开幕。第二届江城茶博会今日开幕。本届电商节由市商务局主办。开幕式上，市长王刚致辞。", None),
    ],
)
def test_festival_opening_is_the_last_event_told(extract, body: str, expected: str | None) -> None:
    ceremonies = [m for m in extract(page(body))["meetings"] if m["name"] == "开幕式"]
    assert [m["organizer"] for m in ceremonies] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第三届江城电商节昨日开幕。开幕式上，", "江城电商节"),
        ("江城旅游宣传月昨日开幕。开幕式上，", "江城旅游宣传月"),
        ("江城国际茶博会今日隆重开幕。开幕式上，", "江城国际茶博会"),
        # (a month's date before 开幕 is no event: 人大二次会议5月…)
        ("江城市第十届人大二次会议5月6日在市会堂开幕。开幕式上，", None),
        ("江城市第十届人大二次会议10月6日开幕。开幕式上，", None),
        ("第3周开幕。开幕式上，", None),
    ],
)
def test_event_opened_before_ceremony(text: str, expected: str | None) -> None:
    meeting = {"name": "开幕式", "evidence": {"clean_start": text.index("开幕式上")}}
    assert _opened_event(text, meeting) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a lesson told inside the meeting by its own noun, or by 会上: a lecture on the meeting's day
        ("5月6日，市委召开表彰大会。表彰大会上，市委书记王刚为全体党员讲授专题党课。", ("专题党课", "2024-05-06", None)),
        ("5月6日，市委召开表彰大会。大会上，市委书记王刚为全体党员讲授专题党课。", ("专题党课", "2024-05-06", None)),
        ("5月6日，市委召开表彰大会。表彰大会上还为全体党员讲授专题党课。", ("专题党课", "2024-05-06", None)),
        ("5月6日，市委召开表彰大会。会上还为全体党员讲授专题党课。", ("专题党课", "2024-05-06", None)),
        # an anaphor's invitation: the body named in the sentence before
        ("江城大学物理学院成立于1958年。5月6日，该院邀请北京大学李明教授作学术报告。",
         ("学术报告", "2024-05-06", "江城大学物理学院")),
    ],
)
def test_lecture_within_meeting_told(extract, body: str, expected: tuple) -> None:
    assert held(extract(page(body)))[-1] == expected
