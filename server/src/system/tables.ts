declare module '../db/schema' {
  interface Database {
    systemState: SystemStateTable;
  }
}

/** Key/value facts about this database (e.g. when the demo seed ran). */
export interface SystemStateTable {
  key: string;
  value: string;
}
