"""The vocabulary's content rules: complete, weights summing to one, placeholders, characters."""

from __future__ import annotations

import math
import string
import unicodedata
from collections.abc import Mapping

from seeder.domain import LANGUAGES, PRODUCTS, SYMPTOM_CATEGORIES
from seeder.vocabulary.model import (
    CATEGORY_SECTIONS,
    CHAT_SECTIONS,
    EMAIL_THREAD,
    FORBIDDEN_CATEGORIES,
    KEY_PATTERN,
    MAX_AFFINITY,
    MAX_CHAT_OPENER_CHARS,
    MAX_SYMPTOM_TEXT_CHARS,
    ORDER_REF_EXAMPLE,
    PLACEHOLDERS,
    WEIGHT_TOLERANCE,
    Vocabulary,
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

    for section, limit in CATEGORY_SECTIONS:
        problems += _category_table_problems(vocabulary, section, limit)
    for section in CHAT_SECTIONS:
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
                for section in EMAIL_THREAD
                for template in getattr(vocabulary, section).get(language, {}).get(category, ())
            ]
            problems += _duplicates(email)
        chat = [
            (f"{section}.{language}", template)
            for section in CHAT_SECTIONS
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
            if not KEY_PATTERN.fullmatch(symptom.key):
                problems.append(f"{at}: key is not lowercase snake_case ASCII")
            if symptom.key in seen_keys:
                problems.append(f"{at}: key already used in {seen_keys[symptom.key]}")
            seen_keys.setdefault(symptom.key, category)
            if symptom.category != category:
                problems.append(f"{at}: listed under {category!r} but says {symptom.category!r}")
            if not (math.isfinite(symptom.weight) and symptom.weight > 0):
                problems.append(f"{at}: weight {symptom.weight!r} is not a positive number")
            for product, lean in symptom.products.items():
                if product not in PRODUCTS:
                    problems.append(f"{at}.products: unknown product {product!r}")
                if not (math.isfinite(lean) and 0 < lean <= MAX_AFFINITY):
                    problems.append(
                        f"{at}.products.{product}: {lean!r} is not above 0 and at most "
                        f"{MAX_AFFINITY:g}"
                    )
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
    bad = sorted({c for c in text if c == "\\" or unicodedata.category(c) in FORBIDDEN_CATEGORIES})
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
