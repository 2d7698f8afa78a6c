import type { FaultKind } from './faults.js';

export interface RecordedCall {
  seq: number;
  requestId: string;
  service: string;
  operation: string;
  input: unknown;
  /** HTTP status sent; 0 when the connection was reset without an answer. */
  status: number;
  errorType?: string;
  errorMessage?: string;
  fault?: FaultKind;
  /** The fault replaced the answer of an operation that ran (FaultSpec.afterOperation). */
  afterOperation?: boolean;
  /** Sim time (epoch ms) when the request arrived. */
  simTime: number;
  /** Real time (epoch ms) when the request arrived. */
  realTime: number;
  durationMs: number;
  /** From the SigV4 credential scope (not verified). */
  region?: string;
  accessKeyId?: string;
  /** The client's `x-amz-user-agent` (SDK v3) or `user-agent` header. */
  userAgent?: string;
}

export interface CallFilter {
  service?: string;
  operation?: string;
  /** Only calls with seq greater than this. */
  afterSeq?: number;
}

export class CallRecorder {
  private calls: RecordedCall[] = [];
  private nextSeq = 1;

  record(call: Omit<RecordedCall, 'seq'>): RecordedCall {
    const recorded = { ...call, seq: this.nextSeq++ };
    this.calls.push(recorded);
    return recorded;
  }

  list(filter: CallFilter = {}): RecordedCall[] {
    return this.calls
      .filter((call) => filter.service === undefined || call.service === filter.service)
      .filter((call) => filter.operation === undefined || call.operation === filter.operation)
      .filter((call) => filter.afterSeq === undefined || call.seq > filter.afterSeq)
      .map((call) => ({ ...call }));
  }

  clear(): void {
    this.calls = [];
  }
}
