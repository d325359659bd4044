"""A meeting told as a labelled-field record (GUIDELINES §3 thirty-first review round, 7 December 2026, first stop).

Reading: a record written as labelled fields (``会议时间：``/``时间：`` with a full day, and beside it ``会议地点：``/``地点：``,
``主持人：``/``主持：``, ``参会人员：``/``出席：``/``列席：``/``应到``/``实到``, ``记录人：``, ``会议内容：``/``会议议程：``), one a line
or run together on one line, is one meeting held: its name from ``会议名称``/``会议主题``, else from the title line above the
labels without ``记录``/``纪要`` (a holder before it split off as its organizer), its day and part of the day from the time
label, its venue from the place label, its host from ``主持人``, its attendees the count of those who attended (``实到``).
A notice of a meeting to come, a form with blanks, an agenda ahead, a timetable, opening hours or a ``报名时间`` line give
none. Invented pages only.
"""

from __future__ import annotations

import pytest


def labelled_page(title: str, fields: str, published: str = "2024-05-08") -> str:
    """An invented page: the title line naming the meeting, the page's stamp, the labelled fields."""
    return f"{title}\n{published} 来源：某网\n{fields}\n"


def fields_of(record: dict) -> list[tuple]:
    """(name, date, date_text, time_of_day, location, organizer, host name, host title, attendees) of each meeting."""
    return [(m["name"], m["date"], m["date_text"], m["time_of_day"], m["location"], m["organizer"],
             (m["host"] or {}).get("name"), (m["host"] or {}).get("title"), m["attendee_count"]) for m in record["meetings"]]


