/**
 * PHP: a Composer project (composer.json), Laravel when it has `artisan`, its checks (Pint, PHPStan, PHPUnit or
 * Pest, `php artisan test`), and the database settings Laravel reads in tests.
 */
import { folderOf, isInfraPath, isUnder, nameOf, shellArg, within, type RepoFiles } from './files.js';
import type { Command, TestService } from './types.js';

export interface PhpProject {
  dir: string;
  /** Composer packages and extensions (`ext-pdo_pgsql`) it requires, dev ones included. */
  deps: Set<string>;
  laravel: boolean;
  scripts: Record<string, unknown>;
  version?: { value: string; from: string };
}

export function phpProjects(repo: RepoFiles): PhpProject[] {
  const projects: PhpProject[] = [];
  for (const file of repo.files.filter((f) => nameOf(f) === 'composer.json').sort((a, b) => a.length - b.length)) {
    const dir = folderOf(file);
    const composer = repo.json(file);
    if (!composer || isInfraPath(repo, dir) || projects.some((p) => isUnder(dir, p.dir))) continue;
    const section = (key: string) => (composer[key] && typeof composer[key] === 'object' ? composer[key] as Record<string, unknown> : {});
    const php = String(section('require').php ?? '');
    const version = /\d+\.\d+/.exec(php)?.[0];
    projects.push({
      dir, deps: new Set([...Object.keys(section('require')), ...Object.keys(section('require-dev'))].map((d) => d.toLowerCase())),
      laravel: repo.has(within(dir, 'artisan')), scripts: section('scripts'),
      ...(version ? { version: { value: version, from: `${file} require.php` } } : {}),
    });
  }
  return projects;
}

export function phpTestCommands(repo: RepoFiles, project: PhpProject): { commands: Command[]; note: string } {
  const cd = (command: string) => (project.dir ? `cd ${shellArg(project.dir)} && ${command}` : command);
  const has = (dep: string) => project.deps.has(dep);
  const commands: Command[] = [{ run: cd('composer install --no-interaction --prefer-dist --no-progress') }];
  const found: string[] = [];
  // Laravel refuses to boot without an app key; the example environment file is what its own CI template copies.
  if (project.laravel && repo.has(within(project.dir, '.env.example'))) commands.push({ run: cd('cp .env.example .env') }, { run: cd('php artisan key:generate') });
  if (has('laravel/pint')) { commands.push({ run: cd('vendor/bin/pint --test') }); found.push('Pint'); }
  if (has('phpstan/phpstan') || has('larastan/larastan') || has('nunomaduro/larastan')) { commands.push({ run: cd('vendor/bin/phpstan analyse') }); found.push('PHPStan'); }
  const phpunitXml = ['phpunit.xml', 'phpunit.xml.dist'].some((f) => repo.has(within(project.dir, f)));
  if (project.scripts.test !== undefined) { commands.push({ run: cd('composer test') }); found.push('composer test'); }
  else if (project.laravel && (phpunitXml || has('pestphp/pest'))) { commands.push({ run: cd('php artisan test') }); found.push('php artisan test'); }
  else if (has('pestphp/pest')) { commands.push({ run: cd('vendor/bin/pest') }); found.push('Pest'); }
  else if (phpunitXml || has('phpunit/phpunit')) { commands.push({ run: cd('vendor/bin/phpunit') }); found.push('PHPUnit'); }
  const where = project.dir || 'the repository root';
  return { commands, note: `${project.laravel ? 'Laravel' : 'PHP'} in ${where}: composer install, then ${found.join(', ') || 'no test runner found'}` };
}

/**
 * Laravel reads DB_* (not DATABASE_URL) and its phpunit.xml may pin another database; when it does not, point the
 * tests at the service container the test job starts, with the credentials and database name the job gives it.
 */
export function laravelTestEnv(repo: RepoFiles, project: PhpProject, service: TestService | undefined, database: string): Record<string, string> | undefined {
  if (!project.laravel || (service !== 'postgres' && service !== 'mysql')) return undefined;
  const pinned = ['phpunit.xml', 'phpunit.xml.dist'].some((f) => /name="DB_CONNECTION"/.test(repo.read(within(project.dir, f))));
  if (pinned) return undefined;
  return service === 'postgres'
    ? { DB_CONNECTION: 'pgsql', DB_HOST: 'localhost', DB_PORT: '5432', DB_DATABASE: database, DB_USERNAME: 'postgres', DB_PASSWORD: 'postgres' }
    : { DB_CONNECTION: 'mysql', DB_HOST: '127.0.0.1', DB_PORT: '3306', DB_DATABASE: database, DB_USERNAME: 'root', DB_PASSWORD: 'root' };
}
