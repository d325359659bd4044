"""Speaker shapes of quoted slogans, place dots and bracketed deadlines: a quoted slogan before a common noun is
no honour before a name (围绕“六稳”“六保”任务发言); a full stop after a place told, or between one word written twice,
ends a sentence and is no foreign name's dot (在吉林.吉林市委书记…); a bracketed deadline or validity line under the
title is no dateline (（报名截止2024年5月20日）); a title opening on 记者/记协 after a dash keeps its 记 (——记者站站长);
after the presenters' label, 为 before a conferring verb marks the recipient (颁奖嘉宾为一等奖获得者王强颁发证书).
Eighth review round (helper fxc, second pass): an occupation or field of expertise before the name is the title, a
word of praise before it no part of it (著名作家李明远 -> 作家).
Invented sentences; the expected values follow corpus/GUIDELINES.md (§2 published, §4 speakers)."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

# -- §1.4: a quoted slogan before a common noun that opens on a surname character -----------------------------


@pytest.mark.parametrize(
    "body",
    [
        "5月8日，县里召开座谈会，与会代表围绕“六稳”“六保”任务发言。",
        "5月8日，县里召开座谈会，与会人员就“五水共治”方案发言。",
        "5月8日，县里召开座谈会，与会人员围绕“千万工程”经验发言。",
        "5月8日，市里召开座谈会，企业代表结合“亩均论英雄”改革经验作交流发言。",
        "5月8日，镇里召开推进会，各村围绕“美丽庭院”创建方案先后发言。",
        "5月8日，县里召开研讨会，专家们就“最多跑一次”任务分工发言。",
    ],
)
def test_quoted_slogan_before_a_common_noun_names_no_speaker(extract, body: str) -> None:
    assert speakers(extract(page(body))) == {}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("5月8日，县里召开座谈会，“最美员工”王强发言。", "王强"),
        ("5月8日，公司召开表彰大会，“金牌工匠”赵立新作交流发言。", "赵立新"),
        ("5月8日，县里召开表彰大会，“岗位能手”孙晓梅上台发言。", "孙晓梅"),
        ("5月8日，公司召开年度表彰大会，获奖代表、“十佳青年”周雨晴作交流发言。", "周雨晴"),
    ],
)
def test_quoted_honour_before_a_name_still_read(extract, body: str, name: str) -> None:
    assert speakers(extract(page(body)))[name] == (None, ("发言",))


# -- §1.11: a place told before a half-width full stop ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name", "title", "roles"),
    [
        ("5月8日，全省经济工作会议在吉林.吉林市委书记王强出席会议并讲话.", "王强", "吉林市委书记", ("讲话",)),
        ("5月8日，国际马拉松赛在西安.西安市市长李明为获奖选手颁奖.", "李明", "西安市市长", ("颁奖",)),
        ("5月8日，全省旅游发展大会在雅安.雅安市市长赵刚致辞.", "赵刚", "雅安市市长", ("致辞",)),
        ("5月8日，全省招商推介会在泰安举行.泰安市委书记孙平讲话.", "孙平", "泰安市委书记", ("讲话",)),
    ],
)
def test_place_ending_a_sentence_is_no_name_dot(extract, body: str, name: str, title: str, roles: tuple) -> None:
    assert speakers(extract(page(body)))[name] == (title, roles)


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        # NEGATIVE (the dot kept): a foreign name's two parts, typed with a full stop
        ("5月8日，县里召开座谈会.米夏埃尔.舒尔茨教授作主旨发言.", "米夏埃尔·舒尔茨", "教授"),
        ("5月8日，中德经济论坛举行，德国经济部长米夏埃尔.舒尔茨致辞。", "米夏埃尔·舒尔茨", "德国经济部长"),
        ("5月8日，中约论坛开幕，约旦外交大臣阿卜杜拉.艾哈迈德致辞。", "阿卜杜拉·艾哈迈德", "约旦外交大臣"),
    ],
)
def test_foreign_name_dot_still_read(extract, body: str, name: str, title: str | None) -> None:
    got = speakers(extract(page(body)))
    assert name in got
    assert got[name][0] == title


# -- §1.14: a bracketed deadline or validity line is no dateline -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("关于举办全县财务人员培训班的通知\n（报名截止2024年5月20日）\n各乡镇、各部门：经研究，决定于5月25日举办培训班。\n", None),
        ("江城市工程建设项目招标公告\n（有效期至2024年12月31日）\n江城市住建局定于6月10日召开招标答疑会。\n", None),
        ("全县春季运动会秩序册\n（比赛日期2024年5月20日）\n5月20日，全县春季运动会开幕。\n", None),
        ("关于举办全县技能竞赛的通知\n（投标截止2024年6月1日）\n各乡镇、各部门：经研究，决定于6月5日举办技能竞赛。\n", None),
        ("关于举办全县会计人员培训班的通知\n（报名截止2024年5月20日）\n各乡镇、各部门：经研究，决定于5月25日举办培训班。\n",
         None),
        ("江城集团2023年度业绩公告\n（以下数据截至2023年12月31日）\n江城集团今日举行业绩发布会。\n", None),
        # the datelines of a release stay read
        ("江城集团召开2024年工作会议\n（香港，2024年3月10日）江城集团今日在香港召开2024年工作会议。\n", "2024-03-10"),
        ("某集团举行颁奖典礼\n（2024年12月6日 香港讯）某集团昨日于会展中心举行年度颁奖典礼。\n", "2024-12-06"),
        ("某公司发布公告\n（深圳，2024年4月2日）某公司今日宣布完成新一轮融资。\n", "2024-04-02"),
    ],
)
def test_bracketed_deadline_is_no_dateline(extract, text: str, published: str | None) -> None:
    got = extract(text)["published"]
    assert (got[:10] if got else None) == published


# -- §1.15: a title opening on 记者/记协 after a dash -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("5月8日，县里召开通讯员培训会。——记者站站长王强为学员授课并讲话。", "王强", "记者站站长"),
        ("5月8日，县里召开座谈会。——记协主席王强讲话。", "王强", "记协主席"),
        ("5月8日，县里召开通讯员培训会。——记者站副站长刘芳讲话。", "刘芳", "记者站副站长"),
    ],
)
def test_title_opening_on_ji_after_a_dash(extract, body: str, name: str, title: str) -> None:
    assert speakers(extract(page(body)))[name][0] == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # the feature subtitle's ——记/——访 is still cut
        ("扎根高原三十年\n——记青海省农林科学院研究员王秀兰\n5月8日，在全省科技工作会议上，王秀兰作典型发言。\n",
         "王秀兰", "青海省农林科学院研究员"),
        ("守护万家灯火\n——访江城供电公司总经理李强\n5月8日，李强在公司年度工作会议上讲话。\n", "李强", "江城供电公司总经理"),
    ],
)
def test_feature_subtitle_lead_still_cut(extract, text: str, name: str, title: str) -> None:
    assert speakers(extract(text))[name][0] == title


# -- §1b P1: after the presenters' label, 为 before a conferring verb marks the recipient ---------------------


@pytest.mark.parametrize(
    "body",
    [
        "5月8日，县里召开表彰大会。颁奖嘉宾为一等奖获得者王强颁发证书。",
        "5月8日，县里召开表彰大会。颁奖嘉宾为获奖选手代表李华颁发奖杯。",
        "5月8日，县里召开表彰大会。颁奖嘉宾分别为获奖教师王芳、张丽颁发了荣誉证书。",
        "5月8日，县里召开表彰大会。颁奖嘉宾为王强等10名获奖者颁奖。",
        "5月8日，市里召开表彰大会。颁奖嘉宾为优秀志愿者陈晓燕佩戴绶带。",
        "5月8日，县里召开表彰大会。颁奖嘉宾为先进个人代表刘建国送上鲜花和证书。",
    ],
)
def test_winner_after_presenters_label_is_no_presenter(extract, body: str) -> None:
    assert all("颁奖" not in roles for _, roles in speakers(extract(page(body))).values())


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日，县里召开表彰大会。颁奖嘉宾为县委书记李明、县长张华。",
         {"李明": ("县委书记", ("颁奖",)), "张华": ("县长", ("颁奖",))}),
        ("5月8日，县里召开表彰大会。颁奖嘉宾：县委书记李明、县长张华。",
         {"李明": ("县委书记", ("颁奖",)), "张华": ("县长", ("颁奖",))}),
        ("5月8日，市里召开表彰大会。颁奖嘉宾为市委副书记赵刚。", {"赵刚": ("市委副书记", ("颁奖",))}),
    ],
)
def test_presenters_under_their_label(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


# -- §4 eighth round: an occupation or field of expertise before the name is the title ---------------------------


@pytest.mark.parametrize(
    ("body", "name", "title", "roles"),
    [
        ("5月8日，学院邀请著名作家李明远作文学创作专题讲座。", "李明远", "作家", ("作报告",)),
        ("5月8日，市里召开经济形势分析会，知名经济学家赵强作专题报告。", "赵强", "经济学家", ("作报告",)),
        ("5月8日，县司法局举办法治讲座，资深律师陈伟为群众授课。", "陈伟", "律师", ("作报告",)),
        ("5月8日，研讨会上，我国著名的历史学家郑国华作主旨演讲。", "郑国华", "历史学家", ("讲话",)),
        ("5月8日，学校举行读书节开幕式，儿童文学作家周晓梅致辞。", "周晓梅", "儿童文学作家", ("致辞",)),
        ("5月8日，区委召开学习会，邀请党建研究专家孙立平作辅导报告。", "孙立平", "党建研究专家", ("作报告",)),
        # an age group or a professional grade before the occupation is written as it stands (no praise word)
        ("5月8日，市文联举办书画交流会，青年画家王琳现场作画并发言。", "王琳", "青年画家", ("发言",)),
        ("5月8日，学院举办讲座，国家一级演员刘芳作报告。", "刘芳", "国家一级演员", ("作报告",)),
        # Hong Kong's Senior Counsel is a rank, not praise
        ("5月8日，市里召开座谈会，资深大律师陈国伟发言。", "陈国伟", "资深大律师", ("发言",)),
        # in a chain: the occupation is one of the posts, its praise word dropped
        ("5月8日，学院邀请知名作家、省作协副主席李明远作讲座。", "李明远", "作家、省作协副主席", ("作报告",)),
        ("5月8日，学院邀请国内知名学者、南江大学教授孙明作讲座。", "孙明", "学者、南江大学教授", ("作报告",)),
        ("5月8日，县里举行颁奖典礼，著名演员、导演周迅为获奖者颁奖。", "周迅", "演员、导演", ("颁奖",)),
    ],
)
def test_occupation_before_the_name_is_the_title(extract, body: str, name: str, title: str, roles: tuple) -> None:
    assert speakers(extract(page(body)))[name] == (title, roles)


def test_occupations_in_a_list_each_titled(extract) -> None:
    body = "5月8日，座谈会上，摄影家黄志刚、书法家林小东先后发言。"
    assert speakers(extract(page(body))) == {"黄志刚": ("摄影家", ("发言",)), "林小东": ("书法家", ("发言",))}


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        # NEGATIVE: honours, representative labels and kin are no occupation (§4)
        ("5月8日，市里召开表彰会，全国劳动模范张建军发言。", "张建军", None),
        ("5月8日，县里召开座谈会，全国优秀教师李红发言。", "李红", None),
        ("5月8日，县里召开座谈会，职工代表李红发言。", "李红", None),
        ("5月8日，市里召开座谈会，长江学者孙明发言。", "孙明", None),
        ("5月8日，市里召开座谈会，长江学者、南江大学教授孙明发言。", "孙明", "南江大学教授"),
        # NEGATIVE: praise inside an organization's name stays (no occupation follows it)
        ("5月8日，市里召开座谈会，市知名企业家协会会长陈国伟发言。", "陈国伟", "市知名企业家协会会长"),
        ("5月8日，市里召开座谈会，全国知名品牌企业董事长陈国伟发言。", "陈国伟", "全国知名品牌企业董事长"),
        # NEGATIVE: a descriptor that is no occupation still ends no chain
        ("5月8日，述职会召开。镇人大代表、种植大户刘永福向选民述职。", "刘永福", "镇人大代表"),
    ],
)
def test_honours_labels_and_descriptors_are_no_occupation(extract, body: str, name: str, title: str | None) -> None:
    assert speakers(extract(page(body)))[name][0] == title

