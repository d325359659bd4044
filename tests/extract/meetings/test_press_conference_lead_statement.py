"""A press conference referred to by the speaker of the item's lead statement, with no day or place of its own, is where
that statement was made (GUIDELINES §3 location, thirty-second review round), so on its day too: its date_text and part of
the day as the statement writes them (thirty-third review round, 7 December 2026, third stop); 这里/此间 under the dateline
name its city (§11). 他/她 stands for that speaker when the sentence before opens on his name. A bare 会上 right after a
dated announcement told with its place is the gathering where it was made, whoever speaks there. Near misses: another
speaker, a conference with its own day or place, another item between, 他 after a sentence about someone else, a statement
with no place (day only, eighteenth round). Invented sentences on undated newspaper-style pages (no publication date).
"""

from __future__ import annotations

import pytest


def _when_where(record: dict, name: str) -> tuple[str | None, str | None, str | None]:
    meeting = next(m for m in record["meetings"] if m["name"] == name)
    return meeting["date_text"], meeting["time_of_day"], meeting["location"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the lead statement with its day and 此间, paragraphs with other acts between
        ("某国对话有成果\n新华社开罗5月6日电外交部长王华6日在此间宣布，双方对话取得进展。\n代表团5日抵达这里。6日，他们与总理举行会谈。\n"
         "王华在记者招待会上说，双方达成一致。\n", "记者招待会", ("6日", None, "开罗")),
        # 28日晚: the evening as the statement writes it
        ("伊拉克欲诉公堂\n新华社巴格达1月28日电外长萨哈夫28日晚在这里说，危机是由美国挑起的。\n萨哈夫在记者招待会上谴责美国蓄意恶化局势。\n",
         "记者招待会", ("28日", "晚上", "巴格达")),
        # Traditional script
        ("伊拉克欲訴公堂\n新華社巴格達1月28日電外長薩哈夫28日晚在這裡說，危機是由美國挑起的。薩哈夫在記者招待會上譴責美國。\n",
         "记者招待会", ("28日", "晚上", "巴格达")),
        # 他 after a sentence opening on the speaker; the conference told 随后举行的
        ("俄防长访德\n新华社波恩1月28日电正在德国访问的国防部长谢尔盖耶夫28日在这里说，立场未变。谢尔盖耶夫当天与德国外长交换了意见。"
         "他在随后举行的记者招待会上警告西方国家。\n", "记者招待会", ("28日", None, "波恩")),
        # 他 right after the lead
        ("伊拉克欲诉公堂\n新华社巴格达1月28日电外长萨哈夫28日晚在这里说，危机是由美国挑起的。他在记者招待会上强调，伊拉克将继续合作。\n",
         "记者招待会", ("28日", "晚上", "巴格达")),
        # a named venue, 表示, 新闻发布会
        ("日本首相谈改革\n新华社东京5月6日电首相李某6日在首相官邸表示，政府将加大投入。李某在新闻发布会上强调，改革不会停止。\n",
         "新闻发布会", ("6日", None, "首相官邸")),
        # 今天 under the dateline; the title of the lead left out later
        ("中方欢迎决定\n新华社北京5月6日电外交部发言人王华今天在这里宣布，中方欢迎这一决定。王华在记者招待会上说，希望各方保持克制。\n",
         "记者招待会", ("今天", None, "北京")),
        ("某国对话有成果\n新华社阿尔及尔1月20日电英国外交国务大臣德雷克20日在此间宣布，对话已取得进展。\n德雷克在记者招待会上说，双方坦率交换意见。\n",
         "记者招待会", ("20日", None, "阿尔及尔")),
        # 随后的記者會 (Traditional, no 举行)
        ("日本首相谈改革\n新华社东京5月6日电首相李某6日上午在首相官邸宣布，政府将加大投入。李某在隨後的記者會上強調，改革不會停止。\n",
         "记者会", ("6日", "上午", "首相官邸")),
        # near misses: another speaker; 他 after a sentence about another person; the conference's own day; another item
        ("日本首相谈改革\n新华社东京5月6日电首相李某6日在这里表示，政府将加大投入。外相王某在记者招待会上强调，改革不会停止。\n",
         "记者招待会", (None, None, None)),
        ("伊拉克欲诉公堂\n新华社巴格达1月28日电外长萨哈夫28日晚在这里说，危机是由美国挑起的。俄特使当天向总统转交了信件。"
         "他在记者招待会上强调，伊拉克将继续合作。\n", "记者招待会", (None, None, None)),
        ("日本首相谈改革\n新华社东京5月6日电首相李某6日在这里表示，政府将加大投入。李某5日在记者招待会上曾强调，改革不会停止。\n",
         "记者招待会", ("5日", None, None)),
        ("日本首相谈改革\n新华社东京5月6日电首相李某6日在这里表示，政府将加大投入。\n新华社大阪5月6日电李某在记者招待会上强调，改革不会停止。\n",
         "记者招待会", (None, None, None)),
        # a statement with no place: its day only (eighteenth round)
        ("日本首相谈改革\n新华社东京5月6日电首相李某6日表示，政府将加大投入。李某在记者招待会上强调，改革不会停止。\n",
         "记者招待会", ("6日", None, None)),
    ],
)
def test_press_conference_of_the_lead_statement(extract_with_model, text: str, name: str, expected: tuple) -> None:
    assert _when_where(extract_with_model(text), name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("联合国新设职位\n联合国秘书长安南1月12日在纽约联合国总部宣布加拿大的弗雷谢特为常务副秘书长。这是弗雷谢特在会上回答记者的提问。\n",
         ("1月12日", None, "纽约联合国总部")),
        ("江城出台新政\n市长李明5月6日在市政府新闻中心宣布新政策。图为李明在会上回答记者提问。\n", ("5月6日", None, "市政府新闻中心")),
        # a statement that announces nothing, by another person: none
        ("江城出台新政\n市长李明5月6日在市政府表示，将出台新政策。副市长王强在会上回答记者提问。\n", (None, None, None)),
    ],
)
def test_bare_meeting_after_dated_announcement(extract_with_model, text: str, expected: tuple) -> None:
    assert _when_where(extract_with_model(text), "会") == expected


def test_announcement_day_takes_no_year_from_a_career(extract_with_model) -> None:
    """The announcement's day on an undated page takes only a year the text makes certain (§11): a career's 1995年 none."""
    record = extract_with_model("联合国新设职位\n联合国秘书长安南1月12日在纽约联合国总部宣布加拿大的弗雷谢特为常务副秘书长。"
                                "这是弗雷谢特在会上回答记者的提问。她在1992年至1995年任加拿大驻联合国大使。\n")
    assert next(m for m in record["meetings"] if m["name"] == "会")["date"] is None
