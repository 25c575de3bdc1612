import { describe, expect, it } from 'vitest';
import { parseDatasetFiles } from './files';
import type { ImportProgress } from './parse-options';
import { csvFile, datasetFiles, VALID_FILES, validationErrors } from './test-support';

const errorsWith = (changes: Record<string, string | null>): string[] =>
  validationErrors(() => parseDatasetFiles(datasetFiles(changes)));

const OFFERS_HEADER = 'id,org_id,function,nis,capacity,name';
const NETWORKS_HEADER = 'id,type,name,directed_by_nis,zone_id,governance_model,governance_model_date';

describe('parseDatasetFiles: a valid dataset', () => {
  it('reads every file into typed rows with bare ids', () => {
    const dataset = parseDatasetFiles(datasetFiles());
    expect(dataset.municipalities[0]).toEqual({
      nis: '11001',
      name: 'Aartselaar',
      province: 'Antwerpen',
      region: 'Vlaanderen',
      population: 14000,
      children_0_3: 400,
      children_3_12: 1500,
    });
    expect(dataset.municipalities[1]).toEqual({ nis: '11002', name: 'Antwerpen', province: 'Antwerpen', region: 'Vlaanderen', population: 530000 });
    expect(dataset.networks).toEqual([
      { id: 'zorgraad-a', type: 'ZORGRAAD', name: 'Zorgraad Antwerpen Zuid', zone_id: 'elz-a', governance_model: false },
      { id: 'lok-aartselaar', type: 'LOK', name: 'LOK Aartselaar', directed_by_nis: '11001', governance_model: true, governance_model_date: '2025-03-01' },
    ]);
    expect(dataset.memberships[1]).toEqual({ network_id: 'lok-aartselaar', member_id: 'org:kdv-regenboog', role: 'partner', sector: 'kinderopvang' });
    expect(dataset.manifest).toBeUndefined();
    expect('manifest' in dataset).toBe(false);
  });

  it('keeps funding rows of one municipality and organisation apart, to be added up later', () => {
    expect(parseDatasetFiles(datasetFiles()).funding).toEqual([
      { nis: '11001', org_id: 'kdv-regenboog', year: 2024, amount: 12500.5, kind: 'subsidie' },
      { nis: '11001', org_id: 'kdv-regenboog', year: 2024, amount: 1000, kind: 'subsidie' },
    ]);
  });

  it('needs only municipalities.csv, ignores other documents and leaves absent tables empty', () => {
    const onlyMunicipalities = Object.fromEntries(Object.keys(VALID_FILES).map((name) => [name, name === 'municipalities.csv' ? VALID_FILES[name] ?? '' : null]));
    const dataset = parseDatasetFiles([...datasetFiles(onlyMunicipalities), csvFile('README.md', '# notes')]);
    expect(dataset.municipalities).toHaveLength(3);
    expect(dataset.offers).toEqual([]);
  });

  it('trims cells, reads TRUE in any case and an empty governance_model as false', () => {
    const dataset = parseDatasetFiles(
      datasetFiles({ 'networks.csv': `${NETWORKS_HEADER}\n zorgraad-a , ZORGRAAD ,Zorgraad,,elz-a,TRUE,\nlok-aartselaar,LOK,LOK,,,False,\n` }),
    );
    expect(dataset.networks.map((network) => [network.id, network.type, network.governance_model])).toEqual([
      ['zorgraad-a', 'ZORGRAAD', true],
      ['lok-aartselaar', 'LOK', false],
    ]);
  });

  it('returns the manifest', () => {
    const manifest = { title: 'Demo', illustrative: true, notice: { nl: 'Fictief', en: 'Made up' }, sources: ['Statbel'] };
    const dataset = parseDatasetFiles([...datasetFiles(), csvFile('manifest.json', JSON.stringify(manifest, null, 2))]);
    expect(dataset.manifest).toEqual(manifest);
  });

  it('reports progress per file', () => {
    const progress: ImportProgress[] = [];
    parseDatasetFiles(datasetFiles(), { onProgress: (step) => progress.push(step) });
    expect(progress).toContainEqual({ phase: 'parse', file: 'offers.csv', rows: 1 });
    expect(progress).toContainEqual({ phase: 'validate', file: 'memberships.csv', rows: 2 });
  });
});

