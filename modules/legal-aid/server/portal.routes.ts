import { attachmentErrors, attachmentMaxBytes, attachmentSchema } from '@tianping/common/contract/attachments';
import type { FastifyRequest } from 'fastify';
import type { CitizenActor } from '@tianping/server/access/actor';
import { uploadAttachment } from '@tianping/server/attachments/attachment.service';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { fail, invalid, unauthenticated } from '@tianping/server/http/errors';
import { centreListSchema, citizenApplicationBodySchema, eligibilityResultSchema, precheckBodySchema } from '../contract/application';
import { caseIdParamsSchema, citizenCaseListSchema, citizenCaseSchema, materialsAnswerBodySchema } from '../contract/case';
import { citizenSubmitMaterials, citizenWithdraw } from './application-correction.service';
import { createApplication } from './application-intake.service';
import { listCentres } from './case-list.repository';
import { getOwnCase, listOwnCases } from './case-query.service';
import { precheck } from './hardship.service';

const tags = ['legalAid'];

function citizenOf(req: FastifyRequest): CitizenActor {
  if (req.actor?.kind !== 'citizen') throw unauthenticated();
  return req.actor;
}

const isTooLarge = (err: unknown) => (err as { code?: string })?.code === 'FST_REQ_FILE_TOO_LARGE';

/** A multipart upload with the one field `file` (the case is named by the path). */
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

/** The applicant's side in the portal: pre-check, apply, follow the case and its deadlines, upload materials. */
export function portalRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/citizen/legal-aid/centres',
    { config: { access: 'public' }, schema: { tags, summary: '法律援助机构 Legal aid centres', response: { 200: centreListSchema } } },
    async () => ({ items: await listCentres(kernel.db) }),
  );

  app.post(
    '/citizen/legal-aid/precheck',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '法律援助条件预审 Pre-check eligibility',
        description:
          'The wizard’s answers → the result with reasons and the materials needed; nothing is written. 400 AID_* with the field for invalid answers.',
        body: precheckBodySchema.omit({ applicationDate: true }),
        response: { 200: eligibilityResultSchema },
      },
    },
    async (req) => {
      citizenOf(req);
      return precheck(kernel, req.body, false);
    },
  );

  app.post(
    '/citizen/legal-aid/applications',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '网上申请法律援助 Apply online',
        description:
          'The wizard’s answers. 400 AID_MATTER_OUT_OF_SCOPE / AID_INCOME_INVALID / AID_HOUSEHOLD_INVALID / AID_EXEMPTION_PROOF_REQUIRED / AID_PLEDGE_REQUIRED with the field; nothing written on failure.',
        body: citizenApplicationBodySchema,
        response: { 201: citizenCaseSchema },
      },
    },
    async (req, reply) => {
      const actor = citizenOf(req);
      const c = await createApplication(kernel, req.ctx, actor, { ...req.body, origin: 'portal' });
      return reply.status(201).send(await getOwnCase(kernel, actor.citizenId, c.id));
    },
  );

  app.get(
    '/citizen/legal-aid/cases',
    {
      config: { access: 'citizen' },
      schema: { tags, summary: '我的法律援助申请 My applications', response: { 200: citizenCaseListSchema } },
    },
    async (req) => listOwnCases(kernel, citizenOf(req).citizenId),
  );

  app.get(
    '/citizen/legal-aid/cases/:id',
    {
      config: { access: 'citizen' },
      schema: { tags, summary: '我的法律援助申请详情 My application', params: caseIdParamsSchema, response: { 200: citizenCaseSchema } },
    },
    async (req) => getOwnCase(kernel, citizenOf(req).citizenId, req.params.id),
  );

  app.post(
    '/citizen/legal-aid/cases/:id/files',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '上传材料 Upload a file to my case',
        description: 'Multipart field `file`; then name its id in POST …/materials.',
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
        .send(await uploadAttachment(kernel, req.ctx, actor, { entityType: 'aidCase', entityId: req.params.id, ...file }));
    },
  );

  app.post(
    '/citizen/legal-aid/cases/:id/materials',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '补充材料 Answer the request for materials (第四十三条第二款)',
        params: caseIdParamsSchema,
        body: materialsAnswerBodySchema,
        response: { 200: citizenCaseSchema },
      },
    },
    async (req) => {
      const actor = citizenOf(req);
      await citizenSubmitMaterials(kernel, req.ctx, actor, req.params.id, req.body);
      return getOwnCase(kernel, actor.citizenId, req.params.id);
    },
  );

  app.post(
    '/citizen/legal-aid/cases/:id/withdraw',
    {
      config: { access: 'citizen' },
      schema: { tags, summary: '撤回申请 Withdraw', params: caseIdParamsSchema, response: { 200: citizenCaseSchema } },
    },
    async (req) => {
      const actor = citizenOf(req);
      await citizenWithdraw(kernel, req.ctx, actor, req.params.id);
      return getOwnCase(kernel, actor.citizenId, req.params.id);
    },
  );
}
