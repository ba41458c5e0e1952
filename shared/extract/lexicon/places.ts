/**
 * Countries and blocs with their aliases and demonyms, and a few well-known cities. The canonical
 * name comes first; every other form resolves to it.
 */

import { WORLD_CITIES } from './world-cities';

interface PlaceEntry {
  name: string;
  aliases?: string[];
  demonyms?: string[];
}

// Kept as data, one line per place, so a reader can audit and extend it.
const COUNTRIES: PlaceEntry[] = [
  { name: 'United States', aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America'], demonyms: ['American'] },
  { name: 'United Kingdom', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'], demonyms: ['British'] },
  { name: 'Russia', aliases: ['Russian Federation'], demonyms: ['Russian'] },
  { name: 'Ukraine', demonyms: ['Ukrainian'] },
  { name: 'Germany', demonyms: ['German'] },
  { name: 'France', demonyms: ['French'] },
  { name: 'China', aliases: ["People's Republic of China", 'PRC'], demonyms: ['Chinese'] },
  { name: 'Taiwan', demonyms: ['Taiwanese'] },
  { name: 'Japan', demonyms: ['Japanese'] },
  { name: 'India', demonyms: ['Indian'] },
  { name: 'Pakistan', demonyms: ['Pakistani'] },
  { name: 'Iran', demonyms: ['Iranian'] },
  { name: 'Iraq', demonyms: ['Iraqi'] },
  { name: 'Syria', demonyms: ['Syrian'] },
  { name: 'Israel', demonyms: ['Israeli'] },
  { name: 'Palestine', demonyms: ['Palestinian'] },
  { name: 'Lebanon', demonyms: ['Lebanese'] },
  { name: 'Jordan', demonyms: ['Jordanian'] },
  { name: 'Egypt', demonyms: ['Egyptian'] },
  { name: 'Saudi Arabia', demonyms: ['Saudi'] },
  { name: 'Turkey', aliases: ['Türkiye', 'Turkiye'], demonyms: ['Turkish'] },
  { name: 'Yemen', demonyms: ['Yemeni'] },
  { name: 'Qatar', demonyms: ['Qatari'] },
  { name: 'United Arab Emirates', aliases: ['UAE', 'U.A.E.'], demonyms: ['Emirati'] },
  { name: 'Afghanistan', demonyms: ['Afghan'] },
  { name: 'Belarus', demonyms: ['Belarusian'] },
  { name: 'Poland', demonyms: ['Polish'] },
  { name: 'Lithuania', demonyms: ['Lithuanian'] },
  { name: 'Latvia', demonyms: ['Latvian'] },
  { name: 'Estonia', demonyms: ['Estonian'] },
  { name: 'Finland', demonyms: ['Finnish'] },
  { name: 'Sweden', demonyms: ['Swedish'] },
  { name: 'Norway', demonyms: ['Norwegian'] },
  { name: 'Denmark', demonyms: ['Danish'] },
  { name: 'Netherlands', aliases: ['Holland', 'the Netherlands'], demonyms: ['Dutch'] },
  { name: 'Belgium', demonyms: ['Belgian'] },
  { name: 'Switzerland', demonyms: ['Swiss'] },
  { name: 'Austria', demonyms: ['Austrian'] },
  { name: 'Italy', demonyms: ['Italian'] },
  { name: 'Spain', demonyms: ['Spanish'] },
  { name: 'Portugal', demonyms: ['Portuguese'] },
  { name: 'Greece', demonyms: ['Greek'] },
  { name: 'Hungary', demonyms: ['Hungarian'] },
  { name: 'Romania', demonyms: ['Romanian'] },
  { name: 'Moldova', demonyms: ['Moldovan'] },
  { name: 'Bulgaria', demonyms: ['Bulgarian'] },
  { name: 'Serbia', demonyms: ['Serbian'] },
  { name: 'Croatia', demonyms: ['Croatian'] },
  { name: 'Czech Republic', aliases: ['Czechia'], demonyms: ['Czech'] },
  { name: 'Slovakia', demonyms: ['Slovak'] },
  { name: 'Georgia', demonyms: ['Georgian'] },
  { name: 'Armenia', demonyms: ['Armenian'] },
  { name: 'Azerbaijan', demonyms: ['Azerbaijani'] },
  { name: 'Kazakhstan', demonyms: ['Kazakh'] },
  { name: 'Ireland', demonyms: ['Irish'] },
  { name: 'England', demonyms: ['English'] },
  { name: 'Scotland', demonyms: ['Scottish'] },
  { name: 'Wales', demonyms: ['Welsh'] },
  { name: 'Northern Ireland' },
  { name: 'Canada', demonyms: ['Canadian'] },
  { name: 'Mexico', demonyms: ['Mexican'] },
  { name: 'Cuba', demonyms: ['Cuban'] },
  { name: 'Venezuela', demonyms: ['Venezuelan'] },
  { name: 'Brazil', demonyms: ['Brazilian'] },
  { name: 'Argentina', demonyms: ['Argentine', 'Argentinian'] },
  { name: 'Colombia', demonyms: ['Colombian'] },
  { name: 'Chile', demonyms: ['Chilean'] },
  { name: 'Peru', demonyms: ['Peruvian'] },
  { name: 'Australia', demonyms: ['Australian'] },
  { name: 'New Zealand' },
  { name: 'South Africa', demonyms: ['South African'] },
  { name: 'Nigeria', demonyms: ['Nigerian'] },
  { name: 'Ethiopia', demonyms: ['Ethiopian'] },
  { name: 'Kenya', demonyms: ['Kenyan'] },
  { name: 'Sudan', demonyms: ['Sudanese'] },
  { name: 'Libya', demonyms: ['Libyan'] },
  { name: 'Algeria', demonyms: ['Algerian'] },
  { name: 'Morocco', demonyms: ['Moroccan'] },
  { name: 'North Korea', aliases: ['DPRK'], demonyms: ['North Korean'] },
  { name: 'South Korea', aliases: ['Republic of Korea'], demonyms: ['South Korean'] },
  { name: 'Vietnam', demonyms: ['Vietnamese'] },
  { name: 'Indonesia', demonyms: ['Indonesian'] },
  { name: 'Philippines', demonyms: ['Filipino'] },
  { name: 'Thailand', demonyms: ['Thai'] },
  { name: 'Europe', demonyms: ['European'] },
  { name: 'Africa', demonyms: ['African'] },
  { name: 'Asia', demonyms: ['Asian'] },
  { name: 'Middle East' },
  { name: 'West', aliases: ['Western world', 'the West'], demonyms: ['Western'] },
  { name: 'Crimea', demonyms: ['Crimean'] },
  { name: 'Donbas', aliases: ['Donbass'] },
  { name: 'Gaza', aliases: ['Gaza Strip'] },
  { name: 'West Bank' },
  { name: 'Soviet Union', aliases: ['USSR', 'U.S.S.R.'], demonyms: ['Soviet'] },
  { name: 'Yugoslavia', demonyms: ['Yugoslav'] },
  { name: 'Czechoslovakia', demonyms: ['Czechoslovak'] },
  { name: 'Bosnia', aliases: ['Bosnia and Herzegovina'], demonyms: ['Bosnian'] },
  { name: 'Kosovo', demonyms: ['Kosovar'] },
  { name: 'Albania', demonyms: ['Albanian'] },
  { name: 'Slovenia', demonyms: ['Slovenian'] },
  { name: 'North Macedonia', aliases: ['Macedonia'], demonyms: ['Macedonian'] },
  { name: 'Iceland', demonyms: ['Icelandic'] },
  { name: 'Luxembourg' },
  { name: 'Cyprus', demonyms: ['Cypriot'] },
  { name: 'Malta', demonyms: ['Maltese'] },
  { name: 'Uzbekistan', demonyms: ['Uzbek'] },
  { name: 'Turkmenistan', demonyms: ['Turkmen'] },
  { name: 'Kyrgyzstan', demonyms: ['Kyrgyz'] },
  { name: 'Tajikistan', demonyms: ['Tajik'] },
  { name: 'Mongolia', demonyms: ['Mongolian'] },
  { name: 'Myanmar', aliases: ['Burma'], demonyms: ['Burmese'] },
  { name: 'Cambodia', demonyms: ['Cambodian'] },
  { name: 'Laos', demonyms: ['Laotian'] },
  { name: 'Malaysia', demonyms: ['Malaysian'] },
  { name: 'Singapore', demonyms: ['Singaporean'] },
  { name: 'Bangladesh', demonyms: ['Bangladeshi'] },
  { name: 'Sri Lanka', demonyms: ['Sri Lankan'] },
  { name: 'Nepal', demonyms: ['Nepalese'] },
  { name: 'Haiti', demonyms: ['Haitian'] },
  { name: 'Nicaragua', demonyms: ['Nicaraguan'] },
  { name: 'Guatemala', demonyms: ['Guatemalan'] },
  { name: 'Honduras', demonyms: ['Honduran'] },
  { name: 'El Salvador', demonyms: ['Salvadoran'] },
  { name: 'Panama', demonyms: ['Panamanian'] },
  { name: 'Ecuador', demonyms: ['Ecuadorian'] },
  { name: 'Bolivia', demonyms: ['Bolivian'] },
  { name: 'Paraguay', demonyms: ['Paraguayan'] },
  { name: 'Uruguay', demonyms: ['Uruguayan'] },
  { name: 'Tunisia', demonyms: ['Tunisian'] },
  { name: 'Somalia', demonyms: ['Somali'] },
  { name: 'Eritrea', demonyms: ['Eritrean'] },
  { name: 'Uganda', demonyms: ['Ugandan'] },
  { name: 'Tanzania', demonyms: ['Tanzanian'] },
  { name: 'Rwanda', demonyms: ['Rwandan'] },
  { name: 'Congo', aliases: ['Democratic Republic of the Congo', 'DRC'], demonyms: ['Congolese'] },
  { name: 'Angola', demonyms: ['Angolan'] },
  { name: 'Mozambique', demonyms: ['Mozambican'] },
  { name: 'Zimbabwe', demonyms: ['Zimbabwean'] },
  { name: 'Zambia', demonyms: ['Zambian'] },
  { name: 'Ghana', demonyms: ['Ghanaian'] },
  { name: 'Senegal', demonyms: ['Senegalese'] },
  { name: 'Mali', demonyms: ['Malian'] },
  { name: 'Niger', demonyms: ['Nigerien'] },
  { name: 'Chad', demonyms: ['Chadian'] },
  { name: 'Cameroon', demonyms: ['Cameroonian'] },
  { name: 'Ivory Coast', aliases: ["Côte d'Ivoire"], demonyms: ['Ivorian'] },
  { name: 'Kuwait', demonyms: ['Kuwaiti'] },
  { name: 'Bahrain', demonyms: ['Bahraini'] },
  { name: 'Oman', demonyms: ['Omani'] },
];

const CITIES: PlaceEntry[] = [
  { name: 'Kyiv', aliases: ['Kiev'] },
  { name: 'Kharkiv', aliases: ['Kharkov'] },
  { name: 'Odesa', aliases: ['Odessa'] },
  { name: 'Lviv', aliases: ['Lvov'] },
  { name: 'Mykolaiv', aliases: ['Nikolaev', 'Nikolayev'] },
  { name: 'Zaporizhzhia', aliases: ['Zaporozhye'] },
  { name: 'Dnipro', aliases: ['Dnepropetrovsk'] },
  { name: 'Luhansk', aliases: ['Lugansk'] },
  { name: 'Donetsk' },
  { name: 'Moscow' },
  { name: 'Saint Petersburg', aliases: ['St. Petersburg', 'St Petersburg'] },
  { name: 'Washington', aliases: ['Washington, D.C.', 'Washington DC'] },
  { name: 'New York' },
  { name: 'London' },
  { name: 'Paris' },
  { name: 'Berlin' },
  { name: 'Brussels' },
  { name: 'Beijing', aliases: ['Peking'] },
  { name: 'Tokyo' },
  { name: 'Tehran' },
  { name: 'Jerusalem' },
  { name: 'Ankara' },
  { name: 'Warsaw' },
  { name: 'Minsk' },
  { name: 'Vienna' },
  { name: 'Geneva' },
  { name: 'Copenhagen' },
  { name: 'Amsterdam' },
  { name: 'Stockholm' },
  { name: 'Helsinki' },
  { name: 'Rome' },
  { name: 'Madrid' },
  { name: 'Istanbul' },
  { name: 'Damascus' },
  { name: 'Baghdad' },
  { name: 'Kabul' },
  { name: 'Pyongyang' },
  { name: 'Seoul' },
  { name: 'New Delhi' },
  { name: 'Mumbai', aliases: ['Bombay'] },
  { name: 'Cairo' },
  { name: 'Sofia' },
  { name: 'Belgrade' },
  { name: 'Bucharest' },
  { name: 'Budapest' },
  { name: 'Prague' },
  { name: 'Athens' },
  { name: 'Lisbon' },
  { name: 'Dublin' },
  { name: 'Oslo' },
  { name: 'Riga' },
  { name: 'Vilnius' },
  { name: 'Tallinn' },
  { name: 'Chisinau' },
  { name: 'Tbilisi' },
  { name: 'Yerevan' },
  { name: 'Baku' },
  { name: 'Astana' },
  { name: 'Tashkent' },
  { name: 'Riyadh' },
  { name: 'Doha' },
  { name: 'Dubai' },
  { name: 'Abu Dhabi' },
  { name: 'Beirut' },
  { name: 'Amman' },
  { name: 'Tel Aviv' },
  { name: 'Islamabad' },
  { name: 'Karachi' },
  { name: 'Shanghai' },
  { name: 'Hong Kong' },
  { name: 'Taipei' },
  { name: 'Manila' },
  { name: 'Jakarta' },
  { name: 'Bangkok' },
  { name: 'Hanoi' },
  { name: 'Sydney' },
  { name: 'Canberra' },
  { name: 'Ottawa' },
  { name: 'Toronto' },
  { name: 'Mexico City' },
  { name: 'Havana' },
  { name: 'Caracas' },
  { name: 'Bogota', aliases: ['Bogotá'] },
  { name: 'Lima' },
  { name: 'Santiago' },
  { name: 'Buenos Aires' },
  { name: 'Brasilia', aliases: ['Brasília'] },
  { name: 'Nairobi' },
  { name: 'Lagos' },
  { name: 'Addis Ababa' },
  { name: 'Johannesburg' },
  { name: 'Cape Town' },
  { name: 'Los Angeles' },
  { name: 'Chicago' },
  { name: 'San Francisco' },
  { name: 'Boston' },
  { name: 'Miami' },
  { name: 'Houston' },
  { name: 'Dallas' },
  { name: 'New Orleans' },
  { name: 'Philadelphia' },
  { name: 'Atlanta' },
  { name: 'Seattle' },
  { name: 'Detroit' },
  { name: 'Munich' },
  { name: 'Frankfurt' },
  { name: 'Hamburg' },
  { name: 'Milan' },
  { name: 'Barcelona' },
  { name: 'Marseille' },
  { name: 'Manchester' },
  { name: 'Edinburgh' },
  { name: 'Sevastopol' },
  { name: 'Kherson' },
  { name: 'Mariupol' },
  { name: 'Bakhmut' },
  { name: 'Avdiivka' },
  { name: 'Kursk' },
  { name: 'Belgorod' },
  { name: 'Rostov', aliases: ['Rostov-on-Don'] },
  // GeoNames names these cities as their own countries do; English news by their English names.
  { name: 'Antwerp', aliases: ['Antwerpen'] },
  { name: 'Ghent', aliases: ['Gent'] },
  { name: 'Cologne', aliases: ['Koln', 'Köln'] },
  { name: 'Nuremberg', aliases: ['Nurnberg', 'Nürnberg'] },
  { name: 'Hanover', aliases: ['Hannover'] },
  { name: 'Gothenburg', aliases: ['Goteborg', 'Göteborg'] },
  { name: 'Seville', aliases: ['Sevilla'] },
  { name: 'Venice' },
];

/**
 * US states with their AP-style abbreviations, as American news writes them. Georgia is also a
 * country: both go by one name, so "Atlanta, Ga." and "Tbilisi, Georgia" lie in one Georgia.
 */
const US_STATES: PlaceEntry[] = (
  'Alabama:Ala.|Alaska|Arizona:Ariz.|Arkansas:Ark.|California:Calif.|Colorado:Colo.|Connecticut:Conn.|Delaware:Del.|' +
  'Florida:Fla.|Georgia:Ga.|Hawaii|Idaho|Illinois:Ill.|Indiana:Ind.|Iowa|Kansas:Kan.|Kentucky:Ky.|Louisiana:La.|Maine|Maryland:Md.|' +
  'Massachusetts:Mass.|Michigan:Mich.|Minnesota:Minn.|Mississippi:Miss.|Missouri:Mo.|Montana:Mont.|Nebraska:Neb.|' +
  'Nevada:Nev.|New Hampshire:N.H.|New Jersey:N.J.|New Mexico:N.M.|New York State:N.Y.|North Carolina:N.C.|' +
  'North Dakota:N.D.|Ohio|Oklahoma:Okla.|Oregon:Ore.|Pennsylvania:Pa.|Rhode Island:R.I.|South Carolina:S.C.|' +
  'South Dakota:S.D.|Tennessee:Tenn.|Texas:Tex.|Utah|Vermont:Vt.|Virginia:Va.|Washington State:Wash.|West Virginia:W.Va.|' +
  'Wisconsin:Wis.|Wyoming:Wyo.'
)
  .split('|')
  .map((entry) => {
    const [name, abbreviation] = entry.split(':') as [string, string?];
    return { name, aliases: abbreviation ? [abbreviation] : [] };
  });

/**
 * Provinces, states and regions of other countries that news names places in ("Kelowna, British
 * Columbia", "Chengdu, Sichuan"), each with the country it lies in. Names shared with a better-known
 * city, country, region or club (Victoria, Georgia, Veracruz, Galicia, Lazio) are left out.
 */
const PROVINCES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    Canada: 'British Columbia|Alberta|Saskatchewan|Manitoba|Ontario|Quebec|Nova Scotia|New Brunswick|Newfoundland|Prince Edward Island|Yukon|Nunavut|Northwest Territories',
    Australia: 'New South Wales|Queensland|South Australia|Western Australia|Tasmania|Northern Territory',
    China: 'Anhui|Fujian|Gansu|Guangdong|Guangxi|Guizhou|Hainan|Hebei|Heilongjiang|Henan|Hubei|Hunan|Jiangsu|Jiangxi|Jilin|Liaoning|Qinghai|Shaanxi|Shandong|Shanxi|Sichuan|Yunnan|Zhejiang|Xinjiang|Inner Mongolia|Ningxia',
    India: 'Andhra Pradesh|Assam|Bihar|Gujarat|Haryana|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Odisha|Rajasthan|Tamil Nadu|Telangana|Uttar Pradesh|West Bengal|Uttarakhand|Himachal Pradesh',
    Pakistan: 'Sindh|Balochistan|Khyber Pakhtunkhwa',
    Germany: 'Bavaria|Saxony|Lower Saxony|Baden-Wurttemberg|North Rhine-Westphalia|Hesse|Thuringia|Brandenburg|Schleswig-Holstein|Rhineland-Palatinate|Saarland|Mecklenburg-Vorpommern|Saxony-Anhalt',
    Italy: 'Lombardy|Piedmont|Liguria|Veneto|Tuscany|Umbria|Campania|Apulia|Calabria|Sicily|Sardinia|Abruzzo|Emilia-Romagna|Friuli-Venezia Giulia|Trentino-Alto Adige|Marche|Molise|Basilicata',
    Spain: 'Andalusia|Catalonia|Aragon|Castile and Leon|Castilla-La Mancha|Extremadura|Asturias|Cantabria|Navarre|Basque Country',
    France: 'Alsace|Brittany|Normandy|Provence|Burgundy|Corsica|Lorraine|Aquitaine|Occitanie|Auvergne',
    Mexico: 'Sonora|Sinaloa|Jalisco|Michoacan|Guerrero|Chiapas|Tamaulipas|Nuevo Leon|Baja California|Yucatan|Coahuila',
    Brazil: 'Minas Gerais|Parana|Rio Grande do Sul|Pernambuco|Amazonas|Santa Catarina|Goias',
  }).flatMap(([country, names]) => names.split('|').map((name) => [name, country] as const)),
);

