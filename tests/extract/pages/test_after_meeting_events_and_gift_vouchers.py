"""Meeting, speaker and funding shapes of events after a meeting, calls, welcomes, recalling and gift vouchers (GUIDELINES §3, fifteenth review round, and more).

- GUIDELINES §3 (fifteenth review round): "An event told with `会后` (a lecture, another meeting) takes the main
  meeting's day, its `date_text` `null` (none is written for it). A count told after `会见…，随后举行座谈会，约N名…出席`
  is the 座谈会's."  Main already read these; pinned here.
- GUIDELINES §4 (fifteenth review round): "A welcome address told before a ceremony begins (`典礼开始前，X致欢迎辞`)
  that opens its own programme is the ceremony's 致辞 (the `会前` exclusion of the tenth round is for remarks before a
  meeting)."  Main already read these; pinned here.
- GUIDELINES §4 (fifteenth review round): "Recalling at a meeting named for the speaker's group (`老党员代表X回忆了…` at a
  老党员座谈会) is 讲话, like 讲述; `回忆说` to the press is none."  Main gave no speaker for 回忆了; and a 他说 after a
  sentence whose labelled subject the rules did not read went to the last actor (the chair).
- GUIDELINES §6 (fifteenth review round): "A gift voucher with its value handed to each honouree (`每位獲頒…禮券新臺幣
  三千元`) is a gift in kind: one record of the share." and "A bare amount label (`合同金额约4.8亿美元`) in the sentence of
  a signing ceremony whose name holds the project (`卡鲁水电站项目EPC总承包合同签约仪式`) has that project as purpose
  (`卡鲁水电站项目EPC总承包`)."  Main read the voucher only by chance of 獲頒 and read a spend-threshold promotion
  (消费满300元即赠礼券30元) as two grants; it left the contract amount with no purpose.
- Hunt h85 (§4: "An official answering … members at a council session" has 讲话; §3 thirteenth round: those told as
  present in a count): a 希望 before a semicolon made the official answering after it "planned"; 提出動議，建議增設…講座
  gave the councillor 作报告 for a lecture only proposed; 約500名志工與家屬共襄盛舉 was no attendee count.

Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page, speakers, when


def _counts(record: dict) -> list[tuple]:
    return [(m["name"], m["location"], m["attendee_count"]) for m in record["meetings"]]


# -- §3: 会后 events take the main meeting's day, no date_text -----------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (and its time of day with its day: §3 nineteenth review round)
        ("5月6日上午，市政协召开十四届五次常委会议。会后，常委们参加了法治专题讲座。",
         [("2024-05-06", "5月6日", "上午"), ("2024-05-06", None, "上午")]),
        ("5月6日，县委召开常委会会议，传达学习全会精神。会后，县委理论学习中心组举行集体学习会。",
         [("2024-05-06", "5月6日", None), ("2024-05-06", None, None)]),
        ("4月28日，全市安全生产工作会议在市行政中心召开。会后还召开了防汛工作座谈会。",
         [("2024-04-28", "4月28日", None), ("2024-04-28", None, None)]),
        # near miss: the later event writes its own day
        ("5月6日，市委召开常委会会议。会后，5月7日举行了专题讲座。",
         [("2024-05-06", "5月6日", None), ("2024-05-07", "5月7日", None)]),
    ],
)
def test_after_meeting_event_takes_the_day(extract, body: str, expected: list) -> None:
    assert when(extract(page(body))) == expected


# -- §3: 会见…，随后举行座谈会，约N名…出席 --------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("行政長官今日（五月六日）在政府總部會見青年聯會代表團，隨後舉行座談會，約80名青年代表出席。",
         [("会见", "政府总部", None), ("座谈会", None, 80)]),
        ("5月6日，市长王强在市政府会见台商代表，随后举行座谈会，约50名企业家出席。",
         [("会见", "市政府", None), ("座谈会", None, 50)]),
        ("5月6日下午，省长在省政府会见专家代表，随后召开座谈会，约20名专家参加。",
         [("会见", "省政府", None), ("座谈会", None, 20)]),
        # near miss: a delegation counted in the call itself, no 座谈会
        ("5月6日，市长王强在市政府会见台商代表团一行30人。", [("会见", "市政府", None)]),
    ],
)
def test_count_after_a_call_is_the_symposium_s(extract, body: str, expected: list) -> None:
    assert _counts(extract(page(body))) == expected


# -- §4: a welcome address before a ceremony begins --------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，第十届毕业典礼在学校礼堂举行。典礼开始前，校长王强致欢迎辞。", {"王强": ("校长", ("致辞",))}),
        ("5月6日，开学典礼在体育馆举行。典礼开始前，校长张华致欢迎辞，欢迎新同学的到来。",
         {"张华": ("校长", ("致辞",))}),
        ("5月6日，消防支队在训练基地举行夏季练兵会操。会操开始前，支队政委李明致辞，号召全体指战员奋勇争先。",
         {"李明": ("支队政委", ("致辞",))}),
    ],
)
def test_welcome_before_ceremony_is_its_address(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


# -- §4: recalling at the meeting of the speaker's group -----------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，社区召开老党员座谈会。座谈会上，老党员代表、退休教师彭德厚回忆了自己入党五十多年来的经历。"
         "他说，要把好传统讲给年轻人听。", {"彭德厚": ("退休教师", ("讲话",))}),
        ("5月6日，社区召开老党员座谈会，书记王强主持。座谈会上，老党员代表、退休教师彭德厚回忆了自己入党的经历。"
         "他说，要把好传统讲给年轻人听。", {"王强": ("书记", ("主持",)), "彭德厚": ("退休教师", ("讲话",))}),
        ("5月6日，社区召开老党员座谈会，书记王强主持。老党员代表李明回忆了当年修水库的情景。",
         {"王强": ("书记", ("主持",)), "李明": (None, ("讲话",))}),
        # (the meeting's frame before the verb: recalling told done there, whatever the meeting's name)
        ("5月6日，省里召开纪念大会。原审计署审计长于明涛在会上回忆了老首长廉洁奉公的事迹。",
         {"于明涛": ("原审计署审计长", ("讲话",))}),
    ],
)
def test_recalling_at_own_group_meeting_is_speech(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 回忆说 to the press
        ("5月6日，社区召开老党员座谈会，书记王强主持。会后，老党员李明接受记者采访时回忆说，当年条件很艰苦。",
         {"王强": ("书记", ("主持",))}),
        # a meeting not named for the group
        ("5月6日，市里召开工作会议，书记王强主持。老党员代表李明回忆了当年修水库的情景。", {"王强": ("书记", ("主持",))}),
        # no group label before the name
        ("5月6日，社区召开老党员座谈会，书记王强主持。会上，李明回忆了当年修水库的情景。", {"王强": ("书记", ("主持",))}),
        # the labelled subject not read as a name: the 他 after it is not the chair's
        ("5月6日，社区召开老党员座谈会，书记王强主持。座谈会上，老党员代表、退休教师彭德厚深情回顾了入党经历。"
         "他说，要把好传统讲给年轻人听。", {"王强": ("书记", ("主持",))}),
        ("5月6日，社区召开老党员座谈会，书记王强主持。座谈会上，老党员彭德厚拿出了珍藏多年的纪念章。"
         "他说，要把好传统讲给年轻人听。", {"王强": ("书记", ("主持",))}),
        # the chair's own sentence before the 他: as before, the chair's remarks
        ("5月6日，社区召开老党员座谈会，书记王强主持。王强对老党员表示慰问。他说，要把好传统讲给年轻人听。",
         {"王强": ("书记", ("主持", "讲话"))}),
    ],
)
def test_recalling_near_misses(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


# -- §6: gift vouchers handed to honourees, not a shop's promotion ------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，县政府举行模范母亲表扬大会，共表扬模范母亲30名，每位獲頒獎牌一面及禮券新臺幣三千元。",
         [(3000.0, "TWD", None)]),
        ("5月6日，縣府舉行模範父親表揚大會，表揚模範父親20名，每位獲頒禮券新臺幣二千元。", [(2000.0, "TWD", None)]),
        ("5月6日，县里表彰优秀志愿者50名，每人获得购物礼券500元。", [(500.0, "CNY", None)]),
        # near misses: a shop's promotion
        ("5月6日，商场开展促销活动，满200元送50元礼券。", []),
        ("5月6日，超市推出优惠活动，消费满300元即赠礼券30元。", []),
        ("5月6日，商场举行开业庆典，顾客凭小票可领取礼券100元。", []),
    ],
)
def test_gift_vouchers(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


# -- §6: a signing ceremony's project as the purpose of a bare contract amount -------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，卡鲁水电站项目EPC总承包合同签约仪式在马坦举行，合同金额约4.8亿美元。",
         [(480000000.0, "USD", "卡鲁水电站项目EPC总承包")]),
        ("当地时间5月6日，江城工程集团有限公司与蒙加共和国能源部卡鲁水电站项目EPC总承包合同签约仪式在马坦举行，"
         "合同金额约4.8亿美元。", [(480000000.0, "USD", "卡鲁水电站项目EPC总承包")]),
        ("5月6日，新城污水处理厂项目合同签约仪式在市政府举行，合同金额约3亿元。",
         [(300000000.0, "CNY", "新城污水处理厂项目")]),
        ("5月6日，江城集团与市政府举行滨江新区综合开发项目签约仪式，签约金额达50亿元。",
         [(5000000000.0, "CNY", "滨江新区综合开发项目")]),
        # near misses: no project in the ceremony's name, a project referred back, another label, another sentence
        ("5月6日，签约仪式在市政府举行，合同金额约3亿元。", [(300000000.0, "CNY", None)]),
        ("5月6日，市政府与江城集团举行战略合作协议签约仪式，协议金额100亿元。", [(10000000000.0, "CNY", None)]),
        ("5月6日，该项目签约仪式在市政府举行，合同金额约3亿元。", [(300000000.0, "CNY", None)]),
        # (a batch's signing: the total is of many projects, none named)
        ("5月6日，江城区一季度重大项目集中签约仪式在区行政中心举行，签约金额156.8亿元。", [(15680000000.0, "CNY", None)]),
        ("5月6日，新城污水处理厂项目签约仪式在市政府举行。合同金额约3亿元。", [(300000000.0, "CNY", None)]),
    ],
)
def test_signing_ceremony_project_as_purpose(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


# -- hunt h85: council answers, motions, 共襄盛舉 -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，縣議會定期會開議，議長張秀蓮主持會議。議員陳建宏質詢時說，偏鄉公車班次不足，希望縣府儘速改善；"
         "副縣長吳宗翰答覆表示，交通處已規劃增闢三條路線。",
         # (the member questioning at the session: 讲话, GUIDELINES §4 sixteenth review round, tests/extract/pages/test_members_questioning_government.py)
         {"张秀莲": ("议长", ("主持",)), "陈建宏": ("议员", ("讲话",)), "吴宗翰": ("副县长", ("讲话",))}),
        ("5月6日，縣議會定期會開議。偏鄉公車班次不足，希望縣府儘速改善；副縣長吳宗翰答覆表示，交通處已規劃增闢三條路線。",
         {"吴宗翰": ("副县长", ("讲话",))}),
        ("5月6日，區議會舉行會議。議員陳志遠提出動議，建議增設反詐騙講座。", {"陈志远": ("议员", ("讲话",))}),
        ("5月6日，區議會舉行第十次會議，由主席劉嘉欣主持。議員陳志遠在會上提出動議，建議增設長者健康講座及跨代共融活動。",
         {"刘嘉欣": ("主席", ("主持",)), "陈志远": ("议员", ("讲话",))}),
        # near misses: a lecture given, and one a person holds, stay 作报告
        ("5月6日，市政协召开常委会议。王强教授作专题讲座。", {"王强": ("教授", ("作报告",))}),
        ("5月6日，市政协召开读书会。王强教授为委员们举办了一场法治讲座。", {"王强": ("教授", ("作报告",))}),
        # (a proposal spoken with its object at a council session: "is 讲话, as the fourteenth round's `委员X建议…` says
        # (rows that read none are changed)", GUIDELINES §4 seventeenth review round)
        ("5月6日，市政协召开常委会议。委员王强建议开设法治讲座。", {"王强": ("委员", ("讲话",))}),
        # a plan in the same clause still makes the act planned
        ("5月6日，縣府召開記者會，縣長翁文豪預計於本月中旬主持志工表揚大會。", {}),
    ],
)
def test_council_answers_and_motions(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，縣府舉辦志工表揚大會，現場約500名志工與家屬共襄盛舉。", [("志工表扬大会", None, 500)]),
        ("5月6日，市府於市政大樓舉辦績優志工表揚大會，市長親臨頒獎，現場約300名志工與家屬共襄盛舉。",
         [("绩优志工表扬大会", "市政大楼", 300)]),
        ("5月6日，市府舉辦模範母親表揚大會，約200位民眾共襄盛舉。", [("模范母亲表扬大会", None, 200)]),
        # near misses: an invitation, a visitor forecast
        ("5月6日，市府舉辦模範母親表揚大會，歡迎民眾共襄盛舉。", [("模范母亲表扬大会", None, None)]),
        ("5月6日，縣府舉辦燈會記者會，預計吸引50萬人次共襄盛舉。", [("灯会记者会", None, None)]),
    ],
)
def test_gathered_count(extract, body: str, expected: list) -> None:
    assert _counts(extract(page(body))) == expected
