import { actorLabel, isScoped, type Actor } from '@tianping/server/access/actor';
import type { AttachmentOwner } from '@tianping/server/attachments/attachment-owner.registry';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { findCaseInScope, findCaseOfCitizen } from './case.repository';
import { canCitizenUpload, canStaffWriteCase } from './case.policy';

/** A party's personal data, revealed through POST /api/pii/reveal (entity `medParty`, reason recorded). */
const revealable = {
  idNumber: { zh: '身份证号码 / 统一社会信用代码', en: 'ID number / credit code', column: 'idNumberEnc' },
  phone: { zh: '联系电话', en: 'Phone', column: 'phoneEnc' },
  address: { zh: '住所地址', en: 'Address', column: 'addressEnc' },
} as const;

export function registerCasePii(kernel: Pick<Kernel, 'pii' | 'piiRevealers' | 'attachmentOwners'>) {
  kernel.piiRevealers.register('medParty', {
    fields: Object.fromEntries(Object.entries(revealable).map(([k, v]) => [k, { zh: v.zh, en: v.en }])),
    async load(trx, actor, entityId, field) {
      const def = revealable[field as keyof typeof revealable];
      const party = await trx.selectFrom('medParties').selectAll().where('id', '=', entityId).executeTakeFirst();
      if (!party || !def) return undefined;
      const c = await findCaseInScope(trx, actor, party.caseId);
      if (!c) return undefined;
      return { value: kernel.pii.decrypt(party[def.column]), orgId: c.orgId };
    },
  });
  kernel.attachmentOwners.register('medCase', caseAttachmentOwner);
  kernel.attachmentOwners.register('medDraft', draftAttachmentOwner);
}

/** Files of a case (evidence, photos of sessions, documents): staff in scope; the parties in the portal. */
export const caseAttachmentOwner: AttachmentOwner = {
  label: { zh: '人民调解案件', en: 'Mediation case' },
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
    return c && canCitizenUpload(c) ? { orgId: c.orgId } : null;
  },
};

/**
 * Files uploaded before the request exists (evidence attached to the intake or portal form): the
 * client names a fresh id as the draft; intake moves them to the case. Only their uploader reaches them.
 */
export const draftAttachmentOwner: AttachmentOwner = {
  label: { zh: '人民调解申请（草稿）', en: 'Mediation request (draft)' },
  async canRead(trx, actor, id) {
    return (await ownsDraft(trx, actor, id)) ? grantOf(actor) : null;
  },
  async canWrite(trx, actor, id) {
    if (isScoped(actor) && !actor.permissions.has('mediation.case.intake')) return null;
    return (await ownsDraft(trx, actor, id)) ? grantOf(actor) : null;
  },
};

const grantOf = (actor: Actor) => ({ orgId: isScoped(actor) ? actor.orgId : null });

async function ownsDraft(trx: Trx, actor: Actor, draftId: string): Promise<boolean> {
  const who = actorLabel(actor);
  const other = await trx
    .selectFrom('attachments')
    .select('id')
    .where('entityType', '=', 'medDraft')
    .where('entityId', '=', draftId)
    .where((eb) => eb.or([eb('createdById', '!=', who.id), eb('createdByType', '!=', who.type)]))
    .executeTakeFirst();
  return !other;
}
