/**
 * Questions people ask the law library and the article that answers each, written from the
 * law texts themselves (each expected article was read and checks the question's point).
 * Queries use words of the text, as someone who knows the subject would type them; some name
 * the law, most do not.
 */
export interface QualityCase {
  q: string;
  law: string;
  article: string;
}

export const searchQualityCases: QualityCase[] = [
  // 行政复议
  { q: '复议申请期限', law: '行政复议法', article: '第二十条' },
  { q: '行政复议法 申请期限', law: '行政复议法', article: '第二十条' },
  { q: '复议申请 受理 审查', law: '行政复议法', article: '第三十条' },
  { q: '复议决定 作出期限 延长', law: '行政复议法', article: '第六十二条' },
  // 法律援助
  { q: '法律援助 审查 期限', law: '法律援助法', article: '第四十三条' },
  { q: '法律援助 经济困难标准', law: '法律援助法', article: '第三十四条' },
  { q: '派驻值班律师', law: '法律援助法', article: '第十四条' },
  // 人民调解
  { q: '调解协议 法律约束力', law: '人民调解法', article: '第三十一条' },
  // Reworded from 调解协议 申请司法确认: the 最高人民法院 rules on 司法确认 answer that equally.
  { q: '调解协议生效后多久申请司法确认', law: '人民调解法', article: '第三十三条' },
  // 行政执法
  { q: '哪些行政处罚可以要求听证', law: '行政处罚法', article: '第六十三条' },
  { q: '违法行为 二年内未被发现', law: '行政处罚法', article: '第三十六条' },
  { q: '行政许可决定 期限', law: '行政许可法', article: '第四十二条' },
  // Reworded from 强制执行 催告: 第三十七条 and 第五十四条 are about 催告 as well.
  { q: '强制执行决定前 催告 载明事项', law: '行政强制法', article: '第三十五条' },
  { q: '治安管理 六个月 没有被发现', law: '治安管理处罚法', article: '第二十二条' },
  { q: '提起行政诉讼 六个月', law: '行政诉讼法', article: '第四十六条' },
  { q: '政府信息公开申请 答复期限', law: '政府信息公开条例', article: '第三十三条' },
  // 社区矫正、家庭暴力
  { q: '社区矫正对象 报到', law: '社区矫正法', article: '第二十一条' },
  // Reworded from 申请人身安全保护令: 第二十四条 (how to apply) answers that as well.
  { q: '人身安全保护令 代为申请', law: '反家庭暴力法', article: '第二十三条' },
  // 法律服务
  { q: '申请律师执业 条件', law: '律师法', article: '第五条' },
  { q: '公证书 出具 期限', law: '公证法', article: '第三十条' },
  { q: '仲裁协议 内容', law: '仲裁法', article: '第十六条' },
  { q: '人民陪审员 条件', law: '人民陪审员法', article: '第五条' },
  // 民事、劳动
  { q: '诉讼时效期间 三年', law: '民法典', article: '第一百八十八条' },
  { q: '离婚登记 撤回', law: '民法典', article: '第一千零七十七条' },
  { q: '自书遗嘱', law: '民法典', article: '第一千一百三十四条' },
  { q: '试用期 期限', law: '劳动合同法', article: '第十九条' },
  { q: '经济补偿 工作年限 月工资', law: '劳动合同法', article: '第四十七条' },
  { q: '劳动争议 仲裁时效', law: '劳动争议调解仲裁法', article: '第二十七条' },
  { q: '七日内退货', law: '消费者权益保护法', article: '第二十五条' },
  { q: '民事诉讼法 小额诉讼', law: '民事诉讼法', article: '第一百六十五条' },
  { q: '机动车 交通事故 赔偿责任', law: '道路交通安全法', article: '第七十六条' },
  // 刑事
  { q: '正当防卫', law: '刑法', article: '第二十条' },
  { q: '醉酒驾驶机动车 拘役', law: '刑法', article: '第一百三十三条之一' },
  // 信息、数据、宪法
  { q: '敏感个人信息', law: '个人信息保护法', article: '第二十八条' },
  { q: '数据分类分级保护', law: '数据安全法', article: '第二十一条' },
  { q: '公民 受教育的权利', law: '宪法', article: '第四十六条' },
  // Added after the ranking was tuned, and not tuned on (a hold-out).
  { q: '未成年人 网络游戏 真实身份 注册', law: '未成年人保护法', article: '第七十五条' },
  { q: '行政复议 组织听证', law: '行政复议法', article: '第五十条' },
  { q: '设立律师事务所 条件', law: '律师法', article: '第十四条' },
  { q: '无固定期限劳动合同 订立情形', law: '劳动合同法', article: '第十四条' },
  { q: '居住权合同 书面形式', law: '民法典', article: '第三百六十七条' },
  { q: '取保候审最长多久', law: '刑事诉讼法', article: '第七十九条' },
  { q: '信访事项 办结 期限', law: '信访工作条例', article: '第三十四条' },
  { q: '设区的市 制定地方性法规', law: '立法法', article: '第八十一条' },
  { q: '网络运营者 收集使用个人信息 原则', law: '网络安全法', article: '第四十一条' },
  { q: '饮酒后驾驶机动车 处罚', law: '道路交通安全法', article: '第九十一条' },
  { q: '经营者欺诈 增加赔偿', law: '消费者权益保护法', article: '第五十五条' },
  { q: '行政拘留 合并执行 最长', law: '治安管理处罚法', article: '第十六条' },
];
