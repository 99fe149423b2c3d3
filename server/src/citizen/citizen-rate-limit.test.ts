import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { purgeCitizenData } from './module';
import { controlClock, requestCode, signInCitizen } from './testing';

const second = 1000;
const minute = 60 * second;

describe('sending limits of sign-in codes (kept in the database)', async () => {
  const t = await buildTestApp();
  const clock = controlClock(t);
  const codesFor = async (ip: string) =>
    Number(
      (
        await t.kernel.db
          .selectFrom('citizenLoginCodes')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('ip', '=', ip)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('one code per phone per 60 seconds, with Retry-After; a refused request does not restart the wait', async () => {
    expect((await requestCode(t, '13700000001')).statusCode).toBe(204);
    clock.advance(20 * second);
    const early = await requestCode(t, '13700000001');
    expect(early.statusCode).toBe(429);
    expect(early.json().error.code).toBe('RATE_LIMITED');
    expect(early.headers['retry-after']).toBe('40');
    clock.advance(40 * second - 1);
    expect((await requestCode(t, '13700000001')).headers['retry-after']).toBe('1');
    clock.advance(1);
    expect((await requestCode(t, '13700000001')).statusCode).toBe(204);
    // Another phone is not held up.
    expect((await requestCode(t, '13700000002')).statusCode).toBe(204);
  });

  it('five codes per phone per hour', async () => {
    clock.advance(minute);
    for (let i = 0; i < 5; i++) {
      expect((await requestCode(t, '13700000003', `198.51.100.${i + 1}`)).statusCode).toBe(204);
      clock.advance(minute);
    }
    const sixth = await requestCode(t, '13700000003', '198.51.100.99');
    expect(sixth.statusCode).toBe(429);
    // The first of the five leaves the window one hour after it was sent (five minutes ago).
    expect(sixth.headers['retry-after']).toBe(String(55 * 60));
    clock.advance(55 * minute);
    expect((await requestCode(t, '13700000003', '198.51.100.99')).statusCode).toBe(204);
  });

  it('twenty codes per IP per hour, whatever the phones; other addresses unaffected', async () => {
    clock.advance(minute);
    const ip = '192.0.2.10';
    for (let i = 0; i < 20; i++) {
      expect((await requestCode(t, `1360000${String(i).padStart(4, '0')}`, ip)).statusCode).toBe(204);
    }
    const refused = await requestCode(t, '13600009999', ip);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('3600');
    expect(await codesFor(ip)).toBe(20);
    expect((await requestCode(t, '13600009999', '192.0.2.11')).statusCode).toBe(204);
    clock.advance(60 * minute);
    expect((await requestCode(t, '13600009998', ip)).statusCode).toBe(204);
  });

  it('concurrent requests for one phone send one code', async () => {
    clock.advance(minute);
    const results = await Promise.all(Array.from({ length: 6 }, () => requestCode(t, '13700000009', '192.0.2.50')));
    expect(results.map((r) => r.statusCode).sort()).toEqual([204, 429, 429, 429, 429, 429]);
    expect(await codesFor('192.0.2.50')).toBe(1);
  });

  it('housekeeping drops codes after a day, throttle stamps after an hour, sessions a week after they end', async () => {
    clock.advance(minute);
    await signInCitizen(t, '13700000010', '192.0.2.60');
    const count = async (table: 'citizenLoginCodes' | 'citizenSmsThrottle' | 'citizenSessions') =>
      Number(
        (
          await t.kernel.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    await purgeCitizenData(t.kernel);
    expect(await count('citizenLoginCodes')).toBeGreaterThan(0);
    expect(await count('citizenSessions')).toBe(1);
    clock.advance(24 * 60 * minute + minute);
    await purgeCitizenData(t.kernel);
    expect(await count('citizenLoginCodes')).toBe(0);
    expect(await count('citizenSmsThrottle')).toBe(0);
    expect(await count('citizenSessions')).toBe(1);
    clock.advance(7 * 24 * 60 * minute);
    await purgeCitizenData(t.kernel);
    expect(await count('citizenSessions')).toBe(0);
  });
});
