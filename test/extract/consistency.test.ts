import { describe, expect, it } from 'vitest';
import { harmonizeDocument, typeDescribedNames, typeLists, typeResultTables, typeStandings } from '../../shared/extract/consistency';
import type { EntityMention } from '../../shared/extract/mentions';
import { tokenize } from '../../shared/extract/tokens';
import type { EntityType } from '../../shared/graph/schema';
import { extract, node, relations } from './helpers';

/** A mention the tagger read as `type` with the given probability, spanning `words` tokens. */
function mention(text: string, type: EntityType, weight: number): EntityMention {
  const words = text.split(' ').length;
  return { first: 0, last: words - 1, text, start: 0, end: text.length, type, confidence: weight, titled: false, votes: [{ type, weight, reason: 'the news tagger' }] };
}

/** One sentence with the given names typed as given, each found by its words. */
/** The sentence and its names, each read as its type by a vote of `weight` (0.9 unless given). */
function listed(text: string, names: Array<[string, EntityType, number?]>) {
  const [sentence] = tokenize(text);
  const mentions = names.map(([name, type, weight = 0.9]): EntityMention => {
    const words = name.split(' ');
    const first = sentence!.tokens.findIndex((_, i) => words.every((w, k) => sentence!.tokens[i + k]?.text === w));
    return { first, last: first + words.length - 1, text: name, start: 0, end: name.length, type, confidence: 0.6, titled: false, votes: [{ type, weight, reason: 'the news tagger' }] };
  });
  return { sentence: sentence!, mentions };
}

