"""Speakers in common phrasings: title chains before names, role words after them, and people who
are mentioned but do not speak.  Sentences written for these tests; expectations follow
corpus/GUIDELINES.md §4 (roles compared exactly, in canonical form)."""

from __future__ import annotations

import pytest


def _by_name(record: dict) -> dict[str, dict]:
    return {s["name"]: s for s in record["speakers"]}


@pytest.mark.parametrize(
    ("text", "name", "title", "roles"),
    [
        ("市委副书记、市长王建军出席并讲话。", "王建军", "市委副书记、市长", ["讲话"]),
        ("区委常委、组织部部长刘芳作动员讲话。", "刘芳", "区委常委、组织部部长", ["讲话"]),
        ("校党委书记陈志刚致欢迎辞。", "陈志刚", "校党委书记", ["致辞"]),
        ("区委组织部副部长赵敏宣读了表彰决定。", "赵敏", "区委组织部副部长", ["宣读"]),
        ("中央党校教授李军作专题报告。", "李军", "中央党校教授", ["作报告"]),
        ("县委书记孙伟为全县党员干部讲授专题党课。", "孙伟", "县委书记", ["讲党课"]),
        ("市委党校副校长钱明对各支部的述职逐一进行点评。", "钱明", "市委党校副校长", ["点评"]),
        ("各党支部书记依次述职，机关党委书记吴刚逐一点评。", "吴刚", "机关党委书记", ["点评"]),
        ("区委书记郑涛为获奖集体和个人颁奖。", "郑涛", "区委书记", ["颁奖"]),
        ("副市长黄丽为获奖企业代表颁发奖牌。", "黄丽", "副市长", ["颁奖"]),
        ("会上，市人大常委会主任何平宣布大会开幕。", "何平", "市人大常委会主任", ["讲话"]),
        ("市委书记张明在讲话中指出，要抓好各项工作落实。", "张明", "市委书记", ["讲话"]),
        ("会上，公司党委书记、董事长周斌强调，要坚持稳中求进。", "周斌", "公司党委书记、董事长", ["讲话"]),
        ("市委组织部副部长邓亮参加会议并指导。", "邓亮", "市委组织部副部长", ["指导"]),
        ("各支部书记进行了述职，党委副书记林峰作总结讲话。", "林峰", "党委副书记", ["讲话"]),
        ("第一党支部书记高翔代表支部作述职报告。", "高翔", "第一党支部书记", ["述职"]),
        ("行政长官李家超主礼授勋典礼，向获授勋人士颁授勋衔。", "李家超", "行政长官", ["颁奖"]),
        ("行政长官贺一诚在授勋典礼上致辞。", "贺一诚", "行政长官", ["致辞"]),
        ("会议由副区长马骏主持。", "马骏", "副区长", ["主持"]),
        ("党委书记何勇作题为《坚定理想信念》的专题报告。", "何勇", "党委书记", ["作报告"]),
        ("市政府副秘书长罗佳宣读《关于表彰2023年度先进集体和先进个人的决定》。", "罗佳", "市政府副秘书长", ["宣读"]),
        ("学院院长黄海涛作2023年度工作报告。", "黄海涛", "学院院长", ["作报告"]),
        ("省农科院研究员孔令华以“乡村振兴与科技创新”为题作专题辅导。", "孔令华", "省农科院研究员", ["作报告"]),
        ("数学学院教授汪洋作为获奖教师代表作交流发言。", "汪洋", "数学学院教授", ["发言"]),
        ("会上，县委书记王建国作了题为《以党建引领发展》的专题党课。", "王建国", "县委书记", ["讲党课"]),
        ("主持人：区委组织部部长赵红", "赵红", "区委组织部部长", ["主持"]),
        ("中国驻圣保罗总领馆副总领事孙仁安在致辞中说，两地合作潜力巨大。", "孙仁安", "中国驻圣保罗总领馆副总领事", ["致辞"]),
        ("区委副书记陈某进行了点评，他指出，各支部工作扎实。", "陈某", "区委副书记", ["点评", "讲话"]),
        ("县委常委赵某为获得一等奖的节目颁奖，并在点评时指出，节目紧扣主题。", "赵某", "县委常委", ["颁奖", "点评", "讲话"]),
        ("学院党委副书记程某代表全院师生向老党员们表示崇高敬意。", "程某", "学院党委副书记", ["致辞"]),
        ("南江大学教授田某等12位专家学者作大会报告。", "田某", "南江大学教授", ["作报告"]),
        ("学生工作处处长孟某主持典礼。", "孟某", "学生工作处处长", ["主持"]),
        ("县委书记王某作动员部署。", "王某", "县委书记", ["讲话"]),
        ("县委常委、县纪委书记马某涛作警示教育报告。", "马某涛", "县委常委、县纪委书记", ["作报告"]),
        ("计算机学院院长宋某志教授作题为《大模型时代的产业智能化》的主旨报告。", "宋某志", "计算机学院院长、教授", ["作报告"]),
        ("副主任黄某明受郑某梁委托主持会议。", "黄某明", "副主任", ["主持"]),
        ("肾内科住院医师邱某航作交流发言。", "邱某航", "肾内科住院医师", ["发言"]),
        ("受助学生代表、高二（3）班学生李某瑶发言。", "李某瑶", "高二（3）班学生", ["发言"]),
        ("座谈会上，县实验小学教师、全国模范教师黎某雨发言。", "黎某雨", "县实验小学教师", ["发言"]),
        ("区委党校办公室主任钱某兰走进附小，以《学习贤官》为题，上了一堂生动的党课。", "钱某兰", "区委党校办公室主任", ["讲党课"]),
        ("党委书记张某带领大家学习了《中国共产党纪律处分条例》。", "张某", "党委书记", ["宣读"]),
        ("大石乡中心小学教师甘露等6位代表先后发言。", "甘露", "大石乡中心小学教师", ["发言"]),
        ("社会福利署署长谭某欣主持典礼。", "谭某欣", "社会福利署署长", ["主持"]),
        ("选手代表、射箭队队长吴某妤代表受奖人致谢。", "吴某妤", "射箭队队长", ["致辞"]),
        ("集团公司总经理钟磊致辞，对获奖单位表示祝贺。", "钟磊", "集团公司总经理", ["致辞"]),
        ("会议由区委副书记、区长唐亮主持，区委书记冯涛出席并讲话。", "冯涛", "区委书记", ["讲话"]),
        ("授勋仪式由行政长官李家超主礼。", "李家超", "行政长官", ["颁奖"]),
        ("区长欧阳明主持会议。", "欧阳明", "区长", ["主持"]),
        ("党委书记王刚同志作重要讲话。", "王刚", "党委书记", ["讲话"]),
        ("集团党委副书记、纪委书记秦岭领学党章。", "秦岭", "集团党委副书记、纪委书记", ["宣读"]),
        ("县委书记卢军为全县新任职干部上党课。", "卢军", "县委书记", ["讲党课"]),
    ],
)
def test_speaker(extract, text: str, name: str, title: str, roles: list[str]) -> None:
    speakers = _by_name(extract(text))
    assert name in speakers, f"{name} not found among {list(speakers)}"
    assert (speakers[name]["title"], speakers[name]["roles"]) == (title, roles)


