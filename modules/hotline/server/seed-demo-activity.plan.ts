/**
 * What the demo activity of the 12348 hotline is made of (pure data and arithmetic, no I/O): a
 * seeded random generator, the daily and hourly curves of the calls, and the questions citizens ask
 * with the answers given (each citing its law). Figures follow the seed (Tianjin 2024: connection and
 * satisfaction above 99.4 %, about one call in thirteen transferred into the 12345 alliance).
 */

/** mulberry32: a small deterministic generator, so the demo is the same on every first start. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

/** Relative call volume by Beijing hour (0–23): night seats, the morning peak, the afternoon peak. */
export const hourWeights = [1, 0.5, 0.3, 0.3, 0.3, 0.6, 1.5, 3, 7, 10, 10, 8, 4, 6, 9, 9, 8, 6, 4, 3, 2.5, 2, 1.5, 1] as const;
const hourTotal = hourWeights.reduce((s, w) => s + w, 0);

/** A Beijing hour drawn from the curve. */
export function drawHour(r: () => number): number {
  let x = r() * hourTotal;
  for (const [h, w] of hourWeights.entries()) {
    x -= w;
    if (x < 0) return h;
  }
  return 23;
}

/** Calls a centre takes on a day: weekdays at the base, weekends lower, ±15 %. */
export function callsOfDay(r: () => number, base: number, weekday: number): number {
  const factor = weekday === 0 || weekday === 6 ? 0.55 : 1;
  return Math.round(base * factor * (0.85 + 0.3 * r()));
}

/** Seconds in the queue: most calls within a few seconds, a tail at the peaks. */
export function drawWait(r: () => number, hour: number): number {
  const peak = hourWeights[hour]! >= 8;
  const x = r();
  if (x < 0.7) return 2 + Math.floor(r() * 10);
  if (x < (peak ? 0.93 : 0.97)) return 12 + Math.floor(r() * 20);
  return 32 + Math.floor(r() * 60);
}

/** Talk seconds: 1½ to 10 minutes, mostly 3–5. */
export function drawTalk(r: () => number): number {
  return Math.round(90 + 510 * Math.pow(r(), 1.6));
}

/** Share of calls abandoned while waiting (connection rate ≈ 99.5 %, the seed: above 99.4 %). */
export const abandonShare = 0.005;

export interface Question {
  category: string;
  question: string;
  answer: string;
}

