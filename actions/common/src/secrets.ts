/**
 * Values the action masked in the log. The runner masks only the log: the job summary and step outputs are written
 * to files it does not filter, so anything derived from outside text is passed through `redact` before it goes
 * there, and a value masked in the log never shows in the summary or an output.
 */
export class MaskedValues {
  private readonly values = new Set<string>();

  constructor(private readonly mask: (value: string) => void = () => undefined) {}

  /** Masks a value in the log (from now on) and remembers it for `redact`. Blank values are ignored, as by the runner. */
  add(value: string): void {
    if (value.trim() === '' || this.values.has(value)) return;
    this.values.add(value);
    this.mask(value);
  }

  /** The text with every masked value replaced by `***`, longest first so a value inside another goes with it. */
  redact(text: string): string {
    let result = text;
    for (const value of [...this.values].sort((a, b) => b.length - a.length)) result = result.split(value).join('***');
    return result;
  }

  /** Each output value redacted. */
  redactAll<T extends Record<string, string>>(outputs: T): T {
    return Object.fromEntries(Object.entries(outputs).map(([name, value]) => [name, this.redact(value)])) as T;
  }
}