def test_two_speakers_in_one_sentence(extract) -> None:
    speakers = _by_name(extract("会上，县委副书记徐静宣读了县委表彰决定，县委书记黎明为受表彰代表颁奖并讲话。"))
    assert speakers["徐静"]["roles"] == ["宣读"]
    assert speakers["黎明"]["roles"] == ["讲话", "颁奖"] or speakers["黎明"]["roles"] == ["颁奖", "讲话"]


@pytest.mark.parametrize("text", ["文件指出，要把各项工作落到实处。", "他表示，将继续努力。", "全体党员要求进步。"])
def test_no_speaker_without_a_name(extract, text: str) -> None:
    assert extract(text)["speakers"] == []


def test_bare_later_mention_speaks(extract) -> None:
    speakers = _by_name(extract("市委书记张明出席会议。张明指出，要把各项工作落到实处。"))
    assert (speakers["张明"]["title"], speakers["张明"]["roles"]) == ("市委书记", ["讲话"])


def test_host_and_speaker_in_one_sentence(extract) -> None:
    speakers = _by_name(extract("会议由区委副书记、区长唐亮主持，区委书记冯涛出席并讲话。"))
    assert speakers["唐亮"]["roles"] == ["主持"]
    assert speakers["唐亮"]["title"] == "区委副书记、区长"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("会议传达了省委书记王国平在全省组织工作会议上的讲话精神。", "王国平"),
        ("市领导张伟、李强出席会议。", "张伟"),
        ("市委常委、秘书长刘洪参加活动。", "刘洪"),
        ("区委书记张伟为优秀共产党员李华颁发荣誉证书。", "李华"),
        ("获奖代表、优秀教师周敏接受记者采访时说，这份荣誉属于整个团队。", "周敏"),
        ("决定授予优秀班主任和优秀校长称号，副县长袁某宣读决定。", "和优秀"),
        ("副主任黄某明受郑某梁委托主持会议。", "郑某梁"),
        ("获颁大紫荆勋章的教育家冯某仪在典礼后接受传媒访问时表示，这份荣誉属于前线教师。", "冯某仪"),
        ("副校长蒋某翔宣读《关于授予2024届本科毕业生学士学位的决定》。", "不存在"),
        ("会议学习了市委书记陈刚在市委全会上的讲话。", "陈刚"),
        ("会议观看了市委书记陈刚在全市警示教育大会上的讲话视频。", "陈刚"),
        ("该校原党委书记、全国劳动模范方明去年退休。", "方明"),
        ("副市长孙某为一等奖获得者王某、二等奖获得者江苏省陈某颁发证书。", "陈某"),
        ("授予吴某等30名同志、追授郑某等2名同志“优秀党员”称号。", "郑某"),
        ("会议围绕习近平新时代中国特色社会主义思想开展专题党课。", "习近平"),
        ("我们将由市委书记张明为获奖者颁发证书。", "张明"),
        ("受助学生王晨在接受记者采访时说，这笔助学金帮了大忙。", "王晨"),
        ("省国资委相关负责人表示，目前各项指标已经明确。", "相关"),
    ],
)
def test_not_a_speaker(extract, text: str, absent: str) -> None:
    assert absent not in _by_name(extract(text))


def test_titles_after_names_in_a_list_share_the_role(extract) -> None:
    text = ("出席仪式的有市文联副主席黄某松、市图书馆馆长薛某芳。"
            "杨某明副主任、黄某松副主席、薛某芳副局长为三等奖获得者梁某、李某颁奖。")
    speakers = _by_name(extract(text))
    assert set(speakers) == {"杨某明", "黄某松", "薛某芳"}
    assert all(s["roles"] == ["颁奖"] for s in speakers.values())
    assert speakers["黄某松"]["title"] == "市文联副主席"  # the title before a name beats one after it
    assert speakers["杨某明"]["title"] == "副主任"


