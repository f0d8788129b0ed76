"""Places for the synthetic corpus: countries, cities, sites, currencies and phone plans.

Python data, not files read at run time. City names are written the way each language's
ads write them (Bruxelles in French ads, Brussel in Dutch ones); districts and area codes
make scraped locations and phone numbers look local.
"""

from __future__ import annotations

# Languages whose ads the generator writes, and the countries each language posts in.
LANGUAGE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "en": ("US", "GB", "IE"),
    "fr": ("FR", "BE"),
    "de": ("DE", "AT"),
    "es": ("ES",),
    "it": ("IT",),
    "ro": ("RO",),
    "nl": ("NL", "BE"),
    "pl": ("PL",),
}

CURRENCY: dict[str, str] = {
    "US": "USD",
    "GB": "GBP",
    "IE": "EUR",
    "FR": "EUR",
    "BE": "EUR",
    "DE": "EUR",
    "AT": "EUR",
    "ES": "EUR",
    "IT": "EUR",
    "RO": "RON",
    "NL": "EUR",
    "PL": "PLN",
}

# Rough local price levels: an hour of a service ad or massage, a month's salary or room
# rent, a used car, a pet.
PRICE_LEVEL: dict[str, dict[str, int]] = {
    "USD": {"service": 250, "salary": 3500, "rent": 1100, "massage": 90, "car": 11000, "pet": 600},
    "GBP": {"service": 150, "salary": 2300, "rent": 750, "massage": 60, "car": 7000, "pet": 450},
    "EUR": {"service": 160, "salary": 2200, "rent": 600, "massage": 60, "car": 8000, "pet": 400},
    "RON": {
        "service": 500,
        "salary": 4500,
        "rent": 1800,
        "massage": 150,
        "car": 40000,
        "pet": 1200,
    },
    "PLN": {
        "service": 400,
        "salary": 5500,
        "rent": 1900,
        "massage": 160,
        "car": 35000,
        "pet": 1400,
    },
}

# Phone plans: (country calling code, trunk prefix written before a national number). The
# numbers themselves come from `synth_contacts.PHONE_RANGES`: ranges regulators keep for
# fiction, or phonenumbers' documented examples, never numbers someone may hold.
PHONE_PLAN: dict[str, tuple[int, str]] = {
    "US": (1, ""),
    "GB": (44, "0"),
    "IE": (353, "0"),
    "FR": (33, "0"),
    "BE": (32, "0"),
    "DE": (49, "0"),
    "AT": (43, "0"),
    "ES": (34, ""),
    "IT": (39, ""),
    "RO": (40, "0"),
    "NL": (31, "0"),
    "PL": (48, ""),
}

