import type { FastifyInstance } from 'fastify';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';

/** Messages between the bench driver and a server it started. */
export type ServerMessage = { type: 'listening'; port: number } | { type: 'failed'; message: string };
export type DriverMessage = { type: 'stop' };

/** Loopback only: the bench never listens on or targets anything but 127.0.0.1. */
export const loopback = '127.0.0.1';

/** Set by the driver when this server should be CPU-profiled (serving phase only, not the boot). */
export const profileFileEnv = 'BENCH_CPU_PROFILE_FILE';
/** Sampling interval of the profiler in µs (V8's default is 1000; finer shows short request phases). */
const profileSamplingUs = 200;

async function startProfiler(): Promise<(() => Promise<void>) | null> {
  const file = process.env[profileFileEnv];
  if (!file) return null;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: profileSamplingUs });
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}

/**
 * Runs a server started by the driver (`child_process.fork`): listens on a free loopback port,
 * reports it, and exits cleanly on `stop` or when the driver goes away.
 */
export async function serveUntilStopped(start: () => Promise<{ app: FastifyInstance; close?: () => Promise<void> }>): Promise<void> {
  if (!process.send) throw new Error('Start this server through `npm run bench` (it expects an IPC channel).');
  let stopping = false;
  try {
    const { app, close } = await start();
    await app.listen({ host: loopback, port: 0 });
    const stopProfiler = await startProfiler();
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      await stopProfiler?.();
      await app.close();
      await close?.();
      process.exit(0);
    };
    process.on('message', (m: DriverMessage) => {
      if (m.type === 'stop') void stop();
    });
    process.on('disconnect', () => void stop());
    process.send({ type: 'listening', port: (app.server.address() as AddressInfo).port } satisfies ServerMessage);
  } catch (err) {
    process.send({ type: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies ServerMessage);
    process.exit(1);
  }
}
