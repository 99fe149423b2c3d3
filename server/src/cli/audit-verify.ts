import { runAuditVerify } from '../audit/audit-verify.command';
import { openDatabase } from '../db/database';
import { ConfigError, loadConfig, type AppConfig } from '../env';

/** `npm run audit:verify` — exit code 0 when the audit chain is intact, 1 otherwise. */
let config: AppConfig;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(`配置无效 / Invalid configuration: ${err.message}`);
  process.exit(1);
}
const handle = openDatabase(config);
const code = await runAuditVerify(config, (line) => console.log(line), handle);
await handle.close();
process.exit(code);
