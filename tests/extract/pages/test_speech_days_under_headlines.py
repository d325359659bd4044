"""Meeting dates as web and wire copy writes them.

Found on invented pages (speech transcripts, holiday gatherings):
- a bare bracketed date right under a speech headline (在…大会上的讲话 / （2024年2月18日）) is the day the speech was
  given, not the page's issue: a labelled stamp elsewhere on the page (发布时间：… in the footer) is the publication date
  (GUIDELINES §2), the bracket only when the page has none; relative days inside the speech (今天) are the speech's
  day (§3 date);
- the byline under such a headline (市委书记 张立群) names the speaker also with the dated line between (§3 speech
  title, §4);
- a quoted remark on how the holiday or the event went (今年的元宵节过得特别热闹) is a reaction, no role (§4: people
  whose reactions are quoted);
- 中华民国113年5月20日上午9时在议会大礼堂 read the date from 民国 only and left 中华 in the venue (§3 date, location);
- a meeting told in a dated attribute (§3 ninth round) was missed when its day was relative (上月28日召开的, 昨天召开的)
  or when the decision came after 根据 (根据6月3日召开的…会议决定, like 经…研究); 根据…会议部署/精神 stays a source;
- 小年当天 took the day of the meeting told before; 小年 and the solar terms move, so they date nothing (§3 thirteenth
  round).
"""

from __future__ import annotations

import pytest

from tests.extract.views import speakers

# (headline, post and name, footer stamp, expected published, expected meeting date)
_SPEECHES = [
    ("在全市优化营商环境大会上的讲话", "市委书记　张立群", "发布时间：2024-02-21　　编辑：江涛",
     "2024-02-21", "2024-02-18", "张立群", "讲话"),
    ("在全县三级干部大会上的讲话", "县委书记 王海东", "发布日期：2024年2月22日",
     "2024-02-22", "2024-02-18", "王海东", "讲话"),
    ("在2024年全区教育工作会议上的讲话", "区长　陈晓明", "来源：区政府办　发布时间：2024-02-25 09:30",
     "2024-02-25", "2024-02-18", "陈晓明", "讲话"),
    ("在全市科技创新大会上的致辞", "市长 刘建华", "发布时间：2024-03-01",
     "2024-03-01", "2024-02-18", "刘建华", "致辞"),
]


def _speech(headline: str, byline: str, footer: str) -> str:
    return (f"领导讲话\n{headline}\n（2024年2月18日）\n{byline}\n同志们：\n"
            f"今天，我们召开{headline[1:headline.rindex('上的')]}，主要任务是总结去年工作，部署今年任务。下面，我讲三点意见。\n"
            "一、充分肯定去年取得的成绩。\n二、准确把握今年的目标任务。\n三、切实加强组织领导。\n"
            f"{footer}\n")


@pytest.mark.parametrize(("headline", "byline", "footer", "published", "day", "name", "role"), _SPEECHES)
def test_speech_day_under_headline(extract, headline, byline, footer, published, day, name, role):
    record = extract(_speech(headline, byline, footer))
    assert record["published"][:10] == published
    assert [m["date"] for m in record["meetings"]] == [day]
    assert speakers(record)[name][1] == (role,)


def test_speech_day_alone_is_published(extract):
    # No labelled stamp anywhere: the bracketed date under the headline is the only date the page shows.
    record = extract(_speech("在全市优化营商环境大会上的讲话", "市委书记　张立群", "编辑：江涛"))
    assert record["published"][:10] == "2024-02-18"
    assert [m["date"] for m in record["meetings"]] == ["2024-02-18"]


@pytest.mark.parametrize("text", [
    # A wire dateline in brackets is the page's own date line, not a speech's day.
    "县委召开全会\n（2024年2月18日电）\n昨天，县委召开全会。县委书记王海东主持会议并讲话。\n发布时间：2024-02-21\n",
    # A bracketed date under an ordinary headline (no speech title) keeps its old reading.
    "县委召开全会\n（2024年2月18日）\n昨天，县委召开全会。县委书记王海东主持会议并讲话。\n",
])
def test_bracket_not_a_speech_day(extract, text):
    record = extract(text)
    assert record["published"][:10] == "2024-02-18"
    assert [m["date"] for m in record["meetings"]] == ["2024-02-17"]


@pytest.mark.parametrize("sentence", [
    "社区老党员李德胜说，今年的元宵节过得特别热闹。",
    "居民李德胜说，这个春节过得格外温暖。",
    "村民李德胜说，今年这个年过得很开心。",
    "志愿者李德胜表示，这次活动过得很充实。",
])
def test_holiday_reaction_no_role(extract_with_model, sentence):
    text = ("2月24日晚，和平社区在社区活动中心举办元宵茶话会，社区党委书记周美玲主持并致辞。"
            f"活动中，居民们猜灯谜、包汤圆。{sentence}")
    found = speakers(extract_with_model(text, published="2024-02-25"))
    assert "李德胜" not in found
    assert "周美玲" in found


