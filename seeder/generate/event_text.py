"""The sentence a scenario event's ticket opens with, per kind and language.

It names the event's detail (a firmware version, a carrier, a model), so that clustering the
first messages finds the recurring issue. Rendered once per run and event, never per row.
"""

from __future__ import annotations

from seeder.domain import LANGUAGES
from seeder.params.events import Event

# Per kind: english, french, german (LANGUAGES order). {detail} is the event's detail.
TEMPLATES: dict[str, tuple[str, str, str]] = {
    "firmware_bug": (
        "Since the firmware {detail} update the device keeps dropping its Bluetooth connection.",
        "Depuis la mise à jour du firmware {detail}, l'appareil perd sans cesse la connexion "
        "Bluetooth.",
        "Seit dem Firmware-Update {detail} verliert das Gerät ständig die Bluetooth-Verbindung.",
    ),
    "outage": (
        "The web shop's {detail} failed when I tried to pay: was I charged or not?",
        "Le paiement ({detail}) de votre boutique en ligne a échoué : ai-je été débité ?",
        "Beim Bezahlen ({detail}) ist Ihr Webshop ausgefallen: wurde ich belastet?",
    ),
    "carrier_strike": (
        "My parcel is stuck with {detail} because of the strike.",
        "Mon colis est bloqué chez {detail} à cause de la grève.",
        "Mein Paket hängt wegen des Streiks bei {detail} fest.",
    ),
    "product_launch": (
        "I have just bought the new {detail} and have a question about setting it up.",
        "Je viens d'acheter le nouveau {detail} et j'ai une question sur son installation.",
        "Ich habe den neuen {detail} gekauft und habe eine Frage zur Einrichtung.",
    ),
    "recall": (
        "I read about the {detail} recall: how do I send my unit back?",
        "J'ai lu l'annonce du rappel du {detail} : comment renvoyer mon appareil ?",
        "Ich habe vom Rückruf des {detail} gelesen: wie schicke ich mein Gerät zurück?",
    ),
    "campaign": (
        "I am writing about your {detail} offer.",
        "Je vous écris au sujet de votre offre {detail}.",
        "Ich schreibe wegen Ihres Angebots {detail}.",
    ),
}
assert len(LANGUAGES) == 3 and set(TEMPLATES) >= {"firmware_bug", "outage", "recall"}


def event_sentences(events: tuple[Event, ...]) -> list[list[str]]:
    """[event][language]: the sentence that names the event, in each language."""
    return [
        [template.format(detail=e.detail or e.name) for template in TEMPLATES[e.kind]]
        for e in events
    ]
