"""Speaker shapes of objects in 方, presenters and modified membership, kept by invented rows.

Found:
- a clause opening on 对方 was read as the other party's act even where 对 governs a word in 方 (对方针政策作了解读,
  对方案的修改作了强调, 对方向性问题): the one named before lost the role; 对方 as the subject (对方表示…) still
  takes it away (GUIDELINES §4: the speaker is the one who addresses);
- one listed before 等 who gives an honour (县长李强等领导为荣获…的教师颁奖) or a guest listed after 颁奖嘉宾包括 /
  出席的领导包括 was taken as a winner quoted with a plain 表示 and lost the role: only a recipient's reaction loses it
  (§4 eighteenth review round);
- an officer's noun in 员 after its employer let a membership with a modifier through as a title (县税务局老党员):
  a membership is no title (§4 tenth review round); 稽查员 after its employer stays one.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

OTHER_PARTY = [
    # 对 before a word in 方: the one named before keeps the role
    ("5月6日，县委召开全会。县委书记李强出席会议，对方针政策作了深入解读。", {"李强": ("县委书记", ("作报告",))}),
    ("5月6日，县政府召开常务会议。县长李强出席会议，对方案的修改作了强调。", {"李强": ("县长", ("讲话",))}),
    ("5月6日，县委召开全会。县委书记李强出席会议，对方向性问题作了强调。", {"李强": ("县委书记", ("讲话",))}),
    ("5月6日，县政府召开座谈会。县长李强出席会议，对方式方法作了具体部署。", {"李强": ("县长", ("讲话",))}),
    ("5月6日，县政府召开常务会议。县长李强出席会议，对方便群众办事提出了要求。", {"李强": ("县长", ("讲话",))}),
    ("5月6日，市政府召开常务会议。市长王刚主持会议，对方法创新提出了明确要求。", {"王刚": ("市长", ("主持", "讲话"))}),
    # NEGATIVE: 对方 as the subject of its clause acts for itself
    ("5月6日，县商务局召开座谈会。局长汪某找到了两家饭店，对方表示愿意合作。", {}),
    ("5月6日，县商务局召开洽谈会。局长汪某会见了客商，对方介绍了投资意向。", {}),
    ("5月6日，县商务局召开洽谈会。局长汪某会见了客商代表，对方提出了合作建议。", {}),
]


@pytest.mark.parametrize(("body", "expected"), OTHER_PARTY)
def test_object_in_fang_is_no_other_party(extract, body, expected):
    assert speakers(extract(page(body))) == expected


LISTED_NOT_WINNER = [
    # a presenter before 等…为/向/给 the winners, or a guest listed in a clause of its own subject: keeps 讲话
    ("5月6日，县教育局召开表彰大会。县长李强等领导为荣获“优秀教师”称号的教师颁奖。李强表示，全县教育事业取得了长足进步。",
     {"李强": ("县长", ("颁奖", "讲话"))}),
    ("5月6日，縣教育局召開表彰大會。縣長李強等領導為榮獲「優秀教師」稱號的教師頒獎。李強表示，全縣教育事業取得了長足進步。",
     {"李强": ("县长", ("颁奖", "讲话"))}),
    ("5月6日，市里召开表彰大会。市长王刚等市领导向获得“劳动模范”称号的代表颁发证书。王刚表示，劳模精神值得学习。",
     {"王刚": ("市长", ("颁奖", "讲话"))}),
    ("5月6日，县里召开表彰大会。副县长张华等给荣获“优秀村干部”称号的同志颁发奖牌。张华说，希望大家再接再厉。",
     {"张华": ("副县长", ("颁奖", "讲话"))}),
    ("5月6日，县里召开表彰大会，20人获得“优秀教师”称号，颁奖嘉宾包括县长李强等。李强表示，全县教育事业取得了长足进步。",
     {"李强": ("县长", ("讲话",))}),
    ("5月6日，市里召开表彰大会，30名职工荣获“劳动模范”称号，出席的领导包括市长王刚等。王刚表示，劳模精神值得学习。",
     {"王刚": ("市长", ("讲话",))}),
    # NEGATIVE: a winner listed after 包括 or before 等…获得 and quoted with a plain 表示/说: no role
    ("5月6日，特区政府举行授勋典礼。有14人获得金紫荆星章，包括前处长曾志明等。曾志明表示，获此殊荣非常荣幸。", {}),
    ("5月6日，县里召开表彰大会。教师李红等10人获得“优秀教师”称号。李红表示，获此殊荣非常荣幸。", {}),
    ("5月6日，县里召开表彰大会。获得“优秀教师”称号的有20人，包括教师李红等。李红表示，获此殊荣非常荣幸。", {}),
    ("5月6日，县里召开表彰大会。教师李红等人荣获“优秀教师”称号。李红说，获此殊荣非常荣幸。", {}),
]


@pytest.mark.parametrize(("body", "expected"), LISTED_NOT_WINNER)
def test_presenter_or_guest_is_no_listed_winner(extract, body, expected):
    assert speakers(extract(page(body))) == expected


MEMBER_NOT_OFFICER = [
    # a membership with a modifier after the employer is no title
    ("5月6日，县税务局召开座谈会，县税务局老党员王建国发言。", {"王建国": (None, ("发言",))}),
    # NEGATIVE: a bare membership stays no title; an officer's noun in 员 after its employer stays one
    ("5月6日，县税务局召开座谈会，县税务局党员王建国发言。", {"王建国": (None, ("发言",))}),
    ("5月6日，县税务局召开座谈会，地方税务局稽查员王建国发言。", {"王建国": ("地方税务局稽查员", ("发言",))}),
]


@pytest.mark.parametrize(("body", "expected"), MEMBER_NOT_OFFICER)
def test_modified_membership_is_no_officer(extract, body, expected):
    assert speakers(extract(page(body))) == expected


MEMBER_NOT_OFFICER_MODEL = [
    # names the rules alone do not read: the same membership with a modifier, no title
    ("5月6日，县税务局召开座谈会，县税务局女党员李红发言。", "李红", None),
    ("5月6日，县团委召开座谈会，县教育局老团员张明发言。", "张明", None),
    # NEGATIVE: an officer's noun in 员 after its employer keeps the title
    ("5月6日，县检察院召开座谈会，县检察院检察员刘洋发言。", "刘洋", "县检察院检察员"),
    ("5月6日，县供电公司召开座谈会，县供电所抄表员陈明发言。", "陈明", "县供电所抄表员"),
]


@pytest.mark.parametrize(("body", "name", "title"), MEMBER_NOT_OFFICER_MODEL)
def test_modified_membership_is_no_officer_model(extract_with_model, body, name, title):
    assert speakers(extract_with_model(page(body)))[name] == (title, ("发言",))
