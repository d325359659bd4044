"""Meeting shapes of bodies enumerated before their ceremony, meetings listed, company meetings and ceremonies at the scene. Invented sentences; expected values follow corpus/GUIDELINES.md §3.

- G1: an active verb's name cut at 、 after a body (举行第八届理事会、监事会就职典礼) takes the other bodies and their one
  ceremony or joint sitting: one name (§3 name "as written"); two meetings listed stay two (§3 fourth round);
- G2: a company's two-character short name before any trade word (永泰家居, 江城电子, 江城食品) holds a passive yearly
  meeting named after it (§3 eighth round: a body before the event's own name is its holder); a sector's name
  (消费电子, 智能家居) stays in the name;
- G3: 现场 / 活动现场 opening the account of a ceremony after a meeting is the scene of that meeting (like 会上, §3
  fourth round: dated like the meeting), no organizer;
- G5: an event kept up over years (多年来坚持举办, 常年举办, 长期举办) is a habit, no meeting (§3 habitual ones);
- G6: a later sentence naming the meeting by its noun with 假/假座 before the venue gives the venue, as 在 does.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def _first(record: dict) -> dict:
    return record["meetings"][0]


# --- G1. bodies enumerated before their one ceremony ---

@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("江城潮汕商會昨（5）日晚假江城大酒店舉行第八屆理事會、監事會就職典禮，各界嘉賓二百餘人出席。", "第八届理事会、监事会就职典礼"),
        ("5月5日，江城商会在江城大酒店举行第八届理事会、监事会就职典礼。", "第八届理事会、监事会就职典礼"),
        ("5月5日，江城商会举行第八届理事会、监事会就职仪式。", "第八届理事会、监事会就职仪式"),
        ("5月5日，滨海校友会举行第三届董事会、监事会成立大会。", "第三届董事会、监事会成立大会"),
        ("5月5日，江城商会召开理事会、监事会联席会议。", "理事会、监事会联席会议"),
        ("5月5日，公司召开党委、纪委联席会议。", "党委、纪委联席会议"),
        # already so: the passive
        ("5月5日，江城商会第八届理事会、监事会就职典礼在江城大酒店举行。", "第八届理事会、监事会就职典礼"),
    ],
)
def test_bodies_enumerated_before_their_ceremony_are_one_name(extract, body: str, name: str) -> None:
    record = extract(page(body))
    assert [m["name"] for m in record["meetings"]] == [name]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # NEGATIVE: two meetings listed stay two records
        ("5月5日，公司召开党委会、党员大会。", ["党委会", "党员大会"]),
        # NEGATIVE: a body alone after the 、 adds no ceremony
        ("5月5日，江城商会召开理事会、监事会。", ["理事会"]),
    ],
)
def test_meetings_listed_stay_apart(extract, body: str, names: list[str]) -> None:
    assert [m["name"] for m in extract(page(body))["meetings"]] == names


# --- G2. a company's short name before its yearly meeting ---

@pytest.mark.parametrize(
    ("body", "name", "organizer"),
    [
        ("11月6日，以“携手同行”为主题的永泰家居2026年度经销商大会在江城国际会议中心召开。", "2026年度经销商大会", "永泰家居"),
        ("9月2日，江城电子2026年度供应商大会在公司总部召开。", "2026年度供应商大会", "江城电子"),
        ("9月2日，江城食品2026年度经销商大会在公司总部召开。", "2026年度经销商大会", "江城食品"),
        ("9月2日，华瑞电器2026年经销商大会在滨海大酒店举行。", "2026年经销商大会", "华瑞电器"),
        # already so: 科技
        ("9月2日，宏达科技2026年度供应商大会在公司总部召开。", "2026年度供应商大会", "宏达科技"),
    ],
)
def test_a_company_short_name_holds_its_yearly_meeting(extract, body: str, name: str, organizer: str) -> None:
    assert held(extract(page(body, "2026-12-01")))[0][0::2] == (name, organizer)


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a sector's name, or a country's, before the year stays in the name
        "9月2日，消费电子2026年度峰会在江城召开。",
        "9月2日，智能家居2026年度峰会在江城召开。",
        "9月2日，绿色食品2026年度论坛在江城召开。",
        "9月2日，中国汽车2026年度论坛在江城召开。",
    ],
)
def test_a_sector_before_the_year_stays_in_the_name(extract, body: str) -> None:
    meeting = _first(extract(page(body, "2026-12-01")))
    assert meeting["organizer"] is None
    assert meeting["name"] == body.split("，")[1].split("在")[0]


# --- G3. 现场 is the scene of the meeting just told ---

@pytest.mark.parametrize(
    "body",
    [
        "3月8日，江城市招商引资推介会在市会展中心举行。现场还举行了重点项目签约仪式。",
        "3月8日，江城市招商引资推介会在市会展中心举行。现场举行了重点项目签约仪式。",
        "3月8日，江城市招商引资推介会在市会展中心举行，现场还举行了重点项目签约仪式。",
        "3月8日，江城市招商引资推介会在市会展中心举行。活动现场还举行了重点项目签约仪式。",
    ],
)
def test_a_ceremony_at_the_scene_has_no_organizer(extract, body: str) -> None:
    second = extract(page(body))["meetings"][1]
    assert (second["name"], second["date"], second["organizer"]) == ("重点项目签约仪式", "2024-03-08", None)


def test_a_party_named_at_the_scene_holds_the_signing(extract) -> None:
    # NEGATIVE: a party written after 现场， is the organizer as before
    record = extract(page("3月8日，江城市招商引资推介会在市会展中心举行。现场，市商务局与5家企业举行了签约仪式。"))
    assert held(record)[1] == ("签约仪式", "2024-03-08", "市商务局")


@pytest.mark.parametrize(
    "body",
    ["3月8日，全市秸秆禁烧现场会在江城镇召开。", "3月8日上午，全市项目建设现场推进会在江城镇举行。"],
)
def test_an_on_site_meeting_is_no_scene(extract, body: str) -> None:
    # NEGATIVE: 现场会, 现场推进会 are meetings' names
    assert len(extract(page(body))["meetings"]) == 1


# --- G5. a habit kept up over years ---

@pytest.mark.parametrize(
    "tail",
    [
        "会长张立群致辞时表示，协会多年来坚持举办送春联下乡活动。",
        "协会多年来坚持举办送春联下乡座谈会。",
        "协会常年举办书法讲座。",
        "协会长期举办书法公益讲座。",
        "协会连续多年举办迎春书法座谈会。",
    ],
)
def test_an_event_kept_up_over_years_is_no_meeting(extract, tail: str) -> None:
    record = extract(page("1月20日，江城市书法家协会新春团拜会在市文化馆举行。" + tail))
    assert len(record["meetings"]) == 1


def test_an_event_held_last_year_is_still_one(extract) -> None:
    # NEGATIVE: a single past event told in remarks is narrated, not a habit
    record = extract(page("1月20日，江城市书法家协会新春团拜会在市文化馆举行。会长张立群致辞时表示，协会去年举办了书法研讨会。"))
    assert [m["name"] for m in record["meetings"]][1:] == ["书法研讨会"]


def test_keeping_to_an_approach_is_no_habit(extract) -> None:
    # NEGATIVE: 坚持 not right before the verb
    assert [m["name"] for m in extract(page("1月20日，江城市书法家协会坚持问题导向，召开书法研讨会。"))["meetings"]] == ["书法研讨会"]


# --- G6. the venue told later with 假 ---

@pytest.mark.parametrize(
    ("body", "venue"),
    [
        ("行政長官今晚出席博愛社三十周年晚宴並致辭。晚宴假中環文華酒店舉行，約五百名嘉賓出席。", "中环文华酒店"),
        ("行政长官今晚出席博爱社三十周年晚宴并致辞。晚宴假中环文华酒店举行。", "中环文华酒店"),
        ("行政长官今日出席江城商会就职典礼并致辞。典礼假江城大酒店举行，约五百名嘉宾出席。", "江城大酒店"),
        ("行政長官今日出席江城商會就職典禮並致辭。典禮假座江城大酒店舉行。", "江城大酒店"),
        ("行政长官今晚出席博爱社三十周年晚宴并致辞，晚宴假中环文华酒店举行。", "中环文华酒店"),
        # already so: 在
        ("行政长官今晚出席博爱社三十周年晚宴并致辞。晚宴在中环文华酒店举行。", "中环文华酒店"),
    ],
)
def test_a_later_sentence_with_jia_gives_the_venue(extract, body: str, venue: str) -> None:
    assert _first(extract(page(body)))["location"] == venue


def test_jia_of_a_holiday_gives_no_venue(extract) -> None:
    # NEGATIVE: 假期 is no venue verb
    assert _first(extract(page("行政长官今晚出席博爱社三十周年晚宴并致辞。晚宴假期间举行。")))["location"] is None
