"""Meeting shapes of habits with their day, needs held on, associations, caption days and numeral months: wrong firings G1-G5, G16 and its meetings code-health items.

- G1 (GUIDELINES §3 sixteenth round, 例会 as a habit): a habit word may have the recurring day or part of the day
  between it and the verb (每周五下午召开例会, 每月15日召开例会, 每个月召开…): no meeting held; a dated 例会 stays one.
- G2 (§3, held vs needed): 需要 after 出于/结合/视 (出于安全需要, 视需要) is the needs a meeting is held on, not "need
  to"; the basis words are one list for _NEED_TO and the organizer's tail (_ORG_AS_REQUIRED_TAIL), and 出于 is no
  于 before a venue. A basis-like character inside a body's own name (应急管理局, 中西医结合医院) is left alone.
- G3 (§3 sixteenth round, the association the page names): the name of the association a bare-kind session belongs
  to opens a clause or follows a verb taking it as object (当选为…, 会见了…): the person and the verb are no part of it.
- G4 (§3, time after the subject): a digit month after the organizer (县委5月召开) is no part of it; a numeral month
  needs a part after it (十月文艺出版社, 三月三文化研究会 are names).
- G5 (§3 sixteenth round, dating captions): a caption dates a 近日 meeting only when it opens a line or sentence, its
  day is within the month before publication, and a bare 会议 caption only when the page tells one meeting;
  Traditional captions (圖為…現場) read like Simplified ones.
- G16 (§3 sixteenth round, month-only dates): a month in numerals opening its clause (三月，…召开) is the date_text.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, when


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a habit: the recurring day or part of it between the habit word and the verb
        ("市应急局每周五下午召开例会，研究安全生产工作。", []),
        ("市应急局每周一上午召开例会。", []),
        ("市应急局每月15日召开例会。", []),
        ("市应急局每个月召开例会。", []),
        ("县教育局每月底下午召开例会，通报工作进展。", []),
        ("区住建局每周三晚上召开调度会。", []),
        # (NEGATIVE: a 例会 told held on its day, a regular meeting named as such)
        ("5月6日上午，市应急局召开周例会，局长王强主持。", [("周例会", "2024-05-06", "市应急局")]),
        ("5月6日，美联储货币政策委员会举行例会。", [("例会", "2024-05-06", "美联储货币政策委员会")]),
        ("5月6日，市应急局召开每月例会，局长王强主持。", [("每月例会", "2024-05-06", "市应急局")]),
    ],
)
def test_habit_with_its_day(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the needs the meeting is held on, the organizer without them
        ("5月6日，县委出于安全需要召开专题会议，部署防汛工作。", [("专题会议", "2024-05-06", "县委")]),
        ("5月6日，县委视需要召开专题会议。", [("专题会议", "2024-05-06", "县委")]),
        ("5月6日，县委结合工作需要召开常委会议。", [("常委会议", "2024-05-06", "县委")]),
        ("5月6日，县委为了工作需要召开专题会议。", [("专题会议", "2024-05-06", "县委")]),
        ("5月6日，县政府因换届需要召开专题会议。", [("专题会议", "2024-05-06", "县政府")]),
        # a basis-like character inside the body's own name stays in it
        ("5月6日，江城市应急管理局因工作需要召开专题会议。", [("专题会议", "2024-05-06", "江城市应急管理局")]),
        ("5月6日，江城中西医结合医院根据工作需要召开专题会议。", [("专题会议", "2024-05-06", "江城中西医结合医院")]),
        # (NEGATIVE: 需要 as "need to": talks or a meeting still ahead)
        ("会议认为，两国外长需要进行会谈。", []),
        ("各村需要于月底前召开村民代表大会。", []),
        ("出于安全需要，县委于5月6日召开专题会议。", [("专题会议", "2024-05-06", "县委")]),
    ],
)
def test_needs_held_on(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


_SESSION = "5月7日，协会第四届理事会第一次会议在江城召开。"


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # a person and a verb before the association's name: no part of it
        ("5月6日，王某当选为江城市作家协会主席，他表示将带领协会做好工作。", "江城市作家协会"),
        ("5月6日，王某当选为江城市作家协会主席。", "江城市作家协会"),
        ("5月6日，市委书记王某会见了江城市作家协会主席李某。", "江城市作家协会"),
        ("5月6日，李某担任江城市摄影家协会秘书长。", "江城市摄影家协会"),
        # (NEGATIVE: two associations named, or only a person acting for one: none)
        ("5月6日，王某当选为江城市作家协会主席，李某当选为江城市摄影家协会主席。", None),
        ("江城市书法家协会和江城市美术家协会联合举办展览。", None),
        ("他代表协会发言。", None),
        # (NEGATIVE: the name opening its clause, as before)
        ("中国茶叶流通协会会长王某表示，行业发展向好。", "中国茶叶流通协会"),
    ],
)
def test_association_after_a_verb(extract, first: str, expected: str | None) -> None:
    assert held(extract(page(first + _SESSION)))[-1] == ("协会第四届理事会第一次会议", "2024-05-07", expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a digit month after the subject
        ("县委5月召开十五届六次全会。", [("十五届六次全会", None, "县委")]),
        ("十月文艺出版社5月召开作者座谈会。", [("作者座谈会", None, "十月文艺出版社")]),
        ("市政府2024年3月召开常务会议。", [("常务会议", None, "市政府")]),
        ("县委6月初召开十五届六次全会。", [("十五届六次全会", None, "县委")]),
        # (NEGATIVE: a numeral month is part of a name unless a part of the month follows)
        ("五月花集团5月6日召开年度工作会议。", [("年度工作会议", "2024-05-06", "五月花集团")]),
        ("三月三文化研究会5月6日召开理事会。", [("理事会", "2024-05-06", "三月三文化研究会")]),
        ("某集团1997年底召开职工代表大会。", [("职工代表大会", None, "某集团")]),
    ],
)
def test_month_after_organizer(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


_RECENT = "近日，县委召开全县经济工作会议，部署明年工作。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a caption months before the page: an earlier photo, not 近日
        (_RECENT + "\n图为12月18日下午全县经济工作会议现场。", [(None, "近日", None)]),
        (_RECENT + "\n图为1月8日全县经济工作会议现场。", [(None, "近日", None)]),
        (_RECENT + "\n图为3月20日上午会议现场。", [(None, "近日", None)]),
        # a bare 会议 caption on a page of two meetings
        ("近日，县委召开全县经济工作会议。此前，县政府召开了全县安全生产会议。\n图为5月2日会议现场。",
         [(None, "近日", None), (None, None, None)]),
        # inside a clause: no caption
        ("近日，县委召开全县经济工作会议。县里也开过类似会议，图为5月6日下午会议现场。", [(None, "近日", None)]),
        # (NEGATIVE: Traditional or Simplified caption of the meeting within the month: its day)
        ("近日，县委召开全县经济工作会议。\n圖為5月6日下午全縣經濟工作會議現場。", [("2024-05-06", "5月6日", "下午")]),
        (_RECENT + "\n图为5月6日下午全县经济工作会议现场。", [("2024-05-06", "5月6日", "下午")]),
        (_RECENT + "\n（图为4月10日上午会议现场）", [("2024-04-10", "4月10日", "上午")]),
        ("近日，县委召开全县经济工作会议。图为5月6日下午会议现场。", [("2024-05-06", "5月6日", "下午")]),
    ],
)
def test_caption_day(extract, body: str, expected: list) -> None:
    assert when(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("三月，县委召开常委会会议。", "三月"),
        ("十二月，县委召开十五届六次全会。", "十二月"),
        ("去年十一月，县委召开十五届六次全会。", "去年十一月"),
        # (NEGATIVE: a digit month as before; a deadline or a name: no month)
        ("2023年12月，县委召开十五届六次全会，审议通过了有关文件。", "2023年12月"),
        ("截至3月，全县共完成投资20亿元，县委召开常委会会议进行了总结。", None),
        ("三月三文化研究会召开理事会。", None),
        ("五月花集团召开年度工作会议。", None),
    ],
)
def test_numeral_month_only(extract, body: str, expected: str | None) -> None:
    record = extract(page(body))
    assert [(m["date"], m["date_text"]) for m in record["meetings"]] == [(None, expected)]
