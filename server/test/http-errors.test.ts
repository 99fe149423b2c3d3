import { z } from 'zod';
import { idNumberSchema } from '@tianping/common/validation/schemas';
import { describe, expect, it } from 'vitest';
import { defineServerModule } from '../src/core/module';
import { buildTestApp } from './build-test-app';

/** A throwaway module exercising the shared validation and error handling. */
const probe = defineServerModule({
  id: 'probe',
  label: { zh: '探针', en: 'Probe' },
  routes(app) {
    app.post(
      '/probe/echo',
      {
        config: { access: 'public' },
        schema: {
          body: z.strictObject({
            name: z.string().min(1).max(20),
            count: z.number().int().min(0),
            nested: z.strictObject({ flag: z.boolean() }).optional(),
            idNumber: idNumberSchema.optional(),
          }),
          response: { 200: z.object({ name: z.string(), count: z.number() }) },
        },
      },
      async (req) => ({ name: req.body.name, count: req.body.count }),
    );
    app.get('/probe/ip', { config: { access: 'public' }, schema: { response: { 200: z.object({ ip: z.string() }) } } }, async (req) => ({
      ip: req.ip,
    }));
    app.get('/probe/boom', { config: { access: 'public' } }, async () => {
      throw new Error('SELECT secret FROM /var/lib/tianping/data.db');
    });
  },
});

describe('errors at the HTTP boundary', async () => {
  const t = await buildTestApp({}, [probe]);
  const post = (payload: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    t.app.inject({ method: 'POST', url: '/api/probe/echo', payload, headers });

  it('rejects malformed JSON with MALFORMED_JSON', async () => {
    const res = await post('{"name": ');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('MALFORMED_JSON');
    expect(res.json().requestId).toBeTruthy();
  });
  it('names the field at fault for a wrong type', async () => {
    const res = await post(JSON.stringify({ name: 'a', count: 'x' }));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'count' });
    expect(body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(body.error.messageEn).toBeTruthy();
  });
  it('says what is wrong with an ID number (check character, date of birth), in Chinese and English', async () => {
    const wrongCheck = await post(JSON.stringify({ name: 'a', count: 1, idNumber: '110105194912310021' }));
    expect(wrongCheck.statusCode).toBe(400);
    expect(wrongCheck.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'idNumber' });
    expect(wrongCheck.json().error.issues[0]).toMatchObject({
      field: 'idNumber',
      message: '公民身份号码校验位不正确，请核对',
      messageEn: 'The ID number’s check character is wrong',
    });
    const badBirth = await post(JSON.stringify({ name: 'a', count: 1, idNumber: '110105194913310021' }));
    expect(badBirth.json().error.issues[0]).toMatchObject({ message: '公民身份号码中的出生日期无效' });
  });
  it('rejects unknown fields, also nested ones', async () => {
    const res = await post(JSON.stringify({ name: 'a', count: 1, admin: true }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'UNKNOWN_FIELD', field: 'admin' });
    const nested = await post(JSON.stringify({ name: 'a', count: 1, nested: { flag: true, x: 1 } }));
    expect(nested.json().error).toMatchObject({ code: 'UNKNOWN_FIELD', field: 'nested.x' });
  });
  it('rejects oversize bodies with 413', async () => {
    const res = await post(JSON.stringify({ name: 'a'.repeat(2 * 1024 * 1024), count: 1 }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });
  it('rejects unsupported content types with 415', async () => {
    const res = await post('name=a', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
  it('never leaks internals in a 500', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/probe/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('INTERNAL');
    expect(res.body).not.toMatch(/SELECT|\/var\/lib|at .*\.ts/);
  });
  it('does not trust X-Forwarded-For unless TRUST_PROXY says so', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/probe/ip',
      remoteAddress: '198.51.100.7',
      headers: { 'x-forwarded-for': '1.2.3.4' },
    });
    expect(res.json().ip).toBe('198.51.100.7');
  });
  it('keeps a valid caller-supplied request id and sets security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'trace-12345678' } });
    expect(res.headers['x-request-id']).toBe('trace-12345678');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeTruthy();
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
