"""Find and mask the passwords of connection strings, in free text and in a single value.

Every form libpq accepts: a URL's user info (postgresql://user:PASSWORD@host), a `password=`
query parameter (its key may be percent-encoded), and `password = value` in key=value strings
(quoted, with backslash escapes). Masking is generous: when unsure it hides too much.

The time is linear in the text by construction: each pattern starts only at a fixed word or
delimiter and its quantifiers are possessive (they never give back what they matched), so a
failed attempt never rescans the text and every match resumes where the last one ended.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from urllib.parse import unquote

MASK = "***"

# The most distinct secrets replaced word for word in a message (a user has one or two), and the
# most matches of each pattern examined in one value: masking a message finds any further ones
# by their structure.
_MAX_SECRETS = 32
_MAX_MATCHES = 1000
# No password is longer; a longer value is replaced only as written, not decoded as well.
_MAX_SECRET_CHARS = 1000

# scheme://user:PASSWORD@: the password runs to the last '@' before the next '/' (urllib's
# reading; libpq stops at the first '@', a part of this). `value` ends with that '@'.
_USER_INFO = re.compile(r"(?P<head>://[^:/@\s]*+:)(?P<value>(?:[^/@\s]*+@)++)")
# `password` (also `sslpassword`) in a key=value string, '=', then a value: a quoted one runs to
# its closing quote, a plain one to white space; a backslash escapes the character after it.
# After a '?' or '&' it is a URL's query parameter, _QUERY_PARAM's (its value ends at '&'):
# _is_keyword looks back for those. The pattern starts with its word, which the regex engine
# searches for quickly; an optional prefix or a lookbehind would make it try every position.
_KEYWORD_VALUE = re.compile(
    r"(?P<head>password\s*+=\s*+)"
    r"(?P<value>'(?:[^'\\]++|\\.?)*+'?|(?:[^\s\\]++|\\.?)++)",
    re.IGNORECASE | re.DOTALL,
)
# A URL query parameter; libpq decodes its key too, so `?pass%77ord=x` sets the password.
_QUERY_PARAM = re.compile(r"(?P<head>[?&](?P<key>[^=&?\s]*+)=)(?P<value>[^&\s]++)")
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)

Span = tuple[int, int]


def _is_password_param(match: re.Match[str]) -> bool:
    return unquote(match.group("key")).lower().endswith("password")


def _masked_param(match: re.Match[str]) -> str:
    return match.group("head") + MASK if _is_password_param(match) else match.group()


def _is_keyword(match: re.Match[str]) -> bool:
    text, start = match.string, match.start()
    before = text[start - 1 : start]  # "" at the start of the text
    if before in ("l", "L") and text[start - 3 : start].lower() == "ssl":
        before = text[start - 4 : start - 3]
    return before not in ("?", "&")


def _masked_keyword(match: re.Match[str]) -> str:
    return match.group("head") + MASK if _is_keyword(match) else match.group()


def _first_user_info(value: str) -> Span | None:
    """The password span of the URL a single value holds, read as generously as libpq and
    urllib together: it may hold spaces, and a '/' when no '@' comes before the first '/'."""
    scheme_end = value.find("://")
    if scheme_end < 0:
        return None
    begin = scheme_end + 3
    first_at = value.find("@", begin)
    colon = value.find(":", begin, first_at) if first_at >= 0 else -1
    if colon < 0 or "/" in value[begin:colon]:
        return None
    slash = value.find("/", colon)
    slash = len(value) if slash < 0 else slash
    if first_at < slash:
        return colon + 1, value.rfind("@", first_at, slash)
    if value[colon + 1 : slash].isdigit():  # host:port/ and an '@' further on
        return None
    return colon + 1, first_at


def mask(text: str, *secrets: str, one_value: bool = False) -> str:
    """`text` with every password in it, and every one of `secrets`, replaced by ***.

    `one_value`: the text is one connection string (its URL password may hold a space or '/').
    """
    span = _first_user_info(text) if one_value else None
    if span is not None:
        text = text[: span[0]] + MASK + text[span[1] :]
    # Functions, not templates: Python 3.11 expands a template's group references in Python.
    text = _USER_INFO.sub(lambda match: match.group("head") + MASK + "@", text)
    text = _QUERY_PARAM.sub(_masked_param, text)
    text = _KEYWORD_VALUE.sub(_masked_keyword, text)
    return replace_secrets(text, secrets)


def replace_secrets(text: str, secrets: Iterable[str]) -> str:
    """`text` with each of `secrets` (the longest first) replaced by ***."""
    distinct = sorted({s for s in secrets if s}, key=len, reverse=True)[:_MAX_SECRETS]
    for secret in distinct:
        text = text.replace(secret, MASK)
    return text


def _secret_spans(value: str) -> Iterator[Span]:
    first = _first_user_info(value)
    if first is not None:
        yield first
    for pattern in (_USER_INFO, _QUERY_PARAM, _KEYWORD_VALUE):
        for count, match in enumerate(pattern.finditer(value)):
            if count == _MAX_MATCHES:
                break
            begin, end = match.span("value")
            if pattern is _USER_INFO:
                yield begin, end - 1  # without its '@'
            elif _is_keyword(match) if pattern is _KEYWORD_VALUE else _is_password_param(match):
                yield begin, end


def secrets_in(value: str) -> list[str]:
    """The passwords one connection string (or command-line argument) holds, as written and
    as libpq reads them (percent-decoded, unquoted, unescaped)."""
    found: list[str] = []
    for begin, end in _secret_spans(value):
        written = value[begin:end]
        if len(written) > _MAX_SECRET_CHARS:
            found.append(written)
            continue
        inner = written[1:-1] if len(written) > 1 and written[0] == written[-1] == "'" else written
        for form in (written, unquote(written), inner, _ESCAPED.sub(r"\1", inner)):
            if form and form not in found:
                found.append(form)
    return found
