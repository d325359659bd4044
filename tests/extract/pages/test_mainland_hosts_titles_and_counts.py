"""Phrasings of mainland meeting reports: hosts, speaker titles and
attendee counts.  Invented sentences; the expected values follow corpus/GUIDELINES.md §3-4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def _host(record: dict) -> tuple[str, str | None] | None:
    """(name, title) of the main meeting's host."""
    host = record["meetings"][0]["host"]
    return (host["name"], host["title"]) if host else None


def _attendees(record: dict) -> tuple[int | None, bool]:
    """(attendee_count, attendee_approx) of the main meeting."""
    meeting = record["meetings"][0]
    return meeting["attendee_count"], meeting["attendee_approx"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a post word opening one person's chain is no name (安全 before 总监)
        ("5月9日，公司召开2024年安全生产月启动会。公司安全总监、安全环保部部长张强主持会议。",
         {"张强": ("公司安全总监、安全环保部部长", ("主持",))}),
        ("5月9日，公司召开会议。公司党委委员、安全总监刘伟主持会议。", {"刘伟": ("公司党委委员、安全总监", ("主持",))}),
        # names before their titles in a list stay names
        ("5月9日，县委召开会议。杨卉明副主任、黄劲松副主席为获奖代表颁奖。",
         {"杨卉明": ("副主任", ("颁奖",)), "黄劲松": ("副主席", ("颁奖",))}),
        # a doctorate after a rank ends the chain
        ("5月9日，区委召开理论学习会。区委书记王强主持。省委党校教授、博士李明作专题辅导。",
         {"王强": ("区委书记", ("主持",)), "李明": ("省委党校教授、博士", ("作报告",))}),
        ("5月9日，区委召开理论学习会。省委党校副教授、法学博士李明作专题辅导。",
         {"李明": ("省委党校副教授、法学博士", ("作报告",))}),
        ("5月9日，区委召开理论学习会。北京大学教授、博士生导师陈明作专题辅导。",
         {"陈明": ("北京大学教授、博士生导师", ("作报告",))}),
        # chief compliance officer is a post
        ("5月9日，公司召开合规管理工作会。公司首席合规官周敏主持会议。", {"周敏": ("公司首席合规官", ("主持",))}),
        ("5月9日，公司召开合规管理工作会。公司总法律顾问、首席合规官周敏主持会议。",
         {"周敏": ("公司总法律顾问、首席合规官", ("主持",))}),
        # honours are no titles, also before a post in the chain
        ("5月9日，县工商联召开座谈会。优秀企业家、某公司董事长赵亮，优秀企业家、某集团总经理孙波先后发言。",
         {"赵亮": ("某公司董事长", ("发言",)), "孙波": ("某集团总经理", ("发言",))}),
        ("5月9日，团县委召开座谈会。青年岗位能手、技术员王涛，优秀团员、工程师赵敏作交流发言。",
         {"王涛": ("技术员", ("发言",)), "赵敏": ("工程师", ("发言",))}),
        ("5月9日，县总工会召开座谈会。全国劳动模范、某公司高级技师李大山发言。", {"李大山": ("某公司高级技师", ("发言",))}),
        # a name after an honour, its given name a common word
        ("5月9日，县总工会召开座谈会。县总工会主席陈静主持。省劳动模范李大山发言。",
         {"陈静": ("县总工会主席", ("主持",)), "李大山": (None, ("发言",))}),
        ("5月9日，县总工会召开座谈会。全国劳动模范李大山作交流发言。", {"李大山": (None, ("发言",))}),
        # not speakers: an honour label alone, one honoured or visited
        ("5月9日，团县委召开座谈会。先进个人代表张红发言。", {"张红": (None, ("发言",))}),
        ("5月9日，县委召开会议。县委书记王强慰问了省劳动模范李大山。", {}),
        ("5月9日，县委召开会议。县委书记王强向全国劳动模范李大山颁发证书。", {"王强": ("县委书记", ("颁奖",))}),
    ],
)
def test_titles_and_names(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "host"),
    [
        # co-hosts set off by a comma after 由: the first one written, as with 和
        ("5月9日，县委召开工作会议。会议由县委副书记、县长孙浩，县委副书记刘平主持。", ("孙浩", "县委副书记、县长")),
        ("5月9日，县委召开座谈会。会议由县委副书记、县长孙浩，县委副书记刘平共同主持。", ("孙浩", "县委副书记、县长")),
        ("5月9日，县委召开座谈会。会议由县委副书记吴海涛和县委常委邓丽共同主持。", ("吴海涛", "县委副书记")),
        # not co-hosts: one who attends, then the host in a clause of his own
        ("5月9日，县委召开座谈会。县委书记王强出席会议并讲话，县长李明主持会议。", ("李明", "县长")),
        ("5月9日，县委召开座谈会。会议由县委书记王强主持，县长李明讲话。", ("王强", "县委书记")),
        ("5月9日，公司召开2024年安全生产月启动会。公司安全总监、安全环保部部长张强主持会议。",
         ("张强", "公司安全总监、安全环保部部长")),
    ],
)
def test_hosts(extract, body: str, host: tuple) -> None:
    assert _host(extract(page(body))) == host


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月9日，县政府召开全县经济工作会议。县四大家领导参加会议，线上线下共计约600人。", (600, True)),
        ("5月9日，学校召开科研工作会议。参会的有各学院院长、科研院全体人员等90余人。", (90, True)),
        ("5月9日，县委召开工作会议。参会的有各乡镇党委书记、县直单位负责人等90余人。", (90, True)),
        ("5月9日，学校召开工作会议。校领导班子成员及中层干部、教师代表参加会议，总人数约为260人。", (260, True)),
        ("5月9日，县委召开会议。各乡镇负责同志参加会议，共计120余人。", (120, True)),
        # awardees are a part of those attending: no count of them
        ("5月9日，县委召开表彰大会。县委书记王强讲话。获奖的20名致富带头人参加会议并领奖。", (None, False)),
        ("5月9日，县委召开座谈会。受表彰的12名优秀共产党员和5个先进基层党组织代表参加座谈。", (None, False)),
        # units counted and a population are no attendees
        ("5月9日，县委召开会议。全县22个乡镇参加会议，线上线下共计30个单位。", (None, False)),
        ("5月9日，县委召开会议。全县总人数约为60万人。", (None, False)),
    ],
)
def test_attendee_counts(extract, body: str, expected: tuple) -> None:
    assert _attendees(extract(page(body))) == expected
