"""Taiwan, Hong Kong and Macau releases in Traditional characters (dates in the ROC calendar, award counts,
amounts in 新台币/港元/澳门元).

Found: a header line opening with an ROC date in Chinese numerals without its era word (一一三年三月二十日 农业部新闻稿)
gave no publication date (GUIDELINES §2 published; §3 date, 民国113年 -> 2024); a handover's verb before the receiver's
title (将印信交予新任理事长蔡某) stayed in the title (§4 title: the chain written next to the name); money a body will
apply for (拟于下月再向财委会申请约五亿元) was kept as funding (§6: money only intended is no record).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, speakers

# --- §2: an ROC date in Chinese numerals with no era word on the header line --------------------------------------

_ROC_BARE = [
    ("一一三年三月二十日　農業部新聞稿", "2024-03-20"),
    ("一一三年十一月五日（星期二）", "2024-11-05"),
    ("一一二年十二月一日 來源：交通部", "2023-12-01"),
    ("一一三年五月八日", "2024-05-08"),
]


@pytest.mark.parametrize(("stamp", "iso"), _ROC_BARE)
def test_bare_roc_year_in_chinese_numerals_dates_the_page(extract, stamp: str, iso: str) -> None:
    body = "交通部今日上午在部本部舉行記者會，由部長林志強主持，說明春節疏運計畫。"
    record = extract(f"交通部說明春節疏運計畫\n{stamp}\n{body}\n")
    assert (record["published"] or "")[:10] == iso


_ROC_BARE_NOT = [
    # the event's day opening a body sentence: no stamp
    "一一三年三月二十日上午，交通部在部本部舉行記者會，由部長林志強主持。",
    # a span of days: an event's period, no stamp
    "一一三年三月二十日至二十五日　春節疏運期間",
]


@pytest.mark.parametrize("line", _ROC_BARE_NOT)
def test_bare_roc_date_in_a_sentence_or_span_is_no_stamp(extract, line: str) -> None:
    record = extract(f"交通部說明春節疏運計畫\n{line}\n交通部表示將加開班次。\n")
    assert record["published"] is None


# --- §4: a handover's verb before the receiver's title ---------------------------------------------------------------

_HANDOVER = [
    ("卸任理事長黃振輝將印信交予新任理事長蔡明哲。蔡明哲致詞表示，將擴大會員服務。", "蔡明哲", "新任理事长"),
    ("卸任會長陳立群把會旗交給新任會長許文彬。許文彬致詞時感謝會員支持。", "许文彬", "新任会长"),
    ("原理事长李建华把印章交予新任理事长王志明。王志明致辞时感谢会员支持。", "王志明", "新任理事长"),
]


@pytest.mark.parametrize(("body", "name", "title"), _HANDOVER)
def test_handover_verb_is_no_part_of_the_receivers_title(extract, body: str, name: str, title: str) -> None:
    text = "本會於今日上午在會館舉行第十屆理監事就職典禮。" + body
    got = speakers(extract(text, published="2024-12-16"))
    assert got[name][0] == title


_TITLE_KEPT = [
    # a plain chain before the name: kept whole
    ("本會於今日上午在會館舉行就職典禮，新任理事長蔡明哲致詞表示感謝。", "蔡明哲", "新任理事长"),
    ("学校今日上午举行开学典礼，交通大学教授王立新致辞。", "王立新", "交通大学教授"),
]


@pytest.mark.parametrize(("body", "name", "title"), _TITLE_KEPT)
def test_title_without_handover_is_kept(extract, body: str, name: str, title: str) -> None:
    assert speakers(extract(body, published="2024-12-16"))[name][0] == title


# --- §6: an application still to be made ------------------------------------------------------------------------------

_APPLIED_AHEAD = [
    "立法會財務委員會今日下午舉行會議。另外，政府擬於下月再向財委會申請約五億元，用以資助中小企業數碼轉型。",
    "县政府今日召开常务会议。会议明确，县水利局将向省水利厅申请补助资金300万元，用于小型水库除险加固。",
    "市政府今日召开常务会议。会上提出，市科技局计划向科技部申报专项经费800万元，支持新型研发机构建设。",
]


@pytest.mark.parametrize("body", _APPLIED_AHEAD)
def test_money_to_be_applied_for_is_no_funding(extract, body: str) -> None:
    assert grants(extract(body, published="2024-11-08")) == []


_GRANTED = [
    # money obtained by an application: kept
    ("县政府今日召开常务会议。今年县水利局已申请到省级补助资金300万元，用于小型水库除险加固。", 3000000),
    # money approved on a motion at the meeting: kept
    ("立法會財務委員會今日下午舉行會議，批准撥款三億二千萬港元，用於新界北道路改善工程。", 320000000),
    # money a body will pay out on a stated near date: decided money (§6 ninth round), kept
    ("县政府今日召开常务会议，决定将于下月向全县困难群众发放临时救助金200万元。", 2000000),
]


@pytest.mark.parametrize(("body", "amount"), _GRANTED)
def test_money_granted_or_obtained_stays(extract, body: str, amount: int) -> None:
    assert [g[0] for g in grants(extract(body, published="2024-11-08"))] == [amount]
