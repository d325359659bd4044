"""Hunt h11 fixes (dirty scraped pages): furniture a page puts between the two halves of one sentence (a prompt to
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
