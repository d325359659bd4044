"""Award phrasings of one count after two quoted honours side by side: when neither name
counts its own holders (no 50强, 十佳), the count is over the pair, named as written (好婆婆、好媳妇, as “甲”“乙”等奖项
is written 甲、乙等奖项; GUIDELINES §5, never a cut part), and a headline total over such a group whose parts the body
gives one by one is their sum, not repeated (§5 totals); a government honours list 颁授…予… with no ceremony reported
gives no speaker (§4, review73 class 10), its awards kept.  Near misses: a first name with its own number, 各, a count
before each honour, a headline total the body's parts do not add up to, a conferral at a ceremony reported.  Invented sentences; the expected values
follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # one count after two quoted honours side by side: over the pair, the group as written
        ("本次活动共评选出“好婆婆”“好媳妇”12名。", [("好婆婆、好媳妇", 12, "名", "person")]),
        ("会议表彰了“最美护士”“优秀护士”30名。", [("最美护士、优秀护士", 30, "名", "person")]),
        # negative: a first name counting its own holders keeps the count for the second
        ("会议表彰了“十佳村干部”“优秀村干部”30名。", [("优秀村干部", 30, "名", "person")]),
        ("会议表彰了“民营企业50强”“优秀民营企业家”20名。", [("优秀民营企业家", 20, "名", "person")]),
        # negative: 各 gives each its count; each with its own count
        ("会议表彰了“文明家庭”“最美家庭”各20户。", [("文明家庭", 20, "户", None), ("最美家庭", 20, "户", None)]),
        ("会议表彰了6名“好婆婆”、6名“好媳妇”。", [("好婆婆", 6, "名", "person"), ("好媳妇", 6, "名", "person")]),
    ],
)
def test_count_over_quoted_pair(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


def _headlined(headline: str, body: str) -> str:
    return f"{headline}\n2026-01-22 来源：某网\n{body}\n"


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        # a headline total over the pair that the body splits: the sum, not repeated
        ("某村召开道德评议会 评选出“好婆婆”“好媳妇”12名",
         "1月20日，某村召开道德评议会暨表彰大会。会上，6名“好婆婆”、6名“好媳妇”以及4户“文明家庭”受到表彰。",
         [("好婆婆", 6, "名", "person"), ("好媳妇", 6, "名", "person"), ("文明家庭", 4, "户", None)]),
        ("某社区评选出“好邻居”“好家风”20户",
         "5月8日，某社区召开表彰会，为12户“好邻居”、8户“好家风”颁发了牌匾。",
         [("好邻居", 12, "户", None), ("好家风", 8, "户", None)]),
        # negative: the body's parts do not add up to the headline total: a fact of its own, kept
        ("某村评选出“好婆婆”“好媳妇”12名",
         "1月20日，某村召开表彰大会，5名“好婆婆”、6名“好媳妇”受到表彰。",
         [("好婆婆、好媳妇", 12, "名", "person"), ("好婆婆", 5, "名", "person"), ("好媳妇", 6, "名", "person")]),
    ],
)
def test_headline_total_over_quoted_pair(extract, headline: str, body: str, expected: list) -> None:
    assert honours(extract(_headlined(headline, body))) == expected


_LIST = ("二〇二六年授勋名单\n2026-07-01 来源：某政府新闻网\n政府今日公布二〇二六年授勋名单，共有二百一十人获授勋或嘉许。\n"
         "{sentence}另有十位人士获颁金紫荆星章。\n")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an honours list: the conferral named, no ceremony reported, no speaker
        ("行政长官王志成颁授大紫荆勋章予两位人士，表扬他们的卓越贡献。", {}),
        ("行政长官王志成颁授大紫荆勋章予两位人士。", {}),
        # negative: a ceremony reported, the one conferring is a speaker
        ("行政长官王志成在授勋典礼上颁授大紫荆勋章予两位人士。", {"王志成": ("行政长官", ("颁奖",))}),
        ("行政长官王志成今日举行授勋仪式，颁授大紫荆勋章予两位人士。", {"王志成": ("行政长官", ("颁奖",))}),
    ],
)
def test_honours_list_gives_no_speaker(extract, sentence: str, expected: dict) -> None:
    record = extract(_LIST.format(sentence=sentence))
    assert speakers(record) == expected
    assert ("大紫荆勋章", 2, "位", "person") in honours(record)
