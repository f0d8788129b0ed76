"""The simulated world behind the synthetic corpus: operators, their templates and their ads.

Operators are independent posters (label 0), trafficking operations (label 1) and ordinary
classified posters (decoys, label 0). Each operator gets cities, sites, posters, personas,
contacts written a few ways, and one or more text templates; every ad is one template
rendered with per-ad variation (names, cities, prices, emoji, word swaps, sentence order
and dropping). Both sides draw from every phrase category at different rates, so a label
follows the operator, never one phrase.

Everything draws from one seeded random stream, so a seed fixes the output byte for byte.
Phrases are resolved into stock sentences once per process (`synth_text.stock_for`), which
keeps a new operator cheap; the per-ad path avoids `random.choice` for the same reason.
"""

from __future__ import annotations

import math
import random
import re
import time
import unicodedata
from dataclasses import dataclass, field

from pipeline.synth_contacts import (
    EMAIL_DOMAINS,
    HANDLE_MARK,
    Phone,
    PhoneBook,
    Written,
    write_email,
    write_handle,
    write_phone,
)
from pipeline.synth_phrases import (
    BANKS,
    CARS,
    DECOY_SUBTYPES,
    EMOJI,
    INTERNATIONAL_NAMES,
)
from pipeline.synth_places import (
    CITIES,
    CITY_FORMS,
    CURRENCY,
    LANGUAGE_COUNTRIES,
    PHONE_PLAN,
    PRICE_LEVEL,
    SECTIONS,
    SITES,
)
from pipeline.synth_text import (
    CONTACT,
    RISKY,
    SPACES,
    Sentence,
    draw,
    parse,
    resolve,
    stock_for,
)

KINDS = ("service", "recruitment", "decoy")

# Share of service and recruitment ads whose label is wrong, as with any human annotation
# (decoys are never mislabelled); truth marks them.
LABEL_NOISE = 0.03

# Ads are posted over 26 weeks from this instant (UTC), roughly in stream order.
START_EPOCH = 1_735_689_600  # 2025-01-01T00:00:00Z
SPAN_SECONDS = 182 * 86_400

# Operator types: (kind, label, share of ads, mean ads per operator). Independents and
# private sellers repost one ad often; operations post far more, in many places.
MIX = (
    ("service", 0, 0.26, 15.0),
    ("service", 1, 0.24, 40.0),
    ("recruitment", 0, 0.10, 10.0),
    ("recruitment", 1, 0.10, 25.0),
    ("decoy", 0, 0.30, 8.0),
)

# Core sentence categories and how often a template includes each.
_SERVICE_CORE = (
    ("looks", 0.65),
    ("nationality", 0.3),
    ("offer", 0.8),
    ("place", 0.65),
    ("availability", 0.5),
)
_RECRUITMENT_CORE = (("job", 0.7), ("conditions", 0.6), ("apply", 0.7))

# Indicator categories: how often an (independent, operation) template includes each. Every
# rate is well above zero on both sides, so no phrase category decides a label.
_SERVICE_RATES = {
    "new_in_town": (0.22, 0.3),
    "young_fresh": (0.12, 0.4),
    "always_available": (0.12, 0.4),
    "third_party": (0.08, 0.35),
    "multiple_women": (0.08, 0.3),
    "incall_only": (0.12, 0.35),
    "limited_language": (0.08, 0.25),
    "just_arrived": (0.08, 0.3),
    "cash_only": (0.12, 0.3),
    "independent": (0.35, 0.18),
    "screening": (0.3, 0.12),
    "own_terms": (0.3, 0.12),
    "tour": (0.15, 0.2),
    "real_photos": (0.25, 0.3),
}
_RECRUITMENT_RATES = {
    "travel_paid": (0.2, 0.6),
    "visa_arranged": (0.15, 0.5),
    "no_experience": (0.3, 0.6),
    "housing_provided": (0.3, 0.55),
    "documents_held": (0.1, 0.3),
    "debt_deducted": (0.1, 0.3),
    "young_women_only": (0.1, 0.4),
    "send_photos": (0.15, 0.45),
    "vague_employer": (0.1, 0.45),
    "urgent": (0.15, 0.45),
    "high_pay": (0.1, 0.45),
    "no_language_needed": (0.12, 0.4),
    "messaging_only": (0.1, 0.4),
    "named_employer": (0.55, 0.18),
    "contract": (0.5, 0.15),
    "no_fees": (0.35, 0.2),
    "licensed_agency": (0.3, 0.12),
}


def _rate_table(
    rates: dict[str, tuple[float, float]], label: int, unusual: bool
) -> tuple[tuple[str, float], ...]:
    """Inclusion chances for one side; `unusual` independents sound risky (risky phrases
    x2.2, safe x0.5) and unusual operations write carefully (risky x0.35, safe x2)."""
    risky_x, safe_x = ((0.35, 2.0) if label else (2.2, 0.5)) if unusual else (1.0, 1.0)
    return tuple(
        (category, min(0.85, pair[label] * (risky_x if category in RISKY else safe_x)))
        for category, pair in rates.items()
    )


