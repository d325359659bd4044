"""Award designations counted after their name and rows of category lists: designation and list-row readings that fired too widely.

- W1. A designation counted after its name (认定市级众创空间12个) is an honour conferred (GUIDELINES §5 tenth and thirteenth
  review rounds) only when 认定 is the body's own act: a designation revoked, applied for or pending (取消认定, 申请认定,
  撤销认定, 拟认定) confers nothing, and 共认定 with no batch named (首批, 今年) is the stock held to date, a running
  tally (§5: a running tally of designations is none). The tally words are read only in the designation's own clause
  before its verb or in a clause in front that is only a period (今年以来，…), not in an earlier clause's object
  (会议总结了今年以来的工作，并为…授牌); 先后 alone is a leader handing plaques in turn at the event, and units described
  by the review that made them eligible (为目前已通过评审的15家…授牌) are those designated.
- W2. A row of a list under a conferral reads as an honour by an honour word or a title that ranks or praises its
  holders; a category of holders on a line by itself (参赛个人 120名, 参赛集体 30个) is a class counted, no honour (§5).
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

_ROWS = "1月14日，市志愿服务先进典型表彰活动在市民中心举行。表彰名单如下：\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # reviewer's sentences: revoked, applied for, the stock to date
        ("因考核不合格，市科技局取消认定市级众创空间3家。", []),
        ("今年共有企业申请认定市级众创空间15家。", []),
        ("全市共认定市级公共服务平台20个，其中5个为新增。", []),
        # more of the same: revoked after review, sought, pending
        ("市科技局对已认定的市级众创空间进行复核，撤销认定市级众创空间2家。", []),
        ("今年全区共有8家企业申报认定区级科技企业孵化器。", []),
        ("经专家评审，市科技局拟认定市级众创空间12家，现予以公示。", []),
        ("截至目前，全县共认定县级就业见习基地30家。", []),
        # NEGATIVE (what the rule was made for): a batch designated, formally or newly, or counted for this year
        ("局长宣读了认定通知，首批共认定院士专家工作站六家。", [("院士专家工作站", 6, "家", "organization")]),
        ("会上，市科技局宣布正式认定市级众创空间12个。", [("众创空间", 12, "个", "organization")]),
        ("会上，市科技局第二批共认定市级众创空间9个。", [("众创空间", 9, "个", "organization")]),
        ("5月6日，区人社局认定区级就业见习基地8家。", [("就业见习基地", 8, "家", "organization")]),
    ],
)
def test_designation_counted_conferred_only(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # reviewer's sentences: a period inside an earlier clause's object, units described by their review, in turn
        ("5月6日，全市就业工作会议召开，会议总结了今年以来的工作，并为新认定的15家市级就业见习基地授牌。",
         [("就业见习基地", 15, "家", "organization")]),
        ("5月6日，全市就业工作会议召开，并为目前已通过评审的15家市级就业见习基地授牌。",
         [("就业见习基地", 15, "家", "organization")]),
        ("5月6日，全市就业工作会议召开，市长王强先后为15家市级就业见习基地授牌。",
         [("就业见习基地", 15, "家", "organization")]),
        # more: an earlier clause reviewing a period, units described by their acceptance check
        ("会议回顾了近年来的人才工作，随后为新命名的6个省级院士专家工作站授牌。", [("院士专家工作站", 6, "个", "organization")]),
        ("会上，市领导为已通过验收的8个省级院士专家工作站授牌。", [("院士专家工作站", 8, "个", "organization")]),
        # NEGATIVE: a period in front of the sentence or before the verb keeps a tally; no designating verb before 的
        ("今年以来，全市已为20家市级就业见习基地授牌。", []),
        ("截至4月底，市人社局为20家市级就业见习基地授牌。", []),
        ("近年来，我市先后为20家市级就业见习基地授牌。", []),
        ("全市累计为35家市级就业见习基地授牌。", []),
        ("会上，为获得补贴的8家市级就业见习基地授牌。", []),
    ],
)
def test_designation_tally_reach(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # reviewer's sentences: a category row below or above an honour row (a row naming no honour keeps the list
        # out as a table of other things, test_award_qizhong_lists_of_quoted_honours; here only the category's own record is asserted)
        _ROWS + "优胜奖 8个\n参赛集体 30个\n",
        _ROWS + "参赛个人 120名\n先进集体 10个\n",
        "表彰名单如下：\n优胜奖 8个\n参赛集体 30个\n",
        # more: other categories of participants
        _ROWS + "优秀志愿者 45名\n参赛个人 120名\n",
        _ROWS + "十大志愿服务团队 10个\n参与集体 25个\n",
        "表彰名单如下：\n参展集体 12个\n",
    ],
)
def test_category_row_never_an_honour(extract, body):
    assert not any(h.startswith("参") for h, *_ in honours(extract(page(body))))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: rows that rank or praise their holders stay honours beside honour words
        (_ROWS + "优秀志愿者 45名\n服务明星 5名\n", [("优秀志愿者", 45, "名", "person"), ("服务明星", 5, "名", "person")]),
        (_ROWS + "最佳志愿服务项目 8个\n先进集体 10个\n",
         [("最佳志愿服务项目", 8, "个", None), ("先进集体", 10, "个", "organization")]),
        ("表彰名单如下：\n优胜奖 8个\n", [("优胜奖", 8, "个", None)]),
    ],
)
def test_ranked_rows_kept(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: a category joined to a counted honour still reads as an honour of its own kind (_VOUCHED_HONOR)
        ("大会表彰了10个先进集体和20名见义勇为个人。",
         [("先进集体", 10, "个", "organization"), ("见义勇为个人", 20, "名", "person")]),
    ],
)
def test_joined_category_kept(extract, body, expected):
    assert honours(extract(page(body))) == expected
