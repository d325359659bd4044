"""Page furniture of scraped whole pages read as records: a related box under
a header the lexicon did not know (热点资讯, 最新动态, 点击排行, 为您推荐 …) whose items are dated one-sentence
summaries, after the body or above the headline; readers' comments under a bare label (评论, 评论（2）, 留言,
我来说两句); the links to the neighbouring posts glued after the last paragraph (…参加会议。上一篇：… 下一篇：…).
GUIDELINES §1: nothing in related lists, comment boxes or 上一篇/下一篇 links produces a record.  The sentences
are invented; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, speakers

HEAD = "区委召开全面深化改革委员会会议\n2024-05-10 来源：区委办\n"
BODY = (
    "5月9日，区委召开全面深化改革委员会第五次会议，区委书记顾明主持会议并讲话。"
    "会议审议了《关于深化国资国企改革的实施方案》等文件。\n区委深改委委员参加会议。\n"
)
OWN = [("全面深化改革委员会第五次会议", "2024-05-09", "区委")]
OWN_SPEAKERS = {"顾明": ("区委书记", ("主持", "讲话"))}
SUMMARIES = "5月6日，区委召开常委会会议，表彰30名“优秀组织工作者”。\n5月5日，区政府与某集团签约，投资20亿元。\n"


@pytest.mark.parametrize(
    "header", ["热点资讯", "最新动态", "点击排行", "为您推荐", "大家都在看", "相关内容", "本站推荐", "新闻推荐", "推荐文章", "相关资讯"]
)
def test_a_box_of_summaries_after_the_body_yields_nothing(extract, header: str) -> None:
    record = extract(HEAD + BODY + header + "\n" + SUMMARIES)
    assert held(record) == OWN
    assert honours(record) == []
    assert grants(record) == []


@pytest.mark.parametrize(
    "comments",
    [
        "评论\n网友李明：区里去年投入500万元改造老旧小区，效果很好！\n",
        "评论（2）\n江南小雨 2024-05-10：希望区里能拨款300万元修建公园。\n老王 2024-05-11：支持改革！\n",
        "留言\n用户8831：我们小区得了“文明小区”称号，区里奖励了10万元。\n",
        "跟帖 12条\n街坊：听说今年要拿出2亿元改造老街。\n",
        "我来说两句\n回复 @老张：顾书记在会上说今年投入2亿元，值得期待。\n",
    ],
)
def test_comments_under_a_bare_label_yield_nothing(extract, comments: str) -> None:
    record = extract(HEAD + BODY + comments)
    assert held(record) == OWN
    assert speakers(record) == OWN_SPEAKERS
    assert grants(record) == []


@pytest.mark.parametrize(
    "links",
    [
        "上一篇：区委召开全区表彰大会 表彰先进个人50名",
        " 【上一篇】区财政下达改革专项资金3000万元 【下一篇】区委表彰20名优秀党员",
        " 上一篇：锦江区召开纪检监察工作会议 表彰15名“优秀纪检监察干部” 下一篇：锦江区下达廉政教育基地建设资金800万元",
        "上一条：区委召开全区表彰大会 表彰先进个人50名 下一条：区财政下达改革专项资金3000万元",
    ],
)
def test_links_glued_after_the_last_paragraph_yield_nothing(extract, links: str) -> None:
    record = extract(HEAD + BODY.rstrip("\n") + links + "\n")
    assert held(record) == OWN
    assert speakers(record) == OWN_SPEAKERS
    assert honours(record) == []
    assert grants(record) == []


def test_the_paragraph_before_glued_links_keeps_its_facts(extract) -> None:
    text = HEAD + BODY + "会议表彰了改革先进单位10个。 上一篇：区财政下达改革专项资金3000万元\n"
    record = extract(text)
    assert honours(record) == [("改革先进单位", 10, "个", "organization")]
    assert grants(record) == []


@pytest.mark.parametrize("header", ["最新动态", "热点资讯", "相关新闻"])
def test_a_box_of_summaries_above_the_headline_yields_nothing(extract, header: str) -> None:
    text = header + "\n5月8日，区政府召开常务会议，研究部署安全生产工作。\n5月7日，区人大常委会召开第十八次会议，任命干部5名。\n" \
        + HEAD + BODY.replace("区委深改委委员参加会议。", "区委深改委委员共30人参加会议。")
    record = extract(text)
    assert record["title"] == "区委召开全面深化改革委员会会议"
    assert held(record) == OWN
    assert record["meetings"][0]["attendee_count"] == 30


# Near misses that must not change.


def test_a_sentence_naming_an_earlier_article_is_no_link(extract) -> None:
    text = HEAD + BODY + "会议表彰了改革先进单位10个。上一篇报道中提到的改革试点已全部完成。\n"
    assert honours(extract(text)) == [("改革先进单位", 10, "个", "organization")]


@pytest.mark.parametrize("prompt", ["点击关注，获取更多资讯", "点击关注，获取最新动态"])
def test_a_follow_prompt_inside_the_body_ends_nothing(extract, prompt: str) -> None:
    text = HEAD + BODY.replace("\n区委", "\n" + prompt + "\n会议表彰了改革先进单位10个。\n区委")
    assert honours(extract(text)) == [("改革先进单位", 10, "个", "organization")]


def test_a_comment_word_inside_a_paragraph_is_body(extract) -> None:
    text = HEAD + BODY + "评论\n会上，区委书记顾明通报了网友留言办理情况，区财政安排改革专项资金300万元。\n"
    record = extract(text)
    assert grants(record) == [(3000000.0, "CNY", "改革专项资金")]


def test_a_label_under_the_page_date_line_is_no_sidebar(extract) -> None:
    # (the article's own label and paragraphs below its date line: the body is read as before)
    text = "区委召开全面深化改革委员会会议\n2024-05-10 来源：区委办\n最新动态\n" + BODY
    record = extract(text)
    assert held(record) == OWN
    assert speakers(record) == OWN_SPEAKERS


def test_a_known_header_box_inside_the_body_still_resumes(extract) -> None:
    text = HEAD + "5月9日，区委召开全面深化改革委员会第五次会议，区委书记顾明主持会议并讲话。\n相关阅读\n区财政下达改革专项资金3000万元\n" \
        "会议审议了《关于深化国资国企改革的实施方案》等文件，表彰改革先进单位10个。\n"
    record = extract(text)
    assert honours(record) == [("改革先进单位", 10, "个", "organization")]
    assert grants(record) == []
