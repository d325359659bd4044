"""Newspaper meeting reports (People's Daily register, GUIDELINES §11): described persons, agents after a dateline and glued item counts.

1. The one named before another speaker's description is a relative's or a late person's reference point, not an
   actor (GUIDELINES §4: people merely mentioned are not speakers): ``刘某同志的亲属代表、…馆长黄某在大会上发言`` and
   ``李某的父亲李某某先后作了报告`` made the commemorated person a speaker. A name before 的 + a kinship word (an
   honorific may stand between) or before 生前 stays a mention only.
2. A wire's dateline before a passive name with its ``由…联合主办`` agent (GUIDELINES §3 organizer; §11 datelines are
   text): the agent was read as an active subject whose object began with 的, and the meeting lost its organizer and
   venue, or was lost.
3. Glued wire items (GUIDELINES §11: each item's records count): a headcount told in a later item was given to the
   first item's meeting; it is the later item's meeting's.
"""

import pytest

from tests.extract.views import page


def _names(doc):
    return {s["name"] for s in doc["speakers"]}


POSITIVE = [
    # (body, the person who acts)
    ("座谈会上，张志远同志的亲属代表张小兰发言。", "张小兰"),
    ("纪念会上，吴德华先生的遗孀、市文联副主席林秀云致辞。", "林秀云"),
    ("报告会上，孙建平生前所在中队队长马国强作了报告。", "马国强"),
]

NEGATIVE_ACTOR = [
    # (body, the named person who must stay no speaker)
    ("报告会上，王海生的父亲王建军作了报告。", "王海生"),
    ("座谈会上，张志远同志的亲属代表张小兰发言。", "张志远"),
    ("纪念大会上，赵明德同志的女儿赵丽在会上发言。", "赵明德"),
    ("事迹报告会昨天举行，陈光明烈士的母亲刘桂英作了报告。", "陈光明"),
    ("报告会上，孙建平生前所在中队队长马国强作了报告。", "孙建平"),
]

# A name right after 的 and a bare kinship word (no title, no label) is read as a person when a speech act or a
# report follows it (hunt h112, article 06; fixed by fxdd).
KIN_NAME_MISSES = [
    ("报告会上，王海生的父亲王建军作了报告。", "王建军"),
    ("事迹报告会昨天举行，陈光明烈士的母亲刘桂英作了报告。", "刘桂英"),
]

# Near misses: a name before 的 and a word that is no relation, or a living speaker, keeps the role.
STILL_SPEAKS = [
    ("座谈会上，县委书记王海生的讲话引起强烈反响。县委书记王海生在座谈会上讲话。", "王海生"),
    ("表彰大会上，市长李国强同志作了重要讲话。", "李国强"),
    ("座谈会由县委副书记周文斌主持，周文斌同志指出，要做好春耕工作。", "周文斌"),
]


@pytest.mark.parametrize("body,name", POSITIVE)
def test_described_person_speaks(extract, body, name):
    assert name in _names(extract(page(body)))


@pytest.mark.parametrize("body,name", NEGATIVE_ACTOR)
def test_reference_person_is_no_speaker(extract, body, name):
    assert name not in _names(extract(page(body)))


@pytest.mark.parametrize("body,name", STILL_SPEAKS)
def test_near_misses_keep_speaker(extract, body, name):
    assert name in _names(extract(page(body)))


@pytest.mark.parametrize("body,name", KIN_NAME_MISSES)
def test_relative_after_kinship_word(extract, body, name):
    assert name in _names(extract(page(body)))


