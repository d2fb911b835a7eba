/**
 * Curated word lists of the genre: designators that head names of organizations, districts, places,
 * venues and events, role words around person names, and name parts. They describe the language,
 * not any particular document.
 */

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Capitalized function words that start sentences but never names. */
const LEADING_STOPWORDS = words(`
	The A An In On At For From With By As And But Or Of To This That These Those During After Before Besides Since While When
	Its Their Our His Her My Your We They He She It Both Each Every All Some Many More Most Several Other Another Such
	According Under Over Through Between Among Via Also However Meanwhile Moreover Furthermore Thus Then There Here Today
	Yesterday Tomorrow Last Next Jointly Together Following Despite Although Because If Why How What Who Where Which Whether
	Mr Mrs Ms Dr Prof Source Photo Contact Tel Fax Email E-mail CONTACT SOURCE
	Der Die Das Des Dem Den Ein Eine Einer Eines Einem Einen Im Am Vom Zum Zur Beim Ins Mit Von Für Auf Bei Nach Aus Auch Als
	Und Über Unter Durch Seit Während Wie Wir Sie Er Es Ihr Ihre Sein Seine Dieser Diese Dieses Jeder Jede Alle Viele Mehr
	Laut Gemäß Quelle Foto Bild Herr Frau Nach Vor Zwischen Bis Um Ob Dass Denn Doch Jedoch Zudem Außerdem Damit Dabei
	Firma Unternehmen Konzern About Copyright
	Later Earlier Now Soon Already Instead Overall Currently Recently Finally Additionally Likewise Similarly Nevertheless
	Später Früher Jetzt Nun Bereits Schon Dann Danach Bisher Derzeit Zunächst Zuvor Zuletzt Ebenfalls Insgesamt Allerdings Deshalb Daher Heute Gestern
`);

/** Verbs of English headlines, capitalized in Title Case; they end a name ("Futian Bank Opens New Office"). */
export const HEADLINE_VERBS = words(`
	Opens Hosts Signs Gathers Launches Showcases Holds Visits Attracts Promotes Boosts Expands Welcomes Unveils Announces
	Releases Joins Plans Sees Seeks Wins Becomes Reaches Takes Makes Leads Builds Celebrates Deepens Strengthens Explores
	Meets Says Targets Invests Debuts Eyes Courts Woos Pushes Steps Sets Marks Bets Aims Enters Inks Forges Teams Vows
	Calls Urges Backs Tops Hits Rises Falls Grows Drives Powers Fuels Highlights Presents Introduces Receives Completes
	Brings Draws Secures Seals Agrees Connects Attends Invites Kicks Lures Taps Gains Offers Provides Delivers
	Accelerates Advances Creates Establishes Sends Supports Embraces Unlocks Extends Renews Discusses Hails Pledges
	Inaugurates Concludes Starts Begins Helps Adds Picks Selects Honors Honours Doubles Triples Commits
	Opened Hosted Signed Launched Held Visited Announced Unveiled Welcomed Attracted Released Named Appointed
	Eröffnet Besucht Unterzeichnet Startet Präsentiert Wirbt Stellt Lädt Empfängt Plant Baut Setzt Stärkt Vertieft
	Bringt Zieht Sichert Schließt Unterstützt Gründet Investiert Expandiert Wächst Feiert Zeigt Öffnet
	Gewinnt Vereinbart Kooperiert Verstärkt Erweitert Eröffnen Vereinbaren Unterzeichnen
`);

/** Words before a designator that make no name of it ("Good News", "Latest Times"). */
export const GENERIC_PREMODIFIERS = words('Good Bad Latest Breaking Top Big Recent Other Some Many Further More Most New Old Our Your Their Local Municipal Central Provincial National Federal Regional Smart Intelligent Advanced Digital');

/** Lowercase words that may join the parts of one name ("Bank of China", "Ledvance Operations and Management"). */
export const NAME_CONNECTORS = words('of and for de del della da do dos das di du');

/**
 * Heads that the languages of southern and eastern Europe write first, with adjectives and a complement after
 * them: "Politecnico di Torino", "Associação Comercial do Porto", "Unione Industriale Torino".
 */
export const HEAD_FIRST_DESIGNATORS = words(`
	Università Universidad Universidade Université Universiteit Uniwersytet Univerzita Politecnico Politécnica Politechnika
	Istituto Instituto Camera Cámara Câmara Chambre Kamer Izba Komora Associazione Associação Asociación Fondazione Fundación
	Fundação Fondation Stichting Fundacja Agenzia Agencia Agência Agence Agentschap Agencja Banca Banco Banque Consiglio
	Consejo Conselho Conseil Confederazione Confederación Ayuntamiento Diputación Comune Gemeente Autorità Autoridad
	Unione Unión União Museo Musée Museu Muzeum
`);

/**
 * Industries that end a company's name after a distinctive word ("Huaxin Precision Machinery", "Becker Logistik").
 * Not words that headlines pair with an adjective as often ("Green Steel", "Battery Recycling").
 */
const INDUSTRY_HEADS = words(`
	Machinery Equipment Photonics Optics Optoelectronics Medical Healthcare Aerospace Aviation Shipping Marine Engineering Construction
	Trading Electric Electrical Appliances Diagnostics Biosciences Biopharma Sensors Microelectronics Renewables Investments
	Logistik Maschinenbau Anlagenbau Elektronik Automation Systeme Technik Chemie Verlag Reederei Spedition
	Sensorik Robotik Optik Photonik Mechatronik
`);