@pytest.mark.parametrize(
    ("text", "name", "title", "organization", "roles"),
    [
        ("东川市生态环境局高翔副局长致辞。", "高翔", "副局长", "东川市生态环境局", ["致辞"]),
        ("教育处林美惠处长宣读得奖名单。", "林美惠", "处长", "教育处", ["宣读"]),
        ("党委书记孟庆和以《扣好人生第一粒扣子》为题，为新生作专题报告。", "孟庆和", "党委书记", None, ["作报告"]),
        ("集团副总经理刘博文作《2023年度财务决算报告》。", "刘博文", "集团副总经理", None, ["作报告"]),
        ("校友代表、南江科技集团董事长唐建国致辞。", "唐建国", "南江科技集团董事长", None, ["致辞"]),
    ],
)
def test_speaker_with_organization(extract, text: str, name: str, title: str, organization: str | None,
                                   roles: list[str]) -> None:
    person = _by_name(extract(text))[name]
    assert (person["title"], person["organization"], person["roles"]) == (title, organization, roles)


def test_academic_list_with_ranks_after_names(extract) -> None:
    text = ("西南大学党委书记李某锋教授、中国地理学会副理事长兼秘书长张某友研究员参加开幕式并先后致辞。"
            "开幕式由专业委员会副主任、西南大学地理科学学院杨某媛教授主持。"
            "在主报告环节，华东师范大学刘某敏教授、中山大学薛某升教授等12位专家分别作了学术报告。")
    speakers = _by_name(extract(text))
    assert speakers["李某锋"]["title"] == "西南大学党委书记、教授"
    assert speakers["张某友"]["title"] == "中国地理学会副理事长兼秘书长、研究员"
    assert speakers["李某锋"]["roles"] == speakers["张某友"]["roles"] == ["致辞"]
    assert (speakers["杨某媛"]["title"], speakers["杨某媛"]["roles"]) == (
        "专业委员会副主任、西南大学地理科学学院教授", ["主持"])
    for name, org in (("刘某敏", "华东师范大学"), ("薛某升", "中山大学")):
        assert (speakers[name]["title"], speakers[name]["organization"], speakers[name]["roles"]) == (
            "教授", org, ["作报告"])


def test_pronoun_sentence_continues_the_last_speaker(extract) -> None:
    speakers = _by_name(extract("市长高某华致闭幕辞。他强调，要深入实施全民健身战略。"))
    assert speakers["高某华"]["roles"] == ["致辞", "讲话"]
    # 说/表示/介绍 after an address go on with that address (corpus/GUIDELINES.md §4)
    speakers = _by_name(extract("市长高某华致闭幕辞。他表示，本届运动会是一届团结、精彩的盛会。"))
    assert speakers["高某华"]["roles"] == ["致辞"]


def test_label_before_title_and_spaced_name(extract) -> None:
    speakers = _by_name(extract("主持人：市政府新闻办副主任 钟某宁\n钟某宁介绍了发布会议程。"))
    assert speakers["钟某宁"]["title"] == "市政府新闻办副主任"
    assert speakers["钟某宁"]["roles"][0] == "主持"


def test_triggers_inside_a_document_title_are_no_roles(extract) -> None:
    speakers = _by_name(extract("副校长蒋某翔宣读《关于授予2024届本科毕业生学士学位的决定》。"))
    assert speakers["蒋某翔"]["roles"] == ["宣读"]


def test_two_character_name_before_a_rank(extract) -> None:
    # 陆某教授: 教 starts the rank, it is not the name's third character
    text = ("海东大学副校长陆某教授、南州大学党委书记王某研究员出席开幕式。"
            "大会报告环节，海东大学陆某教授作了学术报告。")
    speakers = _by_name(extract(text))
    assert speakers["陆某"]["title"] == "海东大学副校长、教授"
    assert speakers["陆某"]["roles"] == ["作报告"]


def test_a_congratulation_opening_a_speech_is_part_of_the_speech(extract) -> None:
    text = ("6月30日下午，南湾区庆祝建党大会举行。区委书记刘某代表区委向受到表彰的集体和个人表示热烈的祝贺。"
            "刘某表示，全区各级党组织要从党的百年奋斗中汲取力量。")
    assert _by_name(extract(text, "2024-07-01"))["刘某"]["roles"] == ["讲话"]
    # an address named as such stays an address beside the speech (corpus/GUIDELINES.md §4)
    text = "6月30日下午，南湾区庆祝建党大会举行。区委书记刘某致辞。刘某强调，要从党的百年奋斗中汲取力量。"
    assert _by_name(extract(text, "2024-07-01"))["刘某"]["roles"] == ["致辞", "讲话"]
    # thanks alone are an address
    text = "6月30日下午，南湾区庆祝建党大会举行。区委书记刘某向受到表彰的集体和个人表示热烈的祝贺。"
    assert _by_name(extract(text, "2024-07-01"))["刘某"]["roles"] == ["致辞"]


