import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isScoped, type ScopedActor } from '@tianping/server/access/actor';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { unauthenticated } from '@tianping/server/http/errors';
import { caseIdParamsSchema } from '../contract/intake';
import {
  caseLinkBodySchema,
  caseReferralsSchema,
  duplicateCandidateSchema,
  duplicateRulesSchema,
  duplicateRulesViewSchema,
  referralAckSchema,
  referralBodySchema,
  referralIdParamsSchema,
  referralListQuerySchema,
  referralPageSchema,
  referralViewSchema,
  referrerCreateBodySchema,
  referrerIdParamsSchema,
  referrerListQuerySchema,
  referrerListSchema,
  referrerOptionsSchema,
  referrerPatchBodySchema,
  referrerTokenOptionsSchema,
  referrerViewSchema,
} from '../contract/referral';
import { getCaseDuplicates, getCaseReferrals, linkCases } from './case-link.service';
import { duplicateRulesView, updateDuplicateRules } from './duplicate-settings';
import { getOwnReferral, listOwnReferrals, submitReferral } from './referral-intake.service';
import { createReferrer, getReferrer, listBindableTokens, listReferrerViews, patchReferrer } from './referrer.service';

const tags = ['mediation'];
const SETTINGS = 'mediation.settings.manage';
const SUBMIT = 'mediation.referral.submit';

function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

/**
 * Referrals (诉调、公调、访调、检调对接): the referrers registry (staff), the referral API for the
 * referring bodies' tokens (each sees only its own referrals), and on a case its referrals, the
 * outcome sent back, suspected duplicates and links.
 */
