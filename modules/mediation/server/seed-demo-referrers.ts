import type { Kernel } from '@tianping/server/core/module';
import { newId, nowIso } from '@tianping/server/db/ids';
import type { ReferrerKind } from '../contract/referral';
import { findReferrerByCode, insertReferrer } from './referral.repository';

/** Local return targets of the demo bodies (days): the court's pre-litigation mediation 30, others 30, the hotline 15. */
const demoBodies: { kind: ReferrerKind; code: string; name: (district: string) => string; returnDays: number }[] = [
  { kind: 'court', code: 'COURT', name: (d) => `天津市${d}人民法院`, returnDays: 30 },
  { kind: 'police', code: 'POLICE', name: (d) => `天津市公安局${d}分局`, returnDays: 30 },
  { kind: 'petition', code: 'PETITION', name: (d) => `天津市${d}信访办公室`, returnDays: 30 },
  { kind: 'procuratorate', code: 'PROCURATORATE', name: (d) => `天津市${d}人民检察院`, returnDays: 30 },
];

/**
 * Demo referring bodies (first start of a non-production instance): for every district of the
 * city a court, a police branch, a petition office and a procuratorate, and the city's 12348
 * hotline. No API token is bound: a security administrator issues one (POST /api/tokens with
 * `mediation.referral.submit`) and binds it on the referrers page. Idempotent by code.
 */
export async function seedDemoReferrers(kernel: Kernel): Promise<void> {
  const districts = await kernel.db
    .selectFrom('regions')
    .select(['code', 'name', 'parentCode'])
    .where('level', '=', 2)
    .orderBy('code')
    .execute();
  const now = nowIso();
  const rows = districts.flatMap((d) =>
    demoBodies.map((b) => ({
      kind: b.kind,
      code: `TJ-${d.code}-${b.code}`,
      name: b.name(d.name),
      regionCode: d.code,
      returnDays: b.returnDays,
    })),
  );
  const city = districts[0]?.parentCode;
  if (city) rows.push({ kind: 'hotline', code: 'TJ-12348', name: '天津市12348公共法律服务热线', regionCode: city, returnDays: 15 });
  await kernel.db.transaction().execute(async (trx) => {
    for (const r of rows) {
      if (await findReferrerByCode(trx, r.code)) continue;
      await insertReferrer(trx, {
        id: newId(),
        ...r,
        tokenId: null,
        webhookUrl: null,
        webhookSecretEnc: null,
        active: 1,
        version: 1,
        createdBy: null,
        createdAt: now,
        updatedAt: now,
      });
    }
  });
}
