// The 193 U.N. member states and their capitals, in AP spelling (AP drops diacritics), as compact rows.

/** [country, capital (left out where it is disputed or the country has none), region]. */
export type CountryRow = readonly [string, string | null, string];

/** Every U.N. member state. A capital with the country's own name (Singapore) is the same actor. */
export const countryRows = (): readonly CountryRow[] => [
  // Africa
  ['Algeria', 'Algiers', 'North Africa'], ['Angola', 'Luanda', 'southern Africa'], ['Benin', 'Porto-Novo', 'West Africa'],
  ['Botswana', 'Gaborone', 'southern Africa'], ['Burkina Faso', 'Ouagadougou', 'West Africa'], ['Burundi', 'Gitega', 'East Africa'],
  ['Cameroon', 'Yaounde', 'Central Africa'], ['Cape Verde', 'Praia', 'West Africa'], ['Central African Republic', 'Bangui', 'Central Africa'],
  ['Chad', "N'Djamena", 'Central Africa'], ['Comoros', 'Moroni', 'East Africa'], ['Republic of Congo', 'Brazzaville', 'Central Africa'],
  ['Democratic Republic of Congo', 'Kinshasa', 'Central Africa'], ['Djibouti', 'Djibouti', 'East Africa'], ['Egypt', 'Cairo', 'North Africa'],
  ['Equatorial Guinea', 'Malabo', 'Central Africa'], ['Eritrea', 'Asmara', 'East Africa'], ['Eswatini', 'Mbabane', 'southern Africa'],
  ['Ethiopia', 'Addis Ababa', 'East Africa'], ['Gabon', 'Libreville', 'Central Africa'], ['Gambia', 'Banjul', 'West Africa'],
  ['Ghana', 'Accra', 'West Africa'], ['Guinea', 'Conakry', 'West Africa'], ['Guinea-Bissau', 'Bissau', 'West Africa'],
  ['Ivory Coast', 'Yamoussoukro', 'West Africa'], ['Kenya', 'Nairobi', 'East Africa'], ['Lesotho', 'Maseru', 'southern Africa'],
  ['Liberia', 'Monrovia', 'West Africa'], ['Libya', 'Tripoli', 'North Africa'], ['Madagascar', 'Antananarivo', 'East Africa'],
  ['Malawi', 'Lilongwe', 'southern Africa'], ['Mali', 'Bamako', 'West Africa'], ['Mauritania', 'Nouakchott', 'West Africa'],
  ['Mauritius', 'Port Louis', 'East Africa'], ['Morocco', 'Rabat', 'North Africa'], ['Mozambique', 'Maputo', 'southern Africa'],
  ['Namibia', 'Windhoek', 'southern Africa'], ['Niger', 'Niamey', 'West Africa'], ['Nigeria', 'Abuja', 'West Africa'],
  ['Rwanda', 'Kigali', 'East Africa'], ['Sao Tome and Principe', 'Sao Tome', 'Central Africa'], ['Senegal', 'Dakar', 'West Africa'],
  ['Seychelles', 'Victoria', 'East Africa'], ['Sierra Leone', 'Freetown', 'West Africa'], ['Somalia', 'Mogadishu', 'East Africa'],
  ['South Africa', 'Pretoria', 'southern Africa'], ['South Sudan', 'Juba', 'East Africa'], ['Sudan', 'Khartoum', 'North Africa'],
  ['Tanzania', 'Dodoma', 'East Africa'], ['Togo', 'Lome', 'West Africa'], ['Tunisia', 'Tunis', 'North Africa'],
  ['Uganda', 'Kampala', 'East Africa'], ['Zambia', 'Lusaka', 'southern Africa'], ['Zimbabwe', 'Harare', 'southern Africa'],
  // Middle East
  ['Bahrain', 'Manama', 'the Middle East'], ['Iran', 'Tehran', 'the Middle East'], ['Iraq', 'Baghdad', 'the Middle East'],
  ['Israel', null, 'the Middle East'], ['Jordan', 'Amman', 'the Middle East'], ['Kuwait', 'Kuwait City', 'the Middle East'],
  ['Lebanon', 'Beirut', 'the Middle East'], ['Oman', 'Muscat', 'the Middle East'], ['Qatar', 'Doha', 'the Middle East'],
  ['Saudi Arabia', 'Riyadh', 'the Middle East'], ['Syria', 'Damascus', 'the Middle East'], ['Turkey', 'Ankara', 'the Middle East and Europe'],
  ['United Arab Emirates', 'Abu Dhabi', 'the Middle East'], ['Yemen', 'Sanaa', 'the Middle East'], ['Cyprus', 'Nicosia', 'the eastern Mediterranean'],
  // Asia
  ['Afghanistan', 'Kabul', 'South Asia'], ['Armenia', 'Yerevan', 'the Caucasus'], ['Azerbaijan', 'Baku', 'the Caucasus'],
  ['Bangladesh', 'Dhaka', 'South Asia'], ['Bhutan', 'Thimphu', 'South Asia'], ['Brunei', 'Bandar Seri Begawan', 'Southeast Asia'],
  ['Cambodia', 'Phnom Penh', 'Southeast Asia'], ['China', 'Beijing', 'East Asia'], ['East Timor', 'Dili', 'Southeast Asia'],
  ['Georgia', 'Tbilisi', 'the Caucasus'], ['India', 'New Delhi', 'South Asia'], ['Indonesia', 'Jakarta', 'Southeast Asia'],
  ['Japan', 'Tokyo', 'East Asia'], ['Kazakhstan', 'Astana', 'Central Asia'], ['Kyrgyzstan', 'Bishkek', 'Central Asia'],
  ['Laos', 'Vientiane', 'Southeast Asia'], ['Malaysia', 'Kuala Lumpur', 'Southeast Asia'], ['Maldives', 'Male', 'South Asia'],
  ['Mongolia', 'Ulaanbaatar', 'East Asia'], ['Myanmar', 'Naypyitaw', 'Southeast Asia'], ['Nepal', 'Kathmandu', 'South Asia'],
  ['North Korea', 'Pyongyang', 'East Asia'], ['Pakistan', 'Islamabad', 'South Asia'], ['Philippines', 'Manila', 'Southeast Asia'],
  ['Singapore', 'Singapore', 'Southeast Asia'], ['South Korea', 'Seoul', 'East Asia'], ['Sri Lanka', 'Sri Jayawardenepura Kotte', 'South Asia'],
  ['Tajikistan', 'Dushanbe', 'Central Asia'], ['Thailand', 'Bangkok', 'Southeast Asia'], ['Turkmenistan', 'Ashgabat', 'Central Asia'],
  ['Uzbekistan', 'Tashkent', 'Central Asia'], ['Vietnam', 'Hanoi', 'Southeast Asia'],
  // Europe
  ['Albania', 'Tirana', 'Europe'], ['Andorra', 'Andorra la Vella', 'Europe'], ['Austria', 'Vienna', 'Europe'],
  ['Belarus', 'Minsk', 'Europe'], ['Belgium', 'Brussels', 'Europe'], ['Bosnia-Herzegovina', 'Sarajevo', 'Europe'],
  ['Britain', 'London', 'Europe'], ['Bulgaria', 'Sofia', 'Europe'], ['Croatia', 'Zagreb', 'Europe'],
  ['Czech Republic', 'Prague', 'Europe'], ['Denmark', 'Copenhagen', 'Europe'], ['Estonia', 'Tallinn', 'Europe'],
  ['Finland', 'Helsinki', 'Europe'], ['France', 'Paris', 'Europe'], ['Germany', 'Berlin', 'Europe'],
  ['Greece', 'Athens', 'Europe'], ['Hungary', 'Budapest', 'Europe'], ['Iceland', 'Reykjavik', 'Europe'],
  ['Ireland', 'Dublin', 'Europe'], ['Italy', 'Rome', 'Europe'], ['Latvia', 'Riga', 'Europe'],
  ['Liechtenstein', 'Vaduz', 'Europe'], ['Lithuania', 'Vilnius', 'Europe'], ['Luxembourg', 'Luxembourg', 'Europe'],
  ['Malta', 'Valletta', 'Europe'], ['Moldova', 'Chisinau', 'Europe'], ['Monaco', 'Monaco', 'Europe'],
  ['Montenegro', 'Podgorica', 'Europe'], ['Netherlands', 'Amsterdam', 'Europe'], ['North Macedonia', 'Skopje', 'Europe'],
  ['Norway', 'Oslo', 'Europe'], ['Poland', 'Warsaw', 'Europe'], ['Portugal', 'Lisbon', 'Europe'],
  ['Romania', 'Bucharest', 'Europe'], ['Russia', 'Moscow', 'Europe and Asia'], ['San Marino', 'San Marino', 'Europe'],
  ['Serbia', 'Belgrade', 'Europe'], ['Slovakia', 'Bratislava', 'Europe'], ['Slovenia', 'Ljubljana', 'Europe'],
  ['Spain', 'Madrid', 'Europe'], ['Sweden', 'Stockholm', 'Europe'], ['Switzerland', 'Bern', 'Europe'],
  ['Ukraine', 'Kyiv', 'Europe'],
  // The Americas
  ['Antigua and Barbuda', "St. John's", 'the Caribbean'], ['Argentina', 'Buenos Aires', 'South America'], ['Bahamas', 'Nassau', 'the Caribbean'],
  ['Barbados', 'Bridgetown', 'the Caribbean'], ['Belize', 'Belmopan', 'Central America'], ['Bolivia', 'Sucre', 'South America'],
  ['Brazil', 'Brasilia', 'South America'], ['Canada', 'Ottawa', 'North America'], ['Chile', 'Santiago', 'South America'],
  ['Colombia', 'Bogota', 'South America'], ['Costa Rica', 'San Jose', 'Central America'], ['Cuba', 'Havana', 'the Caribbean'],
  ['Dominica', 'Roseau', 'the Caribbean'], ['Dominican Republic', 'Santo Domingo', 'the Caribbean'], ['Ecuador', 'Quito', 'South America'],
  ['El Salvador', 'San Salvador', 'Central America'], ['Grenada', "St. George's", 'the Caribbean'], ['Guatemala', 'Guatemala City', 'Central America'],
  ['Guyana', 'Georgetown', 'South America'], ['Haiti', 'Port-au-Prince', 'the Caribbean'], ['Honduras', 'Tegucigalpa', 'Central America'],
  ['Jamaica', 'Kingston', 'the Caribbean'], ['Mexico', 'Mexico City', 'North America'], ['Nicaragua', 'Managua', 'Central America'],
  ['Panama', 'Panama City', 'Central America'], ['Paraguay', 'Asuncion', 'South America'], ['Peru', 'Lima', 'South America'],
  ['St. Kitts and Nevis', 'Basseterre', 'the Caribbean'], ['St. Lucia', 'Castries', 'the Caribbean'], ['St. Vincent and the Grenadines', 'Kingstown', 'the Caribbean'],
  ['Suriname', 'Paramaribo', 'South America'], ['Trinidad and Tobago', 'Port of Spain', 'the Caribbean'], ['United States', 'Washington', 'North America'],
  ['Uruguay', 'Montevideo', 'South America'], ['Venezuela', 'Caracas', 'South America'],
  // Oceania
  ['Australia', 'Canberra', 'Oceania'], ['Fiji', 'Suva', 'the Pacific'], ['Kiribati', 'Tarawa', 'the Pacific'],
  ['Marshall Islands', 'Majuro', 'the Pacific'], ['Micronesia', 'Palikir', 'the Pacific'], ['Nauru', null, 'the Pacific'],
  ['New Zealand', 'Wellington', 'Oceania'], ['Palau', 'Ngerulmud', 'the Pacific'], ['Papua New Guinea', 'Port Moresby', 'the Pacific'],
  ['Samoa', 'Apia', 'the Pacific'], ['Solomon Islands', 'Honiara', 'the Pacific'], ['Tonga', "Nuku'alofa", 'the Pacific'],
  ['Tuvalu', 'Funafuti', 'the Pacific'], ['Vanuatu', 'Port Vila', 'the Pacific'],
];