export interface PlaceLookup {
  /** canonical name for a folded surface form */
  byForm: Map<string, string>;
  /** canonical names of countries and blocs (not cities or states) */
  countries: Set<string>;
  /** canonical names of US states */
  states: Set<string>;
  /** canonical names of other countries' provinces, states and regions, with their countries */
  provinces: ReadonlyMap<string, string>;
  /** canonical country for a folded demonym */
  byDemonym: Map<string, string>;
}

/** Folds a surface form for dictionary look-up: case, dots and a leading "the" do not matter. */
export function foldForm(text: string): string {
  return foldLetters(text)
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * foldForm's steps that go letter by letter (accents, case, quotes, dots). They see no further than a
 * word, so words folded one by one and joined by spaces are the words joined and then folded: a
 * caller looking up many runs of a sentence's words folds each word once.
 */
export function foldLetters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\./g, '');
}

function buildLookup(): PlaceLookup {
  const byForm = new Map<string, string>();
  const byDemonym = new Map<string, string>();
  // The generated list comes first, so that a hand-written entry wins a shared form ("Kiev" is Kyiv).
  const generated: PlaceEntry[] = WORLD_CITIES.map((name) => ({ name }));
  const provinces: PlaceEntry[] = [...PROVINCES.keys()].map((name) => ({ name }));
  for (const entry of [...generated, ...provinces, ...COUNTRIES, ...CITIES, ...US_STATES]) {
    for (const form of [entry.name, ...(entry.aliases ?? [])]) byForm.set(foldForm(form), entry.name);
    for (const demonym of entry.demonyms ?? []) byDemonym.set(foldForm(demonym), entry.name);
  }
  return { byForm, byDemonym, countries: new Set(COUNTRIES.map((c) => c.name)), states: new Set(US_STATES.map((s) => s.name)), provinces: PROVINCES };
}

