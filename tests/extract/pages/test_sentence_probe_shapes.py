"""Shapes the tuning sentence probes (People's Daily news sentences, GUIDELINES §9) were missing, and their near misses.

Found on the tuning probes' mismatches, grouped by shape; each rule is tested here on invented sentences only:

- organizer (§3 ``organizer``: the subject of 召开/举行/举办, or the 由…主办 agent): a part of a written month after
  the subject (某集团6月初在…召开) stayed in the organizer, a year alone opening the sentence (1996年在…举办了…) was
  read as one, and the members a body is made of (由…组成的24国集团) were kept before it; a meeting opening its
  sentence with its 由…主办 agent right after it (研讨会由甲和乙共同主办。) got none (§3, 由甲联合乙主办 → 甲、乙);
- meetings (§3): a body's regular sitting named by the noun alone (委员会举行例会) was read as the body's name, and a
  weekly one (每周一召开例会) is a habit; a meeting held, told as the subject deciding (…举行的理事会决定，…) after
  a speaker's clause (发言人宣布，…), was missed; talks that are only needed (迫切需要进行会晤) were read as held;
- awards (§5): a count in works 篇（部） (表彰了86篇（部）优秀作品) was not read (its unit, since the twenty-second round, without the bracketed noun);
- funding (§6): the size of a contract to supply goods (120万元的小麦购销合同) and the amount of a purchase contract
  told in a clause of its own (签订了购买…的合同，…，金额为6亿美元) are values of goods traded, no money granted;
  a loan lent to someone named after 给 for a stated use (给该村贷款8万元，支持…) is money provided (§6 loans).

A later pass over the tuning probes' organizer mismatches (33 of 111 mismatches) found, by §3's organizer row (the
organization that held it; a generic subject without a name → null):

- a subject opening with the preposition 从 of a clause taken as evidence (从某部举办这个讲座，可以看出…) kept the
  preposition; places named with 从 (从化市, 从江县) keep it;
- the officials of a body as the subject (某银行的负责人也举行了记者招待会) were read as the organizer; the body they
  speak for holds it (a delegation, 某局的代表团, is a body of its own; an aide with no body before 的 names none);
- an international organisation before its own numbered session (某组织第五次领导人非正式会议) got no organizer; by §3's
  eleventh review round an organisation of members holds its own numbered congress or session (县科协第九次代表大会 →
  县科协), the name kept as written; a kind of body (社会组织, 基层党组织) names none;
- some bodies of a kind picked out or counted and not named (华东地区部分高校, 一些企业, 十几家银行) were read as the
  organizer; they are a generic subject (null); a numbered unit or a place named with a count (航天二所, 三家店村) stays;
- a post and a transliterated name (某市市长约翰·史密斯为…举行欢送仪式) were read as the organizer; a person is no body,
  as a post with a Chinese name is not (a body whose name holds ·, 圣·彼得堡大学, stays).

A third pass over the tuning probes' mismatches (meetings missed or spurious 34, organizers wrong 28 of 106) found:

- a political party's own numbered national congress (a democratic party's, a party named ``…党``, the Communist
  Party by its short name ``中共``) and a friendship association's council meeting of a term got no organizer; by §3's
  eleventh review round the body written before its own numbered congress holds it (县科协第九次代表大会 → 县科协); a
  party committee of a place (中共江城市…), a people's congress named by its place and the Communist Party written in
  full (中国共产党第…次全国代表大会, a reviewed test's ruling; the short 中共 keeps its organizer) keep ``null`` (§3);
- a clause opening on a verb of holding with no subject of its own, after a clause of the same sentence that tells a
  plan (还将出版…，举办…研讨会), was read as held; it is planned as well (§3, planned meetings: no record);
- the holding of a named meeting told as a noun after a preposition (为…全会的召开准备了条件, 配合…表彰大会的召开)
  gave no meeting; it refers to one that took place (§3, meetings referred to); one still ahead (为迎接…的召开,
  确保…的顺利召开) and an attitude to it (对…的召开十分重视) give none.

A pass of the fifth stop of 6 December 2026 (GUIDELINES §3 meetings, §9 probes, §11 newspaper articles), by class:

1. A numbered or named session as the subject of an act only a sitting does, electing, appointing, approving or
   endorsing (江城市第九届人民代表大会第一次会议5月6日选举…, …全体会议今天选举…, …会议，赞同…报告): the session has
   taken place (§3: a meeting referred to as having taken place is one record, name as written; ninth review round: a
   meeting told in a dated attribute and deciding is held on that day). The day between the session and the act may be
   written in Arabic, full-width or Chinese numerals. Not a session still ahead (将选举), an election's work or rules
   (选举工作, 选举办法), or a standing committee's act (人大常委会任命: a body, no sitting named).
2. Talks held right after the subject arrived at a place (飞抵开罗，与…举行会谈, 抵拉塔基亚后立即与…举行了会谈): the place
   arrived at is where they are held (§3 location: the place when stated; as the place gone to before talks, and the
   eighteenth round's talks during a visit placed there). Not a place left for later (在抵达巴黎前) nor one in another
   sentence.
3. Articles of glued items (§11: each item's records count): a later item (from its 新华社…电 or 本报…讯 line to the next)
   holding no meeting yet gives the session it tells by its own act (class 1), one record per item.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


def _organizers(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a written month or a year after the subject: the time, no part of the body
        ("江城集团6月初在滨海市召开全省营销工作座谈会。", [("全省营销工作座谈会", "江城集团")]),
        ("江城集团5月中旬在滨海市召开全省营销工作座谈会。", [("全省营销工作座谈会", "江城集团")]),
        ("市科技局和江城大学十月下旬在江城联合举办成果对接会。", [("成果对接会", "市科技局和江城大学")]),
        ("江城集团于1997年底在滨海市召开了经销商大会。", [("经销商大会", "江城集团")]),
        # a year or a month alone where the subject would be: no organizer named
        ("1995年在江城举办了“数字经济”论坛。", [("“数字经济”论坛", None)]),
        ("2019年6月在滨海市召开了全国物流工作会议。", [("全国物流工作会议", None)]),
        # near misses: a month inside the body's name stays
        ("十月文艺出版社在北京举行建社四十周年座谈会。", [("建社四十周年座谈会", "十月文艺出版社")]),
        ("五月花集团在滨海市召开经销商大会。", [("经销商大会", "五月花集团")]),
        ("江城集团在滨海市召开全省营销工作座谈会。", [("全省营销工作座谈会", "江城集团")]),
    ],
)
def test_a_time_after_or_for_the_subject_is_no_organizer(extract, text: str, expected: list) -> None:
    assert _organizers(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("由十二个沿海城市组成的海洋经济联盟今天在这里举行第三次理事会会议。", [("第三次理事会会议", "海洋经济联盟")]),
        ("各方组成的联合调查组在江城召开情况通报会。", [("情况通报会", "联合调查组")]),
        ("由沿海国家组成的15国集团今天在这里举行第二十次部长级会议。", [("第二十次部长级会议", "15国集团")]),
        # near miss: a body's own name with no relative clause before it
        ("江城市联合调查组在江城召开情况通报会。", [("情况通报会", "江城市联合调查组")]),
    ],
)
def test_the_members_a_body_is_made_of_are_no_part_of_it(extract, text: str, expected: list) -> None:
    assert _organizers(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("研讨会由江城大学和滨海大学共同主办。", [("研讨会", "江城大学、滨海大学")]),
        ("这次研讨会由江城大学经济研究中心主办。", [("研讨会", "江城大学经济研究中心")]),
        # near misses: the one chairing is no organizer; another event's host told after the meeting
        ("研讨会由王强教授主持。", [("研讨会", None)]),
        ("研讨会结束后，由江城大学主办的展览开幕。", []),
    ],
)
def test_the_hosting_agent_right_after_the_opening_name(extract, text: str, expected: list) -> None:
    assert _organizers(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("江城市货币政策委员会举行例会，决定将利率下调。", [("例会", "江城市货币政策委员会")]),
        ("江城市科技委员会6月4日召开例会，研究了有关问题。", [("例会", "江城市科技委员会")]),
        ("市科技局周一召开例会，研究有关问题。", [("例会", "市科技局")]),
        # near misses: a sitting that recurs is a habit, no meeting held
        ("市科技局每周一召开例会。", []),
        ("该局每周一召开工作例会。", []),
        ("应急局每天早上召开晨会。", []),
        ("市科技局每月召开例会，研究有关问题。", []),
    ],
)
def test_a_bodys_regular_sitting(extract, text: str, expected: list) -> None:
    assert _organizers(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在伦敦召开的国际石油会议决定，同意该组织提出的建议。", ["国际石油会议"]),
        ("发言人今天宣布，8日在伦敦举行的国际石油会议决定，同意该组织提出的建议。", ["国际石油会议"]),
        ("他说，在伦敦召开的国际石油会议强调，各国要加强合作。", ["国际石油会议"]),
        # near misses: the meeting's decision as a noun; a meeting ahead; a meeting after a clause that tells no speaker
        ("他说，在伦敦召开的国际石油会议决定精神要认真贯彻。", []),
        ("他说，将在伦敦召开的国际石油会议决定，同意该组织提出的建议。", []),
        ("他说，下月在伦敦召开的国际石油会议，将讨论这一问题。", []),
    ],
)
def test_a_held_meeting_as_the_subject_deciding(extract, text: str, expected: list) -> None:
    assert [m["name"] for m in extract(text)["meetings"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会上还表彰了86篇（部）优秀科普作品及作者。", [("优秀科普作品", 86, "篇")]),  # unit: §5 twenty-second round
        ("大会表彰了42部（篇）优秀文艺作品。", [("优秀文艺作品", 42, "部")]),
        ("会上还表彰了86篇优秀科普作品及作者。", [("优秀科普作品", 86, "篇")]),
        # near miss: works counted, none commended
        ("该社今年出版了86篇（部）科普作品。", []),
    ],
)
def test_works_counted_in_two_units(extract, text: str, expected: list) -> None:
    assert [h[:3] for h in honours(extract(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the value of goods traded under a supply contract: no money granted
        ("江城粮食公司与东山村签订了2000亩350万元的小麦购销合同。", []),
        ("两家企业签订了总额3亿元的钢材供货合同。", []),
        ("航空公司与制造商签订了购买价值9亿美元的15架客机的合同，其中10架为正式合同，金额为6亿美元。", []),
        # near misses: an investment or a building contract; a contract amount told after an investment agreement
        ("江城市与华信集团签订了总投资20亿元的产业园建设合同。", [(2000000000.0, "CNY")]),
        ("双方签订了5亿元的投资合同。", [(500000000.0, "CNY")]),
        ("江城市与华信集团签订产业园投资协议，项目位于高新区，合同金额为20亿元。", [(2000000000.0, "CNY")]),
    ],
)
def test_the_value_of_goods_traded_is_no_funding(extract, text: str, expected: list) -> None:
    assert [g[:2] for g in grants(extract(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("接着，他又给该村贷款8万元，支持村里办起了豆腐厂。", [(80000.0, "CNY")]),
        ("信用社给该村贷款8万元，用于建设蔬菜大棚。", [(80000.0, "CNY")]),
        # near misses: no use stated; money borrowed (向/从 the lender)
        ("信用社给该村贷款8万元。", []),
        ("他向信用社贷款8万元，用于建设蔬菜大棚。", []),
        ("他从银行贷款8万元，用于建设蔬菜大棚。", []),
    ],
)
def test_a_loan_lent_for_a_use(extract, text: str, expected: list) -> None:
    assert [g[:2] for g in grants(extract(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发言人说，两国外长迫切需要进行会晤，以缓解紧张局势。", []),
        ("两国外长应该进行会谈，以缓解紧张局势。", []),
        ("两国外长需要举行会谈，以缓解紧张局势。", []),
        # near misses: talks held; a modal inside what a meeting held stressed; 需要 as a noun before the subject
        ("两国外长今天在日内瓦进行了会晤。", ["会晤"]),
        ("两国外长今天进行会谈，双方讨论了有关问题。", ["会谈"]),
        ("市政府今天召开常务会议。会议强调，必须进行整改。", ["常务会议"]),
        ("根据需要，县委今天召开常委会议。", ["常委会议"]),
    ],
)
def test_talks_only_needed_are_not_held(extract, text: str, expected: list) -> None:
    assert [m["name"] for m in extract(text)["meetings"]] == expected


def _organizer_list(record: dict) -> list[str | None]:
    return [m["organizer"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 从 before the subject of a clause taken as evidence: the preposition is dropped
        ("从市教育局举办这次讲座，可以看出学校正在加强安全教育。", ["市教育局"]),
        ("从省科协5月6日举办这场报告会，可以看出科普工作受到重视。", ["省科协"]),
        ("从县委宣传部召开这次座谈会，不难看出县里对理论学习的重视。", ["县委宣传部"]),
        # near misses: places whose own name opens with 从 keep it
        ("5月6日，从化市委召开全体会议，部署防汛工作。", ["从化市委"]),
        ("5月6日，从江县政府召开常务会议，研究春耕生产。", ["从江县政府"]),
    ],
)
def test_from_before_subject_is_no_part_of_organizer(extract, body: str, expected: list) -> None:
    assert _organizer_list(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the officials of a body as the subject: the body is the organizer
        ("5月6日，江城商业银行的负责人举行了记者招待会。", ["江城商业银行"]),
        ("5月6日，省工商联的有关负责人举行了新闻发布会。", ["省工商联"]),
        ("5月6日，市卫生局的主要负责人召开了座谈会，听取基层意见。", ["市卫生局"]),
        ("5月6日，江城大学的领导举行了座谈会，与新生家长交流。", ["江城大学"]),
        ("5月6日，县政府的官员召开了新闻发布会。", ["县政府"]),
        # near misses: a delegation is a body of its own; an aide with no body before 的 names none
        ("5月6日，市财政局的代表团举行了座谈会。", ["市财政局的代表团"]),
        ("5月6日，县长的秘书召开了座谈会。", [None]),
    ],
)
def test_officials_of_a_body_hold_for_it(extract, body: str, expected: list) -> None:
    assert _organizer_list(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an organisation of members before its own numbered session holds it (§3 eleventh round, 县科协第九次代表大会)
        ("5月6日，部长在世界卫生组织第五十届大会上讲话。", ["世界卫生组织"]),
        ("上海合作组织第三次峰会5月6日在江城开幕。", ["上海合作组织"]),
        ("部长5月6日在世界贸易组织第二届部长级会议上发言。", ["世界贸易组织"]),
        ("县农村经济合作组织第三次代表大会5月6日召开。", ["县农村经济合作组织"]),
        # near misses: a kind of body, no one body named
        ("社会组织第二次培训会5月6日举行。", [None]),
        ("经济组织第二次会议5月6日举行。", [None]),
        ("江城市基层党组织第三次书记培训班5月6日开班。", [None]),
    ],
)
def test_organisation_before_its_numbered_session(extract, body: str, expected: list) -> None:
    assert _organizer_list(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # some bodies of a kind, picked out or counted, none named: no organizer
        ("5月6日，华南地区部分高校在江城大学召开教学改革研讨会。", [None]),
        ("5月6日，省内部分企业在江城召开座谈会。", [None]),
        ("5月6日，一些高校在江城召开研讨会。", [None]),
        ("5月6日，十几家银行在江城召开联席会议。", [None]),
        ("5月6日，30余家企业在江城召开联席会议。", [None]),
        # near misses: a numbered unit, a place named with a count, bodies named before the count
        ("5月6日，航天二所党委召开民主生活会。", ["航天二所党委"]),
        ("5月6日，三家店村委会召开村民代表大会。", ["三家店村委会"]),
        ("5月6日，江城大学等五所高校在江城召开研讨会。", ["江城大学等五所高校"]),
    ],
)
def test_some_bodies_of_a_kind_name_no_organizer(extract, body: str, expected: list) -> None:
    assert _organizer_list(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a post and a transliterated name: a person, no organizer
        ("5月6日，江城市市长约翰·史密斯为代表团举行了欢迎仪式。", [None]),
        ("5月6日，法国总统雅克·马丁在爱丽舍宫举行了欢迎宴会。", [None]),
        ("5月6日，该国外长安娜·玛丽亚·洛佩斯举行了记者招待会。", [None]),
        # near miss: a body whose name holds the dot
        ("5月6日，圣·彼得堡大学举行了毕业典礼。", ["圣·彼得堡大学"]),
    ],
)
def test_a_post_with_a_transliterated_name_is_no_organizer(extract, body: str, expected: list) -> None:
    assert _organizer_list(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("在中国民主促进会第九次全国代表大会隆重开幕之际，市委谨向大会表示热烈的祝贺。",
         [("中国民主促进会第九次全国代表大会", "中国民主促进会")]),
        ("在中国民主建国会第八次全国代表大会开幕之际，省委向大会表示祝贺。",
         [("中国民主建国会第八次全国代表大会", "中国民主建国会")]),
        # a passive name split where the party stands as its holder (the tuning gold's 第十五次全国代表大会 / 中国共产党)
        ("九三学社第十次全国代表大会5月6日在北京开幕。", [("第十次全国代表大会", "九三学社")]),
        ("某国人民党第五次代表大会5月6日在首都闭幕。", [("某国人民党第五次代表大会", "某国人民党")]),
        ("5月6日召开的中共第十六次全国代表大会，是一次具有重大意义的大会。",
         [("中共第十六次全国代表大会", "中共")]),
        ("他是在5月6日开幕的省友协第五届全国理事会会议上说这番话的。",
         [("省友协第五届全国理事会会议", "省友协")]),
        # the body's own congress without 全国 still read as before
        ("县长在县科协第九次代表大会上讲话。", [("县科协第九次代表大会", "县科协")]),
    ],
)
def test_a_partys_own_national_congress_is_organized_by_it(extract, body: str, expected: list) -> None:
    assert _organizers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a party committee of a place, a people's congress named by its place: organizer null (§3)
        ("中共江城市第十次代表大会5月6日开幕。", [("中共江城市第十次代表大会", None)]),
        ("县第十八届人民代表大会第五次会议5月6日开幕。", [("县第十八届人民代表大会第五次会议", None)]),
        ("江城市第十五次党员代表大会5月6日开幕。", [("江城市第十五次党员代表大会", None)]),
        # the Communist Party written in full: the party meeting as a whole (a reviewed ruling), the short 中共 above keeps it
        ("中国共产党第十六次全国代表大会5月6日在北京开幕。", [("中国共产党第十六次全国代表大会", None)]),
        # the party only referred to as 党的: no body's name written
        ("党的第十五次全国代表大会5月6日在北京召开。", [("党的第十五次全国代表大会", None)]),
    ],
)
def test_a_congress_named_by_its_place_keeps_no_organizer(extract, body: str, expected: list) -> None:
    assert _organizers(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "此外，协会还将出版纪念画册，举办张某艺术生涯图片展和专题研讨会，摄制专题片。",
        "明年，学会也将编辑出版论文集，召开第五届学术研讨会。",
        "该馆将于下月整理馆藏，举办专题座谈会。",
    ],
)
def test_a_holding_clause_after_a_plan_is_planned(extract, body: str) -> None:
    assert _organizers(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # told done (了, 已) or with a plan in another sentence: held
        ("5月6日，协会出版了纪念画册，举办了张某艺术生涯专题研讨会。", [("张某艺术生涯专题研讨会", None)]),
        ("协会还将出版论文集。5月6日，协会举办专题研讨会，反响热烈。", [("专题研讨会", "协会")]),
        ("5月6日，协会已经出版了画册，还将编印文集，举办了张某专题研讨会。", [("张某专题研讨会", None)]),
    ],
)
def test_a_holding_clause_told_done_is_held(extract, body: str, expected: list) -> None:
    assert _organizers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("他说，这为党的十二届六中全会的召开准备了思想条件。", [("十二届六中全会", None)]),
        ("他说，这为全省科技大会的召开准备了思想条件。", [("全省科技大会", None)]),
        ("今年的主题确定为“助残”，是为配合第三届全省自强模范表彰大会的召开。", [("第三届全省自强模范表彰大会", None)]),
        ("随着全市文化工作会议的召开，各区纷纷行动起来。", [("全市文化工作会议", None)]),
    ],
)
def test_the_holding_of_a_named_meeting_as_a_noun_refers_to_it(extract, body: str, expected: list) -> None:
    assert _organizers(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "为迎接党的第十六次全国代表大会的胜利召开，全市开展了系列活动。",
        "为确保全省运动会的顺利召开，各部门通力合作。",
        "全市上下喜迎全省农民运动会的召开。",
        "省政府对全省扶贫工作会议的召开十分重视。",
        "会议对下次会议的召开时间作了调整。",
        "他准备在全省科技大会上发言。",
    ],
)
def test_a_meeting_still_ahead_or_an_attitude_to_it_is_none(extract, body: str) -> None:
    assert _organizers(extract(page(body))) == []


def _names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    # the class: session, optional day (Arabic, full-width, Chinese), act
    ("江城市第九届人民代表大会第一次会议5月6日选举张明为市长。", ["江城市第九届人民代表大会第一次会议"]),
    ("政协江城市第八届委员会第一次全体会议今天选举李华为市政协主席。", ["政协江城市第八届委员会第一次全体会议"]),
    ("南江省第十届人民代表大会第二次会议一月十九日选举王刚为省长。", ["南江省第十届人民代表大会第二次会议"]),
    ("江城县第八届人民代表大会第三次会议18日上午选出新一届县人民政府领导班子。", ["江城县第八届人民代表大会第三次会议"]),
    ("江城市第十五届人民代表大会第三次会议，赞同市长所作的《政府工作报告》。", ["江城市第十五届人民代表大会第三次会议"]),
    ("南江省政协第九届委员会第二次会议６日批准了常务委员会工作报告。", ["南江省政协第九届委员会第二次会议"]),
    ("江城市第十二届人民代表大会第一次会议五月六日选举赵平为市人大常委会主任；选举孙立为市长。",
     ["江城市第十二届人民代表大会第一次会议"]),
    # near misses: a session ahead, an election's work or rules, a standing body's act
    ("江城市第九届人民代表大会第一次会议将选举新一届政府领导。", []),
    ("全市将认真做好人民代表大会选举工作。", []),
    ("江城县人大常委会任命张明为副县长。", []),
    ("各地正在组织县乡人民代表大会代表选举。", []),
])
def test_session_acting_is_held(extract, body, expected):
    assert _names(extract(page(body))) == expected


def test_session_acting_keeps_its_day(extract):
    record = extract(page("江城市第九届人民代表大会第一次会议5月6日选举张明为市长。"))
    assert [(m["date"], m["date_text"]) for m in record["meetings"]] == [("2024-05-06", "5月6日")]


@pytest.mark.parametrize(("body", "expected"), [
    # the class: arrived at (抵达, 飞抵, 到达, 抵), perhaps 后 and 立即/随即, then talks with the party
    ("王明6日抵达北京，与李华举行会晤。", [("会晤", "北京")]),
    ("王明6日飞抵上海，与李华就合作举行正式会晤。", [("正式会晤", "上海")]),
    ("王明抵广州后立即与李华就地区形势举行了会谈。", [("会谈", "广州")]),
    ("王明6日到达深圳后，随即同李华举行了会谈。", [("会谈", "深圳")]),
    ("王明抵达天津，同李华进行了会谈。", [("会谈", "天津")]),
    ("王明抵广州后立即与李华就当前形势的最新发展，特别是双边贸易问题举行了会谈。", [("会谈", "广州")]),
    # near misses: a place before arriving, a place in another sentence, a figure reaching a level
    ("王明在抵达北京前，与随行人员举行了会谈。", [("会谈", None)]),
    ("这一数字到达历史高点，双方随后举行会谈。", [("会谈", None)]),
])
def test_talks_after_arriving_are_there(extract, body, expected):
    assert [(m["name"], m["location"]) for m in extract(page(body))["meetings"]] == expected


def test_talks_after_arriving_abroad(extract_with_model):
    # (a city abroad the tagger may not know: 抵, 抵达, 飞抵 are said of a journey, so what follows is a place)
    record = extract_with_model(page("卡里姆14日飞抵开罗，与埃及总统就地区局势举行会谈。"))
    assert [(m["name"], m["location"]) for m in record["meetings"]] == [("会谈", "开罗")]


@pytest.mark.parametrize(("text", "expected"), [
    # the class: glued items, each later item's session told by its own act (GUIDELINES §11)
    ("标题\n新华社长春1月19日电 南江省第九届人民代表大会第一次会议1月19日选举王刚为省长。\n"
     "新华社成都1月19日电 西川省第九届人民代表大会第一次会议1月19日选举李明为省长。\n",
     ["南江省第九届人民代表大会第一次会议", "西川省第九届人民代表大会第一次会议"]),
    ("标题\n新华社兰州一月十六日电 政协东江省第八届委员会第一次全体会议一月十六日选举赵平为省政协主席。\n"
     "新华社长沙一月十六日电（记者王华）政协西江省第八届委员会第一次全体会议一月十六日选举孙立为省政协主席。\n",
     ["政协东江省第八届委员会第一次全体会议", "政协西江省第八届委员会第一次全体会议"]),
    ("标题\n本报北京1月9日讯 江城市政府今天召开全市经济工作会议。\n"
     "新华社大连1月10日电 南江市第十二届人民代表大会第一次会议1月10日选举张华为市长。\n",
     ["全市经济工作会议", "南江市第十二届人民代表大会第一次会议"]),
    # near misses: one item only; a later item telling no session's act
    ("标题\n新华社长春1月19日电 南江省第九届人民代表大会第一次会议1月19日选举王刚为省长。会议还批准了预算报告。\n",
     ["南江省第九届人民代表大会第一次会议"]),
    ("标题\n本报北京1月9日讯 江城市政府今天召开全市经济工作会议。\n"
     "新华社大连1月10日电 南江市的经济工作会议精神正在全市传达。\n",
     ["全市经济工作会议"]),
])
def test_each_glued_item_gives_its_acting_session(extract, text, expected):
    assert _names(extract(text)) == expected
