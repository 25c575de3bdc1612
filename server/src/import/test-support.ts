// Shared by the import's tests: a small valid dataset to break one file at a time, and errors as printed.
import { DatasetValidationError, formatImportError } from '../domain/import-error';
import type { DatasetFile } from './files';

const encoder = new TextEncoder();

export const csvFile = (name: string, text: string): DatasetFile => ({ name, bytes: encoder.encode(text) });

/** Three municipalities of one zone and one childcare network around them, every file present. */
export const VALID_FILES: Readonly<Record<string, string>> = {
  'municipalities.csv': [
    'nis,name,province,region,population,children_0_3,children_3_12',
    '11001,Aartselaar,Antwerpen,Vlaanderen,14000,400,1500',
    '11002,Antwerpen,Antwerpen,Vlaanderen,530000,,',
    '11004,Boechout,Antwerpen,Vlaanderen,13000,,',
  ].join('\n'),
  'adjacency.csv': 'nis_a,nis_b\n11001,11002\n11002,11004\n',
  'zones.csv': 'id,name\nelz-a,ELZ Antwerpen Zuid\n',
  'zone_members.csv': 'zone_id,nis\nelz-a,11001\nelz-a,11002\n',
  'organisations.csv': [
    'id,name,legal_form,sector,operated_by_nis',
    'kdv-regenboog,KDV Regenboog,nonprofit,kinderopvang,',
    'ocmw-aartselaar,OCMW Aartselaar,public,ocmw,11001',
  ].join('\n'),
  'networks.csv': [
    'id,type,name,directed_by_nis,zone_id,governance_model,governance_model_date',
    'zorgraad-a,ZORGRAAD,Zorgraad Antwerpen Zuid,,elz-a,,',
    'lok-aartselaar,LOK,LOK Aartselaar,11001,,true,2025-03-01',
  ].join('\n'),
  'network_coverage.csv': 'network_id,nis\nlok-aartselaar,11001\n',
  'memberships.csv': [
    'network_id,member_id,role,sector',
    'lok-aartselaar,nis:11001,regisseur,',
    'lok-aartselaar,org:kdv-regenboog,partner,kinderopvang',
  ].join('\n'),
  'offers.csv': 'id,org_id,function,nis,capacity,name\nregenboog-1,kdv-regenboog,kinderopvang_baby_peuter,11001,28,Regenboog\n',
  'offer_serves.csv': 'offer_id,nis\nregenboog-1,11002\n',
  'funding.csv': 'nis,org_id,year,amount,kind\n11001,kdv-regenboog,2024,12500.50,subsidie\n11001,kdv-regenboog,2024,1000,subsidie\n',
};

/** VALID_FILES with some files replaced (a string) or left out (null). */
export function datasetFiles(changes: Readonly<Record<string, string | null>> = {}): DatasetFile[] {
  const texts: Record<string, string | null> = { ...VALID_FILES, ...changes };
  return Object.entries(texts).flatMap(([name, text]) => (text === null ? [] : [csvFile(name, text)]));
}

/** The errors `parse` throws, as `file:line: column: message`; fails the test when it does not throw them. */
export function validationErrors(parse: () => unknown): string[] {
  try {
    parse();
  } catch (error) {
    if (error instanceof DatasetValidationError) return error.errors.map(formatImportError);
    throw error;
  }
  throw new Error('expected a DatasetValidationError, but the dataset was accepted');
}
