/** One piece of a diff: kept, removed (only in the old text) or added (only in the new text). */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Splits a Chinese (or English) text into sentences and line breaks (separate pieces), keeping the punctuation. */
export function sentences(text: string): string[] {
  return text.match(/[^。！？；!?;\n]+[。！？；!?;]*|\n+/g) ?? [];
}

/**
 * A sentence-level diff (longest common subsequence): readable for answers written in Chinese,
 * where a word-level diff would be noise. Adjacent pieces of the same kind are merged.
 */
export function diffTexts(before: string, after: string): DiffPart[] {
  const a = sentences(before);
  const b = sentences(after);
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      push('removed', a[i++]!);
    } else {
      push('added', b[j++]!);
    }
  }
  while (i < n) push('removed', a[i++]!);
  while (j < m) push('added', b[j++]!);
  return parts;
}
