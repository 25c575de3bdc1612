import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_PARAMETERS } from '../../domain/findings';
import { EmbeddedStore } from '../../store/embedded/embedded-store';
import { municipalityProfile } from '../../store/municipality-profile';
import { assembleMunicipalityProfile } from './assemble-profile';
import { ANKER, ankerDataset, factsOf } from './profile-test-dataset';

describe('assembleMunicipalityProfile (profile-test-dataset.ts)', () => {
  it('heads the profile with the municipality, its zones, neighbours, parameters and its findings per kind', async () => {
    const profile = assembleMunicipalityProfile(await factsOf(ankerDataset(), ANKER, { childcarePer100: 25 }));
    expect(profile.municipality).toEqual({
      id: ANKER,
      label: 'Municipality',
      nis: '91001',
      name: 'Anker',
      province: 'Testprovincie',
      region: 'Vlaanderen',
      population: 4000,
      children0to3: 100,
    });
    expect(profile.zones).toEqual([{ id: 'zone:noord', label: 'Zone', name: 'Zone Noord' }]);
    expect(profile.neighbours.map((m) => m.name)).toEqual(['Berg', 'Cluis']);
    expect(profile.parameters).toEqual({ ...DEFAULT_RULE_PARAMETERS, childcarePer100: 25 });
    // 28 places per 100 children is no gap against a target of 25: one gap fewer than with the default 33.
    expect(profile.findingCounts).toEqual({ gap: 5, overlap: 0, conflict: 3, boundary: 1 });
    expect(profile.comparison.rows[0]!.findings).toEqual(profile.findingCounts);
    expect(profile.checklist.functions.find((check) => check.function === 'kinderopvang_baby_peuter')!.status).toBe('covered');
  });

  it('is undefined for an id that is no municipality in the store', async () => {
    const store = EmbeddedStore.inMemory();
    await store.importDataset(ankerDataset());
    expect(await municipalityProfile(store, 'nis:99999', DEFAULT_RULE_PARAMETERS)).toBeUndefined();
    expect(await municipalityProfile(store, 'zone:noord', DEFAULT_RULE_PARAMETERS)).toBeUndefined();
    expect((await municipalityProfile(store, ANKER, DEFAULT_RULE_PARAMETERS))?.municipality.name).toBe('Anker');
  });
});
