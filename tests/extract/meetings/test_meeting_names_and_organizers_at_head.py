"""Meeting names and organizers on invented government and school pages: a
zone's or a university's name (with a Republic of China school year) at the head of a passive name, 揭幕 as
a verb of an event opening, 我市/我校 and the other party before a signing ceremony's name, the reporting
school (我校, 本校) before a unit or a room, a second meeting the same day held by another body, a meeting
told after 会后 with no date written for it, and a representative congress written in full in one place and
abbreviated (教代会) in another.  Invented sentences; the expected values follow corpus/GUIDELINES.md §3.
Near misses that must not change are listed with each phrasing."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, when


def _venues(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a zone run by its committee before a quoted name: the organizer prefix (§3 name and organizer)
        ("8月7日上午，高新区“百日攻坚”誓师大会在区行政服务中心广场举行。",
         [("“百日攻坚”誓师大会", "2024-08-07", "高新区")]),
        ("8月7日上午，江北经济开发区2024年重点项目集中签约仪式在管委会举行。",
         [("2024年重点项目集中签约仪式", "2024-08-07", "江北经济开发区")]),
        # a Republic of China school year or year after a university's or a body's name
        ("國立台灣大學113學年度新生入學典禮今（7）日上午於綜合體育館舉行。",
         [("113学年度新生入学典礼", "2024-08-07", "国立台湾大学")]),
        ("花岡縣體育協會113年度績優選手表揚大會8月7日在縣立體育館舉行。",
         [("113年度绩优选手表扬大会", "2024-08-07", "花冈县体育协会")]),
        # near misses: a region or a field (not a body), the thing a ceremony lays the stone of, an anniversary
        ("8月7日，粤港澳大湾区“科创未来”论坛在深圳举行。", [("粤港澳大湾区“科创未来”论坛", "2024-08-07", None)]),
        ("8月7日，全国开发区“营商环境”论坛在深圳举行。", [("全国开发区“营商环境”论坛", "2024-08-07", None)]),
        ("3月16日上午，县中医院新住院大楼奠基仪式在医院东侧建设工地举行。",
         [("县中医院新住院大楼奠基仪式", "2024-03-16", None)]),
    ],
)
def test_an_organizer_at_the_head_of_a_passive_name(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-08-08"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 揭幕 opens an event like 开幕 (Hong Kong, Macau, forums)
        ("第九届“一带一路高峰论坛”今天在香港会议展览中心揭幕。",
         [("第九届“一带一路高峰论坛”", "香港会议展览中心")]),
        ("9月10日，第九届“一带一路高峰论坛”在香港会议展览中心揭幕。",
         [("第九届“一带一路高峰论坛”", "香港会议展览中心")]),
        # near misses: a statue or a building unveiled, an exhibition opening (no meeting, §3)
        ("9月10日，孙中山铜像在中山公园揭幕。", []),
        ("9月10日，市长王刚为新建的市民服务中心揭幕。", []),
        ("9月10日，第五届国际摄影展在市美术馆揭幕。", []),
        # a ceremony of unveiling held is one, as before
        ("9月10日，纪念馆揭幕仪式在县城举行。", [("纪念馆揭幕仪式", "县城")]),
    ],
)
def test_an_event_unveiled(extract, body: str, expected: list) -> None:
    assert _venues(extract(page(body, "2024-09-11"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the reporting body itself (a pronoun) and the other party before the ceremony's name
        ("9月25日，我市与京东集团战略合作框架协议签约仪式在北京举行。", [("战略合作框架协议签约仪式", "北京")]),
        ("9月25日，我县与华能集团项目合作签约仪式在县会议中心举行。", [("项目合作签约仪式", "县会议中心")]),
        ("9月25日，我校与市第一人民医院战略合作协议签约仪式在学校行政楼二楼会议室举行。",
         [("战略合作协议签约仪式", "学校行政楼二楼会议室")]),
        ("9月25日，我市与中国银行股份有限公司战略合作协议签约仪式在市政府举行。", [("战略合作协议签约仪式", "市政府")]),
        # near misses: a body word or a named party keeps the name whole with the other party
        ("9月25日，学校与华为技术有限公司战略合作协议签约仪式在第一会议室举行。",
         [("学校与华为技术有限公司战略合作协议签约仪式", "第一会议室")]),
        ("9月25日，甲市人民医院与乙县人民医院医联体合作签约仪式在乙县举行。",
         [("甲市人民医院与乙县人民医院医联体合作签约仪式", "乙县")]),
    ],
)
def test_the_reporting_body_and_a_party_before_a_signing(extract, body: str, expected: list) -> None:
    assert _venues(extract(page(body, "2024-09-26"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the reporting school, unnamed, before its unit or room (§3: a generic subject names no organizer)
        ("12月7日，由我校经济管理学院主办的“乡村振兴”学术研讨会在学校国际学术交流中心召开。",
         [("“乡村振兴”学术研讨会", "学校国际学术交流中心", "经济管理学院")]),
        ("6月15日，“数字经济与法治”高端论坛在我校法学院模拟法庭举行。",
         [("“数字经济与法治”高端论坛", "法学院模拟法庭", None)]),
        ("11月21日，本校與台灣人工智慧學會共同主辦之「人工智慧國際研討會」在本校國際會議廳舉行。",
         [("人工智慧国际研讨会", "国际会议厅", None)]),
        # the unnamed school among the hosts: the partner alone is no organizer (it did not hold it by itself)
        ("11月21日，我校与省人工智能学会联合举办人工智能研讨会。", [("人工智能研讨会", None, None)]),
        # near misses: the school alone names no organizer; a named school keeps its name
        ("12月7日，我校召开教学工作会议。", [("教学工作会议", None, None)]),
        ("12月7日，由南山大学经济管理学院主办的“乡村振兴”学术研讨会在学校国际学术交流中心召开。",
         [("“乡村振兴”学术研讨会", "学校国际学术交流中心", "南山大学经济管理学院")]),
    ],
)
def test_the_reporting_school_before_a_unit(extract, body: str, expected: list) -> None:
    record = extract(page(body, "2024-12-09"))
    assert [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # another body, a name of its own, the same day: a second meeting (§3 several events)
        ("9月2日，集团党委召开巡察工作动员会。同日，集团纪委召开巡察进驻动员会。",
         [("巡察工作动员会", "2024-09-02", "集团党委"), ("巡察进驻动员会", "2024-09-02", "集团纪委")]),
        ("9月2日，集团党委召开巡察工作动员会。\n同日，第一巡察组召开巡察进驻动员会。",
         [("巡察工作动员会", "2024-09-02", "集团党委"), ("巡察进驻动员会", "2024-09-02", "第一巡察组")]),
        # near misses: the same body's meeting named again, a name written inside the other's: one meeting
        ("9月2日，集团党委召开巡察工作动员会。集团党委巡察工作动员会要求，各单位要积极配合。",
         [("巡察工作动员会", "2024-09-02", "集团党委")]),
        ("9月2日，县委召开全县经济工作会议。县委经济工作会议强调，要稳增长。",
         [("全县经济工作会议", "2024-09-02", "县委")]),
    ],
)
def test_a_second_meeting_the_same_day(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-09-03"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 会后: the day of the meeting before, no date written for this one (§3 date_text: null if none)
        ("1月4日，县税务局召开2024年第一次局务会议。会后，县税务局又召开了全体干部大会。",
         [("2024-01-04", "1月4日", None), ("2024-01-04", None, None)]),
        # near miss: a day written for the second one is kept
        ("1月4日，县税务局召开2024年第一次局务会议。1月5日下午，县税务局召开全体干部大会。",
         [("2024-01-04", "1月4日", None), ("2024-01-05", "1月5日", "下午")]),
    ],
)
def test_a_meeting_after_another_with_no_date_written(extract, body: str, expected: list) -> None:
    assert when(extract(page(body, "2024-01-06"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the headline's full name and the body's abbreviation of it: one meeting (§1, a fact told twice)
        ("学院召开第十六次教职工代表大会\n发布时间：2024年4月19日\n4月17日，学院召开教代会。\n",
         [("教代会", "2024-04-17")]),
        ("学院召开教职工代表大会\n时间：2024年4月19日\n4月17日，学院召开教代会。\n", [("教代会", "2024-04-17")]),
        # near misses: two words written together in the longer name are not an abbreviation of it
        ("标题\n2024-04-19 来源：某网\n4月17日，学院召开工作会。4月18日，学院召开工作推进会。\n",
         [("工作会", "2024-04-17"), ("工作推进会", "2024-04-18")]),
        ("标题\n2024-04-19 来源：某网\n4月17日，镇党委召开党委会。4月18日，镇党委召开党委理论学习中心组学习会。\n",
         [("党委会", "2024-04-17"), ("党委理论学习中心组学习会", "2024-04-18")]),
    ],
)
def test_a_congress_and_its_abbreviation(extract, text: str, expected: list) -> None:
    assert [(m["name"], m["date"]) for m in extract(text)["meetings"]] == expected
