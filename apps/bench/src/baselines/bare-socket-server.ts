/**
 * Fan-out baseline: a bare socket.io server with no auth, database or adapter. Sockets join a
 * board's room with the same `board:watch` command; `POST /publish` broadcasts the given message
 * to that room, as Boardwalk does after a reply commits.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/publish') {
    res.writeHead(404).end();
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', () => {
    const { room, event, message } = JSON.parse(body) as {
      room: string;
      event: string;
      message: unknown;
    };
    io.to(room).emit(event, message);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
});

const io = new Server(http, { path: '/socket.io', serveClient: false });
io.on('connection', (socket) => {
  socket.on('board:watch', (payload: { boardId: string }, ack: (answer: unknown) => void) => {
    void socket.join(`board:${payload.boardId}`);
    ack({ ok: true, seq: 0 });
  });
});

http.listen(0, '127.0.0.1', () => {
  const address = http.address() as { port: number };
  console.log(`port ${address.port}`);
});
process.on('SIGTERM', () => {
  void io.close();
  process.exit(0);
});
