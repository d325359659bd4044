"""Real news pages (the gne test pages, GUIDELINES §10), tuning part: shapes found and fixed.

- A plenum named only as the subject of 审议通过了《…决定》, with no day, on a page that relays its 精神 to be
  implemented (贯彻落实…全会精神), is only the source of the document studied: no meeting (§3, not meetings: the
  source of a document being studied). Dated, or with no 精神 relayed, it is read as before.
- A second mention of the meeting on its day, with the organizer as its subject, whose first mention wrote the
  organizer's short name before the name (苹果2019秋季发布会 … 苹果公司于…举办秋季新品发布会), is the same meeting:
  it gives the organizer and the venue the first one left out (§3, organizer and location).
- A venue after a time zone and the small hours (于北京时间…凌晨0点30分在…) is read without them, and the
  organizer without 于凌晨; an owner's pronoun before a named hall (在其总部的剧院) leaves the hall (§3 location).
- A titled talk praised (带来了《…》的精彩分享) is still a titled talk: 作报告 (§4 作专题讲座 = 作报告).
- A short article (a gallery's one caption) above a comment list: one comment's text sat in an element whose class
  says content (``<div id="comment">…<li><div class="c-content">``), the hint's bonus outscored the real text, and
  a reader's comment became the body (§10: comments yield nothing). An element inside a container named only as
  furniture (comment, share bar: a drop hint and no content hint) gets no bonus from its own content hint; its text
  still counts, so an article wrapped in ``js_img_share_area`` or ``common-detail-page-printer`` is still the body.
- A gallery page shows its date only as a bare date-and-time line under the caption (``2024-05-08 10:20:33``):
  ``published`` was null. Such a stamp a few lines under the body, outside furniture, now dates the page after
  every sure place and the metadata (§2, §10: a date the reader sees). A bare day without a clock (a signed
  notice's day), a labelled event time, a comment's time or a stamp far below the body does not.
"""

from __future__ import annotations

import pytest

from pipeline.html import html_to_text
from tests.extract.views import page, speakers

# (body, expected (name, organizer, location) of each meeting)
PLENUM_SOURCE = [
    # the plenum only the source of the decision whose spirit the page relays: no meeting
    ("全会审议", "党的十九届六中全会审议通过了《中共中央关于若干重大问题的决定》，作出重大部署。"
     "各级党组织要认真学习贯彻十九届六中全会精神。", []),
    ("落实精神", "县委十四届七次全会审议通过了《中共某县委关于加强基层治理的决定》。"
     "全县上下要贯彻落实县委十四届七次全会精神，推动各项工作。", []),
    ("领会精神", "十九届六中全会通过了《中共中央关于若干重大问题的决定》。"
     "文章要求，要深入领会十九届六中全会精神。", []),
]
PLENUM_HELD = [
    # NEGATIVE: dated, the plenum is reported as acting on its day
    ("有日期", "10月31日，县委十四届七次全会审议通过了《中共某县委关于加强基层治理的决定》。"
     "各部门要贯彻落实县委十四届七次全会精神。", ["县委十四届七次全会"]),
    # NEGATIVE: no 精神 relayed anywhere on the page
    ("无精神", "党的十九届六中全会审议通过了《中共中央关于若干重大问题的决定》。全会精神博大精深。",
     ["十九届六中全会"]),
    # NEGATIVE: 精神 without a verb of relaying before the name
    ("无传达", "党的十九届六中全会审议通过了《中共中央关于若干重大问题的决定》。十九届六中全会精神博大精深。",
     ["十九届六中全会"]),
]


@pytest.mark.parametrize(("label", "body", "names"), PLENUM_SOURCE + PLENUM_HELD,
                         ids=[row[0] for row in PLENUM_SOURCE + PLENUM_HELD])
def test_plenum_as_source_of_document(extract, label, body, names):
    assert [m["name"] for m in extract(page(body))["meetings"]] == names


