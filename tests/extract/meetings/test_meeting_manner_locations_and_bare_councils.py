"""Meeting shapes of the fourteenth round: manner phrases after a venue, attendees and bare councils. Invented sentences; the expected values
follow corpus/GUIDELINES.md §3.

- Location: the manner 以…相结合的方式 after the venue of a passive name (在公司总部会议室以现场投票与网络投票相结合的方式
  召开) was cut at its 与, leaving 公司总部会议室以现场投票 (the manner is no part of the venue, however long); the topic
  after 就 (在华信大厦就人才培养的合作举行座谈会) stayed in the venue; a self-reference before a court's service hall
  or courtroom (在本院诉讼服务中心) was not read as that court's room (thirteenth round: 本院第一会议室).
- Attendees: guests counted as present at a ceremony with their noun after the count (出席仪式的还有…等约80位嘉宾) gave
  no count (fourteenth round: guests counted as present attend); the listeners of a lecture told in its own sentence
  (thirteenth round: 举办…讲座，为150余名读者带来了一场…) gave none when the lecture was held in a passive, numbered
  (系列讲座第三讲), its lecturer the subject of the clause, or the listeners addressed as 读者朋友.
- Organizer: a bare 议会 as the organizer is a generic subject with no name (null), unless the page names exactly one
  council, which it stands for (fourteenth round: 镇党委 for the one 白沙镇党委 named).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def fields(record: dict, *keys: str) -> list[tuple]:
    return [tuple(m[k] for k in keys) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the manner after the venue, however long
        ("2024年第一次临时股东大会于5月6日在公司总部会议室以现场投票与网络投票相结合的方式召开。", ["公司总部会议室"]),
        ("2024年第一次临时股东大会于5月6日在公司总部会议室以现场投票和网络投票相结合的方式召开。", ["公司总部会议室"]),
        # the topic after 就
        ("5月6日，江城大学与华信集团在华信大厦就人才培养的合作举行座谈会。", ["华信大厦"]),
        ("5月6日，江城大学与华信集团在华信大厦就深化合作事宜召开座谈会。", ["华信大厦"]),
        ("5月6日，县委在县委第一会议室就乡村振兴工作召开专题会议。", ["县委第一会议室"]),
        ("5月6日，江城大学与华信集团举行战略合作签约仪式。签约仪式后，双方在华信大厦就人才培养的合作进行了座谈。",
         [None, "华信大厦"]),
        ("5月6日，华信集团举行新品发布会。会后，集团领导与来宾在三楼会议室就市场拓展进行了座谈。", [None, "三楼会议室"]),
        # a self-reference before a court's service hall or courtroom
        ("5月6日上午，江城市中级人民法院在本院诉讼服务中心召开新闻发布会。", ["江城市中级人民法院诉讼服务中心"]),
        ("5月6日，江城区人民法院在本院第一审判庭举行公开开庭活动暨座谈会。", ["江城区人民法院第一审判庭"]),
        ("5月6日，江城区人民法院在本院科技法庭召开庭审观摩座谈会。", ["江城区人民法院科技法庭"]),
        # (NEGATIVE rows: a short manner, or one read already; 就 inside a venue's own name; a bare 本院中心, no room; a room of a
        # self-reference as before)
        ("5月6日上午，华信集团在公司总部三楼会议室以现场投票方式召开2024年第一次临时股东大会。", ["公司总部三楼会议室"]),
        ("5月6日，江城银行在总行会议室以现场与视频连线相结合的方式召开年度工作会议。", ["总行会议室"]),
        ("5月6日，市人社局在县人社局就业服务中心召开专场招聘工作推进会。", ["县人社局就业服务中心"]),
        ("5月6日，江城区人民法院在本院中心召开座谈会。", ["本院中心"]),
        ("5月6日，江城区人民检察院在本院十楼会议室召开检察开放日座谈会。", ["江城区人民检察院十楼会议室"]),
    ],
)
def test_location(extract, body: str, expected: list) -> None:
    assert [m["location"] for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # guests counted as present, their noun after the count
        ("5月6日上午，江城大学建校七十周年庆祝仪式在体育馆举行。出席儀式的還有校友代表、合作企业代表等約80位嘉賓。",
         [(80, True)]),
        ("5月6日上午，江城大学建校七十周年庆祝仪式在体育馆举行。出席仪式的还有校友代表、合作企业代表等约80位嘉宾。",
         [(80, True)]),
        ("5月6日上午，华信集团新总部落成典礼在江城举行。出席典礼的还有市工商联负责人、行业协会代表等80余位来宾。",
         [(80, True)]),
        # the listeners of a lecture in its own sentence
        ("5月6日，“走进宋词”主题讲座在市图书馆举行，为150余名读者带来了一场精神盛宴。", [(150, True)]),
        ("5月6日，市图书馆举办“走进宋词”系列讲座第三讲，为150余名读者带来了一场精神盛宴。", [(150, True)]),
        ("5月6日，市图书馆举办“走进宋词”主题讲座，江城大学教授李明为150余名读者带来了一场精神盛宴。", [(150, True)]),
        ("5月6日，市图书馆举办“走进宋词”主题讲座，为150余位读者朋友带来了一场精神盛宴。", [(150, True)]),
        # (NEGATIVE rows: the count's noun goes on to other people; another act of the body, or one after the
        # lecture; an award handed; a tally of the library's; as before, 约300人 after a comma)
        ("5月6日上午，华信集团新总部落成典礼在江城举行。出席典礼的还有市工商联负责人等约80位嘉宾代表的家属。", [(None, False)]),
        ("5月6日，市图书馆举办“走进宋词”主题讲座，图书馆还为150余名读者送上了纪念书签。", [(None, False)]),
        ("5月6日，市图书馆举办“走进宋词”主题讲座。讲座结束后，馆长为150余名读者送上了纪念书签。", [(None, False)]),
        ("5月6日，市图书馆举办“走进宋词”主题讲座，馆长为20名优秀读者颁发证书。", [(None, False)]),
        ("5月6日，市图书馆举办“走进宋词”主题讲座。图书馆今年已为1500余名读者办理借阅证。", [(None, False)]),
        ("5月6日上午，华信集团新总部落成典礼在江城举行。出席典礼的还有市工商联、行业协会负责人等，约300人。", [(300, True)]),
    ],
)
def test_attendees(extract, body: str, expected: list) -> None:
    assert fields(extract(page(body)), "attendee_count", "attendee_approx") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a bare council, no name on the page
        ("5月6日，议会召开第三次定期会，审议多项议案。", [None]),
        ("5月6日上午，議會舉行第20屆第5次定期會開幕式。", [None]),
        ("5月6日，议会在议事厅举行闭会式。", [None]),
        ("5月6日，由议会主办的地方治理论坛在议事厅举行。", [None]),
        # two councils named: which one is not told
        ("5月6日，宜兰县议会与花莲县议会召开交流座谈会。议会召开第三次临时会，审议预算案。", ["宜兰县议会与花莲县议会", None]),
        # the one council the page names
        ("台北市议会近日公布议程。5月6日，议会召开第三次临时会，审议预算案。", ["台北市议会"]),
        # (NEGATIVE rows: a council named as the subject; a level word and the council, like 市委)
        ("5月6日，宜兰县议会召开第三次定期会，审议多项议案。", ["宜兰县议会"]),
        ("5月6日，市议会召开第三次定期会，审议多项议案。", ["市议会"]),
    ],
)
def test_bare_council(extract, body: str, expected: list) -> None:
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == expected
