"""Speaker, award and page-date shapes of acts of bodies, stages of this meeting and sides in talks: wrong firings in speakers, awards and page dates, on invented texts.

- §4 (fifteenth round, speech texts): 我 is the byline speaker, and only an act 我 does at this event adds its role.
  Found: 我公司/我厂/我行/我会 (a body) acting added 颁奖 to the speaker; so did another's act done to 我 (老省长为我颁发
  奖章, a remembered one too); 我在台上/在会上… (the stage or meeting of the speech) was taken for another occasion.
- §4 (speakers are persons): 省长王强与韩方分别致辞 read 韩方 ("the Korean side") as a second speaker with 王强's title.
- §4 (fifteenth round, residence labels): 市民宗局、市财政局主要负责人王某 read 市民 + 宗局 as a resident named in a list,
  cutting the title to 市财政局主要负责人.
- §5 (fifteenth round, 近 like 逾, since withdrawn, §8): 新近 ("recently") before a count was read as 近, dropping an exact count;
  the rows stay as a guard that such words never drop a count.
- §5 (fourteenth round, winners of a prize set up): 设立…奖，首届有十名教师在省赛中获奖 counted winners of another contest as
  the prize's.
- §2 (fifteenth round, impossible stamps): an impossible date in Chinese numerals (二〇二三年二月二十九日) ended the re-read,
  so a valid stamp below it did not date the page; ［相关新闻］ and 〖延伸阅读〗 were not taken for the heading of other
  articles, so a stamp under them dated the page.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, honours, page, speakers

_SPEECH = "在全市表彰大会上的讲话\n（2024年5月8日）\n市委书记 陈建国\n同志们：\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "刚才，我公司为获奖者颁发了奖金。",
        "刚才，我厂为获奖者颁发了奖金。",
        "刚才，我行为获奖者颁发了奖金。",
        "刚才，我会为获奖者颁发了奖金。",
        "省长刚才为获奖者颁奖，我十分感动。我记得老省长为我颁发奖章的那一刻。",
        "刚才，省长为我颁发了奖章。",
        "我回忆起当年宣读表彰决定的情景。",
        "刚才，我社向获奖作者颁发了证书。",
    ],
)
def test_an_act_of_a_body_or_done_to_the_speaker_adds_no_role(extract, sentence):
    assert speakers(extract(_SPEECH + sentence + "\n")) == {"陈建国": ("市委书记", ("讲话",))}


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        ("刚才，我在台上为获奖者颁发了证书。", ("讲话", "颁奖")),
        ("刚才，我在会上宣读了表彰决定。", ("讲话", "宣读")),
        ("刚才，我在主席台上为先进个人颁奖。", ("讲话", "颁奖")),
        ("刚才，我在现场为获奖者颁发了证书。", ("讲话", "颁奖")),
        # NEGATIVE: the speaker's own act kept; another occasion still refused
        ("刚才，我为获奖者颁发了证书。", ("讲话", "颁奖")),
        ("刚才，我和大家一起为受表彰的先进个人颁奖。", ("讲话", "颁奖")),
        ("上个月，我在省里的大会上为获奖者颁发了证书。", ("讲话",)),
        ("我在去年的颁奖礼上宣读了表彰决定。", ("讲话",)),
    ],
)
def test_the_stage_of_this_meeting_is_no_other_occasion(extract, sentence, roles):
    assert speakers(extract(_SPEECH + sentence + "\n")) == {"陈建国": ("市委书记", roles)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，会谈举行。省长王强与韩方分别致辞。", {"王强": ("省长", ("致辞",))}),
        ("5月6日，会谈举行。市长李明和日方分别致辞。", {"李明": ("市长", ("致辞",))}),
        ("5月6日，会谈举行。省长王强与德方先后发言。", {"王强": ("省长", ("发言",))}),
        # NEGATIVE: a second person joined still read (an honour is no title, §4)
        ("5月6日，表彰会召开。全国劳动模范施永和康宁作典型发言。", {"施永": (None, ("发言",)), "康宁": (None, ("发言",))}),
        ("5月6日，表彰会召开。优秀教师王方、刘杰分别发言。", {"王方": (None, ("发言",)), "刘杰": (None, ("发言",))}),
    ],
)
def test_a_side_in_talks_is_no_joined_name(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，座谈会召开。市民宗局、市财政局主要负责人王某发言。", {"王某": ("市民宗局、市财政局主要负责人", ("发言",))}),
        ("5月6日，座谈会召开。市民政局、市财政局主要负责人王某发言。", {"王某": ("市民政局、市财政局主要负责人", ("发言",))}),
        ("5月6日，座谈会召开。县民宗委、县财政局负责人李强发言。", {"李强": ("县民宗委、县财政局负责人", ("发言",))}),
        # NEGATIVE: a resident named before 、 is still another person
        ("市民李秀英、退休教师张明发言。", {"李秀英": (None, ("发言",)), "张明": ("退休教师", ("发言",))}),
    ],
)
def test_a_bureau_after_a_residence_word_is_no_resident(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("新近30名教师被评为市级优秀教师。", [("优秀教师", 30, "名", "person")]),
        ("晚近20名学生被评为“三好学生”。", [("三好学生", 20, "名", "person")]),
        ("本月新近12家企业被评为“诚信企业”。", [("诚信企业", 12, "家", "organization")]),
        # NEGATIVE: 逾 stays no explicit count (§5 tenth round; 近 and 将近 are read as written since the withdrawal, §8)
        ("逾30名教师被评为“优秀教师”。", []),
    ],
)
def test_recently_is_no_approximate_word(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("学校设立“乡村教师奖”，首届有十名教师在省赛中获奖。", []),
        ("学校设立“创新人才奖”，今年有八名学生在全国大赛上获奖。", []),
        ("学校设立“优秀学生奖”，首届有十名学生于省赛中获奖。", []),
        # NEGATIVE: the prize's own winners kept; those who took part still none
        ("学校设立“杰出学生奖”，首届有十名学生获奖。", [("杰出学生奖", 10, "名", "person")]),
        ("學校設立「傑出學生獎」，首屆有十名學生獲獎。", [("杰出学生奖", 10, "名", "person")]),
        ("学校设立“杰出学生奖”，首届有十名学生报名。", []),
    ],
)
def test_a_win_elsewhere_is_no_winner_of_the_prize_set_up(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("stamps", "published"),
    [
        ("二〇二三年二月二十九日 来源：某报\n发布时间：2023-03-01", "2023-03-01"),
        ("发布时间：2023年2月29日\n发布时间：2023-03-01", "2023-03-01"),
        ("二〇二三年四月三十一日 来源：某报\n发布日期：2023年5月2日", "2023-05-02"),
        ("民国一一二年二月二十九日\n发布时间：2023-03-01", "2023-03-01"),
    ],
)
def test_an_impossible_stamp_in_numerals_yields_to_the_next(extract, stamps, published):
    text = "县议会召开定期会\n" + stamps + "\n昨日上午，县府召开第5次县务会议，县长李明主持会议。\n"
    assert extract(text)["published"] == published


@pytest.mark.parametrize(
    "stamp",
    [
        # NEGATIVE: an impossible stamp alone still gives no date
        "二〇二三年二月二十九日 来源：某报",
        "发布时间：2023年2月29日",
    ],
)
def test_an_impossible_stamp_alone_dates_nothing(extract, stamp):
    assert extract("县召开防汛工作会议\n" + stamp + "\n昨日上午，县委召开防汛工作会议。\n")["published"] is None


_OPENING = "5月7日，镇政府召开安全生产会议。镇长赵强讲话。"
_OTHER = "2023年11月1日，镇政府召开秋冬季安全生产工作会议，副镇长孙立出席会议并讲话，会议强调要压实责任，确保各项工作落到实处。"


@pytest.mark.parametrize("heading", ["［相关新闻］", "〖延伸阅读〗", "［相关阅读］", "〖相关新闻〗", "【相关新闻】"])
def test_other_bracket_shapes_open_other_articles(extract, heading):
    record = extract("标题\n来源：某网\n" + _OPENING + "\n" + heading + "\n发布时间：2023-11-02\n" + _OTHER + "\n",
                     published="2024-05-08")
    assert record["published"] == "2024-05-08"
    assert dated(record) == [("安全生产会议", "2024-05-07")]
    assert set(speakers(record)) == {"赵强"}


@pytest.mark.parametrize("line", ["［图片］", "〖编者按〗"])
def test_other_bracketed_lines_open_no_other_articles(extract, line):
    # NEGATIVE: a bracketed line naming no other articles leaves the body going on
    record = extract(page(_OPENING + "\n" + line + "\n" + "镇长赵强要求各村做好安全生产工作。"))
    assert set(speakers(record)) == {"赵强"}
