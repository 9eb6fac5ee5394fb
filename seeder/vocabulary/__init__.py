"""Ticket symptoms, product words and message templates, read from `seeder/data/vocabulary.json`.

The words live in the data file; this module loads, types and checks them. Templates are
`str.format` strings whose only placeholders are:

- `{product}`: the product word in the ticket's language (`Vocabulary.products`),
- `{symptom}`: the symptom's text in the ticket's language (`Symptom.text`),
- `{order_ref}`: an order reference such as `ORD-123456`, supplied by the generator.

A symptom has a weight (its share of its category's tickets, the weights of a category summing
to one) and may list `products`: how much more or less often each product has it (1 when not
listed; seeder.generate.symptom_mix fits the symptom-by-product table to both).

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
from functools import cache
from importlib import resources

from seeder.vocabulary.checks import validate_vocabulary
from seeder.vocabulary.model import (
    MAX_BODY_CHARS,
    MAX_CHAT_OPENER_CHARS,
    MAX_SUBJECT_CHARS,
    MAX_SYMPTOM_TEXT_CHARS,
    ORDER_REF_EXAMPLE,
    PLACEHOLDERS,
    WEIGHT_TOLERANCE,
    Symptom,
    Vocabulary,
)
from seeder.vocabulary.parsing import parse_vocabulary

__all__ = [
    "MAX_BODY_CHARS",
    "MAX_CHAT_OPENER_CHARS",
    "MAX_SUBJECT_CHARS",
    "MAX_SYMPTOM_TEXT_CHARS",
    "ORDER_REF_EXAMPLE",
    "PLACEHOLDERS",
    "WEIGHT_TOLERANCE",
    "Symptom",
    "Vocabulary",
    "load_vocabulary",
    "parse_vocabulary",
    "symptoms_of",
    "validate_vocabulary",
]


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
