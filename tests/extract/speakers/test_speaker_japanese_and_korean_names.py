"""Speaker phrasings of Japanese and Korean names, titles, labels and post-nominals: Japanese names whose family name the Chinese list lacks, its
first character a Chinese surname (日本众议院议员山本健一致辞, once cut to 山本健); 干部 right after an office as a title; a bare 主持人 label before a name; a
post-nominal 资深大律师 after a name; a head's post after a two-character transliterated name (普京总统表示).
Invented sentences and invented people; the expected values follow corpus/GUIDELINES.md §4, with near misses
that must stay as they are."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，中日友好交流会在东京举行。日本众议院议员山本健一致辞。", {"山本健一": ("日本众议院议员", ("致辞",))}),
        ("5月6日，中日友好交流会在东京举行。日本众议院议员山本健一郎致辞。", {"山本健一郎": ("日本众议院议员", ("致辞",))}),
        ("5月6日，中日友好交流会在东京举行。日本前首相福田康夫出席并致辞。", {"福田康夫": ("日本前首相", ("致辞",))}),
        ("5月6日，中日友好交流会在东京举行。日本经济产业省大臣田中太郎致辞。", {"田中太郎": ("日本经济产业省大臣", ("致辞",))}),
        # Korean names of three characters with a Chinese surname read as Chinese names are
        ("5月6日，中韩交流会在首尔举行。韩国国会议员朴炳锡致辞。", {"朴炳锡": ("韩国国会议员", ("致辞",))}),
        # near misses: a Chinese name with such a character stays as read by the Chinese surname, and with no
        # Japan named before it no Japanese name is read
        ("5月6日，县里召开座谈会。县长石川明致辞。", {"石川明": ("县长", ("致辞",))}),
        ("5月6日，县里召开座谈会。县长田中华致辞。", {"田中华": ("县长", ("致辞",))}),
        ("5月6日，县里召开座谈会。县长石川主持会议。", {"石川": ("县长", ("主持",))}),
        ("5月6日，县里召开座谈会。县长山本健一致辞。", {}),
    ],
)
def test_japanese_and_korean_names(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 干部 right after an office: the post of that office (§4 title chain)
        ("5月6日，市税务局召开座谈会。市税务局干部唐某某介绍了减税政策。", {"唐某某": ("市税务局干部", ("讲话",))}),
        ("5月6日，区里召开座谈会。县委组织部干部王明主持会议。", {"王明": ("县委组织部干部", ("主持",))}),
        # near misses: 干部 after other words opens no name
        ("5月6日，市委召开会议。会议要求加强机关干部纪律，县长王华讲话。", {"王华": ("县长", ("讲话",))}),
        ("5月6日，市委召开会议。会议研究了局干部任用问题，县长王华讲话。", {"王华": ("县长", ("讲话",))}),
        # a bare 主持人 label before a name: no title, the host's role
        ("5月6日，学校举行开学典礼。主持人王丽宣布典礼开始。", {"王丽": (None, ("主持", "讲话"))}),
        ("5月6日，学校举行开学典礼。主持人、校办主任王丽宣布典礼开始。", {"王丽": ("校办主任", ("主持", "讲话"))}),
        # near miss: a presenter described, no host of the event
        ("5月6日，市里举行春节晚会。著名主持人王丽登台献唱。", {}),
        # a post-nominal after the name is no part of it nor of the title; 演辞 is a speech
        ("5月6日，律政司举行法律周开幕礼。律政司司长林定国资深大律师在开幕礼上的演辞。", {"林定国": ("律政司司长", ("讲话",))}),
        ("律政司司长林定国资深大律师今日（五月六日）在法律周开幕礼上致辞。", {"林定国": ("律政司司长", ("致辞",))}),
        # a head's post after a two-character transliterated name: the title (like a rank after the name)
        ("5月6日，中俄论坛在莫斯科开幕。普京总统出席并讲话。", {"普京": ("总统", ("讲话",))}),
        ("5月6日，中美对话会举行。拜登总统在会上致辞。", {"拜登": ("总统", ("致辞",))}),
        # near miss: a country before its head's post
        ("5月6日，双边论坛举行。巴西总统表示，将加强合作。", {}),
    ],
)
def test_titles_labels_and_post_nominals(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
