import { createHash } from 'node:crypto';

/**
 * The Session Manager data-channel wire format (what ECS Exec's streamUrl speaks), as the session-manager-plugin
 * and the SSM agent implement it (aws/session-manager-plugin src/message/clientmessage.go, messageparser.go):
 * one JSON text frame opens the channel, then every message is a binary frame
 *   HeaderLength u32 | MessageType 32 bytes (space padded) | SchemaVersion u32 | CreatedDate u64 (epoch ms)
 *   | SequenceNumber i64 | Flags u64 | MessageId 16 bytes | PayloadDigest 32 bytes (SHA-256) | PayloadType u32
 *   | PayloadLength u32 | Payload
 * big-endian; HeaderLength (116) counts everything before PayloadLength. The MessageId UUID is written as its
 * least significant 8 bytes first, then its most significant 8 (Java's UUID as two longs, LSB long first).
 */

export const MessageType = {
  InputStreamData: 'input_stream_data',
  OutputStreamData: 'output_stream_data',
  Acknowledge: 'acknowledge',
  ChannelClosed: 'channel_closed',
  StartPublication: 'start_publication',
  PausePublication: 'pause_publication',
} as const;

export const PayloadType = {
  Output: 1,
  Error: 2,
  Size: 3,
  Parameter: 4,
  HandshakeRequest: 5,
  HandshakeResponse: 6,
  HandshakeComplete: 7,
  EncChallengeRequest: 8,
  EncChallengeResponse: 9,
  Flag: 10,
  StdErr: 11,
  ExitCode: 12,
} as const;

/** ActionStatus in a HandshakeResponse's ProcessedClientActions. */
export const ActionStatus = { Success: 1, Failed: 2, Unsupported: 3 } as const;

export const HEADER_LENGTH = 116;
const TYPE_OFFSET = 4;
const TYPE_LENGTH = 32;
const SCHEMA_OFFSET = 36;
const CREATED_OFFSET = 40;
const SEQUENCE_OFFSET = 48;
const FLAGS_OFFSET = 56;
const ID_OFFSET = 64;
const DIGEST_OFFSET = 80;
const PAYLOAD_TYPE_OFFSET = 112;
const PAYLOAD_LENGTH_OFFSET = 116;

export interface AgentMessage {
  messageType: string;
  schemaVersion: number;
  /** Epoch ms. */
  createdDate: number;
  sequenceNumber: number;
  flags: number;
  /** Canonical lower-case UUID text. */
  messageId: string;
  payloadType: number;
  payload: Uint8Array;
}

export interface DecodedAgentMessage extends AgentMessage {
  /** Whether PayloadDigest is the SHA-256 of the payload (an empty payload is not checked, as the plugin does). */
  digestValid: boolean;
}

export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

export function sha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(bytes).digest());
}

export function encodeAgentMessage(message: AgentMessage): Uint8Array {
  if (message.messageType.length > TYPE_LENGTH) throw new ProtocolError(`message type "${message.messageType}" is longer than 32 bytes`);
  const out = new Uint8Array(HEADER_LENGTH + 4 + message.payload.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, HEADER_LENGTH);
  out.fill(0x20, TYPE_OFFSET, TYPE_OFFSET + TYPE_LENGTH);
  out.set(new TextEncoder().encode(message.messageType), TYPE_OFFSET);
  view.setUint32(SCHEMA_OFFSET, message.schemaVersion);
  view.setBigUint64(CREATED_OFFSET, BigInt(message.createdDate));
  view.setBigInt64(SEQUENCE_OFFSET, BigInt(message.sequenceNumber));
  view.setBigUint64(FLAGS_OFFSET, BigInt(message.flags));
  out.set(uuidToWire(message.messageId), ID_OFFSET);
  out.set(sha256(message.payload), DIGEST_OFFSET);
  view.setUint32(PAYLOAD_TYPE_OFFSET, message.payloadType);
  view.setUint32(PAYLOAD_LENGTH_OFFSET, message.payload.length);
  out.set(message.payload, HEADER_LENGTH + 4);
  return out;
}

