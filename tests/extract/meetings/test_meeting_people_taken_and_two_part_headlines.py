"""Meeting phrasings: the people a body took to its event counted as 名党员(干部), a lecture's
audience (为全村40多名党员讲了一堂党课), a two-part headline naming who held the meeting, and a fair's opening
told a sentence or two before its 开幕式.
Invented sentences; the expected values follow corpus/GUIDELINES.md (§3)."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _counts(record: dict) -> list[tuple[str, int | None, bool]]:
    return [(m["name"], m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the people a body took to hold its event, named after 名 (§3 attendee_count)
        ("5月6日，公司党委组织各党支部30余名党员，先后到县红色教育基地开展“党建+安全”主题党日活动。",
         [("“党建+安全”主题党日活动", 30, True)]),
        ("5月6日，县委组织20余名党员干部前往县档案馆开展主题党日活动。", [("主题党日活动", 20, True)]),
        ("5月6日，镇党委组织党员干部60余人前往烈士陵园开展主题党日活动。", [("主题党日活动", 60, True)]),
        # a lecture's audience
        ("5月6日，第一书记在村党群服务中心为全村40多名党员讲了一堂专题党课。", [("专题党课", 40, True)]),
        ("5月6日，镇党委书记王某为全镇200余名党员干部上了一堂专题党课。", [("专题党课", 200, True)]),
        # NEGATIVE: people visited or given something, not those attending
        ("5月6日，县委组织部慰问了30名困难党员，随后在县档案馆开展主题党日活动。", None),
        ("5月6日，镇党委书记在镇会议室为30名困难党员送去慰问金，并讲了一堂党课。", [("党课", None, False)]),
    ],
)
def test_the_people_taken_to_an_event_or_taught(extract, body: str, expected: list | None) -> None:
    got = _counts(extract(page(body)))
    if expected is None:
        assert all(count is None for _, count, _ in got)
    else:
        assert got == expected


@pytest.mark.parametrize(
    "body",
    [
        # a year's training tally is no attendance
        "全年培训党员3000人次。5月6日，县委书记为党员讲了一堂党课。",
        # a campaign's visits
        "今年以来，县委组织部共走访慰问了300名困难党员。",
    ],
)
def test_tallies_and_visits_give_no_count(extract, body: str) -> None:
    assert all(count is None for _, count, _ in _counts(extract(page(body))))


def titled(headline: str, body: str, published: str = "2024-11-20") -> str:
    return f"{headline}\n发布时间：{published}\n{body}\n"


@pytest.mark.parametrize(
    ("headline", "organizer"),
    [
        # a two-part headline whose first part names who held it (§3 organizer); the name stays as written
        ("县政府召开常务会议 研究部署秋冬季森林防火等工作", "县政府"),
        ("县政府召开常务会议", "县政府"),
        # NEGATIVE: a headline's chair is a person, no organizer (the session's body is, since the eighth review round)
        ("县长某某主持召开常务会议 研究部署秋冬季森林防火等工作", "县政府"),
    ],
)
def test_a_two_part_headline_names_the_organizer(extract, headline: str, organizer: str | None) -> None:
    body = "10月8日，县长林某主持召开县政府第四十一次常务会议，研究部署秋冬季森林防火等工作。"
    meeting = extract(titled(headline, body, "2024-10-09"))["meetings"][0]
    assert (meeting["name"], meeting["organizer"]) == ("县政府第四十一次常务会议", organizer)


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # the fair opened in the dateline's city, told two sentences before its 开幕式 (§3 location)
        ("中新网某城11月3日电 （记者 某某）第二十届农业博览会3日在某城开幕。本届农博会展期5天。\n"
         "开幕式上，共签约农业产业项目38个。副省长某某宣布开幕。\n", "某城"),
        ("标题\n2024-11-04 来源：某网\n第二十届农业博览会3日在国际会展中心开幕。本届农博会展期5天。\n"
         "开幕式上，共签约项目38个。\n", "国际会展中心"),
        # NEGATIVE: a bare place that is not the dateline's city stays unread
        ("中新网某城11月3日电 （记者 某某）第二十届农业博览会3日在西岭开幕。本届农博会展期5天。\n"
         "开幕式上，共签约农业产业项目38个。\n", None),
        # NEGATIVE: no opening told before: no place
        ("中新网某城11月3日电 （记者 某某）第二十届农业博览会3日开幕。本届农博会展期5天。\n"
         "开幕式上，共签约农业产业项目38个。\n", None),
    ],
)
def test_a_fairs_opening_told_before_its_ceremony(extract, text: str, location: str | None) -> None:
    meetings = extract(text)["meetings"]
    assert [m["name"] for m in meetings] == ["开幕式"]
    assert meetings[0]["location"] == location
