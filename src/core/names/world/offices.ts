// Who held the top posts, 2015 onward (some from earlier): heads of state and government, foreign and defense
// ministers of the G20 and the Middle East and North Africa, and heads of the main international bodies.
// Dates are YYYY-MM (or YYYY where the month is not certain); no end date while still held as of WORLD_REGISTRY_AS_OF.

/** The month the world registry's open-ended offices were last checked. */
export const WORLD_REGISTRY_AS_OF = '2025-06';

/** [title, person (AP spelling), from, to?]. */
export type OfficeRow = readonly [string, string, string, string?];

const P = 'President';
const PM = 'Prime Minister';
const FM = 'Foreign Minister';
const DM = 'Defense Minister';

/** Office rows by the country or body the post belongs to. */
export const officeRows = (): Readonly<Record<string, readonly OfficeRow[]>> => ({
  'United States': [
    [P, 'Barack Obama', '2009-01', '2017-01'], [P, 'Donald Trump', '2017-01', '2021-01'], [P, 'Joe Biden', '2021-01', '2025-01'], [P, 'Donald Trump', '2025-01'],
    ['Secretary of State', 'Hillary Clinton', '2009-01', '2013-02'], ['Secretary of State', 'John Kerry', '2013-02', '2017-01'],
    ['Secretary of State', 'Rex Tillerson', '2017-02', '2018-03'], ['Secretary of State', 'Mike Pompeo', '2018-04', '2021-01'],
    ['Secretary of State', 'Antony Blinken', '2021-01', '2025-01'], ['Secretary of State', 'Marco Rubio', '2025-01'],
    ['Defense Secretary', 'Chuck Hagel', '2013-02', '2015-02'], ['Defense Secretary', 'Ash Carter', '2015-02', '2017-01'],
    ['Defense Secretary', 'Jim Mattis', '2017-01', '2018-12'], ['Acting Defense Secretary', 'Patrick Shanahan', '2019-01', '2019-06'],
    ['Defense Secretary', 'Mark Esper', '2019-07', '2020-11'], ['Acting Defense Secretary', 'Christopher Miller', '2020-11', '2021-01'],
    ['Defense Secretary', 'Lloyd Austin', '2021-01', '2025-01'], ['Defense Secretary', 'Pete Hegseth', '2025-01'],
    ['Vice President', 'Joe Biden', '2009-01', '2017-01'], ['Vice President', 'Mike Pence', '2017-01', '2021-01'],
    ['Vice President', 'Kamala Harris', '2021-01', '2025-01'], ['Vice President', 'JD Vance', '2025-01'],
  ],
  Britain: [
    ['Queen', 'Elizabeth II', '1952-02', '2022-09'], ['King', 'Charles III', '2022-09'],
    [PM, 'David Cameron', '2010-05', '2016-07'], [PM, 'Theresa May', '2016-07', '2019-07'], [PM, 'Boris Johnson', '2019-07', '2022-09'],
    [PM, 'Liz Truss', '2022-09', '2022-10'], [PM, 'Rishi Sunak', '2022-10', '2024-07'], [PM, 'Keir Starmer', '2024-07'],
    ['Foreign Secretary', 'Philip Hammond', '2014-07', '2016-07'], ['Foreign Secretary', 'Boris Johnson', '2016-07', '2018-07'],
    ['Foreign Secretary', 'Jeremy Hunt', '2018-07', '2019-07'], ['Foreign Secretary', 'Dominic Raab', '2019-07', '2021-09'],
    ['Foreign Secretary', 'Liz Truss', '2021-09', '2022-09'], ['Foreign Secretary', 'James Cleverly', '2022-09', '2023-11'],
    ['Foreign Secretary', 'David Cameron', '2023-11', '2024-07'], ['Foreign Secretary', 'David Lammy', '2024-07'],
    ['Defense Secretary', 'Michael Fallon', '2014-07', '2017-11'], ['Defense Secretary', 'Gavin Williamson', '2017-11', '2019-05'],
    ['Defense Secretary', 'Penny Mordaunt', '2019-05', '2019-07'], ['Defense Secretary', 'Ben Wallace', '2019-07', '2023-08'],
    ['Defense Secretary', 'Grant Shapps', '2023-08', '2024-07'], ['Defense Secretary', 'John Healey', '2024-07'],
  ],
  France: [
    [P, 'Francois Hollande', '2012-05', '2017-05'], [P, 'Emmanuel Macron', '2017-05'],
    [PM, 'Manuel Valls', '2014-03', '2016-12'], [PM, 'Bernard Cazeneuve', '2016-12', '2017-05'], [PM, 'Edouard Philippe', '2017-05', '2020-07'],
    [PM, 'Jean Castex', '2020-07', '2022-05'], [PM, 'Elisabeth Borne', '2022-05', '2024-01'], [PM, 'Gabriel Attal', '2024-01', '2024-09'],
    [PM, 'Michel Barnier', '2024-09', '2024-12'], [PM, 'Francois Bayrou', '2024-12'],
    [FM, 'Laurent Fabius', '2012-05', '2016-02'], [FM, 'Jean-Marc Ayrault', '2016-02', '2017-05'], [FM, 'Jean-Yves Le Drian', '2017-05', '2022-05'],
    [FM, 'Catherine Colonna', '2022-05', '2024-01'], [FM, 'Stephane Sejourne', '2024-01', '2024-09'], [FM, 'Jean-Noel Barrot', '2024-09'],
    [DM, 'Jean-Yves Le Drian', '2012-05', '2017-05'], [DM, 'Sylvie Goulard', '2017-05', '2017-06'], [DM, 'Florence Parly', '2017-06', '2022-05'],
    [DM, 'Sebastien Lecornu', '2022-05'],
  ],
  Germany: [
    [P, 'Joachim Gauck', '2012-03', '2017-03'], [P, 'Frank-Walter Steinmeier', '2017-03'],
    ['Chancellor', 'Angela Merkel', '2005-11', '2021-12'], ['Chancellor', 'Olaf Scholz', '2021-12', '2025-05'], ['Chancellor', 'Friedrich Merz', '2025-05'],
    [FM, 'Frank-Walter Steinmeier', '2013-12', '2017-01'], [FM, 'Sigmar Gabriel', '2017-01', '2018-03'], [FM, 'Heiko Maas', '2018-03', '2021-12'],
    [FM, 'Annalena Baerbock', '2021-12', '2025-05'], [FM, 'Johann Wadephul', '2025-05'],
    [DM, 'Ursula von der Leyen', '2013-12', '2019-07'], [DM, 'Annegret Kramp-Karrenbauer', '2019-07', '2021-12'],
    [DM, 'Christine Lambrecht', '2021-12', '2023-01'], [DM, 'Boris Pistorius', '2023-01'],
  ],
  Italy: [
    [P, 'Sergio Mattarella', '2015-02'],
    [PM, 'Matteo Renzi', '2014-02', '2016-12'], [PM, 'Paolo Gentiloni', '2016-12', '2018-06'], [PM, 'Giuseppe Conte', '2018-06', '2021-02'],
    [PM, 'Mario Draghi', '2021-02', '2022-10'], [PM, 'Giorgia Meloni', '2022-10'],
    [FM, 'Paolo Gentiloni', '2014-10', '2016-12'], [FM, 'Angelino Alfano', '2016-12', '2018-06'], [FM, 'Enzo Moavero Milanesi', '2018-06', '2019-09'],
    [FM, 'Luigi Di Maio', '2019-09', '2022-10'], [FM, 'Antonio Tajani', '2022-10'],
    [DM, 'Roberta Pinotti', '2014-02', '2018-06'], [DM, 'Elisabetta Trenta', '2018-06', '2019-09'], [DM, 'Lorenzo Guerini', '2019-09', '2022-10'],
    [DM, 'Guido Crosetto', '2022-10'],
  ],
  Canada: [
    [PM, 'Stephen Harper', '2006-02', '2015-11'], [PM, 'Justin Trudeau', '2015-11', '2025-03'], [PM, 'Mark Carney', '2025-03'],
    [FM, 'Stephane Dion', '2015-11', '2017-01'], [FM, 'Chrystia Freeland', '2017-01', '2019-11'], [FM, 'Francois-Philippe Champagne', '2019-11', '2021-01'],
    [FM, 'Marc Garneau', '2021-01', '2021-10'], [FM, 'Melanie Joly', '2021-10', '2025-05'], [FM, 'Anita Anand', '2025-05'],
    [DM, 'Harjit Sajjan', '2015-11', '2021-10'], [DM, 'Anita Anand', '2021-10', '2023-07'], [DM, 'Bill Blair', '2023-07', '2025-05'],
    [DM, 'David McGuinty', '2025-05'],
  ],
  Japan: [
    ['Emperor', 'Akihito', '1989-01', '2019-04'], ['Emperor', 'Naruhito', '2019-05'],
    [PM, 'Shinzo Abe', '2012-12', '2020-09'], [PM, 'Yoshihide Suga', '2020-09', '2021-10'], [PM, 'Fumio Kishida', '2021-10', '2024-10'],
    [PM, 'Shigeru Ishiba', '2024-10'],
    [FM, 'Fumio Kishida', '2012-12', '2017-08'], [FM, 'Taro Kono', '2017-08', '2019-09'], [FM, 'Toshimitsu Motegi', '2019-09', '2021-11'],
    [FM, 'Yoshimasa Hayashi', '2021-11', '2023-09'], [FM, 'Yoko Kamikawa', '2023-09', '2024-10'], [FM, 'Takeshi Iwaya', '2024-10'],
    [DM, 'Gen Nakatani', '2014-12', '2016-08'], [DM, 'Tomomi Inada', '2016-08', '2017-07'], [DM, 'Itsunori Onodera', '2017-08', '2018-10'],
    [DM, 'Takeshi Iwaya', '2018-10', '2019-09'], [DM, 'Taro Kono', '2019-09', '2020-09'], [DM, 'Nobuo Kishi', '2020-09', '2022-08'],
    [DM, 'Yasukazu Hamada', '2022-08', '2023-09'], [DM, 'Minoru Kihara', '2023-09', '2024-10'], [DM, 'Gen Nakatani', '2024-10'],
  ],
  China: [
    [P, 'Xi Jinping', '2013-03'],
    ['Premier', 'Li Keqiang', '2013-03', '2023-03'], ['Premier', 'Li Qiang', '2023-03'],
    [FM, 'Wang Yi', '2013-03', '2022-12'], [FM, 'Qin Gang', '2022-12', '2023-07'], [FM, 'Wang Yi', '2023-07'],
    [DM, 'Chang Wanquan', '2013-03', '2018-03'], [DM, 'Wei Fenghe', '2018-03', '2023-03'], [DM, 'Li Shangfu', '2023-03', '2023-10'],
    [DM, 'Dong Jun', '2023-12'],
  ],
  Russia: [
    [P, 'Vladimir Putin', '2000-05', '2008-05'], [P, 'Dmitry Medvedev', '2008-05', '2012-05'], [P, 'Vladimir Putin', '2012-05'],
    [PM, 'Vladimir Putin', '2008-05', '2012-05'], [PM, 'Dmitry Medvedev', '2012-05', '2020-01'], [PM, 'Mikhail Mishustin', '2020-01'],
    [FM, 'Sergey Lavrov', '2004-03'],
    [DM, 'Sergei Shoigu', '2012-11', '2024-05'], [DM, 'Andrei Belousov', '2024-05'],
  ],
  India: [
    [P, 'Pranab Mukherjee', '2012-07', '2017-07'], [P, 'Ram Nath Kovind', '2017-07', '2022-07'], [P, 'Droupadi Murmu', '2022-07'],
    [PM, 'Narendra Modi', '2014-05'],
    [FM, 'Sushma Swaraj', '2014-05', '2019-05'], [FM, 'Subrahmanyam Jaishankar', '2019-05'],
    [DM, 'Manohar Parrikar', '2014-11', '2017-03'], [DM, 'Arun Jaitley', '2017-03', '2017-09'], [DM, 'Nirmala Sitharaman', '2017-09', '2019-05'],
    [DM, 'Rajnath Singh', '2019-05'],
  ],
  Australia: [
    [PM, 'Tony Abbott', '2013-09', '2015-09'], [PM, 'Malcolm Turnbull', '2015-09', '2018-08'], [PM, 'Scott Morrison', '2018-08', '2022-05'],
    [PM, 'Anthony Albanese', '2022-05'],
    [FM, 'Julie Bishop', '2013-09', '2018-08'], [FM, 'Marise Payne', '2018-08', '2022-05'], [FM, 'Penny Wong', '2022-05'],
    [DM, 'Kevin Andrews', '2014-12', '2015-09'], [DM, 'Marise Payne', '2015-09', '2018-08'], [DM, 'Christopher Pyne', '2018-08', '2019-05'],
    [DM, 'Linda Reynolds', '2019-05', '2021-03'], [DM, 'Peter Dutton', '2021-03', '2022-05'], [DM, 'Richard Marles', '2022-05'],
  ],
  Brazil: [
    [P, 'Dilma Rousseff', '2011-01', '2016-08'], [P, 'Michel Temer', '2016-08', '2018-12'], [P, 'Jair Bolsonaro', '2019-01', '2022-12'],
    [P, 'Luiz Inacio Lula da Silva', '2003-01', '2010-12'], [P, 'Luiz Inacio Lula da Silva', '2023-01'],
    [FM, 'Mauro Vieira', '2015-01', '2016-05'], [FM, 'Jose Serra', '2016-05', '2017-02'], [FM, 'Aloysio Nunes', '2017-03', '2018-12'],
    [FM, 'Ernesto Araujo', '2019-01', '2021-03'], [FM, 'Carlos Franca', '2021-04', '2022-12'], [FM, 'Mauro Vieira', '2023-01'],
  ],
  Argentina: [
    [P, 'Cristina Fernandez', '2007-12', '2015-12'], [P, 'Mauricio Macri', '2015-12', '2019-12'], [P, 'Alberto Fernandez', '2019-12', '2023-12'],
    [P, 'Javier Milei', '2023-12'],
    [FM, 'Susana Malcorra', '2015-12', '2017-06'], [FM, 'Jorge Faurie', '2017-06', '2019-12'], [FM, 'Felipe Sola', '2019-12', '2021-09'],
    [FM, 'Santiago Cafiero', '2021-09', '2023-12'], [FM, 'Diana Mondino', '2023-12', '2024-10'], [FM, 'Gerardo Werthein', '2024-10'],
  ],
  Mexico: [
    [P, 'Enrique Pena Nieto', '2012-12', '2018-11'], [P, 'Andres Manuel Lopez Obrador', '2018-12', '2024-09'], [P, 'Claudia Sheinbaum', '2024-10'],
    [FM, 'Claudia Ruiz Massieu', '2015-08', '2017-01'], [FM, 'Luis Videgaray', '2017-01', '2018-11'], [FM, 'Marcelo Ebrard', '2018-12', '2023-06'],
    [FM, 'Alicia Barcena', '2023-07', '2024-09'], [FM, 'Juan Ramon de la Fuente', '2024-10'],
  ],
  'South Africa': [
    [P, 'Jacob Zuma', '2009-05', '2018-02'], [P, 'Cyril Ramaphosa', '2018-02'],
    [FM, 'Maite Nkoana-Mashabane', '2009-05', '2018-02'], [FM, 'Lindiwe Sisulu', '2018-02', '2019-05'], [FM, 'Naledi Pandor', '2019-05', '2024-06'],
    [FM, 'Ronald Lamola', '2024-07'],
    [DM, 'Nosiviwe Mapisa-Nqakula', '2014-05', '2021-08'], [DM, 'Thandi Modise', '2021-08', '2024-06'], [DM, 'Angie Motshekga', '2024-07'],
  ],
  'South Korea': [
    [P, 'Park Geun-hye', '2013-02', '2017-03'], [P, 'Moon Jae-in', '2017-05', '2022-05'], [P, 'Yoon Suk Yeol', '2022-05', '2025-04'],
    [P, 'Lee Jae-myung', '2025-06'],
    [PM, 'Hwang Kyo-ahn', '2015-06', '2017-05'], [PM, 'Lee Nak-yon', '2017-05', '2020-01'], [PM, 'Chung Sye-kyun', '2020-01', '2021-05'],
    [PM, 'Kim Boo-kyum', '2021-05', '2022-05'], [PM, 'Han Duck-soo', '2022-05', '2025-05'],
    [FM, 'Yun Byung-se', '2013-03', '2017-06'], [FM, 'Kang Kyung-wha', '2017-06', '2021-02'], [FM, 'Chung Eui-yong', '2021-02', '2022-05'],
    [FM, 'Park Jin', '2022-05', '2024-01'], [FM, 'Cho Tae-yul', '2024-01'],
    [DM, 'Han Min-koo', '2014-06', '2017-07'], [DM, 'Song Young-moo', '2017-07', '2018-09'], [DM, 'Jeong Kyeong-doo', '2018-09', '2020-09'],
    [DM, 'Suh Wook', '2020-09', '2022-05'], [DM, 'Lee Jong-sup', '2022-05', '2023-10'], [DM, 'Shin Won-sik', '2023-10', '2024-09'],
    [DM, 'Kim Yong-hyun', '2024-09', '2024-12'],
  ],
  Indonesia: [
    [P, 'Joko Widodo', '2014-10', '2024-10'], [P, 'Prabowo Subianto', '2024-10'],
    [FM, 'Retno Marsudi', '2014-10', '2024-10'], [FM, 'Sugiono', '2024-10'],
    [DM, 'Ryamizard Ryacudu', '2014-10', '2019-10'], [DM, 'Prabowo Subianto', '2019-10', '2024-10'], [DM, 'Sjafrie Sjamsoeddin', '2024-10'],
  ],
  Turkey: [
    [P, 'Recep Tayyip Erdogan', '2014-08'], [PM, 'Recep Tayyip Erdogan', '2003-03', '2014-08'],
    [PM, 'Ahmet Davutoglu', '2014-08', '2016-05'], [PM, 'Binali Yildirim', '2016-05', '2018-07'],
    [FM, 'Mevlut Cavusoglu', '2014-08', '2015-08'], [FM, 'Mevlut Cavusoglu', '2015-11', '2023-06'], [FM, 'Hakan Fidan', '2023-06'],
    [DM, 'Fikri Isik', '2016-05', '2017-07'], [DM, 'Nurettin Canikli', '2017-07', '2018-07'], [DM, 'Hulusi Akar', '2018-07', '2023-06'],
    [DM, 'Yasar Guler', '2023-06'],
  ],
  'Saudi Arabia': [
    ['King', 'Salman bin Abdulaziz', '2015-01'], ['Crown Prince', 'Mohammed bin Salman', '2017-06'], [PM, 'Mohammed bin Salman', '2022-09'],
    [FM, 'Adel al-Jubeir', '2015-04', '2018-12'], [FM, 'Ibrahim al-Assaf', '2018-12', '2019-10'], [FM, 'Faisal bin Farhan', '2019-10'],
    [DM, 'Mohammed bin Salman', '2015-01', '2022-09'], [DM, 'Khalid bin Salman', '2022-09'],
  ],
  'United Arab Emirates': [
    [P, 'Khalifa bin Zayed Al Nahyan', '2004-11', '2022-05'], [P, 'Mohammed bin Zayed Al Nahyan', '2022-05'],
    [PM, 'Mohammed bin Rashid Al Maktoum', '2006-01'], [FM, 'Abdullah bin Zayed Al Nahyan', '2006-02'],
  ],
  Qatar: [
    ['Emir', 'Tamim bin Hamad Al Thani', '2013-06'],
    [PM, 'Abdullah bin Nasser Al Thani', '2013-06', '2020-01'], [PM, 'Khalid bin Khalifa Al Thani', '2020-01', '2023-03'],
    [PM, 'Mohammed bin Abdulrahman Al Thani', '2023-03'],
    [FM, 'Khalid al-Attiyah', '2013-06', '2016-01'], [FM, 'Mohammed bin Abdulrahman Al Thani', '2016-01'],
  ],
  Kuwait: [
    ['Emir', 'Sabah Al Ahmad Al Sabah', '2006-01', '2020-09'], ['Emir', 'Nawaf Al Ahmad Al Sabah', '2020-09', '2023-12'],
    ['Emir', 'Meshal Al Ahmad Al Sabah', '2023-12'],
  ],
  Bahrain: [
    ['King', 'Hamad bin Isa Al Khalifa', '2002-02'],
    [PM, 'Khalifa bin Salman Al Khalifa', '1970', '2020-11'], [PM, 'Salman bin Hamad Al Khalifa', '2020-11'],
    [FM, 'Khalid bin Ahmed Al Khalifa', '2005', '2020-02'], [FM, 'Abdullatif bin Rashid Al Zayani', '2020-02'],
  ],
  Oman: [
    ['Sultan', 'Qaboos bin Said', '1970-07', '2020-01'], ['Sultan', 'Haitham bin Tariq', '2020-01'],
    [FM, 'Badr Albusaidi', '2020-08'],
  ],
  Jordan: [
    ['King', 'Abdullah II', '1999-02'],
    [PM, 'Abdullah Ensour', '2012-10', '2016-06'], [PM, 'Hani Mulki', '2016-06', '2018-06'], [PM, 'Omar Razzaz', '2018-06', '2020-10'],
    [PM, 'Bisher al-Khasawneh', '2020-10', '2024-09'], [PM, 'Jafar Hassan', '2024-09'],
    [FM, 'Nasser Judeh', '2009-02', '2017-01'], [FM, 'Ayman Safadi', '2017-01'],
  ],
  Egypt: [
    [P, 'Abdel-Fattah el-Sissi', '2014-06'],
    [PM, 'Ibrahim Mahlab', '2014-03', '2015-09'], [PM, 'Sherif Ismail', '2015-09', '2018-06'], [PM, 'Mostafa Madbouly', '2018-06'],
    [FM, 'Sameh Shoukry', '2014-06', '2024-07'], [FM, 'Badr Abdelatty', '2024-07'],
    [DM, 'Sedki Sobhi', '2014-03', '2018-06'], [DM, 'Mohamed Zaki', '2018-06', '2024-07'],
  ],
  Iran: [
    ['Supreme Leader', 'Ali Khamenei', '1989-06'],
    [P, 'Hassan Rouhani', '2013-08', '2021-08'], [P, 'Ebrahim Raisi', '2021-08', '2024-05'], [P, 'Masoud Pezeshkian', '2024-07'],
    [FM, 'Mohammad Javad Zarif', '2013-08', '2021-08'], [FM, 'Hossein Amir-Abdollahian', '2021-08', '2024-05'], [FM, 'Abbas Araghchi', '2024-08'],
    [DM, 'Hossein Dehghan', '2013-08', '2017-08'], [DM, 'Amir Hatami', '2017-08', '2021-08'], [DM, 'Mohammad Reza Ashtiani', '2021-08', '2024-08'],
    [DM, 'Aziz Nasirzadeh', '2024-08'],
  ],
  Iraq: [
    [P, 'Fouad Massoum', '2014-07', '2018-10'], [P, 'Barham Salih', '2018-10', '2022-10'], [P, 'Abdul Latif Rashid', '2022-10'],
    [PM, 'Nouri al-Maliki', '2006-05', '2014-09'], [PM, 'Haider al-Abadi', '2014-09', '2018-10'], [PM, 'Adel Abdul-Mahdi', '2018-10', '2020-05'],
    [PM, 'Mustafa al-Kadhimi', '2020-05', '2022-10'], [PM, 'Mohammed Shia al-Sudani', '2022-10'],
    [FM, 'Ibrahim al-Jaafari', '2014-09', '2018-10'], [FM, 'Fuad Hussein', '2020-06'],
  ],
  Israel: [
    [P, 'Reuven Rivlin', '2014-07', '2021-07'], [P, 'Isaac Herzog', '2021-07'],
    [PM, 'Benjamin Netanyahu', '2009-03', '2021-06'], [PM, 'Naftali Bennett', '2021-06', '2022-06'], [PM, 'Yair Lapid', '2022-07', '2022-12'],
    [PM, 'Benjamin Netanyahu', '2022-12'],
    [FM, 'Israel Katz', '2019-02', '2020-05'], [FM, 'Gabi Ashkenazi', '2020-05', '2021-06'], [FM, 'Yair Lapid', '2021-06', '2022-12'],
    [FM, 'Eli Cohen', '2023-01', '2024-01'], [FM, 'Israel Katz', '2024-01', '2024-11'], [FM, 'Gideon Saar', '2024-11'],
    [DM, 'Moshe Yaalon', '2013-03', '2016-05'], [DM, 'Avigdor Lieberman', '2016-05', '2018-11'], [DM, 'Naftali Bennett', '2019-11', '2020-05'],
    [DM, 'Benny Gantz', '2020-05', '2022-12'], [DM, 'Yoav Gallant', '2022-12', '2024-11'], [DM, 'Israel Katz', '2024-11'],
  ],
  Syria: [
    [P, 'Bashar Assad', '2000-07', '2024-12'], [P, 'Ahmad al-Sharaa', '2025-01'],
    [FM, 'Walid al-Moallem', '2006-02', '2020-11'], [FM, 'Faisal Mekdad', '2020-11', '2024-12'], [FM, 'Asaad al-Shibani', '2024-12'],
  ],
  Lebanon: [
    [P, 'Michel Aoun', '2016-10', '2022-10'], [P, 'Joseph Aoun', '2025-01'],
    [PM, 'Tammam Salam', '2014-02', '2016-12'], [PM, 'Saad Hariri', '2016-12', '2020-01'], [PM, 'Hassan Diab', '2020-01', '2021-09'],
    [PM, 'Najib Mikati', '2021-09', '2025-02'], [PM, 'Nawaf Salam', '2025-02'],
    [FM, 'Gebran Bassil', '2014-02', '2020-01'],
  ],
  Yemen: [
    [P, 'Abed Rabbo Mansour Hadi', '2012-02', '2022-04'], ['Presidential Council chairman', 'Rashad al-Alimi', '2022-04'],
  ],
  Libya: [
    [PM, 'Fayez Sarraj', '2016-03', '2021-03'], [PM, 'Abdul Hamid Dbeibah', '2021-03'],
  ],
  Tunisia: [[P, 'Beji Caid Essebsi', '2014-12', '2019-07'], [P, 'Kais Saied', '2019-10']],
  Algeria: [[P, 'Abdelaziz Bouteflika', '1999-04', '2019-04'], [P, 'Abdelmadjid Tebboune', '2019-12']],
  Morocco: [
    ['King', 'Mohammed VI', '1999-07'],
    [PM, 'Abdelilah Benkirane', '2011-11', '2017-03'], [PM, 'Saad-Eddine El Othmani', '2017-03', '2021-10'], [PM, 'Aziz Akhannouch', '2021-10'],
    [FM, 'Nasser Bourita', '2017-04'],
  ],
  'Palestinian Authority': [
    [P, 'Mahmoud Abbas', '2005-01'],
    [PM, 'Rami Hamdallah', '2013-06', '2019-04'], [PM, 'Mohammad Shtayyeh', '2019-04', '2024-03'], [PM, 'Mohammad Mustafa', '2024-03'],
  ],
  Poland: [[PM, 'Donald Tusk', '2007-11', '2014-09'], [PM, 'Donald Tusk', '2023-12']],
  Ukraine: [[P, 'Petro Poroshenko', '2014-06', '2019-05'], [P, 'Volodymyr Zelenskyy', '2019-05']],
  'North Korea': [['Leader', 'Kim Jong Un', '2011-12']],
  Pakistan: [
    [PM, 'Nawaz Sharif', '2013-06', '2017-07'], [PM, 'Imran Khan', '2018-08', '2022-04'], [PM, 'Shehbaz Sharif', '2022-04', '2023-08'],
    [PM, 'Shehbaz Sharif', '2024-03'],
  ],
  Afghanistan: [[P, 'Hamid Karzai', '2001-12', '2014-09'], [P, 'Ashraf Ghani', '2014-09', '2021-08'], ['Taliban leader', 'Hibatullah Akhundzada', '2016-05']],
  Venezuela: [[P, 'Nicolas Maduro', '2013-04']],
  Belarus: [[P, 'Alexander Lukashenko', '1994-07']],
  Hungary: [[PM, 'Viktor Orban', '2010-05']],
  Netherlands: [[PM, 'Mark Rutte', '2010-10', '2024-07']],
  // International bodies
  'United Nations': [
    ['Secretary-General', 'Ban Ki-moon', '2007-01', '2016-12'], ['Secretary-General', 'Antonio Guterres', '2017-01'],
  ],
  NATO: [['Secretary-General', 'Jens Stoltenberg', '2014-10', '2024-10'], ['Secretary-General', 'Mark Rutte', '2024-10']],
  'European Union': [
    ['European Commission President', 'Jean-Claude Juncker', '2014-11', '2019-11'], ['European Commission President', 'Ursula von der Leyen', '2019-12'],
    ['European Council President', 'Donald Tusk', '2014-12', '2019-11'], ['European Council President', 'Charles Michel', '2019-12', '2024-11'],
    ['European Council President', 'Antonio Costa', '2024-12'],
    ['Foreign policy chief', 'Federica Mogherini', '2014-11', '2019-11'], ['Foreign policy chief', 'Josep Borrell', '2019-12', '2024-11'],
    ['Foreign policy chief', 'Kaja Kallas', '2024-12'],
  ],
  'African Union': [
    ['Commission chairperson', 'Nkosazana Dlamini-Zuma', '2012-10', '2017-03'], ['Commission chairperson', 'Moussa Faki Mahamat', '2017-03', '2025-02'],
  ],
  'Arab League': [['Secretary-General', 'Nabil Elaraby', '2011-07', '2016-06'], ['Secretary-General', 'Ahmed Aboul Gheit', '2016-07']],
  'International Atomic Energy Agency': [['Director General', 'Yukiya Amano', '2009-12', '2019-07'], ['Director General', 'Rafael Grossi', '2019-12']],
  'World Health Organization': [['Director-General', 'Tedros Adhanom Ghebreyesus', '2017-07']],
  'International Monetary Fund': [['Managing Director', 'Christine Lagarde', '2011-07', '2019-09'], ['Managing Director', 'Kristalina Georgieva', '2019-10']],
  'World Bank': [['President', 'Jim Yong Kim', '2012-07', '2019-02'], ['President', 'David Malpass', '2019-04', '2023-06'], ['President', 'Ajay Banga', '2023-06']],
  'European Central Bank': [['President', 'Mario Draghi', '2011-11', '2019-10'], ['President', 'Christine Lagarde', '2019-11']],
  'International Criminal Court': [['Prosecutor', 'Fatou Bensouda', '2012-06', '2021-06'], ['Prosecutor', 'Karim Khan', '2021-06']],
});

