"""Romanian phrase bank for the synthetic corpus (RO ads)."""

RO = {
    "names": (
        "Andreea",
        "Ioana",
        "Alexandra",
        "Maria",
        "Elena",
        "Bianca",
        "Denisa",
        "Larisa",
        "Roxana",
        "Cristina",
        "Raluca",
        "Alina",
        "Diana",
        "Georgiana",
        "Irina",
        "Daria",
        "Mădălina",
        "Teodora",
        "Ana",
        "Simona",
    ),
    "nat": (
        "braziliancă",
        "rusoaică",
        "columbiancă",
        "ucraineancă",
        "româncă",
        "asiatică",
        "italiancă",
        "spanioloaică",
        "moldoveancă",
        "bulgăroaică",
        "maghiară",
        "latino",
        "cubaneză",
        "thailandeză",
    ),
    "days": ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"),
    "shared_vocabulary": ("tânără", "nouă", "non-stop", "viză", "experiență"),
    "service": {
        "title": (
            "{name} {emoji} {age} ani – {city}",
            "{Frumoasa|Dulcea|Superba|Tandra} {name} în {city} {emoji}",
            "{name}, {relaxare totală|răsfăț și discreție|momente de neuitat} {emoji}",
            "Masaj {relaxant|senzual|de corp} cu {name}",
            "{name} {age} – {la mine|deplasări|la mine și deplasări}",
            "{city}: {name} {disponibilă azi|disponibilă acum} {emoji}",
            "Întâlnirea ta {discretă|perfectă} în {city} {emoji}",
        ),
        "intro": (
            "Bună {dragule|băieți|tuturor}, sunt {name}, am {age} de ani{| și îmi place să "
            "cunosc oameni noi}.",
            "Hey, sunt {name} {emoji} {age} ani, {veselă|jucăușă|elegantă} și {foarte "
            "discretă|mereu zâmbitoare}.",
            "Mă numesc {name}, am {age} de ani, {sunt|o fată} {naturală|tandră|educată} și "
            "{cu mult bun gust|foarte atentă}.",
            "Sunt {name}, o {fată|femeie} {simpatică|rafinată} căreia îi plac {cinele "
            "liniștite|conversațiile bune|serile relaxante}.",
        ),
        "intro_third": (
            "{name} este o {fată|domnișoară} {dulce|superbă|fermecătoare} de {age} de ani{| "
            "care te așteaptă}.",
            "Vă prezentăm pe {name}: {age} de ani, {elegantă|micuță|cu forme} și {foarte "
            "simpatică|mereu zâmbitoare}.",
            "{name} ({age}) {așteaptă telefonul tău|îți va face ziua mai frumoasă}.",
            "Ea este {name}, {age} de ani, {o adevărată frumusețe|compania perfectă}.",
        ),
        "looks": (
            "{Slabă|Micuță|Cu forme|Sportivă}, {păr lung șaten|blondă naturală|ochi verzi}.",
            "{Frumusețe|Corp} {naturală|de invidiat}, {1,65|1,70|1,58} m înălțime.",
            "{Elegantă|Mereu aranjată}, {perfectă pentru o cină|potrivită pentru orice ocazie}.",
        ),
        "nationality": (
            "{Frumoasă|Dulce|Superbă} {nat}{| cu mult farmec}.",
            "Sunt {nat}{| și foarte pasională}.",
            "{Naționalitate|Origine}: {nat}.",
        ),
        "offer": (
            "Ofer {masaj relaxant|experiență de iubită|companie la cină} și {multe altele|"
            "momente de neuitat}.",
            "{Masaj relaxant|Masaj de corp|Masaj cu uleiuri} și {multă tandrețe|complicitate "
            "adevărată}.",
            "{Ideală|Perfectă} pentru {oameni de afaceri|domni care vor să se relaxeze|o "
            "seară discretă}.",
            "{Momente de neuitat garantate|Relaxare totală garantată|Relaxare totală "
            "într-un cadru discret}.",
            "{Cupluri binevenite|Deschisă la minte|Tandră și discretă} {emoji}",
        ),
        "place": (
            "{Primesc la mine și mă deplasez|La mine sau deplasări}{| în {city}}.",
            "{Apartament privat|Apartament curat și discret|Garsonieră privată} {central|cu "
            "parcare|lângă gară}.",
            "Deplasări la {hotel|domiciliu|hotel sau domiciliu} în {city}{| și împrejurimi}.",
        ),
        "availability": (
            "Disponibilă {între 10 și 22|seara|de luni până sâmbătă|astăzi}.",
            "{Sună|Anunță-mă} cu {o jumătate de oră|o oră} înainte{|, mulțumesc}.",
            "{Doar cu programare|Pe bază de programare}{| de luni până vineri}.",
        ),
        "price": (
            ("1h", "{price} ora"),
            ("1h", "1 oră {price}"),
            ("30min", "Jumătate de oră {price}"),
            ("30min", "30 min {price}"),
            ("2h", "2 ore {price}"),
            ("overnight", "Toată noaptea {price}"),
        ),
        "closing": (
            "{Pupici|Te pup} {emoji}",
            "{Nu ezita|Nu sta pe gânduri}, {sună-mă|scrie-mi}{| acum}!",
            "Te aștept{| {emoji}}",
            "{Doar domni serioși|Doar bărbați respectuoși}{|, vă rog}.",
            "Nu răspund la număr ascuns{| și la SMS-uri}.",
        ),
        "new_in_town": (
            "{Nouă|Noutate} în {city}{| {emoji}}!",
            "{Prima dată|Doar câteva zile} în {city}{|, nu mă rata}.",
            "{Abia am ajuns|Proaspăt sosită} în {city}{| săptămâna aceasta}.",
        ),
        "young_fresh": (
            "{Tânără|Tânără și proaspătă|Foarte tânără} {emoji}",
            "{Fată nouă|Tânără nouă} {săptămâna asta|abia începe}.",
            "{Atât de tânără|Tânără și dulce}, {doar {age} ani|abia {age} ani}.",
        ),
        "always_available": (
            "Disponibilă non-stop{| pentru tine}.",
            "{Zi și noapte|La orice oră}{|, sună oricând}.",
            "{Deschis|Disponibilă} non-stop, {7 zile din 7|în fiecare zi}.",
        ),
        "third_party": (
            "Întreabă de {name}{| când suni}.",
            "{Sună|Contactează} {managerul meu|recepția|șoferul meu} pentru rezervări.",
            "{Rezervări|Programări} {doar prin|prin} {recepție|secretariat}.",
            "Te așteaptă, {sună-ne|trebuie doar să ne suni}.",
        ),
        "multiple_women": (
            "{Fete noi|Noutăți} în fiecare săptămână{|, vino să le cunoști}.",
            "{Multe|Mai multe} {fete|domnișoare} {din care să alegi|disponibile}{| azi}.",
            "{name} și {name2} {disponibile împreună|te așteaptă}.",
        ),
        "incall_only": (
            "Doar la mine{|, fără deplasări}.",
            "{Îmi pare rău|Scuze}, nu {fac deplasări|pot să ies}.",
            "{Doar|Exclusiv} {la mine|în apartamentul meu}{|, nu mă pot deplasa}.",
        ),
        "limited_language": (
            "{Puțină|Foarte puțină} română{|, mai bine SMS}.",
            "{Nu vorbesc română|Româna nu prea bine}, {doar mesaje|scrie-mi}.",
            "Vorbește {doar|abia} {câteva cuvinte în|puțin} română.",
        ),
        "just_arrived": (
            "{Proaspăt sosită|Sosită} {din străinătate|săptămâna asta|de curând}.",
            "{Prima dată|Prima săptămână} în {țară|Europa|România}{| {emoji}}.",
        ),
        "cash_only": (
            "{Doar cash|Plata numai cash}{|, fără card}.",
            "{Prețuri fixe|Nu negociez|Prețurile nu sunt negociabile}{|, mulțumesc}.",
            "{Plata|Cadoul} {în avans|la început}{|, cash}.",
        ),
        "independent": (
            "{100% |Complet |}independentă{|, fără agenție|, fără pește}.",
            "{Lucrez pentru mine|Sunt propriul meu șef}{|, fără agenție, fără șofer}.",
            "{Fată|Escortă} independentă{|, nu sunt agenție}.",
        ),
        "screening": (
            "{Verificare|Prezentare} {obligatorie|necesară} {pentru clienții noi|la prima "
            "întâlnire}.",
            "{Te rog|Vă rog} {prezintă-te|spune-mi numele} prin mesaj.",
            "{Citește|Te rog citește} anunțul înainte să suni.",
        ),
        "own_terms": (
            "{Îmi aleg clienții|Eu decid pe cine întâlnesc}{| și programul}.",
            "{Apartamentul meu|Apartament privat}{|, lucrez doar eu aici}.",
            "{Lucrez când vreau|Îmi stabilesc singură prețurile și programul}.",
        ),
        "tour": (
            "În trecere prin {city} {până {day}|doar săptămâna asta|pentru câteva zile}.",
            "{În vizită|În turneu} în {city} {până {day}|săptămâna aceasta}{|, programează-te "
            "repede}.",
        ),
        "real_photos": (
            "{Poze 100% reale|Poze reale|Poze recente}{|, fără surprize}.",
            "{Pozele mele|Toate pozele} sunt {reale|autentice}{| și recente}.",
        ),
    },
    "recruitment": {
        "title": (
            "Angajăm {job} {dest}{| {emoji}}",
            "Ofertă de muncă: {job} {dest}",
            "{job} {dest} – {salariu bun|foarte bine plătit|condiții excelente}",
            "Muncă {dest} pentru {job}",
        ),
        "intro": (
            "{company} {angajează|recrutează} {job} {dest}.",
            "Suntem o {agenție|firmă} {internațională|serioasă} și căutăm {job}{| {dest}}.",
            "Căutăm {job} pentru muncă {dest}{| în acest sezon}.",
            "{Posturi disponibile|Locuri noi} pentru {job} {dest}.",
        ),
        "job": (
            "{Muncă|Post} într-un {bar|hotel|club|restaurant} {foarte aglomerat|de lux|de "
            "familie}.",
            "{Ture|Program} {de 8 ore|de seară|5 zile pe săptămână}.",
            "{Atribuții|Sarcini}: {servirea clienților|lucru la bar|curățenie și "
            "gătit|cules și ambalat}.",
        ),
        "pay": (
            ("month", "Salariu de {price} pe lună{| net}."),
            ("month", "{Câștiguri|Venituri} de la {price} lunar."),
            ("week", "{price} pe săptămână{| plus bacșiș}."),
            ("day", "{price} pe zi."),
        ),
        "conditions": (
            "{Începere|Plecare} {luna viitoare|peste două săptămâni|în primăvară}.",
            "{Contract de|Sezon de} {3|6|12} luni{|, cu posibilitate de prelungire}.",
            "{Echipă tânără|Colectiv internațional|Atmosferă plăcută}.",
        ),
        "apply": (
            "{Aplică acum|Trimite-ne un mesaj chiar azi}.",
            "{Ești interesată? Contactează-ne|Pentru detalii, scrie-ne}.",
        ),
        "closing": (
            "{Așteptăm aplicația ta|Te așteptăm}.",
            "{Succes|Mulțumim}!",
        ),
        "travel_paid": (
            "{Transportul|Biletul de avion|Drumul} {este plătit|e asigurat} de "
            "{noi|angajator}{|, nu plătești nimic}.",
            "{Plătim|Asigurăm} {drumul|biletul de avion|transportul}.",
        ),
        "visa_arranged": (
            "{Viza|Viza de muncă|Permisul de muncă} {se face|se rezolvă} prin "
            "{noi|agenție}{|, nicio problemă}.",
            "Ne ocupăm de {acte și viză|viză și permis de muncă|toate formalitățile}.",
        ),
        "no_experience": (
            "{Nu este necesară experiență|Fără experiență}{|, te instruim noi}.",
            "{Experiența nu contează|Nu ai experiență? Nicio problemă}!",
        ),
        "housing_provided": (
            "{Cazare|Locuință|Cazare gratuită} {asigurată|inclusă}{| lângă locul de muncă}.",
            "Vei locui {cu celelalte fete|într-un apartament comun|la locul de muncă}{| gratuit}.",
        ),
        "documents_held": (
            "{Actele|Documentele|Pașaportul și buletinul} {rămân|sunt păstrate} {în "
            "siguranță|la angajator} {pe durata contractului|pentru siguranța ta}.",
            "{Angajatorul păstrează|Noi păstrăm} {pașapoartele|actele} {pentru "
            "siguranță|până la finalul contractului}.",
        ),
        "debt_deducted": (
            "{Drumul|Viza|Cazarea} se {scade|reține} din {salariu|primele salarii}.",
            "{O mică taxă|O garanție} {pentru acte|de înscriere}, returnată {mai "
            "târziu|din câștiguri}.",
        ),
        "young_women_only": (
            "{Doar|Pentru} fete tinere {{age_min}-{age_max} ani|între {age_min} și {age_max} ani}.",
            "{Fete|Domnișoare} {age_min}-{age_max} ani{|, slabe}.",
        ),
        "send_photos": (
            "{Trimite|Trimiteți} {2-3|câteva} poze {recente|cu tot corpul}{| cu mesajul}.",
            "{Poza obligatorie|Este necesară o poză} pentru înscriere.",
        ),
        "vague_employer": (
            "{Detalii|Mai multe detalii} {în privat|la telefon|pe WhatsApp}.",
            "{Numele firmei|Angajatorul} {se comunică la interviu|vă spunem mai târziu}.",
        ),
        "urgent": (
            "{Urgent|Foarte urgent}!{| Plecare imediată.}",
            "{Plecare|Începere} {imediată|săptămâna aceasta|în câteva zile}.",
        ),
        "high_pay": (
            "{Câștigă|Poți câștiga} până la {salary_max} pe lună{| ușor}!",
            "{Câștiguri foarte mari|Salariu excelent}{|, mult mai mult decât aici}.",
        ),
        "no_language_needed": (
            "{Nu este necesară limba străină|Nu se cere engleză}.",
            "Nu {trebuie|e nevoie} să vorbești {engleză|limba}.",
        ),
        "messaging_only": ("Contact doar {pe WhatsApp|pe Telegram|prin mesaj}{|, fără apeluri}.",),
        "named_employer": (
            "{company}, CUI {n}.",
            "{Vizitați|Găsiți} {site-ul|biroul} nostru în {city}.",
        ),
        "contract": (
            "{Contract de muncă scris|Contract legal}{|, cu asigurare} {și fluturași de "
            "salariu|inclus}.",
            "{Angajare legală|Contract oficial} {cu asigurare medicală|conform legii}.",
        ),
        "no_fees": (
            "{Fără taxe|Nu percepem taxe} pentru candidați.",
            "{Serviciul nostru|Recrutarea} este {gratuit|complet gratuită} pentru "
            "{lucrători|candidați}.",
        ),
        "licensed_agency": ("Agenție de plasare {autorizată|licențiată}{|, licența nr. {n}}.",),
    },
    "jobs": (
        ("lure", "hostess"),
        ("lure", "ospătărițe"),
        ("lure", "dansatoare"),
        ("lure", "modele"),
        ("lure", "maseuze"),
        ("lure", "barmanițe"),
        ("lure", "bone"),
        ("labour", "culegători de căpșuni"),
        ("labour", "îngrijitoare bătrâni"),
        ("labour", "femei de serviciu"),
        ("labour", "cameriste"),
        ("labour", "muncitori în depozit"),
        ("labour", "ajutori de bucătar"),
    ),
    "dest": (
        "în Germania",
        "în Anglia",
        "în Spania",
        "în străinătate",
        "în Olanda",
        "în Dubai",
        "în Italia",
        "în Danemarca",
        "în Belgia",
        "în Austria",
    ),
    "company": (
        "{Euro|Global|Star|Top} {Muncă|Job|Recrutare|Servicii} {International|Agency|Group}",
        "{Popescu|Ionescu|Stan|Dumitru} {Construct|Catering|Logistic} {SRL|și Fiii}",
    ),
    "decoy": {
        "room": {
            "title": (
                "Închiriez cameră în {city}",
                "Cameră {mobilată|în regim hotelier} – {city}",
                "{Cameră|Garsonieră} {ultracentral|lângă metrou}",
            ),
            "body": (
                (
                    "{Cameră|Cameră spațioasă} {luminoasă|mobilată} într-un apartament "
                    "{liniștit|primitor}.",
                    "Cameră {mobilată|nemobilată} cu {birou|dulap|balcon}.",
                ),
                (
                    "{Utilități incluse|Toate utilitățile incluse|Utilitățile separat}{|, internet "
                    "rapid}.",
                    "{Bucătărie și baie comune|Baie proprie}{|, mașină de spălat}.",
                ),
                (
                    "{Liberă|Disponibilă} {de luna viitoare|imediat|de la 1}.",
                    "Perioadă minimă {6|12} luni.",
                ),
                (
                    "{Nefumători|Doar nefumători}{|, fără animale}{|, vă rog}.",
                    "{Garanție|O chirie garanție}.",
                ),
            ),
            "shared": (
                "{Ideală|Perfectă} pentru {o tânără|tineri studenți|un cuplu tânăr}.",
                "{Proaspăt zugrăvită|Renovată recent}{| luna trecută}.",
                "{Nouă în {city}?|Nouă în oraș?} {Acesta este locul perfect|Te așteptăm}.",
                "Acces non-stop{|, pază}.",
                "{Studenți|Chiriași} cu viză {de studii|de muncă} bineveniți.",
            ),
            "price": (
                ("month", "{price} pe lună"),
                ("month", "Chirie {price}/lună"),
                ("month", "{price} lunar{| cu utilități}"),
            ),
        },
        "car": {
            "title": (
                "Vând {car} din {year}",
                "{car} – {year}, {km} km",
                "{car}{| {year}} de vânzare",
            ),
            "body": (
                (
                    "{Primul proprietar|Doi proprietari}, service la zi.",
                    "{Stare foarte bună|Stare impecabilă|Stare bună}.",
                ),
                ("{km} km, {benzină|diesel|hibrid}, cutie {manuală|automată}.",),
                ("{Anvelope noi|Frâne noi|Baterie nouă}.", "ITP {valabil|făcut recent}."),
                (
                    "{Plata prin transfer|Cash sau transfer}.",
                    "{Se poate vedea|Test drive} {oricând|cu programare}.",
                    "Rog seriozitate.",
                ),
            ),
            "shared": (
                "Revizie {proaspătă|făcută recent}{| și ulei schimbat}.",
                "Ideală pentru {un șofer tânăr|tineri}.",
                "{Visa|Card} și cash.",
                "Asistență rutieră non-stop inclusă{| până în iunie}.",
            ),
            "price": (
                ("once", "{price}"),
                ("once", "{price} negociabil"),
                ("once", "Preț: {price}"),
            ),
        },
        "pet": {
            "title": (
                "{Pisoi|Căței} caută {stăpân|o familie iubitoare}",
                "{Pisoi|Căței} {superbi|drăgălași} în {city}",
            ),
            "body": (
                (
                    "{Vaccinați|Cu cip și vaccinați|Verificați de medicul veterinar} și "
                    "deparazitați.",
                    "Părinții pot fi văzuți.",
                ),
                ("{Foarte|Super} {jucăuși|drăgălași} și {obișnuiți cu copiii|curați}.",),
                ("{Gata de plecare|Disponibili} {de acum|peste două săptămâni}.",),
            ),
            "shared": (
                "{Tineri|Tineri și sănătoși}, {foarte dulci|plini de energie}.",
                "{Pătură nouă|Culcuș nou} cadou.",
                "Vizionare non-stop, doar cu mesaj.",
            ),
            "price": (("once", "{price} bucata"), ("once", "Taxă de adopție {price}")),
        },
        "job": {
            "title": (
                "{Lucrător depozit|Ajutor bucătar|Curier} în {city}",
                "{Programator|Asistentă medicală|Vânzătoare} – {city}",
                "{Part-time|Full-time}: {barista|recepționeră|femeie de serviciu}",
            ),
            "body": (
                ("{company} {angajează|caută} personal pentru {sediul|magazinul} din {city}.",),
                (
                    "Contract {pe perioadă nedeterminată|pe perioadă determinată}, "
                    "{full-time|part-time}.",
                    "{Concediu plătit|Tichete de masă} și {training|reduceri pentru angajați}.",
                ),
                (
                    "{Aplică online|Trimite CV-ul}.",
                    "{Interviuri|Zile de recrutare} {săptămâna viitoare|luna aceasta}.",
                ),
            ),
            "shared": (
                "Nu este necesară experiență{|, oferim training}.",
                "{Sprijin pentru viză|Viză de muncă asigurată} pentru {specialiști "
                "calificați|ingineri}.",
                "{Echipă tânără și dinamică|Colectiv tânăr}.",
                "Activitate non-stop, {ture de zi și de noapte|program flexibil}.",
            ),
            "price": (("hour", "{price} pe oră"), ("month", "{price} brut pe lună")),
        },
        "massage": {
            "title": (
                "Masaj {sportiv|terapeutic|thailandez} în {city}",
                "{Kinetoterapeut|Maseuză autorizată} – {city}",
                "Cabinet de {masaj|kinetoterapie} {terapeutic|central}",
            ),
            "body": (
                (
                    "Maseuză {autorizată|calificată} cu {10|8|5} ani de experiență.",
                    "Membră a asociației profesionale.",
                ),
                (
                    "Masaj {sportiv|terapeutic|cu pietre calde} pentru {dureri de spate|stres|"
                    "contracturi}.",
                ),
                ("Cabinet {liniștit|luminos} {cu parcare|central}.", "Vouchere cadou disponibile."),
                (
                    "Doar masaj terapeutic, rog abțineți-vă de la alte cereri.",
                    "Programări {online sau telefonic|telefonic}.",
                ),
            ),
            "shared": (
                "{Cabinet nou|Locație nouă} în {city}{| – vă așteptăm}.",
                "Prosoape {curate|proaspete} pentru fiecare client.",
                "{Acceptăm Visa|Plata cu cardul Visa} și cash.",
                "Programări online non-stop.",
            ),
            "price": (
                ("1h", "{price} ședința de 60 de minute"),
                ("30min", "30 min {price}"),
                ("1h", "1 oră {price}"),
            ),
        },
    },
    "contact": {
        "phone": (
            "Tel: {contact}",
            "📞 {contact}",
            "{Apel|Apel sau SMS} la {contact}",
            "Mobil: {contact}",
        ),
        "phone_personal": ("Sună-mă la {contact}", "Programări la {contact}"),
        "whatsapp": ("WhatsApp {contact}", "Doar WhatsApp {contact}"),
        "whatsapp_personal": ("Scrie-mi pe WhatsApp: {contact}",),
        "email": ("Email: {contact}", "Contact: {contact}"),
        "email_personal": ("Scrie-mi la {contact}",),
        "handle": ("{contact}", "Urmăriți-ne {contact}"),
        "handle_personal": ("Adaugă-mă {contact}", "Urmărește-mă {contact}"),
        "none": ("Contact prin mesageria site-ului.", "Doar prin mesaj{| pe site}."),
    },
}
