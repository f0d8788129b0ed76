"""French phrase bank for the synthetic corpus (FR and BE ads)."""

FR = {
    "names": (
        "Chloé",
        "Manon",
        "Léa",
        "Camille",
        "Inès",
        "Jade",
        "Sarah",
        "Émilie",
        "Julie",
        "Océane",
        "Margaux",
        "Lina",
        "Clara",
        "Anaïs",
        "Mélanie",
        "Justine",
        "Laura",
        "Noémie",
        "Zoé",
        "Élodie",
    ),
    "nat": (
        "brésilienne",
        "russe",
        "colombienne",
        "ukrainienne",
        "roumaine",
        "asiatique",
        "italienne",
        "espagnole",
        "française",
        "belge",
        "polonaise",
        "thaïlandaise",
        "marocaine",
        "vénézuélienne",
        "métisse",
        "antillaise",
    ),
    "days": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "shared_vocabulary": ("jeune", "nouvelle", "24h/24", "visa", "expérience"),
    "service": {
        "title": (
            "{name} {emoji} {age} ans – {city}",
            "{Belle|Jolie|Charmante|Douce} {name} sur {city} {emoji}",
            "{name}, {douceur|moment de détente|pause câline} {emoji}",
            "Massage {relaxant|sensuel|californien} avec {name}",
            "{name} – {reçoit|se déplace|reçoit et se déplace} {emoji}",
            "{city} : {name} {disponible|dispo} {aujourd'hui|ce soir}",
            "Votre {rendez-vous|moment} {complice|coquin} à {city} {emoji}",
        ),
        "intro": (
            "Bonjour {messieurs|à tous}, je m'appelle {name}, j'ai {age} ans{| et j'adore les "
            "belles rencontres}.",
            "Coucou, c'est {name} {emoji} {age} ans, {souriante|douce|pétillante} et "
            "{discrète|très câline}.",
            "Moi c'est {name}, {age} ans, {élégante|naturelle|gourmande} et {toujours de bonne "
            "humeur|très ouverte}.",
            "Je suis {name}, {femme raffinée|étudiante cultivée|femme pétillante}{|, idéale "
            "pour vos dîners}.",
            "Bonsoir, {name} {pour vous servir|à votre écoute}, {age} ans et beaucoup de "
            "{charme|tendresse}.",
        ),
        "intro_third": (
            "{name} est une {jolie|charmante|ravissante} {femme|fille} de {age} ans{| qui vous "
            "attend}.",
            "Nous vous présentons {name}, {age} ans, {douce|sensuelle} et {très "
            "discrète|pleine de charme}.",
            "{name} ({age} ans) {vous attend|sera ravie de vous recevoir}.",
            "Elle s'appelle {name}, {age} ans, {une vraie beauté|la compagne idéale}.",
        ),
        "looks": (
            "{Mince|Pulpeuse|Sportive|Menue}, {cheveux longs|brune aux yeux verts|blonde "
            "naturelle}.",
            "{Silhouette de rêve|Corps naturel}, {peau douce|joli sourire}.",
            "{Élégante|Toujours bien habillée}, {parfaite pour un dîner|idéale pour vos soirées}.",
            "{1m65|1m70|1m58}, {taille fine|formes généreuses} et {regard de braise|sourire "
            "craquant}.",
        ),
        "nationality": (
            "{Belle|Jolie|Douce} {nat}{| au sourire ravageur}.",
            "Je suis {nat}{| et fière de l'être}.",
            "{Origine|Nationalité} : {nat}{|, accent charmant}.",
        ),
        "offer": (
            "Je propose {massage relaxant|moments tendres|dîners en ville} et {bien plus|GFE}.",
            "{Massage|Massage naturiste|Massage aux huiles} et {vraie complicité|vrai moment "
            "de détente}.",
            "{Idéale|Parfaite} pour {hommes d'affaires|messieurs courtois|une soirée discrète}.",
            "{Moment inoubliable|Détente assurée} {dans un cadre discret|en toute discrétion}.",
            "{Couples bienvenus|Ouverte d'esprit|Douceur et complicité} {emoji}",
        ),
        "place": (
            "{Je reçois et je me déplace|Reçoit et se déplace}{| sur {city}}.",
            "{Appartement|Studio} {privé|propre et discret} {proche gare|avec "
            "parking|centre-ville}.",
            "Déplacement {hôtel|domicile|hôtel et domicile} sur {city}{| et alentours}.",
        ),
        "availability": (
            "{Disponible|Dispo} {de 10h à 22h|en soirée|du lundi au samedi|aujourd'hui}.",
            "{Prévenir|Appeler} {30 min|une heure} à l'avance{|, merci}.",
            "{Sur rendez-vous|Uniquement sur rendez-vous}{| du lundi au vendredi}.",
        ),
        "price": (
            ("1h", "{price} l'heure"),
            ("1h", "1h : {price}"),
            ("30min", "30 min : {price}"),
            ("30min", "{price} la demi-heure"),
            ("2h", "2h {price}"),
            ("overnight", "Nuit : {price}"),
        ),
        "closing": (
            "{Bisous|Gros bisous} {emoji}",
            "{N'hésitez pas|N'hésite pas}, {appelez-moi|écris-moi}{| vite} !",
            "À très vite{| {emoji}}",
            "{Hommes respectueux uniquement|Messieurs courtois seulement}{|, merci}.",
            "Pas de numéros masqués{|, pas de SMS}.",
        ),
        "new_in_town": (
            "{Nouvelle|Toute nouvelle} {sur|à} {city}{| {emoji}} !",
            "{Première fois|Quelques jours seulement} à {city}{|, ne me ratez pas}.",
            "Je viens d'arriver à {city}{| cette semaine}.",
        ),
        "young_fresh": (
            "{Jeune|Jeune et fraîche|Toute jeune} {emoji}",
            "{Nouvelle|Jeune} fille {qui débute|cette semaine}.",
            "{Si jeune|Jeune et douce}, {seulement {age} ans|à peine {age} ans}.",
        ),
        "always_available": (
            "Dispo 24h/24{|, 7j/7}.",
            "{Jour et nuit|Nuit et jour}{|, appelez à toute heure}.",
            "{Disponible|Ouverte} 24h/24 {7j/7|tous les jours}.",
        ),
        "third_party": (
            "Demandez {name}{| au téléphone}.",
            "{Appelez|Contactez} {mon manager|la réception|mon chauffeur} pour réserver.",
            "{Réservation|Rendez-vous} {uniquement via|par} {le secrétariat|notre réceptionniste}.",
            "Elle vous attend, {appelez-nous|il suffit de nous appeler}.",
        ),
        "multiple_women": (
            "{Nouvelles filles|Nouvelles hôtesses} chaque semaine.",
            "{Plusieurs|Beaucoup de} {filles|jolies femmes} {au choix|disponibles}{| aujourd'hui}.",
            "{name} et {name2} {disponibles ensemble|vous attendent}.",
        ),
        "incall_only": (
            "{Je reçois uniquement|Uniquement en privé}{|, pas de déplacement}.",
            "{Désolée|Malheureusement}, je ne {me déplace pas|peux pas sortir}.",
            "{Seulement|Uniquement} chez moi{|, je ne peux pas me déplacer}.",
        ),
        "limited_language": (
            "{Parle peu français|Je parle un peu français}{|, SMS svp}.",
            "{Pas de français|Français pas bien}, {SMS seulement|écrivez svp}.",
            "Elle parle {seulement|juste} {quelques mots de|un peu} français.",
        ),
        "just_arrived": (
            "{Arrivée|Juste arrivée} {de l'étranger|cette semaine|depuis peu}.",
            "{Première fois|Première semaine} {dans ce pays|en Europe}{| {emoji}}.",
        ),
        "cash_only": (
            "{Paiement en espèces uniquement|Espèces seulement}{|, pas de carte}.",
            "{Prix fixes|Pas de négociation|Tarifs non négociables}{|, merci}.",
            "{Cadeau|Paiement} {à l'avance|au début du rendez-vous}{|, en liquide}.",
        ),
        "independent": (
            "{100% |Totalement |}indépendante{|, pas d'agence|, sans agence}.",
            "{Je travaille pour moi|Je suis ma propre patronne}{|, pas d'agence, pas de "
            "chauffeur}.",
            "{Femme|Escorte} indépendante{|, pas une agence}.",
        ),
        "screening": (
            "{Vérification|Présentation} {obligatoire|demandée} {pour les nouveaux "
            "clients|au premier rendez-vous}.",
            "{Merci de|Veuillez} {vous présenter|donner votre prénom} {par SMS|dans votre "
            "message}.",
            "{Lisez|Merci de lire} mon annonce avant d'appeler.",
        ),
        "own_terms": (
            "{Je choisis mes clients|Je choisis qui je rencontre}{| et mes horaires}.",
            "{Mon propre appartement|Appartement privé}{|, je suis seule à y travailler}.",
            "{Je travaille quand je veux|Je fixe mes prix et mes horaires}.",
        ),
        "tour": (
            "De passage à {city} {jusqu'à {day}|cette semaine seulement|pour quelques jours}.",
            "{En tournée|En visite} à {city} {jusqu'à {day}|cette semaine}{|, réservez vite}.",
        ),
        "real_photos": (
            "{Photos 100% réelles|Photos réelles|Photos récentes}{|, pas de mauvaise surprise}.",
            "{Mes|Toutes mes} photos sont {vraies|authentiques}{| et récentes}.",
        ),
    },
    "recruitment": {
        "title": (
            "{Recherche|Recrute} {job} {dest}{| {emoji}}",
            "Offre d'emploi : {job} {dest}",
            "{job} {dest} – {bon salaire|très bien payé|conditions intéressantes}",
            "Travail {dest} pour {job}",
        ),
        "intro": (
            "{company} {recrute|recherche} des {job} {dest}.",
            "{Agence internationale|Société sérieuse} {recherche|recrute} des {job}{| {dest}}.",
            "Nous cherchons des {job} pour travailler {dest}{| cette saison}.",
            "Plusieurs postes à pourvoir {dest} : {job}.",
        ),
        "job": (
            "{Travail|Poste} dans un {bar|hôtel|club|restaurant} {moderne|très "
            "fréquenté|familial}.",
            "{Horaires|Service} {de soirée|de 8h par jour|5 jours sur 7}.",
            "{Missions|Tâches} : {accueil de la clientèle|service en salle|ménage et "
            "cuisine|cueillette et emballage}.",
        ),
        "pay": (
            ("month", "Salaire de {price} par mois{| net}."),
            ("month", "{Rémunération|Revenus} à partir de {price} par mois."),
            ("week", "{price} par semaine{| plus pourboires}."),
            ("day", "{price} par jour."),
        ),
        "conditions": (
            "{Début|Prise de poste} {le mois prochain|dans deux semaines|au printemps}.",
            "{Contrat de|Saison de} {3|6|12} mois{|, renouvelable}.",
            "{Équipe sympathique|Ambiance internationale|Équipe jeune et dynamique}.",
        ),
        "apply": (
            "{Postulez dès maintenant|Envoyez-nous un message aujourd'hui}.",
            "{Intéressée ? Contactez-nous|Candidates intéressées : écrivez-nous} pour plus "
            "d'infos.",
        ),
        "closing": (
            "{Au plaisir de vous lire|Nous attendons votre candidature}.",
            "{Bonne chance|Merci} !",
        ),
        "travel_paid": (
            "{Voyage|Billet d'avion|Transport} {payé|pris en charge} par {nous|l'employeur}{|, "
            "vous ne payez rien}.",
            "Nous {payons|prenons en charge} votre {voyage|billet|transport}.",
        ),
        "visa_arranged": (
            "{Visa|Visa de travail|Permis de travail} {pris en charge|organisé} par "
            "{nous|l'agence}{|, aucun souci}.",
            "Nous nous occupons de {tous vos papiers|votre visa|toutes les démarches}.",
        ),
        "no_experience": (
            "{Aucune expérience|Pas d'expérience} {exigée|nécessaire}{|, formation sur place}.",
            "{Débutantes acceptées|Sans expérience ? Pas de problème} !",
        ),
        "housing_provided": (
            "{Logement|Hébergement} {fourni|offert|compris}{| près du travail}.",
            "Vous serez logée {avec les autres filles|en appartement partagé|sur "
            "place}{| gratuitement}.",
        ),
        "documents_held": (
            "{Vos papiers|Vos documents} {seront gardés|resteront} {en sécurité|chez "
            "l'employeur} {pendant le contrat|pour votre sécurité}.",
            "{L'employeur garde|Nous gardons} les {passeports|documents} {jusqu'à la fin du "
            "contrat|par sécurité}.",
        ),
        "debt_deducted": (
            "{Les frais de voyage sont retenus|Le visa est retenu|Le logement est retenu} sur "
            "{le salaire|les premières paies}.",
            "Des frais {de dossier|d'inscription}, remboursés {plus tard|sur vos gains}.",
        ),
        "young_women_only": (
            "{Uniquement|Pour} {jeunes femmes|filles} de {age_min} à {age_max} ans.",
            "{Filles|Femmes} {age_min}-{age_max} ans{|, minces}.",
        ),
        "send_photos": (
            "{Envoyez|Merci d'envoyer} {2-3|quelques} photos {récentes|en pied}{| avec votre "
            "message}.",
            "{Photo obligatoire|Une photo est exigée} pour postuler.",
        ),
        "vague_employer": (
            "{Détails|Plus de détails} {en privé|par téléphone|sur WhatsApp}.",
            "{Nom de l'employeur|Le nom de la société} {communiqué à l'entretien|donné plus tard}.",
        ),
        "urgent": (
            "{Urgent|Très urgent} !{| Départ immédiat.}",
            "{Départ|Début} {immédiat|cette semaine|dans quelques jours}.",
        ),
        "high_pay": (
            "{Gagnez|Gagne} jusqu'à {salary_max} par mois{| facilement} !",
            "{Très gros revenus|Excellent salaire}{|, bien plus qu'ici}.",
        ),
        "no_language_needed": (
            "{Aucune langue exigée|Pas besoin de parler anglais|Langue non nécessaire}.",
            "{Pas besoin|Inutile} de parler {la langue|anglais}.",
        ),
        "messaging_only": (
            "{Contact|Écrire} {uniquement|seulement} {sur WhatsApp|sur Telegram|par "
            "message}{|, pas d'appels}.",
        ),
        "named_employer": (
            "{company}, {SIRET|n° d'entreprise} {n}.",
            "{Consultez|Visitez} notre {site|agence} à {city} pour plus d'infos.",
        ),
        "contract": (
            "{Contrat de travail écrit|CDD officiel}{|, déclaré} {avec fiches de paie|et "
            "mutuelle}.",
            "{Emploi déclaré|Contrat légal} {avec sécurité sociale|selon la loi locale}.",
        ),
        "no_fees": (
            "{Aucun frais|Jamais de frais} pour les candidats.",
            "{Notre service|Le recrutement} est {gratuit|entièrement gratuit} pour {les "
            "candidats|les travailleurs}.",
        ),
        "licensed_agency": (
            "{Agence de placement|Agence d'intérim} {agréée|déclarée}{|, licence {n}}.",
        ),
    },
    "jobs": (
        ("lure", "hôtesses"),
        ("lure", "serveuses"),
        ("lure", "danseuses"),
        ("lure", "modèles photo"),
        ("lure", "masseuses"),
        ("lure", "barmaids"),
        ("lure", "filles au pair"),
        ("labour", "saisonniers"),
        ("labour", "aides-soignantes"),
        ("labour", "agents d'entretien"),
        ("labour", "femmes de chambre"),
        ("labour", "cueilleurs de fruits"),
        ("labour", "commis de cuisine"),
    ),
    "dest": (
        "en Suisse",
        "à Dubaï",
        "en Allemagne",
        "à l'étranger",
        "au Luxembourg",
        "à Monaco",
        "en Espagne",
        "au Canada",
        "à Londres",
        "en Grèce",
    ),
    "company": (
        "{Euro|Inter|Global|Star} {Emploi|Recrutement|Talents|Services} {International|Agence|"
        "Conseil}",
        "{Société|Hôtel|Groupe} {Dubois|Martin|Lefèvre|Moreau} {SARL|et Fils|SA}",
    ),
    "decoy": {
        "room": {
            "title": (
                "Chambre à louer {à|sur} {city}",
                "Colocation – chambre {meublée|libre} {city}",
                "{Grande|Jolie} chambre {proche gare|centre-ville}",
            ),
            "body": (
                (
                    "{Chambre|Grande chambre} {meublée|lumineuse} dans un {appartement|maison} "
                    "{calme|agréable}.",
                    "Chambre de {12|14|16} m² avec {bureau|armoire|balcon}.",
                ),
                (
                    "{Charges comprises|Toutes charges comprises|Charges en plus}{|, wifi fibre}.",
                    "{Cuisine et salle de bain partagées|Salle de bain privée}{|, lave-linge}.",
                ),
                (
                    "{Libre|Disponible} {le mois prochain|dès maintenant|au 1er}.",
                    "{Bail|Engagement} de {6|12} mois minimum.",
                ),
                (
                    "{Non fumeur|Pas de fumeurs}{|, pas d'animaux}{| svp}.",
                    "{Caution|Dépôt de garantie} d'un mois.",
                ),
            ),
            "shared": (
                "{Idéal|Parfait} pour {jeune actif|jeune étudiante|jeune couple}.",
                "{Refait à neuf|Peinture fraîche}{| le mois dernier}.",
                "{Vous êtes nouvelle en ville ?|Nouvelle à {city} ?} {Chambre idéale pour "
                "commencer|Bienvenue dans la coloc}.",
                "Accès 24h/24{|, digicode}.",
                "{Étudiants|Locataires} avec visa {étudiant|de travail} bienvenus.",
            ),
            "price": (
                ("month", "{price} par mois"),
                ("month", "Loyer : {price} CC"),
                ("month", "{price}/mois"),
            ),
        },
        "car": {
            "title": ("{car} {year} à vendre", "{car} – {year}, {km} km", "Vends {car}{| {year}}"),
            "body": (
                (
                    "{Première main|Deuxième main}, carnet d'entretien complet.",
                    "{Très bon état|Excellent état|Bon état} général.",
                ),
                ("{km} km, {essence|diesel|hybride}, boîte {manuelle|automatique}.",),
                (
                    "{Pneus neufs|Freins neufs|Batterie neuve}.",
                    "Contrôle technique {OK|de moins de 6 mois}.",
                ),
                (
                    "{Paiement par virement|Espèces ou virement}.",
                    "{Essai|Visite} {possible|sur rendez-vous}.",
                    "Pas sérieux s'abstenir.",
                ),
            ),
            "shared": (
                "Vidange {fraîche|toute fraîche}{| et révision faite}.",
                "Idéale pour {jeune conducteur|un jeune permis}.",
                "{Carte Visa|Carte bancaire} et espèces acceptées.",
                "Assistance 24h/24 incluse{| jusqu'en juin}.",
            ),
            "price": (
                ("once", "{price}"),
                ("once", "{price} à débattre"),
                ("once", "Prix : {price}"),
            ),
        },
        "pet": {
            "title": (
                "{Chatons|Chiots} {cherchent|attendent} {une famille|un foyer}",
                "{Adorables|Jolis} {chatons|chiots} à {city}",
            ),
            "body": (
                (
                    "{Vaccinés|Pucés et vaccinés|Vus par le vétérinaire} et vermifugés.",
                    "Parents visibles sur place.",
                ),
                ("{Très|Super} {joueurs|câlins} et {habitués aux enfants|propres}.",),
                ("{Prêts à partir|Disponibles} {maintenant|dans deux semaines}.",),
            ),
            "shared": (
                "{Jeunes|Jeunes et en pleine forme}, {très doux|pleins d'énergie}.",
                "{Nouvelle|Toute nouvelle} couverture offerte.",
                "Visite possible 24h/24{|, envoyez un message}.",
            ),
            "price": (("once", "{price} chacun"), ("once", "Frais d'adoption {price}")),
        },
        "job": {
            "title": (
                "{Préparateurs de commandes|Livreurs|Commis de cuisine} à {city}",
                "{Développeur|Infirmière|Vendeuse} – {city}",
                "{Temps partiel|Temps plein} : {barista|réceptionniste|agent d'entretien}",
            ),
            "body": (
                ("{company} {recrute|embauche} pour {son site|son magasin|son agence} de {city}.",),
                (
                    "{CDI|CDD} à {temps plein|temps partiel}{|, mutuelle d'entreprise}.",
                    "{Tickets restaurant|Treizième mois} et {formation|remise personnel}.",
                ),
                (
                    "{Postulez en ligne|Envoyez CV et lettre de motivation}.",
                    "{Entretiens|Journées de recrutement} {la semaine prochaine|ce mois-ci}.",
                ),
            ),
            "shared": (
                "Débutants acceptés, aucune expérience exigée{|, formation assurée}.",
                "{Parrainage de visa possible|Visa de travail pris en charge} pour "
                "{ingénieurs qualifiés|profils qualifiés}.",
                "Équipe jeune et dynamique.",
                "Site ouvert 24h/24, {horaires de jour et de nuit|horaires flexibles}.",
            ),
            "price": (("hour", "{price} brut de l'heure"), ("month", "{price} brut par mois")),
        },
        "massage": {
            "title": (
                "Massage {sportif|suédois|thaï|ayurvédique} à {city}",
                "{Masseur-kinésithérapeute|Praticienne diplômée} – {city}",
                "{Institut|Cabinet} de massage {bien-être|thérapeutique}",
            ),
            "body": (
                (
                    "Praticienne {diplômée|certifiée} avec {10|8|5} ans d'expérience.",
                    "Membre de la fédération {française|nationale} de massage.",
                ),
                (
                    "Massage {sportif|suédois|aux pierres chaudes} contre {le mal de dos|le "
                    "stress|les tensions}.",
                ),
                (
                    "{Cabinet|Institut} {calme|lumineux} {avec parking|en centre-ville}.",
                    "{Bons cadeaux|Cartes cadeaux} disponibles.",
                ),
                (
                    "Massages non érotiques{| uniquement}, inutile de demander autre chose.",
                    "Rendez-vous {en ligne ou par téléphone|par téléphone}.",
                ),
            ),
            "shared": (
                "{Nouvelle|Toute nouvelle} adresse à {city}{| – venez nous découvrir}.",
                "Serviettes {fraîches|propres} pour chaque client.",
                "{Carte Visa|Carte bancaire} et espèces acceptées.",
                "Réservation en ligne 24h/24.",
            ),
            "price": (
                ("1h", "{price} la séance d'une heure"),
                ("30min", "30 min : {price}"),
                ("1h", "1h {price}"),
            ),
        },
    },
    "contact": {
        "phone": (
            "Tél : {contact}",
            "📞 {contact}",
            "{SMS|Appel ou SMS} au {contact}",
            "Contact : {contact}",
        ),
        "phone_personal": ("Appelle-moi au {contact}", "Réservez au {contact}"),
        "whatsapp": ("WhatsApp {contact}", "Dispo sur WhatsApp {contact}"),
        "whatsapp_personal": ("Écrivez-moi sur WhatsApp : {contact}",),
        "email": ("Email : {contact}", "Contact : {contact}"),
        "email_personal": ("Écrivez-moi à {contact}",),
        "handle": ("{contact}", "Suivez-nous {contact}"),
        "handle_personal": ("Ajoute-moi {contact}", "Retrouve-moi {contact}"),
        "none": ("Contact via la messagerie du site.", "Uniquement par la messagerie{| du site}."),
    },
}
