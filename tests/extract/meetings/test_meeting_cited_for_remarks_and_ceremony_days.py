"""Meeting shapes of a dated meeting cited for its remarks, standing attributes, joint holders and ceremony days: a dated meeting opening a sentence and cited
for what it said (5月8日召开的全省…会议强调…) is the source of relayed remarks, no record (GUIDELINES §3), while one whose
own decision follows (…常务会议议定) is held; 常年/长年 makes a standing tally only of people taking part
(常年参加…的…达1500人), not as an attribute of those attending (常年法律顾问等30余人参加); two bodies before a
ceremony's quoted name hold it together, only a signing's or a partnership's two sides are what it is about; an
invitation counts as ahead only when its future word governs it (本次论坛为期两天，将围绕…展开研讨，邀请300人参加: the
event held); 自5月8日…会议召开以来: the day inside the meeting's own phrase is its day (the lead's ruling); 赛后 takes
the day the contest was held, not a day registration ran from; a bare 开幕式/闭幕式 takes the day of the sentence just
before that tells its event opened or closed; 县体育馆 hosts (the lead's ruling), 江城中学体育馆 is the school's; a bare
person's name before 于<date>， holds nothing. Invented sentences; expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def _attendees(record: dict) -> list[tuple[str, int | None]]:
    """(name, attendee_count) of each meeting, in order."""
    return [(m["name"], m["attendee_count"]) for m in record["meetings"]]


# -- 1.4: a meeting cited for what it said, opening a sentence -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，县委召开常委会会议，传达学习全省经济工作会议精神。5月6日召开的全省经济工作会议强调，要稳中求进。",
         [("常委会会议", "2024-05-07", "县委")]),
        ("5月7日，县委召开理论学习中心组学习会，传达学习全市经济工作会议精神。\n5月6日召开的全市经济工作会议指出，要扎实推进高质量发展。",
         [("理论学习中心组学习会", "2024-05-07", "县委")]),
        ("5月7日，县政府召开常务会议。\n据悉，5月6日召开的全省安全生产电视电话会议要求，各地要立即开展隐患排查。",
         [("常务会议", "2024-05-07", "县政府")]),
        ("5月7日，镇党委召开专题会议。5月5日召开的全市防汛工作会议提出，要压实防汛责任。",
         [("专题会议", "2024-05-07", "镇党委")]),
    ],
)
def test_meeting_cited_for_its_remarks_is_no_record(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the meeting's own act after its name: held
        ("5月6日召开的县委常委会会议决定，全县启动防汛四级应急响应。", [("县委常委会会议", "2024-05-06", "县委")]),
        ("县政府于5月6日召开的第十五次常务会议议定，全县启动防汛四级应急响应。",
         [("第十五次常务会议", "2024-05-06", None)]),
        ("市政府于5月6日召开的第八次常务会议议决，全市中小学提前放假。", [("第八次常务会议", "2024-05-06", None)]),
        ("5月6日召开的县政府第十五次常务会议议定，全县启动防汛四级应急响应。",
         [("县政府第十五次常务会议", "2024-05-06", "县政府")]),
    ],
)
def test_meeting_that_decided_is_held(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


# -- 1.6: 常年 as an attribute of the people counted ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日，县委召开座谈会，县政府常年法律顾问等30余人参加。", [("座谈会", 30)]),
        ("5月8日，县老年大学召开座谈会，常年坚持上课的学员代表20人参加。", [("座谈会", 20)]),
        ("5月8日，县人社局召开座谈会，常年在外务工的人员代表30余人参加。", [("座谈会", 30)]),
        ("5月8日，县司法局召开座谈会，长年扎根基层的人民调解员15名参加。", [("座谈会", 15)]),
        # NEGATIVE: a standing tally of those taking part year in, year out
        ("5月6日上午，县老年大学书画展开幕式在县文化馆举行。该校长年参加书画学习的学员有300余人。",
         [("县老年大学书画展开幕式", None)]),
        ("5月6日，第二届“银龄杯”门球赛闭幕式在县全民健身中心举行。全县常年参与门球活动的老年人超过1200人。",
         [("第二届“银龄杯”门球赛闭幕式", None)]),
    ],
)
def test_standing_attribute_keeps_the_count(extract, body: str, expected: list) -> None:
    assert _attendees(extract(page(body))) == expected


# -- 1.8: two joint holders of a ceremony ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日，县总工会与县人社局“匠心杯”职业技能竞赛颁奖仪式在县会堂举行。",
         [("“匠心杯”职业技能竞赛颁奖仪式", "2024-05-08", "县总工会与县人社局")]),
        ("5月8日，县委和县政府“十佳”人才表彰大会在县会堂举行。", [("“十佳”人才表彰大会", "2024-05-08", "县委和县政府")]),
        ("5月8日，县妇联和县民政局“最美家庭”表彰会在县文化中心举行。",
         [("“最美家庭”表彰会", "2024-05-08", "县妇联和县民政局")]),
        # NEGATIVE: a signing's or a partnership's two sides are what it is about: the name whole, no organizer
        ("5月8日，江城大学与华信科技公司“产学研”合作项目签约仪式在江城大学举行。",
         [("江城大学与华信科技公司“产学研”合作项目签约仪式", "2024-05-08", None)]),
        ("5月8日，江城农村商业银行与县教育局“金秋助学”战略合作协议签署仪式在县会堂举行。",
         [("江城农村商业银行与县教育局“金秋助学”战略合作协议签署仪式", "2024-05-08", None)]),
    ],
)
def test_joint_holders_of_a_ceremony(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


# -- 1.16: 将 of another verb in a sentence about the event held -----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日，第五届数字经济论坛在江城开幕。本次论坛为期两天，将围绕数字经济展开研讨，邀请300余名专家学者参加。",
         [("第五届数字经济论坛", 300)]),
        ("5月8日，第二届江城人才发展论坛在县会堂开幕。此次论坛持续三天，将设置五个分论坛，邀请200余名专家参加。",
         [("第二届江城人才发展论坛", 200)]),
        # NEGATIVE: guests a coming event will invite
        ("5月8日，县商务局召开会议。组委会还将组织产销对接会，邀请200余名采购商到会。", [("会议", None)]),
    ],
)
def test_invitation_of_the_event_held(extract, body: str, expected: list) -> None:
    assert _attendees(extract(page(body))) == expected


# -- 1.17: the day inside 自<date>…会议召开以来 ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("自5月6日全县安全生产工作会议召开以来，各乡镇迅速行动，排查隐患200余处。",
         [("全县安全生产工作会议", "2024-05-06", None)]),
        ("自4月28日全市防汛工作会议召开以来，各地迅速行动，转移群众300余人。", [("全市防汛工作会议", "2024-04-28", None)]),
        ("5月8日，自5月6日县委经济工作会议召开以来，各部门抓紧落实。", [("县委经济工作会议", "2024-05-06", None)]),
        # NEGATIVE: no day inside the phrase: the clause's day is not the meeting's
        ("5月8日，全县安全生产工作会议召开以来，各乡镇迅速行动。", [("全县安全生产工作会议", None, None)]),
    ],
)
def test_day_inside_the_time_phrase(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


# -- 1.18 / 1.19: a ceremony dated by the event told before ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日上午，江城马拉松鸣枪开跑。\n本次比赛自4月1日起接受报名，共有5000人报名。\n赛后举行颁奖仪式，县长王强为获奖选手颁奖。",
         [("颁奖仪式", "2024-05-06", None)]),
        ("本次比赛自4月1日起接受报名。\n5月6日上午，江城马拉松鸣枪开跑。\n赛后举行颁奖仪式，县长王强为获奖选手颁奖。",
         [("颁奖仪式", "2024-05-06", None)]),
        ("5月6日，全县篮球比赛在县体育馆举行。\n赛后举行颁奖仪式。", [("颁奖仪式", "2024-05-06", None)]),
        ("5月6日，第十届江城运动会开幕。\n开幕式在县体育中心举行，县长王强宣布运动会开幕。", [("开幕式", "2024-05-06", None)]),
        ("5月6日，第五届江城读书节开幕。\n开幕式在县图书馆举行，县长王强宣布读书节开幕。", [("开幕式", "2024-05-06", None)]),
        ("5月7日晚，第三届江城艺术节闭幕。闭幕式在县文化中心举行。", [("闭幕式", "2024-05-07", None)]),
        # NEGATIVE: only registration dated before 赛后; an opening planned
        ("本次比赛自4月1日起接受报名。\n江城马拉松鸣枪开跑。\n赛后举行颁奖仪式，县长王强为获奖选手颁奖。",
         [("颁奖仪式", None, None)]),
    ],
)
def test_ceremony_takes_the_event_day(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


def test_planned_opening_gives_no_day(extract) -> None:
    record = extract(page("第三届江城艺术节将于5月20日开幕。开幕式将在县文化中心举行。"))
    assert all(m["date"] != "2024-05-20" for m in record["meetings"])


# -- 1.21 / 1.23: organizers ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日，县体育馆举办全民健身讲座，200余名市民参加。", [("全民健身讲座", "2024-05-08", "县体育馆")]),
        ("5月8日，市体育场举办全民健身知识讲座。", [("全民健身知识讲座", "2024-05-08", "市体育场")]),
        ("5月8日，市图书馆举办读书分享会。", [("读书分享会", "2024-05-08", "市图书馆")]),
        # a building of a named body: the body
        ("5月8日，江城中学体育馆举行开馆仪式。", [("开馆仪式", "2024-05-08", "江城中学")]),
        ("5月8日，江城中学新校舍举行奠基仪式。", [("奠基仪式", "2024-05-08", "江城中学")]),
        # a person's bare name before 于<date>， holds nothing; a body does
        ("王强于5月8日，在县政府召开防汛工作会议。", [("防汛工作会议", "2024-05-08", None)]),
        ("李明于5月8日上午，在村委会召开村民代表会议。", [("村民代表会议", "2024-05-08", None)]),
        ("县妇联于5月8日上午，在县会堂召开执委会议。", [("执委会议", "2024-05-08", "县妇联")]),
        ("江城商会于5月8日，在商会大楼召开会员大会。", [("会员大会", "2024-05-08", "江城商会")]),
    ],
)
def test_organizer_kept_or_refused(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
