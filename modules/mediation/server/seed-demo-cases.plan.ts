import { idNumberCheckChar } from '@tianping/common/validation/id-number';
import type { CaseSource, DisputeKind } from '../contract/enums';

/** What the demo disputes of 河西 go through (seed-demo-cases.ts): one plan per dispute, days before today. */
export type Step = 'accept' | 'consent' | 'refuse' | 'session' | 'written' | 'oral' | 'fail' | 'withdraw' | 'decline' | 'perform' | 'visit';
export type Confirmation = 'applied' | 'accepted' | 'confirmed' | 'rejected';
export interface Plan {
  daysAgo: number;
  kind: DisputeKind;
  source: CaseSource;
  steps: Step[];
  confirmation?: Confirmation;
  /** Put on the demo mediator's committee (the mediator's "today's cases"). */
  own?: boolean;
}

const handled: Step[] = ['accept', 'consent', 'session'];
export const demoCasePlans: Plan[] = [
  { daysAgo: 0, kind: 'neighbour', source: 'walkIn', steps: [], own: true },
  { daysAgo: 1, kind: 'property', source: 'court', steps: [] },
  { daysAgo: 3, kind: 'marriageFamily', source: 'hotline', steps: [] },
  { daysAgo: 2, kind: 'neighbour', source: 'initiative', steps: ['accept'], own: true },
  { daysAgo: 6, kind: 'contract', source: 'police', steps: ['accept'] },
  { daysAgo: 4, kind: 'damages', source: 'walkIn', steps: ['accept', 'consent'], own: true },
  { daysAgo: 9, kind: 'labour', source: 'walkIn', steps: handled, own: true },
  { daysAgo: 20, kind: 'labour', source: 'petition', steps: handled },
  { daysAgo: 26, kind: 'housingHomestead', source: 'court', steps: handled, own: true },
  { daysAgo: 14, kind: 'traffic', source: 'police', steps: ['accept', 'refuse'] },
  { daysAgo: 22, kind: 'other', source: 'walkIn', steps: ['decline'] },
  { daysAgo: 33, kind: 'contract', source: 'walkIn', steps: [...handled, 'withdraw'] },
  { daysAgo: 44, kind: 'business', source: 'court', steps: [...handled, 'fail', 'visit'] },
  { daysAgo: 8, kind: 'neighbour', source: 'walkIn', steps: ['accept', 'consent', 'oral'], own: true },
  { daysAgo: 17, kind: 'marriageFamily', source: 'initiative', steps: [...handled, 'written', 'perform'], own: true },
  { daysAgo: 24, kind: 'damages', source: 'police', steps: [...handled, 'written', 'perform', 'visit'] },
  { daysAgo: 30, kind: 'property', source: 'court', steps: [...handled, 'written'], confirmation: 'applied', own: true },
  { daysAgo: 40, kind: 'contract', source: 'court', steps: [...handled, 'written'], confirmation: 'accepted' },
  { daysAgo: 52, kind: 'damages', source: 'walkIn', steps: [...handled, 'written', 'perform', 'visit'], confirmation: 'confirmed' },
  { daysAgo: 58, kind: 'labour', source: 'walkIn', steps: [...handled, 'written'], confirmation: 'rejected' },
  { daysAgo: 47, kind: 'neighbour', source: 'petition', steps: [...handled, 'oral', 'perform'], own: true },
  { daysAgo: 36, kind: 'marriageFamily', source: 'walkIn', steps: [...handled, 'written', 'visit'] },
];

export const titles: Record<DisputeKind, [string, string]> = {
  neighbour: ['楼上漏水致楼下顶棚受损纠纷', '楼上住户卫生间漏水，楼下顶棚和墙面受损，双方就维修和赔偿协商未果。'],
  marriageFamily: ['赡养老人费用分担纠纷', '兄妹三人就母亲的赡养费和住院护理分担发生争执，老人要求调解。'],
  property: ['物业费拖欠及服务质量纠纷', '业主以电梯常年故障为由拒交物业费两年，物业公司催缴未果。'],
  housingHomestead: ['房屋买卖过户纠纷', '买方已付全款，卖方以房价上涨为由拖延过户，双方争执。'],
  contract: ['装修合同质量纠纷', '装修公司施工的地面空鼓开裂，业主要求返工并扣减尾款，公司不同意。'],
  business: ['商铺租赁合同纠纷', '租户经营亏损提前退租，出租人扣留押金并要求赔偿装修恢复费用。'],
  damages: ['宠物犬咬伤赔偿纠纷', '邻居饲养的犬只咬伤路人，双方就医疗费、误工费赔偿数额争执。'],
  labour: ['拖欠工资纠纷', '餐饮店员工离职后，店主以未提前通知为由扣发最后两个月工资。'],
  medical: ['诊疗费用纠纷', '患者认为诊所误诊延误治疗，要求退还费用并赔偿。'],
  traffic: ['电动车与行人碰撞赔偿纠纷', '电动自行车在人行道上撞伤老人，双方就医疗费和护理费协商不成。'],
  forestLand: ['承包地边界纠纷', '相邻承包户对地界有争议，一方在争议地块种植树木。'],
  landAcquisition: ['拆迁补偿分配纠纷', '家庭成员就老宅拆迁补偿款分配发生纠纷。'],
  other: ['噪音扰民纠纷', '底商深夜营业噪音扰民，居民多次投诉。'],
};
export const people: [string, string, 'male' | 'female'][] = [
  ['王秀英', '赵建国', 'female'],
  ['李志强', '孙桂兰', 'male'],
  ['张海燕', '周卫东', 'female'],
  ['陈国庆', '吴丽华', 'male'],
  ['杨淑珍', '徐春生', 'female'],
  ['刘明', '马玉兰', 'male'],
];

export const externalPrefix: Partial<Record<CaseSource, string>> = {
  court: '津0103诉前调',
  police: '河公调字',
  petition: '河信转字',
  hotline: '12348转办',
};

export function idNumberOf(i: number, birth: string): string {
  const first17 = `120103${birth}${String(100 + i).slice(-3)}`;
  return first17 + idNumberCheckChar(first17);
}
