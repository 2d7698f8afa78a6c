import {
  acknowledgeFor, ActionStatus, decodeAgentMessage, encodeAgentMessage, inputStreamMessage, jsonBytes, MessageType,
  parseJsonPayload, PayloadType, ProtocolError, type DecodedAgentMessage,
} from './protocol.js';

/**
 * The client side of one data channel, without the socket: bytes in, bytes to send and output out. Mirrors what
 * the session-manager-plugin does (src/datachannel/streaming.go): every output_stream_data is acknowledged (a
 * repeat too, so the agent stops resending it), messages are processed strictly in sequence order (later ones are
 * held until the gap fills, earlier ones are repeats and dropped), the agent's handshake is answered, and input is
 * held while the service has paused publication.
 */

/** A version the agent treats as handshake-capable; we implement the handshake, not KMS encryption. */
export const CLIENT_VERSION = '1.2.694.0';
/** Wide, so tools that format to the terminal width do not truncate migration output. */
export const TERMINAL_SIZE = { cols: 250, rows: 50 };
const MAX_HELD_MESSAGES = 10_000;

export interface ChannelStep {
  /** Frames to send, in order. */
  send: Uint8Array[];
  /** Command output bytes, in stream order. */
  output: Uint8Array[];
  /** Set when the agent closed the channel; `detail` is its Output text, if any. */
  closed?: { detail: string };
}

export interface ChannelStats {
  received: number;
  repeats: number;
  acksSent: number;
  acksReceived: number;
  invalidMessages: number;
  handshake: 'none' | 'requested' | 'complete';
}

interface HandshakeRequest {
  AgentVersion?: string;
  RequestedClientActions?: { ActionType?: string; ActionParameters?: unknown }[];
}

export class DataChannel {
  readonly stats: ChannelStats = { received: 0, repeats: 0, acksSent: 0, acksReceived: 0, invalidMessages: 0, handshake: 'none' };
  private expectedSequence = 0;
  private readonly held = new Map<number, DecodedAgentMessage>();
  private nextInputSequence = 0;
  private paused = false;
  private readonly pending: Uint8Array[] = [];
  private sizeSent = false;

  constructor(private readonly newId: () => string, private readonly now: () => number) {}

  receive(frame: Uint8Array): ChannelStep {
    const step: ChannelStep = { send: [], output: [] };
    let message: DecodedAgentMessage;
    try {
      message = decodeAgentMessage(frame);
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
      this.stats.invalidMessages += 1;
      return step;
    }
    // Like the plugin: a message whose digest does not match is not acknowledged, so the agent sends it again.
    if (!message.digestValid) {
      this.stats.invalidMessages += 1;
      return step;
    }
    this.stats.received += 1;
    switch (message.messageType) {
      case MessageType.OutputStreamData:
        this.receiveStreamData(message, step);
        break;
      case MessageType.Acknowledge:
        this.stats.acksReceived += 1;
        break;
      case MessageType.ChannelClosed:
        step.closed = { detail: parseJsonPayload<{ Output?: string }>(message.payload)?.Output ?? '' };
        break;
      case MessageType.PausePublication:
        this.paused = true;
        break;
      case MessageType.StartPublication:
        this.paused = false;
        step.send.push(...this.pending.splice(0));
        break;
    }
    return step;
  }

  /** Frames for input data (payload type Output, Size, Flag...), held back while publication is paused. */
  input(payloadType: number, payload: Uint8Array, step: ChannelStep = { send: [], output: [] }): ChannelStep {
    const frame = encodeAgentMessage(inputStreamMessage({
      sequenceNumber: this.nextInputSequence++, payloadType, payload, messageId: this.newId(), now: this.now(),
    }));
    if (this.paused) this.pending.push(frame);
    else step.send.push(frame);
    return step;
  }

  /** The terminal size message; also what keeps the session from idling out (see index.ts). */
  sizeMessage(step?: ChannelStep): ChannelStep {
    this.sizeSent = true;
    return this.input(PayloadType.Size, jsonBytes(TERMINAL_SIZE), step);
  }

  private receiveStreamData(message: DecodedAgentMessage, step: ChannelStep): void {
    const sequence = message.sequenceNumber;
    if (sequence < this.expectedSequence || this.held.has(sequence)) {
      this.stats.repeats += 1;
      this.acknowledge(message, step);
      return;
    }
    if (sequence > this.expectedSequence) {
      // Too far ahead to hold: leave it unacknowledged so the agent resends it once the gap has filled.
      if (this.held.size >= MAX_HELD_MESSAGES) return;
      this.held.set(sequence, message);
      this.acknowledge(message, step);
      return;
    }
    this.acknowledge(message, step);
    this.process(message, step);
    this.expectedSequence += 1;
    for (let next = this.held.get(this.expectedSequence); next; next = this.held.get(this.expectedSequence)) {
      this.held.delete(this.expectedSequence);
      this.process(next, step);
      this.expectedSequence += 1;
    }
  }

  private acknowledge(message: DecodedAgentMessage, step: ChannelStep): void {
    step.send.push(encodeAgentMessage(acknowledgeFor(message, this.newId(), this.now())));
    this.stats.acksSent += 1;
  }

  private process(message: DecodedAgentMessage, step: ChannelStep): void {
    switch (message.payloadType) {
      case PayloadType.HandshakeRequest:
        this.stats.handshake = 'requested';
        this.input(PayloadType.HandshakeResponse, jsonBytes(handshakeResponse(parseJsonPayload<HandshakeRequest>(message.payload))), step);
        break;
      case PayloadType.HandshakeComplete:
        this.stats.handshake = 'complete';
        if (!this.sizeSent) this.sizeMessage(step);
        break;
      case PayloadType.Output:
      case PayloadType.StdErr:
        // An agent that skips the handshake starts streaming at once: the size goes with the first output then.
        if (!this.sizeSent && this.stats.handshake === 'none') this.sizeMessage(step);
        step.output.push(message.payload);
        break;
    }
  }
}

function handshakeResponse(request: HandshakeRequest | undefined): unknown {
  const errors: string[] = [];
  const processed = (request?.RequestedClientActions ?? []).map((action) => {
    if (action.ActionType === 'SessionType') return { ActionType: action.ActionType, ActionStatus: ActionStatus.Success };
    // KMS session encryption would need KMS calls and AES-GCM framing; refusing makes the agent end the session
    // with a reason instead of streaming ciphertext at us.
    const error = `${action.ActionType ?? 'unknown'} is not supported by this client`;
    errors.push(error);
    return { ActionType: action.ActionType, ActionStatus: ActionStatus.Unsupported, Error: error };
  });
  return { ClientVersion: CLIENT_VERSION, ProcessedClientActions: processed, Errors: errors };
}
