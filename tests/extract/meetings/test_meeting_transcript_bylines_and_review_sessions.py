"""Meeting shapes: bylines with a chain of posts, review sessions named by a
speech title, Hong Kong transcripts of an event attended, holders written before a banquet's or a parade's name, and
a reward per winning team that a scheme's rule provides.

Found:
- `在…上的讲话 / 市委副书记、市长　王某 / （2024年5月6日） / 发布时间：…` took the bracketed day for `published`: a byline
  whose post is a chain joined by 、 was not read as the byline, so the bracket was no speech day (GUIDELINES §2
  fourteenth review round: the labelled stamp is the publication date, the bracket dates the meeting).
- `在全镇…述职评议会上的讲话` over a body that never names the meeting gave no meeting: a name ending in 评议会 was read
  as a council (议会) (§3: a speech title `在…会议上的讲话` refers to its meeting).
- `以下是政务司司长…今日出席…结业会操的致辞全文：` was not read as a transcript's occasion, and a later clause gave a
  garbled name (§3 name).
- `香港工商总会周年晚宴`, `香港警察学院结业会操` kept the holder in the name and no organizer (§3 organizer: the organizer
  prefix removed from the name; eleventh round: an association before its event's name holds it; a passing-out parade
  is a ceremony); the school a speech headline writes before the body's ceremony name holds it too.
- `按计划规定，每个获奖团队可获奖金15万元` gave funding: a share per team a standing rule provides is a rate of the
  scheme (§6 thirteenth review round), as per head.

Invented sentences only; the expected values follow corpus/GUIDELINES.md.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page


def _speech(head: str, byline: str, day: str, stamp: str, body: str) -> str:
    return f"{head}\n{byline}\n（{day}）\n\n{stamp}\n\n同志们：\n{body}\n"


@pytest.mark.parametrize(
    ("byline", "stamp", "published", "date"),
    [
        ("市委副书记、市长　王某某", "发布时间：2024-05-10　来源：市政府办公室", "2024-05-10", "2024-05-06"),
        ("县委常委、常务副县长　李某", "发布时间：2024-05-09", "2024-05-09", "2024-05-06"),
        ("党组书记、局长 赵某某", "来源：区司法局　发布日期：2024-05-12", "2024-05-12", "2024-05-06"),
        ("市委常委、宣传部部长　周某", "发布时间：2024-05-07 10:20", "2024-05-07", "2024-05-06"),
        # NEGATIVE: a single post, as before
        ("市长　王某某", "发布时间：2024-05-10", "2024-05-10", "2024-05-06"),
        # NEGATIVE: no labelled stamp: the bracketed day is the page's only date and is published too (§2)
        ("市委副书记、市长　王某某", "浏览次数：212", "2024-05-06", "2024-05-06"),
    ],
)
def test_chained_byline_keeps_the_labelled_stamp(extract, byline, stamp, published, date):
    record = extract(_speech("在全市防汛工作会议上的讲话", byline, "2024年5月6日", stamp,
                             "今天召开全市防汛工作会议，主要任务是部署今年防汛工作。下面，我讲三点意见。"))
    assert (record["published"] or "")[:10] == published
    assert [m["date"] for m in record["meetings"]][:1] == [date]


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("在全镇2024年度基层党建工作述职评议会上的讲话", "全镇2024年度基层党建工作述职评议会"),
        ("在全县党组织书记抓基层党建述职评议会上的讲话", "全县党组织书记抓基层党建述职评议会"),
        ("在2024年度民主评议会上的讲话", "2024年度民主评议会"),
    ],
)
def test_review_session_named_by_speech_title(extract, head, name):
    record = extract(_speech(head, "镇党委书记　何某某", "2025年1月16日", "发布日期：2025-01-20",
                             "刚才，几位村党组织书记进行了述职，讲得都很实在。下面，我讲两点意见。"))
    assert [m["name"] for m in record["meetings"]] == [name]


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a council (议会) named as where remarks were made is no sitting held
        "县议长今天在县议会表示，将全力支持预算案。",
        # NEGATIVE: a council named as an institution
        "该法案已提交市议会审议。",
    ],
)
def test_council_is_still_no_meeting(extract, body):
    assert extract(page(body))["meetings"] == []


@pytest.mark.parametrize(
    ("body", "name", "org"),
    [
        ("以下是政务司司长陈某某今日（十二月六日）出席香港警察学院结业会操的致辞全文：\n各位嘉宾：今日共有二百名学员结业。",
         "结业会操", "香港警察学院"),
        ("以下是行政长官李某某今日（十一月二十二日）晚上在香港工商总会周年晚宴的致辞全文：\n各位嘉宾：大家好！",
         "周年晚宴", "香港工商总会"),
        ("以下为局长今日出席江城同乡会新春酒会的致辞全文：\n各位乡亲：新春快乐！", "新春酒会", "江城同乡会"),
        ("江城商会周年晚宴5月7日晚在国际酒店举行。", "周年晚宴", "江城商会"),
    ],
)
def test_holder_before_banquet_or_parade(extract, body, name, org):
    assert [(n, o) for n, _, o in held(extract(page(body)))][:1] == [(name, org)]


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a list of those attending introduced by 以下是 names no occasion
        "以下是出席会议人员名单：王某、李某。",
        # NEGATIVE: an association's anniversary celebration is no meeting (§3: no ceremony noun)
        "江城商会成立30周年庆祝活动在国际酒店举行。",
    ],
)
def test_no_occasion_read(extract, body):
    assert extract(page(body))["meetings"] == []


def test_association_congress_keeps_its_body(extract):
    # NEGATIVE: an association's own congress keeps the body in its name (§3 eleventh round), not a prefix split
    names = [n for n, _, _ in held(extract(page("江城市摄影家协会第五次会员代表大会5月6日在市文化馆举行。")))]
    assert names[:1] and "协会" in names[0]


@pytest.mark.parametrize(
    ("head", "org"),
    [
        ("在江城大学2025届毕业典礼上的致辞", "江城大学"),
        ("在江城师范学院2025届毕业典礼上的讲话", "江城师范学院"),
        # NEGATIVE: a scope word before the name is no holder
        ("在全市2025届毕业典礼上的讲话", None),
    ],
)
def test_school_in_speech_headline_holds_body_ceremony(extract, head, org):
    text = (f"{head}\n校长　陈某某\n（2025年6月20日）\n\n尊敬的各位来宾，亲爱的同学们：\n"
            "今天，我们在这里隆重举行2025届毕业典礼，共同见证同学们完成学业。祝同学们前程似锦！\n")
    assert [o for _, _, o in held(extract(text))][:1] == [org]


@pytest.mark.parametrize(
    ("body", "amounts"),
    [
        ("今年共有十二个教师团队获奖。按计划规定，每个获奖团队可获奖金15万元，用于推动教学发展。", []),
        ("按照有关规定，每个先进集体可获奖励5万元。", []),
        ("按规定，每个获奖单位可获得奖金2万元。", []),
        # NEGATIVE: the money told as handed over under the rule
        ("已按规定为每个获奖团队发放奖金15万元。", [150000.0]),
        # NEGATIVE: no rule word: a body's own reward announced to the winners named
        ("市政府为12个获奖团队每个团队颁发奖金15万元。", [150000.0]),
        # NEGATIVE: a per-head rule reading unchanged
        ("按照规定，市总工会还将给予每人5000元奖励。", []),
    ],
)
def test_per_team_share_by_rule(extract, body, amounts):
    assert [a for a, _, _ in grants(extract(page(body)))] == amounts