/** Realistic questions with the answer given on the line (the law cited). */
export const questionBank: readonly Question[] = [
  {
    category: 'labour.wages',
    question: '公司拖欠我三个月工资，老板一直说没钱，我该怎么办？',
    answer:
      '可先向劳动保障监察机构投诉；也可申请劳动争议仲裁（劳动争议调解仲裁法第二条、第二十七条，时效一年）。符合条件的农民工可申请法律援助。',
  },
  {
    category: 'labour.injury',
    question: '我在工地干活摔伤了，老板没给上工伤保险，怎么认定工伤？',
    answer:
      '用人单位未申请的，本人或近亲属可在事故伤害发生之日起一年内向社会保险行政部门申请工伤认定（工伤保险条例第十七条）；未参保的由用人单位支付工伤保险待遇（第六十二条）。',
  },
  {
    category: 'labour.dismissal',
    question: '单位突然通知我明天不用来了，也不给补偿，合法吗？',
    answer: '用人单位违法解除劳动合同的，应按经济补偿标准的二倍支付赔偿金（劳动合同法第四十八条、第八十七条）；可申请劳动争议仲裁。',
  },
  {
    category: 'labour.socialInsurance',
    question: '公司一直没给我交社保，我能要求补缴吗？',
    answer:
      '用人单位应依法缴纳社会保险费（社会保险法第五十八条、第六十条）；可向社会保险费征收机构投诉要求补缴，并可据此解除劳动合同、主张经济补偿（劳动合同法第三十八条）。',
  },
  {
    category: 'family.divorce',
    question: '我想离婚，对方不同意，起诉离婚需要什么条件？',
    answer: '一方要求离婚的，可由有关组织调解或直接向人民法院起诉；感情确已破裂、调解无效的，应准予离婚（民法典第一千零七十九条）。',
  },
  {
    category: 'family.custody',
    question: '离婚后孩子跟我，对方一直不给抚养费怎么办？',
    answer:
      '离婚后父母对子女仍有抚养义务，不直接抚养的一方应负担抚养费（民法典第一千零八十四条、第一千零八十五条）；可向法院起诉或申请强制执行。',
  },
  {
    category: 'family.support',
    question: '父亲年老多病，哥哥不肯出赡养费，能起诉吗？',
    answer:
      '成年子女对父母负有赡养义务；不履行的，缺乏劳动能力或者生活困难的父母有权要求给付赡养费（民法典第一千零六十七条）。可先申请人民调解。',
  },
  {
    category: 'family.domesticViolence',
    question: '丈夫经常打我，我可以申请人身安全保护令吗？',
    answer:
      '遭受家庭暴力或面临现实危险的，可向人民法院申请人身安全保护令（反家庭暴力法第二十三条），法院应在七十二小时内作出，紧急情况下二十四小时内（第二十八条）。',
  },
  {
    category: 'inheritance',
    question: '父亲去世没留遗嘱，房子该怎么分？',
    answer:
      '无遗嘱的按法定继承：第一顺序为配偶、子女、父母（民法典第一千一百二十七条），同一顺序继承人原则上均等分配（第一千一百三十条）。可办理继承公证。',
  },
  {
    category: 'contract',
    question: '装修公司收了定金后迟迟不开工，我能退定金吗？',
    answer: '收受定金一方不履行债务致使不能实现合同目的的，应当双倍返还定金（民法典第五百八十七条）；也可依第五百六十三条解除合同。',
  },
  {
    category: 'property',
    question: '物业公司不修漏水的楼顶，我能不交物业费吗？',
    answer:
      '业主应按约定交纳物业费，物业服务人应履行维修养护义务（民法典第九百四十二条、第九百四十四条）；可要求其承担违约责任，不宜以拒交物业费对抗。',
  },
  {
    category: 'traffic',
    question: '被电动车撞伤，对方没有保险，医药费找谁要？',
    answer: '由侵权人承担医疗费、误工费等赔偿责任（民法典第一千一百七十九条）；可申请交警调解或向法院起诉，经济困难的可申请法律援助。',
  },
  {
    category: 'consumer',
    question: '网购的衣服有质量问题，商家拒绝退货怎么办？',
    answer: '网购商品一般享有七日无理由退货（消费者权益保护法第二十五条）；质量问题可要求退货、更换、修理（第二十四条），可向12315投诉。',
  },
  {
    category: 'loan',
    question: '朋友借了我五万元写了借条，到期不还怎么办？',
    answer: '借款人应按约定期限返还借款（民法典第六百七十五条）；可凭借条向人民法院起诉，诉讼时效为三年（第一百八十八条）。',
  },
  {
    category: 'criminal',
    question: '家人被刑事拘留了，请不起律师，能申请法律援助吗？',
    answer:
      '犯罪嫌疑人因经济困难没有委托辩护人的，本人及其近亲属可向法律援助机构申请法律援助（法律援助法第二十四条）；侦查阶段可约见值班律师。',
  },
  {
    category: 'administrative',
    question: '对区里作出的罚款决定不服，可以申请行政复议吗？',
    answer: '对行政处罚决定不服的，可自知道之日起六十日内申请行政复议（行政复议法第十一条、第二十条）；也可依法提起行政诉讼。',
  },
  {
    category: 'company',
    question: '我是小股东，公司一直不分红也不让查账怎么办？',
    answer:
      '股东有权查阅、复制公司章程、股东会会议记录和财务会计报告等（公司法第五十七条）；公司拒绝的，股东可请求人民法院要求公司提供查阅。',
  },
  {
    category: 'ip',
    question: '我拍的照片被商家拿去做广告，能要求赔偿吗？',
    answer: '摄影作品的著作权属于作者，未经许可使用构成侵权，应承担停止侵害、赔偿损失等责任（著作权法第五十二条、第五十四条）。',
  },
  {
    category: 'foreign',
    question: '我和外籍配偶在国内结婚，现在想离婚，应该去哪里办？',
    answer:
      '涉外离婚适用办理离婚手续机构所在地法律；诉讼离婚适用法院地法律（涉外民事关系法律适用法第二十六条、第二十七条）。可咨询涉外公证或向法院起诉。',
  },
  {
    category: 'other',
    question: '邻居装修噪音太大，晚上十点还在施工，怎么处理？',
    answer: '不动产权利人不得违反国家规定排放噪声等（民法典第二百九十四条）；可向住建或生态环境部门反映，也可申请人民调解。',
  },
];

/** Results the 12345 alliance reports back for a referral. */
export const allianceResults = [
  '已转区住建委处理，物业已安排维修并回复来电人。',
  '已转区人社局劳动监察大队，企业已于三日内补发工资。',
  '已转市场监管部门，商家已为消费者办理退货。',
  '已转街道办事处协调，来电人表示满意。',
] as const;

export const callbackReasons = ['补充解答：需核实相关法条后回复', '来电中断，约定回拨', '需值班律师进一步解答'] as const;
export const callerSurnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'] as const;
