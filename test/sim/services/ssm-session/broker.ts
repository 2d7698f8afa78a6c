import { randomBytes } from 'node:crypto';
import type { ServiceControl } from '../../core/service-module.js';

/** One ExecuteCommand session, as tests see it (sim.control.service('ssm-session').httpActions.sessions). */
export interface ExecSessionView {
  sessionId: string;
  taskArn: string;
  containerName: string;
  command: string;
  /** created → connected (token accepted) → running (process started) → exited | killed. */
  status: 'created' | 'connected' | 'running' | 'exited' | 'killed';
  handshake: 'pending' | 'complete' | 'skipped' | 'failed';
  clientVersion?: string;
  exitCode?: number | null;
  signal?: string | null;
  /** output_stream_data messages sent (repeats included) and acknowledgements received for them. */
  messagesSent: number;
  acksReceived: number;
  /** Acks naming a message id this session never sent (a UUID byte-order mismatch shows up here). */
  acksForUnknownIds: number;
  /** Client messages whose PayloadDigest is not the SHA-256 of the payload (accepted anyway, see server.ts). */
  badDigests: number;
  /** input_stream_data received, by payload type (3 = Size: the client's terminal size / keep-alive). */
  inputsByPayloadType: Record<number, number>;
  /** Wrong-token connection attempts. */
  refusedConnections: number;
}

export interface ExecSessionSettings {
  /** Largest output payload per message [1024]: smaller values split lines (and sentinels) across messages. */
  maxPayloadBytes: number;
  /** Send every Nth output message twice (a resend the client must drop) [0 = never]. */
  repeatEvery: number;
  /** How long the agent waits for a HandshakeResponse before closing the channel [10000 real ms]. */
  handshakeTimeoutMs: number;
}

const DEFAULT_SETTINGS: ExecSessionSettings = { maxPayloadBytes: 1024, repeatEvery: 0, handshakeTimeoutMs: 10_000 };

export interface ExecSessionRecord extends ExecSessionView {
  tokenValue: string;
  /** Message ids sent and not yet acknowledged. */
  unacked: Set<string>;
  /** Set by the server while a process runs: ends it (client went away, simulator stopping). */
  kill?: () => void;
}

/** Sessions created by ExecuteCommand and served by the data-channel endpoint; ids and tokens are random. */
export class ExecSessionBroker {
  private readonly sessions = new Map<string, ExecSessionRecord>();
  private base = 'ws://127.0.0.1:0';
  settings: ExecSessionSettings = { ...DEFAULT_SETTINGS };

  /** Called once the HTTP server listens: stream URLs carry its port. */
  setEndpoint(httpEndpoint: string): void {
    this.base = httpEndpoint.replace(/^http/, 'ws');
  }

  create(fields: { taskArn: string; containerName: string; command: string }): { sessionId: string; streamUrl: string; tokenValue: string } {
    const sessionId = `ecs-execute-command-${randomBytes(8).toString('hex')}`;
    const tokenValue = randomBytes(48).toString('base64url');
    this.sessions.set(sessionId, {
      ...fields, sessionId, tokenValue, status: 'created', handshake: 'pending', messagesSent: 0, acksReceived: 0,
      acksForUnknownIds: 0, badDigests: 0, inputsByPayloadType: {}, refusedConnections: 0, unacked: new Set(),
    });
    return { sessionId, tokenValue, streamUrl: `${this.base}/v1/data-channel/${sessionId}?role=publish_subscribe` };
  }

  get(sessionId: string): ExecSessionRecord | undefined {
    return this.sessions.get(sessionId);
  }

  list(): ExecSessionView[] {
    return [...this.sessions.values()].map(view);
  }

  killAll(): void {
    for (const session of this.sessions.values()) session.kill?.();
  }

  reset(): void {
    this.killAll();
    this.sessions.clear();
    this.settings = { ...DEFAULT_SETTINGS };
  }

  /** Registered as the `ssm-session` service control: `POST /__sim/ssm-session/sessions` and `/settings`. */
  control(): ServiceControl {
    return {
      reset: () => this.reset(),
      httpActions: {
        sessions: () => ({ sessions: this.list() }),
        settings: (body) => {
          const input = (body ?? {}) as Partial<ExecSessionSettings>;
          for (const [key, value] of Object.entries(input)) {
            const least = key === 'maxPayloadBytes' ? 1 : 0;
            if (!(key in DEFAULT_SETTINGS) || typeof value !== 'number' || !Number.isInteger(value) || value < least) throw new TypeError(`bad setting ${key}: ${String(value)}`);
          }
          this.settings = { ...this.settings, ...input };
          return { settings: this.settings };
        },
      },
    };
  }
}

function view(record: ExecSessionRecord): ExecSessionView {
  const { tokenValue: _token, unacked: _unacked, kill: _kill, ...rest } = record;
  return { ...rest, inputsByPayloadType: { ...rest.inputsByPayloadType } };
}
