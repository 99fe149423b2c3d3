import { Rng, WeightedPicker } from '../lib/prng';

/**
 * The most common Chinese surnames with their approximate share of the population (per
 * mille, after the 2020 census household-register statistics), as [character, pinyin, ‰].
 * Northern cities such as Tianjin follow the national ranking closely at the top.
 */
// prettier-ignore
const surnames: readonly (readonly [string, string, number])[] = [
  ['王', 'wang', 73], ['李', 'li', 72], ['张', 'zhang', 69], ['刘', 'liu', 54], ['陈', 'chen', 46],
  ['杨', 'yang', 32], ['赵', 'zhao', 21], ['黄', 'huang', 21], ['周', 'zhou', 18], ['吴', 'wu', 17],
  ['徐', 'xu', 14], ['孙', 'sun', 14], ['胡', 'hu', 12], ['朱', 'zhu', 12], ['高', 'gao', 12],
  ['林', 'lin', 11], ['何', 'he', 11], ['郭', 'guo', 11], ['马', 'ma', 11], ['罗', 'luo', 9],
  ['梁', 'liang', 8], ['宋', 'song', 7], ['郑', 'zheng', 7], ['谢', 'xie', 6], ['韩', 'han', 6],
  ['唐', 'tang', 6], ['冯', 'feng', 6], ['于', 'yu', 6], ['董', 'dong', 5], ['萧', 'xiao', 5],
  ['程', 'cheng', 5], ['曹', 'cao', 5], ['袁', 'yuan', 5], ['邓', 'deng', 5], ['许', 'xu', 5],
  ['傅', 'fu', 4], ['沈', 'shen', 4], ['曾', 'zeng', 4], ['彭', 'peng', 4], ['吕', 'lv', 4],
  ['苏', 'su', 4], ['卢', 'lu', 4], ['蒋', 'jiang', 4], ['蔡', 'cai', 4], ['贾', 'jia', 4],
  ['丁', 'ding', 3], ['魏', 'wei', 3], ['薛', 'xue', 3], ['叶', 'ye', 3], ['阎', 'yan', 3],
  ['余', 'yu', 3], ['潘', 'pan', 3], ['杜', 'du', 3], ['戴', 'dai', 3], ['夏', 'xia', 3],
  ['钟', 'zhong', 3], ['汪', 'wang', 3], ['田', 'tian', 3], ['任', 'ren', 3], ['姜', 'jiang', 3],
  ['范', 'fan', 3], ['方', 'fang', 3], ['石', 'shi', 3], ['姚', 'yao', 3], ['谭', 'tan', 2],
  ['廖', 'liao', 2], ['邹', 'zou', 2], ['熊', 'xiong', 2], ['金', 'jin', 2], ['陆', 'lu', 2],
  ['郝', 'hao', 2], ['孔', 'kong', 2], ['白', 'bai', 2], ['崔', 'cui', 2], ['康', 'kang', 2],
  ['毛', 'mao', 2], ['邱', 'qiu', 2], ['秦', 'qin', 2], ['江', 'jiang', 2], ['史', 'shi', 2],
  ['顾', 'gu', 2], ['侯', 'hou', 2], ['邵', 'shao', 2], ['孟', 'meng', 2], ['龙', 'long', 2],
  ['万', 'wan', 2], ['段', 'duan', 2], ['雷', 'lei', 2], ['钱', 'qian', 2], ['汤', 'tang', 2],
  ['尹', 'yin', 2], ['黎', 'li', 2], ['易', 'yi', 2], ['常', 'chang', 2], ['武', 'wu', 2],
  ['乔', 'qiao', 2], ['贺', 'he', 2], ['赖', 'lai', 1], ['龚', 'gong', 1], ['文', 'wen', 1],
  ['庞', 'pang', 1], ['樊', 'fan', 1], ['兰', 'lan', 1], ['殷', 'yin', 1], ['施', 'shi', 1],
  ['陶', 'tao', 1], ['洪', 'hong', 1], ['翟', 'zhai', 1], ['安', 'an', 1], ['颜', 'yan', 1],
  ['倪', 'ni', 1], ['严', 'yan', 1], ['牛', 'niu', 1], ['温', 'wen', 1], ['芦', 'lu', 1],
  ['季', 'ji', 1], ['俞', 'yu', 1], ['章', 'zhang', 1], ['鲁', 'lu', 1], ['葛', 'ge', 1],
  ['伍', 'wu', 1], ['申', 'shen', 1], ['尤', 'you', 1], ['毕', 'bi', 1], ['聂', 'nie', 1],
  ['柴', 'chai', 1], ['焦', 'jiao', 1], ['向', 'xiang', 1], ['柳', 'liu', 1], ['邢', 'xing', 1],
  ['岳', 'yue', 1], ['齐', 'qi', 1], ['梅', 'mei', 1], ['莫', 'mo', 1], ['庄', 'zhuang', 1],
  ['辛', 'xin', 1], ['管', 'guan', 1], ['祝', 'zhu', 1], ['左', 'zuo', 1], ['涂', 'tu', 1],
  ['谷', 'gu', 1], ['祁', 'qi', 1], ['时', 'shi', 1], ['舒', 'shu', 1], ['耿', 'geng', 1],
  ['牟', 'mou', 1], ['卜', 'bu', 1], ['路', 'lu', 1], ['詹', 'zhan', 1], ['关', 'guan', 1],
  ['苗', 'miao', 1], ['凌', 'ling', 1], ['费', 'fei', 1], ['纪', 'ji', 1], ['靳', 'jin', 1],
  ['盛', 'sheng', 1], ['童', 'tong', 1], ['欧阳', 'ouyang', 0.5], ['司马', 'sima', 0.1], ['上官', 'shangguan', 0.1],
];

