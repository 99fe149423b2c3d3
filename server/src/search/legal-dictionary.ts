/**
 * Legal compounds jieba's general dictionary splits (社区矫正 → 社区/矫正, 第三人 → 第三/人).
 * A compound of two or three characters is emitted in search mode next to its parts; a longer
 * one is a word of its own (the query side matches it by its parts too, see `queryWords`).
 * The frequency is moderate on purpose: high enough to beat the split, low enough not to
 * swallow neighbouring characters. Avoid entries that straddle two words (复议申请 would cut
 * 行政复议申请人 into 行政 / 复议申请 / 人).
 *
 * Changing this list changes the index: the segmenter version (a hash of it) triggers a
 * re-segmentation of the stored documents on the next start.
 */
const legalTerms = [
  // 行政复议、行政诉讼. 行政复议, 法律援助, 人民调解 are in jieba's dictionary with frequency 3,
  // so weak that a neighbouring word takes their characters.
  '行政复议 法律援助 人民调解 行政复议机关 行政复议机构 复议机关 复议机构 被申请人 第三人 不予受理 行政应诉 行政行为',
  // 行政执法
  '行政执法 行政强制 强制执行 当场处罚 责令改正 法制审核 合法性审核 没收违法所得 行政拘留 听证程序 规范性文件 备案审查 重大行政决策',
  // 调解、仲裁、公证、法律援助、律师
  '人民调解员 调解协议 司法确认 劳动争议 仲裁裁决 仲裁协议 仲裁委员会 经济补偿 法律援助机构 法律援助人员 经济困难 值班律师 公证机构 公证事项 执业证书 律师执业证书 执业活动',
  // 社区矫正
  '社区矫正 矫正对象 社区矫正机构 社区矫正对象 矫正小组 解除矫正',
  // 民事
  '人身安全保护令 无固定期限劳动合同 诉讼时效 紧急避险 离婚登记 法定继承 居住权 小额诉讼 支付令 公示催告',
  // 信息与数据
  '政府信息公开 依申请公开 个人信息处理者 敏感个人信息 数据处理者 网络运营者 关键信息基础设施 信访事项',
]
  .flatMap((group) => group.split(' '))
  .filter(Boolean);

/** Frequency given to each term in jieba's user dictionary. */
const termFrequency = 300;

/** The user dictionary in jieba's `word freq tag` format. */
export function legalDictionary(): string {
  return legalTerms.map((w) => `${w} ${termFrequency} n`).join('\n');
}

/**
 * Function words and question words people type around their real terms (复议申请期限是多久).
 * They carry no meaning for retrieval and would make an AND query fail, so queries drop them.
 */
export const queryStopWords: ReadonlySet<string> = new Set(
  [
    '的 了 和 与 及 或 是 在 等 吗 呢 吧 啊 之 其 我 你 他 她 什么 如何 怎么 怎样 怎么办 哪些 哪个 多少 多久 多长 几天 是否 能否 可否 请问 需要 应该 有没有 没有 有 要 被 对 把 给 时间 问题 关于 规定',
    // Modal verbs: a question asks 可以…吗 where the text says 有权 or 应当.
    '可以 能 能够 应当 必须',
  ].flatMap((group) => group.split(' ')),
);