export function referralRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/mediation/referrers',
    {
      config: { access: SETTINGS },
      schema: {
        tags,
        summary: '委托移送单位 Referring bodies',
        querystring: referrerListQuerySchema,
        response: { 200: referrerListSchema },
      },
    },
    async (req) => ({
      items: await listReferrerViews(kernel, actorOf(req), { ...req.query, includeInactive: req.query.includeInactive === 'true' }),
    }),
  );

  app.get(
    '/mediation/referrers/options',
    {
      config: { access: { anyOf: ['mediation.case.intake', 'mediation.case.handle', 'mediation.case.read', SETTINGS] } },
      schema: { tags, summary: '可选委托单位 Active referring bodies to choose from', response: { 200: referrerOptionsSchema } },
    },
    async (req) => ({
      items: (await listReferrerViews(kernel, actorOf(req), { includeInactive: false })).map((r) => ({
        id: r.id,
        kind: r.kind,
        kindLabel: r.kindLabel,
        name: r.name,
        code: r.code,
        regionCode: r.regionCode,
      })),
    }),
  );

  app.get(
    '/mediation/referrers/token-options',
    {
      config: { access: SETTINGS },
      schema: {
        tags,
        summary: '可绑定的接口令牌 API tokens that may be bound',
        description:
          'Live tokens in the caller’s scope carrying `mediation.referral.submit` and bound to no body (issued by a security administrator with POST /api/tokens).',
        response: { 200: referrerTokenOptionsSchema },
      },
    },
    async (req) => ({ items: await listBindableTokens(kernel, actorOf(req)) }),
  );

  app.post(
    '/mediation/referrers',
    {
      config: { access: SETTINGS },
      schema: {
        tags,
        summary: '登记委托移送单位 Register a referring body',
        description:
          'Issue the body’s API token first (POST /api/tokens with `mediation.referral.submit`), then bind its id here. A token speaks for one body (409 `MED_REFERRER_TOKEN_TAKEN`). A webhook URL needs a secret (HMAC-SHA256 signatures).',
        body: referrerCreateBodySchema,
        response: { 201: referrerViewSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await createReferrer(kernel, req.ctx, actorOf(req), req.body)),
  );

  app.get(
    '/mediation/referrers/:id',
    {
      config: { access: SETTINGS },
      schema: { tags, summary: '委托移送单位详情 Referring body', params: referrerIdParamsSchema, response: { 200: referrerViewSchema } },
    },
    async (req) => getReferrer(kernel, actorOf(req), req.params.id),
  );

  app.patch(
    '/mediation/referrers/:id',
    {
      config: { access: SETTINGS },
      schema: {
        tags,
        summary: '修改委托移送单位 Edit a referring body',
        params: referrerIdParamsSchema,
        body: referrerPatchBodySchema,
        response: { 200: referrerViewSchema },
      },
    },
    async (req) => patchReferrer(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/mediation/referrals',
    {
      config: { access: SUBMIT },
      schema: {
        tags,
        summary: '委托移送调解 Refer a dispute (referring bodies’ API)',
        description:
          '201 with the acknowledgement (our case number). The same `externalRef` again → 200 with the first acknowledgement. A dispute already open through another channel is linked to that case (`linked: true`). 400 `MED_REFERRER_UNKNOWN` (field `referrerCode`) when the code is not the body bound to the calling token — nothing written.',
        body: referralBodySchema,
        response: { 200: referralAckSchema, 201: referralAckSchema },
      },
    },
    async (req, reply) => {
      const { ack, created } = await submitReferral(kernel, req.ctx, actorOf(req), req.body);
      return reply.status(created ? 201 : 200).send(ack);
    },
  );

  app.get(
    '/mediation/referrals',
    {
      config: { access: SUBMIT },
      schema: {
        tags,
        summary: '本单位的委托移送 Own referrals',
        querystring: referralListQuerySchema,
        response: { 200: referralPageSchema },
      },
    },
    async (req) => listOwnReferrals(kernel, actorOf(req), req.query),
  );

  app.get(
    '/mediation/referrals/:id',
    {
      config: { access: SUBMIT },
      schema: {
        tags,
        summary: '委托移送的办理情况和结果 Progress and outcome of a referral',
        params: referralIdParamsSchema,
        response: { 200: referralViewSchema },
      },
    },
    async (req) => getOwnReferral(kernel, actorOf(req), req.params.id),
  );

  app.get(
    '/mediation/cases/:id/referrals',
    {
      config: { access: 'mediation.case.read' },
      schema: {
        tags,
        summary: '案件的委托移送、结果反馈和关联 Referrals, outcome delivery and links of a case',
        params: caseIdParamsSchema,
        response: { 200: caseReferralsSchema },
      },
    },
    async (req) => getCaseReferrals(kernel, actorOf(req), req.params.id),
  );

  app.get(
    '/mediation/cases/:id/duplicates',
    {
      config: { access: 'mediation.case.read' },
      schema: {
        tags,
        summary: '疑似重复登记 Suspected duplicates',
        params: caseIdParamsSchema,
        response: { 200: z.object({ items: z.array(duplicateCandidateSchema) }) },
      },
    },
    async (req) => ({ items: await getCaseDuplicates(kernel, actorOf(req), req.params.id) }),
  );

  app.get(
    '/mediation/settings/duplicates',
    {
      config: { access: { anyOf: [SETTINGS, 'mediation.case.read'] } },
      schema: { tags, summary: '重复登记识别规则（本地规则）Duplicate check rules (local)', response: { 200: duplicateRulesViewSchema } },
    },
    async () => duplicateRulesView(kernel.db),
  );

  app.put(
    '/mediation/settings/duplicates',
    {
      config: { access: SETTINGS },
      schema: {
        tags,
        summary: '修改重复登记识别规则 Change the duplicate check rules',
        description: 'City scope only (403 `MED_SETTINGS_CITY_ONLY`); applies to checks made afterwards.',
        body: duplicateRulesSchema,
        response: { 200: duplicateRulesViewSchema },
      },
    },
    async (req) => updateDuplicateRules(kernel, req.ctx, actorOf(req), req.body),
  );

  app.post(
    '/mediation/cases/:id/links',
    {
      config: { access: { anyOf: ['mediation.case.intake', 'mediation.case.handle'] } },
      schema: {
        tags,
        summary: '关联同一纠纷的案件 Link the case to the same dispute’s case',
        params: caseIdParamsSchema,
        body: caseLinkBodySchema,
        response: { 200: caseReferralsSchema },
      },
    },
    async (req) => linkCases(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );
}
