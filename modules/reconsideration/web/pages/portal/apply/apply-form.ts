import type { Dayjs } from 'dayjs';
import type { CitizenApplicationBody } from '../../../../contract/intake';
import type { ActKind } from '../../../../contract/enums';
import type { AgentInput } from '../../../../contract/intake';
import type { ReconPortalMessageKey } from '../../../portal-i18n';

/** The wizard's form values: the application body with dates as dayjs and optional blanks. */
export interface ApplyFormValues {
  applicant: {
    kind: 'person' | 'organisation';
    name?: string;
    idNumber?: string;
    creditCode?: string;
    representative?: string;
    phone?: string;
    address?: string;
  };
  agents?: {
    name?: string;
    agentKind?: AgentInput['agentKind'];
    idNumber?: string;
    phone?: string;
    authorisationLetterAttachmentId?: string;
  }[];
  respondentOrgId?: string;
  respondentName?: string;
  orgId?: string;
  act: {
    kind?: ActKind;
    documentNo?: string;
    madeOn?: Dayjs;
    learnedOn?: Dayjs;
    rightsStated?: boolean;
    learnedOfRightsOn?: Dayjs;
    amountYuan?: number | null;
    onTheSpot?: boolean;
    warningOrCriticism?: boolean;
    involvesRealProperty?: boolean;
  };
  requests?: string;
  factsAndReasons?: string;
  partiesAgreeSimplified?: boolean;
}

export const initialApplyValues: ApplyFormValues = {
  applicant: { kind: 'person' },
  agents: [],
  act: { rightsStated: true, onTheSpot: false, warningOrCriticism: false, involvesRealProperty: false },
  partiesAgreeSimplified: false,
};

/** The steps, with the top-level form fields each one holds (server field errors jump to their step). */
export const applySteps: { key: ReconPortalMessageKey; fields: string[] }[] = [
  { key: 'step.applicant', fields: ['applicant'] },
  { key: 'step.agents', fields: ['agents'] },
  { key: 'step.respondent', fields: ['respondentOrgId', 'respondentName', 'orgId'] },
  { key: 'step.act', fields: ['act'] },
  { key: 'step.requests', fields: ['requests', 'factsAndReasons', 'partiesAgreeSimplified'] },
  { key: 'step.materials', fields: [] },
  { key: 'step.review', fields: [] },
];

/** The step showing a server field (`body.act.learnedOn` → the act step); undefined when none does. */
export function stepOfField(field: string): number | undefined {
  const top = field.replace(/^body\./, '').split(/[.[]/)[0] ?? '';
  const i = applySteps.findIndex((s) => s.fields.includes(top));
  return i >= 0 ? i : undefined;
}

const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());
const day = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD');

/** Form values → POST /api/citizen/reconsideration/applications (the contract's type catches renamed fields). */
export function toApplicationBody(v: ApplyFormValues): CitizenApplicationBody {
  const a = v.applicant;
  const applicant: CitizenApplicationBody['applicant'] =
    a.kind === 'organisation'
      ? {
          kind: 'organisation',
          name: a.name?.trim() ?? '',
          creditCode: a.creditCode?.trim() ?? '',
          representative: a.representative?.trim() ?? '',
          phone: blank(a.phone),
          address: blank(a.address),
        }
      : {
          kind: 'person',
          name: a.name?.trim() ?? '',
          idNumber: a.idNumber?.trim() ?? '',
          phone: blank(a.phone),
          address: blank(a.address),
        };
  return {
    applicant,
    agents: (v.agents ?? []).map((g) => ({
      name: g.name?.trim() ?? '',
      agentKind: g.agentKind ?? 'other',
      idNumber: blank(g.idNumber),
      phone: blank(g.phone),
      authorisationLetterAttachmentId: g.authorisationLetterAttachmentId ?? null,
    })),
    respondentOrgId: v.respondentOrgId || undefined,
    respondentName: blank(v.respondentName),
    orgId: v.orgId ?? '',
    act: {
      kind: v.act.kind ?? 'other',
      documentNo: blank(v.act.documentNo),
      madeOn: day(v.act.madeOn) ?? '',
      learnedOn: day(v.act.learnedOn) ?? '',
      rightsStated: v.act.rightsStated ?? false,
      learnedOfRightsOn: v.act.rightsStated ? undefined : day(v.act.learnedOfRightsOn),
      amountYuan: v.act.amountYuan ?? undefined,
      onTheSpot: v.act.onTheSpot ?? false,
      warningOrCriticism: v.act.warningOrCriticism ?? false,
      involvesRealProperty: v.act.involvesRealProperty ?? false,
    },
    requests: v.requests?.trim() ?? '',
    factsAndReasons: v.factsAndReasons?.trim() ?? '',
    partiesAgreeSimplified: v.partiesAgreeSimplified ?? false,
  };
}
