"""German phrase bank for the synthetic corpus (DE and AT ads)."""

DE = {
    "names": (
        "Lena",
        "Mia",
        "Sophie",
        "Laura",
        "Anna",
        "Lea",
        "Julia",
        "Hannah",
        "Lisa",
        "Katharina",
        "Marie",
        "Jana",
        "Vanessa",
        "Nadine",
        "Sabrina",
        "Jenny",
        "Kathi",
        "Steffi",
        "Melanie",
        "Nicole",
    ),
    "nat": (
        "Brasilianerin",
        "Russin",
        "Kolumbianerin",
        "Ukrainerin",
        "Rumänin",
        "Asiatin",
        "Italienerin",
        "Spanierin",
        "Deutsche",
        "Österreicherin",
        "Polin",
        "Thailänderin",
        "Ungarin",
        "Bulgarin",
        "Tschechin",
        "Latina",
    ),
    "days": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "shared_vocabulary": ("jung", "neu", "24/7", "visum", "erfahrung"),
    "service": {
        "title": (
            "{name} {emoji} {age} J. – {city}",
            "{Süße|Hübsche|Zärtliche|Heiße} {name} in {city} {emoji}",
            "{name} – {Genuss pur|deine Auszeit|Verwöhnen mit Stil} {emoji}",
            "{Entspannende|Sinnliche} Massage mit {name}",
            "{name} {age} – {Haus- und Hotelbesuche|privat|Termine heute}",
            "{city}: {name} {heute da|jetzt erreichbar} {emoji}",
            "{Diskrete|Private} {Treffen|Stunden} in {city} {emoji}",
        ),
        "intro": (
            "Hallo {ihr Lieben|Männer|zusammen}, ich bin {name}, {age} Jahre alt{| und freue "
            "mich auf dich}.",
            "Hi, hier ist {name} {emoji} {age}, {natürlich|verspielt|charmant} und "
            "{diskret|immer gut gelaunt}.",
            "Ich heiße {name}, bin {age} und {liebe gute Gespräche|genieße schöne Abende|mag "
            "gepflegte Männer}.",
            "{name} hier, {age}, {zärtlich und aufgeschlossen|elegant und humorvoll}{| – "
            "lerne mich kennen}.",
        ),
        "intro_third": (
            "{name} ist eine {süße|bildhübsche|charmante} {Frau|Lady} mit {age} Jahren{| und "
            "freut sich auf dich}.",
            "Wir stellen vor: {name}, {age}, {zierlich|sportlich|kurvig} und {sehr "
            "lieb|immer gut gelaunt}.",
            "{name} ({age}) {wartet auf deinen Anruf|verwöhnt dich gern}.",
            "Sie heißt {name}, {age} Jahre, {eine echte Schönheit|die perfekte Begleitung}.",
        ),
        "looks": (
            "{Schlank|Zierlich|Kurvig|Sportlich}, {lange dunkle Haare|blonde Mähne|grüne Augen}.",
            "{Natürliche|Echte} {Kurven|Schönheit}, {1,65 m|1,70 m|1,58 m}, {Größe 36|Größe 38}.",
            "{Gepflegt|Stilvoll} und {elegant|sportlich}, {perfekt als Begleitung zum "
            "Dinner|für jeden Anlass}.",
        ),
        "nationality": (
            "{Hübsche|Süße|Temperamentvolle} {nat}{| mit Charme}.",
            "Ich bin {nat}{| und spreche gut Deutsch}.",
            "{Herkunft|Nationalität}: {nat}.",
        ),
        "offer": (
            "Ich biete {GF6|Massage|Dinnerbegleitung|zärtliche Stunden} und {mehr|viel "
            "Zeit für dich}.",
            "{Entspannende|Ganzkörper-|Sinnliche} Massage{| mit warmem Öl} und {echte "
            "Nähe|viel Gefühl}.",
            "{Perfekt|Ideal} für {Geschäftsreisende|Genießer|einen diskreten Abend}.",
            "{Unvergessliche Stunden|Entspannung pur} {garantiert|in diskretem Ambiente}.",
            "{Paare willkommen|Aufgeschlossen|Zärtlich und diskret} {emoji}",
        ),
        "place": (
            "{Haus- und Hotelbesuche|Besuchbar und Hausbesuche} {möglich|nach "
            "Absprache}{| in {city}}.",
            "{Saubere|Private|Diskrete} {Wohnung|Location} {zentral|mit Parkplatz|nahe "
            "Hauptbahnhof}.",
            "Hotelbesuche in {city}{| und Umgebung}.",
        ),
        "availability": (
            "Erreichbar {von 10 bis 22 Uhr|abends|Mo–Sa|heute}.",
            "{Termine|Besuch} bitte {eine Stunde|30 Minuten} vorher {anmelden|absprechen}.",
            "{Nur mit Termin|Termine nach Vereinbarung}{| von Montag bis Freitag}.",
        ),
        "price": (
            ("1h", "{price} die Stunde"),
            ("1h", "1 Std. {price}"),
            ("30min", "30 Min. {price}"),
            ("30min", "Halbe Stunde {price}"),
            ("2h", "2 Std. {price}"),
            ("overnight", "Übernachtung {price}"),
        ),
        "closing": (
            "{Küsschen|Bussi|Liebe Grüße} {emoji}",
            "{Trau dich|Ruf an}{| und lass dich verwöhnen}!",
            "Bis bald{| {emoji}}",
            "{Nur niveauvolle Herren|Nur respektvolle Männer}{|, bitte}.",
            "Keine unterdrückten Nummern{|, keine SMS}.",
        ),
        "new_in_town": (
            "{Neu|Ganz neu} in {city}{| {emoji}}!",
            "{Zum ersten Mal|Nur wenige Tage} in {city}{| – verpass mich nicht}.",
            "Ich bin {diese Woche|gerade} neu in {city} angekommen.",
        ),
        "young_fresh": (
            "{Jung|Jung und frisch|Ganz jung} {emoji}",
            "{Neues|Junges} Girl {diese Woche|ganz frisch dabei}.",
            "{So jung|Jung und süß}, {erst {age}|gerade {age} Jahre}.",
        ),
        "always_available": (
            "24/7 {erreichbar|für dich da}.",
            "{Tag und Nacht|Rund um die Uhr}{| – ruf jederzeit an}.",
            "{Geöffnet|Da} 24 Stunden, {7 Tage|jeden Tag}.",
        ),
        "third_party": (
            "Frag nach {name}{| am Telefon}.",
            "{Buchung|Termine} über {meinen Manager|den Empfang|meinen Fahrer}.",
            "{Termine|Reservierung} nur über {die Rezeption|unser Büro}.",
            "Sie wartet auf dich, {ruf uns an|einfach bei uns melden}.",
        ),
        "multiple_women": (
            "{Jede Woche neue Girls|Wöchentlich neue Damen}{| – schau vorbei}.",
            "{Viele|Mehrere} {Girls|hübsche Damen} {zur Auswahl|anwesend}{| heute}.",
            "{name} und {name2} {zusammen buchbar|warten auf dich}.",
        ),
        "incall_only": (
            "Nur privat{|, keine Hausbesuche}.",
            "{Leider|Sorry}, {keine Hausbesuche|ich kann nicht raus}.",
            "{Nur|Ausschließlich} {bei mir|in meiner Wohnung}{| – ich kann nicht fahren}.",
        ),
        "limited_language": (
            "{Wenig|Nur wenig|Kaum} Deutsch{|, bitte SMS}.",
            "{Kein Deutsch|Deutsch nicht gut}, {nur SMS|bitte schreiben}.",
            "Sie spricht {nur|leider nur} {wenig|ein paar Worte} Deutsch.",
        ),
        "just_arrived": (
            "{Gerade|Erst} {aus dem Ausland angekommen|diese Woche angekommen}.",
            "{Zum ersten Mal|Erste Woche} {in Deutschland|in Europa|in diesem Land}{| {emoji}}.",
        ),
        "cash_only": (
            "{Nur Barzahlung|Nur bar}{|, keine Karte}.",
            "{Festpreise|Keine Verhandlung|Preise nicht verhandelbar}{|, danke}.",
            "{Bezahlung|Taschengeld} {im Voraus|vorab}{|, bar}.",
        ),
        "independent": (
            "{100% |Komplett |}selbstständig{|, keine Agentur|, kein Zuhälter}.",
            "{Ich arbeite für mich selbst|Ich bin meine eigene Chefin}{|, keine Agentur, kein "
            "Fahrer}.",
            "{Privatdame|Selbstständige Lady}{| – keine Agentur}.",
        ),
        "screening": (
            "{Verifizierung|Kurze Vorstellung} {erforderlich|erwünscht}{| bei neuen Gästen}.",
            "{Bitte|Gern} {stell dich kurz vor|nenn deinen Namen} per SMS.",
            "{Bitte|Vorher bitte} meine Anzeige {lesen|ganz lesen}.",
        ),
        "own_terms": (
            "{Ich suche mir meine Gäste aus|Ich entscheide, wen ich treffe}{| und wann}.",
            "{Meine eigene Wohnung|Private Wohnung}{| – nur ich arbeite hier}.",
            "{Ich arbeite, wann ich will|Preise und Zeiten bestimme ich selbst}.",
        ),
        "tour": (
            "{Auf Tour|Zu Besuch} in {city} {bis {day}|nur diese Woche|für ein paar Tage}.",
            "{Nur kurz|Diese Woche} in {city}{| – schnell Termin sichern}.",
        ),
        "real_photos": (
            "{100% echte|Echte|Aktuelle} {Fotos|Bilder}{| – keine Fakes}.",
            "{Meine|Alle} Bilder sind {echt|aktuell}{| und ungeschminkt}.",
        ),
    },
    "recruitment": {
        "title": (
            "{job} {dest} gesucht{| {emoji}}",
            "Jobangebot: {job} {dest}",
            "{job} {dest} – {Top-Verdienst|sehr gute Bezahlung|faire Bedingungen}",
            "Arbeit {dest} für {job}",
        ),
        "intro": (
            "{company} sucht {job} {dest}.",
            "Wir sind eine {internationale|etablierte} {Agentur|Firma} und suchen {job}{| {dest}}.",
            "Gesucht werden {job} für {eine Saisonstelle|einen Job} {dest}.",
            "{Offene Stellen|Neue Stellen} für {job} {dest}.",
        ),
        "job": (
            "{Arbeit|Einsatz} in {einer Bar|einem Hotel|einem Club|einem Restaurant} mit "
            "{viel Betrieb|gehobenem Publikum|familiärer Atmosphäre}.",
            "{Schichten|Arbeitszeit} {von 8 Stunden|abends bis spät|5 Tage die Woche}.",
            "{Aufgaben|Tätigkeit}: {Gästebetreuung|Service|Reinigung und Küche|Ernte und "
            "Verpackung}.",
        ),
        "pay": (
            ("month", "Gehalt {price} im Monat{| netto}."),
            ("month", "Verdienst ab {price} monatlich."),
            ("week", "{price} pro Woche{| plus Trinkgeld}."),
            ("day", "{price} pro Tag."),
        ),
        "conditions": (
            "{Start|Beginn} {nächsten Monat|in zwei Wochen|im Frühjahr}.",
            "{Vertrag für|Saison von} {3|6|12} Monaten{|, Verlängerung möglich}.",
            "{Nettes|Junges|Internationales} Team{| und gutes Klima}.",
        ),
        "apply": (
            "{Jetzt bewerben|Schreib uns noch heute|Bewirb dich noch heute}.",
            "{Interesse? Melde dich|Bei Interesse einfach melden} für mehr Infos.",
        ),
        "closing": (
            "{Wir freuen uns auf deine Bewerbung|Wir freuen uns auf dich}.",
            "{Viel Erfolg|Danke}!",
        ),
        "travel_paid": (
            "{Reise|Flug|Anreise} {wird bezahlt|übernehmen wir}{| – du zahlst nichts}.",
            "Wir {bezahlen|übernehmen} deine {Reise|Flugtickets|Fahrt}.",
        ),
        "visa_arranged": (
            "{Visum|Arbeitsvisum|Arbeitserlaubnis} {organisieren wir|wird von uns "
            "erledigt}{|, kein Problem}.",
            "Wir kümmern uns um {alle Papiere|dein Visum|die Formalitäten}.",
        ),
        "no_experience": (
            "{Keine Erfahrung nötig|Erfahrung nicht erforderlich}{|, wir lernen dich an}.",
            "{Quereinsteiger willkommen|Ohne Erfahrung? Kein Problem}!",
        ),
        "housing_provided": (
            "{Unterkunft|Wohnung|Kostenlose Unterkunft} {wird gestellt|inklusive}{| nahe der "
            "Arbeit}.",
            "Du wohnst {mit den anderen Mädchen|in einer WG|direkt vor Ort}{| kostenlos}.",
        ),
        "documents_held": (
            "{Deine Papiere|Deine Dokumente|Pass und Ausweis} {werden sicher aufbewahrt|bleiben "
            "beim Arbeitgeber} {während des Vertrags|zu deiner Sicherheit}.",
            "{Wir behalten|Der Arbeitgeber behält} {die Pässe|die Dokumente} {zur "
            "Sicherheit|bis Vertragsende}.",
        ),
        "debt_deducted": (
            "{Reisekosten|Visumkosten|Mietkosten} {werden vom Lohn abgezogen|werden mit den "
            "ersten Löhnen verrechnet}.",
            "{Kleine Gebühr|Kaution} für {die Papiere|die Anmeldung}, {später|vom Verdienst} "
            "zurück.",
        ),
        "young_women_only": (
            "{Nur|Für} junge Frauen {{age_min}-{age_max}|zwischen {age_min} und {age_max}}.",
            "{Mädchen|Damen} {age_min}-{age_max} Jahre{|, schlank}.",
        ),
        "send_photos": (
            "{Schick|Bitte schick} {2-3 Fotos|aktuelle Fotos|Ganzkörperfotos}{| mit deiner "
            "Nachricht}.",
            "{Foto|Ein Bild} {erforderlich|ist Pflicht} für die Bewerbung.",
        ),
        "vague_employer": (
            "{Details|Mehr Infos} {privat|am Telefon|per WhatsApp}.",
            "{Firmenname|Arbeitgeber} {beim Gespräch|wird später genannt}.",
        ),
        "urgent": (
            "{Dringend|Sehr dringend}!{| Sofortiger Start.}",
            "{Start|Abreise} {sofort|diese Woche|in wenigen Tagen}.",
        ),
        "high_pay": (
            "{Verdiene|Verdienst} bis zu {salary_max} im Monat{| ganz leicht}!",
            "{Sehr hoher|Top} Verdienst{| – viel mehr als hier}.",
        ),
        "no_language_needed": (
            "{Keine Sprachkenntnisse|Kein Englisch} {nötig|erforderlich}.",
            "Du musst {kein Englisch|die Sprache nicht} sprechen.",
        ),
        "messaging_only": (
            "Kontakt nur {über WhatsApp|über Telegram|per Nachricht}{|, keine Anrufe}.",
        ),
        "named_employer": (
            "{company}, {HRB|Firmenbuch} {n}.",
            "{Mehr Infos auf unserer Website|Besuch unser Büro in {city}}.",
        ),
        "contract": (
            "{Schriftlicher|Fester} Arbeitsvertrag{|, sozialversichert} {mit "
            "Lohnabrechnung|inklusive}.",
            "{Legale|Offizielle} {Anstellung|Beschäftigung} {mit Versicherung|nach Tarif}.",
        ),
        "no_fees": (
            "{Keine Gebühren|Wir verlangen keine Gebühren} {für Bewerber|für Kandidaten}.",
            "{Unser Service|Die Vermittlung} ist {kostenlos|für dich kostenfrei}.",
        ),
        "licensed_agency": (
            "{Zugelassene|Registrierte} {Personalvermittlung|Arbeitsvermittlung}{|, Lizenz {n}}.",
        ),
    },
    "jobs": (
        ("lure", "Hostessen"),
        ("lure", "Kellnerinnen"),
        ("lure", "Tänzerinnen"),
        ("lure", "Models"),
        ("lure", "Masseurinnen"),
        ("lure", "Barfrauen"),
        ("lure", "Au-pairs"),
        ("labour", "Erntehelfer"),
        ("labour", "Pflegekräfte"),
        ("labour", "Reinigungskräfte"),
        ("labour", "Zimmermädchen"),
        ("labour", "Lagerarbeiter"),
        ("labour", "Küchenhilfen"),
    ),
    "dest": (
        "in der Schweiz",
        "in Dubai",
        "im Ausland",
        "in Spanien",
        "in Norwegen",
        "in London",
        "in den Niederlanden",
        "auf Zypern",
        "in Kanada",
        "in Luxemburg",
    ),
    "company": (
        "{Euro|Global|Star|Top} {Personal|Jobs|Talent|Service} {International|Agentur|Team}",
        "{Müller|Schneider|Fischer|Weber} {Gastro|Logistik|Hotel} {GmbH|& Co. KG}",
    ),
    "decoy": {
        "room": {
            "title": (
                "WG-Zimmer in {city} frei",
                "{Möbliertes|Helles} Zimmer {zentral|nahe Uni}",
                "Zimmer zur Zwischenmiete – {city}",
            ),
            "body": (
                (
                    "{Helles|Großes|Gemütliches} Zimmer in {ruhiger|netter} {WG|Altbauwohnung}.",
                    "{Möbliertes|Unmöbliertes} Zimmer, {14|16|18} m², mit {Schreibtisch|Balkon}.",
                ),
                (
                    "{Warmmiete|Nebenkosten inklusive|Zzgl. Nebenkosten}{|, schnelles WLAN}.",
                    "{Küche und Bad zur Mitbenutzung|Eigenes Bad}{|, Waschmaschine}.",
                ),
                ("Frei ab {nächstem Monat|sofort|dem 1.}.", "Mindestmietdauer {6|12} Monate."),
                (
                    "{Nichtraucher|Nur Nichtraucher}{|, keine Haustiere}{| bitte}.",
                    "{Kaution|Zwei Monatsmieten Kaution} erforderlich.",
                ),
            ),
            "shared": (
                "{Ideal|Perfekt} für {junge Berufstätige|junge Studentin|ein junges Paar}.",
                "{Frisch|Neu} {gestrichen|renoviert}{| letzten Monat}.",
                "{Neu in {city}?|Neu in der Stadt?} {Dann ist das der perfekte Start|Herzlich "
                "willkommen in unserer WG}.",
                "24/7 {Zugang|Sicherheitsdienst} im Haus.",
                "{Studenten|Mieter} mit {Studenten|Arbeits}visum willkommen.",
            ),
            "price": (
                ("month", "{price} warm"),
                ("month", "Miete {price} im Monat"),
                ("month", "{price}/Monat"),
            ),
        },
        "car": {
            "title": (
                "{car} Bj. {year} zu verkaufen",
                "{car} – {year}, {km} km",
                "Verkaufe {car}{| {year}}",
            ),
            "body": (
                (
                    "{Scheckheftgepflegt|Aus erster Hand}, {Nichtraucherfahrzeug|unfallfrei}.",
                    "{Sehr guter|Top|Guter} Zustand.",
                ),
                ("{km} km, {Benzin|Diesel|Hybrid}, {Schaltgetriebe|Automatik}.",),
                ("{Neue Reifen|Neue Bremsen|Neue Batterie}.", "TÜV {neu|bis nächstes Jahr}."),
                (
                    "{Barzahlung oder Überweisung|Nur Überweisung}.",
                    "{Probefahrt|Besichtigung} {möglich|nach Absprache}.",
                    "Keine Zeitverschwender{| bitte}.",
                ),
            ),
            "shared": (
                "{Frischer|Gerade frischer} Ölwechsel{| und Inspektion}.",
                "Ideal für {junge Fahrer|Fahranfänger und junge Leute}.",
                "{Visa|Kartenzahlung} und bar möglich.",
                "24/7 Pannenhilfe inklusive{| bis Juni}.",
            ),
            "price": (("once", "{price}"), ("once", "{price} VB"), ("once", "Preis: {price}")),
        },
        "pet": {
            "title": (
                "{Kitten|Welpen} suchen ein {liebevolles Zuhause|neues Zuhause}",
                "{Süße|Liebe} {Kitten|Welpen} in {city}",
            ),
            "body": (
                (
                    "{Geimpft|Gechippt und geimpft|Tierärztlich untersucht} und entwurmt.",
                    "Elterntiere können besichtigt werden.",
                ),
                ("{Sehr|Super} {verspielt|verschmust} und {kinderlieb|stubenrein}.",),
                ("{Abgabebereit|Können ausziehen} {ab sofort|in zwei Wochen}.",),
            ),
            "shared": (
                "{Jung|Jung und gesund} und {sehr lieb|voller Energie}.",
                "{Neue|Ganz neue} Decke {gibt es dazu|inklusive}.",
                "Besichtigung 24/7 nach Nachricht.",
            ),
            "price": (("once", "{price} pro Tier"), ("once", "Schutzgebühr {price}")),
        },
        "job": {
            "title": (
                "{Lagerhelfer|Küchenhilfe|Fahrer} (m/w/d) in {city}",
                "{Softwareentwickler|Pflegefachkraft|Verkäufer} (m/w/d) – {city}",
                "{Minijob|Vollzeit}: {Barista|Empfang|Reinigung} gesucht",
            ),
            "body": (
                ("{company} sucht Verstärkung für {den Standort|die Filiale} {city}.",),
                (
                    "{Vollzeit|Teilzeit}, {unbefristeter|befristeter} Vertrag{| mit "
                    "Betriebsrente}.",
                    "{30 Tage Urlaub|Bezahlter Urlaub} und {Weiterbildung|Mitarbeiterrabatt}.",
                ),
                (
                    "{Bewirb dich online|Schick uns deinen Lebenslauf}.",
                    "{Vorstellungsgespräche|Kennenlerntage} {nächste Woche|diesen Monat}.",
                ),
            ),
            "shared": (
                "Keine Erfahrung nötig{| – wir arbeiten dich ein}.",
                "{Visum-Unterstützung|Hilfe beim Visum} für {qualifizierte Fachkräfte|Ingenieure}.",
                "{Junges, dynamisches|Junges, nettes} Team.",
                "24/7-Betrieb, {Tag- und Nachtschichten|flexible Schichten}.",
            ),
            "price": (("hour", "{price} pro Stunde"), ("month", "{price} brutto im Monat")),
        },
        "massage": {
            "title": (
                "{Sport|Thai|Klassische|Hot-Stone}-Massage in {city}",
                "{Staatlich geprüfte|Zertifizierte} Masseurin – {city}",
                "{Physiotherapie|Massagepraxis} {am Markt|im Zentrum}",
            ),
            "body": (
                (
                    "{Staatlich geprüfte|Ausgebildete} Masseurin mit {10|8|5} Jahren Erfahrung.",
                    "Mitglied im {Berufsverband|Fachverband} für Massage.",
                ),
                (
                    "{Sportmassage|Klassische Massage|Hot-Stone-Massage} gegen "
                    "{Rückenschmerzen|Stress|Verspannungen}.",
                ),
                ("{Ruhige|Helle} Praxis {mit Parkplatz|im Zentrum}.", "Gutscheine erhältlich."),
                (
                    "Ausschließlich therapeutische Massagen, keine erotischen Leistungen.",
                    "Termine {online oder telefonisch|telefonisch}.",
                ),
            ),
            "shared": (
                "{Neu|Neu eröffnet} in {city}{| – schau vorbei}.",
                "{Frische|Saubere} Handtücher für jeden Gast.",
                "{Visa|EC-Karte} und bar.",
                "Online-Buchung 24/7.",
            ),
            "price": (
                ("1h", "{price} für 60 Minuten"),
                ("30min", "30 Min. {price}"),
                ("1h", "1 Std. {price}"),
            ),
        },
    },
    "contact": {
        "phone": (
            "Tel.: {contact}",
            "📞 {contact}",
            "{SMS|Anruf oder SMS} an {contact}",
            "Handy: {contact}",
        ),
        "phone_personal": ("Ruf mich an: {contact}", "Termine unter {contact}"),
        "whatsapp": ("WhatsApp {contact}", "WhatsApp/Telegram: {contact}"),
        "whatsapp_personal": ("Schreib mir auf WhatsApp: {contact}",),
        "email": ("E-Mail: {contact}", "Kontakt: {contact}"),
        "email_personal": ("Schreib mir an {contact}",),
        "handle": ("{contact}", "Folgt uns {contact}"),
        "handle_personal": ("Adde mich {contact}", "Folge mir {contact}"),
        "none": (
            "Kontakt über das Nachrichtenfeld der Seite.",
            "Nur über die Nachrichtenfunktion{| der Seite}.",
        ),
    },
}