/**
 * Other names of a country or capital: `aliases` are correct too (never corrected); `variants` are former or
 * foreign names AP replaces, listed only where unambiguously the same place. `note` adds to the description.
 */
export const placeExtras = (): Readonly<Record<string, { aliases?: string[]; variants?: string[]; note?: string }>> => ({
  Britain: { aliases: ['United Kingdom', 'U.K.', 'UK', 'Great Britain'], note: 'AP: Britain in stories; United Kingdom or U.K. also acceptable.' },
  'United States': { aliases: ['U.S.', 'US', 'America', 'United States of America'] },
  'United Arab Emirates': { aliases: ['UAE', 'U.A.E.'] },
  Myanmar: { variants: ['Burma'], note: 'AP: Myanmar, formerly Burma.' },
  Eswatini: { variants: ['Swaziland'], note: 'Renamed from Swaziland in 2018.' },
  'Czech Republic': { aliases: ['Czechia'], note: 'Czechia, the short name adopted in 2016, is also correct.' },
  Turkey: { aliases: ['Türkiye', 'Turkiye'], note: 'AP keeps Turkey; the government uses Türkiye.' },
  'Ivory Coast': { variants: ["Côte d'Ivoire", "Cote d'Ivoire"], note: "AP: Ivory Coast, not Côte d'Ivoire. Abidjan is the largest city and economic capital." },
  'North Macedonia': { aliases: ['Republic of North Macedonia'], note: 'Renamed from Macedonia in 2019; Macedonia is not corrected, as it is also a Greek region.' },
  'Cape Verde': { aliases: ['Cabo Verde'] },
  'East Timor': { aliases: ['Timor-Leste'] },
  'Bosnia-Herzegovina': { aliases: ['Bosnia and Herzegovina', 'Bosnia'] },
  'Democratic Republic of Congo': { aliases: ['Democratic Republic of the Congo'] },
  'Republic of Congo': { aliases: ['Republic of the Congo', 'Congo Republic'] },
  'St. Kitts and Nevis': { aliases: ['Saint Kitts and Nevis'] },
  'St. Lucia': { aliases: ['Saint Lucia'] },
  'St. Vincent and the Grenadines': { aliases: ['Saint Vincent and the Grenadines'] },
  Micronesia: { aliases: ['Federated States of Micronesia'] },
  Georgia: { note: 'Shares its name with the U.S. state: never corrected either way.' },
  Israel: { note: 'Israel proclaims Jerusalem its capital; most countries keep their embassies in Tel Aviv.' },
  Nauru: { note: 'It has no official capital; government offices are in Yaren.' },
  Kyiv: { variants: ['Kiev'], note: 'AP: Kyiv since 2019, transliterated from Ukrainian.' },
  Astana: { aliases: ['Nur-Sultan'], note: 'Named Nur-Sultan from 2019 to 2022.' },
  Ulaanbaatar: { aliases: ['Ulan Bator'] },
  Sanaa: { note: 'Held by the Houthi rebels since 2014.' },
  Sucre: { note: 'La Paz is the seat of government.' },
  'La Paz': { note: "Bolivia's seat of government; Sucre is the constitutional capital." },
  Amsterdam: { note: 'The government sits in The Hague.' },
  Pretoria: { note: 'Executive capital; Cape Town is the legislative and Bloemfontein the judicial capital.' },
  Dodoma: { note: "Dar es Salaam is Tanzania's largest city." },
  'Porto-Novo': { note: 'Cotonou is the seat of government.' },
  Gitega: { note: 'Political capital since 2019; Bujumbura remains the economic capital.' },
  'Sri Jayawardenepura Kotte': { note: 'Legislative capital; Colombo is the commercial capital.' },
  'Kuala Lumpur': { note: 'Many government offices are in Putrajaya.' },
  Yamoussoukro: { note: "Abidjan is Ivory Coast's largest city." },
  Tripoli: { note: 'Also the name of a city in northern Lebanon.' },
  Bern: { note: 'Federal city and seat of government.' },
  'San Jose': { note: 'Also the name of a city in California.' },
  Samoa: { note: 'Not American Samoa, the U.S. territory.' },
  Naypyitaw: { note: 'Capital since 2006; Yangon is the largest city.' },
  Washington: { note: 'Also stands for the U.S. government.' },
  Brussels: { note: 'Seat of the European Union and NATO.' },
  Tehran: { variants: ['Teheran'] },
});

