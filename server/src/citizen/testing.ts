import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../test/build-test-app';

/** Test support: a clock the test moves by hand, installed on the app's kernel. */
export function controlClock(t: TestApp, start = new Date('2026-03-02T01:00:00.000Z')) {
  let at = start.getTime();
  t.kernel.clock.now = () => new Date(at);
  return {
    advance(ms: number) {
      at += ms;
    },
    now: () => new Date(at),
  };
}

/** The newest sign-in code the development gateway put in the outbox for a phone. */
export async function codeFromOutbox(t: TestApp, phone: string): Promise<string> {
  const row = await t.kernel.db
    .selectFrom('smsOutbox')
    .select('body')
    .where('phoneIndex', '=', t.kernel.pii.blindIndex('phone', phone))
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const code = /验证码为(\d{6})/.exec(row.body)?.[1];
  if (!code) throw new Error('no code in the outbox message');
  return code;
}

export function requestCode(t: TestApp, phone: string, remoteAddress = '203.0.113.1') {
  return t.app.inject({ method: 'POST', url: '/api/citizen/sms-code', payload: { phone }, remoteAddress });
}

export function submitCode(t: TestApp, phone: string, code: string, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'POST', url: '/api/citizen/login', payload: { phone, code }, headers, remoteAddress: '203.0.113.1' });
}

/** Cookie and CSRF headers of a response that signed a citizen in. */
export function citizenHeaders(res: LightMyRequestResponse): Record<string, string> {
  const cookies = Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
  if (!cookies.tp_citizen || !cookies.tp_csrf) throw new Error(`sign-in did not set tp_citizen and tp_csrf: ${res.statusCode} ${res.body}`);
  return { cookie: `tp_citizen=${cookies.tp_citizen}; tp_csrf=${cookies.tp_csrf}`, 'x-csrf-token': cookies.tp_csrf };
}

/** Requests a code, reads it from the outbox and signs in; returns the session headers. */
export async function signInCitizen(t: TestApp, phone: string, remoteAddress?: string) {
  const sent = await requestCode(t, phone, remoteAddress);
  if (sent.statusCode !== 204) throw new Error(`sms-code failed: ${sent.statusCode} ${sent.body}`);
  const res = await submitCode(t, phone, await codeFromOutbox(t, phone));
  return { headers: citizenHeaders(res), body: res.json() as { citizen: { id: string; phoneMasked: string } } };
}