# A wire's dateline before a passive name with its 由…主办 agent (GUIDELINES §3: the organizer is who hosts; §11 the
# dateline is part of the text): the agent written with 联合/共同 was read as the subject of an active 主办 whose
# object began with 的, so the meeting was lost or kept without organizer and venue.
DATELINE_AGENT = [
    ("本报北京１２月２６日讯　由市社科院和市委党史研究室联合主办的理论研讨会，今天上午在市委党校举行。",
     "理论研讨会", "市委党校"),
    ("本报讯　由省作协与省文联共同主办的青年作家座谈会，昨天在省文联礼堂举行。", "青年作家座谈会", "省文联礼堂"),
    ("新华社上海５月３日电　由上海市科协与复旦大学共同举办的青年科学家论坛，今天在复旦大学开幕。", "青年科学家论坛", "复旦大学"),
    ("本报杭州３月８日讯（记者王明）由省妇联和省总工会联合主办的巾帼建功表彰大会今天在杭州举行。",
     "巾帼建功表彰大会", "杭州"),
]

# Near misses: a dateline before a subject that hosts (no 由) keeps that subject; a 由 phrase of another kind
# (由…主持) names no organizer.
DATELINE_NEAR = [
    ("本报北京１２月２６日讯　市社科院今天上午在市委党校举行理论研讨会。", "理论研讨会", "市社科院"),
    ("本报讯　青年作家座谈会昨天在省文联礼堂举行，座谈会由省作协主席李明主持。", "青年作家座谈会", None),
]


@pytest.mark.parametrize("body,name,place", DATELINE_AGENT)
def test_agent_after_dateline(extract, body, name, place):
    meetings = extract(page(body))["meetings"]
    assert [m["name"] for m in meetings] == [name]
    assert meetings[0]["organizer"] and meetings[0]["organizer"] != "本报讯"
    assert "讯" not in meetings[0]["organizer"] and "电" not in meetings[0]["organizer"]
    assert meetings[0]["location"] == place


@pytest.mark.parametrize("body,name,org", DATELINE_NEAR)
def test_dateline_near_misses(extract, body, name, org):
    meetings = extract(page(body))["meetings"]
    assert [m["name"] for m in meetings] == [name]
    assert meetings[0]["organizer"] == org


def _count_of(meetings, name):
    return next(m["attendee_count"] for m in meetings if m["name"] == name)


# Glued wire items (GUIDELINES §11: each item's records count): a headcount told in a later item's own paragraph is
# that item's meeting's, never the first item's.
GLUED_ITEMS = [
    ("新华社北京１月１２日电　国务委员王正平今天在中南海会见了日本经济界访华团。\n"
     "市人大常委会会议开幕\n新华社北京１２月２２日电　市十五届人大常委会第三十次会议今天上午在市人大会议厅开幕。\n"
     "会议听取了关于价格法草案的说明。出席会议的常委会委员六十二人。", "会见", None, "市十五届人大常委会第三十次会议", 62),
    ("本报北京３月２日讯　全国妇联今天在北京召开全国妇女工作会议。\n"
     "本报上海３月２日讯　上海市科协今天在科学会堂召开学术年会。\n"
     "会议收到论文三百余篇。参加年会的专家学者共二百人。", "全国妇女工作会议", None, "学术年会", 200),
]

# Near misses: one item whose closing paragraph counts the main meeting keeps that count; a count inside the first
# item stays the first meeting's.
ONE_ITEM = [
    ("本报北京３月２日讯　全国妇联今天在北京召开全国妇女工作会议。\n会议总结了去年的工作。\n"
     "各省、自治区、直辖市妇联负责同志共三百余人参加会议。", "全国妇女工作会议", 300),
    ("本报北京３月２日讯　全国妇联今天在北京召开全国妇女工作会议，各地妇联负责同志三百余人参加会议。\n"
     "本报上海３月２日讯　上海市科协今天在科学会堂召开学术年会。", "全国妇女工作会议", 300),
]


@pytest.mark.parametrize("text,first,first_count,second,second_count", GLUED_ITEMS)
def test_glued_item_count(extract, text, first, first_count, second, second_count):
    meetings = extract(page(text))["meetings"]
    assert _count_of(meetings, first) == first_count
    assert _count_of(meetings, second) == second_count


@pytest.mark.parametrize("text,name,count", ONE_ITEM)
def test_count_stays_in_its_item(extract, text, name, count):
    assert _count_of(extract(page(text))["meetings"], name) == count
