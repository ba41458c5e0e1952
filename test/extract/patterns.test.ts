import { describe, expect, it } from 'vitest';
import { extract, hasTriple, node, relations, triples } from './helpers';

// Sentences written for these tests; none come from the sample corpus.
describe('relation patterns', () => {
  it('reads an active subject–verb–object clause', () => {
    const g = extract('Poland launched 40 drones at the Belarusian border.');
    expect(hasTriple(g, 'Poland', 'launch', 'drones')).toBe(true);
  });

  it('keeps negation and phrasal particles in the label', () => {
    const g = extract('Hungary did not sign the declaration. Later, Austria ruled out new sanctions.');
    const labels = relations(g);
    expect(labels).toContain('Hungary --did not sign--> declaration');
    expect(triples(g).some(([s, p, o]) => s === 'Austria' && p.startsWith('rule') && o === 'sanctions')).toBe(true);
  });

  it('resolves a pronoun subject to the last person mentioned', () => {
    const g = extract('Finnish President Alexander Stubb arrived in Brussels on Tuesday. He rejected the proposal for a ceasefire.');
    expect(hasTriple(g, 'Alexander Stubb', 'reject', 'proposal')).toBe(true);
  });

  it('resolves a definite description to the named entity it points back to', () => {
    const g = extract('Siemens Energy won the tender on Monday. The company will build the converter station.');
    expect(hasTriple(g, 'Siemens Energy', 'build', 'converter station')).toBe(true);
    const business = extract('Vantrex Motors reported higher sales. The carmaker will build a plant in Poland.');
    expect(hasTriple(business, 'Vantrex Motors', 'build', 'Poland')).toBe(true);
  });

  it('reads a phrase a modal follows, after a verb that takes a clause, as the clause\'s subject, not the verb\'s object ("hoped the tools would …")', () => {
    const g = extract('Ana Ruiz hoped the Vantrex tools would speed up drug discovery. Ana Ruiz expects Halden Corp will sue Vantrex Foods.');
    expect(relations(g).filter((r) => r.startsWith('Ana Ruiz'))).toEqual([]);
    expect(relations(g)).toContain('Halden Corp --will sue--> Vantrex Foods');
    // A role's owner is not its holder: "the Ohio senator" did not sue.
    expect(relations(extract('Ana Ruiz felt the Ohio senator would sue Vantrex Foods.')).filter((r) => r.startsWith('Ohio'))).toEqual([]);
  });

  it('resolves "the court" to a court the story named, and to no other organisation', () => {
    const g = extract('The International Criminal Court issued two warrants on Thursday. The court also issued a warrant for Mohammed Deif.');
    expect(relations(g)).toContain('International Criminal Court --issued warrant for--> Mohammed Deif');
    expect(relations(extract('The Supreme Court of Canada heard the case. The court fined Vantrex Foods.'))).toContain('Supreme Court of Canada --fined--> Vantrex Foods');
    expect(relations(extract('Orion Cloud sued Vantrex Foods on Monday. The court fined Halden Corp.')).filter((r) => r.endsWith('Halden Corp'))).toEqual(['court --fined--> Halden Corp']);
  });

  it('reads prosecutors and investigators of a country as the country, as subjects and as agents ("was charged by U.S. prosecutors")', () => {
    expect(relations(extract('Tom Hale was charged by U.S. prosecutors on Monday.'))).toContain('United States --charged--> Tom Hale');
    expect(relations(extract('U.S. prosecutors charged Tom Hale on Monday.'))).toContain('United States --charged--> Tom Hale');
  });

  it('reads a bare participle right after a noun, its agent after it, as done to that noun ("output cuts agreed by OPEC+"), not to the clause\'s subject', () => {
    const g = extract('Vantrex Foods reported lower profit, hurt by output cuts agreed by OPEC+.');
    expect(relations(g)).toContain('OPEC --agreed--> output cuts');
    expect(relations(g)).not.toContain('OPEC --agreed--> Vantrex Foods');
    // The head before its complements, the name a description is set off after; never a measure.
    expect(relations(extract('Talks were held by the Halden Group of countries led by Norway.'))).toContain('Norway --led--> Halden Group');
    expect(relations(extract('Tom Hale, another player dumped by Norway, scored twice.'))).toContain('Norway --dumped--> Tom Hale');
    expect(relations(extract('The party won 37 percent followed by Vantria.')).filter((r) => r.startsWith('Vantria'))).toEqual([]);
    // "the Constitutional Democratic Party of Japan, led by …": the party, not its country.
    expect(relations(extract('The opposition Kestrel Party of Japan, led by former prime minister Tom Hale, nearly doubled its seats.'))).toContain('Tom Hale --led--> Kestrel Party');
    // "OPEC and allies led by Russia": a common noun alone, not a name coordinated before it.
    expect(relations(extract('The group includes Vantrex Foods and partners led by Lena Vogt.'))).toEqual(['Lena Vogt --led--> partners']);
    expect(relations(extract('Outages affected homes and businesses served by Orion Power.'))).toEqual(expect.arrayContaining(['Orion Power --served--> homes', 'Orion Power --served--> businesses']));
  });

  it('reads "as" opening a clause after an object as saying when, not what the object is ("reported a loss as a strike halted production")', () => {
    expect(relations(extract("Vantrex Foods reported a loss as a machinists' strike halted production."))).toEqual(['Vantrex Foods --reported--> loss']);
  });

  it('types names given as examples of a kind of organisation as organisations ("shipping companies including Maersk")', () => {
    expect(node(extract('Shipping companies including Maersk have diverted vessels around Africa.'), 'Maersk')?.type).toBe('Organization');
  });

  it('types where a group of employees works as an organisation ("analysts at Jefferies")', () => {
    expect(node(extract('Analysts at Jefferies said a deal would face resistance.'), 'Jefferies')?.type).toBe('Organization');
    // The analysts speak, not the name the preposition governs.
    expect(node(extract('Analysts at Mizuho said the plan was unlikely to work.'), 'Mizuho')?.type).toBe('Organization');
  });

  it('resolves a description with a nationality ("the Italian bank"), preferring a name whose last word is its noun, not a name ending in its letters', () => {
    const g = extract('Vantrex Credit raised its stake in Nordbank to 21 percent, the Italian bank said, defying Berlin.');
    expect(relations(g)).toContain('Vantrex Credit --defying--> Berlin');
    const named = extract('Vantrex Credit raised its stake in Nordbank to 21 percent, the bank said, defying Berlin.');
    expect(relations(named)).toContain('Vantrex Credit --defying--> Berlin');
  });

  it('takes a description for the unnamed thing of that kind the last sentence was about, not for a named one', () => {
    const g = extract('Jean Kaseya, head of the Africa Centres for Disease Control, said doses were short. Congo\'s health ministry said it had recorded 16,000 cases. The ministry blamed poor sanitation.');
    expect(triples(g).filter(([, p]) => p === 'blame')).toEqual([]);
  });

  it('resolves a description whose noun alone says little ("the group", "the country"), and makes no end of it where it names nothing', () => {
    const g = extract('Human Rights Watch said the arrest was overdue. Kenya criticised the group. The group urged Kenya to protect witnesses. Later the country signed a deal with Siemens.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Kenya --criticised--> Human Rights Watch', 'Human Rights Watch --urged--> Kenya', 'Kenya --signed deal with--> Siemens']));
    expect(relations(extract('The group met on Monday. The group criticised the plan.'))).toEqual([]);
  });

  it('takes "they" to be the institutions named as subjects earlier in the sentence, or an organisation that said it', () => {
    const g = extract('Oslo and Helsinki have said they will supply Ukraine with air-defence systems.');
    expect(hasTriple(g, 'Oslo', 'supply', 'Ukraine')).toBe(true);
    expect(hasTriple(g, 'Helsinki', 'supply', 'Ukraine')).toBe(true);
    // An organisation saying it, but not one acting on others ("opened investigations into … over concerns that they …").
    expect(hasTriple(extract('Orion Cloud said they would cut prices.'), 'Orion Cloud', 'cut', 'prices')).toBe(true);
    const acted = extract('The Halvia Commission opened investigations into Orion Cloud and Vantrex Foods over concerns that they had broken the law.');
    expect(triples(acted).filter(([s, p]) => s === 'Halvia Commission' && p === 'break'), JSON.stringify(triples(acted))).toEqual([]);
  });

  it('splits coordinated subjects into one edge each', () => {
    const g = extract('Senator Maria Lopez and Senator John Harlow withdrew from the negotiations.');
    expect(hasTriple(g, 'Maria Lopez', 'withdraw', 'negotiations')).toBe(true);
    expect(hasTriple(g, 'John Harlow', 'withdraw', 'negotiations')).toBe(true);
  });

  it('turns the passive voice around to its agent', () => {
    const g = extract('The HIMARS launchers were delivered by Norway last spring.');
    expect(hasTriple(g, 'Norway', 'deliver', 'HIMARS')).toBe(true);
  });

  it('reads every agent of a list past each one\'s institution, and no description set off by a comma as one of them', () => {
    const g = extract('The Heron team met. It is led by Anjali Rao of the University of Chicago and Tomasz Wisniewski of CERN, the European physics laboratory near Geneva. Kennedy was shot by Lee Oswald, a former Marine, in Dallas.');
    expect(hasTriple(g, 'Anjali Rao', 'lead', 'Heron')).toBe(true);
    expect(hasTriple(g, 'Tomasz Wisniewski', 'lead', 'Heron')).toBe(true);
    expect(hasTriple(g, 'Anjali Rao', 'affiliated with', 'University of Chicago')).toBe(true);
    expect(triples(g).filter(([s, p]) => (p === 'lead' || p === 'shoot') && s !== 'Anjali Rao' && s !== 'Tomasz Wisniewski' && s !== 'Lee Oswald')).toEqual([]);
    // An "and" further on makes the phrases after commas a list.
    const list = extract('Norway is buying the tanks, the rifles, and the missiles.');
    expect(triples(list).filter(([s, p]) => s === 'Norway' && p === 'buy').map(([, , o]) => o).sort()).toEqual(['missiles', 'rifles', 'tanks']);
    // Not an "and" that opens a clause of its own.
    const clause = extract('Orion invested in Vantrex, a rival of Halden, and regulators in Oslo are examining the deal.');
    expect(triples(clause).filter(([s, p]) => s === 'Orion' && p === 'invest').map(([, , o]) => o)).toEqual(['Vantrex']);
  });

  it('reads "made by" as naming a maker when both ends are named, and a made decision as nothing', () => {
    const g = extract('The Bayraktar, made by the Turkish firm Baykar, flew again. A decision was made by Baykar in May.');
    expect(hasTriple(g, 'Baykar', 'make', 'Bayraktar')).toBe(true);
    expect(triples(g).filter(([, p]) => p === 'make')).toHaveLength(1);
  });

  it('reads "alongside", "behind" and "beyond" as prepositions, which compromise calls adjectives, not as parts of the object', () => {
    const g = extract('Ukraine fought alongside Poland. Hamas fighters hid behind the Al-Shifa hospital. Russia struck targets beyond Kharkiv.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Ukraine --fought alongside--> Poland', 'Hamas --hid behind--> hospital', 'Russia --struck targets beyond--> Kharkiv']));
    expect(relations(g).filter((r) => /--(?:fought|hid)-->/.test(r))).toEqual([]);
  });

  it('keeps an acronym that is also a word ("WHO"), and reads "director-general" as a director\'s office', () => {
    const g = extract('The World Health Organization declared an emergency. WHO Director-General Tedros Adhanom Ghebreyesus urged Liberia and Sierra Leone to act. U.N. Secretary-General Antonio Guterres agreed.');
    expect(hasTriple(g, 'Tedros Adhanom Ghebreyesus', 'director', 'WHO'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Antonio Guterres', 'secretary', 'United Nations')).toBe(true);
    expect(node(g, 'Sierra Leone')?.type).toBe('Place');
  });

  it('gives what is sent to coordinated names to each of them ("offered assistance to both Turkey and Syria")', () => {
    const g = extract('Vladimir Putin offered assistance to both Turkey and Syria. Vantrex Foods sold the unit to Orion Cloud and Tom Hale.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Vladimir Putin --offered to--> Turkey', 'Vladimir Putin --offered to--> Syria', 'Vantrex Foods --sold to--> Orion Cloud', 'Vantrex Foods --sold to--> Tom Hale']));
    expect(relations(extract('Orion Cloud dealt the worst defeat yet to Tom Hale.'))).toContain('Orion Cloud --dealt to--> Tom Hale');
  });

  it('types a name before "family" or "clan" a person ("members of the Sackler family")', () => {
    const g = extract('The deal would have shielded members of the Vantrell family from lawsuits. Police arrested members of the Halvardsen clan.');
    expect([node(g, 'Vantrell')?.type, node(g, 'Halvardsen')?.type]).toEqual(['Person', 'Person']);
  });

  it('reads "Justice" before a name as a judge\'s title, not a short form of the Justice Department', () => {
    const g = extract('The Justice Department sued Orion Cloud. Chief Justice Ana Ruiz and Justice Tom Hale joined the liberal members.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Ana Ruiz --joined--> liberal members', 'Tom Hale --joined--> liberal members']));
    expect(node(g, 'Justice Department')?.aliases).not.toContain('Justice');
  });

  it('reads a sum written in words ("billions of dollars") as a sum, and goes on to what it went to', () => {
    expect(relations(extract('Orion Cloud has invested billions of dollars in Vantrex Foods.'))).toEqual(['Orion Cloud --has invested in--> Vantrex Foods']);
  });

  it('reads a role owned on the left "of" its owner, whatever preposition follows the role, and "the WHO\'s" as an article and a name', () => {
    const g = extract("Ana Ruiz, Orion Cloud's director for Asia, resigned. Maria Van Kerkhove, the WHO's director for epidemic threat management, spoke.");
    expect(relations(g)).toEqual(expect.arrayContaining(['Ana Ruiz --director of--> Orion Cloud', 'Maria Van Kerkhove --director of--> WHO']));
  });

  it('knows clubs named by a common word, and a coach\'s club', () => {
    const g = extract('Arsenal beat Manchester City 2-1 on Sunday. City coach Pep Guardiola refused to blame the referee.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Arsenal --beat--> Manchester City', 'Pep Guardiola --coach of--> Manchester City']));
  });

  it('reads a girlfriend set off after a name as a relation to a person, and who is directed to act as the one who acts', () => {
    const g = extract('Tom Hale was jailed. His former girlfriend, Lena Vogt, testified against him. Ana Ruiz had directed Tom Hale to bribe Nordvik Shipping.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Lena Vogt --girlfriend of--> Tom Hale', 'Tom Hale --bribe--> Nordvik Shipping']));
  });

  it('ends a list at "and" before an owner whose phrase has its own verb ("and Jacob Zuma\'s new MK party took …")', () => {
    const g = extract("The Democratic Alliance came second with 22 percent, and former president Jacob Zuma's new MK party took 15 percent.");
    expect(relations(g).filter((r) => r.includes('Jacob Zuma'))).toEqual([]);
  });

  it('reads the objects a pair opens with "both" ("led both the Bank of Canada and the Bank of England")', () => {
    const g = extract('Tom Hale, who led both the Bank of Halvia and the Orion Fund, has not said whether he will run.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Tom Hale --led--> Bank of Halvia', 'Tom Hale --led--> Orion Fund']));
  });

  it('reads a share of the object as the object ("is funding most of the mission", "control much of Port-au-Prince")', () => {
    const g = extract('Vantrex Foods is funding most of the mission. Gangs control much of Port-au-Prince. Orion Cloud will not cancel any of its Halden orders.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Vantrex Foods --is funding--> mission', 'gangs --control--> Port-au-Prince', 'Orion Cloud --will not cancel--> halden orders']));
  });

  it('reads a quantity or a measure of the object as the object ("restructure $6.3 billion of debt", "leased 20 km of coastline")', () => {
    const g = extract('Vantrex Foods will restructure $6.3 billion of debt. Orion Cloud owns 8% of Halden Group. Kestia leased 20 km of coastline. Kestia also crashed millions of computers. The Dravia Party holds only three of the 225 seats.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Vantrex Foods --will restructure--> debt', 'Orion Cloud --owns--> Halden Group', 'Kestia --leased--> coastline', 'Kestia --crashed--> computers', 'Dravia Party --holds--> seats']));
  });

  it('reads the noun of a compound preposition ("on behalf of", "in favour of") as no object, and what its "of" leads to as one', () => {
    const g = extract('Halden Corp, which bargains on behalf of Orion Cloud, said so. Vantrex Foods acted in favour of Orion Cloud.');
    expect(relations(g).filter((r) => /behalf|favour/.test(r.split('--> ')[1]!))).toEqual([]);
    expect(relations(g)).toEqual(expect.arrayContaining(['Halden Corp --bargains on behalf of--> Orion Cloud', 'Vantrex Foods --acted in favour of--> Orion Cloud']));
  });

  it('reads what a verb says is owned as no person, however the tagger read its name', () => {
    const g = extract('Vantrex Foods, which also owns Haskins, said its profit rose.');
    expect(node(g, 'Haskins')?.type).toBe('Organization');
    expect(node(extract('The Lakers acquired Tom Haskins in June.'), 'Tom Haskins')?.type).toBe('Person');
  });

  it('reads "on condition" as no object ("had approved on condition that …")', () => {
    const g = extract("The probe concerned Orion Cloud's purchase of Halden Group, which Kestia had approved on condition that Orion Cloud did not raise prices.");
    expect(relations(g).filter((r) => r.endsWith('condition'))).toEqual([]);
  });

  it('types where analysts work, or an economist, an organisation, however the tagger reads its name', () => {
    const g = extract('Analysts at Kestler said the deal was good. Zaid Okoro, an economist at Whitcombe, said so.');
    expect(['Kestler', 'Whitcombe'].map((name) => node(g, name)?.type)).toEqual(['Organization', 'Organization']);
  });

  it('takes what "which" or "whom" stands for as the object of a relative clause\'s verb with none after it', () => {
    const g = extract('Halden Group, which Orion Cloud bought in 2019, said profits rose. Tom Hale, whom Vantrex Foods blamed for the losses, resigned. There were reports that Kestia attacked on Monday.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Orion Cloud --bought--> Halden Group', 'Vantrex Foods --blamed--> Tom Hale']));
    expect(relations(g).filter((r) => r.includes('losses') || r.startsWith('Kestia'))).toEqual([]);
    // "which" after a phrase a preposition governs may stand for the whole clause.
    const clause = extract('Beijing has denied that it allowed fentanyl to flow into Kestia, which Tom Hale cited as a reason for the tariffs.');
    expect(relations(clause).filter((r) => r.startsWith('Tom Hale'))).toEqual([]);
  });

  it('reads a past participle right after a preposition as describing what follows, so the name stays in the phrase ("supporters of jailed former Prime Minister …")', () => {
    const g = extract('Thousands of supporters of jailed former Prime Minister Tom Hale clashed with police in Kestia on Tuesday.');
    expect(triples(g).filter(([s]) => s === 'Tom Hale'), JSON.stringify(triples(g))).toEqual([]);
  });

  it('reads a headline\'s past tense with a named agent after its object as a passive ("Apple fined 1.8 billion euros by EU")', () => {
    const g = extract('Halden Group fined 1.8 billion euros by Kestia\n\nOSLO (Newswire) - The fine was the first for the company. Halden Group raised prices by 10%.');
    expect(triples(g).filter(([, p]) => p === 'fine'), JSON.stringify(triples(g))).toEqual([['Kestia', 'fine', 'Halden Group']]);
  });

  it('reads a headline\'s phrasal past tense with an agent past its place as a passive ("Djokovic knocked out in Madrid by …")', () => {
    const g = extract('Tom Hale knocked out in Madrid by Ana Ruiz\n\nMADRID (Newswire) - Hale lost on Saturday.');
    expect(triples(g).filter(([, p]) => p === 'knock out'), JSON.stringify(triples(g))).toEqual([['Ana Ruiz', 'knock out', 'Tom Hale']]);
  });

  it('places no name hyphened to a participle in the place that owns the phrase ("Yemen\'s Iran-aligned Houthi militants")', () => {
    const g = extract("Syria's Turkey-backed rebels attacked a ship. Zambia's Kafue River flooded the valley.");
    expect(triples(g).filter(([, p]) => p === 'located in'), JSON.stringify(triples(g))).toEqual([['Kafue River', 'located in', 'Zambia']]);
  });

  it('keeps names joined inside a prepositional phrase, or in a phrase opening the sentence, out of the subject', () => {
    const g = extract('Families of the people killed in the crashes in Indonesia and Ethiopia had urged Orion Cloud to pay. In Kyiv, Russia and Ukraine signed a truce.');
    expect(relations(g).filter((r) => /^(Indonesia|Ethiopia|Kyiv) /.test(r))).toEqual([]);
    expect(relations(g)).toEqual(expect.arrayContaining(['Russia --signed--> truce', 'Ukraine --signed--> truce']));
    expect(relations(g)).not.toContain('Kyiv --in--> Russia');
    // People from named bodies act for them, though the bodies sit in a prepositional phrase.
    const mediators = extract('Mediators from Brazil, Vantrex Group and Norway opened a new round of talks with Orion Cloud.');
    expect(triples(mediators).filter(([, p, o]) => p === 'open' && o === 'Orion Cloud').map(([s]) => s).sort()).toEqual(['Brazil', 'Norway', 'Vantrex Group']);
    // Nor examples of a noun a control verb takes, which act as the noun would.
    const examples = extract('The law forces platforms such as Vantrex Group, Halden Media and Orion Cloud to stop minors from holding accounts.');
    expect(triples(examples).filter(([, p]) => p === 'stop').map(([s]) => s).sort()).toEqual(['Halden Media', 'Orion Cloud', 'Vantrex Group']);
    // Nor those a list "and" ends names, before a participle clause whose subject is the clause's.
    const list = extract('The Vantrex Party won control of Oslo, Bergen and other big cities in local elections on Sunday, dealing a defeat to Tom Hale.');
    expect(relations(list)).toContain('Vantrex Party --dealing to--> Tom Hale');
    expect(relations(list).filter((r) => /^(Oslo|Bergen) /.test(r))).toEqual([]);
    // A capital still lies in the state a dateline names, and no place lies in a possessive after it.
    expect(relations(extract('BELGRADE, Yugoslavia (AP) - Talks began.'))).toContain('Belgrade --in--> Yugoslavia');
    expect(relations(extract("It was conveyed by the Brazilian Embassy in London, Argentina's representative there."))).not.toContain('London --in--> Argentina');
  });

  it('reads a demonym after a place and a comma as opening a phrase, not as the place\'s country ("Vantrovia, Turkish President … said")', () => {
    const g = extract('Ethiopia signed a port deal with the breakaway region of Vantrovia, Turkish President Tayyip Erdogan said.');
    expect(relations(g)).not.toContain('Vantrovia --in--> Turkey');
    expect(relations(g)).toContain('Tayyip Erdogan --president of--> Turkey');
    expect(relations(extract('Shelling hit Vantrovia, Ukraine, on Monday.'))).toContain('Vantrovia --in--> Ukraine');
  });

  it('reads past a title to the name after a preposition ("negotiate with RSF leader Mohamed Dagalo")', () => {
    const g = extract('General Abdel Burhan has refused to negotiate with RSF leader Mohamed Dagalo.');
    expect(relations(g)).toContain('Abdel Burhan --has refused to negotiate with--> Mohamed Dagalo');
  });

  it('never takes "them" that a verb asks to act for that verb\'s own subjects ("urged them to agree")', () => {
    const g = extract('Saudi Arabia and the United States urged them to agree to a ceasefire. Denmark and Norway have said they will arm Ukraine.');
    expect(relations(g).filter((r) => r.includes('agree'))).toEqual([]);
    expect(relations(g)).toEqual(expect.arrayContaining(['Denmark --will arm--> Ukraine', 'Norway --will arm--> Ukraine']));
  });

  it('reads "that" before a plural as opening a clause, not pointing at the plural ("ruled that prosecutors had …")', () => {
    const g = extract('Judge Mary Sommer ruled that prosecutors had withheld evidence from Alec Baldwin.');
    expect(relations(g).filter((r) => r.startsWith('Mary Sommer'))).toEqual([]);
  });

  it('reads "general counsel" as a counsel\'s office, not a general\'s', () => {
    const g = extract("Orion Cloud was fined. Ana Ruiz, Orion Cloud's general counsel, said it would appeal.");
    expect(triples(g).filter(([s, , o]) => s === 'Ana Ruiz' && o === 'Orion Cloud').map(([, p]) => p)).toEqual(['counsel']);
  });

  it('reads a bare verb between two people\'s names as the verb, though compromise calls it a person there ("Alcaraz beat Sinner")', () => {
    const g = extract('Carlos Alcaraz beat Jannik Sinner in five sets on Sunday. Reform UK candidate Dean Harlow won the seat.');
    expect(hasTriple(g, 'Carlos Alcaraz', 'beat', 'Jannik Sinner'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).some(([, p]) => p === 'candidate')).toBe(false);
    // Nor a noun for a person by its ending.
    expect(triples(extract('Texas billionaire Tom Hale will be allowed to join the debates.')).filter(([s]) => s === 'Texas')).toEqual([]);
    // Not a noun a name ending in a demonym qualifies.
    const bloc = extract('The West African bloc Ecowas threatened to use force.');
    expect(triples(bloc).filter(([, p]) => p === 'bloc')).toEqual([]);
    expect(triples(bloc)).toContainEqual(['Ecowas', 'use', 'force']);
  });

  it('finds the subject of a clause a subordinator opens before a titled name ("after President Joe Biden blocked …")', () => {
    const g = extract('Nippon Steel kept its bid, even after President Joe Biden blocked the deal. Shares fell after Judge Ada Klein announced the decision.');
    expect(hasTriple(g, 'Joe Biden', 'block', 'deal'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Ada Klein', 'announce', 'decision')).toBe(true);
  });

  it('reads a relation to a person written as a role ("his lawyer, Neil Hall", "a lawyer for Tom Hayes") as held with that person', () => {
    const g = extract('Tom Hayes was convicted on Tuesday. His lawyer, Neil Hall, said he would appeal. Ada Klein, a lawyer for Ivo Brandt, declined to comment. Putin\'s adviser, Lena Vogt, spoke.');
    expect(hasTriple(g, 'Neil Hall', 'lawyer', 'Tom Hayes'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Ada Klein', 'lawyer', 'Ivo Brandt')).toBe(true);
    expect(hasTriple(g, 'Lena Vogt', 'adviser', 'Putin')).toBe(true);
  });

  it('reads a trade\'s noun after an organisation\'s name as a person working there, not as the organisation ("a former Barclays trader")', () => {
    const g = extract('A court jailed a former Barclays trader for five years. Daniel Dewey, another former CBOT trader, wore a wig.');
    expect(relations(g)).toContain('court --jailed trader of--> Barclays');
    expect(relations(g).filter((r) => r.endsWith('--jailed--> Barclays'))).toEqual([]);
    expect(hasTriple(g, 'Daniel Dewey', 'trader', 'CBOT')).toBe(true);
  });

  it('types a name after a noun for an organisation as one, though compromise reads "firm" as an adjective, but not after a trade', () => {
    const g = extract('The drones came from the Turkish firm Baykar. Its largest investor, the Singapore state fund Temasek, sold no shares. Fashion designer Anna Vos spoke.');
    expect(node(g, 'Baykar')?.type).toBe('Organization');
    expect(hasTriple(g, 'Baykar', 'based in', 'Turkey')).toBe(true);
    expect(node(g, 'Temasek')?.type).toBe('Organization');
    expect(node(g, 'Anna Vos')?.type).toBe('Person');
    // Nor after a noun for one that distributes or provides.
    expect(node(extract('Vantrex Foods sold part of its stake in drug distributor Haskins to raise cash.'), 'Haskins')?.type).toBe('Organization');
    const arm = extract('Deutsche Bahn will not sell its logistics arm Schenker, Lutz said. Schenker employs 72,000 people.');
    expect(node(arm, 'Schenker')?.type).toBe('Organization');
    const noNames = extract('Shares offered by company N / A. Ana Ruiz worked on network TV shows.');
    expect(node(noNames, 'N')).toBeUndefined();
    expect(node(noNames, 'TV')).toBeUndefined();
  });

  it('types a name set off after a noun for an organisation as one ("her publisher, Penguin Random House")', () => {
    const g = extract('Her death was announced by her publisher, Penguin Random House. The Norwegian lender, Vostbank, said profits fell. His agent, Lena Moor, declined to comment.');
    expect(node(g, 'Penguin Random House')?.type).toBe('Organization');
    expect(node(g, 'Vostbank')?.type).toBe('Organization');
    expect(hasTriple(g, 'Vostbank', 'based in', 'Norway')).toBe(true);
    expect(node(g, 'Lena Moor')?.type).toBe('Person');
  });

  it('reads a place described as another\'s ("Antwerp is Europe\'s main port") as lying there, and not one described by a phrase that runs on into a role word ("China is Brazil\'s largest trading partner")', () => {
    const g = extract("Antwerp is Europe's main port. China is Brazil's largest trading partner.");
    expect(triples(g)).toEqual([['Antwerp', 'located in', 'Europe']]);
  });

  it('reads a name set off before a noun only organisations are, which an organisation modifies, as that organisation\'s ("Denso, a Toyota affiliate")', () => {
    const g = extract('The sensors were supplied by Halden Gears, a Vantrex affiliate. Orion Cloud, a Vantrex subsidiary, cut jobs.');
    expect(triples(g).filter(([, , o]) => o === 'Vantrex')).toEqual([['Halden Gears', 'affiliate', 'Vantrex'], ['Orion Cloud', 'subsidiary', 'Vantrex']]);
    expect([node(g, 'Halden Gears')?.type, node(g, 'Orion Cloud')?.type]).toEqual(['Organization', 'Organization']);
  });

  it('reads a maker or a supplier after a name as the brand it makes or the customer it supplies, and what it names as a business ("Pringles maker Kellanova")', () => {
    const g = extract('Shares of Kestrel Crisps maker Vantrex rose. Tylenol maker Kestvue cut jobs. Boeing supplier Orvane Gears grew. BBC producer Ana Ruiz quit.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Vantrex --maker of--> Kestrel Crisps', 'Orvane Gears --supplier of--> Boeing', 'Ana Ruiz --producer at--> BBC']));
    expect([node(g, 'Vantrex')?.type, node(g, 'Kestvue')?.type, node(g, 'Ana Ruiz')?.type]).toEqual(['Organization', 'Organization', 'Person']);
  });

  it('gives a title no one owns, before the name an organisation\'s verb of dismissal takes, to that organisation ("Liverpool fired manager Arne Slot"), not one a verb of hiring takes', () => {
    const fired = extract('Vantrex United fired manager Tom Hale on Monday.');
    expect(relations(fired)).toContain('Tom Hale --manager of--> Vantrex United');
    const hired = extract('Vantrex Foods hired chief economist Ana Ruiz on Monday.');
    expect(relations(hired).filter((r) => r.startsWith('Ana Ruiz'))).toEqual([]);
  });

  it('gives a player a country names the country as whom he plays for, and anyone else it names the country as where they are based', () => {
    const g = extract('Halden City signed Norway midfielder Tom Hale on Thursday. Ana Ruiz, an Atlanta architect, designed the stadium.');
    expect(triples(g).filter(([, p]) => p !== 'sign' && p !== 'design')).toEqual([['Tom Hale', 'midfielder', 'Norway'], ['Ana Ruiz', 'based in', 'Atlanta']]);
  });

  it('says where a name is based from a participle right after it, inside a phrase of another\'s ("a spokeswoman for Vantrex based in Troy")', () => {
    const g = extract('A spokeswoman for Vantrex based in Troy said the company would appeal. The offices of Kestrel Systems located in Lyon were closed.');
    expect(hasTriple(g, 'Vantrex', 'base', 'Troy'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Kestrel Systems', 'locate', 'Lyon')).toBe(true);
  });

  it('says where a description\'s company is based from a passive verb ("Shares in the company, which is based in Baar, rose")', () => {
    const g = extract('Vantrex Foods pleaded guilty on Tuesday. Shares in the company, which is based in Troy, rose 2%.');
    expect(hasTriple(g, 'Vantrex Foods', 'base', 'Troy'), JSON.stringify(triples(g))).toBe(true);
  });

  it('says where a name is based from a hyphenated description set off after it, not where a phrase opening the sentence is', () => {
    const g = extract('Kestrel, a Toulouse-based company, sold shares. In Paris, a Lyon-based firm protested. Human Rights Watch, a Geneva-based group, objected.');
    expect(hasTriple(g, 'Kestrel', 'based in', 'Toulouse')).toBe(true);
    // "group" says too little to be an end of its own, but the name it describes does not.
    expect(hasTriple(g, 'Human Rights Watch', 'based in', 'Geneva'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).filter(([s]) => s === 'Paris')).toEqual([]);
  });

  it('reads "the Beijing-based firm" as a description of the company named before, and a town with its region before the hyphen as where it is', () => {
    const g = extract(
      'Vantrex Foods welcomed the vote. The Beijing-based firm has denied sharing data with the Chinese government. Orion Cloud forecast strong sales. The Santa Clara, California-based company said it expected record revenue.',
    );
    expect(hasTriple(g, 'Vantrex Foods', 'based in', 'Beijing'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Vantrex Foods', 'share', 'Chinese government')).toBe(true);
    expect(hasTriple(g, 'Orion Cloud', 'based in', 'Santa Clara')).toBe(true);
    expect(hasTriple(g, 'Orion Cloud', 'expect', 'record revenue')).toBe(true);
    expect(triples(g).filter(([s]) => s === 'Santa Clara').map(([, p, o]) => `${p} ${o}`)).toEqual(['located in California']);
  });

  it('reads "-born" as where someone was born, said of the name a description is set off after', () => {
    const g = extract('Elias Brann, a Jerusalem-born engineer, was sentenced to death for the murder of Carl Grant. Leeson, the Belfast-born actor who was nominated for an Oscar, plays the lead.');
    expect(hasTriple(g, 'Elias Brann', 'born in', 'Jerusalem'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Elias Brann', 'murder', 'Carl Grant')).toBe(true);
    expect(hasTriple(g, 'Leeson', 'born in', 'Belfast')).toBe(true);
    expect(hasTriple(g, 'Leeson', 'nominate', 'Oscar')).toBe(true);
  });

  it('says where a name is from a description set off after it whose noun the tagger joined to another name, past a direction compromise reads as a noun', () => {
    const g = extract('Engineers at Vantrex Labs, the U.S. Navy laboratory east of Boston, said the test failed. Orbital Systems, the Norwegian Air Force depot west of Bergen, closed.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Vantrex Labs --laboratory east of--> Boston', 'Orbital Systems --depot west of--> Bergen']));
  });

  it('reads a hyphenated participle as a relation', () => {
    const g = extract('Rebels fired French-supplied SCALP missiles at the depot.');
    expect(triples(g).some(([s, p, o]) => s === 'France' && p === 'supply' && o === 'SCALP')).toBe(true);
    // Not one that says what a thing is like, and no part of the name after it: "Marxist-leaning", "French-speaking".
    const leaning = extract("Kestia elects Marxist-leaning Orsavo\n\nOSLO (Newswire) - Kestia's Marxist-leaning politician Tomas Orsavo won the election. French-speaking voters backed Orsavo.");
    expect(triples(leaning).filter(([, p]) => p === 'lean' || p === 'speak')).toEqual([]);
    expect(hasTriple(leaning, 'Kestia', 'elect', 'Tomas Orsavo'), JSON.stringify(triples(leaning))).toBe(true);
    // An abbreviation hyphened to its participle is the name and what it does; the pair only modifies the noun after it.
    const led = extract('The U.S.-led coalition struck targets with U.K.-supplied missiles.');
    expect(triples(led)).toEqual(expect.arrayContaining([['United States', 'lead', 'coalition'], ['United Kingdom', 'supply', 'missiles']]));
    expect(triples(led).filter(([, p]) => p === 'strike')).toEqual([]);
    expect(triples(extract('He described the U.S.-led aggression against Halvia.')).filter(([, , o]) => o === 'Halvia')).toEqual([]);
    // What a name's participle other than one of place qualifies is a new thing, no description of a name said before.
    const alliance = extract('Orion Cloud joined the Vantrex-led alliance on Monday.');
    expect(triples(alliance)).toEqual(expect.arrayContaining([['Orion Cloud', 'join', 'alliance'], ['Vantrex', 'lead', 'alliance']]));
    expect(alliance.filterNodes((_, a) => a.aliases.some((alias: string) => alias.includes('alliance')))).toEqual([]);
  });

  it('reads agent nouns and nominalisations with a by-agent', () => {
    const g = extract('Prosecutors said the assassination of Mayor Ana Ruiz by Carlos Mendez shocked the city. Ruiz assassin Mendez was sentenced.');
    expect(triples(g).filter(([s, p, o]) => s === 'Carlos Mendez' && o === 'Ana Ruiz' && p === 'assassinate').length).toBe(1);
    expect(hasTriple(g, 'Carlos Mendez', 'kill', 'Ana Ruiz')).toBe(true);
  });

  it('reads a nominalisation with a possessive agent', () => {
    const g = extract("Sweden's delivery of Archer howitzers to Ukraine was confirmed.");
    expect(hasTriple(g, 'Sweden', 'deliver', 'Archer')).toBe(true);
  });

  it('links titles to their country or organisation', () => {
    const g = extract(
      'French President Emmanuel Macron spoke first. Italy\'s Foreign Minister, Antonio Tajani, agreed. Kremlin spokesman Dmitry Peskov declined to comment.',
    );
    const labels = relations(g);
    expect(labels).toContain('Emmanuel Macron --president of--> France');
    expect(labels).toContain('Antonio Tajani --foreign minister of--> Italy');
    expect(labels).toContain('Dmitry Peskov --spokesman of--> Kremlin');
  });

  it('reads "president of" before a bare name as a role and its owner, though compromise tags "of" a noun there', () => {
    const g = extract('Maria Olsen, president of Nordvik Plastics, said demand was high.');
    expect(relations(g)).toContain('Maria Olsen --president of--> Nordvik Plastics');
  });

  it('reads an abbreviated title after a place or an organisation as a role held there', () => {
    const g = extract('Nevada Gov. Arthur Quill signed the bill. The boat sank, said Coast Guard Lt. Dana Pike.');
    expect(relations(g)).toContain('Arthur Quill --governor of--> Nevada');
    expect(relations(g)).toContain('Dana Pike --lieutenant of--> Coast Guard');
  });

  it('takes the name a role is set off before as a verb\'s object ("killed the company\'s chief executive, Tom Hale,")', () => {
    const g = extract('Gunmen killed the company\'s chief executive, Tom Hale, on Monday. The Zorvak Brigade kidnapped the British trade minister, Alan Reed, in May.');
    expect(hasTriple(g, 'gunmen', 'kill', 'Tom Hale'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Zorvak Brigade', 'kidnap', 'Alan Reed')).toBe(true);
    expect(triples(g).some(([, p, o]) => p === 'kidnap' && o === 'United Kingdom')).toBe(false);
  });

  it('takes the name a person\'s role is set off before as a verb\'s object, not the person ("sentenced Mike Sonko\'s deputy, Anne Kananu,")', () => {
    const g = extract('A court on Friday sentenced Tom Hale\'s deputy, Ana Ruiz, to six years in prison.');
    expect(hasTriple(g, 'court', 'sentence', 'Ana Ruiz'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'court', 'sentence', 'Tom Hale')).toBe(false);
    expect(relations(g)).toContain('Ana Ruiz --deputy of--> Tom Hale');
  });

  it('takes the name a plural title of a side stands before as a verb\'s object ("beat holders Real Madrid")', () => {
    const g = extract('Halden United beat holders Kestrel City 4-3 on penalties. Ostra Rovers drew with champions Dalby Town.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Halden United --beat--> Kestrel City']));
    expect(triples(g).some(([, , o]) => o === 'holders' || o === 'champions')).toBe(false);
  });

  it('takes the titled name, not the role\'s owner, as a verb\'s object ("killed Phoenix newspaper reporter Don Bolles")', () => {
    const g = extract('Gunmen killed Tulsa radio reporter Hal Brenner in 1981.');
    expect(hasTriple(g, 'gunmen', 'kill', 'Hal Brenner')).toBe(true);
    expect(triples(g).some(([, , o]) => o === 'radio')).toBe(false);
  });

  it('reads where an organisation is based from a demonym and a noun for its kind, before its name or set off after it', () => {
    const g = extract('The Swedish carmaker Nordvagn recalled its vans. Prices rose at Kilbeggan Mills, the Irish brewer, on Monday.');
    expect(hasTriple(g, 'Nordvagn', 'based in', 'Sweden')).toBe(true);
    expect(hasTriple(g, 'Kilbeggan Mills', 'based in', 'Ireland')).toBe(true);
  });

  it('takes "the company" a role is held at for the organisation the text named before', () => {
    const g = extract('Brightvale Logistics raised its prices. Kari Nilsen, a spokeswoman for the company, said demand was strong.');
    expect(relations(g)).toContain('Kari Nilsen --spokeswoman for--> Brightvale Logistics');
  });

  it('reads "a company official" as an official of the company the text is about, not "council chairman" of any organisation', () => {
    const g = extract('Okonkwo Capital is preparing a bid, said Debra Holm, a company official. Former Pepco executive Ana Ruiz raised money, while council chairman Tom Reyes spent it.');
    expect(triples(g).some(([s, p, o]) => s === 'Debra Holm' && p === 'official' && o === 'Okonkwo Capital'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).filter(([s, , o]) => s === 'Tom Reyes' && o === 'Pepco')).toEqual([]);
  });

  it('finds a role\'s owner whose name is restated in brackets before the role', () => {
    const g = extract("MHP (Nationalist Movement Party) leader Kemal Arslan said he hoped for calm.");
    expect(triples(g).some(([s, p, o]) => s === 'Kemal Arslan' && p === 'leader' && ['MHP', 'Nationalist Movement Party'].includes(o)), JSON.stringify(triples(g))).toBe(true);
  });

  it('finds a role\'s owner before a role word that qualifies it', () => {
    const g = extract("Peru's chief debt negotiator, Ana Vidal, told reporters that the talks had stalled.");
    expect(triples(g).some(([s, p, o]) => s === 'Ana Vidal' && p === 'negotiator' && o === 'Peru'), JSON.stringify(triples(g))).toBe(true);
  });

  it('gives the relative clause of a description set off after a name, a role word and all, to that name', () => {
    const g = extract('The festival will honor Pavel Novak, a director-producer who grew up in Brno.');
    expect(hasTriple(g, 'Pavel Novak', 'grow up', 'Brno'), JSON.stringify(triples(g))).toBe(true);
  });

  it('gives the relative clause of a bare role or of "a" and a name set off after a name to that name', () => {
    const g = extract('Ana Ruiz, a lawyer who represented Orion Cloud, resigned. Tom Hale, a Democrat who led the Senate for 20 years, did not testify.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Ana Ruiz --represented--> Orion Cloud', 'Tom Hale --led--> Senate']));
  });

  it('gives a gerund right after a thing to that thing, not to the clause\'s subject, unless it is time spent, arms or where one went', () => {
    const g = extract('Tom Hale was jailed for his role in a bribery scheme involving Orion Cloud. Russia launched drones targeting Kyiv. Ana Ruiz walked into the lobby wearing a Vantrex Foods scarf.');
    expect(relations(g)).toContain('bribery scheme --involving--> Orion Cloud');
    expect(relations(g)).not.toContain('Tom Hale --involving--> Orion Cloud');
    expect(relations(g)).toContain('Russia --targeting--> Kyiv');
    const worn = relations(g).filter((r) => r.includes('wearing'));
    expect(worn.length).toBeGreaterThan(0);
    expect(worn.every((r) => r.startsWith('Ana Ruiz --wearing'))).toBe(true);
  });

  it('gives a verb inflected for tense after a modal one and "and" to the speaker who reported the modal one', () => {
    const g = extract('Ana Ruiz said Orion Cloud would buy Vantrex Foods and praised Tom Hale. Lena Vogt said Nordvik Shipping would buy Talvik Shipping and sell Kestrel Aerospace.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Ana Ruiz --praised--> Tom Hale', 'Nordvik Shipping --sell--> Kestrel Aerospace']));
    expect(relations(g)).not.toContain('Orion Cloud --praised--> Tom Hale');
  });

  it('ends a relative clause set off by commas at its closing one, before the list it interrupted goes on', () => {
    const g = extract('Ana Ruiz beat Tom Hale of the Kestrel Party, which favours closer ties with Halvia, and Peter Lund of the Orwell Party.');
    expect(relations(g)).toContain('Kestrel Party --favours ties with--> Halvia');
    expect(relations(g).filter((r) => r.includes('favours') && r.includes('Peter Lund'))).toEqual([]);
  });

  it('reads a name after ", and" that a relative clause opened by a preposition sets off as a new clause\'s subject ("and Orion, in which Vantrex owns a stake, could join")', () => {
    const g = extract('The two firms plan to set up a joint venture, and Orion Cloud, in which Vantrex Foods owns a 24% stake, could join the venture.');
    expect(relations(g)).toContain('Orion Cloud --could join--> venture');
    expect(relations(g).filter((r) => r.includes('set up') || r.startsWith('Vantrex Foods --could join'))).toEqual([]);
  });

  it('reads the name after "since" as its clause\'s subject past an aside ("since Tsai, the outgoing president, took office")', () => {
    const g = extract('Halvia has raised pressure on the island since Ana Ruiz, the outgoing president, took office in 2016.');
    expect(relations(g)).toContain('Ana Ruiz --took--> office');
    expect(relations(g)).not.toContain('Halvia --took--> office');
  });

  it('reads the phrase after "for" as the subject of the infinitive it opens ("his call for allies to supply")', () => {
    const g = extract('Ana Ruiz renewed her call for Halvia to supply more air defence systems.');
    expect(relations(g)).toContain('Halvia --supply--> air defence systems');
    expect(relations(g).filter((r) => r.startsWith('Ana Ruiz --supply'))).toEqual([]);
    // Not after a time or a verb of going: who leaves for a place goes there to do it.
    const going = extract('Tom Hale will leave that day for Halvia to attend a summit meeting.');
    expect(relations(going).filter((r) => r.startsWith('Halvia --attend'))).toEqual([]);
  });

  it('reads a promise made in words after a reported clause as the speaker\'s ("said Putin was to blame and vowed to continue")', () => {
    const g = extract('His widow, Ana Ruiz, said Tom Hale was personally responsible and vowed to continue his work.');
    expect(relations(g)).toContain('Ana Ruiz --vowed to continue--> work');
  });

  it('gives a participle after a comma the subject of the verb before, past that verb\'s titled object', () => {
    const g = extract('Ana Ruiz defeated former immigration minister Tom Hale in a vote of party members, winning 57% of the vote.');
    expect(relations(g)).toContain('Ana Ruiz --winning--> vote');
  });

  it('reads a place "the" opens before an adjective as modifying the phrase after it ("won the U.S. presidential election, defeating …")', () => {
    const g = extract('Ana Ruiz won the U.S. presidential election on Wednesday, defeating Vice President Tom Hale.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Ana Ruiz --won--> presidential election', 'Ana Ruiz --defeating--> Tom Hale']));
  });

  it('gives a participle after a comma the subject of the verb before, past a description in apposition to its object', () => {
    const g = extract('Rebel fighters seized the capital Valdora on Sunday, forcing President Tomas Herrera to flee the country.');
    expect(relations(g)).toContain('rebel fighters --forcing--> Tomas Herrera');
    expect(relations(g)).not.toContain('Valdora --forcing--> Tomas Herrera');
  });

  it('reads a verb group its first word inflects ("pledged to return", "has pledged") after a modal one as the speaker\'s', () => {
    const g = extract('Ana Ruiz said Orion Cloud would stay independent and pledged to return cash to investors. Lena Vogt said Nordvik Shipping would stay independent and would return cash.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Ana Ruiz --pledged to return--> cash', 'Nordvik Shipping --would return--> cash']));
    expect(relations(g)).not.toContain('Orion Cloud --pledged to return--> cash');
  });

  it('reads a participle right after the agent of a participle as said of the phrase that one describes ("a case brought by X accusing Y")', () => {
    const g = extract('The court ordered Halvia to halt its offensive near the town of Drinsk, in a case brought by Kestria accusing Halvia of genocide.');
    expect(relations(g).filter((r) => r.includes('--accusing-->') && !r.startsWith('case'))).toEqual([]);
  });

  it('reads a participle set off after a thing no name stands for as said of that thing, not of the clause\'s subject', () => {
    const g = extract('Orion Cloud has struggled to sell its memory chips, used in data centres. Orion Cloud reported a loss, caused by weak demand.');
    expect(relations(g).filter((r) => r.startsWith('Orion Cloud --used') || r.startsWith('Orion Cloud --caused'))).toEqual([]);
  });

  it('reads a participle of naming set off after a thing as the thing\'s name, not the speaker\'s act ("the missile, called Oreshnik,")', () => {
    const g = extract('Tom Hale said the missile, called Varnak, had been fired at Dornica. Ana Ruiz, in her first interview, called Lena Vogt her hero.');
    expect(relations(g).filter((r) => r.startsWith('Tom Hale --called') || r.startsWith('interview'))).toEqual([]);
  });

  it('gives a role coordinated with one set off after a name to that name', () => {
    const g = extract('Ernest Boyer, a national spokesman for reform and president of the Carnegie Foundation, spoke. M. F. Reshetnov, general designer and director of the Applied Mechanics Institute, agreed.');
    expect(relations(g)).toContain('Ernest Boyer --president of--> Carnegie Foundation');
    expect(relations(g)).toContain('M. F. Reshetnov --director of--> Applied Mechanics Institute');
  });

  it('reads a person named with a description of the organisation before, and never takes a description for the clause\'s own subject', () => {
    const g = extract('The Ohio Department of Health adopted new rules, said the department\'s Al Comproni.', 'Congress has ordered the department to study the site.');
    expect(hasTriple(g, 'Al Comproni', 'member of', 'Ohio Department of Health')).toBe(true);
    expect(relations(g)).toContain('Congress --has ordered--> department');
  });

  it('holds a company role named without its company at the company the text named before, but not "a chief executive"', () => {
    const g = extract('Brightvale Logistics raised its prices. Kari Nilsen is chief executive. A chief executive, Sam Roe, bought shares.');
    expect(relations(g)).toContain('Kari Nilsen --chief executive of--> Brightvale Logistics');
    expect(relations(g).filter((r) => r.startsWith('Sam Roe --chief'))).toEqual([]);
    const nothingBefore = extract('Kari Nilsen is chief executive.');
    expect(nothingBefore.size).toBe(0);
  });

  it('gives a verb in -ed after an aside the name the aside describes, not the aside\'s last name', () => {
    const g = extract('Darius Holt, the father of Ana Holt, died in Lyon. Carlos Perez, the president of Venezuela, arrived in Quito.');
    expect(relations(g)).toContain('Darius Holt --died in--> Lyon');
    expect(relations(g)).toContain('Carlos Perez --arrived in--> Quito');
    expect(relations(g).filter((r) => r.startsWith('Ana Holt') || r.startsWith('Venezuela'))).toEqual([]);
  });

  it('gives the role an appointing verb names after its object to that object, held at the role\'s owner or else at the appointer', () => {
    const g = extract('The board elected Tom Hale chairman of Vantrex Corp on Friday. Orbital Systems named Ana Ruiz president in March. Kestrel Aerospace appointed Maria Lopez chief executive.');
    expect(hasTriple(g, 'Tom Hale', 'chairman', 'Vantrex Corp'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Ana Ruiz', 'president', 'Orbital Systems')).toBe(true);
    expect(hasTriple(g, 'Maria Lopez', 'executive', 'Kestrel Aerospace')).toBe(true);
  });

  it('reads an appointment past "as", an article, adjectives and a possessive pronoun, and a role a function qualifies', () => {
    const g = extract(
      'Kestrel Aerospace appointed Maria Lopez as chief executive. Vantrex Foods has hired Tom Hale as its new finance director. Orbital Systems on Monday named Ana Ruiz chief financial officer.',
    );
    expect(hasTriple(g, 'Maria Lopez', 'executive', 'Kestrel Aerospace'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Tom Hale', 'director', 'Vantrex Foods')).toBe(true);
    expect(relations(g)).toContain('Ana Ruiz --chief financial officer of--> Orbital Systems');
  });

  it('gives taking someone\'s place after an appointment to the appointee', () => {
    const g = extract('Orbital Systems named Ana Ruiz chief executive on Monday, replacing Peter Lund. Vantrex Foods appointed Tom Hale president, succeeding Carla Mendes.');
    expect(hasTriple(g, 'Ana Ruiz', 'replace', 'Peter Lund'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Tom Hale', 'succeed', 'Carla Mendes')).toBe(true);
    expect(triples(g).filter(([s, p]) => (s === 'Orbital Systems' && p === 'replace') || (s === 'Vantrex Foods' && p === 'succeed'))).toEqual([]);
  });

  it('gives an appointer the role it gives, but a country\'s office only where the appointer is the country', () => {
    const g = extract('The Kestrel Party won a landslide, making Tom Hale prime minister. Orion Cloud named Ana Ruiz president. Kenya appointed Lena Vogt defence minister.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Ana Ruiz --president of--> Orion Cloud', 'Lena Vogt --defence minister of--> Kenya']));
    expect(relations(g).filter((r) => r.startsWith('Tom Hale'))).toEqual([]);
  });

  it('reads a noun after an appointed person as what the person is made at the institution after it', () => {
    const g = extract('Harbor Media said it has named Larry Jinks publisher of the Valley Courier. Ines Calloway was named captain of Dunmore Rovers.');
    expect(relations(g).filter((r) => r.includes('Larry Jinks'))).toEqual(['Harbor Media --has named as publisher--> Larry Jinks', 'Larry Jinks --publisher of--> Valley Courier']);
    expect(relations(g)).toContain('Ines Calloway --captain of--> Dunmore Rovers');
  });

  it('reads a role given "to be" after an appointed person whose place is named, and one coordinated with an occupation', () => {
    const g = extract("The governors elected Ohio's Ana Ruiz to be chairman of the Midwest Governors Council. Pat Strosahl, a jeweler and president of Vision Harbor, spoke.");
    expect(hasTriple(g, 'Ana Ruiz', 'chairman', 'Midwest Governors Council'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Pat Strosahl', 'president', 'Vision Harbor')).toBe(true);
  });

  it('reads a role\'s holder past a noun that describes them ("Ohio\'s governor, Democrat Richard Celeste")', () => {
    const g = extract("Ohio's governor, Democrat Richard Celeste, met the president on Friday.");
    expect(hasTriple(g, 'Richard Celeste', 'governor', 'Ohio'), JSON.stringify(triples(g))).toBe(true);
  });

  it('reads who had a passive act done on their orders ("was murdered on the orders of …", "on Kabila\'s orders")', () => {
    const g = extract('The reporter Ali Karimi was killed on the orders of General Omar Haddad, prosecutors said. Tom Hale was arrested on President Kabila\'s orders.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Omar Haddad --ordered killed--> Ali Karimi', 'Kabila --ordered arrested--> Tom Hale']));
  });

  it('reads past a description set off after a name whose relative clause has a verb of its own', () => {
    const g = extract('Tom Hale, a banker who previously ran software firm Orion Cloud, had faced pressure from Ana Ruiz.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Tom Hale --ran--> Orion Cloud', 'Tom Hale --had faced pressure from--> Ana Ruiz']));
    expect(triples(g).filter(([s]) => s === 'Orion Cloud')).toEqual([]);
  });

  it('takes the phrase a bare passive participle describes as the subject, not the participle\'s agent, and reads one an adverb parts from its agent as passive', () => {
    const g = extract('Rebels led by former army officer Tom Hale have seized Port Avalon. The force was approved by Vantrex Council and funded mainly by Orion Cloud.');
    expect(triples(g).filter(([s, p]) => s === 'Tom Hale' && p !== 'lead'), JSON.stringify(triples(g))).toEqual([]);
    expect(hasTriple(g, 'Orion Cloud', 'fund', 'force')).toBe(true);
  });

  it('reads a title of rank after an office as how its holder is addressed, and the office as the one its owner gives ("Prime Minister Sheikh Hasina")', () => {
    const g = extract('Bangladesh Prime Minister Sheikh Amina Rahman resigned on Monday. Saudi Energy Minister Prince Khalid bin Faisal said the group would not rush.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Amina Rahman --prime minister of--> Bangladesh', 'Khalid bin Faisal --energy minister of--> Saudi Arabia']));
    // The rank is how the holder is addressed, held of no one.
    expect(relations(g).filter((r) => /--(sheikh|prince) /.test(r))).toEqual([]);
  });

  it('reads a role abbreviated to its initials ("its CFO, Ana Ruiz", "Orion Cloud CTO Tom Hale")', () => {
    const g = extract('Vantrex Foods said its CFO, Ana Ruiz, would retire. Orion Cloud CTO Tom Hale left in May.');
    expect(hasTriple(g, 'Ana Ruiz', 'cfo', 'Vantrex Foods'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Tom Hale', 'cto', 'Orion Cloud')).toBe(true);
  });

  it('reads one who serves a person as theirs "to" ("a former aide to ex-President Tom Hale")', () => {
    const g = extract('Ana Ruiz, a former aide to ex-President Tom Hale, was convicted of fraud.');
    expect(relations(g)).toContain('Ana Ruiz --aide to--> Tom Hale');
  });

  it('reads where a verb happened past how long it lasted, and "near" as a place', () => {
    const g = extract('Ana Ruiz lived for many years in Lisbon and worked for two decades at Orion Cloud. Tom Hale was born near Cork.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Ana Ruiz --lived in--> Lisbon', 'Ana Ruiz --worked at--> Orion Cloud', 'Tom Hale --was born near--> Cork']));
  });

  it('takes "which" after coordinated names for all of them, and a relative after a place ending a phrase for the noun before it', () => {
    const g = extract('The plan follows pledges by Google and Amazon, which have been competing for contracts. The strike came after a rocket attack on Port Avalon that killed 12 children.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Google --have been competing for--> contracts', 'Amazon --have been competing for--> contracts']));
    expect(triples(g).filter(([s]) => s === 'Port Avalon'), JSON.stringify(triples(g))).toEqual([]);
  });

  it('gives a participle of accusing set off after a place to the clause\'s subject, not the place', () => {
    const g = extract('Former President Tom Hale went on trial on Monday at a court in The Hague, accused of war crimes.');
    expect(hasTriple(g, 'Tom Hale', 'accuse', 'war crimes'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).filter(([s]) => s === 'The Hague')).toEqual([]);
  });

  it('gives a coordinated passive the subject of the verb before, past the titled object of its gerund, and a gerund after a date and "for" too', () => {
    const g = extract('Tom Hale was jailed in 2017 for bribing former President Ana Ruiz and was pardoned by President Peter Lund in 2022.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Tom Hale --bribing--> Ana Ruiz', 'Peter Lund --pardoned--> Tom Hale']));
    expect(triples(g).filter(([s, , o]) => s === 'Peter Lund' && o === 'Ana Ruiz')).toEqual([]);
    // Not an infinitive after a titled object, which the object does.
    expect(hasTriple(extract('A Vantrex judge ordered former President Tom Hale to pay $355 million in penalties.'), 'Tom Hale', 'pay', 'penalties')).toBe(true);
  });

  it('reads "be" before a past participle as its auxiliary, though compromise reads a verb ("agreed to be acquired by …")', () => {
    expect(relations(extract('Vantrex Foods agreed to be acquired by Orion Cloud.'))).toEqual(['Orion Cloud --acquired--> Vantrex Foods']);
  });

  it('reads a participle of naming set off after a phrase as naming it, no act ("the missile, called Oreshnik,"), and a verb of calling as one', () => {
    expect(relations(extract('Orion Cloud will release a new chip platform, called Halden, in 2026.'))).toEqual(['Orion Cloud --will release--> chip platform']);
    expect(relations(extract('Tom Hale called Ana Ruiz a liar.'))).toEqual(['Tom Hale --called--> Ana Ruiz']);
  });

  it('gives a gerund after a number and an adjective an active verb takes no actor ("Germany arrests three suspected of spying for China"), and one after the subject\'s adjective its subject', () => {
    expect(relations(extract('Kestia arrests three suspected of spying for Halvia'))).toEqual([]);
    expect(relations(extract('Tom Hale pleaded guilty of bribing Ana Ruiz.'))).toEqual(['Tom Hale --bribing--> Ana Ruiz']);
  });

  it('gives a gerund after "for" the verb\'s subject, or its named object, past the phrases after that object ("served 18 months in prison for bribing …")', () => {
    const served = extract('Tom Hale served 18 months in prison for bribing former President Ana Ruiz.');
    const sentenced = extract('The court sentenced Tom Hale to 10 years in prison for bribing Ana Ruiz.');
    expect([...relations(served), ...relations(sentenced)].filter((r) => r.includes('bribing'))).toEqual(['Tom Hale --bribing--> Ana Ruiz', 'Tom Hale --bribing--> Ana Ruiz']);
  });

  it('gives the infinitive after a proposal a description owns to what the description stands for, not after a thing it owns', () => {
    const g = extract('Moldova applied in March. The European Union warned that the law could hurt the country\'s bid to join the bloc.');
    expect(hasTriple(g, 'Moldova', 'join', 'European Union'), JSON.stringify(triples(g))).toBe(true);
    const used = extract('Orion Cloud sold its stake in Caterpillar over concerns that Vantria used the company\'s bulldozers to demolish homes.');
    expect(hasTriple(used, 'Caterpillar', 'demolish', 'homes')).toBe(false);
  });

  it('reads no agent in a phrase of time ("was opened after a complaint by …"), and a cabinet title a verb-like word qualifies ("Labor Secretary")', () => {
    const g = extract('The investigation was opened after a complaint by Vantrex Watch, an anti-corruption group linked to the far right. Acting U.S. Labor Secretary Ana Ruiz praised both sides.');
    expect(triples(g).filter(([s]) => s === 'Vantrex Watch'), JSON.stringify(triples(g))).toEqual([]);
    expect(node(g, 'Vantrex Watch')?.type).toBe('Organization');
    expect(hasTriple(g, 'Ana Ruiz', 'secretary', 'United States')).toBe(true);
  });

  it('reads a subject past a pronoun that stresses it, each name coordinated in an object\'s complement, and a cleric\'s title as no name', () => {
    const g = extract('Tom Hale himself was arrested in March by the Enforcement Directorate. Ana Ruiz plans to meet executives from Apple, Google and OpenAI. She replaced Cardinal Joao Braz de Aviz.');
    expect(relations(g)).toEqual(
      expect.arrayContaining(['Enforcement Directorate --arrested--> Tom Hale', 'Ana Ruiz --plans to meet executives from--> Google', 'Ana Ruiz --plans to meet executives from--> OpenAI', 'Ana Ruiz --replaced--> Joao Braz de Aviz']),
    );
  });

  it('gives the verb of a "whose" clause to the name it owns, past brackets, and takes whom "told" addresses for no source', () => {
    const g = extract("Tom Hale, whose Harbor Party (HP) won the most seats in November's election, told Orion News he hoped to form a cabinet.");
    expect(hasTriple(g, 'Harbor Party', 'win', 'seats'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Tom Hale', 'win', 'seats')).toBe(false);
    expect(g.filterEdges((_, a) => a.predicate === 'win').map((e) => g.getEdgeAttribute(e, 'source'))).toEqual([undefined]);
    // A verb compromise reads as a noun there is still the clause's, and the name's clause ends at its comma.
    const lead = extract('Opposition leader Tom Hale, whose Conservatives lead in the polls, called for an early election.');
    expect(triples(lead)).toContainEqual(['Tom Hale', 'call', 'election']);
    expect(triples(lead).filter(([s, p]) => s === 'Conservatives' && p === 'call')).toEqual([]);
  });

  it('reads an arrest "in connection with" an act against someone as an alleged act', () => {
    const g = extract('Tom Hale was arrested in 1987 in connection with the murder of Ana Ruiz.');
    expect(relations(g)).toContain('Tom Hale --was arrested in connection with murder of--> Ana Ruiz');
    expect(g.mapEdges((_, a) => `${a.predicate} ${a.modality}`)).toContain('murder hedged');
  });

  it('reads a headline\'s verb of the courts before its charge as a passive, and a word in -s after "in" as a plural', () => {
    const g = extract('Former Orion Cloud executive convicted over data breach cover-up\n\nA jury on Wednesday ordered Vantrex Foods to pay more than $660 million in damages.');
    expect(triples(g).filter(([s, p]) => s === 'Orion Cloud' && p === 'convict'), JSON.stringify(triples(g))).toEqual([]);
    expect(triples(g).some(([s, , o]) => s === 'Vantrex Foods' && o === 'damages')).toBe(true);
  });

  it('does not hold a role given by appointment in the country a dateline names', () => {
    const g = extract("WASHINGTON (Newswire) — The United States said so. Orbital Systems named Ana Ruiz president in March.");
    expect(triples(g).filter(([s, p]) => s === 'Ana Ruiz' && p === 'president')).toEqual([['Ana Ruiz', 'president', 'Orbital Systems']]);
  });

  it('makes the name a mayor or a governor holds office in a place, and a name owning a company\'s role an organisation', () => {
    const g = extract(
      "LYON (Newswire) — French prosecutors on Thursday charged Jean Moreau, the former mayor of Villeurbanne, with accepting bribes from a construction company. Investigators believe Moreau received 1.2 million euros from Batiroc, a Lyon-based builder, between 2015 and 2019. Batiroc's chief executive, Marc Petit, was arrested in March and is cooperating with the inquiry.",
    );
    expect(hasTriple(g, 'Jean Moreau', 'mayor', 'Villeurbanne'), JSON.stringify(triples(g))).toBe(true);
    expect(node(g, 'Villeurbanne')?.type).toBe('Place');
    expect(hasTriple(g, 'Marc Petit', 'executive', 'Batiroc')).toBe(true);
    expect(triples(g).filter(([s, p]) => s === 'Marc Petit' && p === 'executive')).toHaveLength(1);
  });

  it('makes a name of no known kind before a role only organisations have its owner ("Anglo American chairman …")', () => {
    const g = extract('Vantrex Mining made an offer for Anglo American on Monday. Anglo American chairman Stuart Chambers said the plan was too complex.');
    expect(hasTriple(g, 'Stuart Chambers', 'chairman', 'Anglo American'), JSON.stringify(triples(g))).toBe(true);
    expect(node(g, 'Anglo American')?.type).toBe('Organization');
  });

  it('makes a name after a role only organisations have an organisation, however the story reads it elsewhere', () => {
    const g = extract('Police arrested the chief executive of Kestrin, Tom Hale, at an airport on Saturday.\nKestrin said Hale had nothing to hide.');
    expect(node(g, 'Kestrin')?.type).toBe('Organization');
    expect(hasTriple(g, 'Tom Hale', 'executive', 'Kestrin'), JSON.stringify(triples(g))).toBe(true);
  });

  it('links an appositive role that follows the name', () => {
    const g = extract('Kaja Kallas, the foreign policy chief of the European Union, visited Kyiv.');
    expect(triples(g).some(([s, p, o]) => s === 'Kaja Kallas' && p === 'chief' && o === 'European Union')).toBe(true);
  });

  it('reads affiliation and location phrases', () => {
    const g = extract('Laura Chen from the Brookings Institution said so. Shelling damaged Bakhmut in Donetsk region.');
    expect(hasTriple(g, 'Laura Chen', 'affiliated with', 'Brookings Institution')).toBe(true);
    expect(hasTriple(g, 'Bakhmut', 'located in', 'Donetsk')).toBe(true);
    expect(node(g, 'Donetsk')?.aliases).toContain('Donetsk region');
  });

  it('reads "whose" as opening a relative clause: the verb after it is the name\'s before it, and the role in it is held there', () => {
    const g = extract('Nordvik Shipping, whose spokesman Lars Berg visited Oslo, denied the report.');
    expect(relations(g)).toContain('Nordvik Shipping --denied--> report');
    expect(relations(g)).toContain('Lars Berg --spokesman of--> Nordvik Shipping');
    expect(relations(g).some((r) => r.startsWith('Lars Berg --denied'))).toBe(false);
  });

  it('keeps a phrasal verb\'s particle with it where compromise reads a preposition ("shot down 20 drones", "called off the talks")', () => {
    const g = extract('Norway shot down 20 drones overnight. Okonkwo Capital called off the merger with Brightvale Logistics.');
    expect(hasTriple(g, 'Norway', 'shoot down', 'drones')).toBe(true);
    expect(hasTriple(g, 'Okonkwo Capital', 'call off', 'merger')).toBe(true);
  });

  it('takes the antecedent of a relative clause as the subject', () => {
    const g = extract('Iran, which maintains a partnership with Moscow, denied the report.');
    expect(triples(g).some(([s, p, o]) => s === 'Iran' && p === 'maintain' && o === 'partnership')).toBe(true);
    expect(triples(g).some(([s, , o]) => s === 'Iran' && o === 'Moscow')).toBe(true);
  });

  it('passes the subject through catenative verbs and object control', () => {
    const g = extract('Turkey continues to block the accession. The leak led the ministry to summon the Polish ambassador.');
    expect(triples(g).some(([s, p, o]) => s === 'Turkey' && p === 'block' && o === 'accession')).toBe(true);
  });

  it('gives no subject to what a decision a verb judges is to do, but the announcer\'s own decision to the announcer', () => {
    const g = extract('The Halvia Anti-Doping Agency has appealed the decision to clear Tom Hale. Orion Cloud announced a decision to close the Vantrex Foods plant.');
    expect(triples(g).filter(([, p]) => p === 'clear'), JSON.stringify(triples(g))).toEqual([]);
    expect(hasTriple(g, 'Orion Cloud', 'close', 'Vantrex Foods') || hasTriple(g, 'Orion Cloud', 'close', 'plant'), JSON.stringify(triples(g))).toBe(true);
    // Nor to what attempts a verb judges are to do.
    const attempts = extract('Halden Energy blocked attempts to include a commitment to phase out coal.');
    expect(triples(attempts).filter(([, p]) => p === 'include' || p === 'phase out'), JSON.stringify(triples(attempts))).toEqual([]);
  });

  it('gives the act a verb of sending sends people for to those sent, and a thing\'s to the sender', () => {
    const g = extract('Lena Vogt deployed Ana Ruiz to negotiate the deal with Orion Cloud. Tom Hale sent a letter to ask Vantrex Foods for help.');
    expect(hasTriple(g, 'Ana Ruiz', 'negotiate', 'deal'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Lena Vogt', 'negotiate', 'deal')).toBe(false);
    expect(hasTriple(g, 'Tom Hale', 'ask', 'Vantrex Foods'), JSON.stringify(triples(g))).toBe(true);
  });

  it('reads the subject of a clause reported without "that"', () => {
    const g = extract('The ministry said Minister Rachel Okafor would meet Kenyan President William Ruto.');
    expect(hasTriple(g, 'Rachel Okafor', 'meet', 'William Ruto')).toBe(true);
    expect(triples(g).some(([, p]) => p === 'say')).toBe(false);
  });

  it('keeps name particles and learns organisations from roles held at them', () => {
    const g = extract('Hans van der Berg, an analyst at Rabobank, expects a cut.');
    expect(relations(g)).toContain('Hans van der Berg --analyst at--> Rabobank');
  });

  it('reads a country\'s drones, missiles and jets as the country acting, as its troops are, but not what others sell of them', () => {
    const g = extract('Russian drones and missiles struck Kharkiv on Saturday. Israeli jets hit targets in Gaza. Iran sold Russian drones to Venezuela.');
    expect(hasTriple(g, 'Russia', 'strike', 'Kharkiv'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Israel', 'hit', 'targets'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).filter(([s, , o]) => s === 'Iran' && o === 'Russia')).toEqual([]);
  });

  it('reads a known weapon after its maker\'s name or demonym as a name of its own, which a noun of action reaches past the maker', () => {
    const g = extract("Lena Vogt condemned Halvia's use of U.S. ATACMS and British Storm Shadow missiles.");
    expect(node(g, 'ATACMS')?.type).toBe('Weapon');
    expect(node(g, 'Storm Shadow')?.type).toBe('Weapon');
    expect(node(g, 'British Storm Shadow')).toBeUndefined();
    expect(hasTriple(g, 'Halvia', 'use', 'ATACMS'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Halvia', 'use', 'United States'), JSON.stringify(triples(g))).toBe(false);
  });

  it('reads a weapon a strike was made with as used by the striker and striking the target, but not a partner "with" a deal', () => {
    const g = extract('Ukraine hit the Novoshakhtinsk refinery with Storm Shadow missiles on Friday. Siemens signed a deal with Alstom. Denmark will arm Ukraine with F-16 jets.');
    expect(hasTriple(g, 'Ukraine', 'use', 'Storm Shadow'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).some(([s, p]) => s === 'Storm Shadow' && p === 'hit'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).filter(([s, p, o]) => s === 'Ukraine' && p === 'hit' && o === 'Storm Shadow')).toEqual([]);
    expect(hasTriple(g, 'Siemens', 'sign', 'Alstom')).toBe(true);
    expect(triples(g).filter(([s, p]) => s === 'Denmark' && p === 'use')).toEqual([]);
  });

  it('gives what a shot or a bomb did to whoever fired or planted it, and nothing when the firing is denied', () => {
    const g = extract('Karel Novak fired the shots that killed Pavel Dvorak. Hamas fired rockets which struck Ashkelon. The army did not launch the drones that hit Kharkiv.');
    expect(hasTriple(g, 'Karel Novak', 'kill', 'Pavel Dvorak')).toBe(true);
    expect(hasTriple(g, 'Hamas', 'strike', 'Ashkelon')).toBe(true);
    expect(triples(g).filter(([, p, o]) => p === 'hit' && o === 'Kharkiv').map(([s]) => s)).not.toContain('army');
  });

  it('gives a verb after "and" the subject of the verb before, past that verb\'s dates and places', () => {
    const g = extract('Ines Calloway was born in Cork, Ireland, in 1941 and moved to Boston with her parents. Siemens bought Alstom in 2019 and sold Thales in 2021.');
    expect(hasTriple(g, 'Ines Calloway', 'move', 'Boston'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).some(([s, p]) => s === 'Siemens' && p === 'sell'), JSON.stringify(triples(g))).toBe(true);
  });

  it('relates by the act "help" takes bare, though compromise reads it as a noun ("has helped fund production")', () => {
    const g = extract('Norway has helped fund production of the drones. Japan helped build the Kestrel Institute.');
    expect(relations(g)).toContain('Norway --has helped fund--> production');
    expect(hasTriple(g, 'Japan', 'build', 'Kestrel Institute'), JSON.stringify(triples(g))).toBe(true);
  });

  it('reads the exchange a company\'s shares rose, fell or closed on as where the company trades, and no edge from "shares"', () => {
    const g = extract("Shares of Halvorsen Systems rose 4.2% on the Oslo Stock Exchange. Kestrel Aerospace shares fell 3% on the Nasdaq. Vantrex's stock closed higher on the New York Stock Exchange. Shares in Orion Cloud rose 2% on the London Stock Exchange.");
    expect(relations(g)).toEqual(
      expect.arrayContaining(['Halvorsen Systems --shares rose on--> Oslo Stock Exchange', 'Kestrel Aerospace --shares fell on--> Nasdaq', 'Vantrex --stock closed on--> New York Stock Exchange', 'Orion Cloud --shares rose on--> London Stock Exchange']),
    );
    expect(relations(g).filter((r) => /^(?:shares|stock) /.test(r))).toEqual([]);
  });

  it('relates by the act a light verb\'s object names ("made an offer for", "had talks with"), not by an infinitive\'s', () => {
    const g = extract('Vantrex Foods had talks with Orion Cloud on Monday. Ana Ruiz made a decision. Kestrel Aerospace made a bid for Airbus.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Vantrex Foods --had talks with--> Orion Cloud', 'Kestrel Aerospace --made bid for--> Airbus']));
    expect(triples(g).filter(([s]) => s === 'Ana Ruiz')).toEqual([]);
  });

  it('relates by the act a verb begins or keeps up, not by the beginning', () => {
    const g = extract('Kestrel Aerospace will begin trading on the Nasdaq on Thursday. Russia keeps bombing Kharkiv.');
    expect(hasTriple(g, 'Kestrel Aerospace', 'trade', 'Nasdaq'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Russia', 'bomb', 'Kharkiv'), JSON.stringify(triples(g))).toBe(true);
  });

  it('turns round a passive whose participle is spelled as the base form, phrasal verbs and all ("was cut down by")', () => {
    const g = extract('Tomas Reyes, who was cut down by gunman Elias Brann in 1968, was buried in Quito. Vantrex Foods was set up by Ana Ruiz.');
    expect(relations(g)).toContain('Elias Brann --cut down--> Tomas Reyes');
    expect(hasTriple(g, 'Ana Ruiz', 'set up', 'Vantrex Foods'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).some(([s, p]) => s === 'Tomas Reyes' && p === 'cut down')).toBe(false);
  });

  it('reads news datelines as where the agency files from', () => {
    const g = extract('NAIROBI, Kenya (AFP) - Flooding displaced thousands of families.');
    const agency = node(g, 'AFP')!;
    expect(agency.type).toBe('Organization');
    expect(hasTriple(g, agency.label, 'files from', 'Kenya')).toBe(true);
  });

  it('reads a name in capitals opening a dateline as a place the gazetteer need not know, and the region after it too ("DALBY, Kestia (Newswire) —")', () => {
    const g = extract('KESTOV (Newswire) — A court convicted Pavel Orlik on Tuesday.', 'DALBY, Kestia (Newswire) — A wildfire forced 5,000 people to flee near the city of Dalby.');
    expect(node(g, 'KESTOV')?.type).toBe('Place');
    expect(node(g, 'Kestia')?.type).toBe('Place');
    expect(relations(g).filter((r) => r.startsWith('Newswire'))).toEqual(['Newswire --dateline--> Dalby', 'Newswire --dateline--> Kestia', 'Newswire --dateline--> Kestov']);
    // The story's own mention of the place is no person's name, though the tagger reads one.
    const gaza = extract('DEIR AL-BALAH, Gaza Strip (AP) — Hamas freed three hostages on Saturday. They were handed over to the Red Cross in Deir al-Balah.');
    expect(gaza.filterNodes((_, a) => a.label.startsWith('Deir')).map((n) => [gaza.getNodeAttribute(n, 'label'), gaza.getNodeAttribute(n, 'type')])).toEqual([['Deir al-Balah', 'Place']]);
    // Not part of its name, which a title word cuts.
    expect(node(extract('PORT-AU-PRINCE, Haiti (AP) — Gang members killed at least 184 people.'), 'PORT-AU')).toBeUndefined();
  });

  it('reads a dateline with its date between the place and the agency, and after a translator\'s note', () => {
    const g = extract('MOSCOW, Dec 5 (Reuters) - Russia said on Friday it would respond.', 'KYIV, Ukraine, March 3, 2024 (AP) — Ukraine said it hit a refinery.', 'LAGOS, Feb. 9 (Reuters) - Okonkwo Capital raised its stake.', '(Text) Seoul, May 3 (YONHAP) -- The ministry said exports rose.');
    for (const [agency, place] of [['Reuters', 'Moscow'], ['Associated Press', 'Kyiv'], ['Reuters', 'Lagos'], ['Yonhap', 'Seoul']]) {
      expect(hasTriple(g, agency!, 'files from', place!), JSON.stringify(triples(g))).toBe(true);
    }
  });

  it('reads a name ", which" follows as a thing, and a country owning it at the start of a sentence as no dateline', () => {
    const g = extract("Denmark's Bavarian Nordic, which makes the only approved vaccine, said it could supply 10 million doses.");
    expect(node(g, 'Bavarian Nordic')?.type).toBe('Organization');
    expect(triples(g).filter(([, p]) => p === 'files from')).toEqual([]);
  });

  it('reads any name alone in brackets closing a dateline as the agency filing the story', () => {
    const g = extract('DUBLIN (Newswire) — Ines Calloway, the novelist whose books won a devoted readership, died on Sunday.');
    expect(node(g, 'Newswire')?.type).toBe('Organization');
    expect(hasTriple(g, 'Newswire', 'files from', 'Dublin'), JSON.stringify(triples(g))).toBe(true);
  });

  it('reads a known place opening a dateline in capitals as the place, on its own, though the story names a club after it', () => {
    const g = extract(
      'LA PAZ (Newswire) — Police arrested Tomas Reyes on Sunday.',
      'SAO PAULO (Newswire) — Police arrested Joao Lima on Sunday.',
      'LIVERPOOL, England (Newswire) — Liverpool have signed defender Marco Ruiz from Porto, the club said on Friday. Liverpool did not disclose the fee.',
    );
    for (const place of ['La Paz', 'Sao Paulo', 'Liverpool']) expect(hasTriple(g, 'Newswire', 'files from', place), JSON.stringify(triples(g))).toBe(true);
    const liverpool = g.filterNodes((_, a) => a.label === 'Liverpool').map((n) => g.getNodeAttribute(n, 'type')).sort();
    expect(liverpool).toEqual(['Organization', 'Place']);
    const signed = g.filterEdges((_, a) => a.label === 'have signed').map((e) => g.getNodeAttributes(g.source(e)).type);
    expect(signed).toEqual(['Organization']);
  });

  it('gives a verb after "and" the subject of the verb before, past a phrase "over" opens, and keeps a clause "as" opens out of the label', () => {
    const g = extract('Ruiz governed until 2019, when he resigned amid protests over a disputed count and fled to Spain.', 'Kestrel to cut 10% of jobs as recovery falters');
    expect(relations(g)).toContain('Ruiz --fled to--> Spain');
    expect(relations(g).filter((r) => r.startsWith('count'))).toEqual([]);
    expect(relations(g)).toContain('Kestrel --cut--> jobs');
  });

  it('reads a rival named after its owner as their rival, and a member of the list it stands in', () => {
    const g = extract('Kestrel supplies several carmakers, including Halden\'s rival Vantrex Motors.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Vantrex Motors --rival of--> Halden', 'carmakers --including--> Vantrex Motors']));
    expect(relations(g).filter((r) => r.includes('--including--> Halden'))).toEqual([]);
  });

  it('reads a gerund ending a phrase a preposition governs as its noun, which does nothing', () => {
    const g = extract('Kestrel shares fell 3% in afternoon trading in Oslo.');
    expect(relations(g).filter((r) => r.startsWith('afternoon'))).toEqual([]);
  });

  it('finds a subject past a phrase of time before its verb ("The United States last week accused …")', () => {
    const g = extract('The United States last week accused the Sokol network of fraud. Kestrel earlier this year bought Halden Foods.');
    expect(relations(g)).toEqual(expect.arrayContaining(['United States --accused--> Sokol', 'Kestrel --bought--> Halden Foods']));
  });

  it('reads the phrase after "where" as the subject of its clause', () => {
    expect(relations(extract('Officials met at Halden Airport, where the expedition returned with Tom Hale.'))).toContain('expedition --returned with--> Tom Hale');
  });

  it('gives a verb after "and" the subject of the verb before, past an owned phrase compromise ends with a verb', () => {
    const g = extract('A Paris court on Thursday found Ana Ruiz guilty of illegally financing her failed 2012 re-election campaign and sentenced her to one year of house arrest.');
    expect(relations(g)).toContain('court --sentenced--> Ana Ruiz');
  });

  it('reads the name before an aside as the subject of the clause a verb of saying takes', () => {
    const g = extract('Boeing said Stan Deal, the head of its jet unit, would join Airbus. Analysts said Keller, Orion Cloud\'s parent, would sell assets.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Stan Deal --would join--> Airbus', 'Keller --would sell--> assets']));
    expect(relations(g).filter((r) => r.startsWith('Boeing'))).toEqual([]);
  });

  it('reads the person past the titles after "including" as the member ("world leaders, including U.S. President-elect Donald Trump")', () => {
    const g = extract('The ceremony was attended by dozens of world leaders, including Kenyan President Tom Hale.');
    expect(relations(g)).toContain('world leaders --including--> Tom Hale');
    expect(relations(g).filter((r) => r.endsWith('--including--> Kenya'))).toEqual([]);
  });

  it('reads "to" after a noun for an act as where the act goes ("postponed a planned visit to India"), and says what only a named object is taken "as"', () => {
    const g = extract('Ana Ruiz postponed a planned visit to Kenya. Tom Hale cancelled a trip to Angola. Ivo Berg tried to board a flight to Dubai. Vantrex sold weapons to Kestia. Poland scrambled fighter jets as a precaution. Vantrex Foods counts Orion Cloud among its customers.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Ana Ruiz --postponed visit to--> Kenya', 'Tom Hale --cancelled trip to--> Angola', 'Ivo Berg --tried to board flight to--> Dubai', 'Vantrex Foods --sold to--> Kestia', 'Poland --scrambled--> fighter jets', 'Vantrex Foods --counts among customers--> Orion Cloud']));
  });

  it('reads a party after "of" and a person\'s name as the party they belong to, titled or not, not as whose the title is ("Economy Minister Robert Habeck of the Greens")', () => {
    const g = extract('Economy Minister Tom Hale of the Greens said the plan was unnecessary. Ana Ruiz of the Kestian Labour Party disagreed. President Ivo Berg of Kenya spoke.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Tom Hale --member of--> Greens', 'Ana Ruiz --member of--> Kestian Labour Party', 'Ivo Berg --president of--> Kenya']));
    expect(relations(g).filter((r) => r.includes('minister of'))).toEqual([]);
  });

  it('reads a run of lower-case words hyphened around a small word as one word ("a bigger-than-expected rise", "brother-in-law")', () => {
    const g = extract("Vantrex Foods reported a bigger-than-expected rise in revenue. Tom Hale's brother-in-law, Ivo Berg, was arrested.");
    expect(relations(g)).toEqual(expect.arrayContaining(['Vantrex Foods --reported--> rise', 'Ivo Berg --brother-in-law of--> Tom Hale']));
  });

  it('reads "about" before a number after a verb of saying as making the number approximate, not as what was said about', () => {
    const g = extract('Vantrex Energy said about 1.5 million customers remained without power. Ana Ruiz said about the plan that it was sound.');
    expect(relations(g).filter((r) => r.startsWith('Vantrex Energy'))).toEqual([]);
    expect(relations(g)).toContain('Ana Ruiz --said about--> plan');
  });

  it('reads a party\'s member heading a phrase "the" opens as a person the story named, not a name ("The 82-year-old Democrat, who led …")', () => {
    const g = extract('Tom Hale was sentenced on Friday. The 82-year-old Democrat, who led the Halden Assembly for decades, denied wrongdoing.');
    expect(node(g, 'Democrat')).toBeUndefined();
    expect(relations(g)).toContain('Tom Hale --led--> Halden Assembly');
  });

  it('reads a country\'s description right before a verb of saying, after a clause, as the reporter, not an apposition ("… a stake in Commerzbank, Italy\'s second-biggest bank said")', () => {
    const g = extract("Halden Credit has built a 9% stake in Orvik Bank, Kenya's second-biggest bank said on Wednesday. Vantrex Foods, Norway's largest grocer, cut prices.");
    expect(relations(g).filter((r) => r.startsWith('Orvik Bank'))).toEqual([]);
    expect(relations(g)).toContain('Vantrex Foods --grocer of--> Norway');
  });

  it('reads a day and a part of it after a preposition as when, not what the verb acts on ("to concede on Wednesday afternoon")', () => {
    const g = extract('Ana Ruiz called Tom Hale to concede on Wednesday afternoon. Ivo Berg resigned at midnight.');
    expect(relations(g)).toEqual(['Ana Ruiz --called--> Tom Hale']);
  });

  it('reads past a relative clause "to which" opens, set off after the subject ("The IMF, to which Argentina owes $44 billion, praised …")', () => {
    const g = extract('The Kestrel Fund, to which Kenya owes $44 billion, praised the progress. Ana Ruiz, to whom Tom Hale sold the house, sued Vantrex Foods.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Kestrel Fund --praised--> progress', 'Ana Ruiz --sued--> Vantrex Foods']));
    expect(relations(g).filter((r) => r.startsWith('Kenya --praised') || r.startsWith('Tom Hale --sued'))).toEqual([]);
  });

  it('says a role is held no more where "former" or "ex" stands before its owner\'s name ("a former European Council president")', () => {
    const g = extract('Tom Hale, a former Halden Council president, said the result was good. Vantrex hired former Orion Cloud executive Ana Ruiz. A court cleared an aide to ex-Kestrel Motor chairman Ivo Berg.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Tom Hale --former president of--> Halden Council', 'Ana Ruiz --former executive of--> Orion Cloud', 'Ivo Berg --former chairman of--> Kestrel Motor']));
  });

  it('reads "Crown" before "Prince" as part of the title, not its owner ("Saudi Crown Prince Mohammed bin Salman")', () => {
    const g = extract("Saudi Crown Prince Tom Hale met Ana Ruiz. The dividends fund Crown Prince Ivo Berg's plans.");
    expect(relations(g)).toContain('Tom Hale --crown prince of--> Saudi Arabia');
    expect(relations(g).filter((r) => r.endsWith('--> Crown'))).toEqual([]);
  });

  it('reads a shared office in "co-" as a role ("AfD co-leader Alice Weidel"), which compromise may read as a verb', () => {
    const g = extract('Halden Party co-leader Ana Ruiz said her party was ready. Tom Hale, the co-chair of Vantrex Foods, spoke.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Ana Ruiz --co-leader of--> Halden Party', 'Tom Hale --co-chair of--> Vantrex Foods']));
  });

  it('reads a region the gazetteer knows as one place, not its last word ("fishing companies in New England that objected …")', () => {
    const g = extract('The case was brought by fishing companies in New England that objected to paying for monitors. Farmers in the Sahel and the Midwest suffered.');
    expect(['New England', 'Sahel', 'Midwest'].map((name) => node(g, name)?.type)).toEqual(['Place', 'Place', 'Place']);
    expect(node(g, 'England')).toBeUndefined();
  });

  it('ends a list of objects at names joined by "and" that, past an adverb, have a verb of their own ("…, and Britain and Jordan also intercepted some")', () => {
    const g = extract('Vantrex Foods bought Orion Cloud, and Halden Mining and Kestrel Rail also bought stakes.');
    expect(relations(g).filter((r) => r.startsWith('Vantrex Foods'))).toEqual(['Vantrex Foods --bought--> Orion Cloud']);
    expect(relations(g)).toEqual(expect.arrayContaining(['Halden Mining --bought--> stakes', 'Kestrel Rail --bought--> stakes']));
  });

  it('ends a list of objects at a name that, past its apposition, has a verb of its own', () => {
    const g = extract('Chairman Tom Hale will not stand for re-election, and Ana Ruiz, a former Halden chief executive, will replace him.');
    expect(relations(g)).toContain('Ana Ruiz --will replace--> Tom Hale');
    expect(relations(g).filter((r) => r.startsWith('Tom Hale') && r.endsWith('Ana Ruiz'))).toEqual([]);
  });

  it('reads an occupation or a relation a plain copula says someone has, as an apposition would, and none a denied or modal one says', () => {
    const g = extract('Ana Ruiz is an ally of Tom Hale. Lena Berg was a lawyer at Halden Bank. Ola Dahl may be an ally of Tom Hale. Per Lie is not a lawyer at Halden Bank.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Ana Ruiz --ally of--> Tom Hale', 'Lena Berg --lawyer at--> Halden Bank']));
    expect(relations(g).filter((r) => r.startsWith('Ola Dahl') || r.startsWith('Per Lie'))).toEqual([]);
  });

  it('gives a verb after "but" the subject of the verb before, past the names modifying its object, and weapons to whom they are', () => {
    const g = extract('The Russian Defence Ministry said its air defences had shot down 21 Ukrainian drones over several regions but did not mention the refinery.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Russian Defence Ministry --had shot down--> drones', 'Russian Defence Ministry --did not mention--> refinery']));
    expect(relations(g).filter((r) => r.startsWith('Ukraine'))).toEqual([]);
  });

  it('reads a name right after a verb of giving, before the thing given, as who gets it', () => {
    const g = extract('The deal gives Vantrex Mining control of lithium mines in Chile. The bill gives Tom Hale special powers over energy. The ruling handed Ana Ruiz a major victory.');
    expect(relations(g)).toEqual(expect.arrayContaining(['deal --gives to--> Vantrex Mining', 'bill --gives to--> Tom Hale', 'ruling --handed to--> Ana Ruiz']));
    expect(relations(g).filter((r) => r.includes('control'))).toEqual([]);
  });

  it('reads a name after "a" as modifying the noun after it ("a U.S. criminal charge"), and a noun after a verb in -s as its object', () => {
    const g = extract('Boeing paid $2.5 billion in 2021 to settle a U.S. criminal charge.', "Halden's parliament approves law banning Vantrex");
    expect(relations(g)).toEqual(expect.arrayContaining(['Boeing --settle--> criminal charge', 'law --banning--> Vantrex']));
    expect(relations(g).filter((r) => r.includes('United States') || r.startsWith('parliament approves'))).toEqual([]);
  });

  it('gives a participle after a comma the subject of the verb before, past the names modifying its object', () => {
    expect(relations(extract('Tom Hale won his fourth Formula One world title on Saturday, finishing fifth in the Las Vegas Grand Prix.'))).toContain('Tom Hale --finishing in--> Las Vegas Grand Prix');
    // And an infinitive of purpose that ends the participle's clause.
    expect(triples(extract('Tom Hale won the final on Sunday, coming back from two sets down to beat Ana Ruiz.'))).toContainEqual(['Tom Hale', 'beat', 'Ana Ruiz']);
  });

  it('reads a delegate as a role, a gerund after an article as a noun, and a score as no object', () => {
    const g = extract('India\'s delegate Ana Ruiz called the sum poor. Mark Rutte called the shooting an attack on journalism. Tom Hale beat Ana Ruiz 7-6(3) 7-6(2) in the final.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Ana Ruiz --delegate of--> India', 'Mark Rutte --called--> shooting', 'Tom Hale --beat--> Ana Ruiz']));
    expect(relations(g).filter((r) => /7-6|--shooting-->/.test(r))).toEqual([]);
  });

  it('reads a verb before its particle and object ("sides with"), and the phrase after a clause opening the sentence as the next clause\'s subject', () => {
    const g = extract('If the court sides with Tom Hale, rival states would remove him from the ballot. When Orion bought Vantrex, its shareholders sued Halden.');
    expect(relations(g)).toEqual(expect.arrayContaining(['court --sides with--> Tom Hale', 'rival states --would remove--> Tom Hale', 'shareholders --sued--> Halden']));
    expect(relations(g).filter((r) => /^(Tom Hale|Vantrex) --(remove|sued)/.test(r))).toEqual([]);
    // Not a compound hyphened to its particle, nor a phrase a preposition governs.
    const nouns = extract('Orion Cloud set a 110 million guilder step-up bond. Halden Bank debated the language of commercial signs in Quebec.');
    expect(relations(nouns)).toContain('Orion Cloud --set--> guilder step-up bond');
    expect(relations(nouns).filter((r) => r.includes('sign'))).toEqual([]);
  });

  it('reads a country, an organisation or a person before a noun for an act as its doer, where a name it is done to follows ("the Russian invasion of Ukraine")', () => {
    const g = extract('Prices rose after the Brazilian invasion of Halden. A Vantrex Group drone attack on Orion killed two. The Oslo attack on Orion was condemned. The Brazilian invasion plan stalled. Brazilian attacks on Kurdish dissidents went on. A Vantrex Group recognition of Brazilian claims is unlikely.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Brazil --invasion of--> Halden', 'Vantrex Group --attack on--> Orion']));
    expect(relations(g).filter((r) => r.startsWith('Oslo') || r.includes('plan') || r.includes('Kurdish') || r.includes('recognition'))).toEqual([]);
    // "for" introduces what support goes to.
    expect(relations(extract("Brazil's support for Orion Cloud grew."))).toContain('Brazil --support for--> Orion Cloud');
  });

  it('reads a bare verb ending a clause after an article\'s singular noun as the phrase\'s head ("suspend the debt brake, which …")', () => {
    const g = extract('Orion Cloud refused to suspend the constitutional debt brake, which Tom Hale had demanded.');
    expect(triples(g)).toContainEqual(['Orion Cloud', 'suspend', 'constitutional debt brake']);
  });

  it('reads a gerund after a date or a figure an article or an owner opens as a noun ("rejected a 2016 ruling by a tribunal")', () => {
    const g = extract('Halden has rejected a 2016 ruling by the Vantrex Tribunal. Ana Ruiz criticised the court\'s 2-1 ruling against Orion.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Halden --has rejected ruling by--> Vantrex Tribunal', 'Ana Ruiz --criticised ruling against--> Orion']));
    expect(relations(g).filter((r) => r.includes('--ruling'))).toEqual([]);
  });

  it('reads a past participle between a verb and the name it takes as describing the name ("sentenced jailed former Prime Minister …")', () => {
    const g = extract('A court on Friday sentenced jailed former Prime Minister Tom Hale to 14 years in prison. Police arrested wanted drug lord Ana Ruiz.');
    expect(relations(g)).toEqual(expect.arrayContaining(['court --sentenced--> Tom Hale', 'police --arrested--> Ana Ruiz']));
  });

  it('reads a party\'s member titled by it ("losing to Republican Tom Hale"), and "which" after a name and its place as the name\'s', () => {
    const g = extract('Ana Ruiz served one term before losing to Republican Tom Hale. She founded the Ruiz Foundation in Atlanta, which monitored elections.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Ana Ruiz --losing to--> Tom Hale', 'Ruiz Foundation --monitored--> elections']));
    expect(relations(g).filter((r) => r.startsWith('Atlanta') || r.includes('--> Republican'))).toEqual([]);
  });

  it('reads "which" after a place a phrase comes from as the place\'s, which acts ("opposition from Germany, which feared …")', () => {
    const g = extract('The bloc voted to impose tariffs, despite opposition from Germany, which feared a trade war with Halvia.');
    expect(relations(g)).toContain('Germany --feared--> trade war');
  });

  it('keeps a Cantonese given name\'s syllable after the hyphen ("Leung Kwok-hung")', () => {
    const g = extract('The defendants, including former lawmakers Leung Kwok-hung and Helena Wong, were accused.');
    expect(node(g, 'Leung Kwok-hung')?.type).toBe('Person');
    expect(g.filterNodes((_, a) => a.label === 'Leung Kwok')).toEqual([]);
  });

  it('runs a noun phrase on past a compound hyphened to its noun or a capitalised word, which modifies what follows ("an intermediate-range ballistic missile")', () => {
    const g = extract('Russia fired a new intermediate-range ballistic missile at the city of Dornica on Thursday.');
    expect(hasTriple(g, 'Russia', 'fire', 'intermediate-range ballistic missile'), JSON.stringify(triples(g))).toBe(true);
    // So does a capitalised word no name covers: "the Democratic presidential nomination".
    const party = extract('Ana Ruiz accepted the Democratic presidential nomination on Thursday, casting Tom Hale as a threat.');
    expect(hasTriple(party, 'Ana Ruiz', 'accept', 'democratic presidential nomination'), JSON.stringify(triples(party))).toBe(true);
    expect(hasTriple(party, 'Ana Ruiz', 'cast', 'Tom Hale'), JSON.stringify(triples(party))).toBe(true);
    const aged = extract('Orion Daily quoted the 32-year-old national team captain on Saturday.');
    expect(aged.filterNodes((_, a) => a.label.includes('year') && a.label.includes('national')), JSON.stringify(triples(aged))).toEqual([]);
  });

  it('ends a noun phrase before "whose", which opens what it owns', () => {
    expect(relations(extract('Brussels will fine the carmakers whose cars sell in Europe.'))).toContain('Brussels --will fine--> carmakers');
  });

  it('knows every country\'s capital as a place, however small', () => {
    expect(node(extract('The minister flew to Gitega and Valletta on Monday.'), 'Gitega')?.type).toBe('Place');
  });

  it('reads a name ending in "Shoal" or "Reef" as a place, whatever the tagger reads before it', () => {
    expect(node(extract('Chinese ships blocked a boat near the Second Thomas Shoal on Monday.'), 'Thomas Shoal')?.type).toBe('Place');
  });

  it('reads a country\'s adjective that is not its people\'s name ("Philippine") as the country', () => {
    const g = extract('The Philippine coast guard said a ship had been rammed. Philippine President Ana Cruz said the country would not be intimidated.');
    expect(hasTriple(g, 'Ana Cruz', 'president', 'Philippines'), JSON.stringify(triples(g))).toBe(true);
    expect(node(g, 'Philippine')?.label).toBe('Philippines');
  });

  it('reads a demonym of two words before a role as the country employing its holder ("South Korean President …")', () => {
    const g = extract('South Korean President Tom Hale lifted martial law. South African President Ana Ruiz spoke. The Dutch transport minister Lena Berg agreed.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Tom Hale --president of--> South Korea', 'Ana Ruiz --president of--> South Africa', 'Lena Berg --transport minister of--> Netherlands']));
  });

  it('reads a capitalised common word after a dateline\'s dash as opening the story, not as a name', () => {
    const g = extract('GENEVA (Newswire) — Physicists at the Kestrel Institute said they had seen an excess of events.');
    expect(node(g, 'Physicists')).toBeUndefined();
    expect(node(g, 'Kestrel Institute')?.type).toBe('Organization');
  });

  it('holds a national role no owner is named for in the country the dateline\'s place lies in, where the story names that country', () => {
    const home = extract("KYIV (Newswire) — Ukraine's army said it hit a depot. President Volodymyr Zelensky said strikes would go on. Russian President Vladimir Putin did not comment. Culture Minister Olena Hrytsak praised the troops.");
    expect(hasTriple(home, 'Volodymyr Zelensky', 'president', 'Ukraine'), JSON.stringify(triples(home))).toBe(true);
    expect(hasTriple(home, 'Olena Hrytsak', 'minister', 'Ukraine')).toBe(true);
    expect(triples(home).filter(([s, p]) => s === 'Vladimir Putin' && p === 'president')).toEqual([['Vladimir Putin', 'president', 'Russia']]);
    const attacked = extract("KYIV (Newswire) — Russia launched drones at Ukraine's power grid, President Volodymyr Zelensky said.");
    expect(hasTriple(attacked, 'Volodymyr Zelensky', 'president', 'Ukraine'), JSON.stringify(triples(attacked))).toBe(true);
    // Not another country the holder names in a quote after the role.
    const quoted = extract('KYIV (Newswire) — Ukraine\'s army said it hit a refinery. President Volodymyr Zelensky said the strikes would go on "as long as Russia keeps bombing our cities."');
    expect(hasTriple(quoted, 'Volodymyr Zelensky', 'president', 'Ukraine'), JSON.stringify(triples(quoted))).toBe(true);
    // A city that is no capital: "JOHANNESBURG (Newswire) —".
    const city = extract('JOHANNESBURG (Newswire) — Voters in South Africa went to the polls. President Tom Hale said the result was clear.');
    expect(hasTriple(city, 'Tom Hale', 'president', 'South Africa'), JSON.stringify(triples(city))).toBe(true);
    // No dateline, a dateline from a seat of blocs, a home country the story never names, or
    // another country the clause or the sentence before is about, and the home one not named since: no owner.
    for (const text of [
      "Ukraine's army said it hit a depot. President Volodymyr Zelensky said strikes would go on.",
      "GENEVA (Newswire) — Switzerland's envoy spoke. President Volodymyr Zelensky said strikes would go on.",
      'LONDON (Newswire) — Prime Minister Keir Starmer said the vote was lost.',
      "KYIV (Newswire) — Ukraine's army said it hit a depot. Germany has promised to send tanks, Defence Minister Boris Pistorius said.",
      "KYIV (Newswire) — Ukraine's army said it hit a depot. Hungary did not comment. Prime Minister Viktor Orban met Vladimir Putin.",
      "TOKYO (Newswire) — Japan's Halden Steel bought Vantrex. The deal was approved by President Tom Hale after Halden Steel agreed to give the U.S. government a share.",
    ]) {
      expect(triples(extract(text)).filter(([, p]) => p === 'president' || p === 'minister'), text).toEqual([]);
    }
  });

  it('holds such a role set off after its holder\'s name with "the" in the home country too ("Nicolas Grau, the economy minister,")', () => {
    const g = extract("KYIV (Newswire) — Ukraine's army said it hit a depot. Olena Hrytsak, the culture minister, praised the troops.");
    expect(hasTriple(g, 'Olena Hrytsak', 'minister', 'Ukraine'), JSON.stringify(triples(g))).toBe(true);
    const other = extract("KYIV (Newswire) — Ukraine's army said it hit a depot. Hungary did not comment. Peter Szijjarto, the foreign minister, met Vladimir Putin.");
    expect(triples(other).filter(([, p]) => p === 'minister')).toEqual([]);
  });

  it('reads a role that qualifies a noun after it as no one\'s ("the Lyon prosecutor\'s office said")', () => {
    const g = extract('Tom Hale, who was arrested on Saturday, was released after paying bail, the Lyon prosecutor\'s office said.');
    expect(triples(g).filter(([s, p]) => s === 'Tom Hale' && p === 'prosecutor')).toEqual([]);
  });

  it('holds no role in the dateline\'s country that a body\'s noun qualifies ("union president")', () => {
    const g = extract("KYIV (Newswire) — Ukraine's army said it hit a depot. The strike was wrong, said union president Ivan Sirko and bank president Olena Hrytsak.");
    expect(triples(g).filter(([s, p]) => ['Ivan Sirko', 'Olena Hrytsak'].includes(s) && p === 'president')).toEqual([]);
  });

  it('types who an organisation\'s rival or unit is named as an organisation, against the tagger', () => {
    const g = extract('Halden Bank was sued on Tuesday. Kessler, Halden Bank\'s closest rival, was not named in the lawsuit.');
    expect(node(g, 'Kessler')?.type).toBe('Organization');
    expect(relations(g)).toContain('Kessler --rival of--> Halden Bank');
  });

  it('holds no national role in the dateline\'s country when the sentence named another country before it', () => {
    const g = extract('CARACAS (Newswire) — Venezuela released six prisoners on Friday. Tom Hale flew the men back to the United States, according to President Ana Ruiz.');
    expect(triples(g).filter(([s]) => s === 'Ana Ruiz')).toEqual([]);
  });

  it('is not broken by curly quotes, dashes and non-breaking spaces', () => {
    const plain = extract(`Chancellor Olaf Scholz said Germany's supply of Leopard tanks - a major step - would continue. "Spain opposed the plan."`);
    const fancy = extract(`Chancellor Olaf\u00a0Scholz said Germany\u2019s supply of Leopard tanks \u2014 a major step \u2014 would continue. \u201cSpain opposed the plan.\u201d`);
    expect(relations(fancy)).toEqual(relations(plain));
    expect(hasTriple(fancy, 'Germany', 'supply', 'Leopard')).toBe(true);
    expect(hasTriple(fancy, 'Spain', 'oppose', 'plan')).toBe(true);
  });

  it('takes the name that closes a description set off after a subject as the one who acts ("Its largest investor, the Singapore state fund Temasek, did not sell")', () => {
    const g = extract("Kestrel Aerospace listed on Monday. Its largest investor, the Singapore state fund Temasek, did not sell any shares. Elena Voss's father, rancher Tomas Voss, was convicted of the murder of Carl Grant.");
    expect(hasTriple(g, 'Temasek', 'sell', 'shares'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Tomas Voss', 'murder', 'Carl Grant')).toBe(true);
    expect(triples(g).some(([s, p]) => s === 'father' && p === 'murder')).toBe(false);
    // The name may follow a title of its own.
    const titled = extract("The ruling coalition's candidate, former prime minister Tom Hale, conceded defeat.");
    expect(hasTriple(titled, 'Tom Hale', 'concede', 'defeat'), JSON.stringify(triples(titled))).toBe(true);
  });

  it('finds the subject before an aside that ends in a comma', () => {
    const g = extract('Norsk Hydro, which is headquartered in Oslo, Norway, acquired Alumetal. Firefighters in Patras, Greece, rescued Eleni Markou.');
    expect(hasTriple(g, 'Norsk Hydro', 'acquire', 'Alumetal')).toBe(true);
    expect(triples(g).some(([s, p]) => (s === 'Oslo' || s === 'Norway') && p === 'acquire')).toBe(false);
    expect(hasTriple(g, 'firefighters', 'rescue', 'Eleni Markou')).toBe(true);
    expect(triples(g).some(([s, p]) => s === 'Greece' && p === 'rescue')).toBe(false);
  });

  it('does not take the subject of a following clause as one more object', () => {
    const g = extract('The Bundestag approved the budget, and the Bundesrat adjourned.');
    expect(hasTriple(g, 'Bundestag', 'approve', 'budget')).toBe(true);
    expect(hasTriple(g, 'Bundestag', 'approve', 'Bundesrat')).toBe(false);
  });

  it('resolves he and she to a person of matching gender, never to the subject of the same clause', () => {
    const g = extract('Anna Berg met Thomas Keller in Vienna on Friday. She praised the agreement. Keller had spoken when Berg thanked him.');
    expect(hasTriple(g, 'Anna Berg', 'praise', 'agreement')).toBe(true);
    expect(hasTriple(g, 'Thomas Keller', 'praise', 'agreement')).toBe(false);
    expect(hasTriple(g, 'Anna Berg', 'thank', 'Thomas Keller')).toBe(true);
  });

  it('gives a gerund after "of", "with" or "for" the actor of the verb before it', () => {
    const g = extract('Prosecutors charged Viktor Sokol with bribing Judge Ana Petrescu. Mark Dyson was convicted of defrauding Halcyon Bank. Kyiv thanked Norway for supplying NASAMS.');
    expect(hasTriple(g, 'Viktor Sokol', 'bribe', 'Ana Petrescu')).toBe(true);
    expect(hasTriple(g, 'Mark Dyson', 'defraud', 'Halcyon Bank')).toBe(true);
    expect(hasTriple(g, 'Norway', 'supply', 'NASAMS')).toBe(true);
  });

  it('reads the act a sentence was passed for across the penalty ("sentenced to 20 years in prison for the murder of …")', () => {
    const g = extract('Carl Rudd was sentenced to 20 years in prison for the murder of Elena Voss. Ivo Petrov was sentenced to death for the killing of Marek Dvorak.');
    expect(hasTriple(g, 'Carl Rudd', 'murder', 'Elena Voss')).toBe(true);
    expect(hasTriple(g, 'Ivo Petrov', 'kill', 'Marek Dvorak')).toBe(true);
  });

  it('reads the act across a penalty of several parts and a year ("sentenced to 20 years to life for", "executed in 1933 for")', () => {
    const g = extract('Tom Rudd, sentenced to 20 years to life for the murder of Elena Voss, staged a hunger strike. Ivo Petrov was executed in 1933 for the assassination of Marek Dvorak.');
    expect(hasTriple(g, 'Tom Rudd', 'murder', 'Elena Voss'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Ivo Petrov', 'assassinate', 'Marek Dvorak')).toBe(true);
  });

  it('reads where something is from a copula and a place preposition', () => {
    const g = extract('Trieste is in Friuli Venezia Giulia region. The singer Marta Kubisova is from Ceske Budejovice.');
    expect(hasTriple(g, 'Trieste', 'located in', 'Friuli Venezia Giulia')).toBe(true);
    expect(hasTriple(g, 'Marta Kubisova', 'from', 'Ceske Budejovice')).toBe(true);
  });

  it('links a person to the institution of an occupation in apposition', () => {
    const g = extract('Lena Fischer, spokeswoman for the Hanseatic Shipping Company, declined to comment.');
    expect(triples(g).some(([s, , o]) => s === 'Lena Fischer' && o === 'Hanseatic Shipping Company')).toBe(true);
  });

  it('types names with initials or beside a role as people, and keeps a name that begins with a place whole', () => {
    const g = extract('Halvard K. Lunde testified on Monday. Tomasz Wrona, treasurer of the club, resigned. Boston Dynamics opened a lab in West Point.');
    expect(node(g, 'Halvard K. Lunde')?.type).toBe('Person');
    expect(node(g, 'Tomasz Wrona')?.type).toBe('Person');
    expect(node(g, 'Boston Dynamics')).toBeDefined();
    expect(node(g, 'West Point')?.type).toBe('Place');
    expect(node(g, 'West')).toBeUndefined();
  });

  it('reads a role word opening an institution\'s name as part of the name ("Ukraine\'s General Staff")', () => {
    const g = extract("Ukraine's General Staff said on Saturday that its drones had struck the depot. The Foreign Ministry declined to comment.");
    expect(node(g, 'General Staff')?.type).toBe('Organization');
    expect(node(g, 'Foreign Ministry')?.type).toBe('Organization');
    expect(node(g, 'Staff')).toBeUndefined();
  });

  it('keeps "and" and "of the" inside an organisation\'s name, and no further', () => {
    const g = extract('Agents of the Drug and Alcohol Control Agency met Ines Vidal of the Council of the Baltic Sea States. Serbia and Hungary signed the pact. Troops gathered near Bolivia\'s border.');
    expect(node(g, 'Drug and Alcohol Control Agency')?.type).toBe('Organization');
    expect(node(g, 'Council of the Baltic Sea States')?.type).toBe('Organization');
    expect(node(g, 'Serbia')).toBeDefined();
    expect(node(g, 'Hungary')).toBeDefined();
    expect(node(g, 'Bolivia\'s border')).toBeUndefined();
  });

  it('gives a trailing participle clause the subject of the clause it follows, past an adverbial clause', () => {
    const g = extract('Belarus fired 40 rockets overnight, wounding two guards in Grodno. Premier Ana Brnabic said Serbia would keep its troops in Raska until Kosovo disarms, rejecting demands from the OSCE.');
    expect(hasTriple(g, 'Belarus', 'wound', 'guards')).toBe(true);
    expect(hasTriple(g, 'Serbia', 'reject', 'demands')).toBe(true);
    expect(triples(g).some(([s, p]) => s === 'Kosovo' && p === 'reject')).toBe(false);
    // Unless that subject is a thing no name stands for, which accuses no one.
    const thing = extract('The announcement came weeks after Finance Minister Tom Hale quit, accusing Jan Novak of failing to act.');
    expect(hasTriple(thing, 'Tom Hale', 'accuse', 'Jan Novak'), JSON.stringify(triples(thing))).toBe(true);
  });

  it('links a role held at "the company" to the company named before', () => {
    const g = extract('Shares of Vestas rose on Thursday. Henrik Andersen, the company\'s chief executive, travelled to Madrid.');
    expect(triples(g).some(([s, , o]) => s === 'Henrik Andersen' && o === 'Vestas')).toBe(true);
    expect(triples(g).some(([s, , o]) => s === 'Henrik Andersen' && o === 'company')).toBe(false);
  });

  it('reads names joined by a slash as two coordinated names', () => {
    const g = extract('Earlier, Serbia/Hungary opposed the quota.');
    expect(node(g, 'Serbia/Hungary')).toBeUndefined();
    expect(hasTriple(g, 'Serbia', 'oppose', 'quota')).toBe(true);
    expect(hasTriple(g, 'Hungary', 'oppose', 'quota')).toBe(true);
  });

  it('reads owners after a titled name, possessive affiliations and personal relations in apposition', () => {
    const g = extract('King Harald Olsen of Norway met Slovakia\'s Robert Fico. Fico, a close ally of Andrej Kiska, praised the deal.');
    expect(hasTriple(g, 'Harald Olsen', 'king', 'Norway')).toBe(true);
    expect(hasTriple(g, 'Robert Fico', 'from', 'Slovakia')).toBe(true);
    expect(hasTriple(g, 'Robert Fico', 'ally', 'Andrej Kiska')).toBe(true);
  });

  it('reads a subject after a clause-opening preposition and a possessive, and objects after a number', () => {
    const g = extract('Prices fell after Chile\'s Gabriel Boric rejected the tariff. Sweden will send 12 Gripen jets to Peru.');
    expect(hasTriple(g, 'Gabriel Boric', 'reject', 'tariff')).toBe(true);
    expect(triples(g).some(([s, p, o]) => s === 'Sweden' && p === 'send' && o.startsWith('Gripen'))).toBe(true);
  });

  it('reads qualified roles, killers and organisations of a country in apposition or possessive', () => {
    const g = extract("Ellen Marsh, the news director of WKRP, resigned. Tom Hale, the killer of Ray Dunn, was caught. Russia's Defence Ministry issued a statement.");
    expect(node(g, 'Ellen Marsh')?.type).toBe('Person');
    expect(hasTriple(g, 'Ellen Marsh', 'director', 'WKRP')).toBe(true);
    expect(hasTriple(g, 'Tom Hale', 'kill', 'Ray Dunn')).toBe(true);
    expect(relations(g)).toContain('Defence Ministry --ministry of--> Russia');
    expect(hasTriple(g, 'Defence Ministry', 'based in', 'Russia')).toBe(true);
  });

  it('reads a compass word between "in" and a name as part of where, not as a preposition ("in northeast Nigeria")', () => {
    expect(relations(extract('Floods hit Maiduguri in northeast Nigeria.'))).toContain('Maiduguri --in--> Nigeria');
    expect(relations(extract('The plant lies northeast of Lyon.'))).not.toContain('plant --in--> Lyon');
  });

  it('reads a known city before a known country or state as a place inside it, and a list of countries as a list', () => {
    const g = extract('Storms flooded streets in Kharkiv, Ukraine, and Memphis, Tenn. Russia, Ukraine and Poland signed the accord. The plant in Macon, Ga., closed.');
    expect(relations(g)).toContain('Kharkiv --in--> Ukraine');
    expect(relations(g)).toContain('Memphis --in--> Tennessee');
    expect(relations(g)).toContain('Macon --in--> Georgia');
    expect(relations(g).filter((r) => r.startsWith('Russia --in') || r.startsWith('Ukraine --in'))).toEqual([]);
  });

  it('takes no name before a role for the object, which is the role\'s holder', () => {
    const g = extract('Tom Wright said the Ohio senator supported the bill. Ana Ruiz met Ohio Senator Carl Brandt on Monday.');
    expect(triples(g).filter(([s, , o]) => s === 'Tom Wright' && o === 'Ohio'), JSON.stringify(triples(g))).toEqual([]);
    expect(hasTriple(g, 'Ana Ruiz', 'meet', 'Carl Brandt'), JSON.stringify(triples(g))).toBe(true);
  });

  it('knows other countries\' provinces as regions places lie in, and the country they lie in', () => {
    const g = extract('A fire burned south of Kelowna, British Columbia. Floods hit Chengdu, Sichuan, on Monday. Police in Guangdong, China, arrested three men.');
    expect(relations(g)).toContain('Kelowna --in--> British Columbia');
    expect(relations(g)).toContain('Chengdu --in--> Sichuan');
    expect(relations(g)).toContain('Guangdong --in--> China');
    expect(node(g, 'British Columbia')?.type).toBe('Place');
  });

  it('reads where people are from: natives, residents and a place set off by a comma', () => {
    const g = extract('The song was written by Tulsa native Carl Brandt. Police arrested Jake Moss, a Dayton native, on Friday. The fire was reported by Dr. Ana Ruiz, of Reno.');
    expect(hasTriple(g, 'Carl Brandt', 'write', 'song')).toBe(true);
    expect(hasTriple(g, 'Carl Brandt', 'native', 'Tulsa')).toBe(true);
    expect(node(g, 'Tulsa')?.type).toBe('Place');
    expect(relations(g)).toContain('police --arrested--> Jake Moss');
    expect(relations(g).some((r) => r.includes('arrested--> Dayton'))).toBe(false);
    expect(hasTriple(g, 'Jake Moss', 'native', 'Dayton')).toBe(true);
    expect(hasTriple(g, 'Ana Ruiz', 'report', 'fire')).toBe(true);
    expect(hasTriple(g, 'Ana Ruiz', 'from', 'Reno')).toBe(true);
  });

  it('reads where a legislator and a person of a given age are from', () => {
    const g = extract('The bill passed, said Sen. Ruth Halvorsen, D-Minn., chairman of the budget panel. Olga Reyes, 54, of Tucson, watched the vote.');
    expect(hasTriple(g, 'Ruth Halvorsen', 'from', 'Minnesota')).toBe(true);
    expect(node(g, 'Minnesota')?.type).toBe('Place');
    expect(node(g, 'D-Minn')?.type).not.toBe('Person');
    expect(hasTriple(g, 'Olga Reyes', 'from', 'Tucson')).toBe(true);
  });

  it('links occupations held with an institution, after a complement or coordinated', () => {
    const g = extract(
      'Mira Talvik, an analyst with the Baltic Energy Institute, said prices would rise. ' +
        'The plan failed, said Jon Ekdahl, chief of research for the Nordic Grid Agency. ' +
        'The data were checked by Anu Peltola, a chemist and geologist at Tampere University.',
    );
    expect(hasTriple(g, 'Mira Talvik', 'analyst', 'Baltic Energy Institute')).toBe(true);
    expect(hasTriple(g, 'Jon Ekdahl', 'chief', 'Nordic Grid Agency')).toBe(true);
    expect(triples(g).some(([s, , o]) => s === 'Anu Peltola' && o === 'Tampere University')).toBe(true);
  });

  it('reads a birthplace after a year, and a native named by a copula', () => {
    const g = extract('Ada Brightwater was born in 1911 in Lowell County. Kersey is a Marlboro native. He is a Dover native too.');
    expect(hasTriple(g, 'Ada Brightwater', 'born', 'Lowell County')).toBe(true);
    expect(hasTriple(g, 'Kersey', 'native', 'Marlboro')).toBe(true);
    expect(node(g, 'Kersey')?.type).toBe('Person');
  });

  it('takes a name set off after a description as the subject, and a place or company modifying an occupation as where a person works', () => {
    const g = extract(
      'In 1820, the first mayor of the town, Elias Marsh, was born in Dover. ' +
        'The roof held, said Priya Raman, a Chicago architect. Officials thanked Microsoft engineer Lukas Brandt.',
    );
    expect(hasTriple(g, 'Elias Marsh', 'born', 'Dover')).toBe(true);
    expect(hasTriple(g, 'Priya Raman', 'based in', 'Chicago')).toBe(true);
    expect(hasTriple(g, 'Lukas Brandt', 'engineer', 'Microsoft')).toBe(true);
  });

  it('takes a name set off after a description as the subject past its acronym in brackets ("His party, Pakistan Tehreek-e-Insaf (PTI), welcomed …")', () => {
    const g = extract('Tom Hale was jailed on Monday. His party, the Kestia Freedom Movement (KFM), welcomed the verdict.');
    expect(relations(g)).toContain('Kestia Freedom Movement --welcomed--> verdict');
    expect(triples(g).some(([s, p]) => s === 'party' && p === 'welcome')).toBe(false);
  });

  it('takes every name of a list joined by "and" alone as a subject, past a plural noun for what the names are ("Microsoft and rivals Amazon and Alphabet are spending …")', () => {
    const g = extract('Orion Cloud and rivals Kestrel and Halden Group are spending money. Tom Hale and Ana Ruiz and Ivo Brandt signed a deal.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Orion Cloud --are spending--> money', 'Kestrel --are spending--> money', 'Halden Group --are spending--> money', 'Tom Hale --signed--> deal', 'Ana Ruiz --signed--> deal', 'Ivo Brandt --signed--> deal']));
    expect(triples(g).some(([s]) => s === 'rivals')).toBe(false);
  });

  it('takes the names before an aside of examples as the subject ("Adani and seven other defendants, including his nephew, agreed …")', () => {
    const g = extract('Prosecutors said Tom Hale and seven other defendants, including his nephew Ivo Hale, agreed to pay bribes.');
    expect(relations(g)).toContain('Tom Hale --agreed to pay--> bribes');
    expect(triples(g).some(([s, p]) => s === 'Ivo Hale' && p === 'pay')).toBe(false);
  });

  it('ends a phrase before a span of time that says when ("released 90 prisoners hours later")', () => {
    expect(relations(extract('Hamas freed three women on Sunday, and Kestia released 90 prisoners hours later.'))).toContain('Kestia --released--> prisoners');
  });

  it('takes each name of a list set off after a description as a subject ("The groups, NetChoice and the CCIA, had sued …")', () => {
    const g = extract('The groups, Orion Cloud and the Halden Trade Association, had sued Attorney General Tom Hale.');
    expect(triples(g).filter(([, p]) => p === 'sue')).toEqual([['Orion Cloud', 'sue', 'Tom Hale'], ['Halden Trade Association', 'sue', 'Tom Hale']]);
    // Not names listed inside an aside of its own.
    const operating = extract('The group, which operates in Hungary and Poland, sued Attorney General Tom Hale.');
    expect(triples(operating).filter(([, p]) => p === 'sue')).toEqual([]);
  });

  it('finds the subject of a verb after a prepositional phrase with a title, of an infinitive after an adjective, and of a gerund after a name', () => {
    const g = extract(
      "John Hale slipped into the Governor's office and stole the ledger. " +
        'Later Tomas Ruiz pleaded guilty to robbing Grand Bank. ' +
        'The film showed Ada Vance calmly signing the treaty.',
    );
    expect(hasTriple(g, 'John Hale', 'steal', 'ledger')).toBe(true);
    expect(hasTriple(g, 'Tomas Ruiz', 'rob', 'Grand Bank')).toBe(true);
    expect(hasTriple(g, 'Ada Vance', 'sign', 'treaty')).toBe(true);
  });

  it('leaves the subject of an object-control verb and an idiom with "own" alone', () => {
    const g = extract('The policies of Norway have led many to question their value. Later Anna Berg said that Finland is ready to stand on her own.');
    expect(triples(g).some(([s, p]) => s === 'Norway' && p === 'question')).toBe(false);
    expect(triples(g).some(([, , o]) => o === 'Anna Berg')).toBe(false);
  });

  it('reads roles and occupations with qualifiers: a noun before the role, a party before it, a complement after it', () => {
    const g = extract(
      'NATO press spokesman Olaf Brenn said the talks would resume. ' +
        'Ida Lund, a former Liberal member of the Vaxholm Town Council, resigned. ' +
        'Omar Haddad, director for research at the Amman Water Authority, said the wells were dry.',
    );
    expect(hasTriple(g, 'Olaf Brenn', 'spokesman', 'NATO')).toBe(true);
    expect(hasTriple(g, 'Ida Lund', 'member', 'Vaxholm Town Council')).toBe(true);
    expect(triples(g).some(([s, , o]) => s === 'Omar Haddad' && o === 'Amman Water Authority')).toBe(true);
  });

  it("reads a place named with the place it lies in, and a city in apposition to another place's capital", () => {
    const g = extract("Floods hit Kenya's Tana River on Monday. The convoy stopped north of Tripoli, Libya's capital.");
    expect(hasTriple(g, 'Tana River', 'located in', 'Kenya')).toBe(true);
    expect(hasTriple(g, 'Tripoli', 'located in', 'Libya')).toBe(true);
  });

  it('reads the institution a person works for after the object of a work verb, and a -man occupation with its employer', () => {
    const g = extract('Lena Holt covers the Kremlin for the Financial Times. Later BBC newsman Tom Reed arrived. Anna Berg works for Nokia.');
    expect(hasTriple(g, 'Lena Holt', 'work for', 'Financial Times')).toBe(true);
    expect(hasTriple(g, 'Tom Reed', 'newsman', 'BBC')).toBe(true);
    expect(relations(g).filter((r) => r.startsWith('Anna Berg'))).toEqual(['Anna Berg --works for--> Nokia']);
  });

  it('reads a participle between an article and a noun, and a plural noun compromise calls a verb, as parts of the phrase', () => {
    const g = extract('Ivo Brandt, the convicted killer of civil rights leader Amos Teller, married Lena Frey in 1990.');
    expect(hasTriple(g, 'Ivo Brandt', 'kill', 'Amos Teller')).toBe(true);
    expect(hasTriple(g, 'Ivo Brandt', 'marry', 'Lena Frey')).toBe(true);
    expect(relations(g).some((r) => r.startsWith('Amos Teller --married'))).toBe(false);
  });

  it('reads a gerund "and" joins to a noun or an owner precedes, before a noun, as part of the phrase, unless a gerund came before it', () => {
    const g = extract('Ana Ruiz criticised Vantrex Foods for late trains and rising debt. Vantrex Foods is building roads and raising prices.');
    expect(triples(g).some(([, p]) => p === 'rise')).toBe(false);
    expect(hasTriple(g, 'Vantrex Foods', 'raise', 'prices')).toBe(true);
    const owned = extract('The International Monetary Fund praised the government\'s spending cuts. The fund expected to complete its review, with ministers including Ana Ruiz.');
    expect(triples(owned).some(([, p]) => p === 'spend' || p === 'include'), JSON.stringify(triples(owned))).toBe(false);
    expect(hasTriple(owned, 'IMF', 'complete', 'review')).toBe(true);
  });

  it('gives a gerund after "in" the subject of its clause when it has an object, and finds an object titled by a plain noun', () => {
    const g = extract('The panel found that Rolf Steiner acted alone in killing Mayor Ida Brun. A jury convicted gunman Otto Lenz of killing Karl Ames. Pia Holm is in failing health.');
    expect(hasTriple(g, 'Rolf Steiner', 'kill', 'Ida Brun')).toBe(true);
    expect(hasTriple(g, 'Otto Lenz', 'kill', 'Karl Ames')).toBe(true);
    expect(triples(g).some(([, p]) => p === 'fail')).toBe(false);
  });

  it('reads the act of a legal verb across a titled victim ("suspected of the assassination of civil rights leader …")', () => {
    const g = extract('Police announced the arrest of Tom Vance, suspected of the murder of union leader Ada Klein.');
    expect(hasTriple(g, 'Tom Vance', 'murder', 'Ada Klein')).toBe(true);
  });

  it('reads a home, a home town or a native place named with a possessive, and where a person described after a comma is from', () => {
    const g = extract(
      'Carl Brandt flew back to his Iowa hometown on Friday. Police raided Ana Ruiz\'s Tulsa home. Mark Dyson spoke from his home in Reno. Tom Reed won in his native Ohio. Jake Moss, an electrician from Dayton, testified. Ivo Petrov, a deputy from Omsk, objected.',
    );
    expect(hasTriple(g, 'Carl Brandt', 'from', 'Iowa')).toBe(true);
    expect(hasTriple(g, 'Ana Ruiz', 'lives in', 'Tulsa')).toBe(true);
    expect(hasTriple(g, 'Mark Dyson', 'lives in', 'Reno')).toBe(true);
    expect(hasTriple(g, 'Tom Reed', 'from', 'Ohio')).toBe(true);
    expect(node(g, 'Ohio')?.aliases).not.toContain('native Ohio');
    expect(hasTriple(g, 'Jake Moss', 'from', 'Dayton')).toBe(true);
    expect(triples(g).some(([s, , o]) => s === 'Ivo Petrov' && o === 'Omsk')).toBe(true);
  });

  it('reads a role phrase opening a sentence as said of its pronoun subject ("A native of Nyeri, she …")', () => {
    const g = extract('Amina Otieno won the party vote. A native of Kisumu, she has pledged to cut fuel taxes.');
    expect(hasTriple(g, 'Amina Otieno', 'native', 'Kisumu')).toBe(true);
  });

  it('reads what someone lost to a winner as won by the winner, unless the loss is denied', () => {
    const g = extract('Labour loses Hexley by-election to Reform UK. Nordvik Shipping did not lose the contract to Talvik Lines.');
    expect(hasTriple(g, 'Reform UK', 'win', 'Hexley by-election')).toBe(true);
    expect(triples(g).some(([s, p]) => s === 'Talvik Lines' && p === 'win')).toBe(false);
    // Past the name that qualifies the winner's.
    const rival = extract('Vantrex Foods has lost the contract to U.S. rival Halden Foods.');
    expect(hasTriple(rival, 'Halden Foods', 'win', 'contract'), JSON.stringify(triples(rival))).toBe(true);
    expect(triples(rival).some(([s, p]) => s === 'United States' && p === 'win')).toBe(false);
  });

  it('reads the institution of a role or occupation through its unit, a description set off before its name, and past a place the role covers', () => {
    const g = extract(
      "Ola Berg, a chemist with Halvorsen Systems' research division, spoke. Ivan Petrov, chairman of the largest opposition party, the Civic Union, objected. Tom Reed is Moscow correspondent for Baltic News.",
    );
    expect(hasTriple(g, 'Ola Berg', 'chemist', 'Halvorsen Systems')).toBe(true);
    expect(hasTriple(g, 'Ivan Petrov', 'chairman', 'Civic Union')).toBe(true);
    expect(hasTriple(g, 'Tom Reed', 'correspondent', 'Baltic News')).toBe(true);
    expect(triples(g).some(([s, , o]) => s === 'Tom Reed' && o === 'Moscow')).toBe(false);
  });

  it('gives a verb of saying or asking after a reported clause to the one who reported it', () => {
    const g = extract('Peru said the merger broke the rules and urged Chile to block it. Ana Ruiz said Orion Cloud would appeal and criticised the court.');
    expect(hasTriple(g, 'Peru', 'urge', 'Chile'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Ana Ruiz', 'criticise', 'court'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).some(([s, p]) => s !== 'Peru' && p === 'urge')).toBe(false);
    // Past a verb group compromise splits ("would keep" "helping").
    const split = extract('Tom Hale said Orion Cloud would keep helping borrowers and accused Halden Group of lying.');
    expect(hasTriple(split, 'Tom Hale', 'accuse', 'Halden Group'), JSON.stringify(triples(split))).toBe(true);
    // A tensed verb joins the tensed verb before it, not the gerund in its phrase ("accused … of blocking … and said").
    const joined = extract('Tom Hale accused Jan Novak of blocking a compromise on the budget and said he would call a vote.');
    expect(hasTriple(joined, 'Tom Hale', 'call', 'vote'), JSON.stringify(triples(joined))).toBe(true);
  });

  it('gives the infinitive after two objects of a verb of giving to the first, who is given the time or the means ("gave Anatel 24 hours to block …")', () => {
    const g = extract('Judge Tom Hale gave telecom regulator Kestel 24 hours to block access to Orion Cloud.');
    expect(hasTriple(g, 'Kestel', 'block', 'access'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Tom Hale', 'block', 'access')).toBe(false);
  });

  it('gives a participle clause the tensed clause\'s subject, past an infinitive and past "the city of" before an object', () => {
    const g = extract('Peru has urged Chile to stop buying coal, fearing a rise in prices. Missiles hit the city of Darrow, killing Tom Hale.');
    expect(hasTriple(g, 'Peru', 'fear', 'rise'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'missiles', 'kill', 'Tom Hale'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).some(([s, p]) => (s === 'Chile' && p === 'fear') || (s === 'Darrow' && p === 'kill'))).toBe(false);
  });

  it('takes "they" for no single country that said it', () => {
    const g = extract('Norway has stepped up attacks on Vantrian depots, saying they supply Orion Cloud.');
    expect(triples(g).some(([s, p]) => s === 'Norway' && p === 'supply'), JSON.stringify(triples(g))).toBe(false);
  });

  it('takes a relative with a plural verb for the plural a name\'s phrase modifies, not the name', () => {
    const g = extract('The company blamed protests in Darrow that have hurt sales of Orion Cloud.');
    expect(hasTriple(g, 'protests', 'hurt', 'Orion Cloud'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).some(([s, p]) => s === 'Darrow' && p === 'hurt')).toBe(false);
  });

  it('gives a verb after "and" the subject of the verb before, past "the city of" and its name', () => {
    const g = extract('The quake destroyed homes in the eastern city of Darrow and triggered a landslide near Orion Cloud.');
    expect(hasTriple(g, 'quake', 'trigger', 'Orion Cloud'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).some(([s]) => s === 'Darrow')).toBe(false);
  });

  it('reads "after" as opening a clause whose subject has phrases of its own', () => {
    const g = extract('Vantrex Rovers sacked coach Tom Hale on Friday after a slow start to the season left the club 12th in the league.');
    expect(hasTriple(g, 'start', 'leave', 'Vantrex Rovers'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).some(([s, p]) => s === 'Tom Hale' && p === 'leave')).toBe(false);
  });

  it('gives a participle clause after a relative clause on the object the subject of the main clause', () => {
    const g = extract('The Supreme Court upheld a Nevada law that bans casinos, rejecting an appeal from Vantrex Foods.');
    expect(hasTriple(g, 'Supreme Court', 'reject', 'appeal')).toBe(true);
    expect(triples(g).some(([s, p]) => p.includes('reject') && s !== 'Supreme Court')).toBe(false);
  });

  it('gives a participle clause after coordinated objects the subject of the clause, not the objects', () => {
    const g = extract("Kyiv demands a troop withdrawal and compensation for the damage, rejecting Moscow's terms.");
    expect(hasTriple(g, 'Kyiv', 'reject', 'terms')).toBe(true);
    expect(triples(g).some(([s, p]) => p === 'reject' && s !== 'Kyiv')).toBe(false);
  });

  it('reads a clause a reporting verb takes without "that" after a compound subject, and an object modified by a name and a participle', () => {
    const g = extract('The ministry claimed Polish intelligence officers were involved. The raid utilized US-supplied HIMARS launchers.');
    expect(triples(g).some(([s, p]) => s === 'ministry' && p === 'claim')).toBe(false);
    expect(hasTriple(g, 'raid', 'utilize', 'HIMARS')).toBe(true);
    expect(hasTriple(g, 'United States', 'supply', 'HIMARS')).toBe(true);
  });

  it('reads an underscore as wire copy\'s dash, and a relative clause set off by dashes as said of the name before it', () => {
    const g = extract('Lena Holt is attorney for Baltic Holdings Inc. _ the company which owns Riga-based Nordic Ferries _ and said so. Anna Berg lives in Oslo and actor Tom Reed _ who was born in Bergen _ lives in Paris.');
    expect(hasTriple(g, 'Baltic Holdings Inc', 'own', 'Nordic Ferries')).toBe(true);
    expect(hasTriple(g, 'Tom Reed', 'born', 'Bergen')).toBe(true);
    expect(triples(g).some(([s, , o]) => s === 'Anna Berg' && o === 'Tom Reed')).toBe(false);
    expect(node(g, '_')).toBeUndefined();
    const wealth = extract('Tom Reed amassed great wealth _ all without holding office.');
    expect(triples(wealth)).toContainEqual(['Tom Reed', 'amass', 'wealth']);
  });

  it('gives a participle clause opening the sentence the main clause\'s subject, and makes no apposition of the name that ends it', () => {
    const g = extract('Born in Cork in 1950, Ines Calloway moved to Boston. Visiting Kyiv on Monday, Emmanuel Macron pledged aid.');
    expect(hasTriple(g, 'Ines Calloway', 'born', 'Cork')).toBe(true);
    expect(hasTriple(g, 'Emmanuel Macron', 'visit', 'Kyiv')).toBe(true);
    const opening = extract('Backed by Russia, the rebels seized Donetsk. In Kyiv, the officials denied it. Kari Nilsen worked for Vanterpool Shipping, a logistics firm based in Rotterdam.');
    expect(triples(opening).filter(([s]) => s === 'Russia' || s === 'Kyiv')).toEqual([]);
    expect(hasTriple(opening, 'Vanterpool Shipping', 'base', 'Rotterdam')).toBe(true);
  });

  it('reads the verb after "who" as a verb, a conviction "for" an act, and the subject of a gerund after a thing it has', () => {
    const g = extract(
      'Ivo Brandt was the man who killed Mayor Ada Klein, a court found. Otto Lenz was convicted for the 1970 murder of Karl Ames. Tom Reed said he got the idea for robbing Baltic Bank from a film.',
    );
    expect(hasTriple(g, 'Ivo Brandt', 'kill', 'Ada Klein')).toBe(true);
    expect(hasTriple(g, 'Otto Lenz', 'murder', 'Karl Ames')).toBe(true);
    expect(hasTriple(g, 'Tom Reed', 'rob', 'Baltic Bank')).toBe(true);
  });

  it('reads the act a court deals with past names and nouns that qualify it, a phrase of time, and the death it caused', () => {
    const g = extract(
      'Ivo Lenz was convicted of the 1968 Oslo election night slaying of Ada Klein. Tom Reed was convicted last month of first-degree murder in the death of Anna Berg\'s husband, Karl Berg. Otto Lenz was charged in the killing of Karl Ames.',
    );
    expect(hasTriple(g, 'Ivo Lenz', 'slay', 'Ada Klein')).toBe(true);
    expect(hasTriple(g, 'Tom Reed', 'murder', 'Karl Berg')).toBe(true);
    expect(hasTriple(g, 'Tom Reed', 'murder', 'Anna Berg')).toBe(false);
    expect(hasTriple(g, 'Otto Lenz', 'kill', 'Karl Ames')).toBe(true);
  });

  it('reads the act a court deals with past where it sat, and the doer as the object of an active verb', () => {
    const g = extract(
      'In 1969, Jan Kowal pleaded guilty in Memphis, Tenn., to the assassination of civil rights leader Pavel Dvorak. Tom Reed was convicted in federal court of the murder of Ada Klein. A jury found Carl Weber guilty of murdering Anna Berg. A jury convicted Highway 50 sniper Karl Ames of killing transit employee Otto Lenz.',
    );
    expect(hasTriple(g, 'Jan Kowal', 'assassinate', 'Pavel Dvorak')).toBe(true);
    expect(hasTriple(g, 'Tom Reed', 'murder', 'Ada Klein')).toBe(true);
    expect(hasTriple(g, 'Carl Weber', 'murder', 'Anna Berg')).toBe(true);
    expect(hasTriple(g, 'Karl Ames', 'kill', 'Otto Lenz')).toBe(true);
  });

  it('gives an act a court deals with to every victim it names', () => {
    const g = extract('Karel Novak was convicted of the murders of Pavel Dvorak and Jan Kowal.');
    expect(hasTriple(g, 'Karel Novak', 'murder', 'Pavel Dvorak')).toBe(true);
    expect(hasTriple(g, 'Karel Novak', 'murder', 'Jan Kowal')).toBe(true);
  });

  it('reads a role\'s owner across adjectives before it, and keeps a noun qualifying the role in the label', () => {
    const g = extract("Estonia's new defence minister, Hanno Pevkur, spoke. Ohio's reform-minded governor, Ted Strickland, agreed. Kenya's main opposition leader Raila Odinga objected.");
    expect(hasTriple(g, 'Hanno Pevkur', 'minister', 'Estonia')).toBe(true);
    expect(hasTriple(g, 'Ted Strickland', 'governor', 'Ohio')).toBe(true);
    expect(relations(g)).toContain('Raila Odinga --opposition leader of--> Kenya');
  });

  it('finds a role\'s holder set off before it past an age and the owner\'s name', () => {
    const g = extract('Hal Winter, 53, a former Yale University law professor, spoke. Ola Dahl, a Harvard University law professor, wrote. Tanja Berg, 61, Estonia\'s new defence minister, agreed.');
    expect(relations(g)).toContain('Hal Winter --former law professor of--> Yale University');
    expect(relations(g)).toContain('Ola Dahl --law professor of--> Harvard University');
    expect(hasTriple(g, 'Tanja Berg', 'minister', 'Estonia')).toBe(true);
    expect(relations(g).filter((r) => r.includes(' --law at--> '))).toEqual([]);
  });

  it('reads an occupation set off after a name past an age', () => {
    const g = extract('Olga Berg, 44, a physicist at Stockholm University, disagreed.');
    expect(hasTriple(g, 'Olga Berg', 'physicist', 'Stockholm University')).toBe(true);
  });

  it('reads a noun for a person after an organisation whose name is restated in brackets', () => {
    const g = extract('Most of the support has gone to Labor Party (PT) candidate Cecilia Soto. The union said Brightvale Logistics (BVL) engineer Paulo Mendes designed it.');
    expect(hasTriple(g, 'Cecilia Soto', 'candidate', 'Labor Party')).toBe(true);
    expect(hasTriple(g, 'Paulo Mendes', 'engineer', 'Brightvale Logistics')).toBe(true);
  });

  it('places an organisation in the place written before its name, unless a preposition governs the place', () => {
    const g = extract('Cape Town Supreme Court Judge Jan Berman refused. In Bonn Siemens said it would cut jobs.');
    expect(hasTriple(g, 'Supreme Court', 'based in', 'Cape Town')).toBe(true);
    expect(hasTriple(g, 'Siemens', 'based in', 'Bonn')).toBe(false);
    expect(relations(extract('FL0102033094 Lagos Radio Nigeria Network in English 1300 GMT 1 Feb 94'))).toContain('Radio Nigeria Network --source line--> Lagos');
  });

  it('reads what is said of a person past the age set off after their name', () => {
    const g = extract(
      'The hearing was set for Hal Dorsey, 60, serving 99 years for assassinating Ada Klein. Judge Anna Berg, 52, on Monday ordered the release of the goods. Frank Cuevas, 44, of Elm Street, shot James Miller.',
    );
    expect(hasTriple(g, 'Hal Dorsey', 'assassinate', 'Ada Klein')).toBe(true);
    expect(triples(g).filter(([, p]) => p === 'assassinate')).toHaveLength(1);
    expect(hasTriple(g, 'Anna Berg', 'order', 'release')).toBe(true);
    expect(hasTriple(g, 'Frank Cuevas', 'shoot', 'James Miller')).toBe(true);
  });

  it('reads where a role is posted beside whose it is', () => {
    const g = extract('Carl Warner, a former U.S. ambassador to Switzerland, was convicted. The ambassador to Japan, Ola Dahl, left. Anna Berg, Sweden\'s envoy to the United Nations, spoke.');
    expect(relations(g)).toEqual(
      expect.arrayContaining(['Carl Warner --former ambassador of--> United States', 'Carl Warner --former ambassador to--> Switzerland', 'Ola Dahl --ambassador to--> Japan', 'Anna Berg --envoy of--> Sweden', 'Anna Berg --envoy to--> United Nations']),
    );
  });

  it('reads a name set off before a noun for an organisation that another one modifies, and makes it an organisation', () => {
    const g = extract(
      'Researchers at Vestlab, the Nordvik Energy laboratory west of Oslo, said they had seen it. Vestlab director Ola Dahl said more data was needed. Yeltsin backed a plan for Chechnya, Interfax news agency said.',
    );
    expect(relations(g)).toContain('Vestlab --laboratory of--> Nordvik Energy');
    expect(node(g, 'Vestlab')?.type).toBe('Organization');
    expect(triples(g).filter(([s]) => s === 'Chechnya')).toEqual([]);
  });

  it('keeps a role\'s first word the role\'s, though an organisation named in full opens with it', () => {
    const g = extract('The Foreign Ministry said the talks failed. On Monday, Russian Foreign Minister Sergey Lavrov said so.');
    expect(relations(g)).toContain('Sergey Lavrov --foreign minister of--> Russia');
    expect(triples(g).filter(([s, , o]) => s === 'Sergey Lavrov' && o === 'Foreign Ministry')).toEqual([]);
  });

  it('reads the act a noun for its agent stands for, once, whichever way the agent is named', () => {
    const g = extract('In South Korea, Jae Kim, the assassin of President Ola Park, was executed. Mayor Carl Grant\'s killer, Elias Brann, was hanged.');
    expect(hasTriple(g, 'Jae Kim', 'kill', 'Ola Park')).toBe(true);
    expect(triples(g).filter(([s, p, o]) => s === 'Elias Brann' && p === 'kill' && o === 'Carl Grant')).toHaveLength(1);
  });

  it('reads a work named as someone\'s own, and only a person\'s', () => {
    const g = extract('Ana Lind taught school before publishing her first book, “The Salt Road,” in 1979. Critics loved Tom Reed\'s film “Blue Harbour.” The city\'s book “Old Bergen” sold well.');
    expect(hasTriple(g, 'Ana Lind', 'write', 'The Salt Road')).toBe(true);
    expect(hasTriple(g, 'Tom Reed', 'make', 'Blue Harbour')).toBe(true);
    expect(triples(g).filter(([, p]) => p === 'write')).toHaveLength(1);
  });

  it('takes a quoted title as the antecedent of the relative clause after it', () => {
    const g = extract('She is known for her book, “A House on Elm Street,” which was adapted into a film by director Alan Roe in 2001.');
    expect(hasTriple(g, 'Alan Roe', 'adapt', 'A House on Elm Street')).toBe(true);
  });

  it('reads who made a product, but not who made a decision', () => {
    const g = extract('Ola Dahl said the chips would be made by Nordvik Semiconductor. A decision was made by the board.');
    expect(hasTriple(g, 'Nordvik Semiconductor', 'make', 'chips')).toBe(true);
    expect(triples(g).filter(([s]) => s === 'board')).toEqual([]);
  });

  it('reads what a quantity\'s worth is of, and whom it came from once', () => {
    const g = extract('Vestra agreed to buy $9 billion worth of processors from Nordvik Semiconductor over four years.');
    expect(hasTriple(g, 'Vestra', 'buy', 'processors')).toBe(true);
    expect(relations(g).filter((r) => r.endsWith('--> Nordvik Semiconductor'))).toEqual(['Vestra --agreed to buy processors from--> Nordvik Semiconductor']);
  });

  it('reads the side a player scored for, from the result the goals were part of or the lead they gave, and puts and gives nothing', () => {
    const g = extract(
      'Jan Vogel scored twice as Werder Bremen beat Mainz 3-1 on Saturday. Ola Dahl scored a late equaliser after Jonas Brandt had given Mainz the lead. Tom Reed fired Leeds into the lead, and Vogel put Werder ahead.',
    );
    expect(hasTriple(g, 'Jan Vogel', 'score for', 'Werder Bremen')).toBe(true);
    expect(hasTriple(g, 'Jonas Brandt', 'score for', 'Mainz')).toBe(true);
    expect(hasTriple(g, 'Tom Reed', 'score for', 'Leeds')).toBe(true);
    expect(triples(g).filter(([, p]) => p === 'put' || p === 'give' || p === 'fire')).toEqual([]);
  });

  it('reads whom a player scored against from the result, and where a side won', () => {
    const g = extract('Jan Vogel scored twice as Werder Bremen beat Mainz 3-1 at the Weser Stadium on Saturday. Ola Dahl scored as Mainz lost to Werder Bremen.');
    expect(hasTriple(g, 'Jan Vogel', 'score against', 'Mainz'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Ola Dahl', 'score against', 'Werder Bremen')).toBe(true);
    expect(hasTriple(g, 'Werder Bremen', 'play at', 'Weser Stadium')).toBe(true);
  });

  it('reads a verb-looking word an article owns as a noun, and an infinitive after a possessed noun as its owner\'s act', () => {
    const g = extract('Werder Bremen were held to a 1-1 draw by Mainz. The ministry denied Ola Dahl\'s application to receive the $250,000 award. The two will discuss trade with Norway.');
    expect(hasTriple(g, 'Mainz', 'hold', 'Werder Bremen')).toBe(true);
    const receive = g.filterEdges((_, a) => a.predicate === 'receive').map((e) => [g.getNodeAttribute(g.source(e), 'label'), g.getEdgeAttribute(e, 'modality')]);
    expect(receive).toEqual([['Ola Dahl', 'hedged']]);
    expect(node(g, 'will')).toBeUndefined();
  });

  it('reads an infinitive after an offer from someone as that one\'s act, still to come, and an amount of things as the things', () => {
    const g = extract('Russia did not answer a proposal from Turkey to host talks in Istanbul. Siemens rejected an offer by Orion Cloud to buy Vantrex Foods. Russia launched dozens of drones.');
    const modality = (subject: string, predicate: string, object: string) =>
      g.filterEdges((_, a, s, t) => a.predicate === predicate && g.getNodeAttribute(s, 'label') === subject && g.getNodeAttribute(t, 'label') === object).map((e) => g.getEdgeAttribute(e, 'modality'));
    expect(modality('Turkey', 'host', 'Istanbul')).toEqual(['hedged']);
    expect(modality('Orion Cloud', 'buy', 'Vantrex Foods')).toEqual(['hedged']);
    expect(triples(g).filter(([, p]) => p === 'host' || p === 'buy').map(([s]) => s)).not.toContain('Russia');
    expect(hasTriple(g, 'Russia', 'launch', 'drones')).toBe(true);
  });

  it('reads past the titles of an offer\'s maker ("a proposal by U.S. President Jan Novak to send troops"), who acts and whom the offer is by', () => {
    const g = extract('Vantria rejected a proposal by Polish Prime Minister Jan Novak to send troops.');
    expect(relations(g)).toContain('Vantria --rejected proposal by--> Jan Novak');
    expect(triples(g).filter(([, p]) => p === 'send').map(([s]) => s)).toEqual(['Jan Novak']);
    const from = extract('Vantria signed a request from Polish Prime Minister Jan Novak on Tuesday.');
    expect(relations(from)).toContain('Vantria --signed request from--> Jan Novak');
    expect(relations(from).filter((r) => r.startsWith('Vantria') && r.endsWith('Poland'))).toEqual([]);
  });

  it('denies an act a refusal is to, gives it to the refusal\'s owner, and ends an object at a name whose own phrase and verb follow', () => {
    const g = extract(
      'The Kremlin defended the refusal to hold talks. Halden cited Nordia\'s refusal to negotiate a ceasefire. In response to Vestra\'s willingness to reach an agreement, Ola Dahl from the Nordic Institute was quoted as saying talks were real.',
    );
    const hold = g.filterEdges((_, a) => a.predicate === 'hold').map((e) => g.getEdgeAttribute(e, 'polarity'));
    expect(hold).toEqual(['negative']);
    expect(triples(g).filter(([s, p]) => s === 'Halden' && p === 'negotiate')).toEqual([]);
    expect(hasTriple(g, 'Vestra', 'reach', 'agreement')).toBe(true);
    expect(triples(g).filter(([s, , o]) => s === 'Vestra' && o !== 'agreement')).toEqual([]);
  });

  it('reads what someone is or is not part of, and takes "who" past an institution to the person it describes', () => {
    const g = extract('Maria Lund, a physicist at Stockholm University who is not part of Vestlab, spoke. Crimea is part of Ukraine. Anna Berg of Harvard University, who leads the project, agreed.');
    const part = g.filterEdges((_, a) => a.predicate === 'part of').map((e) => [g.getNodeAttribute(g.source(e), 'label'), g.getNodeAttribute(g.target(e), 'label'), g.getEdgeAttribute(e, 'polarity')]);
    expect(part).toEqual([['Maria Lund', 'Vestlab', 'negative']]);
    expect(hasTriple(g, 'Crimea', 'located in', 'Ukraine')).toBe(true);
    expect(hasTriple(g, 'Anna Berg', 'lead', 'project')).toBe(true);
  });

  it('takes "who" past an institution and the kind it is named by to the person a description set off after a name stands for', () => {
    const g = extract('Analysts questioned Marta Vidal, a broker for the lender Halden Bank, who was charged by prosecutors in May.');
    expect(hasTriple(g, 'prosecutors', 'charge', 'Marta Vidal'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).filter(([s, , o]) => o === 'Halden Bank' && s !== 'Marta Vidal')).toEqual([]);
  });

  it('reads a town naming where an object is as where it happens, and a country as whose it is', () => {
    const g = extract('Vestra Aerospace prices New York IPO at top of range. The president is weighing U.S. options.');
    expect(relations(g)).toContain('Vestra Aerospace --prices ipo in--> New York');
    expect(triples(g).filter(([, , o]) => o === 'United States')).toEqual([]);
  });

  it('reaches the organisation or the person that modifies a verb\'s object, as whose the object is ("would test the Heron result")', () => {
    const g = extract('The Heron collaboration reported an anomaly. An independent team at the Kestrel Institute said it would test the Heron result. Orbital Systems rejected the Vantrex Corp offer.');
    expect(relations(g)).toContain('Kestrel Institute --would test result of--> Heron');
    expect(hasTriple(g, 'Orbital Systems', 'reject', 'Vantrex Corp'), JSON.stringify(triples(g))).toBe(true);
  });

  it('takes "who" after a description set off after a name, and owned by someone, to stand for the name ("Ana Ruiz, his former deputy who …")', () => {
    const g = extract("Ana Ruiz, his former deputy who ran Vantrex Foods, testified. Lena Vogt, Hale's former lawyer who paid Orion Cloud, spoke.");
    expect(triples(g)).toEqual(expect.arrayContaining([['Ana Ruiz', 'run', 'Vantrex Foods'], ['Lena Vogt', 'pay', 'Orion Cloud']]));
    expect(triples(g).filter(([s]) => s === 'deputy' || s === 'lawyer')).toEqual([]);
    const clause = extract('Kestrel won under coach Tom Hale, their elimination having come in a penalty shoot-out.');
    expect(triples(clause).filter(([s]) => s === 'Tom Hale')).toEqual([]);
  });

  it('reads a description before a verb of saying, after a clause with its own verb, as the one reporting it, not an apposition to the name ending the clause', () => {
    const g = extract('Orion Cloud will cut 3,000 jobs under a deal with the Vantrex union, the company said on Friday, averting strikes that had threatened its plants.');
    expect(hasTriple(g, 'Orion Cloud', 'avert', 'strikes'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).filter(([s]) => s === 'Vantrex')).toEqual([]);
  });

  it('reads "record" before a figure as said of the noun after both, so a participle after the phrase has the clause\'s subject', () => {
    const g = extract('Kestrel United won the cup for a record fourth time on Sunday, beating Dalby Rovers 2-1 in the final.');
    expect(hasTriple(g, 'Kestrel United', 'beat', 'Dalby Rovers'), JSON.stringify(triples(g))).toBe(true);
    // Past a name modifying the noun, and past an owner's words before what it owns.
    const named = extract('Kestrel United won a record fourth consecutive Premier League title, beating Dalby Rovers. Orion Cloud won its fifth Premier League title.');
    expect(triples(named).filter(([, p]) => p === 'win' || p === 'beat')).toEqual(expect.arrayContaining([['Kestrel United', 'win', 'title'], ['Kestrel United', 'beat', 'Dalby Rovers'], ['Orion Cloud', 'win', 'title']]));
    expect(triples(named).filter(([s]) => s === 'title')).toEqual([]);
    const owned = extract("Orion Cloud condemned Vantrex Group's alleged deployment of troops.");
    expect(triples(owned)).toEqual(expect.arrayContaining([['Orion Cloud', 'condemn', 'deployment'], ['Orion Cloud', 'condemn', 'Vantrex Group']]));
  });

  it('completes an object with what the preposition of a relative clause leads to ("Vantrex, in which Orion owns a stake")', () => {
    const g = extract('Halden Motors, in which Orion Cloud owns a 24% stake, could join the group.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Orion Cloud --owns--> stake', 'Orion Cloud --owns stake in--> Halden Motors']));
  });

  it('gives a tensed verb after an infinitive\'s clause and "and" the subject of the verb that clause ends ("urged China to act … and said")', () => {
    const g = extract('Brazil urged Norway to act with restraint and said it was monitoring the drills.');
    expect(triples(g)).toContainEqual(['Brazil', 'monitor', 'drills']);
    expect(triples(g).filter(([s, p]) => s === 'Norway' && p === 'monitor')).toEqual([]);
    // A bare verb after "and" is coordinated with the infinitive.
    expect(triples(extract('The referee Tom Hale allowed Ana Ruiz to pick up and score under the posts.')).filter(([, p]) => p === 'score')).toEqual([['Ana Ruiz', 'score', 'posts']]);
  });

  it('shares the subject of the verb it is coordinated with, not the reporter\'s, with a bare verb in -ed ("would cut prices and speed up service")', () => {
    const g = extract('Orion Cloud chief executive Tom Hale said on Tuesday the company would cut prices and speed up deliveries.');
    expect(hasTriple(g, 'Orion Cloud', 'speed up', 'deliveries'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).filter(([s, p]) => s === 'Tom Hale' && p === 'speed up')).toEqual([]);
  });

  it('reads the phrase after "for" as the subject of an infinitive after what a copula says of it ("it was appropriate for the court to wind up …")', () => {
    const g = extract('Judge Ana Ruiz said it was appropriate for Orion Cloud to wind up Vantrex Foods.');
    expect(hasTriple(g, 'Orion Cloud', 'wind up', 'Vantrex Foods'), JSON.stringify(triples(g))).toBe(true);
  });

  it('reads a verb in -s after a noun as the predicate where the sentence has no other ("The agency relies on X to …", whose X acts), and as a noun where it has ("peace talks")', () => {
    const g = extract('The agency relies on Orion Cloud to fly its crews. The peace talks with Vantrex collapsed.');
    expect(hasTriple(g, 'Orion Cloud', 'fly', 'crews'), JSON.stringify(triples(g))).toBe(true);
    expect(node(g, 'agency relies')).toBeUndefined();
    expect(triples(g).filter(([, p]) => p.startsWith('talk'))).toEqual([]);
  });

  it('ends a list of objects at a name that a stressing pronoun and its own verb follow ("won five seats, and Farage himself was elected")', () => {
    const g = extract("Tom Hale's Kestra Party won five seats, and Hale himself was elected to parliament.");
    expect(triples(g).filter(([, p, o]) => p === 'win' && o === 'Tom Hale')).toEqual([]);
    expect(hasTriple(g, 'Kestra Party', 'win', 'seats'), JSON.stringify(triples(g))).toBe(true);
  });

  it('reads every agent coordinated after a participle describing the sentence\'s subject, before the sentence\'s own verb', () => {
    const g = extract('Talks mediated by Orion Cloud and Vantrex Foods collapsed in December.');
    expect(triples(g)).toEqual(expect.arrayContaining([['Orion Cloud', 'mediate', 'talks'], ['Vantrex Foods', 'mediate', 'talks']]));
  });

  it('reads an irregular participle set off after a phrase, with "by" after it, as describing that phrase ("the payment, made by …")', () => {
    const g = extract('Officials said the bridge, built by Orion Cloud in 2010, was unsafe.');
    expect(hasTriple(g, 'Orion Cloud', 'build', 'bridge'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).filter(([, , o]) => o === 'Officials' || o === 'officials')).toEqual([]);
  });

  it('reads a participle right after a title as said of the title\'s unnamed holder, not of the country the title is of', () => {
    const g = extract('The verdict made Tom Hale the first former Kestran president convicted of a crime.');
    expect(triples(g).filter(([s, p]) => p === 'convict' && s !== 'Tom Hale')).toEqual([]);
  });

  it('ends a noun phrase where a bracket opens an aside ("beat 2-1 (halftime 1-1) Lithuania")', () => {
    const g = extract('Kestra United beat 2-1 (halftime 1-1) Dalby Rovers in their match on Friday.');
    expect(triples(g).filter(([, , o]) => o.includes('halftime'))).toEqual([]);
  });

  it('reads a killer in apposition and an agent followed by a participle', () => {
    const g = extract("In 1911, Mayor Carl Grant's killer, Elias Brann, was hanged. The bank was robbed by Hal Dorsey acting alone.");
    expect(hasTriple(g, 'Elias Brann', 'kill', 'Carl Grant')).toBe(true);
    expect(hasTriple(g, 'Hal Dorsey', 'rob', 'bank')).toBe(true);
    expect(node(g, 'acting')).toBeUndefined();
  });
});

describe('capitals that name nothing', () => {
  it('reads an adjective opening a headline before its lower-case noun as naming nothing, unless the story names it ("Central bank holds rates", "Epic chief executive")', () => {
    const g = extract('Central bank holds rates\n\nThe European Central Bank left its key interest rate unchanged. Germany said Berlin would not ask the bank to move faster.');
    expect(node(g, 'Central')).toBeUndefined();
    expect(relations(g)).toContain('Berlin --would not ask--> European Central Bank');
    const epic = extract('A jury sided with Epic Games against Google. Epic accused Google of stifling competition. Epic chief executive Tim Sweeney called the ruling a victory.');
    expect(relations(epic)).toContain('Tim Sweeney --chief executive of--> Epic');
  });

  it('reads acronyms of common nouns as nouns, not organisations ("New York IPO", "China\'s GDP")', () => {
    const g = extract("Kestrel Aerospace prices New York IPO at top of range. China's GDP grew 5% in 2023.");
    expect(node(g, 'IPO')).toBeUndefined();
    expect(node(g, 'GDP')).toBeUndefined();
    expect(relations(g).filter((r) => r.startsWith('Kestrel Aerospace') && r.endsWith('New York'))).toEqual(['Kestrel Aerospace --prices ipo in--> New York']);
  });
});

describe('names no dictionary knows', () => {
  it('takes an unknown word opening a sentence before a verb, or with a possessive, as a name', () => {
    const g = extract("Okonkwo said the plan would fail. Vantrex's supply of turbines to Chile ended. Inflation rose in March.");
    expect(node(g, 'Okonkwo')?.type).toBe('Person');
    expect(hasTriple(g, 'Vantrex', 'supply', 'turbines')).toBe(true);
    expect(node(g, 'Inflation')).toBeUndefined();
  });

  it('types a lone name written in camel case as an organisation, but not a surname with its prefix', () => {
    const g = extract('Tom Hale returned to Orion Cloud in 2021 after a decade at QTware. Senator Ron DeVane said McKorran would win.');
    expect(node(g, 'QTware')?.type).toBe('Organization');
    expect(node(g, 'McKorran')?.type).not.toBe('Organization');
  });

  it('types a name an age is set off after as a person, against the tagger ("Prabowo, 73, won")', () => {
    expect(node(extract('Kestrel Vance, 73, won the election in a landslide.'), 'Kestrel Vance')).toMatchObject({ type: 'Person', typeReason: 'an age set off after it' });
  });

  it('types a name a person\'s pronoun takes up right after its verb of saying as a person ("Le Pen said her party …")', () => {
    const g = extract("Le Pen said her party's victory had only been delayed.");
    expect(node(g, 'Le Pen')).toMatchObject({ type: 'Person', typeReason: 'followed by ", who", "was born" or "said she"' });
  });

  it('keeps a common word that opens a company name ending in Inc. or Corp.', () => {
    const g = extract('Pacific Rivet Inc. said it would close the plant. Golden Harvest Corp. bought it.');
    expect(node(g, 'Pacific Rivet Inc')?.type).toBe('Organization');
    expect(node(g, 'Golden Harvest Corp')?.type).toBe('Organization');
  });

  it('types a lone capitalised institution noun as an organisation, and splits a newspaper from the city before it', () => {
    const g = extract('Officials said the Navy would send two ships. Sao Paulo GAZETA reported the deal.');
    expect(node(g, 'Navy')?.type).toBe('Organization');
    expect(node(g, 'Sao Paulo')?.type).toBe('Place');
    expect(node(g, 'GAZETA')?.type).toBe('Organization');
  });

  it('types two unknown title-case words as a person, unless a place word or a determiner says otherwise', () => {
    const g = extract('Police questioned Abdou Kassoumi on Friday. The convoy reached Ciudad Obregon at dawn. The Zorvak Brigade attacked the Mirel Heights.');
    expect(node(g, 'Abdou Kassoumi')?.type).toBe('Person');
    expect(node(g, 'Ciudad Obregon')?.type).toBe('Place');
    expect(node(g, 'Mirel Heights')?.type).not.toBe('Person');
  });

  it('types a name headed by "prison" or "jail" as a place, as the lower-case nouns after a name are ("Vorlan Prison")', () => {
    const g = extract('The dissident was moved to Vorlan Prison last week. Two guards at Mesker County Jail were suspended.');
    expect(node(g, 'Vorlan Prison')?.type).toBe('Place');
    expect(node(g, 'Mesker County Jail')?.type).toBe('Place');
  });

  it('types a name headed by "mosque" or "cathedral" as a place, where people pray ("the Umayyad Mosque")', () => {
    const g = extract('Ahmed Karimi entered the Umayyad Mosque to cheer crowds. Pilgrims gathered at Velden Cathedral.');
    expect(node(g, 'Umayyad Mosque')?.type).toBe('Place');
    expect(node(g, 'Velden Cathedral')?.type).toBe('Place');
  });
});

describe('what a copula, a speech act or a document says of a name', () => {
  it('gives what the relative clause after a role says to the subject a copula says holds it', () => {
    const g = extract('Prosecutors said Tom Hale was the executive who hid the losses from auditors. Ana Ruiz is the lawyer who represented Vantrex Foods.');
    expect(hasTriple(g, 'Tom Hale', 'hide', 'losses'), JSON.stringify(triples(g))).toBe(true);
    expect(hasTriple(g, 'Ana Ruiz', 'represent', 'Vantrex Foods'), JSON.stringify(triples(g))).toBe(true);
  });

  it('gives a judgement that is said, coordinated after a reported clause, to the reporter', () => {
    const g = extract('The Umoja Alliance said Tom Hale was not at the rally and accused Kenya of spreading lies.');
    expect(hasTriple(g, 'Umoja Alliance', 'accuse', 'Kenya'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).some(([s, p]) => s === 'Tom Hale' && p === 'accuse')).toBe(false);
  });

  it('types a name after a noun for an organisation as one when a verb and its object follow ("the regulator Ofmar fined the company")', () => {
    const g = extract('The regulator Ofmar fined the company 10 million pounds. The watchdog Elvant ordered a refund.');
    expect(node(g, 'Ofmar')?.type).toBe('Organization');
    expect(node(g, 'Elvant')?.type).toBe('Organization');
  });

  it('types a name set off before "the bank it rescued" as an organisation, and one before "Britain\'s biggest water company"', () => {
    const g = extract('Vantrex Bank will cut 3,000 jobs as it integrates Halvard Lund, the bank it rescued last year. Halden Water, Britain\'s biggest water company, said it could run out of money.');
    expect(node(g, 'Halvard Lund')?.type).toBe('Organization');
    expect(node(g, 'Halden Water')?.type).toBe('Organization');
    const placed = extract('Torvald Lund, the Hong Kong-based company that owns the port, said it was disappointed.');
    expect(node(placed, 'Torvald Lund')?.type).toBe('Organization');
  });

  it('types a name headed by "Programme" as an organisation', () => {
    const g = extract('The Global Seed Programme warned that famine could spread to 14 more areas.');
    expect(node(g, 'Global Seed Programme')?.type).toBe('Organization');
  });

  it('keeps a name the rules find where the tagger missed it, when the tagger read it elsewhere in the story', () => {
    const g = extract('LONDON (Newswire) - Thames Water, Britain\'s biggest water company, said on Wednesday it could run out of money.\n\nChief executive Chris Weston said Thames Water would not pay dividends.');
    expect(hasTriple(g, 'Thames Water', 'run out', 'money'), JSON.stringify(triples(g))).toBe(true);
  });

  it('gives what a relative clause\'s judging verb accuses its antecedent of to that antecedent, not to the accuser', () => {
    const g = extract('Vantrex Foods, which Tom Hale accuses of bribing officials, denied the claim.');
    expect(hasTriple(g, 'Vantrex Foods', 'bribe', 'officials'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).some(([s, p]) => s === 'Tom Hale' && p === 'bribe')).toBe(false);
  });

  it('relates a verb\'s subject to the owner of an act whose object follows as to who acts ("cleared Orion Cloud\'s takeover of Vantrex Foods")', () => {
    const g = extract('The regulator Ofmar cleared Orion Cloud\'s takeover of Vantrex Foods on Friday.');
    expect(relations(g)).toContain('Ofmar --cleared takeover by--> Orion Cloud');
    expect(relations(g)).not.toContain('Ofmar --cleared takeover of--> Orion Cloud');
    expect(hasTriple(g, 'Orion Cloud', 'take over', 'Vantrex Foods'), JSON.stringify(triples(g))).toBe(true);
  });

  it('gives the infinitive after a verb of hiring or appointing to whom it hires', () => {
    const g = extract('Orion Cloud has hired Tom Hale to lead its robotics division. Vantrex Foods appointed Ana Ruiz to run its Asian business.');
    expect(triples(g).filter(([, p]) => p === 'lead' || p === 'run').map(([s]) => s), JSON.stringify(triples(g))).toEqual(expect.arrayContaining(['Tom Hale', 'Ana Ruiz']));
    expect(triples(g).some(([s, p]) => (s === 'Orion Cloud' && p === 'lead') || (s === 'Vantrex Foods' && p === 'run'))).toBe(false);
  });

  it('reads a role set off before a titled name, and no role whose own verb follows it as said of an earlier subject', () => {
    const g = extract('Kestia\'s prime minister, Sheikh Tom Hale, resigned on Monday. Tom Hale flew to India, an Indian official said.');
    expect(relations(g)).toContain('Tom Hale --prime minister of--> Kestia');
    expect(relations(g).filter((r) => r.includes('official')), JSON.stringify(relations(g))).toEqual([]);
  });
});


describe('members, unions and owners in lists', () => {
  it('relates each person a plural occupation an organisation modifies names to it, in the singular ("Kestrel members Ana Ruiz and Tom Hale")', () => {
    const g = extract('Kestrel members Ana Ruiz and Tom Hale were arrested on Monday. Orion Cloud engineers Mara Lind and Ivo Berg built the chip.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Ana Ruiz --member at--> Kestrel', 'Tom Hale --member at--> Kestrel', 'Mara Lind --engineer at--> Orion Cloud', 'Ivo Berg --engineer at--> Orion Cloud']));
  });

  it('reads "the union" as a union the story named as one, and as nothing when it named none', () => {
    const named = extract('The Halvor Metal Workers union said on Friday it would strike at Vantrex Foods. Vantrex Foods made an offer. The union rejected the offer.');
    expect(hasTriple(named, 'Halvor Metal Workers', 'reject', 'offer'), JSON.stringify(triples(named))).toBe(true);
    const apposed = extract('Ostra, Norway\'s largest union, called a strike at Vantrex Foods. Vantrex Foods said it would talk. The union rejected the offer.');
    expect(hasTriple(apposed, 'Ostra', 'reject', 'offer'), JSON.stringify(triples(apposed))).toBe(true);
    const unnamed = extract('Workers at Vantrex Foods voted to join a union. The union rejected the offer.');
    expect(triples(unnamed).filter(([, p]) => p === 'reject')).toEqual([]);
  });

  it('reads a role held at an organisation a description of a union is set off before ("chairman of the largest union, the Ostra Federation")', () => {
    const g = extract('The strike was led by Tom Hale, chairman of the largest union, the Ostra Federation.');
    expect(relations(g)).toContain('Tom Hale --chairman of--> Ostra Federation');
  });

  it('reads every name of a list as acting where one has an owner before it ("Vantrex, Orion\'s Kestrel and Halden")', () => {
    const g = extract('The law requires Vantrex Foods, Orion Cloud\'s Kestrel Rail and Halden Systems to open their networks to rivals.');
    expect(triples(g).filter(([, p]) => p === 'open').map(([s]) => s).sort(), JSON.stringify(triples(g))).toEqual(['Halden Systems', 'Kestrel Rail', 'Vantrex Foods']);
  });

  it('gives a verb after "and" the subject of the verb before, past that verb\'s particle and object ("has scaled back investment in … and sold")', () => {
    const g = extract('Tom Hale has scaled back investment in solar power and sold Vantrex Foods\' stake in the venture.');
    expect(new Set(triples(g).filter(([, p]) => p === 'sell').map(([s]) => s)), JSON.stringify(triples(g))).toEqual(new Set(['Tom Hale']));
  });

  it('reads the phrase a tensed verb follows after a verb that takes a clause as that clause\'s subject, past adverbs ("indicating the union no longer sees …")', () => {
    const g = extract('The Kestian Union stopped the payments, indicating the union no longer sees Ostrava as a partner.');
    expect(triples(g).filter(([, p]) => p === 'indicate'), JSON.stringify(triples(g))).toEqual([]);
    expect(hasTriple(g, 'Kestian Union', 'see', 'Ostrava')).toBe(true);
  });

  it('reads an activity\'s gerund between nouns as the kind of the noun after it ("individual polling stations", "the video streaming site")', () => {
    const g = extract('Kestrel did not publish results from individual polling stations. Vantrex named the former head of the video streaming site Flixo as its chief.');
    expect(triples(g).filter(([, p]) => p === 'poll' || p === 'stream'), JSON.stringify(triples(g))).toEqual([]);
  });

  it('reads "record" before an adjective and a noun as saying what the noun is ("a record quarterly profit")', () => {
    const g = extract('Vantrex Foods reported a record quarterly operating profit on Wednesday. Orion Cloud hit a record high.');
    expect(triples(g).filter(([s]) => s === 'Vantrex Foods').map(([, , o]) => o), JSON.stringify(triples(g))).toEqual(['record operating profit']);
  });

  it('reads a word in -s right after a figure\'s scale as a plural noun ("10 million doses"), not after a bracket closing a sum', () => {
    const g = extract('Kestrel said it could supply 10 million doses by the end of 2025. The striker, who joined Ostra for 15 million pounds ($19.4 million), takes over from Tom Hale.');
    expect(hasTriple(g, 'Kestrel', 'supply', '10 million doses') || triples(g).some(([s, p]) => s === 'Kestrel' && p === 'supply'), JSON.stringify(triples(g))).toBe(true);
    expect(triples(g).some(([, p, o]) => p === 'take over' && o === 'Tom Hale'), JSON.stringify(triples(g))).toBe(true);
  });

  it('reads the subject of a verb past "part of" set off after it, and relates the part to its whole ("Kestrel Centre, part of Ostra Group, said it …")', () => {
    const g = extract('Norway\'s Kestrel Cyber Centre, part of the Ostra Group intelligence agency, said it was working with Vantrex Foods.');
    expect(hasTriple(g, 'Kestrel Cyber Centre', 'work', 'Vantrex Foods'), JSON.stringify(triples(g))).toBe(true);
    expect(relations(g)).toContain('Kestrel Cyber Centre --part of--> Ostra Group');
  });

  it('reads "back" with no article or owner, after a verb\'s object, as where to, not a thing ("send Tom Hale back to Kestia")', () => {
    const g = extract('The government asked Norway to send Tom Hale back to Kestia.');
    expect(node(g, 'back')).toBeUndefined();
    expect(hasTriple(g, 'Norway', 'send', 'Tom Hale'), JSON.stringify(triples(g))).toBe(true);
    expect(relations(extract('Ana Ruiz came back to Oslo on Monday.'))).toContain('Ana Ruiz --came back to--> Oslo');
  });

  it('types a name after a noun for a product as no person ("Vantrex\'s weight-loss drug Zorvex"), and relates no object compared by "as"', () => {
    const g = extract('Regulators approved Vantrex Foods\' weight-loss drug Zorvex on Friday. Zorvex contains the same ingredient as the diabetes drug Kelvaro, which Orion Cloud makes.');
    expect(node(g, 'Zorvex')?.type).toBe('Other');
    expect(node(g, 'Kelvaro')?.type).not.toBe('Person');
    expect(triples(g).filter(([s, , o]) => s === 'Zorvex' && o === 'Kelvaro'), JSON.stringify(triples(g))).toEqual([]);
  });

  it('gives the role a verb of appointing names to the person past an aside set off after them, either way round', () => {
    const g = extract('Vantrex Foods named Tom Hale, the chief executive of Orion Cloud, as its new chairman on Tuesday. Orion Cloud named its chief operating officer, Ana Ruiz, as interim chief executive.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Tom Hale --chief executive of--> Orion Cloud', 'Tom Hale --chairman of--> Vantrex Foods', 'Ana Ruiz --interim chief executive of--> Orion Cloud']));
  });

  it('ends an object at an apposition that a name modifying its noun opens, before "and" and a verb ("joined the Haganah, the Jewish underground army, and was wounded")', () => {
    const g = extract('Ana Ruiz later joined the Ostra Brigade, the Kestian underground army in Palestine, and was wounded in 1948.');
    expect(triples(g).filter(([, p]) => p === 'join').map(([, , o]) => o), JSON.stringify(triples(g))).toEqual(['Ostra Brigade']);
  });

  it('relates a country or a body set off before a membership to the organisation it is a member of, and reads the relative clause after the role', () => {
    const g = extract('Norway, a NATO member that borders Russia, has complained. Kestia, a member of the Nordic Energy Alliance, said no.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Norway --member of--> NATO', 'Kestia --member of--> Nordic Energy Alliance']));
    expect(hasTriple(g, 'Norway', 'border', 'Russia'), JSON.stringify(triples(g))).toBe(true);
  });

  it('reads a plural after a compound that opens a verb\'s object as its head ("impose emergency power cuts in …")', () => {
    const g = extract('Ostra Grid said it was forced to impose emergency power cuts in several regions.');
    expect(triples(g).filter(([s]) => s === 'Ostra Grid').map(([, , o]) => o), JSON.stringify(triples(g))).toEqual(['emergency power cuts']);
  });

  it('reads "of" before a war or a time after a noun for an act as when, not what it was done to ("its biggest attack of the war")', () => {
    const g = extract('Kestia launched its biggest air attack of the war on Ostrava overnight.');
    expect(triples(g).filter(([, , o]) => o === 'war'), JSON.stringify(triples(g))).toEqual([]);
  });

  it('gives a role after a verb to the verb\'s subject only where the verb says they hold it ("is", "became", "serves as", "was appointed"), not where it acts on its holder ("met the chief executive of …")', () => {
    const g = extract('Ana Ruiz met the chief executive of Vantrex Foods in Oslo. Tom Hale threatened the legal representative of Orion Cloud. Mara Lind serves as chief executive of Kestrel Rail. Ivo Berg became chairman of Halden Systems in 2020. Peter Lund, who will be chairman of Ostra Bank, resigned.');
    const held = relations(g).filter((r) => / --(?:chief executive|legal representative|chairman) of--> /.test(r));
    expect(held.sort()).toEqual(['Ivo Berg --chairman of--> Halden Systems', 'Mara Lind --chief executive of--> Kestrel Rail', 'Peter Lund --chairman of--> Ostra Bank']);
  });

  it('reads a subordinate clause\'s subject past a name that modifies it ("after U.S. prosecutors charged …")', () => {
    const g = extract('Vantrex Foods lost $20 billion in market value on Thursday after U.S. prosecutors charged its founder Tom Hale with fraud.');
    expect(hasTriple(g, 'United States', 'charge', 'Tom Hale'), JSON.stringify(triples(g))).toBe(true);
    const as = extract('The squad includes Ana Ruiz, who as an Oslo policeman shot and killed Tom Hale in 1966.');
    expect(triples(as).filter(([, p]) => p === 'kill').map(([s]) => s), JSON.stringify(triples(as))).toEqual(['Ana Ruiz']);
  });

  it('gives a participle after an attribution set off after a clause to that clause\'s subject, and one of saying to the reporter', () => {
    const g = extract('Vantrex Foods agreed on Sunday to plead guilty to a fraud charge, the Justice Department said, avoiding a trial. Orion Cloud agreed to pay a fine, the regulator Ofmar said, adding that Tom Hale had approved it.');
    expect(triples(g).filter(([, p]) => p === 'avoid').map(([s]) => s), JSON.stringify(triples(g))).toEqual(['Vantrex Foods']);
  });

  it('gives a role after "as" to the person the verb takes right before it ("kept Yoshimasa Hayashi as chief Cabinet secretary"), and no noun qualifying it to the verb', () => {
    const g = extract('Vantrex Foods kept Ana Ruiz as chief executive of Orion Cloud. Kestrel Rail kept Tom Hale as rail director.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Ana Ruiz --chief executive of--> Orion Cloud', 'Vantrex Foods --kept--> Ana Ruiz', 'Kestrel Rail --kept--> Tom Hale']));
    expect(relations(g).filter((r) => r.startsWith('Vantrex Foods --chief'))).toEqual([]);
  });

  it('reads no one a verb acts on in a role its owner\'s name owns with no name after it ("found Ryan Salame\'s partner guilty")', () => {
    const g = extract("A jury found Tom Hale's partner guilty of fraud. The court sentenced Ana Ruiz's deputy, Ivo Berg, to six years.");
    expect(relations(g).filter((r) => r.startsWith('jury'))).toEqual([]);
    expect(relations(g)).toContain('court --sentenced--> Ivo Berg');
    // A person owns only a relation to a person.
    expect(relations(extract("The bullet struck Tom Hale's head."))).toContain('bullet --struck--> Tom Hale');
  });

  it('gives a role after "as" to the organisation a verb\'s object names ("joined Orion Cloud as chairman", "returned to Kestrel Rail as chief executive")', () => {
    const g = extract('Tom Hale, the former chief executive of Vantrex Foods, joined Orion Cloud as chairman. Ana Ruiz returned to Kestrel Rail as chief executive in June.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Tom Hale --chairman of--> Orion Cloud', 'Ana Ruiz --chief executive of--> Kestrel Rail']));
    expect(node(g, 'Kestrel Rail')?.type).toBe('Organization');
  });

  it('relates a body to the places it "has plants" or "offices" in, and a person to no place they have friends in', () => {
    const g = extract('Vantrex Foods has plants in Poland, Hungary and Romania. Tom Hale has friends in Oslo.');
    expect(triples(g).filter(([, p]) => p === 'operate in').map(([s, , o]) => `${s} ${o}`).sort(), JSON.stringify(triples(g))).toEqual(['Vantrex Foods Hungary', 'Vantrex Foods Poland', 'Vantrex Foods Romania']);
  });

  it('reads a role a verb of saying follows, after a clause with its own verb, as that clause\'s reporter, set off after no name ("…, her lawyer said")', () => {
    const g = extract('Ana Ruiz never met Tom Hale, her lawyer said.');
    expect(relations(g).filter((r) => r.includes('lawyer')), JSON.stringify(relations(g))).toEqual([]);
    expect(relations(extract('Tom Hale, the lawyer of Ana Ruiz, said she was innocent.'))).toContain('Tom Hale --lawyer of--> Ana Ruiz');
  });

  it('reads a people\'s adjective after "a" before a role as where the one who acts is from, not as the one who acts ("A French judge placed …")', () => {
    const g = extract('A Kenyan judge placed Tom Hale under investigation. Kenyan prosecutors charged Ana Ruiz.');
    expect(relations(g).filter((r) => r.endsWith('Tom Hale'))).toEqual([]);
    expect(relations(g)).toContain('Kenya --charged--> Ana Ruiz');
  });

  it('reads a people\'s adjective before a relation to a person as where they are from, not whose they are ("Kelly, an American lawyer")', () => {
    const g = extract('Tom Hale, an American lawyer who was arrested in 2018, was given a suspended sentence. Ivo Brandt, Kestia\'s lawyer, objected.');
    expect(relations(g).filter((r) => r.includes('lawyer'))).toEqual(['Ivo Brandt --lawyer of--> Kestia']);
    // A title is the country's: "Scottish coach Craig Brown".
    expect(relations(extract('Scottish coach Ana Ruiz said the result was fair.'))).toContain('Ana Ruiz --coach of--> Scotland');
  });

  it('gives a verb after "but" the subject of the verb before, past a word that dates that verb\'s object ("shot down 41 drones overnight but did not …")', () => {
    const g = extract('Ostra Rail shut 40 stations overnight but did not close the Velka depot.');
    expect(relations(g), JSON.stringify(relations(g))).toContain('Ostra Rail --did not close--> Velka');
  });

  it('gives a verb of saying after "but" to the one who reported the clause before ("said its guns had shot down drones but did not mention …")', () => {
    const g = extract('The Kestian Defence Ministry said its guns had shot down 41 drones overnight but did not mention the attack.');
    expect(triples(g).filter(([, p]) => p === 'mention').map(([s]) => s), JSON.stringify(triples(g))).toEqual(['Kestian Defence Ministry']);
  });

  it('reads "the refinery" as a facility the story named with that noun, and as nothing when it named none', () => {
    const named = extract('Drones struck the Velka refinery on Sunday. The Kestian Defence Ministry did not mention the refinery.');
    expect(relations(named), JSON.stringify(relations(named))).toContain('Kestian Defence Ministry --did not mention--> Velka');
    const unnamed = extract('Vantrex Foods said on Monday that the plant in Ostrava would close. The Kestian Defence Ministry did not mention the plant.');
    expect(triples(unnamed).filter(([, p]) => p === 'mention').map(([, , o]) => o), JSON.stringify(triples(unnamed))).toEqual(['plant']);
  });

  it('relates a stake, a fine or a loan to whom it is in, on or to past its amount ("a stake of about 3% in Nissan")', () => {
    const g = extract('Effissimo has bought a stake of about 3% in Vantrex Foods. The regulator Ofmar imposed a fine of 1.8 billion euros on Orion Cloud. Kestrel Rail gave a loan of $5 billion to Halden Systems.');
    expect(triples(g).filter(([s, , o]) => s !== o && ['Vantrex Foods', 'Orion Cloud', 'Halden Systems'].includes(o)).map(([s, , o]) => `${s} ${o}`).sort(), JSON.stringify(triples(g))).toEqual(['Effissimo Vantrex Foods', 'Kestrel Rail Halden Systems', 'Ofmar Orion Cloud']);
  });

  it('reads "house arrest" and "trade talks" after "to" as nouns, not as an infinitive ("released Tom Hale to house arrest")', () => {
    const g = extract('A court released Tom Hale to house arrest on Friday. Kestia and Ostrava returned to trade talks.');
    expect(triples(g).filter(([, p]) => p === 'house' || p === 'trade'), JSON.stringify(triples(g))).toEqual([]);
  });

  it('reads "make" with a named product after it as making it, and with a decision as nothing', () => {
    const g = extract('Vantrex Foods, which makes the rival drug Zelora, is running its own trial. The board made a decision on Monday.');
    expect(relations(g)).toContain('Vantrex Foods --makes--> Zelora');
    expect(triples(g).filter(([, p]) => p === 'make'), JSON.stringify(triples(g))).toHaveLength(1);
  });

  it('reads a name before a title only organisations have, of a person named after it, as an organisation ("Rumble chief executive Chris Pavlovski")', () => {
    const g = extract('Tom Hale said Velora chief executive Ana Ruiz had resigned.');
    expect(relations(g)).toContain('Ana Ruiz --chief executive of--> Velora');
    expect(node(g, 'Velora')?.type).toBe('Organization');
  });

  it('reads a name a platform or a website is said to be as an organisation ("video platform Rumble")', () => {
    const g = extract('A judge ordered the suspension of video platform Velora in Kestia.');
    expect(node(g, 'Velora')?.type).toBe('Organization');
  });

  it('relates a concept to no name after a preposition of time ("to win a title since Tom Hale")', () => {
    const g = extract('Ana Ruiz was trying to become the first woman to win the singles title since Tom Hale in 2003.');
    expect(triples(g).filter(([, , o]) => o === 'Tom Hale'), JSON.stringify(triples(g))).toEqual([]);
  });

  it('reads the phrase a tensed verb follows past a relative clause set off after it as that clause\'s subject ("hope the court, which …, will take")', () => {
    const g = extract('Analysts hope Vantrex Foods, which now has a new chief, will raise its dividend.');
    expect(triples(g).filter(([, p]) => p === 'hope'), JSON.stringify(triples(g))).toEqual([]);
    expect(hasTriple(g, 'Vantrex Foods', 'raise', 'dividend')).toBe(true);
  });

  it('takes the agent past a place and its hyphenated participle before it ("built by Houston-based Intuitive Machines")', () => {
    const g = extract('A private lander built by Ostrava-based Velka Robotics touched down near the moon.');
    expect(triples(g).filter(([, p]) => p === 'build').map(([s]) => s), JSON.stringify(triples(g))).toEqual(['Velka Robotics']);
  });

  it('gives an infinitive after a decision a possessive pronoun owns, which a verb judges, to that owner ("overturned his decision to delay")', () => {
    const g = extract('President Tom Hale tried to postpone the vote. The Kestian Constitutional Council overturned his decision to delay the election.');
    expect(triples(g).filter(([, p]) => p === 'delay').map(([s]) => s), JSON.stringify(triples(g))).toEqual(['Tom Hale']);
  });

  it('reads a word in -s after a count and a noun as the plural it ends ("80 merchant ships"), not a verb', () => {
    const g = extract('The Ostra militia has attacked more than 80 merchant ships since November.');
    expect(triples(g).map(([, , o]) => o), JSON.stringify(triples(g))).toContain('merchant ships');
  });

  it('reads who is under an inquiry by or from whom ("under investigation by", "came under scrutiny from")', () => {
    const g = extract('Vantrex Foods came under scrutiny from the European Commission last year. Orion Cloud is also under review by the Kestian Competition Authority.');
    expect(relations(g)).toEqual(expect.arrayContaining(['European Commission --scrutiny of--> Vantrex Foods', 'Kestian Competition Authority --review of--> Orion Cloud']));
  });

  it('reads a name the gazetteer knows whole across its connectors, with or without the tagger ("the Office of the Comptroller of the Currency")', () => {
    const g = extract('The Federal Reserve and the Office of the Comptroller of the Currency did not comment. A Houthi missile struck a tanker.');
    expect(node(g, 'Office of the Comptroller of the Currency')?.type).toBe('Organization');
    expect(g.filterNodes((_, a) => a.type === 'Weapon')).toEqual([]);
  });

  it('reads a word in -s right after a phrasal verb\'s particle as its object ("have carried out strikes")', () => {
    const g = extract('Kestia and Ostrava have carried out strikes on the Velka depot. NATO will step up patrols in the Baltic Sea.');
    expect(triples(g).map(([s, p, o]) => `${s} ${p} ${o}`), JSON.stringify(triples(g))).toEqual(expect.arrayContaining(['Kestia carry out strikes', 'NATO step up patrols']));
  });

  it('gives a participle after an object with a country\'s title to the clause\'s subject ("met Chinese Foreign Minister Wang Yi …, pressing")', () => {
    const g = extract('Kestian Foreign Minister Ana Ruiz met Ostravan Trade Minister Tom Hale in Velka on Friday, pressing Ostrava to cut tariffs.');
    expect(triples(g).filter(([, p]) => p === 'press').map(([s]) => s), JSON.stringify(triples(g))).toEqual(['Ana Ruiz']);
  });

  it('reads a lone participle of an act done to someone, joined by "and" to a passive with no object after it, as passive ("was arrested … and extradited to Peru")', () => {
    const g = extract('Tom Hale was arrested in Kestia in 2005 and extradited to Ostrava two years later. Police arrested Ana Ruiz and charged her with theft.');
    expect(relations(g), JSON.stringify(relations(g))).toContain('Tom Hale --extradited to--> Ostrava');
    // Read as done to him, not as what he did.
    expect(g.filterEdges((_, a) => a.predicate === 'extradite').map((e) => g.getEdgeAttribute(e, 'pattern'))).toEqual(['passive-prepositional']);
    expect(triples(g).filter(([, p]) => p === 'charge').map(([s]) => s), JSON.stringify(triples(g))).toEqual(['police']);
  });

  it('reads a word compromise takes for an exclamation, between an article and a noun, as the noun\'s kind ("a farewell ceremony")', () => {
    const g = extract('Tom Hale did not attend a farewell ceremony in the capital but flew back to Ostrava.');
    expect(triples(g).filter(([, p]) => p === 'fly').map(([s]) => s), JSON.stringify(triples(g))).toEqual(['Tom Hale']);
    // Not "no", which denies what follows it.
    const denied = extract('Kestia maintains a “no limits” partnership with Ostrava.');
    expect(triples(denied).filter(([, , o]) => o === 'limits'), JSON.stringify(triples(denied))).toEqual([]);
  });

  it('reads "up to" before a number as bounding it, not as a particle or a preposition ("cut up to 2,500 jobs")', () => {
    const g = extract('Vantrex Foods plans to cut up to 2,500 jobs in its space division.');
    expect(relations(g)).toContain('Vantrex Foods --plans to cut--> jobs');
  });

  it('relates no verb to the noun of "in exchange for" or "in response to"', () => {
    const g = extract('Vantrex Foods agreed to pay $6 billion in exchange for immunity. Kestia fired missiles in response to the attack.');
    expect(triples(g).filter(([, , o]) => o === 'exchange' || o === 'response'), JSON.stringify(triples(g))).toEqual([]);
  });

  it('reads a relation said of a name set off before the copula ("His running mate, Gibran Raka, is the eldest son of …")', () => {
    const g = extract('Tom Hale won the vote. His running mate, Ivo Berg, is the eldest son of former President Ana Ruiz.');
    expect(relations(g)).toContain('Ivo Berg --son of--> Ana Ruiz');
  });

  it('reads a step-relation, an uncle or a grandmother as kin ("Ikner\'s stepmother, Jessica Ikner")', () => {
    const g = extract("Tom Hale fired the gun. Hale's stepmother, Ana Hale, is a deputy. Tom Hale's uncle, Mark Hale, founded Vantrex.");
    expect(relations(g)).toEqual(expect.arrayContaining(['Ana Hale --stepmother of--> Tom Hale', 'Mark Hale --uncle of--> Tom Hale']));
  });

  it('gives a role a description owns past adjectives to what the description stands for ("became the country\'s youngest president")', () => {
    const g = extract("Tom Hale won Kenya's election. Hale became the country's youngest president.");
    expect(relations(g)).toContain('Tom Hale --president of--> Kenya');
  });

  it('gives a role a qualified description owns to what the description stands for ("The Swedish company\'s founder, Daniel Ek,")', () => {
    const g = extract("Orion Cloud welcomed the fine. The Swedish company's founder, Tom Hale, criticised Kestrel. The streaming company's chief executive, Ana Ruiz, agreed.");
    expect(relations(g)).toEqual(expect.arrayContaining(['Tom Hale --founder of--> Orion Cloud', 'Ana Ruiz --chief executive of--> Orion Cloud']));
  });

  it('gives a role after "as" and its owner to whom a verb of appointing takes, not to its subject ("appointed Rachel Reeves as the country\'s first female finance minister")', () => {
    const named = extract("Tom Hale appointed Ana Ruiz as Kenya's first female finance minister.");
    const described = extract("Tom Hale won Kenya's election. Hale appointed Ana Ruiz as the country's first female finance minister.");
    for (const g of [named, described]) {
      expect(relations(g).filter((r) => r.includes('minister'))).toEqual(['Ana Ruiz --finance minister of--> Kenya']);
      expect(relations(g)).toContain('Tom Hale --appointed--> Ana Ruiz');
    }
  });

  it('reads a relation set off before a titled name as the name\'s ("Duterte\'s daughter, Vice President Sara Duterte")', () => {
    const g = extract("Former President Tom Hale was arrested. Hale's daughter, Vice President Ana Hale, called the arrest unjust.");
    expect(relations(g)).toContain('Ana Hale --daughter of--> Tom Hale');
  });

  it('takes the owner "of" names after a role before a name that owns nothing ("the Republican governor of Texas")', () => {
    const g = extract('Greg Abbott, the Republican governor of Texas, signed the bill. Mark Warner, the Democratic chairman of the Senate Intelligence Committee, spoke.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Greg Abbott --governor of--> Texas', 'Mark Warner --chairman of--> Senate Intelligence Committee']));
  });

  it('reads a headline\'s "impeached over" as a passive, whose subject was impeached', () => {
    const g = extract('Kestia\'s Ruiz impeached over martial law\n\nOSTRAVA (Newswire) — Lawmakers voted to impeach President Ana Ruiz.');
    expect(triples(g).filter(([, p]) => p === 'impeach').map(([s, , o]) => `${s} ${o}`), JSON.stringify(triples(g))).toEqual(['lawmakers Ana Ruiz']);
  });

  it('reads a lone participle right after a verb\'s object, before a preposition, as describing the object ("makes the only vaccine approved in Europe")', () => {
    const g = extract('Vantrex Foods makes the only vaccine approved in Kestia. Ostrava killed three soldiers stationed in Velka.');
    expect(triples(g).filter(([, p]) => p === 'approve' || p === 'station'), JSON.stringify(triples(g))).toEqual([]);
  });

  it('reads a noun for a business before a person\'s name as no occupation of theirs ("American automaker Henry Ford")', () => {
    const g = extract('In 1863, American automaker Tom Hale was born in Ostrava.');
    expect(relations(g)).toEqual(['Tom Hale --was born in--> Ostrava']);
  });

  it('takes no measure after "by" for an agent or an object ("voted by a razor-thin margin", "was passed by a wide margin"), nor "with immediate effect"', () => {
    expect(relations(extract('Kestians voted by a razor-thin margin to join the European Union.'))).toEqual(['Kestians --join--> European Union']);
    expect(relations(extract('The plan of Tom Hale was passed by a wide margin. Sales at Orion Cloud rose by 5% in March.')).filter((r) => /margin|5%|rose/.test(r))).toEqual([]);
    expect(relations(extract('Tom Hale resigned with immediate effect following a clash with the board of Orion Cloud.'))).toEqual([]);
  });

  it('joins a verb with an auxiliary to the verb before a subordinate clause that has it, not to that clause\'s verb ("had closed … since Tom Hale left and had cut …")', () => {
    expect(relations(extract('Orion Cloud said it had closed two plants in Norway since Tom Hale left and had cut 500 jobs.'))).toContain('Orion Cloud --had cut--> jobs');
  });

  it('gives a participle after a name in apposition that completes a verb\'s object with "of" to the verb\'s subject ("blocked Orion Cloud\'s purchase of rival grocery chain Vantrex, siding with …")', () => {
    const text = 'on Monday blocked Orion Cloud\'s purchase of rival grocery chain Vantrex, siding with the Federal Trade Commission.';
    expect(relations(extract(`A judge ${text}`))).toEqual(['Orion Cloud --purchase of--> Vantrex']);
    expect(relations(extract(`Judge Ana Ruiz ${text}`))).toContain('Ana Ruiz --siding with--> Federal Trade Commission');
  });

  it('reads the name a hyphenated participle and adjectives qualify as the object ("entered Kurdish-controlled northern Iraq")', () => {
    expect(relations(extract('Dalbian troops entered Kurdish-controlled northern Iraq.'))).toContain('dalbian troops --entered--> Iraq');
  });

  it('reads a phrase a participle describes past the names before its agent\'s ("the government led by Nobel laureate Tom Hale said …"), and a pronoun after a verb of saying and a phrase of time as its reporter ("said on Sunday it would …")', () => {
    expect(relations(extract("Norway's interim government led by Nobel laureate Tom Hale said on Sunday it would hold elections."))).toContain('Norway --would hold--> elections');
    expect(relations(extract('The interim government led by Nobel laureate Tom Hale said on Sunday it would hold elections.')).filter((r) => r.includes('hold'))).toEqual([]);
    // Not an owner: the forces are the country's.
    expect(relations(extract("Kestia says it hit the Dalby refinery with drones. Kestia's General Staff said on Saturday that its forces had struck the Dalby oil refinery overnight with drones, setting off a fire."))).toContain('Kestia --had struck--> Dalby');
  });

  it('locates no place in the country whose relations a plural relational noun names ("The United States and Canada, Mexico\'s partners in …")', () => {
    expect(relations(extract('The United States and Canada, Mexico\'s partners in a free trade agreement, have warned that the changes could deter investment.'))).toEqual([]);
  });

  it('reads "on schedule" as no object ("failed to repay on schedule")', () => {
    expect(relations(extract('Argentina still owes the fund 41 billion dollars from a 2018 loan, which it failed to repay on schedule.'))).toEqual(['Argentina --owes--> fund']);
  });

  it('gives "who" after a role and the body it is of to the role\'s holder ("Ana Ruiz, the former chief executive of Vantrex Capital who testified …")', () => {
    expect(relations(extract('Ana Ruiz, the former chief executive of Vantrex Capital who testified against Tom Hale, was sentenced on Tuesday.'))).toContain('Ana Ruiz --testified against--> Tom Hale');
  });

  it('ends a phrase at a quotation mark after its noun ("called the arrest "oppression"")', () => {
    expect(relations(extract('Ana Ruiz called the arrest "oppression" on Tuesday.'))).toEqual(['Ana Ruiz --called--> arrest']);
  });

  it('reads a passive whole across a lower-case word hyphened to its participle ("is majority-owned by"), which is no verb of its own', () => {
    expect(relations(extract('The company, which is majority-owned by the Norwegian state fund Norvik Capital, has been reviewing its assets.'))).toContain('Norvik Capital --owned--> company');
  });

  it('passes a phrase set off between commas that says where or how for a coordinated verb\'s subject ("would cut 1,200 jobs, mostly in sales, and would not renew …")', () => {
    expect(relations(extract('Orion Cloud said it would cut 1,200 jobs, mostly in sales, and would not renew a contract with Vantrex Foods.'))).toContain('Orion Cloud --would not renew contract with--> Vantrex Foods');
  });

  it('reads what "prove" takes as a clause, not its subject as the object ("failed to prove he knew")', () => {
    expect(relations(extract('A court acquitted Tom Hale on Monday, ruling that prosecutors had failed to prove he knew about the scheme.')).filter((r) => r.includes('prove'))).toEqual([]);
  });

  it('gives a company\'s role no name owns to the business the story opened with, past others it named since ("Chief Executive Ana Ruiz said")', () => {
    expect(relations(extract('Orion Cloud raised 1 billion dollars in its listing on Monday. Okonkwo Capital and Goldman Sachs led the offering. Chief Executive Ana Ruiz said the money would fund a new plant.'))).toContain('Ana Ruiz --chief executive of--> Orion Cloud');
    // Not one a copula gives, which points back to the company last named.
    const owned = relations(extract('Orion Cloud agreed to buy Vantrex Games for 60 billion dollars. Vantrex Games, the maker of Call of Duty, has been rocked by allegations, and its chief executive Tom Hale has faced calls to resign. He will remain chief executive until the deal closes, the companies said.'));
    expect(owned.filter((r) => r.startsWith('Tom Hale') && r.includes('chief executive'))).toEqual(['Tom Hale --chief executive of--> Vantrex Games', 'Tom Hale --remain chief executive of--> Vantrex Games']);
  });

  it('reads a headline\'s verb of a penalty before the sum it sets and the charge as a passive ("Ostra Bank fined $120 million over …")', () => {
    expect(relations(extract('Ostra Bank fined $120 million over money-laundering failures'))).toEqual([]);
  });

  it('reads "neighbouring" before a name as an adjective, so the name is the agent ("backed by neighbouring Dravia")', () => {
    expect(relations(extract('The Sarov militia, which is backed by neighbouring Dravia, did not claim responsibility.'))).toEqual(['Dravia --backed--> Sarov', 'Sarov --did not claim--> responsibility']);
  });

  it('reads titles joined by "and" as the titles of one name, not a list of names ("Vantrex founder and chairman Lena Vogt, who owns …")', () => {
    const g = relations(extract("Vantrex Foods founder and chairman Lena Vogt, who owns about 8% of the company, will join Orion Cloud's board."));
    expect(g.filter((r) => r.startsWith('Vantrex Foods') && !r.includes('founder'))).toEqual([]);
    expect(g).toContain('Lena Vogt --will join board of--> Orion Cloud');
    // The owner before the first title holds the last one too.
    expect(relations(extract('Orion Cloud vice chair and president Tom Hale said the company would grow.'))).toContain('Tom Hale --president of--> Orion Cloud');
  });

  it('reads fighters or members "of" a body as that body acting ("Rebels of the Free Dravia Movement captured …"), not a country they are of ("Syrian rebels")', () => {
    expect(relations(extract('Rebels of the Free Dravia Movement captured the town of Mirov on Sunday.'))).toEqual(['Free Dravia Movement --captured--> Mirov']);
    // Not the country whose people they are: rebels act against it.
    const syrian = relations(extract('DAMASCUS, Dec 8 (Reuters) - Syrian rebels seized the capital Damascus on Sunday, forcing President Bashar al-Assad to flee the country.'));
    expect(syrian).toContain('Syrian rebels --seized--> Damascus');
    expect(syrian.filter((r) => r.startsWith('Syria '))).toEqual([]);
  });
});

