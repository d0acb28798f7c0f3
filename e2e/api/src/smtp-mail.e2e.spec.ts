import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { randomIp } from './support/given';
import { TestServer } from './support/test-server';

/** With SMTP_URL set, mail goes to the SMTP server instead of the outbox. */
describe('mail through SMTP (e2e)', () => {
  const received: Array<{ to: string[]; body: string }> = [];
  let smtp: SMTPServer;
  let server: TestServer;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let body = '';
        stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), body });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    server = await TestServer.start({ SMTP_URL: `smtp://127.0.0.1:${port}` });
  });

  afterAll(async () => {
    await server.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('sends the verification link by SMTP and writes nothing to the outbox', async () => {
    await server.ok(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`,
      {
        input: {
          email: 'smtp@members.example',
          password: 'long enough pw',
          handle: 'smtp_user',
          displayName: 'S',
        },
      },
      { ip: randomIp() },
    );
    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual(['smtp@members.example']);
    const body = received[0].body.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    expect(body).toMatch(/http:\/\/boardwalk\.test\/verify\?token=[\w-]{43}/);
    expect(server.outbox()).toEqual([]);
  });
});
