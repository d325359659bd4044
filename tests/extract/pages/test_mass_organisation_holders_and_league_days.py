"""Mass organisations (women's federations, the Youth League, trade unions, science associations):
the holders' word after an honour (“全国五一劳动奖章”获得者48名) is no verb of receiving it, so a place's stock of
holders stays a holding, no award, and so does a bare honour and count in the clause after it; a standing body's
session named by its term and sitting (市总工会十五届五次全委（扩大）会议) keeps the body in its name and the body holds
it; the Youth League's 主题团日活动 is a meeting head like 主题党日活动 and its 专题团课 a lecture like a party lecture;
a later 由…主办 agent holds a meeting whose organizer was only a place (江州市…年会在…举行。年会由市科协主办).
Invented sentences; the expected values follow corpus/GUIDELINES.md (§3 name and organizer, §5 tallies)."""

from __future__ import annotations

import pytest

from tests.extract.views import held, honours, page


@pytest.mark.parametrize(
    "body",
    [
        "截至目前，全市已有“全国五一劳动奖章”获得者48名。",
        "目前，全县共有省级“三八红旗手”获得者26名。",
        "近年来，全区已有“中国青年五四奖章”获奖者5名。",
        # a bare honour and count after a held count carry its holding on
        "目前，全县共有省级“三八红旗手”获得者26名，“巾帼建功标兵”获得者40名。",
        "目前，全市已有省级美丽乡村示范村32个，国家级美丽乡村示范村5个。",
    ],
)
def test_holders_counted_are_no_award(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: holders' word after an honour conferred at the event still counts (GUIDELINES §5)
        ("5月4日，团市委召开表彰大会，表彰了30名“优秀共青团员”获得者。", [("优秀共青团员", 30)]),
        ("会上，为48名“五一劳动奖章”获得者颁发了证书。", [("五一劳动奖章", 48)]),
        # NEGATIVE: a holding verb with a verb of receiving after it is a conferral this year
        ("今年，全市共有18人获评“三八红旗手”，会上对他们进行了表彰。", [("三八红旗手", 18)]),
        # NEGATIVE: a clause after a holding that confers, or is this year's, or follows a conferral keeps its count
        ("目前，全市已有省级文明村32个，今年新评选市级文明村5个。", [("市级文明村", 5)]),
        ("大会表彰了“三八红旗手”20名，“巾帼建功标兵”15名。", [("三八红旗手", 20), ("巾帼建功标兵", 15)]),
        ("全市共有团员3.2万名，大会表彰了“优秀共青团员”50名。", [("优秀共青团员", 50)]),
        ("今年共有金奖义工256名，银奖义工300名。", [("金奖义工", 256), ("银奖义工", 300)]),
    ],
)
def test_conferred_holders_still_count(extract, body: str, expected: list) -> None:
    assert [h[:2] for h in honours(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "name", "organizer"),
    [
        ("1月9日，市总工会十五届五次全委（扩大）会议召开。", "市总工会十五届五次全委（扩大）会议", "市总工会"),
        ("1月9日，市总工会十五届五次全委会议在市工人文化宫召开。", "市总工会十五届五次全委会议", "市总工会"),
        ("1月9日，江城市妇女联合会十三届四次执委会议召开。", "江城市妇女联合会十三届四次执委会议", "江城市妇女联合会"),
        # (GUIDELINES §3 eleventh review round: "its own numbered congress or session keeps the body in the name and is organized by it")
        ("6月9日，临江县老区建设促进会第四次会员代表大会在县委党校召开。", "临江县老区建设促进会第四次会员代表大会",
         "临江县老区建设促进会"),
        # NEGATIVE: a company's congress session and a political consultative body's keep their names as before
        ("3月1日，某公司第八届职工代表大会第四次会议召开。", "某公司第八届职工代表大会第四次会议", None),
        # (the lead's ruling, fxn: the body written in the session's name is its organizer)
        ("1月9日，市政协十三届三次会议召开。", "市政协十三届三次会议", "市政协"),
    ],
)
def test_term_session_keeps_its_body(extract, body: str, name: str, organizer: str | None) -> None:
    assert held(extract(page(body)))[0][0::2] == (name, organizer)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月20日，市一中团委开展“五四”主题团日活动。", [("“五四”主题团日活动", "2024-05-20", "市一中团委")]),
        ("5月20日，团市委机关团支部开展主题团日活动，团市委副书记潘婷为全体团员讲授专题团课。",
         [("主题团日活动", "2024-05-20", "团市委机关团支部")]),
        ("5月20日，团县委书记张明为新团员讲授专题团课。", [("专题团课", "2024-05-20", None)]),
        # NEGATIVE: a tally of events and a habit asked for are no event held
        ("今年以来，全市各级团组织已开展主题团日活动1500余场。", []),
        ("会议要求各级团干部定期为团员讲团课。", []),
        ("5月20日，县民政局开展主题宣传活动。", []),
    ],
)
def test_youth_league_day_and_lecture(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("5月30日，江州市第二十届学术年会在江州大学学术报告厅隆重举行。年会由市科协、江州大学共同主办。", "市科协、江州大学"),
        ("5月30日，临江县召开2024年科普工作会议。会议由县科协主办。", "县科协"),
        # NEGATIVE: with no later agent of 主办 the place read off the name or the subject stays
        ("5月30日，江州市第二十届学术年会在江州大学学术报告厅举行。", "江州市"),
        ("5月30日，临江县召开2024年科普工作会议。", "临江县"),
        # NEGATIVE: a body's own organizer is not replaced by a later agent
        ("5月30日，县科协召开2024年科普工作会议。会议由县科协主办。", "县科协"),
    ],
)
def test_later_host_over_a_place(extract, body: str, organizer: str) -> None:
    assert held(extract(page(body)))[0][2] == organizer
