"""Ticket symptoms, product words and message templates, read from `seeder/data/vocabulary.json`.

The words live in the data file; this module loads, types and checks them. Templates are
`str.format` strings whose only placeholders are:

- `{product}`: the product word in the ticket's language (`Vocabulary.products`),
- `{symptom}`: the symptom's text in the ticket's language (`Symptom.text`),
- `{order_ref}`: an order reference such as `ORD-123456`, supplied by the generator.

The generator fills each template once per run to build pools of strings; nothing here runs per row.
The `symptom` column stores a symptom's English text, hence the rules on English texts below.

A ticket's first e-mail takes its text from `bodies`, its follow-up e-mails from `agent_answers`
and `customer_updates` (the desk's replies and the customer's, see seeder.generate.tables.text);
a chat opens with a line of `chat_openers` and a customer coming back to chat writes a line of
`chat_follow_ups`. The sets one ticket draws from must not share a template, so its messages
never repeat each other through them.

Product words are chosen so one template reads correctly with all four: in German all are
masculine (mein/meinen/meinem, Ihr/Ihren/Ihrem), in French they only follow "mon", "votre" or
"notre" (which fit both genders before these words) and no adjective, participle or pronoun
agrees with them, in English they only follow "my", "your" or "the" and no verb or pronoun
agrees with them.
"""

from __future__ import annotations

import json
import math
import re
import string
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Final

from seeder.domain import LANGUAGES, PRODUCTS, SYMPTOM_CATEGORIES

PLACEHOLDERS: Final = ("product", "symptom", "order_ref")
ORDER_REF_EXAMPLE: Final = "ORD-123456"
MAX_SYMPTOM_TEXT_CHARS: Final = 40
MAX_SUBJECT_CHARS: Final = 120
MAX_BODY_CHARS: Final = 300
MAX_CHAT_OPENER_CHARS: Final = 160  # chat openers and chat follow-ups alike
WEIGHT_TOLERANCE: Final = 1e-9

_SECTIONS: Final = (
    "symptoms",
    "products",
    "subjects",
    "bodies",
    "agent_answers",
    "customer_updates",
    "chat_openers",
    "chat_follow_ups",
)
# Template sets by category, with their length limits; e-mail texts share the body limit.
_CATEGORY_SECTIONS: Final = (
    ("subjects", MAX_SUBJECT_CHARS),
    ("bodies", MAX_BODY_CHARS),
    ("agent_answers", MAX_BODY_CHARS),
    ("customer_updates", MAX_BODY_CHARS),
)
_CHAT_SECTIONS: Final = ("chat_openers", "chat_follow_ups")
# The sets one ticket's e-mail bodies come from, and those its chat lines come from.
_EMAIL_THREAD: Final = ("bodies", "agent_answers", "customer_updates")
_KEY_PATTERN: Final = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
# Line and paragraph separators would break rows as surely as a newline does.
_FORBIDDEN_CATEGORIES: Final = frozenset({"Cc", "Zl", "Zp"})