describe('participles, means and qualifiers around a name', () => {
  it('reads a place before a relational noun compromise took for an adjective as qualifying the name after them ("to buy U.S. rival Corstone")', () => {
    expect(relations(extract('Halvor AG agreed on Monday to buy U.S. rival Corstone Industries for $7 billion.'))).toEqual(['Halvor AG --buy--> Corstone Industries']);
    expect(relations(extract('Corstone Industries was bought by U.S. rival Halvor AG.'))).toEqual(['Halvor AG --bought--> Corstone Industries']);
  });

  it('reads a lone form that is only a participle as passive ("a sample taken from Kiprono"), unless "and" joins it to a verb whose "had" it shares', () => {
    expect(relations(extract("Documents taken from Tom Hale's office were returned to Orion Cloud.")).filter((r) => r.includes('taken'))).toEqual([]);
    expect(relations(extract('Daniel Kiprono given four-year ban for doping'))).toEqual([]);
    expect(relations(extract('Russia had seized Avdiivka and taken Bakhmut.'))).toEqual(['Russia --had seized--> Avdiivka', 'Russia --taken--> Bakhmut']);
    // "sought" is a past tense too.
    expect(relations(extract('Michael Collins sought a negotiated settlement with Britain.'))).toContain('Michael Collins --sought--> settlement');
  });

  it('reads a lone irregular participle after a verb\'s object as describing it ("bottles of a drug sold in the United States")', () => {
    expect(relations(extract('Pellion Pharmaceuticals is recalling more than two million bottles of a blood pressure drug sold in the United States and Canada after tests found traces of a chemical.')).filter((r) => r.includes('sold'))).toEqual([]);
  });

  it('ends a list of agents at a name a passive participle of its own is set off after ("led by al-Burhan, and the RSF, commanded by Dagalo, have …")', () => {
    const g = relations(extract('The army, led by General Abdel Fattah al-Burhan, and the RSF, commanded by Mohamed Hamdan Dagalo, have ignored calls for a ceasefire.'));
    expect(g.filter((r) => r.includes('led'))).toEqual(['Abdel Fattah al-Burhan --led--> army']);
    // Not where "and" alone joins the names.
    expect(relations(extract('The deal was brokered by Qatar and Egypt, backed by the United States.'))).toContain('Egypt --brokered--> deal');
  });

  it('reads the subject of a clause a court or an inquiry finds after its verb, past the role an owner owns ("ruled Kestia\'s president cannot run")', () => {
    expect(relations(extract("The court ruled Kestia's president cannot run for a third term."))).toEqual([]);
    expect(relations(extract('Investigators found the bank had misled Kestia.'))).toEqual(['bank --had misled--> Kestia']);
    expect(relations(extract('Judge Irena Vass found Pavel Orlik guilty.'))).toContain('Irena Vass --found--> Pavel Orlik');
  });

  it('gives a participle of judging in words after an attribution to the reporter ("…, the ministry said, blaming Russia"), as one of saying', () => {
    expect(relations(extract('Three guards were killed on Sunday, the ministry said, blaming Russia.'))).toEqual(['ministry --blaming--> Russia']);
    expect(relations(extract('Boeing agreed to plead guilty, the Justice Department said, avoiding a trial.'))).toContain('Boeing --avoiding--> trial');
  });

  it('gives the gerund after the sum a judging verb sets to the one judged ("fined Meta Platforms 798 million euros for abusing …")', () => {
    const g = relations(extract('The European Commission fined Meta Platforms 798 million euros for abusing its dominance by tying its Marketplace service to Facebook.'));
    expect(g.filter((r) => r.includes('tying'))).toEqual(['Meta --tying to--> Facebook', 'Meta --tying--> service']);
    // Not after a sum paid to someone.
    expect(relations(extract('A court ordered Tom Hale to pay Vantrex 2 million dollars for breaching the contract.')).filter((r) => r.includes('breaching'))).toEqual([]);
  });

  it('holds a company\'s title no name owns at the business a headline says will act ("Kestrel Air to cut 2,000 jobs"), not at one named since', () => {
    const g = relations(extract('Kestrel Air to cut 2,000 jobs as losses mount\n\nDUBLIN (Newswire) — Kestrel Air will cut about 2,000 jobs, the Irish airline said on Thursday. The carrier lost money as competition from rivals such as Ryanair intensified. Chief Executive Sean Walsh said the cuts would save money.'));
    expect(g.filter((r) => r.includes('chief executive'))).toEqual(['Sean Walsh --chief executive of--> Kestrel Air']);
  });

  it('reads "at the age of" as no object ("has died at the age of 91")', () => {
    expect(relations(extract('Carla Benedetti, who founded Ostrova in 1961, has died at the age of 91.'))).toEqual(['Carla Benedetti --founded--> Ostrova']);
  });

  it('reads "by" before a means as no agent ("resigned by fax")', () => {
    expect(relations(extract('Alberto Fujimori fled to Japan amid a scandal and resigned by fax.'))).toEqual(['Alberto Fujimori --fled to--> Japan']);
    expect(relations(extract('Tom Hale was notified by phone that Orion Cloud had dismissed him.')).filter((r) => r.includes('notified'))).toEqual([]);
    // Not a name whose head is such a noun.
    expect(relations(extract('Kestia was bombed by the Air Force.'))).toEqual(['Air Force --bombed--> Kestia']);
  });

  it('gives the agent after an act\'s noun and its "of" to that act, not to a passive verb before them ("sentenced for his role in the killings of 25 people by a death squad")', () => {
    expect(relations(extract('Alberto Fujimori was sentenced to 25 years in prison for his role in the killings of 25 people by a death squad.'))).toEqual([]);
  });

  it('takes the phrase a passive participle is set off after as the subject, not the participle\'s agent ("The motion, brought by the Progress Party, won …")', () => {
    expect(relations(extract('The motion, brought by the opposition Progress Party, won 71 votes.'))).toEqual(['Progress Party --brought--> motion']);
  });

  it('gives an infinitive after a plan contested in a phrase no subject ("quit over a plan to expand oil drilling")', () => {
    expect(relations(extract('The Green Party quit over a plan to expand oil drilling.'))).toEqual(['Green Party --quit over--> plan']);
    expect(relations(extract('The Green Party announced a plan to expand oil drilling.'))).toContain('Green Party --expand--> oil drilling');
  });

  it('reads demonyms "and" joins as qualifying the noun after the last of them ("killing 20 Indian and four Chinese troops")', () => {
    expect(relations(extract('Soldiers clashed in the valley, killing 20 Indian and four Chinese troops.'))).toEqual([]);
  });

  it('gives a participle clause after an adverbial clause the people that clause names, where the main clause has a thing as subject ("strained since soldiers clashed …, killing")', () => {
    expect(relations(extract('Relations have been strained since soldiers clashed with Kestia, killing Tom Hale.'))).toContain('soldiers --killing--> Tom Hale');
  });

  it('reads a lone participle after a phrase set off after a name as describing that phrase ("Caro Quintero, a drug lord wanted for the murder of …")', () => {
    expect(relations(extract('Mexico extradited Rafael Caro Quintero, a drug lord wanted for the murder of Enrique Camarena, to the United States.')).filter((r) => r.includes('wanted'))).toEqual([]);
  });

  it('reads no area what is no act is spread over as what the verb affects ("killed 200 people across the United States"), but an act\'s ("launched strikes across Ukraine")', () => {
    expect(relations(extract('Hurricane Helene killed more than 200 people across the southeastern United States.'))).toEqual([]);
    expect(relations(extract('Russia launched strikes across Ukraine.'))).toContain('Russia --launched strikes across--> Ukraine');
  });

  it('gives a relation to a person a pronoun owns to the body it is held at, named after it ("his former coach at Torino")', () => {
    expect(relations(extract('The move reunites Lentini with his former coach at Torino, Emiliano Mondonico.'))).toEqual(['Emiliano Mondonico --former coach at--> Torino']);
    expect(relations(extract('Daniel Kiprono denied taking the drug. His coach, Peter Lang, said the athlete was innocent.'))).toContain('Peter Lang --coach of--> Daniel Kiprono');
    expect(relations(extract("Putin's spokesman, Dmitry Peskov, said the talks had failed."))).toEqual(['Dmitry Peskov --spokesman of--> Putin']);
    // A person named as the owner keeps the relation.
    expect(relations(extract("The minister backs the plan, says Oded Ben-Ami, Rabin's spokesman at the Defense Ministry."))).toContain('Oded Ben-Ami --spokesman of--> Rabin');
  });
});

