import { attachmentErrors, attachmentMaxBytes, attachmentSchema } from '@tianping/common/contract/attachments';
import type { FastifyRequest } from 'fastify';
import type { CitizenActor } from '@tianping/server/access/actor';
import { uploadAttachment } from '@tianping/server/attachments/attachment.service';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { fail, invalid, unauthenticated } from '@tianping/server/http/errors';
import { localDateAt } from '@tianping/common/calendar/index';
import { caseIdParamsSchema, citizenApplicationBodySchema, citizenCorrectionBodySchema } from '../contract/intake';
import { citizenCaseDetailSchema, citizenCaseListSchema, satisfactionBodySchema } from '../contract/portal';
import { submitCitizenCorrection } from './case-correction.service';
import { createCase } from './case-intake.service';
import { getOwnCase, listOwnCases, rateCase } from './case-portal.service';

const tags = ['reconsideration'];

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

/** The applicant's side in the portal: apply online, follow the case, upload, correct, rate. */
/** POST `url` (`:id` names the record): a citizen's multipart upload attached to `entityType` `:id`, 201 with the attachment. */
function citizenUploadRoute(
  app: AppInstance,
  kernel: Kernel,
  route: { url: string; entityType: 'reconCase' | 'reconDraft'; summary: string; description: string },
) {
  app.post(
    route.url,
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: route.summary,
        description: route.description,
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

export function portalRoutes(app: AppInstance, kernel: Kernel) {
  app.post(
    '/citizen/reconsideration/applications',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '网上申请行政复议 Apply online',
        description:
          'The body from GET /reconsideration/bodies, the respondent from GET /reconsideration/respondents or by name. Needs the CSRF header.',
        body: citizenApplicationBodySchema,
        response: { 201: citizenCaseDetailSchema },
      },
    },
    async (req, reply) => {
      const actor = citizenOf(req);
      const receivedOn = localDateAt(kernel.clock.now());
      const c = await createCase(kernel, req.ctx, actor, { ...req.body, channel: 'online', receivedOn });
      return reply.status(201).send(await getOwnCase(kernel, actor, c.id));
    },
  );

  app.get(
    '/citizen/reconsideration/cases',
    {
      config: { access: 'citizen' },
      schema: { tags, summary: '我的行政复议申请 My applications', response: { 200: citizenCaseListSchema } },
    },
    async (req) => listOwnCases(kernel, citizenOf(req)),
  );

  app.get(
    '/citizen/reconsideration/cases/:id',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '我的行政复议申请详情 My application',
        params: caseIdParamsSchema,
        response: { 200: citizenCaseDetailSchema },
      },
    },
    async (req) => getOwnCase(kernel, citizenOf(req), req.params.id),
  );

  citizenUploadRoute(app, kernel, {
    url: '/citizen/reconsideration/cases/:id/attachments',
    entityType: 'reconCase',
    summary: '上传申请材料 Upload a file to my application',
    description: 'multipart/form-data with `file`; only while the application is reviewed or being corrected.',
  });

  citizenUploadRoute(app, kernel, {
    url: '/citizen/reconsideration/drafts/:id/attachments',
    entityType: 'reconDraft',
    summary: '上传授权委托书等（提交申请前）Upload a file before applying',
    description:
      '`id` is a fresh id the client chooses for its draft; name the returned attachment id as an agent’s `authorisationLetterAttachmentId`.',
  });

  app.post(
    '/citizen/reconsideration/cases/:id/correction',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '提交补正 Submit the correction',
        params: caseIdParamsSchema,
        body: citizenCorrectionBodySchema,
        response: { 200: citizenCaseDetailSchema },
      },
    },
    async (req) => {
      const actor = citizenOf(req);
      await submitCitizenCorrection(kernel, req.ctx, actor, req.params.id, req.body.response);
      return getOwnCase(kernel, actor, req.params.id);
    },
  );

  app.post(
    '/citizen/reconsideration/cases/:id/satisfaction',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '满意度评价 Rate the handling',
        params: caseIdParamsSchema,
        body: satisfactionBodySchema,
        response: { 200: citizenCaseDetailSchema },
      },
    },
    async (req) => rateCase(kernel, req.ctx, citizenOf(req), req.params.id, req.body),
  );
}