def test_a_chair_professorship_is_no_lecture(extract) -> None:
    text = ("9月7日，南州科学奖颁奖典礼举行。南州大学副校长王某致辞，名誉校长陈某出席。"
            "获奖者李某现任南州大学高等研究院陈某讲座教授。")
    assert "陈某" not in _by_name(extract(text, "2024-09-08"))


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # soft remarks after an address go on with it (corpus/GUIDELINES.md §4)
        ("教师代表、物理学院钱某教授发言，他用“三个不要忘记”寄语毕业生，勉励同学们永葆好奇心。", ["发言"]),
        ("校长欧阳某致辞。她以自己三十年的科研经历勉励新生珍惜韶华。", ["致辞"]),
        ("校长欧阳某致辞时勉励毕业生以母校为荣。他宣布，大学基金会已拨款500万元设立奖学金。", ["致辞"]),
        # 指出/强调 still add a speech
        ("校长欧阳某致辞。他强调，要把所学知识贡献给国家。", ["致辞", "讲话"]),
        # wordings of a speech, a review, a lecture and an exchange
        ("区委书记赵某就下一步工作作部署。", ["讲话"]),
        ("市委副书记赵某寄语青年干部，要在基层一线经风雨、见世面。", ["讲话"]),
        ("组织部部长赵某对各支部的台账逐一讲评。", ["点评"]),
        ("市委党校教授赵某为学员授课。", ["作报告"]),
        ("南湖社区党委书记赵某作经验交流。", ["发言"]),
        ("省委宣讲团成员、省委党校教授赵某作专题宣讲。", ["作报告"]),
        # a proposal or an appeal made at the meeting
        ("外交部长张某今天在第二十八届大会上提议，成立一个专题委员会。", ["讲话"]),
        ("在年会上，信息专家罗某呼吁，要像节制午餐一样进行“信息节食”。", ["讲话"]),
    ],
)
def test_address_and_speech_wordings(extract, text: str, roles: list[str]) -> None:
    speakers = extract("3月5日上午，全市青年干部培训班开班式在市委党校举行。" + text, "2024-03-06")["speakers"]
    assert speakers[0]["roles"] == roles


def test_a_host_named_in_a_zhuchi_xia_phrase(extract) -> None:
    text = "在县委书记张明的主持下，6月18日，县委理论学习中心组举行2024年第5次集体学习。"
    speakers = _by_name(extract(text, "2024-06-20"))
    assert (speakers["张明"]["title"], speakers["张明"]["roles"]) == ("县委书记", ["主持"])


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("会议由学院党委副书记、副院长（主持工作）冉某东同志主持。", "冉某东", "学院党委副书记、副院长（主持工作）"),
        ("仪式由岭海大学副校长（研究）邓某芝教授主持。", "邓某芝", "岭海大学副校长（研究）、教授"),
        ("师铎奖得主、竹滨国中校长陈某豪代表得奖教师致辞。", "陈某豪", "竹滨国中校长"),
        ("“教学名师”代表、化学化工学院龚某平教授作典型发言。", "龚某平", "教授"),
        ("醫務衞生局局長區某康致辭。", "区某康", "医务卫生局局长"),
        ("会议听取和审议了副区长罗某宇作的工作报告。", "罗某宇", "副区长"),
        ("县委副书记、县长，县政府党组书记李某明主持会议。", "李某明", "县委副书记、县长，县政府党组书记"),
        ("县委书记王某伟，县长李某明出席会议。县长李某明讲话。", "李某明", "县长"),
    ],
)
def test_titles_with_qualifiers_honours_labels_and_variant_characters(extract, text: str, name: str, title: str) -> None:
    assert _by_name(extract(text))[name]["title"] == title


def test_soft_remarks_named_after_an_address_go_on_with_it(extract) -> None:
    text = ("心血管内科主任孙某、急诊科护士长黎某曼先后作交流发言。"
            "孙某介绍，科室去年共完成冠脉介入手术3200余台。她说，急诊流程已经再造。")
    speakers = _by_name(extract(text))
    assert (speakers["孙某"]["roles"], speakers["黎某曼"]["roles"]) == (["发言"], ["发言"])


def test_recipients_after_shouyu_and_villagers_talking_to_reporters_are_no_speakers(extract) -> None:
    text = ("副校长欧阳某宣读表彰决定，授予文学院何某清等10名教师“教学名师”称号，授予化学化工学院钱某东等30名教师“优秀教师”称号。"
            "领到分红款的村民杨某福笑着对记者说：“日子越过越有奔头！”")
    assert list(_by_name(extract(text))) == ["欧阳某"]


def test_a_deployment_with_words_between(extract) -> None:
    text = "6月18日，全县项目建设推进会召开。副县长邵某明就下半年项目建设工作作了具体部署。"
    assert _by_name(extract(text, "2024-06-19"))["邵某明"]["roles"] == ["讲话"]


def test_a_programme_segment_names_the_role_of_the_people_in_it(extract) -> None:
    text = ("1月30日上午，高新区召开2023年度党建工作述职考评会。在述职环节，瑞丰公司党委书记包某涛、"
            "城投集团党委副书记冉某等5名基层党组织书记依次上台，用案例和数据讲述一年来抓党建的做法。"
            "高新区党工委书记覃某礼对每位述职人的表现逐一作了点评。他也谈到了述职暴露出的问题。")
    speakers = _by_name(extract(text, "2024-01-31"))
    assert [(n, p["roles"]) for n, p in speakers.items()] == [("包某涛", ["述职"]), ("冉某", ["述职"]), ("覃某礼", ["点评"])]


def test_people_joined_by_a_comma_between_title_chains_share_a_role(extract) -> None:
    text = ("6月27日下午，全省表彰大会召开。林某海等286名同志被授予“优秀共产党员”称号。"
            "省委副书记何某韬，省委常委、组织部部长马某扬为受表彰的代表颁发奖牌。")
    speakers = _by_name(extract(text, "2024-06-28"))
    assert [(n, p["roles"]) for n, p in speakers.items()] == [("何某韬", ["颁奖"]), ("马某扬", ["颁奖"])]