describe('one name, one meaning within a document', () => {
  it('keeps a person\'s surname theirs, though a headline made an organisation that ends in it, and though the tagger read it alone as one', () => {
    const headline = mention('U.S. Cardinal Kowal', 'Organization', 0.54);
    const full = mention('Joseph Kowal', 'Person', 0.92);
    const alone = mention('Kowal', 'Person', 0.48);
    const misread = mention('Kowal', 'Organization', 0.45);
    harmonizeDocument([headline, full, alone, misread]);
    for (const m of [alone, misread]) {
      expect(m.fullName).toBe('Joseph Kowal');
      expect(m.type).toBe('Person');
    }
  });

  it('keeps a person\'s surname theirs where the tagger read it alone as a place no gazetteer knows, and a known place a place', () => {
    const full = mention('Oksana Kovalenko', 'Person', 0.95);
    const misread = mention('Kovalenko', 'Place', 0.32);
    const actor = mention('Denzel Washington', 'Person', 0.95);
    const city = mention('Washington', 'Place', 0.9);
    harmonizeDocument([full, misread, actor, city]);
    expect(misread.fullName).toBe('Oksana Kovalenko');
    expect(misread.type).toBe('Person');
    expect(city.fullName).toBeUndefined();
    expect(city.type).toBe('Place');
  });

  it('gives a known place to the person named in full whose surname it is, where the tagger reads it there as a person\'s name more than a place\'s', () => {
    const g = extract('A court sentenced former President Alejandro Toledo to 20 years in prison. Toledo, 78, who governed Peru from 2001 to 2006, was found guilty. Toledo has denied the charges.');
    expect(g.filterNodes((_, a) => a.type !== 'Concept').map((n) => g.getNodeAttribute(n, 'label')).sort()).toEqual(['Alejandro Toledo', 'Peru']);
    expect(relations(g)).toContain('Alejandro Toledo --has denied--> charges');
    const city = extract('Tom Toledo said the talks in Toledo had ended. The talks were held in Toledo, Ohio.');
    expect(node(city, 'Toledo')?.type).toBe('Place');
  });

  it('gives a word the story links to a person\'s full name elsewhere to that person where the tagger read it as an organisation ("Indonesia\'s Prabowo sworn in")', () => {
    const g = extract("Indonesia's Halvard sworn in as president\n\nJAKARTA, Indonesia (AP) — Former commander Halvard Osteng was sworn in as Indonesia's president on Sunday. Halvard, 73, thanked his supporters.");
    expect(g.filterNodes((_, a) => a.label.startsWith('Halvard')).map((n) => [g.getNodeAttribute(n, 'label'), g.getNodeAttribute(n, 'type')])).toEqual([['Halvard Osteng', 'Person']]);
  });

  it('ties a surname alone to the first person with it named before, else to the first named after', () => {
    const headline = mention('Kowal', 'Person', 0.7);
    const jan = mention('Jan Kowal', 'Person', 0.95);
    const later = mention('Kowal', 'Person', 0.7);
    const ewa = mention('Ewa Kowal', 'Person', 0.95);
    const last = mention('Kowal', 'Person', 0.7);
    harmonizeDocument([headline, jan, later, ewa, last]);
    expect([headline.fullName, later.fullName, last.fullName]).toEqual(['Jan Kowal', 'Jan Kowal', 'Jan Kowal']);
  });

  it('ties a compound surname to the first longer name it ends, never to a shorter one', () => {
    const mario = mention('Mario Vargas Llosa', 'Person', 0.95);
    const son = mention('Alvaro Vargas Llosa', 'Person', 0.95);
    const alone = mention('Vargas Llosa', 'Person', 0.8);
    const llosa = mention('Llosa', 'Person', 0.7);
    harmonizeDocument([mario, son, alone, llosa]);
    expect([alone.fullName, son.fullName]).toEqual(['Mario Vargas Llosa', undefined]);
  });

  it('ties a surname alone to a full name that ends in a generation ("Marcos" for Ferdinand Marcos Jr.)', () => {
    const full = mention('Tomas Orsavo Jr.', 'Person', 0.95);
    const alone = mention('Orsavo', 'Person', 0.7);
    harmonizeDocument([full, alone]);
    expect(alone.fullName).toBe('Tomas Orsavo Jr.');
  });

  it('ties a person\'s name alone that is no one\'s surname to the one person with that given name ("Srettha" for Srettha Thavisin)', () => {
    const full = mention('Somchai Wongrat', 'Person', 0.95);
    const alone = mention('Somchai', 'Person', 0.7);
    const thomas = mention('Thomas Berg', 'Person', 0.95);
    const frank = mention('Frank Thomas', 'Person', 0.95);
    const surname = mention('Thomas', 'Person', 0.7);
    harmonizeDocument([full, alone, thomas, frank, surname]);
    expect(alone.fullName).toBe('Somchai Wongrat');
    expect(surname.fullName).toBe('Frank Thomas');
  });

  it('types a storm\'s name an event, and its name alone the same storm ("Hurricane Helene … Helene had destroyed")', () => {
    const g = extract('Hurricane Marisol killed 64 people on Saturday. Tom Hale said Marisol had destroyed hundreds of homes.');
    expect(node(g, 'Hurricane Marisol')?.type).toBe('Event');
    expect(node(g, 'Marisol')?.label).toBe('Hurricane Marisol');
  });

  it('ties a short form to the company whose name it is but for its legal form or web address, over a longer name it opens ("Amazon" of Amazon.com Inc, not Amazon Web Services)', () => {
    const company = mention('Halden.com Inc', 'Organization', 0.9);
    const unit = mention('Halden Web Services', 'Organization', 0.9);
    const alone = mention('Halden', 'Organization', 0.8);
    harmonizeDocument([company, unit, alone]);
    expect(alone.fullName).toBe('Halden.com Inc');
  });

  it('still ties a short form to the one organisation named in full that ends in it, when no person has that surname', () => {
    const club = mention('Bayer Leverkusen', 'Organization', 0.9);
    const alone = mention('Leverkusen', 'Place', 0.6);
    alone.votes.push({ type: 'Organization', weight: 0.7, reason: 'the news tagger' });
    harmonizeDocument([club, alone]);
    expect(alone.fullName).toBe('Bayer Leverkusen');
  });

  it('ties every mention of a town a club is named after to the club, those first read as the town too, when the club reading wins on balance', () => {
    const club = mention('Hertha Berlin', 'Organization', 0.9);
    const player = mention('Berlin', 'Organization', 0.75);
    const coach = { ...mention('Berlin', 'Place', 0.57), canonical: 'Berlin' };
    coach.votes.push({ type: 'Organization', weight: 0.5, reason: 'the news tagger' });
    harmonizeDocument([club, player, coach]);
    for (const m of [player, coach]) {
      expect(m.fullName).toBe('Hertha Berlin');
      expect(m.type).toBe('Organization');
    }
    expect(coach.canonical).toBeUndefined();
  });

  it('types a name the story describes as an organisation where it sets it off as one wherever the story names it', () => {
    const g = extract('Norsk Energi wins approval for wind farm\n\nOSLO (Newswire) — Norsk Energi, the state-controlled utility, said it had won approval. Shares of Norsk Energi rose 3.1% on the Oslo Stock Exchange. Ingrid Solberg has led Norsk Energi since 2021.');
    expect(node(g, 'Norsk Energi')?.type).toBe('Organization');
    const relative = extract('Cleveland-Cliffs, a rival steelmaker that had made its own offer, said it remained interested.');
    expect(node(relative, 'Cleveland-Cliffs')?.type).toBe('Organization');
    const people = extract('Tom Hale, the team captain, scored twice. Tom Hale left in May.');
    expect(node(people, 'Tom Hale')?.type).toBe('Person');
    // A trade's noun is a business's after the goods it makes, or where "which" takes it up; not a film maker's.
    const makers = extract('Vantrex Foods sold its stake in Haskins, a parts maker in which it had invested in 2019. Orion Cloud will buy chips from Bellamy, the largest chips maker. Tom Carrick, a film maker who lives in Leeds, said he would retire.');
    expect(['Haskins', 'Bellamy', 'Tom Carrick'].map((name) => node(makers, name)?.type)).toEqual(['Organization', 'Organization', 'Person']);
  });

  it('types a name the story sets off as someone\'s kin a person wherever the story names it, though the tagger read it as a place', () => {
    const widow = listed('Ilse Varga, the widow of opposition leader Tomas Varg, said she would go on.', [['Ilse Varga', 'Place'], ['Tomas Varg', 'Person']]);
    const later = listed('Ilse Varga flew to Vienna.', [['Ilse Varga', 'Place'], ['Vienna', 'Place']]);
    typeDescribedNames([widow, later]);
    expect([widow.mentions[0]!.type, later.mentions[0]!.type]).toEqual(['Person', 'Person']);
    expect(later.mentions[1]!.type).toBe('Place');
  });

  it('reads a town a club named in full is named after as the club where no preposition of place governs it and it opens no dateline', () => {
    const g = extract(
      'Kane double sends Bayern Munich top as Dortmund slip\n\nMUNICH (Newswire) — Bayern Munich beat Bayer Leverkusen 3-1, while Borussia Dortmund were held to a draw by Union Berlin. Dortmund\'s Sami Okafor scored late. Bayern lead the table by two points from Dortmund.',
    );
    expect(g.filterNodes((_, a) => a.label.includes('Dortmund') || a.aliases.some((alias) => alias.includes('Dortmund')))).toHaveLength(1);
    expect(node(g, 'Dortmund')?.label).toBe('Borussia Dortmund');
    expect(node(g, 'Munich')?.type).toBe('Place');
    const university = extract('Ana Ruiz of the University of Chicago spoke on Monday. Chicago\'s mayor agreed with her.');
    expect(node(university, 'Chicago')?.type).toBe('Place');
  });
});