@dataclass(frozen=True, slots=True)
class Symptom:
    """One specific issue within a symptom category, with its text in every language."""

    key: str
    category: str
    weight: float
    texts: Mapping[str, str] = field(hash=False)

    def text(self, language: str) -> str:
        """The symptom in `language`; `text("english")` is what the `symptom` column stores."""
        try:
            return self.texts[language]
        except KeyError:
            raise ValueError(f"symptom {self.key!r} has no {language!r} text") from None


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Everything the generator needs to word tickets and interactions, keyed as in the file.

    `symptoms`: category -> symptoms in file order; `products`: product -> language -> word;
    `subjects`, `bodies`, `agent_answers` and `customer_updates`: language -> category ->
    templates; `chat_openers` and `chat_follow_ups`: language -> templates.
    """

    symptoms: Mapping[str, tuple[Symptom, ...]]
    products: Mapping[str, Mapping[str, str]]
    subjects: Mapping[str, Mapping[str, tuple[str, ...]]]
    bodies: Mapping[str, Mapping[str, tuple[str, ...]]]
    agent_answers: Mapping[str, Mapping[str, tuple[str, ...]]]
    customer_updates: Mapping[str, Mapping[str, tuple[str, ...]]]
    chat_openers: Mapping[str, tuple[str, ...]]
    chat_follow_ups: Mapping[str, tuple[str, ...]]

    def symptoms_of(self, category: str) -> tuple[Symptom, ...]:
        """The symptoms of `category`, in file order."""
        try:
            return self.symptoms[category]
        except KeyError:
            known = ", ".join(self.symptoms)
            raise ValueError(
                f"unknown symptom category {category!r}; expected one of: {known}"
            ) from None


@cache
def load_vocabulary() -> Vocabulary:
    """The vocabulary shipped with the package, parsed and validated (cached)."""
    resource = resources.files("seeder").joinpath("data").joinpath("vocabulary.json")
    vocabulary = parse_vocabulary(json.loads(resource.read_text(encoding="utf-8")))
    validate_vocabulary(vocabulary)
    return vocabulary


def symptoms_of(category: str) -> tuple[Symptom, ...]:
    """The symptoms of `category` in the shipped vocabulary."""
    return load_vocabulary().symptoms_of(category)


def parse_vocabulary(data: object) -> Vocabulary:
    """Build a `Vocabulary` from decoded JSON, checking its shape but not its content.

    Completeness, weights, placeholders and lengths are `validate_vocabulary`'s job, so a broken
    copy of the file can still be parsed and then reported on in full.
    """
    root = _as_dict(data, "vocabulary")
    unknown = [name for name in root if name not in _SECTIONS]
    if unknown:
        raise ValueError(f"vocabulary: unknown section(s) {', '.join(unknown)}")
    missing = [name for name in _SECTIONS if name not in root]
    if missing:
        raise ValueError(f"vocabulary: missing section(s) {', '.join(missing)}")

    symptoms = {
        category: tuple(
            _parse_symptom(entry, category, f"symptoms.{category}[{index}]")
            for index, entry in enumerate(_as_list(entries, f"symptoms.{category}"))
        )
        for category, entries in _as_dict(root["symptoms"], "symptoms").items()
    }
    products = {
        product: _str_map(words, f"products.{product}")
        for product, words in _as_dict(root["products"], "products").items()
    }
    return Vocabulary(
        symptoms=MappingProxyType(symptoms),
        products=MappingProxyType(products),
        subjects=_template_table(root["subjects"], "subjects"),
        bodies=_template_table(root["bodies"], "bodies"),
        agent_answers=_template_table(root["agent_answers"], "agent_answers"),
        customer_updates=_template_table(root["customer_updates"], "customer_updates"),
        chat_openers=_language_templates(root["chat_openers"], "chat_openers"),
        chat_follow_ups=_language_templates(root["chat_follow_ups"], "chat_follow_ups"),
    )


def validate_vocabulary(vocabulary: Vocabulary) -> None:
    """Raise ValueError naming every defect: gaps, weights, placeholders, characters, duplicates."""
    problems: list[str] = []
    problems += _key_set_problems("symptoms", vocabulary.symptoms, SYMPTOM_CATEGORIES)
    problems += _symptom_problems(vocabulary)
    problems += _key_set_problems("products", vocabulary.products, PRODUCTS)
    for product, words in vocabulary.products.items():
        problems += _key_set_problems(f"products.{product}", words, LANGUAGES)
        for language, word in words.items():
            problems += _text_problems(f"products.{product}.{language}", word)

    for section, limit in _CATEGORY_SECTIONS:
        problems += _category_table_problems(vocabulary, section, limit)
    for section in _CHAT_SECTIONS:
        problems += _chat_table_problems(vocabulary, section)
    problems += _thread_duplicate_problems(vocabulary)
    if problems:
        raise ValueError(f"invalid vocabulary: {'; '.join(problems)}")


def _longest_product(vocabulary: Vocabulary, language: str) -> str:
    return max((words.get(language, "") for words in vocabulary.products.values()), key=len)


def _category_table_problems(vocabulary: Vocabulary, section: str, limit: int) -> list[str]:
    """A language -> category -> templates set: complete, and each template well formed."""
    table: Mapping[str, Mapping[str, tuple[str, ...]]] = getattr(vocabulary, section)
    problems = _key_set_problems(section, table, LANGUAGES)
    for language, by_category in table.items():
        problems += _key_set_problems(f"{section}.{language}", by_category, SYMPTOM_CATEGORIES)
        for category, templates in by_category.items():
            texts = [s.texts.get(language, "") for s in vocabulary.symptoms.get(category, ())]
            problems += _template_problems(
                f"{section}.{language}.{category}",
                templates,
                _longest_product(vocabulary, language),
                max(texts, key=len, default=""),
                limit,
            )
    return problems


def _chat_table_problems(vocabulary: Vocabulary, section: str) -> list[str]:
    """A language -> templates set (chat lines serve every category, so any symptom fills them)."""
    table: Mapping[str, tuple[str, ...]] = getattr(vocabulary, section)
    problems = _key_set_problems(section, table, LANGUAGES)
    every = [s for group in vocabulary.symptoms.values() for s in group]
    for language, templates in table.items():
        texts = [s.texts.get(language, "") for s in every]
        problems += _template_problems(
            f"{section}.{language}",
            templates,
            _longest_product(vocabulary, language),
            max(texts, key=len, default=""),
            MAX_CHAT_OPENER_CHARS,
        )
    return problems


def _thread_duplicate_problems(vocabulary: Vocabulary) -> list[str]:
    """A template twice among the sets one ticket draws from would let its messages repeat."""
    problems: list[str] = []
    for language in LANGUAGES:
        for category in SYMPTOM_CATEGORIES:
            email = [
                (f"{section}.{language}.{category}", template)
                for section in _EMAIL_THREAD
                for template in getattr(vocabulary, section).get(language, {}).get(category, ())
            ]
            problems += _duplicates(email)
        chat = [
            (f"{section}.{language}", template)
            for section in _CHAT_SECTIONS
            for template in getattr(vocabulary, section).get(language, ())
        ]
        problems += _duplicates(chat)
    return problems


def _duplicates(templates: list[tuple[str, str]]) -> list[str]:
    seen: dict[str, str] = {}
    problems: list[str] = []
    for where, template in templates:
        if template in seen:
            problems.append(f"{where}: duplicate template {template!r} (also in {seen[template]})")
        seen.setdefault(template, where)
    return problems


def _symptom_problems(vocabulary: Vocabulary) -> list[str]:
    problems: list[str] = []
    seen_keys: dict[str, str] = {}
    seen_texts: dict[tuple[str, str], str] = {}
    for category, symptoms in vocabulary.symptoms.items():
        where = f"symptoms.{category}"
        if not symptoms:
            problems.append(f"{where}: no symptoms")
            continue
        total = math.fsum(symptom.weight for symptom in symptoms)
        if not math.isclose(total, 1.0, rel_tol=0.0, abs_tol=WEIGHT_TOLERANCE):
            problems.append(f"{where}: weights sum to {total!r}, not 1")
        for symptom in symptoms:
            at = f"{where}.{symptom.key}"
            if not _KEY_PATTERN.fullmatch(symptom.key):
                problems.append(f"{at}: key is not lowercase snake_case ASCII")
            if symptom.key in seen_keys:
                problems.append(f"{at}: key already used in {seen_keys[symptom.key]}")
            seen_keys.setdefault(symptom.key, category)
            if symptom.category != category:
                problems.append(f"{at}: listed under {category!r} but says {symptom.category!r}")
            if not (math.isfinite(symptom.weight) and symptom.weight > 0):
                problems.append(f"{at}: weight {symptom.weight!r} is not a positive number")
            problems += _key_set_problems(f"{at}.text", symptom.texts, LANGUAGES)
            for language, text in symptom.texts.items():
                problems += _text_problems(f"{at}.text.{language}", text)
                if (language, text.casefold()) in seen_texts:
                    other = seen_texts[(language, text.casefold())]
                    problems.append(f"{at}: duplicate {language} text {text!r} (also {other})")
                seen_texts.setdefault((language, text.casefold()), at)
            english = symptom.texts.get("english", "")
            if english != english.lower():
                problems.append(f"{at}: English text {english!r} is not lowercase")
            if len(english) > MAX_SYMPTOM_TEXT_CHARS:
                problems.append(
                    f"{at}: English text is {len(english)} characters, "
                    f"over {MAX_SYMPTOM_TEXT_CHARS}"
                )
    return problems


def _template_problems(
    where: str, templates: tuple[str, ...], product: str, symptom: str, limit: int
) -> list[str]:
    """Check templates, filling them with the longest values to bound their length."""
    if not templates:
        return [f"{where}: no templates"]
    problems: list[str] = []
    for index, template in enumerate(templates):
        at = f"{where}[{index}]"
        text_problems = _text_problems(at, template)
        placeholder_problems = _placeholder_problems(at, template)
        problems += text_problems + placeholder_problems
        if text_problems or placeholder_problems:
            continue
        filled = template.format(product=product, symptom=symptom, order_ref=ORDER_REF_EXAMPLE)
        if len(filled) > limit:
            problems.append(f"{at}: {len(filled)} characters when filled, over {limit}")
    return problems


def _placeholder_problems(where: str, template: str) -> list[str]:
    try:
        fields = [
            (name, spec, conversion)
            for _, name, spec, conversion in string.Formatter().parse(template)
            if name is not None
        ]
    except ValueError as exc:
        return [f"{where}: malformed template ({exc})"]
    problems: list[str] = []
    for name, spec, conversion in fields:
        if name not in PLACEHOLDERS:
            allowed = ", ".join(f"{{{p}}}" for p in PLACEHOLDERS)
            problems.append(f"{where}: unknown placeholder {{{name}}}; allowed: {allowed}")
        elif spec or conversion:
            problems.append(f"{where}: placeholder {{{name}}} has a format spec or conversion")
    return problems


def _text_problems(where: str, text: str) -> list[str]:
    if not text.strip():
        return [f"{where}: empty text"]
    bad = sorted({c for c in text if c == "\\" or unicodedata.category(c) in _FORBIDDEN_CATEGORIES})
    if bad:
        return [f"{where}: forbidden character(s) {', '.join(repr(c) for c in bad)}"]
    return []


def _key_set_problems(
    where: str, mapping: Mapping[str, object], expected: tuple[str, ...]
) -> list[str]:
    missing = [key for key in expected if key not in mapping]
    unknown = [key for key in mapping if key not in expected]
    problems: list[str] = []
    if missing:
        problems.append(f"{where}: missing {', '.join(missing)}")
    if unknown:
        problems.append(f"{where}: unknown {', '.join(unknown)}")
    return problems


def _parse_symptom(data: object, category: str, where: str) -> Symptom:
    entry = _as_dict(data, where)
    if set(entry) != {"key", "weight", "text"}:
        raise ValueError(f"{where}: expected exactly the fields key, weight, text")
    weight = entry["weight"]
    if isinstance(weight, bool) or not isinstance(weight, int | float):
        raise ValueError(f"{where}.weight: expected a number")
    return Symptom(
        key=_as_str(entry["key"], f"{where}.key"),
        category=category,
        weight=float(weight),
        texts=_str_map(entry["text"], f"{where}.text"),
    )


def _template_table(data: object, where: str) -> Mapping[str, Mapping[str, tuple[str, ...]]]:
    return MappingProxyType(
        {
            language: MappingProxyType(
                {
                    category: _str_tuple(templates, f"{where}.{language}.{category}")
                    for category, templates in _as_dict(by_category, f"{where}.{language}").items()
                }
            )
            for language, by_category in _as_dict(data, where).items()
        }
    )


def _language_templates(data: object, where: str) -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType(
        {
            language: _str_tuple(templates, f"{where}.{language}")
            for language, templates in _as_dict(data, where).items()
        }
    )


def _as_dict(data: object, where: str) -> dict[str, object]:
    if not isinstance(data, dict) or not all(isinstance(key, str) for key in data):
        raise ValueError(f"{where}: expected an object")
    return data


def _as_list(data: object, where: str) -> list[object]:
    if not isinstance(data, list):
        raise ValueError(f"{where}: expected a list")
    return data


def _as_str(data: object, where: str) -> str:
    if not isinstance(data, str):
        raise ValueError(f"{where}: expected a string")
    return data


def _str_map(data: object, where: str) -> Mapping[str, str]:
    return MappingProxyType(
        {key: _as_str(value, f"{where}.{key}") for key, value in _as_dict(data, where).items()}
    )


def _str_tuple(data: object, where: str) -> tuple[str, ...]:
    return tuple(_as_str(item, f"{where}[{i}]") for i, item in enumerate(_as_list(data, where)))
