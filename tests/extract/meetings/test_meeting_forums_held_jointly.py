"""Meeting records of forums held jointly, places before names, crowds, agendas and venues: a forum held jointly
(甲与乙合办“…”论坛, 联合主办, 由…合办的…), a place before a ceremony's name, a crowd as the subject
(首都各界群众, 全市干部群众, 首都青年), a session's agenda told ahead (会议将听取…的报告, 会议还将审议…),
venues (在…应变中心, 假座…酒店, 在…礼堂隆重举行, 于線上以視訊方式, 在…会议室以视频形式), attendee counts
(参会人员共计120余人, 与会代表200多名, 近百名, 座无虚席, 线上线下共500余人) and other common meeting
sentences (调度会, 培训班开班仪式, 揭牌仪式, 专题民主生活会, 主题党日活动, 三会一课).  Invented sentences;
the expected values follow corpus/GUIDELINES.md (§3, §4), and the near misses must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers


def _where(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, location, organizer) of each meeting, in order."""
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


def _counts(record: dict) -> list[tuple[str, int | None, bool]]:
    """(name, attendee_count, attendee_approx) of each meeting, in order."""
    return [(m["name"], m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a forum held jointly, 合办 / 联合主办 as the main verb: the forum held, the two bodies as written (§3)
        ("5月6日，市文联与市作协合办“青年写作”论坛，来自各地的60余名作家参加。",
         [("“青年写作”论坛", "2024-05-06", "市文联与市作协")]),
        ("5月6日，市文联与市作协联合主办“青年写作”论坛。", [("“青年写作”论坛", "2024-05-06", "市文联与市作协")]),
        ("5月6日，市文联和市作协共同主办第三届青年写作论坛。", [("第三届青年写作论坛", "2024-05-06", "市文联和市作协")]),
        # (the 由… agent of two bodies is listed, as §3's `由甲联合乙主办` → `甲、乙`; 作协 read as a body since f45loc)
        ("5月6日，由市文联与市作协合办的“青年写作”论坛在市图书馆举行。",
         [("“青年写作”论坛", "2024-05-06", "市文联、市作协")]),
        # (joint hosts of 联合主办的 listed, as with any two bodies: 市科协和市文联联合主办的 → 市科协、市文联)
        ("市科协和市社科联联合主办的第三届科技与人文论坛近日开幕。", [("第三届科技与人文论坛", None, "市科协、市社科联")]),
        # near misses: a journal published jointly, a tally of forums, a forum still ahead, 合办 inside an office's
        # name or a room's, the noun of co-hosts
        ("5月8日，县委综合办在三楼会议室召开工作例会。", [("工作例会", "2024-05-08", "县委综合办")]),
        ("5月8日，市场监管局在政务服务中心联合办公区召开企业座谈会。", [("企业座谈会", "2024-05-08", "市场监管局")]),
        ("5月8日，市科协联合主办单位在青溪宾馆举行第三届科技论坛。", [("第三届科技论坛", "2024-05-08", "市科协")]),
        ("市文联与市作协合办的刊物《青溪文艺》已出版50期。", []),
        ("两家单位今年已合办多场论坛。", []),
        ("5月20日，市文联与市作协将合办“青年写作”论坛。", []),
        ("5月20日，市文联与市作协将联合主办“青年写作”论坛。", []),
    ],
)
def test_a_forum_held_jointly(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a place before a topic is part of the name as written; before an edition, a year or a quoted part it is
        # the organizer prefix (§3, X县“…”第十六讲 -> X县)
        ("5月7日上午，青溪县重点项目集中签约仪式在县行政中心举行。", [("青溪县重点项目集中签约仪式", "县行政中心", None)]),
        ("5月7日上午，青溪县2024年第二季度重点项目集中签约仪式在县行政中心举行。",
         [("2024年第二季度重点项目集中签约仪式", "县行政中心", "青溪县")]),
        ("5月7日上午，青溪县“招商引资月”重点项目集中签约仪式在县行政中心举行。",
         [("“招商引资月”重点项目集中签约仪式", "县行政中心", "青溪县")]),
        ("5月7日上午，青溪县举行重点项目集中签约仪式。", [("重点项目集中签约仪式", None, "青溪县")]),
        ("5月7日上午，青溪县退役军人服务中心揭牌仪式举行。", [("青溪县退役军人服务中心揭牌仪式", None, None)]),
    ],
)
def test_a_place_before_the_name(extract, body: str, expected: list) -> None:
    assert _where(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a crowd holding an event is no body: no organizer (§3)
        ("5月6日，首都青年在人民大会堂举行纪念大会，纪念五四运动105周年。", [("纪念大会", "人民大会堂", None)]),
        ("5月7日，全市干部群众在市体育中心举行庆祝大会。", [("庆祝大会", "市体育中心", None)]),
        ("5月7日，社会各界人士在市会展中心举行座谈会，纪念建市40周年。", [("座谈会", "市会展中心", None)]),
        ("5月7日，全校师生在体育馆举行开学典礼。", [("开学典礼", "体育馆", None)]),
        ("5月7日，机关党员在会议室召开专题组织生活会。", [("专题组织生活会", "会议室", None)]),
        # near misses: bodies whose names hold such a word, and bodies joined by 和
        ("5月7日，市青年联合会在青年宫举行座谈会。", [("座谈会", "青年宫", "市青年联合会")]),
        ("5月7日，各民主党派中央和全国工商联在京举行座谈会，纪念讲话发表三周年。",
         [("座谈会", "北京", "各民主党派中央和全国工商联")]),
        ("5月7日，华侨大学在图书馆举行捐赠仪式。", [("捐赠仪式", "图书馆", "华侨大学")]),
    ],
)
def test_a_crowd_is_no_organizer(extract, body: str, expected: list) -> None:
    assert _where(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the agenda told ahead: a report to be heard gives no 作报告, and no other meeting (§3, §4)
        ("5月7日，县人大常委会召开第十八次会议，主任王刚主持。会议将听取副县长李明作的关于安全生产工作情况的报告，"
         "会议还将审议县政府关于财政预算调整的议案。", {"王刚": ("主任", ("主持",))}),
        ("5月7日，县人大常委会第十八次会议开幕。会议将听取县长李明关于政府工作的报告，还将召开主任会议。", {}),
        # near misses: the report heard, and a report given
        ("5月7日，县人大常委会召开第十八次会议，主任王刚主持。会议听取和审议了副县长李明关于安全生产工作情况的报告。",
         {"王刚": ("主任", ("主持",)), "李明": ("副县长", ("作报告",))}),
        ("5月7日，县人大常委会召开第十八次会议。会议听取了副县长李明作的关于安全生产工作情况的报告。",
         {"李明": ("副县长", ("作报告",))}),
    ],
)
def test_an_agenda_told_ahead(extract, body: str, expected: dict) -> None:
    record = extract(page(body))
    assert speakers(record) == expected
    assert len(record["meetings"]) == 1


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，澄江县在县府灾害应变中心召开防汛工作部署会，县长王刚主持会议。",
         [("防汛工作部署会", "县府灾害应变中心", "澄江县")]),
        # 假座 (Hong Kong and Macau usage) before the venue; a bare 年会 is the name as written (§3)
        ("5月7日，市旅游协会假座丽华大酒店举行年会，会长陈明主持。", [("年会", "丽华大酒店", "市旅游协会")]),
        ("5月7日，市红十字会假座市工人文化宫举办表彰大会。", [("表彰大会", "市工人文化宫", "市红十字会")]),
        ("5月4日上午，纪念五四运动105周年大会在学校大礼堂隆重举行。", [("纪念五四运动105周年大会", "学校大礼堂", None)]),
        # online is no venue (the invented gold's 以视频连线方式 gives none)
        ("本會於5月6日於線上以視訊方式召開第三次理監事聯席會議，理事長林志明主持。", [("第三次理监事联席会议", None, None)]),
        ("5月6日，市总工会在线上召开劳模座谈会。", [("劳模座谈会", None, "市总工会")]),
        ("5月7日，区政府在三楼会议室以视频形式召开安全生产工作会议，区长赵强主持。",
         [("安全生产工作会议", "三楼会议室", "区政府")]),
        ("5月6日，县政府在县府灾害应变中心以视频形式召开防汛工作会议。", [("防汛工作会议", "县府灾害应变中心", "县政府")]),
    ],
)
def test_venues(extract, body: str, expected: list) -> None:
    assert _where(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，全县教育工作会议召开，参会人员共计120余人。", [("全县教育工作会议", 120, True)]),
        ("5月7日，市第五次妇女代表大会开幕，与会代表200多名。", [("市第五次妇女代表大会", 200, True)]),
        ("5月7日，近百名志愿者参加了社区志愿服务表彰会。", [("社区志愿服务表彰会", 100, True)]),
        ("5月7日，市数字经济峰会开幕，线上线下共500余人参加。", [("市数字经济峰会", 500, True)]),
        ("5月7日，公司在第一会议室召开安全生产月启动会，公司领导班子成员和各部门负责人共计60人参加。",
         [("安全生产月启动会", 60, False)]),
        # near misses: a full hall is no number; a count of companies is no headcount (§3)
        ("5月7日，县委宣讲团报告会在县会堂举行，会场座无虚席。", [("县委宣讲团报告会", None, False)]),
        ("5月7日，市商务局组织召开外贸企业座谈会，来自全市的25家企业负责人参加。", [("外贸企业座谈会", None, False)]),
    ],
)
def test_attendee_counts(extract, body: str, expected: list) -> None:
    assert _counts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，市政府召开防汛工作调度会，副市长张强主持会议并讲话。", [("防汛工作调度会", "2024-05-07", "市政府")]),
        ("5月7日上午，市委组织部举办全市年轻干部培训班开班仪式。",
         [("全市年轻干部培训班开班仪式", "2024-05-07", "市委组织部")]),
        ("5月7日上午，县委常委班子召开巩固主题教育成果专题民主生活会，县委书记王刚主持会议并作总结讲话。",
         [("巩固主题教育成果专题民主生活会", "2024-05-07", "县委常委班子")]),
        ("5月7日，机关第一党支部开展“学党史、办实事”主题党日活动，30余名党员参加。",
         [("“学党史、办实事”主题党日活动", "2024-05-07", "机关第一党支部")]),
        ("5月7日，机关第一党支部组织全体党员开展主题党日活动。", [("主题党日活动", "2024-05-07", "机关第一党支部")]),
        ("5月7日，县纪委监委召开警示教育大会，全县300多名党员干部参加会议。", [("警示教育大会", "2024-05-07", "县纪委监委")]),
        # a person chairs it; the body named before its numbered session organizes it (§3 fourteenth round: a body's
        # name before 会议, 镇党委会议, is organized by that body; this row read null before that round)
        ("5月7日，县委书记王刚主持召开县委财经委员会第五次会议。", [("县委财经委员会第五次会议", "2024-05-07", "县委财经委员会")]),
        # near miss: a person chairs a meeting named by no body, no organizer
        ("5月7日，县委书记王刚主持召开专题会议。", [("专题会议", "2024-05-07", None)]),
        # near misses: a habit and a system are no meeting held (§3)
        ("机关党支部严格落实“三会一课”制度，定期召开支部委员会。", []),
        ("机关党支部每月定期召开支部委员会，严格落实“三会一课”制度。", []),
    ],
)
def test_common_meeting_sentences(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
