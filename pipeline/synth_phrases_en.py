"""English phrase bank for the synthetic corpus (US, GB and IE ads)."""

EN = {
    "names": (
        "Jessica",
        "Amber",
        "Chloe",
        "Madison",
        "Brittany",
        "Ashley",
        "Kayla",
        "Emily",
        "Lily",
        "Sophie",
        "Holly",
        "Megan",
        "Aoife",
        "Siobhan",
        "Ciara",
        "Destiny",
        "Candy",
        "Bella",
        "Mia",
        "Lexi",
        "Summer",
        "Paige",
        "Kelsey",
        "Tiffany",
    ),
    "nat": (
        "Latina",
        "Asian",
        "Russian",
        "Brazilian",
        "Colombian",
        "Ukrainian",
        "Romanian",
        "Thai",
        "Italian",
        "French",
        "American",
        "English",
        "Irish",
        "Polish",
        "Spanish",
        "Czech",
        "Filipina",
        "Ebony",
    ),
    "days": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "shared_vocabulary": ("young", "fresh", "new in town", "24/7", "visa", "no experience"),
    "service": {
        "title": (
            "{Sweet|Sexy|Gorgeous|Lovely} {name} {emoji} {city}",
            "{name}, {age} – {your perfect escape|unforgettable company|pure elegance} {emoji}",
            "{name} ♡ {GFE|girlfriend experience|sweet companion} ♡ {city}",
            "Hi gentlemen, {name} here {emoji}",
            "{Relaxing|Sensual|Full body} massage by {name} {emoji}",
            "{name} {age}yo – {incall|outcall|incall & outcall}",
            "{city} – {name} {emoji} {available now|available today|come see me}",
            "Your {dream|secret|perfect} date in {city} {emoji}",
            "{Classy|Elegant|Discreet} {companion|lady} {name} {emoji}",
        ),
        "intro": (
            "Hi {gentlemen|guys|there}, I'm {name}, {age} years old{| and ready to meet you}.",
            "My name is {name}, I'm {age} and I love {good company|meeting new people|a nice "
            "glass of wine}.",
            "Hey, I'm {name} {emoji} {age}, {easygoing|playful|elegant} and {discreet|always "
            "smiling}.",
            "I'm {name}, a {warm|fun|classy} {companion|girl} who {enjoys|loves} {long "
            "dinners|good conversation|slow evenings}.",
            "Hello {love|darling|there}! {name} here, {age}, {sweet|friendly|down to earth} and "
            "{very discreet|easy to talk to}.",
        ),
        "intro_third": (
            "{name} is a {sweet|beautiful|charming} {age} year old {girl|lady} {waiting for "
            "you|ready to meet you}.",
            "Meet {name}: {age}, {elegant|petite|curvy} and {very friendly|always smiling}.",
            "She is {name}, {age}, {discreet|friendly} and {full of energy|very sweet}.",
            "We present {name}, {age} years old, {a real beauty|the perfect companion}.",
            "{name} ({age}) {is waiting for your call|will make your day}.",
        ),
        "looks": (
            "{Slim|Petite|Curvy|Athletic} body, {long dark hair|blonde hair|brown eyes|a "
            "beautiful smile}.",
            "{Natural|Real} {beauty|curves}, {5'4''|5'6''|5'8''} and {always well "
            "dressed|very elegant}.",
            "{Tall|Petite} {brunette|blonde|redhead} with {a great smile|green eyes|soft skin}.",
            "{Classy|Elegant} and {stylish|well groomed}, {perfect for dinner dates|perfect "
            "for any occasion}.",
        ),
        "nationality": (
            "{Beautiful|Sweet|Gorgeous} {nat} {girl|lady}.",
            "I am {nat}{| and proud of it}.",
            "{nat} {beauty|girl} with {a lovely accent|a warm heart}.",
        ),
        "offer": (
            "I offer {GFE|girlfriend experience|relaxing massage|dinner dates} and {much "
            "more|a great time}.",
            "{Relaxing|Full body|Sensual} massage{| with oils} and {real|genuine} "
            "{companionship|company}.",
            "{Perfect|Ideal} for {business travellers|gentlemen who want to relax|a discreet "
            "evening}.",
            "{Unforgettable moments|A relaxing time|Quality time} {guaranteed|in a discreet "
            "setting}.",
            "{Couples welcome|Open minded|Friendly and discreet} {emoji}",
        ),
        "place": (
            "{Incall and outcall|In and out calls|Incall/outcall} {available|possible}{| in "
            "{city}}.",
            "{Clean|Private|Discreet} {apartment|place} {near the centre|with parking|close to "
            "the station}.",
            "Outcall to {hotels|your home|hotels and homes} in {city}{| and nearby}.",
            "{Hotel visits|Outcalls} {welcome|to hotels only}.",
        ),
        "availability": (
            "Available {from 10am to 10pm|evenings|weekdays and weekends|today}{| for you}.",
            "{Call|Text} me {to book|for an appointment}{| at least an hour before}.",
            "{Appointments|Bookings} {from noon till late|every day except Sunday}.",
        ),
        "price": (
            ("1h", "{price} per hour"),
            ("1h", "1hr {price}"),
            ("1h", "Hourly: {price}"),
            ("30min", "Half hour {price}"),
            ("30min", "30 min {price}"),
            ("2h", "2 hours {price}"),
            ("overnight", "Overnight {price}"),
            ("1h", "{price}/hr"),
        ),
        "closing": (
            "{Kisses|Hugs|xoxo} {emoji}",
            "{Don't be shy|Don't hesitate}, {call me|text me}{| now}!",
            "{See you soon|Can't wait to meet you}{| {emoji}}",
            "{Serious gentlemen only|Respectful men only}{|, please}.",
            "{Thank you for reading|Thanks for looking}{| {emoji}}",
            "No {time wasters|blocked numbers}{|, please}.",
        ),
        "new_in_town": (
            "{New|Just arrived} in town{| {emoji}}!",
            "{First time|Only a few days} in {city}{|, don't miss me}.",
            "{New in {city}|Brand new in {city}} {this week|today}.",
        ),
        "young_fresh": (
            "{Young|Young and fresh|Fresh and young} {girl|face}{| {emoji}}",
            "{Fresh|Young} new {girl|face} {just started|this week}.",
            "{So young|Sweet and young}, {{age} years young|only {age}}.",
        ),
        "always_available": (
            "Available 24/7{| for you}.",
            "{Day and night|Any time, day or night}{|, call anytime}.",
            "{Open|Here} 24 hours{| a day}, {7 days|every day}.",
        ),
        "third_party": (
            "Ask for {name}{| when you call}.",
            "{Call my|Contact my} {manager|driver|secretary} to book{| {name}}.",
            "{Bookings|Appointments} {only through|via} {reception|our receptionist}.",
            "{She|{name}} will be {ready|waiting} for you, {just|please} call us.",
        ),
        "multiple_women": (
            "{New girls|Different girls} every week{|, come and see}.",
            "{Many|Several|Lots of} {girls|beautiful ladies} {to choose from|available}{| today}.",
            "{name} and {name2} {available together|are waiting for you}.",
        ),
        "incall_only": (
            "Incall only{|, no outcall}.",
            "{Sorry|Unfortunately}, {I can't|I don't} {go out|do outcalls}.",
            "{Only|Strictly} {incall|at my place}{|, I can't travel}.",
        ),
        "limited_language": (
            "{Little|Only a little|Very little} English{|, text please}.",
            "{No English|English not good}, {text only|please text}.",
            "{Speaks|She speaks} {only|just} a {few words|little} of English.",
        ),
        "just_arrived": (
            "Just arrived {from abroad|in the country|this week}.",
            "{First time|First week} in this country{| {emoji}}.",
        ),
        "cash_only": (
            "{Cash only|Only cash}{|, no cards}.",
            "{Fixed prices|No negotiation|Prices not negotiable}{|, please}.",
            "{Payment|Donation} {upfront|in advance}{|, cash}.",
        ),
        "independent": (
            "{100% |Fully |}independent{|, no agency|, no pimp}.",
            "{I work for myself|I'm my own boss}{|, no agency, no driver}.",
            "{Independent|Indy} {lady|girl}{|, not an agency}.",
        ),
        "screening": (
            "{Screening|Verification} {required|is required}{| for new clients}.",
            "{References|Reviews} {welcome|appreciated}{|, please read my ad before calling}.",
            "{Please|Kindly} {introduce yourself|tell me your name and age} when you text.",
        ),
        "own_terms": (
            "{I choose my clients|I decide who I see}{| and set my own hours}.",
            "{My own|Private} {apartment|flat}{|, only I work here}.",
            "{I work when I want|I set my own prices and hours}.",
        ),
        "tour": (
            "On tour in {city} {until {day}|this week only|for a few days}.",
            "{Visiting|Touring} {city} {until {day}|this week}{|, book early}.",
        ),
        "real_photos": (
            "{100% real|Real|Recent} {photos|pictures}{|, no surprises}.",
            "{My|All} photos are {real|genuine}{| and recent}.",
        ),
    },
    "recruitment": {
        "title": (
            "{job} needed {dest}{| {emoji}}",
            "Job offer: {job} {dest}",
            "We are hiring {job} {dest}",
            "{job} – {dest} – {good pay|excellent pay|great conditions}",
            "{Work|Jobs} {dest} for {job}",
        ),
        "intro": (
            "{company} is {looking for|recruiting} {job} {dest}.",
            "We are {an international|an established|a friendly} {agency|company} {looking "
            "for|hiring} {job}{| {dest}}.",
            "{Looking|We are looking} for {job} to work {dest}{| this season}.",
            "{Open positions|New positions} for {job} {dest}.",
        ),
        "job": (
            "{The work is|Work} in {a busy|a modern|a friendly} {bar|hotel|club|restaurant}.",
            "{Shifts|Working hours} {of 8 hours|from evening till late|5 days a week}.",
            "{Duties|Tasks}: {serving clients|customer service|keeping guests "
            "company|cleaning and cooking|picking and packing}.",
        ),
        "pay": (
            ("month", "Salary {price} per month{| net}."),
            ("month", "{Pay|Earnings} from {price} a month."),
            ("week", "{price} per week{| plus tips}."),
            ("day", "{price} per day."),
        ),
        "conditions": (
            "{Start|Start date} {next month|in two weeks|in spring}.",
            "{Contract for|Season of} {3|6|12} months{|, possibility to extend}.",
            "{Friendly|Young|International} team{| and good atmosphere}.",
        ),
        "apply": (
            "{Apply now|Apply today|Send us a message today}.",
            "{Interested? Contact us|Interested candidates, get in touch|Interested? Get in "
            "touch} for details.",
        ),
        "closing": (
            "{We look forward to hearing from you|Looking forward to your application}.",
            "{Good luck|Thank you}!",
        ),
        "travel_paid": (
            "{Travel|Flight|Plane ticket} {paid|covered} by {us|the employer}{|, you pay nothing}.",
            "We {pay for|cover} your {trip|flight|transport}.",
        ),
        "visa_arranged": (
            "{Visa|Work visa|Work permit} {arranged|handled} by {us|the agency}{|, no problem}.",
            "We take care of {all the|your} {papers|visa|permits}.",
        ),
        "no_experience": (
            "No experience {needed|required}{|, we train you}.",
            "{Experience not necessary|No experience? No problem}{|!}",
        ),
        "housing_provided": (
            "{Accommodation|Housing|Free housing} {provided|included}{| near work}.",
            "You will live {with the other girls|in a shared apartment|on site}{| for free}.",
        ),
        "documents_held": (
            "{Your passport|Your documents|Passport and ID} will be kept {safe|by the "
            "employer|by us} {during the contract|for your security}.",
            "{We keep|We hold|The employer keeps} {documents|passports} {for safety|until the "
            "end of the contract}.",
        ),
        "debt_deducted": (
            "{Travel|Visa|Housing} costs are deducted from {your salary|the first payments}.",
            "{Small|A} {fee|deposit} {for the paperwork|for registration}, paid back "
            "{later|from your earnings}.",
        ),
        "young_women_only": (
            "{Only|For} young women {{age_min}-{age_max}|aged {age_min} to {age_max}}.",
            "{Girls|Ladies} {age_min}-{age_max} years{|, slim}.",
        ),
        "send_photos": (
            "{Send|Please send} {2-3|recent|full body} photos{| with your message}.",
            "{Photo|A picture} {required|needed} {to apply|with the application}.",
        ),
        "vague_employer": (
            "{Details|More details} {in private|by phone|on WhatsApp}.",
            "{Company|Employer} name {given at interview|will be told later}.",
        ),
        "urgent": (
            "{Urgent|Very urgent}!{| Start immediately.}",
            "{Start|Leave} {immediately|this week|in a few days}.",
        ),
        "high_pay": (
            "{Earn|Make} up to {salary_max} {a month|per month}{| easily}!",
            "{Very high|Excellent} {earnings|salary}{|, much more than here}.",
        ),
        "no_language_needed": (
            "{No language|No English} {needed|required}.",
            "{You don't need|No need} to speak {English|the language}.",
        ),
        "messaging_only": (
            "{Contact|Write to us} only {on WhatsApp|on Telegram|by message}{|, no calls}.",
        ),
        "named_employer": (
            "{company} – {registered|reg.} {company|agency} no. {n}.",
            "{Visit|See} our {website|office} in {city} for details.",
        ),
        "contract": (
            "{Written|Full} employment contract{|, social insurance} {and payslips|included}.",
            "{Legal|Official} {contract|employment} {with insurance|under local law}.",
        ),
        "no_fees": (
            "{No fees|We never charge fees} {for candidates|to applicants}.",
            "{Our service|Recruitment} is {free|free of charge} for {workers|candidates}.",
        ),
        "licensed_agency": (
            "{Licensed|Registered} {employment|recruitment} agency{|, licence {n}}.",
        ),
    },
    "jobs": (
        ("lure", "hostesses"),
        ("lure", "waitresses"),
        ("lure", "dancers"),
        ("lure", "models"),
        ("lure", "massage therapists"),
        ("lure", "bar staff"),
        ("lure", "au pairs"),
        ("labour", "fruit pickers"),
        ("labour", "care workers"),
        ("labour", "cleaners"),
        ("labour", "hotel staff"),
        ("labour", "warehouse workers"),
        ("labour", "kitchen staff"),
    ),
    "dest": (
        "in Germany",
        "in Dubai",
        "in the UK",
        "in London",
        "abroad",
        "in the Netherlands",
        "in Spain",
        "in Cyprus",
        "in Switzerland",
        "in Norway",
        "in Canada",
    ),
    "company": (
        "{Euro|Global|Star|Golden|Premier} {Staffing|Recruitment|Talent|Jobs} {Ltd|Agency|"
        "International}",
        "{Harper|Whitfield|Oakley|Brennan} {& Sons|Hospitality|Personnel} Ltd",
    ),
    "decoy": {
        "room": {
            "title": (
                "{Double|Single|Large} room {to rent|available} in {city}",
                "Room in {shared house|friendly flatshare} – {city}",
                "{Bright|Cosy} room {near the station|close to the centre}",
            ),
            "body": (
                (
                    "{Bright|Spacious|Cosy} {double|single} room in a {quiet|friendly} "
                    "{house|flat}.",
                    "{Furnished|Unfurnished} room with {a desk|a wardrobe|a big window}.",
                ),
                (
                    "{Bills included|All bills included|Bills extra}{|, fast wifi}.",
                    "{Shared kitchen and bathroom|Own bathroom}{|, washing machine}.",
                ),
                (
                    "{Available from|Free from} {next month|the 1st|now}.",
                    "{Minimum stay|Minimum contract} {6|12} months.",
                ),
                (
                    "{No smokers|Non smokers}{|, no pets}{| please}.",
                    "{Deposit|One month deposit} required.",
                ),
            ),
            "shared": (
                "{Ideal|Perfect} for a young professional{| or student}.",
                "{Freshly|Newly} {painted|renovated}{| last month}.",
                "{New in town?|Just moved here?} {This is|It's} {a great|the perfect} place to "
                "start.",
                "24/7 {access|security}{| to the building}.",
                "{Students|Tenants} on a {student|work} visa welcome.",
            ),
            "price": (
                ("month", "{price} per month"),
                ("month", "Rent {price} pcm"),
                ("month", "{price}/month{| incl. bills}"),
            ),
        },
        "car": {
            "title": (
                "{car} {year} for sale",
                "{car} – {year}, {km} miles",
                "Selling my {car}{| {year}}",
            ),
            "body": (
                (
                    "{One|Two} owners from new, full service history.",
                    "{Very good|Excellent|Good} condition{| inside and out}.",
                ),
                ("{km} miles, {petrol|diesel|hybrid}, {manual|automatic}.",),
                (
                    "{New|Recent} {tyres|brakes|battery}{| fitted}.",
                    "{MOT|Inspection} until {next year|spring}.",
                ),
                (
                    "{Cash or transfer|Bank transfer only}.",
                    "{Viewing|Test drive} {welcome|by appointment}.",
                    "No time wasters{| please}.",
                ),
            ),
            "shared": (
                "{Fresh|Just had a fresh} service{| and MOT}.",
                "{Ideal|Great} first car for a young driver.",
                "{Visa|Card} and cash accepted.",
                "{24/7|Round the clock} breakdown cover included{| until June}.",
            ),
            "price": (("once", "{price}"), ("once", "{price} ono"), ("once", "Price {price}")),
        },
        "pet": {
            "title": (
                "{Kittens|Puppies} {looking for|need} {a loving home|new homes}",
                "{Lovely|Sweet} {kittens|puppies} in {city}",
            ),
            "body": (
                (
                    "{Vaccinated|Chipped and vaccinated|Vet checked} and wormed.",
                    "{Mum|Mother} and dad can be seen.",
                ),
                ("{Very|Super} {playful|friendly} and {used to children|litter trained}.",),
                ("{Ready to leave|Ready for new homes} {now|in two weeks}.",),
            ),
            "shared": (
                "{Young|Young and healthy} and {very sweet|full of energy}.",
                "{Fresh|Brand new} {bedding|blanket} included.",
                "Available to view 24/7{|, just message}.",
            ),
            "price": (("once", "{price} each"), ("once", "Rehoming fee {price}")),
        },
        "job": {
            "title": (
                "{Warehouse|Kitchen|Delivery} {staff|operatives|drivers} needed in {city}",
                "{Software developer|Nurse|Sales assistant} – {city}",
                "{Part-time|Full-time} {barista|receptionist|cleaner} wanted",
            ),
            "body": (
                ("{company} is {hiring|recruiting} for our {city} {site|branch|store}.",),
                (
                    "{Full-time|Part-time}, {permanent|fixed-term} contract{| with pension}.",
                    "{Paid holidays|28 days holiday} and {staff discount|training}.",
                ),
                (
                    "{Apply online|Send your CV} {with a cover letter|through our website}.",
                    "{Interviews|Interview days} {next week|this month}.",
                ),
            ),
            "shared": (
                "No experience needed{|, full training provided}.",
                "{Visa sponsorship available|We can sponsor a visa} for {qualified|skilled} "
                "{candidates|engineers}.",
                "{Young and dynamic|Young, friendly} team.",
                "{24/7|Round-the-clock} {rota|operation}, {day and night|flexible} shifts.",
            ),
            "price": (("hour", "{price} per hour"), ("month", "{price} per month")),
        },
        "massage": {
            "title": (
                "{Sports|Deep tissue|Swedish|Thai} massage in {city}",
                "{Licensed|Qualified} {massage|physio} therapist – {city}",
                "{Relaxing|Therapeutic} massage {studio|clinic}",
            ),
            "body": (
                (
                    "{Qualified|Licensed|Registered} therapist with {10|8|5} years experience.",
                    "{Member of|Registered with} the {professional association|national council}.",
                ),
                (
                    "{Sports|Deep tissue|Swedish|Hot stone} massage for {back pain|stress|"
                    "recovery}.",
                ),
                (
                    "{Clean|Quiet|Bright} {clinic|studio} {with parking|in the centre}.",
                    "{Gift vouchers|Vouchers} available.",
                ),
                (
                    "Strictly therapeutic{| massage}, no other services.",
                    "{Appointments|Bookings} {online or by phone|by phone}.",
                ),
            ),
            "shared": (
                "{New in town|Just opened} {studio|clinic}{| – come and say hi}.",
                "{Fresh|Clean} towels {for every client|every time}.",
                "{We accept|Pay by} {Visa|card} and cash.",
                "Online booking 24/7.",
            ),
            "price": (
                ("1h", "{price} for 60 minutes"),
                ("30min", "30 min {price}"),
                ("1h", "1 hour {price}"),
            ),
        },
    },
    "contact": {
        "phone": (
            "Call or text {contact}",
            "📞 {contact}",
            "Tel: {contact}",
            "Book now: {contact}",
            "☎️ {contact}",
        ),
        "phone_personal": ("{Call|Text} me: {contact}", "{Txt|Text} only {contact}"),
        "whatsapp": ("WhatsApp {contact}", "WhatsApp/Telegram: {contact}"),
        "whatsapp_personal": ("{Text|Message} me on WhatsApp {contact}",),
        "email": ("{Email|Mail} {contact}", "Contact: {contact}"),
        "email_personal": ("Email me: {contact}",),
        "handle": ("{contact}", "Follow {contact}"),
        "handle_personal": ("Add me {contact}", "Find me {contact}"),
        "none": ("Contact through the site{| messages}.", "{Message|Reply} via the site only."),
    },
}
