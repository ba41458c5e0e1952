/** Organisations known by name or acronym, and the head words that make a name an organisation. */
import { foldForm } from './places';

/**
 * Bodies of states and of their unions: governments, agencies, regulators, parliaments, central banks,
 * courts and intergovernmental organisations, which no description of a business stands for ("The FAA
 * said the company had fixed its problems" is not the FAA).
 */
const PUBLIC_BODIES: Array<[string, ...string[]]> = [
  ['United Nations', 'UN', 'U.N.'],
  ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'],
  ['European Union', 'EU', 'E.U.'],
  ['Kremlin'],
  ['Pentagon'],
  ['White House'],
  ['Downing Street'],
  ['State Department', 'US State Department'],
  ['BRICS'],
  ['G7', 'Group of Seven'],
  ['G20', 'Group of 20'],
  ['IMF', 'International Monetary Fund'],
  ['World Bank'],
  ['OSCE', 'Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'],
  ['CIA', 'Central Intelligence Agency'],
  ['FBI', 'Federal Bureau of Investigation'],
  ['FSB', 'Federal Security Service'],
  ['IAEA', 'International Atomic Energy Agency'],
  ['WHO', 'World Health Organization'],
  ['Congress'],
  ['Senate'],
  ['Duma', 'State Duma'],
  ['Bundestag'],
  ['Verkhovna Rada', 'Rada'],
  ['Federal Reserve', 'Fed', 'U.S. Federal Reserve'],
  ['Office of the Comptroller of the Currency', 'OCC'],
  ['Federal Deposit Insurance Corporation', 'FDIC'],
  ['European Central Bank', 'ECB'],
  ['European Commission'],
  ['World Trade Organization', 'WTO'],
  ['OPEC', 'Organization of the Petroleum Exporting Countries'],
  ['International Criminal Court', 'ICC'],
  ['International Court of Justice', 'ICJ'],
  ['Interpol'],
  ['Europol'],
  ['Mossad'],
  ['GRU'],
  ['SBU', 'Security Service of Ukraine'],
  ['Vatican', 'Holy See'],
  ['NASA'],
  ['KGB'],
  ['UNESCO'],
  ['UNICEF'],
  ['OECD', 'Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development', 'Organization for Economic Co-operation and Development'],
  ['Gulf Cooperation Council', 'GCC', 'Gulf Co-operation Council'],
  ['ASEAN', 'Association of Southeast Asian Nations'],
  ['African Union'],
  ['Arab League'],
  ['Federal Aviation Administration', 'FAA'],
  ['Food and Drug Administration', 'FDA', 'U.S. Food and Drug Administration'],
  ['Securities and Exchange Commission', 'SEC', 'U.S. Securities and Exchange Commission'],
  ['Federal Trade Commission', 'FTC'],
  ['Environmental Protection Agency', 'EPA'],
];

