"""Science, technology and human resources pages: four shapes found on invented pages of the register.

- Money a body plans to add (市财政计划再安排就业补助资金2亿元, 计划还将追加拨付…) is only intended (GUIDELINES §6: 计划 makes
  money only intended), and a job's contract in the sentence before (签订一年以上劳动合同) is no signing that would keep it.
- A day word between the subject and the other party of a signing (创新科技署今日上午与…大学举行…签署仪式) is no part of
  the organizer: the parties stay the organizer as written, as with a dated subject (§3 ninth review round).
- A designation conferred on counted units with its plaque, unquoted, after a level word (为新认定的15家市级就业见习基地授牌)
  is an honour, the level dropped (§5 tenth review round: 为新认定的8家国家级专精特新“小巨人”企业授牌).
- The same designation counted after its name (首批共认定院士专家工作站六家) is that honour, unless a running tally
  (今年以来…, 全市已认定…, 目前…) (§5 tenth review round; a tally of a period is no award).
- A topical lecture told on the day of the opening just told (开班当天，研究员X…作了专题讲座) is a lecture held on a
  stated day, its own record (§3 twelfth review round); a bare 当天 inside the account stays part of the meeting.
- The experts a review panel is made of (专家组由来自…的9位专家组成) are no attendee count (§3 attendee_count).
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, grants, held, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("市财政计划再安排就业补助资金2亿元。", []),
        ("县财政计划还将安排科技创新专项资金3000万元。", []),
        ("区里计划追加拨付创业补贴资金500万元。", []),
        # a job's contract in the sentence before is no signing that keeps money only intended
        ("企业每招用1名高校毕业生并签订一年以上劳动合同的，给予补助。市财政计划再安排就业补助资金2亿元。", []),
        ("用人单位与见习人员签订劳务合同后，给予补贴。县财政计划再安排见习补贴资金800万元。", []),
        # NEGATIVE: a decision reported keeps it; money paid keeps it; a signed agreement keeps a plan's money
        ("会议决定，市财政计划再安排就业补助资金2亿元。", [(200000000.0, "CNY")]),
        ("市财政再安排就业补助资金2亿元，用于稳岗扩岗。", [(200000000.0, "CNY")]),
        ("5月6日，县政府与华信集团签订投资协议。华信集团计划再投入5亿元。", [(500000000.0, "CNY")]),
    ],
)
def test_money_planned_on_top(extract, body, expected):
    assert [(a, c) for a, c, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("江城大学今日上午与华信科技公司在学术中心举行战略合作签约仪式。", "江城大学与华信科技公司"),
        ("江城大学今日（五月六日）上午与华信科技公司、江城银行在学术中心举行战略合作签约仪式。", "江城大学与华信科技公司、江城银行"),
        ("市科技局昨天下午同江城理工大学在市民中心举行科技合作协议签署仪式。", "市科技局同江城理工大学"),
        # NEGATIVE: the dated form already read so; a subject with no party after the time stays alone
        ("5月6日，江城大学与华信科技公司在学术中心举行战略合作签约仪式。", "江城大学与华信科技公司"),
        ("江城大学今日上午在学术中心举行2024年科技工作会议。", "江城大学"),
    ],
)
def test_time_between_signing_parties(extract, body, organizer):
    assert [o for _, _, o in held(extract(page(body)))] == [organizer]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，市人社局为新认定的15家市级就业见习基地授牌。", [("就业见习基地", 15, "家", "organization")]),
        ("会上，区科技局为新认定的12家区级众创空间授牌。", [("众创空间", 12, "家", "organization")]),
        ("会上，为8家省级科技企业孵化器颁牌。", [("科技企业孵化器", 8, "家", "organization")]),
        ("仪式上，为第二批6个市级院士专家工作站授牌。", [("院士专家工作站", 6, "个", "organization")]),
        # NEGATIVE: no level word (the holders' own noun), money paid to the units, a tally, a plan ahead
        ("5月6日，区科技局为12家企业授牌。", []),
        ("5月6日，区科技局为15家市级就业见习基地拨付补贴资金30万元。", []),
        ("今年以来，全市已为20家市级就业见习基地授牌。", []),
        ("下一步，将为10家市级就业见习基地授牌。", []),
    ],
)
def test_designation_plaque_unquoted(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("9月4日，评审会在学术交流中心召开。评审专家组由来自中国科学院等单位的9位专家组成。", None),
        ("5月6日，论证会在市科技局召开。论证专家组由来自高校和企业的7名专家共同组成。", None),
        # NEGATIVE: people from many places who attend are the count
        ("9月4日，评审会在学术交流中心召开，来自中国科学院等单位的9位专家参加会议。", 9),
        ("5月6日，研讨会在江城大学举行，来自全国各地的120余名专家学者参加。", 120),
    ],
)
def test_panel_members_no_attendance(extract, body, count):
    assert [m["attendee_count"] for m in extract(page(body))["meetings"]] == [count]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("局长宣读了认定通知，首批共认定院士专家工作站六家。", [("院士专家工作站", 6, "家", "organization")]),
        ("会上，市科技局宣布正式认定市级众创空间12个。", [("众创空间", 12, "个", "organization")]),
        ("5月6日，区人社局新认定区级就业见习基地8家。", [("就业见习基地", 8, "家", "organization")]),
        # NEGATIVE: a running tally, a rating of firms, a plan ahead
        ("今年以来，全市共认定院士专家工作站20家。", []),
        ("全市已认定院士专家工作站45家。", []),
        ("目前，全市共认定市级众创空间30个。", []),
        ("全市共认定高新技术企业312家。", []),
        ("下一步，将认定院士专家工作站10家。", []),
    ],
)
def test_designation_counted_after_name(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月11日上午，培训班开班仪式在县委党校举行。开班当天，省农科院研究员赵建国以《茶园绿色防控技术》为题作了专题讲座。",
         [("培训班开班仪式", "2024-04-11"), ("专题讲座", "2024-04-11")]),
        ("4月11日上午，培训班开班仪式在县委党校举行。开幕当天，研究员赵建国为学员作了茶园管理专题讲座。",
         [("培训班开班仪式", "2024-04-11"), ("茶园管理专题讲座", "2024-04-11")]),
        ("4月11日，夏令营开营仪式在江城大学举行。开营当日，教授李明为营员作了人工智能专题讲座。",
         [("夏令营开营仪式", "2024-04-11"), ("人工智能专题讲座", "2024-04-11")]),
        # NEGATIVE: a bare 当天 inside the account is a part of the meeting
        ("4月11日上午，培训班开班仪式在县委党校举行。当天，省农科院研究员赵建国作了专题讲座。",
         [("培训班开班仪式", "2024-04-11")]),
    ],
)
def test_lecture_on_opening_day(extract, body, expected):
    assert dated(extract(page(body))) == expected
