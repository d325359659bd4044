"""Page, speaker and funding shapes of lossy copies, coming events, proposals and social media: wrong firings W1, W8-W13 (invented
sentences only).

W1 (§1, the text kept): a paragraph's damaged copy that lost 一/万/十 inside a word (进步 beside 进一步, 众一心 beside
万众一心) was kept as a second paragraph; the number check read those characters as numbers. Chinese numerals now count
only after 第 or before a counter or date character; a copy that changed a number (第三次 beside 第十三次) stays two.

W8 (§3/§4): 为迎接即将到来的读书月活动，…召开筹备会，由馆长王强主持 lost the chair: the coming event a purpose phrase
serves (为/迎接/筹备/面对 …) was read as the meeting ahead. A coming meeting that is the subject stays planned.

W9 (§4 seventeenth round): 委员王强建议内容涉及教育 (the noun 建议内容) and 今年以来，…建议…达5次 (a year's tally) gave
讲话; a member's proposal spoken at the council session keeps it.

W10 (§4): 就微博上的热点舆情作了讲话 lost the speaker: 微博上 was read as words posted online; only 在…微博上 (where they
were posted) is.

W11 (§6 seventeenth round): special bond money obtained counted as put to a use when 项目/支持 stood anywhere in the
sentence (储备项目56个, 争取上级支持); a use is now a purpose verb after the amount or a project the money is for.

W12 (§6, one record per stated amount): 每人 … 每名/每位 of the same sum were taken as two kinds of recipient; 人/名/位
are one kind, a person.

W13 (§2): a bare date-and-time line under the body dated the page when it was a related item's time (its linked title
beside it) or an event's time labelled by the body's last line (会议时间：).
"""

from __future__ import annotations

import pytest

from pipeline.boilerplate import _lossy_copy
from pipeline.html import html_to_text
from tests.extract.views import grants, page, speakers

# -- W1: 一/万/十 inside words are no numbers of a damaged copy ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("5月7日，县委召开常委会议，进步研究部署防汛工作。\n5月7日，县委召开常委会议，进一步研究部署防汛工作。",
         ["进一步研究部署防汛工作"]),
        ("5月7日，县委召开常委会议，号召全县众一心抓好防汛工作。\n5月7日，县委召开常委会议，号召全县万众一心抓好防汛工作。",
         ["万众一心"]),
        ("5月7日，县委召开常委会议，要求各部门统思想，抓好防汛工作。\n5月7日，县委召开常委会议，要求各部门统一思想，抓好防汛工作。",
         ["统一思想"]),
        ("5月7日，县委召开常委会议，强调防汛工作分重要，要压实责任。\n5月7日，县委召开常委会议，强调防汛工作十分重要，要压实责任。",
         ["十分重要"]),
        # (NEGATIVE row: a Chinese ordinal changed is another meeting, no damaged copy)
        ("5月8日，县政府召开第三次常务会议，研究部署安全生产工作。\n5月8日，县政府召开第十三次常务会议，研究部署安全生产工作。",
         ["第三次常务会议", "第十三次常务会议"]),
    ],
)
def test_numeral_inside_a_word_lost_is_still_a_lossy_copy(extract, body, kept):
    # (one paragraph per fact: the damaged copy dropped, the full one kept; two facts, two paragraphs)
    text = extract(page(body))["clean_text"]
    assert text.count("召开") == len(kept)
    assert all(k in text for k in kept)


@pytest.mark.parametrize(
    ("short", "full", "lossy"),
    [
        ("会议要求，各部门要统思想，压实防汛责任。", "会议要求，各部门要统一思想，压实防汛责任。", True),
        ("会议强调，各部门要进步压实防汛责任。", "会议强调，各部门要进一步压实防汛责任。", True),
        # (NEGATIVE rows: a count in Chinese numerals or digits that lost a character tells another number)
        ("会议表彰了二十名先进个人，部署下步工作。", "会议表彰了一百二十名先进个人，部署下步工作。", False),
        ("会议表彰了20名先进个人，部署下步工作。", "会议表彰了120名先进个人，部署下步工作。", False),
        ("县政府召开第三次常务会议，研究部署工作。", "县政府召开第十三次常务会议，研究部署工作。", False),
    ],
)
def test_lossy_copy_numbers(short, full, lossy):
    assert _lossy_copy(short, full) is lossy


