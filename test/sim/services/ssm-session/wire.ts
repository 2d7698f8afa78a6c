import { createHash, randomUUID } from 'node:crypto';

/**
 * The agent's side of the Session Manager data-channel framing (amazon-ssm-agent agent/session/contracts/
 * agentmessage.go), written independently of the action's client so a shared mistake cannot hide: a 116-byte
 * header (type 32 bytes space-padded, big-endian integers, the message UUID as its low 8 bytes then its high 8,
 * SHA-256 of the payload), then a u32 payload length and the payload.
 */
export interface WireMessage {
  messageType: string;
  sequenceNumber: number;
  flags: number;
  messageId: string;
  payloadType: number;
  payload: Buffer;
  createdDate?: number;
  schemaVersion?: number;
}

export interface ParsedWireMessage extends Required<WireMessage> {
  digestMatches: boolean;
}

const HL = 116;

export function serialize(message: WireMessage): Buffer {
  const out = Buffer.alloc(HL + 4 + message.payload.length, 0);
  out.writeUInt32BE(HL, 0);
  out.fill(' ', 4, 36);
  out.write(message.messageType, 4, 'utf8');
  out.writeUInt32BE(message.schemaVersion ?? 1, 36);
  out.writeBigUInt64BE(BigInt(message.createdDate ?? Date.now()), 40);
  out.writeBigInt64BE(BigInt(message.sequenceNumber), 48);
  out.writeBigUInt64BE(BigInt(message.flags), 56);
  const id = Buffer.from(message.messageId.replace(/-/g, ''), 'hex');
  id.copy(out, 64, 8, 16);
  id.copy(out, 72, 0, 8);
  createHash('sha256').update(message.payload).digest().copy(out, 80);
  out.writeUInt32BE(message.payloadType, 112);
  out.writeUInt32BE(message.payload.length, 116);
  message.payload.copy(out, 120);
  return out;
}

export function parse(frame: Buffer): ParsedWireMessage {
  if (frame.length < HL + 4) throw new Error(`frame of ${frame.length} bytes is shorter than a header`);
  const headerLength = frame.readUInt32BE(0);
  const payload = frame.subarray(headerLength + 4);
  const idHex = Buffer.concat([frame.subarray(72, 80), frame.subarray(64, 72)]).toString('hex');
  return {
    // Other clients pad the type with leading NULs (ssm-session); the agent trims NULs and spaces.
    messageType: frame.subarray(4, 36).toString('utf8').replace(/^[\0 ]+|[\0 ]+$/g, ''),
    schemaVersion: frame.readUInt32BE(36),
    createdDate: Number(frame.readBigUInt64BE(40)),
    sequenceNumber: Number(frame.readBigInt64BE(48)),
    flags: Number(frame.readBigUInt64BE(56)),
    messageId: `${idHex.slice(0, 8)}-${idHex.slice(8, 12)}-${idHex.slice(12, 16)}-${idHex.slice(16, 20)}-${idHex.slice(20)}`,
    payloadType: frame.readUInt32BE(112),
    payload: Buffer.from(payload),
    digestMatches: payload.length === 0 || createHash('sha256').update(payload).digest().equals(frame.subarray(80, 112)),
  };
}

export function outputMessage(sequenceNumber: number, payloadType: number, payload: Buffer): Buffer {
  return serialize({ messageType: 'output_stream_data', sequenceNumber, flags: 0, messageId: randomUUID(), payloadType, payload });
}