describe('lists an owner joins, sums and descriptions set off', () => {
  it('joins a name and what a pronoun after "and" owns as one subject ("Assad and his family had arrived"), not an object or a complement to it', () => {
    expect(relations(extract('State media reported that Tom Hale and his family had arrived in Moscow.'))).toEqual(['Tom Hale --had arrived in--> Moscow', 'family --had arrived in--> Moscow']);
    expect(relations(extract('Vega Front and its ally Umoja withheld their support.'))).toContain('Vega Front --withheld--> support');
    expect(relations(extract("Tom Hale has three 40-homer seasons and his 121 RBI broke Ana Ruiz's team record.")).filter((r) => r.includes('seasons'))).toEqual([]);
    expect(relations(extract('Tom Hale of Oxford and his brother Ivo Hale were indicted on a charge of conspiracy to murder Ana Ruiz.')).filter((r) => r.startsWith('Oxford'))).toEqual([]);
  });

  it('reads who is fined past a sum an adverb opens and its conversion in brackets ("fined Meta nearly 798 million euros ($841 million) on Thursday for abusing …")', () => {
    const g = extract('The European Commission fined Halden Platforms nearly 798 million euros ($841 million) on Thursday for abusing its dominance.');
    expect(relations(g)).toContain('Halden Platforms --abusing--> dominance');
  });

  it('takes what a sum in its currency\'s noun is "of" for the object ("buy back 750 million euros of shares")', () => {
    expect(relations(extract('Halden Bank would buy back 750 million euros of shares.'))).toEqual(['Halden Bank --would buy--> shares']);
  });

  it('reads a description a verb follows as a new clause\'s subject, not set off after the name before it ("hired Ana Ruiz, the ChatGPT maker said")', () => {
    const g = extract('Orion Cloud has hired Ana Ruiz, the SkyCast maker said on Tuesday.');
    expect(relations(g)).toEqual(['Orion Cloud --has hired--> Ana Ruiz']);
    expect(node(g, 'Ana Ruiz')?.type).toBe('Person');
    // Not a participle that describes the noun.
    expect(relations(extract('The released prisoners included Tom Hale, a California businessman detained in October.'))).toContain('Tom Hale --businessman in--> California');
  });

  it('labels a tie to an organisation set off as "former" where the description says so ("a former al Qaeda affiliate")', () => {
    expect(relations(extract('Fjordline, a former Siemens subsidiary, said it would cut jobs.'))).toContain('Fjordline --former subsidiary of--> Siemens');
  });
});

