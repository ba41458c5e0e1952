/** Closed word classes and small vocabularies the patterns rely on. */
import type { EntityType } from '../../graph/schema';

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Pronouns that may stand for an entity, with the kind of antecedent they accept. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'thing' | 'group'> = new Map([
  ['he', 'person'], ['him', 'person'], ['his', 'person'], ['she', 'person'], ['her', 'person'], ['hers', 'person'],
  ['it', 'thing'], ['its', 'thing'],
  ['they', 'group'], ['them', 'group'], ['their', 'group'],
] as const);

/** Words that are never an entity or a concept on their own. */
export const STOP_WORDS = set(`
  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs this that these those
  who whom whose which what where when why how there here such some any all both each every either neither none no nobody
  nothing something anything everything someone anyone everyone one ones other others another lot lots thing things way ways
  kind sort part time times year years day days today yesterday tomorrow people person
  yes ok okay hahaha haha lol agreed nope yeah indeed well oh
`);

/** People who act for an institution: "US officials said" is the US speaking. */
export const AGENT_NOUNS = set(`
  officials official leaders leader diplomats diplomat negotiators negotiator mediators mediator authorities government forces troops military
  army spokesman spokeswoman spokesperson representatives envoys envoy ministers lawmakers soldiers police regulators
  prosecutors prosecutor investigators investigator inspectors officers agents
`);

/**
 * Nouns for those who act for a body they belong to, only where the text names it after them ("Rebels of
 * the Free Dravia Movement", "fighters from Hezbollah"): "Syrian rebels" act against their country, not for it.
 */
export const MEMBER_NOUNS = set('members rebels fighters militants insurgents');

/** Languages a broadcast or a publication is in ("Moscow IZVESTIYA in Russian"). */
export const LANGUAGES = set(`
  english russian french german spanish chinese mandarin cantonese japanese korean arabic persian farsi turkish hebrew hindi urdu
  portuguese italian dutch greek polish czech slovak hungarian romanian bulgarian serbian croatian serbo-croatian ukrainian
  swedish norwegian danish finnish thai vietnamese indonesian malay
`);

/** A country's weapons, which act for it as its troops do: "Russian drones struck Kharkiv" is Russia striking. */
export const ARMED_MEANS = set('drones missiles rockets jets warplanes warships bombers fighters tanks gunboats defences defenses');

/** Nouns that carry no content of their own: "the idea of peace talks" is about peace talks, "20 km of coastline" about coastline. */
export const LIGHT_NOUNS = set(`
  idea notion possibility prospect issue question matter concept subject topic thought prospects kind sort type form
  part number lot level amount series set range couple pair variety package wave round batch worth
  dozen dozens hundreds thousands millions scores
  km kilometres kilometers miles tonnes tons barrels acres hectares litres liters gallons
`);

/**
 * Nouns that on their own name nothing a reader would look up in a graph ("the issue", "things",
 * "the world"); with a modifier they may ("security situation"), so only lone ones are dropped.
 */
export const GENERIC_NOUNS = set(`
  thing things situation problem problems questions matter matters world words word position positions group groups house list map
  notice shadow excess depths forward there human humans girl boy man woman men women country countries members member effort efforts
  opportunity development control turn way ways side sides case cases fact facts point points place places time times area areas
  end lot stance view views role roles sense step steps move moves result results reason reasons course means others one ones
  people person everything something anything nothing
`);

/** Adjectives and determiners dropped from concept labels: they do not change what the concept is. */
export const CONCEPT_DROP = set(`
  a an the this that these those his her its their our my your some any all each every such certain other another
  ongoing current recent latest potential possible further new same own so-called alleged apparent real very more most
  around about nearly almost roughly approximately over under least several many much few no
`);

/** Participles that say where something is: "Munich-based", "Geneva-headquartered", "K mart based in Troy". */
export const LOCATING_LEMMAS = new Set(['base', 'headquarter', 'locate']);
/** Participles that say where something is or someone was born: "Munich-based", "Jerusalem-born". */
export const PLACING_LEMMAS: ReadonlySet<string> = new Set([...LOCATING_LEMMAS, 'born']);

