"""Symptom texts and the subject/body text of e-mail and chat contacts (which symptom a
ticket has is seeder.generate.symptom_mix's choice).

Every (language, symptom, product, template) combination is rendered once per run into flat
string pools; rows only index into them, so no template is formatted per row.

A ticket reads as a conversation whose contacts take turns by their position in it (0 for the
first contact, then 1, 2, ... whatever the channel):

- position 0 is the customer's opening message: an e-mail from `bodies`, or a chat opener;
- an e-mail at an odd position is the desk's answer (`agent_answers`: asking for details,
  confirming a refund, a shipment or a repair), one at an even position from 2 the customer's
  update (`customer_updates`: it still fails, here are the details you asked for, thanks but...);
- a chat after the first contact is the customer coming back (`chat_follow_ups`), never the
  opener again.

Why odd = desk: the opening contact is always the customer's, so the next message in the thread
is the desk's reply and the one after it the customer's answer to that. Strict alternation is
the simplest order that reads as a dialogue, and it needs only the row's own position, not the
channels of the ticket's other contacts. A call or chat in between takes its turn like an
e-mail (the desk answered on the phone; the customer writes back).

Within a ticket, follow-ups walk through their set instead of drawing afresh: the ticket draws
a starting template once, and its k-th answer (or update) takes the k-th template after it,
modulo the set's size. Two of a ticket's e-mails therefore share a body only when it has more
answers (or updates) than its set has templates; independent draws would repeat one in every
`size` pairs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.domain import CHANNELS, LANGUAGES, PRODUCTS, SYMPTOM_CATEGORIES
from seeder.encode.blocks import STRING, Column, Kind, Texts, text_array, text_values
from seeder.vocabulary import Vocabulary, load_vocabulary

Ints = NDArray[np.int64]
ORDER_REF = "{order_ref}"
REPLY_PREFIX = {"english": "Re: ", "french": "RE : ", "german": "AW: "}
EMAIL, PHONE, CHAT = (CHANNELS.index(c) for c in ("email", "phone", "chat"))
# The vocabulary's message sets, in the order of `TextPools.message_texts`; a row's kind is
# the index of the set its body comes from.
MESSAGE_SETS = ("bodies", "chat_openers", "agent_answers", "customer_updates", "chat_follow_ups")
OPENING, CHAT_OPENING, ANSWER, UPDATE, CHAT_RETURN = range(len(MESSAGE_SETS))
_PER_LANGUAGE_ONLY = ("chat_openers", "chat_follow_ups")  # chat lines serve every category


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
class _MessagePools:
    """The message sets' pools end to end: set k's entry i is at first[k] + i. Only the
    entries with an order reference (one in seven) keep their text split around it."""

    whole: Texts  # each entry's text without its reference
    ref_slot: Ints  # per entry: its place in before_ref and after_ref, -1 without a reference
    before_ref: Texts
    after_ref: Texts
    first: Ints  # [kind]
    width: Ints  # [kind]
    counts: Ints  # [kind, language, category]

    @classmethod
    def join(cls, pools: list[_TemplatePool]) -> _MessagePools:
        sizes = np.array([len(p.before_ref) for p in pools], dtype=np.int64)
        has_ref = np.concatenate([p.has_ref for p in pools])
        split = [(p.before_ref[p.has_ref], p.after_ref[p.has_ref]) for p in pools]
        return cls(
            whole=np.concatenate([p.whole for p in pools]),
            ref_slot=np.where(has_ref, np.cumsum(has_ref) - 1, -1),
            before_ref=np.concatenate([before for before, _ in split]),
            after_ref=np.concatenate([after for _, after in split]),
            first=np.cumsum(sizes) - sizes,
            width=np.array([p.width for p in pools], dtype=np.int64),
            counts=np.stack([p.counts for p in pools]),
        )


@dataclass(frozen=True)
class CodedTexts:
    """Text per row as codes into `categories`: row i reads categories[codes[i]]."""

    codes: Ints
    categories: Texts


@dataclass(frozen=True)
class PooledTexts:
    """Text per row as codes into the message pool followed by `own`, the texts the rows add
    to it (no copy of the pool: 2.5 MB): a code below the pool's length reads the pool, the
    others own[code - len(pool)] (a Column's `pool` and `categories`)."""

    codes: Ints
    own: Texts


@dataclass(frozen=True)
class TextPools:
    """Symptoms (English text as stored), their categories, and the rendered message pools.

    `subject_texts` holds every subject, then the same with its language's reply prefix;
    `message_texts` every entry of the message sets, in `MESSAGE_SETS` order (an entry with an
    order reference is completed per row, since its reference is the row's own).
    """

    symptom_text: Texts
    symptom_category: Ints
    subjects: _TemplatePool
    messages: _MessagePools
    subject_texts: Texts
    message_texts: Texts

    def pooled_text(self, texts: PooledTexts, rows: Ints) -> Texts:
        """The given rows' texts."""
        column = Column("text", Kind.TEXT, texts.codes[rows], None, texts.own, self.message_texts)
        return text_values(column)

    def render_messages(
        self,
        rng: np.random.Generator,
        *,
        channel: Ints,
        position: Ints,
        language: Ints,
        symptom: Ints,
        product: Ints,
        order_ref: Ints,
        order: Ints | None = None,
    ) -> tuple[CodedTexts, PooledTexts, NDArray[np.bool_]]:
        """Subject and body per contact in its ticket's language; NULL (True) for phone calls.

        `position` is each contact's place in its ticket (0 for the first). Rows come ticket
        by ticket in contact order, as `Contacts` holds them, so a ticket is a run of rows that
        opens at position 0. The template choices are drawn for every row (so the random
        stream does not depend on the channels). Rows point into the pre-rendered texts; only
        bodies whose template holds an order reference are joined per row. With `order`, the
        rows come out as rows[order]: the draws are made in the given order all the same, so
        this equals reordering the result. A NULL row's code is any valid one.
        """
        category = self.symptom_category[symptom]
        pick_subject = _draw(rng, self.subjects.counts, language, category)
        kind, pick = self._pick_messages(rng, channel, position, language, category)
        is_phone = channel == PHONE
        entry = (language * len(self.symptom_text) + symptom) * len(PRODUCTS) + product
        subject = entry * self.subjects.width + pick_subject
        reply = (position > 0) & (channel == EMAIL)
        subject = np.where(reply, subject + len(self.subjects.before_ref), subject)

        pools = self.messages
        body = pools.first[kind] + entry * pools.width[kind] + pick
        # Every value so far is per row: reordering these three reorders them all, without a
        # reordered copy of each input (a busy day's peak).
        if order is not None:
            subject, body, is_phone = subject[order], body[order], is_phone[order]
        own = np.flatnonzero((pools.ref_slot[body] >= 0) & ~is_phone)
        refs = order_ref[own] if order is None else order_ref[order[own]]
        ref = np.strings.add("ORD-", refs.astype(STRING))
        slot = pools.ref_slot[body[own]]
        completed = np.strings.add(
            np.strings.add(pools.before_ref[slot], ref), pools.after_ref[slot]
        )
        body[own] = len(self.message_texts) + np.arange(len(own))
        subject[is_phone] = 0
        body[is_phone] = 0
        return CodedTexts(subject, self.subject_texts), PooledTexts(body, completed), is_phone

    def _pick_messages(
        self,
        rng: np.random.Generator,
        channel: Ints,
        position: Ints,
        language: Ints,
        category: Ints,
    ) -> tuple[Ints, Ints]:
        """Each row's message set (its kind) and which of the set's templates it uses."""
        counts = self.messages.counts
        u_email = rng.random(len(position))
        u_chat = rng.random(len(position))
        is_chat = channel == CHAT
        # A ticket's walk starts from the draw its first row leaves unused (a chat's e-mail
        # draw, any other's chat draw): follow-ups take no draws of their own, so whatever is
        # drawn after the texts does not depend on them.
        first = _ticket_start(position)
        start = np.where(is_chat[first], u_email[first], u_chat[first])
        follow_up_kind = np.where(is_chat, CHAT_RETURN, np.where(position % 2 == 1, ANSWER, UPDATE))
        kind: Ints = np.where(
            position == 0, np.where(is_chat, CHAT_OPENING, OPENING), follow_up_kind
        )
        # The ticket's k-th answer, update or chat return is the k-th template after its start.
        turn = np.where(is_chat, position - 1, (position - 1) // 2)
        count = counts[kind, language, category]
        walked = (np.floor(start * count).astype(np.int64) + turn) % count
        opening = np.floor(np.where(is_chat, u_chat, u_email) * count).astype(np.int64)
        pick: Ints = np.where(position == 0, opening, walked)
        return kind, pick


def _ticket_start(position: Ints) -> Ints:
    """Each row's ticket's first row: the last row at or before it with position 0."""
    rows = np.arange(len(position), dtype=np.int64)
    start: Ints = np.maximum.accumulate(np.where(position == 0, rows, 0))
    return start


def _draw(rng: np.random.Generator, counts: Ints, language: Ints, category: Ints) -> Ints:
    """Which of its row's templates each row uses, given the counts per [language, category]."""
    count = counts[language, category]
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
    for c, category in enumerate(SYMPTOM_CATEGORIES):
        symptoms = vocab.symptoms[category]
        for local, symptom in enumerate(symptoms):
            symptom_keys.append((category, local))
            texts.append(symptom.text("english"))
            categories.append(c)
    subjects = {lang: dict(vocab.subjects[lang]) for lang in LANGUAGES}
    subject_pool = _render_pool(vocab, subjects, symptom_keys)
    messages = _MessagePools.join(
        [_render_pool(vocab, _templates_of(vocab, name), symptom_keys) for name in MESSAGE_SETS]
    )
    entries_per_language = len(texts) * len(PRODUCTS) * subject_pool.width
    return TextPools(
        symptom_text=text_array(texts),
        symptom_category=np.array(categories, dtype=np.int64),
        subjects=subject_pool,
        messages=messages,
        subject_texts=_with_reply_prefixes(subject_pool, entries_per_language),
        message_texts=messages.whole,
    )


def _templates_of(vocab: Vocabulary, name: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """A message set as language -> category -> templates (chat lines: the same for all)."""
    if name in _PER_LANGUAGE_ONLY:
        lines: dict[str, tuple[str, ...]] = getattr(vocab, name)
        return {lang: dict.fromkeys(SYMPTOM_CATEGORIES, lines[lang]) for lang in LANGUAGES}
    table: dict[str, dict[str, tuple[str, ...]]] = getattr(vocab, name)
    return {lang: dict(table[lang]) for lang in LANGUAGES}
