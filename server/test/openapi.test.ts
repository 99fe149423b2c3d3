import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from './build-test-app';

describe('OpenAPI document', async () => {
  const t = await buildTestApp();
  it('is a valid OpenAPI 3.1 document generated from the zod schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    // validate() throws with the first problem it finds.
    await SwaggerParser.validate(structuredClone(doc));
    expect(Object.keys(doc.paths)).toContain('/api/health');
  });
  it('serves Swagger UI', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });
});