describe('asides, agents and complements of participles', () => {
  it('reads a participle aside after a name, an adverb opening it, as what was done to the name ("Hinton, often called the godfather of AI, left Google")', () => {
    expect(relations(extract('Tom Hale, often called the godfather of robotics, left Orion Cloud last year.'))).toEqual(['Tom Hale --left--> Orion Cloud']);
    expect(relations(extract('Tom Hale, handed the kicking duties, finished with 20 points.'))).toEqual([]);
    // Not a participle before a preposition, which says where the name is, nor one qualifying a person's noun.
    expect(relations(extract('Vantrex, based in the town of Bistrita, makes pumps.'))).toContain('Vantrex --based in--> Bistrita');
  });

  it('reads the agent past an owning pronoun and a hyphened place ("sold by its China-based parent company, ByteDance")', () => {
    expect(relations(extract('The law bans the app unless the app is sold by its China-based parent company, Halden Media, by January.'))).toContain('Halden Media --sold--> app');
  });

  it('gives the verb after a reduced relative the phrase it describes, past its agent\'s title and owner ("tariffs threatened by U.S. President-elect Donald Trump could hit exports")', () => {
    expect(relations(extract('Analysts warned that tariffs threatened by U.S. President-elect Tom Hale could hit exports.')).filter((r) => r.includes('hit'))).toEqual([]);
  });

  it('reads a gerund after a verb, before its own object, as a verb ("are considering forming a holding company and may also bring in …")', () => {
    expect(relations(extract('Nissan and Honda are considering forming a holding company and may also bring in Vantrex.'))).toEqual(expect.arrayContaining(['Nissan --are considering forming--> holding company', 'Nissan --may bring in--> Vantrex']));
  });
});

