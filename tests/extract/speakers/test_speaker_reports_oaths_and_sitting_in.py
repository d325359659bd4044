"""Rulings of the thirteenth review round: reports, oaths and sitting in (§4); trials watched and
lectures inside an activity (§3).

GUIDELINES §4, thirteenth review round: "One who presents a bill or report with `作…说明` (`受区政府委托作了关于…的说明`)
has 作报告, like `汇报了…情况`. A judge or officer who leads an oath (`在审判员X的领誓下`) has 宣读, like 领学. A person
who attends as a non-voting member and speaks (`列席会议并发表意见`) has 讲话." (The round's first reading of `通报了…
工作情况` as 作报告 was withdrawn, §8: the invented gold, tuning and held-out, reads it as no role; the near misses below
stay.)

GUIDELINES §3, thirteenth review round: "A topical lecture given inside a dated activity that is no meeting
(`5月23日…开放日。活动中，X为来宾作了专题讲座`) is a lecture held on that day. Watching a trial or an open class
(`邀请代表观摩庭审`) is no meeting; a 座谈会 held after it is."

Found: 作…说明 gave 讲话 (the 说 of 说明 read as a remark); 领誓 and 列席…并发表意见 gave
no role; the count of those who watched a trial became the attendee count of the 座谈会 held after it; a lecture told
as given inside a dated activity gave no record and its lecturer no role. Hearsay (据…通报), a body's notice
(市纪委通报了3起典型案例), a commendation (通报表扬), an answer at a press conference (就…问题作了说明), sitting in
without speaking, and a study visit (现场观摩, a meeting by §3) keep today's output.

Invented sentences only; the expected values follow corpus/GUIDELINES.md.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

MEETING = "5月6日，县人大常委会召开第十次会议。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # hearsay: the figures told by a notice, no one reporting at the meeting
        ("据县应急管理局局长王建国通报，全县一季度安全生产形势平稳。", {}),
        # a body's notice of cases, no person
        ("5月6日，市纪委召开警示教育大会，市纪委通报了3起典型案例。市委书记李明讲话。", {"李明": ("市委书记", ("讲话",))}),
        # a commendation read out stays 宣读
        ("5月6日，县政府召开表彰大会，县长王芳宣读通报表扬决定。", {"王芳": ("县长", ("宣读",))}),
        # cases notified by a person are no work or situation reported
        ("5月6日，县纪委召开警示教育大会，县纪委副书记赵刚通报了4起违纪典型案例。", {}),
    ],
)
def test_tongbao_near_misses(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        (MEETING + "副县长周敏受县政府委托作了关于2023年县级财政决算的说明。", "周敏", "副县长"),
        ("5月6日，市人大常委会召开会议，市司法局局长钱平就《江城市物业管理条例（草案）》作说明。", "钱平", "市司法局局长"),
        (MEETING + "县财政局局长马骏受县政府委托就《2023年县级决算（草案）》作说明。", "马骏", "县财政局局长"),
        (MEETING + "县发改委主任孙丽作了关于2024年国民经济和社会发展计划执行情况的说明。", "孙丽", "县发改委主任"),
        (MEETING + "县民政局局长何平对《县养老服务条例（草案）》作了简要说明。", "何平", "县民政局局长"),
    ],
)
def test_bill_presented_with_zuo_shuoming_is_a_report(extract, body: str, name: str, title: str) -> None:
    assert speakers(extract(page(body)))[name] == (title, ("作报告",))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an answer at a press conference: the remark reading stays
        ("5月6日，区政府召开新闻发布会，区住建局局长马骏就群众关心的问题作了说明。", {"马骏": ("区住建局局长", ("讲话",))}),
        # a plain remark is still 讲话
        (MEETING + "县长李明说，要把每一笔钱用好。", {"李明": ("县长", ("讲话",))}),
    ],
)
def test_zuo_shuoming_near_misses(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("5月6日，区法院召开新任人民陪审员宣誓大会。在审判员刘洋的领誓下，新任陪审员庄严宣誓。", "刘洋", "审判员"),
        ("5月6日，市检察院举行宪法宣誓仪式，由检察长张明领誓，12名新任检察官宣誓。", "张明", "检察长"),
        ("5月6日，区法院举行宪法宣誓仪式，院长张华领誓，20名干警宣誓。", "张华", "院长"),
    ],
)
def test_leading_an_oath_is_reading_out(extract, body: str, name: str, title: str) -> None:
    assert speakers(extract(page(body)))[name] == (title, ("宣读",))


@pytest.mark.parametrize(
    "body",
    [
        # supervising the oath is no leading of it
        "5月6日，区法院举行宪法宣誓仪式，院长张华监誓，20名干警宣誓。",
        # the one who leads named only by a label, no act after the name
        "5月6日，区法院举行宪法宣誓仪式，领誓人由院长张华担任。",
    ],
)
def test_oath_near_misses(extract, body: str) -> None:
    assert speakers(extract(page(body))) == {}


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("5月6日，市人大常委会召开第五次会议。市监委主任吴刚列席会议并发表意见。", "吴刚", "市监委主任"),
        ("5月6日，市人大常委会召开会议。市中级法院院长周明列席会议并提出意见。", "周明", "市中级法院院长"),
        ("5月6日，区政协召开常委会议。区检察院检察长钱红应邀列席会议并发表了意见。", "钱红", "区检察院检察长"),
    ],
)
def test_sitting_in_and_speaking_is_an_address(extract, body: str, name: str, title: str) -> None:
    assert speakers(extract(page(body)))[name] == (title, ("讲话",))


@pytest.mark.parametrize(
    "body",
    [
        # sitting in without speaking
        "5月6日，区政协召开常委会议。区法院院长郑华列席会议。",
        # those sitting in named by a relative clause
        "5月6日，市人大常委会召开会议。列席会议的代表周明发表了意见。",
    ],
)
def test_sitting_in_near_misses(extract, body: str) -> None:
    assert speakers(extract(page(body))) == {}


def _meetings(record: dict) -> list[tuple]:
    return [(m["name"], m["date"], m["attendee_count"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，区法院邀请8名人大代表观摩庭审。庭审结束后，法院召开座谈会，听取代表意见建议。",
         [("座谈会", "2024-05-06", None)]),
        ("5月6日，县法院邀请12名人大代表、政协委员走进法庭观摩庭审，并在庭审后召开座谈会。",
         [("座谈会", "2024-05-06", None)]),
        ("5月6日，区检察院邀请10名人民监督员观摩庭审。随后召开座谈会，与会代表就检察工作提出意见。",
         [("座谈会", "2024-05-06", None)]),
        ("5月6日，区法院邀请8名人大代表旁听庭审，并召开座谈会听取意见。", [("座谈会", "2024-05-06", None)]),
        # the 座谈会's own count stays
        ("5月6日，市第一中学邀请20名家长观摩公开课，课后举行座谈会，30名家长参加座谈。", [("座谈会", "2024-05-06", 30)]),
    ],
)
def test_those_who_watched_a_trial_are_no_attendees_of_the_talk(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a study visit on site is a meeting with its count (§3 现场观摩)
        ("5月6日，县委组织部组织40名村党组织书记赴红星村现场观摩。随后召开座谈会。",
         [("现场观摩", "2024-05-06", 40), ("座谈会", "2024-05-06", None)]),
        # a trial watched alone is no meeting
        ("5月6日，区法院邀请8名人大代表观摩庭审。", []),
        # the count of those invited to the talk itself stays
        ("5月6日，区法院召开座谈会，邀请8名人大代表参加，会前代表们观摩了庭审。", [("座谈会", "2024-05-06", 8)]),
    ],
)
def test_trial_watched_near_misses(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("5月23日，区检察院举办检察开放日活动。活动中，检察官李明为来宾作了专题讲座。", "李明", "检察官"),
        ("5月23日，区检察院举办检察开放日活动。活动现场，检察官李明为来宾作了专题讲座。", "李明", "检察官"),
        ("5月23日，县图书馆开展“世界读书日”主题活动。活动中，教授王芳为读者作了专题讲座。", "王芳", "教授"),
    ],
)
def test_lecture_inside_a_dated_activity_is_held_that_day(extract, body: str, name: str, title: str) -> None:
    record = extract(page(body))
    assert _meetings(record) == [("专题讲座", "2024-05-23", None)]
    assert speakers(record)[name] == (title, ("作报告",))


@pytest.mark.parametrize(
    "body",
    [
        # remarks during the activity are no lecture
        "5月23日，区检察院举办检察开放日活动。活动中，检察官李明向来宾介绍了检察工作。",
        # explaining to the public during a drill
        "5月23日，区消防大队开展消防演练活动。活动中，指导员李明为群众讲解了灭火器使用方法。",
    ],
)
def test_activity_near_misses(extract, body: str) -> None:
    record = extract(page(body))
    assert (_meetings(record), speakers(record)) == ([], {})


def test_undated_activity_gives_no_lecture_day(extract) -> None:
    # (the activity has no day of its own: no record, as before)
    assert _meetings(extract(page("区检察院举办检察开放日活动。活动中，检察官李明为来宾作了专题讲座。"))) == []
