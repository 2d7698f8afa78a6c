import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { listenOnLoopback } from './ports.js';

/** A self-signed certificate for loopback test servers: its own CA, for 127.0.0.1, ::1 and localhost. */
export interface TestCertificate {
  key: string;
  cert: string;
  /** A file holding `cert`, for NODE_EXTRA_CA_CERTS (a child trusts the test server through it). */
  certPath: string;
  /** Removes the files. */
  remove(): void;
}

/** Made with the openssl CLI (Debian's openssl, on every machine of this kind): Node has no API to issue one. */
export function createTestCertificate(): TestCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'test-tls-'));
  const [keyPath, certPath] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-keyout', keyPath, '-out', certPath, '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1',
  ], { stdio: 'pipe' });
  return {
    key: readFileSync(keyPath, 'utf8'),
    cert: readFileSync(certPath, 'utf8'),
    certPath,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A TLS front on loopback for a plain-HTTP server (the simulator, moto): https://127.0.0.1:port reaches it. */
export async function startTlsFront(certificate: { key: string; cert: string }, upstreamPort: number): Promise<{ port: number; stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createTlsServer({ key: certificate.key, cert: certificate.cert }, (client) => {
    const upstream = connect(upstreamPort, '127.0.0.1');
    for (const socket of [client, upstream]) socket.on('error', () => undefined);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    client.pipe(upstream).pipe(client);
  });
  const port = await listenOnLoopback(server, sockets);
  return {
    port,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
