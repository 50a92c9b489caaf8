import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Served } from './firefox';

/** A local HTTPS server for real platform hosts, reached by the browser through a local proxy. */
export interface LocalSite {
  /** The HTTP proxy's port: give it to the browser as its proxy for http and https. */
  proxyPort: number;
  /** Every URL the HTTPS server answered, in order (what really went over the network). */
  readonly hits: string[];
  /** Replaces what is served (exact URLs). */
  serve(routes: Map<string, Served>): void;
  close(): Promise<void>;
}

/** A throwaway self-signed certificate for `hosts` (openssl, present on Debian). */
function selfSigned(hosts: string[]): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pulso-tls-'));
  try {
    const san = hosts.map((h) => `DNS:${h}`).join(',');
    const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${hosts[0]}`,
      '-addext', `subjectAltName=${san}`, '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`openssl could not make a test certificate: ${r.stderr || r.error}`);
    return { key: readFileSync(path.join(dir, 'key.pem'), 'utf8'), cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const listen = (server: net.Server): Promise<number> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));

/**
 * Serves `hosts` over real TLS on 127.0.0.1: an HTTP proxy tunnels CONNECT for those hosts to
 * a local HTTPS server and refuses everything else, so the browser's real network stack (and
 * the extension's webRequest listeners) see ordinary HTTPS responses and nothing leaves the machine.
 */
export async function startLocalSite(hosts: string[]): Promise<LocalSite> {
  let routes = new Map<string, Served>();
  const hits: string[] = [];
  const site = https.createServer(selfSigned(hosts), (req, res) => {
    const url = `https://${req.headers.host}${req.url}`;
    hits.push(url);
    const hit = routes.get(url);
    if (!hit) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not served by the test');
      return;
    }
    res.writeHead(hit.status ?? 200, { 'content-type': hit.contentType, ...hit.headers }).end(hit.body);
  });
  const sitePort = await listen(site);
  const proxy = http.createServer((_req, res) => res.writeHead(403).end());
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const [host, port] = String(req.url).split(':');
    client.on('error', () => client.destroy());
    if (!hosts.includes(host) || port !== '443') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(sitePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
  });
  const proxyPort = await listen(proxy);
  const sockets = new Set<net.Socket>();
  for (const s of [site, proxy]) s.on('connection', (c: net.Socket) => { sockets.add(c); c.on('close', () => sockets.delete(c)); });
  return {
    proxyPort,
    hits,
    serve(next) {
      routes = next;
    },
    async close() {
      for (const c of sockets) c.destroy();
      await Promise.all([site, proxy].map((s) => new Promise((r) => s.close(r))));
    },
  };
}
