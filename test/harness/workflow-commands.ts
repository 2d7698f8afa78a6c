// Parsing of `::name key=value,key=value::data` workflow commands, following the runner's own
// rules (actions/runner src/Runner.Common/ActionCommand.cs, TryParseV2):
// - leading whitespace (as .NET defines it) is ignored, the line must then start with `::`;
// - the command name is matched case-insensitively against the registered commands, anything
//   else is plain output;
// - properties are split on `,` then on the first `=`; a property without a value is dropped;
// - unescaping is a sequence of plain replacements with `%25` last, which is why `%250A` stays `%0A`.

export const REGISTERED_COMMANDS: ReadonlySet<string> = new Set([
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'debug',
  'error',
  'warning',
  'notice',
  'group',
  'endgroup',
  'echo',
  'save-state',
  'set-output',
  'set-env',
  'add-path',
  'stop-commands',
]);

export interface ParsedCommand {
  /** Lower-cased command name. */
  readonly name: string;
  /** Property names as written; values unescaped. */
  readonly properties: Readonly<Record<string, string>>;
  readonly data: string;
}

const DATA_ESCAPES: ReadonlyArray<readonly [string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];

const PROPERTY_ESCAPES: ReadonlyArray<readonly [string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];

function replaceInOrder(text: string, table: ReadonlyArray<readonly [string, string]>): string {
  let result = text;
  for (const [escaped, plain] of table) result = result.split(escaped).join(plain);
  return result;
}

export function unescapeCommandData(text: string): string {
  return replaceInOrder(text, DATA_ESCAPES);
}

export function unescapeCommandProperty(text: string): string {
  return replaceInOrder(text, PROPERTY_ESCAPES);
}

/** The lower-cased command name at the start of a command's info part, and where its properties start. */
function commandName(info: string): { name: string; space: number } {
  const space = info.indexOf(' ');
  return { name: (space < 0 ? info : info.slice(0, space)).toLowerCase(), space };
}

function isRegistered(name: string, extraNames: ReadonlySet<string>): boolean {
  return name !== '' && (REGISTERED_COMMANDS.has(name) || [...extraNames].some((n) => n.toLowerCase() === name));
}

// .NET's String.TrimStart() removes what char.IsWhiteSpace calls white space, which differs from JavaScript's
// trimStart(): U+0085 (NEL) is trimmed by .NET only, U+FEFF by JavaScript only.
const DOTNET_LEADING_WHITESPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/**
 * Returns the command a line carries, or null when the runner would print the line as output.
 * `extraNames` lets the caller register a stop-commands resume token, which the runner treats
 * as a command name while commands are paused.
 */
export function parseWorkflowCommand(line: string, extraNames: ReadonlySet<string> = new Set()): ParsedCommand | null {
  const message = line.replace(DOTNET_LEADING_WHITESPACE, '');
  if (!message.startsWith('::')) return null;
  const end = message.indexOf('::', 2);
  if (end < 0) return null;

  const info = message.slice(2, end);
  const { name, space } = commandName(info);
  if (!isRegistered(name, extraNames)) return null;

  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const part of info.slice(space + 1).trim().split(',')) {
      if (part === '') continue;
      const eq = part.indexOf('=');
      if (eq <= 0 || eq === part.length - 1) continue;
      properties[part.slice(0, eq)] = unescapeCommandProperty(part.slice(eq + 1));
    }
  }
  return { name, properties, data: unescapeCommandData(message.slice(end + 2)) };
}

/** Property lookup is case-insensitive in the runner; the last spelling written wins. */
export function commandProperty(properties: Readonly<Record<string, string>>, key: string): string | undefined {
  let found: string | undefined;
  for (const [name, value] of Object.entries(properties)) {
    if (name.toLowerCase() === key.toLowerCase()) found = value;
  }
  return found;
}

const LEGACY_ESCAPES: ReadonlyArray<readonly [string, string]> = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%'],
];

/**
 * The legacy `##[name key=value;key=value]data` syntax (ActionCommand.TryParse), which the runner tries when the
 * line is not a `::` command. Unlike `::`, the prefix is found *anywhere* in the line, so text such as
 * `npm WARN ##[error]x` raises an annotation on GitHub.
 */
export function parseLegacyWorkflowCommand(line: string, extraNames: ReadonlySet<string> = new Set()): ParsedCommand | null {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return null;
  const close = line.indexOf(']', prefix);
  if (close < 0) return null;
  const info = line.slice(prefix + 3, close);
  const { name, space } = commandName(info);
  if (!isRegistered(name, extraNames)) return null;

  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const part of info.slice(space + 1).split(';')) {
      const eq = part.indexOf('=');
      if (eq <= 0) continue;
      properties[part.slice(0, eq).trim()] = replaceInOrder(part.slice(eq + 1), LEGACY_ESCAPES);
    }
  }
  return { name, properties, data: replaceInOrder(line.slice(close + 1), LEGACY_ESCAPES) };
}