# Per language: the country's cities as its ads name them, with districts a scraper may keep,
# and area codes (national, without the trunk prefix) that a local fiction range can match:
# US cities have their own, British, French and German cities those of their drama ranges.
CITIES: dict[tuple[str, str], tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]] = {
    ("en", "US"): (
        ("New York", ("Manhattan", "Brooklyn", "Queens", "Midtown"), ("212", "646", "718", "917")),
        ("Las Vegas", ("The Strip", "Henderson"), ("702", "725")),
        ("Miami", ("South Beach", "Brickell", "Doral"), ("305", "786")),
        ("Houston", ("Galleria", "Midtown"), ("713", "832", "281")),
        ("Los Angeles", ("Hollywood", "Downtown", "Van Nuys"), ("213", "310", "323", "818")),
        ("Chicago", ("Loop", "River North"), ("312", "773", "872")),
        ("Atlanta", ("Buckhead", "Midtown"), ("404", "470", "678")),
        ("Phoenix", ("Scottsdale", "Tempe"), ("602", "480", "623")),
        ("Dallas", ("Uptown", "Deep Ellum"), ("214", "469", "972")),
        ("Seattle", ("Capitol Hill", "Downtown"), ("206", "253")),
        ("Newark", ("Ironbound",), ("973", "862")),
        ("Orlando", ("Kissimmee", "International Drive"), ("407", "321")),
    ),
    ("en", "GB"): (
        ("London", ("Soho", "Croydon", "Ilford", "Paddington", "Canary Wharf"), ("20",)),
        ("Manchester", ("City Centre", "Salford"), ("161",)),
        ("Birmingham", ("Digbeth", "Edgbaston"), ("121",)),
        ("Leeds", ("Headingley",), ("113",)),
        ("Glasgow", ("Merchant City",), ("141",)),
        ("Liverpool", ("Anfield", "City Centre"), ("151",)),
        ("Bristol", ("Clifton",), ("117",)),
        ("Nottingham", ("Lace Market",), ("115",)),
    ),
    ("en", "IE"): (
        ("Dublin", ("Dublin 1", "Dublin 2", "Dublin 8", "Swords"), ()),
        ("Cork", ("City Centre",), ()),
        ("Galway", (), ()),
        ("Limerick", (), ()),
    ),
    ("fr", "FR"): (
        ("Paris", ("Paris 17e", "Paris 15e", "Pigalle", "Bastille"), ("1",)),
        ("Lyon", ("Part-Dieu", "Lyon 7e"), ("4",)),
        ("Marseille", ("Vieux-Port", "Marseille 8e"), ("4",)),
        ("Nice", ("Promenade des Anglais",), ("4",)),
        ("Toulouse", ("Capitole",), ("5",)),
        ("Bordeaux", ("Chartrons",), ("5",)),
        ("Lille", ("Vieux-Lille",), ("3",)),
        ("Strasbourg", ("Petite France",), ("3",)),
        ("Montpellier", (), ("4",)),
    ),
    ("fr", "BE"): (
        ("Bruxelles", ("Ixelles", "Saint-Gilles", "Schaerbeek"), ()),
        ("Liège", ("Outremeuse",), ()),
        ("Charleroi", (), ()),
        ("Namur", (), ()),
    ),
    ("de", "DE"): (
        ("Berlin", ("Mitte", "Kreuzberg", "Charlottenburg", "Neukölln"), ("30",)),
        ("Hamburg", ("St. Pauli", "Altona", "Wandsbek"), ("40",)),
        ("München", ("Schwabing", "Maxvorstadt"), ("89",)),
        ("Köln", ("Ehrenfeld", "Deutz"), ("221",)),
        ("Frankfurt am Main", ("Bahnhofsviertel", "Sachsenhausen"), ("69",)),
        ("Düsseldorf", ("Altstadt", "Oberkassel"), ()),
        ("Stuttgart", ("Bad Cannstatt",), ()),
        ("Dortmund", ("Nordstadt",), ()),
        ("Leipzig", ("Südvorstadt",), ()),
        ("Hannover", ("Linden",), ()),
    ),
    ("de", "AT"): (
        ("Wien", ("Favoriten", "Leopoldstadt", "Mariahilf"), ()),
        ("Graz", ("Lend",), ()),
        ("Linz", ("Urfahr",), ()),
        ("Salzburg", (), ()),
        ("Innsbruck", (), ()),
    ),
    ("es", "ES"): (
        ("Madrid", ("Centro", "Salamanca", "Chamberí", "Tetuán"), ()),
        ("Barcelona", ("Eixample", "Gràcia", "Sants"), ()),
        ("Valencia", ("Ruzafa",), ()),
        ("Sevilla", ("Triana",), ()),
        ("Málaga", ("Centro",), ()),
        ("Bilbao", ("Abando",), ()),
        ("Alicante", (), ()),
        ("Palma", (), ()),
        ("Zaragoza", (), ()),
    ),
    ("it", "IT"): (
        ("Roma", ("EUR", "Termini", "Prati"), ()),
        ("Milano", ("Navigli", "Porta Venezia", "Centrale"), ()),
        ("Napoli", ("Vomero",), ()),
        ("Torino", ("San Salvario",), ()),
        ("Bologna", (), ()),
        ("Firenze", ("Campo di Marte",), ()),
        ("Verona", (), ()),
        ("Padova", (), ()),
        ("Bari", (), ()),
    ),
    ("ro", "RO"): (
        ("București", ("Sector 1", "Sector 2", "Sector 3", "Sector 6", "Pipera"), ()),
        ("Cluj-Napoca", ("Mănăștur", "Gheorgheni"), ()),
        ("Timișoara", ("Complex Studențesc",), ()),
        ("Iași", ("Copou",), ()),
        ("Constanța", ("Mamaia",), ()),
        ("Brașov", (), ()),
        ("Craiova", (), ()),
    ),
    ("nl", "NL"): (
        ("Amsterdam", ("Centrum", "Zuidoost", "De Pijp", "Nieuw-West"), ()),
        ("Rotterdam", ("Centrum", "Kralingen"), ()),
        ("Den Haag", ("Scheveningen",), ()),
        ("Utrecht", ("Lombok",), ()),
        ("Eindhoven", (), ()),
        ("Groningen", (), ()),
        ("Arnhem", (), ()),
    ),
    ("nl", "BE"): (
        ("Antwerpen", ("Schipperskwartier", "Berchem"), ()),
        ("Gent", ("Dampoort",), ()),
        ("Brussel", ("Elsene",), ()),
        ("Brugge", (), ()),
        ("Leuven", (), ()),
    ),
    ("pl", "PL"): (
        ("Warszawa", ("Mokotów", "Wola", "Śródmieście", "Praga-Południe"), ()),
        ("Kraków", ("Kazimierz", "Nowa Huta"), ()),
        ("Wrocław", ("Krzyki",), ()),
        ("Gdańsk", ("Wrzeszcz",), ()),
        ("Poznań", ("Jeżyce",), ()),
        ("Łódź", ("Bałuty",), ()),
        ("Katowice", (), ()),
    ),
}

