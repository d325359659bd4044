"""Meeting dates in government and party news. Sixteen invented pages tried year boundaries
(28日 or 上周五 on a January page, 2024年度 reviewed in the next year), relative days, 民国 years, lunar days,
full-width digits and headline-only days; the dates were all read right. Two gaps were found:

* a Taiwan page's publication stamp with its ROC year in Chinese numerals after a label
  (发布日期：中华民国一一三年五月三日, or the hundreds written out, 中华民国一百十三年五月三日) gave no publication
  date, so 昨日 dated nothing (GUIDELINES §2 published, §3 date: relative days against the publication date);
  a print stamp in Chinese numerals or ROC digits (打印日期：二〇二四年五月九日) was taken for the publication date,
  and an update stamp in those calendars over the publication line was not passed over (§2);
* a Taiwan county head speaking from his 施政总报告 at the council session got 作报告 without 讲话
  (§4 fourteenth review round: one who speaks from the report that is the session's own business).

Invented sentences only."""

from __future__ import annotations

import pytest

from tests.extract.views import speakers, when

_TW_BODY = "昨日上午，縣府召開第5次縣務會議，縣長李明主持會議。"


def _tw_page(header: str, body: str = _TW_BODY) -> str:
    return f"縣府召開縣務會議\n{header}\n{body}\n"


@pytest.mark.parametrize(
    ("header", "published", "date"),
    [
        ("發布日期：中華民國一一三年五月三日", "2024-05-03", "2024-05-02"),
        ("發布日期：民國一一三年五月三日　發布單位：秘書處", "2024-05-03", "2024-05-02"),
        ("日期：民國一一三年五月三日（星期五）", "2024-05-03", "2024-05-02"),
        ("發布時間：中華民國一百十三年五月三日 下午3時", "2024-05-03", "2024-05-02"),
        ("發布日期：民國一百一十三年十二月一日", "2024-12-01", "2024-11-30"),
        ("中華民國一百十三年五月三日", "2024-05-03", "2024-05-02"),
        ("發布日期：民國一〇三年五月三日", "2014-05-03", "2014-05-02"),
        # an update stamp over the publication line gives way to it, in every calendar (§2)
        ("更新日期：民國一一三年五月九日\n發布日期：民國一一三年五月三日", "2024-05-03", "2024-05-02"),
        ("更新日期：二〇二四年五月九日\n發布日期：二〇二四年五月三日", "2024-05-03", "2024-05-02"),
        ("更新時間：113-05-09\n發布時間：113-05-03", "2024-05-03", "2024-05-02"),
        # an update stamp alone is the page's date
        ("更新日期：民國一一三年五月九日", "2024-05-09", "2024-05-08"),
        # NEGATIVE: a print stamp or an event's day is no publication date (§2), so 昨日 dates nothing
        ("打印日期：民國一一三年五月九日", None, None),
        ("打印日期：二〇二四年五月九日", None, None),
        ("打印日期：113-05-09", None, None),
        ("活動時間：民國一一三年五月三日", None, None),
        ("報名截止日期：民國一一三年五月九日", None, None),
    ],
)
def test_roc_stamp_in_chinese_numerals(extract, header: str, published: str | None, date: str | None) -> None:
    record = extract(_tw_page(header))
    assert ((record["published"] or "")[:10] or None, when(record)[0][0]) == (published, date)


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        ("民國113年5月2日，縣議會第20屆第3次定期會開議，議長林文雄主持會議。縣長黃志明在施政總報告中表示，縣府將持續推動長照服務。",
         ("作报告", "讲话")),
        ("5月2日，縣議會定期會開議，議長林文雄主持會議。縣長黃志明在本次會議的施政總報告中指出，今年將推動交通建設。",
         ("作报告", "讲话")),
        ("5月2日，縣議會定期會開議。縣長黃志明在施政報告中強調，要加快偏鄉道路改善。", ("作报告", "讲话")),
        # NEGATIVE: the report's words cited as a thing give no report or speech of his
        ("5月2日，縣議會定期會開議，議長林文雄主持會議。縣長黃志明在施政總報告中提出的目標，議員逐一質詢。", ()),
        # NEGATIVE: another's report named by whose it is
        ("5月2日，縣議會定期會開議，議長林文雄主持會議，並在縣長的施政總報告中表示歡迎。", None),
    ],
)
def test_speaks_from_the_general_policy_report(extract, body: str, roles: tuple | None) -> None:
    found = speakers(extract(_tw_page("發布日期：2024-05-03", body)))
    if roles is None:
        assert "作报告" not in found["林文雄"][1]
    elif roles:
        assert found["黄志明"][1] == roles
    else:
        assert "黄志明" not in found or "作报告" not in found["黄志明"][1]