describe('parseDatasetFiles: files', () => {
  it('requires municipalities.csv', () => {
    expect(errorsWith({ 'municipalities.csv': null })).toEqual(['municipalities.csv:0: : required file is missing']);
  });

  it('rejects an unknown CSV file', () => {
    expect(errorsWith({ 'offer.csv': 'id\n' })).toEqual([
      'offer.csv:0: : unknown file (expected one of: municipalities.csv, adjacency.csv, zones.csv, zone_members.csv, ' +
        'organisations.csv, networks.csv, network_coverage.csv, memberships.csv, offers.csv, offer_serves.csv, funding.csv)',
    ]);
  });

  it('rejects a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('id,name\nelz-a,A\n')]);
    const files = [...datasetFiles({ 'zones.csv': null }), { name: 'zones.csv', bytes }];
    expect(validationErrors(() => parseDatasetFiles(files))).toEqual([
      'zones.csv:1: : the file starts with a byte order mark (BOM): save it as UTF-8 without BOM',
    ]);
  });

  it('rejects UTF-16', () => {
    const files = [...datasetFiles({ 'zones.csv': null }), { name: 'zones.csv', bytes: new Uint8Array([0xff, 0xfe, 0x69, 0x00]) }];
    expect(validationErrors(() => parseDatasetFiles(files))).toEqual([
      'zones.csv:1: : the file is UTF-16 (it starts with a byte order mark): save it as UTF-8 without BOM',
    ]);
  });

  it('rejects bytes that are not UTF-8, on the line of the first one', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('id,name\nelz-a,Zone A\nelz-b,Zone '), 0xe9, 0x0a]);
    const files = [...datasetFiles({ 'zones.csv': null }), { name: 'zones.csv', bytes: latin1 }];
    expect(validationErrors(() => parseDatasetFiles(files))).toEqual([
      'zones.csv:3: : not valid UTF-8 (byte 0xE9, perhaps Windows-1252 or Latin-1): save the file as UTF-8',
    ]);
  });

  it('rejects binary content', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    const files = [...datasetFiles({ 'zones.csv': null }), { name: 'zones.csv', bytes: xlsx }];
    expect(validationErrors(() => parseDatasetFiles(files))).toEqual(['zones.csv:1: : not a CSV file (binary content, byte 0x03)']);
  });

  it('rejects a NUL byte anywhere', () => {
    const text = `id,name\n${'elz-x,Zone\n'.repeat(10_000)}elz-a,A\u0000\n`;
    expect(errorsWith({ 'zones.csv': text })).toEqual(['zones.csv:10002: : not a CSV file (binary content, byte 0x00)']);
  });

  it('rejects an empty file', () => {
    expect(errorsWith({ 'zones.csv': '' })).toEqual(['zones.csv:1: : empty file (expected a header row)']);
    expect(errorsWith({ 'zones.csv': '\n\n' })).toEqual(['zones.csv:1: : empty file (expected a header row)']);
  });
});

