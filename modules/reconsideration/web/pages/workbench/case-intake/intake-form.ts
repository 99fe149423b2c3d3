import type { Dayjs } from 'dayjs';
import type { ActKind } from '../../../../contract/enums';
import type { IntakeRequest } from '../../../api/cases';

type Channel = IntakeRequest['channel'];
type AgentKind = 'lawyer' | 'legalWorker' | 'other';

/** The intake form's values; names follow the contract so server field errors land on them. */
export interface IntakeValues {
  channel: Channel;
  forwardedBy?: string;
  forwardedOn?: Dayjs | null;
  receivedOn: Dayjs;
  applicant: {
    kind: 'person' | 'organisation';
    name: string;
    idNumber?: string;
    creditCode?: string;
    representative?: string;
    phone?: string;
    address?: string;
  };
  agents?: { name: string; agentKind: AgentKind; idNumber?: string; phone?: string; authorisationLetterAttachmentId?: string }[];
  respondentMode: 'pick' | 'free';
  respondentOrgId?: string;
  respondentName?: string;
  act: {
    kind: ActKind;
    documentNo?: string;
    madeOn: Dayjs;
    learnedOn: Dayjs;
    rightsStated: boolean;
    learnedOfRightsOn?: Dayjs | null;
    involvesRealProperty?: boolean;
    onTheSpot?: boolean;
    warningOrCriticism?: boolean;
    amountYuan?: number | null;
  };
  requests: string;
  factsAndReasons: string;
  partiesAgreeSimplified?: boolean;
}

const iso = (d: Dayjs) => d.format('YYYY-MM-DD');
const isoOpt = (d?: Dayjs | null) => (d ? iso(d) : undefined);
const opt = (s?: string) => (s?.trim() ? s.trim() : undefined);

/** Form values → POST /api/reconsideration/cases body. */
export function toIntakeRequest(v: IntakeValues): IntakeRequest {
  const a = v.applicant;
  const applicant: IntakeRequest['applicant'] =
    a.kind === 'person'
      ? { kind: 'person', name: a.name.trim(), idNumber: (a.idNumber ?? '').trim(), phone: opt(a.phone), address: opt(a.address) }
      : {
          kind: 'organisation',
          name: a.name.trim(),
          creditCode: (a.creditCode ?? '').trim(),
          representative: (a.representative ?? '').trim(),
          phone: opt(a.phone),
          address: opt(a.address),
        };
  return {
    channel: v.channel,
    forwardedBy: v.channel === 'forwarded' ? opt(v.forwardedBy) : undefined,
    forwardedOn: v.channel === 'forwarded' ? isoOpt(v.forwardedOn) : undefined,
    receivedOn: iso(v.receivedOn),
    applicant,
    agents: (v.agents ?? []).map((g) => ({
      name: g.name.trim(),
      agentKind: g.agentKind,
      idNumber: opt(g.idNumber),
      phone: opt(g.phone),
      authorisationLetterAttachmentId: g.authorisationLetterAttachmentId ?? null,
    })),
    respondentOrgId: v.respondentMode === 'pick' ? v.respondentOrgId : undefined,
    respondentName: v.respondentMode === 'free' ? opt(v.respondentName) : undefined,
    act: {
      kind: v.act.kind,
      documentNo: opt(v.act.documentNo),
      madeOn: iso(v.act.madeOn),
      learnedOn: iso(v.act.learnedOn),
      rightsStated: v.act.rightsStated,
      learnedOfRightsOn: v.act.rightsStated ? undefined : isoOpt(v.act.learnedOfRightsOn),
      involvesRealProperty: v.act.involvesRealProperty ?? false,
      onTheSpot: v.act.onTheSpot ?? false,
      warningOrCriticism: v.act.warningOrCriticism ?? false,
      amountYuan: v.act.amountYuan ?? undefined,
    },
    requests: v.requests.trim(),
    factsAndReasons: v.factsAndReasons.trim(),
    partiesAgreeSimplified: v.partiesAgreeSimplified ?? false,
  };
}
