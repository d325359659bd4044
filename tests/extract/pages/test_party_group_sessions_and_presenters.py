"""Phrasings of press conferences, congress standing-committee sessions and CPPCC meetings: a party group's session told after a numbered session of the same body (会后，…主持召开…党组会议),
a commendation with only a year before its count (对2024年度20名优秀政协委员进行了表彰), a visiting group's
bare kind as the subject of a meeting (视察组召开座谈会), and a press conference's presenter who 作主发布 or
发布有关情况.  Invented sentences; the expected values follow corpus/GUIDELINES.md (§3 several events and
organizer, §4 讲话, §5)."""

from __future__ import annotations

import pytest

from tests.extract.views import held, honours, page, speakers


def hosts(record: dict) -> list[tuple[str, str | None]]:
    """(name, host's name) of each meeting, in order."""
    return [(m["name"], (m["host"] or {}).get("name")) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a party group's session after the body's numbered session: two meetings, the chair the second one's
        ("12月19日，县人大常委会召开第二十一次会议。会议表决通过了相关人事任免事项。会后，县人大常委会主任韩伟主持召开县人大常委会党组会议。",
         [("县人大常委会第二十一次会议", None), ("县人大常委会党组会议", "韩伟")]),
        ("3月4日，区政府召开第45次常务会议。会后，区长李某主持召开区政府党组扩大会议。",
         [("第45次常务会议", None), ("区政府党组扩大会议", "李某")]),
        ("12月19日，县人大常委会召开第二十一次会议。会后，县人大常委会召开主任会议。",
         [("县人大常委会第二十一次会议", None), ("主任会议", None)]),
        # NEGATIVE: the same session named again, with and without the body, stays one meeting
        ("3月4日，区长李某主持召开区政府常务会议。会议指出，要抓好春耕生产。区政府常务会议还研究了其他事项。",
         [("区政府常务会议", "李某")]),
        ("3月4日，市委召开党委会议。会议由市委书记王某主持。党委会研究了有关事项。",
         [("党委会议", "王某")]),
    ],
)
def test_a_party_group_session_after_the_body_session(extract, body: str, expected: list) -> None:
    assert hosts(extract(page(body, "2024-12-20"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("11月5日，市政协召开座谈会。会上还对2024年度20名优秀政协委员进行了表彰。",
         [("优秀政协委员", 20, "名", "person")]),
        ("11月5日，市政协召开座谈会。会上对2023年度20名优秀委员、10件优秀提案进行了表彰。",
         [("优秀委员", 20, "名", "person"), ("优秀提案", 10, "件", None)]),
        # NEGATIVE: a list only reviewed, or holders with no honour, give none
        ("11月5日，市政协召开主席会议，审议了2023年度10名优秀委员的名单。", []),
        ("11月5日，市政协召开座谈会。会上对2023年度20名委员进行了表彰。", []),
    ],
)
def test_a_year_before_the_count_of_an_unquoted_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body, "2024-11-06"))) == expected


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("8月29日，市人大常委会副主任胡某带队开展专题视察。随后，视察组召开座谈会，听取市教育局工作汇报。", None),
        ("8月29日，调研组召开座谈会，听取意见建议。", None),
        # NEGATIVE: a group named with its body stays the organizer
        ("8月29日，省人大常委会执法检查组召开座谈会。", "省人大常委会执法检查组"),
        ("8月29日，市委第二督导组召开督导工作动员会。", "市委第二督导组"),
    ],
)
def test_a_visiting_groups_bare_kind_is_no_organizer(extract, body: str, organizer: str | None) -> None:
    assert [m[2] for m in held(extract(page(body, "2024-08-30")))] == [organizer]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月28日，省政府新闻办举行新闻发布会，省教育厅副厅长张某发布有关情况。发布会由省政府新闻办副主任刘某主持。",
         {"张某": ("省教育厅副厅长", ("讲话",)), "刘某": ("省政府新闻办副主任", ("主持",))}),
        ("5月10日，市政府新闻办召开新闻发布会。市人社局局长黄某作主发布。",
         {"黄某": ("市人社局局长", ("讲话",))}),
        # NEGATIVE: a body releasing figures is no speaker
        ("3月28日，市统计局局长王某发布了一季度经济数据。", {}),
        # answering questions at the event is 讲话 (GUIDELINES §4 fourteenth review round, written after this row first
        # read it as no role; hunt h80)
        ("3月28日，省政府新闻办举行新闻发布会，省财政厅处长李某回答记者提问。", {"李某": ("省财政厅处长", ("讲话",))}),
    ],
)
def test_a_press_conference_presenter(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body, "2024-03-28"))) == expected
