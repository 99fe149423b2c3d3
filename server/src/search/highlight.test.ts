import { describe, expect, it } from 'vitest';
import { escapeHtml, highlight, snippet } from './highlight';

describe('highlighting', () => {
  it('escapes every HTML-significant character', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('marks terms, longest first, and merges adjacent marks', () => {
    expect(highlight('行政复议申请期限', ['复议', '行政复议', '申请', '期限'])).toBe('<mark>行政复议申请期限</mark>');
    expect(highlight('可以申请行政复议', ['复议'])).toBe('可以申请行政<mark>复议</mark>');
  });

  it('never lets markup of the text or the terms through, nor splits an entity', () => {
    expect(highlight('<script>alert(1)</script>', ['script', 'lt'])).toBe(
      '&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;',
    );
    expect(highlight('a &lt; b', ['lt'])).toBe('a &amp;<mark>lt</mark>; b');
    expect(highlight('<b>x</b>', ['<b>'])).toBe('<mark>&lt;b&gt;</mark>x&lt;/b&gt;');
  });

  it('finds terms in full-width and upper-case text', () => {
    expect(highlight('ＰＯＳ机与ABC', ['pos', 'abc'])).toBe('<mark>ＰＯＳ</mark>机与<mark>ABC</mark>');
  });

  it('marks single characters only when no longer term is sought', () => {
    expect(highlight('本法自公布之日起施行', ['法', '施行'])).toBe('本法自公布之日起<mark>施行</mark>');
    expect(highlight('本法自公布之日起施行', ['法'])).toBe('本<mark>法</mark>自公布之日起施行');
  });

  it('cuts an excerpt around the densest cluster of terms', () => {
    const text = `${'无关文字。'.repeat(40)}行政复议申请人应当在六十日内提出申请。${'其他内容。'.repeat(40)}`;
    const s = snippet(text, ['复议', '六十日'], 60);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('<mark>复议</mark>');
    expect(s).toContain('<mark>六十日</mark>');
    expect(snippet('短文本\n第二段', ['第二段'])).toBe('短文本 <mark>第二段</mark>');
    expect(snippet('没有命中的长文本。'.repeat(30), ['复议'], 20)).toBe(`${'没有命中的长文本。'.repeat(3).slice(0, 20)}…`);
  });
});
