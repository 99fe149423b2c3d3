import { idNumberCheckChar } from '@tianping/common/validation/id-number';
import type { TestApp } from '../../../server/test/build-test-app';
import { multipartBody, samplePdf } from '../../../server/src/attachments/test-helpers';

/** A valid resident ID number (GB 11643) born on `birth` (YYYYMMDD) with sequence `seq`. */
export function testIdNumber(birth = '19900307', seq = '123', region = '120103'): string {
  const first17 = `${region}${birth}${seq}`;
  return first17 + idNumberCheckChar(first17);
}

/** A complete staff intake body; override what a test varies. */
export function intakeBody(respondentOrgId: string | undefined, overrides: Record<string, unknown> = {}) {
  return {
    channel: 'walkIn',
    receivedOn: '2025-10-20',
    applicant: { kind: 'person', name: '李明', idNumber: testIdNumber(), phone: '13912345678', address: '天津市河西区友谊路1号' },
    ...(respondentOrgId ? { respondentOrgId } : { respondentName: '天津市河西区城市管理委员会' }),
    act: {
      kind: 'penalty',
      documentNo: `津西市监罚〔2025〕${Math.floor(Math.random() * 1e6)}号`,
      madeOn: '2025-09-01',
      learnedOn: '2025-09-03',
      rightsStated: true,
      amountYuan: 2000,
    },
    requests: '撤销行政处罚决定',
    factsAndReasons: '处罚认定事实不清，证据不足。',
    ...overrides,
  };
}

/** Uploads a letter of authorisation into a draft (owner `reconDraft`) through POST /api/attachments. */
export async function uploadDraftLetter(t: TestApp, headers: Record<string, string>, draftId: string): Promise<string> {
  const body = multipartBody([
    { name: 'entityType', value: 'reconDraft' },
    { name: 'entityId', value: draftId },
    { name: 'file', fileName: '授权委托书.pdf', type: 'application/pdf', content: samplePdf },
  ]);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/attachments',
    payload: body.payload,
    headers: { ...headers, ...body.headers },
  });
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

export const staffIntakePermissions = [
  'reconsideration.case.intake',
  'reconsideration.case.read',
  'reconsideration.case.accept',
  'attachments.file.upload',
  'attachments.file.read',
  'pii.value.reveal',
];
