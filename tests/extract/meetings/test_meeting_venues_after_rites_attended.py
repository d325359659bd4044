"""Meeting and speaker phrasings: a venue told in a sentence of its own after a
rite attended (典禮於…舉行 after 出席開幕禮), a party headquarters as the venue of a session chaired (在中央黨部主持中常會),
a ceremony held at an opening read from a fair (開幕式上舉行了…簽約儀式), attendance with 約有…參與, a meeting planned for
next year (计划明年召开), a hospital before the name of its ceremony and a new area before a year (organizer prefixes),
等 after the last of listed names (甲、乙等为…颁奖).
Invented sentences; the expected values follow corpus/GUIDELINES.md (§3, §4)."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers


def _venues(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("司長今日出席開幕禮並致辭。典禮於會展中心舉行。", [("开幕礼", "会展中心")]),
        ("司长今日出席开幕礼。典礼在会展中心举行。", [("开幕礼", "会展中心")]),
        ("行政長官今日出席頒獎典禮並致辭。典禮於澳門文化中心綜合劇院舉行，約400人出席。", [("颁奖典礼", "澳门文化中心综合剧院")]),
        ("市长今日出席颁奖典礼并致辞。典礼在大剧院举行。", [("颁奖典礼", "大剧院")]),
        # near misses: no venue told after the rite; a day told after 于 is no venue
        ("司長今日出席開幕禮並致辭。", [("开幕礼", None)]),
        ("司长出席开幕礼并致辞。典礼于今日上午举行。", [("开幕礼", None)]),
    ],
)
def test_a_venue_told_after_a_rite_attended(extract, body: str, expected: list) -> None:
    assert _venues(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("主席今日上午在中央黨部主持中常會。", [("中常会", "中央党部")]),
        ("黨主席今日在中央黨部主持中常會，並發表談話。", [("中常会", "中央党部")]),
        ("5月7日，县长李明在县政府主持座谈会。", [("座谈会", "县政府")]),
        # near miss: 会上 is no place
        ("5月7日，县长李明在会上主持座谈会。", [("会", None)]),
    ],
)
def test_a_venue_before_a_session_chaired(extract, body: str, expected: list) -> None:
    assert _venues(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("11月23日，交易会隆重开幕。开幕式上举行了集中签约仪式。",
         [("集中签约仪式", "2023-11-23"), ("开幕式", "2023-11-23")]),
        ("2023年11月23日，第二十屆澳門國際貿易投資展覽會開幕。開幕式上舉行了集中簽約儀式。",
         [("集中签约仪式", "2023-11-23"), ("开幕式", "2023-11-23")]),
        # (the forum opened on a stated day is a forum held, named by its noun alone, GUIDELINES §3; test_meeting_lectures_referred_back_and_bare_forums)
        ("11月23日，论坛开幕。开幕式上举行了项目签约仪式。", [("论坛", "2023-11-23"), ("项目签约仪式", "2023-11-23")]),
        # near misses: a ceremony told with no opening before it, and one after an undated opening
        ("开幕式上举行了集中签约仪式。", [("集中签约仪式", None)]),
        ("近日，交易会隆重开幕。开幕式上举行了集中签约仪式。", [("集中签约仪式", None), ("开幕式", None)]),
    ],
)
def test_a_ceremony_held_at_an_opening(extract, body: str, expected: list) -> None:
    assert [(m["name"], m["date"]) for m in extract(page(body, "2023-11-24"))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("該會今日舉行茶話會，約有300名市民參與。", (300, True)),
        ("社区昨日举办座谈会，约有80名居民参与。", (80, True)),
        ("社区昨日举办座谈会，近百名群众参与其中。", (100, True)),
        ("社区昨日举办读书分享会，约200名居民参与。", (200, True)),
        # near miss: people of a project told after the meeting
        ("社区昨日举办座谈会。该项目去年约有200名志愿者参与。", (None, False)),
    ],
)
def test_attendance_with_canyu(extract, body: str, expected: tuple) -> None:
    (meeting,) = extract(page(body))["meetings"]
    assert (meeting["attendee_count"], meeting["attendee_approx"]) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("该镇计划明年召开第三届乡贤大会。", []),
        ("东山镇计划明年召开第二届乡贤大会，进一步凝聚乡贤力量。", []),
        ("協會計劃明年舉辦第五屆會員大會。", []),
        ("学校计划下月举办校友论坛。", []),
        ("县里明年举办第二届农民丰收节座谈会。", []),
        # near misses: the meeting held where the plan is told; a meeting about next year's work
        ("5月6日，东山镇召开第二届乡贤大会。会上，镇党委书记表示，计划明年召开第三届乡贤大会。",
         [("第二届乡贤大会", "2024-05-06", "东山镇")]),
        ("5月6日，东山镇召开明年工作谋划会。", [("明年工作谋划会", "2024-05-06", "东山镇")]),
    ],
)
def test_a_meeting_planned_for_next_year(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，某县人民医院义诊活动启动仪式在医院广场举行。", [("义诊活动启动仪式", "2024-05-06", "某县人民医院")]),
        ("5月6日，省人民医院援疆医疗队出征仪式在门诊大楼前广场举行。", [("援疆医疗队出征仪式", "2024-05-06", "省人民医院")]),
        ("5月6日，市中医院“健康进万家”志愿服务启动仪式在医院门诊楼前举行。",
         [("“健康进万家”志愿服务启动仪式", "2024-05-06", "市中医院")]),
        ("5月6日，滨海新区2024年招商引资项目签约大会召开。", [("2024年招商引资项目签约大会", "2024-05-06", "滨海新区")]),
        ("5月6日，浦东新区2024年重点项目集中签约仪式在区行政中心举行。", [("2024年重点项目集中签约仪式", "2024-05-06", "浦东新区")]),
        # near misses: the thing a ceremony lays the stone of, two parties, a generic hospital, a body that is no
        # hospital (tests/extract/meetings/test_meeting_borrowed_venues_and_bare_names.py), a region before a year
        ("5月6日，县中医院新住院大楼奠基仪式在医院东侧举行。", [("县中医院新住院大楼奠基仪式", "2024-05-06", None)]),
        ("5月6日，市第一人民医院与市妇幼保健院医联体签约仪式在市第一人民医院举行。",
         [("市第一人民医院与市妇幼保健院医联体签约仪式", "2024-05-06", None)]),
        ("5月6日，医院义诊活动启动仪式在医院广场举行。", [("医院义诊活动启动仪式", "2024-05-06", None)]),
        # (a place's people's body: its organizer, GUIDELINES §3 eighth round; changed in fxaa, earlier kept whole)
        ("5月6日，平安县妇联三八节表彰大会在市会议中心举行。", [("三八节表彰大会", "2024-05-06", "平安县妇联")]),
        ("5月6日，粤港澳大湾区2024年创新论坛在深圳举行。", [("粤港澳大湾区2024年创新论坛", "2024-05-06", None)]),
    ],
)
def test_an_organizer_before_a_ceremony_or_a_year(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，全市表彰大会召开。市领导刘洋、房晓等为获奖者颁奖。", {"刘洋": (None, ("颁奖",)), "房晓": (None, ("颁奖",))}),
        ("5月6日，全市表彰大会召开。会上，市领导刘洋、房晓等为受表彰的先进个人颁奖。",
         {"刘洋": (None, ("颁奖",)), "房晓": (None, ("颁奖",))}),
        ("5月6日，全市表彰大会召开。市委副书记刘洋、副市长房晓等为获奖个人和集体颁奖。",
         {"刘洋": ("市委副书记", ("颁奖",)), "房晓": ("副市长", ("颁奖",))}),
        # near miss: a list closed by 等 before a count of people
        ("5月6日，全市表彰大会召开。市领导刘洋、陈静等为获奖者颁奖。", {"刘洋": (None, ("颁奖",)), "陈静": (None, ("颁奖",))}),
    ],
)
def test_deng_after_the_last_listed_name(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected
