"""Speaker phrasings of manner adverbs, 师傅 and reports on duties: a two-character name before a manner
adverb and a verb (李明全面回顾了…), 师傅 as a form of address before a name (带教师傅李明), a 述职发言 that is one
act (述职), and forum speakers told as 担任讲者.  Invented sentences; the expected values follow
corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_MEETING = "1月5日，集团召开年度工作会议。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the name keeps two characters before a manner adverb and its verb; the deployment is 讲话 (§4)
        (_MEETING + "集团总经理李明全面回顾了2023年工作，安排部署了2024年重点任务。",
         {"李明": ("集团总经理", ("讲话",))}),
        # (re-pinned by GUIDELINES §4 thirtieth review round: the year's work summed up in verb form is 作报告
        # (twenty-second round), the deployment after it adds 讲话; this test read 讲话 only)
        (_MEETING + "集团总经理李明全面总结了2023年工作，部署了2024年任务。", {"李明": ("集团总经理", ("作报告", "讲话"))}),
        (_MEETING + "集团总经理王强认真回顾了2023年工作，部署了2024年任务。", {"王强": ("集团总经理", ("讲话",))}),
        (_MEETING + "集团总经理李明全面部署了2024年任务。", {"李明": ("集团总经理", ("讲话",))}),
        # negative: a three-character name whose last character opens no adverb + verb stays whole
        (_MEETING + "集团总经理李明全主持会议。", {"李明全": ("集团总经理", ("主持",))}),
        (_MEETING + "集团总经理王全面主持会议并讲话。", {"王全面": ("集团总经理", ("主持", "讲话"))}),
        # negative: a name and an adverb with no act of the meeting after it stays no speaker
        (_MEETING + "集团总经理李明全力推进了各项工作。", {}),
    ],
)
def test_a_name_before_a_manner_adverb(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


_PAIRING = "1月5日，公司召开师带徒结对仪式。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 师傅 is a form of address: no surname 傅, no title (§4: the job-title chain only)
        (_PAIRING + "带教师傅李明代表师傅发言。", {"李明": (None, ("发言",))}),
        (_PAIRING + "徒弟代表张华、带教师傅李明先后发言。", {"张华": (None, ("发言",)), "李明": (None, ("发言",))}),
        (_PAIRING + "指导师傅王建国发言。", {"王建国": (None, ("发言",))}),
        # a post written before the form of address is the title
        (_PAIRING + "车间主任、带教师傅李明发言。", {"李明": ("车间主任", ("发言",))}),
        # negative: a teacher surnamed 傅 stays so
        ("1月5日，学校召开教师节表彰大会。青年教师傅小明代表新教师发言。", {"傅小明": ("青年教师", ("发言",))}),
        ("1月5日，学校召开教师节表彰大会。优秀教师傅建国作交流发言。", {"傅建国": (None, ("发言",))}),
    ],
)
def test_master_as_a_form_of_address(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


_REVIEW = "1月5日，医院召开述职评议会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 述职发言 is one act: 述职 (§4)
        (_REVIEW + "外科主任李国强、护理部主任邓慧玲分别作了述职发言。",
         {"李国强": ("外科主任", ("述职",)), "邓慧玲": ("护理部主任", ("述职",))}),
        (_REVIEW + "外科主任李国强作述职发言，院长王强主持会议并讲话。",
         {"李国强": ("外科主任", ("述职",)), "王强": ("院长", ("主持", "讲话"))}),
        # negative: a remark after another's 述职 stays 发言; a 点评发言 stays as it was read
        (_REVIEW + "外科主任李国强述职后，护理部主任邓慧玲发言。",
         {"李国强": ("外科主任", ("述职",)), "邓慧玲": ("护理部主任", ("发言",))}),
        (_REVIEW + "外科主任李国强述职。院长王强作点评发言。",
         {"李国强": ("外科主任", ("述职",)), "王强": ("院长", ("点评", "发言"))}),
    ],
)
def test_a_report_on_duties_is_one_act(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # speakers invited to a forum who spoke there (Traditional as written in Hong Kong releases)
        ("論壇今日在會展中心舉行。論壇邀請了香港科技大學校長葉志遠教授、香港科技園公司行政總裁黃克強及多位業界領袖"
         "擔任講者，分享人工智能及生物科技最新發展。",
         {"叶志远": ("香港科技大学校长、教授", ("发言",)), "黄克强": ("香港科技园公司行政总裁", ("发言",))}),
        ("5月8日，创新论坛在会展中心举行。论坛邀请了香港科技大学校长叶志远教授担任讲者，分享人工智能最新发展。",
         {"叶志远": ("香港科技大学校长、教授", ("发言",))}),
        # negative: a speaker the forum will invite has not spoken
        ("5月8日，创新论坛在会展中心举行。论坛将邀请香港科技大学校长叶志远教授担任讲者。", {}),
        ("创新论坛将于下月举行，届时将邀请香港科技大学校长叶志远教授担任讲者。", {}),
    ],
)
def test_forum_speakers(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