# -- W8: a coming event a purpose phrase serves is no meeting ahead ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("为迎接即将到来的读书月活动，5月6日，县图书馆召开筹备会，由馆长王强主持。", {"王强": ("馆长", ("主持",))}),
        ("为筹备即将到来的全县运动会，5月6日，县教育局召开筹备会议，会议由局长王强主持。", {"王强": ("局长", ("主持",))}),
        ("为了迎接即将到来的全民健身月活动，5月6日，县体育局召开筹备会，由局长李明主持。", {"李明": ("局长", ("主持",))}),
        ("面对即将到来的招生宣传活动，5月6日，县教育局召开工作会议，由局长张华主持。", {"张华": ("局长", ("主持",))}),
        # (NEGATIVE rows: the coming meeting is the subject, or the meeting itself is still to be held)
        ("即将到来的全县防汛工作大会由县长王强主持。", {}),
        ("为迎接读书月活动，县图书馆即将召开筹备会，由馆长王强主持。", {}),
    ],
)
def test_coming_event_of_a_purpose_phrase(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# -- W9: the noun 建议 and a tally of proposals are no proposal spoken --------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，县政协召开常委会议。委员王强建议内容涉及教育。", {}),
        ("5月6日，县政协召开常委会议。今年以来，委员王强建议开设法治讲座达5次。", {}),
        ("5月6日，县政协召开常委会议。委员李华建议材料已提交有关部门。", {}),
        ("5月6日，县政协召开常委会议。近年来，委员李华建议加强河道治理累计达8次。", {}),
        # (NEGATIVE rows: a proposal spoken at the session keeps 讲话)
        ("5月6日，县政协召开常委会议。委员王强建议开设法治讲座。", {"王强": ("委员", ("讲话",))}),
        ("5月6日，县政协召开常委会议。会上，委员李华建议加快建设养老服务中心。", {"李华": ("委员", ("讲话",))}),
    ],
)
def test_proposal_noun_or_tally(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# -- W10: social media as a speech's topic is no words posted ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，县委召开网信工作会议，县委书记王强就微博上的热点舆情作了讲话。", {"王强": ("县委书记", ("讲话",))}),
        ("5月6日，县委召开网信工作会议，县委书记王强就社交媒体上的网络谣言治理作了讲话。",
         {"王强": ("县委书记", ("讲话",))}),
        # (NEGATIVE rows: words posted online are no speech)
        ("5月6日，县委召开网信工作会议。当天，县长王强在个人微博上表示，要加强网络管理。", {}),
        ("5月6日，县委召开网信工作会议。会后，县长王强在社交媒体上发文说，要加强网络管理。", {}),
    ],
)
def test_social_media_topic_or_post(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# -- W11: a use of bond money is told of that money ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("今年以来，我县共争取地方政府专项债券资金9.6亿元，同比增长20%，储备项目56个。", 0),
        ("今年以来，我县积极争取上级支持，共争取地方政府专项债券资金9.6亿元。", 0),
        ("今年以来，我县共争取专项债券资金9.6亿元，涉及项目12个。", 0),
        ("今年，全市获批专项债券资金12亿元，争取上级支持力度不断加大。", 0),
        ("今年以来，全县获得专项债券资金8亿元，项目储备工作有序推进。", 0),
        # (NEGATIVE rows: a project the money is for, or its use after the amount, keeps the grant)
        ("今年，我县为县人民医院新院区项目争取专项债券资金2亿元。", 1),
        ("我县争取地方政府专项债券资金5亿元，主要用于城区老旧小区改造。", 1),
        ("今年，我县争取到专项债券资金3亿元，支持12个重点项目建设。", 1),
        # (a sum that joins bond money with a grant is a grant in part; another clause's 项目 is no use of the bonds)
        ("今年以来，全县共争取中央预算内投资和地方政府专项债券资金9.6亿元，县财政安排项目前期工作经费3000万元。", 2),
        ("今年以来，全县共争取中央预算内资金和专项债券资金5.2亿元。", 1),
    ],
)
def test_bond_money_use_of_that_money(extract, body, count):
    assert len(grants(extract(page(body)))) == count


# -- W12: 每人, 每名, 每位 are one kind of recipient ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("县教育局为20名获奖教师每人发放奖金5000元。此次表彰中，每名获奖教师获得奖金5000元。", 1),
        ("县教育局为20名获奖教师每人发放奖金5000元。据了解，获奖教师每位可得奖金5000元。", 1),
        ("县残联为12名残疾学生每位发放助学金2000元。据悉，每名受助学生可领取助学金2000元。", 1),
        # (NEGATIVE rows: the same sum to each of another kind is another fact)
        ("县教育局为获奖教师每人发放奖金5万元。同时，为获奖学校每校发放奖金5万元。", 2),
        ("县民政局为困难家庭每户发放补贴500元。此外，为困难老人每人发放补贴500元。", 2),
    ],
)
def test_each_person_one_kind(extract, body, count):
    assert len(grants(extract(page(body)))) == count


# -- W13: a related item's time or a labelled event time under the body dates no page ------------------------------

_ARTICLE = ("<html><head><title>江城举办端午文化活动_新闻</title></head><body><div class='nav'><a href='/'>首页</a></div>"
            "<div class='article'><h1>江城举办端午文化活动</h1><div class='content'>"
            "<p>端午节前夕，江城市在滨江公园举办端午文化活动，市民们包粽子、看龙舟，感受传统节日的魅力。</p>"
            "<p>活动现场还设置了非遗展示区，吸引了众多市民驻足观看，大家纷纷表示收获满满。</p>{last}</div></div>"
            "{after}</body></html>")


@pytest.mark.parametrize(
    ("last", "after", "published"),
    [
        ("", "<div class='list'><p>2023-06-01 10:20:33</p><p><a href='/a'>江城举办龙舟赛活动</a></p></div>", ""),
        ("", "<div class='list'><p><a href='/a'>江城举办龙舟赛活动</a></p><p>2023-06-01 10:20:33</p></div>", ""),
        ("<p>会议时间：</p>", "<div class='x'><p>2024-05-20 14:30</p></div>", ""),
        ("<p>报名截止时间：</p>", "<div class='x'><p>2024-05-20 18:00</p></div>", ""),
        # (NEGATIVE rows: a posting stamp alone under the body still dates the page)
        ("", "<div class='x'><p>2024-05-08 10:20:33</p></div>", "2024-05-08T10:20"),
        ("", "<div class='x'><p>2024-05-08 10:20:33</p><p>分享到：</p></div>", "2024-05-08T10:20"),
    ],
    ids=["related-after", "related-before", "meeting-time-label", "deadline-label", "stamp", "stamp-then-share"],
)
def test_stamp_under_the_body(last, after, published):
    assert html_to_text(_ARTICLE.format(last=last, after=after)).published == published