/** Person details the office rows cannot carry: second reference, other correct spellings, known misspellings. */
/** Countries and bodies whose office-holders' names are written in Latin script, not transliterated: no vowel variants. */
export const LATIN_SCRIPT: ReadonlySet<string> = new Set([
  'United States', 'Britain', 'France', 'Germany', 'Italy', 'Canada', 'Australia', 'Brazil', 'Argentina', 'Mexico', 'Turkey',
  'Indonesia', 'Poland', 'Netherlands', 'Hungary', 'South Africa', 'European Union', 'NATO', 'European Central Bank',
]);

/** Chinese and Korean names, family name first: no surname is taken from the last word. */
export const FAMILY_NAME_FIRST: readonly string[] = [
  'Xi Jinping', 'Li Keqiang', 'Li Qiang', 'Wang Yi', 'Qin Gang', 'Chang Wanquan', 'Wei Fenghe', 'Li Shangfu', 'Dong Jun',
  'Park Geun-hye', 'Moon Jae-in', 'Yoon Suk Yeol', 'Lee Jae-myung', 'Hwang Kyo-ahn', 'Lee Nak-yon', 'Chung Sye-kyun', 'Kim Boo-kyum',
  'Han Duck-soo', 'Yun Byung-se', 'Kang Kyung-wha', 'Chung Eui-yong', 'Park Jin', 'Cho Tae-yul', 'Han Min-koo', 'Song Young-moo',
  'Jeong Kyeong-doo', 'Suh Wook', 'Lee Jong-sup', 'Shin Won-sik', 'Kim Yong-hyun', 'Ban Ki-moon', 'Kim Jong Un',
];