/** Other organisations news names by name alone: armed groups, parties, companies. */
const KNOWN: Array<[string, ...string[]]> = [
  ['Hamas'],
  ['Hezbollah'],
  ['Taliban'],
  ['Wagner Group', 'Wagner'],
  ['SWIFT'],
  ['International Committee of the Red Cross', 'ICRC'],
  ['Amnesty International'],
  ['Human Rights Watch'],
  ['Islamic State', 'ISIS', 'ISIL'],
  ['Al-Qaeda', 'Al Qaeda', 'al-Qaeda', 'al Qaeda'],
  ['Houthis', 'Houthi', 'Houthi movement', 'Ansar Allah'],
  ['Hayat Tahrir al-Sham', 'HTS'],
  ['Gazprom'],
  ['Rosneft'],
  ['Lockheed Martin'],
  ['Raytheon', 'RTX'],
  ['Boeing'],
  ['Airbus'],
  ['Rheinmetall'],
  ['BAE Systems'],
  ['General Dynamics'],
  ['Northrop Grumman'],
  ['SpaceX'],
  ['Starlink'],
  ['Microsoft'],
  ['Google'],
  ['Alphabet'],
  ['OpenAI'],
  ['Nvidia'],
  ['Khmer Rouge'],
  ['PLO', 'Palestine Liberation Organization'],
  ['Alternative for Germany', 'AfD'],
  ['Law and Justice', 'PiS'],
  ['Greenpeace'],
  ['Red Cross'],
  // Companies news names by one word a tagger trained on 1990s wire copy does not know as one ("demand
  // from Microsoft, Meta and other cloud providers"). Not those that name other things as often: Amazon
  // (the river), Ford (a president), Visa, Emirates.
  ['Apple'], ['Meta', 'Meta Platforms'], ['Oracle'], ['Tesla'], ['Intel'], ['Uber'], ['Netflix'], ['Samsung', 'Samsung Electronics'],
  ['Sony'], ['Toyota'], ['Volkswagen', 'VW'], ['BMW'], ['Siemens'], ['BASF'], ['Bayer'], ['Nestle'], ['Unilever'], ['Pfizer'],
  ['Moderna'], ['AstraZeneca'], ['Novartis'], ['Roche'], ['ExxonMobil', 'Exxon Mobil', 'Exxon'], ['Chevron'], ['BP'], ['Shell'],
  ['Saudi Aramco', 'Aramco'], ['Glencore'], ['BHP'], ['Walmart'], ['Alibaba'], ['Tencent'], ['Huawei'], ['ByteDance'],
  ['TikTok'], ['Xiaomi'], ['TSMC', 'Taiwan Semiconductor Manufacturing'], ['Qualcomm'], ['IBM'], ['Cisco'], ['Facebook'],
  ['Instagram'], ['WhatsApp'], ['Twitter'], ['Anthropic'], ['JPMorgan', 'JPMorgan Chase', 'JP Morgan'], ['Citigroup', 'Citi'],
  ['HSBC'], ['Barclays'], ['UBS'], ['BlackRock'], ['Lufthansa'], ['Ryanair'], ['Lukoil'], ['Novatek'], ['Rosatom'],
  ['Sberbank'], ['Naftogaz'], ['Hyundai'], ['SoftBank'], ['Nissan'], ['Stellantis'], ['Renault'], ['Volvo'], ['Ericsson'],
  ['Nokia'], ['Daimler'], ['Chrysler'], ['Philips'], ['Fiat'], ['Mitsubishi'],
  ["Moody's", "Moody's Investors Service", "Moody's Ratings"], ['Fitch Ratings', 'Fitch'], ['S&P Global', "Standard & Poor's", 'S&P Global Ratings'],
  ['Mastercard'], ['PayPal'], ['Spotify'], ['Airbnb'], ['Salesforce'], ['Adobe'], ['Advanced Micro Devices', 'AMD'], ['Foxconn'],
  ['IKEA', 'Ikea'], ['Maersk'], ['Deloitte'], ['KPMG'], ['PwC', 'PricewaterhouseCoopers'], ['Goldman Sachs'], ['Morgan Stanley'],
  ['Novo Nordisk'], ['Eli Lilly'], ['Merck'], ['Sanofi'], ['GSK', 'GlaxoSmithKline'], ['Bosch'], ['Infosys'], ['Equinor'],
  ['TotalEnergies'], ['Repsol'], ['Petrobras'], ['Pemex'], ['Rio Tinto'], ['ArcelorMittal'], ['Heineken'], ['Carlsberg'],
  ['Danone'], ['LVMH'], ['Kering'], ['Starbucks'], ["McDonald's"], ['Adidas'], ['Comcast'], ['Verizon'], ['AT&T'], ['Vodafone'],
  ['Telefonica'], ['Bluesky'], ['General Motors', 'GM'], ['Kroger'], ['Albertsons'], ['Costco'], ['UnitedHealth', 'UnitedHealth Group'],
  ['UnitedHealthcare'], ['Broadcom'], ['Palantir'], ['VMware'],
  // Clubs named by a common word, which opens many a sentence of a match report ("Arsenal beat …").
  ['Arsenal'], ['Celtic'], ['Rangers'],
];

/**
 * News agencies, papers and broadcasters, which a story cites as its sources. Not those whose name
 * is a common word as often ("The Guardian", "The Economist", "The Independent").
 */
