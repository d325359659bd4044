"""Meetings told that were never held as one meeting, on newspaper text: meetings told that were never held as one meeting (GUIDELINES §3).

Classes: a fair or carnival whose name ends in 会 (嘉年华会, 赶集大会: §3 "Not meetings either: exhibitions, trade fairs,
shows, festivals"); talks planned in a clause before that opens on 定于/将于 and goes on 同…举行会谈 (§3 planned or
future events); a habit told with 每年都 in the clause before the verb of holding (§3 habitual ones); a lawyer's visit
to a suspect or a call a provision prescribes or allows (应当…安排会见; §3 "that the article reports as having taken
place", meetings wished for or proposed); one body and 各… that 都 held the same kind of event (§3 eleventh round: a
series held by several bodies). Dates: a span of days in Chinese numerals right after the name (…会议十九日至二十日在…举行)
has its first day as date (§3 seventeenth round); the year of an event told held this month (…1998年年会将于本月29日)
is a year the text makes certain (§11). Missed: two calls receiving other guests, told in two glued items or on two days,
are two records (§3 each meeting held is its own record; §11 each item's records count). Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a carnival or a job fair told as a market day, no meeting
    ("江城市文化局今天在滨江公园等5个地区举办“欢乐迎新春”嘉年华会。", []),
    ("南江区体育局昨天在中心广场举行“健康新年”嘉年华会。", []),
    ("江城市劳动局今天在青少年宫举办“第三次再就业赶集大会”。", []),
    ("在赶集会现场，副市长王强说，再就业是项系统工程。", []),
    ("北江县今天举办春季人才赶集会。", []),
    # near miss: a meeting of the same bodies, held
    ("江城市文化局今天在滨江公园举行迎新春座谈会。", ["迎新春座谈会"]),
    ("江城市劳动局今天召开再就业工作会议。", ["再就业工作会议"]),
])
def test_fair_ending_in_hui(extract, body, expected):
    assert _names(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: the plan in the clause before, the talks with a party after
    ("总理府三日晚宣布，总理定于五月二十日赴东京，同日本首相就双边关系问题举行会谈。", []),
    ("外交部宣布，外长将于下月十日访问开罗，与埃及外长就地区局势举行会谈。", []),
    ("总统府宣布，总统定于6月3日前往柏林，跟德国总理举行会谈。", []),
    ("据悉，国防部长拟于本月底访华，同中方就军事合作举行会谈。", []),
    # near miss: the talks told held, the arrival done
    ("总理五月二十日抵达东京，同日本首相就双边关系问题举行了会谈。", ["会谈"]),
    ("外长今天抵达开罗，同时举行记者招待会。", ["记者招待会"]),
])
def test_planned_talks_with_party(extract, body, expected):
    assert _names(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a habit word with 都 in the clause before
    ("各级党委每年都把廉政工作列为重要议程，召开部署廉政工作的会议。", []),
    ("各区政府每季度都对安全生产进行检查，召开安全形势分析会。", []),
    ("各学校每月都安排家访，举行家长座谈会。", []),
    ("县委定期都听取汇报，召开专题会议。", []),
    # near miss: no habit, one meeting held
    ("县委今天听取了廉政工作汇报，召开部署廉政工作的会议。", ["部署廉政工作的会议"]),
    ("县委每年都重视廉政工作。今天，县委召开廉政工作会议。", ["廉政工作会议"]),
])
def test_habit_in_clause_before(extract, body, expected):
    assert _names(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a provision on lawyers meeting suspects, or a call asked for
    ("律师提出会见犯罪嫌疑人的，应当在四十八小时内安排会见。", []),
    ("辩护人会见在押的犯罪嫌疑人时，检察院不派员在场。", []),
    ("辩护律师可以到法院查阅材料，同被告人会见、通信。", []),
    ("律师会见了在押的被告人。", []),
    ("该国总统申请会见联合国秘书长。", []),
    # near miss: a call held by an official
    ("市长王强今天在市政府会见了江城大学代表团一行。", ["会见"]),
    ("外长昨天会见了来访的法国外长。", ["会见"]),
])
def test_call_in_provision(extract, body, expected):
    assert _names(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: one body and 各… that each held, no day
    ("我驻法使馆和各领事馆都已举行了盛大庆祝招待会。", []),
    ("市政府和各区政府都举行了新春团拜会。", []),
    ("省总工会和各市总工会分别召开了表彰大会。", []),
    ("县委和各乡镇党委均已召开民主生活会。", []),
    # near miss: one body holding, or bodies joined without 各
    ("我驻法使馆今天举行了盛大庆祝招待会。", ["盛大庆祝招待会"]),
    ("市政府和市政协今天举行了新春团拜会。", ["新春团拜会"]),
])
def test_each_body_held(extract, body, expected):
    assert _names(extract(page(body))) == expected


def _article(*paragraphs: str) -> str:
    """A newspaper article: a headline and its paragraphs, no publication date (GUIDELINES §11)."""
    return "标题\n" + "\n".join(paragraphs) + "\n"


def _dates(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["date"], m["date_text"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a span of days in Chinese numerals right after the name, its first day the date (§3 seventeenth round)
    (page("江海理事会第五次外长会议十九日至二十日在北岛举行。"),
     [("江海理事会第五次外长会议", "2024-04-19", "十九日至二十日")]),
    (page("江城市人大常委会第三次会议八日至十日在江城举行。"),
     [("江城市人大常委会第三次会议", "2024-05-08", "八日至十日")]),
    (page("国际研讨会二十八日至三十日在江城召开。"), [("国际研讨会", "2024-04-28", "二十八日至三十日")]),
    (page("峰会二十九日至三十一日在南江举行。"), [("峰会", "2024-04-29", "二十九日至三十一日")]),
    # near miss: one day, kept as it was read
    (page("国际研讨会二十八日在江城召开。"), [("国际研讨会", "2024-04-28", "二十八日")]),
    (page("研讨会将于二十八日至三十日在江城召开。"), []),
])
def test_chinese_span_of_days(extract, body, expected):
    assert _dates(extract(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: the year of an event held this month (§11: a year the text makes certain)
    (_article("新华社日内瓦1月20日电 江海论坛主席王明20日在这里宣布，江海论坛1998年年会将于本月29日在南山举行。",
              "王明在日内瓦举行的记者招待会上说，议题很多。"), [("记者招待会", "1998-01-20", "20日")]),
    (_article("新华社巴黎3月5日电 江海组织2001年春季大会定于本月20日开幕。",
              "秘书长李华5日在记者招待会上说，筹备顺利。"), [("记者招待会", "2001-03-05", "5日")]),
    (_article("新华社东京6月2日电 江海协会宣布，2003年会员大会拟于本月28日举行。",
              "会长王明2日在记者招待会上介绍了大会的议程。"), [("记者招待会", "2003-06-02", "2日")]),
    # near miss: an event this month with no year written: no year
    (_article("新华社日内瓦1月20日电 江海论坛将于本月29日在南山举行年会。",
              "王明20日在日内瓦举行的记者招待会上说，议题很多。"), [("记者招待会", None, "20日")]),
    (_article("新华社巴黎3月5日电 江海组织的春季大会定于本月20日开幕。",
              "秘书长李华5日在记者招待会上说，筹备顺利。"), [("记者招待会", None, "5日")]),
])
def test_year_of_event_this_month(extract, body, expected):
    assert _dates(extract(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: two visitors received in two glued items, or on two days told (§3 each meeting held is its own record;
    # §11 each item's records count)
    (_article("新华社北京5月7日电 国家主席王强今天在中南海会见了江国某公司董事长李文一行。",
              "新华社北京5月7日电 国家主席王强今天在中南海会见了江国某集团董事长克鲁吉。"), ["会见", "会见"]),
    (_article("新华社北京5月7日电 总理李明今天在人民大会堂会见了江国外长王某一行。",
              "新华社北京5月7日电 总理李明今天在人民大会堂会见了南国议长陈某一行。"), ["会见", "会见"]),
    (_article("新华社华盛顿1月23日电 本月20日，总统王某在白宫会见江国总理李某。22日，他又在白宫会见了南国主席陈某。"),
     ["会见", "会见"]),
    # near miss: the same call told again in one item (headline and body, or as where remarks were made)
    (_article("新华社北京5月7日电 5月7日，国家主席王强在人民大会堂会见全国劳动模范代表。",
              "王强今天在会见劳动模范代表时强调，任务很重。"), ["会见"]),
    (page("市长王强今天在市政府会见了江城大学代表团一行。市长王强今天在市政府会见江城大学代表团时说，合作很重要。"),
     ["会见"]),
    (page("市长王强今天会见了江城大学代表团一行。王强在会见中说，欢迎代表团。"), ["会见"]),
    (page("总理李明今天会见了江国外长王某一行。发言人是在新闻发布会上谈到总统当天会见南国议长陈某时作这一表示的。"),
     ["会见", "新闻发布会"]),
])
def test_two_calls_two_guests(extract, body, expected):
    assert _names(extract(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a later glued item tells a briefing or press conference as where its spokesman spoke (§3 a meeting
    # referred to; §11 each item's records count)
    (_article("新华社开罗1月5日电 江盟秘书长王明5日在会见南国前外长李华时重申，各方应坚持和平。",
              "据新华社华盛顿1月5日电 白宫发言人陈某5日在这里表示，局势不会改变。发言人赵某当天在吹风会上也认为，进程将继续。"),
     ["会见", "吹风会"]),
    (_article("新华社开罗1月5日电 江盟秘书长王明5日在会见南国前外长李华时重申，各方应坚持和平。",
              "据新华社巴黎1月5日电 外交部发言人赵某当天在记者招待会上说，法国支持和平进程。"),
     ["会见", "记者招待会"]),
    (_article("新华社开罗1月5日电 江盟秘书长王明5日在会见南国前外长李华时重申，各方应坚持和平。",
              "据新华社东京1月5日电 外务省发言人赵某5日在新闻发布会上表示，日本支持和平进程。"),
     ["会见", "新闻发布会"]),
    # near miss: a later item with no meeting noun, or the same item's remarks
    (_article("新华社开罗1月5日电 江盟秘书长王明5日在会见南国前外长李华时重申，各方应坚持和平。",
              "据新华社华盛顿1月5日电 白宫发言人陈某5日在这里表示，局势不会改变。"),
     ["会见"]),
])
def test_briefing_in_later_item(extract, body, expected):
    assert _names(extract(body)) == expected
