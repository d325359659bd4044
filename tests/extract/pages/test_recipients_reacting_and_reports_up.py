"""Speaker and award shapes of recipients reacting, reports to delegates or up the line and students.

Found on invented pages (GUIDELINES §4, §5):
- a recipient who takes money in hand (接过慰问金后激动地说, 从县长手中接过慰问金后说) or a medal from a giver's hands
  (从市长手中接过纪念章后激动地说) and only reacts was a speaker with 讲话: §4 (thirteenth and fourteenth review rounds)
  reads one holding what was just received as reacting, no role; 接过 was left out of the money receipt for 接过话筒说;
- a report to the delegates or members of a body at its congress (向股民代表报告了公司经营情况, 向全体股东报告了…情况) gave
  no 作报告: §4 (twelfth review round) reads a report on work or a state of affairs at the meeting as 作报告; only a report
  up the line (向上级报告了…) or to a touring leader (§4 thirteenth review round) gives none;
- a student named with 同学 alone opening the sentence (林可欣同学发言) was no speaker: §4 (eleventh review round) reads the
  name before 同学 as a name with no title;
- the bodies that put the holders forward before a quoted honour (18个乡镇推荐的“模范父亲”共58位) stayed on the honour:
  §5 names the quoted honour, what stands before the opening mark outside it.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers

# (body, the recipient who only reacts: no speech role)
_RECIPIENT_REACTS = [
    ("5月7日，县里召开慰问大会。困难职工张建国接过慰问金后激动地说：“感谢党和政府的关心。”", "张建国"),
    ("5月7日，县里召开慰问大会。县长陈强为困难党员送上慰问金。老党员张福贵接过慰问金后激动地说：“谢谢党。”", "张福贵"),
    ("5月7日，县总工会召开慰问会。环卫工人赵秀英接过慰问金后激动地说，感谢组织的关怀。", "赵秀英"),
    ("5月7日，市里召开座谈会。市长陈明讲话。老党员刘福生从市长手中接过纪念章后激动地说：“我很高兴。”", "刘福生"),
    ("5月7日，县里召开表彰大会。县长陈强讲话。退役军人孙立从县长手中接过慰问金后说，一定不忘初心。", "孙立"),
]


@pytest.mark.parametrize(("body", "name"), _RECIPIENT_REACTS)
def test_recipient_holding_what_was_received_reacts(extract_with_model, body, name):
    people = speakers(extract_with_model(page(body)))
    assert name not in people or not {"讲话", "发言"} & set(people[name][1])


# (body, name, role kept: taking the floor or taking over work is no receipt of money or an honour)
_NOT_A_RECEIPT = [
    ("5月7日，县里召开座谈会。县长陈强主持。企业家王海接过话筒说，企业将加大投资。", "王海", "讲话"),
    ("5月7日，县里召开交接会。新任站长王海接过工作后表示，将尽快熟悉情况。", "王海", "讲话"),
    ("5月7日，县里召开座谈会。县长陈强讲话。企业家王海接着说，企业将扩大生产。", "王海", "讲话"),
]


@pytest.mark.parametrize(("body", "name", "role"), _NOT_A_RECEIPT)
def test_taking_the_floor_keeps_the_speech(extract_with_model, body, name, role):
    people = speakers(extract_with_model(page(body)))
    assert role in people[name][1]


# (body, name, title): a report at the body's congress to its delegates or members
_REPORTED_TO_DELEGATES = [
    ("5月7日，公司召开2023年度股东大会。董事长赵刚向股民代表报告了公司经营情况。", "赵刚", "董事长"),
    ("5月7日，公司召开年度股东大会。董事长赵刚向股东代表报告了公司经营情况。", "赵刚", "董事长"),
    ("5月7日，村里召开股民代表大会。村党支部书记王勇向股民代表报告了集体资产运营情况。", "王勇", "村党支部书记"),
    ("5月7日，合作社召开社员代表大会。理事长钱进向全体社员代表报告了年度财务收支情况。", "钱进", "理事长"),
    ("5月7日，公司召开股东大会，董事长赵刚向全体股东报告了公司经营情况。", "赵刚", "董事长"),
    ("5月7日，公司召开第三届职工代表大会。总经理孙伟向职工代表报告了一年来的工作。", "孙伟", "总经理"),
]


@pytest.mark.parametrize(("body", "name", "title"), _REPORTED_TO_DELEGATES)
def test_report_to_delegates_is_a_report(extract, body, name, title):
    people = speakers(extract(page(body)))
    assert people[name][0] == title and "作报告" in people[name][1]


# A report up the line or to a touring leader: no 作报告 (§4 thirteenth review round).
_REPORTED_UP = [
    "5月7日，副市长刘明到县里调研。乡党委书记王强向县长李国华汇报了工作情况。",
    "5月7日，县里召开防汛会议。会前，镇长王强向上级报告了险情。",
    "5月7日，县里发生险情。镇长王强第一时间向县应急局报告了灾情情况。",
    "5月7日，市长刘明到公司调研。董事长赵刚向刘明报告了公司经营情况。",
]


@pytest.mark.parametrize("body", _REPORTED_UP)
def test_report_up_the_line_is_no_report(extract, body):
    assert all("作报告" not in roles for _, roles in speakers(extract(page(body))).values())


# (body, the student named with 同学 who speaks)
_STUDENT_SPEAKS = [
    ("5月7日，学校召开表彰大会。校长王军讲话。林可欣同学发言。", "林可欣"),
    ("5月7日，学校召开表彰大会。校长王军讲话，林可欣同学作了发言。", "林可欣"),
    ("5月7日，学校举行毕业典礼。校长王军致辞。刘思远同学代表毕业生发言。", "刘思远"),
    ("5月7日，学校召开开学典礼。学生代表林可欣同学作了发言。", "林可欣"),
]


@pytest.mark.parametrize(("body", "name"), _STUDENT_SPEAKS)
def test_student_named_with_classmate_word_speaks(extract, body, name):
    people = speakers(extract(page(body)))
    assert people[name] == (None, ("发言",))


# A group of students before 同学, or a name with no act after it: no speaker besides the head.
_STUDENT_GROUP = [
    "5月7日，学校召开表彰大会。校长王军讲话。全体同学发言踊跃。",
    "5月7日，学校召开表彰大会。校长王军讲话。部分同学作了交流发言。",
    "5月7日，学校召开表彰大会。校长王军讲话。与会同学代表纷纷发言。",
    "5月7日，学校召开表彰大会。校长王军讲话，获奖同学上台领奖。",
]


@pytest.mark.parametrize("body", _STUDENT_GROUP)
def test_students_as_a_group_are_no_speaker(extract, body):
    assert set(speakers(extract(page(body)))) == {"王军"}


# (body, the honour expected, its count)
_PUT_FORWARD_BEFORE_QUOTE = [
    ("5月7日，县里召开表彰大会，表扬全县18个乡镇推荐的“模范父亲”共58位。", "模范父亲", 58),
    ("5月7日，县里召开表彰大会，表扬全县12个部门推荐的“优秀公务员”共40名。", "优秀公务员", 40),
    ("5月7日，县里召开表彰会，表彰15个单位选送的“岗位能手”共45名。", "岗位能手", 45),
    ("5月7日，市里召开表彰会，表彰各区推选的“最美家庭”共30户。", "最美家庭", 30),
]


@pytest.mark.parametrize(("body", "honor", "count"), _PUT_FORWARD_BEFORE_QUOTE)
def test_bodies_putting_forward_are_no_part_of_a_quoted_honour(extract, body, honor, count):
    assert [(h, n) for h, n, _, _ in honours(extract(page(body)))] == [(honor, count)]


# The whole name inside the quote marks, 的 and all, or a plain description: kept as today.
_QUOTED_WHOLE_NAME = [
    ("5月7日，市里召开表彰会，表彰“群众推荐的好干部”共20名。", "群众推荐的好干部", 20),
    ("5月7日，市里召开表彰会，表彰来自12个单位的“先进个人”30名。", "先进个人", 30),
    ("5月7日，市里召开表彰会，表彰全市群众最满意的“优秀村干部”共20名。", "优秀村干部", 20),
]


@pytest.mark.parametrize(("body", "honor", "count"), _QUOTED_WHOLE_NAME)
def test_quoted_name_kept(extract, body, honor, count):
    assert [(h, n) for h, n, _, _ in honours(extract(page(body)))] == [(honor, count)]