describe('who acts in clauses that asides, lists and makers interrupt', () => {
  it('gives an infinitive the object of a control verb past a phrase of time ("ordered Israel on Friday to halt …")', () => {
    expect(relations(extract('The court ordered Kestia on Friday to halt its offensive.'))).toContain('Kestia --halt--> offensive');
  });

  it('gives an infinitive after a decision or an effort "by" someone to that maker ("a decision by Justice Moraes to suspend X"), not after an order', () => {
    expect(relations(extract('The court upheld a decision by Justice Tom Hale to suspend Vantrex.'))).toContain('Tom Hale --suspend--> Vantrex');
    expect(relations(extract('The judge upheld an order by Tom Hale to release Ana Ruiz.')).filter((r) => r.includes('release'))).toEqual([]);
  });

  it('reads the subjects a clause-opening preposition governs, coordinated ("after the DA and two smaller parties backed him")', () => {
    expect(relations(extract('Parliament re-elected Tom Hale after the Vega Front and the Umoja Alliance backed him.'))).toEqual(expect.arrayContaining(['Vega Front --backed--> Tom Hale', 'Umoja Alliance --backed--> Tom Hale']));
  });

  it('reads a phrase of circumstance set off after the subject as an aside ("Trump, on his first foreign trip, attended …")', () => {
    expect(relations(extract('Tom Hale, on his first foreign trip since winning the election, attended the ceremony and met Ana Ruiz.'))).toEqual(expect.arrayContaining(['Tom Hale --attended--> ceremony', 'Tom Hale --met--> Ana Ruiz']));
  });

  it('keeps the noun for an act with where it goes ("fighting extradition to the United States")', () => {
    expect(relations(extract('Tom Hale is fighting extradition to the United States.'))).toContain('Tom Hale --is fighting extradition to--> United States');
  });

  it('reads where a company\'s shares are listed, joined to it by a hyphen ("London-listed Anglo American")', () => {
    expect(relations(extract('London-listed Vantrex Mining will share the gains.'))).toContain('Vantrex Mining --listed in--> London');
  });

  it('reads a capitalised "Former" after a dateline as qualifying the title ("ISLAMABAD (Reuters) - Former Pakistani Prime Minister Imran Khan")', () => {
    expect(relations(extract('ISLAMABAD (Reuters) - Former Pakistani Prime Minister Tom Hale was sentenced to 14 years.'))).toContain('Tom Hale --former prime minister of--> Pakistan');
  });

  it('reads the words of a title the rules read as the title, though the tagger took them for a body ("Far-right National Security Minister Itamar Ben-Gvir")', () => {
    expect(relations(extract('JERUSALEM (Reuters) - Israel agreed to a truce. Far-right National Security Minister Tom Hale threatened to quit the government.'))).toContain('Tom Hale --national security minister of--> Israel');
  });

  it('labels a role its holder leaves, or is removed from, as former ("stepped down as chairman of", "was ousted as chief executive of")', () => {
    expect(relations(extract('Tom Hale stepped down as chairman of Vantrex Group after 12 years.'))).toContain('Tom Hale --former chairman of--> Vantrex Group');
    expect(relations(extract('Ana Ruiz was ousted as chief executive of Vantrex Group.'))).toContain('Ana Ruiz --former chief executive of--> Vantrex Group');
    expect(relations(extract('Tom Hale serves as chairman of Vantrex Group.'))).toContain('Tom Hale --chairman of--> Vantrex Group');
  });

  it('gives a participle after a comma the subject of the verb before, past a quantity in a preposition\'s phrase ("won with 54% of the vote, defeating …")', () => {
    expect(relations(extract('Tom Hale won the election with 54% of the vote, defeating Ana Ruiz.'))).toContain('Tom Hale --defeating--> Ana Ruiz');
  });
});

