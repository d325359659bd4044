"""People's Daily-style reports of talks, commendations and features (GUIDELINES §4 and §11): a remark the
text dates to a past occasion with 曾 right before the verb (`…去年视察部队时曾说`) or a relative day and a place of its
own (`…日前在东京说`) is no remark at the meeting reported (§4 sixteenth round, people merely mentioned); a decision with
the honoured written inside it read out (`宣布了表彰…的决定`) is 宣读 (§4 table); an honour conferred by a named
province or city before a title (`北京市劳动模范、…售货员`) and a feature subtitle's `——记` are no part of the title, and
service occupations (`护林员`, `售货员`) and the foreign-ministry post `帮办` are titles (§4 eighth and fourteenth
rounds); one group counted straight after `出席…的有` is the attendee count (§3); a `…年度` prize-giving early in a year
reviews the year before (§3, §11).  Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def _daily(body: str) -> str:
    """A newspaper article with no publication date (§11): a headline and a dateline body."""
    return f"标题\n{body}\n"


# §4: remarks told as made before, on another occasion (曾), are relayed, not made at the meeting reported.
@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("总后勤部今天召开表彰大会，部长王克主持大会。张万年去年视察总后部队时曾说，打得赢首先要供得上。", "张万年", None),
        ("市委召开座谈会。老书记李大山前年曾指出，发展是第一要务。", "李大山", None),
        ("县政府召开防汛会议。县长刘明在检查堤防期间曾强调，要严防死守。", "刘明", None),
        # near miss: remarks at the meeting itself keep the role
        ("县政府召开防汛会议。县长刘明在会上强调，要严防死守。", "刘明", ("县长", ("讲话",))),
        ("市委召开座谈会。市委书记陈强在讲话时说，发展是第一要务。", "陈强", ("市委书记", ("讲话",))),
    ],
)
def test_remark_made_on_an_earlier_occasion(extract, body: str, name: str, expected) -> None:
    assert speakers(extract(page(body))).get(name) == expected


# §4 sixteenth round: a remark dated with a day of its own is a statement of that day, no role at the meeting reported;
# a relative day with a place elsewhere is dated and placed the same way.
@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("外交部发言人沈国放今天在例行记者招待会上说，中方重视中日关系。日本外相小渊惠三日前在东京说，日方重视发展日中关系。",
         "小渊惠三", None),
        ("外交部发言人沈国放今天在例行记者招待会上说，中方欢迎这一表态。美国国务卿奥尔布赖特近日在华盛顿表示，美方愿意合作。",
         "奥尔布赖特", None),
        ("外交部发言人沈国放今天在例行记者招待会上说，中方欢迎这一表态。外交部长唐振华日前在上海表示，中方愿意合作。",
         "唐振华", None),
        # near miss: one who first speaks at the press conference keeps the role, a dated remark elsewhere after it
        ("外交部发言人沈国放今天在例行记者招待会上说，中方欢迎这一表态。沈国放日前在广州也表示，中方愿意合作。",
         "沈国放", ("外交部发言人", ("讲话",))),
        # near miss: a remark told with no day of its own at the reported talks
        ("外交部长唐振华今天同挪威外交大臣举行会谈。唐振华在会谈中表示，中方愿意合作。", "唐振华", ("外交部长", ("讲话",))),
    ],
)
def test_remark_dated_elsewhere(extract, body: str, name: str, expected) -> None:
    assert speakers(extract(page(body))).get(name) == expected


# §4 table: `宣布了…关于…的决定` (a decision read out) is 宣读; announcing a measure decided stays 讲话.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("人民日报社召开通讯员座谈会。副总编辑何远山宣布了表彰优秀通讯员的决定。", ("副总编辑", ("宣读",))),
        ("市政府召开表彰大会。副市长何远山宣布了奖励先进企业的决定。", ("副市长", ("宣读",))),
        ("县委召开大会。县委副书记何远山宣布了嘉奖抗洪模范集体的命令。", ("县委副书记", ("宣读",))),
        # near miss: the decision's content announced after a comma is a measure: 讲话
        ("市政府召开座谈会。副市长何远山宣布，市政府决定表彰先进企业。", ("副市长", ("讲话",))),
        # near miss: an opening declared is 讲话
        ("市政府召开表彰大会。副市长何远山宣布表彰大会开幕。", ("副市长", ("讲话",))),
    ],
)
def test_decision_with_its_honoured_read_out(extract, body: str, expected) -> None:
    assert speakers(extract(page(body))).get("何远山") == expected


# §4: honours are no titles (a named province or city conferring one as 省/市 do); occupations are (eighth round).
@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("全总召开座谈会。北京市劳动模范、北京百货大楼售货员赵淑芬在座谈会上发言。", "赵淑芬", "北京百货大楼售货员"),
        ("全总召开座谈会。河北省三八红旗手、石家庄市第一医院护士长王芳在座谈会上发言。", "王芳", "石家庄市第一医院护士长"),
        ("县委召开林业工作会议。护林员王德林在会上介绍了护林的做法。", "王德林", "护林员"),
        ("使馆举行招待会。美国助理国务卿帮办谢淑丽在致辞中说，两国关系重要。", "谢淑丽", "美国助理国务卿帮办"),
        # near miss: a body named after the honour is a post, kept whole
        ("全总召开座谈会。北京市劳动模范评选委员会主任赵淑芬在座谈会上发言。", "赵淑芬", "北京市劳动模范评选委员会主任"),
        # near miss: an honour alone before the name gives no title
        ("全总召开座谈会。北京市劳动模范赵淑芬在座谈会上发言。", "赵淑芬", None),
    ],
)
def test_honour_before_an_occupation(extract, body: str, name: str, title) -> None:
    found = speakers(extract(page(body))).get(name)
    assert found is not None and found[0] == title


def test_topic_verb_before_an_occupation(extract) -> None:
    text = page("在伏牛山深处，提起护林员王德林，几乎无人不知。县委召开林业工作会议，王德林在会上介绍了护林的做法。")
    assert speakers(extract(text)).get("王德林") == ("护林员", ("讲话",))


def test_feature_subtitle_lead_before_an_honour(extract) -> None:
    text = "三十年守护山林\n——记全国劳动模范、护林员王德林\n本报讯县委召开全县林业工作会议，王德林在会上介绍了护林的做法。\n"
    assert speakers(extract(text)).get("王德林") == ("护林员", ("讲话",))


# §3: one group counted right after `出席…的有` is the attendee count; several groups add up (eighteenth round).
@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("全国总工会今天召开迎春座谈会。出席座谈会的有在京全国劳动模范一百二十余人。", 120),
        ("县政协今天召开常委会议。出席会议的有政协常委三十五人。", 35),
        # several groups: their sum
        ("省委今天召开全体会议。出席会议的有委员七十八人，候补委员十二人。", 90),
        # near miss: a count of those sitting in only is no count of those present
        ("省委今天召开全体会议。出席会议的有委员七十八人，列席十二人。", 78),
    ],
)
def test_one_group_counted_present(extract, body: str, count: int) -> None:
    assert extract(page(body))["meetings"][0]["attendee_count"] == count


# §3, §11: work of a year written with 年度 and reviewed by a prize-giving early in the next year dates it in that year.
@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("本报北京１月１５日讯１９９７年度国家科学技术奖励大会今天上午在人民大会堂举行。", "1998-01-15"),
        ("本报上海２月２０日讯１９９７年度上海市科技进步奖颁奖大会今天举行。", "1998-02-20"),
        # near miss: late in the year the 年度 prize-giving is that year's
        ("本报北京１２月１５日讯１９９７年度全国优秀图书奖颁奖大会今天在京举行。", "1997-12-15"),
    ],
)
def test_yearly_prize_giving_early_in_the_next_year(extract, body: str, date: str) -> None:
    assert extract(_daily(body))["meetings"][0]["date"] == date
