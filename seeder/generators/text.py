"""Symptom choice and the subject/body text of e-mail and chat contacts.

Every (language, symptom, product, template) combination is rendered once per run into flat
string pools; rows only index into them, so no template is formatted per row.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.columns import STRING, Texts, text_array
from seeder.domain import CHANNELS, LANGUAGES, PRODUCTS, SYMPTOM_CATEGORIES
from seeder.vocabulary import Vocabulary, load_vocabulary

Ints = NDArray[np.int64]
ORDER_REF = "{order_ref}"
REPLY_PREFIX = {"english": "Re: ", "french": "RE : ", "german": "AW: "}
EMAIL, PHONE, CHAT = (CHANNELS.index(c) for c in ("email", "phone", "chat"))


@dataclass(frozen=True)
class _TemplatePool:
    """Rendered templates at ((language * S + symptom) * P + product) * width + j."""

    before_ref: Texts
    after_ref: Texts
    has_ref: NDArray[np.bool_]
    counts: Ints  # [language, category]: how many templates exist (j < count)
    width: int


@dataclass(frozen=True)
class TextPools:
    """Symptoms (English text as stored), their categories, and the rendered message pools."""

    symptom_text: Texts
    symptom_category: Ints
    symptom_cumulative: NDArray[np.float64]  # [category, j] padded with 1.0
    symptom_first: Ints  # [category]: global index of its first symptom
    symptom_count: Ints
    subjects: _TemplatePool
    bodies: _TemplatePool
    chat_openers: _TemplatePool

    def pick_symptoms(self, rng: np.random.Generator, category: Ints) -> Ints:
        """A symptom of each row's category, drawn with the vocabulary's weights."""
        u = rng.random(len(category))
        local = (u[:, None] >= self.symptom_cumulative[category]).sum(axis=1)
        local = np.minimum(local, self.symptom_count[category] - 1)
        picked: Ints = self.symptom_first[category] + local
        return picked

    def render_messages(
        self,
        rng: np.random.Generator,
        *,
        channel: Ints,
        follow_up: NDArray[np.bool_],
        language: Ints,
        symptom: Ints,
        product: Ints,
        order_ref: Ints,
        order: Ints | None = None,
    ) -> tuple[Texts, Texts, NDArray[np.bool_]]:
        """Subject and body per contact in its ticket's language; NULL for phone calls.

        The template choices are drawn for every row (so the random stream does not depend on
        the channels), but text is rendered only for the rows that show it. With `order`, the
        rows come out as rows[order]: the draws are made in the given order all the same, so
        this equals reordering the result, without gathering any strings.
        """
        n = len(channel)
        category = self.symptom_category[symptom]
        symptoms = len(self.symptom_text)
        pick_subject = _draw(rng, self.subjects, language, category)
        pick_email = _draw(rng, self.bodies, language, category)
        pick_chat = _draw(rng, self.chat_openers, language, category)
        if order is not None:
            channel, follow_up, language = channel[order], follow_up[order], language[order]
            symptom, product, order_ref = symptom[order], product[order], order_ref[order]
            pick_subject, pick_email = pick_subject[order], pick_email[order]
            pick_chat = pick_chat[order]
        is_phone = channel == PHONE
        subject: Texts = np.zeros(n, dtype=STRING)
        body: Texts = np.zeros(n, dtype=STRING)

        def render(pool: _TemplatePool, pick: Ints, rows: Ints, with_ref: bool) -> Texts:
            index = (
                (language[rows] * symptoms + symptom[rows]) * len(PRODUCTS) + product[rows]
            ) * pool.width + pick[rows]
            if not with_ref:
                return _render(pool, index, None)
            return _render(pool, index, np.strings.add("ORD-", order_ref[rows].astype(STRING)))

        shown = np.flatnonzero(~is_phone)
        subject[shown] = render(self.subjects, pick_subject, shown, with_ref=False)
        replies = np.flatnonzero(follow_up & (channel == EMAIL))
        reply = text_array([REPLY_PREFIX[lang] for lang in LANGUAGES])[language[replies]]
        subject[replies] = np.strings.add(reply, subject[replies])
        emails = np.flatnonzero(channel == EMAIL)
        body[emails] = render(self.bodies, pick_email, emails, with_ref=True)
        chats = np.flatnonzero(channel == CHAT)
        body[chats] = render(self.chat_openers, pick_chat, chats, with_ref=True)
        return subject, body, is_phone


def _draw(rng: np.random.Generator, pool: _TemplatePool, language: Ints, category: Ints) -> Ints:
    """Which of its row's templates each row uses."""
    count = pool.counts[language, category]
    picked: Ints = np.floor(rng.random(len(language)) * count).astype(np.int64)
    return picked


