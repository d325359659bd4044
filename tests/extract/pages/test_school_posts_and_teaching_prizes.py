"""School and education-bureau pages (opening ceremonies, parents' meetings, teaching-research activities, Teachers' Day commendations, scholarships and teachers' prizes, campus-safety meetings.

Found and fixed, each ruled by corpus/GUIDELINES.md:
- §4 title: school and kindergarten posts and staff before a name were no title words (园长助理孙丽, 县消防救援大队宣传员
  贺婷婷, 国家二级心理咨询师欧阳丽华): the title was lost (models/lexicons/job_titles.txt).
- §4 宣读: 领学 was read inside 带领学校骨干教师… (带领 + the 学 of its object), giving a leader of a visit 宣读.
- §4 讲话: thanks told with 表示衷心感谢 and then `，她表示，…` in the same sentence stayed 致辞 (courtesy only); the words
  after such thanks are 讲话 (thirteenth review round), as they already were in a sentence of their own.
- §5: a named teachers' prize handed to counted teachers whose noun is longer than a few characters
  (向15名乡村教师发放“春晖”奖教金) was missed (twelfth review round: a named 奖教金 is an honour).
- §3 attendee_count: a count of people who 参与, told in the sentence right after the meeting that names its holders
  (活动由县教研室主办，…，全县…教师80余人参与), is the event's attendance (a count of people who 参与 an event held counts
  like 参加).
- §3 location: a lecture given inside a ceremony told with `典礼最后，`/`仪式中，` takes the ceremony's venue (fifteenth
  review round, an event held within a meeting), as `典礼上，` did.
- §6: a project total told after a speaker's demand for works still to do (要求，年内完成…改造，总投资约3800万元) is only
  intended (a project only planned).
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月5日，阳光幼儿园召开家长会。会议由园长助理孙丽主持。", {"孙丽": ("园长助理", ("主持",))}),
        ("3月5日，县二中召开安全教育大会。会上，县消防救援大队宣传员贺婷婷作了消防安全专题讲座。",
         {"贺婷婷": ("县消防救援大队宣传员", ("作报告",))}),
        ("5月21日，城南中学举办家庭教育专题讲座。市心理健康教育指导中心主任、国家二级心理咨询师欧阳丽华为300余名家长作了讲座。",
         {"欧阳丽华": ("市心理健康教育指导中心主任、国家二级心理咨询师", ("作报告",))}),
        ("5月21日，城南中学举办家庭教育专题讲座。心理咨询师王丽华为家长作了讲座。", {"王丽华": ("心理咨询师", ("作报告",))}),
        ("5月21日，县实验幼儿园召开保教工作会议。保育员周红发言。", {"周红": ("保育员", ("发言",))}),
        ("5月21日，县一中召开安全工作会议。学校安全员刘强作交流发言。", {"刘强": ("学校安全员", ("发言",))}),
    ],
)
def test_school_posts_are_titles(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 领学 inside 带领学校…/带领学生…: no study led
        ("近日，实验小学校长韦明带领学校骨干教师一行12人赴白马镇中心小学送教。随后，白马镇中心小学召开座谈会。",
         {}),
        ("5月3日，白马镇中心小学召开座谈会。校长韦明带领学生代表参加。", {}),
        ("5月3日，白马镇中心小学召开座谈会。实验小学校长韦明带领学校骨干教师一行12人参加。", {}),
        # NEGATIVE (the study led stays 宣读)
        ("5月3日，白马镇中心小学召开座谈会。校长韦明带领学员学习了文件。", {"韦明": ("校长", ("宣读",))}),
        ("5月3日，白马镇中心小学召开座谈会。校长韦明领学了文件。", {"韦明": ("校长", ("宣读",))}),
        ("5月3日，白马镇中心小学召开座谈会。校长韦明带领学习了文件。", {"韦明": ("校长", ("宣读",))}),
    ],
)
def test_leading_a_group_is_no_study_led(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，捐赠仪式举行。县教育局局长马红梅代表县教育局对华鑫建材的爱心善举表示衷心感谢，她表示，将管好用好每一笔助学资金。",
         {"马红梅": ("县教育局局长", ("讲话",))}),
        ("5月6日，捐赠仪式举行。县教育局局长马红梅代表县教育局向华鑫建材表示感谢，她表示，将管好用好每一笔助学资金。",
         {"马红梅": ("县教育局局长", ("讲话",))}),
        ("5月6日，开学典礼举行。校长马红梅向新生表示热烈欢迎，她说，希望同学们珍惜时光。", {"马红梅": ("校长", ("讲话",))}),
        # NEGATIVE: thanks alone stay 致辞; remarks inside a named address stay that address
        ("5月6日，捐赠仪式举行。县教育局局长马红梅对华鑫建材的爱心善举表示衷心感谢。", {"马红梅": ("县教育局局长", ("致辞",))}),
        ("5月6日，捐赠仪式举行。县教育局局长马红梅在致辞中对华鑫建材的爱心善举表示衷心感谢，她表示，将管好用好每一笔资金。",
         {"马红梅": ("县教育局局长", ("致辞",))}),
        ("5月6日，捐赠仪式举行。县教育局局长马红梅致辞，对华鑫建材表示衷心感谢，她表示，将管好用好每一笔资金。",
         {"马红梅": ("县教育局局长", ("致辞",))}),
        ("5月6日，开学典礼举行。校长马红梅发言，向新生表示热烈欢迎，她说，希望同学们珍惜时光。", {"马红梅": ("校长", ("发言",))}),
    ],
)
def test_remarks_after_courtesy_in_the_same_sentence(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("9月9日，县教育工作表彰大会召开。县教育基金会当场向全县15名乡村教师发放“春晖”奖教金。",
         [("春晖奖教金", 15, "名", "person")]),
        ("9月9日，县教育工作表彰大会召开。县教育基金会为20名优秀青年教师颁发“园丁”奖。", [("园丁奖", 20, "名", "person")]),
        ("9月9日，县教育工作表彰大会召开。县教育基金会向15名乡村教师发放“春晖”奖学金。", [("春晖奖学金", 15, "名", "person")]),
        # NEGATIVE: need-based aid, money or goods handed to counted people are no honour
        ("9月9日，县教育工作表彰大会召开。县妇联向30名家庭困难女童发放“春蕾”助学金。", []),
        ("9月9日，县教育工作表彰大会召开。县慈善会向30名家庭困难学生发放“爱心”慰问金。", []),
        ("9月9日，县教育工作表彰大会召开。县慈善会向30名家庭困难学生发放“爱心包裹”。", []),
    ],
)
def test_named_teaching_prize_handed_to_counted_teachers(extract_with_model, body: str, expected: list) -> None:
    assert honours(extract_with_model(page(body))) == expected


def _attendance(record: dict) -> list[tuple[int | None, bool]]:
    return [(m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县教研室举办初中数学教研活动\n2024-04-19 来源：某县教育局\n4月17日，全县初中数学“同课异构”教研活动在县实验中学举办。"
         "活动由县教研室主办，县实验中学承办，全县各初中学校数学教师80余人参与。\n", [(80, True)]),
        ("县教育局举办语文教研活动\n2024-04-19 来源：某县教育局\n4月17日，全县初中语文教研活动在城关中学举行。"
         "活动由县教育局主办，城关中学承办，全县语文骨干教师60人参与。\n", [(60, False)]),
        ("市妇联举办亲子讲座\n2024-05-10 来源：某市妇联\n5月9日，“阅读点亮童年”亲子讲座在市图书馆举办。讲座由市妇联主办，"
         "120余名家长参与。\n", [(120, True)]),
        # NEGATIVE: a tally, people who signed up, another activity's count
        ("县教研室举办初中数学教研活动\n2024-04-19 来源：某县教育局\n4月17日，全县初中数学教研座谈会在县实验中学召开。"
         "活动由县教研室主办，全年累计3000余人参与。\n", [(None, False)]),
        ("县教研室举办初中数学教研座谈会\n2024-04-19 来源：某县教育局\n4月17日，全县初中数学教研座谈会在县实验中学召开。"
         "活动由县教研室主办，已有3000余名志愿者报名参与。\n", [(None, False)]),
        ("县教研室举办初中数学教研座谈会\n2024-04-19 来源：某县教育局\n4月17日，全县初中数学教研座谈会在县实验中学召开。"
         "县教研室还组织了送教活动，全县80余人参与。\n", [(None, False)]),
    ],
)
def test_count_taking_part_after_the_holders(extract_with_model, text: str, expected: list) -> None:
    assert _attendance(extract_with_model(text)) == expected


def _venues(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


_CEREMONY = ("江城一中举行开学典礼\n发布时间：2024-09-03 来源：江城一中\n9月2日上午，江城市第一中学2024年秋季开学典礼在学校田径场"
             "隆重举行。全校三千余名师生参加典礼。典礼由副校长刘晓梅主持。校长陈建国致辞。")


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("典礼最后，陈建国为新生讲授了“开学第一课”。\n",
         [("2024年秋季开学典礼", "学校田径场"), ("开学第一课", "学校田径场")]),
        ("典礼上，陈建国为新生讲授了“开学第一课”。\n", [("2024年秋季开学典礼", "学校田径场"), ("开学第一课", "学校田径场")]),
        # NEGATIVE: a lecture with a venue of its own keeps it
        ("典礼最后，陈建国在学校报告厅为新生讲授了“开学第一课”。\n",
         [("2024年秋季开学典礼", "学校田径场"), ("开学第一课", "学校报告厅")]),
    ],
)
def test_lecture_inside_a_ceremony_takes_its_venue(extract_with_model, tail: str, expected: list) -> None:
    assert _venues(extract_with_model(_CEREMONY + tail)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月3日，县教育局召开会议。局长宋永强要求，年内完成12所农村学校薄弱环节改造，总投资约3800万元。", []),
        ("5月3日，县教育局召开会议。局长宋永强强调，要确保新建幼儿园3所，总投资6000万元。", []),
        # NEGATIVE: works told as done, a report of works, money allocated after a demand
        ("5月3日，县教育局召开会议。局长宋永强介绍，今年已完成12所农村学校薄弱环节改造，总投资约3800万元。",
         [(38000000.0, "CNY", None)]),
        ("5月3日，县教育局召开会议。会议通报，全县完成12所农村学校改造，总投资3800万元。", [(38000000.0, "CNY", None)]),
        ("5月3日，县教育局召开会议。宋永强要求，加快工作进度。县财政安排资金300万元，用于学校改造。",
         [(3000000.0, "CNY", "学校改造")]),
    ],
)
def test_project_total_after_a_demand_is_only_intended(extract_with_model, body: str, expected: list) -> None:
    assert grants(extract_with_model(page(body))) == expected
