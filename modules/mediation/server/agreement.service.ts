import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { partyRoleLabels, type PartyRole } from '../contract/enums';
import type { HandlingView } from '../contract/handling';
import type { RecordAgreementInput } from '../contract/outcome';
import {
  agreementCopies,
  checkSignatures,
  isAgreementBreach,
  missingContent,
  oralAgreementEffectiveOn,
  type AgreementParty,
} from '../domain/agreement';
import { listParties, type CaseRow, type PartyRow } from './case.repository';
import { findMediator } from './mediator.repository';
import { agreementTemplate, issuerOf, oralAgreementRecordTemplate, withOutcomeDocument } from './outcome-documents';
import {
  auditCase,
  checkDate,
  closeCase,
  createdBy,
  handlingView,
  loadCase,
  medFail,
  requireState,
  todayOf,
  windowOf,
} from './handling-steps';
import { findAgreement, insertAgreement } from './handling.repository';

/**
 * The agreement (人民调解法 第二十八条至第三十条): a written agreement (调解协议书) with the contents of
 * 第二十九条第一款, effective once every party and the mediator signed with the committee's seal
 * (第二十九条第二款), in one copy per party plus the committee's; or an oral agreement recorded by the
 * mediator, effective the day reached (第三十条). The case becomes `succeeded`; the document is served
 * to the parties; the judicial-confirmation window (第三十三条) starts.
 */

/** 当事人的基本情况: the party is identified (name plus an ID number, address or phone on file). */
export const particularsComplete = (p: PartyRow) => p.name.trim() !== '' && !!(p.idNumberEnc || p.addressEnc || p.phoneEnc);

/** One line of particulars for the document: role, name, ID number and address as recorded (the document is the legal record). */
export function particularsLine(k: Kernel, p: PartyRow): string {
  const role = partyRoleLabels[p.role as PartyRole]?.zh ?? p.role;
  const id = p.idNumberEnc ? k.pii.decrypt(p.idNumberEnc) : null;
  const address = p.addressEnc ? k.pii.decrypt(p.addressEnc) : null;
  const gender = p.gender === 'male' ? '男' : p.gender === 'female' ? '女' : null;
  return [
    `${role}：${p.name}`,
    gender,
    id ? `${p.kind === 'org' ? '统一社会信用代码' : '公民身份号码'}${id}` : null,
    address ? `住址${address}` : null,
  ]
    .filter(Boolean)
    .join('，');
}

export async function recordAgreement(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: RecordAgreementInput,
): Promise<HandlingView> {
  const c = await loadCase(k.db, actor, id);
  requireState(c, ['mediating']);
  if (await findAgreement(k.db, c.id)) throw medFail('MED_AGREEMENT_EXISTS');
  checkDate(k, input.reachedOn, 'reachedOn', c.acceptedOn);
  const parties = await listParties(k.db, c.id);
  const domainParties: AgreementParty[] = parties.map((p) => ({ id: p.id, name: p.name, particularsComplete: particularsComplete(p) }));
  const today = todayOf(k);

  let effectiveOn: string;
  let mediatorName: string;
  let committeeSeal = false;
  if (input.form === 'written') {
    const missing = missingContent({ ...input, performanceDueOn: input.performanceDueOn ?? null }, domainParties);
    if (missing) throw medFail(missing.code, missing.field, missing.detail);
    const signed = checkSignatures({
      parties: domainParties,
      signatures: input.signatures,
      mediator: input.mediatorSignature,
      reachedOn: input.reachedOn,
      today,
    });
    if (isAgreementBreach(signed)) throw medFail(signed.code, signed.field, signed.detail);
    effectiveOn = signed.effectiveOn;
    mediatorName = input.mediatorSignature!.name;
    committeeSeal = input.mediatorSignature!.committeeSeal;
  } else {
    effectiveOn = oralAgreementEffectiveOn(input.reachedOn);
    mediatorName = input.mediatorName;
  }
  if (input.performanceDueOn && input.performanceDueOn < input.reachedOn)
    throw medFail('MED_DATE_TOO_EARLY', 'performanceDueOn', input.reachedOn);
  const window = await windowOf(k.db, effectiveOn);
  const mediator = c.mediatorId ? await findMediator(k.db, c.mediatorId) : undefined;
  const agreementId = newId();
  const copies = input.form === 'written' ? agreementCopies(parties.length) : 0;
  const lines = parties.map((p) => particularsLine(k, p));
  const signatureRows =
    input.form === 'written'
      ? [
          ...input.signatures.map((s) => ({
            id: newId(),
            agreementId,
            signerKind: 'party',
            partyId: s.partyId,
            name: parties.find((p) => p.id === s.partyId)!.name,
            signedOn: s.signedOn,
            way: s.way,
          })),
          {
            id: newId(),
            agreementId,
            signerKind: 'mediator',
            partyId: null,
            name: mediatorName,
            signedOn: input.mediatorSignature!.signedOn,
            way: 'signature',
          },
        ]
      : [];
  const header = { issuer: await issuerOf(k.db, c), date: effectiveOn, caseNumber: c.caseNumber, docNumber: c.caseNumber, parties: lines };
  const data =
    input.form === 'written'
      ? {
          ...header,
          facts: input.facts,
          disputedMatters: input.disputedMatters,
          responsibilities: input.responsibilities,
          terms: input.terms,
          performanceManner: input.performanceManner,
          performanceDueOn: input.performanceDueOn!,
          copies,
          signatures: signatureRows.filter((s) => s.signerKind === 'party').map((s) => `${s.name}（${s.signedOn}）`),
          mediatorName,
        }
      : { ...header, facts: input.facts, terms: input.terms, reachedOn: input.reachedOn, mediatorName };
  const templateId = input.form === 'written' ? agreementTemplate.id : oralAgreementRecordTemplate.id;

  const row = await withOutcomeDocument(k, ctx, templateId, data, async (trx, record) => {
    const attachmentId = await record(c, parties);
    await insertAgreement(
      trx,
      {
        id: agreementId,
        caseId: c.id,
        form: input.form,
        facts: input.facts,
        disputedMatters: input.disputedMatters ?? '',
        responsibilities: input.responsibilities ?? '',
        terms: input.terms,
        performanceManner: input.performanceManner,
        performanceDueOn: input.performanceDueOn ?? null,
        reachedOn: input.reachedOn,
        effectiveOn,
        copies,
        mediatorName: mediatorName || mediator?.name || '',
        committeeSeal: committeeSeal ? 1 : 0,
        confirmationDueOn: window.lastDay,
        confirmationRemindedAt: null,
        documentAttachmentId: attachmentId,
        createdBy: createdBy(actor),
        createdAt: k.clock.now().toISOString(),
      },
      signatureRows,
    );
    await auditCase(k, trx, ctx, c, 'mediation.agreement.record', {
      agreementId,
      form: input.form,
      reachedOn: input.reachedOn,
      effectiveOn,
      copies,
      signatures: signatureRows.map((s) => ({ signerKind: s.signerKind, partyId: s.partyId, signedOn: s.signedOn, way: s.way })),
      confirmationDueOn: window.lastDay,
      documentAttachmentId: attachmentId,
    });
    return closeCase(k, trx, ctx, c, 'succeed', {
      outcome: input.form === 'written' ? 'agreementWritten' : 'agreementOral',
      closedOn: effectiveOn,
    });
  });
  return handlingView(k, actor, row satisfies CaseRow);
}