/** Nouns for a permission, each with the verb its grantor does: "needs approval from the Commission" (the Commission approves). */
export const PERMISSION_NOUNS: ReadonlyMap<string, string> = new Map([
  ['approval', 'approve'], ['approvals', 'approve'], ['clearance', 'clear'], ['consent', 'approve'], ['permission', 'permit'],
  ['authorization', 'authorize'], ['authorisation', 'authorize'], ['go-ahead', 'approve'], ['blessing', 'approve'],
]);

/** Nouns for putting forward an act, whose maker does it: "a proposal from Turkey to host talks" (Turkey hosts). */
export const PROPOSAL_NOUNS = new Set(['offer', 'offers', 'proposal', 'proposals', 'bid', 'bids', 'plan', 'plans', 'request', 'requests', 'invitation', 'pledge', 'promise']);

/** Nominalised verbs: "Germany's supply of Taurus missiles" reads as "Germany supplies Taurus missiles". */
export const NOMINALIZATIONS: ReadonlyMap<string, string> = new Map([
  ['supply', 'supply'], ['supplies', 'supply'], ['delivery', 'deliver'], ['deliveries', 'deliver'], ['dismissal', 'dismiss'],
  ['refusal', 'refuse'], ['rejection', 'reject'], ['invasion', 'invade'], ['annexation', 'annex'], ['support', 'support'],
  ['criticism', 'criticize'], ['recognition', 'recognize'], ['withdrawal', 'withdraw'], ['approval', 'approve'],
  ['sale', 'sell'], ['sales', 'sell'], ['purchase', 'purchase'], ['purchases', 'purchase'], ['acquisition', 'acquire'],
  ['deployment', 'deploy'], ['transfer', 'transfer'], ['transfers', 'transfer'], ['shipment', 'ship'], ['shipments', 'ship'],
  ['occupation', 'occupy'], ['condemnation', 'condemn'], ['denial', 'deny'], ['acknowledgment', 'acknowledge'],
  ['acknowledgement', 'acknowledge'], ['attack', 'attack'], ['attacks', 'attack'], ['bombing', 'bomb'], ['capture', 'capture'],
  ['destruction', 'destroy'], ['funding', 'fund'], ['sanctioning', 'sanction'], ['use', 'use'], ['launch', 'launch'],
  ['assassination', 'assassinate'], ['murder', 'murder'], ['killing', 'kill'], ['arrest', 'arrest'], ['election', 'elect'],
  ['appointment', 'appoint'], ['nomination', 'nominate'], ['endorsement', 'endorse'], ['provision', 'provide'],
  ['publicizing', 'publicize'], ['disparagement', 'disparage'], ['backing', 'back'], ['blockade', 'blockade'],
  ['strike', 'strike'], ['strikes', 'strike'], ['assault', 'assault'], ['assaults', 'assault'], ['offensive', 'attack'],
  ['bombardment', 'bombard'], ['shelling', 'shell'], ['sanctions', 'sanction'], ['threat', 'threaten'], ['threats', 'threaten'],
  ['demand', 'demand'], ['demands', 'demand'], ['aid', 'aid'], ['investment', 'invest'], ['investments', 'invest'],
  ['pressure', 'pressure'], ['takeover', 'take over'], ['visit', 'visit'], ['meeting', 'meet'], ['talks', 'talk'],
  ['trip', 'travel'], ['trips', 'travel'], ['journey', 'travel'], ['flight', 'fly'], ['flights', 'fly'],
  ['shooting', 'shoot'], ['execution', 'execute'], ['kidnapping', 'kidnap'], ['abduction', 'abduct'], ['slaying', 'slay'],
  ['slayings', 'slay'], ['killings', 'kill'], ['murders', 'murder'], ['shootings', 'shoot'], ['assassinations', 'assassinate'],
  ['extradition', 'extradite'], ['deportation', 'deport'], ['deportations', 'deport'], ['expulsion', 'expel'],
]);

/** Prepositions that introduce what a nominalised verb acts on ("assault on Ukraine", "sanctions against Iran"). */
export const NOMINAL_PREPOSITIONS = new Set(['of', 'on', 'against', 'to', 'with', 'into']);

