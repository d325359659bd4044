"""Speaker shapes of commended people, verbs of thanks and appointees: people 对 opens in a commending clause are recipients, not conferrers
(对…的甲、乙3名群众予以表彰); a model name read from the surname-like tail of a verb of thanks (感谢志工… → 谢志工)
is none; a person appointed in a decision (张某任…书记) is no organization opening on the name, so that the
appointee's own 表态发言 counts; remarks framed by a visit or an activity that is no meeting (在植树时说, 在…调研时指出)
are no 讲话; soft remarks told before the person's named address (勉励…。甲致词时表示) belong to it; a representative's
label before the title chain (“最美医生”代表、县人民医院医生甲讲述…) makes 讲述 a 发言; 颁牌 confers like 授牌;
校监 is a title (not inside 学校监管).  Invented sentences; the expected values follow corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import speakers


def page(body: str) -> str:
    return f"标题\n2024-05-08 来源：某网\n{body}\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("8月9日，市见义勇为基金会召开表彰会，对在清溪河落水儿童救援中挺身而出的周大川、孙小海、郑三木3名群众予以表彰，"
         "授予他们“见义勇为先进个人”称号。市公安局副局长陈刚出席表彰会并为3人颁发证书。",
         {"陈刚": ("市公安局副局长", ("颁奖",))}),
        ("6月3日，区总工会召开表彰会，对爱岗敬业的吴海燕、冯立群2名职工进行了通报表扬，并授予二人“岗位能手”称号。"
         "区总工会主席林涛为2人颁奖。",
         {"林涛": ("区总工会主席", ("颁奖",))}),
        ("会议对在防汛抢险中表现突出的何志远、钱进2名同志给予嘉奖，授予他们荣誉证书。县委书记王明讲话。",
         {"王明": ("县委书记", ("讲话",))}),
        # NEGATIVE: 对 opening no commendation (a person's address remarked on): the chair still speaks
        ("5月6日，市委召开座谈会。市委书记周强对与会代表的发言逐一点评，并为优秀代表颁发证书。",
         {"周强": ("市委书记", ("点评", "颁奖"))}),
    ],
)
def test_commended_people_are_recipients(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("台南市政府今日舉行志工表揚大會，由市長黃偉哲親自頒獎。黃偉哲致詞時感謝志工朋友長期默默付出，他表示，全市志工逾6萬人。",
         {"黄伟哲": ("市长", ("颁奖", "致辞"))}),
        ("市政府今日舉行志工表揚大會。市長林佳龍致詞時感謝志工朋友長期默默付出，他表示，全市志工逾3萬人。",
         {"林佳龙": ("市长", ("致辞",))}),
        ("区政府今日举行志愿者表彰大会，区长王伟亲自颁奖。王伟致辞时感谢志工朋友长期默默付出，他表示，全区志愿者超过2万人。",
         {"王伟": ("区长", ("颁奖", "致辞"))}),
        # NEGATIVE: a person surnamed 谢 after 向 (no verb ending on the surname) is read
        ("5月6日，县民政局举行志愿者表彰大会。县长刘强向谢志远颁发证书，谢志远作获奖感言。",
         {"刘强": ("县长", ("颁奖",)), "谢志远": (None, ("发言",))}),
    ],
)
def test_no_name_from_the_tail_of_a_verb_of_thanks(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("9月3日，江南物流集团召开干部大会。省委组织部干部处处长王军宣布了任职决定：张华任集团党委书记、董事长。张华作表态发言。",
         {"王军": ("省委组织部干部处处长", ("宣读",)), "张华": (None, ("发言",))}),
        ("4月2日，市农发公司召开干部大会，宣布了市委决定：刘建国任公司总经理。刘建国作了表态发言。",
         {"刘建国": (None, ("发言",))}),
        ("7月1日，县水务局召开干部大会。会议宣布：陈立新兼任局党组书记。陈立新在会上作表态发言。",
         {"陈立新": (None, ("发言",))}),
        # NEGATIVE: a name opening an organization (陶然集团) is still no person
        ("5月8日，陶然集团召开年度总结会。集团董事长李强作工作报告。",
         {"李强": ("集团董事长", ("作报告",))}),
    ],
)
def test_appointee_speaks_after_the_decision_naming_him(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月12日，市领导与干部群众300余人参加义务植树活动。市委书记王强在植树时说，要持续推进国土绿化。", {}),
        ("3月12日，市委召开常委会会议。会议结束后，市委书记王强参加义务植树活动。王强在植树时强调，要持续推进国土绿化。", {}),
        ("6月5日，县委召开常委会会议。县委书记李明主持会议并讲话。会后，李明到帮扶村参加劳动，他在劳动间隙说，要为群众办实事。",
         {"李明": ("县委书记", ("主持", "讲话"))}),
        ("8月1日，市政府召开防汛工作会议，市长刘伟主持。市长刘伟还在青山水库检查时指出，要压实防汛责任。",
         {"刘伟": ("市长", ("主持",))}),
        # NEGATIVE: remarks at a meeting named inside the frame are an address there
        ("3月12日，县里召开植树造林工作推进会。县长王强在会上讲话时说，要持续推进国土绿化。", {"王强": ("县长", ("讲话",))}),
        ("5月6日，市委书记周强在调研座谈会中指出，要加快项目建设。", {"周强": ("市委书记", ("讲话",))}),
    ],
)
def test_remarks_during_an_activity_are_no_address(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月20日，學院舉行畢業典禮。校長陳志明親自為畢業生撥穗，勉勵畢業生勇敢追夢。陳志明致詞時表示，畢業生要保持學習力。",
         {"陈志明": ("校长", ("致辞",))}),
        ("5月6日，区妇联召开表彰大会。区妇联主席王芳表示，最美家庭是社会的缩影。王芳随后致辞。",
         {"王芳": ("区妇联主席", ("致辞",))}),
        # NEGATIVE: 强调 before the address adds 讲话 (GUIDELINES §4)
        ("6月20日，學院舉行畢業典禮。校長陳志明強調，畢業生要勇敢追夢。陳志明隨後致詞。",
         {"陈志明": ("校长", ("讲话", "致辞"))}),
        # NEGATIVE: a 致辞 read only from words of courtesy (no address named) gives way to the speech
        ("5月6日，区里召开表彰大会。区长王芳向受表彰者表示热烈祝贺。王芳说，要持续弘扬新风。",
         {"王芳": ("区长", ("讲话",))}),
    ],
)
def test_soft_remarks_before_the_named_address(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县融媒体中心召开先进典型发布会。“最美医生”代表、县人民医院医生李红讲述了自己的故事。",
         {"李红": ("县人民医院医生", ("发言",))}),
        ("5月10日，县妇联召开表彰会。最美家庭代表、城关镇中心小学教师张丽讲述了家庭和睦的故事。",
         {"张丽": ("城关镇中心小学教师", ("发言",))}),
        # NEGATIVE: a seat (人大代表) is a title, not a representative's label: 讲述 stays 讲话
        ("5月10日，县妇联召开表彰会。县人大代表、县人民医院医生李红讲述了基层医疗的故事。",
         {"李红": ("县人大代表、县人民医院医生", ("讲话",))}),
    ],
)
def test_representative_label_before_the_title(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月15日，区妇联召开最美家庭表彰会。区妇联主席王芳为获奖家庭代表颁牌。", {"王芳": ("区妇联主席", ("颁奖",))}),
        ("5月15日，区里召开表彰会。副区长刘强为先进集体授牌。", {"刘强": ("副区长", ("颁奖",))}),
        ("5月15日，区里召开表彰会，区委书记赵军、区长钱明为示范社区颁牌。",
         {"赵军": ("区委书记", ("颁奖",)), "钱明": ("区长", ("颁奖",))}),
        # NEGATIVE: 颁牌仪式 is an event, not an act
        ("5月15日，区里举行示范社区颁牌仪式，区委书记赵军出席。", {}),
    ],
)
def test_plaques_handed_over_are_conferrals(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月30日，中学举行毕业礼。校監何國明先生致辭。", {"何国明": ("校监", ("致辞",))}),
        ("6月30日，书院举行开学礼。校监、校董会主席梁志强致辞。", {"梁志强": ("校监、校董会主席", ("致辞",))}),
        # NEGATIVE: 校监 cut out of 学校监管/学校监督 is no post
        ("5月10日，学校召开会议。会上，市教育局局长王强对学校监管工作作了部署。", {"王强": ("市教育局局长", ("讲话",))}),
        ("5月10日，学校召开会议。区教育局局长王强对学校监督工作作了部署。办公室主任管明发言。",
         {"王强": ("区教育局局长", ("讲话",)), "管明": ("办公室主任", ("发言",))}),
    ],
)
def test_school_supervisor_is_a_title(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