/** Organization heads: the word that makes a capitalized sequence name a body. */
export const ORGANIZATION_DESIGNATORS = new Set([...HEAD_FIRST_DESIGNATORS, ...words(`
	Group Bank Association Institute Institution University College Academy Chamber Council Center Centre Agency Commission Customs Museum
	Committee Bureau Office Ministry Department Government Administration Authority Board Corporation Corp Company Co Ltd Limited Inc
	LLC LLP SE GmbH AG KG plc PLC NV BV Holdings Holding Technology Technologies Electronics Partners Fund Foundation Federation Alliance Union
	Club Society Lab Labs Laboratory Laboratories Hospital School Consulate Consulate-General Embassy Newswire Newswires News
	Daily Times Post Observer Herald Tribune Journal Gazette Press Media Motors Systems Solutions Pharmaceuticals Pharma
	Industries International Capital Securities Insurance Airlines Airways Logistics Trust Exchange Court Parliament Party
	Enterprises Ventures Consulting Communications Telecom Semiconductor Semiconductors Robotics Biotech Biotechnology
	Institut Universität Hochschule Stiftung Verband Verein Kammer Gesellschaft Ministerium Botschaft Generalkonsulat Konsulat
	Zeitung Akademie Agentur Gruppe Werke Bundesbank Cooperative Secretariat Directorate Network Studio Studios Brewery
	Manufacturing Energy Mobility Automotive Chemicals Materials Instruments Networks Software Semiconductor
	Images Pictures Photography
`), ...INDUSTRY_HEADS]);

/**
 * Legal forms of companies elsewhere in Europe, which the tokenizer splits at their dots or which are
 * no organization words of their own: "Ferrante Meccanica S.p.A.", "Larrinaga Automation S.L.",
 * "Mendes & Filhos, Lda.", "Novák Stroje s.r.o.". Longer forms first, where one begins another.
 */
export const FOREIGN_LEGAL_FORMS = /NV|BV|SA|S\.p\.A\.|S\.r\.l\.|S\.A\.S\.|S\.A\.U\.|S\.A\.|S\.L\.U\.|S\.L\.|S\.à r\.l\.|N\.V\.|B\.V\.|SpA|Srl|SAS|SARL|Oyj|Oy|ASA|AB|A\/S|ApS|Kft\.|Zrt\.|Nyrt\.|Lda\.|Ltda\.|GesmbH|Ges\.m\.b\.H\.|Sp\. z o\.o\.|spol\. s r\.o\.|s\.r\.o\.|a\.s\.|d\.o\.o\./;

/** Club and chamber prefixes that head a name from the front: "FC Bayern München", "VfB Stuttgart", "CCI Lyon Métropole", "IHK München". */
/** Chamber prefixes, which alone stand for the chamber named with them: "IHK Nürnberg für Mittelfranken … die IHK". */
export const CHAMBER_PREFIXES = words('CCI IHK AHK HWK WKO');
export const ORGANIZATION_PREFIXES = new Set([...words('FC SC SV VfB VfL TSG SpVgg AC AS SSC RB BSC TSV TU FH Uni'), ...CHAMBER_PREFIXES]);

/** Heads that also name industries ("Advanced Manufacturing", "Clean Energy"): a company only with a distinctive word before. */
export const WEAK_ORGANIZATION_HEADS = new Set([...words(`
	Technology Technologies Electronics Media Motors Systems Solutions Pharmaceuticals Pharma Industries Capital Securities
	Insurance Logistics Enterprises Ventures Consulting Communications Telecom Semiconductor Semiconductors Robotics Biotech
	Biotechnology Manufacturing Energy Mobility Automotive Chemicals Materials Instruments Networks Network Software Studio
	Studios International Partners Holdings Holding Images Pictures Photography Fund Trust Exchange Press News
`), ...INDUSTRY_HEADS]);

/**
 * Fields a large company names its divisions and subsidiaries after, besides the weak heads ("Bosch Machinery"):
 * "BASF Coatings", "Huawei Digital Power", "Bosch Power Tools", "Volvo Trucks". They name a company only after a known one.
 */
export const DIVISION_HEADS = words(`
	Cloud Grid Coatings Health Infrastructure Retail Home Digital Research Services Power Rail Trucks Buses Finance Financial
	Auto Foods Food Steel Glass Battery Batteries Transport Properties Lighting Tools Wind Solar Cables Packaging Plastics
	Chemical Mining Metals Ports Leasing Payments Music Games Vision Drives Sciences Agriculture Offshore Rubber Paper Textiles
`);

/** Org heads written as the end of a German compound: "Handelskammer", "Wirtschaftsentwicklungszentrums". */
const GERMAN_ORGANIZATION_SUFFIXES = words(`
	kammer verband verbandes verbands verein vereins gesellschaft amt amtes amts ministerium ministeriums behörde kommission
	institut instituts institutes universität hochschule stiftung konsulat konsulats konsulates botschaft zentrum zentrums bank
	gruppe akademie agentur vereinigung zeitung rundfunk sparkasse regierung komitee komitees ausschuss ausschusses verwaltung börse
	gericht gerichts klinikum klinikums werke labor labors
`);
/** A node of a reversed-suffix trie: children by the lowercase code unit before, and whether a suffix ends here. */
interface SuffixNode { readonly before: Map<number, SuffixNode>; complete: boolean }

/**
 * A test for words ending in one of `suffixes` (compared in lowercase), returning the length of the longest (0 for none).
 * Walks a reversed-suffix trie from the last character: no lowercase copy, no slice per suffix length.
 */
