import type { z } from 'zod';
import { formatChineseDate, parseLocalDate, type LocalDate } from '@tianping/common/calendar/index';
import { toParagraphs, type OfficialDocument } from './official-document';
import type { DocumentTemplate } from './template.registry';

/** What the base schema of a module's templates gives every document: who issues it, when, to whom, its number. */
export interface DocumentHead {
  issuer: string;
  date: string;
  recipient?: string;
  docNumber?: string;
}

/** What one template adds to the base: its id, version, title, its own fields and the body written from them. */
export interface BodyTemplateDef<S extends z.ZodObject, D> {
  id: string;
  version: number;
  title: { zh: string; en: string };
  fields: S;
  body(data: D): string;
}

/**
 * The template factory of a module whose documents share a base schema (`issuer`, `date`, optional
 * `recipient` and `docNumber`, plus what the module names on all of them): each template gives a
 * fixed title and a body written from structured data, laid out as an official document (GB/T 9704,
 * signed by the issuer, the date in Chinese numerals). `docNumber` takes the document number from
 * another base field. Register each template in `routes(app, kernel)`: `kernel.documentTemplates.register(t)`.
 */
export function bodyTemplates<B extends z.ZodObject & z.ZodType<DocumentHead>>(
  base: B,
  opts: { docNumber?: (data: z.infer<B>) => string | undefined } = {},
) {
  return function template<S extends z.ZodObject>(
    def: BodyTemplateDef<S, z.infer<S> & z.infer<B>>,
  ): DocumentTemplate<z.infer<S> & z.infer<B>> {
    type Data = z.infer<S> & z.infer<B>;
    return {
      id: def.id,
      version: def.version,
      title: def.title,
      fields: base.extend(def.fields.shape) as unknown as z.ZodType<Data>,
      render: (d): OfficialDocument => {
        const head: DocumentHead = d;
        return {
          issuer: head.issuer,
          docNumber: opts.docNumber ? opts.docNumber(d) : head.docNumber,
          title: def.title.zh,
          recipient: head.recipient,
          paragraphs: toParagraphs(def.body(d)),
          signature: head.issuer,
          date: parseLocalDate(head.date),
          dateStyle: 'chineseNumerals',
        };
      },
    };
  };
}

/** `2025年10月9日` for dates written inside a document's body. */
export function docDate(date: LocalDate | string): string {
  return formatChineseDate(parseLocalDate(date));
}
