"""Meeting organizer and venue shapes of invented articles.

- A self-reference to a place among a meeting's holders (省发改委与我市召开…, 我县召开…) was kept as written or
  dropped; it stands for the one city, county or district of that level the page names as its source or in its
  body, and with none or several named it stays as before (GUIDELINES §3 twenty-first review round).
- An awards or conferral ceremony (授勋典礼, 颁奖典礼) whose own act is told next with its place (当天，行政长官在礼宾府为…
  颁授勋章) had no venue; the act's place is the ceremony's (§3 location, like a signing act's place).
- A lecture given where the lecturer went (走进…附小，以《…》为题，上了一堂党课) had no venue when no audience was named;
  the place gone to is where it was given (§3 location).
- A meeting held with 并 after an activity's launch told with its place (…活动在巴西圣保罗正式启动，并成功举办…推介会)
  had no venue; the launch's place is where it was held (§3 location).

Invented sentences only; the expected values follow corpus/GUIDELINES.md §3.
"""

from __future__ import annotations

import pytest


def _page(body: str, source: str = "某网") -> str:
    """An invented page with a source line naming ``source``."""
    return f"标题\n2024-05-08 来源：{source}\n{body}\n"


def _meetings(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, organizer, location) of each meeting, in order."""
    return [(m["name"], m["organizer"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "source", "expected"),
    [
        # the self-reference last among the holders, the city named by the source line
        ("5月6日，省发改委与我市召开县域经济高质量发展座谈会。", "江州市发改局",
         [("县域经济高质量发展座谈会", "省发改委与江州市", None)]),
        # a county, the holders joined by 和 and 联合
        ("5月6日，省交通厅和我县联合召开农村公路建设推进会。", "青河县融媒体中心",
         [("农村公路建设推进会", "省交通厅和青河县", None)]),
        # a district, 共同
        ("5月6日，市文旅局与我区共同举办文化旅游推介会。", "东湖区人民政府",
         [("文化旅游推介会", "市文旅局与东湖区", None)]),
        # 本市, the city named in the body
        ("清源市商务局消息。5月6日，省商务厅与本市召开外贸企业座谈会。", "某网",
         [("外贸企业座谈会", "省商务厅与清源市", None)]),
        # a bare self-reference stands for the one city named too
        ("5月6日，我市召开安全生产工作会议。", "江州市应急管理局", [("安全生产工作会议", "江州市", None)]),
        # the self-reference first among the holders
        ("5月6日，我市与京东集团举行战略合作签约仪式。", "江州市融媒体中心",
         [("战略合作签约仪式", "江州市与京东集团", None)]),
        # another place of another level among the holders stays
        ("5月6日，江州市与我县召开协作座谈会。", "青河县融媒体中心", [("协作座谈会", "江州市与青河县", None)]),
    ],
)
def test_own_place_among_holders_is_the_one_named(extract, body: str, source: str, expected: list) -> None:
    assert _meetings(extract(_page(body, source))) == expected


@pytest.mark.parametrize(
    ("body", "source", "expected"),
    [
        # two cities named: kept as written among other holders
        ("5月6日，省发改委与我市召开县域经济座谈会。江州市和临川市的代表参加。", "某网",
         [("县域经济座谈会", "省发改委与我市", None)]),
        ("5月6日，省发改委与我市召开县域经济座谈会。", "江州市发改局 临川市日报",
         [("县域经济座谈会", "省发改委与我市", None)]),
        # none named
        ("5月6日，省发改委与我市召开县域经济座谈会。", "某网", [("县域经济座谈会", "省发改委与我市", None)]),
        # a bare self-reference with none named: no organizer (超市 is no city)
        ("5月6日，我市召开安全生产工作会议。会后走进超市检查。", "某网", [("安全生产工作会议", None, None)]),
        # two districts named (西山区 in the body): none
        ("5月6日，我区召开社区治理工作会议。西山区也派员参加。", "东湖区融媒体中心", [("社区治理工作会议", None, None)]),
        # a post's 副 or 长 after a list mark is no city (市委常委、常务副市长; 、县长), the release review's worse item
        ("5月6日，我市召开招商工作会议。市委常委、常务副市长周志强主持会议。", "某网",
         [("招商工作会议", None, None)]),
        ("5月6日，我县召开防汛工作会议。县委副书记、县长李明出席。", "某网", [("防汛工作会议", None, None)]),
        ("5月6日，我区召开环保工作会议。区委常委、副区长王芳讲话。", "某网", [("环保工作会议", None, None)]),
    ],
)
def test_own_place_kept_when_not_one_named(extract, body: str, source: str, expected: list) -> None:
    assert _meetings(extract(_page(body, source))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("授勳典禮今日舉行。行政長官李明在禮賓府為受嘉許人士頒授勳章。", [("授勋典礼", None, "礼宾府")]),
        ("2024年授勋典礼5月6日举行。\n行政长官在礼宾府向获授勋人士颁授勋章及奖状。", [("2024年授勋典礼", None, "礼宾府")]),
        ("颁奖典礼5月6日举行。市长王强在市民中心为获奖者颁发奖杯。", [("颁奖典礼", None, "市民中心")]),
        ("5月6日，江州市举行年度颁奖典礼。当日，市长王强在市民中心向获奖代表颁发证书。",
         [("年度颁奖典礼", "江州市", "市民中心")]),
    ],
)
def test_conferring_act_place_is_the_ceremony_venue(extract, body: str, expected: list) -> None:
    assert _meetings(extract(_page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the place told with another act (a meeting of visitors), no conferring
        ("授勋典礼5月6日举行。行政长官李明在礼宾府会见了来访的外国代表团。", [("授勋典礼", None, None)]),
        # a conferring on a day of its own: another event
        ("授勋典礼5月6日举行。5月7日，行政长官在礼宾府为新任官员颁授委任状。", [("授勋典礼", None, None)]),
        # a meeting that is no conferral ceremony
        ("5月6日，江州市召开工作会议。当天，市长王强在市民中心为获奖代表颁发证书。", [("工作会议", "江州市", None)]),
    ],
)
def test_conferring_place_needs_the_ceremony_act(extract, body: str, expected: list) -> None:
    assert _meetings(extract(_page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，市委书记王强走進江州大學附小，以《傳承紅色基因》為題，上了一堂生動的黨課。", [("党课", None, "江州大学附小")]),
        ("5月6日，县委书记刘洋来到城关镇第二小学，以“红色故事”为题上了一节思政课。", [("思政课", None, "城关镇第二小学")]),
        ("5月6日，院长周立走进江州大学附中，讲了一堂专题党课。", [("专题党课", None, "江州大学附中")]),
        # with the audience named (read before)
        ("5月6日，区委书记李明来到青河社区，以《奋进新时代》为题，为党员们讲了一堂专题党课。", [("专题党课", None, "青河社区")]),
    ],
)
def test_lecture_where_the_lecturer_went(extract, body: str, expected: list) -> None:
    assert _meetings(extract(_page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a manner of working, no place
        ("5月6日，市委书记王强走进基层一线，上了一堂生动的党课。", [("党课", None, None)]),
        # the place told after the lecture, of others
        ("5月6日，市委书记王强以《传承红色基因》为题，上了一堂生动的党课，走进江州大学附小的还有区领导。", [("党课", None, None)]),
        # going to a place with no lecture given
        ("5月6日，市委书记王强走进江州大学附小，调研学校教育工作。", []),
        ("5月6日，市委书记王强走进江州大学附小，听了一堂生动的党课。", []),
    ],
)
def test_lecture_place_needs_the_lecture_given_there(extract, body: str, expected: list) -> None:
    assert _meetings(extract(_page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日下午，2024年江西品牌丝路行（欧洲站）活动在德国法兰克福正式启动，并成功举办江西－德国经贸推介会。",
         [("江西-德国经贸推介会", None, "德国法兰克福")]),
        ("5月6日，江城文化周在法国巴黎隆重开幕，并举办了江城文旅推介会。", [("江城文旅推介会", None, "法国巴黎")]),
    ],
)
def test_meeting_held_with_a_launch_takes_its_place(extract, body: str, expected: list) -> None:
    assert _meetings(extract(_page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # held in a sentence and on a day of its own
        ("5月6日，江城文化周在法国巴黎隆重开幕。5月8日，又举办了江城文旅推介会。", [("江城文旅推介会", None, None)]),
        # its own place told
        ("5月6日，江城文化周在法国巴黎隆重开幕，代表团随后在里昂举办了江城文旅推介会。", [("江城文旅推介会", "代表团", "里昂")]),
    ],
)
def test_launch_place_not_carried_to_another_held_apart(extract, body: str, expected: list) -> None:
    assert _meetings(extract(_page(body))) == expected