describe('tables of results', () => {
  /** Each line "Home 12 Away 10" as a sentence, its two sides typed as given. */
  function table(rows: Array<[string, EntityType, string, EntityType]>) {
    return rows.map(([home, homeType, away, awayType]) => {
      const [sentence] = tokenize(`${home} 12 ${away} 10`);
      const side = (text: string, type: EntityType, first: number): EntityMention => {
        const last = first + text.split(' ').length - 1;
        return { first, last, text, start: 0, end: text.length, type, confidence: 0.6, titled: false, votes: [{ type, weight: 0.6, reason: 'the news tagger' }] };
      };
      const a = side(home, homeType, 0);
      return { sentence: sentence!, mentions: [a, side(away, awayType, a.last + 2)] };
    });
  }

  it('gives every side the kind most sides are read as', () => {
    const rows = table([
      ['Harlequins', 'Organization', 'Gloucester', 'Place'],
      ['London Irish', 'Organization', 'Bristol', 'Organization'],
      ['Orrell', 'Organization', 'Bath', 'Organization'],
      ['Sale', 'Organization', 'Wasps', 'Person'],
    ]);
    typeResultTables(rows);
    expect(rows.flatMap((r) => r.mentions.map((m) => m.type))).toEqual(new Array(8).fill('Organization'));
  });

  it('leaves a short table, and one with no clear majority, as read', () => {
    const short = table([['Harlequins', 'Organization', 'Gloucester', 'Place'], ['Sale', 'Organization', 'Wasps', 'Person']]);
    typeResultTables(short);
    expect(short[0]!.mentions[1]!.type).toBe('Place');
    const split = table([
      ['Harlequins', 'Organization', 'Gloucester', 'Place'],
      ['Leeds', 'Place', 'Bristol', 'Organization'],
      ['Orrell', 'Organization', 'Bath', 'Place'],
      ['Sale', 'Place', 'Wasps', 'Person'],
    ]);
    typeResultTables(split);
    expect(split[0]!.mentions[1]!.type).toBe('Place');
  });
});

