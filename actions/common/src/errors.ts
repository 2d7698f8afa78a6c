/**
 * A mistake in what the user wrote (an input, a config file), as opposed to a bug or an AWS failure.
 * Its message is shown as is, once, before any AWS call is made.
 */
export class ConfigurationError extends Error {
  readonly input: string;

  constructor(input: string, expected: string, options?: ErrorOptions) {
    super(`Input '${input}': ${expected}`, options);
    this.name = 'ConfigurationError';
    this.input = input;
  }
}

/** Wraps a failure with the step that failed, keeping the original as `cause`. */
export function withStep(step: string, error: unknown): Error {
  const detail = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  return new Error(`${step}: ${detail}`, { cause: error });
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
