/**
 * Countries and blocs with their aliases and demonyms, and a few well-known cities. The canonical
 * name comes first; every other form resolves to it.
 */

import { WORLD_CITIES } from './world-cities';

interface PlaceEntry {
  name: string;
  aliases?: string[];
  demonyms?: string[];
  /**
   * Where its government sits, as datelines name it. Left out where the seat is also a bloc's
   * (Brussels) or shares the country's name (Luxembourg, Singapore, Kuwait).
   */
  capital?: string;
  /** A city's country, where the generated gazetteer does not place it (under another name, or not at all). */
  country?: string;
}

// Kept as data, one line per place, so a reader can audit and extend it.
const COUNTRIES: PlaceEntry[] = [
  { name: 'United States', aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America'], demonyms: ['American'], capital: 'Washington' },
  { name: 'United Kingdom', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'], demonyms: ['British', 'Briton'], capital: 'London' },
  { name: 'Russia', aliases: ['Russian Federation'], demonyms: ['Russian'], capital: 'Moscow' },
  { name: 'Ukraine', demonyms: ['Ukrainian'], capital: 'Kyiv' },
  { name: 'Germany', demonyms: ['German'], capital: 'Berlin' },
  { name: 'France', demonyms: ['French', 'Frenchman', 'Frenchwoman'], capital: 'Paris' },
  { name: 'China', aliases: ["People's Republic of China", 'PRC'], demonyms: ['Chinese'], capital: 'Beijing' },
  { name: 'Taiwan', demonyms: ['Taiwanese'], capital: 'Taipei' },
  { name: 'Japan', demonyms: ['Japanese'], capital: 'Tokyo' },
  { name: 'India', demonyms: ['Indian'], capital: 'New Delhi' },
  { name: 'Pakistan', demonyms: ['Pakistani'], capital: 'Islamabad' },
  { name: 'Iran', demonyms: ['Iranian'], capital: 'Tehran' },
  { name: 'Iraq', demonyms: ['Iraqi'], capital: 'Baghdad' },
  { name: 'Syria', demonyms: ['Syrian'], capital: 'Damascus' },
  { name: 'Israel', demonyms: ['Israeli'], capital: 'Jerusalem' },
  { name: 'Palestine', demonyms: ['Palestinian'] },
  { name: 'Lebanon', demonyms: ['Lebanese'], capital: 'Beirut' },
  { name: 'Jordan', demonyms: ['Jordanian'], capital: 'Amman' },
  { name: 'Egypt', demonyms: ['Egyptian'], capital: 'Cairo' },
  { name: 'Saudi Arabia', demonyms: ['Saudi'], capital: 'Riyadh' },
  { name: 'Turkey', aliases: ['Türkiye', 'Turkiye'], demonyms: ['Turkish', 'Turk'], capital: 'Ankara' },
  { name: 'Yemen', demonyms: ['Yemeni'], capital: 'Sanaa' },
  { name: 'Qatar', demonyms: ['Qatari'], capital: 'Doha' },
  { name: 'United Arab Emirates', aliases: ['UAE', 'U.A.E.'], demonyms: ['Emirati'], capital: 'Abu Dhabi' },
  { name: 'Afghanistan', demonyms: ['Afghan'], capital: 'Kabul' },
  { name: 'Belarus', demonyms: ['Belarusian'], capital: 'Minsk' },
  { name: 'Poland', demonyms: ['Polish', 'Pole'], capital: 'Warsaw' },
  { name: 'Lithuania', demonyms: ['Lithuanian'], capital: 'Vilnius' },
  { name: 'Latvia', demonyms: ['Latvian'], capital: 'Riga' },
  { name: 'Estonia', demonyms: ['Estonian'], capital: 'Tallinn' },
  { name: 'Finland', demonyms: ['Finnish'], capital: 'Helsinki' },
  { name: 'Sweden', demonyms: ['Swedish', 'Swede'], capital: 'Stockholm' },
  { name: 'Norway', demonyms: ['Norwegian'], capital: 'Oslo' },
  { name: 'Denmark', demonyms: ['Danish'], capital: 'Copenhagen' },
  { name: 'Netherlands', aliases: ['Holland', 'the Netherlands'], demonyms: ['Dutch', 'Dutchman', 'Dutchwoman'], capital: 'Amsterdam' },
  { name: 'Belgium', demonyms: ['Belgian'] },
  { name: 'Switzerland', demonyms: ['Swiss'], capital: 'Bern' },
  { name: 'Austria', demonyms: ['Austrian'], capital: 'Vienna' },
  { name: 'Italy', demonyms: ['Italian'], capital: 'Rome' },
  { name: 'Spain', demonyms: ['Spanish', 'Spaniard'], capital: 'Madrid' },
  { name: 'Portugal', demonyms: ['Portuguese'], capital: 'Lisbon' },
  { name: 'Greece', demonyms: ['Greek'], capital: 'Athens' },
  { name: 'Hungary', demonyms: ['Hungarian'], capital: 'Budapest' },
  { name: 'Romania', demonyms: ['Romanian'], capital: 'Bucharest' },
  { name: 'Moldova', demonyms: ['Moldovan'], capital: 'Chisinau' },
  { name: 'Bulgaria', demonyms: ['Bulgarian'], capital: 'Sofia' },
  { name: 'Serbia', demonyms: ['Serbian', 'Serb'], capital: 'Belgrade' },
  { name: 'Croatia', demonyms: ['Croatian', 'Croat'], capital: 'Zagreb' },
  { name: 'Czech Republic', aliases: ['Czechia'], demonyms: ['Czech'], capital: 'Prague' },
  { name: 'Slovakia', demonyms: ['Slovak'], capital: 'Bratislava' },
  { name: 'Georgia', demonyms: ['Georgian'], capital: 'Tbilisi' },
  { name: 'Armenia', demonyms: ['Armenian'], capital: 'Yerevan' },
  { name: 'Azerbaijan', demonyms: ['Azerbaijani', 'Azeri'], capital: 'Baku' },
  { name: 'Kazakhstan', demonyms: ['Kazakh', 'Kazakhstani'], capital: 'Astana' },
  { name: 'Ireland', demonyms: ['Irish', 'Irishman', 'Irishwoman'], capital: 'Dublin' },
  { name: 'England', demonyms: ['English', 'Englishman', 'Englishwoman'] },
  { name: 'Scotland', demonyms: ['Scottish', 'Scotsman', 'Scotswoman'], capital: 'Edinburgh' },
  { name: 'Wales', demonyms: ['Welsh', 'Welshman', 'Welshwoman'], capital: 'Cardiff' },
  { name: 'Northern Ireland', capital: 'Belfast' },
  { name: 'Canada', demonyms: ['Canadian'], capital: 'Ottawa' },
  { name: 'Mexico', demonyms: ['Mexican'], capital: 'Mexico City' },
  { name: 'Cuba', demonyms: ['Cuban'], capital: 'Havana' },
  { name: 'Venezuela', demonyms: ['Venezuelan'], capital: 'Caracas' },
  { name: 'Brazil', demonyms: ['Brazilian'], capital: 'Brasilia' },
  { name: 'Argentina', demonyms: ['Argentine', 'Argentinian'], capital: 'Buenos Aires' },
  { name: 'Colombia', demonyms: ['Colombian'], capital: 'Bogota' },
  { name: 'Chile', demonyms: ['Chilean'], capital: 'Santiago' },
  { name: 'Peru', demonyms: ['Peruvian'], capital: 'Lima' },
  { name: 'Australia', demonyms: ['Australian'], capital: 'Canberra' },
  { name: 'New Zealand', demonyms: ['New Zealander'], capital: 'Wellington' },
  { name: 'South Africa', demonyms: ['South African'], capital: 'Pretoria' },
  { name: 'Nigeria', demonyms: ['Nigerian'], capital: 'Abuja' },
  { name: 'Ethiopia', demonyms: ['Ethiopian'], capital: 'Addis Ababa' },
  { name: 'Kenya', demonyms: ['Kenyan'], capital: 'Nairobi' },
  { name: 'Sudan', demonyms: ['Sudanese'], capital: 'Khartoum' },
  { name: 'Libya', demonyms: ['Libyan'], capital: 'Tripoli' },
  { name: 'Algeria', demonyms: ['Algerian'], capital: 'Algiers' },
  { name: 'Morocco', demonyms: ['Moroccan'], capital: 'Rabat' },
  { name: 'North Korea', aliases: ['DPRK'], demonyms: ['North Korean'], capital: 'Pyongyang' },
  { name: 'South Korea', aliases: ['Republic of Korea'], demonyms: ['South Korean'], capital: 'Seoul' },
  { name: 'Vietnam', demonyms: ['Vietnamese'], capital: 'Hanoi' },
  { name: 'Indonesia', demonyms: ['Indonesian'], capital: 'Jakarta' },
  { name: 'Philippines', demonyms: ['Filipino', 'Filipina', 'Philippine'], capital: 'Manila' },
  { name: 'Thailand', demonyms: ['Thai'], capital: 'Bangkok' },
  { name: 'Europe', demonyms: ['European'] },
  { name: 'Africa', demonyms: ['African'] },
  { name: 'Asia', demonyms: ['Asian'] },
  { name: 'Middle East' },
  { name: 'Americas' },
  { name: 'North America' },
  { name: 'Latin America' },
  { name: 'Central America' },
  { name: 'South America' },
  { name: 'Caribbean' },
  { name: 'Eastern Europe' },
  { name: 'Western Europe' },
  { name: 'Scandinavia' },
  { name: 'Balkans' },
  { name: 'Central Asia' },
  { name: 'Southeast Asia' },
  { name: 'Sub-Saharan Africa' },
  { name: 'Horn of Africa' },
  { name: 'Sahel' },
  { name: 'Caucasus' },
  { name: 'New England' },
  { name: 'Midwest' },
  { name: 'Arctic' },
  { name: 'Antarctica' },
  { name: 'West', aliases: ['Western world', 'the West'], demonyms: ['Western'] },
  { name: 'Crimea', demonyms: ['Crimean'] },
  { name: 'Donbas', aliases: ['Donbass'] },
  { name: 'Gaza', aliases: ['Gaza Strip'] },
  { name: 'West Bank' },
  { name: 'Soviet Union', aliases: ['USSR', 'U.S.S.R.'], demonyms: ['Soviet'] },
  { name: 'Yugoslavia', demonyms: ['Yugoslav'] },
  { name: 'Czechoslovakia', demonyms: ['Czechoslovak'] },
  { name: 'Bosnia', aliases: ['Bosnia and Herzegovina'], demonyms: ['Bosnian'], capital: 'Sarajevo' },
  { name: 'Kosovo', demonyms: ['Kosovar'], capital: 'Pristina' },
  { name: 'Albania', demonyms: ['Albanian'], capital: 'Tirana' },
  { name: 'Slovenia', demonyms: ['Slovenian'], capital: 'Ljubljana' },
  { name: 'North Macedonia', aliases: ['Macedonia'], demonyms: ['Macedonian'], capital: 'Skopje' },
  { name: 'Iceland', demonyms: ['Icelandic'], capital: 'Reykjavik' },
  { name: 'Luxembourg' },
  { name: 'Cyprus', demonyms: ['Cypriot'], capital: 'Nicosia' },
  { name: 'Malta', demonyms: ['Maltese'], capital: 'Valletta' },
  { name: 'Uzbekistan', demonyms: ['Uzbek'], capital: 'Tashkent' },
  { name: 'Turkmenistan', demonyms: ['Turkmen'], capital: 'Ashgabat' },
  { name: 'Kyrgyzstan', demonyms: ['Kyrgyz'], capital: 'Bishkek' },
  { name: 'Tajikistan', demonyms: ['Tajik'], capital: 'Dushanbe' },
  { name: 'Mongolia', demonyms: ['Mongolian'], capital: 'Ulaanbaatar' },
  { name: 'Myanmar', aliases: ['Burma'], demonyms: ['Burmese'], capital: 'Naypyitaw' },
  { name: 'Cambodia', demonyms: ['Cambodian'], capital: 'Phnom Penh' },
  { name: 'Laos', demonyms: ['Laotian'], capital: 'Vientiane' },
  { name: 'Malaysia', demonyms: ['Malaysian'], capital: 'Kuala Lumpur' },
  { name: 'Singapore', demonyms: ['Singaporean'] },
  { name: 'Bangladesh', demonyms: ['Bangladeshi'], capital: 'Dhaka' },
  { name: 'Sri Lanka', demonyms: ['Sri Lankan'], capital: 'Colombo' },
  { name: 'Nepal', demonyms: ['Nepalese', 'Nepali'], capital: 'Kathmandu' },
  { name: 'Haiti', demonyms: ['Haitian'], capital: 'Port-au-Prince' },
  { name: 'Nicaragua', demonyms: ['Nicaraguan'], capital: 'Managua' },
  { name: 'Guatemala', demonyms: ['Guatemalan'], capital: 'Guatemala City' },
  { name: 'Honduras', demonyms: ['Honduran'], capital: 'Tegucigalpa' },
  { name: 'El Salvador', demonyms: ['Salvadoran'], capital: 'San Salvador' },
  { name: 'Panama', demonyms: ['Panamanian'], capital: 'Panama City' },
  { name: 'Ecuador', demonyms: ['Ecuadorian'], capital: 'Quito' },
  { name: 'Bolivia', demonyms: ['Bolivian'], capital: 'La Paz' },
  { name: 'Paraguay', demonyms: ['Paraguayan'], capital: 'Asuncion' },
  { name: 'Uruguay', demonyms: ['Uruguayan'], capital: 'Montevideo' },
  { name: 'Costa Rica', demonyms: ['Costa Rican'] },
  { name: 'Belize', demonyms: ['Belizean'], capital: 'Belmopan' },
  { name: 'Dominican Republic', demonyms: ['Dominican'], capital: 'Santo Domingo' },
  { name: 'Dominica', capital: 'Roseau' },
  { name: 'Bahamas', demonyms: ['Bahamian'] },
  { name: 'Barbados', demonyms: ['Barbadian'], capital: 'Bridgetown' },
  { name: 'Trinidad and Tobago', aliases: ['Trinidad'], demonyms: ['Trinidadian'], capital: 'Port of Spain' },
  { name: 'Grenada', demonyms: ['Grenadian'] },
  { name: 'Saint Lucia', aliases: ['St. Lucia', 'St Lucia'], capital: 'Castries' },
  { name: 'Antigua and Barbuda', aliases: ['Antigua'] },
  { name: 'Guyana', demonyms: ['Guyanese'] },
  { name: 'Suriname', demonyms: ['Surinamese'], capital: 'Paramaribo' },
  { name: 'Bhutan', demonyms: ['Bhutanese'], capital: 'Thimphu' },
  { name: 'Maldives', demonyms: ['Maldivian'] },
  { name: 'Brunei', demonyms: ['Bruneian'], capital: 'Bandar Seri Begawan' },
  { name: 'Timor-Leste', aliases: ['East Timor'], demonyms: ['Timorese'], capital: 'Dili' },
  { name: 'Papua New Guinea', demonyms: ['Papua New Guinean'], capital: 'Port Moresby' },
  { name: 'Fiji', demonyms: ['Fijian'], capital: 'Suva' },
  { name: 'Samoa', demonyms: ['Samoan'], capital: 'Apia' },
  { name: 'Tonga', demonyms: ['Tongan'] },
  { name: 'Solomon Islands', capital: 'Honiara' },
  { name: 'Vanuatu', capital: 'Port Vila' },
  { name: 'Kiribati', capital: 'Tarawa' },
  { name: 'Marshall Islands', capital: 'Majuro' },
  { name: 'Micronesia' },
  { name: 'Palau' },
  { name: 'Nauru' },
  { name: 'Tuvalu' },
  { name: 'Montenegro', demonyms: ['Montenegrin'], capital: 'Podgorica' },
  { name: 'Andorra', demonyms: ['Andorran'] },
  { name: 'Monaco', demonyms: ['Monegasque'] },
  { name: 'San Marino' },
  { name: 'Liechtenstein', capital: 'Vaduz' },
  { name: 'Tunisia', demonyms: ['Tunisian'], capital: 'Tunis' },
  { name: 'Somalia', demonyms: ['Somali'], capital: 'Mogadishu' },
  { name: 'Eritrea', demonyms: ['Eritrean'], capital: 'Asmara' },
  { name: 'Uganda', demonyms: ['Ugandan'], capital: 'Kampala' },
  { name: 'Tanzania', demonyms: ['Tanzanian'], capital: 'Dodoma' },
  { name: 'Rwanda', demonyms: ['Rwandan'], capital: 'Kigali' },
  { name: 'Congo', aliases: ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DR Congo', 'DRC'], demonyms: ['Congolese'], capital: 'Kinshasa' },
  { name: 'South Sudan', demonyms: ['South Sudanese'], capital: 'Juba' },
  { name: 'Liberia', demonyms: ['Liberian'], capital: 'Monrovia' },
  { name: 'Sierra Leone', demonyms: ['Sierra Leonean'], capital: 'Freetown' },
  { name: 'Guinea', demonyms: ['Guinean'], capital: 'Conakry' },
  { name: 'Guinea-Bissau', demonyms: ['Bissau-Guinean'], capital: 'Bissau' },
  { name: 'Equatorial Guinea', demonyms: ['Equatorial Guinean'], capital: 'Malabo' },
  { name: 'Gambia', demonyms: ['Gambian'], capital: 'Banjul' },
  { name: 'Mauritania', demonyms: ['Mauritanian'], capital: 'Nouakchott' },
  { name: 'Burkina Faso', demonyms: ['Burkinabe'], capital: 'Ouagadougou' },
  { name: 'Benin', demonyms: ['Beninese'], capital: 'Porto-Novo' },
  { name: 'Togo', demonyms: ['Togolese'], capital: 'Lome' },
  { name: 'Gabon', demonyms: ['Gabonese'], capital: 'Libreville' },
  { name: 'Central African Republic', demonyms: ['Central African'], capital: 'Bangui' },
  { name: 'Burundi', demonyms: ['Burundian'], capital: 'Gitega' },
  { name: 'Malawi', demonyms: ['Malawian'], capital: 'Lilongwe' },
  { name: 'Madagascar', demonyms: ['Malagasy'], capital: 'Antananarivo' },
  { name: 'Botswana', capital: 'Gaborone' },
  { name: 'Namibia', demonyms: ['Namibian'], capital: 'Windhoek' },
  { name: 'Lesotho', capital: 'Maseru' },
  { name: 'Eswatini', aliases: ['Swaziland'], demonyms: ['Swazi'], capital: 'Mbabane' },
  { name: 'Comoros', demonyms: ['Comorian'], capital: 'Moroni' },
  { name: 'Mauritius', demonyms: ['Mauritian'], capital: 'Port Louis' },
  { name: 'Seychelles', demonyms: ['Seychellois'] },
  { name: 'Cabo Verde', aliases: ['Cape Verde'], demonyms: ['Cape Verdean'], capital: 'Praia' },
  { name: 'Angola', demonyms: ['Angolan'], capital: 'Luanda' },
  { name: 'Mozambique', demonyms: ['Mozambican'], capital: 'Maputo' },
  { name: 'Zimbabwe', demonyms: ['Zimbabwean'], capital: 'Harare' },
  { name: 'Zambia', demonyms: ['Zambian'], capital: 'Lusaka' },
  { name: 'Ghana', demonyms: ['Ghanaian'], capital: 'Accra' },
  { name: 'Senegal', demonyms: ['Senegalese'], capital: 'Dakar' },
  { name: 'Mali', demonyms: ['Malian'], capital: 'Bamako' },
  { name: 'Niger', demonyms: ['Nigerien'], capital: 'Niamey' },
  { name: 'Chad', demonyms: ['Chadian'], capital: "N'Djamena" },
  { name: 'Cameroon', demonyms: ['Cameroonian'], capital: 'Yaounde' },
  { name: 'Ivory Coast', aliases: ["Côte d'Ivoire"], demonyms: ['Ivorian'] },
  { name: 'Kuwait', demonyms: ['Kuwaiti'] },
  { name: 'Bahrain', demonyms: ['Bahraini'], capital: 'Manama' },
  { name: 'Oman', demonyms: ['Omani'], capital: 'Muscat' },
];

const CITIES: PlaceEntry[] = [
  { name: 'Kyiv', aliases: ['Kiev'] },
  { name: 'Kharkiv', aliases: ['Kharkov'] },
  { name: 'Odesa', aliases: ['Odessa'], country: 'Ukraine' },
  { name: 'Lviv', aliases: ['Lvov'] },
  { name: 'Mykolaiv', aliases: ['Nikolaev', 'Nikolayev'], country: 'Ukraine' },
  { name: 'Zaporizhzhia', aliases: ['Zaporozhye'], country: 'Ukraine' },
  { name: 'Dnipro', aliases: ['Dnepropetrovsk'] },
  { name: 'Luhansk', aliases: ['Lugansk'] },
  { name: 'Donetsk' },
  { name: 'Moscow' },
  { name: 'Saint Petersburg', aliases: ['St. Petersburg', 'St Petersburg'] },
  { name: 'Washington', aliases: ['Washington, D.C.', 'Washington DC'] },
  { name: 'New York', country: 'United States' },
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
  { name: 'Sydney', country: 'Australia' },
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
  { name: 'Houston', country: 'United States' },
  { name: 'Dallas' },
  { name: 'New Orleans' },
  { name: 'Philadelphia' },
  { name: 'Atlanta' },
  { name: 'Seattle' },
  { name: 'Detroit' },
  { name: 'Munich' },
  { name: 'Frankfurt', country: 'Germany' },
  { name: 'Hamburg' },
  { name: 'Milan' },
  { name: 'Barcelona' },
  { name: 'Marseille' },
  { name: 'Manchester' },
  { name: 'Edinburgh' },
  { name: 'Sevastopol' },
  { name: 'Kherson' },
  { name: 'Mariupol' },
  { name: 'Bakhmut', country: 'Ukraine' },
  { name: 'Avdiivka', country: 'Ukraine' },
  { name: 'Kursk' },
  { name: 'Belgorod' },
  { name: 'Rostov', aliases: ['Rostov-on-Don'], country: 'Russia' },
  // GeoNames names these cities as their own countries do; English news by their English names.
  { name: 'Antwerp', aliases: ['Antwerpen'], country: 'Belgium' },
  { name: 'Ghent', aliases: ['Gent'], country: 'Belgium' },
  { name: 'Cologne', aliases: ['Koln', 'Köln'], country: 'Germany' },
  { name: 'Nuremberg', aliases: ['Nurnberg', 'Nürnberg'], country: 'Germany' },
  { name: 'Hanover', aliases: ['Hannover'], country: 'Germany' },
  { name: 'Gothenburg', aliases: ['Goteborg', 'Göteborg'], country: 'Sweden' },
  { name: 'Seville', aliases: ['Sevilla'], country: 'Spain' },
  { name: 'Venice', country: 'Italy' },
  { name: 'Ulaanbaatar', aliases: ['Ulan Bator'] },
  { name: 'Naypyitaw', aliases: ['Nay Pyi Taw', 'Naypyidaw'] },
  { name: 'Basra', aliases: ['Basrah'], country: 'Iraq' },
  // News datelines and front lines that GeoNames leaves out of its cities of 150,000 ("Dar es Salaam"
  // has a particle its names pattern does not take).
  { name: 'Dar es Salaam', country: 'Tanzania' },
  { name: 'Kuwait City', country: 'Kuwait' },
  { name: 'Ramallah' },
  { name: 'Goma', country: 'Congo' },
  { name: 'Pokrovsk', country: 'Ukraine' },
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
  /** canonical country for its capital's canonical name, where the gazetteers know the capital */
  capitalOf: ReadonlyMap<string, string>;
  /** canonical country for the canonical name of a city the generated gazetteer places in it */
  countryOfCity: ReadonlyMap<string, string>;
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

/** Seats of blocs and international bodies, which a dateline names for their news more than for their country's. */
const SEATS_OF_BLOCS = new Set(['Brussels', 'Geneva', 'Strasbourg']);

function buildLookup(): PlaceLookup {
  const byForm = new Map<string, string>();
  const byDemonym = new Map<string, string>();
  // The generated list comes first, so that a hand-written entry wins a shared form ("Kiev" is Kyiv).
  const generated: PlaceEntry[] = [...WORLD_CITIES.values()].flatMap((cities) => cities.map((name) => ({ name })));
  const provinces: PlaceEntry[] = [...PROVINCES.keys()].map((name) => ({ name }));
  for (const entry of [...generated, ...provinces, ...COUNTRIES, ...CITIES, ...US_STATES]) {
    for (const form of [entry.name, ...(entry.aliases ?? [])]) byForm.set(foldForm(form), entry.name);
    for (const demonym of entry.demonyms ?? []) byDemonym.set(foldForm(demonym), entry.name);
  }
  const capitalOf = new Map<string, string>();
  for (const { name, capital } of COUNTRIES) {
    if (capital === undefined) continue;
    // A capital is a place the news names, however small ("Valletta", "Gitega").
    const form = foldForm(capital);
    const city = byForm.get(form) ?? capital;
    byForm.set(form, city);
    capitalOf.set(city, name);
  }
  const countries = new Set(COUNTRIES.map((c) => c.name));
  // Not a city named as a country is, nor one whose datelines file more of blocs' news than of their country's.
  const kept = (city: string) => !countries.has(city) && !SEATS_OF_BLOCS.has(city);
  const countryOfCity = new Map<string, string>();
  for (const [country, cities] of WORLD_CITIES) {
    // CLDR's English names are ours or our aliases, but for a qualifier in brackets ("Myanmar (Burma)").
    const canonical = byForm.get(foldForm(country.replace(/ \(.*\)$/, '')));
    if (canonical === undefined || !countries.has(canonical)) continue;
    // Not a city a hand-written entry took the name of ("Odessa", Texas, is Odesa).
    for (const city of cities) if (byForm.get(foldForm(city)) === city && kept(city)) countryOfCity.set(city, canonical);
  }
  for (const { name, country } of CITIES) if (country !== undefined) countryOfCity.set(name, country);
  return { byForm, byDemonym, capitalOf, countryOfCity, countries, states: new Set(US_STATES.map((s) => s.name)), provinces: PROVINCES };
}

export const PLACES: PlaceLookup = buildLookup();

/** The country a place the gazetteers know lies in: a capital's, a city's, a province's or a US state's. */
export function countryOf(place: string): string | undefined {
  return PLACES.capitalOf.get(place) ?? PLACES.countryOfCity.get(place) ?? PLACES.provinces.get(place) ?? (PLACES.states.has(place) ? 'United States' : undefined);
}

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
export const PLACE_SUFFIXES = new Set(['region', 'province', 'oblast', 'county', 'district', 'area', 'city', 'peninsula', 'island', 'islands', 'state', 'valley', 'border']);
