import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { strictFields } from '../domain/strict-fields';
import { fieldIssues, fieldPath, schemaIssues } from './schema-issues';

describe('zod issues as import errors', () => {
  const schema = strictFields({ name: z.string(), notice: strictFields({ nl: z.string() }) }, { notObject: 'expected an object with a name' });

  it('gives each unknown key an error of its own, worded by the object it is in', () => {
    const issues = schemaIssues(schema, { name: 3, notice: { nl: 'x', fr: 'y' }, colour: 'red', size: 2 });
    expect(fieldIssues(issues).map(({ path, message }) => `${fieldPath('doc', path)}: ${message}`)).toEqual([
      'doc.name: Invalid input: expected string, received number',
      'doc.notice.fr: unknown field (expected: nl)',
      'doc.colour: unknown field (expected: name, notice)',
      'doc.size: unknown field (expected: name, notice)',
    ]);
  });

  it('words a value that is no object as asked', () => {
    expect(fieldIssues(schemaIssues(schema, [1]))).toEqual([{ path: [], code: 'invalid_type', message: 'expected an object with a name' }]);
    expect(schemaIssues(schema, { name: 'x', notice: { nl: 'y' } })).toEqual([]);
  });

  it('spells paths as users read them', () => {
    expect(fieldPath('nodes[3]', ['attributes', 'name'])).toBe('nodes[3].attributes.name');
    expect(fieldPath('', ['sources', 2])).toBe('sources[2]');
    expect(fieldPath('manifest', [])).toBe('manifest');
  });
});