/** Phrasal verbs that ask their object to act ("called on Kenya to …"): compromise's lemma keeps the particle. */
const PHRASAL_REQUESTS = ['call on', 'call upon', 'appeal to'];
/** Phrasal verbs that leave an act to their object ("relies on SpaceX to fly …"). */
const PHRASAL_RELIANCE = ['rely on', 'rely upon', 'depend on', 'count on'];

/** Verbs of wanting or expecting: what the infinitive after their object says is wished for, not done ("wants Mexico to pay", "expects the bank to cut rates"). */
export const WISHING_LEMMAS = set('want expect wish');

/**
 * Verbs whose object is also the subject of a following infinitive: "led the Kremlin to charge the West",
 * "called on its allies to sanction …", "wants Mexico to pay", "hired Caitlin Kalinowski to lead …",
 * "relies on SpaceX to fly …".
 */
export const OBJECT_CONTROL_LEMMAS: ReadonlySet<string> = new Set([
  ...set('lead urge ask force allow encourage push press tell persuade invite prompt order convince enable compel direct instruct authorize authorise warn advise require permit clear pressure'),
  ...WISHING_LEMMAS,
  ...set('hire recruit appoint name tap pick select nominate assign'),
  ...PHRASAL_REQUESTS,
  ...PHRASAL_RELIANCE,
]);

/** Endings of English abstract, agent and adjective-like words: a capitalised word with one is seldom a name ("Inflation rose"). */
export const COMMON_NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ism|ance|ence|ship|hood|ure|ing|ogy|ics|ery|dom|ist|age|ant|ent|ive|ous|ful|less|able|ible|er|or|al)$/;

/** The forms of "have", the perfect's auxiliary: "has cut", "had never discussed". */
export const HAVE_FORMS = set('has have had having');

/** Verbs with two objects, the first of which is given the second: "gave Anatel 24 hours to block …", "gives Rio Tinto control of …". */
export const GIVING_LEMMAS = set('give grant allot hand');

/** Verbs of sending people to act, who then do what they were sent for: "sent 500 soldiers to join the search". */
export const SENDING_LEMMAS = set('send deploy dispatch');

/** Words that may stand before "known as": "also known as", "formerly known as". */
export const KNOWN_AS_ADVERBS = set('also better now formerly popularly commonly widely');

/** Verbs that give something a name: "the missile, called Oreshnik, …". */
export const NAMING_LEMMAS = set('call name dub nickname codename title');

/** Nouns for a decision that an infinitive says the content of: "the decision to clear Sinner". */
export const DECISION_NOUNS: ReadonlySet<string> = new Set(['decision', 'decisions', 'ruling', 'move', 'moves', 'order', 'attempt', 'attempts', 'effort', 'efforts', ...PROPOSAL_NOUNS]);
/** Nouns for an act their owner undertakes, fails at or refuses, which the infinitive after them says: "her failure to tackle crime". */
export const UNDERTAKING_NOUNS: ReadonlySet<string> = new Set([...DECISION_NOUNS, 'failure', 'refusal', 'commitment', 'determination', 'struggle', 'fight', 'campaign', 'readiness', 'willingness']);
/** Verbs that judge a decision, most often another's: "appealed the decision to …", "welcomed the move to …". */
export const DECISION_JUDGING_LEMMAS = set('appeal challenge contest criticize criticise condemn denounce reject oppose question protest overturn block uphold welcome praise applaud hail defend back slam');

/** Words for how much of something, which open a phrase its "of" goes on from: "controls most of Darfur", "part of the region". */
export const QUANTIFIERS = set('most more much many some any all half each part several few');

/** Verbs whose object takes the role after it: "appointed Maria Lopez chief executive", "hired Marco Rossi as coach". */
export const APPOINTING_LEMMAS = set('appoint name elect install make promote hire nominate');

/**
 * Verbs by which an organisation lets go or disciplines one of its own people: "Liverpool fired manager Arne
 * Slot". Not one that takes someone on ("hired chief economist Ana Ruiz"), whose title may be a former employer's.
 */
export const DISMISSING_LEMMAS = set('fire sack dismiss oust suspend demote');

