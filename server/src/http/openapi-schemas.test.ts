import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { OpenApiSchemas } from './openapi-schemas';

describe('OpenApiSchemas', () => {
  it('makes a schema with an id a component and refers to it wherever it is used', () => {
    const place = z.strictObject({ nis: z.string(), population: z.int() }).meta({ id: 'TestPlace' });
    const schemas = new OpenApiSchemas();
    expect(schemas.of(z.strictObject({ home: place, visited: z.array(place) }))).toEqual({
      type: 'object',
      properties: { home: { $ref: '#/components/schemas/TestPlace' }, visited: { type: 'array', items: { $ref: '#/components/schemas/TestPlace' } } },
      required: ['home', 'visited'],
      additionalProperties: false,
    });
    // The whole-number bounds zod writes (±2^53 − 1) are left out; a property named like a keyword is kept.
    expect(schemas.components).toEqual({
      TestPlace: {
        type: 'object',
        properties: { nis: { type: 'string' }, population: { type: 'integer' } },
        required: ['nis', 'population'],
        additionalProperties: false,
      },
    });
    expect(schemas.of(z.strictObject({ minimum: z.int().min(3) }))).toMatchObject({ properties: { minimum: { type: 'integer', minimum: 3 } } });
  });

  it('describes a parameter as it is sent (input): before its default and conversion apply', () => {
    const limit = z.coerce.number<string>().int().min(1).max(9).default(4);
    expect(new OpenApiSchemas().of(limit, 'input')).toEqual({ type: 'integer', minimum: 1, maximum: 9, default: 4 });
  });

  it('refuses two different shapes under one id, which would make a $ref mean two things', () => {
    const schemas = new OpenApiSchemas();
    schemas.of(z.strictObject({ a: z.string() }).meta({ id: 'TestTwice' }));
    expect(() => schemas.of(z.strictObject({ b: z.string() }).meta({ id: 'TestTwice' }))).toThrow('openapi: two different schemas have the id TestTwice');
  });
});
