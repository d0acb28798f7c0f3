import { request as httpRequest } from 'node:http';
import { randomIp } from './given';

/**
 * POSTs a GraphQL request to /graphql on a connection of its own (no keep-alive), from a random
 * client address: tests of shutdown use it because a reused connection races the server's close.
 */
export function postGraphqlOnOwnConnection<T>(
  port: number,
  body: unknown,
): Promise<{ status: number; body: T }> {
  return startGraphqlOnOwnConnection<T>(port, body).finish();
}

/**
 * The same request, but only its headers and the first byte of its body are sent now: the
 * server has a request in flight until `finish()` sends the rest. Shutdown tests use it to hold a
 * request open across a signal however fast or loaded the machine is.
 */
export function startGraphqlOnOwnConnection<T>(
  port: number,
  body: unknown,
): { finish(): Promise<{ status: number; body: T }> } {
  const payload = Buffer.from(JSON.stringify(body));
  let finish!: () => Promise<{ status: number; body: T }>;
  const answered = new Promise<{ status: number; body: T }>((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': payload.length,
          'x-forwarded-for': randomIp(),
        },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          try {
            resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as T });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.flushHeaders();
    request.write(payload.subarray(0, 1));
    finish = () => {
      request.end(payload.subarray(1));
      return answered;
    };
  });
  // Awaited only in finish(): until then a failure must not count as an unhandled rejection.
  answered.catch(() => undefined);
  return { finish: () => finish() };
}
