/**
 * A test job's service containers: postgres, mysql and redis with their credentials, database and any image (e.g.
 * pgvector/pgvector:pg16), each with a health check so the job starts only once it answers, and the URLs the tests
 * read (DATABASE_URL, PG*, MYSQL_URL, REDIS_URL); and any other container (RabbitMQ, MinIO) as configured.
 */
import type { TestServiceConfig } from '../config/schema-test.js';
import type { ServiceContainer } from './types.js';

interface Known { image: string; port: number }
const KNOWN: Record<'postgres' | 'mysql' | 'redis', Known> = {
  postgres: { image: 'postgres:16-alpine', port: 5432 },
  mysql: { image: 'mysql:8.4', port: 3306 },
  redis: { image: 'redis:7-alpine', port: 6379 },
};

const health = (command: string) => `--health-cmd "${command}" --health-interval 5s --health-timeout 5s --health-retries 12`;
const portPair = (port: number | string) => (typeof port === 'number' ? `${port}:${port}` : port.includes(':') ? port : `${port}:${port}`);

export interface TestServices { services: Record<string, ServiceContainer>; env: Record<string, string> }

/** `database`: the default database name (`<app>_test`). */
export function testServices(entries: TestServiceConfig[], database: string): TestServices {
  const services: Record<string, ServiceContainer> = {};
  const env: Record<string, string> = {};
  // The first container of each type gives the job its URLs.
  const exported = (values: Record<string, string>) => {
    for (const [key, value] of Object.entries(values)) if (!(key in env)) env[key] = value;
  };
  for (const entry of entries) {
    const spec = typeof entry === 'string' ? { type: entry } : entry;
    if (!spec.type) {
      services[spec.name!] = {
        image: spec.image!,
        ...(spec.env && Object.keys(spec.env).length ? { env: spec.env } : {}),
        ports: (spec.ports ?? []).map(portPair),
        ...(spec['health-cmd'] ? { options: health(spec['health-cmd']) } : {}),
      };
      continue;
    }
    const known = KNOWN[spec.type];
    const ports = spec.ports?.length ? spec.ports.map(portPair) : [`${known.port}:${known.port}`];
    const hostPort = ports[0]!.split(':')[0]!;
    const db = spec.database ?? database;
    let containerEnv: Record<string, string> = {};
    let check: string;
    if (spec.type === 'postgres') {
      const user = spec.user ?? 'postgres';
      const password = spec.password ?? 'postgres';
      containerEnv = { POSTGRES_USER: user, POSTGRES_PASSWORD: password, POSTGRES_DB: db };
      check = `pg_isready -U ${user}`;
      exported({ DATABASE_URL: `postgresql://${user}:${password}@localhost:${hostPort}/${db}`, PGHOST: 'localhost', PGPORT: hostPort, PGUSER: user, PGPASSWORD: password, PGDATABASE: db });
    } else if (spec.type === 'mysql') {
      const user = spec.user ?? 'root';
      const password = spec.password ?? 'root';
      // The official image makes a user other than root itself, with the root password set alongside.
      containerEnv = user === 'root' ? { MYSQL_ROOT_PASSWORD: password, MYSQL_DATABASE: db } : { MYSQL_ROOT_PASSWORD: password, MYSQL_USER: user, MYSQL_PASSWORD: password, MYSQL_DATABASE: db };
      check = `mysqladmin ping -h 127.0.0.1 -u${user} -p${password}`;
      const url = `mysql://${user}:${password}@127.0.0.1:${hostPort}/${db}`;
      exported({ MYSQL_URL: url });
      if (!('DATABASE_URL' in env)) env.DATABASE_URL = url;
    } else {
      check = 'redis-cli ping';
      exported({ REDIS_URL: `redis://localhost:${hostPort}` });
    }
    services[spec.name ?? spec.type] = {
      image: spec.image ?? known.image,
      env: { ...containerEnv, ...spec.env },
      ports,
      options: health(check),
    };
    if (Object.keys(services[spec.name ?? spec.type]!.env!).length === 0) delete services[spec.name ?? spec.type]!.env;
  }
  return { services, env };
}
