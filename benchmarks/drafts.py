"""Realistic drafts for the benchmarks, written for them (no user data), cut to a length."""

from __future__ import annotations

from itertools import cycle, islice

POSTS = (
    "We are excited to announce our new world-class analytics platform! 🚀 Buy now and get "
    "20% off with code LAUNCH20. Limited time only. https://shop.example.com/launch?utm=x "
    "#analytics #data #growth #saas #marketing",
    "What's the one tool you couldn't plan your week without? We asked our team and the "
    "answers surprised us. Tell us yours below 👇 and we'll share the best tips on Friday.",
    "RT @newsdesk: City council approves new bike lanes on Main Street after two-year "
    "debate https://news.example.org/bike-lanes",
    "“The best way to predict the future is to create it.” — Peter Drucker",
    "Huge thanks to @maria_dev for the workshop yesterday! Three things I'm taking away: "
    "ship small, talk to users every week, and write the docs first. How do you run yours?",
    "LAST CHANCE!!! Our summer sale ends TONIGHT 😱😱😱🔥🔥🔥 Don't miss out, shop now!!! "
    "https://example.com/sale",
    "I hate how awful the support queue was this week. Terrible experience for everyone "
    "involved, and we are sorry. Here is what we changed so it does not happen again.",
    "Hi {{first_name}}, check out our latest post: [LINK] #blog #news",
    "Our team spent six months rebuilding the app around one question from you: why is "
    "exporting so slow? Exports now take seconds. Which feature should we speed up next?",
    "Café terrace season is back ☀️ 🇫🇷 Which pastry would you pick: croissant or pain au "
    "chocolat? 中文也可以 😀 #paris",
)


def drafts(length: int, count: int) -> list[str]:
    """``count`` drafts of about ``length`` code points, cycling through the posts."""
    out = []
    source = cycle(POSTS)
    for _ in range(count):
        text = ""
        while len(text) < length:
            text += next(source) + "\n\n"
        out.append(text[:length].rstrip() or "x")
    return out


def mixed(count: int) -> list[str]:
    """The posts as they are, repeated."""
    return list(islice(cycle(POSTS), count))
