"""Phrase banks for the synthetic corpus, written natively per language (not translated).

Phrase syntax: `{a|b|c}` is a choice (fixed per template or re-drawn per ad, which gives
word swaps), `{name}` a slot filled per ad, and choices nest: `{until {day}|this week}`.
Slots: name, name2, age, city, nat, price, emoji, day, job, dest, company, age_min, age_max,
n, car, year, km, salary_max; Polish also city_loc and city_gen (case forms of the city).
Contact phrases come neutral ("Tel: ...") or `_personal` ("Call me ..."), the latter for
service ads only.

Indicator categories hold the phrases the literature flags. Both independents and
operations draw from every category, at different rates, so no phrase decides a label.
Each decoy subtype has `shared` phrases that reuse risky-sounding words innocently.
"""

from __future__ import annotations

from pipeline.synth_phrases_de import DE
from pipeline.synth_phrases_en import EN
from pipeline.synth_phrases_es import ES
from pipeline.synth_phrases_fr import FR
from pipeline.synth_phrases_it import IT
from pipeline.synth_phrases_nl import NL
from pipeline.synth_phrases_pl import PL
from pipeline.synth_phrases_ro import RO

BANKS: dict[str, dict] = {
    "en": EN,
    "fr": FR,
    "de": DE,
    "es": ES,
    "it": IT,
    "ro": RO,
    "nl": NL,
    "pl": PL,
}

# Service-ad indicator categories (risky first, then markers of independence that
# operations also fake); recruitment likewise.
SERVICE_RISKY = (
    "new_in_town",
    "young_fresh",
    "always_available",
    "third_party",
    "multiple_women",
    "incall_only",
    "limited_language",
    "just_arrived",
    "cash_only",
)
SERVICE_SAFE = ("independent", "screening", "own_terms", "tour", "real_photos")
RECRUITMENT_RISKY = (
    "travel_paid",
    "visa_arranged",
    "no_experience",
    "housing_provided",
    "documents_held",
    "debt_deducted",
    "young_women_only",
    "send_photos",
    "vague_employer",
    "urgent",
    "high_pay",
    "no_language_needed",
    "messaging_only",
)
RECRUITMENT_SAFE = ("named_employer", "contract", "no_fees", "licensed_agency")
DECOY_SUBTYPES = ("room", "car", "pet", "job", "massage")

# Words that ordinary classifieds share with risky ads, per language (lower-case).
SHARED_VOCABULARY: dict[str, tuple[str, ...]] = {
    lang: bank["shared_vocabulary"] for lang, bank in BANKS.items()
}

# Emoji per ad kind; an operator keeps a few of them.
EMOJI: dict[str, tuple[str, ...]] = {
    "service": (
        "💋",
        "🌹",
        "✨",
        "🔥",
        "😘",
        "💕",
        "🥂",
        "🍒",
        "👑",
        "💎",
        "😍",
        "🌸",
        "❤️",
        "💖",
        "🦋",
        "😉",
    ),
    "recruitment": ("✈️", "💶", "🏠", "✅", "🌍", "💰", "⭐", "👉", "📌", "🔝"),
    "decoy": ("✅", "🏡", "🚗", "🐶", "🐱", "📍", "👉", "⭐", "☀️"),
}

# Car models that decoy car ads sell, the same across languages.
CARS = (
    "VW Golf",
    "Ford Focus",
    "Dacia Logan",
    "Fiat Panda",
    "Opel Astra",
    "Toyota Yaris",
    "Renault Clio",
    "Skoda Octavia",
    "Honda Civic",
    "Peugeot 208",
    "Seat Ibiza",
    "BMW 320d",
    "Audi A4",
    "Kia Ceed",
    "Hyundai i30",
    "Toyota Corolla",
    "Ford Fiesta",
)

# Names that personas use in every language (many ads use international work names).
INTERNATIONAL_NAMES = (
    "Anastasia",
    "Natasha",
    "Valentina",
    "Bianca",
    "Nicole",
    "Alina",
    "Monica",
    "Kim",
    "Mei",
    "Linh",
    "Yuki",
    "Camila",
    "Daniela",
    "Gabriela",
    "Luna",
    "Victoria",
    "Angel",
    "Nina",
    "Sofia",
    "Alexa",
    "Jasmine",
    "Diana",
    "Roxana",
    "Lara",
    "Eva",
    "Kira",
    "Leila",
    "Ruby",
)
