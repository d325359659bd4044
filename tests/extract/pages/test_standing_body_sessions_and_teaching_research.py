"""Cases of ordinary articles: a CPPCC standing body's numbered session and its organizer,
a teaching-research activity carried out, a dateline with its city after the date, a future side event's
invitees and a chair sentence after it, listeners' reactions after a lecture, 指导 as showing people how, and a
``X之一`` label before a title. Invented sentences; the expected values follow corpus/GUIDELINES.md §3 and §4."""

from __future__ import annotations

import pytest

from tests.extract.views import held, speakers


def _meeting(record: dict, name: str) -> dict:
    return next(m for m in record["meetings"] if m["name"] == name)


@pytest.mark.parametrize(
    ("text", "name", "organizer"),
    [
        ("11月5日，区政协九届八次常委会议在区政协机关会议室召开。", "区政协九届八次常委会议", "区政协"),
        ("11月5日，县政协十一届十二次主席会议在县政协机关召开。", "县政协十一届十二次主席会议", "县政协"),
        ("3月2日，市政协十四届五次常委会议在市政协会议中心召开。", "市政协十四届五次常委会议", "市政协"),
        ("3月2日，市政协十四届第五次主席会议在市政协会议中心召开。", "市政协十四届第五次主席会议", "市政协"),
        ("3月2日，县政协十届五次常委会会议在县政协机关召开。", "县政协十届五次常委会会议", "县政协"),
        # (the shape main read before: 第 after the body)
        ("11月5日，区人大常委会第十二次会议在区人大机关会议室召开。", "区人大常委会第十二次会议", "区人大常委会"),
    ],
)
def test_a_standing_bodys_numbered_session_has_it_as_organizer(extract, text: str, name: str, organizer: str) -> None:
    assert [(m, o) for m, _, o in held(extract(text, "2024-11-05"))] == [(name, organizer)]


def test_a_plenary_numbered_by_term_and_round_has_its_body_as_organizer(extract) -> None:
    # (the whole body's plenary, numbered by term and round: the body written in its name is its organizer, the
    # lead's ruling, fxn)
    record = extract("1月10日，县政协十届四次会议在县会议中心开幕。", "2024-01-10")
    assert [o for _, _, o in held(record)] == ["县政协"]


@pytest.mark.parametrize(
    ("text", "name", "host", "count"),
    [
        ("3月12日下午，实验中学语文教研组在学校会议室开展“整本书阅读”教研活动。活动由语文教研组组长周敏主持，全体语文教师共35人参加。",
         "“整本书阅读”教研活动", "周敏", 35),
        ("5月9日，县教研室组织全县初中英语教师开展“读写结合”专题教研活动，活动由县教研员李红主持，80余名教师参加。",
         "“读写结合”专题教研活动", "李红", 80),
        ("10月15日上午，城南小学科学组开展教研活动。活动由科学组组长陈晨主持，全组12名教师参加。", "教研活动", "陈晨", 12),
    ],
)
def test_a_teaching_research_activity_carried_out_on_a_day_is_a_meeting(
        extract_with_model, text: str, name: str, host: str, count: int) -> None:
    record = extract_with_model(text, "2024-10-16")
    assert [m["name"] for m in record["meetings"]] == [name]
    meeting = record["meetings"][0]
    assert meeting["host"]["name"] == host and meeting["attendee_count"] == count


@pytest.mark.parametrize(
    "text",
    [
        "近年来，学校常态化开展教研活动，不断提升教师专业素养。",
        "学校每周开展一次教研活动，由各教研组长主持。",
        "本学期，各教研组共开展教研活动30余次。",
        "各学科组要定期开展教研活动，提高课堂教学质量。",
        "学校开展教研活动，进一步提高了教学质量。",
    ],
)
def test_teaching_research_as_a_programme_is_no_meeting(extract, text: str) -> None:
    assert extract(text, "2024-10-16")["meetings"] == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("江城日报网5月21日江城讯 5月20日，第五届江城数字经济峰会在江城会展中心开幕。", "2025-05-20"),
        ("东方网5月21日上海讯（记者 王明）5月20日，第五届数字经济峰会在上海开幕。", "2025-05-20"),
        ("央广网5月21日北京消息：5月20日，第五届数字经济峰会在北京开幕。", "2025-05-20"),
        ("江城日报网5月21日江城讯 昨天，第五届江城数字经济峰会在江城会展中心开幕。", "2025-05-20"),
        # (no day of its own: the dateline's, as under 新华社北京5月21日电)
        ("江城日报网5月21日江城讯 第五届江城数字经济峰会在江城会展中心开幕。", "2025-05-21"),
        ("新华社北京5月21日电 5月20日，第五届数字经济峰会在北京开幕。", "2025-05-20"),
    ],
)
def test_a_dateline_with_its_city_after_the_date_yields_to_the_events_day(extract, text: str, date: str) -> None:
    assert [d for _, d, _ in held(extract(text, "2025-05-21"))] == [date]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("9月2日，2025年中国农民丰收节江城活动新闻发布会在市新闻中心举行。\n丰收节将于9月23日开幕。"
         "组委会还将组织产销对接会，邀请200余名采购商到会洽谈。\n市政府副秘书长刘平主持发布会。", "刘平"),
        ("9月2日，江城文化旅游节新闻发布会在市新闻中心举行。\n旅游节将于10月1日开幕，届时将邀请500余名客商参加招商推介会。"
         "\n市文旅局局长王刚主持发布会。", "王刚"),
        ("9月2日，江城文化旅游节新闻发布会在市新闻中心举行。\n本届旅游节将于10月1日至7日举行。届时将邀请500余名客商到会。"
         "\n市政府副秘书长刘平主持发布会。", "刘平"),
    ],
)
def test_a_future_side_event_leaves_the_press_conference_its_host_and_no_count(extract_with_model, text: str, host: str) -> None:
    record = extract_with_model(text, "2025-09-02")
    main = record["meetings"][0]
    assert main["name"].endswith("新闻发布会") and main["host"]["name"] == host and main["attendee_count"] is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # (those invited to the meeting reported, told as done, are still counted)
        ("9月2日，江城文化旅游节新闻发布会在市新闻中心举行，邀请60余名媒体记者参加。", 60),
        ("9月2日，江城文化旅游节新闻发布会在市新闻中心举行，60余家媒体的80名记者参加。", 80),
        ("9月2日，江城文化旅游节开幕式在市体育中心举行，旅游节将持续7天，开幕式邀请了300余名嘉宾参加。", 300),
    ],
)
def test_invitees_of_the_meeting_itself_still_count(extract, text: str, count: int) -> None:
    assert extract(text, "2025-09-02")["meetings"][0]["attendee_count"] == count


