"""Fifteenth review round: related-news blocks (§2), residence labels (§4), scheme rates and level-named funds (§6).

What was found on invented pages:

- a 【相关新闻】 / 【相关阅读】 / 【延伸阅读】 heading on its own line (or opening one) followed by full paragraphs of
  another article was read as a subheading or a box inside the body, so the other article's meeting, speakers and funding were
  reported, and a stamp under the heading dated the page. GUIDELINES §2 (fifteenth review round):

    "A block under a `【相关新闻】`, `【相关阅读】` or `【延伸阅读】` heading is other articles, even one about the same
    meeting: it gives no records and no publication date."

  The rule follows the bracketed headings the ruling names; a bare 相关阅读 line keeps today's reading (a box of
  headlines inside the body, after which the body goes on: tests/extract/pages/test_scraped_page_furniture_boxes_and_links.py).

- a resident named before 、 in a list of speakers (市民李秀英、退休教师张明发言) was read into the next speaker's
  title, and a resident's name before 在会上发言 was not read. GUIDELINES §4 (fifteenth review round):

    "a residence before a name (`东庄村村民王某`, `社区居民李某`, `市民张某`) is a label, no title, like the farming
    descriptions."

- a fund named by its level and kind (县级配套资金) was read as a bare fund with no purpose; scheme rates already
  gave no record and are pinned here. GUIDELINES §6 (fifteenth review round):

    "a per-head sum a scheme offers whoever qualifies (`符合条件的…每人可享受1000元补贴`, `可领取…元`), with no
    recipients of this grant counted or named, is a rate of the scheme: no record, like a reward a standing rule
    provides; `每名受助学生每年可获得3000元资助` (this grant's recipients) stays a share. A fund named only by its
    level and kind before the amount (`落实县级配套资金500万元`) has that noun as purpose (`县级配套资金`), like
    `一次性补贴`."
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, grants, page, speakers

_OPENING = "5月7日，区人大常委会召开第十八次会议。区人大常委会主任周平主持会议。"
_OTHER = "5月6日，区人大常委会主任会议召开，研究第十八次会议议程，区人大常委会副主任吴刚出席会议并讲话，会议决定提请常委会审议相关事项。"

# (body after the headline, published, meetings, speakers' names)
RELATED_ROWS = [
    # a heading, the other article's headline, then its paragraphs (a money grant and a speaker among them)
    (f"{_OPENING}\n【相关新闻】\n区人大常委会主任会议研究第十八次会议议程\n{_OTHER}\n"
     "会议还表彰了5名优秀代表，为代表之家拨付工作经费10万元，区人大常委会秘书长郑华作了说明。",
     "2024-05-08", [("区人大常委会第十八次会议", "2024-05-07")], ["周平"]),
    # a paragraph that reads like the meeting's own account (会议指出…) right under the heading
    (f"{_OPENING}\n【延伸阅读】\n会议指出，要认真学习贯彻会议精神，区人大常委会副主任吴刚出席会议并讲话，会议决定提请常委会审议相关事项，"
     "确保各项工作落到实处。",
     "2024-05-08", [("区人大常委会第十八次会议", "2024-05-07")], ["周平"]),
    # the heading opening the line, the other article glued after it
    ("5月7日，镇政府召开安全生产会议。镇长赵强讲话。\n【相关新闻】2023年11月1日，镇政府召开秋冬季安全生产工作会议，副镇长孙立出席会议并讲话，"
     "会议强调要压实责任，确保各项工作落到实处。",
     "2024-05-08", [("安全生产会议", "2024-05-07")], ["赵强"]),
    # already right before this round: a dated paragraph under the heading
    (f"{_OPENING}\n【相关阅读】\n{_OTHER}", "2024-05-08", [("区人大常委会第十八次会议", "2024-05-07")], ["周平"]),
]


@pytest.mark.parametrize(("body", "published", "meetings", "names"), RELATED_ROWS)
def test_related_block_gives_no_records(extract, body, published, meetings, names):
    record = extract(page(body))
    assert record["published"] == published
    assert dated(record) == meetings
    assert list(speakers(record)) == names
    assert grants(record) == []


# A page with no stamp of its own: the stamp under the heading is the other article's (published null).
UNSTAMPED_ROWS = [
    "标题\n来源：某网\n5月7日，镇政府召开安全生产会议。镇长赵强讲话。\n【相关新闻】\n发布时间：2023-11-02\n"
    "2023年11月1日，镇政府召开秋冬季安全生产工作会议，副镇长孙立出席会议并讲话，会议强调要压实责任。\n",
    "标题\n来源：某网\n5月7日，区人大常委会召开第十八次会议。区人大常委会主任周平主持会议。\n【延伸阅读】\n发布日期：2023年12月06日\n"
    "会议指出，要认真学习贯彻会议精神，区人大常委会副主任吴刚出席会议并讲话，会议决定提请常委会审议相关事项，确保各项工作落到实处。\n",
]


@pytest.mark.parametrize("text", UNSTAMPED_ROWS)
def test_related_block_stamp_dates_nothing(extract, text):
    record = extract(text)
    assert record["published"] is None
    assert [m["date"] for m in record["meetings"]] == [None]
    assert len(record["speakers"]) == 1


# Near misses: no such heading (a 相关链接 explanation, 相关新闻 inside a sentence, a 网友留言 subheading of the body), or
# a bare 相关阅读 that opens a box of one headline inside the body, after which the meeting's account goes on.
RELATED_NEGATIVE_ROWS = [
    ("5月9日，区委召开全面深化改革委员会第五次会议，区委书记顾明主持会议并讲话。\n相关阅读\n区财政下达改革专项资金3000万元\n"
     "会议审议了《关于深化国资国企改革的实施方案》等文件，区委副书记陈立作说明。",
     ["顾明", "陈立"]),
    ("5月7日，县委召开全体会议。县委书记张建国主持会议并讲话。\n相关链接：\n什么是全体会议？全体会议是由全体委员参加的会议，"
     "县委副书记刘文明说，会议每年至少召开两次，研究决定重大事项。",
     ["张建国"]),
    ("5月7日，县委召开全体会议。县委书记张建国主持会议并讲话。会议指出，要认真做好相关新闻宣传工作。\n"
     "县委副书记刘文明出席会议并讲话，会议强调，要认真做好各项工作，确保各项任务圆满完成。",
     ["张建国", "刘文明"]),
    ("5月7日，县委召开全体会议。县委书记张建国主持会议。\n网友留言\n会上通报了网友留言办理情况，县委副书记刘文明出席会议并讲话，"
     "要求认真办理每一条留言，确保件件有回音。",
     ["张建国", "刘文明"]),
]


@pytest.mark.parametrize(("body", "names"), RELATED_NEGATIVE_ROWS)
def test_no_related_heading_keeps_the_body(extract, body, names):
    record = extract(page(body))
    assert record["published"] == "2024-05-08"
    assert list(speakers(record)) == names


_MEETING = "5月7日，街道召开居民议事会。"

# (body, expected speakers: name -> (title, roles))
RESIDENCE_ROWS = [
    # (re-pinned by fxbn: the resident heading the list is a speaker too, the residence a label; GUIDELINES §4
    # fifteenth review round: "a residence before a name (`东庄村村民王某`, `社区居民李某`, `市民张某`) is a label, no
    # title")
    ("市民李秀英、退休教师张明发言。", {"李秀英": (None, ("发言",)), "张明": ("退休教师", ("发言",))}),
    ("街道党工委书记刘强主持会议，社区居民李秀英、退休教师张明发言。",
     {"刘强": ("街道党工委书记", ("主持",)), "李秀英": (None, ("发言",)), "张明": ("退休教师", ("发言",))}),
    ("社区居民李秀英在会上发言，街道党工委书记刘强主持会议。",
     {"李秀英": (None, ("发言",)), "刘强": ("街道党工委书记", ("主持",))}),
    ("东庄村村民王建军发言，镇长赵强讲话。", {"王建军": (None, ("发言",)), "赵强": ("镇长", ("讲话",))}),
    ("东庄村村民李秀英、镇农技站站长张明先后发言。", {"李秀英": (None, ("发言",)), "张明": ("镇农技站站长", ("发言",))}),
    ("市长王刚主持，市民代表周立新发言。", {"王刚": ("市长", ("主持",)), "周立新": (None, ("发言",))}),
]

# Near misses: a representative's label before 、 (no resident's name), a body whose name opens with 市民.
RESIDENCE_NEGATIVE_ROWS = [
    ("居民代表、退休教师张明发言。", {"张明": ("退休教师", ("发言",))}),
    ("市民热线负责人张明发言。", {"张明": ("市民热线负责人", ("发言",))}),
    ("镇农技站站长张明、东庄村村民李秀英先后发言。", {"张明": ("镇农技站站长", ("发言",)), "李秀英": (None, ("发言",))}),
]


@pytest.mark.parametrize(("body", "expected"), RESIDENCE_ROWS + RESIDENCE_NEGATIVE_ROWS)
def test_residence_is_a_label(extract, body, expected):
    assert speakers(extract(page(_MEETING + body))) == expected


_FUND_MEETING = "5月7日，县农业农村局召开推进会。"

# (body, expected funding: amount, currency, purpose)
FUND_ROWS = [
    ("会议要求，落实县级配套资金500万元。", [(5000000.0, "CNY", "县级配套资金")]),
    ("今年已争取省级专项资金800万元，落实市级奖补资金300万元。",
     [(8000000.0, "CNY", "省级专项资金"), (3000000.0, "CNY", "市级奖补资金")]),
    ("今年全县下达市级配套资金300万元。", [(3000000.0, "CNY", "市级配套资金")]),
    ("县财政拨付县级配套资金120万元，省级补助资金80万元。",
     [(1200000.0, "CNY", "县级配套资金"), (800000.0, "CNY", "省级补助资金")]),
]

# Near misses: a use told after the amount, a fund named by its kind alone or by its level alone.
FUND_NEGATIVE_ROWS = [
    ("今年以来，县里落实县级配套资金500万元，用于高标准农田建设。", [(5000000.0, "CNY", "高标准农田建设")]),
    ("县里下达专项资金500万元。", [(5000000.0, "CNY", None)]),
    ("县里下达县级资金500万元。", [(5000000.0, "CNY", None)]),
]


@pytest.mark.parametrize(("body", "expected"), FUND_ROWS + FUND_NEGATIVE_ROWS)
def test_level_and_kind_fund_is_the_purpose(extract, body, expected):
    assert grants(extract(page(_FUND_MEETING + body))) == expected


# A scheme's per-head offer to whoever qualifies: a rate, no record.
RATE_ROWS = [
    "会议明确，符合条件的返乡创业人员每人可享受1000元一次性创业补贴。",
    "符合条件的返乡创业人员每人可享受1000元补贴。",
    "根据新政策，符合条件的高校毕业生可领取2000元求职补贴。",
    "按照规定，凡年满80周岁的老人每人每月可领取100元高龄津贴。",
    "对符合条件的脱贫劳动力，每人可享受500元交通补贴。",
    "参加培训并取得证书的学员，每人可领取800元培训补贴。",
]


@pytest.mark.parametrize("body", RATE_ROWS)
def test_scheme_rate_gives_no_record(extract, body):
    assert grants(extract(page("5月7日，县人社局召开就业工作会议。" + body))) == []


# Near miss: this grant's recipients counted, each one's share stays.
def test_share_of_counted_recipients_stays(extract):
    body = "5月7日，县教育局召开资助工作会议。今年全县共资助困难学生1200名，每名受助学生每年可获得3000元资助。"
    assert grants(extract(page(body))) == [(3000.0, "CNY", None)]