/** Regions whose capitals' English names are transliterations that vary (Sanaa, Riyadh): the rest are fixed spellings. */
export const TRANSLITERATED_REGIONS: ReadonlySet<string> = new Set([
  'North Africa', 'the Middle East', 'the Middle East and Europe', 'South Asia', 'Central Asia', 'the Caucasus', 'Europe and Asia',
]);

/** Capitals that are also ordinary words or common given names (Male, Victoria): named in the country card only. */
export const CAPITALS_NOT_MATCHED: ReadonlySet<string> = new Set(['Male', 'Victoria']);

/** Further places copy names often: seats of bodies and cities that stand for governments. */
export const otherPlaces = (): readonly [string, string][] => [
  ['Jerusalem', 'City claimed as a capital by both Israel and the Palestinians; home to sites holy to Jews, Christians and Muslims.'],
  ['Tel Aviv', "Israel's commercial center, on the Mediterranean coast."],
  ['The Hague', 'Seat of the Dutch government, the International Court of Justice and the International Criminal Court.'],
  ['Geneva', 'Swiss city that hosts U.N. offices and many international bodies.'],
  ['La Paz', 'City in Bolivia.'],
  ['Gaza', 'Palestinian territory on the Mediterranean coast, bordering Israel and Egypt.'],
  ['West Bank', 'Territory captured by Israel in 1967, which the Palestinians seek for a future state.'],
  ['Golan Heights', 'Plateau captured by Israel from Syria in 1967.'],
  ['Crimea', 'Peninsula annexed by Russia from Ukraine in 2014.'],
  ['Taiwan', 'Self-governing island that China claims as its territory; capital Taipei.'],
  ['Taipei', 'Capital of Taiwan.'],
  ['Hong Kong', 'Chinese special administrative region, a British colony until 1997.'],
  ['Kosovo', 'Territory that declared independence from Serbia in 2008; capital Pristina. Not a U.N. member.'],
  // Look-alikes of a registry name (one vowel apart): listed so they are never taken for a misspelling of it.
  ['Granada', 'City in southern Spain; not Grenada, the Caribbean country.'],
];
