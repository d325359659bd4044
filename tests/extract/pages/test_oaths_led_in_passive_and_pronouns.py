"""Company and state-owned enterprise news: oaths led in a passive frame, a 他 after a report's figures cut
by a semicolon, hosts' remarks on an inspection tour, Hong Kong venues and sign-offs, contracts written 合约, order
backlogs, loan products, and talks named with a kind word.

Found:
- `在X的带领下，新党员…宣誓` gave the leader no role: leading the oath is 宣读 (GUIDELINES §4, thirteenth and fourteenth
  review rounds: `领誓`, `带领…宣誓`); a renewal of the oath led (`重温入党誓词`) stays no role.
- `X在报告中总结了…。一年来，…；…。他强调` gave the 他 to the chair named before: a sentence cut at a semicolon spent the
  carried subject (§4: the remarks are the speaker's own).
- `市委书记…到集团调研。…董事长X介绍，…` gave the host 讲话: remarks during an inspection give no role (§4 twelfth round).
- `昨日晚上假湾仔会议展览中心举行` lost its venue (§3 location: 假, Hong Kong usage, after a part of the day).
- A Hong Kong listed company's announcement signed off `承董事会命 … 香港，二零二四年九月二十日` had no publication date (§2).
- `订立建造合约，合约金额约为港币12.8亿元` gave no funding (§6: one contract's total; adding 合约 as a funding word was
  withdrawn, see below); `在手合同总额`, `手头在建项目合约总额`
  (an order backlog at a cutoff) is a statistic like tender statistics (§6): no record.
- `2024年，该行向…发放“乡村振兴贷”共计9.6亿元`: a bank's loan product over a year is lending statistics (§6).
- `签约前，双方举行了工作座谈` gave no record: talks before a signing are held (§3 seventh and twelfth rounds).

Invented sentences only; the expected values follow corpus/GUIDELINES.md.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

MEETING = "6月28日上午，江城供电公司召开“七一”表彰大会。"


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        (MEETING + "会上，全体新党员在公司党委副书记、工会主席赵雪梅的带领下进行入党宣誓。", "赵雪梅", "公司党委副书记、工会主席"),
        (MEETING + "新党员在党委书记王建的带领下面向党旗庄严宣誓。", "王建", "党委书记"),
        (MEETING + "在党委书记王建的带领下，全体新党员庄严宣誓。", "王建", "党委书记"),
        (MEETING + "在机关党委书记刘芳同志的带领下，12名预备党员举起右拳宣誓。", "刘芳", "机关党委书记"),
    ],
)
def test_oath_led_in_passive_frame(extract, body: str, name: str, title: str) -> None:
    assert speakers(extract(page(body)))[name] == (title, ("宣读",))


@pytest.mark.parametrize(
    "body",
    [
        # a renewal of the oath led: no role (§4 fourteenth round)
        MEETING + "在党委书记王建的带领下，全体党员重温入党誓词。",
        # the oath two clauses on, after a visit
        MEETING + "在党委书记王建的带领下，全体党员参观了展馆，并宣誓。",
        # a lead with no oath
        MEETING + "在党委书记王建的带领下，公司连续三年获评先进单位。",
    ],
)
def test_oath_frame_near_misses(extract, body: str) -> None:
    assert "王建" not in speakers(extract(page(body)))


@pytest.mark.parametrize(
    "body",
    [
        "1月15日上午，集团召开2025年工作会议。董事长刘振华作工作报告，总经理陈立新主持会议。刘振华在报告中总结了2024年工作。"
        "一年来，集团完成营业收入218.6亿元，同比增长7.2%；新签合同额412亿元。他强调，要紧盯年度目标。",
        "3月2日，公司召开职工代表大会。总经理陈立新主持会议。董事长刘振华作工作报告。刘振华在报告中回顾了去年工作。"
        "去年，公司实现利润9.3亿元；安全生产保持稳定；职工收入稳步增长。他要求，全体干部职工要勇挑重担。",
    ],
)
def test_pronoun_after_semicolon_parts(extract, body: str) -> None:
    people = speakers(extract(page(body)))
    assert "讲话" in people["刘振华"][1]
    assert people["陈立新"][1] == ("主持",)


def test_pronoun_after_two_full_sentences_is_not_carried(extract) -> None:
    # two full sentences naming nobody: the carry is spent as before (a profile's later 他 is no speaker)
    body = ("1月15日上午，集团召开2025年工作会议。总经理陈立新主持会议。刘振华在报告中总结了2024年工作。"
            "一年来，集团完成营业收入218.6亿元。利润总额增长12%。他强调，要紧盯年度目标。")
    assert "讲话" not in speakers(extract(page(body))).get("刘振华", (None, ()))[1]


@pytest.mark.parametrize(
    ("body", "host"),
    [
        ("3月21日，市委书记张明远率队到江城钢铁集团调研。张明远一行先后来到集团冷轧薄板生产线，详细了解生产情况。"
         "集团党委书记、董事长许卫东介绍，2023年集团粗钢产量突破1200万吨。随后，张明远主持召开座谈会。许卫东汇报了集团改革发展情况。",
         "许卫东"),
        ("5月6日，副省长李强到华能电厂调研。李强一行来到集控中心。厂长王海表示，今年发电量将再创新高。"
         "随后，李强主持召开座谈会。王海汇报了电厂生产经营情况。", "王海"),
    ],
)
def test_host_remarks_on_tour_give_no_role(extract, body: str, host: str) -> None:
    assert speakers(extract(page(body)))[host][1] == ("作报告",)


def test_remarks_at_the_meeting_after_a_tour_stay(extract) -> None:
    body = ("5月6日，副省长李强到华能电厂调研。李强一行来到集控中心。随后，李强主持召开座谈会。"
            "会上，厂长王海表示，今年发电量将再创新高。")
    assert speakers(extract(page(body)))["王海"][1] == ("讲话",)


@pytest.mark.parametrize(
    ("body", "location"),
    [
        ("华南港务集团昨日（十二月十八日）晚上假湾仔会议展览中心举行颁奖典礼，集团主席何家俊主礼。", "湾仔会议展览中心"),
        ("香港潮州商会昨日早上假香港会议展览中心举行就职典礼。", "香港会议展览中心"),
    ],
)
def test_borrowed_venue_after_part_of_day(extract, body: str, location: str) -> None:
    meetings = extract(page(body))["meetings"]
    assert meetings[0]["location"] == location


SIGN_OFF = ("腾达国际控股有限公司\n自愿性公告\n本公司董事会欣然宣布，本公司之全资附属公司与一名独立第三方订立建造合约，"
            "合约金额约为港币12.8亿元。\n承董事会命\n腾达国际控股有限公司\n主席兼执行董事\n陈志明\n{date}\n")


@pytest.mark.parametrize(
    ("date", "published"),
    [
        ("香港，二零二四年九月二十日", "2024-09-20"),
        ("香港，二〇二三年三月五日", "2023-03-05"),
    ],
)
def test_listed_company_sign_off_date(extract, date: str, published: str) -> None:
    assert (extract(SIGN_OFF.format(date=date))["published"] or "")[:10] == published


def test_sign_off_date_needs_the_block(extract) -> None:
    # a date in Chinese numerals inside a body sentence is no sign-off
    text = "某公司公告\n本公司于香港，二零二四年九月二十日与一名独立第三方订立合约。\n"
    assert extract(text)["published"] is None


# 合约 as a funding word was withdrawn before release: it added one false funding record on the held-out news pages
# (page_heldout funding fp 4 -> 5, overall 0.7601 -> 0.7539; corpus/GUIDELINES.md §8, fourteenth stop). A contract's
# total written 合约 is a record by §6, so these rows stay as known misses.
@pytest.mark.xfail(strict=True, reason="合约 withdrawn as a funding word (GUIDELINES §8): a held-out page gained a false record")
@pytest.mark.parametrize(
    ("body", "amount"),
    [
        ("5月6日，江城建工与一名独立第三方订立建造合约，合约金额约为12.8亿元。", 1280000000),
        ("5月6日，公司与市城投公司签订施工合约，合约金额3.5亿元。", 350000000),
    ],
)
def test_contract_written_heyue(extract, body: str, amount: int) -> None:
    assert [f["amount"] for f in extract(page(body))["funding"]] == [amount]


@pytest.mark.parametrize(
    "body",
    [
        "截至6月底，公司在手合同总额达156亿元。",
        "截至本公告日期，本集团手头在建项目合约总额约为156亿元。",
        "目前，公司未完成合同金额约为80亿元。",
        "2024年，该行向辖内1200余户种养大户发放“乡村振兴贷”共计9.6亿元。",
        "今年前三季度，县农商行向小微企业投放“创业贷”3.2亿元。",
    ],
)
def test_backlog_and_loan_products_are_statistics(extract, body: str) -> None:
    assert extract(page(body))["funding"] == []


@pytest.mark.parametrize(
    "body",
    [
        # loans let out at the event stay (§6 ninth round)
        "5月6日，县政银企对接会召开，会上县农商行现场向45户种粮大户发放“丰收贷”2300万元。",
        # a subsidy in quotes is no loan
        "2024年，县财政向1200余户种养大户发放“乡村振兴补贴”共计9600万元。",
    ],
)
def test_loan_product_near_misses(extract, body: str) -> None:
    assert len(extract(page(body))["funding"]) == 1


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("5月6日，华信集团与滨海市政府签署合作协议。签约前，双方举行了工作座谈。", "工作座谈"),
        ("5月6日，华信集团与滨海市政府举行签约仪式。仪式结束后，双方进行了专题座谈。", "专题座谈"),
    ],
)
def test_talks_with_kind_word(extract, body: str, name: str) -> None:
    names = [m["name"] for m in extract(page(body))["meetings"]]
    assert name in names


def test_talks_manner_word_is_not_a_name(extract) -> None:
    body = "5月6日，华信集团与滨海市政府签署合作协议。签约前，双方进行了深入座谈。"
    assert "深入座谈" not in [m["name"] for m in extract(page(body))["meetings"]]
