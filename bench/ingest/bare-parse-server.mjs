// The limit: a bare node:http server that reads each body, JSON.parses it and answers 202 {accepted: n}.
// No auth, no validation, no queue: what one Node process on this machine does with the same bodies.
// Usage: node bench/ingest/bare-parse-server.mjs <port>   (listens on 127.0.0.1 only)
import http from 'node:http';

const port = Number(process.argv[2] ?? 0);

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    let accepted = 0;
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      accepted = Array.isArray(body.sightings) ? body.sightings.length : 0;
    } catch {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end('{"error":"body is not JSON"}');
      return;
    }
    const text = `{"accepted":${accepted}}`;
    response.writeHead(202, { 'content-type': 'application/json', 'content-length': text.length });
    response.end(text);
  });
});

server.keepAliveTimeout = 30_000;
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ type: 'ready', port: address.port });
  if (!process.send) {
    console.log(`bare parse server on 127.0.0.1:${address.port}`);
  }
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', () => process.exit(0));
