"""Speaker phrasings of foreign names with 先生/女士, reactions and faults found: foreign names with 先生/女士 in a list (a crash),
a full name with its post before 强调, given names holding 向/为 in a list, surname-and-post references
with 要求 + object or 对…作了安排 and posts in comma groups, comma-set lists of label代表、title name before
作交流发言, remarks after a 点评, an audience member's reaction quoted after a lecture, 现场述职 after a
two-character name, and 分享 going on with an address.  Invented sentences; the expected values follow
corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # foreign names with a courtesy title in a list: no crash, 先生 no part of the next title
        ("5月17日，学院举办论坛。美国驻华使馆公使衔参赞约翰·史密斯先生、英国文化协会主任艾玛·布朗女士出席并致辞。",
         {"约翰·史密斯": ("美国驻华使馆公使衔参赞", ("致辞",)), "艾玛·布朗": ("英国文化协会主任", ("致辞",))}),
        ("5月17日，学院举办论坛。参赞史密斯先生、主任布朗女士出席并致辞。",
         {"史密斯": ("参赞", ("致辞",)), "布朗": ("主任", ("致辞",))}),
        ("5月17日，学院举办论坛。县委书记张建国同志、县长李明同志出席并讲话。",
         {"张建国": ("县委书记", ("讲话",)), "李明": ("县长", ("讲话",))}),
        # the full name and its post before 强调 (not 总书记强调)
        ("5月17日，县里召开会议。县委书记王建国出席会议。王建国书记强调，要尽快进入状态。",
         {"王建国": ("县委书记", ("讲话",))}),
        ("5月17日，县里召开会议。县长王建国出席会议。王建国县长强调，要尽快进入状态。",
         {"王建国": ("县长", ("讲话",))}),
        # 向/为 of a given name in a list
        ("6月29日，座谈会召开。吴向东、李志强、赵敏分别发言。",
         {"吴向东": (None, ("发言",)), "李志强": (None, ("发言",)), "赵敏": (None, ("发言",))}),
        ("6月29日，座谈会召开。张为民、李志强、赵敏分别发言。",
         {"张为民": (None, ("发言",)), "李志强": (None, ("发言",)), "赵敏": (None, ("发言",))}),
        ("6月29日，座谈会召开。县长吴向东、副县长李志强出席并讲话。",
         {"吴向东": ("县长", ("讲话",)), "李志强": ("副县长", ("讲话",))}),
        ("6月29日，座谈会召开。刘向阳副县长、李志强副县长出席并讲话。",
         {"刘向阳": ("副县长", ("讲话",)), "李志强": ("副县长", ("讲话",))}),
        # surname and post with 要求 + object, 对…作了安排, a post in a comma group
        ("5月17日，学校召开会议。校长施晓峰出席会议。施校长要求新任职干部尽快进入状态。",
         {"施晓峰": ("校长", ("讲话",))}),
        ("4月2日，镇里召开讲评会。镇长田晓军出席会议。田镇长对二季度重点工作作了安排。",
         {"田晓军": ("镇长", ("讲话",))}),
        ("8月26日，区委书记许兵主持召开会议。区委副书记、区长，区委深改委副主任许晓蕾出席会议。许区长要求，各单位要压实责任。",
         {"许兵": ("区委书记", ("主持",)), "许晓蕾": ("区委副书记、区长，区委深改委副主任", ("讲话",))}),
        # comma-set items of label代表、title name before 作交流发言 / 作表态发言
        ("2月26日，市妇联召开执委会议。基层代表、新城区妇联主席邵燕，女企业家代表、海韵服饰有限公司董事长林海燕，"
         "巾帼志愿者代表郑小红作交流发言。",
         {"邵燕": ("新城区妇联主席", ("发言",)), "林海燕": ("海韵服饰有限公司董事长", ("发言",)),
          "郑小红": (None, ("发言",))}),
        ("2月26日，学院召开座谈会。教师代表、化学学院刘芳教授，新生代表、计算机学院本科生李晨阳，家长代表王明作交流发言。",
         {"刘芳": ("教授", ("发言",)), "李晨阳": ("计算机学院本科生", ("发言",)), "王明": (None, ("发言",))}),
        ("3月1日，开学典礼举行。学员代表、市发改委副主任邹伟，县处级干部进修班学员、市卫健委副主任陶青分别作表态发言。",
         {"邹伟": ("市发改委副主任", ("发言",)), "陶青": ("县处级干部进修班学员、市卫健委副主任", ("发言",))}),
        # remarks right after one's own 点评
        ("2月5日，党支部召开组织生活会。集团党委副书记黄宏涛对组织生活会进行了点评，指出本次组织生活会准备充分。",
         {"黄宏涛": ("集团党委副书记", ("点评", "讲话"))}),
        # 现场述职 after a two-character name
        ("1月17日，县里召开述职评议会。白沙乡党委书记秦雪现场述职。", {"秦雪": ("白沙乡党委书记", ("述职",))}),
        # sharing that goes on with an address
        ("4月24日，医学院举办“名师讲堂”。院士葛振邦作专题讲座。葛振邦院士结合自己的从医经历，与师生分享了对医学人文的理解。",
         {"葛振邦": ("院士", ("作报告",))}),
    ],
)
def test_k38_phrasings(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


def test_an_audience_reaction_after_a_lecture_is_no_speaker(extract) -> None:
    text = ("县委书记李华讲授专题党课\n2024-06-28 来源：宁远党建\n6月27日，县委书记李华为社区党员讲授专题党课。"
            "社区党员代表刘桂兰说：“听了李书记的党课，我深受教育。”\n")
    assert speakers(extract(text)) == {"李华": ("县委书记", ("讲党课",))}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # negatives: the preposition 向 before recipients stays one
        ("6月29日，表彰会召开。县长李强向王东、李志强颁发证书。", {"李强": ("县长", ("颁奖",))}),
        # a directive followed, a narrative 说 with no comma: no reference acting
        ("4月2日，镇里召开讲评会。镇长田晓军出席会议。按照田镇长要求，各村要抓好落实。", {}),
        ("4月2日，镇里召开讲评会。镇长田晓军出席会议。田镇长走过来拍着他的肩说，好好干。", {}),
        # a 点评 followed by no speech verb adds nothing
        ("2月5日，党支部召开组织生活会。集团党委副书记黄宏涛对组织生活会进行了点评，肯定了成绩。",
         {"黄宏涛": ("集团党委副书记", ("点评",))}),
        # 分享 with no address before is 发言
        ("5月2日，座谈会举行。会上，退休教师林锦坤分享了教学心得。", {"林锦坤": ("退休教师", ("发言",))}),
        # words inside a quote give no role; the verb before it does
        ("5月2日，座谈会举行。县长王强说：“大家要积极发言。”", {"王强": ("县长", ("讲话",))}),
    ],
)
def test_k38_near_misses(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("remarks", "roles"),
    [
        # the faults a review found are its findings, no remarks of their own (spec 000's 王世华: 点评 only)
        ("逐一进行点评，指出存在问题并提出整改要求。", ("点评",)),
        ("逐一进行点评，指出了存在的问题和不足。", ("点评",)),
        ("作点评，指出了工作中的短板。", ("点评",)),
        ("逐一点评，指出问题，提出要求。", ("点评",)),
        # what is said after 指出 is a speech (GUIDELINES §4)
        ("对组织生活会进行了点评，指出本次组织生活会准备充分、主题鲜明。", ("点评", "讲话")),
    ],
)
def test_faults_found_by_a_review_are_no_speech(extract, remarks: str, roles: tuple) -> None:
    text = ("镇党委召开述职评议会\n2024-01-19 来源：某镇人民政府\n1月18日，某镇党委召开述职评议会，镇党委副书记刘丹主持会议。\n"
            f"镇党委书记黄国庆{remarks}\n")
    assert speakers(extract(text))["黄国庆"] == ("镇党委书记", roles)
