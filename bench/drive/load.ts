import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { loopback } from '../servers/child-harness';

/** Linux reports process CPU time in clock ticks of 1/100 s (USER_HZ). */
const ticksPerSecond = 100;

/**
 * CPU time (user + system, all threads) a process has used so far, in ms; null where
 * /proc is not available. On a shared machine, CPU per request is steadier than requests/s.
 */
function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name: state is field 3; utime, stime are 14, 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return null;
  }
}

export interface LoadOptions {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMeanMs: number;
  requests: number;
  /** Server CPU (user + system) per request, in ms; null when it cannot be read. */
  serverCpuMsPerRequest: number | null;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

/**
 * Drives one server with autocannon over loopback: a warm-up run (JIT, caches, SQLite pages)
 * whose figures are discarded, then the measured run. Both are bounded by their duration.
 */
export async function measure(
  port: number,
  pid: number,
  paths: readonly string[],
  headers: Record<string, string>,
  o: LoadOptions,
  /** Extra headers of request i (e.g. a distinct client address per request), cycled with the paths. */
  requestHeaders?: readonly Record<string, string>[],
): Promise<LoadResult> {
  const base = {
    url: `http://${loopback}:${port}`,
    connections: o.connections,
    pipelining: 1,
    headers,
    requests: requestHeaders?.length
      ? requestHeaders.map((h, i) => ({ method: 'GET', path: paths[i % paths.length]!, headers: { ...headers, ...h } }))
      : paths.map((path) => ({ method: 'GET', path })),
  };
  await autocannon({ ...base, duration: o.warmupSeconds });
  const cpuBefore = processCpuMs(pid);
  const r = await autocannon({ ...base, duration: o.durationSeconds });
  const cpuAfter = processCpuMs(pid);
  return {
    requestsPerSecond: r.requests.average,
    latencyP50Ms: r.latency.p50,
    latencyP99Ms: r.latency.p99,
    latencyMeanMs: r.latency.average,
    requests: r.requests.total,
    serverCpuMsPerRequest:
      cpuBefore !== null && cpuAfter !== null && r.requests.total > 0 ? (cpuAfter - cpuBefore) / r.requests.total : null,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count])),
  };
}
