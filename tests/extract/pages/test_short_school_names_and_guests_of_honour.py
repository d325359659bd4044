"""Meeting, speaker and award shapes of short school names, lessons, tallies and guests of honour.

Found by scoring main on the s124 tuning pages and writing invented rows for each missed or spurious value:

- §3 (a school written before its own ceremony's name holds it; a lecture given inside a ceremony is its own record):
  a school's short numbered name (``宁川二中``, ``江城十一中``) before its ceremony was left in the name with no organizer,
  and its ``一中`` made the lesson ``开学第一课`` look like the ceremony again; a ceremony named with ``第一学期`` swallowed
  the lesson the same way (the two names share 开, 学, 第, 一). Now the school is the organizer and a lesson stays its own
  record beside a ceremony whatever characters they share; ``二中全会``, ``一中队`` keep their names whole.
- §4 (上党课/授课: a lesson given is 作报告): ``为全体师生上了题为《…》的“开学第一课”`` gave no role, the title being longer than
  the gap the pattern allowed between 上了 and 课.
- §5 sixteenth review round (a tally of a past period, whichever body opens it): ``市政府去年共表彰劳动模范40名`` and the
  Taiwan ``縣府去年共表揚…`` were read as this event's conferral (a government was no body kind that keeps a tally).
- §4 nineteenth and twentieth rounds (主礼嘉宾 take 颁奖 for the act the group is told performing; a guest who only gives
  an address takes 致辞): the group ``乙、丙等担任主礼嘉宾`` took in everyone named earlier in the sentence (``局长甲出席并
  致辞，…``); now only the subject of the clause that takes the label, read on past ``，以及``.
- §5 eighteenth review round (works selected at a commendation are counted as the honour, recipient kind null) and twelfth
  round (a prize's winners counted after its name): ``本届沅水文学奖共评出获奖作品12部`` gave no record; an earlier
  edition's tally and works only entered stay none.

Every row is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, honours, page, speakers


# §3: a school's short numbered name holds its own ceremony.
@pytest.mark.parametrize(("body", "expected"), [
    ("9月1日上午，江城二中2024—2025学年第一学期开学典礼在学校田径场隆重举行。",
     [("2024—2025学年第一学期开学典礼", "2023-09-01", "江城二中")]),
    ("9月1日上午，江城二中开学典礼在学校田径场隆重举行。", [("开学典礼", "2023-09-01", "江城二中")]),
    ("9月1日上午，江城十一中新学期开学典礼在学校操场举行。", [("新学期开学典礼", "2023-09-01", "江城十一中")]),
    ("6月20日，青山三中2024届毕业典礼在学校礼堂举行。", [("2024届毕业典礼", "2024-06-20", "青山三中")]),
    # negative: a plenary session; a squad; the full name as before
    ("10月10日，党的十九届二中全会在北京召开。", [("党的十九届二中全会", "2023-10-10", None)]),
    ("5月8日上午，特警一中队2024年度总结表彰大会在支队礼堂举行。", [("特警一中队2024年度总结表彰大会", "2024-05-08", None)]),
    ("9月1日上午，江城市第二中学2024年秋季开学典礼在学校田径场举行。",
     [("2024年秋季开学典礼", "2023-09-01", "江城市第二中学")]),
])
def test_short_school_name_holds_its_ceremony(extract, body, expected):
    assert held(extract(page(body))) == expected


_TERM = "9月1日上午，江城一中2024—2025学年第一学期开学典礼在学校操场隆重举行。"
_FULL = "9月1日上午，江城市第一中学2024年秋季开学典礼在学校操场隆重举行。"


# §3 and §4: a lesson given inside the ceremony is its own record, its giver 作报告.
@pytest.mark.parametrize(("body", "meetings", "name", "expected"), [
    (_TERM + "典礼最后，校长李立国为全体师生上了题为《做有担当的青年》的“开学第一课”。",
     ["2024—2025学年第一学期开学典礼", "开学第一课"], "李立国", ("校长", ("作报告",))),
    (_TERM + "典礼上，校长李立国为新生讲授了“开学第一课”。",
     ["2024—2025学年第一学期开学典礼", "开学第一课"], "李立国", ("校长", ("作报告",))),
    ("9月1日上午，江城大学开学典礼在体育馆举行。典礼最后，党委书记周平为新生上了题为“扣好人生第一粒扣子”的“开学第一课”。",
     ["开学典礼", "开学第一课"], "周平", ("党委书记", ("作报告",))),
    ("2月26日上午，青山一中第二学期开学典礼在学校操场举行。典礼结束前，校长陈明为全校学生上了一堂生动的“开学第一课”。",
     ["第二学期开学典礼", "开学第一课"], "陈明", ("校长", ("作报告",))),
    # negative: no lesson given, only an address; a lesson watched
    (_FULL + "校长李立国讲话。", ["2024年秋季开学典礼"], "李立国", ("校长", ("讲话",))),
    (_FULL + "典礼最后，全体师生观看了“开学第一课”。", ["2024年秋季开学典礼"], "李立国", None),
])
def test_lesson_given_inside_a_term_ceremony(extract, body, meetings, name, expected):
    record = extract(page(body))
    assert [m["name"] for m in record["meetings"]] == meetings
    assert speakers(record).get(name) == expected


_COMMENDATION = "5月8日上午，市政府在市民中心举行劳动模范表彰大会，表彰45名劳动模范。"


# §5 sixteenth round: a government's tally of an earlier year is no award of this event.
@pytest.mark.parametrize(("body", "expected"), [
    (_COMMENDATION + "市政府去年共表彰劳动模范40名。", [("劳动模范", 45, "名", "person")]),
    ("5月8日上午，县政府在县礼堂举行表彰大会，表彰32名优秀教师。县政府去年表彰了30名优秀教师。",
     [("优秀教师", 32, "名", "person")]),
    ("今（28）日上午，苗栗縣政府在縣府大禮堂舉行模範勞工表揚大會，表揚42名模範勞工。縣府去年共表揚模範勞工38名。",
     [("模范劳工", 42, "名", "person")]),
    # negative: this event's conferral told by the government with no year; the tally of a place as before
    ("5月8日上午，市政府在市民中心举行劳动模范表彰大会。市政府共表彰劳动模范45名。", [("劳动模范", 45, "名", "person")]),
    (_COMMENDATION + "去年全市共表彰劳动模范40名。", [("劳动模范", 45, "名", "person")]),
])
def test_government_tally_of_last_year(extract, body, expected):
    assert honours(extract(page(body))) == expected


_GUESTS = "社會工作局今（18）日下午舉行“義工嘉許禮”，"
_GIVEN = "主禮嘉賓為得獎義工頒發嘉許狀。"


# §4: the guests of honour are the subject of the clause that takes the label, not everyone named before it.
@pytest.mark.parametrize(("body", "expected"), [
    (_GUESTS + "局長韓衛出席並致辭，副局長黃艷、澳門明愛總幹事潘志明擔任主禮嘉賓。" + _GIVEN,
     {"韩卫": ("局长", ("致辞",)), "黄艳": ("副局长", ("颁奖",)), "潘志明": ("澳门明爱总干事", ("颁奖",))}),
    (_GUESTS + "局長韓衛致辭，副局長黃艷擔任主禮嘉賓。" + _GIVEN,
     {"韩卫": ("局长", ("致辞",)), "黄艳": ("副局长", ("颁奖",))}),
    (_GUESTS + "局長韓衛出席並致辭，副局長黃艷，以及澳門明愛總幹事潘志明擔任主禮嘉賓。" + _GIVEN,
     {"韩卫": ("局长", ("致辞",)), "黄艳": ("副局长", ("颁奖",)), "潘志明": ("澳门明爱总干事", ("颁奖",))}),
    # negative: both named in the clause that takes the label; one who addresses and is a guest too
    (_GUESTS + "局長韓衛、副局長黃艷擔任主禮嘉賓。" + _GIVEN,
     {"韩卫": ("局长", ("颁奖",)), "黄艳": ("副局长", ("颁奖",))}),
    (_GUESTS + "局長韓衛出席並致辭，並擔任主禮嘉賓。" + _GIVEN, {"韩卫": ("局长", ("致辞", "颁奖"))}),
])
def test_guests_of_honour_are_the_clause_subject(extract, body, expected):
    assert speakers(extract(page(body))) == expected


_PRIZE_NIGHT = "5月8日晚，市文联在市剧院举行颁奖典礼。"


# §5 eighteenth and twelfth rounds: a prize that selects counted works is that prize's count, kind null.
@pytest.mark.parametrize(("body", "expected"), [
    (_PRIZE_NIGHT + "本届青山文学奖共评出获奖作品12部。", [("青山文学奖", 12, "部", None)]),
    (_PRIZE_NIGHT + "第三届青山文学奖评选出获奖作品15部，另评出“新人奖”3名。",
     [("青山文学奖", 15, "部", None), ("新人奖", 3, "名", "person")]),
    (_PRIZE_NIGHT + "本届“青山文学奖”共评出获奖作品12部。", [("青山文学奖", 12, "部", None)]),
    ("5月8日上午，市科协举行颁奖大会。本届青山科技奖共评出获奖项目30项。", [("青山科技奖", 30, "项", None)]),
    # negative: earlier editions; works entered; last year's
    (_PRIZE_NIGHT + "前四届青山文学奖共评出获奖作品48部。", []),
    (_PRIZE_NIGHT + "上届青山文学奖共评出获奖作品10部。", []),
    (_PRIZE_NIGHT + "本届青山文学奖共收到参评作品120部。", []),
    ("5月8日上午，市科协举行颁奖大会。本届青山科技奖共评出获奖项目30项，其中一等奖5项、二等奖10项。",
     [("青山科技奖一等奖", 5, "项", None), ("青山科技奖二等奖", 10, "项", None)]),
    (_PRIZE_NIGHT + "本届青山文学奖共评出获奖作品12部。青山文学奖设立于2012年，前四届共评出获奖作品48部。",
     [("青山文学奖", 12, "部", None)]),
])
def test_prize_selects_counted_works(extract, body, expected):
    assert honours(extract(page(body))) == expected