export function decodeAgentMessage(input: Uint8Array | ArrayBuffer): DecodedAgentMessage {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length < HEADER_LENGTH + 4) throw new ProtocolError(`agent message of ${bytes.length} bytes is shorter than its header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(0);
  if (headerLength < HEADER_LENGTH || headerLength + 4 > bytes.length) throw new ProtocolError(`bad header length ${headerLength}`);
  const payloadLength = view.getUint32(PAYLOAD_LENGTH_OFFSET);
  const payload = bytes.slice(headerLength + 4);
  if (payload.length !== payloadLength) throw new ProtocolError(`payload length ${payload.length} does not match the header's ${payloadLength}`);
  const digest = bytes.subarray(DIGEST_OFFSET, DIGEST_OFFSET + 32);
  return {
    messageType: trimField(bytes.subarray(TYPE_OFFSET, TYPE_OFFSET + TYPE_LENGTH)),
    schemaVersion: view.getUint32(SCHEMA_OFFSET),
    createdDate: Number(view.getBigUint64(CREATED_OFFSET)),
    sequenceNumber: Number(view.getBigInt64(SEQUENCE_OFFSET)),
    flags: Number(view.getBigUint64(FLAGS_OFFSET)),
    messageId: uuidFromWire(bytes.subarray(ID_OFFSET, ID_OFFSET + 16)),
    payloadType: view.getUint32(PAYLOAD_TYPE_OFFSET),
    payload,
    digestValid: payload.length === 0 || equalBytes(digest, sha256(payload)),
  };
}

/** The plugin pads with spaces and other clients with NULs (either side): both are trimmed. */
function trimField(field: Uint8Array): string {
  return new TextDecoder().decode(field).replace(/^[\0\s]+|[\0\s]+$/g, '');
}

export function uuidToWire(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new ProtocolError(`"${uuid}" is not a UUID`);
  const canonical = Uint8Array.from(hex.match(/../g)!.map((pair) => parseInt(pair, 16)));
  const wire = new Uint8Array(16);
  wire.set(canonical.subarray(8, 16), 0);
  wire.set(canonical.subarray(0, 8), 8);
  return wire;
}

export function uuidFromWire(wire: Uint8Array): string {
  const canonical = new Uint8Array(16);
  canonical.set(wire.subarray(8, 16), 0);
  canonical.set(wire.subarray(0, 8), 8);
  const hex = Array.from(canonical, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** The text frame that authenticates the websocket (service.OpenDataChannelInput). */
export function openDataChannelFrame(fields: { tokenValue: string; requestId: string; clientId: string; clientVersion: string }): string {
  return JSON.stringify({
    MessageSchemaVersion: '1.0',
    RequestId: fields.requestId,
    TokenValue: fields.tokenValue,
    ClientId: fields.clientId,
    ClientVersion: fields.clientVersion,
  });
}

export interface AcknowledgeContent {
  AcknowledgedMessageType: string;
  AcknowledgedMessageId: string;
  AcknowledgedMessageSequenceNumber: number;
  IsSequentialMessage: boolean;
}

/** The plugin's acknowledge: sequence number 0, flags 3 (SYN|FIN), JSON payload naming the message received. */
export function acknowledgeFor(received: AgentMessage, messageId: string, now: number): AgentMessage {
  const content: AcknowledgeContent = {
    AcknowledgedMessageType: received.messageType,
    AcknowledgedMessageId: received.messageId,
    AcknowledgedMessageSequenceNumber: received.sequenceNumber,
    IsSequentialMessage: true,
  };
  return {
    messageType: MessageType.Acknowledge, schemaVersion: 1, createdDate: now, sequenceNumber: 0, flags: 3,
    messageId, payloadType: 0, payload: jsonBytes(content),
  };
}

export function inputStreamMessage(fields: { sequenceNumber: number; payloadType: number; payload: Uint8Array; messageId: string; now: number }): AgentMessage {
  return {
    messageType: MessageType.InputStreamData, schemaVersion: 1, createdDate: fields.now, sequenceNumber: fields.sequenceNumber,
    flags: 0, messageId: fields.messageId, payloadType: fields.payloadType, payload: fields.payload,
  };
}

export function jsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

/** A JSON payload, or undefined when it is not JSON (a malformed control payload must not end the session). */
export function parseJsonPayload<T>(payload: Uint8Array): T | undefined {
  try {
    return JSON.parse(new TextDecoder().decode(payload)) as T;
  } catch {
    return undefined;
  }
}
