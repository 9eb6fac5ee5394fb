"""The shipped vocabulary is complete and well formed, and the validator catches each defect."""

from __future__ import annotations

import copy
import dataclasses
import json
import re
from collections.abc import Callable
from importlib import resources
from typing import Any

import pytest

from seeder.domain import LANGUAGES, PRODUCTS, SYMPTOM_CATEGORIES
from seeder.vocabulary import (
    MAX_BODY_CHARS,
    MAX_CHAT_OPENER_CHARS,
    MAX_SUBJECT_CHARS,
    MAX_SYMPTOM_TEXT_CHARS,
    ORDER_REF_EXAMPLE,
    PLACEHOLDERS,
    Symptom,
    Vocabulary,
    load_vocabulary,
    parse_vocabulary,
    symptoms_of,
    validate_vocabulary,
)

# Words allowed right before {product}: each reads correctly with all four product words
# (see the module docstring of seeder.vocabulary).
DETERMINERS = {
    "english": {"my", "My", "your", "the", "("},
    "french": {"mon", "Mon", "votre", "Votre", "notre", "("},
    "german": {
        *("mein", "Mein", "meinen", "meinem", "Ihr", "Ihren", "Ihrem", "den", "zum", "einen", "("),
    },
}
SECTIONS = [
    "symptoms",
    "products",
    "subjects",
    "bodies",
    "agent_answers",
    "customer_updates",
    "chat_openers",
    "chat_follow_ups",
]
CATEGORY_SECTIONS = [
    ("subjects", MAX_SUBJECT_CHARS),
    ("bodies", MAX_BODY_CHARS),
    ("agent_answers", MAX_BODY_CHARS),
    ("customer_updates", MAX_BODY_CHARS),
]
CHAT_SECTIONS = ["chat_openers", "chat_follow_ups"]


def _file_text() -> str:
    resource = resources.files("seeder").joinpath("data").joinpath("vocabulary.json")
    return resource.read_text(encoding="utf-8")


def _raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_file_text())
    return copy.deepcopy(data)


def _all_templates(v: Vocabulary) -> list[tuple[str, str, str | None, str, int]]:
    """(section, language, category or None, template, length limit) for every template."""
    rows: list[tuple[str, str, str | None, str, int]] = []
    for section, limit in CATEGORY_SECTIONS:
        table: dict[str, dict[str, tuple[str, ...]]] = getattr(v, section)
        for language, by_category in table.items():
            for category, templates in by_category.items():
                rows += [(section, language, category, t, limit) for t in templates]
    for section in CHAT_SECTIONS:
        lines: dict[str, tuple[str, ...]] = getattr(v, section)
        for language, templates in lines.items():
            rows += [(section, language, None, t, MAX_CHAT_OPENER_CHARS) for t in templates]
    return rows


# --- the shipped file -------------------------------------------------------------------------


def test_shipped_vocabulary_is_valid() -> None:
    validate_vocabulary(parse_vocabulary(json.loads(_file_text())))
    validate_vocabulary(load_vocabulary())


def test_file_is_pretty_printed_in_stable_order() -> None:
    text = _file_text()
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"
    assert list(json.loads(text)) == SECTIONS


def test_load_is_cached_and_frozen() -> None:
    v = load_vocabulary()
    assert load_vocabulary() is v
    with pytest.raises(dataclasses.FrozenInstanceError):
        v.symptoms = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        v.symptoms["finance"] = ()  # type: ignore[index]


def test_categories_languages_and_products_match_domain() -> None:
    v = load_vocabulary()
    assert tuple(v.symptoms) == SYMPTOM_CATEGORIES
    assert tuple(v.products) == PRODUCTS
    for section, _limit in CATEGORY_SECTIONS:
        table = getattr(v, section)
        assert tuple(table) == LANGUAGES
        for by_category in table.values():
            assert tuple(by_category) == SYMPTOM_CATEGORIES
    for section in CHAT_SECTIONS:
        assert tuple(getattr(v, section)) == LANGUAGES


