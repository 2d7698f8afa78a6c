/**
 * The databases and caches the tests need, from every place that says so: docker-compose images, and the code's
 * dependencies in any language (a compose file often lists only what developers run locally, e.g. redis, while the
 * code talks to Postgres). Postgres extension images (pgvector, PostGIS) are kept, since the default image lacks
 * the extension the tests use.
 */
import { nameOf, type RepoFiles } from './files.js';
import type { TestService, TestServiceEntry } from './types.js';

const ORDER: TestService[] = ['postgres', 'mysql', 'redis'];
const PGVECTOR_IMAGE = 'pgvector/pgvector:pg16';

// Dependency names (npm, PyPI normalised, Composer, PHP extensions) → what they talk to.
const DEPENDENCIES: Record<string, TestService | 'pgvector' | 'rabbitmq'> = {
  pg: 'postgres', postgres: 'postgres', 'pg-promise': 'postgres', psycopg: 'postgres', psycopg2: 'postgres', 'psycopg2-binary': 'postgres',
  asyncpg: 'postgres', pg8000: 'postgres', 'ext-pdo_pgsql': 'postgres', 'ext-pgsql': 'postgres', pgvector: 'pgvector', 'pgvector/pgvector': 'pgvector',
  mysql2: 'mysql', mysql: 'mysql', mysqlclient: 'mysql', pymysql: 'mysql', aiomysql: 'mysql', 'mysql-connector-python': 'mysql', 'ext-pdo_mysql': 'mysql', 'ext-mysqli': 'mysql',
  ioredis: 'redis', redis: 'redis', 'predis/predis': 'redis', 'ext-redis': 'redis',
  amqplib: 'rabbitmq', 'amqp-connection-manager': 'rabbitmq', pika: 'rabbitmq', 'aio-pika': 'rabbitmq', 'php-amqplib/php-amqplib': 'rabbitmq',
};

export interface TestServices { services: TestServiceEntry[]; from?: string; unsupported: string[] }

/** `pgvector/pgvector:pg16@sha256:…` → what it is and whether the image itself must be kept. */
function classify(image: string): { type: TestService; keep: boolean } | undefined {
  const repository = image.split('@')[0]!.replace(/:[^/]*$/, '').toLowerCase();
  const name = repository.split('/').pop() ?? '';
  if (/^(postgres|postgresql)$/.test(name) && !repository.includes('/')) return { type: 'postgres', keep: false };
  if (/postgres|postgis|pgvector|timescale/.test(repository)) return { type: 'postgres', keep: true };
  if (/mysql|mariadb/.test(name)) return { type: 'mysql', keep: false };
  if (/redis|valkey/.test(name)) return { type: 'redis', keep: false };
  return undefined;
}

export function detectTestServices(repo: RepoFiles, dependencies: Map<string, string>): TestServices {
  const found = new Map<TestService, TestServiceEntry>();
  const reasons: string[] = [];
  const composeFiles = repo.files.filter((f) => /^(?:docker-)?compose[\w.-]*\.ya?ml$/.test(nameOf(f)));
  const composeImages: string[] = [];
  for (const file of composeFiles) {
    const services = (repo.yamlDocuments(file)[0] as { services?: Record<string, { image?: unknown }> } | undefined)?.services ?? {};
    for (const service of Object.values(services)) {
      const image = typeof service?.image === 'string' ? service.image : undefined;
      const kind = image ? classify(image) : undefined;
      if (!image || !kind || found.has(kind.type)) continue;
      found.set(kind.type, kind.keep ? { type: kind.type, image } : kind.type);
      composeImages.push(image);
    }
  }
  if (composeImages.length) reasons.push(`from ${composeFiles.join(', ')} (${composeImages.join(', ')})`);

  const evidence = new Map<string, string[]>();
  const note = (what: string, why: string) => evidence.set(what, [...(evidence.get(what) ?? []), why]);
  for (const [dep, where] of dependencies) {
    const what = DEPENDENCIES[dep];
    if (what) note(what, `${dep} in ${where}`);
  }
  if (dependencies.has('prisma') || dependencies.has('@prisma/client')) {
    for (const file of repo.files.filter((f) => f.endsWith('.prisma'))) {
      const provider = /provider\s*=\s*"(postgres(?:ql)?|mysql)"/.exec(repo.read(file))?.[1];
      if (provider) note(provider === 'mysql' ? 'mysql' : 'postgres', `prisma (${provider}) in ${file}`);
    }
  }
  for (const file of repo.files.filter((f) => /^\.env\.(example|sample|dist)$/.test(nameOf(f)))) {
    const connection = /^DB_CONNECTION=(\w+)/m.exec(repo.read(file))?.[1];
    if (connection === 'pgsql') note('postgres', `DB_CONNECTION=pgsql in ${file}`);
    if (connection === 'mysql') note('mysql', `DB_CONNECTION=mysql in ${file}`);
  }
  for (const file of repo.files.filter((f) => /Dockerfile/.test(nameOf(f)))) {
    const text = repo.read(file);
    if (/docker-php-ext-install[^\n]*\bpdo_pgsql\b/.test(text)) note('postgres', `pdo_pgsql in ${file}`);
    if (/docker-php-ext-install[^\n]*\bpdo_mysql\b/.test(text)) note('mysql', `pdo_mysql in ${file}`);
  }
  const fromCode: string[] = [];
  for (const type of ORDER) {
    const why = [...(evidence.get(type) ?? []), ...(type === 'postgres' ? evidence.get('pgvector') ?? [] : [])];
    if (!why.length || found.has(type)) continue;
    const pgvector = type === 'postgres' && evidence.has('pgvector');
    found.set(type, pgvector ? { type, image: PGVECTOR_IMAGE } : type);
    fromCode.push(...why);
  }
  if (fromCode.length) reasons.push(`from the code: ${[...new Set(fromCode)].join(', ')}`);
  const unsupported = evidence.has('rabbitmq') ? [`RabbitMQ (${evidence.get('rabbitmq')!.join(', ')})`] : [];
  return { services: ORDER.filter((s) => found.has(s)).map((s) => found.get(s)!), ...(reasons.length ? { from: reasons.join('; ') } : {}), unsupported };
}