def test_a_host_inside_a_zai_phrase_and_a_leading_reader(extract) -> None:
    text = ("1月9日上午，后勤党委述职评议会举行，会议在后勤党委副书记邹某帆的主持下进行。"
            "党委委员、纪检委员温某树领读了《中国共产党纪律处分条例》部分条款。")
    speakers = _by_name(extract(text, "2024-01-10"))
    assert (speakers["邹某帆"]["title"], speakers["邹某帆"]["roles"]) == ("后勤党委副书记", ["主持"])
    assert speakers["温某树"]["roles"] == ["宣读"]


def test_a_title_over_a_list_of_names_and_courtesy_with_zhiyi(extract) -> None:
    text = ("9月4日，党史党建专题研修班开班。研修期间，中央党校的党史党建专家高某远、贺某兰分别作了专题辅导报告。"
            "党委副书记滕某岚向老党员们致以崇高的敬意。")
    speakers = _by_name(extract(text, "2024-09-10"))
    assert speakers["贺某兰"]["title"] == "党史党建专家"
    assert speakers["滕某岚"]["roles"] == ["致辞"]


def test_names_padded_with_spaces_and_arrangements(extract) -> None:
    record = extract("6月18日，全县工作会议召开。会议由县委副书记、县长李  明同志主持，副县长张晓东就下半年工作作具体安排。",
                     "2024-06-20")
    speakers = _by_name(record)
    assert (speakers["李明"]["title"], speakers["李明"]["roles"]) == ("县委副书记、县长", ["主持"])
    assert speakers["张晓东"]["roles"] == ["讲话"]
    assert record["meetings"][0]["host"]["name"] == "李明"


def test_a_headline_quoting_a_person_gives_no_title(extract) -> None:
    text = "云峰县表扬全运会绩优选手与教练 陈某豪：持续挹注资源\n典礼由县府教育处长吴某彬主持，县长陈某豪为得奖者颁发奖状。"
    assert _by_name(extract(text, "2021-10-27"))["陈某豪"]["title"] == "县长"


def test_a_summing_up_address(extract) -> None:
    text = "10月29日下午，年会闭幕式举行。专业委员会主任任某涛研究员作大会总结。"
    assert _by_name(extract(text, "2023-10-30"))["任某涛"]["roles"] == ["讲话"]


def test_the_chair_named_after_zhuchi_de_shi(extract) -> None:
    record = extract("6月18日，全县工作会议召开。主持会议的是县委副书记李某明。", "2024-06-20")
    assert _by_name(record)["李某明"]["roles"] == ["主持"]
    assert record["meetings"][0]["host"]["name"] == "李某明"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("图示社区服务署署长韦某仪与得奖人员合照。署长韦某仪致辞。", "韦某仪", "社区服务署署长"),
        ("嘉宾、临湖市工商联副主席宋某凡致辞。", "宋某凡", "临湖市工商联副主席"),
        ("香港滨海大学经济学系主任何某远教授则作题为《内陆城市》的专题报告。", "何某远", "香港滨海大学经济学系主任、教授"),
        ("在述职环节，急诊医学科主任郝某雷，检验科主任、副主任技师曹某依次上台述职。", "曹某", "检验科主任、副主任技师"),
        ("区委书记严可为，区长梅某健出席签约仪式。当天下午，严可为主持召开民营企业家座谈会。", "严可为", "区委书记"),
    ],
)
def test_captions_guest_labels_ranks_medical_titles_and_names_ending_in_wei(
    extract, text: str, name: str, title: str
) -> None:
    assert _by_name(extract(text))[name]["title"] == title


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("县委组织部副部长王某旭主持座谈会并讲了话。", ["主持", "讲话"]),
        ("市委书记赵某明在大会上发表了重要讲话。", ["讲话"]),
        ("县政协主席钱某军在座谈会上发了言。", ["发言"]),
    ],
)
def test_more_wordings_of_an_address(extract, text: str, roles: list[str]) -> None:
    [speaker] = extract(text)["speakers"]
    assert speaker["roles"] == roles


@pytest.mark.parametrize(
    "text",
    [
        "学生代表说，听了县委书记李某明的讲话，大家深受鼓舞。",  # a speech heard, named as a thing
        "县委书记李某明去年视察县融媒体中心时作的重要讲话，为大家指明了方向。",
        "原公司副总经理卜某华在主持公司工作期间，违反国家规定。",  # in charge of work, not chairing
    ],
)
def test_a_speech_named_as_a_thing_and_work_in_charge_give_no_role(extract, text: str) -> None:
    assert extract(text)["speakers"] == []


def test_a_speech_title_names_an_address_given_there(extract) -> None:
    [speaker] = extract("县长李某明在全县经济工作会议上的讲话（摘要）")["speakers"]
    assert (speaker["name"], speaker["roles"]) == ("李某明", ["讲话"])


def test_remarks_in_a_text_that_reports_no_meeting_are_press_quotes(extract) -> None:
    assert extract("县长李某明说，今年全县粮食产量再创新高。")["speakers"] == []
    # an address or occasion named in the sentence still makes a speaker
    [speaker] = extract("县长李某明在讲话中强调，要抓好粮食生产。")["speakers"]
    assert speaker["name"] == "李某明"
    # with a meeting reported, remarks there count
    text = "3月2日，县委召开农村工作会议。县长李某明说，今年要抓好粮食生产。"
    assert [s["name"] for s in extract(text, "2024-03-03")["speakers"]] == ["李某明"]


def test_a_dateline_is_not_part_of_a_title_chain(extract) -> None:
    text = "新华社北京5月21日电外交部发言人朱某造今天在记者招待会上宣布了这一消息。"
    [speaker] = extract(text)["speakers"]
    assert (speaker["name"], speaker["title"]) == ("朱某造", "外交部发言人")


