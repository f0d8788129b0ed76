"""Indicator catalogue, pattern files, find_evidence and the IndicatorCounts transformer."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml
from sklearn.base import clone
from sklearn.compose import ColumnTransformer

import features.indicators as indicators
from features.indicators import (
    EVERY_LANGUAGE,
    GRADES,
    PATTERNS_DIR,
    IndicatorCounts,
    ad_text,
    find_evidence,
    load_catalogue,
    load_lexicon,
    load_patterns,
)


@pytest.fixture(scope="module")
def nlp():
    """The packaged lexicon, built once for this module (blank tokenizers take seconds)."""
    return load_lexicon()


CATALOGUE = load_catalogue()
PATTERNS = load_patterns()
ALL_RULES = [rule for rules in PATTERNS.values() for rule in rules]


def spans(evidence, indicator):
    return [(e.start, e.end, e.text) for e in evidence if e.indicator == indicator]


# --- catalogue consistency ------------------------------------------------------------------


def test_catalogue_has_lexicon_version():
    assert isinstance(CATALOGUE.lexicon_version, str) and CATALOGUE.lexicon_version


def test_catalogue_grades_are_allowed():
    assert {i.grade for i in CATALOGUE.indicators.values()} <= set(GRADES)
    assert set(CATALOGUE.grades) == set(GRADES)


def test_catalogue_entries_have_meaning_and_source():
    for indicator in CATALOGUE.indicators.values():
        assert indicator.meaning.strip() and indicator.source.strip(), indicator.id
        assert indicator.category in CATALOGUE.categories, indicator.id


def test_pattern_labels_are_in_catalogue():
    unknown = sorted({rule.label for rule in ALL_RULES} - set(CATALOGUE.matched()))
    assert unknown == []


def test_pattern_ids_are_unique():
    ids = [rule.id for rule in ALL_RULES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("indicator", CATALOGUE.matched())
def test_indicator_has_patterns_in_two_languages(indicator):
    langs = {rule.lang for rule in ALL_RULES if rule.label == indicator}
    # Language-independent patterns (emoji codes) run with every language.
    assert len(langs) >= 2 or EVERY_LANGUAGE in langs


@pytest.mark.parametrize("indicator", [i.id for i in CATALOGUE.indicators.values() if i.computed])
def test_computed_indicator_has_no_patterns(indicator):
    assert not [rule for rule in ALL_RULES if rule.label == indicator]


def test_every_pattern_language_has_negators():
    assert set(PATTERNS) - {EVERY_LANGUAGE} <= set(CATALOGUE.negators)


def test_ethnicity_is_protected_and_never_a_reason_alone():
    entry = CATALOGUE.indicators["ethnicity_marketing"]
    assert entry.protected
    assert "never a reason on its own" in entry.meaning


def test_movement_is_contested():
    assert CATALOGUE.indicators["new_in_town"].grade == "contested"
    assert CATALOGUE.indicators["leaving_soon"].grade == "contested"


def test_lexicon_version_attribute_reads_catalogue():
    version = indicators.LEXICON_VERSION
    assert version == CATALOGUE.lexicon_version


@pytest.mark.parametrize("lang", sorted(PATTERNS))
def test_every_pattern_matches_its_own_example(nlp, lang):
    # Catches patterns that can never fire, e.g. "24/7" as one token where the tokenizer
    # splits it; one test per file keeps the run short.
    missed = []
    for rule in PATTERNS[lang]:
        for code in [lang] if lang != EVERY_LANGUAGE else nlp.languages:
            doc = nlp.nlps[code].make_doc(rule.example)
            key = nlp.nlps[code].vocab.strings[rule.id]
            fired = any(k == key for k, _, _ in nlp.match(doc, code))
            found = rule.label in {e.indicator for e in find_evidence(rule.example, code, nlp=nlp)}
            if not (fired and found):
                missed.append((code, rule.id, rule.example))
    assert missed == []


# --- positive and negative sentences, per indicator, in at least two languages ------------

POSITIVE = [
    ("youth_language", "en", "Sweet young girl, just turned 18, call me", "young girl"),
    ("youth_language", "fr", "Jeunette coquine, à peine 18 ans", "Jeunette"),
    ("youth_language", "de", "Süßes Teeny, gerade 18, wartet auf dich", "gerade 18"),
    ("youth_emoji", "en", "New girl 🍒 sweet and shy", "girl 🍒"),
    ("youth_emoji", "fr", "Jeune 💗 douce et câline", "Jeune 💗"),
    ("trustworthy_language", "en", "100% real pics, no fakes", "100% real pics"),
    ("trustworthy_language", "es", "Fotos reales, sin engaños", "Fotos reales"),
    ("third_person_language", "en", "She will please you, ask for her", "She will please you"),
    ("third_person_language", "fr", "Elle vous attend dans un cadre discret", "Elle vous attend"),
    ("third_party_contact", "en", "Call my manager to book", "Call my manager"),
    (
        "third_party_contact",
        "de",
        "Termine nur über meinen Manager",
        "Termine nur über meinen Manager",
    ),
    ("many_providers", "en", "New girls every week, choose from 5 girls", "New girls every week"),
    ("many_providers", "it", "Nuove ragazze ogni settimana", "Nuove ragazze ogni settimana"),
    ("agency_language", "en", "Elite escort agency, discreet and classy", "escort agency"),
    ("agency_language", "pl", "Agencja towarzyska zaprasza", "Agencja towarzyska"),
    ("new_in_town", "en", "Hi, I'm new in town for a few days", "new in town"),
    ("new_in_town", "es", "Nueva en la ciudad, recién llegada", "Nueva en la ciudad"),
    ("leaving_soon", "en", "Last days in town, don't miss me", "Last days in town"),
    ("leaving_soon", "nl", "Op doorreis, bel snel", "Op doorreis"),
    ("always_available", "en", "Available 24/7 for you", "24/7"),
    ("always_available", "de", "Rund um die Uhr für dich da", "Rund um die Uhr"),
    ("unprotected_services", "en", "Bareback available tonight", "Bareback"),
    ("unprotected_services", "fr", "Fellation nature et sans capote", "sans capote"),
    ("no_limits", "en", "No limits, anything goes", "No limits"),
    ("no_limits", "de", "Tabulos und versaut", "Tabulos"),
    ("incall_only", "en", "Incall only, discreet apartment", "Incall only"),
    ("incall_only", "it", "Non faccio uscite, ricevo in centro", "Non faccio uscite"),
    ("money_code_words", "en", "150 roses per hour, no rush", "150 roses per hour"),
    ("money_code_words", "fr", "Petit cadeau obligatoire", "Petit cadeau obligatoire"),
    ("cheap_specials", "en", "QV specials all day", "QV specials"),
    ("cheap_specials", "es", "Chicas baratas en el centro", "Chicas baratas"),
    ("money_emoji", "en", "Sweet girl 🌹150 incall", "🌹150"),
    ("money_emoji", "de", "Neu hier 150🌹 die Stunde", "150🌹"),
    ("limited_language", "en", "Sweet girl, no English, text only", "no English"),
    ("limited_language", "fr", "Je ne parle pas français", "ne parle pas français"),
    ("ethnicity_marketing", "en", "Hot Asian girl waiting", "Asian girl"),
    ("ethnicity_marketing", "fr", "Belle black coquine", "Belle black"),
    ("travel_paid", "en", "We pay your ticket and visa", "We pay your ticket"),
    ("travel_paid", "es", "Billete pagado y alojamiento", "Billete pagado"),
    ("high_pay_no_experience", "en", "Easy money, no experience needed, high pay", "Easy money"),
    ("high_pay_no_experience", "pl", "Łatwe pieniądze dla każdej", "Łatwe pieniądze"),
    ("documents_held", "en", "We keep your passport during the contract", "We keep your passport"),
    ("documents_held", "de", "Der Pass wird einbehalten", "Pass wird einbehalten"),
    ("upfront_fee", "en", "Small placement fee required", "placement fee"),
    ("upfront_fee", "pl", "Opłata rekrutacyjna 500 zł", "Opłata rekrutacyjna"),
    (
        "debt_bondage",
        "en",
        "Travel costs deducted from your first salary",
        "deducted from your first salary",
    ),
    ("debt_bondage", "de", "Die Kosten werden vom Lohn abgezogen", "vom Lohn abgezogen"),
    ("young_women_only", "en", "Hostess job, girls aged 18-25 only", "girls aged 18-25"),
    (
        "young_women_only",
        "es",
        "Se buscan chicas jóvenes para trabajar",
        "Se buscan chicas jóvenes",
    ),
    ("photos_requested", "en", "Send a full body photo with your application", "full body photo"),
    ("photos_requested", "de", "Bitte Ganzkörperfoto mitschicken", "Ganzkörperfoto"),
    ("vague_employer", "en", "Work abroad for a reputable company", "Work abroad"),
    ("vague_employer", "ro", "Muncă în străinătate, cazare inclusă", "Muncă în străinătate"),
    ("urgency", "en", "Departure next week, apply now", "Departure next week"),
    ("urgency", "fr", "Départ immédiat pour l'Espagne", "Départ immédiat"),
]

NEGATIVE = [
    ("youth_language", "en", "Young professional couple seeks double room"),
    ("youth_language", "de", "Junge Katzen abzugeben, gerade 12 Wochen alt"),
    ("youth_emoji", "en", "Fresh cherries 🍒 from the farm"),
    ("youth_emoji", "pl", "Świeże czereśnie 🍒 z sadu"),
    ("trustworthy_language", "en", "Real photos of the car attached"),
    ("trustworthy_language", "es", "Fotos reales del piso"),
    ("third_person_language", "en", "She is a sweet kitten, ask for her vaccination card"),
    ("third_person_language", "fr", "Elle est partie en vacances"),
    ("third_party_contact", "en", "Independent, no third party"),
    ("third_party_contact", "de", "Kein Zuhälter, ich arbeite allein"),
    ("many_providers", "en", "Two girls' bikes for sale"),
    ("many_providers", "it", "Bici per ragazze, usata poco"),
    ("agency_language", "en", "Double room, no agency, letting agency fees paid"),
    ("agency_language", "pl", "Agencja pracy tymczasowej zatrudni"),
    ("new_in_town", "en", "New in town? Join our hiking club"),
    ("new_in_town", "es", "No soy nueva en la ciudad"),
    ("leaving_soon", "en", "Leaving soon so everything must go"),
    ("leaving_soon", "nl", "Laatste dagen uitverkoop"),
    ("always_available", "en", "24/7 customer support"),
    ("always_available", "de", "Schlüsseldienst rund um die Uhr"),
    ("unprotected_services", "en", "Never without condom, always safe"),
    ("unprotected_services", "fr", "Toujours protégé, jamais sans préservatif"),
    ("no_limits", "en", "Unlimited data, no limit on calls"),
    ("no_limits", "de", "Ärzte ohne Grenzen sucht Spender"),
    ("incall_only", "en", "Incall and outcall available"),
    ("incall_only", "it", "Ricevo solo su appuntamento"),
    ("money_code_words", "en", "A dozen red roses, 12 roses per bouquet"),
    ("money_code_words", "fr", "Cadeau de Noël pour enfant"),
    ("cheap_specials", "en", "Car deals and lunch specials"),
    ("cheap_specials", "es", "Piso barato en el centro"),
    ("money_emoji", "en", "🌹 24 roses bouquet €40"),
    ("money_emoji", "de", "🌹 Rosen 25 € pro Strauß"),
    ("limited_language", "en", "Warehouse job, no English required"),
    ("limited_language", "fr", "Français courant exigé"),
    ("ethnicity_marketing", "en", "Russian blue kitten, Thai massage by a licensed therapist"),
    ("ethnicity_marketing", "fr", "Cuisine asiatique à emporter"),
    ("travel_paid", "en", "Visa sponsorship available for experienced engineers"),
    ("travel_paid", "es", "Billete de tren no incluido"),
    ("high_pay_no_experience", "en", "No experience needed, full training provided"),
    ("high_pay_no_experience", "pl", "Praca bez doświadczenia, umowa o pracę"),
    ("documents_held", "en", "We do not keep your passport"),
    ("documents_held", "de", "Bitte Ausweis mitbringen"),
    ("upfront_fee", "en", "No placement fee, ever"),
    ("upfront_fee", "pl", "Bez opłat rekrutacyjnych"),
    ("debt_bondage", "en", "Tax deducted from your salary as usual"),
    ("debt_bondage", "de", "Lohn wird pünktlich gezahlt"),
    ("young_women_only", "en", "Cleaners wanted, men and women, all ages"),
    ("young_women_only", "es", "Se buscan camareros con experiencia"),
    ("photos_requested", "en", "Send your CV and a passport photo"),
    ("photos_requested", "de", "Bewerbung mit Lichtbild"),
    ("vague_employer", "en", "Office job in Manchester city centre"),
    ("vague_employer", "ro", "Muncă în Cluj, firmă locală"),
    ("urgency", "en", "Annual leave next week"),
    ("urgency", "fr", "Départ à la retraite de notre collègue"),
]


@pytest.mark.parametrize(("indicator", "lang", "text", "span"), POSITIVE)
def test_find_evidence_positive(nlp, indicator, lang, text, span):
    start = text.index(span)
    found = spans(find_evidence(text, lang, nlp=nlp), indicator)
    assert (start, start + len(span), span) in found


@pytest.mark.parametrize(("indicator", "lang", "text"), NEGATIVE)
def test_find_evidence_negative(nlp, indicator, lang, text):
    assert spans(find_evidence(text, lang, nlp=nlp), indicator) == []


@pytest.mark.parametrize("table", [POSITIVE, NEGATIVE], ids=["positive", "negative"])
def test_every_indicator_has_sentences_in_two_languages(table):
    langs: dict[str, set[str]] = {}
    for indicator, lang, *_ in table:
        langs.setdefault(indicator, set()).add(lang)
    assert {i for i, found in langs.items() if len(found) >= 2} == set(CATALOGUE.matched())


# --- negation and decoys --------------------------------------------------------------------

NO_EVIDENCE = [
    ("en", "Independent lady, no third party involved."),
    ("en", "I'm not new here, regular clients welcome."),
    ("en", "Two bed flat, no agency, no fees."),
    ("en", "Fresh eggs and fresh bread every morning at the farm shop."),
    ("en", "Young puppies for sale, vaccinated and microchipped."),
    ("en", "Double room for a young professional couple, bills included."),
    ("en", "New in town? Join our hiking club every Sunday!"),
    ("en", "24/7 customer support for all our broadband customers."),
    ("en", "Software engineer, hybrid. Visa sponsorship available."),
    ("fr", "Pas d'agence, pas de frais. Appartement lumineux."),
    ("de", "24/7-Betrieb, flexible Schichten."),
    ("de", "Ich bin nicht neu in der Stadt, Stammkunden willkommen."),
    ("es", "No soy nueva en la ciudad, sin intermediarios."),
    ("it", "Non sono nuova in città, niente agenzia."),
    ("nl", "Geen bureau, niet nieuw in de stad."),
    ("ro", "Nu sunt nouă în oraș."),
    ("pl", "Nie jestem nowa w mieście."),
]


@pytest.mark.parametrize(("lang", "text"), NO_EVIDENCE)
def test_negated_and_decoy_phrases_give_no_evidence(nlp, lang, text):
    assert find_evidence(text, lang, nlp=nlp) == []
    assert find_evidence(text, None, nlp=nlp) == []


DECOY_ADS = [
    (
        "en",
        "Room to rent",
        "Large double room in a quiet house share. Bills included, no agency "
        "fees. Available now, viewing anytime for viewing by arrangement. Suit young professional.",
    ),
    (
        "en",
        "2014 Ford Fiesta",
        "Full service history, genuine miles, new MOT. Quick sale as "
        "leaving the country soon so must sell. Cash or bank transfer.",
    ),
    (
        "en",
        "Labrador puppies",
        "Beautiful young puppies, one girl and two boys, ready to leave "
        "now. She is a sweet little girl. Ask for her vaccination record.",
    ),
    (
        "en",
        "Warehouse operatives",
        "No experience needed, full training provided. Competitive "
        "pay, paid travel time, 24/7 employee helpline. Apply with your CV.",
    ),
    (
        "en",
        "Licensed massage therapist",
        "Deep tissue, sports and Thai massage in a professional "
        "clinic. Gift vouchers available. Open 7 days, booking online.",
    ),
    (
        "fr",
        "Appartement T2 à louer",
        "Proche gare, lumineux, pas d'agence. Idéal jeune couple. "
        "Visites tous les jours, dépannage 24h/24 inclus dans le bail.",
    ),
    (
        "fr",
        "Chiots à réserver",
        "Jeunes chiots nés le 3 mai, vaccinés, pucés. Oeufs frais et "
        "pain frais au marché le samedi.",
    ),
    (
        "de",
        "WG-Zimmer frei",
        "Helles Zimmer, keine Provision, keine Agentur. Wir sind drei "
        "Studierende. Schlüsseldienst rund um die Uhr im Haus. Auto läuft alles ohne Probleme.",
    ),
    (
        "de",
        "Lagerhelfer (m/w/d)",
        "Keine Erfahrung nötig, Einarbeitung. Bewerbung mit "
        "Lichtbild an die Personalabteilung. Visum-Sponsoring möglich.",
    ),
    (
        "es",
        "Piso compartido",
        "Busco dos chicas para compartir piso, sin agencia. Farmacia "
        "abierta 24 horas al lado. Cachorros jóvenes en adopción.",
    ),
    (
        "it",
        "Affittasi bilocale",
        "No agenzia. Idraulico h24 e pronto intervento. Cercasi "
        "autista con patente, contratto regolare.",
    ),
    (
        "nl",
        "Kamer te huur",
        "Geen bemiddelingskosten. Slotenmaker 24/7 bereikbaar. Jonge "
        "puppy's te koop. Alles mag weg!",
    ),
    (
        "ro",
        "Apartament de închiriat",
        "Fără intermediari. Farmacie non-stop în apropiere. Ouă proaspete și pâine proaspătă.",
    ),
    (
        "pl",
        "Mieszkanie do wynajęcia",
        "Bez pośredników. Sklep czynny całą dobę obok. Internet "
        "bez limitów. Młode szczeniaki na sprzedaż.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "body"), DECOY_ADS)
def test_ordinary_classifieds_give_no_evidence(nlp, lang, title, body):
    assert find_evidence(ad_text(title, body), lang, nlp=nlp) == []


# --- find_evidence behaviour ----------------------------------------------------------------


def test_offsets_point_into_joined_text(nlp):
    text = ad_text("Sweet young girl", "New in town, 150 roses per hour")
    found = find_evidence(text, "en", nlp=nlp)
    assert found and all(text[e.start : e.end] == e.text for e in found)
    assert [e.start for e in found] == sorted(e.start for e in found)


def test_evidence_carries_catalogue_category_and_grade(nlp):
    (evidence,) = find_evidence("New in town", "en", nlp=nlp)
    graded = (evidence.indicator, evidence.category, evidence.grade)
    assert graded == ("new_in_town", "movement", "contested")


@pytest.mark.parametrize(
    ("text", "indicator", "longest"),
    [
        (
            "Travel and accommodation paid, free flight",
            "travel_paid",
            "Travel and accommodation paid",
        ),
        ("Sweet and young girl", "youth_language", "Sweet and young"),
    ],
)
def test_overlapping_matches_of_one_indicator_collapse_to_longest(nlp, text, indicator, longest):
    start = text.index(longest)
    found = spans(find_evidence(text, "en", nlp=nlp), indicator)
    overlapping = [t for s, e, t in found if s < start + len(longest) and e > start]
    assert overlapping == [longest]


@pytest.mark.parametrize("lang", [None, "pt", "xx", float("nan")])
def test_unknown_language_runs_every_pattern_file(nlp, lang):
    text = "Nouvelle en ville, neu in der Stadt"
    found = {e.text for e in find_evidence(text, lang, nlp=nlp)}
    assert {"Nouvelle en ville", "neu in der Stadt"} <= found


@pytest.mark.parametrize("lang", ["EN", "en-GB", "en_US"])
def test_language_codes_are_read_loosely(nlp, lang):
    assert find_evidence("Easy money", lang, nlp=nlp) == find_evidence("Easy money", "en", nlp=nlp)


def test_known_language_runs_only_its_patterns(nlp):
    assert find_evidence("Nouvelle en ville", "en", nlp=nlp) == []


def test_negator_beyond_punctuation_does_not_negate(nlp):
    assert spans(find_evidence("No rush. New in town", "en", nlp=nlp), "new_in_town")


def test_find_evidence_on_empty_text(nlp):
    assert find_evidence("", "en", nlp=nlp) == []


# --- the transformer ------------------------------------------------------------------------


def frame(rows):
    return pd.DataFrame(rows, columns=["title", "body", "language"])


ADS = frame(
    [
        ("Sweet young girl", "New in town, 150 roses per hour. Incall only, 24/7.", "en"),
        ("Hostess job abroad", "We pay your ticket, girls aged 18-25. Departure next week.", "en"),
        ("Chambre à louer", "Pas d'agence, idéal jeune couple.", "fr"),
        ("Mixed", "Nouvelle en ville, no limits", None),
    ]
)


@pytest.fixture(scope="module")
def fitted(nlp):
    return IndicatorCounts().fit(ADS)


def test_transformer_clone_round_trips_and_fit_returns_self(nlp):
    estimator = IndicatorCounts(languages=("en", "fr"))
    assert clone(estimator).get_params() == estimator.get_params()
    assert estimator.fit(ADS) is estimator


def test_transformer_columns_match_feature_names(fitted):
    out = fitted.transform(ADS)
    assert list(out.columns) == list(fitted.get_feature_names_out())
    assert list(out.index) == list(ADS.index)
    assert "debt_bondage" in out.columns and "category__recruitment_fees" in out.columns
    assert "obscured_contact" not in out.columns


def test_transformer_counts_equal_evidence(fitted, nlp):
    out = fitted.transform(ADS)
    for row, (title, body, lang) in enumerate(ADS.itertuples(index=False)):
        evidence = find_evidence(ad_text(title, body), lang, nlp=nlp)
        for e in evidence:
            assert out.iloc[row][e.indicator] == sum(x.indicator == e.indicator for x in evidence)
        assert out.iloc[row][list(fitted.indicators_)].sum() == len(evidence)
    assert out.iloc[2].sum() == 0


def test_transformer_categories_sum_their_indicators(fitted):
    out = fitted.transform(ADS)
    for category in fitted.categories_:
        members = [i for i in fitted.indicators_ if CATALOGUE.indicators[i].category == category]
        assert (out[f"category__{category}"] == out[members].sum(axis=1)).all()


def test_transformer_pickle_round_trips(fitted):
    data = pickle.dumps(fitted)
    assert b"Matcher" not in data
    restored = pickle.loads(data)
    assert "nlp_" not in restored.__dict__
    pd.testing.assert_frame_equal(restored.transform(ADS), fitted.transform(ADS))


def test_transformer_one_row_frame(fitted):
    out = fitted.transform(ADS.iloc[[0]])
    assert out.shape == (1, len(fitted.get_feature_names_out()))
    assert out.loc[0, "youth_language"] == 1


def test_transformer_is_deterministic(fitted):
    pd.testing.assert_frame_equal(fitted.transform(ADS), fitted.transform(ADS))


def test_transformer_reads_text_column_when_present(fitted):
    with_text = ADS.assign(text=[ad_text(t, b) for t, b in zip(ADS.title, ADS.body, strict=True)])
    pd.testing.assert_frame_equal(fitted.transform(with_text), fitted.transform(ADS))
    only_text = with_text[["text", "language"]]
    pd.testing.assert_frame_equal(fitted.transform(only_text), fitted.transform(ADS))


def test_transformer_without_language_column_runs_every_language(fitted):
    out = fitted.transform(ADS[["title", "body"]])
    assert out.loc[3, "new_in_town"] == 1


def test_transformer_handles_missing_title(fitted):
    ads = frame([(None, "Easy money", "en"), (np.nan, "Easy money", "en")])
    assert fitted.transform(ads)["high_pay_no_experience"].tolist() == [1, 1]


def test_transformer_set_output_pandas(nlp):
    out = IndicatorCounts().set_output(transform="pandas").fit_transform(ADS)
    assert isinstance(out, pd.DataFrame) and out.dtypes.eq(np.int64).all()


def test_transformer_in_column_transformer_gets_prefix(nlp):
    ct = ColumnTransformer([("indicators", IndicatorCounts(), ["title", "body", "language"])])
    out = ct.set_output(transform="pandas").fit_transform(ADS)
    assert "indicators__debt_bondage" in out.columns


def test_transformer_rejects_frame_without_text():
    with pytest.raises(ValueError, match="'title' and 'body'"):
        IndicatorCounts().fit(pd.DataFrame({"description": ["x"]}))


def test_transformer_records_lexicon_version(fitted):
    assert fitted.lexicon_version_ == CATALOGUE.lexicon_version


def test_transformer_refuses_patterns_of_another_lexicon(tmp_path: Path):
    other = tmp_path / "patterns"
    shutil.copytree(PATTERNS_DIR, other)
    fitted = IndicatorCounts(patterns_dir=str(PATTERNS_DIR), languages=("en",)).fit(ADS)
    raw = yaml.safe_load((other / "indicators.yml").read_text(encoding="utf-8"))
    raw["lexicon_version"] = "0.0.0-other"
    (other / "indicators.yml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    restored = pickle.loads(pickle.dumps(fitted))
    restored.patterns_dir = str(other)
    with pytest.raises(ValueError, match="lexicon"):
        restored.transform(ADS)


@pytest.mark.parametrize("lang", ["en", "de", "ro"])
def test_compiled_matching_equals_spacy_matcher(nlp, lang):
    # Lexicon.match compiles literal patterns into a lookup and gates the rest; it must
    # return exactly what one spaCy Matcher holding every pattern returns.
    from spacy.matcher import Matcher

    matcher = Matcher(nlp.nlps[lang].vocab)
    for rule in [*PATTERNS[lang], *PATTERNS[EVERY_LANGUAGE]]:
        matcher.add(rule.id, [rule.pattern])
    texts = [rule.example for rule in PATTERNS[lang]]
    texts += [text for _, code, text, *_ in [*POSITIVE, *NEGATIVE] if code == lang]
    texts += [ad_text(title, body) for code, title, body in DECOY_ADS if code == lang]
    texts.append(" ".join(texts))
    for text in texts:
        doc = nlp.nlps[lang].make_doc(text)
        assert sorted(set(nlp.match(doc, lang))) == sorted(set(matcher(doc))), text


@pytest.mark.parametrize(("include_protected", "scored"), [(False, False), (True, True)])
def test_transformer_scores_protected_indicators_only_when_asked(nlp, include_protected, scored):
    ads = frame([("Exotic", "Sexy Asian girl, Latina and Russian beauties", "en")])
    evidence = find_evidence(
        ad_text("Exotic", "Sexy Asian girl, Latina and Russian beauties"), "en", nlp=nlp
    )
    assert any(e.indicator == "ethnicity_marketing" for e in evidence)
    counts = IndicatorCounts(include_protected=include_protected).fit(ads)
    assert ("ethnicity_marketing" in counts.get_feature_names_out()) is scored
    assert ("category__ethnicity" in counts.get_feature_names_out()) is scored