describe('lists of names', () => {
  it('gives every name of a list, numbered line-ups included, the kind most of them are read as, but not a name in brackets after one', () => {
    const squad = listed('Norway - 1 - Ola Dahl; 2 - Per Berg (14 - Jon Lie 87th), 5 - Kari Nes, 8 - Odd Vik.', [
      ['Norway', 'Place'], ['Ola Dahl', 'Person'], ['Per Berg', 'Organization'], ['Jon Lie', 'Person'], ['Kari Nes', 'Person'], ['Odd Vik', 'Person'],
    ]);
    const team = listed('Berg, Ola Dahl (Sweden), Per Lie, Kari Nes and Odd Vik.', [['Berg', 'Organization'], ['Ola Dahl', 'Person'], ['Sweden', 'Place'], ['Per Lie', 'Person'], ['Kari Nes', 'Person'], ['Odd Vik', 'Person']]);
    typeLists([squad, team]);
    expect(squad.mentions[2]!.type).toBe('Person');
    expect(team.mentions[0]!.type).toBe('Person');
    expect(team.mentions[2]!.type).toBe('Place');
  });

  it('ends a list at a score, and leaves a short list as read', () => {
    const card = listed('Kent 259 and 207 (Ola Dahl 69, Per Lie 69; Jon Nes 4-43), Essex 114.', [['Kent', 'Organization'], ['Ola Dahl', 'Person'], ['Per Lie', 'Person'], ['Jon Nes', 'Person'], ['Essex', 'Organization']]);
    const short = listed('Berg, Ola Dahl and Per Lie.', [['Berg', 'Organization'], ['Ola Dahl', 'Person'], ['Per Lie', 'Person']]);
    typeLists([card, short]);
    expect(card.mentions[0]!.type).toBe('Organization');
    expect(short.mentions[0]!.type).toBe('Organization');
  });

  it('leans a name only guessed at in a short list towards the kind its listmates are known to be, where "and" or "or" joins them', () => {
    const members = listed('Its members include Orion and Vantrex.', [['Orion', 'Organization', 2.8], ['Vantrex', 'Person', 0.46]]);
    const towns = listed('Kestra, Dalby or Norvik.', [['Kestra', 'Place', 0.9], ['Dalby', 'Person', 0.4], ['Norvik', 'Place', 0.9]]);
    const apart = listed('It sued Orion and Vantrex and Tom Hale.', [['Orion', 'Organization', 0.9], ['Vantrex', 'Place', 0.4], ['Tom Hale', 'Person', 0.9]]);
    const commas = listed('Dalby, Kestra.', [['Dalby', 'Person', 0.4], ['Kestra', 'Place', 0.9]]);
    const sure = listed('Orion and Ana Ruiz.', [['Orion', 'Organization', 0.9], ['Ana Ruiz', 'Person', 0.7]]);
    const other = listed('Lena Vogt and Chechen leader Tom Hale met.', [['Lena Vogt', 'Person', 0.9], ['Chechen', 'Other', 0.4]]);
    const owner = listed("Dalby Plaza and Orion's broadcast.", [['Dalby Plaza', 'Person', 0.4], ["Orion's", 'Organization', 0.9]]);
    const acronym = listed('Lena Vogt and XKR met.', [['Lena Vogt', 'Person', 0.9], ['XKR', 'Organization', 0.42]]);
    const concept = listed('Return of the Legend and Hale talks.', [['Return of the Legend', 'Concept', 2.5], ['Hale', 'Person', 0.41]]);
    typeLists([members, towns, apart, commas, sure, other, owner, acronym, concept]);
    expect(concept.mentions[1]!.type).toBe('Person');
    expect(acronym.mentions[1]!.type).toBe('Organization');
    expect(members.mentions[1]!.type).toBe('Organization');
    expect(towns.mentions[1]!.type).toBe('Place');
    expect(apart.mentions[1]!.type).toBe('Place');
    expect(commas.mentions[0]!.type).toBe('Person');
    expect(sure.mentions[1]!.type).toBe('Person');
    expect(other.mentions[1]!.type).toBe('Other');
    expect(owner.mentions[0]!.type).toBe('Person');
  });
});

