"""Fixer fxh (code review cr8 1.2, 1.5, 1.11, 1.19): list rows under a conferring word are refused only for proposal
words in the list's lead sentence (拟表彰, 予以公示, 候选), not for any 将 of the paragraph (将荣誉转化为动力, 并将名单予以
通报); 专家学者 is a group label, no title, and 与会/参会 no part of a title, the list's first name kept; a drill removes
roles only when told held as the page's event (the headline or a sentence with a day) or in the speaker's own sentence,
never a tally of past drills; a bracketed label of a validity or a deadline before a date at the foot is no sign-off.
Invented sentences (the cr8 rows and variations); expected values follow corpus/GUIDELINES.md §2, §4, §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers

_ROWS = "\n先进集体（3个）\n县财政局、县教育局、县卫健委\n先进个人（5名）\n王强、李明、张华、赵刚、刘洋"
_BOTH = [("先进集体", 3, "个", "organization"), ("先进个人", 5, "名", "person")]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # cr8 a7[0]-a7[2]: a 将 later in the paragraph, or announcing the list, proposes nothing
        ("为表彰先进，经县委研究，决定对以下先进集体和先进个人予以表彰。希望受到表彰的先进集体和先进个人珍惜荣誉，将荣誉转化为动力，再创佳绩。", _BOTH),
        ("为表彰先进，经县委研究，决定对以下先进集体和先进个人予以表彰。希望受到表彰的先进集体和先进个人珍惜荣誉，再创佳绩。", _BOTH),
        ("经县委研究，决定对以下先进集体和先进个人予以表彰，并将名单予以通报。", _BOTH),
        ("经公示无异议，县政府决定对以下先进集体和先进个人予以表彰。希望大家将荣誉作为新的起点。", _BOTH),
        # NEGATIVE: proposal words in the lead sentence: candidates, nothing conferred yet
        ("现将拟表彰的先进集体和先进个人予以公示，公示期为5个工作日。", []),
        ("经各单位推荐，现将拟表彰对象名单公示如下。", []),
        ("经研究，现将2023年度拟表彰对象予以公示，名单如下。", []),
    ],
)
def test_commendation_list_under_its_lead(extract, lead: str, expected: list) -> None:
    record = extract("关于表彰2023年度先进集体和先进个人的决定\n各乡镇、各部门：\n" + lead + _ROWS + "\n")
    assert honours(record) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # cr8 s5[3], s6[0], s6[4]: a group label and an attending word give no title; every name of the list kept
        ("专家学者王强、李明先后发言", {"王强": (None, ("发言",)), "李明": (None, ("发言",))}),
        ("专家学者王强发言", {"王强": (None, ("发言",))}),
        ("与会专家学者王强、李明、张华先后作主题发言",
         {"王强": (None, ("发言",)), "李明": (None, ("发言",)), "张华": (None, ("发言",))}),
        ("专家教授王强、李明先后发言", {"王强": (None, ("发言",)), "李明": (None, ("发言",))}),
        ("参会学者王强、李明先后发言", {"王强": ("学者", ("发言",)), "李明": ("学者", ("发言",))}),
        # cr8 s6[1]-s6[3]: an occupation shared by a 、 list
        ("青年学者王强、李明先后发言", {"王强": ("青年学者", ("发言",)), "李明": ("青年学者", ("发言",))}),
        ("学者王强、李明先后发言", {"王强": ("学者", ("发言",)), "李明": ("学者", ("发言",))}),
        ("作家王强、李明先后发言", {"王强": ("作家", ("发言",)), "李明": ("作家", ("发言",))}),
        # NEGATIVE: 会长 opens on 会 and stays a title
        ("协会会长王强发言", {"王强": ("协会会长", ("发言",))}),
    ],
)
def test_group_label_of_experts(extract, clause: str, expected: dict) -> None:
    assert speakers(extract(page(f"5月8日，学校召开研讨会，{clause}。"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr8 s5[0]-s5[2], s5[4]-s5[6]: posts, labels and occupations as before
        ("5月8日，省作家协会召开会议，省作家协会主席王强讲话。", {"王强": ("省作家协会主席", ("讲话",))}),
        ("5月8日，市美术家协会举办画展，美术家协会主席李明致辞。", {"李明": ("美术家协会主席", ("致辞",))}),
        ("5月8日，县文联召开座谈会，书法家代表王强发言。", {"王强": (None, ("发言",))}),
        ("5月8日，剧院举行首演式，演员代表王芳发言。", {"王芳": (None, ("发言",))}),
        ("5月8日，县委召开座谈会，著名作家、县文联主席王强讲话。", {"王强": ("作家、县文联主席", ("讲话",))}),
        ("5月8日，县文联召开会议，作家王强、诗人李明发言。", {"王强": ("作家", ("发言",)), "李明": ("诗人", ("发言",))}),
    ],
)
def test_occupations_unchanged(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr8 m12[0], m12[1], m13[0], m13[1]: a drill told before, or counted, takes no presenter
        ("5月8日，全县消防技能比武在县消防站举行，县长王强为获奖队伍颁奖。此前，各乡镇组织开展了消防演练。", {"王强": ("县长", ("颁奖",))}),
        ("5月8日，县长王强到县消防救援大队走访慰问，为10名优秀消防员颁发荣誉证书。该大队今年已开展应急演练30余次。",
         {"王强": ("县长", ("颁奖",))}),
        ("5月8日，全县消防技能比武在县消防站举行，县长王强为获奖队伍颁奖。", {"王强": ("县长", ("颁奖",))}),
        ("5月8日，县长王强到县消防救援大队走访慰问，为10名优秀消防员颁发荣誉证书。", {"王强": ("县长", ("颁奖",))}),
        ("5月8日，县长王强为技能比武获奖选手颁奖。全县累计举办应急演练12场。", {"王强": ("县长", ("颁奖",))}),
        # NEGATIVE: the drill told held as the page's event, or in the speaker's own sentence
        ("6月5日，我市举行地震应急疏散演练。市应急管理局局长赵刚在演练现场点评时指出，演练达到了预期效果。", {}),
        ("市防汛应急综合演练举行。副市长王强宣布演练开始，并对演练进行点评。", {}),
    ],
)
def test_drill_told_held(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


_TRAINING = "县委召开培训动员会\n昨天，县委召开全县财务人员培训动员会。\n"


@pytest.mark.parametrize(
    ("footer", "published", "date"),
    [
        # cr8 p1[2]: a credit closed before the date is the sign-off
        ("（县委组织部 供稿）2024-03-15", "2024-03-15", "2024-03-14"),
        # NEGATIVE (cr8 p1[0], p1[3]): a validity or a deadline label in the brackets
        ("（有效期至）2024-12-31", None, None),
        ("（报名截止）2024-06-01", None, None),
        ("【有效期】2024-12-31", None, None),
        ("（截止日期）2024-12-31", None, None),
    ],
)
def test_bracketed_label_before_foot_date(extract, footer: str, published: str | None, date: str | None) -> None:
    record = extract(_TRAINING + footer + "\n")
    assert (record["published"], [m["date"] for m in record["meetings"]]) == (published, [date])


def test_activity_time_label_is_no_sign_off(extract) -> None:
    # cr8 p1[1]: 【活动时间】 labels the event's day; the meeting's 昨天 is read from it as before (not the sign-off path)
    record = extract(_TRAINING + "【活动时间】2024-06-05\n")
    assert record["published"] is None or record["published"] == "2024-06-05"
