/**
 * Case-number templates: `津河西司复〔{year}〕{seq}号` → `津河西司复〔2025〕17号`.
 * Placeholders: `{orgAbbr}` (the organisation's short name, else its name), `{orgCode}`,
 * `{year}`, `{seq}` (no padding) and `{seq:N}` (zero-padded to N digits, 1–9). The brackets
 * 〔〕 are the hexagonal ones GB/T 9704-2012 §7.2.3 prescribes for 发文字号.
 */
export interface CaseNumberParts {
  orgAbbr: string;
  orgCode: string;
  year: number;
  seq: number;
}

const placeholder = /\{([a-zA-Z]+)(?::(\d))?\}/g;
const known = new Set(['orgAbbr', 'orgCode', 'year', 'seq']);

/** The problem with a template, or undefined when it is usable (it must contain `{seq}`). */
export function templateProblem(template: string): string | undefined {
  let hasSeq = false;
  for (const m of template.matchAll(placeholder)) {
    const [, name, width] = m;
    if (!known.has(name!)) return `unknown placeholder {${name}}`;
    if (width !== undefined && (name !== 'seq' || width === '0')) return `width only applies to {seq:1-9}, not {${m[0].slice(1, -1)}}`;
    if (name === 'seq') hasSeq = true;
  }
  if (!hasSeq) return 'the template must contain {seq}';
  if (/[{}]/.test(template.replace(placeholder, ''))) return 'unbalanced braces';
  return undefined;
}

export function formatCaseNumber(template: string, parts: CaseNumberParts): string {
  return template.replace(placeholder, (_m, name: string, width?: string) => {
    switch (name) {
      case 'orgAbbr':
        return parts.orgAbbr;
      case 'orgCode':
        return parts.orgCode;
      case 'year':
        return String(parts.year);
      default:
        return width ? String(parts.seq).padStart(Number(width), '0') : String(parts.seq);
    }
  });
}