describe('tables of standings', () => {
  /** Each line "Team 63 71 .470 11" as a sentence, its team typed as given (with the gazetteer's name for a country). */
  function standings(rows: Array<[string, EntityType, string?]>) {
    return rows.map(([team, type, canonical]) => {
      const [sentence] = tokenize(`${team} 63 71 .470 11`);
      const last = team.split(' ').length - 1;
      const m: EntityMention = { first: 0, last, text: team, start: 0, end: team.length, type, confidence: 0.9, titled: false, votes: [{ type, weight: 0.9, reason: 'the news tagger' }], ...(canonical ? { canonical } : {}) };
      return { sentence: sentence!, mentions: [m] };
    });
  }

  it('makes the towns and states a table of standings lists its clubs, and leaves its countries places', () => {
    const clubs = standings([['BALTIMORE', 'Organization'], ['TORONTO', 'Place'], ['NEW YORK', 'Place'], ['TEXAS', 'Place']]);
    typeStandings(clubs);
    expect(clubs.map((r) => r.mentions[0]!.type)).toEqual(new Array(4).fill('Organization'));
    const nations = standings([['Italy', 'Place', 'Italy'], ['Norway', 'Place', 'Norway'], ['Wales', 'Place', 'Wales'], ['Moldova', 'Place', 'Moldova']]);
    typeStandings(nations);
    expect(nations.map((r) => r.mentions[0]!.type)).toEqual(new Array(4).fill('Place'));
  });

  it('leaves a short table as read', () => {
    const short = standings([['TORONTO', 'Place'], ['DETROIT', 'Place']]);
    typeStandings(short);
    expect(short[0]!.mentions[0]!.type).toBe('Place');
  });
});

