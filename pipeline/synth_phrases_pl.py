"""Polish phrase bank for the synthetic corpus (PL ads).

Ages are written as "{age}-latka", "wiek: {age}" or "{age} l." because "lat"/"lata"
agreement changes with the number; cities take case forms through {city_loc} ("w Krakowie")
and {city_gen} ("do Krakowa").
"""

PL = {
    "names": (
        "Kasia",
        "Ola",
        "Magda",
        "Agnieszka",
        "Natalia",
        "Karolina",
        "Monika",
        "Ewa",
        "Marta",
        "Paulina",
        "Weronika",
        "Zuzia",
        "Asia",
        "Dominika",
        "Justyna",
        "Patrycja",
        "Sylwia",
        "Gosia",
        "Iza",
        "Klaudia",
    ),
    "nat": (
        "Brazylijka",
        "Rosjanka",
        "Kolumbijka",
        "Ukrainka",
        "Rumunka",
        "Azjatka",
        "Włoszka",
        "Hiszpanka",
        "Polka",
        "Czeszka",
        "Tajka",
        "Białorusinka",
        "Latynoska",
        "Wenezuelka",
        "Bułgarka",
        "Mulatka",
    ),
    "days": ("poniedziałku", "wtorku", "środy", "czwartku", "piątku", "soboty", "niedzieli"),
    "shared_vocabulary": ("młod", "now", "24/7", "wiz", "doświadczeni"),
    "service": {
        "title": (
            "{name} {emoji} {age} l. – {city}",
            "{Śliczna|Słodka|Zmysłowa|Elegancka} {name} {emoji} {city}",
            "{name}, {chwila relaksu|słodka odskocznia|pełen relaks} {emoji}",
            "Masaż {relaksacyjny|zmysłowy|body} – {name}",
            "{name}, {age}-latka – {u mnie|wyjazdy|u mnie i wyjazdy}",
            "{city}: {name} {dostępna dziś|dostępna teraz} {emoji}",
            "Twoja {dyskretna|idealna} randka {city_loc} {emoji}",
        ),
        "intro": (
            "Cześć {panowie|kochani|wszystkim}, jestem {name}, {age}-latka{| i lubię poznawać "
            "nowych ludzi}.",
            "Hej, tu {name} {emoji} wiek: {age}, {wesoła|zadziorna|elegancka} i {bardzo "
            "dyskretna|zawsze uśmiechnięta}.",
            "Mam na imię {name}, {naturalna|czuła|kulturalna} {age}-latka {z klasą|pełna ciepła}.",
            "Jestem {name}, {dziewczyna|kobieta}, która {uwielbia|lubi} {dobre kolacje|ciekawe "
            "rozmowy|spokojne wieczory}.",
        ),
        "intro_third": (
            "{name} to {słodka|piękna|urocza} {dziewczyna|kobieta}, {age} l.{| – czeka na Ciebie}.",
            "Przedstawiamy: {name}, {age}-latka, {elegancka|drobna|kobieca} i {bardzo "
            "miła|zawsze uśmiechnięta}.",
            "{name} (wiek {age}) {czeka na Twój telefon|umili Ci dzień}.",
            "To jest {name}, {age} l., {prawdziwa piękność|idealne towarzystwo}.",
        ),
        "looks": (
            "{Szczupła|Drobna|Kobieca|Wysportowana}, {długie ciemne włosy|naturalna "
            "blondynka|zielone oczy}.",
            "{Naturalna|Prawdziwa} {uroda|figura}, wzrost {165|170|158} cm.",
            "{Elegancka|Zawsze zadbana}, {idealna na kolację|na każdą okazję}.",
        ),
        "nationality": (
            "{Piękna|Słodka|Gorąca} {nat}{| z charakterem}.",
            "{Pochodzenie|Narodowość}: {nat}.",
            "Prawdziwa {nat}{| z pięknym akcentem}.",
        ),
        "offer": (
            "Oferuję {masaż relaksacyjny|GFE|towarzystwo na kolacji} i {dużo więcej|miło "
            "spędzony czas}.",
            "{Masaż relaksacyjny|Masaż całego ciała|Masaż olejkami} i {prawdziwą "
            "bliskość|dużo czułości}.",
            "{Idealna|Świetna} dla {biznesmenów|panów, którzy chcą się zrelaksować|na "
            "dyskretny wieczór}.",
            "{Niezapomniane chwile gwarantowane|Pełen relaks gwarantowany|Pełen relaks w "
            "dyskretnym miejscu}.",
            "{Pary mile widziane|Otwarta|Czuła i dyskretna} {emoji}",
        ),
        "place": (
            "{Przyjmuję u siebie i dojeżdżam|U mnie lub wyjazdy}{| {city_loc}}.",
            "{Mieszkanie|Apartament} {prywatne|czyste i dyskretne} {w centrum|z "
            "parkingiem|blisko dworca}.",
            "Wyjazdy do {hotelu|domu|hotelu lub domu} {city_loc}{| i okolicach}.",
        ),
        "availability": (
            "Dostępna {od 10 do 22|wieczorami|od poniedziałku do soboty|dziś}.",
            "{Zadzwoń|Napisz} {godzinę|pół godziny} wcześniej{|, dziękuję}.",
            "{Tylko po umówieniu|Po wcześniejszym umówieniu}{| od poniedziałku do piątku}.",
        ),
        "price": (
            ("1h", "{price} za godzinę"),
            ("1h", "1h – {price}"),
            ("30min", "Pół godziny {price}"),
            ("30min", "30 min {price}"),
            ("2h", "2h {price}"),
            ("overnight", "Cała noc {price}"),
        ),
        "closing": (
            "{Buziaki|Całuski} {emoji}",
            "{Nie wahaj się|Śmiało}, {zadzwoń|napisz}{| teraz}!",
            "Do zobaczenia{| {emoji}}",
            "{Tylko kulturalni panowie|Tylko z szacunkiem}{|, proszę}.",
            "Nie odbieram zastrzeżonych numerów{| i SMS-ów}.",
        ),
        "new_in_town": (
            "{Nowa|Nowość} {city_loc}{| {emoji}}!",
            "{Pierwszy raz|Tylko kilka dni} {city_loc}{|, nie przegap}.",
            "{Dopiero przyjechałam|Świeżo przyjechałam} {city_gen}{| w tym tygodniu}.",
        ),
        "young_fresh": (
            "{Młoda|Młoda i świeża|Bardzo młoda} {emoji}",
            "{Nowa dziewczyna|Młoda nowa} {w tym tygodniu|dopiero zaczyna}.",
            "{Taka młoda|Młoda i słodka}, {tylko {age}|ledwie {age}} l.",
        ),
        "always_available": (
            "Dostępna 24/7{| dla Ciebie}.",
            "{Dzień i noc|O każdej porze}{|, dzwoń kiedy chcesz}.",
            "{Otwarte|Dostępna} całą dobę, {7 dni w tygodniu|codziennie}.",
        ),
        "third_party": (
            "Pytaj o {name}{| przy telefonie}.",
            "{Zadzwoń do menedżera|Skontaktuj się z recepcją|Zadzwoń do kierowcy}, żeby umówić.",
            "{Rezerwacje|Umawianie} {tylko przez|przez} {recepcję|sekretariat}.",
            "Ona na Ciebie czeka, {zadzwoń do nas|wystarczy do nas zadzwonić}.",
        ),
        "multiple_women": (
            "{Nowe dziewczyny|Nowości} co tydzień{|, wpadnij poznać}.",
            "{Wiele|Kilka} {dziewczyn|pań} {do wyboru|dostępnych}{| dziś}.",
            "{name} i {name2} {dostępne razem|czekają na Ciebie}.",
        ),
        "incall_only": (
            "Tylko u mnie{|, bez wyjazdów}.",
            "{Przepraszam|Niestety}, nie {jeżdżę do klientów|mogę wychodzić}.",
            "{Tylko|Wyłącznie} {u siebie|w moim mieszkaniu}{|, nie mogę dojeżdżać}.",
        ),
        "limited_language": (
            "{Mało|Bardzo mało} po polsku{|, lepiej SMS}.",
            "{Nie mówię po polsku|Polski słabo}, {tylko SMS|napisz}.",
            "Mówi {tylko|ledwie} {kilka słów|trochę} po polsku.",
        ),
        "just_arrived": (
            "{Przyjechała|Dopiero przyjechała} {z zagranicy|w tym tygodniu}.",
            "{Pierwszy raz|Pierwszy tydzień} w {Polsce|Europie|tym kraju}{| {emoji}}.",
        ),
        "cash_only": (
            "{Tylko gotówka|Płatność gotówką}{|, bez karty}.",
            "{Stałe ceny|Bez negocjacji|Ceny nie podlegają negocjacji}{|, dziękuję}.",
            "{Płatność|Prezent} {z góry|na początku}{|, gotówką}.",
        ),
        "independent": (
            "{100% |Całkowicie |}niezależna{|, bez agencji|, bez alfonsa}.",
            "{Pracuję dla siebie|Jestem sama sobie szefową}{|, bez agencji i kierowcy}.",
            "{Prywatna|Niezależna} {dziewczyna|pani}{|, nie agencja}.",
        ),
        "screening": (
            "{Weryfikacja|Przedstawienie się} {wymagana|mile widziane} {przy nowych "
            "klientach|przy pierwszym spotkaniu}.",
            "{Proszę|Najpierw} {przedstaw się|podaj imię} w SMS-ie.",
            "{Przeczytaj|Proszę przeczytać} ogłoszenie przed telefonem.",
        ),
        "own_terms": (
            "{Sama wybieram klientów|Sama decyduję, z kim się spotykam}{| i kiedy}.",
            "{Moje własne mieszkanie|Prywatny apartament}{|, pracuję tu sama}.",
            "{Pracuję, kiedy chcę|Sama ustalam ceny i godziny}.",
        ),
        "tour": (
            "Przejazdem {city_loc} {do {day}|tylko w tym tygodniu|na kilka dni}.",
            "{Z wizytą|W trasie} {city_loc} {do {day}|w tym tygodniu}{|, umawiaj się szybko}.",
        ),
        "real_photos": (
            "{Zdjęcia 100% prawdziwe|Prawdziwe zdjęcia|Aktualne zdjęcia}{|, bez niespodzianek}.",
            "{Moje|Wszystkie} zdjęcia są {prawdziwe|aktualne}{| i bez retuszu}.",
        ),
    },
    "recruitment": {
        "title": (
            "Praca dla {job} {dest}{| {emoji}}",
            "Oferta pracy dla {job} {dest}",
            "Praca {dest} dla {job} – {dobre zarobki|bardzo dobrze płatna|super warunki}",
            "Szukamy {job} {dest}",
        ),
        "intro": (
            "{company} {szuka|poszukuje} {job} {dest}.",
            "Jesteśmy {międzynarodową|sprawdzoną} {agencją|firmą} i szukamy {job}{| {dest}}.",
            "Szukamy {job} do pracy {dest}{| w tym sezonie}.",
            "{Wolne miejsca|Nowe miejsca pracy} dla {job} {dest}.",
        ),
        "job": (
            "{Praca|Stanowisko} w {barze|hotelu|klubie|restauracji} {z dużym ruchem|o "
            "wysokim standardzie|rodzinnej}.",
            "{Zmiany|Godziny pracy} {po 8 godzin|wieczorne do późna|5 dni w tygodniu}.",
            "{Obowiązki|Zadania}: {obsługa gości|obsługa sali|sprzątanie i "
            "gotowanie|zbiór i pakowanie}.",
        ),
        "pay": (
            ("month", "Pensja {price} miesięcznie{| na rękę}."),
            ("month", "Zarobki od {price} miesięcznie."),
            ("week", "{price} tygodniowo{| plus napiwki}."),
            ("day", "{price} dziennie."),
        ),
        "conditions": (
            "{Start|Wyjazd} {w przyszłym miesiącu|za dwa tygodnie|wiosną}.",
            "{Umowa na|Sezon:} {3 miesiące|6 miesięcy|12 miesięcy}{|, możliwość przedłużenia}.",
            "{Młody zespół|Międzynarodowy zespół|Miła atmosfera}.",
        ),
        "apply": (
            "{Aplikuj już dziś|Napisz do nas jeszcze dziś}.",
            "{Zainteresowana? Skontaktuj się|Jeśli jesteś zainteresowana, napisz} po szczegóły.",
        ),
        "closing": (
            "{Czekamy na Twoje zgłoszenie|Czekamy na Ciebie}.",
            "{Powodzenia|Dziękujemy}!",
        ),
        "travel_paid": (
            "{Przejazd|Bilet lotniczy|Dojazd} {opłacony przez nas|opłaca "
            "pracodawca}{|, nic nie płacisz}.",
            "{Płacimy|Pokrywamy} {za podróż|za bilet|koszt dojazdu}.",
        ),
        "visa_arranged": (
            "{Wiza|Wiza pracownicza} {załatwiona przez nas|po naszej stronie}{|, bez problemu}.",
            "Załatwiamy {wszystkie papiery|wizę|wszystkie formalności}.",
        ),
        "no_experience": (
            "{Bez doświadczenia|Doświadczenie niewymagane}{|, wszystkiego nauczymy}.",
            "{Doświadczenie nie jest potrzebne|Brak doświadczenia? Żaden problem}!",
        ),
        "housing_provided": (
            "{Zakwaterowanie|Mieszkanie|Darmowe zakwaterowanie} {zapewnione|w cenie}{| blisko "
            "pracy}.",
            "Zamieszkasz {z innymi dziewczynami|we wspólnym mieszkaniu|na miejscu}{| za darmo}.",
        ),
        "documents_held": (
            "{Twoje dokumenty|Twoje papiery|Paszport i dowód} {będą bezpiecznie "
            "przechowane|zostają u pracodawcy} {na czas umowy|dla Twojego "
            "bezpieczeństwa}.",
            "{Przechowujemy|Pracodawca przechowuje} {paszporty|dokumenty} {dla "
            "bezpieczeństwa|do końca umowy}.",
        ),
        "debt_deducted": (
            "{Koszt przejazdu|Koszt wizy|Koszt mieszkania} potrącany jest z {pensji|"
            "pierwszych wypłat}.",
            "{Niewielka opłata|Kaucja} {za dokumenty|za rejestrację}, zwracana {później|z "
            "zarobków}.",
        ),
        "young_women_only": (
            "{Tylko dla|Wyłącznie dla} młodych kobiet {{age_min}-{age_max} lat|w wieku "
            "{age_min}-{age_max}}.",
            "{Dziewczyny|Panie} {age_min}-{age_max}{|, szczupłe}.",
        ),
        "send_photos": (
            "{Wyślij|Prześlij} {2-3 aktualne zdjęcia|kilka aktualnych zdjęć|zdjęcia całej "
            "sylwetki}{| z wiadomością}.",
            "{Zdjęcie obowiązkowe|Wymagane zdjęcie} przy zgłoszeniu.",
        ),
        "vague_employer": (
            "{Szczegóły|Więcej informacji} {prywatnie|telefonicznie|na WhatsAppie}.",
            "{Nazwa firmy|Pracodawca} {podana na rozmowie|do wiadomości później}.",
        ),
        "urgent": (
            "{Pilne|Bardzo pilne}!{| Wyjazd od zaraz.}",
            "{Wyjazd|Start} {od zaraz|w tym tygodniu|za kilka dni}.",
        ),
        "high_pay": (
            "{Zarabiaj|Możesz zarobić} do {salary_max} miesięcznie{| bez problemu}!",
            "{Bardzo wysokie|Świetne} zarobki{|, dużo więcej niż tutaj}.",
        ),
        "no_language_needed": (
            "{Znajomość języka niewymagana|Angielski niepotrzebny}.",
            "Nie {musisz|trzeba} znać {angielskiego|języka}.",
        ),
        "messaging_only": (
            "Kontakt tylko {przez WhatsApp|przez Telegram|wiadomością}{|, bez telefonów}.",
        ),
        "named_employer": (
            "{company}, NIP {n}.",
            "{Odwiedź|Zobacz} {naszą stronę|nasze biuro} {city_loc}.",
        ),
        "contract": (
            "{Umowa o pracę na piśmie|Legalna umowa}{|, ubezpieczenie} {i paski płacowe|w cenie}.",
            "{Legalne zatrudnienie|Oficjalna umowa} {z ubezpieczeniem|zgodnie z prawem}.",
        ),
        "no_fees": (
            "{Bez opłat|Nie pobieramy opłat} od kandydatów.",
            "{Nasza usługa|Rekrutacja} jest {bezpłatna|całkowicie bezpłatna} dla "
            "{pracowników|kandydatów}.",
        ),
        "licensed_agency": (
            "Agencja zatrudnienia {z certyfikatem|wpisana do rejestru}{|, KRAZ {n}}.",
        ),
    },
    "jobs": (
        ("lure", "hostess"),
        ("lure", "kelnerek"),
        ("lure", "tancerek"),
        ("lure", "modelek"),
        ("lure", "masażystek"),
        ("lure", "barmanek"),
        ("lure", "opiekunek au pair"),
        ("labour", "zbieraczy owoców"),
        ("labour", "opiekunek osób starszych"),
        ("labour", "sprzątaczek"),
        ("labour", "pokojówek"),
        ("labour", "magazynierów"),
        ("labour", "pomocy kuchennych"),
    ),
    "dest": (
        "w Niemczech",
        "w Holandii",
        "za granicą",
        "w Dubaju",
        "w Anglii",
        "w Norwegii",
        "w Belgii",
        "w Szwajcarii",
        "we Włoszech",
        "w Irlandii",
    ),
    "company": (
        "{Euro|Global|Star|Top} {Praca|Job|Kadry|Serwis} {International|Agencja|Group}",
        "{Nowak|Kowalski|Wiśniewski|Wójcik} {Logistyka|Gastro|Serwis} {Sp. z o.o.|i Synowie}",
    ),
    "decoy": {
        "room": {
            "title": (
                "Pokój do wynajęcia – {city}",
                "{Umeblowany|Jasny} pokój {w centrum|blisko uczelni}",
                "Wynajmę pokój {studentce|osobie pracującej}",
            ),
            "body": (
                (
                    "{Jasny|Duży|Przytulny} pokój w {spokojnym|miłym} mieszkaniu.",
                    "Pokój {umeblowany|nieumeblowany} z {biurkiem|szafą|balkonem}.",
                ),
                (
                    "{Media w cenie|Opłaty w cenie|Media osobno}{|, szybki internet}.",
                    "{Wspólna kuchnia i łazienka|Własna łazienka}{|, pralka}.",
                ),
                (
                    "Wolny {od przyszłego miesiąca|od zaraz|od pierwszego}.",
                    "Minimalny okres najmu: {6|12} miesięcy.",
                ),
                (
                    "{Dla niepalących|Tylko niepalący}{|, bez zwierząt}{|, proszę}.",
                    "{Kaucja|Kaucja w wysokości czynszu}.",
                ),
            ),
            "shared": (
                "{Idealny|Świetny} dla {młodej osoby pracującej|młodego studenta|młodej pary}.",
                "{Świeżo odmalowany|Po remoncie}{| w zeszłym miesiącu}.",
                "{Jesteś nowa {city_loc}?|Nowa w mieście?} {To idealny start|Zapraszamy do nas}.",
                "Dostęp 24/7{|, ochrona}.",
                "{Studenci|Najemcy} z wizą {studencką|pracowniczą} mile widziani.",
            ),
            "price": (
                ("month", "{price} miesięcznie"),
                ("month", "Czynsz {price}/mies."),
                ("month", "{price} + media"),
            ),
        },
        "car": {
            "title": (
                "Sprzedam {car} {year}",
                "{car} – {year}, {km} km",
                "{car}{| {year}} – stan bardzo dobry",
            ),
            "body": (
                (
                    "{Pierwszy właściciel|Drugi właściciel}, serwisowany w ASO.",
                    "{Bardzo dobry|Idealny|Dobry} stan.",
                ),
                ("{km} km, {benzyna|diesel|hybryda}, {manual|automat}.",),
                (
                    "{Nowe opony|Nowe hamulce|Nowy akumulator}.",
                    "Przegląd {ważny do przyszłego roku|świeżo zrobiony}.",
                ),
                (
                    "{Gotówka lub przelew|Tylko przelew}.",
                    "{Jazda próbna|Oględziny} {możliwa|po umówieniu}.",
                    "Handlarzom dziękuję.",
                ),
            ),
            "shared": (
                "{Świeży|Świeżo wymieniony} olej{| i filtry}.",
                "Idealny dla młodego kierowcy.",
                "{Visa|Karta} i gotówka.",
                "Assistance 24/7 w cenie{| do czerwca}.",
            ),
            "price": (
                ("once", "{price}"),
                ("once", "{price} do negocjacji"),
                ("once", "Cena: {price}"),
            ),
        },
        "pet": {
            "title": (
                "{Kocięta|Szczeniaki} szukają domu",
                "{Śliczne|Słodkie} {kocięta|szczeniaki} – {city}",
            ),
            "body": (
                (
                    "{Zaszczepione|Zaczipowane i zaszczepione|Po wizycie u weterynarza} i "
                    "odrobaczone.",
                    "Rodzice na miejscu.",
                ),
                ("{Bardzo|Super} {zabawne|przytulaśne} i {przyzwyczajone do dzieci|czyste}.",),
                ("{Gotowe do odbioru|Dostępne} {od zaraz|za dwa tygodnie}.",),
            ),
            "shared": (
                "{Młode|Młode i zdrowe}, {bardzo słodkie|pełne energii}.",
                "{Nowy kocyk|Nowe legowisko} w prezencie.",
                "Oglądanie 24/7 po wiadomości.",
            ),
            "price": (("once", "{price} za sztukę"), ("once", "Opłata adopcyjna {price}")),
        },
        "job": {
            "title": (
                "{Magazynier|Pomoc kuchenna|Kurier} – {city}",
                "{Programista|Pielęgniarka|Sprzedawczyni} – {city}",
                "{Pół etatu|Pełny etat}: {barista|recepcjonistka|sprzątanie}",
            ),
            "body": (
                ("{company} {zatrudni|szuka} pracowników do {oddziału|sklepu} {city_loc}.",),
                (
                    "Umowa o pracę {na czas nieokreślony|na czas określony}, {pełny etat|pół "
                    "etatu}.",
                    "{Płatny urlop|Karta sportowa} i {szkolenia|zniżki pracownicze}.",
                ),
                (
                    "{Aplikuj online|Wyślij CV}.",
                    "{Rozmowy kwalifikacyjne|Dni rekrutacyjne} {w przyszłym tygodniu|w tym "
                    "miesiącu}.",
                ),
            ),
            "shared": (
                "Bez doświadczenia{|, zapewniamy szkolenie}.",
                "{Pomoc w uzyskaniu wizy|Sponsorujemy wizę} dla {wykwalifikowanych "
                "specjalistów|inżynierów}.",
                "{Młody, dynamiczny zespół|Młody zespół}.",
                "Praca w trybie 24/7, {zmiany dzienne i nocne|elastyczny grafik}.",
            ),
            "price": (("hour", "{price} brutto/h"), ("month", "{price} brutto miesięcznie")),
        },
        "massage": {
            "title": (
                "Masaż {sportowy|leczniczy|tajski} – {city}",
                "{Fizjoterapeutka|Dyplomowana masażystka} – {city}",
                "Gabinet {masażu|fizjoterapii} {leczniczego|w centrum}",
            ),
            "body": (
                (
                    "{Dyplomowana|Certyfikowana} masażystka z {10|8|5}-letnim doświadczeniem.",
                    "Członkini stowarzyszenia zawodowego.",
                ),
                ("Masaż {sportowy|leczniczy|gorącymi kamieniami} na {ból pleców|stres|napięcia}.",),
                (
                    "Gabinet {cichy|jasny} {z parkingiem|w centrum}.",
                    "Dostępne vouchery prezentowe.",
                ),
                (
                    "Wyłącznie masaż leczniczy, bez usług erotycznych.",
                    "Zapisy {online lub telefonicznie|telefonicznie}.",
                ),
            ),
            "shared": (
                "{Nowy gabinet|Nowe miejsce} {city_loc}{| – zapraszamy}.",
                "{Świeże|Czyste} ręczniki dla każdego klienta.",
                "{Akceptujemy Visa|Płatność kartą Visa} i gotówką.",
                "Rezerwacja online 24/7.",
            ),
            "price": (
                ("1h", "{price} za 60 minut"),
                ("30min", "30 min {price}"),
                ("1h", "1h {price}"),
            ),
        },
    },
    "contact": {
        "phone": (
            "Tel.: {contact}",
            "📞 {contact}",
            "{SMS|Telefon lub SMS}: {contact}",
            "Kom.: {contact}",
        ),
        "phone_personal": ("Zadzwoń: {contact}", "Umów się: {contact}"),
        "whatsapp": ("WhatsApp {contact}", "Tylko WhatsApp {contact}"),
        "whatsapp_personal": ("Napisz na WhatsApp: {contact}",),
        "email": ("E-mail: {contact}", "Kontakt: {contact}"),
        "email_personal": ("Napisz na {contact}",),
        "handle": ("{contact}", "Obserwuj nas {contact}"),
        "handle_personal": ("Dodaj mnie {contact}", "Obserwuj {contact}"),
        "none": ("Kontakt przez wiadomości na stronie.", "Tylko przez wiadomość{| na portalu}."),
    },
}
