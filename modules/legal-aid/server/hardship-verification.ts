import type { HardshipVerification } from '../contract/hardship';

/**
 * 第四十一条第二款: the centre may verify financial hardship by a data-sharing query (信息共享查询) with
 * the civil-affairs, human-resources and tax systems, or by the applicant's signed pledge.
 *
 * The platform has no connection to those systems yet. `developmentStub` is a DEVELOPMENT STUB
 * (开发桩), labelled as such in every answer (`stub: true`, source `开发桩：未接入信息共享平台`):
 * it derives a deterministic answer from the ID number so that the workbench flow can be exercised.
 * A real source implements `HardshipDataSource` and is set with `setHardshipDataSource` at start.
 */
export interface HardshipQuery {
  readonly name: string;
  readonly idNumber: string;
  readonly declaredIncomeYuan: number | null;
  readonly declaredHouseholdSize: number | null;
  readonly checkedAt: string;
}

export interface HardshipDataSource {
  readonly name: string;
  query(q: HardshipQuery): Promise<HardshipVerification>;
}

export const developmentStub: HardshipDataSource = {
  name: '开发桩',
  async query(q) {
    // Deterministic: the last digit of the ID number decides whether the person receives social assistance (低保).
    const digit = Number.parseInt(q.idNumber.replace(/\D/g, '').slice(-2, -1) || '0', 10);
    const socialAssistance = digit % 5 === 0;
    const registeredIncomeYuan = q.declaredIncomeYuan;
    const registeredHouseholdSize = q.declaredHouseholdSize;
    return {
      method: 'sharedData',
      checkedAt: q.checkedAt,
      source: '开发桩：未接入信息共享平台（民政、人社、税务），结果仅供开发测试，不得作为核查依据',
      stub: true,
      registeredIncomeYuan,
      registeredHouseholdSize,
      socialAssistance,
      consistent: true,
      note: {
        zh: '开发桩返回的模拟结果：与申报一致。正式上线前须接入信息共享查询接口（法律援助法第四十一条第二款）。',
        en: 'Simulated answer of the development stub: consistent with the declaration. Connect the data-sharing interface before going live (Art. 41(2)).',
      },
    };
  },
};

let source: HardshipDataSource = developmentStub;

/** Replaces the data source (a real connection, or a test double). */
export function setHardshipDataSource(s: HardshipDataSource): void {
  source = s;
}

export function hardshipDataSource(): HardshipDataSource {
  return source;
}