/** Acts done to people or institutions, never to a place: "went on trial in The Hague, accused of war crimes" accuses the defendant. */
export const NO_PLACE_PATIENT_LEMMAS = set('accuse charge convict sentence arrest jail indict acquit suspect detain impeach');

/** Acts of taking someone's place, which after an appointment are the appointee's: "named Berg chief executive, replacing Anne Vik". */
export const SUCCESSION_LEMMAS = set('succeed replace');

/** Verbs that take an infinitive and pass their subject on: "continues to deny". */
export const CATENATIVE_LEMMAS = set(`
  continue try seek want plan refuse agree decide threaten promise vow begin start fail attempt aim hope intend need
  prepare pledge offer expect wish choose vote move rush struggle manage tend appear seem claim
`);

/** Verbs of saying and thinking: what follows is what was said, never a relation to an entity. */
export const SPEECH_LEMMAS = set(`
  say state add note explain suggest insist argue believe think write reply respond comment assert allege tell
`);

/** Verbs that ask for or order the act of the infinitive after their object, which is then not yet done: "urged Serbia to align …", "ordered the bank to disclose …". */
export const REQUESTING_LEMMAS: ReadonlySet<string> = new Set([...set('urge ask press push pressure encourage invite request require call appeal order instruct direct advise tell warn'), ...PHRASAL_REQUESTS]);

/** Verbs that report, but also take plain objects ("denied the plan"): a following clause is what was reported. */
export const REPORTING_LEMMAS = set(`
  say tell state claim add note report announce explain suggest insist argue believe think warn write declare confirm
  deny reply respond comment emphasize stress acknowledge reveal assert allege admit mention
`);

/** Verbs whose object may be a clause, its subject right after the verb ("said demand rises", "hoped the tools would …"). */
export const CLAUSE_TAKING_LEMMAS = new Set([
  ...REPORTING_LEMMAS,
  ...set('know expect fear hope show mean feel predict estimate doubt suspect assume realize realise ensure guarantee indicate prove demonstrate bet reckon'),
  // "The court ruled Kral cannot run", "found the bank had misled …": a court's or an inquiry's finding.
  ...set('rule find conclude determine decide'),
]);

/** Units of time a number counts ("three years", "48 hours"). */
export const TIME_UNITS = set('seconds minutes hours days weeks months years decades moments hour day week month year');

/** Currencies a sum is counted in ("1.8 billion euros"). */
export const CURRENCIES = set('dollars euros pounds yen yuan rubles roubles rupees francs');

/** Words for a share after its figure ("15 percent", "3 per cent"). */
export const SHARE_WORDS = set('percent pct cent');

/**
 * Nouns of a measure: never done to by an act ("37 percent followed by Cardenas"), nor an agent after "by"
 * ("rose by 5 percent", "voted by a narrow margin").
 */
export const MEASURE_NOUNS = set('margin margins percent pct cent percentage point points half third factor fraction vote votes');

/** Nouns of a means, which after "by" name no agent ("was notified by phone", "ruled by decree"). */
export const MEANS_NOUNS = set('fax phone telephone email e-mail mail letter hand car train bus air sea road rail video videolink satellite decree force proxy default chance mistake accident');

/** Modal auxiliaries: what they say may, would or will happen has not. */
export const MODALS = set("could would might may should will shall can 'll 'd must");

/** Subordinating words that open a new clause. */
export const CLAUSE_OPENERS = set(`
  that because while although though if when where whereas whether since unless until after before as once
`);

/** Clause openers that govern no noun phrase alone, or only one naming a role ("as chairman"): never "after talks". */
export const CLAUSE_ONLY_OPENERS = set('as while because although though if when whereas unless');

/** Openers of adverbial clauses ("until Hamas is defeated"), which a trailing participle clause does not attach to. Contrastive "while" and "whereas" open clauses it may attach to. */
export const ADVERBIAL_OPENERS = set(`because although though if when since unless until after before once`);

/** Relative pronouns: "China, which maintains…". */
export const RELATIVE_PRONOUNS = set('who which that whom whose');

