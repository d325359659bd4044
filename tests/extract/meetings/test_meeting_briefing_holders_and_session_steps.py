"""Meeting shapes of briefings held by a body before them, sessions as a document's earlier step and launches. Invented sentences; the expected values follow
corpus/GUIDELINES.md §3.

- B1: a body right before a press conference's name in a dated attribute (记者从12日召开的区政府新闻发布会上获悉,
  在5月6日举行的市教育局新闻发布会上) holds it: organizer the body, the name the conference alone (§3 ninth and
  twentieth review rounds). A conference with no body before it, a company's brand before a launch, and a work
  meeting named after its scope keep today's reading.
- B2: a standing body's session told as an earlier step with a month, the document it passed as the subject and 经
  before the session (该草案今年3月经市政府常务会议审议通过后…), is a record with date null like 今年3月，市政府常务会议
  审议通过… (§3 nineteenth review round), named without the document and the month; no session, or a step by
  others (经专家论证), gives none.
- B3: a company's short name with its trade word before its launch told in the passive (星辰智能科技新品发布会在…举行)
  holds it: organizer the company, the name the launch (§3 eighth and twentieth review rounds), and an event joined
  to the launch by 和 or 暨 shares that holder unless it names parties of its own. A field's or sector's name (人工智能,
  消费电子), a bare brand with no trade word, and a press conference of a company stay whole as today.
- B4: an opening or closing sitting (开幕会, 闭幕大会) of a session of several days, told with its own day, is its own
  record dated that day, and with no place of its own takes the session's venue, as an opening ceremony does (§3,
  this stop's ruling on multi-day sessions, with the seventeenth round); told with no verb of holding (6日下午的闭幕会上)
  it is read too. A sitting of another year (去年的闭幕会上) or a discussion (讨论会上) gives none.
- B5: an inspection or laboratory worker's noun with its employer (质检中心检验员, 化验室化验员) and one who starts a
  business (青年创业者, an occupation like 企业家) before a name are the title as written (§4 eighth review round; a
  worker's noun with its employer, like 县供电公司职工); farming descriptions (种植大户) stay no title, and the nouns
  with no name after them read no speaker.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers, when


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("记者从12日召开的区政府新闻发布会上获悉，全区将新建公园3座。", [("新闻发布会", "2024-04-12", "区政府")]),
        ("在5月6日举行的市教育局新闻发布会上，局长介绍了招生政策。", [("新闻发布会", "2024-05-06", "市教育局")]),
        ("记者从6日召开的县卫健委新闻通气会上了解到，全县将新建卫生院两所。", [("新闻通气会", "2024-05-06", "县卫健委")]),
        # negatives: no body before it, a work meeting, a company's brand, an active subject (as today)
        ("在12日召开的新闻发布会上，区长介绍了有关情况。", [("新闻发布会", "2024-04-12", None)]),
        ("记者从12日召开的全市教育工作会议上获悉，全市将新建学校3所。", [("全市教育工作会议", "2024-04-12", None)]),
        ("记者从12日召开的星辰科技新品发布会上获悉，公司将推出新机型。", [("星辰科技新品发布会", "2024-04-12", None)]),
        ("12日，区政府召开新闻发布会，介绍有关情况。", [("新闻发布会", "2024-04-12", "区政府")]),
    ],
)
def test_briefing_held_by_body_before_it(extract, text, expected):
    assert held(extract(page(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该草案今年3月经市政府常务会议审议通过后提请市人大常委会审议。", [("市政府常务会议", None, "市政府")]),
        ("该办法去年12月经县政府常务会议研究通过后印发实施。", [("县政府常务会议", None, "县政府")]),
        ("《江城市养老服务条例》今年2月经市委常委会会议审议通过。", [("市委常委会会议", None, "市委")]),
        # negatives: the period opening the sentence (as before), a step by others, no session at all
        ("今年3月，市政府常务会议审议通过了该方案。", [("市政府常务会议", None, "市政府")]),
        ("该草案今年3月经专家论证后提请审议。", []),
        ("该草案今年3月已完成修改。", []),
    ],
)
def test_session_told_as_a_documents_earlier_step(extract, text, expected):
    assert held(extract(page(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("16日，星辰智能科技新品发布会和智能工厂二期项目签约仪式在深圳国际会展中心举行。",
         [("新品发布会", "2024-04-16", "星辰智能科技"), ("智能工厂二期项目签约仪式", "2024-04-16", "星辰智能科技")]),
        ("3日，华远电子产品发布会在市会展中心举行。", [("产品发布会", "2024-05-03", "华远电子")]),
        ("3日，宏达股份新产品发布会暨经销商大会在市会展中心举行。", [("新产品发布会暨经销商大会", "2024-05-03", "宏达股份")]),
        # negatives: a joined event with its own parties, a field's or a sector's name, a bare brand, a press conference
        ("16日，星辰科技新品发布会和市政府与华美集团合作签约仪式在市会展中心举行。",
         [("新品发布会", "2024-04-16", "星辰科技"), ("市政府与华美集团合作签约仪式", "2024-04-16", None)]),
        ("3日，人工智能新品发布会在市会展中心举行。", [("人工智能新品发布会", "2024-05-03", None)]),
        ("3日，消费电子新品发布会在市会展中心举行。", [("消费电子新品发布会", "2024-05-03", None)]),
        ("3日，华为新品发布会在市会展中心举行。", [("华为新品发布会", "2024-05-03", None)]),
        ("3日，星辰科技新闻发布会在市会展中心举行。", [("星辰科技新闻发布会", "2024-05-03", None)]),
    ],
)
def test_launch_held_by_company_before_it(extract, text, expected):
    assert held(extract(page(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("政协江州市第十届委员会第五次会议5月3日至6日在市会议中心召开。\n3日上午举行的开幕会由市政协主席林海波主持。\n"
         "6日下午的闭幕会上，全体委员以举手表决方式通过了政治决议。",
         [("政协江州市第十届委员会第五次会议", "2024-05-03", "市会议中心"), ("开幕会", "2024-05-03", "市会议中心"),
          ("闭幕会", "2024-05-06", "市会议中心")]),
        ("江州市第十七届人民代表大会第四次会议4月20日至23日在市人民会堂举行。\n23日上午，大会举行闭幕会，选举产生了新一届市监察委员会主任。",
         [("江州市第十七届人民代表大会第四次会议", "2024-04-20", "市人民会堂"), ("闭幕会", "2024-04-23", "市人民会堂")]),
        ("县政协十届三次会议5月2日至5日在县会议中心召开。\n5日上午的闭幕大会上，委员们通过了政治决议。",
         [("县政协十届三次会议", "2024-05-02", "县会议中心"), ("闭幕大会", "2024-05-05", "县会议中心")]),
        # negatives: another year's sitting, a discussion of the session (no record of its own, as today)
        ("县政协十届三次会议5月2日至5日在县会议中心召开。\n去年的闭幕会上，委员们通过了决议。",
         [("县政协十届三次会议", "2024-05-02", "县会议中心")]),
        ("县政协十届三次会议5月2日至5日在县会议中心召开。\n5日下午的讨论会上，委员们发言踊跃。",
         [("县政协十届三次会议", "2024-05-02", "县会议中心")]),
    ],
)
def test_sitting_of_a_session_of_days(extract, text, expected):
    record = extract(page(text))
    assert [(m["name"], m["date"], m["location"]) for m in record["meetings"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("锻造车间主任马骏、质检中心检验员刘欣等5名职工代表作交流发言。", {"马骏": "锻造车间主任", "刘欣": "质检中心检验员"}),
        ("座谈会上，化验室化验员周敏发言。", {"周敏": "化验室化验员"}),
        ("退休教师应美华，青年创业者邬晨等先后发言。", {"应美华": "退休教师", "邬晨": "青年创业者"}),
        ("座谈会上，返乡创业者龚磊发言。", {"龚磊": "返乡创业者"}),
        # negatives: a farming description, the nouns with no name after them
        ("座谈会上，退休教师应美华、种植大户王林先后发言。", {"应美华": "退休教师"}),
        ("座谈会上，青年创业者代表先后发言。", {}),
        ("座谈会上，质检中心检验员们纷纷表示要提高质量。", {}),
    ],
)
def test_occupation_before_name_is_title(extract, text, expected):
    assert {name: title for name, (title, _) in speakers(extract(page(text))).items()} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # B2 beside the main meeting: its own record, date null, its month as date_text
        ("5日上午，市人大常委会举行第二十九次会议。\n会议审议了《江城市绿化条例（草案）》。该草案今年3月经市政府常务会议审议通过后提请审议。",
         [("市人大常委会第二十九次会议", "2024-05-05", "市人大常委会"), ("市政府常务会议", None, "市政府")]),
        # negative: a step by others beside the main meeting gives no second record
        ("5日上午，市人大常委会举行第二十九次会议。\n会议审议了《江城市绿化条例（草案）》。该草案今年3月经专家论证后提请审议。",
         [("市人大常委会第二十九次会议", "2024-05-05", "市人大常委会")]),
    ],
)
def test_session_step_beside_main_meeting(extract, text, expected):
    record = extract(page(text))
    assert held(record) == expected
    if len(expected) > 1:
        assert when(record)[1][1] == "今年3月"
