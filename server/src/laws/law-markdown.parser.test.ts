import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleLabel } from '@tianping/common/text/chinese-numerals';
import { catalogueSchema, lawFacts } from './law-catalogue';
import { lawDataDir } from './law-import.service';
import { normaliseHeading, parseLawMarkdown } from './law-markdown.parser';

const catalogue = catalogueSchema.parse(JSON.parse(readFileSync(join(lawDataDir, 'index.json'), 'utf8')));
const parse = (file: string) => parseLawMarkdown(readFileSync(join(lawDataDir, file), 'utf8'));

describe('law Markdown parser', () => {
  it('parses a small statute with headings, paragraphs and items', () => {
    const law = parseLawMarkdown(
      [
        '# 中华人民共和国示例法',
        '',
        '2020年1月1日 第十三届全国人民代表大会常务委员会第一次会议通过',
        '',
        '<!-- INFO END -->',
        '## 第一章 总  则',
        '\u200b',
        '第一条 为了示例，制定本法。',
        '',
        '## 第二章 程序',
        '### 第一节 申 请',
        '第二条 有下列情形之一的，可以申请：',
        '（一）甲；',
        '（二）乙。',
        '第二条之一 插入的条文。',
        '### 第二节 决定',
        '第三条 本条引用第二条规定的情形。',
        '第三十条规定的事项不是新条文，而是续行。',
        '# 附则',
        '第四条 本法自公布之日起施行。',
      ].join('\n'),
    );
    expect(law.title).toBe('中华人民共和国示例法');
    expect(law.history).toEqual(['2020年1月1日 第十三届全国人民代表大会常务委员会第一次会议通过']);
    expect(law.warnings).toEqual([]);
    expect(law.articles.map((a) => [a.label, a.number, a.suffix, a.ordinal])).toEqual([
      ['第一条', 1, 0, 1],
      ['第二条', 2, 0, 2],
      ['第二条之一', 2, 1, 3],
      ['第三条', 3, 0, 4],
      ['第四条', 4, 0, 5],
    ]);
    expect(law.articles[0]).toMatchObject({ chapterTitle: '第一章 总则', sectionTitle: null });
    expect(law.articles[1]).toMatchObject({
      chapterTitle: '第二章 程序',
      sectionTitle: '第一节 申请',
      text: '有下列情形之一的，可以申请：\n（一）甲；\n（二）乙。',
    });
    expect(law.articles[3]!.text).toBe('本条引用第二条规定的情形。\n第三十条规定的事项不是新条文，而是续行。');
    // 附则 without a number at the level a 编 would take in this file is read by its depth (chapter by default).
    expect(law.articles[4]).toMatchObject({ chapterTitle: '附则', sectionTitle: null });
  });

  it('normalises heading spacing', () => {
    expect(normaliseHeading('第一章  总 则')).toBe('第一章 总则');
    expect(normaliseHeading('第二节  监  护')).toBe('第二节 监护');
    expect(normaliseHeading('第一分编  通则')).toBe('第一分编 通则');
    expect(normaliseHeading('一、管辖')).toBe('一、管辖');
    expect(normaliseHeading('附 则')).toBe('附则');
  });

  it.each(catalogue.laws.map((e) => [e.title, e.file, e.official_title] as const))(
    '%s: numbered in order, labels match their numbers, nothing unplaced',
    (_title, file, officialTitle) => {
      const law = parse(file);
      expect(law.title).toBe(officialTitle);
      expect(law.warnings).toEqual([]);
      expect(law.articles.length).toBeGreaterThan(0);
      let previous = { number: 0, suffix: 0 };
      for (const a of law.articles) {
        expect(articleLabel(a.number, a.suffix)).toBe(a.label);
        const inOrder = a.number > previous.number || (a.number === previous.number && a.suffix > previous.suffix);
        expect(inOrder, `${a.label} after ${articleLabel(previous.number, previous.suffix)}`).toBe(true);
        // Article numbers have no gaps (articles inserted by amendments are 之一, 之二…).
        if (a.suffix === 0) expect(a.number).toBe(previous.number + 1);
        expect(a.text.length).toBeGreaterThan(0);
        previous = a;
      }
    },
  );

  it('reads the Civil Code to 第一千二百六十条 with 编, 分编, 章 and 节', () => {
    const code = parse('民法典.md');
    expect(code.articles).toHaveLength(1260);
    expect(code.articles.at(-1)).toMatchObject({ number: 1260, label: '第一千二百六十条', partTitle: '附则' });
    const a = code.articles.find((x) => x.number === 214)!;
    expect(a).toMatchObject({
      partTitle: '第二编 物权',
      subpartTitle: '第一分编 通则',
      chapterTitle: '第二章 物权的设立、变更、转让和消灭',
      sectionTitle: '第一节 不动产登记',
    });
  });

  it('keeps the preamble, the annexes and inserted articles apart', () => {
    const constitution = parse('宪法.md');
    expect(constitution.preamble).toMatch(/^中国是世界上历史最悠久的国家之一/);
    expect(constitution.articles[0]!.label).toBe('第一条');
    const criminal = parse('刑法.md');
    expect(criminal.appendix).toMatch(/^附件一/);
    expect(criminal.articles.find((x) => x.label === '第一百三十三条之一')).toMatchObject({ number: 133, suffix: 1 });
    // The source writes 第一百二十八 条 with a stray space; it is still article 128.
    const procedure = parse('刑事诉讼法.md');
    expect(procedure.articles.find((x) => x.number === 128)!.text).toMatch(/^侦查人员对于与犯罪有关的场所/);
    // A chapter title wrapped onto a second line is joined again.
    expect(procedure.articles.find((x) => x.number === 298)!.chapterTitle).toBe(
      '第四章 犯罪嫌疑人、被告人逃匿、死亡案件违法所得的没收程序',
    );
  });

  it('derives dates, issuing body and validity from the catalogue', () => {
    const facts = (title: string) => lawFacts(catalogue.laws.find((e) => e.title === title)!);
    expect(facts('行政复议法')).toMatchObject({
      issuingBody: '全国人民代表大会常务委员会',
      promulgatedOn: '1999-04-29',
      amendedOn: '2023-09-01',
      effectiveOn: '2024-01-01',
      effectiveDateBasis: 'text',
      status: 'effective',
    });
    expect(facts('民法典')).toMatchObject({ issuingBody: '全国人民代表大会', amendedOn: null, status: 'effective' });
    expect(facts('优化营商环境条例')).toMatchObject({ issuingBody: '国务院', promulgatedOn: '2019-10-22', amendedOn: null });
    expect(facts('法规规章备案条例').status).toBe('repealed');
    expect(facts('治安管理处罚法').status).toBe('amended');
    expect(facts('仲裁法')).toMatchObject({ status: 'amended', effectiveDateBasis: 'editor' });
    expect(facts('刑法').amendedOn).toBe('2023-12-29');
  });
});
