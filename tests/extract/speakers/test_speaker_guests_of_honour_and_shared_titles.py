"""Speaker shapes: guests of honour conferring at any ceremony, a title shared over a 分别 list joined by 和, a New Year
greeting after a speech, an occupation after a representative label, and an address word inside 为's object
(GUIDELINES §4, eleventh review round). Invented sentences; expected values follow corpus/GUIDELINES.md.

- P1: guests named in one sentence (甲、乙担任主礼嘉宾, 颁奖嘉宾, 颁奖人) who confer prizes in a later one are 颁奖 at any
  ceremony (就职典礼, 周年晚宴), not only at a 颁奖典礼; a group told doing no conferral gives nobody;
- P2: in a list closed by 分别, a name with no title of its own right after ``title + name`` takes that title whether the
  joint is 、 or 和/及/与, also after other titled items; not when the text titles it elsewhere, nor without 分别;
- P3: a New Year greeting in its own sentence after a speech adds 致辞; not one inside the speech (在讲话中…拜年),
  nor greetings on a visit (到…家中看望，向他们拜年), nor thanks;
- P4: a representative label before an occupation keeps the occupation (获奖代表、退役军人企业家 -> 退役军人企业家);
  企业家 is an occupation (GUIDELINES §4 eighth round);
- P5: an address word inside 为's object (为在讲话中提到的企业颁奖, 为发言代表颁奖) is no address of the giver.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

FORUM = "5月6日，县里召开座谈会。"
PARTY = "5月6日，县里召开新春团拜会。县委书记蒋文斌出席并讲话。"
HONOURS = "5月6日，县里召开表彰大会。"


# --- P1. guests of honour conferring in a later sentence, at any ceremony ---

@pytest.mark.parametrize(
    "body",
    [
        "5月6日，协会第十届理事会就职典礼在市民中心举行。陈大文、李志强担任主礼嘉宾。主礼嘉宾为10位资深会员颁发“长期服务奖”。",
        "5月6日，协会颁奖典礼在市民中心举行。陈大文、李志强担任主礼嘉宾。主礼嘉宾为10位资深会员颁发“长期服务奖”。",
        "5月6日，协会周年晚宴在酒店举行。陈大文、李志强担任主礼嘉宾。主礼嘉宾向获奖者颁发奖座。",
        "5月6日，学校毕业典礼在礼堂举行。陈大文、李志强担任颁奖嘉宾。颁奖嘉宾为优秀毕业生颁发奖状。",
        "5月6日，学校毕业典礼在礼堂举行。陈大文、李志强担任颁奖人。颁奖人为优秀毕业生颁发奖状。",
        "5月6日，商会就职典礼在会所举行。主礼嘉宾包括陈大文及李志强。主礼嘉宾其后为新任会董颁发委任状。",
    ],
)
def test_guests_of_honour_confer_at_any_ceremony(extract_with_model, body: str) -> None:
    assert speakers(extract_with_model(page(body))) == {"陈大文": (None, ("颁奖",)), "李志强": (None, ("颁奖",))}


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: the guests told doing no conferral
        "5月6日，协会周年晚宴在酒店举行。陈大文、李志强担任主礼嘉宾。主礼嘉宾与获奖者合影。",
        "5月6日，协会第十届理事会就职典礼在市民中心举行。陈大文、李志强担任主礼嘉宾。",
    ],
)
def test_guests_doing_no_conferral_give_nobody(extract_with_model, body: str) -> None:
    assert speakers(extract_with_model(page(body))) == {}


# --- P2. a title shared over a 分别 list joined by 和/及/与 ---

@pytest.mark.parametrize(
    "body",
    [
        FORUM + "县委副书记王强、副县长李明和王芳分别讲话。",
        FORUM + "县委副书记王强、副县长李明及王芳分别讲话。",
        FORUM + "县委副书记王强、副县长李明与王芳分别讲话。",
        FORUM + "县委副书记王强、副县长李明、王芳分别讲话。",
    ],
)
def test_title_shared_after_other_titled_items(extract_with_model, body: str) -> None:
    assert speakers(extract_with_model(page(body))) == {
        "王强": ("县委副书记", ("讲话",)), "李明": ("副县长", ("讲话",)), "王芳": ("副县长", ("讲话",))}


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # NEGATIVE: titled elsewhere in the text; no 分别
        (FORUM + "县委副书记王强、副县长李明和王芳分别讲话。县政协主席王芳出席会议。", "县政协主席"),
        (FORUM + "县委副书记王强、副县长李明和王芳讲话。", None),
        (FORUM + "县委副书记王强、副县长李明和村民王芳分别讲话。", None),  # a label of her own (test_speaker_titles_over_joined_lists)
    ],
)
def test_title_not_shared(extract_with_model, body: str, title: str | None) -> None:
    people = speakers(extract_with_model(page(body)))
    assert people["李明"] == ("副县长", ("讲话",))
    assert people["王芳"][0] == title


# --- P3. a New Year greeting in its own sentence after a speech ---

@pytest.mark.parametrize(
    "body",
    [
        PARTY + "蒋文斌向全体干部职工致以新春的问候。",
        PARTY + "他向全体干部职工致以新春的问候和美好的祝愿。",
        PARTY + "蒋文斌代表县委向全县人民拜年。",
        "5月6日，县里召开新春团拜会。县委书记蒋文斌在讲话中指出，要抓好落实。蒋文斌向全体干部职工致以新年的祝福。",
    ],
)
def test_new_year_greeting_after_speech_adds_address(extract_with_model, body: str) -> None:
    assert speakers(extract_with_model(page(body))) == {"蒋文斌": ("县委书记", ("讲话", "致辞"))}


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: the greeting inside the speech; on a visit; thanks only
        PARTY + "蒋文斌在讲话中代表县委向全县人民拜年。",
        FORUM + "县委书记蒋文斌出席并讲话。随后，蒋文斌到困难群众王大爷家中看望，向他们拜年。",
        FORUM + "县委书记蒋文斌出席并讲话。会后，蒋文斌到困难群众王大爷家中看望，向他们拜年。",
        FORUM + "县委书记蒋文斌出席并讲话。蒋文斌向全体干部职工表示衷心感谢。",
        FORUM + "县委书记蒋文斌向与会人员表示热烈欢迎。蒋文斌指出，要抓好落实。",
    ],
)
def test_greeting_no_address_of_its_own(extract_with_model, body: str) -> None:
    assert speakers(extract_with_model(page(body))) == {"蒋文斌": ("县委书记", ("讲话",))}


def test_greeting_on_a_visit_alone_gives_no_role(extract_with_model) -> None:
    body = "5月6日，县委书记蒋文斌看望慰问困难群众。蒋文斌向他们致以新春的问候。"
    assert speakers(extract_with_model(page(body))) == {}


# --- P4. a representative label before an occupation ---

@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        (HONOURS + "获奖代表、退役军人企业家丁建军发言。", "丁建军", "退役军人企业家"),
        (HONOURS + "职工代表、退役军人企业家王建军发言。", "王建军", "退役军人企业家"),
        (HONOURS + "获奖代表、企业家丁建军发言。", "丁建军", "企业家"),
        (HONOURS + "民营企业家丁建军发言。", "丁建军", "民营企业家"),
        (HONOURS + "职工代表、高级技师王强发言。", "王强", "高级技师"),
        (HONOURS + "获奖代表、青年作家王强发言。", "王强", "青年作家"),
        (HONOURS + "校友代表、南江科技集团董事长丁建军发言。", "丁建军", "南江科技集团董事长"),
        # 企业家 read as 作家 is (§4 eighth round): after a post, and with its praise word dropped
        (HONOURS + "县人大代表、民营企业家王强发言。", "王强", "县人大代表、民营企业家"),
        (HONOURS + "著名企业家、南江公司董事长王强发言。", "王强", "企业家、南江公司董事长"),
        (HONOURS + "省作协主席、著名作家石明发言。", "石明", "省作协主席、作家"),
        # NEGATIVE: a label alone; a label after the chain; a descriptor that is no occupation
        (HONOURS + "县人大代表、种植大户王强发言。", "王强", "县人大代表"),
        (HONOURS + "获奖代表丁建军发言。", "丁建军", None),
        (HONOURS + "企业家代表王强发言。", "王强", None),
        (HONOURS + "南江公司董事长、企业家代表王强发言。", "王强", "南江公司董事长"),
    ],
)
def test_label_before_occupation(extract_with_model, body: str, name: str, title: str | None) -> None:
    assert speakers(extract_with_model(page(body))) == {name: (title, ("发言",))}


# --- P5. an address word inside 为's object ---

@pytest.mark.parametrize(
    "body",
    [
        HONOURS + "县长王强为在讲话中提到的企业颁奖。",
        HONOURS + "县长王强为提到的企业颁奖。",
        HONOURS + "县长王强为会上提到的企业颁奖。",
        HONOURS + "县长王强为发言代表颁奖。",
        HONOURS + "县长王强为致辞嘉宾颁发证书。",
        HONOURS + "县长王强为在会上发言的代表颁发证书。",
        HONOURS + "县长王强向在大会上发言时表现突出的代表颁发证书。",
    ],
)
def test_address_word_inside_recipient_object(extract_with_model, body: str) -> None:
    assert speakers(extract_with_model(page(body))) == {"王强": ("县长", ("颁奖",))}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: the giver's own speech, before or after the conferral
        (HONOURS + "县长王强为获奖企业颁奖并讲话。", {"王强": ("县长", ("颁奖", "讲话"))}),
        (HONOURS + "县长王强讲话，为获奖企业颁奖。", {"王强": ("县长", ("讲话", "颁奖"))}),
        (HONOURS + "副县长吴大为发言。", {"吴大为": ("副县长", ("发言",))}),
        (HONOURS + "副县长吴大为讲话，并为获奖企业颁奖。", {"吴大为": ("副县长", ("讲话", "颁奖"))}),
        # a speech talking about something stays a speech (谈到了述职暴露出的问题 is no 述职)
        (FORUM + "县长王强讲话，谈到了述职暴露出的问题。", {"王强": ("县长", ("讲话",))}),
    ],
)
def test_giver_own_speech_kept(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


def test_holiday_greeting_opening_speech_stays_part_of_it(extract_with_model) -> None:
    # NEGATIVE: greetings of another holiday after a summing-up speech, going on with its words
    body = ("9月10日，学校召开教师节表彰大会。校党委书记蒋文斌作总结讲话。他代表学校党委向全体教职工致以节日的问候。"
            "蒋文斌指出，要关心青年教师成长。")
    assert speakers(extract_with_model(page(body))) == {"蒋文斌": ("校党委书记", ("讲话",))}
