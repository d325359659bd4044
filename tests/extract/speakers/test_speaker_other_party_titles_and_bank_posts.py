"""Speaker phrasings: the other party's title after 在<place>同, 应约同
or another titled name and 同 (diplomatic talks and calls); the determiner 该行 before a bank's posts; 带领与会人员
学习了新修订的《…》 read as 领学; 登台演讲 after a 兼 chain ending in Latin letters; a person named 高一 after a
title; 主任医师 after the name joining the chain; 国务资政 as a post.  Near misses that must not change are kept
beside them.  Invented sentences; the expected values follow corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # §4 title as written next to the name: the venue and the preposition before the other party are no part of it
        ("3月12日，外交部长王毅在北京同几内亚外长孔德举行会谈。孔德说，几方高度重视对华关系。",
         {"孔德": ("几内亚外长", ("讲话",))}),
        ("3月12日，外交部长王毅在人民大会堂与巴西外长马丁斯举行会谈。马丁斯表示，巴方愿深化合作。",
         {"马丁斯": ("巴西外长", ("讲话",))}),
        # another titled person's name, then 同, ends that person's clause
        ("3月12日，外交部长王毅同几内亚外长孔德举行会谈。孔德说，几方高度重视对华关系。",
         {"孔德": ("几内亚外长", ("讲话",))}),
        ("3月12日，全市招商引资座谈会召开。省委书记张强同市委副书记、市长李明出席会议。李明说，要加快发展。",
         {"李明": ("市委副书记、市长", ("讲话",))}),
        # 应约同: an invitation accepted, then the other party
        ("外交部长王毅20日应约同法国外长巴罗举行视频会谈。巴罗表示，法方愿共同筹备好高层交往。",
         {"巴罗": ("法国外长", ("讲话",))}),
        # a post the lexicon now knows
        ("国务院副总理丁学东2日在人民大会堂会见新加坡国务资政张志贤。张志贤表示，新方愿加强交往。",
         {"张志贤": ("新加坡国务资政", ("讲话",))}),
        # (negatives: two titled people joined by 与 keep their own titles; 同济大学 and 大同 stay in the title)
        ("2月13日，市委召开会议。市委书记张强与市长李明共同主持会议。",
         {"张强": ("市委书记", ("主持",)), "李明": ("市长", ("主持",))}),
        ("5月8日，研讨会召开。同济大学教授王强作主旨报告。", {"王强": ("同济大学教授", ("作报告",))}),
        ("5月8日，全市工作会议召开。大同市委书记卢东亮出席并讲话。", {"卢东亮": ("大同市委书记", ("讲话",))}),
    ],
)
def test_the_other_partys_title(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 该行 (the bank just named) is a determiner, no part of the title
        ("2月13日，江城农商银行召开2024年度工作会议。该行党委书记、董事长齐海军致辞，该行行长司马远航主持会议。",
         {"齐海军": ("党委书记、董事长", ("致辞",)), "司马远航": ("行长", ("主持",))}),
        # (negative: 该行业协会 is the trade association's, 该 alone stays as before)
        ("2月13日，年会召开。该行业协会会长王强致辞。", {"王强": ("该行业协会会长", ("致辞",))}),
    ],
)
def test_a_determiner_before_a_banks_posts(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 带领…学习了《…》 = 领学 (§4), also with 人员 and a short modifier before the text's title
        ("3月4日，医院召开党风廉政建设工作会议。纪委书记郑文涛带领全体与会人员学习了新修订的《条例》有关条款。",
         {"郑文涛": ("纪委书记", ("宣读",))}),
        ("3月4日，医院召开党风廉政建设工作会议。纪委书记郑文涛带领与会人员集中学习了廉洁自律有关规定。",
         {"郑文涛": ("纪委书记", ("宣读",))}),
        # (negative: leading a visit is no reading)
        ("3月4日，医院召开党风廉政建设工作会议。纪委书记郑文涛带领与会人员参观了廉政教育基地。", {}),
    ],
)
def test_leading_a_study(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 登台演讲 after a 兼 chain ending in Latin letters
        ("1月8日，星澜科技年度客户大会在深圳举行。董事长兼CEO林一凡登台演讲。", {"林一凡": ("董事长兼CEO", ("讲话",))}),
        ("1月8日，星澜科技年度客户大会在深圳举行。董事长林一凡登台演讲。", {"林一凡": ("董事长", ("讲话",))}),
        # a rank after the name joins the chain (§4): 主任医师 as 教授
        ("5月10日，省肿瘤医院举办学术研讨会。医院党委副书记、院长钟南主任医师致开幕辞。",
         {"钟南": ("医院党委副书记、院长、主任医师", ("致辞",))}),
    ],
)
def test_chains_and_ranks(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a person named 高一, framed by a title and a stop word
        ("6月24日，南江大学举行毕业典礼。典礼由党委副书记、副校长高一主持。副校长高一致辞。",
         {"高一": ("党委副书记、副校长", ("主持", "致辞"))}),
        # (negatives: a school year is no name)
        ("6月24日，实验中学举行毕业典礼。高一（3）班学生李华发言。", {"李华": ("高一（3）班学生", ("发言",))}),
        ("6月24日，实验中学举行毕业典礼。学生代表高一发言。", {}),
        ("6月24日，实验中学举行开学典礼。校长李强为高一新生颁奖。", {"李强": ("校长", ("颁奖",))}),
    ],
)
def test_a_name_like_a_school_year(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