# Case forms for languages whose cities decline after a preposition: slot name -> phrase.
CITY_FORMS: dict[str, dict[str, str]] = {
    "Warszawa": {"city_loc": "w Warszawie", "city_gen": "do Warszawy"},
    "Kraków": {"city_loc": "w Krakowie", "city_gen": "do Krakowa"},
    "Wrocław": {"city_loc": "we Wrocławiu", "city_gen": "do Wrocławia"},
    "Gdańsk": {"city_loc": "w Gdańsku", "city_gen": "do Gdańska"},
    "Poznań": {"city_loc": "w Poznaniu", "city_gen": "do Poznania"},
    "Łódź": {"city_loc": "w Łodzi", "city_gen": "do Łodzi"},
    "Katowice": {"city_loc": "w Katowicach", "city_gen": "do Katowic"},
}

# Fictional sites (reserved .example domains, so no real site is named). Each entry:
# (name, domain, countries or "*" for all, kinds it carries, keeps HTML in bodies).
SITES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], bool], ...] = (
    ("listcrowd", "listcrowd.example", ("*",), ("service", "recruitment", "decoy"), False),
    (
        "velvetnights",
        "velvetnights.example",
        ("US", "GB", "IE", "DE", "AT", "NL", "BE"),
        ("service",),
        True,
    ),
    ("citypal", "citypal.example", ("US",), ("service", "decoy"), True),
    ("nightpages", "nightpages.example", ("US", "GB"), ("service",), False),
    ("jobbridge", "jobbridge.example", ("*",), ("recruitment", "decoy"), False),
    ("ukclassy", "ukclassy.example", ("GB", "IE"), ("service", "recruitment", "decoy"), False),
    (
        "annonces-rapides",
        "annonces-rapides.example",
        ("FR", "BE"),
        ("service", "recruitment", "decoy"),
        True,
    ),
    ("rencontres-doree", "rencontres-doree.example", ("FR", "BE"), ("service",), False),
    ("kleinmarkt", "kleinmarkt.example", ("DE", "AT"), ("service", "recruitment", "decoy"), False),
    ("rotlicht-inserat", "rotlicht-inserat.example", ("DE", "AT"), ("service",), True),
    ("tablon-ya", "tablon-ya.example", ("ES",), ("service", "recruitment", "decoy"), False),
    ("contactos-luna", "contactos-luna.example", ("ES",), ("service",), True),
    (
        "bacheca-facile",
        "bacheca-facile.example",
        ("IT",),
        ("service", "recruitment", "decoy"),
        False,
    ),
    ("incontri-stella", "incontri-stella.example", ("IT",), ("service",), True),
    (
        "anunturi-rapide",
        "anunturi-rapide.example",
        ("RO",),
        ("service", "recruitment", "decoy"),
        False,
    ),
    ("matrimoniale-plus", "matrimoniale-plus.example", ("RO",), ("service",), True),
    (
        "marktpleintje",
        "marktpleintje.example",
        ("NL", "BE"),
        ("service", "recruitment", "decoy"),
        False,
    ),
    ("rosse-advertenties", "rosse-advertenties.example", ("NL", "BE"), ("service",), True),
    ("ogloszenia24", "ogloszenia24.example", ("PL",), ("service", "recruitment", "decoy"), False),
    ("roksanka", "roksanka.example", ("PL",), ("service",), True),
    (
        "eurojobs-board",
        "eurojobs-board.example",
        ("RO", "PL", "ES", "IT", "FR", "DE"),
        ("recruitment",),
        True,
    ),
)

# The site section an ad was scraped from, kept in `meta.kind`.
SECTIONS: dict[str, tuple[str, ...]] = {
    "service": ("escorts", "massage", "dating"),
    "recruitment": ("jobs", "jobs-abroad", "casting"),
    "room": ("rooms",),
    "car": ("cars",),
    "pet": ("pets",),
    "job": ("jobs",),
    "massage": ("massage", "wellness"),
}
