"""Dirty scraped pages: furniture a page puts between the two halves of one sentence (a prompt to
expand the article, 点击展开全文; the page bar of an article cut into pages, 第1页 第2页 共2页 / 上一页 1 2 下一页; a
caption inside a count, 表彰了12个 / ▲会议现场 / 先进集体) is removed and the halves are joined again, so the records
of the sentence are read whole.  Invented sentences; the expected values follow corpus/GUIDELINES.md §1 (page furniture
yields nothing, the article's own facts are all kept) and §5."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page

HEAD = "3月5日上午，镇党委召开全镇党建工作会议。镇党委书记周海主持会议。"
TAIL = "共80余人参加会议。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a prompt to expand the article where the mobile page cut it
        (HEAD + "会议表彰了12个\n点击展开全文\n先进党支部和25名优秀党员。" + TAIL,
         [("先进党支部", 12, "个", "organization"), ("优秀党员", 25, "名", "person")]),
        (HEAD + "会议对12个先进党支部和25名优秀\n展开全文\n党员进行了表彰。" + TAIL,
         [("先进党支部", 12, "个", "organization"), ("优秀党员", 25, "名", "person")]),
        # the page bar of an article cut into pages, inside a word
        (HEAD + "会议表彰了12个先进党\n第1页 第2页 共2页\n支部和25名优秀党员。" + TAIL,
         [("先进党支部", 12, "个", "organization"), ("优秀党员", 25, "名", "person")]),
        (HEAD + "会议表彰了12个先进党支部和25\n上一页 1 2 下一页\n名优秀党员。" + TAIL,
         [("先进党支部", 12, "个", "organization"), ("优秀党员", 25, "名", "person")]),
        # a caption inside a count: the count waits for its noun
        (HEAD + "会议表彰了12个\n▲会议现场\n先进党支部和25名优秀党员。" + TAIL,
         [("先进党支部", 12, "个", "organization"), ("优秀党员", 25, "名", "person")]),
    ],
)
def test_sentence_joined_over_furniture(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


def test_amount_joined_over_page_bar(extract) -> None:
    record = extract(page(HEAD + "镇财政安排党建工作经费1\n[1] [2] 下一页\n20万元。" + TAIL))
    assert grants(record) == [(1200000.0, "CNY", "党建工作经费")]


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # NEGATIVE: a caption between a paragraph that lacks its 。 and the next sentence: two paragraphs
        (HEAD + "会议传达了上级有关精神\n▲会议现场\n会议表彰了12个先进党支部。" + TAIL,
         "会议传达了上级有关精神\n会议表彰了12个先进党支部。"),
        # NEGATIVE: a page bar between finished paragraphs
        (HEAD + "会议表彰了12个先进党支部。\n第1页 第2页\n镇党委副书记吴芳宣读表彰决定。" + TAIL,
         "会议表彰了12个先进党支部。\n镇党委副书记吴芳宣读表彰决定。"),
        # NEGATIVE: a page bar before a paragraph that opens as a report does
        (HEAD + "会议表彰了12个先进党支部\n上一页 1 2 下一页\n3月6日，镇党委又召开了组织委员会议。",
         "会议表彰了12个先进党支部\n3月6日，镇党委又召开了组织委员会议。"),
    ],
)
def test_paragraphs_stay_apart(extract, body: str, kept: str) -> None:
    assert kept in extract(page(body))["clean_text"]


def test_headline_not_joined_to_body(extract) -> None:
    record = extract("全镇党建工作会议召开\n【字体：大 中 小】【打印】\n" + HEAD + "会议表彰了12个先进党支部。", "2024-03-06")
    assert record["title"] == "全镇党建工作会议召开"
    assert record["clean_text"].startswith("全镇党建工作会议召开\n3月5日")


@pytest.mark.parametrize(
    ("byline", "reporters"),
    [
        # (correspondents and interns in a byline are its writers too: listed with the reporters, labels dropped)
        ("（本报记者 王明 通讯员 赵丽）", ["王明", "赵丽"]),
        ("（记者 王明 实习生 孙悦）", ["王明", "孙悦"]),
        ("（记者 王明 钱进）", ["王明", "钱进"]),
        ("（通讯员 赵丽）", ["赵丽"]),
    ],
)
def test_bracketed_byline_under_headline(extract, byline: str, reporters: list) -> None:
    record = extract("全镇党建工作会议召开\n" + byline + "\n" + HEAD + TAIL, "2024-03-06")
    assert record["title"] == "全镇党建工作会议召开"
    assert record["reporters"] == reporters


@pytest.mark.parametrize(
    "comments",
    [
        "王五 发表于 2024-03-05 18:22\n村里昨天也召开了表彰大会，表彰了20名先进个人。",
        "网友abc 回复于 2024/3/5 9:01\n听说镇里拨了300万元，召开了动员大会，80人参加。",
    ],
)
def test_comment_box_without_its_label(extract, comments: str) -> None:
    record = extract(page(HEAD + "会议表彰了12个先进党支部。" + TAIL + "\n" + comments))
    assert [m["name"] for m in record["meetings"]] == ["全镇党建工作会议"]
    assert honours(record) == [("先进党支部", 12, "个", "organization")]
    assert grants(record) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # holders and their families attending: a count of those attending, no holders counted (§5)
        ("警务处今日举行嘉奖典礼，向120名警员颁授嘉许状。约300名获嘉许人员及其家属出席典礼。",
         [("嘉许状", 120, "名", "person")]),
        ("市政府今日举行表彰大会，为45名模范员工颁奖。当天，获奖员工及其家人200余人参加大会。",
         [("模范员工", 45, "名", "person")]),
        # NEGATIVE: holders counted, no kin attending
        ("典礼上，46名警员获颁发卓越服务奖章。", [("卓越服务奖章", 46, "名", "person")]),
    ],
)
def test_holders_with_kin_attending(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the aim told after the comma by a verb of supporting or subsidising, not the headline's label
        ("县政府今日召开记者会宣布，将投入资金1.2亿元，分三年补助全县48所乡村学校更新教学设备。",
         [(120000000.0, "CNY", "补助全县48所乡村学校更新教学设备")]),
        ("会议决定，市财政安排专项资金3000万元，支持中小企业数字化改造。",
         [(30000000.0, "CNY", "支持中小企业数字化改造")]),
        ("区里拨付资金800万元，扶持特色产业发展。", [(8000000.0, "CNY", "扶持特色产业发展")]),
        # NEGATIVE: a word about the work itself after the verb (its scale, its objects), no use
        ("市财政安排资金3000万元，支持力度居全省前列。", [(30000000.0, "CNY", None)]),
        ("县里投入资金500万元，补助对象为全县困难群众。", [(5000000.0, "CNY", None)]),
    ],
)
def test_aim_after_the_comma_by_a_verb_of_support(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


def test_paragraph_first_line_cut_at_a_count(extract) -> None:
    # a CMS <br> right after a count, in the first line of a paragraph: the count's noun opens the next line
    record = extract(page(HEAD + "\n会议表彰了12个先进党支部和25名\n优秀党员，镇财政安排经费50万元。" + TAIL))
    assert honours(record) == [("先进党支部", 12, "个", "organization"), ("优秀党员", 25, "名", "person")]


def test_paragraph_ending_on_a_count_stays_apart(extract) -> None:
    # NEGATIVE: no verb before the count: a line of its own
    text = extract(page(HEAD + "\n本次大会参会代表共120名\n镇长吴芳出席会议并讲话。"))["clean_text"]
    assert "参会代表共120名\n镇长吴芳" in text


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        # a summary that sums and rounds the body's counts restates them (§1)
        ("【摘要】3月5日，全镇党建工作会议召开，表彰近40个先进集体和个人。",
         [("先进党支部", 12, "个", "organization"), ("优秀党员", 25, "名", "person")]),
        ("导读：全镇表彰12个先进党支部、25名优秀党员。",
         [("先进党支部", 12, "个", "organization"), ("优秀党员", 25, "名", "person")]),
    ],
)
def test_summary_line_restates_the_body(extract, summary: str, expected: list) -> None:
    assert honours(extract(page(summary + "\n" + HEAD + "会议表彰了12个先进党支部和25名优秀党员。" + TAIL))) == expected


def test_summary_line_alone_keeps_its_count(extract) -> None:
    # NEGATIVE: the body states no count of its own
    record = extract(page("【摘要】全镇表彰12个先进党支部。\n" + HEAD + "会议对先进党支部进行了表彰。" + TAIL))
    assert honours(record) == [("先进党支部", 12, "个", "organization")]


@pytest.mark.parametrize("prompt", ["【点击查看原图】", "点击查看大图"])
def test_closing_sentence_after_an_image_prompt(extract, prompt: str) -> None:
    # the picture's prompt between paragraphs: the short closing paragraph after it is still the article's
    record = extract(page(HEAD + "会议表彰了12个先进党支部。\n" + prompt + "\n" + TAIL))
    assert [(m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]] == [(80, True)]
