"""Speakers and roles at meetings. Invented sentences; the expected values follow
corpus/GUIDELINES.md.

- A 他/她 sentence that names nobody else stands for the one it resolves to, also for a 他/她 in the next sentence:
  after a lecturer's 他说 (which adds no role inside the lecture) a following 他强调 is still the lecturer's, not the
  chair's named before (§4: 指出/强调/要求 add 讲话).
- Questions put by those present answered at the meeting (就企业家提出的问题逐一作了回应) are 讲话, like answering
  reporters or members (§4 fourteenth and fifteenth review rounds); a directive that others answer, or a promise to, is
  none.
- A habitual saying quoted (老局长李大山常说的“…”) is no remark made at the meeting: the one quoted is merely
  mentioned (§4 Not speakers).
- Counts in Chinese numerals listed after 为 before 颁奖 (为十五个先进集体、三十名先进个人颁奖) are two honours, as with
  Arabic digits (§5: Chinese numerals count; one record per stated count).
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers

_LECTURE = "7月1日上午，市委书记王建国来到幸福社区，为社区党员讲授专题党课。党课由区委书记刘敏主持。"


@pytest.mark.parametrize(
    "body",
    [
        _LECTURE + "王建国以“坚定理想信念”为题作了讲述。他说，社区是联系群众的最后一公里。他强调，要把学习成果转化为实效。",
        _LECTURE + "王建国结合身边典型作了讲述。他说，党员要当先锋。他要求，各支部要抓好落实。",
        "5月6日，县委召开座谈会。会议由县委副书记李强主持。县委书记赵刚首先致辞。他表示，欢迎各位代表。他要求，各部门要抓好落实。",
        "5月6日，县妇联召开执委会议。会议由副主席吴静主持。主席林梅作工作报告。她介绍，去年全县妇联工作稳步推进。她指出，要抓好家庭教育。",
    ],
)
def test_a_pronoun_chain_stays_with_its_speaker(extract, body: str) -> None:
    people = speakers(extract(page(body)))
    chair = next(name for name, (_, roles) in people.items() if roles == ("主持",))
    others = [name for name in people if name != chair]
    assert "讲话" in people[others[0]][1]
    assert people[chair][1] == ("主持",)


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: another named chair between the two pronoun sentences takes the next 他
        "5月6日，县委召开座谈会。县委书记赵刚致辞。他表示，欢迎各位代表。会议由县委副书记李强主持。他要求，各部门要抓好落实。",
    ],
)
def test_a_pronoun_after_a_new_actor_is_that_actor(extract, body: str) -> None:
    people = speakers(extract(page(body)))
    assert people["赵刚"][1] == ("致辞",)
    assert "讲话" in people["李强"][1]


@pytest.mark.parametrize(
    "body",
    [
        "3月15日上午，市委召开民营企业家座谈会。市长柯文杰出席。柯文杰就企业家提出的问题逐一作了回应。",
        "3月15日，区政府召开座谈会。区长周平出席。周平就群众反映的问题现场作了解答。",
        "3月15日，县政协召开座谈会。副县长孙梅出席会议，并就委员们关注的问题作出回答。",
        "3月15日，镇党委召开恳谈会。镇长钱进就村民提出的问题一一作了答复。",
    ],
)
def test_answering_questions_raised_there_is_a_speech(extract, body: str) -> None:
    people = speakers(extract(page(body)))
    assert any("讲话" in roles for _, roles in people.values())


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a directive that others answer
        "3月15日，市委召开座谈会。市长柯文杰出席。会议要求各部门就企业家提出的问题作出回应。",
        # NEGATIVE: an answer promised, not given
        "3月15日，市委召开座谈会。市长柯文杰出席。柯文杰将就企业家提出的问题作出答复。",
    ],
)
def test_answers_asked_for_or_promised_are_no_speech(extract, body: str) -> None:
    people = speakers(extract(page(body)))
    assert "讲话" not in people.get("柯文杰", (None, ()))[1]


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        ("6月28日，市税务局召开表彰大会。局长钟丽萍讲授专题党课。她表示，党员要牢记老局长李大山常说的“一心为民”。", "李大山"),
        ("6月28日，县供电公司召开座谈会。经理周强主持。老师傅王德福经常说：“安全无小事。”", "王德福"),
        ("6月28日，村党支部召开党员大会。支部书记陈兵讲话。老支书刘永年总是讲，“干部要带头”。", "刘永年"),
    ],
)
def test_a_habitual_saying_is_no_remark_here(extract, body: str, quoted: str) -> None:
    assert quoted not in speakers(extract(page(body)))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # NEGATIVE: a remark made at the meeting stays
        ("6月28日，县供电公司召开座谈会。经理周强主持。副经理王德福说：“安全无小事。”", "王德福"),
        # NEGATIVE: 常务 is a post, not 常 before a speech verb
        ("6月28日，县政府召开常务会议。常务副县长李明讲话。", "李明"),
    ],
)
def test_a_plain_remark_keeps_its_speaker(extract, body: str, name: str) -> None:
    assert name in speakers(extract(page(body)))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("2月13日下午，县安全生产表彰大会在县行政中心召开。与会领导为受表彰的十五个先进集体、三十名先进个人颁奖。",
         [("先进集体", 15, "个", "organization"), ("先进个人", 30, "名", "person")]),
        ("5月6日，县教育局召开表彰大会。县领导为二十名优秀教师、十二名优秀班主任颁奖。",
         [("优秀教师", 20, "名", "person"), ("优秀班主任", 12, "名", "person")]),
    ],
)
def test_chinese_numeral_counts_listed_before_conferral(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: one count over two nouns joined by 、 stays one honour
        ("5月6日，县教育局召开表彰大会。县领导为十二名优秀教师、班主任颁奖。", [("优秀教师、班主任", 12, "名", "person")]),
        ("5月6日，县教育局召开表彰大会。县领导为十二名优秀教师颁奖。", [("优秀教师", 12, "名", "person")]),
    ],
)
def test_a_single_count_before_conferral_stays_whole(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
