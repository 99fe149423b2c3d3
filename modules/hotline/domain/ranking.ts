/**
 * Ranking of answer suggestions (pure, no I/O): BM25 over segmented text, a map from the words
 * citizens use to the words of the law (辞退 → 解除劳动合同, 双倍工资 → 二倍的工资), and a boost for
 * the law a question is about (a question on wages is about 劳动合同法 before 民法典). Segmentation
 * is the core's (jieba); the server passes tokens in. Measured against the core search on the
 * retrieval-quality set (server/retrieval.quality.test.ts).
 */

export interface RankDoc {
  id: string;
  tokens: readonly string[];
  /** The law (or category) the document belongs to, for the topic boost. */
  group?: string;
}

interface IndexedDoc {
  id: string;
  group: string | undefined;
  len: number;
  tf: Map<string, number>;
}

export interface Bm25Index {
  docs: IndexedDoc[];
  df: Map<string, number>;
  avgdl: number;
}

export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface Ranked {
  id: string;
  score: number;
  matched: string[];
}

const k1 = 1.2;
const b = 0.75;

export function buildIndex(docs: readonly RankDoc[]): Bm25Index {
  const df = new Map<string, number>();
  let total = 0;
  const out: IndexedDoc[] = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d.tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    total += d.tokens.length;
    return { id: d.id, group: d.group, len: d.tokens.length, tf };
  });
  return { docs: out, df, avgdl: docs.length ? total / docs.length : 1 };
}

/**
 * BM25 scores of the documents having at least one query term, times the boost of their group,
 * best first. `matched` lists the query terms found (the `why` shown to the agent).
 */
