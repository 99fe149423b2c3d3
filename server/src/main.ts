import { buildApp } from './app';
import { ConfigError, loadConfig } from './env';
import { printDemoLogins } from './identity/demo-logins';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const { app, kernel } = await buildApp({ config, seed: true, startJobs: config.jobs, web: true });
  await app.listen({ port: config.port, host: config.host });
  if (config.demoSeed) await printDemoLogins(kernel, config.publicUrl);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down');
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