const NEWS_OUTLETS: Array<[string, ...string[]]> = [
  ['Reuters'], ['Associated Press', 'AP'], ['Agence France-Presse', 'AFP'], ['United Press International', 'UPI'], ['Bloomberg'],
  ['Xinhua', 'Xinhua News Agency'], ['Interfax'], ['TASS'], ['RIA Novosti', 'RIA'], ['Kyodo', 'Kyodo News'], ['Yonhap'], ['Anadolu'],
  ['IRNA'], ['KCNA'], ['ANSA'], ['EFE'], ['Al Jazeera'], ['Al Arabiya'], ['BBC'], ['CNN'], ['CNBC'], ['NBC'], ['CBS'], ['NPR'],
  ['Sky News'], ['Fox News'], ['Izvestia'], ['Kommersant'], ['Vedomosti'], ['Meduza'], ['Ukrainska Pravda'], ['Haaretz'],
  ['Handelsblatt'], ['Der Spiegel', 'Spiegel'], ['Bild'], ['Le Monde'], ['Politico'], ['Axios'], ['Newsweek'],
  ['New York Times', 'NYT'], ['Washington Post'], ['Wall Street Journal', 'WSJ'], ['Financial Times'], ['Telegraph'],
];

/** canonical organisation name for a folded surface form */
export const KNOWN_ORGANIZATIONS: Map<string, string> = new Map(
  [...PUBLIC_BODIES, ...KNOWN, ...NEWS_OUTLETS].flatMap(([name, ...aliases]) => [name, ...aliases].map((form) => [foldForm(form), name] as [string, string])),
);

const NEWS_OUTLET_NAMES: ReadonlySet<string> = new Set(NEWS_OUTLETS.map(([name]) => name));

const PUBLIC_BODY_NAMES: ReadonlySet<string> = new Set(PUBLIC_BODIES.map(([name]) => name));

/** Whether the gazetteer knows this folded form as a state's body or a union of states' ("the FAA", "NATO"). */
export const isPublicBody = (form: string): boolean => PUBLIC_BODY_NAMES.has(KNOWN_ORGANIZATIONS.get(form) ?? '');

/** Whether the gazetteer knows this folded form as a news outlet's ("Reuters", "the Financial Times"). */
export const isNewsOutlet = (form: string): boolean => NEWS_OUTLET_NAMES.has(KNOWN_ORGANIZATIONS.get(form) ?? '');

/** What a company's name may end in that says only its legal form: "Nvidia Corp", "Taiwan Semiconductor Manufacturing Co.". */
const LEGAL_FORM = / (?:co|corp|corporation|inc|incorporated|ltd|limited|plc|ag|sa|nv|se|llc)$/;

/**
 * Words after a company's short name that say which part of the group signs its filings, not another
 * business: "Toyota Motor Corp", "Volkswagen Group", "SoftBank Group Corp", "Huawei Technologies Co".
 */
const GROUP_FORM = / (?:motor|motors|group|holding|holdings|technology|technologies)$/;

/** The canonical name of the organisation the gazetteer knows by this folded form, with or without its legal and group forms. */
export function knownOrganization(form: string): string | undefined {
  return KNOWN_ORGANIZATIONS.get(form) ?? KNOWN_ORGANIZATIONS.get(form.replace(LEGAL_FORM, '')) ?? KNOWN_ORGANIZATIONS.get(companyStem(form));
}

/** A folded company name without its legal and group forms: "toyota motor corp" → "toyota". */
export function companyStem(form: string): string {
  return form.replace(LEGAL_FORM, '').replace(GROUP_FORM, '');
}

/** What a company's name ends in, saying what it does: "Halvorsen Systems", "Okonkwo Capital", "Tata Steel". */
export const BUSINESS_HEADS = new Set(
  (
    'capital logistics systems partners analytics securities pharmaceuticals insurance investments ventures solutions ' +
    'electronics foods labs software networks communications telecom telecommunications entertainment studios brands ' +
    'petroleum chemicals steel semiconductor semiconductors therapeutics biotech pharma management grill restaurants energy refinery ' +
    'resources minerals mining shipping aerospace automotive utilities health healthcare technology financial dairy farms beverages brewery breweries apparel retail stores hotels resorts'
  ).split(' '),
);

/** Last words of a capitalised name that make it an organisation. */
export const ORG_HEADS = new Set(
  (
    'agency alliance army association authority bank board bureau cabinet central channel coalition command commission committee ' +
    'company congress corporation corps council court department directorate embassy federation force forces foundation front fund ' +
    'government group guard inc institute institution league ltd ministry movement navy network news newspaper office organisation staff ' +
    'organization parliament party police post press regime secretariat senate service services times tribunal union university ' +
    'assembly airlines bloc brigade battalion club college school center centre journal magazine radio television tv herald tribune ' +
    'confederation programme hospital clinic firm wing fleet division regiment squadron academy museum library church laboratory ' +
    'corp co industries enterprises holdings technologies motor motors airways railways tech institutes agencies ministries centers centres'
  )
    .split(' ')
    .concat([...BUSINESS_HEADS]),
);

