import { describe, expect, it } from 'vitest';
import { ruleLemma } from '../../shared/extract/lexicon/lemma';

describe('ruleLemma', () => {
  it('restores the "e" of a verb in -ine ("undermining", "determined"), not of one in a vowel and "n" ("joining", "explained")', () => {
    expect(['undermining', 'determined', 'combining', 'declined'].map(ruleLemma)).toEqual(['undermine', 'determine', 'combine', 'decline']);
    expect(['joining', 'explained', 'beginning', 'ruined'].map(ruleLemma)).toEqual(['join', 'explain', 'begin', 'ruin']);
  });

  it('restores the "e" of a verb in -ite ("extradited", "cited"), not of one in -it ("edited", "visited", "limited")', () => {
    expect(['extradited', 'cited', 'united', 'invited'].map(ruleLemma)).toEqual(['extradite', 'cite', 'unite', 'invite']);
    expect(['edited', 'visited', 'limited', 'solicited'].map(ruleLemma)).toEqual(['edit', 'visit', 'limit', 'solicit']);
  });

  it('restores no "e" after "ct" ("collecting", "protected", "acted")', () => {
    expect(['collecting', 'protected', 'acted', 'expecting'].map(ruleLemma)).toEqual(['collect', 'protect', 'act', 'expect']);
  });

  it('restores the "e" of a verb in two vowels and "s" or "z" ("praised", "caused", "squeezed"), not of one in a vowel each side ("biased")', () => {
    expect(['praised', 'raising', 'caused', 'pleased', 'squeezed', 'housed'].map(ruleLemma)).toEqual(['praise', 'raise', 'cause', 'please', 'squeeze', 'house']);
    expect(['biased', 'passed', 'boosted'].map(ruleLemma)).toEqual(['bias', 'pass', 'boost']);
  });

  it('knows the irregular forms news writes of travel, growth and payment ("was flown to", "paid", "grown")', () => {
    expect(['flown', 'flew', 'paid', 'grown', 'dealt'].map(ruleLemma)).toEqual(['fly', 'fly', 'pay', 'grow', 'deal']);
  });

  it('restores an "e" its lexicon knows the verb with where the rules see none ("received", "achieving")', () => {
    expect(['received', 'achieving', 'edited'].map(ruleLemma)).toEqual(['receive', 'achieve', 'edit']);
  });
});