/**
 * Person details the office rows cannot carry: a second reference (only where the bare word names no one else
 * and is no ordinary word: Xi, not Moon or Lee), other correct spellings, known misspellings.
 */
export const peopleExtras = (): Readonly<Record<string, { second?: string; aliases?: string[]; variants?: string[] }>> => ({
  'Xi Jinping': { second: 'Xi' }, 'Yoon Suk Yeol': { second: 'Yoon' },
  'Elizabeth II': { second: 'Elizabeth II' }, 'Charles III': { second: 'Charles III' }, 'Abdullah II': { second: 'Abdullah II' },
  'Mohammed VI': { second: 'Mohammed VI' }, 'Salman bin Abdulaziz': { second: 'Salman' },
  'Tamim bin Hamad Al Thani': { second: 'Tamim' }, 'Qaboos bin Said': { second: 'Qaboos' }, 'Haitham bin Tariq': { second: 'Haitham' },
  'Tedros Adhanom Ghebreyesus': { second: 'Tedros' }, 'Prabowo Subianto': { second: 'Prabowo' }, 'Joko Widodo': { second: 'Widodo' },
  'Luiz Inacio Lula da Silva': { second: 'Lula', aliases: ['Luiz Inácio Lula da Silva'] },
  'Andres Manuel Lopez Obrador': { second: 'Lopez Obrador', aliases: ['Andrés Manuel López Obrador', 'López Obrador'] },
  'Enrique Pena Nieto': { second: 'Pena Nieto', aliases: ['Enrique Peña Nieto', 'Peña Nieto'] },
  'Claudia Ruiz Massieu': { second: 'Ruiz Massieu' }, 'Juan Ramon de la Fuente': { second: 'de la Fuente', aliases: ['Juan Ramón de la Fuente'] },
  'Alicia Barcena': { aliases: ['Alicia Bárcena'] }, 'Jose Serra': { aliases: ['José Serra'] }, 'Ernesto Araujo': { aliases: ['Ernesto Araújo'] },
  'Carlos Franca': { aliases: ['Carlos França'] }, 'Cristina Fernandez': { aliases: ['Cristina Fernández', 'Cristina Fernandez de Kirchner', 'Cristina Fernández de Kirchner'] },
  'Alberto Fernandez': { aliases: ['Alberto Fernández'] }, 'Felipe Sola': { aliases: ['Felipe Solá'] },
  'Francois Hollande': { aliases: ['François Hollande'] }, 'Edouard Philippe': { aliases: ['Édouard Philippe'] },
  'Elisabeth Borne': { aliases: ['Élisabeth Borne'] }, 'Francois Bayrou': { aliases: ['François Bayrou'] },
  'Stephane Sejourne': { aliases: ['Stéphane Séjourné'] }, 'Jean-Noel Barrot': { aliases: ['Jean-Noël Barrot'] },
  'Sebastien Lecornu': { aliases: ['Sébastien Lecornu'] }, 'Stephane Dion': { aliases: ['Stéphane Dion'] },
  'Melanie Joly': { aliases: ['Mélanie Joly'] }, 'Francois-Philippe Champagne': { aliases: ['François-Philippe Champagne'] },
  'Antonio Costa': { aliases: ['António Costa'] }, 'Binali Yildirim': { aliases: ['Binali Yıldırım'] },
  'Ahmet Davutoglu': { aliases: ['Ahmet Davutoğlu'] }, 'Fikri Isik': { aliases: ['Fikri Işık'] }, 'Yasar Guler': { aliases: ['Yaşar Güler'] },
  'Abdel-Fattah el-Sissi': { second: 'el-Sissi' }, 'Ahmad al-Sharaa': { aliases: ['Abu Mohammed al-Golani'] },
  'Sergey Lavrov': { variants: ['Sergei Lavrov'] }, 'JD Vance': { aliases: ['J.D. Vance'] },
  'Subrahmanyam Jaishankar': { aliases: ['S. Jaishankar'] },
  'Volodymyr Zelenskyy': { variants: ['Volodymyr Zelensky', 'Volodymyr Zelenskiy'] }, 'Nicolas Maduro': { aliases: ['Nicolás Maduro'] },
  'Viktor Orban': { aliases: ['Viktor Orbán'] },
});