@pytest.mark.parametrize(("title", "fields", "expected"), [
    # labels one a line, the holder before the year in the title line
    ("江城社区党支部2024年4月主题党日活动",
     "会议时间：2024年4月12日下午\n会议地点：党员活动室\n主持人：张明（支部书记）\n参会人员：全体党员23人\n会议内容：学习党章。",
     ("2024年4月主题党日活动", "2024-04-12", "2024年4月12日", "下午", "党员活动室", "江城社区党支部", "张明", "支部书记", 23)),
    # labels run together on one line; a record's title (会议记录)
    ("第二季度党员大会会议记录",
     "会议时间：2024年4月12日上午 会议地点：村委会会议室 主持人：李华（村党支部书记） 参会人员：全体党员18人",
     ("第二季度党员大会", "2024-04-12", "2024年4月12日", "上午", "村委会会议室", None, "李华", "村党支部书记", 18)),
    # half-width colons, bare labels
    ("2024年第一季度理论学习中心组学习会",
     "时间:2024年3月5日下午\n地点:镇政府三楼会议室\n主持:王强\n出席:班子成员9人",
     ("2024年第一季度理论学习中心组学习会", "2024-03-05", "2024年3月5日", "下午", "镇政府三楼会议室", None, "王强", None, 9)),
    # 会议纪要 and the attendees as 实到 beside 应到
    ("第一季度党员大会会议纪要",
     "会议时间：2024年3月28日下午\n会议地点：党群服务中心\n主持人：陈志明（支部书记）\n应到：21人\n实到：19人\n记录人：刘芳",
     ("第一季度党员大会", "2024-03-28", "2024年3月28日", "下午", "党群服务中心", None, "陈志明", "支部书记", 19)),
    # 应到/实到 written in one label's value
    ("第一季度党员大会会议记录",
     "会议时间：2024年3月28日下午\n会议地点：党群服务中心\n参会人员：应到党员21人，实到19人",
     ("第一季度党员大会", "2024-03-28", "2024年3月28日", "下午", "党群服务中心", None, None, None, 19)),
    # Traditional script
    ("第一季度黨員大會會議記錄",
     "會議時間：2024年3月28日下午\n會議地點：黨群服務中心\n主持人：陳志明（支部書記）\n參會人員：黨員15人",
     ("第一季度党员大会", "2024-03-28", "2024年3月28日", "下午", "党群服务中心", None, "陈志明", "支部书记", 15)),
    ("第二季度黨員大會會議記錄",
     "時間：2024年4月18日上午 地點：村委會會議室 主持人：林國華（村黨支部書記） 出席：黨員12人",
     ("第二季度党员大会", "2024-04-18", "2024年4月18日", "上午", "村委会会议室", None, "林国华", "村党支部书记", 12)),
    # the meeting's name in its own label, the title line only the section's
    ("工作动态",
     "会议主题：2024年度组织生活会\n会议时间：2024年1月26日下午\n会议地点：三楼会议室\n主持人：赵刚（党支部书记）",
     ("2024年度组织生活会", "2024-01-26", "2024年1月26日", "下午", "三楼会议室", None, "赵刚", "党支部书记", None)),
    ("工作动态",
     "会议名称：第三季度安全生产例会\n时间：2024年4月2日上午\n地点：公司二楼会议室\n主持：周平",
     ("第三季度安全生产例会", "2024-04-02", "2024年4月2日", "上午", "公司二楼会议室", None, "周平", None, None)),
    # activity labels; an approximate count
    ("4月主题党日活动",
     "活动时间：2024年4月26日上午\n活动地点：革命纪念馆\n参加人员：党员30余人",
     ("4月主题党日活动", "2024-04-26", "2024年4月26日", "上午", "革命纪念馆", None, None, None, 30)),
    # a day without a year, read in the page's year
    ("第四季度党员大会会议记录",
     "会议时间：4月12日下午\n会议地点：党员活动室\n主持人：张明（支部书记）",
     ("第四季度党员大会", "2024-04-12", "4月12日", "下午", "党员活动室", None, "张明", "支部书记", None)),
    # a clock time alone is no part of the day (GUIDELINES §3 thirteenth round)
    ("第二季度党员大会会议记录",
     "会议时间：2024年4月12日14:30\n会议地点：党员活动室\n主持人：张明（支部书记）",
     ("第二季度党员大会", "2024-04-12", "2024年4月12日", None, "党员活动室", None, "张明", "支部书记", None)),
    # the host's title written before the name
    ("第二季度党员大会会议记录",
     "会议时间：2024年4月12日下午\n会议地点：党员活动室\n主持人：支部书记张明",
     ("第二季度党员大会", "2024-04-12", "2024年4月12日", "下午", "党员活动室", None, "张明", "支部书记", None)),
    # 列席 alone is the count (GUIDELINES §3 ninth round)
    ("2024年第二次村民代表会议",
     "时间：2024年4月20日上午\n地点：村委会议室\n主持：李强\n列席：村民代表25人",
     ("2024年第二次村民代表会议", "2024-04-20", "2024年4月20日", "上午", "村委会议室", None, "李强", None, 25)),
    # a committee's labelled labels with no colon space variants (full-width space)
    ("第二季度党员大会会议记录",
     "会议时间：　2024年4月12日下午　会议地点：　党员活动室　主持人：　张明（支部书记）",
     ("第二季度党员大会", "2024-04-12", "2024年4月12日", "下午", "党员活动室", None, "张明", "支部书记", None)),
    # 开会时间/开会地点
    ("第二季度党员大会会议记录",
     "开会时间：2024年4月12日晚上\n开会地点：党员活动室\n记录人：刘芳",
     ("第二季度党员大会", "2024-04-12", "2024年4月12日", "晚上", "党员活动室", None, None, None, None)),
    # a weekday in brackets is no part of date_text (twenty-third round); a label run on after the host's name
    ("第二季度党员大会会议记录",
     "会议时间：2024年4月12日（星期五）下午\n会议地点：党员活动室\n主持人：张明 记录人：刘芳\n参会人员：张明、李华、王强等",
     ("第二季度党员大会", "2024-04-12", "2024年4月12日", "下午", "党员活动室", None, "张明", None, None)),
    # quote marks inside the name kept; a clock after the part of the day; 实到 inside the 出席 label's brackets
    ("“七一”主题党日活动",
     "时间：2024年5月1日下午3:00\n地点：社区党群服务中心\n出席：全体党员（应到23人，实到21人）\n会议议程：重温入党誓词",
     ("“七一”主题党日活动", "2024-05-01", "2024年5月1日", "下午", "社区党群服务中心", None, None, None, 21)),
    # bracketed labels
    ("第二季度党员大会会议记录",
     "【会议时间】2024年4月12日下午\n【会议地点】党员活动室\n【主持人】张明",
     ("第二季度党员大会", "2024-04-12", "2024年4月12日", "下午", "党员活动室", None, "张明", None, None)),
    # labels run together with semicolons; a village before the year holds it (eighth round)
    ("江城村2024年第一次村民代表大会",
     "会议时间：2024年3月2日上午；会议地点：村委会会议室；主持人：李强；参会人员：村民代表35人",
     ("2024年第一次村民代表大会", "2024-03-02", "2024年3月2日", "上午", "村委会会议室", "江城村", "李强", None, 35)),
    # a standing body's numbered session keeps the body in its name and is organized by it (ninth round)
    ("江城县人大常委会第十次主任会议",
     "时间：2024年4月2日上午\n地点：机关三楼会议室\n主持：刘建国\n出席：主任会议组成人员6人",
     ("江城县人大常委会第十次主任会议", "2024-04-02", "2024年4月2日", "上午", "机关三楼会议室", "江城县人大常委会", "刘建国",
      None, 6)),
    # a title line that holds the meeting with a verb: its name and subject; a content label telling an act of it
    ("江城社区党支部召开4月主题党日活动",
     "活动时间：2024年4月26日上午\n活动地点：党员活动室\n参加人员：党员30余人\n活动内容：重温入党誓词",
     ("4月主题党日活动", "2024-04-26", "2024年4月26日", "上午", "党员活动室", "江城社区党支部", None, None, 30)),
    ("江城社区党支部召开4月主题党日活动",
     "活动时间：2024年4月26日上午\n活动地点：党员活动室\n参加人员：党员30余人\n"
     "活动内容：4月26日上午，江城社区党支部组织全体党员重温入党誓词。",
     ("4月主题党日活动", "2024-04-26", "2024年4月26日", "上午", "党员活动室", "江城社区党支部", None, None, 30)),
    # a document studied or relayed in the record's content is no notice of a meeting ahead (lead's review, thirty-first
    # round): 传达了…关于开展…的工作安排, 学习了《…的通知》
    ("青禾社区党支部召开2024年度组织生活会",
     "会议时间：2024年3月28日下午\n会议地点：社区二楼党员活动室\n主持人：党支部书记韦小婷\n参会人员：应到党员15人，实到14人\n"
     "会议议程：一、集中学习。韦小婷传达了街道党工委关于开展党纪学习教育的工作安排。二、民主评议。",
     ("2024年度组织生活会", "2024-03-28", "2024年3月28日", "下午", "社区二楼党员活动室", "青禾社区党支部", "韦小婷", "党支部书记",
      14)),
    ("第二季度党员大会会议记录",
     "会议时间：2024年4月12日上午\n会议地点：党员活动室\n主持人：张明（支部书记）\n"
     "会议内容：学习《关于进一步加强基层党组织建设的通知》，讨论发展党员工作。",
     ("第二季度党员大会", "2024-04-12", "2024年4月12日", "上午", "党员活动室", None, "张明", "支部书记", None)),
    ("第二季度黨員大會會議記錄",
     "會議時間：2024年4月12日上午\n會議地點：黨員活動室\n主持人：張明（支部書記）\n"
     "會議內容：傳達了上級黨委關於開展主題教育的通知精神。",
     ("第二季度党员大会", "2024-04-12", "2024年4月12日", "上午", "党员活动室", None, "张明", "支部书记", None)),
])
def test_labelled_record_is_one_meeting(extract, title, fields, expected):
    assert fields_of(extract(labelled_page(title, fields))) == [expected]


