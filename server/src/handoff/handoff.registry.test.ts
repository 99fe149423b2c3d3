import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RequestContext, ScopedActor } from '../access/actor';
import type { Kernel } from '../core/module';
import type { Trx } from '../db/database';
import { AppError } from '../http/errors';
import { createHandoffRegistry } from './handoff.registry';

const source = { module: 'hotline', entityType: 'hlTicket', entityId: 'T1', reference: '热线〔2025〕1号', orgId: 'O1', summary: '问题' };
const actor = {} as ScopedActor;
const trx = {} as Trx;
const kernel = {} as Kernel;
const ctx = {} as RequestContext;

describe('kernel.handoffs', () => {
  const registry = createHandoffRegistry();
  registry.register({
    target: 'legalAid',
    label: { zh: '法律援助', en: 'Legal aid' },
    schema: z.strictObject({ applicant: z.strictObject({ name: z.string().min(1) }) }),
    fields: ['applicant.name'],
    create: async (_trx, _k, _ctx, input) => ({
      entityType: 'aidCase',
      entityId: 'A1',
      reference: `${input.source.reference}→${input.data.applicant.name}`,
      path: '/workbench/legal-aid/cases/A1',
    }),
  });

  it('registers once per target and lists the handlers', () => {
    expect(() =>
      registry.register({ ...registry.get('legalAid')!, create: async () => ({ entityType: '', entityId: '', reference: '', path: '' }) }),
    ).toThrow(/already registered/);
    expect(registry.list().map((h) => h.target)).toEqual(['legalAid']);
  });

  it('validates the prefill with the handler’s schema (field prefill.<path>) and runs the handler', async () => {
    const bad = await registry
      .run(trx, kernel, ctx, 'legalAid', { actor, source, data: { applicant: { name: '' } } })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(AppError);
    expect((bad as AppError).extra.field).toBe('prefill.applicant.name');
    const unknown = await registry.run(trx, kernel, ctx, 'court', { actor, source, data: {} }).catch((e: unknown) => e);
    expect((unknown as AppError).extra.field).toBe('destination');
    const ok = await registry.run(trx, kernel, ctx, 'legalAid', { actor, source, data: { applicant: { name: '王' } } });
    expect(ok).toMatchObject({ entityType: 'aidCase', reference: '热线〔2025〕1号→王' });
  });
});
