import type { FastifyRequest } from 'fastify';
import { attachmentErrors, attachmentMaxBytes, attachmentSchema } from '@tianping/common/contract/attachments';
import { isScoped, type CitizenActor } from '@tianping/server/access/actor';
import type { AttachmentOwner } from '@tianping/server/attachments/attachment-owner.registry';
import { uploadAttachment } from '@tianping/server/attachments/attachment.service';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { fail, invalid, unauthenticated } from '@tianping/server/http/errors';
import {
  citizenConsultationListSchema,
  citizenConsultationSchema,
  consultationAnswerBodySchema,
  consultationCreateBodySchema,
  consultationIdParamsSchema,
  consultationListQuerySchema,
  consultationRatingBodySchema,
  opinionLetterResultSchema,
  proposePublicBodySchema,
  staffConsultationListSchema,
  staffConsultationSchema,
  staffPublicQaSchema,
} from '../contract/consultation';
import { registerConsultationDocuments, generateOpinionLetter } from './consultation-documents';
import {
  consultationEntityType,
  findConsultation,
  getCitizenConsultation,
  getStaffConsultation,
  listCitizenConsultations,
  listStaffConsultations,
} from './consultation-query.service';
import { answerConsultation, claimConsultation, consultationCaseType, createConsultation, rateConsultation } from './consultation.service';
import { proposePublic } from './public-qa.service';
import { staffOf, tags } from './route-actor';

function citizenOf(req: FastifyRequest): CitizenActor {
  if (req.actor?.kind !== 'citizen') throw unauthenticated();
  return req.actor;
}

/** A multipart upload with the one field `file` (the consultation is named by the path). */
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
    if ((err as { code?: string })?.code === 'FST_REQ_FILE_TOO_LARGE')
      throw fail(attachmentErrors, 'ATTACHMENT_TOO_LARGE', { field: 'file' });
    throw err;
  }
  if (!file) throw fail(attachmentErrors, 'ATTACHMENT_FILE_MISSING', { field: 'file' });
  return file;
}

/**
 * Files of a consultation: the citizen reads and adds their own while it awaits an answer; staff
 * who answer consultations read them (the queue is city-wide) and the opinion letter is theirs.
 */
const consultationOwner: AttachmentOwner = {
  label: { zh: '在线法律咨询', en: 'Online consultation' },
  async canRead(trx, actor, id) {
    const c = await findConsultation(trx, id);
    if (!c) return null;
    if (isScoped(actor)) return actor.permissions.has('hotline.consultation.answer') ? { orgId: c.orgId } : null;
    return c.citizenId === actor.citizenId ? { orgId: c.orgId } : null;
  },
  async canWrite(trx, actor, id) {
    const c = await findConsultation(trx, id);
    if (!c) return null;
    if (isScoped(actor)) return actor.permissions.has('hotline.consultation.answer') ? { orgId: c.orgId } : null;
    return c.citizenId === actor.citizenId && (c.state === 'waiting' || c.state === 'claimed') ? { orgId: c.orgId } : null;
  },
};

const answerAccess = 'hotline.consultation.answer';