export function rank(
  index: Bm25Index,
  terms: readonly WeightedTerm[],
  opts: { limit: number; groupBoost?: ReadonlyMap<string, number> },
): Ranked[] {
  const n = index.docs.length;
  const weights = new Map<string, number>();
  for (const t of terms) weights.set(t.term, Math.max(weights.get(t.term) ?? 0, t.weight));
  const idf = new Map<string, number>();
  for (const term of weights.keys()) {
    const df = index.df.get(term) ?? 0;
    if (df) idf.set(term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }
  const out: Ranked[] = [];
  for (const d of index.docs) {
    let score = 0;
    const matched: string[] = [];
    for (const [term, w] of weights) {
      const f = d.tf.get(term);
      if (!f) continue;
      score += w * idf.get(term)! * ((f * (k1 + 1)) / (f + k1 * (1 - b + (b * d.len) / index.avgdl)));
      matched.push(term);
    }
    if (!score) continue;
    // Several distinct terms matching is worth more than one term repeated.
    score *= 1 + 0.15 * (matched.length - 1);
    if (d.group) score *= opts.groupBoost?.get(d.group) ?? 1;
    out.push({ id: d.id, score, matched });
  }
  out.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
  return out.slice(0, opts.limit);
}

/** Words of a question that carry no meaning for retrieval (single characters are dropped too). */
const stopWords = new Set(
  (
    '什么 如何 怎么 怎么办 怎样 哪些 哪个 哪份 多少 多久 多长 多大 几年 几天 是否 能否 可否 请问 需要 应该 有没有 没有 ' +
    '可以 能够 应当 必须 一直 现在 已经 还是 还要 一起 自己 我们 他们 对方 这个 那个 时候 时间 问题 关于 规定 以后 之后 以上 ' +
    '合法 有效 负责 承担 要求 处理 一下 知道 吗 呢 吧 啊'
  ).split(' '),
);

/** Query terms: distinct tokens of two or more characters, without question words. */
export function questionTerms(tokens: readonly string[], weight = 1): WeightedTerm[] {
  const seen = new Set<string>();
  const out: WeightedTerm[] = [];
  for (const t of tokens) {
    if ([...t].length < 2 || stopWords.has(t) || seen.has(t)) continue;
    seen.add(t);
    out.push({ term: t, weight });
  }
  return out;
}

/**
 * Colloquial words → the words of the law. Each entry: a regular expression over the question and
 * the legal phrases it stands for (segmented by the server and added with a lower weight).
 */
export const colloquialSynonyms: readonly (readonly [RegExp, string])[] = [
  [/辞退|开除|炒鱿鱼|解雇|裁员|赶走|把我.{0,2}辞/, '用人单位 解除劳动合同'],
  [/不跟我签|没签.{0,4}合同|不签.{0,4}合同|未签/, '未与劳动者订立书面劳动合同'],
  [/双倍工资|两倍工资/, '二倍的工资'],
  [/老板|公司|单位|厂里/, '用人单位'],
  [/工资|薪水|工钱|讨薪/, '劳动报酬'],
  [/拖欠|不发|欠薪|克扣/, '未及时足额支付 劳动报酬'],
  [/辞职|离职|跳槽/, '劳动者 提前 书面 通知 解除劳动合同'],
  [/赔偿金|赔多少|赔偿多少|要求赔偿/, '赔偿金 经济补偿'],
  [/补偿金|经济补偿/, '经济补偿 工作 年限 每满一年'],
  [/仲裁.{0,6}(时间|期限|多久|限制)|(时间|期限).{0,4}仲裁/, '仲裁 时效期间'],
  [/加班/, '加班费 劳动定额'],
  [/怀孕|孕期|产假|哺乳/, '女职工 孕期 产期 哺乳期'],
  [/冷静期/, '离婚登记 申请 三十日 撤回'],
  [/婚前/, '一方 婚前 个人财产'],
  [/婚后|结婚以后|结婚期间|婚姻期间/, '婚姻关系存续期间'],
  [/工资奖金|奖金/, '工资 奖金 劳务报酬 共同财产'],
  [/抚养费|生活费/, '抚养费 负担'],
  [/看孩子|探视|探望/, '不直接抚养子女 探望子女的权利 协助'],
  [/多大.{0,4}结婚|结婚.{0,4}年龄/, '结婚年龄 周岁'],
  [/打我|家暴|殴打|虐待/, '家庭暴力'],
  [/保护令/, '人身安全保护令'],
  [/借的钱|借钱|借款|欠款|外债/, '借款 债务'],
  [/一起还|共同还|共同债务/, '夫妻 共同债务 个人名义'],
  [/赡养费|养老|不管老人|老人/, '赡养费 成年子女'],
  [/去世|死了|过世|遗产/, '遗产 继承'],
  [/没留遗嘱|没有遗嘱|无遗嘱/, '继承 顺序 第一顺序 配偶 子女 父母'],
  [/亲笔|手写/, '自书遗嘱 亲笔书写'],
  [/打印/, '打印遗嘱 见证人'],
  [/好几份|几份遗嘱|多份遗嘱|内容不一样/, '数份遗嘱 相抵触 最后的遗嘱'],
  [/照顾老人|照顾父母|尽了.{0,4}义务|多分/, '尽了主要扶养义务 多分'],
  [/物业费|物业公司|物业/, '物业服务人 物业费 业主'],
  [/租房|租的房|房租|租赁/, '租赁 承租人 出租人'],
  [/签多少年|最长.{0,4}年/, '期限 不得超过 二十年'],
  [/房东/, '出租人'],
  [/卖了|卖掉|转卖|新房东/, '所有权变动 租赁合同的效力'],
  [/扔东西|高空|抛物|坠物/, '建筑物中抛掷物品 坠落'],
  [/利息/, '借款 利息 支付利息'],
  [/还钱|还款/, '返还借款 期限'],
  [/借条|欠条/, '借款合同 借款人'],
  [/追讨|讨债|要账|不追|过期/, '诉讼时效期间'],
  [/(多少年|几年).{0,8}(时效|追讨|不要)|诉讼时效.{0,4}(多少|几)/, '诉讼时效期间为三年'],
  [/担保人|保人|担保/, '保证人 保证期间 保证责任'],
  [/保证期间|担保.{0,8}(多久|期间|期限)/, '保证期间 确定保证人承担保证责任的期间 六个月'],
  [/定金/, '定金 双倍返还'],
  [/撞了|撞人|撞伤|车祸|事故/, '交通事故 机动车'],
  [/行人/, '非机动车驾驶人 行人'],
  [/借给.{0,4}开|把车借/, '机动车所有人 使用人 借用'],
  [/二手车|没过户|未过户/, '转让并交付机动车 未办理登记'],
  [/网上买|网购|网店|网上.{0,2}买/, '网络 销售商品 网络交易平台'],
  [/无理由退货|不想要了|七天/, '七日内退货 无需说明理由'],
  [/假货|欺诈|骗/, '欺诈行为 增加赔偿 三倍'],
  [/平台/, '网络交易平台提供者'],
  [/狗|猫|宠物/, '饲养的动物 动物饲养人'],
  [/被人打|打人|打了/, '殴打他人 故意伤害'],
  [/刑事拘留|被抓|拘留了/, '犯罪嫌疑人 强制措施'],
  [/请律师|找律师|委托律师/, '委托辩护人 律师'],
  [/罚款|处罚决定/, '行政行为 行政处罚'],
  [/政府|行政机关|部门/, '行政行为'],
  [/起诉/, '提起诉讼 人民法院'],
  [/起诉.{0,6}(期限|多久|时间)|(期限|多久|多长时间).{0,6}起诉/, '知道或者应当知道作出行政行为之日起六个月内提出'],
  [/(多长时间|多久|期限|时间内).{0,10}复议|复议.{0,10}(多长时间|多久|期限)/, '知道或者应当知道该行政行为之日起六十日内提出行政复议申请'],
  [/请不起律师|没钱请|经济困难/, '经济困难 没有委托代理人 申请法律援助'],
  [/农民工|讨要工资|讨工资/, '农民工 请求支付劳动报酬 免予核查'],
  [/司法确认/, '调解协议 司法确认'],
  [/仲裁条款/, '仲裁协议 不予受理'],
  [/公证处|公证/, '公证机构 公证事项'],
  [/小额诉讼|标的额小|简单案件/, '简单金钱给付民事案件 标的额'],
  [/货款|付款|拖欠.{0,4}款/, '中小企业 支付款项 付款期限'],
  [/应用|app|App|APP|收集.{0,4}信息/, '处理个人信息 目的 最小'],
  [/网吧|酒吧|游戏厅/, '互联网上网服务营业场所 学校 周边'],
];

/** The legal phrases standing for the colloquial words of a question. */
export function synonymExpansions(question: string): string[] {
  return colloquialSynonyms.filter(([re]) => re.test(question)).map(([, legal]) => legal);
}

/**
 * Topics → the law a question on them is most likely about, with a boost factor. A law named in
 * the question (its short or official title) gets a stronger boost (see `lawBoosts`).
 */
export const lawTopics: readonly (readonly [RegExp, string, number])[] = [
  [/劳动合同|辞退|开除|辞职|试用期|加班|竞业|工资|老板|单位|公司.{0,6}(合同|工资|辞|开除)|怀孕|补偿金/, '劳动合同法', 1.6],
  [/仲裁.{0,4}(劳动|时间|期限|限制)|劳动仲裁/, '劳动争议调解仲裁法', 1.8],
  [
    /离婚|结婚|夫妻|婚前|婚后|孩子|抚养|赡养|遗嘱|遗产|继承|去世|物业|租|借|欠款|担保|定金|诉讼时效|追讨|狗|扔东西|二手车|过户|借给/,
    '民法典',
    1.4,
  ],
  [/家暴|打我|保护令/, '反家庭暴力法', 1.8],
  [/撞|车祸|交通事故|行人|保险公司/, '道路交通安全法', 1.4],
  [/网购|网上买|退货|假货|商家|消费者|平台/, '消费者权益保护法', 1.6],
  [/派出所|打人|被人打|被打|治安/, '治安管理处罚法', 1.6],
  [/刑事|拘留|辩护/, '刑事诉讼法', 1.5],
  [/行政复议|复议/, '行政复议法', 1.8],
  [/起诉.{0,4}(行政|政府)|(行政|政府).{0,10}起诉|不服行政/, '行政诉讼法', 1.6],
  [/法律援助|请不起律师/, '法律援助法', 1.8],
  [/调解协议|人民调解|司法确认/, '人民调解法', 1.8],
  [/仲裁条款|仲裁协议/, '仲裁法', 1.8],
  [/公证/, '公证法', 1.8],
  [/小额诉讼|民事诉讼/, '民事诉讼法', 1.6],
  [/中小企业|货款|款项/, '保障中小企业款项支付条例', 1.8],
  [/个人信息|隐私/, '个人信息保护法', 1.6],
  [/未成年|学校|网吧|孩子上网/, '未成年人保护法', 1.5],
];

/** Boost per law short title: topics of the question, and a law it names outright (×2.5). */
export function lawBoosts(question: string, lawTitles: readonly { title: string; officialTitle: string }[]): Map<string, number> {
  const boosts = new Map<string, number>();
  for (const [re, law, factor] of lawTopics) {
    if (re.test(question)) boosts.set(law, Math.max(boosts.get(law) ?? 1, factor));
  }
  for (const l of lawTitles) {
    if (question.includes(l.title) || question.includes(l.officialTitle)) boosts.set(l.title, 2.5);
  }
  return boosts;
}
