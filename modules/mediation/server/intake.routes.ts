import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import { isScoped, type ScopedActor } from '@tianping/server/access/actor';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { unauthenticated } from '@tianping/server/http/errors';
import { caseDetailSchema, casePageSchema } from '../contract/case';
import {
  acceptBodySchema,
  caseIdParamsSchema,
  caseListQuerySchema,
  casePartyParamsSchema,
  consentBodySchema,
  declineBodySchema,
  designateBodySchema,
  intakeBodySchema,
  recusalBodySchema,
} from '../contract/intake';
import type { MediationPermission } from '../contract/permissions';
import { acceptCase, declineCase, designateMediator, recuseMediator } from './case-acceptance.service';
import { recordPartyConsent } from './case-consent.service';
import { createCase } from './case-intake.service';
import { getCase, listCases } from './case-query.service';
import { registerCasePii } from './case.pii';
import { registerConsentDocuments } from './consent-documents';

const tags = ['mediation'];

function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

/** Staff intake, acceptance, designation and recusal, consent, the workbench list and detail. */
export function intakeRoutes(app: AppInstance, kernel: Kernel) {
  registerCasePii(kernel);
  registerConsentDocuments(kernel);

  app.post(
    '/mediation/cases',
    {
      config: { access: 'mediation.case.intake' },
      schema: {
        tags,
        summary: '登记矛盾纠纷 Register a dispute',
        description:
          'Walk-in, 主动调解, paper referral (court/police/petition/procuratorate: `referrerName` and `externalRef` required), 12348 hotline or another module. 409 `MED_DUPLICATE_SUSPECTED` for the same dispute already open (confirm with `confirmNotDuplicate` + `notDuplicateReason`).',
        body: intakeBodySchema,
        response: { 201: caseDetailSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const c = await createCase(kernel, req.ctx, actor, req.body);
      return reply.status(201).send(await getCase(kernel, actor, c.id));
    },
  );

  app.get(
    '/mediation/cases',
    {
      config: { access: 'mediation.case.read' },
      schema: { tags, summary: '人民调解案件列表 List cases', querystring: caseListQuerySchema, response: { 200: casePageSchema } },
    },
    async (req) => listCases(kernel, actorOf(req), req.query),
  );

  app.get(
    '/mediation/cases/:id',
    {
      config: { access: 'mediation.case.read' },
      schema: { tags, summary: '人民调解案件详情 Case detail', params: caseIdParamsSchema, response: { 200: caseDetailSchema } },
    },
    async (req) => getCase(kernel, actorOf(req), req.params.id),
  );

  type Access = MediationPermission | { anyOf: MediationPermission[] };
  const step = <B extends z.ZodType>(path: string, access: Access, summary: string, body: B) => ({
    path: `/mediation/cases/:id/${path}`,
    opts: { config: { access }, schema: { tags, summary, params: caseIdParamsSchema, body, response: { 200: caseDetailSchema } } },
  });

  const accept = step('accept', 'mediation.case.intake', '受理并指定调解员 Accept (第十七条、第十九条)', acceptBodySchema);
  app.post(accept.path, accept.opts, async (req) => {
    const actor = actorOf(req);
    await acceptCase(kernel, req.ctx, actor, req.params.id, req.body);
    return getCase(kernel, actor, req.params.id);
  });

  const decline = step('decline', 'mediation.case.intake', '不予受理 Decline (第二条、第二十六条)', declineBodySchema);
  app.post(decline.path, decline.opts, async (req) => {
    const actor = actorOf(req);
    await declineCase(kernel, req.ctx, actor, req.params.id, req.body);
    return getCase(kernel, actor, req.params.id);
  });

  const mediatorAccess: Access = { anyOf: ['mediation.case.intake', 'mediation.case.handle'] };
  const designate = step('mediator', mediatorAccess, '指定或更换调解员 Designate the mediator (第十九条)', designateBodySchema);
  app.post(designate.path, designate.opts, async (req) => {
    const actor = actorOf(req);
    await designateMediator(kernel, req.ctx, actor, req.params.id, req.body);
    return getCase(kernel, actor, req.params.id);
  });

  const recuse = step('recusals', mediatorAccess, '调解员回避 Record a recusal', recusalBodySchema);
  app.post(recuse.path, recuse.opts, async (req) => {
    const actor = actorOf(req);
    await recuseMediator(kernel, req.ctx, actor, req.params.id, req.body);
    return getCase(kernel, actor, req.params.id);
  });

  app.post(
    '/mediation/cases/:id/parties/:partyId/consent',
    {
      config: { access: 'mediation.case.handle' },
      schema: {
        tags,
        summary: '记录当事人是否同意调解 Record a party’s consent (第十七条)',
        description:
          'All parties consenting → `mediating`; a clear refusal → `refused` with the 不予调解告知书 (第二十六条) served to the parties. The opposite of a recorded answer → 409 `MED_CONSENT_ALREADY_RECORDED`.',
        params: casePartyParamsSchema,
        body: consentBodySchema,
        response: { 200: caseDetailSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await recordPartyConsent(kernel, req.ctx, actor, req.params.id, req.params.partyId, req.body);
      return getCase(kernel, actor, req.params.id);
    },
  );
}
