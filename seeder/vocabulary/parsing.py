"""Decoded JSON -> Vocabulary: the file's shape is checked here, its content in `checks`."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from seeder.vocabulary.model import SECTIONS, Symptom, Vocabulary


def parse_vocabulary(data: object) -> Vocabulary:
    """Build a `Vocabulary` from decoded JSON, checking its shape but not its content.

    Completeness, weights, placeholders and lengths are `validate_vocabulary`'s job, so a broken
    copy of the file can still be parsed and then reported on in full.
    """
    root = _as_dict(data, "vocabulary")
    unknown = [name for name in root if name not in SECTIONS]
    if unknown:
        raise ValueError(f"vocabulary: unknown section(s) {', '.join(unknown)}")
    missing = [name for name in SECTIONS if name not in root]
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


def _parse_symptom(data: object, category: str, where: str) -> Symptom:
    entry = _as_dict(data, where)
    if not {"key", "weight", "text"} <= set(entry) <= {"key", "weight", "text", "products"}:
        raise ValueError(f"{where}: expected the fields key, weight, text and maybe products")
    leans = entry.get("products", {})
    return Symptom(
        key=_as_str(entry["key"], f"{where}.key"),
        category=category,
        weight=_as_number(entry["weight"], f"{where}.weight"),
        texts=_str_map(entry["text"], f"{where}.text"),
        products=MappingProxyType(
            {
                product: _as_number(lean, f"{where}.products.{product}")
                for product, lean in _as_dict(leans, f"{where}.products").items()
            }
        ),
    )


def _as_number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{where}: expected a number")
    return float(value)


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
