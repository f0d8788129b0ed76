"""Spanish phrase bank for the synthetic corpus (ES ads)."""

ES = {
    "names": (
        "Lucía",
        "Carla",
        "Paula",
        "Marta",
        "Sara",
        "Alba",
        "Claudia",
        "Irene",
        "Laura",
        "Andrea",
        "Noelia",
        "Cristina",
        "Raquel",
        "Nerea",
        "Ainhoa",
        "Rocío",
        "Yaiza",
        "Marina",
        "Elena",
        "Aitana",
    ),
    "nat": (
        "brasileña",
        "rusa",
        "colombiana",
        "ucraniana",
        "rumana",
        "asiática",
        "italiana",
        "venezolana",
        "española",
        "paraguaya",
        "dominicana",
        "polaca",
        "cubana",
        "argentina",
        "china",
        "mulata",
    ),
    "days": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "shared_vocabulary": ("joven", "nueva", "24 horas", "visado", "experiencia"),
    "service": {
        "title": (
            "{name} {emoji} {age} años – {city}",
            "{Guapísima|Preciosa|Dulce|Cariñosa} {name} en {city} {emoji}",
            "{name}, {tu capricho|pura dulzura|tu momento de relax} {emoji}",
            "Masaje {relajante|sensitivo|tántrico} con {name}",
            "{name} {age} – {en mi piso|salidas a hotel|piso y salidas}",
            "{city}: {name} {disponible hoy|disponible ahora} {emoji}",
            "Tu cita {discreta|perfecta} en {city} {emoji}",
        ),
        "intro": (
            "Hola {cariño|chicos|guapo}, soy {name}, tengo {age} años{| y me encanta conocer "
            "gente nueva}.",
            "Hola, soy {name} {emoji} {age} añitos, {simpática|juguetona|elegante} y "
            "{muy discreta|siempre sonriente}.",
            "Me llamo {name}, {age} años, {natural|cariñosa|educada} y {con mucha "
            "clase|muy complaciente}.",
            "Soy {name}, una {chica|mujer} {divertida|elegante} que {disfruta de|adora} {una "
            "buena cena|la buena conversación|las noches tranquilas}.",
        ),
        "intro_third": (
            "{name} es una {preciosa|dulce|encantadora} {chica|mujer} de {age} años{| que te "
            "espera}.",
            "Te presentamos a {name}: {age} años, {elegante|menudita|con curvas} y {muy "
            "simpática|siempre sonriente}.",
            "{name} ({age}) {espera tu llamada|te hará pasar un rato inolvidable}.",
            "Ella es {name}, {age} años, {una auténtica belleza|la compañía perfecta}.",
        ),
        "looks": (
            "{Delgada|Menudita|Con curvas|Deportista}, {pelo largo y moreno|rubia "
            "natural|ojos verdes}.",
            "{Belleza|Cuerpo} {natural|de escándalo}, {1,65|1,70|1,58} de altura.",
            "{Elegante|Siempre arreglada}, {perfecta para cenas|ideal para cualquier ocasión}.",
        ),
        "nationality": (
            "{Preciosa|Dulce|Guapa} {nat}{| con mucho encanto}.",
            "Soy {nat}{| y muy cariñosa}.",
            "{Nacionalidad|Origen}: {nat}.",
        ),
        "offer": (
            "Ofrezco {masaje relajante|trato de novia|cenas y acompañamiento} y {mucho "
            "más|un rato inolvidable}.",
            "{Masaje relajante|Masaje completo|Masaje con aceites} y {trato cercano|mucho cariño}.",
            "{Ideal|Perfecta} para {hombres de negocios|caballeros que quieren "
            "relajarse|una velada discreta}.",
            "{Momentos inolvidables garantizados|Relax total garantizado|Relax total en un "
            "ambiente discreto}.",
            "{Parejas bienvenidas|Mente abierta|Cariñosa y discreta} {emoji}",
        ),
        "place": (
            "{Piso propio y salidas|Recibo en mi piso y hago salidas}{| en {city}}.",
            "{Piso|Apartamento} {privado|limpio y discreto} {en el centro|con "
            "parking|cerca de la estación}.",
            "Salidas a {hotel|domicilio|hotel y domicilio} en {city}{| y alrededores}.",
        ),
        "availability": (
            "Disponible {de 10 a 22 h|por las tardes|de lunes a sábado|hoy}.",
            "{Llámame|Avísame} {media hora|una hora} antes{|, gracias}.",
            "{Con cita previa|Solo con cita}{| de lunes a viernes}.",
        ),
        "price": (
            ("1h", "{price} la hora"),
            ("1h", "1 hora {price}"),
            ("30min", "Media hora {price}"),
            ("30min", "30 min {price}"),
            ("2h", "2 horas {price}"),
            ("overnight", "Noche completa {price}"),
        ),
        "closing": (
            "{Besitos|Un beso} {emoji}",
            "{No lo dudes|Anímate}, {llámame|escríbeme}{| ya}!",
            "Te espero{| {emoji}}",
            "{Solo caballeros educados|Solo hombres respetuosos}{|, por favor}.",
            "No contesto números ocultos{| ni SMS}.",
        ),
        "new_in_town": (
            "{Nueva|Novedad} en {city}{| {emoji}}!",
            "{Primera vez|Solo unos días} en {city}{|, no me dejes escapar}.",
            "{Recién llegada|Acabo de llegar} a {city}{| esta semana}.",
        ),
        "young_fresh": (
            "{Jovencita|Joven y fresca|Muy jovencita} {emoji}",
            "{Chica nueva|Jovencita nueva} {esta semana|recién empezada}.",
            "{Tan joven|Joven y dulce}, {solo {age} años|con {age} añitos}.",
        ),
        "always_available": (
            "Disponible 24 horas{| para ti}.",
            "{Día y noche|A cualquier hora}{|, llama cuando quieras}.",
            "{Abierto|Disponible} 24 horas, {7 días|todos los días}.",
        ),
        "third_party": (
            "Pregunta por {name}{| al llamar}.",
            "{Llama a|Contacta con} {mi encargado|recepción|mi chófer} para reservar.",
            "{Reservas|Citas} {solo a través de|por} {recepción|la encargada}.",
            "Ella te espera, {llámanos|solo tienes que llamarnos}.",
        ),
        "multiple_women": (
            "{Chicas nuevas|Novedades} cada semana{|, ven a conocerlas}.",
            "{Muchas|Varias} {chicas|señoritas} {para elegir|disponibles}{| hoy}.",
            "{name} y {name2} {disponibles juntas|te esperan}.",
        ),
        "incall_only": (
            "Solo en mi piso{|, no hago salidas}.",
            "{Lo siento|Perdona}, no {hago salidas|puedo salir}.",
            "{Solo|Únicamente} {en piso|en mi apartamento}{|, no puedo desplazarme}.",
        ),
        "limited_language": (
            "{Poco|Muy poco} español{|, mejor WhatsApp}.",
            "{No hablo español|Español no bien}, {solo mensajes|escríbeme}.",
            "Habla {solo|apenas} {unas palabras de|un poco de} español.",
        ),
        "just_arrived": (
            "{Recién llegada|Llegada} {del extranjero|esta semana|hace poco}.",
            "{Primera vez|Primera semana} en {España|Europa|este país}{| {emoji}}.",
        ),
        "cash_only": (
            "{Solo efectivo|Pago en efectivo}{|, no tarjeta}.",
            "{Precios fijos|No negocio|Precios no negociables}{|, gracias}.",
            "{Pago|Dinero} {por adelantado|al inicio}{|, en efectivo}.",
        ),
        "independent": (
            "{100% |Totalmente |}independiente{|, sin agencia|, sin chulo}.",
            "{Trabajo para mí|Soy mi propia jefa}{|, sin agencia ni chófer}.",
            "{Chica|Escort} independiente{|, no soy agencia}.",
        ),
        "screening": (
            "{Verificación|Presentación} {necesaria|obligatoria} {para clientes nuevos|la "
            "primera vez}.",
            "{Por favor|Porfa} {preséntate|dime tu nombre} por mensaje.",
            "{Lee|Por favor lee} mi anuncio antes de llamar.",
        ),
        "own_terms": (
            "{Elijo a mis clientes|Decido a quién veo}{| y mis horarios}.",
            "{Mi propio piso|Piso particular}{|, solo trabajo yo}.",
            "{Trabajo cuando quiero|Pongo mis precios y mis horarios}.",
        ),
        "tour": (
            "De paso por {city} {hasta el {day}|solo esta semana|unos días}.",
            "{De visita|De gira} en {city} {hasta el {day}|esta semana}{|, reserva ya}.",
        ),
        "real_photos": (
            "{Fotos 100% reales|Fotos reales|Fotos recientes}{|, sin sorpresas}.",
            "{Mis|Todas mis} fotos son {reales|actuales}{| y recientes}.",
        ),
    },
    "recruitment": {
        "title": (
            "Se buscan {job} {dest}{| {emoji}}",
            "Oferta de empleo: {job} {dest}",
            "{job} {dest} – {buen sueldo|muy bien pagado|buenas condiciones}",
            "Trabajo {dest} para {job}",
        ),
        "intro": (
            "{company} {busca|selecciona} {job} {dest}.",
            "Somos una {agencia|empresa} {internacional|seria} que busca {job}{| {dest}}.",
            "Buscamos {job} para trabajar {dest}{| esta temporada}.",
            "{Vacantes|Nuevas plazas} para {job} {dest}.",
        ),
        "job": (
            "{Trabajo|Puesto} en {un bar|un hotel|un club|un restaurante} {con mucho "
            "movimiento|de categoría|familiar}.",
            "{Turnos|Jornada} {de 8 horas|de tarde-noche|de 5 días a la semana}.",
            "{Funciones|Tareas}: {atención al cliente|servicio de sala|limpieza y "
            "cocina|recogida y envasado}.",
        ),
        "pay": (
            ("month", "Sueldo de {price} al mes{| netos}."),
            ("month", "{Salario|Ingresos} desde {price} mensuales."),
            ("week", "{price} a la semana{| más propinas}."),
            ("day", "{price} al día."),
        ),
        "conditions": (
            "{Incorporación|Inicio} {el mes que viene|en dos semanas|en primavera}.",
            "{Contrato de|Temporada de} {3|6|12} meses{|, prorrogable}.",
            "{Equipo joven|Buen ambiente|Equipo internacional}{| y gran compañerismo}.",
        ),
        "apply": (
            "{Inscríbete ya|Mándanos un mensaje hoy mismo}.",
            "{¿Te interesa? Escríbenos|Si te interesa, contáctanos} para más información.",
        ),
        "closing": (
            "{Esperamos tu candidatura|Te esperamos}.",
            "{¡Mucha suerte!|¡Gracias!}",
        ),
        "travel_paid": (
            "{Viaje|Billete de avión|Transporte} {pagado por nosotros|a cargo de la "
            "empresa}{|, no pagas nada}.",
            "{Pagamos|Cubrimos} tu {viaje|billete|desplazamiento}.",
        ),
        "visa_arranged": (
            "{Visado|Visado de trabajo|Permiso de trabajo} {gestionado|tramitado} por "
            "{nosotros|la agencia}{|, sin problema}.",
            "Nos encargamos de {todos los papeles|tu visado|todos los trámites}.",
        ),
        "no_experience": (
            "{No se necesita experiencia|Sin experiencia}{|, te formamos}.",
            "{Experiencia no necesaria|¿Sin experiencia? No pasa nada}!",
        ),
        "housing_provided": (
            "{Alojamiento|Piso|Alojamiento gratis} {incluido|facilitado}{| cerca del trabajo}.",
            "Vivirás {con las demás chicas|en un piso compartido|en el mismo lugar de "
            "trabajo}{| gratis}.",
        ),
        "documents_held": (
            "{Tus papeles|Tus documentos|Pasaporte y DNI} {se guardan|quedan} {a "
            "salvo|en la empresa} {durante el contrato|por tu seguridad}.",
            "{La empresa guarda|Guardamos} los {pasaportes|documentos} {por seguridad|hasta "
            "el final del contrato}.",
        ),
        "debt_deducted": (
            "{El viaje|El visado|El alojamiento} se descuenta {del sueldo|de las primeras pagas}.",
            "{Pequeña cuota|Fianza} {por los papeles|de inscripción}, que se devuelve "
            "{después|con tus ganancias}.",
        ),
        "young_women_only": (
            "{Solo|Para} chicas jóvenes de {age_min} a {age_max} años.",
            "{Chicas|Señoritas} {age_min}-{age_max} años{|, delgadas}.",
        ),
        "send_photos": (
            "{Envía|Manda} {2-3|varias} fotos {recientes|de cuerpo entero}{| con tu mensaje}.",
            "{Foto obligatoria|Imprescindible foto} para {inscribirse|la candidatura}.",
        ),
        "vague_employer": (
            "{Detalles|Más información} {en privado|por teléfono|por WhatsApp}.",
            "{Nombre de la empresa|La empresa} {se dirá en la entrevista|se informa más tarde}.",
        ),
        "urgent": (
            "{¡Urgente!|¡Muy urgente!}{| Incorporación inmediata.}",
            "{Salida|Incorporación} {inmediata|esta semana|en pocos días}.",
        ),
        "high_pay": (
            "¡{Gana|Puedes ganar} hasta {salary_max} al mes{| fácilmente}!",
            "{Ingresos muy altos|Sueldo excelente}{|, mucho más que aquí}.",
        ),
        "no_language_needed": (
            "{No hace falta idioma|No se requiere inglés}.",
            "No {necesitas|hace falta} hablar {inglés|el idioma}.",
        ),
        "messaging_only": (
            "Contacto solo {por WhatsApp|por Telegram|por mensaje}{|, no llamadas}.",
        ),
        "named_employer": (
            "{company}, CIF {n}.",
            "{Visita|Consulta} nuestra {web|oficina} en {city}.",
        ),
        "contract": (
            "{Contrato por escrito|Contrato laboral}{|, alta en la Seguridad Social} {y "
            "nóminas|incluido}.",
            "{Empleo legal|Contrato oficial} {con seguro|según la ley}.",
        ),
        "no_fees": (
            "{Sin coste para los candidatos|Nunca cobramos a los candidatos}.",
            "{Nuestro servicio|La selección} es {gratuito|totalmente gratuita} para "
            "{trabajadores|candidatos}.",
        ),
        "licensed_agency": ("Agencia de colocación {autorizada|registrada}{|, n.º {n}}.",),
    },
    "jobs": (
        ("lure", "azafatas"),
        ("lure", "camareras"),
        ("lure", "bailarinas"),
        ("lure", "modelos"),
        ("lure", "masajistas"),
        ("lure", "relaciones públicas"),
        ("lure", "au pairs"),
        ("labour", "temporeros"),
        ("labour", "cuidadoras"),
        ("labour", "limpiadoras"),
        ("labour", "camareras de piso"),
        ("labour", "mozos de almacén"),
        ("labour", "ayudantes de cocina"),
    ),
    "dest": (
        "en Alemania",
        "en Dubái",
        "en el extranjero",
        "en Suiza",
        "en Londres",
        "en Francia",
        "en Noruega",
        "en Italia",
        "en Portugal",
        "en Chipre",
    ),
    "company": (
        "{Euro|Global|Star|Top} {Empleo|Trabajo|Talento|Servicios} {Internacional|Agencia|Group}",
        "{Hostelería|Limpiezas|Logística} {García|López|Martínez|Sánchez} {S.L.|e Hijos}",
    ),
    "decoy": {
        "room": {
            "title": (
                "Se alquila habitación en {city}",
                "Habitación {amueblada|exterior} – {city}",
                "{Habitación|Hab.} en piso compartido {céntrico|cerca del metro}",
            ),
            "body": (
                (
                    "{Habitación|Amplia habitación} {exterior|luminosa} en piso {tranquilo|"
                    "agradable}.",
                    "Habitación {amueblada|sin amueblar} con {escritorio|armario "
                    "empotrado|balcón}.",
                ),
                (
                    "{Gastos incluidos|Todos los gastos incluidos|Gastos aparte}{|, wifi rápido}.",
                    "{Cocina y baño compartidos|Baño propio}{|, lavadora}.",
                ),
                (
                    "{Disponible|Libre} {el mes que viene|ya|a partir del día 1}.",
                    "Estancia mínima de {6|12} meses.",
                ),
                (
                    "{No fumadores|Sin fumadores}{|, sin mascotas}{|, por favor}.",
                    "{Fianza|Un mes de fianza}.",
                ),
            ),
            "shared": (
                "{Ideal|Perfecta} para {gente joven|joven trabajadora|estudiante joven}.",
                "{Recién pintada|Recién reformada}{| el mes pasado}.",
                "{¿Nueva en {city}?|¿Nueva en la ciudad?} {Este es el sitio perfecto|Te "
                "esperamos en el piso}.",
                "Acceso 24 horas{|, portero físico}.",
                "{Estudiantes|Inquilinos} con visado {de estudiante|de trabajo} bienvenidos.",
            ),
            "price": (
                ("month", "{price} al mes"),
                ("month", "Alquiler: {price}/mes"),
                ("month", "{price} mensuales{| gastos incluidos}"),
            ),
        },
        "car": {
            "title": (
                "Vendo {car} del {year}",
                "{car} – {year}, {km} km",
                "Se vende {car}{| {year}}",
            ),
            "body": (
                (
                    "{Único dueño|Dos dueños}, libro de revisiones al día.",
                    "{Muy buen estado|Estado impecable|Buen estado} general.",
                ),
                ("{km} km, {gasolina|diésel|híbrido}, cambio {manual|automático}.",),
                (
                    "{Neumáticos nuevos|Frenos nuevos|Batería nueva}.",
                    "ITV {recién pasada|en vigor}.",
                ),
                (
                    "{Pago por transferencia|Efectivo o transferencia}.",
                    "{Se puede probar|Visita} {sin compromiso|con cita}.",
                    "Abstenerse curiosos.",
                ),
            ),
            "shared": (
                "Revisión {recién hecha|fresca}{| y aceite cambiado}.",
                "Ideal para {conductor joven|gente joven}.",
                "{Visa|Tarjeta} y efectivo.",
                "Asistencia en carretera 24 horas incluida{| hasta junio}.",
            ),
            "price": (
                ("once", "{price}"),
                ("once", "{price} negociables"),
                ("once", "Precio: {price}"),
            ),
        },
        "pet": {
            "title": (
                "{Gatitos|Cachorros} buscan {hogar|familia}",
                "{Preciosos|Bonitos} {gatitos|cachorros} en {city}",
            ),
            "body": (
                (
                    "{Vacunados|Con chip y vacunados|Revisados por el veterinario} y "
                    "desparasitados.",
                    "Se pueden ver los padres.",
                ),
                ("{Muy|Súper} {juguetones|cariñosos} y {acostumbrados a niños|limpios}.",),
                ("{Listos para irse|Disponibles} {ya|en dos semanas}.",),
            ),
            "shared": (
                "{Jóvenes|Jóvenes y sanos} y {muy dulces|llenos de energía}.",
                "{Mantita nueva|Cama nueva} de regalo.",
                "Visitas 24 horas{|, solo escribir}.",
            ),
            "price": (("once", "{price} cada uno"), ("once", "Gastos de adopción {price}")),
        },
        "job": {
            "title": (
                "{Mozo de almacén|Ayudante de cocina|Repartidor} en {city}",
                "{Programador|Enfermera|Dependienta} – {city}",
                "{Media jornada|Jornada completa}: {barista|recepcionista|limpieza}",
            ),
            "body": (
                ("{company} {contrata|busca} personal para {su centro|su tienda} de {city}.",),
                (
                    "Contrato {indefinido|temporal} a {jornada completa|media jornada}.",
                    "{Vacaciones pagadas|Formación continua} y {descuento de empleado|buen "
                    "ambiente}.",
                ),
                (
                    "{Inscríbete en nuestra web|Envía tu CV}.",
                    "{Entrevistas|Jornadas de selección} {la semana que viene|este mes}.",
                ),
            ),
            "shared": (
                "No se necesita experiencia{|, formación a cargo de la empresa}.",
                "{Gestionamos el visado|Posibilidad de visado} para {perfiles cualificados|"
                "ingenieros}.",
                "{Equipo joven y dinámico|Ambiente joven}.",
                "Centro abierto 24 horas, {turnos de día y de noche|turnos flexibles}.",
            ),
            "price": (("hour", "{price} la hora"), ("month", "{price} brutos al mes")),
        },
        "massage": {
            "title": (
                "Masaje {deportivo|descontracturante|tailandés} en {city}",
                "{Fisioterapeuta|Masajista titulada} – {city}",
                "Centro de {masajes|fisioterapia} {terapéuticos|en el centro}",
            ),
            "body": (
                (
                    "Masajista {titulada|colegiada} con {10|8|5} años de experiencia.",
                    "{Colegiada|Inscrita} en el colegio profesional.",
                ),
                (
                    "Masaje {deportivo|descontracturante|con piedras calientes} para {dolor de "
                    "espalda|estrés|contracturas}.",
                ),
                (
                    "Centro {tranquilo|luminoso} {con parking|en el centro}.",
                    "Bonos regalo disponibles.",
                ),
                (
                    "Solo masajes terapéuticos, abstenerse otros fines.",
                    "Citas {online o por teléfono|por teléfono}.",
                ),
            ),
            "shared": (
                "{Nueva apertura|Nuevo centro} en {city}{| – ven a conocernos}.",
                "Toallas {limpias|frescas} para cada cliente.",
                "{Aceptamos Visa|Pago con tarjeta Visa} y efectivo.",
                "Reserva online 24 horas.",
            ),
            "price": (
                ("1h", "{price} la sesión de 60 minutos"),
                ("30min", "30 min {price}"),
                ("1h", "1 hora {price}"),
            ),
        },
    },
    "contact": {
        "phone": (
            "Tel: {contact}",
            "📞 {contact}",
            "{Llamadas|Llamadas y WhatsApp} al {contact}",
            "Móvil: {contact}",
        ),
        "phone_personal": ("Llámame al {contact}", "Reserva tu cita: {contact}"),
        "whatsapp": ("WhatsApp {contact}", "Solo WhatsApp {contact}"),
        "whatsapp_personal": ("Escríbeme por WhatsApp: {contact}",),
        "email": ("Email: {contact}", "Contacto: {contact}"),
        "email_personal": ("Escríbeme a {contact}",),
        "handle": ("{contact}", "Síguenos {contact}"),
        "handle_personal": ("Agrégame {contact}", "Sígueme {contact}"),
        "none": ("Contacta por el chat de la web.", "Solo por mensaje{| en la web}."),
    },
}
