/** Messages written as `key: ['中文', 'English']`, split into the two dictionaries createUseT takes. */
export function splitMessages<K extends string>(messages: Record<K, readonly [string, string]>) {
  const zh = {} as Record<K, string>;
  const en = {} as Record<K, string>;
  for (const key of Object.keys(messages) as K[]) {
    zh[key] = messages[key][0];
    en[key] = messages[key][1];
  }
  return { zh, en };
}