/** Online consultation: the citizen's side in the portal and the on-duty queue in the workbench. */
export function consultationRoutes(app: AppInstance, kernel: Kernel) {
  kernel.caseNumbers.register(consultationCaseType, {
    template: '{orgAbbr}咨〔{year}〕{seq}号',
    label: { zh: '12348在线法律咨询', en: 'Online legal consultation' },
  });
  kernel.attachmentOwners.register(consultationEntityType, consultationOwner);
  registerConsultationDocuments(kernel);

  app.post(
    '/citizen/hotline/consultations',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '在线法律咨询 Ask in writing',
        description: 'Enters the on-duty queue; due after the configured working hours (local rule). Attach files with …/:id/attachments.',
        body: consultationCreateBodySchema,
        response: { 201: citizenConsultationSchema },
      },
    },
    async (req, reply) => {
      const actor = citizenOf(req);
      const id = await createConsultation(kernel, req.ctx, actor, req.body);
      return reply.status(201).send(await getCitizenConsultation(kernel, actor.citizenId, id));
    },
  );

  app.post(
    '/citizen/hotline/consultations/:id/attachments',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '上传附件 Attach a file (multipart field `file`)',
        consumes: ['multipart/form-data'],
        params: consultationIdParamsSchema,
        response: { 201: attachmentSchema },
      },
    },
    async (req, reply) => {
      const actor = citizenOf(req);
      const file = await readFile(req);
      const saved = await uploadAttachment(kernel, req.ctx, actor, {
        entityType: consultationEntityType,
        entityId: req.params.id,
        ...file,
      });
      return reply.status(201).send(saved);
    },
  );

  app.get(
    '/citizen/hotline/consultations',
    {
      config: { access: 'citizen' },
      schema: { tags, summary: '我的咨询 My consultations', response: { 200: citizenConsultationListSchema } },
    },
    async (req) => listCitizenConsultations(kernel, citizenOf(req).citizenId),
  );

  app.get(
    '/citizen/hotline/consultations/:id',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '咨询详情 My consultation',
        params: consultationIdParamsSchema,
        response: { 200: citizenConsultationSchema },
      },
    },
    async (req) => getCitizenConsultation(kernel, citizenOf(req).citizenId, req.params.id),
  );

  app.post(
    '/citizen/hotline/consultations/:id/rating',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '评价解答 Rate the answer (once)',
        params: consultationIdParamsSchema,
        body: consultationRatingBodySchema,
        response: { 200: citizenConsultationSchema },
      },
    },
    async (req) => {
      const actor = citizenOf(req);
      await rateConsultation(kernel, req.ctx, actor, req.params.id, req.body);
      return getCitizenConsultation(kernel, actor.citizenId, req.params.id);
    },
  );

  app.get(
    '/hotline/consultations',
    {
      config: { access: answerAccess },
      schema: {
        tags,
        summary: '在线咨询值班队列 On-duty queue',
        querystring: consultationListQuerySchema,
        response: { 200: staffConsultationListSchema },
      },
    },
    async (req) => listStaffConsultations(kernel, staffOf(req), req.query),
  );

  app.get(
    '/hotline/consultations/:id',
    {
      config: { access: answerAccess },
      schema: {
        tags,
        summary: '在线咨询详情 Consultation',
        params: consultationIdParamsSchema,
        response: { 200: staffConsultationSchema },
      },
    },
    async (req) => getStaffConsultation(kernel, staffOf(req), req.params.id),
  );

  app.post(
    '/hotline/consultations/:id/claim',
    {
      config: { access: answerAccess },
      schema: {
        tags,
        summary: '认领 Claim from the queue',
        params: consultationIdParamsSchema,
        response: { 200: staffConsultationSchema },
      },
    },
    async (req) => {
      const actor = staffOf(req);
      await claimConsultation(kernel, req.ctx, actor, req.params.id);
      return getStaffConsultation(kernel, actor, req.params.id);
    },
  );

  app.post(
    '/hotline/consultations/:id/answer',
    {
      config: { access: answerAccess },
      schema: {
        tags,
        summary: '解答 Answer (citing law articles)',
        params: consultationIdParamsSchema,
        body: consultationAnswerBodySchema,
        response: { 200: staffConsultationSchema },
      },
    },
    async (req) => {
      const actor = staffOf(req);
      await answerConsultation(kernel, req.ctx, actor, req.params.id, req.body);
      return getStaffConsultation(kernel, actor, req.params.id);
    },
  );

  app.post(
    '/hotline/consultations/:id/opinion-letter',
    {
      config: { access: answerAccess },
      schema: {
        tags,
        summary: '生成法律咨询意见书 Generate the opinion letter (served to the portal inbox)',
        params: consultationIdParamsSchema,
        response: { 201: opinionLetterResultSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await generateOpinionLetter(kernel, req.ctx, staffOf(req), req.params.id)),
  );

  app.post(
    '/hotline/consultations/:id/propose-public',
    {
      config: { access: answerAccess },
      schema: {
        tags,
        summary: '推荐为公开问答 Propose an anonymised Q&A for publication',
        description: '400 HOTLINE_PERSONAL_DATA_IN_PUBLIC_TEXT when a mobile or ID number remains (field question/answer).',
        params: consultationIdParamsSchema,
        body: proposePublicBodySchema,
        response: { 201: staffPublicQaSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await proposePublic(kernel, req.ctx, staffOf(req), req.params.id, req.body)),
  );
}
