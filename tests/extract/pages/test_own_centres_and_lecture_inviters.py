"""Meeting and speaker shapes of own centres, festival opening holders, lecture inviters and findings fed back. Invented sentences; the expected values follow
corpus/GUIDELINES.md §3 and §4.

- Location: a self-reference before a centre of the body's own named by its work (在本院执行指挥中心召开, 会议在我局应急
  指挥中心举行) was kept as written; only 本院诉讼服务中心 was read as the court's room. §3 thirteenth review round: a
  self-reference to a court, school or bureau before a room is that body's room when the page names exactly one such
  body as the holder (本院第一会议室), hospitals and institutes alike.
- Organizer of a festival's bare opening ceremony: 第三届电商节昨日开幕。本届电商节由市商务局主办。开幕式上，… gave the
  开幕式 no organizer. §3 fifteenth round: a contest's or activity's own ceremony told with no holder takes the holders
  the page states for it (本届赛事由A、B主办); the name stays as written (开幕式).
- Organizer of a lecture by its inviter: 应江城大学物理学院邀请，…教授作学术报告 and 该院邀请…教授作专题讲座 (the body named
  in the sentence before) gave none. §3 fourteenth round: the body that invites the lecturer is the organizer, never
  the lecturer's unit; §3 tenth round: 该院 stands for the body named in the same or the previous sentence.
- Speakers: an inspection group's head who 反馈了巡察发现的问题 at the feedback meeting got no role, and a head of the
  inspected body who 反馈了巡察整改情况 got 讲话. §4 tenth round: the group's findings delivered are 讲话; those inspected
  reporting back are not.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a centre of the holder's own, named by its work, after a self-reference
        ("5月6日上午，江城市中级人民法院在本院执行指挥中心召开执行工作推进会。", ["江城市中级人民法院执行指挥中心"]),
        ("5月6日上午，江城市中级人民法院召开执行工作推进会。会议在本院执行指挥中心举行。", ["江城市中级人民法院执行指挥中心"]),
        ("5月6日，市中级法院召开执行工作推进会，会议在本院执行指挥中心举行。", ["市中级法院执行指挥中心"]),
        ("5月6日，县应急管理局在我局应急指挥中心召开防汛会商会。", ["县应急管理局应急指挥中心"]),
        ("5月6日，江城市第一人民医院在本院眼科诊疗中心召开病例讨论会。", ["江城市第一人民医院眼科诊疗中心"]),
        # rooms read as before
        ("5月6日，江城县人民法院在我院第一审判庭举行集中宣判大会。", ["江城县人民法院第一审判庭"]),
        ("5月6日，江城市农业科学研究院在我院会议室召开科研工作会议。", ["江城市农业科学研究院会议室"]),
        # (NEGATIVE rows: a bare 本院中心, no room; no holder named, the self-reference kept; a centre of another body,
        # no self-reference; a centre after the bare body word kept as written)
        ("5月6日，江城区人民法院在本院中心召开座谈会。", ["本院中心"]),
        ("5月6日上午，执行工作推进会在本院执行指挥中心召开。", ["本院执行指挥中心"]),
        ("5月6日，县应急管理局在市应急指挥中心召开防汛会商会。", ["市应急指挥中心"]),
        ("5月6日，县应急管理局在局应急指挥中心召开防汛会商会。", ["局应急指挥中心"]),
    ],
)
def test_own_centre(extract, body: str, expected: list) -> None:
    assert [m["location"] for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a bare 开幕式 of the festival or fair told opening before it, held by the holders the page states
        ("第三届电商节昨日在会展中心开幕。本届电商节由市商务局主办。开幕式上，副市长刘强致辞。", [("开幕式", "市商务局")]),
        ("第三届电商节昨日开幕。本届电商节由市商务局主办，县电商协会承办。开幕式上，副市长刘强致辞。", [("开幕式", "市商务局")]),
        ("江城国际茶博会5月6日开幕。本届茶博会由市农业农村局、市商务局主办。开幕式上，副市长刘强宣布开幕。",
         [("开幕式", "市农业农村局、市商务局")]),
        # a ceremony named after its festival, as before
        ("第三届电商节开幕式昨日举行。本届电商节由市商务局主办，县电商协会承办。", [("第三届电商节开幕式", "市商务局")]),
        # (NEGATIVE rows: no holder stated; another edition's holder; a meeting's own opening, the meeting itself)
        ("第三届电商节昨日开幕。开幕式上，副市长刘强致辞。", [("开幕式", None)]),
        ("第三届电商节昨日开幕。上届电商节由市商务局主办。开幕式上，副市长刘强致辞。", [("开幕式", None)]),
        ("5月6日，全县教育工作大会开幕。大会由县政府主办。开幕式上，县长李明讲话。", [("全县教育工作大会", "县政府")]),
    ],
)
def test_festival_opening_holder(extract, body: str, expected: list) -> None:
    assert [(m["name"], m["organizer"]) for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the body a lecturer comes at the invitation of
        ("应江城大学物理学院邀请，5月6日，清华大学王明教授来校作学术报告。", ["江城大学物理学院"]),
        ("5月6日，应江城大学物理学院邀请，清华大学王明教授作了题为“量子计算”的学术报告。", ["江城大学物理学院"]),
        ("应市委党校邀请，5月6日上午，省委党校教授李华为学员作专题讲座。", ["市委党校"]),
        ("5月6日，应县委组织部邀请，市委党校教授李华为全县党员干部作专题辅导报告。", ["县委组织部"]),
        # an anaphor inviting, the body named in the sentence before
        ("江城大学物理学院日前举办学术活动。5月6日，该院邀请清华大学王明教授作学术报告。", ["江城大学物理学院"]),
        ("江城市人民医院近日开展义诊活动。5月6日，该院邀请省人民医院专家李华作专题讲座。", ["江城市人民医院"]),
        # the inviting subject, as before
        ("5月6日，江城大学物理学院邀请清华大学王明教授作学术报告。", ["江城大学物理学院"]),
        # (NEGATIVE rows: no body named at 应邀; the anaphor with none or several bodies before it; the guest's unit)
        ("5月6日，清华大学王明教授应邀来我院作学术报告。", [None]),
        ("5月6日，应邀请，清华大学王明教授作学术报告。", [None]),
        ("5月6日，该院邀请省人民医院专家李华作专题讲座。", [None]),
        ("江城市人民医院、县中医院近日开展义诊活动。5月6日，该院邀请省人民医院专家李华作专题讲座。", [None]),
        ("5月6日，清华大学王明教授在江城大学作学术报告。", [None]),
    ],
)
def test_lecture_inviter(extract, body: str, expected: list) -> None:
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == expected


_FEEDBACK = "11月18日上午，县委第二巡察组巡察县民政局党组情况反馈会召开。"


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        # the problems the inspection found, delivered by the group's head
        (_FEEDBACK + "县委第二巡察组组长赵明义反馈了巡察发现的问题，县民政局局长孙海林作表态发言。", "赵明义", ["讲话"]),
        (_FEEDBACK + "县委第二巡察组组长赵明义反馈了巡察中发现的主要问题，县民政局局长孙海林主持会议。", "赵明义", ["讲话"]),
        (_FEEDBACK + "县委第二巡察组组长赵明义反馈了巡察情况，县民政局局长孙海林作表态发言。", "赵明义", ["讲话"]),
        # (NEGATIVE rows: those inspected reporting back on their work on the findings)
        ("11月18日，县委召开整改推进会。县民政局局长孙海林反馈了巡察整改情况，县委书记李明主持会议。", "孙海林", None),
        ("11月18日，县委召开整改推进会。县民政局局长孙海林反馈了巡察整改问题的落实情况，县委书记李明主持会议。", "孙海林", None),
        ("11月18日，县委召开整改推进会。县民政局局长孙海林向巡察组反馈了巡察发现问题的整改情况，县委书记李明主持会议。",
         "孙海林", None),
    ],
)
def test_findings_fed_back(extract_with_model, body: str, name: str, roles: list | None) -> None:
    found = {s["name"]: s["roles"] for s in extract_with_model(page(body, "2023-11-20"))["speakers"]}
    assert found.get(name) == roles
