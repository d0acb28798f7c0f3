import { Agent, request } from 'node:http';
import { LatencySummary, summarise } from './stats';

export interface HttpResult {
  status: number;
  body: string;
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  body?: string;
  headers?: Record<string, string>;
}

/** One HTTP request over a keep-alive agent; resolves with the status and the whole body. */
export function send(agent: Agent, req: HttpRequest): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const url = new URL(req.url);
    const outgoing = request(
      {
        agent,
        method: req.method,
        hostname: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        headers: {
          ...(req.body !== undefined
            ? {
                'content-type': 'application/json',
                'content-length': String(Buffer.byteLength(req.body)),
              }
            : {}),
          ...req.headers,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        res.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(req.body);
  });
}

export function keepAliveAgent(sockets: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: sockets });
}

/** A GraphQL response is good when the status is 200 and it carries no `errors`. */
export function isGoodGraphql(result: HttpResult): boolean {
  return result.status === 200 && !result.body.includes('"errors"');
}

export interface LoadResult {
  requests: number;
  errors: number;
  firstError: string | null;
  perSecond: number;
  latency: LatencySummary;
  /** Latencies of the counted requests (ms), for merging runs. */
  samples: number[];
  /** Every request answered, warm-up included (for CPU per request). */
  answered: number;
}

/** One result from several runs of the same load (e.g. alternated with a baseline's runs). */
export function mergeLoads(results: LoadResult[], durationMs: number): LoadResult {
  const samples = results.flatMap((result) => result.samples);
  return {
    requests: samples.length,
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    firstError: results.find((result) => result.firstError)?.firstError ?? null,
    perSecond: samples.length / (durationMs / 1000),
    latency: summarise(samples),
    samples,
    answered: results.reduce((sum, result) => sum + result.answered, 0),
  };
}

/**
 * Closed-loop load: `concurrency` requests in flight over keep-alive connections for
 * `durationMs` after a `warmupMs` that is not counted. `next(i)` builds each request;
 * `ok` decides what counts as a success (failures are counted apart, not in the latencies).
 */
export async function runLoad(options: {
  concurrency: number;
  durationMs: number;
  warmupMs: number;
  next: (index: number) => HttpRequest;
  ok: (result: HttpResult) => boolean;
}): Promise<LoadResult> {
  const agent = keepAliveAgent(options.concurrency);
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let issued = 0;
  let answered = 0;
  const warmEnd = performance.now() + options.warmupMs;
  const end = warmEnd + options.durationMs;
  const worker = async () => {
    for (;;) {
      const startedAt = performance.now();
      if (startedAt >= end) return;
      const index = issued++;
      let good = false;
      let detail = '';
      try {
        const result = await send(agent, options.next(index));
        good = options.ok(result);
        if (!good) detail = `${result.status} ${result.body.slice(0, 300)}`;
      } catch (error) {
        detail = (error as Error).message;
      }
      const finishedAt = performance.now();
      answered += 1;
      // Only requests started after the warm-up and finished in the window count.
      if (startedAt < warmEnd || finishedAt > end) continue;
      if (good) latencies.push(finishedAt - startedAt);
      else {
        errors += 1;
        firstError ??= detail;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  agent.destroy();
  return {
    requests: latencies.length,
    errors,
    firstError,
    perSecond: latencies.length / (options.durationMs / 1000),
    latency: summarise(latencies),
    samples: latencies,
    answered,
  };
}