@pytest.mark.parametrize(
    "text",
    [
        "本报北京5月12日讯记者李某云、龚某报道：市奥委会今天授予运动员杨某“体育明星”称号。",  # reporters
        "管理学院李某淮教授提出的理论，被市政府授予特别荣誉奖。",  # passive: honoured, not presenting
        "研究员朱某行荣获今年基金会颁发的研究奖。",  # 颁发的: the prize's giver, not the person
    ],
)
def test_reporters_and_recipients_do_not_present_awards(extract, text: str) -> None:
    assert extract(text)["speakers"] == []


def test_a_transliterated_name_after_a_title_is_a_speaker(extract_with_model) -> None:
    # the shipped NER model finds the name; the rules alone do not read transliterations
    text = "5月4日，世界卫生大会在日内瓦开幕。联合国驻日内瓦办事处主任彼得罗夫斯基在开幕式上发表了讲话。"
    record = extract_with_model(text)
    assert [(s["name"], s["roles"]) for s in record["speakers"]] == [("彼得罗夫斯基", ["讲话"])]


@pytest.mark.parametrize(
    "text",
    [
        "大会强调，要坚持以马克思主义为指导，深入学习毛泽东思想。",  # doctrines named after people
        "座谈会上，在文章中，王明强调，要抓好制度落实。",  # the words of a written article
        "中宣部副部长郑某在座谈会上对《邓小平新时期军队建设思想学习纲要》的出版表示祝贺。",  # a book title
        "研讨会上，有关部门负责人向美方介绍了救灾工作的情况。",  # 向 + its object, no surname
        "座谈会上，大家回顾了彭真同志在各种会议的许多讲话。",  # speeches in general
        "院长杰弗里·加腾在最新一期《商业周刊》上撰文说，那将是一种耻辱。",  # written, not said
        "吴邦国在会见利维时，对利维来华了解大会的筹备工作情况表示欢迎。",  # the object of 对 does not act
    ],
)
def test_doctrines_titles_and_written_articles_give_no_speaker(extract_with_model, text: str) -> None:
    # the shipped NER model tags 马克思 and 王明; the rules alone may not
    record = extract_with_model(text)
    assert not {"马克思", "王明", "邓小平", "向美方", "彭真", "杰弗里·加腾", "利维"} & {s["name"] for s in record["speakers"]}


@pytest.mark.parametrize(
    "text",
    [
        "论坛主席施某布在联名签署的唁电中说，我们表示沉痛哀悼。",  # written words
        "县长李某明在贺信中表示，祝贺大会召开。",
        "学生代表叶某说，听了县委书记的讲话，我们深受鼓舞。",  # a speech heard, no occasion of his own
    ],
)
def test_written_words_and_quotes_without_an_occasion_are_no_address(extract, text: str) -> None:
    assert extract(text)["speakers"] == []


@pytest.mark.parametrize(
    "text",
    [
        "外交部发言人朱某造今天说，中国政府对此表示欢迎。",  # a spokesperson's statement
        "国防部长莫某凯与总统举行会谈后对新闻界说，双方一致认为要推动和平进程。",  # to the press
        "市委领导说第二天是七一，希望彭某同志向市委扩大会议讲话。",  # wished for
    ],
)
def test_statements_press_remarks_and_wishes_are_no_address(extract, text: str) -> None:
    assert extract(text)["speakers"] == []


def test_a_spokesperson_at_a_press_conference_speaks(extract) -> None:
    [speaker] = extract("外交部发言人朱某造今天在例行记者会上说，中方对此表示欢迎。")["speakers"]
    assert (speaker["name"], speaker["roles"]) == ("朱某造", ["讲话"])


def test_chairing_a_work_meeting_and_a_spokesperson_quote(extract) -> None:
    [speaker] = extract("市委书记王某主持召开全县农村工作座谈会。")["speakers"]
    assert (speaker["name"], speaker["roles"]) == ("王某", ["主持"])
    assert extract("外交部发言人沈某放今天说，中方对此表示关切。")["speakers"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 思想政治工作 after a name is no doctrine
        ("校党委书记王强在思想政治工作会议上作重要讲话。", [("王强", ["讲话"])]),
        # one person's letter does not make the next person's speech written words
        ("科技部部长张三在致大会的贺信中向与会代表表示祝贺，省长李四在开幕式上致辞。", [("李四", ["致辞"])]),
        # 以…为指导: guided by, no 指导 role
        ("会上，县委书记王明强调，要以新思想为指导，做好各项工作。", [("王明", ["讲话"])]),
    ],
)
def test_speakers_beside_doctrines_letters_and_guidance(extract, text: str, expected: list) -> None:
    got = [(s["name"], s["roles"]) for s in extract(text)["speakers"]]
    assert [g for g in got if g[0] in {e[0] for e in expected}] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("墨西哥外长格林今天在第二十八届大会上提议，成立一个专题委员会。", "格林"),
        ("联合国秘书长安南在开幕式上讲话。", "安南"),
    ],
)
def test_a_transliterated_name_after_a_title_by_rule(extract, text: str, name: str) -> None:
    # the rules alone (no model): a run of transliteration characters between a title and a stop word
    assert name in _by_name(extract(text))


