"""Twenty-third review round readings on meetings that were written ahead of the rules (GUIDELINES §3, §11), now followed.

- §3 (order ties): an event told by its order to another event of the page (会上, 会后, 会前, 签约前, 签约后, 仪式结束后,
  开班式后, 随即, 随后, 紧接着, and 仪式结束时, which gave no day) with no day of its own takes that event's day and, unless
  its own sentence writes one, its part of the day; 当天/当日/同日 give the day only, and an event after a ceremony or at its
  close takes no venue from it. The rules lent the part of the day after 会上/会后 only. Class: any order word opening
  the sentence, before or after the event told, the event's noun or act named or not.
- §3 (lectures after a ceremony): a lecture a named person gives after a ceremony is its own record whenever an order word
  ties it to the ceremony (随后, 紧接着, 仪式结束后, 开班式后), in the same paragraph or the next, on the ceremony's day and
  part of the day, with no venue (§8 withdrew the ceremony's venue); one told with no order word in the account of a class
  is the class's programme. The rules read 开班式后 and …结束后 only. Class: bare order words (随后, 随即, 紧接着, 接着),
  any lecture noun (专题讲座, 学术报告, 党课), across a paragraph break.
- §3 (组织…研究会): a 研究会 after 组织 is a meeting held when the text tells people taking part in it or its venue, a body
  founded when it tells its officers, members or founding, or neither. The rules read every one as a body. Class: the
  participants' verb (参加, 出席, 参与), counted or not, the venue before the verb, 组织了一次.
- §11 (本报记者X报道): a line opening with 本报记者X报道 (with or without a colon, two reporters joined by 、) opens an item
  like 本报讯, so a year written in the item before dates nothing in it; 据本报记者X报道 inside a sentence opens none.
  Class: colon or none, one or two reporters, 、 or a space, 通讯员 before the second name.
- §3 (县法院): the short 县法院/市法院 organizer stands for the one …人民法院 of that level the page names, like 县政府 and a
  bare 法院; with none or two named, or one of another level, it stays as written. Class: 县/区/市 (a city's 中级人民法院),
  法院 and 检察院.
- §3 (a session's dated parts): a dated opening or closing sitting or ceremony takes the whole session's venue and
  organizer when it names neither; placed in its own venue it is an event of its own: that venue, organizer null. The
  rules lent the organizer to a dated 开幕式 even in its own venue, and to no dated 开幕会/闭幕会. Class: 开幕式, 闭幕式,
  开幕会, 闭幕会, 开幕大会, a council's or an academic meeting's session.
- §3 (counts from a year's end): a year reached by counting from a start at a year's end (自1996年底启动以来…一年来) is
  decided by the meeting's month: the last quarter is in the year the count reaches, the first quarter in the year after
  it, another month or none stays null. Class: 年底, 年末, 12月, Chinese numerals, the count in the next sentence, 两年来.
- §3 (several bodies each holding): meetings several bodies each hold on one stated day, told actively (3月5日，各社区
  分别召开座谈会), are one record with that day and organizer null, as the passive form already was; over an unstated
  stretch or as a tally they are a series. Class: with or without 分别, a scope before 各 (全县各乡镇), the day after the
  subject (各社区于3月5日分别召开), any body.

Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _rows(record: dict, *keys: str) -> list[tuple]:
    return [tuple(m[k] for k in ("name", *keys)) for m in record["meetings"]]


_RITE = "5月6日上午，全县青年干部培训班开班仪式在县委党校举行。"


@pytest.mark.parametrize(("body", "expected"), [
    # the review's sentence, re-invented: a bare 随后 across a paragraph break
    (_RITE + "\n随后，省委党校教授王芳为学员作了专题讲座。", ("专题讲座", "2024-05-06", "上午", None)),
    # paraphrases: the same paragraph, another order word, another lecture noun, another part of the day
    (_RITE + "随后，省委党校教授王芳为学员作了专题讲座。", ("专题讲座", "2024-05-06", "上午", None)),
    (_RITE + "紧接着，省委党校教授王芳为学员作了专题讲座。", ("专题讲座", "2024-05-06", "上午", None)),
    (_RITE + "\n仪式结束后，省委党校教授王芳为学员作了专题讲座。", ("专题讲座", "2024-05-06", "上午", None)),
    (_RITE + "开班式后，省委党校教授王芳为学员作了专题讲座。", ("专题讲座", "2024-05-06", "上午", None)),
    ("5月6日下午，全市科技工作者培训班开班式在市科技馆举行。\n紧接着，江城大学教授李强作了题为《人工智能与产业》的学术报告。",
     ("学术报告", "2024-05-06", "下午", None)),
    (_RITE + "\n随后，县委书记张明为学员讲授专题党课。", ("专题党课", "2024-05-06", "上午", None)),
])
def test_lecture_tied_to_a_ceremony_by_an_order_word(extract, body, expected):
    assert _rows(extract(page(body)), "date", "time_of_day", "location")[-1] == expected


@pytest.mark.parametrize("body", [
    # negative: no order word, the class's programme; 培训期间; a lecture still ahead
    _RITE + "\n省委党校教授王芳为学员作了专题讲座。",
    _RITE + "县委书记张明出席并讲话。\n培训期间，省委党校教授王芳为学员作了专题讲座。",
    _RITE + "随后，省委党校教授王芳将为学员作专题讲座。",
    # negative: an academic meeting's opening ceremony, whose report after it is its own programme
    "5月6日上午，第十届江城学术年会开幕仪式在江城大学举行。随后，中国科学院院士王明作了题为《量子计算进展》的学术报告。",
    # negative: two paragraphs on, the tie is cut
    _RITE + "\n\n学员们认真学习。\n随后，省委党校教授王芳为学员作了专题讲座。",
])
def test_lecture_not_tied_is_no_record(extract, body):
    assert [m["name"] for m in extract(page(body))["meetings"] if m["name"].endswith(("讲座", "报告", "党课"))] == []


_SIGNING = "4月16日上午，江城县人民政府与华信集团投资项目签约仪式在县会议中心举行。"
_SESSION = "4月16日上午，县委召开常委会议。"


@pytest.mark.parametrize(("body", "expected"), [
    # the review's sentence, re-invented: talks before a signing take its morning
    (_SIGNING + "签约前，县长李明会见了华信集团董事长王强一行。", ("会见", "2024-04-16", None, "上午", None)),
    # paraphrases: after the signing, after the ceremony, at its close, 随后, 紧接着, 会前, another part of the day
    (_SIGNING + "签约后，双方召开了座谈会。", ("座谈会", "2024-04-16", None, "上午", None)),
    ("4月16日下午，江城大学2024届毕业典礼在体育馆举行。典礼结束后，学校举行了校友座谈会。",
     ("校友座谈会", "2024-04-16", None, "下午", None)),
    ("4月16日晚上，江城县重大项目集中开工仪式在工业园区举行。仪式结束时，县政府举行了招待宴会。",
     ("招待宴会", "2024-04-16", None, "晚上", None)),
    (_SESSION + "随后，县委书记李明主持召开全县安全生产工作座谈会。", ("全县安全生产工作座谈会", "2024-04-16", None, "上午", None)),
    (_SESSION + "紧接着，县委书记李明主持召开全县安全生产工作座谈会。", ("全县安全生产工作座谈会", "2024-04-16", None, "上午", None)),
    (_SESSION + "会前，县委书记李明主持召开全县安全生产工作座谈会。", ("全县安全生产工作座谈会", "2024-04-16", None, "上午", None)),
    # near misses: a part of the day of its own; 当天 gives the day only; a venue of its own is kept
    (_SESSION + "随后，县委书记李明于下午主持召开全县安全生产工作座谈会。",
     ("全县安全生产工作座谈会", "2024-04-16", None, "下午", None)),
    (_SESSION + "当天，县委书记李明主持召开全县安全生产工作座谈会。",
     ("全县安全生产工作座谈会", "2024-04-16", "当天", None, None)),
    ("4月16日上午，江城县重大项目集中开工仪式在工业园区举行。\n仪式结束后，县政府在县宾馆举行了招待宴会。",
     ("招待宴会", "2024-04-16", None, "上午", "县宾馆")),
])
def test_order_tie_passes_the_part_of_the_day(extract, body, expected):
    assert _rows(extract(page(body)), "date", "date_text", "time_of_day", "location")[-1] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the review's sentence, re-invented: people taking part told
    ("5月6日，县委组织部组织党建课题研究会，20名党务干部参加。", [("党建课题研究会", "县委组织部", 20)]),
    # paraphrases: the venue before the verb, 出席, 组织了一次, uncounted participants
    ("5月6日，县委组织部在县委党校组织党建课题研究会。", [("党建课题研究会", "县委组织部", None)]),
    ("5月6日，市社科联组织了一次乡村振兴研究会，30余名专家学者出席。", [("乡村振兴研究会", "市社科联", 30)]),
    ("5月6日，县教育局组织课堂教学改革研究会，全县骨干教师参加。", [("课堂教学改革研究会", "县教育局", None)]),
    ("5月6日，县社科联组织乡村文化研究会，12名学者参加。", [("乡村文化研究会", "县社科联", 12)]),
    # near misses: officers, members, founding told, or neither: a body founded
    ("5月6日，县老科协牵头组织老年科技研究会，李强任会长。", []),
    ("5月6日，县文联组织民间文艺研究会，选举产生第一届理事会。", []),
    ("5月6日，县侨联组织华侨历史研究会，吸收会员50名。", []),
    ("5月6日，县科协组织农村科技研究会。", []),
    ("5月6日，县科协组织农村科技研究会，宣告研究会正式成立。", []),
    # a verb of holding keeps it a meeting; a body named …研究会 holds sessions of its own
    ("5月6日，市历史文化研究会召开理事会。", [("理事会", "市历史文化研究会", None)]),
])
def test_organized_study_meeting_or_body(extract, body, expected):
    assert _rows(extract(page(body)), "organizer", "attendee_count") == expected


def _undated_page(body: str) -> str:
    """A newspaper page with no publication date: a headline, the body."""
    return f"县政府召开常务会议\n{body}\n"


_FIRST_ITEM = "本报讯 1997年12月30日，县委召开常委会议，研究明年工作。\n"


@pytest.mark.parametrize(("body", "expected"), [
    # the review's line, re-invented: the reporters' line opens the second item, whose day takes no year from the first
    (_FIRST_ITEM + "本报记者王芳报道：1月5日，县政府召开常务会议，研究春耕工作。", (None, "1月5日")),
    # paraphrases: no colon, two reporters joined by 、, spaces, a correspondent
    (_FIRST_ITEM + "本报记者王芳报道 1月5日，县政府召开常务会议，研究春耕工作。", (None, "1月5日")),
    (_FIRST_ITEM + "本报记者王芳、李强报道：1月5日，县政府召开常务会议，研究春耕工作。", (None, "1月5日")),
    (_FIRST_ITEM + "本报记者 王芳 报道 1月5日，县政府召开常务会议，研究春耕工作。", (None, "1月5日")),
    (_FIRST_ITEM + "本报记者王芳 通讯员李强报道：1月5日，县政府召开常务会议，研究春耕工作。", (None, "1月5日")),
    # near miss: 据本报记者X报道 inside a sentence opens no item, the account's year reaching on (§3 narrative year)
    (_FIRST_ITEM + "据本报记者王芳报道，1月5日，县政府召开常务会议，研究春耕工作。", ("1998-01-05", "1月5日")),
])
def test_reporters_line_opens_an_item(extract, body, expected):
    record = extract(_undated_page(body))
    assert {m["name"]: (m["date"], m["date_text"]) for m in record["meetings"]}["常务会议"] == expected
    assert record["speakers"] == []  # (the reporters are no speakers, §4)


def test_reporters_line_first_dates_no_page(extract):
    # the first item opened by the reporters' line: its body's first date is the meeting's, not the page's stamp
    record = extract(_undated_page("本报记者王芳报道：1997年12月30日，县委召开常委会议，研究明年工作。\n"
                                   "本报讯 1月5日，县政府召开常务会议，研究春耕工作。"))
    assert (record["published"], sorted(_rows(record, "date"))) == (None, [("常务会议", None), ("常委会议", "1997-12-30")])


@pytest.mark.parametrize(("body", "expected"), [
    # the review's sentence, re-invented
    ("江城县人民法院深入推进诉源治理。5月6日，县法院召开新闻发布会，通报有关情况。", "江城县人民法院"),
    # paraphrases: a district's, a city's intermediate court, a procuratorate, a venue between
    ("江城区人民法院深入推进诉源治理。5月6日，区法院召开新闻发布会，通报有关情况。", "江城区人民法院"),
    ("江城市中级人民法院深入推进诉源治理。5月6日，市法院召开新闻发布会，通报有关情况。", "江城市中级人民法院"),
    ("江城县人民检察院深入推进诉源治理。5月6日，县检察院召开新闻发布会，通报有关情况。", "江城县人民检察院"),
    ("南山县人民法院深入推进诉源治理。5月6日，县法院在审委会会议室召开新闻发布会。", "南山县人民法院"),
    # near misses: none named, two named, one of another level: as written
    ("5月6日，县法院召开新闻发布会，通报有关情况。", "县法院"),
    ("江城县人民法院与南山县人民法院签订协作协议。5月6日，县法院召开新闻发布会。", "县法院"),
    ("江城市中级人民法院深入推进诉源治理。5月6日，县法院召开新闻发布会。", "县法院"),
])
def test_short_court_stands_for_the_one_named(extract, body, expected):
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == [expected]


_CPPCC = "县政协十届四次会议5月6日至8日在县会议中心举行。"
_ANNUAL = "第十届江城学术年会5月6日至8日在江城大学举行，由市科协主办。"


@pytest.mark.parametrize(("body", "expected"), [
    # the review's sentence, re-invented: a dated sitting naming neither venue nor holder takes the session's
    (_CPPCC + "6日上午举行的开幕会由县政协主席李明主持。", ("开幕会", "2024-05-06", "县会议中心", "县政协")),
    # paraphrases: the closing sitting, a bare passive, an opening ceremony, an academic meeting's ceremony and sitting
    (_CPPCC + "8日下午举行闭幕会。", ("闭幕会", "2024-05-08", "县会议中心", "县政协")),
    (_CPPCC + "6日上午，开幕会举行。", ("开幕会", "2024-05-06", "县会议中心", "县政协")),
    (_CPPCC + "6日上午举行开幕式。", ("开幕式", "2024-05-06", "县会议中心", "县政协")),
    (_ANNUAL + "6日上午举行开幕式。", ("开幕式", "2024-05-06", "江城大学", "市科协")),
    (_ANNUAL + "8日下午举行闭幕会。", ("闭幕会", "2024-05-08", "江城大学", "市科协")),
    # near misses: placed in its own venue, an event of its own (organizer null); another body's sitting
    (_CPPCC + "6日上午，开幕式在宾馆一楼报告厅举行。", ("开幕式", "2024-05-06", "宾馆一楼报告厅", None)),
    (_CPPCC + "8日下午，闭幕会在宾馆一楼报告厅举行。", ("闭幕会", "2024-05-08", "宾馆一楼报告厅", None)),
    (_ANNUAL + "6日上午，开幕式在学校图书馆报告厅举行。", ("开幕式", "2024-05-06", "学校图书馆报告厅", None)),
    (_CPPCC + "8日下午，县人大常委会举行闭幕会。", ("闭幕会", "2024-05-08", None, "县人大常委会")),
])
def test_session_part_with_its_own_day(extract, body, expected):
    assert _rows(extract(page(body)), "date", "location", "organizer")[-1] == expected


_STARTED = "江城县再就业工程自1996年底启动以来，成效明显。一年来，全县共安置下岗职工3000人。"


@pytest.mark.parametrize(("body", "expected"), [
    # the review's reading, re-invented: a month of the last quarter, then of the first
    (_STARTED + "12月28日，县政府召开再就业工作总结会。", "1997-12-28"),
    (_STARTED + "1月8日，县政府召开再就业工作总结会。", "1998-01-08"),
    # paraphrases: Chinese numerals, 12月 as the year's end, the count in the same sentence, two years, 10月
    ("江城县再就业工程自一九九六年底启动以来，成效明显。一年来，全县共安置下岗职工3000人。12月28日，县政府召开总结会。",
     "1997-12-28"),
    ("江城县“菜篮子”工程从1996年12月启动以来，一年来，全县新建蔬菜基地2万亩。1月8日，县政府召开总结表彰会。", "1998-01-08"),
    ("江城县再就业工程自1996年底启动以来，两年来，全县共安置下岗职工3000人。12月28日，县政府召开总结会。", "1998-12-28"),
    ("江城县再就业工程自1996年年末实施以来，一年来，全县共安置下岗职工3000人。10月18日，县政府召开推进会。", "1997-10-18"),
    # near misses: a month between, no month, no count of years
    (_STARTED + "5月8日，县政府召开再就业工作总结会。", None),
    (_STARTED + "县政府召开再就业工作总结会。", None),
    ("江城县再就业工程自1996年底启动以来，成效明显。11月20日，县政府召开再就业工作推进会。", None),
])
def test_count_from_a_year_end_start(extract, body, expected):
    assert extract(_undated_page(body))["meetings"][-1]["date"] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the review's sentence, re-invented
    ("3月5日，各社区分别召开座谈会，听取居民意见。", [("座谈会", "2024-03-05", None)]),
    # paraphrases: the day after the subject, a scope before 各, no 分别, another body and meeting
    ("各社区于3月5日分别召开座谈会，听取居民意见。", [("座谈会", "2024-03-05", None)]),
    ("3月5日，全县各乡镇分别召开党委会议，传达学习全会精神。", [("党委会议", "2024-03-05", None)]),
    ("3月5日，各社区召开座谈会。", [("座谈会", "2024-03-05", None)]),
    ("3月5日，各村分别召开村民代表大会。", [("村民代表大会", "2024-03-05", None)]),
    ("3月5日，各学校分别召开家长会。", [("家长会", "2024-03-05", None)]),
    # the passive form, as before
    ("3月5日，座谈会由各社区分别召开。", [("座谈会", "2024-03-05", None)]),
    # near misses: an unstated stretch, a tally, no day stated
    ("随后几天，各村陆续召开村民代表大会。", []),
    ("今年以来，各社区累计召开座谈会300场。", []),
    ("各社区分别召开座谈会，听取居民意见。", []),
])
def test_several_bodies_each_holding_on_one_day(extract, body, expected):
    assert _rows(extract(page(body)), "date", "organizer") == expected