@pytest.mark.parametrize("category", SYMPTOM_CATEGORIES)
def test_each_category_has_five_to_seven_weighted_symptoms(category: str) -> None:
    symptoms = symptoms_of(category)
    assert 5 <= len(symptoms) <= 7
    assert all(isinstance(s, Symptom) and s.category == category for s in symptoms)
    assert all(round(s.weight, 2) == s.weight > 0 for s in symptoms)
    assert round(sum(s.weight for s in symptoms), 9) == 1.0


def test_symptom_keys_and_english_texts() -> None:
    symptoms = [s for group in load_vocabulary().symptoms.values() for s in group]
    keys = [s.key for s in symptoms]
    english = [s.text("english") for s in symptoms]
    assert len(set(keys)) == len(keys)
    assert len(set(english)) == len(english)
    for s in symptoms:
        assert re.fullmatch(r"[a-z0-9_]+", s.key)
        assert s.text("english") == s.text("english").lower()
        assert len(s.text("english")) <= MAX_SYMPTOM_TEXT_CHARS
        assert tuple(s.texts) == LANGUAGES


def test_template_counts() -> None:
    v = load_vocabulary()
    for language in LANGUAGES:
        for category in SYMPTOM_CATEGORIES:
            assert 4 <= len(v.subjects[language][category]) <= 6, (language, category)
            assert 6 <= len(v.bodies[language][category]) <= 8, (language, category)
            assert 6 <= len(v.agent_answers[language][category]) <= 8, (language, category)
            assert 6 <= len(v.customer_updates[language][category]) <= 8, (language, category)
        assert 6 <= len(v.chat_openers[language]) <= 8, language
        assert 10 <= len(v.chat_follow_ups[language]) <= 14, language


def test_a_tickets_sets_share_no_template() -> None:
    """Its e-mails cannot repeat each other through a template that two of its sets share."""
    v = load_vocabulary()
    for language in LANGUAGES:
        for category in SYMPTOM_CATEGORIES:
            email = [
                t
                for table in (v.bodies, v.agent_answers, v.customer_updates)
                for t in table[language][category]
            ]
            assert len(set(email)) == len(email), (language, category)
        chat = [*v.chat_openers[language], *v.chat_follow_ups[language]]
        assert len(set(chat)) == len(chat), language


# What a follow-up may not say: a ticket's contacts all lie within max_interaction_span_hours
# (6 h) of its first, so none can report days gone by, a parcel arrived or a repair done.
_DAYS_GONE_BY = re.compile(
    r"\bago\b|\byesterday\b|\bon Monday\b|\bfor a day\b|\bmore than \w+ days\b"
    r"|\bdays have passed\b|\ba week ago\b|\bhas received your\b|\bis complete\b"
    r"|\bthank you for the replacement\b"
)


def test_follow_ups_fit_in_the_hours_a_ticket_spans() -> None:
    v = load_vocabulary()
    for table in (v.agent_answers, v.customer_updates):
        for category in SYMPTOM_CATEGORIES:
            for template in table["english"][category]:
                assert not _DAYS_GONE_BY.search(template), template


def test_every_template_formats_within_limits_with_every_product_and_symptom() -> None:
    v = load_vocabulary()
    every_symptom = [s for group in v.symptoms.values() for s in group]
    for section, language, category, template, limit in _all_templates(v):
        symptoms = v.symptoms_of(category) if category else every_symptom
        for words in v.products.values():
            for symptom in symptoms:
                text = template.format(
                    product=words[language],
                    symptom=symptom.text(language),
                    order_ref=ORDER_REF_EXAMPLE,
                )
                assert "{" not in text and "}" not in text, (section, template)
                assert len(text) <= limit, (section, text)