def test_a_title_then_an_ordinary_word_is_no_transliterated_name(extract) -> None:
    assert "特别" not in _by_name(extract("县长特别强调，要做好防汛工作。"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今天上午在大会上发言的还有市委副书记李勤、中科院副院长严某、集团总裁宋某等。",
         [("李勤", ["发言"]), ("严某", ["发言"]), ("宋某", ["发言"])]),
        ("在座谈会上讲话的有：市委书记张明，市长李强。", [("张明", ["讲话"]), ("李强", ["讲话"])]),
        ("会议听取发言的有县委书记张明。", []),
        # the list after 发言的还有 stops at the clause; 讲话的有关 is no list
        ("在大会上发言的还有市委副书记李勤，会议由市委副书记赵六主持。", [("李勤", ["发言"]), ("赵六", ["主持"])]),
        ("会议学习了重要讲话的有关内容，市委书记王五主持会议。", [("王五", ["主持"])]),
        # a procedure through someone
        ("经市委书记张三提议，会议决定增补李四为委员。", []),
        # a speech of this meeting, several times
        ("县长张三在讨论中多次发言。", [("张三", ["发言"])]),
        # 和 between two titled names joins them; it is no third character of the first name
        ("会议分别由县委副书记张明和县长李强主持。", [("张明", ["主持"]), ("李强", ["主持"])]),
    ],
)
def test_names_listed_after_the_role(extract, text: str, expected: list) -> None:
    assert [(s["name"], s["roles"]) for s in extract(text)["speakers"]] == expected


def test_a_country_after_daibiao_is_no_transliterated_name(extract) -> None:
    assert "巴基斯坦" not in _by_name(extract("副外长代表巴基斯坦在会上发言。"))


def test_a_recipients_reaction_to_the_honour_is_no_speech(extract) -> None:
    text = ("12月20日，市长陈某在市政府礼堂向运动员李某等28名人士颁授勋章。"
            "李某表示，对获授勋章感到非常开心和荣幸，会继续努力。")
    speakers = {p["name"]: p["roles"] for p in extract(text, "2023-12-21")["speakers"]}
    assert speakers == {"陈某": ["颁奖"]}


def test_an_awardee_speaking_for_the_awardees_keeps_the_speech(extract) -> None:
    text = ("12月20日，区委召开表彰大会。获奖代表、区人民医院院长李某发言。"
            "李某表示，获此殊荣感到十分荣幸，将再接再厉。")
    speakers = {p["name"]: p["roles"] for p in extract(text, "2023-12-21")["speakers"]}
    assert speakers == {"李某": ["发言"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新四军老同志代表黄立新，军事科学院院长刘精武在大会上发言。", ["黄立新", "刘精武"]),
        ("县长李强，职工代表张明在会上发言。", ["李强", "张明"]),
        ("县长李强、职工代表张明在会上发言。", ["李强", "张明"]),
    ],
)
def test_a_representative_label_leads_a_name_in_a_list(extract, text: str, expected: list) -> None:
    assert [s["name"] for s in extract(text)["speakers"]] == expected


def test_a_descriptor_with_de_between_joined_names(extract_with_model) -> None:
    text = "县委书记张明和有关部门的负责同志李强在会上发言。"
    assert [s["name"] for s in extract_with_model(text)["speakers"]] == ["张明", "李强"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # keynote speeches, lectures given, summing-up comments and speeches
        ("论坛上，北京大学国家发展研究院院长黄益平发表主旨演讲。", [("黄益平", ["讲话"])]),
        ("讲座由中国社会科学院研究员何立群主讲，学院院长陈红主持。", [("何立群", ["作报告"]), ("陈红", ["主持"])]),
        ("在述职环节，吴刚、李明依次上台述职。县委书记王强作总结点评。",
         [("吴刚", ["述职"]), ("李明", ["述职"]), ("王强", ["点评"])]),
        ("工会主席欧阳红同志作总结发言。", [("欧阳红", ["发言"])]),
        ("会上，县委书记苏华对全县经济工作进行了全面部署。", [("苏华", ["讲话"])]),
        # 经济/经开区 open a title, not a procedure (经…提议)
        ("经济技术开发区管委会主任李志刚致欢迎辞。", [("李志刚", ["致辞"])]),
        ("会上，经开区管委会主任李志刚致辞。", [("李志刚", ["致辞"])]),
        # groups and bodies are no persons
        ("区长汤立新代表区政府致辞。", [("汤立新", ["致辞"])]),
        ("公司总经理汤立新代表经营层作工作报告。", [("汤立新", ["作报告"])]),
        ("会上，家长代表、某某公司经理赵雨萱发言。", [("赵雨萱", ["发言"])]),
        ("座谈会上，全国人大代表、某某集团董事长车文华发言。", [("车文华", ["发言"])]),
        ("仪式上，双方代表分别致辞。", []),
        # one who attends, listens or comments in a clause of his own is not in the list or the segment
        ("市委书记黄伟出席座谈会，企业家代表刘伟、陈红、张平先后发言。",
         [("刘伟", ["发言"]), ("陈红", ["发言"]), ("张平", ["发言"])]),
        ("在述职环节，各乡镇党委书记逐一上台述职，县委书记王强进行点评。", [("王强", ["点评"])]),
        ("县委书记王强对述职情况逐一点评，并提出了改进要求。", [("王强", ["点评"])]),
        ("座谈会上，企业代表杨光发言。副市长罗建华认真听取发言后表示，将逐一研究解决。",
         [("杨光", ["发言"]), ("罗建华", ["讲话"])]),
    ],
)
def test_red_team_speaker_phrasings(extract_with_model, text: str, expected: list) -> None:
    assert [(s["name"], s["roles"]) for s in extract_with_model(text)["speakers"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the report given, heard by the meeting
        ("大会听取了党委书记聂红所作的工作报告。", [("聂红", "党委书记", ["作报告"])]),
        ("会议听取了总经理武志华所作的《公司2023年工作报告》。", [("武志华", "总经理", ["作报告"])]),
        # an invitation is no part of the title; a rank after the name before 今日 joins it; honours are no titles
        ("会议特邀上海交通大学教授林志强作专题报告。", [("林志强", "上海交通大学教授", ["作报告"])]),
        ("南京大学党委书记胡金波教授今日出席论坛并致辞。", [("胡金波", "南京大学党委书记、教授", ["致辞"])]),
        ("会上，全国优秀教师王秀英作交流发言。", [("王秀英", None, ["发言"])]),
        ("主禮嘉賓民政及青年事務局局長麥美娟在典禮上致辭。", [("麦美娟", "民政及青年事务局局长", ["致辞"])]),
        # the people listed after the role, and a caption
        ("为获奖者颁奖的领导有：市委书记陈刚、市长刘伟。", [("陈刚", "市委书记", ["颁奖"]), ("刘伟", "市长", ["颁奖"])]),
        ("4月19日，全市推进会召开。图为市委书记马文华在会上讲话。", [("马文华", "市委书记", ["讲话"])]),
        # approving someone's report is no report given here
        ("会议赞同李鹏总理所作的《政府工作报告》。", []),
    ],
)
def test_red_team_titles_and_reports(extract_with_model, text: str, expected: list) -> None:
    assert [(s["name"], s["title"], s["roles"]) for s in extract_with_model(text)["speakers"]] == expected


