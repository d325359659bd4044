"""Dates and small fields of multi-event pages: a later
meeting dated a few days after or one day before the day just named (两天后, 三天后, 此前一天), a
publication date after 发表于 or on a date line that closes with its lunar day, a roundup item labelled by
the body that held its meeting (【县统计局】5月7日，召开…), and a study visit whose verb of doing it
(开展了现场教学) is no part of the place.  Invented sentences; the expected values follow
corpus/GUIDELINES.md (§2 published, §3 date, organizer, location)."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, when


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a few days after the day just named, or the day before it (§3 relative dates)
        ("5月13日，县委召开常委会会议。两天后，县政府召开常务会议。",
         [("2024-05-13", "5月13日", None), ("2024-05-15", "两天后", None)]),
        ("5月12日，县委召开常委会会议。三天后，县政府召开常务会议。",
         [("2024-05-12", "5月12日", None), ("2024-05-15", "三天后", None)]),
        ("5月14日，县委召开常委会会议。此前一天，县政府召开了常务会议。",
         [("2024-05-14", "5月14日", None), ("2024-05-13", "此前一天", None)]),
        # (already read: 次日, 前一天)
        ("5月14日，县委召开常委会会议。次日，县政府召开了常务会议。",
         [("2024-05-14", "5月14日", None), ("2024-05-15", "次日", None)]),
        # NEGATIVE: after a vague day the shift gives no date
        ("近日，县委召开常委会会议。两天后，县政府召开常务会议。",
         [(None, "近日", None), (None, "两天后", None)]),
        # NEGATIVE: 前两天 is as often a vague "a few days ago": not counted from the day named
        ("5月14日，县委召开常委会会议。前两天，县政府召开了常务会议。",
         [("2024-05-14", "5月14日", None), (None, None, None)]),
        # NEGATIVE: a meeting decided to be held two days on is planned, not held
        ("5月13日，县委召开常委会会议，会议决定两天后召开全县大会。", [("2024-05-13", "5月13日", None)]),
    ],
)
def test_days_counted_from_the_day_named(extract, body: str, expected: list) -> None:
    assert when(extract(page(body, "2024-05-16"))) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("会议召开\n发表于 2024-05-08\n5月7日，县委召开常委会会议。\n", "2024-05-08"),
        ("会议召开\n发表于：2024-05-08 10:21\n5月7日，县委召开常委会会议。\n", "2024-05-08T10:21"),
        ("会议召开\n2024年5月8日 星期三 农历四月初一\n5月7日，县委召开常委会会议。\n", "2024-05-08"),
        ("会议召开\n2024年5月8日 星期三 农历四月初一\n5月7日，县委召开常委会会议。\n"
         + "会议强调，要坚持问题导向，压实工作责任，确保各项任务落到实处。\n" * 8, "2024-05-08"),
        # NEGATIVE: the site's clock is not the page's date (§2)
        ("会议召开\n今天是：2024年5月8日 星期三 农历四月初一\n5月7日，县委召开常委会会议。\n", None),
        # NEGATIVE: a body sentence that opens with a date is no stamp
        ("会议召开\n2024年5月7日，县长王明在会上发表讲话。\n", None),
    ],
)
def test_published_after_fabiaoyu_or_with_a_lunar_day(extract, text: str, published: str | None) -> None:
    record = extract(text)
    assert record["published"] == published
    if published:
        assert record["title"] is None or "农历" not in record["title"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("【县统计局】5月7日，召开统计执法检查工作部署会。",
         [("统计执法检查工作部署会", "2024-05-07", "县统计局")]),
        ("【县统计局】5月7日，召开统计执法检查工作部署会。\n【县财政局】5月8日上午，召开全县财政工作推进会。",
         [("统计执法检查工作部署会", "2024-05-07", "县统计局"), ("全县财政工作推进会", "2024-05-08", "县财政局")]),
        # NEGATIVE: a column's label, no body
        ("【工作动态】5月7日，召开统计执法检查工作部署会。", [("统计执法检查工作部署会", "2024-05-07", None)]),
        # NEGATIVE: a scope, no body
        ("【各县区】5月7日，召开统计执法检查工作部署会。", [("统计执法检查工作部署会", "2024-05-07", None)]),
        # NEGATIVE: the item names another holder
        ("【县统计局】5月7日，县委召开统计执法检查工作部署会。", [("统计执法检查工作部署会", "2024-05-07", "县委")]),
    ],
)
def test_a_roundup_item_labelled_by_its_body(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-05-10"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("上月28日，区委理论学习中心组还赴区党风廉政教育基地开展了现场教学。", ("现场教学", "2024-03-28", "区党风廉政教育基地")),
        ("4月25日，区委理论学习中心组到区党风廉政教育基地进行现场教学。", ("现场教学", "2024-04-25", "区党风廉政教育基地")),
        ("4月25日，区委理论学习中心组50余人赴红旗渠干部学院开展现场观摩。", ("现场观摩", "2024-04-25", "红旗渠干部学院")),
        # NEGATIVE: already read without a verb
        ("4月25日，区委理论学习中心组赴红旗渠干部学院现场观摩。", ("现场观摩", "2024-04-25", "红旗渠干部学院")),
    ],
)
def test_a_study_visit_keeps_its_verb_out_of_the_place(extract, body: str, expected: tuple) -> None:
    meetings = extract(page(body, "2024-04-26"))["meetings"]
    assert [(m["name"], m["date"], m["location"]) for m in meetings] == [expected]