@pytest.mark.parametrize(
    "text",
    [
        "6月3日，城关街道党工委举办专题党课，邀请市委党校教授李华授课。全区党员干部120人参加。大家纷纷表示，党课很有启发。"
        "城关街道党工委书记赵文说，将把党课精神落实到社区工作中。",
        "6月3日，县委宣传部举办理论宣讲报告会，省委宣讲团成员李华作报告。200余名干部群众聆听了报告。大家纷纷表示，报告深入浅出。"
        "县文旅局局长赵文表示，要把精神转化为工作动力。",
    ],
)
def test_a_listeners_reaction_after_a_lecture_is_no_address(extract_with_model, text: str) -> None:
    people = speakers(extract_with_model(text, "2024-06-03"))
    assert "赵文" not in people and "李华" in people


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("6月3日，城关街道召开座谈会。座谈会上，赵文说，要把党课精神落实到社区工作中。", "讲话"),
        ("6月3日，城关街道召开座谈会。街道党工委书记赵文在交流发言中说，要把精神落实好。", "发言"),
        ("6月3日，城关街道召开座谈会，大家纷纷表示要把精神落实好。会上，街道党工委书记赵文说，要抓好落实。", "讲话"),
        ("6月3日，城关街道召开座谈会。与会人员纷纷表示，收获很大。\n街道党工委书记赵文在总结讲话中说，要把精神落实好。", "讲话"),
        ("6月3日，城关街道召开座谈会。会上，与会人员纷纷表示，收获很大。最后，街道党工委书记赵文说，要把精神落实好。", "讲话"),
        ("6月3日，城关街道召开座谈会。座谈中，大家纷纷表示，收获很大。街道党工委书记赵文说，要把精神落实好。", "讲话"),
    ],
)
def test_one_speaking_at_the_event_keeps_the_role(extract_with_model, text: str, role: str) -> None:
    assert role in speakers(extract_with_model(text, "2024-06-03"))["赵文"][1]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("6月3日，社区举办反诈宣传活动。民警张强为居民讲解了常见诈骗手法，他还现场指导居民下载安装反诈APP。", "张强"),
        ("6月3日，社区召开反诈宣传会。民警张强讲解了常见诈骗手法，并现场指导群众注册国家反诈中心APP。", "张强"),
        ("6月3日，镇里举办急救培训。县医院医生李红讲解急救知识，并现场指导学员进行心肺复苏按压。", "李红"),
    ],
)
def test_showing_people_how_is_no_guiding_role(extract_with_model, text: str, name: str) -> None:
    people = speakers(extract_with_model(text, "2024-06-03"))
    assert "指导" not in people.get(name, (None, ()))[1]


@pytest.mark.parametrize(
    "text",
    [
        "6月3日，社区召开反诈工作推进会。市公安局副局长张强到会指导。",
        "6月3日，社区召开反诈工作推进会。市公安局副局长张强出席会议并指导工作。",
        "6月3日，县委召开专题民主生活会。市委督导组组长张强全程指导并讲话。",
    ],
)
def test_guiding_the_meeting_keeps_the_role(extract_with_model, text: str) -> None:
    assert "指导" in speakers(extract_with_model(text, "2024-06-03"))["张强"][1]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("典禮於11月5日在大學禮堂舉行。榮譽院士之一、著名建築師何文教授代表各榮譽院士致謝辭。", "何文", "建筑师、教授"),
        ("典礼于11月5日在大学礼堂举行。荣誉院士之一、著名建筑师何文教授代表各荣誉院士致谢辞。", "何文", "建筑师、教授"),
        ("典礼于11月5日在大学礼堂举行。获奖者之一、著名建筑师何文教授代表获奖者致谢辞。", "何文", "建筑师、教授"),
        ("典礼于11月5日在大学礼堂举行。创始人之一、公司董事长何文致辞。", "何文", "公司董事长"),
        ("典礼于11月5日在大学礼堂举行。荣誉博士之一、香港大学教授何文致辞。", "何文", "香港大学教授"),
        # (no such label: the chain whole)
        ("典礼于11月5日在大学礼堂举行。市第一中学教师何文发言。", "何文", "市第一中学教师"),
    ],
)
def test_one_of_a_group_is_no_title(extract_with_model, text: str, name: str, title: str) -> None:
    assert speakers(extract_with_model(text, "2024-11-05"))[name][0] == title