describe('parseDatasetFiles: CSV structure', () => {
  it('rejects an unterminated quote, on the line it opens', () => {
    expect(errorsWith({ 'zones.csv': 'id,name\nelz-a,"Zone A\nelz-b,Zone B\n' })).toEqual([
      'zones.csv:2: : not valid CSV: a quoted field is never closed (a quote opened on this line has no closing quote)',
    ]);
  });

  it('rejects a quote inside an unquoted field and reads on', () => {
    expect(errorsWith({ 'zones.csv': 'id,name\nelz-a,Zone "A"\nelz-b,Zone B\n' })).toEqual([
      'zones.csv:2: : not valid CSV: a quote inside an unquoted field (put the whole field in quotes and double each quote inside it)',
    ]);
  });

  it('rejects text after a closing quote', () => {
    expect(errorsWith({ 'zones.csv': 'id,name\nelz-a,"Zone "A""\n' })).toEqual([
      'zones.csv:2: : not valid CSV: text after a closing quote (inside a quoted field, write each quote twice)',
    ]);
  });

  it('rejects a row with another number of fields than the header', () => {
    expect(errorsWith({ 'zones.csv': 'id,name\nelz-a,Zone A,extra\nelz-b\n' })).toEqual([
      'zones.csv:2: : expected 2 fields as in the header, found 3',
      'zones.csv:3: : expected 2 fields as in the header, found 1',
    ]);
  });

  it('reads quoted commas, quotes and newlines, and numbers later records by their physical line', () => {
    const text = 'id,name\nelz-a,"Zone, ""A""\nnoord"\nelz-b,"Zone B"\nelz-c,Zone "C\n';
    expect(errorsWith({ 'zones.csv': text })).toEqual([
      'zones.csv:5: : not valid CSV: a quote inside an unquoted field (put the whole field in quotes and double each quote inside it)',
    ]);
    const dataset = parseDatasetFiles(datasetFiles({ 'zones.csv': 'id,name\nelz-a,"Zone, ""A""\nnoord"\r\nelz-b, "Zone B" \r\n' }));
    expect(dataset.zones).toEqual([
      { id: 'elz-a', name: 'Zone, "A"\nnoord' },
      { id: 'elz-b', name: 'Zone B' },
    ]);
  });

  it('reads CRLF files', () => {
    const dataset = parseDatasetFiles(datasetFiles({ 'zones.csv': 'id,name\r\nelz-a,Zone A\r\n\r\n' }));
    expect(dataset.zones).toEqual([{ id: 'elz-a', name: 'Zone A' }]);
  });
});

describe('parseDatasetFiles: header', () => {
  it('rejects an unknown column, listing the expected ones', () => {
    expect(errorsWith({ 'zones.csv': 'id,name,colour\nelz-a,A,red\n' })).toEqual(['zones.csv:1: colour: unknown column (expected: id, name)']);
  });

  it('rejects a missing required column once, not per row', () => {
    expect(errorsWith({ 'offer_serves.csv': 'offer_id\nregenboog-1\nregenboog-1\n' })).toEqual(['offer_serves.csv:1: nis: required column is missing']);
  });

  it('rejects a repeated column', () => {
    expect(errorsWith({ 'zones.csv': 'id,name,name\nelz-a,A,B\n' })).toEqual(['zones.csv:1: name: column appears more than once in the header']);
  });

  it('rejects an empty column name', () => {
    expect(errorsWith({ 'zones.csv': 'id,name,\nelz-a,A,\n' })).toEqual(['zones.csv:1: : empty column name in the header (column 3)']);
  });

  it('accepts optional columns left out and in any order', () => {
    const dataset = parseDatasetFiles(datasetFiles({ 'offers.csv': 'nis,function,org_id,id\n11001,onthaal,ocmw-aartselaar,onthaal-1\n', 'offer_serves.csv': null }));
    expect(dataset.offers).toEqual([{ id: 'onthaal-1', org_id: 'ocmw-aartselaar', function: 'onthaal', nis: '11001' }]);
  });
});

