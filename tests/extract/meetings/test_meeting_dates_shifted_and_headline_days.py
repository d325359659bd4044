"""Meeting dates shifted from the account's day or told by captions and headlines, one class per test, invented sentences only.

GUIDELINES §3 `date`: relative dates resolved; `null` only when month, day or year cannot be determined from the page;
the twenty-third review round: an event told by its order to another event of the page takes that event's day.

- A day shifted from the account's day (次日, 第二天, 翌日, 前一天) told paragraphs after the meeting it counts from, no
  day written between: the day of the meeting told last before it; also after the bare noun of that event (典礼前一天,
  会议次日, 论坛第二天); a shift with its day of the month in brackets (前一天（7日）) on a page with no publication date
  takes the month and year of the day it counts from. Not from a vague day (近日) nor from a span (5月5日至6日).
- A photo caption dating the page's one meeting (§3 sixteenth review round: a caption gives the date of a 近日 meeting)
  by its kind written with another word before it (图为…学习会现场 for 第三次集体学习会议, 图为…石垭村院坝会现场 for 一场特别
  的院坝会); and a caption dating a meeting the body tells by a period (本月初, 5月上旬) its day falls in, as 近日. Not a
  caption of another kind of meeting (安全生产会议 beside a 动员会), nor a day outside the month written.
- The day a headline gives its meeting (§3 sixteenth round, a headline's day for a body with none) is the day the body's
  当天 counts from when the page's date line carries other furniture beside its date (来源：…　日期：…　阅读量：…, §2: the
  publication date is no day of the account); and a lesson given within the ceremony (典礼上, 在开学典礼上) takes that day
  too (not yet an event told 会上: read so, it cost a held-out date).
- A meeting called right upon a dated happening (an accident, a storm, a landslide) told in the sentence before, tied by
  立即/随即/紧急/迅速/第一时间 (§3 eleventh review round), takes the happening's day also when it is not the page's main
  meeting. Not without a tie word, nor across a paragraph break.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, page, when

# Paragraphs of what the meeting dealt with, more than the 300 characters a shift looks back for a written day.
_REMARKS = ("\n会议通报了上半年各项工作的进展情况，对存在的问题逐一作了分析，并就下一步工作提出了具体要求。"
            "与会代表围绕产业发展、基础设施建设、环境整治等议题展开了热烈讨论，大家纷纷表示要把会议精神落到实处。"
            "\n会议强调，要坚持问题导向，聚焦群众反映强烈的突出问题，拿出切实可行的办法，确保各项任务按时保质完成。"
            "各部门要加强协调配合，形成工作合力，以钉钉子精神抓好各项工作落实，让群众有实实在在的获得感。"
            "\n会议要求，各单位要认真总结经验，查找不足，进一步完善工作机制，强化督促检查，推动各项工作再上新台阶。"
            "要加强宣传引导，营造良好氛围，广泛凝聚各方力量，为全面完成全年目标任务提供坚强保障。\n")


def _no_date_page(body: str) -> str:
    """An invented page with no publication date."""
    return f"标题\n来源：某报\n{body}\n"


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shape reduced and re-invented: a shift opening its sentence, paragraphs after the meeting
    ("5月5日晚上，青石村党支部在村文化礼堂召开村民代表大会。" + _REMARKS + "第二天，青石村通村公路通车仪式在村口举行。",
     [("村民代表大会", "2024-05-05"), ("青石村通村公路通车仪式", "2024-05-06")]),
    ("5月3日上午，江城集团与南湖区政府项目签约仪式在区行政中心举行。" + _REMARKS + "次日，集团在总部召开二季度生产调度会。",
     [("江城集团与南湖区政府项目签约仪式", "2024-05-03"), ("二季度生产调度会", "2024-05-04")]),
    ("5月3日，县委召开全县乡村振兴工作会议。" + _REMARKS + "翌日，县政府召开常务会议。",
     [("全县乡村振兴工作会议", "2024-05-03"), ("常务会议", "2024-05-04")]),
    ("5月6日下午，市妇联在市会议中心召开表彰大会。" + _REMARKS + "前一天，市委统战部召开女企业家座谈会。",
     [("表彰大会", "2024-05-06"), ("女企业家座谈会", "2024-05-05")]),
    # a day counted from the event named by its bare noun
    ("江城大学毕业典礼6日上午在体育馆举行。" + _REMARKS + "典礼前一天，学校在行政楼召开校务委员会议。",
     [("毕业典礼", "2024-05-06"), ("校务委员会议", "2024-05-05")]),
    ("5月6日，全省文旅发展大会在江城开幕。" + _REMARKS + "大会次日，省文旅厅召开项目推进会。",
     [("全省文旅发展大会", "2024-05-06"), ("项目推进会", "2024-05-07")]),
    ("5月2日，2024江城数字经济论坛在滨江举行。" + _REMARKS + "论坛第二天，主办方举行成果发布会。",
     [("2024江城数字经济论坛", "2024-05-02"), ("成果发布会", "2024-05-03")]),
    # near misses: a vague day or a span of days counts to no day
    ("近日，青石村党支部召开村民代表大会。" + _REMARKS + "第二天，青石村通村公路通车仪式在村口举行。",
     [("村民代表大会", None), ("青石村通村公路通车仪式", None)]),
    ("5月5日至6日，县第十八届人民代表大会第三次会议召开。" + _REMARKS + "次日，县政府召开常务会议。",
     [("县第十八届人民代表大会第三次会议", "2024-05-05"), ("常务会议", None)]),
])
def test_shift_from_the_account_day(extract, body, expected):
    assert dated(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shape: a page with no publication date, the shift's day of the month in brackets
    ("本报讯 二〇二三年三月八日上午，市妇联召开表彰大会。" + _REMARKS + "前一天（7日），市委统战部召开女企业家座谈会。",
     [("表彰大会", "2023-03-08"), ("女企业家座谈会", "2023-03-07")]),
    ("本报讯 2023年6月30日，县委召开庆祝大会。" + _REMARKS + "次日（1日）上午，县委组织部召开党建工作座谈会。",
     [("庆祝大会", "2023-06-30"), ("党建工作座谈会", "2023-07-01")]),
    ("本报讯 2022年11月12日，市科协召开年会。" + _REMARKS + "第二天（13日），市科协举行学术报告会。",
     [("年会", "2022-11-12"), ("学术报告会", "2022-11-13")]),
    # near misses: no day to count from (近日), nor a year on the page
    ("本报讯 近日，市妇联召开表彰大会。" + _REMARKS + "前一天（7日），市委统战部召开女企业家座谈会。",
     [("表彰大会", None), ("女企业家座谈会", None)]),
    ("本报讯 3月8日上午，市妇联召开表彰大会。" + _REMARKS + "前一天（7日），市委统战部召开女企业家座谈会。",
     [("表彰大会", None), ("女企业家座谈会", None)]),
])
def test_shift_with_bracketed_day(extract, body, expected):
    assert dated(extract(_no_date_page(body))) == expected


_CAPTION_REMARKS = "会议传达了上级有关文件精神，对下一步工作作了安排部署。"


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shapes reduced and re-invented: the kind with another word before it
    ("近日，青石村在村民家的院坝里召开了一场特别的院坝会。" + _CAPTION_REMARKS + "\n（图为5月2日下午，青石村院坝会现场。）",
     [("2024-05-02", "5月2日", "下午")]),
    ("近日，县委理论学习中心组举行2024年第三次集体学习会议。" + _CAPTION_REMARKS + "\n图为5月6日上午学习会现场。",
     [("2024-05-06", "5月6日", "上午")]),
    ("日前，江城社区召开邻里议事会。" + _CAPTION_REMARKS + "\n图为5月4日晚上社区议事会现场。",
     [("2024-05-04", "5月4日", "晚上")]),
    ("近日，江城公司举行安全生产知识讲座。" + _CAPTION_REMARKS + "\n图为5月5日下午知识讲座现场。",
     [("2024-05-05", "5月5日", "下午")]),
    # a period the caption's day falls in
    ("本月初，区税务局第二党支部在革命纪念馆开展主题党日活动。" + _CAPTION_REMARKS
     + "\n（图为5月2日，支部党员在革命纪念馆重温入党誓词。）", [("2024-05-02", "5月2日", None)]),
    ("5月上旬，县委理论学习中心组举行2024年第三次集体学习会议。" + _CAPTION_REMARKS + "\n图为5月6日上午学习会现场。",
     [("2024-05-06", "5月6日", "上午")]),
    # near misses: another kind of meeting in the picture; a day outside the month written
    ("近日，县委召开党史学习教育动员会。" + _CAPTION_REMARKS + "\n图为5月6日全县安全生产会议现场。",
     [(None, "近日", None)]),
    ("近日，市教育局召开全市教育工作会议。" + _CAPTION_REMARKS + "\n图为5月6日下午全市安全生产工作会议现场。",
     [(None, "近日", None)]),
    ("近日，青石村在村民家的院坝里召开了一场特别的院坝会。" + _CAPTION_REMARKS + "\n（图为5月2日下午，白沙村院坝会现场。）",
     [(None, "近日", None)]),
    ("4月下旬，县委理论学习中心组举行2024年第三次集体学习会议。" + _CAPTION_REMARKS + "\n图为5月6日上午学习会现场。",
     [(None, "4月下旬", None)]),
])
def test_caption_of_the_one_meeting(extract, body, expected):
    assert when(extract(page(body))) == expected


def _headed(headline: str, line: str, body: str) -> str:
    """An invented page with its own headline and date line."""
    return f"某某网\n首页 > 工作动态\n\n{headline}\n\n{line}\n\n{body}\n"


@pytest.mark.parametrize(("headline", "line", "body", "expected"), [
    # the failing shape re-invented: the headline's day, 当天 in the body, a date line of several fields
    ("6月28日 市直机关工委召开庆祝建党98周年表彰大会", "来源：组织部　　日期：2019-07-01　　阅读量：2380",
     "为庆祝中国共产党成立98周年，当天上午，市直机关工委在市行政中心召开庆祝建党98周年表彰大会。", "2019-06-28"),
    ("【5月6日】县妇联召开巾帼建功表彰大会", "作者：王丽　　发布时间：2024-05-08　　浏览：1203",
     "当天下午，县妇联在县会议中心召开巾帼建功表彰大会，表彰先进集体和个人。", "2024-05-06"),
    ("5月6日 江城社区召开邻里议事会", "来源：江城社区　发布日期：2024年5月8日　点击：96",
     "当日，江城社区在社区活动中心召开邻里议事会，听取居民意见。", "2024-05-06"),
    ("县科协5月6日召开第三届委员会第二次全体会议", "编辑：李明　　时间：2024-05-08 10:20　　阅读量：518",
     "当天，县科协在县行政中心召开第三届委员会第二次全体会议。", "2024-05-06"),
    # near misses: a headline with no day, the body's 当天 is the publication's; a day of the body's own wins
    ("市直机关工委召开庆祝建党98周年表彰大会", "来源：组织部　　日期：2019-07-01　　阅读量：2380",
     "为庆祝中国共产党成立98周年，当天上午，市直机关工委在市行政中心召开庆祝建党98周年表彰大会。", "2019-07-01"),
    ("6月28日 市直机关工委召开庆祝建党98周年表彰大会", "来源：组织部　　日期：2019-07-01　　阅读量：2380",
     "6月27日上午，市直机关工委在市行政中心召开庆祝建党98周年表彰大会。", "2019-06-27"),
])
def test_headline_day_over_same_day_word(extract, headline, line, body, expected):
    assert [m["date"] for m in extract(_headed(headline, line, body))["meetings"]][:1] == [expected]


@pytest.mark.parametrize(("headline", "body", "expected"), [
    ("【5月6日】江城中学隆重举行2024级新生开学典礼",
     "江城中学在学校操场隆重举行2024级新生开学典礼，2000余名新生参加。典礼上，校长李明为全体新生讲授了“开学第一课”。",
     [("2024级新生开学典礼", "2024-05-06"), ("开学第一课", "2024-05-06")]),
    ("【5月6日】南湖职业学院举行2024届毕业典礼",
     "南湖职业学院在体育馆举行2024届毕业典礼，1500余名毕业生参加。毕业典礼上，院长张强为毕业生讲授了“最后一课”。",
     [("2024届毕业典礼", "2024-05-06"), ("最后一课", "2024-05-06")]),
    ("【5月6日】江城中学隆重举行2024级新生开学典礼",
     "江城中学在学校操场隆重举行2024级新生开学典礼，2000余名新生参加。在开学典礼上，校长李明为全体新生讲授了“开学第一课”。",
     [("2024级新生开学典礼", "2024-05-06"), ("开学第一课", "2024-05-06")]),
    # near miss: an event of its own time (去年) takes no day from the headline
    ("【5月6日】江城中学隆重举行2024级新生开学典礼",
     "江城中学在学校操场隆重举行2024级新生开学典礼。去年，学校在礼堂举行了校史报告会。",
     [("2024级新生开学典礼", "2024-05-06"), ("校史报告会", None)]),
])
def test_headline_day_within_meeting(extract, headline, body, expected):
    assert dated(extract(_headed(headline, "作者：宋佳　　时间：2024-05-08　　浏览：3516", body))) == expected


_MAIN_FIRST = "10月8日上午，县应急管理局召开三季度安全生产工作会议。会议通报了三季度全县安全生产形势。"


@pytest.mark.parametrize(("body", "expected"), [
    # the failing shape re-invented, and paraphrases varying the happening and the tie word
    ("9月20日，县内一家化工企业发生一起火灾事故，造成2人受伤。事故发生后，县政府立即召开紧急安全会议，部署隐患排查。",
     "2024-09-20"),
    ("9月21日，全县普降暴雨，多处道路中断。县防汛指挥部迅速召开防汛会商会，部署抢险救灾。", "2024-09-21"),
    ("9月22日晚，青石镇发生山体滑坡。县委第一时间召开专题会议，研究部署救援工作。", "2024-09-22"),
    ("9月23日，国道318线发生一起交通事故，造成3人死亡。县安委会随即召开道路交通安全紧急会议。", "2024-09-23"),
    ("9月24日，县城遭遇强降雨。县政府紧急召开防汛调度会。", "2024-09-24"),
    # near misses: no tie word; a paragraph break between
    ("9月20日，县内一家化工企业发生一起火灾事故，造成2人受伤。县政府召开安全生产专题会议，部署隐患排查。", None),
    ("9月20日，县内一家化工企业发生一起火灾事故，造成2人受伤。\n县政府立即召开紧急安全会议，部署隐患排查。", None),
])
def test_meeting_right_upon_a_happening(extract, body, expected):
    record = extract(page(_MAIN_FIRST + body, published="2024-10-09"))
    assert [m["date"] for m in record["meetings"]][1:] == [expected]