@pytest.mark.parametrize("sentence", [
    # Remarks on the work, not on how the holiday went: the one quoted keeps the role.
    "社区老党员李德胜说，要把邻里互助的好传统传下去。",
    "居民李德胜说，希望社区多组织这样的活动。",
    "社区党委副书记李德胜说，今年要办好十件民生实事。",
    "李德胜在发言中说，过去一年社区工作成效明显。",
])
def test_remarks_keep_role(extract_with_model, sentence):
    text = f"2月24日上午，和平社区召开居民代表座谈会，社区党委书记周美玲主持。会上，{sentence}"
    found = speakers(extract_with_model(text, published="2024-02-25"))
    assert found["李德胜"][1]


# Meetings (GUIDELINES §3 date): a Republic-of-China date read whole with 中华民国, so the venue after it stays clean.
@pytest.mark.parametrize(("sentence", "day", "venue"), [
    ("宜兰县议会第20届第5次定期会于中华民国113年5月20日上午9时在议会大礼堂开幕，议长张胜德主持开幕式。", "2024-05-20", "议会大礼堂"),
    ("县议会临时会于中华民国113年6月3日下午在第二会议室召开，议长主持会议。", "2024-06-03", "第二会议室"),
    ("县议会临时会于民国113年6月3日下午在第二会议室召开，议长主持会议。", "2024-06-03", "第二会议室"),
    ("县议会临时会于113年6月3日下午在第二会议室召开，议长主持会议。", "2024-06-03", "第二会议室"),
])
def test_roc_date_before_venue(extract, sentence, day, venue):
    meetings = extract(sentence, published="2024-06-05")["meetings"]
    assert [(m["date"], m["location"]) for m in meetings][:1] == [(day, venue)]


_LEAD = "日前，青山镇召开农村人居环境整治推进会，镇长许文静主持会议。"


# A meeting told in a dated attribute is held that day (§3 ninth round), the day also written relative to the page's.
@pytest.mark.parametrize(("sentence", "name", "day"), [
    ("会议听取了关于上月28日召开的全市防汛工作视频调度会议落实情况的汇报。", "全市防汛工作视频调度会议", "2024-05-28"),
    ("据了解，上月28日召开的县政府常务会议决定，安排专项资金60万元。", "县政府常务会议", "2024-05-28"),
    ("经本月3日召开的县政府常务会议研究，安排专项资金60万元。", "县政府常务会议", "2024-06-03"),
    ("经昨天召开的县政府常务会议研究，安排专项资金60万元。", "县政府常务会议", "2024-06-11"),
    ("据了解，根据6月3日召开的县政府常务会议决定，镇财政安排专项资金60万元。", "县政府常务会议", "2024-06-03"),
    ("根据上月28日召开的县委常委会会议研究，同意追加资金50万元。", "县委常委会会议", "2024-05-28"),
])
def test_dated_attribute_relative_day(extract, sentence, name, day):
    meetings = extract(_LEAD + sentence, published="2024-06-12")["meetings"]
    assert (name, day) in [(m["name"], m["date"]) for m in meetings]


@pytest.mark.parametrize("sentence", [
    # The source of a plan or of spirit relayed: no meeting held here (§3).
    "根据6月3日召开的县政府常务会议部署，各村要抓好落实。",
    "根据昨天召开的县政府常务会议精神，各村要抓好落实。",
    "按照上月28日召开的全县现场会要求，各村要补齐短板。",
    "会议传达了上月28日召开的全市防汛工作会议精神。",
])
def test_dated_attribute_source_no_meeting(extract, sentence):
    meetings = extract(_LEAD + sentence, published="2024-06-12")["meetings"]
    assert [m["name"] for m in meetings] == ["农村人居环境整治推进会"]


# 小年 and the solar terms move (§3 thirteenth round): 小年当天 dates nothing, not even with the day just told.
@pytest.mark.parametrize("sentence", [
    "此前，小年当天，社区还召开了困难群众慰问座谈会。",
    "小年当天，社区还召开了困难群众慰问座谈会。",
    "此前，冬至当日，社区还举行了敬老座谈会。",
])
def test_moving_day_same_day(extract, sentence):
    text = "2月24日晚，和平社区在社区活动中心举办元宵茶话会，社区党委书记周美玲主持。" + sentence
    meetings = extract(text, published="2024-02-25")["meetings"]
    assert meetings[0]["date"] == "2024-02-24"
    assert len(meetings) == 2
    assert meetings[1]["date"] is None


@pytest.mark.parametrize(("sentence", "day"), [
    # 当天 after no day name, or after a festival the calendar fixes, keeps its reading.
    ("当天，社区还召开了困难群众慰问座谈会。", "2024-02-24"),
    ("此前，元宵节当天，社区还召开了困难群众慰问座谈会。", "2024-02-24"),
    ("同日，社区还召开了困难群众慰问座谈会。", "2024-02-24"),
])
def test_same_day_kept(extract, sentence, day):
    text = "2月24日晚，和平社区在社区活动中心举办元宵茶话会，社区党委书记周美玲主持。" + sentence
    meetings = extract(text, published="2024-02-25")["meetings"]
    assert [m["date"] for m in meetings] == ["2024-02-24", day]