describe('parseDatasetFiles: cells', () => {
  it('rejects an empty required cell', () => {
    expect(errorsWith({ 'zones.csv': 'id,name\nelz-a,  \n' })).toEqual(['zones.csv:2: name: required value is missing']);
  });

  it('rejects a malformed NIS', () => {
    expect(errorsWith({ 'adjacency.csv': 'nis_a,nis_b\n1100,11002\n' })).toEqual(['adjacency.csv:2: nis_a: malformed NIS "1100" (expected 5 digits)']);
  });

  it('rejects a malformed id', () => {
    expect(errorsWith({ 'zones.csv': 'id,name\nelz a,A\n', 'zone_members.csv': null, 'networks.csv': null, 'network_coverage.csv': null, 'memberships.csv': null })).toEqual([
      'zones.csv:2: id: malformed id "elz a" (expected letters, digits, ".", "_" or "-", starting with a letter or digit)',
    ]);
  });

  it('rejects a member id without a known prefix', () => {
    expect(errorsWith({ 'memberships.csv': 'network_id,member_id,role,sector\nlok-aartselaar,kdv-regenboog,partner,\nlok-aartselaar,nis:1100,partner,\n' })).toEqual([
      'memberships.csv:2: member_id: malformed member id "kdv-regenboog" (expected org:<organisation id> or nis:<5 digits>)',
      'memberships.csv:3: member_id: malformed member id "nis:1100" (expected org:<organisation id> or nis:<5 digits>)',
    ]);
  });

  it.each([
    ['networks.csv', `${NETWORKS_HEADER}\nzorgraad-a,ZORG,Z,,elz-a,,\nlok-aartselaar,LOK,L,,,,`, 'networks.csv:2: type: unknown network type "ZORG" (expected one of: ZORGRAAD, HUIS_VAN_HET_KIND, LOK, BOA, GBO, SOCIAAL_HUIS, ZORGZAME_BUURT, OTHER)'],
    ['organisations.csv', 'id,name,legal_form,sector\nkdv-regenboog,K,vzw,kinderopvang\nocmw-aartselaar,O,public,ocmw', 'organisations.csv:2: legal_form: unknown legal form "vzw" (expected one of: public, nonprofit, private)'],
    ['memberships.csv', 'network_id,member_id,role\nlok-aartselaar,nis:11001,director', 'memberships.csv:2: role: unknown role "director" (expected one of: regisseur, actor, partner, member)'],
    ['funding.csv', 'nis,org_id,year,amount,kind\n11001,kdv-regenboog,2024,10,gift', 'funding.csv:2: kind: unknown funding kind "gift" (expected one of: subsidie, infrastructuur, personeel, andere)'],
    ['municipalities.csv', 'nis,name,region\n11001,A,Wallonie\n11002,B,\n11004,C,', 'municipalities.csv:2: region: unknown region "Wallonie" (expected one of: Vlaanderen, Brussel)'],
  ])('rejects an unknown enum value in %s', (file, text, expected) => {
    expect(errorsWith({ [file]: text })).toEqual([expected]);
  });

  it('names the allowed sectors and functions', () => {
    const [sectorError] = errorsWith({ 'memberships.csv': 'network_id,member_id,role,sector\nlok-aartselaar,nis:11001,partner,welzijn' });
    expect(sectorError).toMatch(/^memberships\.csv:2: sector: unknown sector "welzijn" \(expected one of: lokaal_bestuur, ocmw, .*, andere\)$/);
    const [functionError] = errorsWith({ 'offers.csv': `${OFFERS_HEADER}\nregenboog-1,kdv-regenboog,creche,11001,,` });
    expect(functionError).toMatch(/^offers\.csv:2: function: unknown function "creche" \(expected one of: kinderopvang_baby_peuter, .*, thuiszorg\)$/);
  });

  it('rejects negative, non-numeric and fractional counts', () => {
    const text = `${OFFERS_HEADER}\nregenboog-1,kdv-regenboog,onthaal,11001,-3,\nregenboog-2,kdv-regenboog,onthaal,11001,veel,\nregenboog-3,kdv-regenboog,onthaal,11001,2.5,\n`;
    expect(errorsWith({ 'offers.csv': text, 'offer_serves.csv': null })).toEqual([
      'offers.csv:2: capacity: negative number "-3" (expected 0 or more)',
      'offers.csv:3: capacity: not a number "veel"',
      'offers.csv:4: capacity: not a whole number "2.5"',
    ]);
  });

  it('rejects a year out of range and amounts that are negative or use a decimal comma', () => {
    const text = 'nis,org_id,year,amount\n11001,kdv-regenboog,1850,10\n11001,kdv-regenboog,2024,-10\n11001,kdv-regenboog,2024,"12,50"\n11001,kdv-regenboog,2024.5,0.25\n';
    expect(errorsWith({ 'funding.csv': text })).toEqual([
      'funding.csv:2: year: year 1850 out of range (expected 1900 to 2100)',
      'funding.csv:3: amount: negative number "-10" (expected 0 or more)',
      'funding.csv:4: amount: not a number "12,50" (write decimals with a dot)',
      'funding.csv:5: year: not a whole number "2024.5"',
    ]);
  });

  it('rejects a governance_model that is not true or false', () => {
    expect(errorsWith({ 'networks.csv': `${NETWORKS_HEADER}\nzorgraad-a,ZORGRAAD,Z,,elz-a,ja,\nlok-aartselaar,LOK,L,,,,` })).toEqual([
      'networks.csv:2: governance_model: expected true or false, found "ja"',
    ]);
  });

  it('rejects a governance_model_date that is malformed or does not exist', () => {
    const text = `${NETWORKS_HEADER}\nzorgraad-a,ZORGRAAD,Z,,elz-a,true,2025-02-29\nlok-aartselaar,LOK,L,,,true,1/3/2025\n`;
    expect(errorsWith({ 'networks.csv': text })).toEqual([
      'networks.csv:2: governance_model_date: not a valid date "2025-02-29" (expected an existing date as YYYY-MM-DD)',
      'networks.csv:3: governance_model_date: not a valid date "1/3/2025" (expected an existing date as YYYY-MM-DD)',
    ]);
  });
});

