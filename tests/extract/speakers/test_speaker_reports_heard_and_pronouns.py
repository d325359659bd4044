"""Speakers in long government meeting reports. Invented sentences; the expected values follow
corpus/GUIDELINES.md §4 (roles: a report made at the meeting is 作报告, a 通报 stays no role; the 他 of a following
remark is the subject of the sentence before, not a person only talked about in it).

- 会议听取了X关于…的汇报: the 汇报 heard from a named officer is that officer's report at the meeting, 作报告 like
  X作…情况汇报 (§4 tenth review round); a 通报 heard, a body's report, a 汇报会 or 汇报材料 give none.
- 甲充分肯定了乙同志…的工作，他要求…: the 他 resumes 甲, who praised; 乙, only praised, is no speaker (§4: people
  merely mentioned are not speakers).
- 为获奖单位授了牌, 颁了奖: the conferring verb split by 了 is 颁奖 (§4 synonym table), also for the byline speaker 我 of a
  speech text and the one named beside 我 (§4 fifteenth review round).
- 刚才，我和市长王志刚为…颁奖: 我和 is no part of 王志刚's title (§4 title: the chain written next to the name).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_SPEECH = ("在全市表彰大会上的讲话\n市委书记 张立群\n（2024年3月18日）\n\n同志们：\n\n今天，市委召开全市表彰大会。")


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        (page("4月2日，县政府召开常务会议，县长王某主持会议。会议听取了副县长李国强关于春耕生产情况的汇报。"),
         "李国强", ("作报告",)),
        (page("市政府召开第五次常务会议，市长陈某主持。会议听取了常务副市长赵文军关于一季度经济运行情况的汇报。"),
         "赵文军", ("作报告",)),
        (page("区委召开常委会会议，区委书记周某主持。会议听取和审议了区委常委、组织部部长孙立新关于干部队伍建设的汇报。"),
         "孙立新", ("作报告",)),
        (page("镇党委召开会议，党委书记刘某主持。会议听取了副镇长何建平同志关于防汛准备工作的汇报，并研究了其他事项。"),
         "何建平", ("作报告",)),
        # the report noun kept from before: 报告
        (page("区人大常委会召开会议。会议听取了副区长黄志明关于全区生态环境状况的报告。"), "黄志明", ("作报告",)),
    ],
)
def test_heard_report_of_named_officer(extract, text, name, roles):
    assert speakers(extract(text))[name][1] == roles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a 通报 heard stays no role
        (page("县政府召开常务会议，县长王某主持会议。会议听取了副县长李国强关于安全生产情况的通报。"), "李国强"),
        # the materials of a report, a reporting session
        (page("县政府召开常务会议，县长王某主持会议。会议听取了副县长李国强关于春耕生产的汇报材料说明。"), "李国强"),
        (page("县政府召开常务会议，县长王某主持会议。会议听取了副县长李国强关于春耕生产的汇报会情况。"), "李国强"),
        # a report the person only hears is no report of theirs
        (page("县政府召开常务会议。副县长李国强听取了关于春耕生产情况的汇报。"), "李国强"),
    ],
)
def test_heard_report_near_misses(extract, text, name):
    found = speakers(extract(text))
    assert "作报告" not in found.get(name, (None, ()))[1]


@pytest.mark.parametrize(
    ("text", "praiser", "praised"),
    [
        (page("县委召开全县领导干部大会。市委常委、组织部部长汪某出席会议并讲话。汪某充分肯定了刘振东同志任职期间的工作，"
              "他要求，全县干部要坚决拥护市委决定。"), "汪某", "刘振东"),
        (page("区委召开全区领导干部会议。市委副书记王某出席并讲话。王某高度赞扬了李华同志在区长岗位上作出的贡献，"
              "她强调，要做好工作交接。"), "王某", "李华"),
        (page("市政府召开表彰会。市长陈某主持。陈某感谢了赵建国同志多年来的辛勤付出，他指出，要学习先进。"), "陈某", "赵建国"),
    ],
)
def test_pronoun_after_praised_object(extract, text, praiser, praised):
    found = speakers(extract(text))
    assert "讲话" in found[praiser][1]
    assert "讲话" not in found.get(praised, (None, ()))[1]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the named one speaks in the next clause: the 他 is the actor of its own clause
        (page("区委召开全区领导干部会议。市委副书记王某主持会议。会上，区长李华同志作了讲话，他强调，要做好交接工作。"), "李华"),
        # praise told after the name: the name is the praiser, the 他 goes on with that one
        (page("县委召开全县领导干部大会。市委常委汪建军出席会议。汪建军充分肯定了全县的工作，他要求，要拥护市委决定。"), "汪建军"),
    ],
)
def test_pronoun_near_misses(extract, text, name):
    assert "讲话" in speakers(extract(text))[name][1]


@pytest.mark.parametrize(
    ("text", "name", "title", "roles"),
    [
        (page("县委召开表彰大会。县委书记王明为获奖单位授了牌。"), "王明", "县委书记", ("颁奖",)),
        (page("县委召开表彰大会。县委书记王明为获奖单位颁了奖，并讲话。"), "王明", "县委书记", ("颁奖", "讲话")),
        (_SPEECH + "刚才，我为10家“文明单位”授了牌。\n", "张立群", "市委书记", ("讲话", "颁奖")),
        (_SPEECH + "刚才，我和市长王志刚为获奖单位颁发了奖牌。\n", "王志刚", "市长", ("颁奖",)),
        (_SPEECH + "刚才，我与副市长李红同志为获奖单位授了牌。\n", "李红", "副市长", ("颁奖",)),
    ],
)
def test_split_conferring_verbs_and_first_person(extract, text, name, title, roles):
    assert speakers(extract(text))[name] == (title, roles)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a plaque handed at another event the speech recalls: no act of this event
        (_SPEECH + "去年，我为10家“文明单位”授了牌。\n", "张立群"),
        # one who receives the plaque is no presenter
        (page("县委召开表彰大会。县委书记王明出席。获奖代表李华从县委书记手中接过了奖牌。"), "王明"),
    ],
)
def test_split_conferring_near_misses(extract, text, name):
    assert "颁奖" not in speakers(extract(text)).get(name, (None, ()))[1]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a self-reference stays in the title (§4 eighth review round)
        (page("医院召开表彰大会。我院院长张华主持会议。"), "张华", "我院院长"),
        (page("县委召开会议。县委书记王明和县长李红先后讲话。"), "李红", "县长"),
    ],
)
def test_first_person_conjunction_near_misses(extract, text, name, title):
    assert speakers(extract(text))[name][0] == title