/**
 * Participles that news puts before a noun as adjectives, of change, of fortune, of reach or of place:
 * "amid rising prices", "hit by falling margins", "hundreds of underperforming stores", "sweeping
 * reforms", "developing markets", "neighbouring Dravia".
 */
export const CHANGE_PARTICIPLES = set(
  'rising falling growing declining increasing decreasing soaring mounting slowing shrinking surging dwindling worsening weakening ' +
    'underperforming outperforming struggling ailing failing faltering flagging booming thriving sweeping developing emerging neighbouring neighboring',
);

/**
 * Gerunds for an activity that news puts before a noun as its kind, not as a verb with an object: "polling
 * stations", "the video streaming site", "a shipping line", "a five-game losing streak". Not those a clause
 * may begin with after a noun ("investors trading shares", "banks lending money").
 */
export const ACTIVITY_GERUNDS = set(`
  polling voting streaming shipping mining housing parking training manufacturing processing fundraising peacekeeping
  marketing boarding landing nursing engineering accounting publishing broadcasting printing gaming gambling messaging
  computing shopping dining swimming sleeping ride-hailing food-processing winning losing
`);

/** Nouns only found in prepositions of several words: "on behalf of", "in favour of", "in lieu of", "in spite of". */
export const PREPOSITION_NOUNS = set('behalf favour favor lieu spite');

/** Prepositions that may carry a verb's object ("withdrew from the talks"). */
export const OBJECT_PREPOSITIONS = set('with from to against on at into onto for about over in toward towards upon of by across through under alongside behind beyond near');

/** Heads that make a capitalised name a weapon, or a lower-case noun phrase a weapon class. */
export const WEAPON_HEADS = set(`
  missile missiles rocket rockets drone drones tank tanks jet jets fighter fighters aircraft helicopter helicopters
  howitzer howitzers launcher launchers system systems warhead warheads bomb bombs munition munitions shell shells
  artillery submarine submarines warship warships destroyer destroyers frigate frigates interceptor interceptors rifle rifles
`);

/** Weapon systems often named without a head noun. */
export const KNOWN_WEAPONS = set(`
  atacms himars patriot javelin stinger nlaw storm-shadow scalp taurus kinzhal iskander kalibr zircon shahed bayraktar abrams
  leopard challenger bradley sarmat oreshnik tomahawk f-16 f-35 su-35 mig-29 s-400 s-300 iris-t nasams gepard
`);

/** Endings of nouns for people by what they do ("engineers", "striker", "novelist", "historian"). */
export const AGENT_ENDING = /(?:er|or|ist|ian)s?$/;

/** Diseases news names by a capitalised name a tagger reads as an organisation's: "outbreaks of mpox and Ebola". */
export const KNOWN_DISEASES = set('ebola mpox monkeypox covid covid-19 zika sars mers hiv h5n1');

/** Last words of a capitalised name that make it an event. */
export const EVENT_HEADS = set(`
  crisis war wars summit conference olympics games revolution massacre election elections referendum accords agreement
  treaty talks offensive counteroffensive operation invasion uprising protest protests festival championship cup forum
  pandemic genocide battle siege spring fire wildfire earthquake
`);

/** Competitions known by a name with no event word in it (folded forms, as foldForm writes them). */
export const KNOWN_EVENTS = new Set([
  'bundesliga', 'premier league', 'champions league', 'europa league', 'la liga', 'serie a', 'ligue 1', 'eredivisie',
  'world cup', 'super bowl', 'olympics', 'olympic games', 'paralympics', 'tour de france', 'wimbledon', 'eurovision',
  'world series', 'stanley cup', 'copa america', 'grand prix',
]);

/** Last words of a capitalised name that make it a prize, which Relata keeps as a concept ("Pulitzer Prize for Fiction"). */
export const AWARD_HEADS = set('prize prizes award awards medal trophy');

/** Last words of a capitalised name that make it a law or a treaty, kept as a concept too ("the AI Act", "the Kyoto Protocol"). */
export const LAW_HEADS = set('act treaty accord accords protocol directive amendment');

/** First words of a capitalised name that make it an event ("Operation Spiderweb", "Hurricane Helene"). */
export const EVENT_OPENERS = set('operation battle siege hurricane typhoon cyclone storm');

