/**
 * What exactly is wrong with a value the schema refused, in the user's terms: a role ARN with an 11-digit account
 * or a `user/`, a tag pattern written as a ref or a regular expression, a `${{ }}` that GitHub would paste into a
 * shell script. Each returns one sentence that ends with what to write instead.
 */
import { compileFilter, FilterPatternError } from './ref-filter.js';

const ROLE_EXAMPLE = 'arn:aws:iam::111111111111:role/deploy';

/** Undefined when `value` is an IAM role ARN the schema accepts. */
export function roleArnProblem(value: string): string | undefined {
  if (/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(value)) return undefined;
  const shown = JSON.stringify(value);
  const why = (reason: string, example = ROLE_EXAMPLE) => `${shown} is not an IAM role ARN: ${reason}; e.g. ${example}`;
  if (/\s/.test(value)) return why('it contains a space or a line break');
  if (/^\d{12}$/.test(value)) return why('that is an account id; the role ARN names the account and the role', `arn:aws:iam::${value}:role/deploy`);
  if (!value.startsWith('arn:')) return why('write the whole ARN, not only the role name', `arn:aws:iam::111111111111:role/${value.replace(/^role\//, '') || 'deploy'}`);
  const [, partition = '', service = '', region = '', account = '', ...rest] = value.split(':');
  const resource = rest.join(':');
  if (!/^aws[a-z-]*$/.test(partition)) return why(`"${partition}" is not an AWS partition (aws, aws-cn or aws-us-gov)`);
  if (service === 'sts' && resource.startsWith('assumed-role/')) {
    return why('that is an assumed-role session (sts); write the role itself', `arn:${partition}:iam::${account || '111111111111'}:role/${resource.split('/')[1] ?? 'deploy'}`);
  }
  if (service !== 'iam') return why(`it is an ${service || 'unnamed'} ARN; GitHub OIDC assumes an IAM role`);
  if (region !== '') return why(`IAM ARNs have no region ("${region}"): write two colons after iam`, `arn:${partition}:iam::${account}:${resource}`);
  if (!/^\d{12}$/.test(account)) {
    const digits = account.replace(/\D/g, '').length;
    const detail = account === '' ? 'the account id is missing' : /\D/.test(account) ? `the account id "${account}" must be digits only` : `the account id "${account}" has ${digits} digit${digits === 1 ? '' : 's'}; AWS account ids have 12`;
    return why(detail, `arn:${partition}:iam::111111111111:${resource || 'role/deploy'}`);
  }
  const kind = /^([\w-]+)\//.exec(resource)?.[1];
  if (kind && kind !== 'role') {
    const what = kind === 'user' ? 'an IAM user' : kind === 'group' ? 'an IAM group' : kind === 'policy' ? 'a policy' : `"${kind}/"`;
    return why(`it names ${what}, not a role; GitHub OIDC assumes a role: write role/<name>`, `arn:${partition}:iam::${account}:role/${resource.slice(kind.length + 1).split('/').pop() || 'deploy'}`);
  }
  if (!/^role\/.+/.test(resource)) return why('the role name is missing after role/', `arn:${partition}:iam::${account}:role/deploy`);
  return why('the role name may hold only letters, digits and + = , . @ _ - /', `arn:${partition}:iam::${account}:role/deploy`);
}

const GITHUB_TAG_SYNTAX = 'GitHub tag filters accept * (any characters but /), ** (any characters), ? (zero or one of the character before), '
  + '+ (one or more of the character before), [0-9a-z] (one listed character or range) and a leading ! (exclude what earlier patterns matched), e.g. v*.*.* or v[0-9]+.[0-9]+.[0-9]+';

