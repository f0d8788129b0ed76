"""Italian phrase bank for the synthetic corpus (IT ads)."""

IT = {
    "names": (
        "Giulia",
        "Sara",
        "Martina",
        "Chiara",
        "Federica",
        "Alessia",
        "Francesca",
        "Valentina",
        "Giorgia",
        "Elisa",
        "Silvia",
        "Ilaria",
        "Roberta",
        "Simona",
        "Noemi",
        "Aurora",
        "Beatrice",
        "Camilla",
        "Veronica",
        "Debora",
    ),
    "nat": (
        "brasiliana",
        "russa",
        "colombiana",
        "ucraina",
        "rumena",
        "orientale",
        "italiana",
        "spagnola",
        "venezuelana",
        "cubana",
        "polacca",
        "moldava",
        "albanese",
        "thailandese",
        "dominicana",
        "mulatta",
    ),
    "days": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "shared_vocabulary": ("giovane", "nuova", "24 ore", "visto", "esperienza"),
    "service": {
        "title": (
            "{name} {emoji} {age} anni – {city}",
            "{Bellissima|Dolcissima|Splendida|Raffinata} {name} a {city} {emoji}",
            "{name}, {coccole e relax|la tua pausa dolce|puro piacere} {emoji}",
            "Massaggio {rilassante|body|tantra} con {name}",
            "{name} {age} – {ricevo|anche a domicilio|ricevo e mi sposto}",
            "{city}: {name} {disponibile oggi|appena arrivata} {emoji}",
            "Il tuo {appuntamento|momento} {segreto|speciale} a {city} {emoji}",
        ),
        "intro": (
            "Ciao {amore|ragazzi|a tutti}, sono {name}, ho {age} anni{| e adoro conoscere "
            "persone nuove}.",
            "Ciao, sono {name} {emoji} {age} anni, {solare|giocherellona|elegante} e "
            "{molto riservata|sempre sorridente}.",
            "Mi chiamo {name}, {age} anni, {dolce|raffinata|simpatica} e {di gran "
            "classe|molto coccolona}.",
            "Sono {name}, una {ragazza|donna} {allegra|elegante} che {ama|adora} {le cene "
            "tranquille|la buona conversazione|le serate rilassanti}.",
        ),
        "intro_third": (
            "{name} è una {dolce|splendida|affascinante} {ragazza|donna} di {age} anni{| che "
            "ti aspetta}.",
            "Vi presentiamo {name}: {age} anni, {elegante|minuta|formosa} e {molto "
            "simpatica|sempre sorridente}.",
            "{name} ({age}) {aspetta la tua chiamata|ti farà passare momenti unici}.",
            "Lei è {name}, {age} anni, {una vera bellezza|la compagnia perfetta}.",
        ),
        "looks": (
            "{Magra|Minuta|Formosa|Sportiva}, {capelli lunghi e scuri|bionda naturale|occhi "
            "verdi}.",
            "{Bellezza|Fisico} {naturale|mozzafiato}, alta {1,65|1,70|1,58}.",
            "{Elegante|Sempre curata}, {perfetta per una cena|ideale per ogni occasione}.",
        ),
        "nationality": (
            "{Bellissima|Dolce|Splendida} {nat}{| tutta da scoprire}.",
            "Sono {nat}{| e molto passionale}.",
            "{Nazionalità|Origine}: {nat}.",
        ),
        "offer": (
            "Offro {massaggio rilassante|esperienza da fidanzata|compagnia per cene} e {molto "
            "altro|momenti indimenticabili}.",
            "{Massaggio rilassante|Massaggio completo|Massaggio con oli caldi} e {tanta "
            "dolcezza|vera complicità}.",
            "{Ideale|Perfetta} per {uomini d'affari|gentiluomini che vogliono rilassarsi|una "
            "serata discreta}.",
            "{Momenti indimenticabili garantiti|Relax assoluto garantito|Relax assoluto in "
            "ambiente riservato}.",
            "{Coppie benvenute|Mentalità aperta|Dolce e riservata} {emoji}",
        ),
        "place": (
            "{Ricevo e mi sposto|Ricevo in zona e faccio domicilio}{| a {city}}.",
            "{Appartamento|Ambiente} {riservato|pulito e discreto} {in centro|con "
            "parcheggio|vicino alla stazione}.",
            "{Anche a domicilio|Solo in hotel o a domicilio} a {city}{| e dintorni}.",
        ),
        "availability": (
            "Disponibile {dalle 10 alle 22|la sera|dal lunedì al sabato|oggi}.",
            "{Chiamami|Avvisami} {mezz'ora|un'ora} prima{|, grazie}.",
            "{Solo su appuntamento|Su appuntamento}{| dal lunedì al venerdì}.",
        ),
        "price": (
            ("1h", "{price} all'ora"),
            ("1h", "1 ora {price}"),
            ("30min", "Mezz'ora {price}"),
            ("30min", "30 min {price}"),
            ("2h", "2 ore {price}"),
            ("overnight", "Tutta la notte {price}"),
        ),
        "closing": (
            "{Baci|Un bacio} {emoji}",
            "{Non esitare|Dai}, {chiamami|scrivimi}{| subito}!",
            "Ti aspetto{| {emoji}}",
            "{Solo uomini educati|Solo persone rispettose}{|, grazie}.",
            "No anonimi{|, no SMS}.",
        ),
        "new_in_town": (
            "{Nuova|Novità} a {city}{| {emoji}}!",
            "{Prima volta|Solo pochi giorni} a {city}{|, non perdermi}.",
            "{Appena arrivata|Sono appena arrivata} a {city}{| questa settimana}.",
        ),
        "young_fresh": (
            "{Giovanissima|Giovane e fresca|Ragazza giovane} {emoji}",
            "{Ragazza nuova|Giovane nuova} {questa settimana|alle prime esperienze}.",
            "{Così giovane|Giovane e dolce}, {solo {age} anni|appena {age} anni}.",
        ),
        "always_available": (
            "Disponibile 24 ore su 24{| per te}.",
            "{Giorno e notte|A qualsiasi ora}{|, chiama quando vuoi}.",
            "{Aperto|Disponibile} 24 ore, {7 giorni su 7|tutti i giorni}.",
        ),
        "third_party": (
            "Chiedi di {name}{| quando chiami}.",
            "{Chiama|Contatta} {il mio manager|la reception|il mio autista} per prenotare.",
            "{Prenotazioni|Appuntamenti} {solo tramite|tramite} {reception|la segreteria}.",
            "Lei ti aspetta, {chiamaci|basta chiamarci}.",
        ),
        "multiple_women": (
            "{Ragazze nuove|Novità} ogni settimana{|, vieni a trovarci}.",
            "{Tante|Diverse} {ragazze|signorine} {tra cui scegliere|disponibili}{| oggi}.",
            "{name} e {name2} {disponibili insieme|ti aspettano}.",
        ),
        "incall_only": (
            "Ricevo solo{|, niente domicilio}.",
            "{Mi dispiace|Scusa}, non {faccio domicilio|posso uscire}.",
            "{Solo|Esclusivamente} {da me|nel mio appartamento}{|, non posso spostarmi}.",
        ),
        "limited_language": (
            "{Poco|Pochissimo} italiano{|, meglio SMS}.",
            "{Non parlo italiano|Italiano non bene}, {solo messaggi|scrivimi}.",
            "Parla {solo|appena} {qualche parola di|un po' di} italiano.",
        ),
        "just_arrived": (
            "{Appena arrivata|Arrivata} {dall'estero|questa settimana|da poco}.",
            "{Prima volta|Prima settimana} in {Italia|Europa|questo paese}{| {emoji}}.",
        ),
        "cash_only": (
            "{Solo contanti|Pagamento in contanti}{|, niente carte}.",
            "{Prezzi fissi|Niente trattative|Prezzi non trattabili}{|, grazie}.",
            "{Pagamento|Regalino} {anticipato|all'inizio}{|, in contanti}.",
        ),
        "independent": (
            "{100% |Totalmente |}indipendente{|, niente agenzie|, nessun protettore}.",
            "{Lavoro per me stessa|Sono il capo di me stessa}{|, niente agenzie né autisti}.",
            "{Ragazza|Escort} indipendente{|, non sono un'agenzia}.",
        ),
        "screening": (
            "{Verifica|Presentazione} {obbligatoria|richiesta} {per i nuovi clienti|al primo "
            "incontro}.",
            "{Per favore|Gentilmente} {presentati|dimmi il tuo nome} via messaggio.",
            "{Leggi|Per favore leggi} l'annuncio prima di chiamare.",
        ),
        "own_terms": (
            "{Scelgo io i miei clienti|Decido io chi incontrare}{| e i miei orari}.",
            "{Appartamento mio|Appartamento privato}{|, lavoro solo io}.",
            "{Lavoro quando voglio|Decido io prezzi e orari}.",
        ),
        "tour": (
            "Di passaggio a {city} {fino a {day}|solo questa settimana|per pochi giorni}.",
            "{In visita|In tour} a {city} {fino a {day}|questa settimana}{|, prenota presto}.",
        ),
        "real_photos": (
            "{Foto 100% reali|Foto reali|Foto recenti}{|, niente sorprese}.",
            "{Le mie|Tutte le mie} foto sono {vere|autentiche}{| e recenti}.",
        ),
    },
    "recruitment": {
        "title": (
            "Cercasi {job} {dest}{| {emoji}}",
            "Offerta di lavoro: {job} {dest}",
            "{job} {dest} – {ottimo stipendio|ben pagato|ottime condizioni}",
            "Lavoro {dest} per {job}",
        ),
        "intro": (
            "{company} {cerca|seleziona} {job} {dest}.",
            "Siamo un'{agenzia|azienda} {internazionale|seria} e cerchiamo {job}{| {dest}}.",
            "Cerchiamo {job} per lavorare {dest}{| questa stagione}.",
            "{Posizioni aperte|Nuove posizioni} per {job} {dest}.",
        ),
        "job": (
            "{Lavoro|Impiego} in {un bar|un hotel|un locale|un ristorante} {molto "
            "frequentato|di lusso|a conduzione familiare}.",
            "{Turni|Orario} {di 8 ore|serali fino a tardi|5 giorni su 7}.",
            "{Mansioni|Compiti}: {accoglienza clienti|servizio in sala|pulizie e "
            "cucina|raccolta e confezionamento}.",
        ),
        "pay": (
            ("month", "Stipendio di {price} al mese{| netti}."),
            ("month", "{Retribuzione|Guadagni} a partire da {price} al mese."),
            ("week", "{price} a settimana{| più mance}."),
            ("day", "{price} al giorno."),
        ),
        "conditions": (
            "{Inizio|Partenza} {il mese prossimo|tra due settimane|in primavera}.",
            "{Contratto di|Stagione di} {3|6|12} mesi{|, rinnovabile}.",
            "{Squadra giovane|Ambiente internazionale|Bel clima di lavoro}.",
        ),
        "apply": (
            "{Candidati subito|Mandaci un messaggio oggi stesso}.",
            "{Interessata? Contattaci|Se sei interessata, scrivici} per informazioni.",
        ),
        "closing": (
            "{Aspettiamo la tua candidatura|Ti aspettiamo}.",
            "{In bocca al lupo|Grazie}!",
        ),
        "travel_paid": (
            "{Viaggio|Biglietto aereo|Trasporto} {pagato da noi|a carico del datore di "
            "lavoro}{|, non paghi nulla}.",
            "{Paghiamo|Copriamo} il tuo {viaggio|volo|trasferimento}.",
        ),
        "visa_arranged": (
            "{Visto|Visto di lavoro|Permesso di lavoro} {gestito|organizzato} {da noi|"
            "dall'agenzia}{|, nessun problema}.",
            "Pensiamo noi {a tutti i documenti|al visto|a tutte le pratiche}.",
        ),
        "no_experience": (
            "{Non serve esperienza|Nessuna esperienza richiesta}{|, ti formiamo noi}.",
            "{Esperienza non necessaria|Senza esperienza? Nessun problema}!",
        ),
        "housing_provided": (
            "{Alloggio|Vitto e alloggio|Alloggio gratuito} {incluso|garantito}{| vicino al "
            "lavoro}.",
            "Vivrai {con le altre ragazze|in un appartamento condiviso|sul posto}{| "
            "gratuitamente}.",
        ),
        "documents_held": (
            "{I tuoi documenti|I documenti|Passaporto e carta d'identità} {restano "
            "custoditi|vengono tenuti} {dal datore di lavoro|al sicuro} {durante il "
            "contratto|per la tua sicurezza}.",
            "{Teniamo noi|Il datore di lavoro tiene} i {passaporti|documenti} {per "
            "sicurezza|fino alla fine del contratto}.",
        ),
        "debt_deducted": (
            "{Il viaggio|Il visto|L'alloggio} viene scalato {dallo stipendio|dalle prime paghe}.",
            "{Piccola quota|Deposito} {per le pratiche|di iscrizione}, restituito "
            "{dopo|dai guadagni}.",
        ),
        "young_women_only": (
            "{Solo|Per} ragazze giovani {{age_min}-{age_max} anni|tra {age_min} e {age_max} anni}.",
            "{Ragazze|Signorine} {age_min}-{age_max} anni{|, magre}.",
        ),
        "send_photos": (
            "{Invia|Manda} {2-3|alcune} foto {recenti|a figura intera}{| con il messaggio}.",
            "{Foto obbligatoria|Foto richiesta} per candidarsi.",
        ),
        "vague_employer": (
            "{Dettagli|Maggiori informazioni} {in privato|al telefono|su WhatsApp}.",
            "{Nome dell'azienda|Il datore di lavoro} {comunicato al colloquio|sarà "
            "comunicato dopo}.",
        ),
        "urgent": (
            "{Urgente|Urgentissimo}!{| Partenza immediata.}",
            "{Partenza|Inizio} {immediata|questa settimana|tra pochi giorni}.",
        ),
        "high_pay": (
            "{Guadagna|Puoi guadagnare} fino a {salary_max} al mese{| facilmente}!",
            "{Guadagni altissimi|Stipendio eccellente}{|, molto più che qui}.",
        ),
        "no_language_needed": (
            "{Non serve la lingua|Inglese non richiesto}.",
            "Non {serve|devi} parlare {inglese|la lingua}.",
        ),
        "messaging_only": (
            "Contatto solo {su WhatsApp|su Telegram|via messaggio}{|, no chiamate}.",
        ),
        "named_employer": (
            "{company}, P.IVA {n}.",
            "{Visita|Consulta} il nostro {sito|ufficio} a {city}.",
        ),
        "contract": (
            "{Contratto scritto|Regolare contratto}{|, contributi versati} {e buste paga|incluso}.",
            "{Assunzione regolare|Contratto legale} {con assicurazione|secondo il CCNL}.",
        ),
        "no_fees": (
            "{Nessun costo|Mai nessun costo} per i candidati.",
            "{Il nostro servizio|La selezione} è {gratuito|completamente gratuita} per "
            "{i lavoratori|i candidati}.",
        ),
        "licensed_agency": ("Agenzia per il lavoro {autorizzata|iscritta all'albo}{|, aut. {n}}.",),
    },
    "jobs": (
        ("lure", "hostess"),
        ("lure", "cameriere"),
        ("lure", "ballerine"),
        ("lure", "modelle"),
        ("lure", "massaggiatrici"),
        ("lure", "bariste"),
        ("lure", "ragazze alla pari"),
        ("labour", "stagionali"),
        ("labour", "badanti"),
        ("labour", "addette alle pulizie"),
        ("labour", "cameriere ai piani"),
        ("labour", "magazzinieri"),
        ("labour", "aiuto cuochi"),
    ),
    "dest": (
        "in Germania",
        "a Dubai",
        "all'estero",
        "in Svizzera",
        "a Londra",
        "in Francia",
        "in Norvegia",
        "in Spagna",
        "a Malta",
        "in Austria",
    ),
    "company": (
        "{Euro|Global|Star|Top} {Lavoro|Talenti|Servizi|Job} {International|Agency|Group}",
        "{Rossi|Bianchi|Ferrari|Esposito} {Ristorazione|Servizi|Hotel} {S.r.l.|& Figli}",
    ),
    "decoy": {
        "room": {
            "title": (
                "Affittasi stanza a {city}",
                "Camera {singola|doppia} – {city}",
                "{Stanza|Camera} in appartamento condiviso {centro|vicino metro}",
            ),
            "body": (
                (
                    "{Camera|Ampia camera} {luminosa|arredata} in appartamento {tranquillo|"
                    "accogliente}.",
                    "Stanza {arredata|vuota} con {scrivania|armadio|balcone}.",
                ),
                (
                    "{Spese incluse|Tutto incluso|Spese escluse}{|, wifi veloce}.",
                    "{Cucina e bagno in comune|Bagno privato}{|, lavatrice}.",
                ),
                (
                    "{Libera|Disponibile} {dal mese prossimo|da subito|dal primo}.",
                    "Permanenza minima {6|12} mesi.",
                ),
                (
                    "{Non fumatori|No fumatori}{|, niente animali}{|, grazie}.",
                    "{Cauzione|Deposito} di una mensilità.",
                ),
            ),
            "shared": (
                "{Ideale|Perfetta} per {giovane lavoratrice|giovani studenti|giovane coppia}.",
                "{Appena ritinteggiata|Appena ristrutturata}{| il mese scorso}.",
                "{Nuova a {city}?|Nuova in città?} {Questo è il posto giusto|Ti aspettiamo "
                "in casa}.",
                "Accesso 24 ore{|, portineria}.",
                "{Studenti|Inquilini} con visto {di studio|di lavoro} benvenuti.",
            ),
            "price": (
                ("month", "{price} al mese"),
                ("month", "Affitto {price} mensili"),
                ("month", "{price}/mese{| spese incluse}"),
            ),
        },
        "car": {
            "title": (
                "Vendo {car} del {year}",
                "{car} – {year}, {km} km",
                "{car}{| {year}} in vendita",
            ),
            "body": (
                (
                    "{Unico proprietario|Due proprietari}, tagliandi regolari.",
                    "{Ottime condizioni|Condizioni perfette|Buone condizioni}.",
                ),
                ("{km} km, {benzina|diesel|ibrida}, cambio {manuale|automatico}.",),
                (
                    "{Gomme nuove|Freni nuovi|Batteria nuova}.",
                    "Revisione {appena fatta|valida fino al prossimo anno}.",
                ),
                (
                    "{Pagamento con bonifico|Contanti o bonifico}.",
                    "{Prova|Visione} {su appuntamento|senza impegno}.",
                    "No perditempo.",
                ),
            ),
            "shared": (
                "Tagliando {appena fatto|fresco}{| e olio cambiato}.",
                "Ideale per {neopatentati|un giovane guidatore}.",
                "{Visa|Carta} e contanti.",
                "Assistenza stradale 24 ore inclusa{| fino a giugno}.",
            ),
            "price": (
                ("once", "{price}"),
                ("once", "{price} trattabili"),
                ("once", "Prezzo: {price}"),
            ),
        },
        "pet": {
            "title": (
                "{Gattini|Cuccioli} cercano casa",
                "{Dolcissimi|Bellissimi} {gattini|cuccioli} a {city}",
            ),
            "body": (
                (
                    "{Vaccinati|Con microchip e vaccinati|Visitati dal veterinario} e sverminati.",
                    "Genitori visibili.",
                ),
                ("{Molto|Super} {giocherelloni|affettuosi} e {abituati ai bambini|puliti}.",),
                ("{Pronti per la nuova casa|Disponibili} {da subito|tra due settimane}.",),
            ),
            "shared": (
                "{Giovani|Giovani e sani}, {dolcissimi|pieni di energia}.",
                "{Copertina nuova|Cuccia nuova} in regalo.",
                "Visite 24 ore su appuntamento.",
            ),
            "price": (("once", "{price} ciascuno"), ("once", "Rimborso spese {price}")),
        },
        "job": {
            "title": (
                "{Magazziniere|Aiuto cuoco|Corriere} a {city}",
                "{Sviluppatore|Infermiera|Commessa} – {city}",
                "{Part-time|Full-time}: {barista|receptionist|addetta pulizie}",
            ),
            "body": (
                ("{company} {assume|cerca} personale per {la sede|il punto vendita} di {city}.",),
                (
                    "Contratto {a tempo indeterminato|a tempo determinato}, {full-time|part-time}.",
                    "{Ferie pagate|Formazione continua} e {buoni pasto|sconti dipendenti}.",
                ),
                (
                    "{Candidati online|Invia il tuo CV}.",
                    "{Colloqui|Giornate di selezione} {la prossima settimana|questo mese}.",
                ),
            ),
            "shared": (
                "Non serve esperienza{|, formazione a carico dell'azienda}.",
                "{Supporto per il visto|Sponsorizzazione del visto} per {profili qualificati|"
                "ingegneri}.",
                "{Squadra giovane e dinamica|Ambiente giovane}.",
                "Attività 24 ore su 24, {turni diurni e notturni|turni flessibili}.",
            ),
            "price": (("hour", "{price} l'ora"), ("month", "{price} lordi al mese")),
        },
        "massage": {
            "title": (
                "Massaggio {sportivo|decontratturante|thailandese} a {city}",
                "{Fisioterapista|Massaggiatrice diplomata} – {city}",
                "Centro {massaggi|fisioterapia} {terapeutici|in centro}",
            ),
            "body": (
                (
                    "Massaggiatrice {diplomata|certificata} con {10|8|5} anni di esperienza.",
                    "Iscritta all'albo professionale.",
                ),
                (
                    "Massaggio {sportivo|decontratturante|con pietre calde} per {mal di schiena|"
                    "stress|contratture}.",
                ),
                (
                    "Studio {tranquillo|luminoso} {con parcheggio|in centro}.",
                    "Buoni regalo disponibili.",
                ),
                (
                    "Solo massaggi terapeutici, astenersi altri scopi.",
                    "Appuntamenti {online o al telefono|al telefono}.",
                ),
            ),
            "shared": (
                "{Nuova apertura|Nuova sede} a {city}{| – vieni a trovarci}.",
                "Asciugamani {puliti|freschi} per ogni cliente.",
                "{Accettiamo Visa|Pagamento con carta Visa} e contanti.",
                "Prenotazione online 24 ore su 24.",
            ),
            "price": (
                ("1h", "{price} per 60 minuti"),
                ("30min", "30 min {price}"),
                ("1h", "1 ora {price}"),
            ),
        },
    },
    "contact": {
        "phone": (
            "Tel: {contact}",
            "📞 {contact}",
            "{Chiamate|Chiamate e SMS} al {contact}",
            "Cell: {contact}",
        ),
        "phone_personal": ("Chiamami al {contact}", "Prenota al {contact}"),
        "whatsapp": ("WhatsApp {contact}", "Solo WhatsApp {contact}"),
        "whatsapp_personal": ("Scrivimi su WhatsApp: {contact}",),
        "email": ("Email: {contact}", "Contatti: {contact}"),
        "email_personal": ("Scrivimi a {contact}",),
        "handle": ("{contact}", "Seguici {contact}"),
        "handle_personal": ("Aggiungimi {contact}", "Seguimi {contact}"),
        "none": ("Contatti tramite la chat del sito.", "Solo via messaggio{| sul sito}."),
    },
}
