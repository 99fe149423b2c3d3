import { actorLabel, isScoped, type Actor } from '@tianping/server/access/actor';
import type { AttachmentOwner } from '@tianping/server/attachments/attachment-owner.registry';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { findCaseInScope, findCaseOfCitizen } from './case.repository';
import { canCitizenUpload, canStaffWriteCase } from './case.policy';

/** The applicant's personal data on a case, revealed through POST /api/pii/reveal (reason recorded). */
const revealable = {
  idNumber: { zh: '身份证号码 / 统一社会信用代码', en: 'ID number / credit code', column: 'applicantIdNumberEnc' },
  phone: { zh: '联系电话', en: 'Phone', column: 'applicantPhoneEnc' },
  address: { zh: '住所地址', en: 'Address', column: 'applicantAddressEnc' },
} as const;

export function registerCasePii(kernel: Pick<Kernel, 'pii' | 'piiRevealers' | 'attachmentOwners'>) {
  kernel.piiRevealers.register('reconCase', {
    fields: Object.fromEntries(Object.entries(revealable).map(([k, v]) => [k, { zh: v.zh, en: v.en }])),
    async load(trx, actor, entityId, field) {
      const c = await findCaseInScope(trx, actor, entityId);
      const def = revealable[field as keyof typeof revealable];
      if (!c || !def) return undefined;
      return { value: kernel.pii.decrypt(c[def.column]), orgId: c.orgId };
    },
  });
  kernel.attachmentOwners.register('reconCase', caseAttachmentOwner);
  kernel.attachmentOwners.register('reconDraft', draftAttachmentOwner);
}

/** Files of a case: staff in the case's scope read them; the applicant reads and adds their own while it is reviewed. */
export const caseAttachmentOwner: AttachmentOwner = {
  label: { zh: '行政复议案件', en: 'Reconsideration case' },
  async canRead(trx, actor, id) {
    const c = isScoped(actor) ? await findCaseInScope(trx, actor, id) : await findCaseOfCitizen(trx, actor.citizenId, id);
    return c ? { orgId: c.orgId } : null;
  },
  async canWrite(trx, actor, id) {
    if (isScoped(actor)) {
      const c = await findCaseInScope(trx, actor, id);
      return c && canStaffWriteCase(actor, c) ? { orgId: c.orgId } : null;
    }
    const c = await findCaseOfCitizen(trx, actor.citizenId, id);
    return c && canCitizenUpload(actor, c) ? { orgId: c.orgId } : null;
  },
};

/**
 * Files uploaded before the application exists (the agents' letters of authorisation, 第十七条):
 * the client names a fresh id as the draft; intake moves them to the case. Only their uploader
 * reaches a draft's files.
 */
export const draftAttachmentOwner: AttachmentOwner = {
  label: { zh: '行政复议申请（草稿）', en: 'Reconsideration application (draft)' },
  async canRead(trx, actor, id) {
    return (await ownsDraft(trx, actor, id)) ? grantOf(actor) : null;
  },
  async canWrite(trx, actor, id) {
    if (isScoped(actor) && !actor.permissions.has('reconsideration.case.intake')) return null;
    return (await ownsDraft(trx, actor, id)) ? grantOf(actor) : null;
  },
};

const grantOf = (actor: Actor) => ({ orgId: isScoped(actor) ? actor.orgId : null });

/** Nobody else has put a file into this draft. */
async function ownsDraft(trx: Trx, actor: Actor, draftId: string): Promise<boolean> {
  const who = actorLabel(actor);
  const other = await trx
    .selectFrom('attachments')
    .select('id')
    .where('entityType', '=', 'reconDraft')
    .where('entityId', '=', draftId)
    .where((eb) => eb.or([eb('createdById', '!=', who.id), eb('createdByType', '!=', who.type)]))
    .executeTakeFirst();
  return !other;
}