/** Undefined when `value` is one GitHub tag filter pattern (see ref-filter.ts), else what is wrong with it. */
export function tagPatternProblem(value: string): string | undefined {
  const shown = JSON.stringify(value);
  if (value.replace(/^!/, '').startsWith('refs/tags/')) return `${shown}: write the tag pattern without "refs/tags/", e.g. ${value.replace('refs/tags/', '') || 'v*.*.*'}`;
  if (/[\s,]/.test(value.trim())) return `${shown} is several patterns in one: give release-tags a list, e.g. [v*.*.*, release-*]`;
  if (/[\s~^:]/.test(value)) return `${shown} contains a character a git tag cannot have (space, ~, ^ or :): ${GITHUB_TAG_SYNTAX}`;
  if (/[$(){}|]/.test(value)) return `${shown} is a regular expression, but tag filters are glob patterns: ${GITHUB_TAG_SYNTAX}`;
  try {
    compileFilter(value);
  } catch (error) {
    if (error instanceof FilterPatternError) return `${error.message}: ${GITHUB_TAG_SYNTAX}`;
    throw error;
  }
  return undefined;
}

/** Values GitHub already puts in every step's environment, so a script can read `$NAME` instead of `${{ … }}`. */
const DEFAULT_ENV: Record<string, string> = {
  'github.sha': 'GITHUB_SHA', 'github.ref': 'GITHUB_REF', 'github.ref_name': 'GITHUB_REF_NAME', 'github.head_ref': 'GITHUB_HEAD_REF',
  'github.base_ref': 'GITHUB_BASE_REF', 'github.repository': 'GITHUB_REPOSITORY', 'github.actor': 'GITHUB_ACTOR', 'github.run_id': 'GITHUB_RUN_ID',
  'github.run_number': 'GITHUB_RUN_NUMBER', 'github.event_name': 'GITHUB_EVENT_NAME', 'github.workspace': 'GITHUB_WORKSPACE', 'runner.temp': 'RUNNER_TEMP',
};

/**
 * A `${{ }}` in a command: GitHub pastes it into the script before the shell runs it, so a branch name or a pull
 * request title becomes code. `where`: a test command (its job has test.env), the frontend's (its job has no env
 * setting yet), or a migration (it runs inside the image, where the runner's environment is not).
 */
export function expressionInCommandProblem(value: string, where: 'test' | 'frontend' | 'container'): string | undefined {
  const expression = /\$\{\{\s*([^}]*?)\s*\}\}/.exec(value) ?? /\$\{\{/.exec(value);
  if (!expression) return undefined;
  const inner = expression[1]?.trim() ?? '';
  const head = `contains ${expression[0]}, which GitHub pastes into the ${where === 'container' ? 'container\'s command' : 'run: script'} before the shell runs it (a branch name or a pull request title would run as code)`;
  if (where === 'container') return `${head}; the command runs in the image, so give it the value through the image or the task definition instead`;
  const known = DEFAULT_ENV[inner];
  if (known) return `${head}; write "$${known}" instead (GitHub sets it in every step's environment)`;
  const name = (inner.split('.').pop() ?? '').replace(/\W/g, '_').toUpperCase() || 'VALUE';
  return `${head}; pass it through the ${where === 'frontend' ? 'frontend\'s' : 'test job\'s'} env (e.g. env: { ${name}: "${expression[0]}" }) and write "$${name}" in the command`;
}

/** A secret in a build argument ends up in the image (its config and history), readable by anyone who can pull it. */
export function secretInBuildArgProblem(value: string): string | undefined {
  const secret = /\$\{\{\s*secrets\.([\w-]+)\s*\}\}/.exec(value) ?? /\$\{\{[^}]*secrets\./.exec(value);
  if (!secret) return undefined;
  return `${secret[0]} would bake the secret into the image: build arguments are stored in the image's config and history, where anyone who can pull the image reads them. `
    + 'Use a build secret instead (RUN --mount=type=secret,id=… in the Dockerfile, see https://docs.docker.com/build/building/secrets/); '
    + 'build-push does not pass build secrets yet, so remove it from build-args';
}
