import { isScoped } from '@tianping/server/access/actor';
import type { AttachmentOwner } from '@tianping/server/attachments/attachment-owner.registry';
import type { Kernel } from '@tianping/server/core/module';
import { canCitizenUpload, canStaffWriteCase } from './case.policy';
import { findCaseInScope, findCaseOfCitizen } from './case.repository';

/**
 * Personal data of the parties of an aid case (applicant, recipient, agent, opponents), revealed through
 * POST /api/pii/reveal with entity type `aidParty` and the party's id (reason recorded by the core); only
 * for staff who see the case (centre staff in scope, the assigned lawyer).
 */
const revealable = {
  idNumber: { zh: '身份证号码', en: 'ID number', column: 'idNumberEnc' },
  phone: { zh: '联系电话', en: 'Phone', column: 'phoneEnc' },
  address: { zh: '住址', en: 'Address', column: 'addressEnc' },
} as const;

export function registerCasePii(kernel: Pick<Kernel, 'pii' | 'piiRevealers' | 'attachmentOwners'>) {
  kernel.piiRevealers.register('aidParty', {
    fields: Object.fromEntries(Object.entries(revealable).map(([k, v]) => [k, { zh: v.zh, en: v.en }])),
    async load(trx, actor, entityId, field) {
      const def = revealable[field as keyof typeof revealable];
      const party = await trx.selectFrom('aidParties').selectAll().where('id', '=', entityId).executeTakeFirst();
      if (!def || !party) return undefined;
      const c = await findCaseInScope(trx, actor, party.caseId);
      if (!c) return undefined;
      return { value: kernel.pii.decrypt(party[def.column]), orgId: c.orgId };
    },
  });
  kernel.attachmentOwners.register('aidCase', caseAttachmentOwner);
}

/**
 * Files of an aid case: staff who see the case read them (a lawyer only on the cases assigned to them)
 * and add them while it is open; the applicant reads and adds their own while it is reviewed or handled.
 */
export const caseAttachmentOwner: AttachmentOwner = {
  label: { zh: '法律援助案件', en: 'Legal aid case' },
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
