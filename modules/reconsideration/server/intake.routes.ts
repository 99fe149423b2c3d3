import { orgTypes } from '@tianping/common/contract/org';
import type { FastifyRequest } from 'fastify';
import { isScoped, type ScopedActor } from '@tianping/server/access/actor';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { unauthenticated } from '@tianping/server/http/errors';
import {
  acceptBodySchema,
  bodyListSchema,
  caseDetailSchema,
  caseIdParamsSchema,
  caseListQuerySchema,
  casePageSchema,
  correctionExtensionBodySchema,
  correctionNoticeBodySchema,
  correctionRecordBodySchema,
  intakeBodySchema,
  rejectBodySchema,
  respondentListSchema,
  respondentQuerySchema,
} from '../contract/intake';
import { acceptCase, rejectCase } from './case-acceptance.service';
import { extendCorrection, recordCorrection, requestCorrection } from './case-correction.service';
import { createCase } from './case-intake.service';
import { getCase, listCases } from './case-query.service';
import { listHandlingBodies, searchRespondents } from './case-list.repository';
import { registerCasePii } from './case.pii';
import { registerIntakeDocuments } from './intake-documents';

const tags = ['reconsideration'];

function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

const typeLabel = (code: string) => {
  const t = orgTypes.find((x) => x.code === code);
  // 区人民政府的行政复议职责由区司法局承办 (行政复议法 第四条).
  if (code === 'districtBureau') return { zh: '区人民政府行政复议机构', en: 'District government reconsideration office' };
  return { zh: t?.zh ?? code, en: t?.en ?? code };
};

/** Staff intake, the acceptance review, the workbench list and detail; public lists for the online form. */
export function intakeRoutes(app: AppInstance, kernel: Kernel) {
  registerIntakeDocuments(kernel);
  registerCasePii(kernel);

  app.post(
    '/reconsideration/cases',
    {
      config: { access: 'reconsideration.case.intake' },
      schema: {
        tags,
        summary: '登记行政复议申请 Record an application',
        description:
          'Walk-in, oral (申请笔录), postal or forwarded (第三十二条) applications. Late applications are flagged (`late`), not refused; 409 `RECON_DUPLICATE_APPLICATION` for an open application by the same applicant against the same act.',
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
    '/reconsideration/cases',
    {
      config: { access: { anyOf: ['reconsideration.case.read', 'reconsideration.reply.submit'] } },
      schema: { tags, summary: '行政复议案件列表 List cases', querystring: caseListQuerySchema, response: { 200: casePageSchema } },
    },
    async (req) => listCases(kernel, actorOf(req), req.query),
  );

  app.get(
    '/reconsideration/cases/:id',
    {
      config: { access: { anyOf: ['reconsideration.case.read', 'reconsideration.reply.submit'] } },
      schema: { tags, summary: '行政复议案件详情 Case detail', params: caseIdParamsSchema, response: { 200: caseDetailSchema } },
    },
    async (req) => getCase(kernel, actorOf(req), req.params.id),
  );

  const step = <B>(path: string, access: 'reconsideration.case.accept' | 'reconsideration.case.intake', summary: string, body: B) => ({
    path: `/reconsideration/cases/:id/${path}`,
    opts: { config: { access }, schema: { tags, summary, params: caseIdParamsSchema, body, response: { 200: caseDetailSchema } } },
  });

  const accept = step('accept', 'reconsideration.case.accept', '受理 Accept (第三十条)', acceptBodySchema);
  app.post(accept.path, accept.opts, async (req) => {
    const actor = actorOf(req);
    await acceptCase(kernel, req.ctx, actor, req.params.id, req.body);
    return getCase(kernel, actor, req.params.id);
  });

  const reject = step('reject', 'reconsideration.case.accept', '不予受理或告知管辖 Reject or refer (第三十条第二款)', rejectBodySchema);
  app.post(reject.path, reject.opts, async (req) => {
    const actor = actorOf(req);
    await rejectCase(kernel, req.ctx, actor, req.params.id, req.body);
    return getCase(kernel, actor, req.params.id);
  });

  const notice = step(
    'correction-notice',
    'reconsideration.case.accept',
    '补正通知 Request a correction (第三十一条)',
    correctionNoticeBodySchema,
  );
  app.post(notice.path, notice.opts, async (req) => {
    const actor = actorOf(req);
    await requestCorrection(kernel, req.ctx, actor, req.params.id, req.body.items);
    return getCase(kernel, actor, req.params.id);
  });

  const extension = step(
    'correction-extension',
    'reconsideration.case.accept',
    '延长补正期限 Extend the correction period',
    correctionExtensionBodySchema,
  );
  app.post(extension.path, extension.opts, async (req) => {
    const actor = actorOf(req);
    await extendCorrection(kernel, req.ctx, actor, req.params.id, req.body);
    return getCase(kernel, actor, req.params.id);
  });

  const correction = step('correction', 'reconsideration.case.intake', '登记补正材料 Record a correction', correctionRecordBodySchema);
  app.post(correction.path, correction.opts, async (req) => {
    const actor = actorOf(req);
    await recordCorrection(kernel, req.ctx, actor, req.params.id, req.body);
    return getCase(kernel, actor, req.params.id);
  });

  app.get(
    '/reconsideration/bodies',
    {
      config: { access: 'public' },
      schema: { tags, summary: '行政复议机关 Bodies taking applications', response: { 200: bodyListSchema } },
    },
    async () => ({ items: (await listHandlingBodies(kernel.db)).map((o) => ({ ...o, typeLabel: typeLabel(o.type) })) }),
  );

  app.get(
    '/reconsideration/respondents',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '被申请人（行政执法部门）Respondent agencies',
        querystring: respondentQuerySchema,
        response: { 200: respondentListSchema },
      },
    },
    async (req) => ({ items: await searchRespondents(kernel.db, req.query.q || undefined) }),
  );
}
