import type { CitizenApplicationRequest, CitizenPrecheckRequest } from '../../../api/portal';
import type { Dayjs } from 'dayjs';
import type { Exemption, MatterKind, UrgentGround } from '../../../../contract/enums';
import type { AidPortalMessageKey } from '../../../portal-i18n';

/** The wizard's form values: one answer per question, the applicant nested as the request has it. */
export interface WizardValues {
  orgId?: string;
  matterKind?: MatterKind;
  matterSummary?: string;
  opponentName?: string;
  hasCounsel?: boolean;
  urgent?: boolean;
  urgentGround?: UrgentGround;
  urgentReason?: string;
  limitationEndsOn?: Dayjs;
  exemption: Exemption;
  exemptionProof?: string;
  householdSize?: number | null;
  monthlyIncomeYuan?: number | null;
  hardshipCheck: 'pledge' | 'sharedData';
  pledgeSigned?: boolean;
  applicant?: { name?: string; idNumber?: string; phone?: string; address?: string };
}

export const initialWizardValues: Partial<WizardValues> = {
  exemption: 'none',
  hardshipCheck: 'pledge',
  pledgeSigned: false,
  hasCounsel: false,
  urgent: false,
  urgentGround: 'limitationSoon',
};

/** The steps in order and the (top-level) fields each asks. */
export const wizardSteps: { key: AidPortalMessageKey; fields: string[] }[] = [
  {
    key: 'step.matter',
    fields: [
      'orgId',
      'matterKind',
      'matterSummary',
      'opponentName',
      'opponents',
      'hasCounsel',
      'urgent',
      'urgentGround',
      'urgentReason',
      'limitationEndsOn',
    ],
  },
  { key: 'step.exemption', fields: ['exemption', 'exemptionProof'] },
  { key: 'step.income', fields: ['householdSize', 'monthlyIncomeYuan', 'hardshipCheck', 'pledgeSigned'] },
  { key: 'step.person', fields: ['applicant'] },
  { key: 'step.materials', fields: [] },
  { key: 'step.result', fields: [] },
];

/** The step that asks a field (`applicant.idNumber` → the person step), for server errors. */
export function stepOfField(field: string): number | undefined {
  const top = field.split('.')[0] ?? field;
  const i = wizardSteps.findIndex((s) => s.fields.includes(top));
  return i < 0 ? undefined : i;
}

/** Whether the hardship questions apply: 第三十二条 cases need no hardship at all. */
export const asksIncome = (exemption: Exemption | undefined) => !exemption?.startsWith('art32:');

const trimmed = (s?: string) => s?.trim() || undefined;

export function toPrecheck(v: WizardValues): CitizenPrecheckRequest {
  const income = asksIncome(v.exemption);
  return {
    matterKind: v.matterKind ?? 'other',
    exemption: v.exemption,
    exemptionProof: trimmed(v.exemptionProof),
    householdSize: income ? (v.householdSize ?? null) : null,
    monthlyIncomeYuan: income ? (v.monthlyIncomeYuan ?? null) : null,
    hasCounsel: v.hasCounsel === true,
    orgId: v.orgId,
  };
}

export function toApplication(v: WizardValues): CitizenApplicationRequest {
  const a = v.applicant ?? {};
  const opponent = trimmed(v.opponentName);
  return {
    ...toPrecheck(v),
    orgId: v.orgId ?? '',
    matterSummary: v.matterSummary?.trim() ?? '',
    applicant: { name: a.name?.trim() ?? '', idNumber: a.idNumber?.trim() ?? '', phone: trimmed(a.phone), address: trimmed(a.address) },
    opponents: opponent ? [{ name: opponent }] : [],
    hardshipCheck: v.hardshipCheck,
    pledgeSigned: v.pledgeSigned === true,
    urgent:
      v.urgent && v.urgentGround
        ? {
            ground: v.urgentGround,
            reason: v.urgentReason?.trim() ?? '',
            limitationEndsOn: v.urgentGround === 'limitationSoon' ? v.limitationEndsOn?.format('YYYY-MM-DD') : undefined,
          }
        : undefined,
  };
}
