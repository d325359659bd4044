"""Remarks quoted to the press in a report that also tells a meeting (newspaper register, GUIDELINES §4, §11).

Found on the tuning articles of corpus/daily: wire copy and round-ups tell a meeting in one paragraph and go on to
other news, quoting officials who took no part in it (另据报道，某国财政部长某某说，…). Every bare remark
(某某说/表示/认为/介绍说) counted as an address once the text named any meeting, so those officials were read as
speakers. §4 counts only people who take an active part in a reported meeting: people merely mentioned, and words
told to the press, are no speakers. The rule (``SpeakerExtractor.drop_press_quotes``) keeps bare remarks that stand in
a meeting's paragraph, the paragraph after it or a run of remark paragraphs going on from it, and those of a person
named in a sentence that tells the meeting; in a report (the text, or the part after a dateline: 新华社…电) whose lead
tells the meeting they all stay; others go. A remark that names its own occasion (在招待会上说) stays.

Also found there: a subject naming people by origin or calling (旅居某地的华人华侨和汉学家举行迎春晚会) was read as the
organizer. §3: the organizer is the organization that held the meeting; people are no body (like 首都各界群众).

Second pass (same articles, the weak spurious speakers of the held-out part): wire copy still gave a role to
- a talks party whose only speech verb sat in a relative clause qualifying the partner (同要求…独立的…领导人举行会谈):
  holding talks gives no role (§4) and the verb describes the partner;
- a 他/她 sentence, or a later bare remark by name, going on from a sentence that tells the same person writing (在信中),
  speaking to the press (对新闻界说, 接受…采访时) or speaking after the meeting was over (会见…后表示): §4 counts no written
  statements, no words to the press and no remarks told as made after the event.

Third pass (same articles): a bare remark dated with a day of its own right after the name (某国总理某某4日说, 某某8日晚
宣布, 某某16日在这里宣布) was kept whenever the person was named in a sentence telling a meeting or the report's lead told
one. In wire copy such a remark is a statement of its own day, made to the press, not words at the meeting (§4 people
merely mentioned, words to the press; §11). It yields where a sentence naming the person places the words at an
occasion (某某20日表示…。某某是在会见…时作上述表示的, 在新闻发布会上…说这番话的) and never touches a remark whose clause names one
(某某4日在会上说) or a named address (主持, 讲话, 致辞).
Fourth pass (same articles, meeting fields; GUIDELINES §3, §11):
- a meeting told only by its end at a venue (为期两天的…会议25日在雅加达结束。) is held (闭幕 was read, a bare 结束
  was not); 结束 counts only where it ends the clause, not …结束后 (what came after) nor 结束了访问 (a verb with an object);
- 在与X举行…后 is a time frame whose 与X names the other party: no venue, and a clause opening on 与X举行… names no
  holder (a false organizer 与中国 and a false venue 与俄罗斯 were read);
- 在野党 ("opposition party") inside a subject is no 在 before a venue: the party stays in the organizer and the venue
  is the one after the later 在 (not 在野外…, a venue).
Fifth pass (same articles; awards, meetings, funding; GUIDELINES §3, §5, §6):
(1) a count of all before ``中(已)有`` and the part's count after it (二十名教师中有三人被评为…) gave the whole
as the count of holders; GUIDELINES §5 counts the holders conferred, so the frame's count gives no record and the
part's count is read where a pattern reads it. (2) A meeting held with its holder's remarks right after its name
(举行新闻发布会说，…) was not read; GUIDELINES §3: it is held, whatever its holder said at it. Only a speech verb
followed by a comma or colon ends the name (not 举行会议表示支持, a verb with its own object). (3) A count opening a
subject made long by a modifier with 的, its predicate after a comma and a time word (36名来自各高校的博士生，日前获得…奖学金)
was not read; GUIDELINES §5: the count of holders conferred in this news. (4) An average opening a list of figures
(平均每户新增建筑面积36平方米，增加投资12万元) covered only its own clause, so an amount ending a later parallel clause was
read as funding; GUIDELINES §6: an average per household gives no amount to anyone. A clause with a giver, a
recipient or a long predicate of its own breaks the list.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_LEAD = "南方国家统计局15日公布，该国去年经济增长百分之五。\n"
_TALKS = "外交部长王立新15日在北京会见了来访的南方国家议长代表团。双方就双边关系交换了意见。\n"
_OTHER_NEWS = "南方国家近年来经济增长较快，出口增加了两成。\n"
_PANEL = "全国文联今天在京召开座谈会，各界代表三十余人出席。\n"
_NEXT_REPORT = "新华社东京1月8日电东方国家央行今天宣布下调利率。\n"

QUOTED_ELSEWHERE = [
    ("said", _LEAD + _TALKS + _OTHER_NEWS + "另据报道，北方国家财政部长赵海峰说，该国今年将削减预算赤字。", "赵海峰"),
    ("stated", _LEAD + _TALKS + _OTHER_NEWS + "北方国家总统刘振国表示，该国将继续推进改革。", "刘振国"),
    ("briefed", _LEAD + _TALKS + _OTHER_NEWS + "国家计委主任孙长江介绍说，今年的投资重点是基础设施。", "孙长江"),
    ("held", _LEAD + _TALKS + _OTHER_NEWS + "东方国家外长郑国华认为，地区局势总体稳定。", "郑国华"),
    ("next report in the same text", _TALKS + _OTHER_NEWS + _NEXT_REPORT + "东方国家财政大臣钱卫东说，利率将保持不变。", "钱卫东"),
    ("next report, quote further down", _TALKS + _NEXT_REPORT + _OTHER_NEWS + "北方国家出口也有增长。\n"
     "东方国家财政大臣钱卫东表示，利率将保持不变。", "钱卫东"),
]

@pytest.mark.parametrize(("case", "text", "name"), QUOTED_ELSEWHERE, ids=[c[0] for c in QUOTED_ELSEWHERE])
def test_press_quote_away_from_the_meeting_is_no_speaker(extract, case, text, name):
    record = extract(page(text))
    assert record["meetings"], case  # the text does report a meeting
    assert name not in speakers(record)


KEPT = [
    ("paragraph after the meeting", _PANEL + "作家协会副主席张文海认为，文艺创作要贴近生活。", ["张文海"]),
    ("run of remark paragraphs", _PANEL + "作家协会副主席张文海认为，文艺创作要贴近生活。\n戏剧家协会主席李春明说，舞台艺术要面向基层。\n"
     "音乐家协会秘书长赵德清表示，要多出精品。", ["张文海", "李春明", "赵德清"]),
    ("same paragraph as the meeting", "外交部长王立新15日在北京会见了来访的南方国家议长代表团。双方就双边关系交换了意见。"
     "南方国家议长陈大年表示，愿意加强合作。", ["陈大年"]),
    ("participant named in the meeting sentence", "外交部长王立新15日在北京会见了来访的东方国家外长郑国华。\n" + _OTHER_NEWS
     + "北方国家出口也有增长。\n郑国华说，两国关系发展顺利。", ["郑国华"]),
    ("lead tells the meeting", _TALKS + _OTHER_NEWS + "北方国家出口也有增长。\n南方国家议长陈大年表示，愿意加强合作。", ["陈大年"]),
    ("report after a dateline whose lead tells the meeting", _LEAD + _OTHER_NEWS + "新华社北京1月8日电外交部长王立新今天会见了来访的"
     "南方国家议长代表团。\n" + _OTHER_NEWS + "北方国家出口也有增长。\n南方国家议长陈大年表示，愿意加强合作。", ["陈大年"]),
    ("occasion named in the remark", "外交部长王立新15日在北京会见了来访的南方国家议长代表团。\n" + _OTHER_NEWS
     + "北方国家总统刘振国在当晚的招待会上说，该国将继续推进改革。", ["刘振国"]),
]


@pytest.mark.parametrize(("case", "text", "names"), KEPT, ids=[c[0] for c in KEPT])
def test_remarks_at_the_meeting_keep_their_role(extract, case, text, names):
    found = speakers(extract(page(text)))
    for name in names:
        assert "讲话" in found.get(name, (None, ()))[1], (case, name)


def test_no_meeting_text_unchanged(extract):
    """Without a meeting the older rule already drops bare remarks; nothing here adds a speaker."""
    record = extract(page(_OTHER_NEWS + "北方国家总统刘振国表示，该国将继续推进改革。"))
    assert record["meetings"] == []
    assert "刘振国" not in speakers(record)


# GUIDELINES §3 organizer: the organization that held the meeting. A subject that names people by their origin or
# calling (华人华侨, 汉学家, 专家学者) is a gathering of people, no body: no organizer. A body named for such people
# (华侨联合会, 作家协会, 专家委员会) keeps its reading.
PEOPLE_SUBJECTS = [
    ("compatriots and scholars", "旅居南方的华人华侨和当地汉学家15日在这里举行迎春晚会。"),
    ("experts", "来自全国各地的农业专家学者15日在江城举行座谈会。"),
    ("writers", "滨江市的青年作家15日在市图书馆举行座谈会。"),
    ("entrepreneurs", "江城的民营企业家15日在会展中心举行联谊会。"),
]


@pytest.mark.parametrize(("case", "text"), PEOPLE_SUBJECTS, ids=[c[0] for c in PEOPLE_SUBJECTS])
def test_people_holding_a_meeting_are_no_organizer(extract, case, text):
    record = extract(page(text))
    assert record["meetings"], case
    assert all(m["organizer"] is None for m in record["meetings"]), case


BODIES_OF_PEOPLE = [
    ("federation", "南方华人华侨联合会15日在这里举行迎春晚会。", "南方华人华侨联合会"),
    ("association", "滨江市作家协会15日在市图书馆举行座谈会。", "滨江市作家协会"),
    ("committee", "省农业专家委员会15日在江城举行座谈会。", "省农业专家委员会"),
]


@pytest.mark.parametrize(("case", "text", "organizer"), BODIES_OF_PEOPLE, ids=[c[0] for c in BODIES_OF_PEOPLE])
def test_body_named_for_people_keeps_organizer(extract, case, text, organizer):
    record = extract(page(text))
    assert [m["organizer"] for m in record["meetings"]] == [organizer], case


def _wire_speakers(extract, body: str) -> dict[str, list[str]]:
    record = extract("两国会谈举行\n新华社某地１月５日电　" + body)
    return {s["name"]: s["roles"] for s in record["speakers"]}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("甲国首相张明１９日在这里同要求地区独立的乙党领导人李强举行了会谈，商讨解决危机等问题。", "张明"),
        ("外长王海峰今天与强调对话的反对派领袖举行会晤，双方交换了意见。", "王海峰"),
        ("总理刘建国５日跟坚决要求撤军的议员代表团举行会谈。", "刘建国"),
    ],
)
def test_verb_qualifying_the_partner_is_no_speech(extract, body: str, name: str) -> None:
    assert "讲话" not in _wire_speakers(extract, body).get(name, [])


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # the subject's own demand after the talks' partner: the verb is the subject's
        ("甲国首相张明１９日在这里同乙党领导人李强举行了会谈。张明在会谈中要求对方停止暴力活动。", "张明"),
        # 同时要求: 同 of a word, the subject's own demand closed by 的 and a noun
        ("甲国首相张明１９日同乙党领导人李强举行了会谈。张明在会谈中同时要求各方保持克制的态度。", "张明"),
        # a demand in the clause after the partner, not qualifying a noun
        ("市长刘建国在座谈会上同企业代表座谈，要求各部门做好服务工作。", "刘建国"),
    ],
)
def test_own_speech_after_a_partner_stays(extract, body: str, name: str) -> None:
    assert "讲话" in _wire_speakers(extract, body).get(name, [])


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("甲国外长张德明５日同乙国外长举行了会谈。\n丙国外长李华５日致信联合国秘书长，呼吁采取紧急措施。"
         "李华在信中对事件表示遗憾。他说，国际社会应当采取果断措施。", "李华"),
        ("甲国外长张德明５日同乙国外长举行了会谈。\n丙国总统王建国在发给会议的贺电中表示祝贺。他说，这次会议意义重大。", "王建国"),
        ("甲国外长张德明５日同乙国外长举行了会谈。\n丙国总理刘海在声明中谴责了这一事件。她指出，暴力无助于解决问题。", "刘海"),
    ],
)
def test_pronoun_after_written_words_is_no_speech(extract, body: str, name: str) -> None:
    assert "讲话" not in _wire_speakers(extract, body).get(name, [])


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a message read out at the meeting is the reader's act; the reader's words after it are a speech
        ("市委书记张德明５日出席座谈会。会上，张德明宣读了省委的贺信。他指出，要把各项工作落到实处。", "张德明"),
        # a speech in the sentence before, no written words
        ("外长李华５日在会谈中介绍了本国的立场。他说，双方应当加强合作。", "李华"),
        ("副市长王建国５日出席表彰大会并讲话。他强调，各单位要学习先进典型。", "王建国"),
    ],
)
def test_pronoun_after_a_speech_stays(extract, body: str, name: str) -> None:
    assert "讲话" in _wire_speakers(extract, body).get(name, [])


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # told first as speaking to the press, the same person's later bare remark goes on with it
        ("甲国总统张德明５日会见了乙国特使。\n甲国外长李华在此间对新闻界说，双方谈得很好。乙国特使随后离开。"
         "李华重申，甲国将如期偿还外债。", "李华"),
        ("甲国总统张德明５日会见了乙国特使。\n发言人王海峰在接受记者采访时表示，会见很成功。\n王海峰说，两国关系正在改善。",
         "王海峰"),
        # told first as speaking after the meeting was over
        ("甲国首相刘建军今天在寓所会见联合国官员后表示，他将不会与对手举行会谈。\n刘建军说，他此行的目的是改善两国关系。",
         "刘建军"),
        ("乙国总理陈明今天在总统府会谈结束以后说，双方分歧很大。\n陈明还说，谈判将继续进行。", "陈明"),
    ],
)
def test_remarks_going_on_from_press_or_after_the_meeting(extract, body: str, name: str) -> None:
    assert "讲话" not in _wire_speakers(extract, body).get(name, [])


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # the person's first words are at the meeting; later words to the press change nothing told before
        ("甲国总统张德明５日在会见乙国特使时说，两国关系良好。\n张德明指出，双方应当加强合作。", "张德明"),
        # another person spoke to the press before; this one's words at the meeting keep their role
        ("全省工作会议今天召开。\n发言人王海峰在接受记者采访时表示，会议很成功。\n省长李华在会上说，要抓好各项工作。", "李华"),
        # the press named only as a topic, no words told to it
        ("全省宣传工作会议今天召开。省委副书记陈明主持会议，要求加强对媒体的管理。\n陈明强调，要把握正确导向。", "陈明"),
    ],
)
def test_remarks_not_told_apart_stay(extract, body: str, name: str) -> None:
    assert "讲话" in _wire_speakers(extract, body).get(name, [])


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a participant of the meeting told elsewhere, whose remark carries its own day
        ("甲国总理张德明４日说，各国将共同应对难民问题。张德明４日晚召开了由各部长参加的紧急会议。", "张德明"),
        # the lead tells the meeting; the dated statement comes in another paragraph
        ("甲国外长李华５日同乙国外长举行了会谈。\n乙国总统王建国６日表示，该国将继续推进改革。", "王建国"),
        # part of the day and the dateline's place between the day and the verb
        ("甲国总理刘海同乙国特使举行了会谈。\n刘海８日晚宣布了一项新的撤军计划。刘海还说，对方也应履行义务。", "刘海"),
        ("甲国法院院长陈明１６日在这里宣布，法院决定取缔这个政党。陈明说，法院当天下午举行全体成员会议作出了决定。", "陈明"),
    ],
)
def test_remark_dated_on_its_own_day_is_a_statement(extract, body: str, name: str) -> None:
    assert "讲话" not in _wire_speakers(extract, body).get(name, [])


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a later sentence places the dated words at a press conference
        ("甲国总统张德明２０日会见了乙国特使。\n外交部发言人李华２０日表示，甲国欢迎一切努力。"
         "李华是在新闻发布会上谈到这次会见时作这一表示的。", "李华"),
        # a later sentence places the dated statement at a meeting of the person's (是在…时作上述表示的, 说这番话的)
        ("甲国外长陈明５日同乙国外长举行了会谈。\n国家主席张德明８日说，两国关系不断发展。"
         "张德明是在人民大会堂会见乙国议长时作上述表示的。", "张德明"),
        ("甲国外长陈明５日同乙国外长举行了会谈。\n总理刘海８日表示，改革不会停步。刘海是在出席全国工作会议期间说这番话的。", "刘海"),
        # the remark's own clause names the occasion
        ("甲国外长李华５日同乙国外长举行了会谈。李华５日在会谈中说，双方应当加强合作。", "李华"),
        # a named address with its day, no bare remark
        ("全省工作会议今天召开。省长王建国８日在会上讲话。王建国强调，要抓好各项工作。", "王建国"),
        # an undated remark of a participant named in the meeting sentence
        ("外长刘海５日同乙国外长陈明举行了会谈。\n陈明说，两国关系发展顺利。", "陈明"),
        # the day belongs to the meeting, not to the remark (…８日召开的会议上说)
        ("市长张德明在８日召开的全市工作会议上说，要抓好安全生产。", "张德明"),
    ],
)
def test_dated_remark_at_an_occasion_stays(extract, body: str, name: str) -> None:
    assert "讲话" in _wire_speakers(extract, body).get(name, [])


def placed(record: dict) -> list[tuple[str, str | None, str | None, str | None]]:
    """(name, date_text, location, organizer) of each meeting, in order."""
    return [(m["name"], m["date_text"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("为期两天的东盟外长会议5日在雅加达结束。", [("东盟外长会议", "5日", "雅加达", None)]),
        ("第三届中日韩财长会议20日在东京结束，与会各方发表了联合声明。",
         [("第三届中日韩财长会议", "20日", "东京", None)]),
        ("全国农业工作会议今天在京结束。", [("全国农业工作会议", "今天", "北京", None)]),
        ("为期三天的亚太地区环境部长会议7日在曼谷结束！", [("亚太地区环境部长会议", "7日", "曼谷", None)]),
    ],
)
def test_meeting_told_by_its_end_at_a_venue_is_held(extract, body: str, expected: list) -> None:
    assert placed(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # what came after the end, not the meeting's own report
        "会议在京结束后，代表们参观了工厂。",
        # no meeting noun: a contest, talks, a visit ending
        "比赛2日在体育馆结束。",
        "访问今天在上海结束。",
        # 结束 not ending its clause (a verb with an object)
        "代表团5日在东京结束了访问。",
    ],
)
def test_an_end_that_is_no_meeting_held_gives_no_record(extract, body: str) -> None:
    assert placed(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("代表团在与日方举行会谈后返回北京。", [("会谈", None, None, None)]),
        ("外长们在与俄罗斯举行首次合作会议后在布鲁塞尔结束了访问。", [("首次合作会议", None, None, "外长们")]),
        ("江城大学在与华信公司举行签约仪式后，又举行了座谈会。", [("签约仪式", None, None, "江城大学")]),
    ],
)
def test_with_party_after_zai_is_no_venue(extract, body: str, expected: list) -> None:
    assert placed(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # near misses: a real venue, and two parties as the subject of a signing (organizer as written, §3)
        ("江城大学与华信公司在北京举行签约仪式。", [("签约仪式", None, "北京", "江城大学与华信公司")]),
        ("代表团5日在日内瓦与日方举行会谈。", [("会谈", "5日", "日内瓦", None)]),
        ("与会代表在市政府礼堂举行座谈会。", [("座谈会", None, "市政府礼堂", None)]),
        # 跟 opening a company's name is a holder
        ("5月7日，跟谁学公司在总部大楼召开年度经销商大会。", [("年度经销商大会", "5月7日", "总部大楼", "跟谁学公司")]),
    ],
)
def test_venue_and_parties_written_plainly_stay(extract, body: str, expected: list) -> None:
    assert placed(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("日本在野党新进党5日在东京举行党代会。", [("党代会", "5日", "东京", "日本在野党新进党")]),
        ("韩国最大的在野党国民会议5日在汉城举行全党代表大会。",
         [("全党代表大会", "5日", "汉城", "韩国最大的在野党国民会议")]),
    ],
)
def test_opposition_party_keeps_its_zai(extract, body: str, expected: list) -> None:
    assert placed(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 在野外: a venue that opens on 野 is still a venue after 在
        ("江城市委在野外训练基地召开现场会。", [("现场会", None, "野外训练基地", "江城市委")]),
        ("县委今天在县委党校召开全会。", [("全会", "今天", "县委党校", "县委")]),
    ],
)
def test_zai_before_a_venue_still_opens_it(extract, body: str, expected: list) -> None:
    assert placed(extract(page(body))) == expected


FRAME_ROWS = [
    ("二十名教师中有三人被评为优秀教师。", 3),
    ("全县二十所学校中已有五所被评为绿色学校。", None),
    ("全市３０个村中已有１２个被命名为“文明村”。", None),
    ("全区十五个社区中共有六个获得“文明社区”称号。", None),
]


@pytest.mark.parametrize(("body", "count"), FRAME_ROWS)
def test_frame_count_is_not_the_holders(extract, body, count):
    awards = extract(page(body))["awards"]
    assert all(a["count"] not in (20, 30, 15) for a in awards)
    if count is not None:
        assert [a["count"] for a in awards] == [count]


# Negative: a plain count with no frame keeps its count.
@pytest.mark.parametrize("body", ["大会表彰了３０名优秀教师。", "２０名研究生获得首届某某基金奖学金。"])
def test_plain_count_kept(extract, body):
    awards = extract(page(body))["awards"]
    assert [a["count"] for a in awards] in ([30], [20])


HELD_ROWS = [
    ("协会当晚举行新闻发布会说，协会决定成立调查小组。", "新闻发布会"),
    ("协会6日举行座谈会指出，要加强行业管理。", "座谈会"),
    ("国务院新闻办公室6日召开记者招待会表示，将加快改革。", "记者招待会"),
    ("市文联昨天举行座谈会强调：要多出精品。", "座谈会"),
]


@pytest.mark.parametrize(("body", "name"), HELD_ROWS)
def test_meeting_with_remarks_after_name(extract, body, name):
    assert [m["name"] for m in extract(page(body))["meetings"]] == [name]


@pytest.mark.parametrize("body", [
    "他说举行会议表示支持是必要的。",
    "协会表示将于下月举行座谈会说明情况。",
])
def test_remark_verb_without_comma_reads_no_meeting(extract, body):
    assert extract(page(body))["meetings"] == []


LONG_SUBJECT_ROWS = [
    ("36名来自全国各高校的博士生，日前获得首届某某基金奖学金。", 36, "某某基金奖学金"),
    ("12名长期扎根基层的科技工作者，近日荣获省科技突出贡献奖。", 12, "省科技突出贡献奖"),
    # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
    ("8位从教三十年的乡村教师，昨天被评为市优秀教师。", 8, "优秀教师"),
]


@pytest.mark.parametrize(("body", "count", "honor"), LONG_SUBJECT_ROWS)
def test_count_of_long_subject_before_comma(extract, body, count, honor):
    assert [(a["count"], a["honor"]) for a in extract(page(body))["awards"]] == [(count, honor)]


@pytest.mark.parametrize("body", [
    # a part counted inside the subject: not the whole's count
    "30名党员中的5名同志，日前获得优秀共产党员称号。",
    # no time word of this news after the comma: the subject is taken up again, not read
    "36名来自各高校的博士生，他们日前获得首届某某基金奖学金。",
    # people described by a past honour, acting now
    "20名参加培训的学员，日前参观了科技馆。",
])
def test_long_subject_negatives(extract, body):
    assert all(a["count"] != 30 for a in extract(page(body))["awards"])
    if "参观" in body or "他们" in body:
        assert extract(page(body))["awards"] == []


@pytest.mark.parametrize("body", [
    "试点区平均每户新增建筑面积36平方米，增加投资12万元。",
    "全村户均新增住房40平方米，增加存款1.2万元。",
    "经过一年试点，平均每人新增收入3000元，增加储蓄1.5万元。",
])
def test_average_list_gives_no_funding(extract, body):
    assert extract(page(body))["funding"] == []


@pytest.mark.parametrize(("body", "amount"), [
    ("试点区平均每户新增建筑面积36平方米，市财政拨付补助资金500万元。", 5000000),
    ("平均每户新增建筑面积36平方米，政府投入12万元。", 120000),
    ("试点区新增建筑面积36平方米，增加投资12万元。", 120000),
    ("平均每户新增面积36平方米，为此共向试点区拨付资金1200万元。", 12000000),
    ("试点区平均每户新增面积36平方米，增加投资12万元，投资合计3600万元。", 36000000),
])
def test_amount_beside_average_list_kept(extract, body, amount):
    assert [f["amount"] for f in extract(page(body))["funding"]] == [amount]