SECOND_MENTION = [
    ("公司简称", "北京时间9月11日凌晨消息，华信2024秋季发布会开幕，新手机首先亮相。"
     "华信公司于北京时间9月11日凌晨0点30分在其深圳总部的华信大剧院举办秋季新品发布会。",
     [("华信2024秋季发布会", "华信公司", "华信大剧院")]),
    ("科技简称", "今天上午，长风2024秋季发布会开幕，新款耳机亮相。"
     "长风科技于今天上午在长风大厦多功能厅举办秋季新品发布会。",
     [("长风2024秋季发布会", "长风科技", "长风大厦多功能厅")]),
    ("集团简称", "5月6日，华信春季发布会开幕，多款新车亮相。"
     "华信集团于5月6日上午在华信科技园报告厅举办春季新车发布会。",
     [("华信春季发布会", "华信集团", "华信科技园报告厅")]),
]
SECOND_MENTION_APART = [
    # NEGATIVE: another company's launch the same day is not the first one told
    ("另一公司", "5月6日，华信春季发布会开幕，多款新车亮相。"
     "江城集团于5月6日上午在江城科技园报告厅举办春季新车发布会。",
     [("华信春季发布会", None, None)]),  # (only the first meeting is compared: it takes nothing from the other)
    # NEGATIVE: another day, another meeting (the first one keeps what it had)
    ("另一天", "5月6日，华信2024秋季发布会开幕，新手机首先亮相。"
     "华信公司于5月9日在华信大剧院举办秋季新品发布会。",
     [("华信2024秋季发布会", None, None), ("秋季新品发布会", "华信公司", "华信大剧院")]),
]


@pytest.mark.parametrize(("label", "body", "expected"), SECOND_MENTION + SECOND_MENTION_APART,
                         ids=[row[0] for row in SECOND_MENTION + SECOND_MENTION_APART])
def test_second_mention_gives_organizer_and_venue(extract, label, body, expected):
    got = [(m["name"], m["organizer"], m["location"]) for m in extract(page(body))["meetings"]]
    assert got[: len(expected)] == expected


VENUES = [
    ("时区凌晨", "华信公司于北京时间5月6日凌晨0点30分在江城大剧院举办新品发布会。", "华信公司", "江城大剧院"),
    ("当地时间", "华信公司于当地时间5月6日上午10时在江城大剧院举办新品发布会。", "华信公司", "江城大剧院"),
    ("凌晨", "华信公司于5月6日凌晨在江城大剧院举办新品发布会。", "华信公司", "江城大剧院"),
    ("其总部剧院", "华信公司于5月6日在其美国总部的乔治剧院举办新品发布会。", "华信公司", "乔治剧院"),
    ("其总部", "华信公司于5月6日在其总部举办新品发布会。", "华信公司", "总部"),
    # NEGATIVE: a generic room keeps its owner; 其他 is no pronoun
    ("其总部报告厅", "华信公司于5月6日在其总部的报告厅举办新品发布会。", "华信公司", "总部的报告厅"),
    ("其他城市", "华信公司于5月6日在其他城市举办新品发布会。", "华信公司", "其他城市"),
]


@pytest.mark.parametrize(("label", "body", "organizer", "location"), VENUES, ids=[row[0] for row in VENUES])
def test_time_and_pronoun_before_venue(extract, label, body, organizer, location):
    (meeting,) = extract(page(body))["meetings"]
    assert (meeting["organizer"], meeting["location"]) == (organizer, location)


TALKS = [
    ("精彩分享", "来自某研究院的研究员王小明带来了《浅谈网络身份安全》的精彩分享。", ("作报告",)),
    ("生动演讲", "来自某研究院的研究员王小明发表了题为《浅谈网络身份安全》的生动演讲。", ("作报告",)),
    ("精彩的报告", "来自某研究院的研究员王小明带来了《浅谈网络身份安全》的精彩的报告。", ("作报告",)),
    # NEGATIVE: sharing with no titled talk stays 发言
    ("无题分享", "来自某研究院的研究员王小明首先分享了客户端软件的漏洞。", ("发言",)),
]


@pytest.mark.parametrize(("label", "sentence", "roles"), TALKS, ids=[row[0] for row in TALKS])
def test_praised_titled_talk(extract, label, sentence, roles):
    body = "5月6日，第三届网络安全论坛在江城举行。" + sentence
    assert speakers(extract(page(body)))["王小明"][1] == roles


_CAPTION = ("当大多数城市都在想办法吸引游客的时候，这座海边小城却一直不紧不慢，"
            "渔民照旧清晨出海，傍晚回港，街上的小店也只在午后开门。")
_COMMENT = "转发了。这地方我去过"


def _gallery(comments: str, stamp: str = "") -> str:
    return ("<html><head><title>海边小城的慢生活_图集</title></head><body><div class='nav'><a href='/'>首页</a></div>"
            "<div class='gallery'><div class='info'><h1>海边小城的慢生活</h1>"
            f"<div class='abstract'><span>1/8</span>{_CAPTION}</div></div>"
            f"<div class='sns'><div class='time'>{stamp}</div><div class='report'>举报</div></div></div>"
            f"{comments}</body></html>")


