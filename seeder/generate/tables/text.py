"""Symptom choice and the subject/body text of e-mail and chat contacts.

Every (language, symptom, product, template) combination is rendered once per run into flat
string pools; rows only index into them, so no template is formatted per row.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.domain import CHANNELS, LANGUAGES, PRODUCTS, SYMPTOM_CATEGORIES
from seeder.encode.blocks import STRING, Texts, text_array
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

    @property
    def whole(self) -> Texts:
        """Each entry's text when it has no order reference: before and after joined."""
        return np.strings.add(self.before_ref, self.after_ref)


@dataclass(frozen=True)
class CodedTexts:
    """Text per row as codes into `categories`: row i reads categories[codes[i]]."""

    codes: Ints
    categories: Texts


@dataclass(frozen=True)
class TextPools:
    """Symptoms (English text as stored), their categories, and the rendered message pools.

    `subject_texts` holds every subject, then the same with its language's reply prefix;
    `message_texts` every e-mail body, then every chat opener (an entry with an order
    reference is completed per row, since its reference is the row's own).
    """

    symptom_text: Texts
    symptom_category: Ints
    symptom_cumulative: NDArray[np.float64]  # [category, j] padded with 1.0
    symptom_first: Ints  # [category]: global index of its first symptom
    symptom_count: Ints
    subjects: _TemplatePool
    bodies: _TemplatePool
    chat_openers: _TemplatePool
    subject_texts: Texts
    message_texts: Texts

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
    ) -> tuple[CodedTexts, CodedTexts, NDArray[np.bool_]]:
        """Subject and body per contact in its ticket's language; NULL (True) for phone calls.

        The template choices are drawn for every row (so the random stream does not depend on
        the channels). Rows point into the pre-rendered texts; only bodies whose template
        holds an order reference are joined per row. With `order`, the rows come out as
        rows[order]: the draws are made in the given order all the same, so this equals
        reordering the result. A NULL row's code is any valid one.
        """
        category = self.symptom_category[symptom]
        pick_subject = _draw(rng, self.subjects, language, category)
        pick_email = _draw(rng, self.bodies, language, category)
        pick_chat = _draw(rng, self.chat_openers, language, category)
        if order is not None:
            channel, follow_up, language = channel[order], follow_up[order], language[order]
            symptom, product, order_ref = symptom[order], product[order], order_ref[order]
            pick_subject, pick_email = pick_subject[order], pick_email[order]
            pick_chat = pick_chat[order]
        is_phone = channel == PHONE
        entry = (language * len(self.symptom_text) + symptom) * len(PRODUCTS) + product
        subject = entry * self.subjects.width + pick_subject
        reply = follow_up & (channel == EMAIL)
        subject = np.where(reply, subject + len(self.subjects.before_ref), subject)

        is_chat = channel == CHAT
        pool_index = np.where(
            is_chat,
            entry * self.chat_openers.width + pick_chat,
            entry * self.bodies.width + pick_email,
        )
        body = np.where(is_chat, len(self.bodies.before_ref) + pool_index, pool_index)
        has_ref = np.where(
            is_chat, self.chat_openers.has_ref[pool_index], self.bodies.has_ref[pool_index]
        )
        completed: list[Texts] = []
        first_code = len(self.message_texts)
        for pool, rows in ((self.bodies, channel == EMAIL), (self.chat_openers, is_chat)):
            own = np.flatnonzero(rows & has_ref)
            ref = np.strings.add("ORD-", order_ref[own].astype(STRING))
            index = pool_index[own]
            text = np.strings.add(
                np.strings.add(pool.before_ref[index], ref), pool.after_ref[index]
            )
            body[own] = first_code + np.arange(len(own))
            first_code += len(own)
            completed.append(text)
        subject[is_phone] = 0
        body[is_phone] = 0
        messages = np.concatenate([self.message_texts, *completed])
        return CodedTexts(subject, self.subject_texts), CodedTexts(body, messages), is_phone


def _draw(rng: np.random.Generator, pool: _TemplatePool, language: Ints, category: Ints) -> Ints:
    """Which of its row's templates each row uses."""
    count = pool.counts[language, category]
    picked: Ints = np.floor(rng.random(len(language)) * count).astype(np.int64)
    return picked


def _with_reply_prefixes(pool: _TemplatePool, languages_per_entry: int) -> Texts:
    """The pool's texts, then the same texts after their language's reply prefix."""
    whole = pool.whole
    prefixes = text_array([REPLY_PREFIX[lang] for lang in LANGUAGES])
    language = np.arange(len(whole)) // languages_per_entry
    return np.concatenate([whole, np.strings.add(prefixes[language], whole)])


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
    subject_pool = _render_pool(vocab, subjects, symptom_keys)
    body_pool = _render_pool(vocab, bodies, symptom_keys)
    opener_pool = _render_pool(vocab, openers, symptom_keys)
    entries_per_language = len(texts) * len(PRODUCTS) * subject_pool.width
    return TextPools(
        symptom_text=text_array(texts),
        symptom_category=np.array(categories, dtype=np.int64),
        symptom_cumulative=cumulative,
        symptom_first=np.array(first, dtype=np.int64),
        symptom_count=np.array(count, dtype=np.int64),
        subjects=subject_pool,
        bodies=body_pool,
        chat_openers=opener_pool,
        subject_texts=_with_reply_prefixes(subject_pool, entries_per_language),
        message_texts=np.concatenate([body_pool.whole, opener_pool.whole]),
    )
