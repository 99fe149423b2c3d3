import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';

describe('PUT /api/system/test-clock', () => {
  it('does not exist unless TEST_CLOCK=on', async () => {
    const t = await buildTestApp();
    const res = await t.app.inject({ method: 'PUT', url: '/api/system/test-clock', payload: { now: '2026-01-05T02:00:00Z' } });
    expect(res.statusCode).toBe(404);
  });

  it('moves the kernel clock and keeps it running; null returns to real time; bad input is 400', async () => {
    const t = await buildTestApp({ testClock: true });
    const bad = await t.app.inject({ method: 'PUT', url: '/api/system/test-clock', payload: { now: '2025-02-30' } });
    expect(bad.statusCode).toBe(400);
    const res = await t.app.inject({ method: 'PUT', url: '/api/system/test-clock', payload: { now: '2026-01-05T02:00:00Z' } });
    expect(res.statusCode).toBe(200);
    const now = t.kernel.clock.now().getTime();
    expect(Math.abs(now - Date.parse('2026-01-05T02:00:00Z'))).toBeLessThan(5000);
    await t.app.inject({ method: 'PUT', url: '/api/system/test-clock', payload: { now: null } });
    expect(Math.abs(t.kernel.clock.now().getTime() - Date.now())).toBeLessThan(1000);
  });
});