function suffixMatcher(suffixes: Set<string>): (word: string) => number {
	const root: SuffixNode = { before: new Map(), complete: false };
	for (const suffix of suffixes) {
		let node = root;
		for (let i = suffix.length - 1; i >= 0; i--) {
			const code = suffix.charCodeAt(i);
			let next = node.before.get(code);
			if (!next) {
				next = { before: new Map(), complete: false };
				node.before.set(code, next);
			}
			node = next;
		}
		node.complete = true;
	}
	return (word: string) => {
		let length = 0;
		let node: SuffixNode | undefined = root;
		for (let i = word.length - 1; i >= 0; i--) {
			const code = word.charCodeAt(i);
			// "İ" lowercases to two code units ("i" and a combining dot) that no suffix contains.
			node = code === 0x130 ? undefined : node.before.get(lowerCaseCode(code));
			if (!node) {
				break;
			}
			if (node.complete) {
				length = word.length - i;
			}
		}
		return length;
	};
}

/** The lowercase of one UTF-16 code unit as `String.prototype.toLowerCase` makes it (ASCII without a string). */
function lowerCaseCode(code: number): number {
	if (code < 0x80) {
		return code >= 65 && code <= 90 ? code + 32 : code;
	}
	return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/** Length of the German organization head that ends `word` ("Handelskammer" → 6), or 0. */
export const germanOrganizationSuffix = suffixMatcher(GERMAN_ORGANIZATION_SUFFIXES);

/** Heads after which a trailing "in <place>" is part of the body's own name (Chamber of Commerce in Hong Kong). */
const LOCATED_BODY_WORDS = words('Chamber Consulate Consulate-General General Embassy Mission Office Representative Institute Academy University Association Branch Campus');
/** The same for German compounds ending so ("Außenhandelskammer", "Wirtschaftsbüros"). */
const LOCATED_BODY_SUFFIXES = words('kammer konsulat konsulats konsulates botschaft vertretung büro büros');
/** The German endings also stand alone, capitalized: "die chinesische Botschaft in Berlin". */
export const LOCATED_BODY_HEADS = new RegExp(`^(?:${[...LOCATED_BODY_WORDS].join('|')}|\\p{L}*(?:${[...LOCATED_BODY_SUFFIXES].join('|')})`
	+ `|${[...LOCATED_BODY_SUFFIXES].map(suffix => suffix[0].toUpperCase() + suffix.slice(1)).join('|')})$`, 'u');

/** Endings of German nouns that say what a company does: "der Anlagenbauer X GmbH", "Batteriespezialist X". */
const COMPANY_DESCRIPTOR_SUFFIXES = words('bauer hersteller spezialist konzern anbieter zulieferer dienstleister händler entwickler produzent betreiber versorger lieferant manufaktur designer cluster logistiker versicherer');
/** Words that say what a company is, and are no part of its name ("Konzern", "Anlagenbauer"); the bare "Bauer" is a surname. */
const COMPANY_DESCRIPTOR = new RegExp(`^(?:Firma|Unternehmen|Start-up|Startup|Tochter|Tochterfirma|Tochtergesellschaft|Mittelständler|Familienunternehmen|Weltmarktführer|Marktführer|\\p{Lu}\\p{Ll}{3,}(?:${[...COMPANY_DESCRIPTOR_SUFFIXES].join('|')})|${[...COMPANY_DESCRIPTOR_SUFFIXES].map(suffix => suffix[0].toUpperCase() + suffix.slice(1)).filter(word => word !== 'Bauer').join('|')})$`, 'u');

/** Located bodies whose "in <place>" belongs to the name only after a complement ("University of Nottingham in Ningbo"). */
export const INSTITUTIONAL_HEADS = words('Institute Academy University Association Branch Campus');

/** Single-word district heads. */
export const DISTRICT_DESIGNATORS = words('District Subdistrict Sub-district Borough County Zone');
/** Words before "Park" that make it an industrial area rather than a green space. */
export const PARK_QUALIFIERS = words('Industrial Industry Science Technology Software Innovation Hi-Tech High-Tech High-tech Hi-tech Logistics Business Eco-Industrial Tech Sci-Tech');
/** German designators before a district name: "Bezirk Luohu", "Stadtbezirk Baoshan", "Sonderwirtschaftszone Shenzhen". */
export const GERMAN_DISTRICT_PREFIXES = words(`
	Stadtbezirk Stadtbezirks Bezirk Bezirks Distrikt Distrikts Kreis Kreises Landkreis Landkreises Sonderwirtschaftszone
	Freihandelszone Pilot-Freihandelszone Industriepark Hightech-Zone Entwicklungszone Neubezirk Stadtteil Stadtteils
	Ortsteil Ortsteils Großgemeinde
`);
/**
 * Designators that only ever name an area below a city, so that any name after them is one, known or not:
 * "Stadtteil Vorsfelde", "Großgemeinde Lecong" (not "Kreis", which also means a circle).
 */
export const OPEN_GERMAN_DISTRICT_PREFIXES = words('Stadtteil Stadtteils Ortsteil Ortsteils Großgemeinde Stadtbezirk Stadtbezirks');
/** The adjective of "Neues Gebiet Pudong". */
export const GERMAN_NEW_AREA_ADJECTIVES = words('Neue Neuen Neues');
/** German designators before a place name: "Provinz Guangdong". */
export const GERMAN_PLACE_PREFIXES = words('Provinz Bundesland Bundeslandes Bundesstaat Bundesstaates Region Stadt');
/** "Land" and its genitive, which before a state's name make the state's government: "das Land Tirol", "des Landes Niedersachsen". */
export const STATE_BODY_WORDS = words('Land Landes');
/** Single-word heads of places above district level. */
export const PLACE_DESIGNATORS = words('Province Prefecture Municipality');

/** Final words of events and titles: a name ending in one is not a body. */
export const EVENT_HEADS = words(`
	Forum Conference Summit Expo Fair Festival Exhibition Week Games Cup Awards Award Ceremony Symposium Seminar Workshop
	Meeting Dialogue Roadshow Report Show Olympics Championship Championships Initiative Program Programme Project Plan
	Strategy Day Days Session Tour Competition Contest Challenge Series Index Survey Study Declaration Agreement Treaty
	Memorandum Act Law Policy Konferenz Gipfel Messe Tagung Forums Kongress Woche Prize Medal Lecture Scholarship Fellowship
	Trophy Preis Medaille
`);

/** Final words of venues and buildings. */
export const VENUE_HEADS = words(`
	Stadium Arena Hotel Hall Plaza Square Tower Building Airport Station Theatre Theater Palace Mall Bridge Street Road Avenue
	Terminal Pier Port Harbour Harbor Gardens Garden Temple Church Cathedral Castle Gallery Library Straße Strasse Platz
	Allee Brücke Halle Flughafen
`);
/** "Convention Center", "Exhibition Centre": a center that is a venue. */
export const VENUE_CENTER_QUALIFIERS = words('Convention Exhibition Conference Expo Sports Shopping Congress Event Events Trade Cultural Visitor Visitors Messe');

/** Nouns after which an unknown capitalized list names companies: "companies, including X, Y". */
export const ORGANIZATION_NOUNS = words(`
	companies company firms firm businesses business enterprises enterprise banks bank institutions institution organizations
	organisations organization organisation partners players leaders brands investors corporations groups multinationals
	giants startups start-ups manufacturers makers suppliers providers insurers lenders agencies associations universities
	clients customers sponsors exhibitors members participants
	Unternehmen Firmen Konzerne Banken Institutionen Organisationen Partner Marken Investoren Hersteller Zulieferer Anbieter
	Verbände Hochschulen Universitäten Konzernen Firmen Unternehmens Aussteller Teilnehmer
`);

/** Nouns of categories that are not companies: a list after them names sectors, places or products. */
export const CATEGORY_NOUNS = words(`
	sectors sector industries industry fields field areas area markets market countries cities regions provinces products
	technologies technology services solutions domains segments disciplines topics themes projects programs programmes
	Branchen Bereiche Bereichen Länder Ländern Städte Städten Regionen Produkte Technologien Themen Sektoren Märkte Felder
`);

/** Head nouns of an appositive that says the name before it is a company: "X, a Shenzhen-based company". */
export const COMPANY_APPOSITIVE_HEADS = words(`
	company subsidiary firm bank startup start-up manufacturer provider maker developer group unit supplier operator producer
	brand retailer conglomerate giant insurer lender carrier automaker carmaker chipmaker companies firms banks clubs club
	enterprise corporation holding affiliate division institute university association agency makers manufacturers
	producers providers developers suppliers operators brands groups enterprises startups retailers carmakers automakers
	Unternehmen Tochter Tochtergesellschaft Hersteller Konzern Anbieter Firma Bank Gruppe Zulieferer Autobauer Betreiber
`);

/** Roles held in an organization: "CEO of X", "founder of X". */
export const ORGANIZATION_ROLES = words(`
	CEO CFO CTO COO chairman chairwoman chair president founder co-founder director head executive partner spokesperson
	spokesman spokeswoman subsidiary unit division affiliate shareholder owner employees employee staff
`);

/** Roles that follow or precede a person's name: "Xu Li, CEO of ...", "Bürgermeister ...". */
export const PERSON_ROLES = words(`
	CEO CFO CTO COO chairman chairwoman chair president vice-president founder co-founder director head mayor deputy secretary
	minister governor ambassador consul consul-general executive chief partner professor spokesperson spokesman spokeswoman
	manager leader dean editor researcher analyst economist senior general managing vice party member chairperson
	President Chairman Director Mayor Minister Governor Ambassador Consul Secretary Professor General
	counsellor counselor councillor councilor commissioner senator envoy chancellor premier
	Counsellor Counselor Councillor Councilor Commissioner Senator Envoy Chancellor Premier
	Bürgermeister Bürgermeisterin Oberbürgermeister Oberbürgermeisterin Vorsitzender Vorsitzende Geschäftsführer Geschäftsführerin
	Präsident Präsidentin Gründer Gründerin Direktor Direktorin Leiter Leiterin Generalkonsul Generalkonsulin Botschafter
	Botschafterin Minister Ministerin Sprecher Sprecherin Vorstand Vorstandsvorsitzender Vorstandsvorsitzende Chef Chefin
	Parteisekretär Professorin stellvertretender stellvertretende Ministerpräsident Ministerpräsidentin Staatssekretär
	Staatssekretärin Landrat Landrätin Konsul Konsulin
`);

const GERMAN_ROLE_SUFFIXES = words(`
	minister ministerin präsident präsidentin bürgermeister bürgermeisterin direktor direktorin sekretär sekretärin vorsitzende
	vorsitzender geschäftsführer geschäftsführerin konsul konsulin botschafter botschafterin leiter leiterin chef chefin vorsteher
	vorsteherin vorstand vorständin sprecher sprecherin gründer gründerin managerin
`);
const germanRoleSuffix = suffixMatcher(GERMAN_ROLE_SUFFIXES);

/** A role word: "chairman", "Bürgermeister", and German compounds of roles ("Staatsminister", "Vizebezirksvorsteher"). */
export function isPersonRole(word: string): boolean {
	return PERSON_ROLES.has(word) || (word.length > 6 && germanRoleSuffix(word) > 0 && /^\p{Lu}/u.test(word));
}

/** Titles before a name; the title stays out of the span. */
export const PERSON_TITLES = words('Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Herr Herrn Frau Mag Dipl Ing DI');

/** Verbs of saying around a name: "said Name", "Name said", "sagte Name". */
export const SPEECH_VERBS = words(`
	said says stated added noted explained emphasized emphasised stressed remarked told commented announced
	sagte sagt erklärte betonte ergänzte fügte sagten meinte unterstrich so laut
`);

/** Common Chinese surnames in pinyin and Cantonese romanization. */
export const CHINESE_SURNAMES = words(`
	Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Song Tang Deng Han Feng
	Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lü Lyu Ding Ren Lu Yao Shen Zhong Cui Tan Fan Fu Qian
	Qin Shi Jin Wan Xia Yin Kong Bai Mao Qiu Hou Meng Long Duan Lei Tao Kang Yan Dai Xue Gu Hao Lai Gong Shao Wen Chang Qi
	Wong Chan Cheung Lee Choi Ho Lam Chang Chiu Leung Tsang Ng Chow Kwok Yip Tse Fung Lau Mak Tsui Cheng Chung Kwan Yeung Siu
	Au Chu Hui Poon Tam Yuen Lo Law Ko Kam Wan Sze Ching Xi Zou Jia Jiao Niu Ouyang Nie Rao Yi Gan Mo Ge Shang Zhan
	Fang Bao Bi Bian Chai Cen Dou Geng Hua Huo Ji Jing Kou Kuang Lan Lian Liao Mei Miao Mu Ni Ning Pang Pei Pu Qiao Qu Rong
	Ruan Sheng Shu Teng Tong Tu Xiang Xing Xiong Yue Zang Zhai Zhuang Zhuo Zong Zuo Yau Hung Kwong
`);

/** Common given names of European persons. */
export const WESTERN_GIVEN_NAMES = words(`
	Alexander Andreas Anna Angela Annalena Anton Armin Barbara Bernd Birgit Boris Carsten Christian Christina Christine
	Christoph Claudia Daniel David Dieter Dirk Elisabeth Emmanuel Eva Frank Franz Friedrich Gabriele Georg Gerhard Hans
	Heike Heinz Helmut Horst Ingrid Jan Jens Joachim Johann Johannes Jonas Jörg Josef Julia Jürgen Karin Karl Katja
	Katrin Klaus Lars Lukas Manfred Marco Maria Markus Martin Matthias Maximilian Michael Monika Nicole Olaf Oliver Paul
	Peter Petra Philipp Rainer Ralf Robert Roland Sabine Sandra Sebastian Stefan Stephan Susanne Thomas Thorsten Tobias
	Ulrich Ursula Uwe Volker Walter Werner Wolfgang John James William George Charles Richard Joseph Mark Steven Andrew
	Anthony Kevin Brian Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott
	Brandon Benjamin Samuel Gregory Frank Raymond Patrick Jack Dennis Jerry Tyler Aaron Jose Adam Henry Douglas Nathan
	Mary Patricia Jennifer Linda Elizabeth Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley Kimberly Emily
	Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela
	Helen Anna Brenda Pamela Emma Nicole Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Heather
	Rishi Keir Liz Theresa Olivier Pierre Jean François Marie Luis Carlos António Antonio João Pedro Miguel Manuel Francesca
	Giuseppe Giovanni Luca Marco Paolo Ursula Emmanuel Mario Sergio Jorge Ana Sofia Isabel Rui Nuno Tiago Hugo
	Achim Axel Benedikt Bernhard Björn Detlef Dietmar Dietrich Dominik Erich Erwin Fabian Felix Florian Fritz Gerd
	Gregor Günter Günther Gunnar Harald Hartmut Heiko Heinrich Henning Hermann Holger Hubert Ingo Jakob Jochen Konrad
	Konstantin Lennart Lothar Ludwig Malte Marcel Mathias Moritz Niklas Nils Norbert Oskar Reinhard Rolf Rudolf Rüdiger
	Sascha Siegfried Sven Thilo Tilo Timo Torsten Valentin Wilhelm Winfried Wolfram
	Alexandra Andrea Anja Anke Annette Antje Astrid Beate Bettina Brigitte Carola Christa Cornelia Dagmar Daniela Doris
	Elke Franziska Friederike Gisela Gudrun Hanna Hannah Helga Ilse Inga Irene Jana Johanna Judith Jutta Katharina
	Kathrin Kerstin Kristina Lena Leonie Manuela Maren Mareike Marion Marlene Martina Melanie Miriam Nadine Natascha Nina
	Regina Renate Sabrina Saskia Silke Simone Sonja Stefanie Svenja Tanja Ulrike Ute Vera Verena Veronika Wiebke Yvonne
	Alan Alastair Alistair Ben Bob Chris Colin Craig Dan Darren Dave Derek Dominic Duncan Ethan Gordon Graham Harry Howard
	Ian Jamie Jeremy Jim Joe Jon Keith Liam Lucas Luke Malcolm Marcus Matt Mike Neil Nick Nigel Noah Oscar Owen Phil
	Philip Rob Roger Rory Rupert Sam Sean Simon Stuart Ted Tim Toby Tom Tony Trevor Wayne
	Alice Alison Amelia Ann Anne Caroline Charlotte Chloe Claire Eleanor Ellie Fiona Gemma Gillian Harriet Isabella
	Jane Jill Joanna Joanne Julie Kate Katie Kelly Lauren Louise Lucy Megan Natalie Natasha Niamh Olivia Sally Sophie
	Sophia Siobhan Valerie Vanessa Wendy Zoe
	Alain Antoine Arnaud Benoît Bertrand Bruno Cédric Christophe Damien Didier Éric Fabrice Frédéric Gérard Gilles
	Guillaume Hervé Jacques Jérôme Julien Laurent Lionel Loïc Luc Mathieu Matthieu Michel Nicolas Pascal Patrice
	Philippe Rémi Romain Sébastien Serge Stéphane Sylvain Thierry Xavier Yann Yves Agnès Amélie Aurélie Camille Céline
	Chloé Delphine Élodie Émilie Françoise Hélène Isabelle Jeanne Juliette Laure Léa Martine Mathilde Monique Nathalie
	Pauline Sandrine Sylvie Valérie Virginie Jean-Pierre Jean-Paul Jean-Claude Jean-Luc Jean-Marc Jean-Louis
	Jean-François Jean-Michel Anne-Marie Marie-Claire Hans-Peter Hans-Jürgen Karl-Heinz Klaus-Peter
	Alberto Alessandro Carlo Claudio Davide Domenico Emanuele Enrico Fabio Federico Filippo Francesco Gianluca Gianni
	Giacomo Giorgio Lorenzo Luigi Massimo Matteo Maurizio Michele Nicola Pietro Riccardo Roberto Salvatore Stefano
	Tommaso Vittorio Alessandra Antonella Beatrice Chiara Elena Elisa Federica Giorgia Giulia Ilaria Lucia Paola
	Roberta Sara Silvia Valentina
	Alejandro Alfonso Álvaro Andrés Diego Fernando Francisco Gonzalo Ignacio Jaime Javier Joaquín Jordi Josep Juan
	Pablo Rafael Ramón Raúl Ricardo Rodrigo Vicente Víctor Afonso Duarte Gonçalo Paulo Sérgio Tomás Beatriz Carmen
	Cristina Inés Inês Lucía Marta Nuria Pilar Raquel Teresa Catarina Filipa Helena Joana Mariana
	Anders Arjen Bart Daan Erik Geert Gerrit Henrik Jeroen Jesper Johan Joost Kasper Kees Koen Maarten Magnus Mads
	Mikael Morten Niels Pieter Rasmus Ruben Ruud Rutger Sander Søren Stijn Thijs Willem Wouter Annika Femke Kirsten
	Lotte Marieke Mette Sanne Antti Heikki Juha Jukka Matti Mikko Pekka
	Andrzej Grzegorz Jakub Krzysztof Łukasz Marcin Michał Paweł Piotr Tomasz Wojciech Agnieszka Aleksandra Ewa
	Katarzyna Magdalena Małgorzata Jaroslav Jiří Lukáš Miroslav Ondřej Pavel Petr Tomáš Václav Zdeněk Lucie Tereza
	Zuzana András Attila Balázs Ferenc Gábor István László Péter Tamás Zoltán Zsolt Ágnes Erzsébet Eszter Judit
	Katalin Krisztina Zsófia Andrei Bogdan Dmitri Mihai Sergei Vladimir Ioana Irina Natalia Olga Tatiana Dimitris
	Giorgos Kostas Nikos Yannis Eleni
	Siobhán Siobhan Aoife Ciara Saoirse Orla Sinéad Sinead Róisín Roisin Caoimhe Áine Aine Clodagh Eimear Gráinne Grainne Deirdre
	Máire Eoin Cian Oisín Oisin Ciarán Ciaran Darragh Cillian Pádraig Padraig Seán Séamus Seamus Dónal Donal Fionn Conor Colm
	Ruairí Ruairi Tadhg Diarmuid Fergal Niall Aidan Declan Eamon Éamon Brendan Kieran Ronan Shane Cathal Ailbhe Iain Hamish
	Alasdair Ewan Morag Isla Ailsa Catriona Rhys Dafydd Gareth Gethin Owain Huw Ioan Siân Sian Cerys Bethan Ffion Rhiannon Carys
	Henrike Sandro Aino Eero Tuomas Ville Sanna
	Sören Ole Hauke Sönke Kai Dörte Frauke Gesine Birte Ulf Knut Hannelore Mirko Yannick Jannik Steffi Jasmin Gabi Britta Lea
	Mia Greta Ida Frieda Luise Carlotta Pia Xaver Korbinian Ignaz Alois Sepp Ferdinand Leopold Raphael Adrian Elias Bastian Ronny
	Mandy Peggy Dana Jacqueline Cindy René Thore Hinrich Jette Tove
`);

/** German adjectives of nationality and region, as stems ("chinesisch" for chinesischen, Chinesische). */
export const NATIONALITY_STEMS = words(`
	deutsch chinesisch britisch englisch europäisch französisch amerikanisch japanisch koreanisch russisch italienisch
	spanisch portugiesisch niederländisch österreichisch schweizerisch schweizer indisch asiatisch afrikanisch polnisch
	tschechisch ungarisch schwedisch dänisch norwegisch finnisch kanadisch australisch singapurisch thailändisch
	vietnamesisch bayerisch sächsisch thüringisch hessisch hanseatisch arabisch türkisch griechisch belgisch irisch
	schottisch mexikanisch brasilianisch international
`);

/** English adjectives of nationality and region, which describe a company before its noun: "German carmaker Volkswagen". */
export const ENGLISH_NATIONALITIES = words(`
	German Chinese British English European French American Japanese Korean Russian Italian Spanish Portuguese Dutch Austrian
	Swiss Indian Asian African Polish Czech Slovak Hungarian Swedish Danish Norwegian Finnish Canadian Australian Singaporean
	Thai Vietnamese Bavarian Saxon Belgian Irish Scottish Welsh Mexican Brazilian Turkish Greek Romanian Bulgarian Croatian
	Slovenian Serbian Estonian Latvian Lithuanian Luxembourgish Taiwanese Israeli Emirati Saudi Nordic Scandinavian
	Catalan Basque Flemish Walloon Tuscan Lombard Andalusian Galician Sicilian Breton Corsican Alsatian Tyrolean Styrian Carinthian
	Swabian Franconian Silesian Hessian Prussian Cantonese Sichuanese Macanese Icelandic Maltese Cypriot Ukrainian
`);

/** Generic words that may follow "and" inside one company name ("Operations and Management"). */
export const GENERIC_NAME_PARTS = words(`
	Management Services Service Development Technology Technologies Trading Investment Investments Consulting Logistics
	Manufacturing Operations Industry Industries Commerce Economics Finance Research Innovation Media Sciences Science
	Health Healthcare Education Culture Sports Design Marketing Communications Energy Engineering Trade Exchange Co
	Construction Equipment Materials Solutions Systems Supply Development Studies Technology Commercial Industrial
`);

/** The word lists a word belongs to, as bits (see `wordClass`). */
export const enum Word {
	Stopword = 1 << 0,
	HeadlineVerb = 1 << 1,
	OrganizationDesignator = 1 << 2,
	OrganizationPrefix = 1 << 3,
	DistrictDesignator = 1 << 4,
	PlaceDesignator = 1 << 5,
	EventHead = 1 << 6,
	VenueHead = 1 << 7,
	/** Ends in a German organization head: `germanOrganizationSuffix(word) > 0`. */
	GermanOrganizationHead = 1 << 8,
	PersonRole = 1 << 9,
	GenericPremodifier = 1 << 10,
	GenericNamePart = 1 << 11,
	WeakOrganizationHead = 1 << 12,
	PersonTitle = 1 << 13,
	ChineseSurname = 1 << 14,
	WesternGivenName = 1 << 15,
	ParkQualifier = 1 << 16,
	VenueCenterQualifier = 1 << 17,
	GermanDistrictPrefix = 1 << 18,
	GermanNewArea = 1 << 19,
	GermanPlacePrefix = 1 << 20,
	/** A head only after a qualifier: "Convention Center", "New Area", "Industrial Park", "Autonomous Region", "Consulate General". */
	QualifiedHead = 1 << 21,
	/** Matches `LOCATED_BODY_HEADS`. */
	LocatedBodyHead = 1 << 22,
	InstitutionalHead = 1 << 23,
	/** Says what a company is, before its name: "Konzern", "Anlagenbauer". */
	CompanyDescriptor = 1 << 24,
}

const WORD_LISTS: [Set<string>, Word][] = [
	[LEADING_STOPWORDS, Word.Stopword], [HEADLINE_VERBS, Word.HeadlineVerb], [ORGANIZATION_DESIGNATORS, Word.OrganizationDesignator],
	[ORGANIZATION_PREFIXES, Word.OrganizationPrefix], [DISTRICT_DESIGNATORS, Word.DistrictDesignator], [PLACE_DESIGNATORS, Word.PlaceDesignator],
	[EVENT_HEADS, Word.EventHead], [VENUE_HEADS, Word.VenueHead], [GENERIC_PREMODIFIERS, Word.GenericPremodifier],
	[GENERIC_NAME_PARTS, Word.GenericNamePart], [WEAK_ORGANIZATION_HEADS, Word.WeakOrganizationHead], [PERSON_TITLES, Word.PersonTitle],
	[CHINESE_SURNAMES, Word.ChineseSurname], [WESTERN_GIVEN_NAMES, Word.WesternGivenName], [PARK_QUALIFIERS, Word.ParkQualifier],
	[VENUE_CENTER_QUALIFIERS, Word.VenueCenterQualifier], [GERMAN_DISTRICT_PREFIXES, Word.GermanDistrictPrefix],
	[GERMAN_NEW_AREA_ADJECTIVES, Word.GermanNewArea], [GERMAN_PLACE_PREFIXES, Word.GermanPlacePrefix],
	[words('Center Centre Area Park Region General Town'), Word.QualifiedHead], [INSTITUTIONAL_HEADS, Word.InstitutionalHead],
];

/**
 * Most name tokens are in no list ("Shenzhen", "Siemens"). Two bit sets rule them out from the paragraph text
 * alone, without a look at the token's own string or a memo lookup: one bit per outline (length and first and
 * last two code units) of every listed word, and one bit per ending (last three code units, case folded) of
 * every suffix that gives a class. A word with neither bit set has no class; the others are looked up.
 */
const LISTED_OUTLINES = new Uint32Array(2048);
/**
 * German compounds that designate a district before its name: "Innenstadtbezirk Dongcheng", "Verwaltungsbezirk",
 * "Technologieentwicklungszone Wuhan".
 */
const GERMAN_DISTRICT_COMPOUND_SUFFIXES = ['bezirk', 'bezirks', 'zone'];
const GERMAN_DISTRICT_COMPOUND = new RegExp(`^\\p{Lu}\\p{Ll}+(?:${GERMAN_DISTRICT_COMPOUND_SUFFIXES.join('|')})$`, 'u');
/** German compounds naming an industry, which end a company's name as the bare words do: "Kessler Sensortechnik", "Wolf Antriebstechnik". */
const GERMAN_INDUSTRY_COMPOUND_SUFFIXES = ['technik', 'logistik', 'elektronik', 'systeme', 'maschinenbau', 'anlagenbau', 'sensorik', 'robotik', 'optik', 'photonik'];
const GERMAN_INDUSTRY_COMPOUND = new RegExp(`^\\p{Lu}\\p{Ll}+(?:${GERMAN_INDUSTRY_COMPOUND_SUFFIXES.join('|')})$`, 'u');
/** "Lodz-based", "Shenzhen-listed": where a company sits or trades, which is no part of its name. */
const SEAT_ADJECTIVE_SUFFIXES = ['-based', '-listed', '-headquartered', '-registered'];
const SEAT_ADJECTIVE = new RegExp(`(?:${SEAT_ADJECTIVE_SUFFIXES.join('|')})$`);
const SUFFIX_ENDINGS = new Uint32Array(1024);

function outlineBit(text: string, start: number, end: number): number {
	const length = end - start;
	const second = length > 1 ? text.charCodeAt(start + 1) : 0;
	const beforeLast = length > 1 ? text.charCodeAt(end - 2) : 0;
	return ((text.charCodeAt(start) * 31 + second) * 961 + (beforeLast * 31 + text.charCodeAt(end - 1)) * 7 + length) & 0xffff;
}

/**
 * The last three code units before `end`, folded as `lowerCaseCode` folds Latin-1 letters (the lowercase has the
 * 0x20 bit set, the uppercase differs by it); -1 for code units above Latin-1, whose lowercase may be any letter.
 */
function endingBit(text: string, end: number): number {
	const a = text.charCodeAt(end - 3);
	const b = text.charCodeAt(end - 2);
	const c = text.charCodeAt(end - 1);
	return (a | b | c) > 0xff ? -1 : (a & 0x1f) << 10 | (b & 0x1f) << 5 | (c & 0x1f);
}

function setBit(bits: Uint32Array, bit: number): void {
	bits[bit >>> 5] |= 1 << (bit & 31);
}

function hasBit(bits: Uint32Array, bit: number): boolean {
	return (bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
}

for (const list of [...WORD_LISTS.map(([list]) => list), PERSON_ROLES, LOCATED_BODY_WORDS]) {
	for (const word of list) {
		setBit(LISTED_OUTLINES, outlineBit(word, 0, word.length));
	}
}
for (const list of [GERMAN_ORGANIZATION_SUFFIXES, GERMAN_ROLE_SUFFIXES, LOCATED_BODY_SUFFIXES, COMPANY_DESCRIPTOR_SUFFIXES, SEAT_ADJECTIVE_SUFFIXES, GERMAN_DISTRICT_COMPOUND_SUFFIXES, GERMAN_INDUSTRY_COMPOUND_SUFFIXES]) {
	for (const suffix of list) {
		setBit(SUFFIX_ENDINGS, endingBit(suffix, suffix.length));
	}
}

/** A word of a text at [start, end): a token, whose `text` is sliced only when read. */
export interface WordIn {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

/** `wordClass(word.text)` of a word of `text`, whose string is read only when the outline bit sets allow a class. */
export function wordClassIn(text: string, word: WordIn): number {
	const { start, end } = word;
	if (hasBit(LISTED_OUTLINES, outlineBit(text, start, end))) {
		return wordClass(word.text);
	}
	if (end - start < 3) {
		// Shorter than any suffix.
		return 0;
	}
	const ending = endingBit(text, end);
	return ending < 0 || hasBit(SUFFIX_ENDINGS, ending) ? wordClass(word.text) : 0;
}

/** Words before a list of names: "companies including X, Y", "Partner wie X". */
export const LIST_MARKERS = words('including include includes like namely wie darunter etwa inklusive einschließlich');
/** First words of the two-word list markers "such as", "among them", "unter anderem". */
const LIST_MARKER_STARTS = words('such among unter');
/** Words between a role and its organization: "CEO of X", "Gründer von X". */
export const ROLE_JOINERS = words('of von');

/** By word length, the first letters (bits for a–z) of the lowercase words that context rules start from. */
const CUE_FIRST_LETTERS = new Uint32Array(16);
for (const list of [LIST_MARKERS, LIST_MARKER_STARTS, ROLE_JOINERS]) {
	for (const word of list) {
		CUE_FIRST_LETTERS[word.length] |= 1 << (word.charCodeAt(0) - 97);
	}
}

/**
 * Whether the word `text[start, end)` may be a list marker or a role joiner, by its length and first letter
 * alone: true for them and for a few other words, so that rules starting from them skip most words without a
 * look at their strings.
 */
export function mayBeContextCue(text: string, start: number, end: number): boolean {
	const length = end - start;
	if (length >= CUE_FIRST_LETTERS.length || CUE_FIRST_LETTERS[length] === 0) {
		return false;
	}
	const letter = text.charCodeAt(start) - 97;
	return letter >= 0 && letter < 26 && (CUE_FIRST_LETTERS[length] & (1 << letter)) !== 0;
}

/** Words repeat across a corpus: one memo lookup replaces a dozen set lookups, and stays bounded. */
const wordClasses = new Map<string, number>();
const WORD_CLASS_MEMO_LIMIT = 100_000;

/** The `Word` bits of `word`: which of the lists above it is in. */
export function wordClass(word: string): number {
	const bits = wordClasses.get(word);
	return bits !== undefined ? bits : rememberWordClass(word);
}


/** A word that never starts a name: a function word, or a seat adjective ("Lodz-based Amber Pharma"). */
export function isLeadingStopword(word: string): boolean {
	return (wordClass(word) & Word.Stopword) !== 0;
}

/** Kept apart from `wordClass` so that the memo hit stays a small function that inlines. */
function rememberWordClass(word: string): number {
	let bits = 0;
	for (const [list, bit] of WORD_LISTS) {
		if (list.has(word)) {
			bits |= bit;
		}
	}
	if (germanOrganizationSuffix(word) > 0) {
		bits |= Word.GermanOrganizationHead;
	}
	if (isPersonRole(word)) {
		bits |= Word.PersonRole;
	}
	if (GERMAN_DISTRICT_COMPOUND.test(word)) {
		bits |= Word.GermanDistrictPrefix;
	}
	if (GERMAN_INDUSTRY_COMPOUND.test(word)) {
		bits |= Word.OrganizationDesignator | Word.WeakOrganizationHead;
	}
	if (LOCATED_BODY_HEADS.test(word)) {
		bits |= Word.LocatedBodyHead;
	}
	if (SEAT_ADJECTIVE.test(word)) {
		bits |= Word.Stopword;
	}
	if (COMPANY_DESCRIPTOR.test(word)) {
		bits |= Word.Stopword | Word.CompanyDescriptor;
	}
	if (wordClasses.size >= WORD_CLASS_MEMO_LIMIT) {
		wordClasses.clear();
	}
	wordClasses.set(word, bits);
	return bits;
}
