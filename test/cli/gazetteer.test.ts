import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZETTEER_FILE, gazetteerCities } from '../../main/cli/build-gazetteer';
import { countryOf, PLACES, foldForm } from '../../shared/extract/lexicon/places';
import { WORLD_CITIES } from '../../shared/extract/lexicon/world-cities';

describe('world cities gazetteer', () => {
  it('is current: `npm run gazetteer` would write exactly the committed file', async () => {
    expect((await readFile(GAZETTEER_FILE, 'utf8')) === buildGazetteer(), 'world-cities.ts is stale: run npm run gazetteer').toBe(true);
  });

  it('keeps big cities and US cities by their own thresholds, and leaves out one-word names with another reading', () => {
    const names = gazetteerCities([
      { name: 'Zürich', country: 'NO', population: 200_000 },
      { name: 'Smalltown', country: 'FR', population: 90_000 },
      { name: 'Pinebrook', country: 'US', population: 60_000 },
      { name: 'Mobile', country: 'US', population: 190_000 },
      { name: 'Charlotte', country: 'US', population: 870_000 },
      { name: 'Providence', country: 'US', population: 190_000 },
      { name: 'São Paulo', country: 'BR', population: 10_000_000 },
    ]);
    expect([...names.keys()].sort()).toEqual(['Pinebrook', 'Sao Paulo', 'Zurich']);
  });

  it('keeps the small words inside a city\'s name, and spells "ł" as English news does', () => {
    const names = gazetteerCities([
      { name: 'Rio de Janeiro', country: 'BR', population: 6_000_000 },
      { name: 'Newcastle upon Tyne', country: 'GB', population: 190_000 },
      { name: 'Wrocław', country: 'PL', population: 630_000 },
      { name: 'Harbour and Bay', country: 'GB', population: 200_000 },
    ]);
    expect([...names.keys()].sort()).toEqual(['Newcastle upon Tyne', 'Rio de Janeiro', 'Wroclaw']);
  });

  it('keeps the country of the most populous city a name is shared by, and tells the country a city, a province or a state is in', () => {
    const names = gazetteerCities([
      { name: 'Hyderabad', country: 'PK', population: 1_400_000 },
      { name: 'Hyderabad', country: 'IN', population: 3_600_000 },
    ]);
    expect(names.get('Hyderabad')?.country).toBe('IN');
    expect(['Johannesburg', 'Sydney', 'Seattle', 'Tamil Nadu', 'North Carolina', 'Kyiv'].map(countryOf)).toEqual(['South Africa', 'Australia', 'United States', 'India', 'United States', 'Ukraine']);
    // Nor a seat of blocs: a Brussels dateline files the EU's news as much as Belgium's.
    expect(countryOf('Brussels')).toBeUndefined();
  });

  it('knows cities by their English names where GeoNames gives their own ("Antwerp", not only "Antwerpen")', () => {
    expect(PLACES.byForm.get(foldForm('Antwerp'))).toBe('Antwerp');
    expect(PLACES.byForm.get(foldForm('Antwerpen'))).toBe('Antwerp');
    expect(PLACES.byForm.get(foldForm('Köln'))).toBe('Cologne');
  });

  it('lets a hand-written entry win a form it shares with a generated one', () => {
    expect([...WORLD_CITIES.values()].flat()).toContain('Odessa');
    expect(PLACES.byForm.get(foldForm('Odessa'))).toBe('Odesa');
    expect(PLACES.byForm.get(foldForm('Helsinki'))).toBe('Helsinki');
  });
});
