"""Meeting dates on newspaper articles (GUIDELINES §3 date and date_text rows, §11): three classes found by judging a
seeded sample of unlabelled People's Daily articles (corpus/daily, articles with no gold file), half A.

1. A month told with no day, written in any of the ways the copy writes it: the year in Chinese numerals
   (``一九九七年九月``), a season word between the year and the month (``去年早春二月``), a restating 即/也就是 before
   it (``随后，即去年10月，…``). §3 sixteenth review round: a meeting told by its month only has date ``null`` and the
   month as written as ``date_text``; §3 date row: only the day of the clause that holds the meeting counts, so a
   full date of the sentence before (``1991年7月8日，…签署…。1995年9月，…参加…大会``) is another act's and does not
   replace a month the meeting's own clause writes in another month.
2. A dated meeting named in an attribute as the subject of the lead right after a reporter's byline
   (``本报北京1月12日讯记者某某报道：今天在这里召开的…会议，…``), read as after a speaker's clause. §3 ninth review
   round: a meeting told in a dated attribute is held on that day; §11: datelines and bylines are part of the text.
   A planned meeting (``将于下月召开的``) and a meeting relayed (``…会议精神``) stay out (§3 not meetings).
3. People of the meeting gathering on a stated day (``今天，…聚集一起，…各抒己见``; a visit, ``来到…调研``) in the
   sentence before a meeting only referred to (``在研讨会上发言``, ``座谈会上``) date it, also on a newspaper page with
   no publication date (``date_text`` as written, ``date`` ``null``). §3 eleventh review round: a dated visit or any
   other act of the meeting's own body that day dates the meeting within or after it; §11. A vague day (``日前``) and a
   happening (weather) date nothing.
4. A meeting told as the object of a verb of preparing, with its day or place between (``责成秘书处筹备4月22日在开罗召开…
   联席会``, ``筹办明年5月举行的…``), is planned: no record (§3 not meetings: planned or future events). The preparing
   body's own meeting (``筹备工作会议今天召开``, ``筹备委员会举行第一次会议``) is held.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _texts(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["date_text"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    # the sample's failures, re-invented
    ("标题\n去年早春二月，江城市市长王明启程赴京参加全国人代会。\n", [("全国人代会", "去年早春二月")]),
    ("标题\n随后，即去年10月，市委统战部与各民主党派举行了协商会。\n", [("协商会", "去年10月")]),
    ("标题\n一九九七年九月，作为全市唯一的代表，王红来京参加了全国妇女代表大会。\n", [("全国妇女代表大会", "一九九七年九月")]),
    ("标题\n1991年7月8日，江城与某地签署了协议。1995年9月，江城市政府代表团来京参加全国农业科技大会。\n",
     [("全国农业科技大会", "1995年9月")]),
    # paraphrases: the year's numerals, the season, the restating word, the verb
    ("标题\n一九九六年十月，省政协召开了全省政协工作会议。\n", [("全省政协工作会议", "一九九六年十月")]),
    ("标题\n1996年深秋十月，市科协在江城举行了学术年会。\n", [("学术年会", "1996年深秋十月")]),
    ("标题\n也就是去年3月，县委召开了全县组织工作会议。\n", [("全县组织工作会议", "去年3月")]),
    ("标题\n今年初春三月，县文联举办了迎春座谈会。\n", [("迎春座谈会", "今年初春三月")]),
    ("标题\n1994年3月2日，两市签订了友好协议。一九九五年五月，江城代表团赴京出席了全国科技大会。\n",
     [("全国科技大会", "一九九五年五月")]),
    # near misses: a full day is a day, not a month; a month inside a name is no month
    ("标题\n一九九七年九月五日，县委召开全县经济工作会议。\n", [("全县经济工作会议", "一九九七年九月五日")]),
    ("标题\n本报北京1月8日讯 今天，二月河文学研讨会在京举行。\n", [("二月河文学研讨会", "今天")]),
])
def test_month_told_alone(extract, body, expected):
    assert _texts(extract(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the sample's failure, re-invented
    ("标题\n本报北京1月12日讯记者王明报道：今天在这里召开的1998年全国林业厅局长会议，主题并不像以往那样具体。\n",
     [("1998年全国林业厅局长会议", "今天")]),
    # paraphrases: the verb after the name, two reporters, another day word, no day
    ("标题\n本报北京1月12日讯记者王明报道：昨天在京召开的全国林业工作会议提出，要加快林业改革。\n", [("全国林业工作会议", "昨天")]),
    ("标题\n新华社北京3月2日电 新华社记者李红、本报记者张伟报道：今天在京举行的全国水利工作会议强调，要加强防汛。\n",
     [("全国水利工作会议", "今天")]),
    ("标题\n本报讯记者赵四报道：在此间召开的全省农机年会决定，明年推广新机具。\n", [("全省农机年会", None)]),
    ("标题\n据报道，昨天在京召开的全国林业工作会议提出，要加快林业改革。\n", [("全国林业工作会议", "昨天")]),
    # near misses: a meeting ahead, a meeting's spirit relayed
    ("标题\n本报讯记者赵四报道：将于下月召开的全省农机年会，主题是推广新机具。\n", []),
    ("标题\n本报讯记者赵四报道：去年召开的全省农机年会精神正在各地落实。\n", []),
])
def test_dated_attribute_after_byline(extract, body, expected):
    assert _texts(extract(body)) == expected


@pytest.mark.parametrize(("body", "published", "expected"), [
    # the sample's failure, re-invented
    ("标题\n本报北京1月8日讯 今天，我国部分知名画家、美术评论家聚集一起，就如何繁荣国画问题各抒己见。\n"
     "与会人士强调，要加强人才培养。\n张三、李四等在研讨会上先后发言。\n", None, [("研讨会", "今天")]),
    # paraphrases: another gathering verb, a day under a wire dateline, a byline, a visit, a page with a date
    ("标题\n本报上海3月2日讯 昨天，数十位青年作家相聚浦东，畅谈创作体会。\n座谈会上，作家们表示要深入生活。\n", None,
     [("座谈会", "昨天")]),
    ("标题\n新华社南京5月6日电 5日，两岸学者齐聚南京，交流史学研究成果。\n研讨会由南京大学主办。\n", None, [("研讨会", "5日")]),
    ("标题\n本报北京1月8日讯记者王明报道：今天，首都百余名书法家汇聚一堂，挥毫迎春。\n笔会上，书法家们写下春联。\n", None,
     [("笔会", "今天")]),
    ("标题\n本报北京1月8日讯 今天，部分知名画家聚集一起，畅谈国画创作。\n画家们对市长日前观看画展后的讲话感到鼓舞。\n"
     "张三在研讨会上发言。\n", None, [("研讨会", "今天")]),
    ("标题\n本报北京1月8日讯 今天，市委书记王明来到江城大学调研。\n座谈会上，王明强调，要加强人才培养。\n", None, [("座谈会", "今天")]),
    (page("5月6日，我国部分知名画家、美术评论家聚集一起，就如何繁荣国画问题各抒己见。\n张三、李四等在研讨会上先后发言。"),
     "2024-05-08", [("研讨会", "5月6日")]),
    # near misses: a vague day, a happening no one of the meeting did
    ("标题\n本报讯 日前，京津沪等地戏剧界专家聚集大连，就此展开了研讨。\n研讨会由某某报社主办。\n", None, [("研讨会", None)]),
    ("标题\n本报北京1月8日讯 今天，全市普降大雪。\n座谈会上，王明强调，要做好防寒工作。\n", None, [("座谈会", None)]),
    # near misses of the release review (rev112), no publication date: a campaign started that day does not date a ceremony
    # told later in its account (§3 date row: only the day of the clause that holds the meeting)
    ("标题\n１月３日，江城团市委开始组织开展“青年科技传播活动”。活动中，各乡镇团委积极行动；"
     "城关镇建起了一家青年科技图书站，并举行了挂牌仪式。\n", None, [("挂牌仪式", None)]),
    ("标题\n１月５日，市科协开始组织开展“科普下乡”活动。各区县科协纷纷响应；"
     "城南区建起了一家农民科技书屋，并举行了揭牌仪式。\n", None, [("揭牌仪式", None)]),
])
def test_gathering_dates_the_meeting_after_it(extract, body, published, expected):
    assert _texts(extract(body, published)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the unlabelled run's planned record, re-invented
    ("标题\n新华社开罗1月5日电 会议责成秘书处筹备4月22日在开罗召开部长联席会，签署合作协议。\n", []),
    # paraphrases: 筹办, a month, a place only, a ceremony
    ("标题\n新华社开罗1月5日电 江城市抓紧筹办明年5月在江城举行的第五届年会。\n", []),
    ("标题\n新华社日内瓦1月5日电 秘书处正着手筹备3月份在日内瓦召开的审议大会。\n", []),
    ("标题\n本报北京1月8日讯 县里抓紧筹办6月举办的农民丰收节开幕式。\n", []),
    ("标题\n本报北京1月8日讯 两国外交部门开始筹备下月在北京举行的部长级会谈。\n", []),
    # near misses: the preparing body's own meeting, held
    ("标题\n本报北京1月8日讯 第十届运动会筹备工作会议今天在县体育馆召开。\n", [("第十届运动会筹备工作会议", "今天")]),
    ("标题\n本报北京1月8日讯 市第十届运动会筹备委员会今天举行第一次会议。\n", [("市第十届运动会筹备委员会第一次会议", "今天")]),
    ("标题\n本报北京1月8日讯 大会筹备组今天召开全体会议。\n", [("全体会议", "今天")]),
    ("标题\n本报北京1月8日讯 峰会筹备会今天在区政府召开。\n", [("峰会筹备会", "今天")]),
])
def test_meeting_being_prepared_is_planned(extract, body, expected):
    assert _texts(extract(body)) == expected
