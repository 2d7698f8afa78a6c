// Outside text that tries to become workflow commands, one entry per way the runner can be made to parse a line
// (see actions/common/src/untrusted.ts). Shared by the unit test of the neutralising printer and the end-to-end
// tests that feed these lines to each action through a real source (a log event, docker output, a file name).
// Every entry carries `forged-` or the review's `::add-mask::succeeded`, so a processed command that came from
// one of them is easy to tell from the action's own.
export const HOSTILE_TEXTS: readonly string[] = [
  'ERROR\n::stop-commands::forged-stop',
  'done\r::error::forged-annotation',
  'line\r\n::add-mask::succeeded',
  '  ::warning::forged-indented',
  '\u0085::notice::forged-after-NEL, which .NET trims',
  'npm WARN ##[error]forged-legacy anywhere in the line',
  '::set-output name=result::forged-output',
  '::save-state name=is-post::forged-state',
  '##[set-output name=result;]forged-legacy-output',
  '::ERROR::forged-upper-case',
];

/** All of them as one text, as a log tail or a build's output would carry them. */
export const HOSTILE_BLOCK = HOSTILE_TEXTS.join('\n');

interface ProcessedCommand {
  readonly name: string;
  readonly data: string;
  readonly raw: string;
}

/** The processed commands that came from hostile text rather than from the action itself. */
export function forgedCommands(commands: readonly ProcessedCommand[]): ProcessedCommand[] {
  return commands.filter((c) => c.raw.includes('forged-') || (c.name === 'add-mask' && c.data === 'succeeded'));
}
