import type { z } from 'zod';
import type { OfficialDocument } from './official-document';

/**
 * A document template (文书模板). `fields` validates the caller's `data`; `render` turns it
 * into the elements of an official document. Bump `version` whenever the output changes: each
 * generated document records the template version it was made with.
 */
export interface DocumentTemplate<T = unknown> {
  id: string;
  version: number;
  title: { zh: string; en: string };
  fields: z.ZodType<T>;
  render(data: T): OfficialDocument;
}

/** `kernel.documentTemplates`: modules register theirs in `routes(app, kernel)`. */
export interface DocumentTemplateRegistry {
  register<T>(template: DocumentTemplate<T>): void;
  get(id: string): DocumentTemplate | undefined;
  list(): DocumentTemplate[];
}

export function createDocumentTemplateRegistry(): DocumentTemplateRegistry {
  const templates = new Map<string, DocumentTemplate>();
  return {
    register(template) {
      if (templates.has(template.id)) throw new Error(`A document template "${template.id}" is already registered`);
      templates.set(template.id, template as DocumentTemplate);
    },
    get: (id) => templates.get(id),
    list: () => [...templates.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
}