_RATE_TABLES = {
    (kind, label, unusual): _rate_table(rates, label, unusual)
    for kind, rates in (("service", _SERVICE_RATES), ("recruitment", _RECRUITMENT_RATES))
    for label in (0, 1)
    for unusual in (False, True)
}

_PLAIN_STYLES = ("plain",) * 6 + ("international",) * 2 + ("international_00",)
_OBFUSCATED_STYLES = (
    ("spelled",) * 3
    + ("homophone",)
    + ("letter_digit",) * 2
    + ("emoji",) * 2
    + ("fullwidth",)
    + ("separators",) * 3
    + ("filler",) * 2
    + ("mixed",) * 2
)

_DURATION_FACTOR = {
    "30min": 0.6,
    "1h": 1.0,
    "2h": 1.8,
    "overnight": 5.0,
    "month": 1.0,
    "week": 0.25,
    "day": 0.05,
    "hour": 1 / 160,
    "once": 1.0,
}
_PRICE_KEY = {
    "service": "service",
    "recruitment": "salary",
    "room": "rent",
    "car": "car",
    "pet": "pet",
    "job": "salary",
    "massage": "massage",
}
_PRICE_FORMATS: dict[tuple[str, str], tuple[str, ...]] = {
    ("USD", "en"): ("${a}", "{a}$", "{a} roses", "${a}", "{a} USD"),
    ("GBP", "en"): ("£{a}", "£{a}", "{a} GBP", "{a} pounds"),
    ("EUR", "en"): ("€{a}", "{a} euro", "{a}€", "EUR {a}"),
    ("EUR", "fr"): ("{a}€", "{a} €", "{a} euros", "{a} EUR"),
    ("EUR", "de"): ("{a} €", "{a}€", "{a},- €", "{a} Euro", "{a} EUR"),
    ("EUR", "es"): ("{a}€", "{a} €", "{a} euros"),
    ("EUR", "it"): ("{a}€", "{a} euro", "€{a}", "{a} €"),
    ("EUR", "nl"): ("€{a}", "€ {a},-", "{a} euro", "€{a},-"),
    ("RON", "ro"): ("{a} lei", "{a} RON", "{a} de lei"),
    ("PLN", "pl"): ("{a} zł", "{a} zl", "{a} PLN", "{a}zł"),
}
_PRICE_FALLBACK = {
    "USD": ("${a}",),
    "GBP": ("£{a}",),
    "EUR": ("{a} EUR", "{a}€"),
    "RON": ("{a} RON",),
    "PLN": ("{a} PLN",),
}
_THOUSANDS = {
    "en": ",",
    "fr": " ",
    "de": ".",
    "es": ".",
    "it": ".",
    "ro": ".",
    "nl": ".",
    "pl": " ",
}

_HANDLE_PLATFORMS = {
    "service": ("snapchat",) * 3
    + ("instagram",) * 2
    + ("onlyfans",) * 2
    + ("telegram",) * 2
    + ("kik", "twitter", "wechat", "line"),
    "recruitment": ("telegram",) * 3 + ("instagram",),
    "decoy": ("instagram",),
}
_USER_WORDS = (
    "velvet",
    "rose",
    "angel",
    "star",
    "diamond",
    "pink",
    "vip",
    "elite",
    "dream",
    "luxe",
    "honey",
    "secret",
    "golden",
    "silk",
    "bella",
    "lady",
    "sweet",
    "moon",
)
_BUSINESS_WORDS = (
    "jobs",
    "work",
    "career",
    "staff",
    "recruit",
    "euro",
    "global",
    "team",
    "home",
    "auto",
    "pets",
    "rent",
    "studio",
    "services",
)
_SURNAMES = (
    "smith",
    "muller",
    "rossi",
    "garcia",
    "dubois",
    "popescu",
    "devries",
    "kowalski",
    "brown",
    "weber",
    "martin",
    "ionescu",
    "janssen",
    "nowak",
    "ferrari",
    "lopez",
)


class _Random(random.Random):
    """`random.Random` with quicker `choice` and `randint` (a float draw, not rejection
    sampling): operator creation calls them thousands of times per second."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))


def _pick(rnd, seq):
    """A uniform pick for the per-ad path, where even `_Random.choice` adds up."""
    return seq[int(rnd() * len(seq))]


# --- places, names, prices --------------------------------------------------------------


def fold(text: str) -> str:
    """Text without diacritics, as some sites store place names."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass(slots=True)
class _City:
    name: str
    country: str
    area_codes: tuple[str, ...]
    locations: tuple[str, ...]  # as scrapers store it: districts, casing, no diacritics
    slug: str
    forms: dict[str, str]  # case forms for languages that decline city names


