/** Titles and roles that tie a person to a place or an organisation ("President", "spokesman"). */

/** Head words of a role. */
export const ROLE_HEADS = new Set(
  (
    'president vice-president premier minister secretary chancellor chairman chairwoman chairperson chair chief spokesman spokeswoman ' +
    'spokesperson director senator governor mayor king queen prince princess pope ambassador envoy commander general admiral ' +
    'leader speaker representative adviser advisor ceo founder head deputy commissioner prosecutor judge editor correspondent ' +
    'official officer lawmaker mp member analyst coordinator negotiator emir sheikh ayatollah monarch marshal colonel captain ' +
    'lieutenant sergeant attorney lawyer reporter professor researcher economist scientist executive manager employee ' +
    'citizen resident native activist lobbyist strategist columnist commentator diplomat fellow director-general president-elect owner partner'
  ).split(' '),
);

/** Words that modify a role head ("Defense Minister", "Deputy Foreign Minister"). */
export const ROLE_MODIFIERS = new Set(
  (
    'deputy vice prime foreign defense defence interior finance justice economy economic health education energy trade state ' +
    'home first former acting interim chief executive general supreme senior top outgoing incoming military national security ' +
    'press attorney secretary-general policy intelligence'
  ).split(' '),
);

/** Words that may follow "of" inside a role title ("Chief of Staff", "Secretary of State"). */
export const ROLE_OF_TAILS = new Set(['staff', 'state', 'defense', 'defence', 'the army', 'the navy']);

/** Honorifics: a sure sign that a person's name follows. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'gen', 'col', 'lt', 'sgt', 'rep', 'sen', 'gov', 'prof', 'rev', 'capt', 'maj']);
