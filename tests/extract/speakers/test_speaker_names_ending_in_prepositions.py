"""Speaker shapes: given names ending in 为/于/以, students named with 同学 after their class, 领学 whatever the
document's noun, and a tally's cutoff day (GUIDELINES §3, §4). Invented sentences; expected values follow
corpus/GUIDELINES.md.

- S1: a name's last character 为 (also 于, 以) before the person's own act stays in the name: attending and then
  speaking (严可为出席并讲话), remarks inside their address (在讲话中指出), a charge given (就…作了部署, 对…提出要求,
  要求，); not 为 the preposition (由李明为大家作报告, 为出席会议的代表颁奖), nor 于 before an address as its time
  (王强于讲话中指出);
- S2: a student named with 同学 after the class or year (高一（5）班詹子涵同学) is found; the class is no job title
  (§4: the job-title chain; test_company_prefixes_and_items_read_out reads 高一（3）班李子涵同学 with no title); a 班 closing a class's
  number is no surname;
- S3: 领学 is 宣读 whatever the document's noun (§4 role table): a second document joined by 和 (…报告和…报告精神),
  another's report inside the object (总书记在…上作的报告) give no 作报告;
- D1: a tally's cutoff day (截至5月6日) dates no meeting, in its own sentence or before the meeting's clause;
  当天/同日 still tie the meeting to it, and a later day of its own wins.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers, when

FORUM = "5月6日，县里召开座谈会。"
SCHOOL = "5月6日，学校召开开学典礼。"
STUDY = "5月6日，县委召开理论学习中心组学习会。"
TALLY = "截至5月6日，全县已完成春播面积10万亩"


# --- S1. a given name ending in 为/于/以 before the person's own act ---

@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        (FORUM + "副县长严可为出席并讲话。", "严可为", ("讲话",)),
        (FORUM + "副县长张有为出席会议并讲话。", "张有为", ("讲话",)),
        (FORUM + "副县长吴大为参加会议并讲话。", "吴大为", ("讲话",)),
        (FORUM + "副县长刘敢为要求，要抓好落实。", "刘敢为", ("讲话",)),
        (FORUM + "副县长王有为就下一步工作作了部署。", "王有为", ("讲话",)),
        (FORUM + "副县长王有为对下一步工作提出要求。", "王有为", ("讲话",)),
        (FORUM + "副县长吴大为在讲话中指出，要抓好落实。", "吴大为", ("讲话",)),
        (FORUM + "副县长严可为在总结讲话时强调，要抓好落实。", "严可为", ("讲话",)),
        (FORUM + "副县长陈乐于主持会议。", "陈乐于", ("主持",)),
        (FORUM + "副县长陈乐于出席并讲话。", "陈乐于", ("讲话",)),
        (FORUM + "副县长李可以出席并讲话。", "李可以", ("讲话",)),
        # already read so before: the act right after the name
        (FORUM + "副县长严可为主持会议。", "严可为", ("主持",)),
        (FORUM + "会议由副县长严可为主持。", "严可为", ("主持",)),
        (FORUM + "副县长严可为致辞。", "严可为", ("致辞",)),
    ],
)
def test_name_ending_in_wei_yu_yi_keeps_its_last_character(extract_with_model, body: str, name: str, roles: tuple) -> None:
    people = speakers(extract_with_model(page(body)))
    assert set(people) == {name}
    assert people[name][1] == roles


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: 为/于/以 the preposition after a name of two
        (FORUM + "由李明为大家作报告。", {"李明": (None, ("作报告",))}),
        (FORUM + "县长王强为出席会议的代表颁奖。", {"王强": ("县长", ("颁奖",))}),
        (FORUM + "县长王强为参加会议的代表颁奖。", {"王强": ("县长", ("颁奖",))}),
        (FORUM + "县长王强为就业困难人员代表颁发慰问金。", {"王强": ("县长", ("颁奖",))}),
        (FORUM + "县长王强于会上讲话。", {"王强": ("县长", ("讲话",))}),
        (FORUM + "县长王强于讲话中指出，要抓好落实。", {"王强": ("县长", ("讲话",))}),
        (FORUM + "县长王强以视频方式讲话。", {"王强": ("县长", ("讲话",))}),
        (FORUM + "县长王强为对口帮扶工作作了部署。", {"王强": ("县长", ("讲话",))}),
        (FORUM + "县长王强为做好防汛工作作了部署。", {"王强": ("县长", ("讲话",))}),
        (FORUM + "县长李为民出席并讲话。", {"李为民": ("县长", ("讲话",))}),
    ],
)
def test_preposition_after_a_two_character_name(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


# --- S2. a student named with 同学 after the class or year ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (SCHOOL + "高一（5）班詹子涵同学作为学生代表发言。", {"詹子涵": (None, ("发言",))}),
        (SCHOOL + "高二（3）班王雨桐同学代表全体学生发言。", {"王雨桐": (None, ("发言",))}),
        (SCHOOL + "高一5班詹子涵同学发言。", {"詹子涵": (None, ("发言",))}),
        (SCHOOL + "学生代表、高一（5）班詹子涵同学发言。", {"詹子涵": (None, ("发言",))}),
        (SCHOOL + "2023级李想同学作表态发言。", {"李想": (None, ("发言",))}),
        (SCHOOL + "七年级（2）班的詹子涵同学发言。", {"詹子涵": (None, ("发言",))}),
        (SCHOOL + "来自2023级的李想同学发言。", {"李想": (None, ("发言",))}),
        # already read so before: a title word written, no class
        (SCHOOL + "高一（5）班学生詹子涵发言。", {"詹子涵": ("高一（5）班学生", ("发言",))}),
        (SCHOOL + "詹子涵同学发言。", {"詹子涵": (None, ("发言",))}),
    ],
)
def test_student_named_with_classmate_after_the_class(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        SCHOOL + "高一（5）班同学们作了集体发言。",  # the class's students, nobody named
        SCHOOL + "校长王强为高一（5）班同学颁奖。",  # the class given something
    ],
)
def test_class_without_a_named_student(extract_with_model, body: str) -> None:
    people = speakers(extract_with_model(page(body)))
    assert all("班" not in name and "同学" not in name for name in people)
    assert set(people) <= {"王强"}


# --- S3. 领学 is 宣读 whatever the document's noun ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (STUDY + "县长李明领学了政府工作报告。", {"李明": ("县长", ("宣读",))}),
        (STUDY + "县长李明领学了党的二十大报告精神。", {"李明": ("县长", ("宣读",))}),
        (STUDY + "县长李明领学了总书记作的重要报告精神。", {"李明": ("县长", ("宣读",))}),
        (STUDY + "县长李明领学了省委书记在全会上作的工作报告。", {"李明": ("县长", ("宣读",))}),
        (STUDY + "县长李明领学了国务院总理在十四届全国人大二次会议上作的政府工作报告。", {"李明": ("县长", ("宣读",))}),
        (STUDY + "县长李明领学了政府工作报告和党的二十大报告精神。", {"李明": ("县长", ("宣读",))}),
        (STUDY + "县长李明、副县长王强分别领学了政府工作报告和党的二十大报告精神。",
         {"李明": ("县长", ("宣读",)), "王强": ("副县长", ("宣读",))}),
        # NEGATIVE: the reader's own report after 并 or in a clause of its own
        (STUDY + "县长李明领学了政府工作报告，并作了专题辅导报告。", {"李明": ("县长", ("宣读", "作报告"))}),
        (STUDY + "县长李明作了政府工作报告。", {"李明": ("县长", ("作报告",))}),
    ],
)
def test_led_study_reads_out_whatever_the_noun(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


# --- D1. a tally's cutoff day dates no meeting ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (TALLY + "。县委召开春耕生产推进会，县长李明出席并讲话。", (None, None, None)),
        (TALLY + "，县委召开春耕生产推进会。", (None, None, None)),
        ("截止到5月6日，全县已完成春播面积10万亩。县委召开春耕生产推进会。", (None, None, None)),
        # NEGATIVE: tied to the day, or a day of its own
        (TALLY + "。当天，县委召开春耕生产推进会。", ("2024-05-06", "当天", None)),
        (TALLY + "。同日，县委召开春耕生产推进会。", ("2024-05-06", "同日", None)),
        (TALLY + "。5月7日上午，县委召开春耕生产推进会。", ("2024-05-07", "5月7日", "上午")),
        (TALLY + "，5月7日上午，县委召开春耕生产推进会。", ("2024-05-07", "5月7日", "上午")),
        ("5月6日，县委召开春耕生产推进会。截至目前，全县已完成春播面积10万亩。", ("2024-05-06", "5月6日", None)),
        ("5月6日，全县春播面积达10万亩。县委召开春耕生产推进会。", ("2024-05-06", "5月6日", None)),
    ],
)
def test_cutoff_day_dates_no_meeting(extract_with_model, body: str, expected: tuple) -> None:
    assert when(extract_with_model(page(body)))[0] == expected