def _make_city(
    name: str, country: str, districts: tuple[str, ...], area_codes: tuple[str, ...]
) -> _City:
    locations = [name] * 5 + [name.upper(), name.lower(), fold(name)]
    for district in districts:
        locations += [
            f"{name}, {district}",
            f"{name} - {district}",
            f"{district}, {name}",
            f"{name} ({district})",
        ]
    slug = re.sub(r"[^a-z0-9]+", "-", fold(name).lower()).strip("-")
    return _City(
        name, country, area_codes, tuple(dict.fromkeys(locations)), slug, CITY_FORMS.get(name, {})
    )


_CITIES: dict[tuple[str, str], tuple[_City, ...]] = {
    key: tuple(_make_city(name, key[1], districts, codes) for name, districts, codes in rows)
    for key, rows in CITIES.items()
}


def _round_amount(amount: float) -> int:
    step = 500 if amount >= 10_000 else 50 if amount >= 1_000 else 10 if amount >= 50 else 1
    return max(step, int(round(amount / step)) * step)


def _format_amount(amount: int, lang: str) -> str:
    return f"{amount:,}".replace(",", _THOUSANDS[lang])


# --- operators --------------------------------------------------------------------------


@dataclass(slots=True)
class _Template:
    id: str
    title: Sentence
    body: list[Sentence]  # `CONTACT` marks where contact sentences go
    contact_fmt: dict[str, str]
    duration: str | None
    section: str
    extra_slots: tuple[str, ...]
    title_contact: str | None  # separator before a phone appended to the title


@dataclass(slots=True)
class _Contact:
    kind: str
    value: str
    variants: tuple[Written, ...]


@dataclass(slots=True)
class Operator:
    """One poster or organisation behind a set of ads."""

    id: str
    kind: str
    subtype: str
    label: int
    lang: str
    remaining: int
    base_ordinal: int = 0
    cities: list[_City] = field(default_factory=list)
    sites: dict[str, list[tuple[int, str, str, bool]]] = field(default_factory=dict)
    posters: list[str] = field(default_factory=list)
    phones: list[_Contact] = field(default_factory=list)
    numbers: list[Phone] = field(default_factory=list)  # the PhoneBook's, handed back on retiring
    others: list[_Contact] = field(default_factory=list)
    personas: list[tuple[str, str, str]] = field(default_factory=list)
    templates: list[_Template] = field(default_factory=list)
    pools: dict[str, tuple[str, ...]] = field(default_factory=dict)
    price_base: dict[str, float] = field(default_factory=dict)
    price_format: dict[str, str] = field(default_factory=dict)
    prices: dict[tuple[str, str], tuple[tuple[int, str], ...]] = field(default_factory=dict)
    image_urls: dict[str, tuple[str, ...]] = field(default_factory=dict)
    emoji: tuple[str, ...] = ()
    images: tuple[str, ...] = ()
    joiner: str = " "
    html_joiner: str = "<br>"
    extra_contact: float = 0.3
    no_contact: float = 0.03