/** First words of a name that make it an organisation in French, Spanish, Italian, Portuguese or German ("Centro Nacional de…"). */
export const ORG_OPENERS = new Set(
  (
    'centro instituto institut istituto universidad universidade université università universität banco banca banque ' +
    'ministerio ministère ministero partido parti partito consejo conseil consiglio comité comitato agencia agence agenzia ' +
    'fundación fondation fondazione société compagnie compañía grupo groupe gruppo deutsche bundesamt ' +
    // Football clubs' prefixes: "FC Porto", "AC Milan", "RB Leipzig", "VfB Stuttgart" are clubs, not their cities.
    'fc afc ac rb vfb vfl tsg ssc'
  ).split(' '),
);

/** Lower-case nouns that, after a demonym, name an institution ("the British government"). */
export const INSTITUTION_NOUNS = new Set(['government', 'army', 'military', 'navy', 'parliament', 'forces', 'police', 'cabinet', 'authorities', 'troops', 'delegation']);

/** Institution nouns that, capitalised on their own mid-sentence, name one institution ("the Navy", "told the Senate"). */
export const CAPITALISED_INSTITUTIONS = new Set(
  'army navy marines senate congress parliament legislature cabinet court government police militia council assembly journal times church'.split(' '),
);

/**
 * Lower-case nouns after a name that say it names an organisation ("the Sokol network", "the Heron
 * collaboration"), or before it in apposition ("the Singapore state fund Temasek", "chip designer Orion").
 */
export const ORGANIZATION_NOUNS = new Set(
  (
    'network collaboration consortium coalition alliance group party movement militia cartel gang syndicate federation ' +
    'company firm bank lender insurer fund startup conglomerate manufacturer maker producer exporter importer retailer ' +
    'carrier airline operator utility regulator agency broker publisher newspaper broadcaster developer designer supplier ' +
    'club team side university institute laboratory lab union charity foundation organisation organization automaker ' +
    'chipmaker drugmaker carmaker steelmaker planemaker brewer miner refiner shipper trader investor subsidiary unit division ' +
    'giant watchdog daily tabloid magazine chain grocer supermarket arm affiliate outlet distributor wholesaler provider platform website'
  ).split(' '),
);

/**
 * Lower-case words for a side in politics that, right before a name, make it a party: "the opposition
 * Kuomintang", "the ruling ANC". Not among ORGANIZATION_NOUNS: "the opposition" alone is no body that
 * stands for one named ("the opposition said its candidate …").
 */
export const PARTY_SIDES = new Set(['opposition', 'ruling']);

/** Plurals for a party's members that end its name: "the Social Democrats", "Lindner's Free Democrats". */
export const PARTY_PLURALS = new Set(['democrats', 'republicans', 'socialists', 'liberals', 'conservatives', 'greens']);

/** Words for one member of a party: "Republican Ronald Reagan", "the 82-year-old Democrat". */
export const PARTY_MEMBERS = new Set(['republican', 'democrat', 'conservative', 'socialist', 'communist']);

/** Heads of the names of political bodies: "Yoon's People Power Party", "Robert Habeck of the Greens". */
export const POLITICAL_HEADS = new Set(['party', 'movement', 'front', 'alliance', 'coalition', ...PARTY_PLURALS]);

/** Of those, the ones that also name a person's trade: "chip designer Orion", but "fashion designer Tom Ford". */
export const PERSON_TRADE_NOUNS = new Set(
  'designer developer investor trader broker publisher operator producer supplier maker miner refiner shipper exporter importer brewer grocer carrier'.split(' '),
);

/** Of those, the trades of making or moving goods: "a parts maker", "an oil refiner", "a chips supplier". */
export const MAKING_TRADES = new Set('maker producer supplier exporter importer miner refiner shipper brewer'.split(' '));

/** Lower-case nouns after a name that say it names a facility, which is a place ("the Syzran oil refinery"). */
export const FACILITY_NOUNS = new Set(
  'refinery plant factory mine airport airbase base port terminal station stadium arena dam bridge prison reactor depot field pipeline shipyard smelter'.split(' '),
);