describe('the sides of a match', () => {
  it('types a side a score follows as the other side is known for sure to be ("Arsenal beat Chelsea 3-1"), and a player as a player ("Sinner beat Fritz 6-3")', () => {
    const g = extract('Arsenal beat Chelsea 3-1 on Sunday. Chelsea, who had won their previous four games, dropped to fifth.');
    expect(node(g, 'Chelsea')?.type).toBe('Organization');
    expect(node(extract('Jannik Sinner beat Taylor Fritz 6-3 6-4 7-5 to win the title.'), 'Taylor Fritz')?.type).toBe('Person');
    // Not a name after "of", nor one a batsman's figures follow.
    expect(node(extract('Benetton of Italy beat Dinamo of Russia 92-81 in a play-off.'), 'Dinamo')?.type).toBe('Organization');
    expect(node(extract('Tunbridge Wells: Sussex 259 and 207 (K. Newell 69; J. Lewry 4-43), Durham 114 (S. Watkin 4-28) and 81-3.'), 'Durham')?.type).not.toBe('Person');
  });
});

describe('names described as organisations', () => {
  it('makes a name set off as "the central bank" an organisation everywhere, but never a country cut from a name ("Bank Indonesia")', () => {
    expect(node(extract('Halvorsen, the central bank, kept rates unchanged. Halvorsen had raised them in May.'), 'Halvorsen')?.type).toBe('Organization');
    const country = extract("Indonesia's president spoke on Monday. Bank Indonesia, the central bank, kept its benchmark rate unchanged.");
    expect(node(country, 'Indonesia')?.type).toBe('Place');
  });

  it('makes a name set off as a kind of place a place everywhere ("Paiporta, a town near Valencia,")', () => {
    expect(node(extract('The king visited Paiporta, a town near Valencia, on Sunday. Paiporta was flooded.'), 'Paiporta')?.type).toBe('Place');
  });

  it('reads a competition the gazetteer knows, after the place it is held in, as one event ("the Abu Dhabi Grand Prix")', () => {
    const g = extract('Tom Hale won the Abu Dhabi Grand Prix on Sunday.');
    expect(node(g, 'Abu Dhabi Grand Prix')?.type).toBe('Event');
    expect(relations(g)).toEqual(['Tom Hale --won--> Abu Dhabi Grand Prix']);
  });

  it('reads what a maker is "the maker of" as its product ("OpenAI, the maker of ChatGPT")', () => {
    const g = extract('Halden has invested $13 billion in Vantrex AI, the maker of ChatBox.');
    expect(node(g, 'ChatBox')?.type).toBe('Other');
    expect(relations(g)).toContain('Vantrex AI --maker of--> ChatBox');
  });

  it('reads a description\'s head past another organisation\'s name qualifying it ("a former al Qaeda affiliate")', () => {
    expect(node(extract('The offensive was led by Jabhat Umoja Tahrir, a former al Qaeda affiliate.'), 'Jabhat Umoja Tahrir')?.type).toBe('Organization');
  });
});

describe('names the tagger left out', () => {
  it('reads a capitalised word before a word the document names a person by alone as that person\'s given name ("Jannik Sinner … Sinner said")', () => {
    const g = extract('MELBOURNE (Reuters) - Jannik Sinner beat Alexander Zverev 6-3 7-6 6-3 to win the Australian Open on Sunday. Zverev said Sinner was simply too good. Sinner will face Carlos Alcaraz next.');
    expect(node(g, 'Jannik Sinner')?.type).toBe('Person');
    expect(g.filterNodes((_, a) => a.label === 'Sinner')).toEqual([]);
    expect(relations(g)).toContain('Jannik Sinner --beat--> Alexander Zverev');
  });

  it('reads a name ", who have" follows as no person\'s: a team, as British news writes of one ("City, who have won the league")', () => {
    const g = extract('Liverpool beat Manchester City 2-0 on Sunday. City, who have won the league in each of the past four seasons, struggled.');
    expect(node(g, 'Manchester City')?.type).toBe('Organization');
  });

  it('keeps a word with a capital inside, a name\'s spelling, that opens a sentence ("AccuWeather estimated")', () => {
    const g = extract('RiverBlue cancelled 300 flights on Monday.');
    expect(node(g, 'RiverBlue')?.type).toBe('Organization');
    expect(relations(g)).toContain('RiverBlue --cancelled--> flights');
  });
});