/** Acronyms of common nouns in business and news ("New York IPO", "China's GDP"): capitals that name nothing. */
export const COMMON_ACRONYMS = set(`
  ipo ipos gdp gnp cpi agm egm etf etfs vat eps ebitda lng lpg suv suvs atm atms dna hiv
  mri pc pcs tv dvd cd cds ev evs ai api apis faq gps ppe sms ufo ufos
`);

const MONTH_NAMES = 'january february march april may june july august september october november december';

/** Feasts that date things ("after Christmas"): capitalised alone, they name no one; "Christmas Island" is a name. */
export const HOLIDAYS = set('christmas easter thanksgiving ramadan hanukkah diwali passover');

/** Month and weekday names and time zones: capitalised, but not entities. */
export const CALENDAR_WORDS = set(`
  ${MONTH_NAMES}
  monday tuesday wednesday thursday friday saturday sunday
  gmt utc est edt cst cdt mst mdt pst pdt cet cest bst msk
`);

/** Months as datelines write them, in full or cut short ("Dec. 5", "9 Feb"); not in CALENDAR_WORDS, as "Jan" is a name too. */
export const MONTHS = set(`${MONTH_NAMES} jan feb mar apr jun jul aug sep sept oct nov dec`);

/** What a business is, by what it makes or does: "the carmaker said", "Retailer Walmart cut prices". */
export const BUSINESS_KINDS = set('carmaker automaker steelmaker chipmaker drugmaker planemaker lender insurer airline retailer broadcaster utility conglomerate manufacturer miner refiner startup giant');

/** Auxiliaries only a plural subject takes ("have", not "has"). */
export const PLURAL_AUXILIARIES = set('have are were');

/** Definite descriptions that point back to a named entity of a type: "the company", "the country". */
export const DESCRIPTIONS: ReadonlyMap<string, EntityType> = new Map([
  ['company', 'Organization'], ['firm', 'Organization'], ['group', 'Organization'], ['organization', 'Organization'],
  ['organisation', 'Organization'], ['ministry', 'Organization'], ['alliance', 'Organization'], ['bloc', 'Organization'],
  ['party', 'Organization'], ['agency', 'Organization'], ['bank', 'Organization'], ['newspaper', 'Organization'],
  ['department', 'Organization'], ['commission', 'Organization'], ['committee', 'Organization'], ['council', 'Organization'],
  ['university', 'Organization'], ['club', 'Organization'], ['collaboration', 'Organization'], ['consortium', 'Organization'],
  ['coalition', 'Organization'], ['federation', 'Organization'], ['fund', 'Organization'], ['union', 'Organization'],
  ['militia', 'Organization'],
  // What a business is: "the carmaker said", "the lender will …".
  ...[...BUSINESS_KINDS].map((noun) => [noun, 'Organization'] as [string, EntityType]),
  ['country', 'Place'], ['nation', 'Place'], ['city', 'Place'], ['kingdom', 'Place'], ['republic', 'Place'],
  ['court', 'Organization'], ['tribunal', 'Organization'],
]);

/** Nouns for an armed body, and the words that qualify one in news: "the militant group", "the jihadist militia". */
export const ARMED_BODIES = set('group militia organisation organization');
export const ARMED_BODY_QUALIFIERS = set('militant armed rebel islamist jihadist separatist insurgent paramilitary extremist');

/**
 * Descriptions of bodies that stand only for a name with their noun ("the court" for the International
 * Criminal Court, "the ministry" for the Ministry of Defence) or one the story called by it ("Unite, the
 * union"), never for the most salient organisation: a company in court, or before a council, is not the
 * court or the council, and a carmaker's workers' union is not the carmaker.
 */
export const DESCRIPTIONS_OF_NAMES_ONLY = new Set(['court', 'tribunal', 'council', 'commission', 'committee', 'ministry', 'department', 'union']);

/** Adjectives English always capitalises that name no one, for a faith or for the Games: "Muslim leaders", "Olympic gold". */
export const PROPER_ADJECTIVES = set('muslim christian catholic jewish hindu buddhist sunni shia olympic paralympic');
