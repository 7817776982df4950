// Names that look like spellings of one another but name different people, places or organisations: never merged.

/** Built-in never-merged pairs (a guide adds its own under `names.distinct`). */
export const KNOWN_DISTINCT: readonly (readonly string[])[] = [
  // Countries, regions and their adjectives
  ['Iran', 'Iraq'], ['Iranian', 'Iraqi'], ['Austria', 'Australia'], ['Austrian', 'Australian'], ['Niger', 'Nigeria'],
  ['Nigerien', 'Nigerian'], ['Sudan', 'South Sudan'], ['Slovakia', 'Slovenia'], ['Slovak', 'Slovene'], ['Slovakian', 'Slovenian'],
  ['Gambia', 'Zambia'], ['Mali', 'Malawi'], ['Dominica', 'Dominican Republic'], ['Guinea', 'Guyana'], ['Guinea', 'Guinea-Bissau'],
  ['Guinea', 'Equatorial Guinea'], ['Guinea', 'Papua New Guinea'], ['Congo', 'Democratic Republic of Congo'], ['Colombia', 'Columbia'],
  ['Colombian', 'Columbian'], ['Armenia', 'Albania'], ['Latvia', 'Lithuania'], ['Mauritania', 'Mauritius'], ['Libya', 'Liberia'],
  ['Samoa', 'American Samoa'], ['North Korea', 'South Korea'], ['Korea', 'Korean'], ['Virginia', 'West Virginia'],
  ['North Carolina', 'South Carolina'], ['North Dakota', 'South Dakota'], ['Kansas', 'Arkansas'], ['Sweden', 'Swedes'],
  ['Taiwan', 'Thailand'], ['Bahamas', 'Bahrain'], ['Mongolia', 'Moldova'], ['Macedonia', 'North Macedonia'],
  ['Philippines', 'Filipinos'], ['Philippine', 'Filipino'],
  // Cities and regions
  ['Herat', 'Heart'], ['Homs', 'Hama'], ['Idlib', 'Irbid'], ['Hebron', 'Hermon'], ['Tripoli', 'Tripolis'], ['Houston', 'Huston'],
  ['Dallas', 'Dalles'], ['Salem', 'Salen'], ['Kerman', 'Kermanshah'], ['Austin', 'Austen'],
  // People
  ['Johnson', 'Johnston'], ['Thomson', 'Thompson'], ['Philips', 'Phillips'], ['Stevens', 'Stephens'], ['Steven', 'Stephen'],
  ['Clark', 'Clarke'], ['Mathews', 'Matthews'], ['Smith', 'Smyth'], ['Brown', 'Browne'], ['Green', 'Greene'],
  ['Allen', 'Allan'], ['Peterson', 'Petersen'], ['Anderson', 'Andersen'], ['Hanson', 'Hansen'], ['Nielsen', 'Nielson'],
  ['Simons', 'Simmons'], ['Mattis', 'Mathis'], ['Kline', 'Cline'], ['Catherine', 'Katherine'], ['Christensen', 'Kristensen'],
  ['Meyer', 'Meier'], ['Schmidt', 'Schmitt'], ['Obama', 'Osama'], ['Rubio', 'Rubin'], ['Graham', 'Grahame'],
  ['Collins', 'Collin'], ['Carlson', 'Carlsen'], ['Frances', 'Francis'], ['Marian', 'Marina'], ['Cohen', 'Cohn'],
  ['Lewis', 'Louis'], ['Hussein', 'Husseini'], ['Hassan', 'Hassani'], ['Sadr', 'Sadri'],
  // Organisations
  ['Hamas', 'Hama'], ['Fatah', 'Fatih'], ['Republic', 'Republican'], ['Democrat', 'Democratic'], ['Pentagon', 'Pentagram'],
  ['Reuters', 'Reuter'], ['UNESCO', 'UNICEF'], ['NAFTA', 'NATO'], ['Senate', 'Senator'],
];