def test_templates_are_tidy_and_only_use_known_placeholders() -> None:
    for section, language, _category, template, _limit in _all_templates(load_vocabulary()):
        where = (section, language, template)
        assert set(re.findall(r"\{(\w*)\}", template)) <= set(PLACEHOLDERS), where
        assert template == template.strip() and "  " not in template, where
        # Templates never open with a placeholder, whose lowercase text would start the line.
        assert template[0].isupper(), where
        assert "{product}" in template or "{symptom}" in template, where


def test_product_follows_a_determiner_that_fits_every_product_word() -> None:
    for section, language, _category, template, _limit in _all_templates(load_vocabulary()):
        for match in re.finditer(r"(\S+) ?\{product\}", template):
            word = match.group(1)
            assert word in DETERMINERS[language] or word.endswith("("), (section, template)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("category", ["finance", "logistics", "rma"])
def test_order_bodies_mention_an_order_reference(language: str, category: str) -> None:
    bodies = load_vocabulary().bodies[language][category]
    assert any("{order_ref}" in body for body in bodies)


def test_symptoms_of_rejects_unknown_category() -> None:
    with pytest.raises(ValueError, match="unknown symptom category 'billing'"):
        symptoms_of("billing")


def test_symptom_text_rejects_unknown_language() -> None:
    with pytest.raises(ValueError, match="no 'dutch' text"):
        symptoms_of("finance")[0].text("dutch")


# --- the validator and parser on broken copies ------------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def _set_weight(raw: dict[str, Any]) -> None:
    raw["symptoms"]["finance"][0]["weight"] += 0.01


def _duplicate_english_text(raw: dict[str, Any]) -> None:
    raw["symptoms"]["complaint"][0]["text"]["english"] = "no sound"


def _duplicate_key(raw: dict[str, Any]) -> None:
    raw["symptoms"]["rma"][0]["key"] = "no_sound"


def _long_body(raw: dict[str, Any]) -> None:
    raw["bodies"]["german"]["rma"][0] += " Danke." * 50


def _long_answer(raw: dict[str, Any]) -> None:
    raw["agent_answers"]["french"]["finance"][2] += " Merci." * 50


def _long_chat_return(raw: dict[str, Any]) -> None:
    raw["chat_follow_ups"]["english"][1] += " Thanks." * 20


def _answer_repeats_body(raw: dict[str, Any]) -> None:
    raw["agent_answers"]["english"]["rma"][3] = raw["bodies"]["english"]["rma"][0]


def _update_repeats_itself(raw: dict[str, Any]) -> None:
    updates = raw["customer_updates"]["german"]["logistics"]
    updates[4] = updates[1]


def _chat_return_repeats_opener(raw: dict[str, Any]) -> None:
    raw["chat_follow_ups"]["french"][2] = raw["chat_openers"]["french"][5]


def _set_template(language: str, text: str) -> Mutation:
    def mutate(raw: dict[str, Any]) -> None:
        raw["subjects"][language]["finance"][0] = text

    return mutate


def _set_symptom_text(text: str) -> Mutation:
    def mutate(raw: dict[str, Any]) -> None:
        raw["symptoms"]["logistics"][1]["text"]["french"] = text

    return mutate


def _delete(*path: str | int) -> Mutation:
    def mutate(raw: dict[str, Any]) -> None:
        node: Any = raw
        for step in path[:-1]:
            node = node[step]
        del node[path[-1]]

    return mutate


def _add(value: object, *path: str | int) -> Mutation:
    def mutate(raw: dict[str, Any]) -> None:
        node: Any = raw
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value

    return mutate


