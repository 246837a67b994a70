import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpPostBatch } from './post-batch';

/** A local server that records each request and answers as `reply` says. */
async function server(reply: (body: string, res: http.ServerResponse) => void) {
  const seen: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const sockets = new Set<string>();
  const srv = http.createServer((req, res) => {
    sockets.add(`${req.socket.remotePort}`);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ headers: req.headers, body });
      reply(body, res);
    });
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/api/v1/ingest/ruuvi`;
  const close = () =>
    new Promise<void>((resolve) => {
      srv.closeAllConnections();
      srv.close(() => resolve());
    });
  return { url, seen, sockets, close };
}

describe('createHttpPostBatch', () => {
  it('posts the body as JSON with the key, reuses connections and hands back status and text', async () => {
    const api = await server((body, res) => {
      res.writeHead(202, { 'content-type': 'application/json' });
      res.end(`{"accepted":${body.length}}`);
    });
    const post = createHttpPostBatch(2);
    const body = '{"data":{"gw_mac":"F2:A0:0C:00:00:01","tags":{"é":1}}}';
    for (let i = 0; i < 6; i++) {
      expect(await post(api.url, 'Bearer wwg_x', body, 1000)).toEqual({
        kind: 'response',
        status: 202,
        text: `{"accepted":${body.length}}`,
      });
    }
    expect(api.seen[0].body).toBe(body);
    expect(api.seen[0].headers).toMatchObject({
      'content-type': 'application/json',
      authorization: 'Bearer wwg_x',
      'content-length': String(Buffer.byteLength(body)),
    });
    expect(api.sockets.size).toBe(1);
    await api.close();
  });

  it('reports a refused connection and a request that takes too long as network errors', async () => {
    const slow = await server((_, res) => setTimeout(() => res.end('late'), 500));
    const post = createHttpPostBatch(4);
    expect(await post(slow.url, 'Bearer k', '{}', 50)).toEqual({
      kind: 'network-error',
      message: 'timed out',
    });
    await slow.close();
    const refused = await post(slow.url, 'Bearer k', '{}', 1000);
    expect(refused.kind).toBe('network-error');
    expect(refused.kind === 'network-error' ? refused.message : '').toContain('ECONNREFUSED');
  });
});
