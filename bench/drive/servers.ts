import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir } from '../lib/bench-config';
import { profileFileEnv, type DriverMessage, type ServerMessage } from '../servers/child-harness';

export type ServerKind = 'app' | 'baseline';

const entry: Record<ServerKind, string> = {
  app: join(benchDir, 'servers', 'app-server.ts'),
  baseline: join(benchDir, 'servers', 'baseline-server.ts'),
};
const startTimeoutMs = 120_000;
const stopTimeoutMs = 20_000;

export interface RunningServer {
  kind: ServerKind;
  port: number;
  pid: number;
  /** Stops the server (gracefully; killed after a timeout) and returns the CPU profile it wrote, if any. */
  stop(): Promise<string[]>;
}

/**
 * Starts one server in its own Node process, so that the load generator and the server do not
 * share an event loop (on a 2-core machine each gets a core).
 */
export function startServer(kind: ServerKind, env: Record<string, string>, profileDir?: string): Promise<RunningServer> {
  const profileFile = profileDir ? join(profileDir, `${kind}.cpuprofile`) : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const child: ChildProcess = fork(entry[kind], [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env, ...(profileFile ? { [profileFileEnv]: profileFile } : {}) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${kind} server did not start within ${startTimeoutMs / 1000} s`));
    }, startTimeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} server exited during start (code ${code})`));
    });
    child.on('message', (m: ServerMessage) => {
      if (m.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(`${kind} server failed to start:\n${m.message}`));
        return;
      }
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        kind,
        port: m.port,
        pid: child.pid!,
        stop: () =>
          new Promise<string[]>((done) => {
            const kill = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
            child.once('exit', () => {
              clearTimeout(kill);
              done(profileFile && existsSync(profileFile) ? [profileFile] : []);
            });
            if (child.connected) child.send({ type: 'stop' } satisfies DriverMessage);
            else child.kill('SIGTERM');
          }),
      });
    });
  });
}