describe('parseDatasetFiles: duplicates', () => {
  it.each([
    ['municipalities.csv', 'nis,name\n11001,A\n11002,B\n11004,C\n11001,D', 'municipalities.csv:5: nis: duplicate id "11001" (first on line 2)'],
    ['zones.csv', 'id,name\nelz-a,A\nelz-a,B', 'zones.csv:3: id: duplicate id "elz-a" (first on line 2)'],
    ['organisations.csv', 'id,name,legal_form,sector\nkdv-regenboog,K,private,kinderopvang\nocmw-aartselaar,O,public,ocmw\nkdv-regenboog,K2,private,kinderopvang', 'organisations.csv:4: id: duplicate id "kdv-regenboog" (first on line 2)'],
    ['networks.csv', `${NETWORKS_HEADER}\nzorgraad-a,ZORGRAAD,Z,,,,\nlok-aartselaar,LOK,L,,,,\nlok-aartselaar,LOK,L,,,,`, 'networks.csv:4: id: duplicate id "lok-aartselaar" (first on line 3)'],
    ['offers.csv', `${OFFERS_HEADER}\nregenboog-1,kdv-regenboog,onthaal,11001,,\nregenboog-1,kdv-regenboog,onthaal,11002,,`, 'offers.csv:3: id: duplicate id "regenboog-1" (first on line 2)'],
  ])('rejects a repeated id in %s', (file, text, expected) => {
    expect(errorsWith({ [file]: text })).toEqual([expected]);
  });

  it.each([
    ['memberships.csv', 'network_id,member_id,role\nlok-aartselaar,nis:11001,regisseur\nlok-aartselaar,nis:11001,actor', 'memberships.csv:3: member_id: duplicate pair network_id "lok-aartselaar", member_id "nis:11001" (first on line 2)'],
    ['network_coverage.csv', 'network_id,nis\nlok-aartselaar,11001\nlok-aartselaar,11001', 'network_coverage.csv:3: nis: duplicate pair network_id "lok-aartselaar", nis "11001" (first on line 2)'],
    ['zone_members.csv', 'zone_id,nis\nelz-a,11001\nelz-a,11002\nelz-a,11001', 'zone_members.csv:4: nis: duplicate pair zone_id "elz-a", nis "11001" (first on line 2)'],
    ['offer_serves.csv', 'offer_id,nis\nregenboog-1,11002\nregenboog-1,11002', 'offer_serves.csv:3: nis: duplicate pair offer_id "regenboog-1", nis "11002" (first on line 2)'],
    ['adjacency.csv', 'nis_a,nis_b\n11001,11002\n11002,11001', 'adjacency.csv:3: nis_b: duplicate pair nis_a "11002", nis_b "11001" (first on line 2, in either order)'],
    ['adjacency.csv', 'nis_a,nis_b\n11004,11004', 'adjacency.csv:2: nis_b: a municipality cannot be adjacent to itself ("11004")'],
  ])('rejects a repeated pair in %s', (file, text, expected) => {
    expect(errorsWith({ [file]: text })).toEqual([expected]);
  });

  it('lets one network have several members and one member several networks', () => {
    const text = 'network_id,member_id,role\nlok-aartselaar,nis:11001,regisseur\nzorgraad-a,nis:11001,member\nlok-aartselaar,org:ocmw-aartselaar,actor';
    expect(parseDatasetFiles(datasetFiles({ 'memberships.csv': text })).memberships).toHaveLength(3);
  });
});