def test_a_pronoun_goes_on_with_the_subject_of_the_sentence_before(extract_with_model) -> None:
    text = "会上，县委常委、组织部部长尹海通报了全县基层党建工作情况。他要求，各级党组织要切实履行主体责任。"
    assert [(s["name"], s["title"], s["roles"]) for s in extract_with_model(text)["speakers"]] == [
        ("尹海", "县委常委、组织部部长", ["讲话"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("校长李志明出席典礼。李校长在致辞中勉励新生志存高远。", [("李志明", "校长", ["致辞"])]),
        ("市委书记张国华出席大会。张书记在讲话中强调，要狠抓落实。", [("张国华", "市委书记", ["讲话"])]),
        ("张书记在讲话中强调，要狠抓落实。", []),
    ],
)
def test_a_surname_and_post_refers_to_the_person_named_before(extract_with_model, text: str, expected: list) -> None:
    assert [(s["name"], s["title"], s["roles"]) for s in extract_with_model(text)["speakers"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("行政長官李家超今日出席香港工商專業聯會午宴。行政長官在午宴上致辭時表示，特區政府會全力拼經濟。",
         [("李家超", "行政长官", ["致辞"])]),
        ("教育局局長蔡若蓮今日出席學校畢業典禮。局長在致辭時勉勵畢業生努力學習。", [("蔡若莲", "教育局局长", ["致辞"])]),
        # a deputy (副局长) holds no 局长 post: the bare post is the 局长's
        ("副局長陳國強、局長蔡若蓮出席典禮。局長在致辭時勉勵畢業生。", [("蔡若莲", "局长", ["致辞"])]),
        # two holders of the post: it names no one
        ("局長陳國強、局長蔡若蓮出席典禮。局長在致辭時勉勵畢業生。", []),
    ],
)
def test_a_post_alone_refers_to_its_one_holder_named_before(extract_with_model, text: str, expected: list) -> None:
    assert [(s["name"], s["title"], s["roles"]) for s in extract_with_model(text)["speakers"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("經濟財政司司長李偉農今日上午出席簽約儀式並致辭。", [("李伟农", "经济财政司司长", ["致辞"])]),
        ("盧秀燕市長親自頒獎。", [("卢秀燕", "市长", ["颁奖"])]),
    ],
)
def test_macau_and_taiwan_titles(extract_with_model, text: str, expected: list) -> None:
    assert [(s["name"], s["title"], s["roles"]) for s in extract_with_model(text)["speakers"]] == expected


@pytest.mark.parametrize(
    "text",
    [
        "9月6日，市委书记卢卫国到高新区调研重点项目建设情况。卢卫国强调，要全力以赴抓项目、促投资。",
        "县委书记何志远在调研时强调，要不断提升医疗服务水平。",
        "2月18日，某某市第十届灯会在人民公园开幕。市民王丽华说，今年的灯会比往年更加精彩。",
    ],
)
def test_no_speech_on_an_inspection_tour_or_at_a_festival(extract_with_model, text: str) -> None:
    record = extract_with_model(text, "2024-09-07")
    assert (record["meetings"], record["speakers"]) == ([], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("报告会上，陈立新、王晓燕、刘志刚3名同志先后作了事迹报告。",
         [("陈立新", ["作报告"]), ("王晓燕", ["作报告"]), ("刘志刚", ["作报告"])]),
        ("会上，王强同志作了题为《牢记嘱托 奋勇争先》的报告。", [("王强", ["作报告"])]),
        ("会议号召全体党员同志向先进学习。", []),
    ],
)
def test_names_before_tongzhi(extract, text: str, expected: list) -> None:
    assert [(s["name"], s["roles"]) for s in extract(text)["speakers"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会上，公司党委书记王立新传达了集团公司2024年工作会议精神，并强调，要确保全年目标任务圆满完成。",
         [("王立新", ["讲话"])]),
        ("会上，县委书记王立新传达了省委全会精神。", []),
    ],
)
def test_a_name_before_chuanda_and_the_remarks_after_the_relay(extract, text: str, expected: list) -> None:
    assert [(s["name"], s["roles"]) for s in extract(text)["speakers"]] == expected


def test_the_surname_xiu(extract) -> None:
    assert [s["name"] for s in extract("东北大学修春亮教授作了主题报告。")["speakers"]] == ["修春亮"]
