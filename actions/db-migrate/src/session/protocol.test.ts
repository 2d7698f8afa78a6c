import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import ssmSession from 'ssm-session';
import {
  acknowledgeFor, decodeAgentMessage, encodeAgentMessage, HEADER_LENGTH, MessageType, openDataChannelFrame, PayloadType,
  ProtocolError, uuidFromWire, uuidToWire, type AgentMessage,
} from './protocol.js';

const ID = '00112233-4455-6677-8899-aabbccddeeff';
const sample: AgentMessage = {
  messageType: MessageType.OutputStreamData, schemaVersion: 1, createdDate: 1_700_000_000_123, sequenceNumber: 42,
  flags: 0, messageId: ID, payloadType: PayloadType.Output, payload: new TextEncoder().encode('hello\r\n'),
};

describe('agent message encoding', () => {
  const bytes = encodeAgentMessage(sample);
  const view = new DataView(bytes.buffer);

  it.each([
    ['header length', () => view.getUint32(0), HEADER_LENGTH],
    ['message type, space padded to 32 bytes', () => Buffer.from(bytes.subarray(4, 36)).toString('latin1'), 'output_stream_data'.padEnd(32, ' ')],
    ['schema version', () => view.getUint32(36), 1],
    ['created date (ms)', () => Number(view.getBigUint64(40)), 1_700_000_000_123],
    ['sequence number', () => Number(view.getBigInt64(48)), 42],
    ['message id: low 8 bytes, then high 8', () => Buffer.from(bytes.subarray(64, 80)).toString('hex'), '8899aabbccddeeff0011223344556677'],
    ['payload digest = SHA-256', () => Buffer.from(bytes.subarray(80, 112)).toString('hex'), createHash('sha256').update('hello\r\n').digest('hex')],
    ['payload type', () => view.getUint32(112), 1],
    ['payload length', () => view.getUint32(116), 7],
    ['payload', () => Buffer.from(bytes.subarray(120)).toString(), 'hello\r\n'],
  ])('%s', (_name, read, expected) => {
    expect(read()).toEqual(expected);
  });

  it('decodes what it encodes', () => {
    expect(decodeAgentMessage(bytes)).toEqual({ ...sample, digestValid: true });
  });

  it('agrees with the independent ssm-session package on field positions and UUID byte order', () => {
    const theirs = ssmSession.ssm.decode(bytes);
    expect(theirs.messageType).toBe('output_stream_data');
    expect(theirs.sequenceNumber).toBe(42);
    expect(theirs.messageId).toBe(ID);
    expect(theirs.payloadType).toBe(1);
  });

  it('reads ssm-session\'s acknowledge (NUL-padded type, non-SHA digest) as an acknowledge with a bad digest', () => {
    const ack = ssmSession.ssm.buildAcknowledge('output_stream_data', 7, ID) as Uint8Array;
    const decoded = decodeAgentMessage(ack);
    expect(decoded.messageType).toBe('acknowledge');
    expect(decoded.digestValid).toBe(false);
    expect(JSON.parse(new TextDecoder().decode(decoded.payload))).toMatchObject({ AcknowledgedMessageId: ID, AcknowledgedMessageSequenceNumber: 7 });
  });

  it('flags a tampered payload', () => {
    const tampered = bytes.slice();
    tampered[120] = 'j'.charCodeAt(0);
    expect(decodeAgentMessage(tampered).digestValid).toBe(false);
  });

  it.each([
    ['too short', new Uint8Array(50)],
    ['payload length disagrees', (() => { const b = bytes.slice(); new DataView(b.buffer).setUint32(116, 99); return b; })()],
  ])('refuses a frame that is %s', (_name, frame) => {
    expect(() => decodeAgentMessage(frame)).toThrow(ProtocolError);
  });
});

describe('uuid wire order', () => {
  it.each([ID, '6ba7b810-9dad-11d1-80b4-00c04fd430c8'])('round-trips %s', (uuid) => {
    expect(uuidFromWire(uuidToWire(uuid))).toBe(uuid);
  });
});

describe('control messages', () => {
  it('acknowledges like the plugin: type, id and sequence of the message received, flags 3', () => {
    const ack = decodeAgentMessage(encodeAgentMessage(acknowledgeFor(sample, '6ba7b810-9dad-11d1-80b4-00c04fd430c8', 5)));
    expect(ack).toMatchObject({ messageType: 'acknowledge', flags: 3, sequenceNumber: 0, digestValid: true });
    expect(JSON.parse(new TextDecoder().decode(ack.payload))).toEqual({
      AcknowledgedMessageType: 'output_stream_data', AcknowledgedMessageId: ID, AcknowledgedMessageSequenceNumber: 42, IsSequentialMessage: true,
    });
  });

  it('opens the data channel with the OpenDataChannelInput fields', () => {
    expect(JSON.parse(openDataChannelFrame({ tokenValue: 't', requestId: 'r', clientId: 'c', clientVersion: '1.2.694.0' }))).toEqual({
      MessageSchemaVersion: '1.0', RequestId: 'r', TokenValue: 't', ClientId: 'c', ClientVersion: '1.2.694.0',
    });
  });
});