export const PLACES: PlaceLookup = buildLookup();

/** A country, a US state or another country's province: a name that other places are said to lie in. */
export const isRegion = (canonical: string | undefined): boolean =>
  canonical !== undefined && (PLACES.countries.has(canonical) || PLACES.states.has(canonical) || PLACES.provinces.has(canonical));

/**
 * "Tupelo, Miss.", "State House, Nairobi": the second name is a known place the first lies in — how
 * news tells one Jamestown from another — rather than the next place in a list ("Germany, France").
 * A known first name must be no country or state, and the second one must be.
 */
export function isPlaceWithRegion(first: { type: string; canonical?: string }, second: { type: string; canonical?: string }): boolean {
  if ((first.type !== 'Place' && first.type !== 'Other') || second.type !== 'Place' || second.canonical === undefined) return false;
  // "Chengdu, Sichuan" and "Sichuan, China": a province lies in its own country.
  const provinceOf = first.canonical !== undefined ? PLACES.provinces.get(first.canonical) : undefined;
  return first.canonical === undefined || (!isRegion(first.canonical) && isRegion(second.canonical)) || provinceOf === second.canonical;
}

/** "D-Calif.", "R-S.C.": a US legislator's party and state, as American news writes them after the name; the state it names. */
export function partyState(text: string): string | undefined {
  const match = /^[DRI]-(.+)$/.exec(text);
  const state = match ? PLACES.byForm.get(foldForm(match[1]!)) : undefined;
  return state !== undefined && PLACES.states.has(state) ? state : undefined;
}

/** First words of place names in Spanish, Portuguese, French and English ("San Pedro Sula", "Ciudad Juarez", "Fort Worth"). */
export const PLACE_OPENERS = new Set(['san', 'santa', 'santo', 'sao', 'são', 'ciudad', 'puerto', 'porto', 'rio', 'las', 'los', 'port', 'fort', 'mount', 'lake', 'cape', 'saint']);

/** Words after a capitalised name that make it a place ("Chernihiv region"). */
export const PLACE_SUFFIXES = new Set(['region', 'province', 'oblast', 'county', 'district', 'city', 'peninsula', 'island', 'islands', 'state', 'valley', 'border']);