@pytest.mark.parametrize(("title", "fields"), [
    # a notice of a meeting to come: 关于召开…的通知, a day ahead of the publication date
    ("关于召开2024年第二季度党员大会的通知",
     "会议时间：2024年5月20日下午\n会议地点：党员活动室\n参会人员：全体党员"),
    # arrangements, though the day is not ahead
    ("2024年第二季度党员大会",
     "会议时间：2024年5月6日下午\n会议地点：党员活动室\n参会人员：全体党员\n请全体党员准时参加。"),
    ("2024年第二季度党员大会",
     "会议时间：2024年5月6日下午\n会议地点：党员活动室\n联系人：刘芳"),
    ("关於召開2024年第二季度黨員大會的通知",
     "會議時間：2024年5月20日下午\n會議地點：黨員活動室\n參會人員：全體黨員"),
    # a form with blanks
    ("党员大会会议记录",
     "会议时间：____年__月__日\n会议地点：________\n主持人：______\n参会人员：____人"),
    ("党员大会会议记录",
     "会议时间：20××年×月×日\n会议地点：\n主持人："),
    # an agenda ahead
    ("下周会议安排",
     "时间：5月13日上午\n地点：三楼会议室\n主持：周平\n内容：研究第二季度工作"),
    ("第三季度安全生产例会",
     "时间：2024年5月20日上午\n地点：公司二楼会议室\n主持：周平"),
    # a timetable, opening hours, a registration window: no meeting named
    ("五一假期加开列车",
     "时间：2024年5月1日08:30\n地点：江城站\n车次：G1234"),
    ("江城书画作品展",
     "展览时间：2024年4月1日至30日\n展览地点：市博物馆"),
    ("探测卫星发射成功",
     "时间：5月6日，北京时间21时28分。\n地点：江城航天发射场。"),
    ("江城书画作品展",
     "时间：2024年4月1日至30日\n地点：市博物馆\n主办：市文联"),
    ("江城半程马拉松赛",
     "报名时间：2024年3月1日至20日\n比赛地点：滨江大道\n联系人：刘芳"),
    # a page's stamp under a bare 时间： with no meeting label beside it
    ("第二季度党员大会",
     "时间：2024-05-08 10:20\n来源：江城社区"),
    # a notice's heading line over the labels, under a section's title line
    ("工作动态",
     "会议通知\n会议时间：2024年5月6日下午\n会议地点：党员活动室\n参会人员：全体党员"),
])
def test_not_a_labelled_record(extract, title, fields):
    assert extract(labelled_page(title, fields))["meetings"] == []
