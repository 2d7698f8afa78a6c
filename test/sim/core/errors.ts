/**
 * An AWS error as the simulator will put it on the wire. `type` is the error code the SDK turns into the
 * exception's `name` (awsJson `__type`, REST-XML `<Code>`).
 */
export class SimError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status: number = 400,
  ) {
    super(message);
    this.name = type;
  }
}

export const clientException = (message: string): SimError => new SimError('ClientException', message);
export const invalidParameter = (message: string): SimError => new SimError('InvalidParameterException', message);
