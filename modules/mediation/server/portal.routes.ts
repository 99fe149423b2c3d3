import { attachmentErrors, attachmentMaxBytes, attachmentSchema } from '@tianping/common/contract/attachments';
import type { FastifyRequest } from 'fastify';
import type { CitizenActor } from '@tianping/server/access/actor';
import { uploadAttachment } from '@tianping/server/attachments/attachment.service';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { fail, invalid, unauthenticated } from '@tianping/server/http/errors';
import { citizenCaseDetailSchema, citizenCaseListSchema, committeeOptionListSchema } from '../contract/case';
import { caseIdParamsSchema, citizenConsentBodySchema, citizenRequestBodySchema, committeeQuerySchema } from '../contract/intake';
import { recordCitizenConsent } from './case-consent.service';
import { createCitizenRequest } from './case-intake.service';
import { getOwnCase, listOwnCases } from './case-query.service';
import { listCommitteeOptions, proposeCommittee } from './case-list.repository';

const tags = ['mediation'];

function citizenOf(req: FastifyRequest): CitizenActor {
  if (req.actor?.kind !== 'citizen') throw unauthenticated();
  return req.actor;
}

const isTooLarge = (err: unknown) => (err as { code?: string })?.code === 'FST_REQ_FILE_TOO_LARGE';

/** A multipart upload with the one field `file` (the record is named by the path). */
async function readFile(req: FastifyRequest) {
  if (!req.isMultipart()) throw fail(attachmentErrors, 'ATTACHMENT_FILE_MISSING', { field: 'file' });
  let file: { fileName: string; declaredMime: string | undefined; bytes: Buffer } | undefined;
  try {
    for await (const part of req.parts({ limits: { fileSize: attachmentMaxBytes, files: 1, fields: 5, fieldSize: 1024 } })) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== 'file') {
        part.file.resume();
        throw invalid(part.fieldname);
      }
      file = { fileName: part.filename ?? '', declaredMime: part.mimetype, bytes: await part.toBuffer() };
    }
  } catch (err) {
    if (isTooLarge(err)) throw fail(attachmentErrors, 'ATTACHMENT_TOO_LARGE', { field: 'file' });
    throw err;
  }
  if (!file) throw fail(attachmentErrors, 'ATTACHMENT_FILE_MISSING', { field: 'file' });
  return file;
}

/** POST `url`: a citizen's multipart upload attached to `entityType` `:id` (201 with the attachment). */
function citizenUploadRoute(app: AppInstance, kernel: Kernel, route: { url: string; entityType: 'medCase' | 'medDraft'; summary: string }) {
  app.post(
    route.url,
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: route.summary,
        description: 'multipart/form-data with `file` (photos, evidence; ≤ 20 MB, type checked by content).',
        consumes: ['multipart/form-data'],
        params: caseIdParamsSchema,
        response: { 201: attachmentSchema },
      },
    },
    async (req, reply) => {
      const actor = citizenOf(req);
      const file = await readFile(req);
      return reply
        .status(201)
        .send(await uploadAttachment(kernel, req.ctx, actor, { entityType: route.entityType, entityId: req.params.id, ...file }));
    },
  );
}

/** The parties' side in the portal: request mediation, follow their cases, give or refuse consent, upload. */
export function portalRoutes(app: AppInstance, kernel: Kernel) {
  citizenUploadRoute(app, kernel, {
    url: '/citizen/mediation/drafts/:id/attachments',
    entityType: 'medDraft',
    summary: '上传证据材料（提交申请前）Upload before requesting — `id` is a fresh draft id, sent as `draftId`',
  });
  citizenUploadRoute(app, kernel, {
    url: '/citizen/mediation/cases/:id/attachments',
    entityType: 'medCase',
    summary: '上传证据材料 Upload a file to my case (while open)',
  });
  app.get(
    '/mediation/committees/options',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '可选人民调解委员会 Committees to choose (by region)',
        description: '`proposedId`: the committee of the given village / street (region code), proposed to the citizen.',
        querystring: committeeQuerySchema,
        response: { 200: committeeOptionListSchema },
      },
    },
    async (req) => {
      const items = await listCommitteeOptions(kernel.db, req.query.regionCode, req.query.q || undefined);
      const proposed = req.query.regionCode ? await proposeCommittee(kernel.db, req.query.regionCode) : undefined;
      return { items, proposedId: proposed?.id ?? null };
    },
  );

  app.post(
    '/citizen/mediation/requests',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '申请人民调解 Request mediation (第十七条)',
        description:
          'The citizen chooses the committee (`orgId`) or the system proposes the committee of `incidentRegionCode`; the citizen is the first applicant. 201 with the case.',
        body: citizenRequestBodySchema,
        response: { 201: citizenCaseDetailSchema },
      },
    },
    async (req, reply) => {
      const actor = citizenOf(req);
      const c = await createCitizenRequest(kernel, req.ctx, actor, req.body);
      return reply.status(201).send(await getOwnCase(kernel, actor, c.id));
    },
  );

  app.get(
    '/citizen/mediation/cases',
    {
      config: { access: 'citizen' },
      schema: { tags, summary: '我的调解案件 My mediation cases', response: { 200: citizenCaseListSchema } },
    },
    async (req) => listOwnCases(kernel, citizenOf(req)),
  );

  app.get(
    '/citizen/mediation/cases/:id',
    {
      config: { access: 'citizen' },
      schema: { tags, summary: '调解案件详情 My case', params: caseIdParamsSchema, response: { 200: citizenCaseDetailSchema } },
    },
    async (req) => getOwnCase(kernel, citizenOf(req), req.params.id),
  );

  app.post(
    '/citizen/mediation/cases/:id/consent',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '同意或拒绝调解 Give or refuse consent (第十七条)',
        description: 'For the citizen’s own party row (403 `MED_NOT_OWN_PARTY` otherwise); the opposite of a recorded answer → 409.',
        params: caseIdParamsSchema,
        body: citizenConsentBodySchema,
        response: { 200: citizenCaseDetailSchema },
      },
    },
    async (req) => {
      const actor = citizenOf(req);
      await recordCitizenConsent(kernel, req.ctx, actor, req.params.id, req.body);
      return getOwnCase(kernel, actor, req.params.id);
    },
  );
}
