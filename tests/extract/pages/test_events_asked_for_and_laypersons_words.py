"""Party-building meetings at grassroots, companies and schools: invented pages.

Found, with the guideline section that rules each:

- §3 (fifteenth review round: an event a speaker asks for is planned). A speaker's asking verb whose asked clause
  goes on past a comma (李刚要求，各单位要认真学习…，结合“七一”组织开展…主题党日活动) left the event after the comma
  read as held; the asked clause's modal (各单位要) now governs the later verb too, unless the event is told as done
  (随即…开展了) or the asking was a directive followed (按照县委要求，…).
- §4 (eleventh review round: a layperson's quoted words at a gathering not named for the group are a reaction). A
  plain 说 (no manner adverb) of 老党员/居民/职工 after a lecture was read as 讲话; it is now no role on a page that
  tells no talk-type gathering (座谈会, 议事会, …) and with no 会上 frame before it.
- §4 (programme segment names the role). One picked out by 其中 after a group reporting in turn was read only for a
  count in 名/位 and only for the first name: a group counted in 个 or written 各…, and each item of a 、-list right
  after 其中, now take the group's role (述职).
- §3 (sixteenth review round: a photo caption dating the reported meeting when the body says only 近日/日前). A dated
  caption of those present at the meeting's own venue (图为6月21日上午，党员们在档案馆参观学习) now dates it.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, page, speakers, when

_LECTURE = "5月6日，市委书记李刚在市委党校为全市党员讲授专题党课。"


@pytest.mark.parametrize(
    "sentence",
    [
        "李刚在总结时要求，各单位要认真学习领会党课精神，结合“七一”组织开展形式多样的主题党日活动。",
        "李刚强调，各支部务必高度重视，在“七一”前后开展一次主题党日活动。",
        "李刚要求，各级党组织要把学习引向深入，认真开展主题党日活动。",
        "李刚希望，广大党员要学深悟透，结合岗位实际开展主题党日活动。",
    ],
)
def test_an_event_in_a_clause_asked_for_past_a_comma_is_planned(extract, sentence):
    assert [name for name, _ in dated(extract(page(_LECTURE + sentence)))] == ["专题党课"]


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        # NEGATIVE: the event told as done after the asking; a directive followed; the asking in another sentence
        ("5月6日，县委要求，各单位要吸取教训，县应急局党支部随即在档案馆开展了主题党日活动。", "主题党日活动"),
        ("按照县委要求，各支部要提高认识，5月6日，市税务局党支部在档案馆开展主题党日活动。", "主题党日活动"),
        ("会议要求，各单位要抓好落实。5月6日，市税务局党支部在档案馆开展主题党日活动。", "主题党日活动"),
    ],
)
def test_an_event_held_after_an_asking_stays_held(extract, sentence, held):
    assert held in [name for name, _ in dated(extract(page(sentence)))]


@pytest.mark.parametrize(
    ("body", "listener"),
    [
        ("5月6日下午，社区党委书记冯雪梅在社区党群服务中心为党员讲党课。老党员王桂英说：“党课讲得很实在。”", "王桂英"),
        ("5月6日下午，社区党委书记冯雪梅在社区党群服务中心为党员讲党课。课后，她还与大家交流互动。老党员王桂英说：“我们也要带头守纪律。”",
         "王桂英"),
    ],
)
def test_a_laypersons_plain_words_after_a_lecture_are_a_reaction(extract, body, listener):
    found = speakers(extract(page(body)))
    assert listener not in found
    assert found["冯雪梅"] == ("社区党委书记", ("讲党课",))


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        # NEGATIVE: a representative speaks; the words told 会上
        ("5月6日下午，社区党委书记冯雪梅在社区党群服务中心为党员讲党课。老党员代表王桂英说，要带头守纪律。", "王桂英", ("讲话",)),
        ("5月6日下午，社区党委书记冯雪梅在社区党群服务中心为党员讲党课。会上，社区党委委员王桂英说，要带头守纪律。", "王桂英",
         ("讲话",)),
    ],
)
def test_a_speaker_at_the_lecture_keeps_the_role(extract, body, name, roles):
    assert speakers(extract(page(body)))[name][1] == roles


@pytest.mark.parametrize(
    ("body", "picked"),
    [
        ("5月6日，街道党工委召开述职评议会。会上，12个社区党组织书记逐一上台述职。其中，碧水社区党委书记何春梅、桂园社区党委书记马丽分别介绍了特色做法。",
         {"何春梅": ("碧水社区党委书记", ("述职",)), "马丽": ("桂园社区党委书记", ("述职",))}),
        ("5月6日，镇党委召开述职评议会。8名村党支部书记依次述职。其中，东庄村党支部书记王大明介绍了发展集体经济的经验。",
         {"王大明": ("东庄村党支部书记", ("述职",))}),
        ("5月6日，街道党工委召开述职评议会。各社区党组织书记逐一述职。其中，碧水社区党委书记何春梅介绍了特色做法。",
         {"何春梅": ("碧水社区党委书记", ("述职",))}),
        ("5月6日，区委召开述职评议会。十五个街道党工委书记依次述职。其中，东湖街道党工委书记林芳、西湖街道党工委书记赵明分别讲述了基层治理创新做法。",
         {"林芳": ("东湖街道党工委书记", ("述职",)), "赵明": ("西湖街道党工委书记", ("述职",))}),
    ],
)
def test_those_picked_out_of_a_group_reporting_in_turn_report(extract, body, picked):
    found = speakers(extract(page(body)))
    for name, view in picked.items():
        assert found[name] == view


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: no group reporting in turn before 其中 (only asked to prepare); another's act names the second one
        "5月6日，街道党工委召开述职评议会。各社区党组织书记要认真准备。其中，碧水社区党委书记何春梅介绍了特色做法。",
        "5月6日，镇党委召开述职评议会。8名村党支部书记依次述职。其中，东庄村党支部书记王大明的述职得到镇党委书记李刚的肯定。",
    ],
)
def test_no_segment_role_without_the_group_or_for_anothers_act(extract, body):
    found = speakers(extract(page(body)))
    assert "述职" not in found.get("何春梅", (None, ()))[1]
    assert "述职" not in found.get("李刚", (None, ()))[1]


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("近日，市税务局党支部在江城市档案馆开展主题党日活动。\n图为5月6日上午，党员们在档案馆参观学习。", ("2024-05-06", "上午")),
        ("日前，县委宣传部在县文化馆举行读书分享会。\n图为4月28日下午，与会人员在文化馆交流读书心得。", ("2024-04-28", "下午")),
        ("近日，江城中学党支部在学校报告厅召开党员大会。\n图为5月3日，全体党员在学校报告厅重温入党誓词。", ("2024-05-03", None)),
    ],
)
def test_a_dated_caption_at_the_meetings_venue_dates_it(extract, body, day):
    (date, _, part), = when(extract(page(body)))
    assert (date, part) == day


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: the caption's scene elsewhere; a caption with no place
        "近日，市税务局党支部在江城市档案馆开展主题党日活动。\n图为5月6日上午，党员们在烈士陵园参观学习。",
        "近日，市税务局党支部在江城市档案馆开展主题党日活动。\n图为5月6日上午，县领导调研企业。",
    ],
)
def test_a_caption_elsewhere_dates_nothing(extract, body):
    (date, date_text, _), = when(extract(page(body)))
    assert (date, date_text) == (None, "近日")
