"""The vocabulary's types and limits: symptoms, and the template sets keyed as in the file."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

PLACEHOLDERS: Final = ("product", "symptom", "order_ref")
ORDER_REF_EXAMPLE: Final = "ORD-123456"
MAX_SYMPTOM_TEXT_CHARS: Final = 40
MAX_SUBJECT_CHARS: Final = 120
MAX_BODY_CHARS: Final = 300
MAX_CHAT_OPENER_CHARS: Final = 160  # chat openers and chat follow-ups alike
WEIGHT_TOLERANCE: Final = 1e-9
MAX_AFFINITY: Final = 100.0  # a symptom's lean towards a product, on its average share

SECTIONS: Final = (
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
CATEGORY_SECTIONS: Final = (
    ("subjects", MAX_SUBJECT_CHARS),
    ("bodies", MAX_BODY_CHARS),
    ("agent_answers", MAX_BODY_CHARS),
    ("customer_updates", MAX_BODY_CHARS),
)
CHAT_SECTIONS: Final = ("chat_openers", "chat_follow_ups")
# The sets one ticket's e-mail bodies come from, and those its chat lines come from.
EMAIL_THREAD: Final = ("bodies", "agent_answers", "customer_updates")
KEY_PATTERN: Final = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
# Line and paragraph separators would break rows as surely as a newline does.
FORBIDDEN_CATEGORIES: Final = frozenset({"Cc", "Zl", "Zp"})


@dataclass(frozen=True, slots=True)
class Symptom:
    """One specific issue within a symptom category, with its text in every language."""

    key: str
    category: str
    weight: float
    texts: Mapping[str, str] = field(hash=False)
    # How much more (or less) often a product has it than the category's products on average;
    # a product not listed has 1 (seeder.generate.symptom_mix).
    products: Mapping[str, float] = field(default_factory=dict, hash=False)

    def affinity(self, product: str) -> float:
        """This symptom's lean towards `product` (1: no lean)."""
        return self.products.get(product, 1.0)

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
