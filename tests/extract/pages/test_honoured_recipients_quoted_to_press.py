"""Speaker and award shapes: an honoured recipient quoted to the press after the ceremony is no speaker, whether the label reads
受表扬/受表揚, 获得表彰 or names an honoured firm's representative (§4: recipients whose reactions are quoted), while one
who speaks for the honoured at the ceremony keeps the address; 获发 (獲發) is a receiving verb like 获颁 (§5).
Invented sentences; expected values follow corpus/GUIDELINES.md.

Helper fxr (fiftieth stop): meeting shapes ruled in the twentieth review round, second part (GUIDELINES §3).

Found on invented pages, each shape in several phrasings:

1. A banquet given as 设宴欢迎/设宴款待 and then told 在宴会上/宴会上 was one record named 宴会 already, but with no day:
   the sentence before that gives the banquet dates it, as it dates a lecture referred to; 设宴 with no meeting noun
   anywhere stays no record.
2. An event the attendees 还参加了/还出席了 with no day of its own got no date: it takes the main meeting's day, like
   one told 会后 (a day of its own is kept).
3. A party's or an association's committee session written with its term (民盟第六届江城市委员会第一次全体会议) had no
   organizer, or the party alone, or the committee with its term: organized by the committee without the term, as
   市十五届人大常委会 → 市人大常委会 (the name kept whole, as the term is kept there).
4. People counted watching the ceremony itself (300余人现场观看了发布仪式) gave no count: they are its attendees, not
   those watching a show, a drill or a match afterwards, nor those watching online.
5. On a Hong Kong or Macau page a bare prize-giving told inside the ceremony recorded before it (典禮上，署長主持頒獎
   儀式) was a second record: it is that ceremony's act (颁奖, §4), no record; a mainland page keeps today's reading.
6. Holders written as an attribute before a fair or a contest (由甲、乙联合主办的…招聘会在…举行) were not lent to its
   bare opening ceremony, as 本届…由甲、乙主办 is.
Invented sentences; expected values follow corpus/GUIDELINES.md §3.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers

CEREMONY = "5月6日，全市民营经济表彰大会召开，市长李华出席并讲话。"
VOLUNTEERS = "5月6日，区志愿服务表彰大会在区行政中心召开，区委书记张海涛出席并为受表彰的志愿者颁发感谢状。"


# --- 1. an honoured recipient's words to the press (§4) ---

@pytest.mark.parametrize(
    "body",
    [
        VOLUNTEERS + "受表揚的志工協會理事長林美玉表示，會繼續投入服務。",
        VOLUNTEERS + "受表扬的社区志愿者周丽华说，这份荣誉属于整个团队。",
        VOLUNTEERS + "受到表扬的养老院院长郑国强表示，将把荣誉化作动力。",
        CEREMONY + "获得表彰的企业代表、某公司董事长王明表示，将继续加大研发投入。",
        CEREMONY + "获奖企业代表王明表示，将继续加大研发投入。",
        CEREMONY + "获得表彰的先进单位代表、市第一医院院长赵建华说，今后会更加努力。",
    ],
)
def test_honoured_recipient_quoted_is_no_speaker(extract, body: str) -> None:
    people = speakers(extract(page(body)))
    assert set(people) <= {"李华", "张海涛"}


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (CEREMONY + "获奖代表王明在会上发言。", "王明", (None, ("发言",))),
        (CEREMONY + "某公司董事长王明作为获奖代表致辞。", "王明", ("某公司董事长", ("致辞",))),
        (CEREMONY + "获得表彰的企业代表、某公司董事长王明在会上作交流发言。", "王明", ("某公司董事长", ("发言",))),
        (VOLUNTEERS + "受表扬的志愿者代表林美玉在大会上发言。", "林美玉", (None, ("发言",))),
    ],
)
def test_recipient_speaking_at_the_ceremony_keeps_role(extract, body: str, name: str, expected: tuple) -> None:
    assert speakers(extract(page(body)))[name] == expected


def test_representative_of_honourees_soft_remarks_unchanged(extract) -> None:
    # one speaking for those honoured (获奖教师代表), not for a firm: the remarks stay the address they were
    people = speakers(extract(page(CEREMONY + "获奖教师代表张晓红表示，要以先进为榜样，立足岗位作贡献。")))
    assert people["张晓红"][1] == ("讲话",)


# --- 2. 获发 / 獲發 is a receiving verb (§5) ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，奖学金颁发典礼在学校礼堂举行，30名學生獲發大專獎學金。", [("大专奖学金", 30, "名", "person")]),
        ("5月6日，奖学金颁发典礼在学校礼堂举行，30名學生獲發(fā)大專獎學金。", [("大专奖学金", 30, "名", "person")]),
        ("5月6日，颁奖礼在会展中心举行，45名义工获发“杰出义工”嘉许状。", [("杰出义工嘉许状", 45, "名", "person")]),
        ("5月6日，授勋典礼举行，共有12名警员获发长期服务奖章。", [("长期服务奖章", 12, "名", "person")]),
    ],
)
def test_given_out_is_received(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，会议召开。会上通报，3个项目获发改委批复立项。",
        "5月6日，会议召开。会上通报，5篇论文获发表在核心期刊。",
    ],
)
def test_other_words_after_huo_are_no_award(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


# --- helper fxr, fiftieth stop: meeting shapes of the twentieth review round (GUIDELINES §3) ---


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日晚，江城市人民政府设宴欢迎出席第五届国际茶博会的中外嘉宾。在宴会上，市长王立新致辞，向各位来宾表示热烈欢迎。",
         [("宴会", "2024-05-06", "晚上")]),
        ("5月6日晚，市委书记李明设宴欢迎来访的友好城市代表团。宴会上，李明致祝酒辞。", [("宴会", "2024-05-06", "晚上")]),
        ("5月6日晚，江城市政府设宴款待参加经贸洽谈会的客商。市长王立新在宴会上发表讲话。", [("宴会", "2024-05-06", "晚上")]),
        # near misses: 设宴 with no meeting noun anywhere is none
        ("5月6日晚，江城市人民政府设宴欢迎来访的德国代表团，市长王立新与代表团成员亲切交谈。", []),
        ("5月6日晚，市委书记李明设宴招待来访客人，双方就加强合作交换了意见。", []),
    ],
)
def test_banquet_given_then_referred_to(extract, body: str, expected: list[tuple]) -> None:
    assert [(m["name"], m["date"], m["time_of_day"]) for m in extract(page(body))["meetings"]] == expected


_MAIN = "5月6日，全省文化旅游发展大会在江城开幕。"


def _dated(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["date"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("与会人员还参加了江城古镇文化旅游节开幕式。", ("江城古镇文化旅游节开幕式", "2024-05-06")),
        ("参会嘉宾还出席了江城文旅项目签约仪式。", ("江城文旅项目签约仪式", "2024-05-06")),
        ("与会代表还集体参加了第三届非遗展览开幕仪式。", ("第三届非遗展览开幕仪式", "2024-05-06")),
        ("会议期间，与会代表还参加了第三届非遗展览开幕仪式。", ("第三届非遗展览开幕仪式", "2024-05-06")),
        # near misses: a day of its own is kept
        ("5月7日，与会人员还参加了江城古镇文化旅游节开幕式。", ("江城古镇文化旅游节开幕式", "2024-05-07")),
    ],
)
def test_event_the_attendees_also_attended_takes_the_main_day(extract, tail: str, expected: tuple) -> None:
    assert _dated(extract(page(_MAIN + tail))) == [("全省文化旅游发展大会", "2024-05-06"), expected]


def test_attendees_also_visiting_make_no_meeting(extract) -> None:
    body = "5月6日上午，全市科技创新大会在市民中心召开。与会人员还观摩了科技成果展。"
    assert _dated(extract(page(body))) == [("全市科技创新大会", "2024-05-06")]


def _held(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，民盟第六届江城市委员会第一次全体会议召开。",
         ("民盟第六届江城市委员会第一次全体会议", "民盟江城市委员会")),
        ("5月6日，九三学社第五届平川市委员会第三次全体会议在市政协会议室举行。",
         ("九三学社第五届平川市委员会第三次全体会议", "九三学社平川市委员会")),
        ("5月6日上午，中国民主建国会第八届江城市委员会第二次全体（扩大）会议在江城召开。",
         ("中国民主建国会第八届江城市委员会第二次全体（扩大）会议", "中国民主建国会江城市委员会")),
        ("5月6日，致公党第四届江城市委员会第五次全体会议召开，会议由主委王立新主持。",
         ("致公党第四届江城市委员会第五次全体会议", "致公党江城市委员会")),
        # near misses that keep today's output: the committee before the session (active), a standing committee of a
        # congress, the party's own committee with its place before the term (the body meeting as a whole)
        ("5月6日，民盟江城市委员会召开第六届第一次全体会议。", ("第六届第一次全体会议", "民盟江城市委员会")),
        ("5月6日，江城市第十五届人大常委会第十次会议召开。", ("江城市第十五届人大常委会第十次会议", "江城市人大常委会")),
        ("5月6日，中共江城市第十届纪律检查委员会第六次全体会议召开。", ("中共江城市第十届纪律检查委员会第六次全体会议", None)),
    ],
)
def test_committee_session_with_its_term(extract, body: str, expected: tuple) -> None:
    assert _held(extract(page(body))) == [expected]


def _counted(record: dict) -> list[tuple[str, int | None]]:
    return [(m["name"], m["attendee_count"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日上午，江城市数字经济白皮书发布仪式在市民中心举行，300余人现场观看了发布仪式。", 300),
        ("5月6日上午，第二届江城国际马拉松起跑仪式在市民广场举行，2000余名市民现场观看了起跑仪式。", 2000),
        ("5月6日，江城新区揭牌仪式在新区管委会举行。近500名干部群众观看了揭牌仪式。", 500),
        ("5月6日，江城新区揭牌仪式在新区管委会举行，200名群众在现场见证了这一仪式。", 200),
        # near misses: a show, a drill, a match watched after the ceremony, or watched online
        ("5月6日上午，江城市数字经济白皮书发布仪式在市民中心举行。仪式结束后，300余人观看了文艺演出。", None),
        ("5月6日上午，江城市消防安全宣传月启动仪式在市民广场举行。启动仪式后，200余名群众观看了消防演练。", None),
        ("5月6日上午，江城市全民健身月启动仪式在体育中心举行。仪式后，3000余名观众观看了足球比赛。", None),
        ("5月6日上午，江城市数字经济白皮书发布仪式在市民中心举行。仪式通过网络直播，50万人次在线观看。", None),
    ],
)
def test_people_watching_the_ceremony_itself(extract, body: str, expected: int | None) -> None:
    assert [count for _, count in _counted(extract(page(body)))] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日上午，由市人社局、市退役军人事务局联合主办的退役军人专场招聘会在市人力资源市场举行。市人社局局长王立新出席"
         "启动仪式并致辞。", [("启动仪式", "市人社局、市退役军人事务局")]),
        ("5月6日，由市总工会、市人社局联合主办的2024年江城市职工技能大赛在市职业技术学院开幕。开幕式上，市总工会主席李明致辞。",
         [("开幕式", "市总工会、市人社局")]),
        ("5月6日上午，由市人社局主办的春风行动专场招聘会在市人才市场举行，现场举行了启动仪式。", [("启动仪式", "市人社局")]),
        # near misses: the ceremony named with its holders (read already), the fair alone (no meeting), two events
        # told with their holders before a bare ceremony (whose is unknown)
        ("5月6日上午，由江城市教育局、江城日报社主办的第三届中学生作文大赛启动仪式在市图书馆举行。",
         [("第三届中学生作文大赛启动仪式", "江城市教育局、江城日报社")]),
        ("5月6日上午，由市人社局、市退役军人事务局联合主办的退役军人专场招聘会在市人力资源市场举行。共有120家企业参会。", []),
        ("5月6日上午，由市人社局主办的春风行动专场招聘会在市人才市场举行。同日，由市妇联主办的巾帼创业大赛在市民中心开幕。"
         "市领导出席启动仪式。", [("启动仪式", None)]),
        ("5月6日上午，春风行动专场招聘会在市人才市场举行。去年，由市人社局主办的首届招聘会在市会展中心举办。市领导出席启动仪式。",
         [("启动仪式", None)]),  # an earlier edition recalled
    ],
)
def test_attributed_holders_lent_to_the_opening(extract, body: str, expected: list[tuple]) -> None:
    assert _held(extract(page(body))) == expected


_HK_HEAD = "香港特別行政區政府　新聞公報\n民政事務總署舉行2024年度社區服務嘉許典禮\n"
_HK_CEREMONY = ("　　民政事務總署今日（五月六日）在香港大會堂舉行「2024年度社區服務嘉許典禮」，民政及青年事務局局長陳國強擔任主禮"
                "嘉賓並致辭。\n")
_HK_FOOT = "完\n2024年5月6日（星期一）\n香港時間18時30分\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_HK_HEAD + _HK_CEREMONY + "　　典禮上，民政事務專員李志明主持頒獎儀式。今年共有八十名義工獲頒「社區服務獎」。\n" + _HK_FOOT,
         ["2024年度社区服务嘉许典礼"]),
        (_HK_HEAD + _HK_CEREMONY + "　　儀式中，民政事務專員李志明主持頒獎典禮，向八十名義工頒發獎狀。\n" + _HK_FOOT,
         ["2024年度社区服务嘉许典礼"]),
        ("澳門特別行政區政府入口網站\n教育及青年發展局舉行優秀教師嘉許典禮\n　　教育及青年發展局今日（五月六日）在澳門科學館"
         "舉行「優秀教師嘉許典禮」。儀式上，局長黃志明主持頒獎典禮，向二十名教師頒發嘉許狀。\n", ["优秀教师嘉许典礼"]),
        # near misses that keep today's output: a prize-giving on a day and at a place of its own, and a mainland page
        (_HK_HEAD + _HK_CEREMONY + "　　五月八日，民政事務專員李志明在沙田大會堂主持頒獎儀式。\n" + _HK_FOOT,
         ["2024年度社区服务嘉许典礼", "颁奖仪式"]),
        (page("5月6日，江城市社区服务表彰大会在市民中心举行。大会上，市民政局局长李志明主持颁奖仪式。"),
         ["江城市社区服务表彰大会", "颁奖仪式"]),
    ],
)
def test_prize_giving_inside_a_hong_kong_ceremony(extract, text: str, expected: list[str]) -> None:
    assert [m["name"] for m in extract(text)["meetings"]] == expected


def test_prize_giving_inside_a_hong_kong_ceremony_is_its_chairs_act(extract) -> None:
    text = _HK_HEAD + _HK_CEREMONY + "　　典禮上，民政事務專員李志明主持頒獎儀式。\n" + _HK_FOOT
    assert speakers(extract(text))["李志明"] == ("民政事务专员", ("颁奖",))