/** Characters common in given names, as [character, pinyin], roughly by gender of usage. */
// prettier-ignore
const givenMale: readonly (readonly [string, string])[] = [
  ['伟', 'wei'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['杰', 'jie'], ['涛', 'tao'],
  ['明', 'ming'], ['超', 'chao'], ['刚', 'gang'], ['平', 'ping'], ['辉', 'hui'], ['鹏', 'peng'], ['华', 'hua'], ['飞', 'fei'],
  ['鑫', 'xin'], ['波', 'bo'], ['斌', 'bin'], ['宇', 'yu'], ['浩', 'hao'], ['凯', 'kai'], ['健', 'jian'], ['俊', 'jun'],
  ['帆', 'fan'], ['帅', 'shuai'], ['旭', 'xu'], ['宁', 'ning'], ['龙', 'long'], ['林', 'lin'], ['建', 'jian'], ['国', 'guo'],
  ['志', 'zhi'], ['海', 'hai'], ['峰', 'feng'], ['东', 'dong'], ['文', 'wen'], ['博', 'bo'], ['晨', 'chen'], ['亮', 'liang'],
  ['成', 'cheng'], ['永', 'yong'], ['德', 'de'], ['振', 'zhen'], ['子', 'zi'], ['天', 'tian'], ['嘉', 'jia'], ['瑞', 'rui'],
  ['泽', 'ze'], ['睿', 'rui'], ['昊', 'hao'], ['然', 'ran'], ['铭', 'ming'], ['轩', 'xuan'], ['立', 'li'], ['春', 'chun'],
];
// prettier-ignore
const givenFemale: readonly (readonly [string, string])[] = [
  ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['艳', 'yan'], ['娟', 'juan'], ['霞', 'xia'],
  ['秀', 'xiu'], ['玲', 'ling'], ['桂', 'gui'], ['英', 'ying'], ['婷', 'ting'], ['雪', 'xue'], ['慧', 'hui'], ['颖', 'ying'],
  ['琳', 'lin'], ['倩', 'qian'], ['洁', 'jie'], ['红', 'hong'], ['燕', 'yan'], ['萍', 'ping'], ['晶', 'jing'], ['璐', 'lu'],
  ['欣', 'xin'], ['怡', 'yi'], ['佳', 'jia'], ['琪', 'qi'], ['悦', 'yue'], ['雯', 'wen'], ['梅', 'mei'], ['兰', 'lan'],
  ['凤', 'feng'], ['云', 'yun'], ['莉', 'li'], ['文', 'wen'], ['晓', 'xiao'], ['思', 'si'], ['雨', 'yu'], ['梦', 'meng'],
  ['涵', 'han'], ['瑶', 'yao'], ['诗', 'shi'], ['月', 'yue'], ['淑', 'shu'], ['美', 'mei'], ['春', 'chun'], ['丹', 'dan'],
];

export interface PersonName {
  /** As written: 王建国. */
  displayName: string;
  /** Romanised without tones, for usernames: wangjianguo. */
  pinyin: string;
}

const surnamePicker = new WeightedPicker(surnames.map(([zh, py, w]) => [[zh, py] as const, w] as const));

/** Share of given names with two characters (the rest have one), among adults in today's workforce. */
const twoCharacterGivenNames = 0.78;

export function randomPersonName(rng: Rng): PersonName {
  const [sZh, sPy] = surnamePicker.pick(rng);
  const pool = rng.chance(0.5) ? givenMale : givenFemale;
  const first = rng.pick(pool);
  let zh = sZh + first[0];
  let py = sPy + first[1];
  if (rng.chance(twoCharacterGivenNames)) {
    let second = rng.pick(pool);
    if (second[0] === first[0] && rng.chance(0.8)) second = rng.pick(pool);
    zh += second[0];
    py += second[1];
  }
  return { displayName: zh, pinyin: py };
}

/**
 * Usernames as Chinese staff systems assign them: the name in pinyin, with a number appended
 * on collision (wangwei, wangwei2, …). Keeps its own registry of what was handed out.
 */
export class UsernameRegistry {
  private readonly counts = new Map<string, number>();

  constructor(taken: Iterable<string> = []) {
    for (const name of taken) this.counts.set(name, Math.max(this.counts.get(name) ?? 0, 1));
  }

  next(pinyin: string): string {
    const base = pinyin.slice(0, 36);
    // Terminates: each step tries a larger number, and only finitely many names are taken.
    let n = this.counts.get(base) ?? 0;
    let candidate: string;
    do {
      n++;
      candidate = n === 1 ? base : `${base}${n}`;
    } while (n > 1 && this.counts.has(candidate));
    this.counts.set(base, n);
    this.counts.set(candidate, Math.max(this.counts.get(candidate) ?? 0, 1));
    return candidate;
  }
}

/** Mobile number blocks in use by the three carriers (MIIT numbering plan), weighted roughly by subscribers. */
// prettier-ignore
const mobilePrefixes = new WeightedPicker<string>([
  ['130', 3], ['131', 3], ['132', 3], ['133', 3], ['134', 3], ['135', 5], ['136', 5], ['137', 5], ['138', 5], ['139', 5],
  ['150', 3], ['151', 3], ['152', 3], ['153', 3], ['155', 3], ['156', 3], ['157', 2], ['158', 3], ['159', 3],
  ['166', 1], ['170', 1], ['171', 1], ['173', 2], ['175', 1], ['176', 2], ['177', 2], ['178', 2],
  ['180', 3], ['181', 3], ['182', 3], ['183', 3], ['184', 1], ['185', 3], ['186', 3], ['187', 3], ['188', 3], ['189', 3],
  ['191', 1], ['193', 1], ['195', 1], ['198', 2], ['199', 2],
]);

/** Draws before giving up: with ~4 billion numbers and at most millions handed out, one draw almost always suffices. */
const maxPhoneDraws = 100;

/** Unique mainland mobile numbers. */
export class PhoneRegistry {
  private readonly used = new Set<string>();

  next(rng: Rng): string {
    for (let i = 0; i < maxPhoneDraws; i++) {
      const phone = mobilePrefixes.pick(rng) + String(rng.int(0, 99_999_999)).padStart(8, '0');
      if (!this.used.has(phone)) {
        this.used.add(phone);
        return phone;
      }
    }
    throw new Error('no unused mobile number found');
  }
}
