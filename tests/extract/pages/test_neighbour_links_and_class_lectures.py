"""Dirty scraped pages (mojibake, glosses, duplicated bodies, link lists). Invented sentences; the
expected values follow corpus/GUIDELINES.md.

- The neighbouring posts' links (上一篇：… 下一篇：…) after a few stray characters a mojibake repair left
  (“在 上一篇：…) are still page furniture (§1): their headlines give no meeting. A line whose head holds a clause
  (a comma) is a paragraph and stays.
- A lecture told right after a class's opening ceremony (开班仪式后，研究员X作专题讲座) takes the venue of the class,
  whose record holds that ceremony (§3 thirteenth and fifteenth review rounds).
- One who attends a press conference and answers reporters there (出席发布会并回答记者提问) has 讲话, like 出席并讲话
  (§4 fifteenth review round: answering reporters' questions).
- Explaining a situation written with the Taiwan word 情形 (就预算编列情形作说明) is 作报告 like …情况作了说明 (§4
  fourteenth review round).
- A district whose own name ends in 湾 (南湾区) before a passive event name holds it (§3 eighth review round); 大湾区 and
  杭州湾区 stay regions, no organizer.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers


def _venues(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    "tail",
    [
        "“在 上一篇：我校召开新学期教职工大会　下一篇：我校举行教师节表彰大会",
        "鍏 上一篇：县委召开常委会议 下一篇：县政府举行安全生产工作会议",
        "»» 上一篇：区妇联召开执委会议　下一篇：区妇联举办家庭教育讲座",
        "“ 【上一篇】镇党委召开理论学习会【下一篇】镇政府召开防汛工作会议",
    ],
)
def test_neighbour_links_after_stray_characters_give_no_meeting(extract, tail: str) -> None:
    record = extract(page("9月2日上午，江州第二中学开学典礼在学校操场举行。校长杜春华致辞。\n" + tail))
    assert [m["name"] for m in record["meetings"]] == ["开学典礼"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # NEGATIVE: a clause before the labels is a paragraph, not furniture
        ("12月5日，县委召开十二届五次全会，上一篇：甲 下一篇：乙", "十二届五次全会"),
        ("5月6日，区政府召开常务会议，研究上一篇：甲 下一篇：乙", "常务会议"),
    ],
)
def test_a_paragraph_before_link_labels_stays(extract, body: str, name: str) -> None:
    assert name in [m["name"] for m in extract(page(body))["meetings"]]


@pytest.mark.parametrize(
    "body",
    [
        "近日，青川县乡村振兴专题培训班在县委党校开班。县委组织部部长欧阳静出席开班仪式并讲话。"
        "开班仪式后，研究员尹志刚作了专题讲座。",
        "5月6日，江城市青年干部研修班在市委党校开班。市委常委刘明出席开班式并讲话。开班式后，教授周立作专题讲座。",
        "5月6日，县村级后备干部培训班在县委党校开班。开班仪式结束后，县委党校教授王平作专题讲座。",
    ],
)
def test_a_lecture_after_a_class_opening_names_no_venue(extract, body: str) -> None:
    """Giving it the class's venue (fifteenth round) was withdrawn with the ceremony case (GUIDELINES §8)."""
    venues = _venues(extract(page(body)))
    assert venues[-1][0] == "专题讲座"
    assert venues[-1][1] is None and venues[0][1] is not None


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: those told going elsewhere after the ceremony
        "5月6日，江城市青年干部研修班在市委党校开班。开班仪式后，学员们前往革命纪念馆，教授周立作专题讲座。",
        # NEGATIVE: the meeting before is no class, and its ceremony is not the one told
        "5月6日，县委组织部在县委党校召开组织工作座谈会。开班仪式后，教授周立作专题讲座。",
    ],
)
def test_a_lecture_elsewhere_keeps_no_class_venue(extract, body: str) -> None:
    venues = _venues(extract(page(body)))
    lectures = [v for v in venues if v[0] == "专题讲座"]
    assert lectures and lectures[-1][1] is None


PRESS = "4月18日，市政府新闻办举行新闻发布会。"


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("市发改委副主任项明出席发布会并回答记者提问。", "项明", "市发改委副主任"),
        ("市教育局副局长韩冰参加发布会并答记者问。", "韩冰", "市教育局副局长"),
        ("市卫健委主任罗敏出席并回答了媒体提问。", "罗敏", "市卫健委主任"),
    ],
)
def test_attending_and_answering_reporters_is_a_speech(extract, body: str, name: str, title: str) -> None:
    assert speakers(extract(page(PRESS + body)))[name] == (title, ("讲话",))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # NEGATIVE: attending alone, or another act after 并
        ("市发改委副主任项明出席发布会。", "项明"),
        ("市发改委副主任项明出席发布会并观看了宣传片。", "项明"),
    ],
)
def test_attending_without_answering_is_no_speech(extract, body: str, name: str) -> None:
    assert name not in speakers(extract(page(PRESS + body)))


COUNCIL = "12月27日上午，县政府举行年终记者会。"


@pytest.mark.parametrize(
    "body",
    [
        "财政处长蔡宜君就明年度预算编列情形作说明。",
        "工务处长林志明就道路工程进度情形作了说明。",
        "財政處長蔡宜君就明年度預算編列情形作說明。",
    ],
)
def test_a_situation_explained_with_qingxing_is_a_report(extract, body: str) -> None:
    found = speakers(extract(page(COUNCIL + body)))
    assert len(found) == 1 and "作报告" in next(iter(found.values()))[1]


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: 情形 told without an explanation given, or explained by nobody named at the meeting
        "财政处长蔡宜君就预算编列情形表示关注。",
        "财政处长蔡宜君出席。会上就预算编列情形作了说明。",
    ],
)
def test_qingxing_without_an_explanation_is_no_report(extract, body: str) -> None:
    found = speakers(extract(page(COUNCIL + body)))
    assert all("作报告" not in roles for _, roles in found.values())


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1月18日，南湾区2023年度志愿服务表彰大会在区文化中心举行。", ("2023年度志愿服务表彰大会", "南湾区")),
        ("1月18日，北湾区志愿服务表彰大会在区文化中心举行。", ("志愿服务表彰大会", "北湾区")),
        ("3月2日，西湾区优化营商环境大会在区政府举行。", ("优化营商环境大会", "西湾区")),
        # NEGATIVE: a region named by 湾区 is what the event is about, no holder
        ("1月18日，大湾区青年创新创业论坛在深圳举行。", ("大湾区青年创新创业论坛", None)),
        ("1月18日，杭州湾区产业合作论坛在宁波举行。", ("杭州湾区产业合作论坛", None)),
        ("1月18日，粤港澳大湾区科技合作大会在广州举行。", ("粤港澳大湾区科技合作大会", None)),
    ],
)
def test_a_district_ending_in_wan_holds_its_event(extract, body: str, expected: tuple) -> None:
    assert [(name, org) for name, _, org in held(extract(page(body)))] == [expected]