DEFECTS: list[tuple[str, Mutation, str]] = [
    ("weights", _set_weight, r"symptoms\.finance: weights sum to"),
    ("missing category", _delete("symptoms", "complaint"), r"symptoms: missing complaint"),
    ("empty category", _add([], "symptoms", "product"), r"symptoms\.product: no symptoms"),
    ("unknown category", _add([], "subjects", "english", "sales"), r"unknown sales"),
    ("missing subject language", _delete("subjects", "german"), r"subjects: missing german"),
    ("missing body language", _delete("bodies", "french"), r"bodies: missing french"),
    ("missing chat language", _delete("chat_openers", "english"), r"chat_openers: missing"),
    (
        "missing answer language",
        _delete("agent_answers", "german"),
        r"agent_answers: missing german",
    ),
    (
        "missing update category",
        _delete("customer_updates", "french", "complaint"),
        r"customer_updates\.french: missing complaint",
    ),
    (
        "missing chat return language",
        _delete("chat_follow_ups", "french"),
        r"chat_follow_ups: missing french",
    ),
    (
        "unknown placeholder in an update",
        _add(["Hello {customer}"], "customer_updates", "english", "rma"),
        r"customer_updates\.english\.rma\[0\]: unknown placeholder \{customer\}",
    ),
    (
        "no chat returns",
        _add([], "chat_follow_ups", "german"),
        r"chat_follow_ups\.german: no templates",
    ),
    (
        "over-long answer",
        _long_answer,
        rf"agent_answers\.french\.finance\[2\]: .* over {MAX_BODY_CHARS}",
    ),
    (
        "over-long chat return",
        _long_chat_return,
        rf"chat_follow_ups\.english\[1\]: .* over {MAX_CHAT_OPENER_CHARS}",
    ),
    (
        "answer repeats a body",
        _answer_repeats_body,
        r"agent_answers\.english\.rma: duplicate template .* \(also in bodies\.english\.rma\)",
    ),
    (
        "update repeats itself",
        _update_repeats_itself,
        r"customer_updates\.german\.logistics: duplicate template",
    ),
    (
        "chat return repeats an opener",
        _chat_return_repeats_opener,
        r"chat_follow_ups\.french: duplicate template .* \(also in chat_openers\.french\)",
    ),
    (
        "missing body category",
        _delete("bodies", "french", "rma"),
        r"bodies\.french: missing rma",
    ),
    (
        "missing symptom language",
        _delete("symptoms", "rma", 0, "text", "german"),
        r"warranty_repair_request\.text: missing german",
    ),
    (
        "missing product language",
        _delete("products", "turntables", "french"),
        r"products\.turntables: missing french",
    ),
    ("missing product", _delete("products", "speakers"), r"products: missing speakers"),
    ("no templates", _add([], "chat_openers", "german"), r"chat_openers\.german: no templates"),
    ("unknown placeholder", _set_template("english", "About {customer}"), r"\{customer\}"),
    ("positional placeholder", _set_template("english", "About {}"), r"unknown placeholder \{\}"),
    ("attribute access", _set_template("french", "À {product.upper}"), r"unknown placeholder"),
    ("format spec", _set_template("german", "Zu {product:>30}"), r"format spec"),
    ("unbalanced brace", _set_template("english", "About {product"), r"malformed template"),
    ("tab", _set_template("english", "About\t{product}"), r"forbidden character.*\\t"),
    ("newline", _set_template("french", "Au sujet\nde {symptom}"), r"forbidden character.*\\n"),
    ("backslash", _set_template("german", "Zu \\ {symptom}"), r"forbidden character.*\\\\"),
    ("NUL", _set_template("english", "About\x00{symptom}"), r"forbidden character.*\\x00"),
    ("carriage return", _set_symptom_text("colis\rabîmé"), r"forbidden character.*\\r"),
    ("empty text", _set_symptom_text("  "), r"text\.french: empty text"),
    ("duplicate english text", _duplicate_english_text, r"duplicate english text 'no sound'"),
    ("duplicate symptom key", _duplicate_key, r"key already used in troubleshooting"),
    ("over-long body", _long_body, rf"characters when filled, over {MAX_BODY_CHARS}"),
    (
        "uppercase english symptom",
        _add("No Sound", "symptoms", "troubleshooting", 0, "text", "english"),
        r"is not lowercase",
    ),
    (
        "long english symptom",
        _add("x" * (MAX_SYMPTOM_TEXT_CHARS + 1), "symptoms", "finance", 0, "text", "english"),
        rf"over {MAX_SYMPTOM_TEXT_CHARS}",
    ),
    (
        "key not snake_case",
        _add("No-Sound", "symptoms", "troubleshooting", 0, "key"),
        r"not lowercase snake_case",
    ),
    ("zero weight", _add(0, "symptoms", "finance", 0, "weight"), r"not a positive number"),
    (
        "lean on an unknown product",
        _add(2.0, "symptoms", "troubleshooting", 1, "products", "vinyl"),
        r"troubleshooting\.bluetooth_pairing_fails\.products: unknown product 'vinyl'",
    ),
    (
        "no lean at all",
        _add(0, "symptoms", "troubleshooting", 1, "products", "headphones"),
        r"products\.headphones: 0\.0 is not above 0 and at most 100",
    ),
    (
        "endless lean",
        _add(float("inf"), "symptoms", "troubleshooting", 1, "products", "headphones"),
        r"products\.headphones: inf is not above 0",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "pattern"), [(m, p) for _, m, p in DEFECTS], ids=[d[0] for d in DEFECTS]
)
def test_validate_catches_defect(mutate: Mutation, pattern: str) -> None:
    raw = _raw()
    mutate(raw)
    with pytest.raises(ValueError, match=pattern) as caught:
        validate_vocabulary(parse_vocabulary(raw))
    assert "\n" not in str(caught.value)