_COMMENT_LISTS = [
    f"<div id='comment'><ul><li class='c-item'><div class='c-content'><p>{_COMMENT}</p></div></li></ul></div>",
    f"<div class='comments'><div class='comment-box'><div class='text'><p>{_COMMENT}。</p></div></div></div>",
    f"<section class='pinglun'><div class='post'><p>{_COMMENT}，下次还去。</p></div></section>",
    f"<div id='share-bar'><div class='article-text'><p>{_COMMENT}</p></div></div>",
]


@pytest.mark.parametrize("comments", _COMMENT_LISTS, ids=["comment-c-content", "comments-text", "pinglun-post", "share-text"])
def test_a_comment_with_a_content_class_is_not_the_body(comments):
    result = html_to_text(_gallery(comments))
    assert "渔民照旧清晨出海" in result.text
    assert "这地方我去过" not in result.text


@pytest.mark.parametrize(
    "wrapper",
    ["common-detail-page-printer", "article-share-wrap", "post-comment-area", "js_img_share_area", "share_box"],
)
def test_an_article_in_a_furniture_named_wrapper_is_still_the_body(wrapper):
    # (negative: a drop hint with a content hint beside it buries nothing; under one without, the article's text
    # still outscores the furniture outside it)
    page = (f"<html><body><div class='{wrapper}'><h1>县召开防汛工作会议</h1><div class='content'>"
            "<p>5月7日，县委召开防汛工作会议，部署今年防汛工作。</p><p>会议要求各乡镇落实责任，确保安全度汛。</p></div></div>"
            "<div class='side'><p>热点</p></div></body></html>")
    assert "确保安全度汛" in html_to_text(page).text


def test_a_page_of_comments_only_still_gives_its_text():
    # (negative: with no text outside the furniture container, its text is still the body)
    page = f"<html><body><div id='comment'><div class='c-content'><p>{_CAPTION}</p></div></div></body></html>"
    assert "渔民照旧清晨出海" in html_to_text(page).text


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("2024-05-08 10:20:33", "2024-05-08T10:20"),
        ("2024年5月8日 10:20", "2024-05-08T10:20"),
        ("2024/05/08 09:05", "2024-05-08T09:05"),
        ("2024.5.8 21:40:00", "2024-05-08T21:40"),
    ],
)
@pytest.mark.parametrize("comments", ["", _COMMENT_LISTS[0]], ids=["no-comments", "comments"])
def test_a_bare_stamp_under_the_caption_dates_the_page(stamp, published, comments):
    assert html_to_text(_gallery(comments, stamp)).published == published


@pytest.mark.parametrize(
    "stamp",
    ["2024年5月8日", "2024-05-08", "活动时间：2024-05-09 14:00", "报名截止 2024-05-20 18:00"],
    ids=["day-no-clock", "numeric-day-no-clock", "labelled-event-time", "deadline"],
)
def test_no_bare_stamp_no_date(stamp):
    assert html_to_text(_gallery(_COMMENT_LISTS[0], stamp)).published == ""


def test_a_stamp_under_the_body_wins_over_hidden_metadata():
    # (GUIDELINES §2 thirty-second review round: a date only in hidden metadata is no date a reader sees; the stamp
    # shown under the body is; the metadata's day still counts when the page shows it)
    page = _gallery(_COMMENT_LISTS[0], "2024-05-09 10:20:33").replace(
        "<head>", "<head><meta name='pubdate' content='2024-05-08'>")
    assert html_to_text(page).published.startswith("2024-05-09")


def test_a_comment_time_after_the_body_is_no_stamp():
    comments = ("<div id='comment'><ul><li><span class='c-time'>2024-05-10 08:00:00</span>"
                f"<div class='c-content'><p>{_COMMENT}</p></div></li></ul></div>")
    page = _gallery(comments).replace("<div class='sns'><div class='time'></div><div class='report'>举报</div></div>", "")
    assert html_to_text(page).published == ""


def test_a_stamp_far_below_the_body_is_no_stamp():
    filler = "".join(f"<p class='rel'>相关图集{i}</p>" for i in range(6))
    page = _gallery(_COMMENT_LISTS[0]).replace("<div class='sns'>", filler + "<div class='sns'>").replace(
        "<div class='time'></div>", "<div class='time'>2024-05-08 10:20:33</div>")
    assert html_to_text(page).published == ""
