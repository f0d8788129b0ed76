"""Dutch phrase bank for the synthetic corpus (NL and BE ads)."""

NL = {
    "names": (
        "Sanne",
        "Lotte",
        "Emma",
        "Fleur",
        "Anouk",
        "Lieke",
        "Femke",
        "Eva",
        "Iris",
        "Noa",
        "Julia",
        "Lisa",
        "Demi",
        "Kim",
        "Romy",
        "Naomi",
        "Esmee",
        "Britt",
        "Joyce",
        "Shirley",
    ),
    "nat": (
        "Braziliaanse",
        "Russische",
        "Colombiaanse",
        "Oekraïense",
        "Roemeense",
        "Aziatische",
        "Italiaanse",
        "Spaanse",
        "Nederlandse",
        "Belgische",
        "Poolse",
        "Thaise",
        "Dominicaanse",
        "Surinaamse",
        "Hongaarse",
        "Latina",
    ),
    "days": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "shared_vocabulary": ("jong", "nieuw", "24/7", "visum", "ervaring"),
    "service": {
        "title": (
            "{name} {emoji} {age} jaar – {city}",
            "{Lieve|Mooie|Sexy|Verleidelijke} {name} in {city} {emoji}",
            "{name}, {jouw moment van ontspanning|pure verwennerij|heerlijk genieten} {emoji}",
            "{Ontspannende|Sensuele} massage door {name}",
            "{name} {age} – {privé ontvangst|escort|ontvangst en escort}",
            "{city}: {name} {vandaag beschikbaar|nu bereikbaar} {emoji}",
            "Jouw {discrete|perfecte} date in {city} {emoji}",
        ),
        "intro": (
            "Hoi {heren|lieverds|allemaal}, ik ben {name}, {age} jaar{| en ik leer je graag "
            "kennen}.",
            "Hallo, ik ben {name} {emoji} {age}, {spontaan|speels|stijlvol} en {heel "
            "discreet|altijd vrolijk}.",
            "Mijn naam is {name}, {age} jaar, {lief|verzorgd|ondeugend} en {met veel "
            "klasse|altijd in voor een praatje}.",
            "Ik ben {name}, een {meid|vrouw} die {houdt van|geniet van} {lekker uit "
            "eten|goede gesprekken|rustige avonden}.",
        ),
        "intro_third": (
            "{name} is een {lieve|mooie|charmante} {meid|dame} van {age} jaar{| die op je wacht}.",
            "Maak kennis met {name}: {age}, {slank|tenger|rondborstig} en {heel "
            "vriendelijk|altijd vrolijk}.",
            "{name} ({age}) {wacht op je telefoontje|maakt je dag goed}.",
            "Dit is {name}, {age} jaar, {een echte schoonheid|het perfecte gezelschap}.",
        ),
        "looks": (
            "{Slank|Tenger|Rondborstig|Sportief}, {lang donker haar|blond haar|groene ogen}.",
            "{Natuurlijke|Echte} {schoonheid|rondingen}, {1,65|1,70|1,58} m lang.",
            "{Stijlvol|Verzorgd} en {elegant|sportief}, {perfect voor een etentje|voor elke "
            "gelegenheid}.",
        ),
        "nationality": (
            "{Mooie|Lieve|Knappe} {nat} {meid|dame}.",
            "Ik ben een {nat} {vrouw|meid}{| met een warm hart}.",
            "{Afkomst|Nationaliteit}: {nat}.",
        ),
        "offer": (
            "Ik bied {GFE|ontspannende massage|gezelschap bij het diner} en {nog veel "
            "meer|een heerlijke tijd}.",
            "{Ontspannende|Volledige|Sensuele} massage{| met warme olie} en {echte|oprechte} "
            "aandacht.",
            "{Perfect|Ideaal} voor {zakenmannen|heren die willen ontspannen|een discrete avond}.",
            "{Onvergetelijke momenten|Heerlijke ontspanning} {gegarandeerd|in een discrete "
            "omgeving}.",
            "{Stellen welkom|Open minded|Lief en discreet} {emoji}",
        ),
        "place": (
            "{Privé ontvangst en escort|Ontvangst en bezoek} {mogelijk|op afspraak}{| in {city}}.",
            "{Schone|Privé|Discrete} {woning|locatie} {centraal|met parkeerplaats|bij het "
            "station}.",
            "Escort naar {hotels|je huis|hotel of huis} in {city}{| en omgeving}.",
        ),
        "availability": (
            "Beschikbaar {van 10 tot 22 uur|'s avonds|ma t/m za|vandaag}.",
            "{Bel|App} me {een uur|half uur} van tevoren{|, dank je}.",
            "{Alleen op afspraak|Op afspraak}{| van maandag tot vrijdag}.",
        ),
        "price": (
            ("1h", "{price} per uur"),
            ("1h", "1 uur {price}"),
            ("30min", "Half uur {price}"),
            ("30min", "30 min {price}"),
            ("2h", "2 uur {price}"),
            ("overnight", "Hele nacht {price}"),
        ),
        "closing": (
            "{Kusjes|Liefs} {emoji}",
            "{Twijfel niet|Durf het aan}, {bel me|stuur een appje}{| nu}!",
            "Tot snel{| {emoji}}",
            "{Alleen nette heren|Alleen respectvolle mannen}{|, graag}.",
            "Geen anonieme nummers{|, geen sms}.",
        ),
        "new_in_town": (
            "{Nieuw|Helemaal nieuw} in {city}{| {emoji}}!",
            "{Voor het eerst|Maar een paar dagen} in {city}{|, mis me niet}.",
            "{Net aangekomen|Pas aangekomen} in {city}{| deze week}.",
        ),
        "young_fresh": (
            "{Jong|Jong en fris|Heel jong} {emoji}",
            "{Nieuw meisje|Jonge nieuwe meid} {deze week|net begonnen}.",
            "{Zo jong|Jong en lief}, {pas {age}|net {age} jaar}.",
        ),
        "always_available": (
            "24/7 beschikbaar{| voor jou}.",
            "{Dag en nacht|Op elk moment}{|, bel wanneer je wilt}.",
            "{Open|Bereikbaar} 24 uur, {7 dagen per week|elke dag}.",
        ),
        "third_party": (
            "Vraag naar {name}{| als je belt}.",
            "{Bel|Neem contact op met} {mijn manager|de receptie|mijn chauffeur} om te boeken.",
            "{Afspraken|Boekingen} {alleen via|via} {de receptie|ons kantoor}.",
            "Ze wacht op je, {bel ons|je hoeft ons alleen te bellen}.",
        ),
        "multiple_women": (
            "{Nieuwe meiden|Nieuwe dames} elke week{|, kom langs}.",
            "{Veel|Meerdere} {meiden|mooie dames} {om uit te kiezen|aanwezig}{| vandaag}.",
            "{name} en {name2} {samen te boeken|wachten op je}.",
        ),
        "incall_only": (
            "Alleen privé ontvangst{|, geen escort}.",
            "{Sorry|Helaas}, {ik kom niet naar je toe|ik kan niet weg}.",
            "{Alleen|Uitsluitend} {bij mij|in mijn woning}{|, ik kan niet reizen}.",
        ),
        "limited_language": (
            "{Weinig|Heel weinig} Nederlands{|, liever sms}.",
            "{Geen Nederlands|Nederlands niet goed}, {alleen sms|stuur een bericht}.",
            "Ze spreekt {maar|alleen} {een paar woorden|een beetje} Nederlands.",
        ),
        "just_arrived": (
            "{Net aangekomen|Aangekomen} {uit het buitenland|deze week|sinds kort}.",
            "{Eerste keer|Eerste week} in {Nederland|Europa|dit land}{| {emoji}}.",
        ),
        "cash_only": (
            "{Alleen contant|Betaling alleen contant}{|, geen pin}.",
            "{Vaste prijzen|Niet onderhandelen|Prijzen niet onderhandelbaar}{|, dank je}.",
            "{Betaling|Cadeautje} {vooraf|bij aankomst}{|, contant}.",
        ),
        "independent": (
            "{100% |Volledig |}zelfstandig{|, geen bureau|, geen pooier}.",
            "{Ik werk voor mezelf|Ik ben mijn eigen baas}{|, geen bureau, geen chauffeur}.",
            "{Zelfstandige|Privé} {dame|meid}{|, geen bureau}.",
        ),
        "screening": (
            "{Verificatie|Even voorstellen} {verplicht|gewenst} {voor nieuwe klanten|bij de "
            "eerste afspraak}.",
            "{Graag|Stuur} {even je naam|een kort berichtje} voordat je belt.",
            "{Lees|Lees eerst} mijn advertentie voordat je belt.",
        ),
        "own_terms": (
            "{Ik kies mijn klanten|Ik bepaal wie ik zie}{| en wanneer}.",
            "{Mijn eigen woning|Privé appartement}{|, alleen ik werk hier}.",
            "{Ik werk wanneer ik wil|Ik bepaal zelf mijn prijzen en tijden}.",
        ),
        "tour": (
            "Op bezoek in {city} {tot {day}|alleen deze week|een paar dagen}.",
            "{Op tour|Even} in {city} {tot {day}|deze week}{|, boek snel}.",
        ),
        "real_photos": (
            "{100% echte|Echte|Recente} {foto's|plaatjes}{|, geen verrassingen}.",
            "{Mijn|Alle} foto's zijn {echt|recent}{| en onbewerkt}.",
        ),
    },
    "recruitment": {
        "title": (
            "{job} gezocht {dest}{| {emoji}}",
            "Vacature: {job} {dest}",
            "{job} {dest} – {goed salaris|zeer goed betaald|top voorwaarden}",
            "Werk {dest} voor {job}",
        ),
        "intro": (
            "{company} zoekt {job} {dest}.",
            "Wij zijn een {internationaal|gevestigd} {bureau|bedrijf} en zoeken {job}{| {dest}}.",
            "Wij zoeken {job} om te werken {dest}{| dit seizoen}.",
            "{Openstaande vacatures|Nieuwe vacatures} voor {job} {dest}.",
        ),
        "job": (
            "{Werk|Functie} in een {drukke|moderne|gezellige} {bar|hotel|club|restaurant}.",
            "{Diensten|Werktijden} {van 8 uur|'s avonds tot laat|5 dagen per week}.",
            "{Taken|Werkzaamheden}: {gasten ontvangen|bediening|schoonmaak en "
            "koken|oogsten en inpakken}.",
        ),
        "pay": (
            ("month", "Salaris {price} per maand{| netto}."),
            ("month", "Verdiensten vanaf {price} per maand."),
            ("week", "{price} per week{| plus fooi}."),
            ("day", "{price} per dag."),
        ),
        "conditions": (
            "{Start|Begindatum} {volgende maand|over twee weken|in het voorjaar}.",
            "{Contract voor|Seizoen van} {3|6|12} maanden{|, verlenging mogelijk}.",
            "{Gezellig|Jong|Internationaal} team{| en goede sfeer}.",
        ),
        "apply": (
            "{Solliciteer nu|Stuur ons vandaag nog een bericht}.",
            "{Interesse?|Geïnteresseerd?} {Neem contact op|Stuur een berichtje} voor meer info.",
        ),
        "closing": (
            "{We kijken uit naar je sollicitatie|Tot snel}.",
            "{Succes|Bedankt}!",
        ),
        "travel_paid": (
            "{Reis|Vlucht|Vliegticket} {wordt betaald|vergoed} door {ons|de "
            "werkgever}{|, jij betaalt niets}.",
            "Wij {betalen|regelen} je {reis|vlucht|vervoer}.",
        ),
        "visa_arranged": (
            "{Visum|Werkvisum|Werkvergunning} {geregeld|verzorgd} door {ons|het "
            "bureau}{|, geen probleem}.",
            "Wij regelen {alle papieren|je visum|alle formaliteiten}.",
        ),
        "no_experience": (
            "{Geen ervaring nodig|Ervaring niet vereist}{|, wij leren je alles}.",
            "{Zonder ervaring welkom|Geen ervaring? Geen probleem}!",
        ),
        "housing_provided": (
            "{Huisvesting|Woonruimte|Gratis huisvesting} {geregeld|inbegrepen}{| vlakbij het "
            "werk}.",
            "Je woont {met de andere meiden|in een gedeeld appartement|op de werkplek}{| gratis}.",
        ),
        "documents_held": (
            "{Je papieren|Je documenten|Paspoort en ID} {worden veilig bewaard|blijven bij "
            "de werkgever} {tijdens het contract|voor je veiligheid}.",
            "{Wij bewaren|De werkgever bewaart} {de paspoorten|de documenten} {voor de "
            "zekerheid|tot het einde van het contract}.",
        ),
        "debt_deducted": (
            "{Reiskosten|Visumkosten|Huurkosten} {worden ingehouden op het loon|gaan van de eerste "
            "lonen af}.",
            "{Kleine bijdrage|Borg} voor {de papieren|de inschrijving}, {later|uit je "
            "verdiensten} terugbetaald.",
        ),
        "young_women_only": (
            "{Alleen|Voor} jonge vrouwen {{age_min}-{age_max}|tussen {age_min} en {age_max} jaar}.",
            "{Meiden|Dames} {age_min}-{age_max} jaar{|, slank}.",
        ),
        "send_photos": (
            "{Stuur|Graag} {2-3|recente|full body} foto's{| met je bericht}.",
            "{Foto verplicht|Een foto is nodig} bij je sollicitatie.",
        ),
        "vague_employer": (
            "{Details|Meer info} {privé|telefonisch|via WhatsApp}.",
            "{Naam werkgever|Bedrijfsnaam} {bij het gesprek|volgt later}.",
        ),
        "urgent": (
            "{Dringend|Met spoed}!{| Direct beginnen.}",
            "{Start|Vertrek} {direct|deze week|binnen een paar dagen}.",
        ),
        "high_pay": (
            "{Verdien|Je verdient} tot {salary_max} per maand{| makkelijk}!",
            "{Zeer hoge|Top} verdiensten{|, veel meer dan hier}.",
        ),
        "no_language_needed": (
            "{Geen taalkennis|Geen Engels} {nodig|vereist}.",
            "Je hoeft {geen Engels|de taal niet} te spreken.",
        ),
        "messaging_only": (
            "Contact alleen {via WhatsApp|via Telegram|per bericht}{|, niet bellen}.",
        ),
        "named_employer": (
            "{company}, KvK {n}.",
            "{Bezoek|Kijk op} onze {website|vestiging} in {city}.",
        ),
        "contract": (
            "{Schriftelijk|Vast} arbeidscontract{|, verzekerd} {met loonstroken|inbegrepen}.",
            "{Legaal|Officieel} {dienstverband|contract} {met verzekering|volgens de cao}.",
        ),
        "no_fees": (
            "{Geen kosten|Nooit kosten} voor kandidaten.",
            "{Onze dienst|Bemiddeling} is {gratis|helemaal gratis} voor {werknemers|kandidaten}.",
        ),
        "licensed_agency": (
            "{Erkend|Geregistreerd} {uitzendbureau|bemiddelingsbureau}{|, NEN-keurmerk}.",
        ),
    },
    "jobs": (
        ("lure", "hostesses"),
        ("lure", "serveersters"),
        ("lure", "danseressen"),
        ("lure", "modellen"),
        ("lure", "masseuses"),
        ("lure", "barmeiden"),
        ("lure", "au pairs"),
        ("labour", "oogstmedewerkers"),
        ("labour", "zorgmedewerkers"),
        ("labour", "schoonmakers"),
        ("labour", "kamermeisjes"),
        ("labour", "magazijnmedewerkers"),
        ("labour", "keukenhulpen"),
    ),
    "dest": (
        "in Duitsland",
        "in Dubai",
        "in het buitenland",
        "in Spanje",
        "in Londen",
        "in Zwitserland",
        "in Noorwegen",
        "op Curaçao",
        "in Frankrijk",
        "op Cyprus",
    ),
    "company": (
        "{Euro|Global|Star|Top} {Jobs|Personeel|Talent|Werk} {International|Bureau|Groep}",
        "{De Vries|Jansen|Bakker|Visser} {Horeca|Logistiek|Schoonmaak} {B.V.|& Zonen}",
    ),
    "decoy": {
        "room": {
            "title": (
                "Kamer te huur in {city}",
                "{Gemeubileerde|Lichte} kamer – {city}",
                "Studentenkamer {centrum|bij het station}",
            ),
            "body": (
                (
                    "{Lichte|Ruime|Gezellige} kamer in een {rustig|leuk} {huis|appartement}.",
                    "{Gemeubileerde|Ongemeubileerde} kamer met {bureau|kledingkast|balkon}.",
                ),
                (
                    "{Inclusief gas, water, licht|All-in|Exclusief servicekosten}{|, snel "
                    "internet}.",
                    "{Gedeelde keuken en badkamer|Eigen badkamer}{|, wasmachine}.",
                ),
                (
                    "Beschikbaar {per volgende maand|per direct|per de 1e}.",
                    "Minimale huurperiode {6|12} maanden.",
                ),
                (
                    "{Niet roken|Alleen niet-rokers}{|, geen huisdieren}{| graag}.",
                    "{Borg|Eén maand borg} vereist.",
                ),
            ),
            "shared": (
                "{Ideaal|Perfect} voor een jonge {starter|student|werkende}.",
                "{Vers|Net} {geschilderd|gerenoveerd}{| vorige maand}.",
                "{Nieuw in {city}?|Nieuw in de stad?} {Dit is de perfecte start|Welkom in ons "
                "huis}.",
                "24/7 {toegang|beveiliging} in het gebouw.",
                "{Studenten|Huurders} met {studie|werk}visum welkom.",
            ),
            "price": (
                ("month", "{price} per maand"),
                ("month", "Huur {price} p/m"),
                ("month", "{price}/maand{| all-in}"),
            ),
        },
        "car": {
            "title": (
                "{car} {year} te koop",
                "{car} – {year}, {km} km",
                "{car}{| {year}} zeer netjes",
            ),
            "body": (
                (
                    "{Eerste eigenaar|Twee eigenaren}, dealer onderhouden.",
                    "{Zeer goede|Nette|Goede} staat.",
                ),
                ("{km} km, {benzine|diesel|hybride}, {handgeschakeld|automaat}.",),
                (
                    "{Nieuwe banden|Nieuwe remmen|Nieuwe accu}.",
                    "APK {tot volgend jaar|net gekeurd}.",
                ),
                (
                    "{Contant of overmaken|Alleen overmaken}.",
                    "{Proefrit|Bezichtiging} {mogelijk|op afspraak}.",
                    "Geen tijdverspillers{| graag}.",
                ),
            ),
            "shared": (
                "{Verse|Net verse} onderhoudsbeurt{| en olie ververst}.",
                "Ideaal voor een jonge bestuurder.",
                "{Visa|Pin} en contant mogelijk.",
                "24/7 pechhulp inbegrepen{| tot juni}.",
            ),
            "price": (
                ("once", "{price}"),
                ("once", "{price} n.o.t.k."),
                ("once", "Vraagprijs {price}"),
            ),
        },
        "pet": {
            "title": (
                "{Kittens|Pups} zoeken een {goed|liefdevol} thuis",
                "{Lieve|Schattige} {kittens|pups} in {city}",
            ),
            "body": (
                (
                    "{Ingeënt|Gechipt en ingeënt|Door de dierenarts gecontroleerd} en ontwormd.",
                    "Ouders aanwezig.",
                ),
                ("{Heel|Super} {speels|aanhankelijk} en {gewend aan kinderen|zindelijk}.",),
                ("{Klaar voor vertrek|Beschikbaar} {nu|over twee weken}.",),
            ),
            "shared": (
                "{Jong|Jong en gezond} en {heel lief|vol energie}.",
                "{Nieuw|Gloednieuw} dekentje erbij.",
                "24/7 te bezichtigen na een berichtje.",
            ),
            "price": (("once", "{price} per stuk"), ("once", "Herplaatsingsvergoeding {price}")),
        },
        "job": {
            "title": (
                "{Magazijnmedewerker|Keukenhulp|Bezorger} gezocht in {city}",
                "{Softwareontwikkelaar|Verpleegkundige|Verkoopmedewerker} – {city}",
                "{Bijbaan|Fulltime}: {barista|receptionist|schoonmaker}",
            ),
            "body": (
                ("{company} zoekt collega's voor {de vestiging|de winkel} in {city}.",),
                (
                    "{Fulltime|Parttime}, {vast|tijdelijk} contract{| met pensioen}.",
                    "{Vakantiegeld|25 vakantiedagen} en {opleiding|personeelskorting}.",
                ),
                (
                    "{Solliciteer online|Stuur je cv}.",
                    "{Sollicitatiegesprekken|Kennismakingsdagen} {volgende week|deze maand}.",
                ),
            ),
            "shared": (
                "Geen ervaring nodig{|, je krijgt een volledige training}.",
                "{Visumsponsoring mogelijk|Wij regelen je visum} voor {kennismigranten|"
                "ingenieurs}.",
                "{Jong en dynamisch|Jong en gezellig} team.",
                "24/7 bedrijf, {dag- en nachtdiensten|flexibele diensten}.",
            ),
            "price": (("hour", "{price} per uur"), ("month", "{price} bruto per maand")),
        },
        "massage": {
            "title": (
                "{Sport|Thaise|Klassieke|Hotstone} massage in {city}",
                "{Gediplomeerde|Erkende} masseuse – {city}",
                "{Massagepraktijk|Fysiotherapie} {centrum|aan de markt}",
            ),
            "body": (
                (
                    "{Gediplomeerde|Erkende} masseuse met {10|8|5} jaar ervaring.",
                    "Aangesloten bij de beroepsvereniging.",
                ),
                (
                    "{Sportmassage|Klassieke massage|Hotstone massage} tegen {rugpijn|stress|"
                    "spierpijn}.",
                ),
                (
                    "{Rustige|Lichte} praktijk {met parkeerplaats|in het centrum}.",
                    "Cadeaubonnen verkrijgbaar.",
                ),
                (
                    "Uitsluitend therapeutische massages, geen erotiek.",
                    "Afspraken {online of telefonisch|telefonisch}.",
                ),
            ),
            "shared": (
                "{Nieuw|Nieuw geopend} in {city}{| – kom langs}.",
                "{Verse|Schone} handdoeken voor elke klant.",
                "{Visa|Pin} en contant.",
                "Online boeken 24/7.",
            ),
            "price": (
                ("1h", "{price} voor 60 minuten"),
                ("30min", "30 min {price}"),
                ("1h", "1 uur {price}"),
            ),
        },
    },
    "contact": {
        "phone": (
            "Tel: {contact}",
            "📞 {contact}",
            "{Bellen|Bellen of sms} naar {contact}",
            "Mobiel: {contact}",
        ),
        "phone_personal": ("Bel me op {contact}", "Afspraak maken: {contact}"),
        "whatsapp": ("WhatsApp {contact}", "Alleen WhatsApp {contact}"),
        "whatsapp_personal": ("App me op {contact}",),
        "email": ("E-mail: {contact}", "Contact: {contact}"),
        "email_personal": ("Mail me op {contact}",),
        "handle": ("{contact}", "Volg ons {contact}"),
        "handle_personal": ("Voeg me toe {contact}", "Volg me {contact}"),
        "none": (
            "Contact via het berichtensysteem van de site.",
            "Alleen via een bericht{| op de site}.",
        ),
    },
}
