"""Ticket symptoms, product words and message templates, read from `seeder/data/vocabulary.json`.

The words live in the data file; this module loads, types and checks them. Templates are
`str.format` strings whose only placeholders are:

- `{product}`: the product word in the ticket's language (`Vocabulary.products`),
- `{symptom}`: the symptom's text in the ticket's language (`Symptom.text`),
- `{order_ref}`: an order reference such as `ORD-123456`, supplied by the generator.

The generator fills each template once per run to build pools of strings; nothing here runs per row.
The `symptom` column stores a symptom's English text, hence the rules on English texts below.

Product words are chosen so one template reads correctly with all four: in German all are
masculine (mein/meinen/meinem), in French they only follow "mon" or "votre" (which fit both
genders before these words) and no adjective agrees with them, in English they only follow
"my", "your" or "the" and no verb agrees with them.
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
MAX_CHAT_OPENER_CHARS: Final = 160
WEIGHT_TOLERANCE: Final = 1e-9

_SECTIONS: Final = ("symptoms", "products", "subjects", "bodies", "chat_openers")
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
    `subjects` and `bodies`: language -> category -> templates; `chat_openers`: language ->
    templates.
    """

    symptoms: Mapping[str, tuple[Symptom, ...]]
    products: Mapping[str, Mapping[str, str]]
    subjects: Mapping[str, Mapping[str, tuple[str, ...]]]
    bodies: Mapping[str, Mapping[str, tuple[str, ...]]]
    chat_openers: Mapping[str, tuple[str, ...]]

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
        chat_openers=MappingProxyType(
            {
                language: _str_tuple(templates, f"chat_openers.{language}")
                for language, templates in _as_dict(root["chat_openers"], "chat_openers").items()
            }
        ),
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

    longest_product = {
        language: max((words.get(language, "") for words in vocabulary.products.values()), key=len)
        for language in LANGUAGES
    }
    for section, limit in (("subjects", MAX_SUBJECT_CHARS), ("bodies", MAX_BODY_CHARS)):
        table: Mapping[str, Mapping[str, tuple[str, ...]]] = getattr(vocabulary, section)
        problems += _key_set_problems(section, table, LANGUAGES)
        for language, by_category in table.items():
            problems += _key_set_problems(f"{section}.{language}", by_category, SYMPTOM_CATEGORIES)
            for category, templates in by_category.items():
                texts = [s.texts.get(language, "") for s in vocabulary.symptoms.get(category, ())]
                problems += _template_problems(
                    f"{section}.{language}.{category}",
                    templates,
                    longest_product.get(language, ""),
                    max(texts, key=len, default=""),
                    limit,
                )
    problems += _key_set_problems("chat_openers", vocabulary.chat_openers, LANGUAGES)
    for language, templates in vocabulary.chat_openers.items():
        texts = [s.texts.get(language, "") for group in vocabulary.symptoms.values() for s in group]
        problems += _template_problems(
            f"chat_openers.{language}",
            templates,
            longest_product.get(language, ""),
            max(texts, key=len, default=""),
            MAX_CHAT_OPENER_CHARS,
        )
    if problems:
        raise ValueError(f"invalid vocabulary: {'; '.join(problems)}")


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