def _render(pool: _TemplatePool, index: Ints, ref_text: Texts | None) -> Texts:
    text = pool.before_ref[index]
    if ref_text is not None:
        text = np.where(pool.has_ref[index], np.strings.add(text, ref_text), text)
    return np.strings.add(text, pool.after_ref[index])


def _render_pool(
    vocabulary: Vocabulary,
    templates_of: dict[str, dict[str, tuple[str, ...]]],
    symptom_keys: list[tuple[str, int]],
) -> _TemplatePool:
    width = max(len(t) for per_lang in templates_of.values() for t in per_lang.values())
    before: list[str] = []
    after: list[str] = []
    has_ref: list[bool] = []
    for language in LANGUAGES:
        for category, local in symptom_keys:
            symptom = vocabulary.symptoms[category][local]
            templates = templates_of[language][category]
            for product in PRODUCTS:
                word = vocabulary.products[product][language]
                for j in range(width):
                    template = templates[j % len(templates)]
                    text = template.replace("{product}", word).replace(
                        "{symptom}", symptom.text(language)
                    )
                    head, sep, tail = text.partition(ORDER_REF)
                    before.append(head)
                    after.append(tail)
                    has_ref.append(bool(sep))
    counts = np.array(
        [[len(templates_of[lang][cat]) for cat in SYMPTOM_CATEGORIES] for lang in LANGUAGES],
        dtype=np.int64,
    )
    return _TemplatePool(
        text_array(before), text_array(after), np.array(has_ref, dtype=bool), counts, width
    )


def build_text_pools(vocabulary: Vocabulary | None = None) -> TextPools:
    """Render every pool from the vocabulary (the shipped one by default)."""
    vocab = vocabulary or load_vocabulary()
    symptom_keys: list[tuple[str, int]] = []
    texts: list[str] = []
    categories: list[int] = []
    first: list[int] = []
    count: list[int] = []
    widest = max(len(vocab.symptoms[c]) for c in SYMPTOM_CATEGORIES)
    cumulative = np.ones((len(SYMPTOM_CATEGORIES), widest), dtype=np.float64)
    for c, category in enumerate(SYMPTOM_CATEGORIES):
        symptoms = vocab.symptoms[category]
        first.append(len(texts))
        count.append(len(symptoms))
        weights = np.array([s.weight for s in symptoms], dtype=np.float64)
        cumulative[c, : len(symptoms)] = np.cumsum(weights) / weights.sum()
        for local, symptom in enumerate(symptoms):
            symptom_keys.append((category, local))
            texts.append(symptom.text("english"))
            categories.append(c)
    # Chat openers have no category: the same lines serve every category.
    openers = {
        lang: {cat: vocab.chat_openers[lang] for cat in SYMPTOM_CATEGORIES} for lang in LANGUAGES
    }
    subjects = {lang: dict(vocab.subjects[lang]) for lang in LANGUAGES}
    bodies = {lang: dict(vocab.bodies[lang]) for lang in LANGUAGES}
    return TextPools(
        symptom_text=text_array(texts),
        symptom_category=np.array(categories, dtype=np.int64),
        symptom_cumulative=cumulative,
        symptom_first=np.array(first, dtype=np.int64),
        symptom_count=np.array(count, dtype=np.int64),
        subjects=_render_pool(vocab, subjects, symptom_keys),
        bodies=_render_pool(vocab, bodies, symptom_keys),
        chat_openers=_render_pool(vocab, openers, symptom_keys),
    )
