import { idNumberCheckChar, maskIdNumber } from '@tianping/common/validation/id-number';
import { maskMobile } from '@tianping/common/validation/phone';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { defineServerModule } from '../core/module';
import { scrubText } from './logging';
import { enabledModules } from '../modules';
import { buildTestApp } from '../../test/build-test-app';

const first17 = '12010119900307123';
const idNumber = first17 + idNumberCheckChar(first17);
const phone = '13912345678';
const password = 'Tj-S3cret!Passw0rd';
const smsCode = '482913';

/** Routes that misbehave the way real code does: echo personal data into errors and logs. */
const leaky = defineServerModule({
  id: 'leaky',
  label: { zh: '泄露探针', en: 'Leak probe' },
  routes(app, kernel) {
    app.post(
      '/leaky/register',
      {
        config: { access: 'public' },
        schema: {
          body: z.strictObject({
            name: z.string(),
            idNumber: z.string(),
            phone: z.string(),
            password: z.string(),
            code: z.string().optional(),
          }),
        },
      },
      async (req) => {
        const b = req.body;
        req.log.info(
          { body: b, nested: { deeper: { password: b.password, idNumber: b.idNumber } } },
          `registering ${b.name} ${b.idNumber} ${b.phone}`,
        );
        kernel.log.warn(`module log: ${b.name} signs in with ${b.password} and code ${b.code}`);
        throw new Error(`cannot register ${b.idNumber} / ${b.phone} with password ${b.password}`);
      },
    );
  },
});

describe('logs never hold ID numbers, phones or passwords', async () => {
  const t = await buildTestApp();
  const lines: string[] = [];
  const { app } = await buildApp({
    config: { ...t.kernel.config, logLevel: 'trace' },
    handle: t.kernel.handle,
    modules: [...enabledModules, leaky],
    seed: false,
    logStream: { write: (line: string) => lines.push(line) },
  });
  await app.ready();

  const raw = [idNumber, phone, password, smsCode, `+86${phone}`, idNumber.slice(0, 17) + 'x'];
  function expectClean() {
    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(0);
    for (const value of raw) expect(log, `log contains ${value}`).not.toContain(value);
    expect(log).not.toContain(idNumber.slice(4, 14));
    return log;
  }

  it('scrubs a failing request whose JSON body and error message carry them', async () => {
    lines.length = 0;
    const res = await app.inject({
      method: 'POST',
      url: '/api/leaky/register',
      payload: { name: `张三${password}`, idNumber, phone, password, code: smsCode },
    });
    expect(res.statusCode).toBe(500);
    const log = expectClean();
    expect(log).toContain('cannot register');
    expect(log).toContain(maskIdNumber(idNumber));
    expect(log).toContain(maskMobile(phone));
    expect(log).toContain('[redacted]');
  });

  it('scrubs a 404 whose URL path and query carry them', async () => {
    lines.length = 0;
    const query = `idNumber=${idNumber}&phone=%2B86${phone}&password=${encodeURIComponent(password)}&code=${smsCode}&q=${phone}`;
    const res = await app.inject({ method: 'GET', url: `/api/nothing/${idNumber}/${phone}?${query}` });
    expect(res.statusCode).toBe(404);
    const log = expectClean();
    expect(log).not.toContain(encodeURIComponent(password));
    expect(log).toContain(`/api/nothing/${maskIdNumber(idNumber)}/${maskMobile(phone)}`);
  });

  it('scrubs a rejected login and a request rejected by validation', async () => {
    lines.length = 0;
    await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: phone, password } });
    await app.inject({ method: 'POST', url: '/api/leaky/register', payload: { idNumber, phone, password, extra: idNumber.toLowerCase() } });
    await app.inject({ method: 'POST', url: '/api/leaky/register', payload: `{"idNumber":"${idNumber}","password":"${password}"` });
    expectClean();
  });
});

describe('scrubText', () => {
  it.each([
    [`id ${idNumber}.`, `id ${maskIdNumber(idNumber)}.`],
    [`tel:${phone}`, `tel:${maskMobile(phone)}`],
    [`tel +86 ${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`, `tel ${maskMobile(phone)}`],
    ['/login?user=a&password=x%21y&next=/', '/login?user=a&password=[redacted]&next=/'],
    ['{"user":{"newPassword":"a\\"b"},"code":"VALIDATION_FAILED"}', '{"user":{"newPassword":"[redacted]"},"code":"VALIDATION_FAILED"}'],
  ])('scrubs %j', (text, expected) => {
    expect(scrubText(text)).toBe(expected);
  });

  it.each(['"time":1736312345678', 'order 139123456789', 'ULID 01JH3K8Q2M7ZT5V9X4W6Y8A0BC', '"responseTime":13.91234567'])(
    'leaves %j alone',
    (text) => {
      expect(scrubText(text)).toBe(text);
    },
  );
});
