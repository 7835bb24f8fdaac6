"""URLs found and classified; redacted URLs keep their kind."""

from __future__ import annotations

import pytest

from shortlist.parse._links import classify_url, find_links, find_urls, is_profile_url


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://github.com/pytorch/pytorch", "github"),
        ("jane.github.io", "github"),
        ("gitlab.com/group/project", "gitlab"),
        ("huggingface.co/meta-llama", "huggingface"),
        ("https://www.kaggle.com/someone", "kaggle"),
        ("arXiv:2106.09685", "paper"),
        ("https://arxiv.org/abs/2106.09685", "paper"),
        ("doi:10.1145/3292500.3330701", "paper"),
        ("https://openreview.net/forum?id=abc", "paper"),
        ("scholar.google.com/citations?user=x", "scholar"),
        ("linkedin.com/in/someone", "linkedin"),
        ("https://example.dev/blog", "website"),
    ],
)
def test_classify(url: str, kind: str) -> None:
    assert classify_url(url) == kind


@pytest.mark.parametrize(
    ("url", "profile"),
    [
        ("linkedin.com/in/jane", True),
        ("linkedin.com/company/acme", False),
        ("github.com/jane", True),
        ("github.com/pytorch/pytorch", False),
        ("huggingface.co/datasets", False),
        ("scholar.google.com/citations?user=x", True),
        ("https://example.com/", False),
    ],
)
def test_profile_urls(url: str, profile: bool) -> None:
    assert is_profile_url(url) is profile


def test_find_urls_in_prose_without_trailing_punctuation() -> None:
    text = "See github.com/a/b, https://x.io/p. And arXiv: 2106.09685; also Node.js and e.g. this."
    assert [u.url for u in find_urls(text)] == [
        "github.com/a/b",
        "https://x.io/p",
        "arXiv: 2106.09685",
    ]


def test_redacted_placeholders_become_links_of_their_kind() -> None:
    text = "[URL] and https://arxiv.org/abs/1"
    links = find_links(text, {0: "linkedin"})
    assert [(link.kind, link.url, link.span.of(text)) for link in links] == [
        ("linkedin", "[URL]", "[URL]"),
        ("paper", "https://arxiv.org/abs/1", "https://arxiv.org/abs/1"),
    ]
