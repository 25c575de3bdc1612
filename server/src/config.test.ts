import { describe, expect, it } from 'vitest';
import { configFromEnvironment } from './config';

describe('configFromEnvironment: KNOOPPUNT_CORS_ORIGINS', () => {
  it('allows no origin unless configured', () => {
    expect(configFromEnvironment({}).corsOrigins).toEqual([]);
  });

  it('reads a comma-separated list of origins', () => {
    expect(configFromEnvironment({ KNOOPPUNT_CORS_ORIGINS: 'https://a.example, http://localhost:3000' }).corsOrigins).toEqual(['https://a.example', 'http://localhost:3000']);
  });

  it('refuses a wildcard or a URL with a path', () => {
    expect(() => configFromEnvironment({ KNOOPPUNT_CORS_ORIGINS: '*' })).toThrow('KNOOPPUNT_CORS_ORIGINS: "*" is not an origin');
    expect(() => configFromEnvironment({ KNOOPPUNT_CORS_ORIGINS: 'https://a.example/app' })).toThrow('is not an origin');
  });
});
