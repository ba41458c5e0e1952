/** Lemmas for forms compromise leaves without a root (hyphenated participles, adjectives in -ed), and singulars of nouns for kinds. */
import { lexiconTags } from './dictionary';

const IRREGULAR: Record<string, string> = {
  led: 'lead', made: 'make', held: 'hold', said: 'say', told: 'tell', took: 'take', taken: 'take', gave: 'give', given: 'give',
  sent: 'send', met: 'meet', left: 'leave', kept: 'keep', brought: 'bring', bought: 'buy', sold: 'sell', fought: 'fight',
  thought: 'think', sought: 'seek', found: 'find', built: 'build', spent: 'spend', struck: 'strike', hit: 'hit', shot: 'shoot',
  won: 'win', lost: 'lose', began: 'begin', begun: 'begin', went: 'go', gone: 'go', came: 'come', saw: 'see', seen: 'see',
  known: 'know', knew: 'know', drew: 'draw', drawn: 'draw', withdrew: 'withdraw', withdrawn: 'withdraw', wrote: 'write',
  written: 'write', spoke: 'speak', spoken: 'speak', chose: 'choose', chosen: 'choose', broke: 'break', broken: 'break',
  rose: 'rise', risen: 'rise', ran: 'run', stood: 'stand', understood: 'understand', slew: 'slay', slain: 'slay', set: 'set',
  put: 'put', cut: 'cut', shut: 'shut', let: 'let', had: 'have', has: 'have', did: 'do', done: 'do', was: 'be', were: 'be',
  is: 'be', are: 'be', been: 'be', became: 'become', sank: 'sink', sunk: 'sink', fled: 'flee', fell: 'fall', fallen: 'fall',
  bore: 'bear', borne: 'bear', overtook: 'overtake', undertook: 'undertake', forbade: 'forbid', swore: 'swear', sworn: 'swear',
  shed: 'shed', fed: 'feed', bled: 'bleed', sped: 'speed', bred: 'breed', wed: 'wed', beaten: 'beat', hidden: 'hide',
  ridden: 'ride', driven: 'drive', eaten: 'eat', forgotten: 'forget', stolen: 'steal', frozen: 'freeze', shaken: 'shake',
  flew: 'fly', flown: 'fly', grew: 'grow', grown: 'grow', threw: 'throw', thrown: 'throw', blew: 'blow', blown: 'blow',
  wore: 'wear', worn: 'wear', tore: 'tear', torn: 'tear', dealt: 'deal', meant: 'mean', paid: 'pay', laid: 'lay', sat: 'sit',
};

/** Verbs whose base form ends in -eed ("succeed", "need"), unlike the past of those in -ee ("agreed", "freed"). */
const BASE_IN_EED = /(?:ceed|need|feed|bleed|speed|breed|heed|seed|weed)$/;

const DOUBLE_CONSONANT = /([bdgklmnprstz])\1$/;
const NEEDS_E = /(?:[^aeiou][aeiou](?:[cgsvz])|(?:ai|au|ea|oi|ui|ou|ee|oo)[sz]|[^aeiou](?:at|iz|is|us|ur|ut|ag|ir|ov|os|ac|ng|in)|(?:dg|rg|ls|rs|nc|rc|lv|rv|uc)|(?:tur|dur|sur|lat|rat|cat|vat|nat|mat|sum|lud|clud|vid|cid|sid|rad|vad))$/;

/** Verbs ending in one l that double it before -ed/-ing ("signalled", "controlling"); "called" keeps its ll. */
const DOUBLED_L = /(?:signal|travel|cancel|label|model|fuel|total|channel|level|counsel|marshal|quarrel|rival|tunnel|dial|equal|propel|compel|expel|repel|excel|dispel|patrol|control|enrol|instil|fulfil)l$/;

/** Stems in -it whose base form ends in -ite ("extradited", "cited"), unlike "edited", "visited" or "limited". */
const STEMS_OF_ITE = /^(?:extrad|exped|inv|ign|(?:re)?un|c|rec|exc|inc)it$/;

function restoreStem(stem: string): string {
  if (STEMS_OF_ITE.test(stem)) return stem + 'e';
  if (DOUBLED_L.test(stem)) return stem.slice(0, -1);
  if (DOUBLE_CONSONANT.test(stem) && !/(ss|ll|zz|ff)$/.test(stem)) return stem.slice(0, -1);
  if (NEEDS_E.test(stem)) return stem + 'e';
  // "received", "achieving": where the rules see no "e", compromise's lexicon may know the verb with one.
  if (!lexiconTags(stem).has('Infinitive') && lexiconTags(`${stem}e`).has('Infinitive')) return stem + 'e';
  return stem;
}

/** Prefixes that make verbs of irregular ones, which keep their forms: "overtaken", "mistook", "rebuilt", "withheld". */
const VERB_PREFIX = /^(?:over|under|with|out|mis|re|fore|up)(?=...)/;

/** The base form of an English verb form, by irregular table and suffix rules. */
export function ruleLemma(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w] ?? prefixedIrregular(w);
  if (irregular) return irregular;
  if (w.endsWith('ied') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('ing') && w.length > 5) return restoreStem(w.slice(0, -3));
  if (w.endsWith('eed') && w.length > 4) return BASE_IN_EED.test(w) ? w : w.slice(0, -1);
  if (w.endsWith('ed') && w.length > 3) return restoreStem(w.slice(0, -2));
  if (/(ss|sh|ch|x|zz|o)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return w.slice(0, -1);
  return w;
}

function prefixedIrregular(w: string): string | undefined {
  const prefix = VERB_PREFIX.exec(w)?.[0];
  const irregular = prefix ? IRREGULAR[w.slice(prefix.length)] : undefined;
  return irregular && `${prefix}${irregular}`;
}

/** The singular of a plural noun for a kind or an occupation ("companies" → company, "witnesses" → witness, "engineers" → engineer). */
export function singularNoun(noun: string): string {
  if (/ies$/.test(noun)) return noun.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|zz)es$/.test(noun)) return noun.slice(0, -2);
  return /[^s]s$/.test(noun) ? noun.slice(0, -1) : noun;
}