describe('parseDatasetFiles: references', () => {
  it.each([
    ['offers.csv', `${OFFERS_HEADER}\nregenboog-1,kdv-x,onthaal,11001,,`, 'offers.csv:2: org_id: unknown organisation "kdv-x"'],
    ['offers.csv', `${OFFERS_HEADER}\nregenboog-1,kdv-regenboog,onthaal,11009,,`, 'offers.csv:2: nis: unknown municipality "11009"'],
    ['organisations.csv', 'id,name,legal_form,sector,operated_by_nis\nkdv-regenboog,K,private,kinderopvang,\nocmw-aartselaar,O,public,ocmw,11009', 'organisations.csv:3: operated_by_nis: unknown municipality "11009"'],
    ['networks.csv', `${NETWORKS_HEADER}\nzorgraad-a,ZORGRAAD,Z,,elz-x,,\nlok-aartselaar,LOK,L,11009,,,`, 'networks.csv:2: zone_id: unknown zone "elz-x"'],
    ['zone_members.csv', 'zone_id,nis\nelz-x,11001', 'zone_members.csv:2: zone_id: unknown zone "elz-x"'],
    ['zone_members.csv', 'zone_id,nis\nelz-a,11009', 'zone_members.csv:2: nis: unknown municipality "11009"'],
    ['adjacency.csv', 'nis_a,nis_b\n11009,11001', 'adjacency.csv:2: nis_a: unknown municipality "11009"'],
    ['network_coverage.csv', 'network_id,nis\nlok-x,11001', 'network_coverage.csv:2: network_id: unknown network "lok-x"'],
    ['memberships.csv', 'network_id,member_id,role\nlok-x,org:kdv-regenboog,partner', 'memberships.csv:2: network_id: unknown network "lok-x"'],
    ['memberships.csv', 'network_id,member_id,role\nlok-aartselaar,org:kdv-x,partner', 'memberships.csv:2: member_id: unknown organisation "org:kdv-x"'],
    ['memberships.csv', 'network_id,member_id,role\nlok-aartselaar,nis:11009,partner', 'memberships.csv:2: member_id: unknown municipality "nis:11009"'],
    ['offer_serves.csv', 'offer_id,nis\nregenboog-9,11002', 'offer_serves.csv:2: offer_id: unknown offer "regenboog-9"'],
    ['funding.csv', 'nis,org_id,year,amount\n11009,kdv-regenboog,2024,10', 'funding.csv:2: nis: unknown municipality "11009"'],
    ['funding.csv', 'nis,org_id,year,amount\n11001,kdv-x,2024,10', 'funding.csv:2: org_id: unknown organisation "kdv-x"'],
  ])('rejects an unknown reference in %s', (file, text, expected) => {
    expect(errorsWith({ [file]: text })).toContain(expected);
  });

  it('reports directed_by_nis references', () => {
    expect(errorsWith({ 'networks.csv': `${NETWORKS_HEADER}\nzorgraad-a,ZORGRAAD,Z,,elz-a,,\nlok-aartselaar,LOK,L,11009,,,` })).toEqual([
      'networks.csv:3: directed_by_nis: unknown municipality "11009"',
    ]);
  });

  it('allows a zone_id only on a ZORGRAAD network', () => {
    expect(errorsWith({ 'networks.csv': `${NETWORKS_HEADER}\nzorgraad-a,ZORGRAAD,Z,,elz-a,,\nlok-aartselaar,LOK,L,,elz-a,,` })).toEqual([
      "networks.csv:3: zone_id: only a ZORGRAAD network has a zone (this network's type is LOK)",
    ]);
  });

  it('resolves references within the dataset only: a missing file leaves every reference to it unknown', () => {
    const withoutOrganisations = { 'offer_serves.csv': null, 'offers.csv': null, 'funding.csv': null, 'memberships.csv': null, 'organisations.csv': null };
    expect(() => parseDatasetFiles(datasetFiles(withoutOrganisations))).not.toThrow();
    expect(errorsWith({ 'organisations.csv': null, 'memberships.csv': null, 'funding.csv': null })).toEqual(['offers.csv:2: org_id: unknown organisation "kdv-regenboog"']);
  });

  it('does not judge references into a file that could not be read, as they would only repeat its error', () => {
    expect(errorsWith({ 'organisations.csv': 'id,name,legal_form,sector\n"kdv-regenboog,K,private,kinderopvang\n' })).toEqual([
      'organisations.csv:2: : not valid CSV: a quoted field is never closed (a quote opened on this line has no closing quote)',
    ]);
  });
});

