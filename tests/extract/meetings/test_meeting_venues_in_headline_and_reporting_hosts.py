"""Meeting venues and organizers (GUIDELINES §3) on invented meeting articles: a venue stated in the headline only, a venue after a clause of who held the meeting, a venue
written after 该院 or 位于…的, the reporting body as a pronoun (我院, 本校, 我会) among joint hosts, a federation
or an artists' association written short (省社科联, 市作协) at the head of a name, and the host of an event
whose opening ceremony is the meeting (本届交流周由…主办).  All sentences are invented; near misses that
must keep their values are listed with them."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def where(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, location, organizer) of each meeting, in order."""
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the headline restates the body's meeting with its venue: the venue is the meeting's (§1, §3)
        ("青山县在县行政中心召开项目建设推进会\n2024-04-16 来源：某网\n4月15日，青山县召开2024年重点项目建设推进会，"
         "县长周敏出席会议并讲话。\n",
         [("2024年重点项目建设推进会", "县行政中心", "青山县")]),
        ("全国人大代表座谈会在京召开\n2024-02-28 来源：某网\n全国人大常委会办公厅27日召开全国人大代表座谈会。\n",
         [("全国人大代表座谈会", "北京", "全国人大常委会办公厅")]),
        # (negative: the body's own venue stands)
        ("青山县在县行政中心召开项目建设推进会\n2024-04-16 来源：某网\n4月15日，青山县在县委党校召开2024年重点项目"
         "建设推进会。\n",
         [("2024年重点项目建设推进会", "县委党校", "青山县")]),
        # (negative: a headline of another meeting, or of one planned, gives no venue)
        ("青山县在县行政中心召开项目建设推进会\n2024-04-16 来源：某网\n4月15日，青山县召开安全生产工作会议。\n",
         [("安全生产工作会议", None, "青山县")]),
        ("青山县将在县行政中心召开项目建设推进会\n2024-04-16 来源：某网\n4月15日，青山县召开2024年重点项目建设推进会。\n",
         [("2024年重点项目建设推进会", None, "青山县")]),
    ],
)
def test_a_venue_in_the_headline_only(extract, text: str, expected: list) -> None:
    assert where(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a clause of who held or chaired it between the reference and its venue
        # (the agent of 组织 is who held it, GUIDELINES §3 organizer: changed from None by f51mt)
        ("11月14日，全市组织工作会议召开。会议由市委组织部组织，在市委党校报告厅举行。",
         [("全市组织工作会议", "市委党校报告厅", "市委组织部")]),
        ("11月14日，全市组织工作会议召开。会议由副市长王刚主持，在市委党校报告厅举行。",
         [("全市组织工作会议", "市委党校报告厅", None)]),
        # (negative: the plain reference keeps reading as before)
        ("11月14日，全市组织工作会议召开。会议在市委党校报告厅举行。",
         [("全市组织工作会议", "市委党校报告厅", None)]),
        # 该院 refers to the body named before; 位于…的 says where the venue stands: neither is its name
        ("6月26日，县人民法院召开执行工作推进会。会议在该院审委会会议室举行。",
         [("执行工作推进会", "审委会会议室", "县人民法院")]),
        ("9月23日，区政协在位于滨河路的区政协机关大楼召开委员视察活动总结会。",
         [("委员视察活动总结会", "区政协机关大楼", "区政协")]),
        # (negative: a venue with no attribute before it)
        ("9月23日，区政协在区政协机关大楼召开委员视察活动总结会。",
         [("委员视察活动总结会", "区政协机关大楼", "区政协")]),
    ],
)
def test_venues_written_after_a_clause_or_a_reference(extract, body: str, expected: list) -> None:
    assert where(extract(page(body, "2024-11-15"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the reporting body as a pronoun among the hosts: one host unnamed, no organizer (§3)
        ("6月13日，我院与市中心血站联合举办无偿献血表彰会。", [("无偿献血表彰会", None, None)]),
        # (a meeting noun: a bare 教研活动 names no meeting since f44probe, GUIDELINES §3)
        ("11月27日，实验中学与我校联合举办的“同课异构”教研观摩会在我校录播教室举行。",
         [("“同课异构”教研观摩会", "录播教室", None)]),
        ("4月16日，我会和市美协共同举办书画笔会。", [("书画笔会", None, None)]),
        # (negative: two named hosts stay as written; a place pronoun is no body)
        ("6月13日，市作协与市书协联合举办书画笔会。", [("书画笔会", None, "市作协与市书协")]),
        ("10月10日，江南理工大学与华成集团在学校第一会议室举行校企合作签约仪式。",
         [("校企合作签约仪式", "学校第一会议室", "江南理工大学与华成集团")]),
    ],
)
def test_the_reporting_body_among_joint_hosts(extract, body: str, expected: list) -> None:
    assert where(extract(page(body, "2024-11-28"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a federation or an association written short at the head of the name holds it (§3)
        ("11月14日，省社科联2024年学术年会在省社会科学院举行。", [("2024年学术年会", "省社会科学院", "省社科联")]),
        ("11月14日，市作协2024年度创作座谈会在市文化馆召开。", [("2024年度创作座谈会", "市文化馆", "市作协")]),
        # (negative: the congress of a body keeps its name whole, as for 市文联第三次代表大会)
        # (GUIDELINES §3 eleventh review round: "its own numbered congress or session keeps the body in the name and is organized by it")
        ("11月14日，市作协第五次会员代表大会在市文化馆召开。", [("市作协第五次会员代表大会", "市文化馆", "市作协")]),
    ],
)
def test_a_short_federation_name_before_the_meeting(extract, body: str, expected: list) -> None:
    assert where(extract(page(body, "2024-11-15"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the host of the event whose opening ceremony is reported holds the ceremony
        ("8月26日，第十届中国-东盟教育交流周开幕式在贵阳国际生态会议中心隆重举行。本届交流周由教育部、外交部和"
         "贵州省人民政府共同主办，贵州省教育厅承办。",
         [("第十届中国-东盟教育交流周开幕式", "贵阳国际生态会议中心", "教育部、外交部、贵州省人民政府")]),
        ("8月26日，第五届数字经济博览会开幕式在市会展中心举行。本届博览会由市人民政府主办。",
         [("第五届数字经济博览会开幕式", "市会展中心", "市人民政府")]),
        # (negative: another edition's host, a helper alone)
        ("8月26日，2024青年发展论坛闭幕式在市会展中心举行。上届论坛由市人民政府主办。",
         [("2024青年发展论坛闭幕式", "市会展中心", None)]),
        ("8月26日，第五届数字经济博览会开幕式在市会展中心举行。本届博览会由市会展公司承办。",
         [("第五届数字经济博览会开幕式", "市会展中心", None)]),
    ],
)
def test_the_host_of_the_event_of_a_ceremony(extract, body: str, expected: list) -> None:
    assert where(extract(page(body, "2024-08-27"))) == expected
