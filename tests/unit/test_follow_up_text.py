"""A ticket's e-mails are different messages: its opener, then the desk's answers and the
customer's updates in turn, in the ticket's language; a chat after the first contact is the
customer coming back, not the opener again (issue #18 item 7)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

import pytest

from seeder.config import build_run_config
from seeder.encode.blocks import text_values
from seeder.generate.event_text import event_sentences
from seeder.generate.plan import build_plan
from seeder.generate.produce import generate_blocks
from seeder.params import Params
from seeder.vocabulary import ORDER_REF_EXAMPLE, Vocabulary, load_vocabulary

TICKETS = 25_000
# Measured at 25,000 tickets, seed 42: 0 of 3,601 tickets with several e-mails repeat a body
# (839, 23.3 %, while follow-ups reused the opening bodies). Each ticket walks through its sets,
# so a repeat needs more answers (or updates, or chat returns) in one ticket than the set has
# templates, which the default max_contacts rules out; test_sets_outnumber_a_tickets_turns
# holds that. The ceiling is half the 2 % target: room for other contact counts, while
# independent draws per row from the same sets gave 96 of 3,601 (2.7 %), caught by it.
MAX_REPEAT_SHARE = 0.01
_ORDER_REF = re.compile(r"ORD-[0-9]{6}")
# A fault of the product, in each language: chat lines serve every category, so none may say
# one (a finance chat read "the problem with my headphones is back").
_PRODUCT_FAULT = {
    "english": re.compile(r"problem|fault|broken", re.IGNORECASE),
    "french": re.compile(r"problème|panne|cassé", re.IGNORECASE),
    "german": re.compile(r"Problem|Defekt|kaputt", re.IGNORECASE),
}


@dataclass(frozen=True)
class Message:
    """One e-mail or chat of a ticket, with what its ticket says about it."""

    position: int  # 0 for the ticket's first contact, whatever its channel
    channel: str
    body: str
    language: str
    category: str
    symptom: str  # English text, as stored
    product: str


@pytest.fixture(scope="module")
def threads() -> dict[str, list[Message]]:
    """Per ticket, its e-mails and chats in contact order, from a 25,000-ticket dataset."""
    plan = build_plan(build_run_config(tickets=TICKETS, seed=42))
    about: dict[str, tuple[str, str, str, str]] = {}
    rows: list[tuple[str, str, str | None]] = []
    for block in generate_blocks(plan):
        if block.table == "tickets":
            columns = [
                text_values(block.column(name)).tolist()
                for name in ("ticket_id", "language", "symptom_cat", "symptom", "product")
            ]
            for ticket, *facts in zip(*columns, strict=True):
                about[ticket] = (facts[0], facts[1], facts[2], facts[3])
        elif block.table == "interactions":
            body = block.column("body")
            assert body.nulls is not None
            texts = text_values(body).tolist()
            tickets = text_values(block.column("ticket_id")).tolist()
            channels = text_values(block.column("channel")).tolist()
            for i, ticket in enumerate(tickets):
                rows.append((ticket, channels[i], None if body.nulls[i] else texts[i]))
    # Interaction ids follow time, and a ticket's contacts follow each other in time.
    seen: Counter[str] = Counter()
    result: dict[str, list[Message]] = defaultdict(list)
    for ticket, channel, text in rows:
        position = seen[ticket]
        seen[ticket] += 1
        if channel != "phone":
            assert text is not None
            language, category, symptom, product = about[ticket]
            message = Message(position, channel, text, language, category, symptom, product)
            result[ticket].append(message)
    assert len(seen) == TICKETS
    return result


def test_few_tickets_repeat_an_email_body(threads: dict[str, list[Message]]) -> None:
    several = [
        [m.body for m in messages if m.channel == "email"]
        for messages in threads.values()
        if sum(m.channel == "email" for m in messages) > 1
    ]
    repeating = sum(len(set(bodies)) < len(bodies) for bodies in several)
    assert len(several) > 2_000  # enough threads for the share to mean something
    assert repeating / len(several) < MAX_REPEAT_SHARE, (repeating, len(several))


def test_no_ticket_within_its_sets_repeats_a_message(threads: dict[str, list[Message]]) -> None:
    """A repeat is allowed only where a ticket has more turns of one kind than templates."""
    v = load_vocabulary()
    for ticket, messages in threads.items():
        bodies = [m.body for m in messages]
        if len(set(bodies)) == len(bodies):
            continue
        turns = Counter(_section(m) for m in messages)
        first = messages[0]
        assert any(
            turns[section] > _set_size(v, section, first.language, first.category)
            for section in turns
        ), (ticket, bodies)


# A scenario event's ticket opens with its template followed by the event's sentence.
EVENT_SENTENCES = tuple(
    " " + sentence
    for per_language in event_sentences(tuple(Params().events))
    for sentence in per_language
)


def _without_event_sentence(body: str) -> str:
    for sentence in EVENT_SENTENCES:
        if body.endswith(sentence):
            return body[: -len(sentence)]
    return body


def test_messages_come_from_their_turns_set_in_the_tickets_language(
    threads: dict[str, list[Message]],
) -> None:
    v = load_vocabulary()
    expected: dict[tuple[str, str, str, str, str], frozenset[str]] = {}
    counts: Counter[str] = Counter()
    for messages in threads.values():
        for m in messages:
            section = _section(m)
            key = (section, m.language, m.category, m.symptom, m.product)
            if key not in expected:
                expected[key] = _renderings(v, *key)
            body = _ORDER_REF.sub(ORDER_REF_EXAMPLE, _without_event_sentence(m.body))
            assert body in expected[key], (section, m.language, m.body)
            counts[section] += 1
    assert min(counts.values()) > 1_000, counts  # every kind of turn seen often


@pytest.mark.parametrize("section", ["chat_openers", "chat_follow_ups"])
def test_chat_lines_name_no_fault_of_the_product(section: str) -> None:
    v = load_vocabulary()
    table = getattr(v, section)
    assert set(table) == set(_PRODUCT_FAULT)
    faulty = [
        line
        for language, lines in table.items()
        for line in lines
        if "{product}" in line and _PRODUCT_FAULT[language].search(line)
    ]
    assert faulty == []


def test_sets_outnumber_a_tickets_turns() -> None:
    """With the default max_contacts, no ticket has more turns of a kind than templates."""
    follow_ups = Params().max_contacts - 1
    v = load_vocabulary()
    for language, by_category in v.agent_answers.items():
        for category, answers in by_category.items():
            assert len(answers) >= (follow_ups + 1) // 2, (language, category)
            updates = v.customer_updates[language][category]
            assert len(updates) >= follow_ups // 2, (language, category)
        assert len(v.chat_follow_ups[language]) >= follow_ups, language


def _section(m: Message) -> str:
    """The vocabulary set a message's turn takes its text from (see generate/tables/text.py)."""
    if m.channel == "chat":
        return "chat_follow_ups" if m.position else "chat_openers"
    if m.position == 0:
        return "bodies"
    return "agent_answers" if m.position % 2 else "customer_updates"


def _templates(v: Vocabulary, section: str, language: str, category: str) -> tuple[str, ...]:
    table = getattr(v, section)[language]
    return tuple(table if section.startswith("chat_") else table[category])


def _set_size(v: Vocabulary, section: str, language: str, category: str) -> int:
    return len(_templates(v, section, language, category))


def _renderings(
    v: Vocabulary, section: str, language: str, category: str, symptom: str, product: str
) -> frozenset[str]:
    """Every text the set can give this ticket, with the example order reference."""
    (found,) = [s for s in v.symptoms_of(category) if s.text("english") == symptom]
    return frozenset(
        template.format(
            product=v.products[product][language],
            symptom=found.text(language),
            order_ref=ORDER_REF_EXAMPLE,
        )
        for template in _templates(v, section, language, category)
    )