describe('parseDatasetFiles: manifest.json', () => {
  it('reports fields of the wrong type and unknown fields', () => {
    const manifest = csvFile('manifest.json', '\n{\n  "title": 3,\n  "illustratve": true,\n  "notice": {"nl": "x", "fr": "y"}\n}');
    expect(validationErrors(() => parseDatasetFiles([...datasetFiles(), manifest]))).toEqual([
      'manifest.json:2: title: Invalid input: expected string, received number',
      'manifest.json:2: notice.en: Invalid input: expected string, received undefined',
      'manifest.json:2: notice.fr: unknown field (expected: nl, en)',
      'manifest.json:2: illustratve: unknown field (expected: title, illustrative, notice, sources)',
    ]);
  });

  it('reports a manifest that is not JSON', () => {
    expect(validationErrors(() => parseDatasetFiles([...datasetFiles(), csvFile('manifest.json', '{\n"title": "x",\n}')]))).toEqual([
      'manifest.json:3: : not valid JSON: property name expected',
    ]);
  });
});

describe('parseDatasetFiles: all errors at once', () => {
  it('reports every error of every file, by file in table order and then by line', () => {
    const errors = errorsWith({
      'funding.csv': 'nis,org_id,year,amount\n11001,kdv-x,2024,-1\n',
      'offers.csv': `${OFFERS_HEADER}\nregenboog-1,kdv-regenboog,onthaal,1100,many,\nregenboog-1,kdv-regenboog,onthaal,11001,,\n`,
      'zones.csv': 'id,name,colour\nelz-a,A,\n',
      'municipalities.csv': 'nis,name\n11001,A\n11002,\n11004,C\n',
      'extra.csv': 'x\n',
    });
    expect(errors).toEqual([
      'municipalities.csv:3: name: required value is missing',
      'zones.csv:1: colour: unknown column (expected: id, name)',
      'offers.csv:2: nis: malformed NIS "1100" (expected 5 digits)',
      'offers.csv:2: capacity: not a number "many"',
      'offers.csv:3: id: duplicate id "regenboog-1" (first on line 2)',
      'funding.csv:2: amount: negative number "-1" (expected 0 or more)',
      'funding.csv:2: org_id: unknown organisation "kdv-x"',
      'extra.csv:0: : unknown file (expected one of: municipalities.csv, adjacency.csv, zones.csv, zone_members.csv, organisations.csv, networks.csv, network_coverage.csv, memberships.csv, offers.csv, offer_serves.csv, funding.csv)',
    ]);
  });
});
