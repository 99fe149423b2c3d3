import { describe, expect, it } from 'vitest';
import { buildTestApp } from './build-test-app';

describe('system routes', async () => {
  const t = await buildTestApp();
  it('answers liveness and readiness', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    expect(health.headers['x-request-id']).toBeTruthy();
    const ready = await t.app.inject({ method: 'GET', url: '/api/ready' });
    expect(ready.json()).toMatchObject({ status: 'ready' });
  });
  it('answers unknown routes with a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'ROUTE_NOT_FOUND' } });
  });
});
