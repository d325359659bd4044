"""Speaker shapes: titles over a list joined by 和/及/与 and cut at a list's intro, recipients' reactions and a place
before a campus (GUIDELINES §4). Invented sentences; expected values follow corpus/GUIDELINES.md.

- X1: a title written once before two names joined by 和/及/与 and closed by 分别 is each one's (副局长李明和王芳分别…),
  as before a 、-list; not when the second name has a label of its own (和村民王芳, 和王芳（村民）) or no 分别 follows;
- X2: a list's intro (分别为, 包括, 有 after a group) ends a title (三位获奖作家分别为小说家王明 -> 小说家);
  小说家 and 散文家 are occupations;
- X3: one who received money or goods handed out (领到欠薪的农民工代表, 拿到助学金的学生代表), telling the press a reaction
  with soft words (激动地说, 表示), is no speaker; a representative who speaks at the meeting (在会上发言) keeps the role;
- X4: a would-be name after 于/在 followed by a campus or site (於何文田校園…舉行) is a place, no speaker.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

BUREAU = "5月6日，市局召开年中工作会议。"
FORUM = "5月6日，县里召开座谈会。"
AWARDS = "5月6日，颁奖会在京举行。"
WAGES = "5月6日，县里召开欠薪清偿兑现大会。县长李华出席并讲话。"
GRANTS = "5月6日，县里召开助学金发放仪式。县长李华出席并讲话。"
HONOURS = "5月6日，县里召开表彰大会。县长李华出席并讲话。"


# --- X1. a title before names joined by 和/及/与 and 分别 ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (BUREAU + "局党组成员、副局长李明和王芳分别作交流发言。",
         {"李明": ("局党组成员、副局长", ("发言",)), "王芳": ("局党组成员、副局长", ("发言",))}),
        (BUREAU + "副局长李明及王芳分别作交流发言。", {"李明": ("副局长", ("发言",)), "王芳": ("副局长", ("发言",))}),
        (BUREAU + "副局长李明与王芳分别发言。", {"李明": ("副局长", ("发言",)), "王芳": ("副局长", ("发言",))}),
        (BUREAU + "副局长李明、王芳分别作交流发言。", {"李明": ("副局长", ("发言",)), "王芳": ("副局长", ("发言",))}),
        (BUREAU + "副局长李明、张强和王芳分别作交流发言。",
         {"李明": ("副局长", ("发言",)), "张强": ("副局长", ("发言",)), "王芳": ("副局长", ("发言",))}),
        # NEGATIVE: a title or rank of her own stays hers
        (BUREAU + "副局长李明和王芳教授分别作交流发言。", {"李明": ("副局长", ("发言",)), "王芳": ("教授", ("发言",))}),
        (BUREAU + "局长李明和副局长王芳分别讲话。", {"李明": ("局长", ("讲话",)), "王芳": ("副局长", ("讲话",))}),
    ],
)
def test_title_before_names_joined_and_respectively(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        FORUM + "县长李明和王芳（村民）分别发言。",  # her own label in brackets
        FORUM + "副局长李明和村民王芳分别发言。",  # her own label before the name
        BUREAU + "副局长李明和王芳作交流发言。",  # no 分别: not told as a list sharing the title
        FORUM + "县长李明和王芳发言。",
    ],
)
def test_second_name_keeps_no_title_without_a_shared_list(extract_with_model, body: str) -> None:
    people = speakers(extract_with_model(page(body)))
    assert people["王芳"] == (None, ("发言",))
    assert people["李明"][0] in ("县长", "副局长")


# --- X2. a list's intro ends a title ---

@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("5月6日，學院舉行典禮。三位榮譽院士分別為資深教育家陳文光先生、建築師李美華女士及醫生黃志強先生。"
         "陳文光先生在典禮上發表演說。", "陈文光", "教育家"),
        (AWARDS + "三位获奖作家分别为小说家王明、诗人李红和评论家赵刚。王明在会上发言。", "王明", "小说家"),
        (AWARDS + "获奖作家分别是小说家王明、诗人李红和评论家赵刚。王明在会上发言。", "王明", "小说家"),
        (AWARDS + "获奖作家包括小说家王明、诗人李红和评论家赵刚。王明在会上发言。", "王明", "小说家"),
        (AWARDS + "三位获奖者有画家王明、诗人李红。王明在会上发言。", "王明", "画家"),
        ("5月6日，座谈会在京举行。与会专家有教授王明、研究员李红。王明在会上发言。", "王明", "教授"),
        (AWARDS + "散文家王明在会上发言。", "王明", "散文家"),
    ],
)
def test_list_intro_ends_title(extract_with_model, body: str, name: str, title: str) -> None:
    assert speakers(extract_with_model(page(body)))[name][0] == title


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # NEGATIVE: 有 inside a body's name stays in the title
        ("5月6日，市有色金属工业协会召开年会。市有色金属工业协会会长王明在会上讲话。", "市有色金属工业协会会长"),
        ("5月6日，某有限公司召开年会。某有限公司董事长王明在会上讲话。", "某有限公司董事长"),
        ("5月6日，年会召开。市国有资产监督管理委员会主任王明在会上讲话。", "市国有资产监督管理委员会主任"),
        ("5月6日，年会召开。出席会议的有市委书记王明、市长李红。王明在会上讲话。", "市委书记"),
    ],
)
def test_you_inside_a_title_is_kept(extract_with_model, body: str, title: str) -> None:
    assert speakers(extract_with_model(page(body)))["王明"][0] == title


# --- X3. a recipient's reaction, labelled as the recipients' representative ---

@pytest.mark.parametrize(
    "body",
    [
        WAGES + "领到欠薪的农民工代表张大山激动地说：“没想到这么快就拿到了钱。”",
        WAGES + "领到欠薪的农民工代表张大山表示，感谢政府为我们讨回血汗钱。",
        GRANTS + "拿到助学金的学生代表王小红开心地说：“我一定好好学习。”",
        GRANTS + "领取了助学金的学生王小红高兴地表示，一定好好学习。",
    ],
)
def test_recipient_reaction_is_no_speaker(extract_with_model, body: str) -> None:
    assert speakers(extract_with_model(page(body))) == {"李华": ("县长", ("讲话",))}


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        (WAGES + "领到欠薪的农民工代表张大山在会上发言。", "张大山", ("发言",)),
        (HONOURS + "获奖代表张大山在会上发言。", "张大山", ("发言",)),
        (HONOURS + "受表彰代表张大山作交流发言。", "张大山", ("发言",)),
        # a spokesman of those honoured, not a receipt of money or goods: unchanged
        (HONOURS + "获奖教师代表张晓红表示，要以先进为榜样，立足岗位作贡献。", "张晓红", ("讲话",)),
    ],
)
def test_representative_speaking_keeps_role(extract_with_model, body: str, name: str, roles: tuple) -> None:
    assert speakers(extract_with_model(page(body)))[name][1] == roles


# --- X4. a place before a campus after 于/在 ---

@pytest.mark.parametrize(
    "body",
    [
        "香港演藝學院今日（五月六日）於何文田校園賽馬會演藝廳舉行畢業典禮，頒授學位予約1 800名畢業生。",
        "某大學今日於何文田校園舉行畢業典禮，頒授學位予約1800名畢業生。",
        "香港某大學今日（十一月二十日）於何文田校園賽馬會演藝廳舉行第三十屆畢業典禮暨榮譽院士頒授儀式，"
        "頒授學位予約1 800名畢業生及頒授榮譽院士予三位傑出人士。",
    ],
)
def test_place_before_campus_is_no_speaker(extract_with_model, body: str) -> None:
    assert speakers(extract_with_model(page(body))) == {}


def test_speaker_after_campus_clause_kept(extract_with_model) -> None:
    body = "5月6日，某大学在东湖校区举行毕业典礼，校长李明致辞。"
    assert speakers(extract_with_model(page(body))) == {"李明": ("校长", ("致辞",))}
