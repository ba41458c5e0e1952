import { describe, expect, it } from 'vitest';
import { personGender, type Gender } from '../../shared/extract/gender';
import type { EntityMention } from '../../shared/extract/mentions';
import { tokenize } from '../../shared/extract/tokens';
import { extract, relations } from './helpers';

/** The gender the name opening "<name> spoke." shows, the name spanning its first `words` tokens, linked to `fullName` if given. */
function genderOf(name: string, bySurname = new Map<string, Gender | undefined>(), fullName?: string): Gender | undefined {
  const [sentence] = tokenize(`${name} spoke.`);
  const words = name.split(' ').length;
  const m: EntityMention = { first: 0, last: words - 1, text: name, start: 0, end: name.length, type: 'Person', confidence: 1, titled: false, votes: [], ...(fullName ? { fullName } : {}) };
  return personGender(sentence!, m, bySurname);
}

describe('the gender a name shows', () => {
  it('reads a Slavic feminine surname, Russian and Czech endings both, where compromise knows no given name, and remembers it for the surname alone', () => {
    const bySurname = new Map<string, Gender | undefined>();
    expect(genderOf('Yulia Zolotaya', bySurname)).toBe('female');
    expect(genderOf('Zolotaya', bySurname)).toBe('female');
    expect(genderOf('Alzbeta Vondroušková')).toBe('female');
    expect(genderOf('Yuri Zolotoy')).not.toBe('female');
  });

  it('reads no gender from a surname that compromise knows as a given name, in full or alone after the full name', () => {
    const bySurname = new Map<string, Gender | undefined>();
    expect(genderOf('Bassirou Diomaye Faye', bySurname)).toBeUndefined();
    expect(genderOf('Faye', bySurname)).toBeUndefined();
    expect(genderOf('Faye')).toBe('female');
  });

  it('reads a surname alone as the gender of the full name it was linked to, not of the last one with that surname ("Hale" after Tom and then Ana Hale)', () => {
    const bySurname = new Map<string, Gender | undefined>();
    expect(genderOf('Tom Hale', bySurname)).toBe('male');
    expect(genderOf('Ana Hale', bySurname)).toBe('female');
    expect(genderOf('Hale', bySurname, 'Tom Hale')).toBe('male');
    expect(genderOf('Hale', bySurname)).toBe('female');
    expect(relations(extract('Former President Tom Hale was arrested on Tuesday. His daughter, Vice President Ana Hale, called the arrest unlawful. President Lena Vogt said Kestia had not helped the court. Hale, 79, has said he would not apologise for the crackdown.'))).toContain('Tom Hale --would not apologise for--> crackdown');
  });

  it('reads a single word linked to a full name as that name\'s gender, whatever compromise knows it as ("Lula" for Luiz Inacio Lula da Silva)', () => {
    const bySurname = new Map<string, Gender | undefined>();
    expect(genderOf('Luiz Inacio Lula da Silva', bySurname)).toBe('male');
    expect(genderOf('Lula', bySurname, 'Luiz Inacio Lula da Silva')).toBe('male');
    expect(genderOf('Lula')).toBe('female');
  });
});