class World:
    """Draws operators and renders their ads from one seeded random stream."""

    def __init__(self, seed: int, languages: tuple[str, ...], n: int) -> None:
        self.rng = _Random(seed)
        self.seed = seed
        self.languages = languages
        self.n = max(n, 1)
        self.operators = 0
        self.countries = tuple(
            dict.fromkeys(c for lang in languages for c in LANGUAGE_COUNTRIES[lang])
        )
        # Each phone, e-mail and handle goes to one operator: shared contacts mean one operator.
        self.phone_book = PhoneBook(seed)
        self.taken: set[str] = set()
        self.sites: dict[tuple[str, str], list[tuple[int, str, str, bool]]] = {}
        for country in self.countries:
            for kind in KINDS:
                self.sites[country, kind] = [
                    (index, name, domain, html)
                    for index, (name, domain, countries, kinds, html) in enumerate(SITES)
                    if kind in kinds and ("*" in countries or country in countries)
                ]

    def new_operator(self, mix_index: int) -> Operator:
        """A fresh operator of type `MIX[mix_index]`."""
        rng = self.rng
        kind, label, _share, mean = MIX[mix_index]
        lang = rng.choice(self.languages)
        op_id = f"op{self.seed}-{self.operators:06d}"
        self.operators += 1
        if label:
            count = min(600, max(3, int(rng.lognormvariate(math.log(mean) - 0.4, 0.9))))
        else:
            count = min(60, 1 + int(rng.expovariate(1 / (mean - 1))))
        op = Operator(op_id, kind, kind, label, lang, count)
        op.emoji = tuple(rng.sample(EMOJI[kind], 4)) if rng.random() < 0.7 else ()
        op.joiner = rng.choice((" ", " ", "\n", "\n\n"))
        op.html_joiner = rng.choice(("<br>", "<br />", "<br>\n", "<br><br>"))
        if kind == "service":
            self._fill_service(op)
        elif kind == "recruitment":
            self._fill_recruitment(op)
        else:
            self._fill_decoy(op)
        self._fill_prices(op)
        n_templates = rng.choice((1, 1, 2, 2, 3, 4)) if label else 1 + (rng.random() < 0.2)
        op.templates = [self._template(op, j) for j in range(n_templates)]
        n_images = rng.randint(4, 30) if label else rng.randint(0, 4)
        op.images = tuple(f"{rng.getrandbits(64):016x}" for _ in range(n_images))
        return op

    def _pick_cities(self, op: Operator, n_cities: int, n_countries: int) -> None:
        rng = self.rng
        home_countries = [c for c in LANGUAGE_COUNTRIES[op.lang] if c in self.countries]
        countries = rng.sample(home_countries, min(n_countries, len(home_countries)))
        pool = [city for c in countries for city in _CITIES[op.lang, c]]
        # English-language operations also work the rest of Europe in English.
        if op.lang == "en" and op.label and rng.random() < 0.15:
            abroad = [
                (lang, c)
                for lang in self.languages
                if lang != "en"
                for c in LANGUAGE_COUNTRIES[lang]
            ]
            if abroad:
                pool += list(_CITIES[rng.choice(abroad)])
        op.cities = rng.sample(pool, min(n_cities, len(pool)))
        n_sites = (2, 4) if op.label else (1, 2)
        for country in dict.fromkeys(city.country for city in op.cities):
            eligible = self.sites[country, op.kind]
            op.sites[country] = rng.sample(eligible, min(len(eligible), rng.randint(*n_sites)))

    def _persona(self, lang: str, ages: tuple[int, int]) -> tuple[str, str, str]:
        rng = self.rng
        bank = BANKS[lang]
        names = bank["names"] if rng.random() < 0.6 else INTERNATIONAL_NAMES
        return rng.choice(names), str(rng.randint(*ages)), rng.choice(bank["nat"])

    def _poster(self, op: Operator, persona: tuple[str, str, str] | None) -> str:
        rng = self.rng
        word, num = rng.choice(_USER_WORDS), rng.randint(1, 999)
        if persona is not None and rng.random() < 0.6:
            name = fold(persona[0]).lower()
            return rng.choice(
                (
                    name,
                    f"{name}_xo",
                    f"{word}_{name}",
                    f"{name}{num}",
                    f"{name}.{op.cities[0].slug[:3]}",
                    f"{name}{persona[1]}",
                )
            )
        city = op.cities[0].slug.replace("-", "")
        if op.kind != "service":
            word, surname = rng.choice(_BUSINESS_WORDS), rng.choice(_SURNAMES)
            return rng.choice(
                (
                    f"{surname}{num}",
                    f"{surname}_{city}",
                    f"{word}{city}",
                    f"{city}{word}{num}",
                    f"{surname}.{word}",
                )
            )
        return rng.choice(
            (
                f"{word}{rng.choice(_USER_WORDS)}{num}",
                f"{city}_{word}",
                f"{word}_{city}{num}",
                f"{rng.choice(_SURNAMES)}{num}",
                f"{word}{num}",
            )
        )

    # contacts ----------------------------------------------------------------------------

    def retire(self, op: Operator) -> None:
        """An operator that has stopped posting: its numbers may be reissued if ever needed."""
        for phone in op.numbers:
            self.phone_book.release(phone)
        op.numbers.clear()

    def _unique(self, stem: str, tail: str) -> str:
        """`stem + tail`, with a number after the stem if another operator already uses it."""
        candidate, number = stem + tail, 2
        while candidate in self.taken:
            candidate, number = f"{stem}{number}{tail}", number + 1
        self.taken.add(candidate)
        return candidate

    def _phone(self, op: Operator, region: str, obfuscate: float, n_variants: int) -> None:
        rng = self.rng
        codes = tuple(
            code for city in op.cities if city.country == region for code in city.area_codes
        )
        phone = self.phone_book.draw(region, codes)
        if phone is None:
            return  # every number is in use; the operator makes do with its other contacts
        op.numbers.append(phone)
        region = phone.region  # a borrowed foreign number when the region has none left
        domestic = all(city.country == region for city in op.cities)
        us_ads = any(city.country == "US" for city in op.cities)
        variants = []
        for _ in range(n_variants):
            style = rng.choice(_OBFUSCATED_STYLES if rng.random() < obfuscate else _PLAIN_STYLES)
            if style == "international_00" and us_ads:
                style = "international"  # US ads dial out with 011, not 00
            variants.append(write_phone(rng, phone, op.lang, style, domestic))
        op.phones.append(_Contact("phone", phone.e164, tuple(dict.fromkeys(variants))))

    def _email(self, op: Operator, base: str, obfuscate: float, n_variants: int) -> None:
        rng = self.rng
        local = re.sub(r"[^a-z0-9._]", "", fold(base).lower()) or "info"
        local += rng.choice(("", str(rng.randint(1, 99)), ".xo", "_" + rng.choice(_USER_WORDS)))
        address = self._unique(local, "@" + rng.choice(EMAIL_DOMAINS[op.lang]))
        variants = tuple(
            dict.fromkeys(
                write_email(rng, address, op.lang, rng.random() < obfuscate)
                for _ in range(n_variants)
            )
        )
        op.others.append(_Contact("email", address, variants))

    def _handle(self, op: Operator, base: str, n_variants: int) -> None:
        rng = self.rng
        platform = rng.choice(_HANDLE_PLATFORMS[op.kind])
        handle = re.sub(r"[^a-z0-9_.]", "", fold(base).lower()) or "user"
        handle += rng.choice(
            ("", "_xo", str(rng.randint(1, 999)), "_" + rng.choice(_USER_WORDS), ".official")
        )
        handle = self._unique(handle, HANDLE_MARK)
        variants = tuple(
            dict.fromkeys(write_handle(rng, platform, handle) for _ in range(n_variants))
        )
        op.others.append(_Contact("handle", f"{platform}:{handle.lower()}", variants))

    def _fill_contacts(
        self,
        op: Operator,
        n_phones: int,
        p_email: float,
        p_handle: float,
        obfuscate: float,
        n_variants: int,
        p_foreign: float,
    ) -> None:
        rng = self.rng
        home = op.cities[0].country
        for _ in range(n_phones):
            region = home
            if rng.random() < p_foreign:
                region = rng.choice([r for r in PHONE_PLAN if r not in ("US", home)])
            self._phone(op, region, obfuscate, rng.randint(1, n_variants))
        base = op.personas[0][0] if op.personas else op.posters[0]
        if rng.random() < p_email:
            self._email(
                op, rng.choice((base, op.posters[0])), obfuscate, rng.randint(1, n_variants)
            )
        if rng.random() < p_handle:
            self._handle(op, rng.choice((base, op.posters[0])), rng.randint(1, n_variants))
        if not op.phones and not op.others:
            if op.kind == "service":
                self._handle(op, base, 1)
            else:
                self._email(op, op.posters[0], 0.0, 1)

    # operator kinds ----------------------------------------------------------------------

    def _fill_service(self, op: Operator) -> None:
        rng = self.rng
        obfuscate = rng.choice((0.0, 0.1, 0.3, 0.6, 0.9))
        if op.label:
            self._pick_cities(op, rng.randint(2, 8), 1 if rng.random() < 0.6 else 2)
            op.base_ordinal = rng.choice((4, 4, 5, 5, 6))
            op.personas = [self._persona(op.lang, (19, 31)) for _ in range(rng.randint(2, 9))]
            op.posters = [
                self._poster(op, rng.choice(op.personas)) for _ in range(rng.randint(2, 6))
            ]
            op.extra_contact = rng.choice((0.1, 0.3, 0.5))
            self._fill_contacts(op, rng.randint(1, 4), 0.3, 0.35, obfuscate, 4, 0.25)
        else:
            touring = rng.random() < 0.2
            self._pick_cities(
                op, rng.randint(2, 4) if touring else 1, 2 if touring and rng.random() < 0.3 else 1
            )
            op.base_ordinal = rng.choice((0, 0, 0, 1, 1, 2, 2, 3))
            op.personas = [self._persona(op.lang, (20, 38))]
            op.posters = [self._poster(op, op.personas[0])]
            if rng.random() < 0.15:
                op.posters.append(self._poster(op, op.personas[0]))
            op.extra_contact = rng.choice((0.1, 0.3, 0.6))
            self._fill_contacts(op, 1 if rng.random() < 0.92 else 0, 0.2, 0.35, obfuscate, 2, 0.05)
        op.pools = {
            "day": BANKS[op.lang]["days"],
            "name2": tuple(p[0] for p in op.personas[1:]) or INTERNATIONAL_NAMES,
        }

    def _fill_recruitment(self, op: Operator) -> None:
        rng = self.rng
        bank = BANKS[op.lang]
        lure = [text for group, text in bank["jobs"] if group == "lure"]
        labour = [text for group, text in bank["jobs"] if group == "labour"]
        # Operations lure into labour exploitation too, not only into hostess work.
        lure_share = 0.6 if op.label else 0.35
        jobs = [
            rng.choice(lure if rng.random() < lure_share else labour)
            for _ in range(rng.randint(1, 3))
        ]
        # Operations mostly hide behind vague agency names, some behind a front company;
        # legitimate recruiters usually name their company.
        company_text = bank["company"][rng.random() < (0.2 if op.label else 0.6)]
        company = resolve(parse(company_text), rng, 0.0, [], False, False).strip()
        if op.label:
            self._pick_cities(op, rng.randint(1, 5), 1)
            op.base_ordinal = rng.choice((4, 4, 5, 5, 6))
        else:
            self._pick_cities(op, rng.randint(1, 2), 1)
            op.base_ordinal = rng.choice((0, 0, 0, 1, 1, 2))
        op.posters = [self._poster(op, None) for _ in range(rng.randint(1, 3 if op.label else 1))]
        op.pools = {
            "job": tuple(dict.fromkeys(jobs)),
            "dest": tuple(rng.sample(bank["dest"], rng.randint(1, 3))),
            "company": (company,),
            "n": (str(rng.randint(10_000, 999_999)),),
            "age_min": (str(rng.choice((18, 18, 19, 20))),),
            "age_max": (str(rng.choice((25, 27, 28, 30, 32))),),
            "day": bank["days"],
        }
        op.extra_contact = 0.4
        obfuscate = rng.choice((0.0, 0.0, 0.1, 0.3))
        if op.label:
            self._fill_contacts(op, rng.randint(1, 3), 0.4, 0.4, obfuscate, 3, 0.3)
        else:
            self._fill_contacts(op, 1 if rng.random() < 0.6 else 0, 0.7, 0.1, obfuscate, 2, 0.05)

    def _fill_decoy(self, op: Operator) -> None:
        rng = self.rng
        op.subtype = rng.choices(DECOY_SUBTYPES, (0.25, 0.2, 0.15, 0.25, 0.15))[0]
        self._pick_cities(op, rng.randint(1, 3) if op.subtype in ("job", "massage") else 1, 1)
        persona = self._persona(op.lang, (25, 60))
        op.personas = [persona]
        op.posters = [self._poster(op, persona if rng.random() < 0.5 else None)]
        bank = BANKS[op.lang]
        company = resolve(parse(bank["company"][1]), rng, 0.0, [], False, False).strip()
        km = _format_amount(rng.randrange(20_000, 220_000, 1_000), op.lang)
        op.pools = {
            "company": (company,),
            "car": (rng.choice(CARS),),
            "year": (str(rng.randint(2006, 2022)),),
            "km": (km,),
            "n": (str(rng.randint(2, 12)),),
            "day": bank["days"],
        }
        op.extra_contact = 0.2
        op.no_contact = 0.05
        self._fill_contacts(
            op,
            1 if rng.random() < 0.75 else 0,
            0.35,
            0.1 if op.subtype == "massage" else 0.0,
            0.03,
            1,
            0.0,
        )

    def _fill_prices(self, op: Operator) -> None:
        rng = self.rng
        if op.label and op.kind == "recruitment":
            level = rng.uniform(1.2, 2.2)  # the lure is pay far above the local norm
        elif op.label:
            level = rng.uniform(0.6, 1.2)
        else:
            level = rng.uniform(0.7, 1.5)
        for country in op.sites:
            currency = CURRENCY[country]
            op.price_base[country] = PRICE_LEVEL[currency][_PRICE_KEY[op.subtype]] * level
            formats = _PRICE_FORMATS.get((currency, op.lang), _PRICE_FALLBACK[currency])
            if op.kind != "service":
                formats = tuple(f for f in formats if "roses" not in f)
            op.price_format[country] = rng.choice(formats)
        if op.kind == "recruitment":
            # "Earn up to ..." names a monthly figure well above the advertised pay.
            country = op.cities[0].country
            top = _round_amount(op.price_base[country] * rng.uniform(1.4, 2.0))
            op.pools["salary_max"] = (
                op.price_format[country].replace("{a}", _format_amount(top, op.lang)),
            )

    # templates ---------------------------------------------------------------------------

    def _template(self, op: Operator, j: int) -> _Template:
        rng = self.rng
        stock = stock_for(op.lang, op.subtype, bool(op.emoji))
        title = draw(rng, stock["title_upper" if rng.random() < 0.12 else "title"])
        closing = []
        if op.kind == "decoy":
            body = [
                draw(rng, stock[g])
                for k, g in enumerate(stock["body_groups"])
                if k == 0 or rng.random() < 0.8
            ]
            shared = list(stock["shared"])
            for _ in range(rng.choice((0, 1, 1, 1, 2, 2, 3))):
                variants = shared.pop(rng.randrange(len(shared)))
                body.insert(rng.randint(1, len(body)), rng.choice(variants))
            price_p = 0.85
        else:
            if op.kind == "service":
                third = rng.random() < (0.5 if op.label else 0.12)
                intro = stock["intro_third" if third else "intro"]
                core, price_p = _SERVICE_CORE, 0.75
            else:
                intro = stock["intro"]
                core, price_p = _RECRUITMENT_CORE, 0.8
            body = [draw(rng, intro)]
            body += [draw(rng, stock[category]) for category, p in core if rng.random() < p]
            for category in self._indicator_categories(op):
                body.insert(rng.randint(1, len(body)), draw(rng, stock[category]))
            if rng.random() < 0.5:
                closing.append(draw(rng, stock["closing"]))
        duration = None
        if rng.random() < price_p:
            duration, variants = rng.choice(stock["price"])
            body.insert(rng.randint(1, len(body)), rng.choice(variants))
        body.insert(len(body) if rng.random() < 0.8 else 1, CONTACT)
        body += closing
        whatsapp = rng.random() < (0.5 if op.label else 0.2)
        contact_fmt = {
            kind: draw(rng, stock["contact_" + kind]) for kind in ("email", "handle", "none")
        }
        contact_fmt["phone"] = draw(rng, stock["contact_whatsapp" if whatsapp else "contact_phone"])
        slots = title.slots.union(*(sentence.slots for sentence in body))
        if duration is None and "price" in slots:
            duration = "month" if op.kind == "recruitment" else "1h"
        title_contact = None
        if op.phones and rng.random() < 0.15:
            title_contact = rng.choice((" ", " - ", " ☎ ", " 📞 ", " | "))
        return _Template(
            f"{op.id}-t{j}",
            title,
            body,
            contact_fmt,
            duration,
            rng.choice(SECTIONS[op.subtype]),
            tuple(sorted(s for s in slots if s in op.pools)),
            title_contact,
        )

    def _indicator_categories(self, op: Operator) -> list[str]:
        rng = self.rng
        # Some independents sound risky and some operations write carefully.
        unusual = rng.random() < (0.3 if op.label else 0.2)
        chosen = [
            category for category, p in _RATE_TABLES[op.kind, op.label, unusual] if rng.random() < p
        ]
        if (
            op.kind == "service"
            and "tour" not in chosen
            and len(op.cities) > 1
            and rng.random() < 0.5
        ):
            chosen.append("tour")  # touring posters say so
        rng.shuffle(chosen)
        return chosen

    # ads ---------------------------------------------------------------------------------

    def render(self, op: Operator, index: int) -> tuple[dict, dict]:
        """One ad of `op` at stream position `index`, with its ground truth."""
        rnd = self.rng.random
        templates = op.templates
        template = templates[0] if rnd() < 0.5 else templates[int(rnd() * len(templates))]
        cities = op.cities
        city = cities[int(rnd() * len(cities))]
        country = city.country
        sites = op.sites[country]
        site_index, site, domain, html = sites[int(rnd() * len(sites))]
        personas, emoji, pools = op.personas, op.emoji, op.pools
        name, age, nat = personas[int(rnd() * len(personas))] if personas else ("", "", "")
        values = {
            "name": name,
            "age": age,
            "nat": nat,
            "city": city.name,
            "emoji": emoji[int(rnd() * len(emoji))] if emoji else "",
        }
        if city.forms:
            values.update(city.forms)
        for slot in template.extra_slots:
            pool = pools[slot]
            values[slot] = pool[int(rnd() * len(pool))]
        price = None
        duration = template.duration
        if duration is not None:
            prices = op.prices.get((country, duration)) or self._prices(op, country, duration)
            amount, values["price"] = prices[int(rnd() * 3)]
            price = {"amount": amount, "currency": CURRENCY[country], "duration": duration}

        contacts = self._pick_contacts(op)
        parts, indicators = self._body(template, values, contacts)
        title = "" if rnd() < 0.02 else self._line(template.title, values)
        if title:
            if title[0].islower():
                title = title[0].upper() + title[1:]
            if template.title_contact and contacts and contacts[0][0].kind == "phone":
                title += template.title_contact + contacts[0][1].text
        if html:
            if rnd() < 0.3:
                parts[0] = f"<b>{parts[0]}</b>"
            body = op.html_joiner.join(parts)
        else:
            body = op.joiner.join(parts)
        if op.emoji and rnd() < 0.15:
            body = op.emoji[0] * 3 + "\n" + body

        ordinal, noisy = self._ordinal(op, indicators)
        label = 1 if ordinal >= 4 else 0
        locations, posters = city.locations, op.posters
        ad_id = f"syn{self.seed}-{index:07d}"
        posted = START_EPOCH + int((index + rnd()) / self.n * SPAN_SECONDS + (rnd() - 0.5) * 86_400)
        images = []
        if op.images and rnd() < 0.8:
            urls = op.image_urls.get(domain) or self._image_urls(op, domain)
            first = int(rnd() * len(op.images))
            images = list(urls[first : first + 1 + int(rnd() * 5)])
        record = {
            "ad_id": ad_id,
            "title": title,
            "body": body,
            "site": site,
            "url": _url(site_index, domain, template.section, city, ad_id),
            "posted_at": _timestamp(max(START_EPOCH, posted)),
            "location": locations[int(rnd() * len(locations))],
            "country": country,
            "poster": posters[int(rnd() * len(posters))],
            "images": images,
            "meta": {"price": price, "kind": template.section},
            "label": label,
            "label_ordinal": ordinal,
        }
        truth = {
            "ad_id": ad_id,
            "label": label,
            "label_ordinal": ordinal,
            "label_noise": noisy,
            "kind": op.kind,
            "subtype": op.subtype,
            "language": op.lang,
            "operator_id": op.id,
            "template_id": template.id,
            "contacts": [
                {"kind": c.kind, "value": c.value, "written": w.text, "obfuscation": w.style}
                for c, w in contacts
            ],
            "obfuscation": sorted({w.style for _c, w in contacts}),
            "indicators": indicators,
        }
        return record, truth

    def _prices(self, op: Operator, country: str, duration: str) -> tuple[tuple[int, str], ...]:
        """The three prices (and how they are written) an operator asks in a country."""
        base = op.price_base[country] * _DURATION_FACTOR[duration]
        prices = []
        for factor in (0.9, 1.0, 1.1):
            amount = _round_amount(base * factor)
            prices.append(
                (amount, op.price_format[country].replace("{a}", _format_amount(amount, op.lang)))
            )
        op.prices[country, duration] = tuple(prices)
        return op.prices[country, duration]

    def _image_urls(self, op: Operator, domain: str) -> tuple[str, ...]:
        """Image URLs on one site, doubled so a slice from any start wraps around."""
        urls = tuple(f"https://img.{domain}/{h}.jpg" for h in op.images)
        op.image_urls[domain] = urls + urls
        return op.image_urls[domain]

    def _pick_contacts(self, op: Operator) -> list[tuple[_Contact, Written]]:
        rnd = self.rng.random
        if rnd() < op.no_contact:
            return []
        if op.phones:
            picked = [_pick(rnd, op.phones)]
            if op.others and rnd() < op.extra_contact:
                picked.append(_pick(rnd, op.others))
        elif op.others:
            picked = [_pick(rnd, op.others)]
        else:
            return []
        return [(c, _pick(rnd, c.variants)) for c in picked]

    def _line(self, sentence: Sentence, values: dict[str, str]) -> str:
        rnd = self.rng.random
        for key, options in sentence.alts:
            values[key] = options[int(rnd() * len(options))].format_map(values)
        text = sentence.fmt.format_map(values)
        if "  " in text:
            text = SPACES.sub(" ", text).strip()
        return text

    def _body(
        self, template: _Template, values: dict[str, str], contacts: list[tuple[_Contact, Written]]
    ) -> tuple[list[str], list[str]]:
        rnd = self.rng.random
        sentences = template.body
        if len(sentences) > 3 and rnd() < 0.12:
            # Sentence order varies a little between copies of one template.
            k = 1 + int(rnd() * (len(sentences) - 2))
            sentences = [*sentences[:k], sentences[k + 1], sentences[k], *sentences[k + 2 :]]
        parts, indicators = [], []
        append = parts.append
        for sentence in sentences:
            if sentence is CONTACT:
                if contacts:
                    for contact, written in contacts:
                        append(
                            template.contact_fmt[contact.kind].replace("{contact}", written.text)
                        )
                elif rnd() < 0.5:
                    append(template.contact_fmt["none"])
                continue
            category, fmt, alts, _slots, indicator, static, tidy = sentence
            # Copies of a template drop the odd sentence, never the introduction.
            if rnd() < 0.05 and category != "intro":
                continue
            if static is None:
                for key, options in alts:
                    values[key] = options[int(rnd() * len(options))].format_map(values)
                static = fmt.format_map(values)
                if "  " in static:
                    static = SPACES.sub(" ", static).strip()
                if tidy:
                    if static[:1].islower():
                        static = static[0].upper() + static[1:]
                    if static[-1:].isalnum():
                        static += "."
            append(static)
            if indicator:
                indicators.append(category)
        return parts, indicators

    def _ordinal(self, op: Operator, indicators: list[str]) -> tuple[int, bool]:
        """The operator's ordinal, nudged by how many risky phrases this ad carries."""
        ordinal = op.base_ordinal
        if op.kind == "decoy":
            return ordinal, False  # nobody mistakes a car for sale for an escort ad
        risky = len(RISKY.intersection(indicators))
        if op.label:
            ordinal = min(6, max(4, ordinal + (risky >= 4) - (risky <= 1)))
        else:
            ordinal = min(3, max(0, ordinal + (risky >= 3) - (risky == 0)))
        roll = self.rng.random()
        if roll < LABEL_NOISE:
            # An annotator's error crosses the threshold, but only just, as real ones do.
            flip = 2 if roll < LABEL_NOISE / 2 else 3
            return (flip if ordinal >= 4 else flip + 2), True
        return ordinal, False


_DATES: dict[int, str] = {}
_MINUTES = tuple(f"T{m // 60:02d}:{m % 60:02d}:00Z" for m in range(1440))


def _timestamp(epoch: int) -> str:
    """ISO 8601 UTC to the minute, as sites show posting times; dates are cached."""
    day, second = divmod(epoch, 86_400)
    date = _DATES.get(day)
    if date is None:
        date = _DATES[day] = time.strftime("%Y-%m-%d", time.gmtime(day * 86_400))
    return date + _MINUTES[second // 60]


def _url(site_index: int, domain: str, section: str, city: _City, ad_id: str) -> str:
    pattern = site_index % 4
    if pattern == 0:
        return f"https://{domain}/{section}/{city.slug}/{ad_id}"
    if pattern == 1:
        return f"https://{domain}/ad/{ad_id}.html"
    if pattern == 2:
        return f"https://www.{domain}/{city.country.lower()}/{city.slug}/{ad_id}"
    return f"https://{domain}/view?id={ad_id}"