SHAPE_DEFECTS: list[tuple[str, Mutation, str]] = [
    ("missing section", _delete("bodies"), r"missing section\(s\) bodies"),
    (
        "missing follow-up section",
        _delete("customer_updates"),
        r"missing section\(s\) customer_updates",
    ),
    ("answers not a table", _add([], "agent_answers"), r"agent_answers: expected an object"),
    (
        "chat return not text",
        _add([2], "chat_follow_ups", "german"),
        r"chat_follow_ups\.german\[0\]",
    ),
    ("unknown section", _add({}, "greetings"), r"unknown section\(s\) greetings"),
    ("weight as text", _add("0.2", "symptoms", "finance", 0, "weight"), r"weight: expected a num"),
    ("weight as bool", _add(True, "symptoms", "finance", 0, "weight"), r"weight: expected a num"),
    ("extra symptom field", _add(1, "symptoms", "rma", 0, "note"), r"expected the fields key"),
    (
        "lean as text",
        _add("2", "symptoms", "troubleshooting", 1, "products", "headphones"),
        r"products\.headphones: expected a number",
    ),
    (
        "leans not a table",
        _add([], "symptoms", "troubleshooting", 1, "products"),
        r"symptoms\.troubleshooting\[1\]\.products: expected an object",
    ),
    ("template not text", _add([1], "chat_openers", "french"), r"chat_openers\.french\[0\]"),
    ("category not a list", _add({}, "symptoms", "rma"), r"symptoms\.rma: expected a list"),
]


@pytest.mark.parametrize(
    ("mutate", "pattern"), [(m, p) for _, m, p in SHAPE_DEFECTS], ids=[d[0] for d in SHAPE_DEFECTS]
)
def test_parse_rejects_wrong_shape(mutate: Mutation, pattern: str) -> None:
    raw = _raw()
    mutate(raw)
    with pytest.raises(ValueError, match=pattern):
        parse_vocabulary(raw)


def test_validate_catches_a_broken_symptom_built_in_code() -> None:
    v = load_vocabulary()
    broken = dataclasses.replace(v.symptoms_of("rma")[0], category="finance")
    symptoms = dict(v.symptoms)
    symptoms["rma"] = (broken, *v.symptoms_of("rma")[1:])
    with pytest.raises(ValueError, match="listed under 'rma' but says 'finance'"):
        validate_vocabulary(dataclasses.replace(v, symptoms=symptoms))
