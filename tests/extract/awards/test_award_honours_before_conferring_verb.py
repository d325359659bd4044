"""Award counts of the fourth review round: honours listed
before a conferring verb, 予以嘉奖, quoted lists after 其中, holders written after an honour.
Invented sentences; the expected values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("12月27日，区应急管理局召开年度总结会，对安全生产先进企业6家、优秀安全员18人进行了表彰。",
         [("安全生产先进企业", 6, "家", "organization"), ("优秀安全员", 18, "人", "person")]),
        ("2月29日，农商银行召开工作会议，对2023年度先进支行8家、优秀客户经理46名、服务明星20名进行了表彰。",
         [("先进支行", 8, "家", "organization"), ("优秀客户经理", 46, "名", "person"), ("服务明星", 20, "名", "person")]),
        ("1月26日，集团召开表彰大会，先进集体3个、先进个人42名、优秀管理者10名受到表彰。",
         [("先进集体", 3, "个", "organization"), ("先进个人", 42, "名", "person"), ("优秀管理者", 10, "名", "person")]),
        ("1月26日，集团召开表彰大会，优秀管理者10名受到表彰。", [("优秀管理者", 10, "名", "person")]),
        ("会上，优秀志愿者50名、优秀志愿服务项目8个分别受到表彰。",
         # (projects are no bodies: recipient_kind null, GUIDELINES §5)
         [("优秀志愿者", 50, "名", "person"), ("优秀志愿服务项目", 8, "个", None)]),
        # no honour among the items: nothing
        ("会上，员工代表10名受到表彰。", []),
        ("对辖区内困难群众30户进行了走访慰问。", []),
        ("对在抗洪抢险中表现突出的集体5个、个人20名进行了表彰。", []),
        ("对违纪干部5名进行了通报批评。", []),
        ("会上，优秀共产党员代表10名受到表彰。", []),
    ],
)
def test_honours_listed_before_the_conferring_verb(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("2月17日，县交警大队召开总结会，对表现突出的7名民警予以嘉奖。", [("嘉奖", 7, "名", "person")]),
        ("县交警大队召开总结会，给予7名民警嘉奖。", [("嘉奖", 7, "名", "person")]),
        ("县交警大队召开总结会，对7名民警予以通报嘉奖。", [("嘉奖", 7, "名", "person")]),
        ("支队召开总结会，对10名表现优异的新兵予以嘉奖。", [("嘉奖", 10, "名", "person")]),
        ("县交警大队召开总结会，给予7名民警嘉奖奖励，给予2名民警个人三等功奖励。",
         [("嘉奖", 7, "名", "person"), ("个人三等功", 2, "名", "person")]),
        # a sanction, a plan, a person's own tally: nothing
        ("县交警大队召开总结会，对7名民警予以通报批评。", []),
        ("县交警大队召开总结会，拟对7名民警予以嘉奖。", []),
        ("该同志曾获嘉奖3次。", []),
    ],
)
def test_commendations_given_with_yuyi_or_geiyu(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("近日，集团召开表彰大会，对先进典型进行表彰。其中，“优秀管理者”10名，“优秀员工”35名。",
         [("优秀管理者", 10, "名", "person"), ("优秀员工", 35, "名", "person")]),
        ("近日，社区召开表彰大会，对先进典型进行表彰。其中，“五好家庭”20户，“优秀网格员”35名，“平安社区”4个。",
         [("五好家庭", 20, "户", None), ("优秀网格员", 35, "名", "person"), ("平安社区", 4, "个", "organization")]),
        ("1月9日，区委召开总结会，会上为先进集体和先进个人颁奖。其中，“先进集体”5个、“先进个人”20名。",
         [("先进集体", 5, "个", "organization"), ("先进个人", 20, "名", "person")]),
        # groups that are no honours, or no conferral before: nothing
        ("近日，社区召开表彰大会，对先进典型进行表彰。其中，“百岁老人”10名，“五保户”35户。", []),
        ("近日，集团召开工作会议，部署全年工作。其中，“优秀管理者”10名，“优秀员工”35名。", []),
        ("近日，集团召开表彰大会，拟表彰一批先进典型。其中，“优秀管理者”10名，“优秀员工”35名。", []),
    ],
)
def test_quoted_honours_after_qizhong_in_a_new_sentence(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("7月1日，县委召开大会，表彰获评“优秀共产党员”称号的党员15名。", [("优秀共产党员", 15, "名", "person")]),
        ("7月1日，县委召开大会，获得“优秀共产党员”荣誉称号的党员共15名。", [("优秀共产党员", 15, "名", "person")]),
        ("7月1日，县委召开大会，被授予“先进基层党组织”荣誉称号的单位共12个。",
         [("先进基层党组织", 12, "个", "organization")]),
        ("7月1日，县委召开大会，被评为先进基层党组织的党支部共有12个。",
         [("先进基层党组织", 12, "个", "organization")]),
        ("7月1日，县委召开大会，被评为文明家庭的农户共有20户。", [("文明家庭", 20, "户", None)]),
        ("近日，市里公布了“市级优秀教师”名单，荣获该称号的我县教师共有12人。", [("市级优秀教师", 12, "人", "person")]),
        # holders described by no honour: nothing
        ("7月1日，社区召开大会，为参加志愿服务的党员15名发放纪念品。", []),
        ("7月1日，县委召开大会，表彰了在疫情防控中表现突出的党员15名。", []),
    ],
)
def test_holders_written_after_the_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月28日，县委召开表彰大会，对10个党组织和30名党员分别授予“先进基层党组织”和“优秀共产党员”称号。",
         [("先进基层党组织", 10, "个", "organization"), ("优秀共产党员", 30, "名", "person")]),
        ("县委召开表彰大会，表彰先进基层党组织、优秀共产党员、优秀党务工作者分别为10个、30名、8名。",
         [("先进基层党组织", 10, "个", "organization"), ("优秀共产党员", 30, "名", "person"),
          ("优秀党务工作者", 8, "名", "person")]),
        ("10月30日，大赛颁奖仪式举行，分别评选出一、二、三等奖5名、10名、15名。",
         [("一等奖", 5, "名", "person"), ("二等奖", 10, "名", "person"), ("三等奖", 15, "名", "person")]),
        ("10月30日，大赛颁奖仪式举行，评选出一等奖、二等奖、三等奖分别为5名、10名、15名。",
         [("一等奖", 5, "名", "person"), ("二等奖", 10, "名", "person"), ("三等奖", 15, "名", "person")]),
        ("10月30日，大赛颁奖仪式举行，全市评选出一、二、三等奖分别为5名、10名、15名。",
         [("一等奖", 5, "名", "person"), ("二等奖", 10, "名", "person"), ("三等奖", 15, "名", "person")]),
        ("镇党委召开大会，15名党员和8名党务工作者分获“优秀共产党员”和“优秀党务工作者”称号。",
         [("优秀共产党员", 15, "名", "person"), ("优秀党务工作者", 8, "名", "person")]),
        ("镇党委召开大会，我镇15名党员、8名党务工作者分别获评“优秀共产党员”“优秀党务工作者”。",
         [("优秀共产党员", 15, "名", "person"), ("优秀党务工作者", 8, "名", "person")]),
        ("县委召开大会，对10个党组织、30名党员和8名党务工作者分别授予“先进基层党组织”“优秀共产党员”“优秀党务工作者”称号。",
         [("先进基层党组织", 10, "个", "organization"), ("优秀共产党员", 30, "名", "person"),
          ("优秀党务工作者", 8, "名", "person")]),
        # counts and honours that do not pair one to one: nothing rather than wrong pairs
        ("县委召开大会，表彰先进基层党组织、优秀共产党员、优秀党务工作者分别为10个、30名。", []),
        ("县委召开大会，15名党员和8名党务工作者分别获评“优秀共产党员”“优秀党务工作者”和“优秀团干部”。", []),
        ("10月30日，大赛颁奖仪式举行，评出一、二、三等奖5名、10名。", []),
        # entrants, prizes set up: nothing
        ("县委召开大会，参加评选的集体和个人分别为50个和300名。", []),
        ("比赛设一、二、三等奖5名、10名、15名。", []),
    ],
)
def test_respective_lists_pair_in_order(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("10月11日，社区召开总结会，为辖区10名“百岁老人”送上慰问品，并为5户“敬老模范家庭”颁发牌匾。",
         [("敬老模范家庭", 5, "户", None)]),
        ("社区召开总结会，为15名“老党员”送去慰问金，为10名“优秀共产党员”颁发证书。",
         [("优秀共产党员", 10, "名", "person")]),
        ("社区召开总结会，看望了30名“五保户”，并表彰了10名“优秀共产党员”。", [("优秀共产党员", 10, "名", "person")]),
        # a quoted label conferred in its own clause, or after a conferral in the sentence, stays
        ("县委召开大会，对12名“兵支书”进行了表彰，并颁发证书。", [("兵支书", 12, "名", "person")]),
        ("社区召开表彰会，表彰了一批先进典型，其中12名“领头雁”受到表彰。", [("领头雁", 12, "名", "person")]),
        ("县委召开大会，授予张三等10名同志“人民好卫士”称号。", [("人民好卫士", 10, "名", "person")]),
    ],
)
def test_a_group_label_before_a_later_conferral(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("近日，县委考核办公布2023年度综合考核结果，全县12个单位获评“优秀”等次。", []),
        ("县委考核办公布考核结果，8个乡镇被评为“好”等次，3个乡镇被评为“较好”等次。", []),
        # an honour in the same frame stays
        ("县委考核办公布考核结果，全县12个单位获评“先进单位”称号。", [("先进单位", 12, "个", "organization")]),
    ],
)
def test_an_evaluation_grade_is_no_award(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月28日，区委组织部召开大会，共颁发“光荣在党50年”纪念章120枚。", [("光荣在党50年纪念章", 120, "枚", None)]),
        ("4月29日，县总工会召开大会，颁发“县五一劳动奖章”15枚、“县五一劳动奖状”3块。",
         [("县五一劳动奖章", 15, "枚", None), ("县五一劳动奖状", 3, "块", None)]),
        ("11月17日，市水利局召开会议，授予5座水库“标准化管理示范水库”称号。", [("标准化管理示范水库", 5, "座", None)]),
        # medal tallies, a person's own tally, things built: nothing
        ("在全省运动会上，我市代表团共获得金牌12枚、银牌8枚。", []),
        ("他先后荣获勋章3枚、奖章5枚。", []),
        ("会上，为他颁发“优秀员工”奖牌一块。", []),
        ("今年，全县新建水库5座、桥梁12座。", []),
    ],
)
def test_medals_plaques_and_sites_counted(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("2月19日，县里召开表彰大会，表彰了全县50名优秀教师和全县12所先进学校。",
         [("优秀教师", 50, "名", "person"), ("先进学校", 12, "所", "organization")]),
        ("县里召开表彰大会，表彰了全县10个先进乡镇、全县30名优秀干部和全县5个先进单位。",
         [("先进乡镇", 10, "个", "organization"), ("优秀干部", 30, "名", "person"), ("先进单位", 5, "个", "organization")]),
        ("会上，全镇8个先进村和全镇25名优秀共产党员受到表彰。",
         [("先进村", 8, "个", "organization"), ("优秀共产党员", 25, "名", "person")]),
        ("大会对全市50名优秀教师和全市12所先进学校进行了表彰。",
         [("优秀教师", 50, "名", "person"), ("先进学校", 12, "所", "organization")]),
        # no honour: nothing
        ("县里召开大会，走访了全县50名困难群众和全县12所学校。", []),
    ],
)
def test_a_scope_repeated_inside_a_list(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("9月22日，县农业农村局召开大会，会上为20户“种粮大户”授牌。", [("种粮大户", 20, "户", None)]),
        ("9月22日，县妇联召开推进会，会上为20户“最美家庭”授牌。", [("最美家庭", 20, "户", None)]),
        ("开幕式上，为20户“种粮大户”、8家“农业产业化龙头企业”授牌。",
         [("种粮大户", 20, "户", None), ("农业产业化龙头企业", 8, "家", "organization")]),
        ("会上，为5家“爱心企业”颁牌。", [("爱心企业", 5, "家", "organization")]),
        # a plaque for a new body, no honour named: nothing
        ("会上，县领导为10个新成立的党群服务中心授牌。", []),
        ("会上，为新入驻的12家企业授牌。", []),
    ],
)
def test_plaques_given_for_a_quoted_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("近日，2024年度“市级优秀教师”评选结果揭晓，我县共有12名教师获此殊荣。", [("市级优秀教师", 12, "名", "person")]),
        ("近日，2024年度“市级优秀教师”评选结果揭晓。我县共有12名教师获此殊荣。", [("市级优秀教师", 12, "名", "person")]),
        ("近日，市妇联公布2024年度“最美家庭”名单，我村两户家庭获此殊荣。", [("最美家庭", 2, "户", None)]),
        ("近日，市里公布2023年度“守合同重信用”企业名单，集团所属5家子公司榜上有名。",
         [("守合同重信用企业", 5, "家", "organization")]),
        # the honour in another paragraph, a quote that is no honour, a ranking, no honour named: nothing
        ("近日，2024年度“市级优秀教师”评选结果揭晓。\n我县共有12名教师获此殊荣。", []),
        ("近日，县里开展“送温暖”活动，我村10户家庭获此殊荣。", []),
        ("近日，“双十一”购物节落下帷幕，我县5家企业销量榜上有名。", []),
        ("近日，市里举行表彰大会，我县12名教师获此殊荣。", []),
    ],
)
def test_an_honour_named_before_huocishurong(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # tallies before 获此殊荣
        ("截至目前，全国已有2000多个村荣获“全国文明村”称号，我省有86个村获此殊荣。", []),
        ("近年来，我县“全国文明村镇”创建工作走在全省前列，先后有6个村镇获此殊荣。", []),
        # a plain noun among the honours before the verb
        ("5月11日，学校召开总结会，对新入职教师20名、优秀教师15名进行了表彰。", [("优秀教师", 15, "名", "person")]),
        # units built, named in quotes
        ("9月24日，乡里召开表彰会，表彰“美丽庭院”示范户50户，新建“文化礼堂”3座。", [("美丽庭院示范户", 50, "户", None)]),
        # conferred on them in the next clause
        ("6月1日，市文明办召开学习宣传活动。20名“新时代好少年”走上舞台，市领导为他们颁发证书。",
         [("新时代好少年", 20, "名", "person")]),
        # 获此殊荣 after an honour of bodies, counted in people
        ("县委近日决定，党员张三被授予“优秀共产党员”称号，所在支部被评为“先进基层党组织”。全县共有15名党员获此殊荣。", []),
    ],
)
def test_review_of_the_new_award_shapes(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