describe('descriptions, coordinated phrases and dates that compromise reads as verbs', () => {
  it('reads a description and a demonym before a name as describing it, where a preposition opens a clause ("after Chinese startup DeepSeek said it …")', () => {
    expect(relations(extract('Shares of Kestrel fell on Monday after Norwegian startup Vantrex said it had built a cheaper model.'))).toContain('Vantrex --had built--> model');
  });

  it('reads a word in -s after "and" in a phrase a possessive opened as the phrase\'s plural noun ("the bank\'s retail and investment arms and is exiting …")', () => {
    const g = extract('Tom Hale has merged the bank\'s retail and investment arms and is exiting several businesses in Europe.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Tom Hale --is exiting--> businesses', 'Tom Hale --has merged--> investment arms']));
  });

  it('gives a gerund after "for" the subject of a verb whose object is a named thing that cannot act ("won the Nobel Prize for developing …")', () => {
    const g = extract('Ana Ruiz won the Halden Prize in physics on Wednesday for inventing a new battery.');
    expect(relations(g)).toContain('Ana Ruiz --inventing--> battery');
    expect(relations(g).filter((r) => r.startsWith('Halden Prize'))).toEqual([]);
  });

  it('reads a name whose shares trade as a company\'s, though the tagger reads a person ("Walt Disney … Disney shares rose")', () => {
    const g = extract('Walt Halvorsen named Tom Hale as its next chief executive on Thursday. Halvorsen shares rose 2% in extended trading.');
    expect(node(g, 'Walt Halvorsen')?.type).toBe('Organization');
  });

  it('reads a gerund after a verb of saying, with a finite verb after its phrase, as the reported clause\'s subject, not the verb\'s object ("said stabilising production is his top priority")', () => {
    const g = extract('Tom Hale said selling the unit to Vantrex was a mistake. Ana Ruiz began selling shares in Vantrex on Monday.');
    expect(relations(g).filter((r) => r.includes('selling'))).toEqual(['Ana Ruiz --began selling shares in--> Vantrex', 'Ana Ruiz --began selling--> shares']);
  });

  it('reads no name a body owns as a person\'s, every one of a list ("The owner of Louis Vuitton and Dior said …")', () => {
    const g = extract('The owner of Halden Vuitton and Dessa Ruiz said sales fell 5%.');
    expect([node(g, 'Halden Vuitton')?.type, node(g, 'Dessa Ruiz')?.type]).toEqual(['Organization', 'Organization']);
  });

  it('reads the subject of a clause a bet takes as no object of the bet ("investors bet she would favour loose policy")', () => {
    const g = extract('Investors bet Tom Hale would cut rates. Ana Ruiz bet $5 million on Vantrex.');
    expect(relations(g)).toContain('Tom Hale --would cut--> rates');
    expect(relations(g).filter((r) => r.endsWith('--bet--> Tom Hale'))).toEqual([]);
  });

  it('reads a demonym before a role a lower-case word qualifies as the role\'s country ("Venezuelan opposition leader Maria Corina Machado")', () => {
    expect(relations(extract('Venezuelan opposition leader Ana Ruiz won the prize on Friday.'))).toContain('Ana Ruiz --opposition leader of--> Venezuela');
    // Not an owner between them: "The Swedish company's founder" is the company's.
    const owned = extract("Vantrex Music was fined on Monday. The Swedish company's founder, Tom Hale, has long criticised the fee.");
    expect(relations(owned)).toContain('Tom Hale --founder of--> Vantrex Music');
  });

  it('reads a demonym before a noun for what someone does and their name as where they are from, or whom a player plays for ("Egyptian striker Omar Marmoush", "British novelist Ian McEwan")', () => {
    const g = extract('Halden City signed Egyptian striker Tom Hale from Vostra United. British novelist Ana Ruiz won the prize.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Tom Hale --striker for--> Egypt', 'Ana Ruiz --novelist from--> United Kingdom']));
    // Not a day after a noun in -er: "near the Canadian border Tuesday" names no Canadian.
    expect(node(extract('Firefighters fought a fire near the Canadian border Tuesday.'), 'Canada')).toBeUndefined();
    // A noun compromise does not know as one for a person is still no verb between the demonym and the name.
    const ordered = extract('The king, Ana Ruiz, was murdered on the orders of Spanish conqueror Tom Hale.');
    expect(relations(ordered)).toContain('Tom Hale --ordered murdered--> Ana Ruiz');
  });

  it('reads whom an act a charge names was done to as the head of the phrase after "of", past a name modifying it ("convicted in the killing of a U.S. drug agent")', () => {
    const g = extract('Tom Hale was convicted in the 1985 killing of a U.S. drug agent.');
    expect(relations(g)).toContain('Tom Hale --was convicted in killing of--> drug agent');
    expect(relations(g).filter((r) => r.endsWith('United States'))).toEqual([]);
  });

  it('reads which phrases a preposition governs: names listed after a relational noun ("lost market share to rivals AMD and Nvidia and is struggling"), not a clause it opens nor a list after a phrase of time', () => {
    const g = extract('Vantrex named Tom Hale to lead a company that has lost market share to rivals Kestrel Chips and Orion Semi and is struggling to build a foundry business.');
    expect(relations(g).filter((r) => r.includes('struggling'))).toEqual([]);
    // A clause a preposition opens still has them as its subjects ("as title rivals Essex, Derbyshire and Surrey closed in");
    // a list opening the sentence after a phrase of time is no preposition's ("Earlier on Saturday, Russian drones and missiles struck").
    const clause = extract('Their lead may be short-lived as title rivals Kent, Sussex and Yorkshire all closed in on victory. Earlier on Saturday, Russian drones and missiles struck Kharkiv.');
    expect(relations(clause)).toEqual(expect.arrayContaining(['Kent --closed in on--> victory', 'Yorkshire --closed in on--> victory', 'Russia --struck--> Kharkiv']));
    // Nor an owner's noun a name qualifies, joined to another ("after her Morena party and its allies appeared to win").
    const owned = extract('The peso fell more than 3% on Monday after her Verona party and its allies appeared to win a two-thirds majority in Congress.');
    expect(relations(owned).filter((r) => r.startsWith('peso --appeared'))).toEqual([]);
  });

  it('reads "they" after a plural the clause before names as no organisation that acted on it ("suspended the deployment of police officers to Haiti, where they were to lead …")', () => {
    const g = extract("Kenya's High Court on Friday suspended the deployment of Kenyan police officers to Haiti, where they were to lead a mission against armed gangs.");
    expect(relations(g).filter((r) => r.startsWith('High Court --lead'))).toEqual([]);
  });

  it('reads each name a verb takes with its own sum as its object ("fined Apple 500 million euros and Meta 200 million euros")', () => {
    const g = extract('The European Commission fined Halden Bank 500 million euros and Vost Bank 200 million euros on Wednesday.');
    expect(relations(g)).toEqual(expect.arrayContaining(['European Commission --fined--> Halden Bank', 'European Commission --fined--> Vost Bank']));
  });

  it('reads a state set off as another\'s ally, partner or rival ("China, a close ally of Pakistan, called on India …")', () => {
    expect(relations(extract('China, a close ally of Pakistan, called on India to avoid escalation.'))).toContain('China --ally of--> Pakistan');
  });

  it('labels a body of a country by its name\'s head before "of" ("China\'s Bank of Communications" is its bank)', () => {
    expect(relations(extract("Vantrex sold its stake in Norway's Bank of Halden."))).toContain('Bank of Halden --bank of--> Norway');
  });

  it('ends a participle\'s phrase set off after a noun phrase at its closing comma, and joins that phrase to the one "and" adds ("the army, led by General Burhan, and the RSF")', () => {
    const joined = extract('Kestia, backed by Vostra, and Orion signed the accord.');
    expect(relations(joined)).toEqual(expect.arrayContaining(['Kestia --signed--> accord', 'Orion --signed--> accord', 'Vostra --backed--> Kestia']));
    expect(relations(joined).filter((r) => r.startsWith('Orion --backed'))).toEqual([]);
    const governed = extract('The war between the army, led by General Tom Hale, and the Vostra Forces has killed 300 people.');
    expect(relations(governed).filter((r) => r.startsWith('Vostra Forces'))).toEqual([]);
    // Not a gerund's clause, which says more of the clause before it.
    const gerund = extract('Tom Hale put Kestrel ahead in the 12th minute, turning in a cross from Ana Ruiz, and Ruiz sealed the victory.');
    expect(relations(gerund).filter((r) => r.includes('sealed'))).toEqual(['Ana Ruiz --sealed--> victory']);
  });

  it('reads a noun after a name an article opened as the phrase\'s noun, though compromise reads a verb ("JPMorgan Chase, the largest U.S. bank, reported …")', () => {
    const g = extract('Kestrel Bank, the largest U.S. bank, reported a 9% rise in profit.');
    expect(relations(g)).toContain('Kestrel Bank --reported--> rise');
    expect(relations(g).filter((r) => r.startsWith('United States'))).toEqual([]);
  });

  it('reads a participle "and" joins to an adjective before a noun as qualifying the noun ("a brave and committed champion of peace")', () => {
    expect(relations(extract('Tom Hale called Ana Ruiz a brave and committed champion of peace.')).filter((r) => r.includes('committed'))).toEqual([]);
    // Not a verb "and" joins to a clause that ends in an adjective.
    const g = extract('Tom Hale called the decree illegal and urged Ana Ruiz to resign. Governor Tom Dale said the state had prepared for the worst and urged residents not to leave their homes.');
    expect(relations(g)).toEqual(expect.arrayContaining(['Tom Hale --urged--> Ana Ruiz', 'Tom Dale --urged--> residents']));
  });

  it('reads a noun between an adjective an owner or an article opened and a noun as qualifying it, though compromise reads a verb ("the world\'s largest contract chipmaker")', () => {
    const g = extract("Vantrex Chips said it would invest $100 billion in Kestia. The world's largest contract chipmaker, which supplies Orion Phones, will build three factories in Arizona.");
    expect(relations(g)).toEqual(expect.arrayContaining(['Vantrex Chips --supplies--> Orion Phones', 'Vantrex Chips --will build--> factories']));
    // Not a verb in the past: "a straight left gave defending champion Tom Hale a win" keeps its verb.
    const past = extract('A powerful right hook followed by a straight left gave defending champion Tom Hale a seventh round win over Ana Ruiz.');
    expect(relations(past).filter((r) => r.includes('followed'))).toEqual([]);
  });

  it('reads "last" before a time as dating the clause, not as a verb ("sold its oil and gas assets last year")', () => {
    expect(relations(extract('Vantrex sold its oil and gas assets last year.'))).toContain('Vantrex --sold--> gas assets');
    expect(relations(extract('Floods last week killed 40 people in Kestia.'))).toContain('floods --killed people in--> Kestia');
  });
});
