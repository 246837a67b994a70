// A static node:http server on 127.0.0.1 for the two pages, their scripts, Leaflet's CSS and the fixture.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

function pageHtml(name) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench/ui: ${name}</title>
<link rel="stylesheet" href="/leaflet.css">
<style>html,body{margin:0;height:100%}#map{position:absolute;inset:0;background:#e9edf1}</style>
</head><body><div id="map"></div><script src="/${name}.js"></script></body></html>`;
}

/** Serves `/<page>.html`, `/<page>.js` (from `dir`), `/leaflet.css` and `/fixture.json`; resolves with its URL. */
export function serve({ dir, pages, leafletCss, fixtureJson }) {
  const files = new Map([
    ['/leaflet.css', readFileSync(leafletCss)],
    ['/fixture.json', Buffer.from(fixtureJson)],
  ]);
  for (const page of pages) {
    files.set(`/${page}.html`, Buffer.from(pageHtml(page)));
    files.set(`/${page}.js`, readFileSync(path.join(dir, `${page}.js`)));
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const body = files.get(url.pathname);
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(url.pathname)] ?? 'application/octet-stream' });
    res.end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
