// A Docker registry (distribution 2.x, Debian's docker-registry) on loopback for integration tests.
// dockerd treats 127.0.0.0/8 registries as insecure-allowed by default, so docker login/push talk plain HTTP to
// it without any daemon flag.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOOPBACK, retryOnPortClash } from './ports.js';
import { LongRunningProcess, findExecutable, httpStatus, requireExecutable, runCommand, waitUntilReady } from './process.js';

export interface RegistryOptions {
  /** Turns on htpasswd auth; defaults to "ci" when only a password is given. */
  username?: string;
  /** Defaults to a random one when only a username is given. */
  password?: string;
  startTimeoutMs?: number;
}

export interface RegistryServer {
  /** 127.0.0.1:PORT, the form image references and `docker login` take. */
  readonly address: string;
  /** http://127.0.0.1:PORT */
  readonly url: string;
  readonly username: string | undefined;
  readonly password: string | undefined;
  readonly pid: number;
  /** Where the registry keeps its blobs and config; removed by stop(). */
  readonly dir: string;
  stop(): Promise<void>;
  logTail(lines?: number): string;
}

const INSTALL_HINT = 'apt-get install -y docker-registry';
/** bcrypt work factor: the registry verifies the hash on every request, and a push makes dozens. */
const BCRYPT_COST = '05';
const BCRYPT_ALPHABET = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** 16 random bytes in bcrypt's own base64 alphabet: the 22-character salt of a $2b$ hash. */
function bcryptSalt(): string {
  const standard = randomBytes(16).toString('base64').replace(/=+$/, '');
  return [...standard].map((ch) => BCRYPT_ALPHABET[BASE64_ALPHABET.indexOf(ch)]).join('');
}

/**
 * The registry's htpasswd auth accepts only bcrypt hashes. Node has no bcrypt, and neither python's bcrypt
 * module nor apache2-utils is on a fresh machine, but Debian's libcrypt (libxcrypt) implements $2b$ and perl
 * (perl-base is Essential) exposes it through crypt(). htpasswd from apache2-utils is the fallback.
 */
export async function bcryptHash(password: string): Promise<string> {
  const perl = findExecutable('perl');
  if (perl !== undefined) {
    const salt = `$2b$${BCRYPT_COST}$${bcryptSalt()}`;
    const result = await runCommand(perl, ['-e', 'print crypt($ENV{PA_PASSWORD}, $ENV{PA_SALT}) // ""'], {
      env: { PA_PASSWORD: password, PA_SALT: salt },
      timeoutMs: 10_000,
    });
    const hash = result.stdout.trim();
    if (result.code === 0 && hash.startsWith(salt)) return hash;
  }
  const htpasswd = findExecutable('htpasswd');
  if (htpasswd !== undefined) {
    const result = await runCommand(htpasswd, ['-niB', '-C', String(Number(BCRYPT_COST)), 'user'], {
      input: `${password}\n`,
      timeoutMs: 10_000,
    });
    const hash = result.stdout.trim().split(':')[1] ?? '';
    if (result.code === 0 && hash.startsWith('$2')) return hash;
  }
  throw new Error('no bcrypt implementation found (perl crypt() without $2b$ support, no htpasswd): apt-get install -y apache2-utils');
}

export async function startRegistry(opts: RegistryOptions = {}): Promise<RegistryServer> {
  const binary = requireExecutable('docker-registry', INSTALL_HINT);
  const authEnabled = opts.username !== undefined || opts.password !== undefined;
  const username = authEnabled ? (opts.username ?? 'ci') : undefined;
  const password = authEnabled ? (opts.password ?? randomBytes(12).toString('hex')) : undefined;

  const dir = await mkdtemp(join(tmpdir(), 'pa-registry-'));
  try {
    const htpasswdPath = join(dir, 'htpasswd');
    if (username !== undefined && password !== undefined) {
      if (username.includes(':')) throw new Error(`registry username must not contain ":" (got ${username})`);
      await writeFile(htpasswdPath, `${username}:${await bcryptHash(password)}\n`, { mode: 0o600 });
    }

    const { proc, port } = await retryOnPortClash(async (port) => {
      // YAML is a superset of JSON, so the registry reads this JSON as its config.yml.
      const config = {
        version: '0.1',
        log: { level: 'info', formatter: 'text' },
        storage: { filesystem: { rootdirectory: join(dir, 'data') }, delete: { enabled: true } },
        http: { addr: `${LOOPBACK}:${port}`, secret: randomBytes(16).toString('hex') },
        ...(username !== undefined ? { auth: { htpasswd: { realm: 'platform-actions-test', path: htpasswdPath } } } : {}),
      };
      const configPath = join(dir, 'config.yml');
      await writeFile(configPath, JSON.stringify(config, null, 2));
      const proc = await LongRunningProcess.start({ name: 'docker-registry', command: binary, args: ['serve', configPath] });
      const expected = username !== undefined ? 401 : 200;
      try {
        await waitUntilReady(
          proc,
          `docker-registry on ${LOOPBACK}:${port}`,
          async () => (await httpStatus(`http://${LOOPBACK}:${port}/v2/`)) === expected,
          { timeoutMs: opts.startTimeoutMs ?? 20_000 },
        );
      } catch (err) {
        await proc.stop({ graceMs: 2_000 });
        throw err;
      }
      return { proc, port };
    });

    const address = `${LOOPBACK}:${port}`;
    return {
      address,
      url: `http://${address}`,
      username,
      password,
      pid: proc.pid,
      dir,
      stop: async () => {
        try {
          await proc.stop({ graceMs: 5_000 });
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
      logTail: (lines) => proc.logTail(lines),
    };
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}
