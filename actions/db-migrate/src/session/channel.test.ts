import { describe, expect, it } from '@jest/globals';
import { DataChannel } from './channel.js';
import { decodeAgentMessage, encodeAgentMessage, jsonBytes, MessageType, PayloadType, type AgentMessage } from './protocol.js';

let counter = 0;
const newId = (): string => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const agent = (sequenceNumber: number, payloadType: number, payload: string | object, messageType: string = MessageType.OutputStreamData): Uint8Array =>
  encodeAgentMessage({
    messageType, schemaVersion: 1, createdDate: 1, sequenceNumber, flags: 0, messageId: newId(), payloadType,
    payload: typeof payload === 'string' ? new TextEncoder().encode(payload) : jsonBytes(payload),
  } satisfies AgentMessage);
const text = (chunks: Uint8Array[]): string => chunks.map((c) => new TextDecoder().decode(c)).join('');
const sent = (frames: Uint8Array[]) => frames.map((f) => decodeAgentMessage(f)).map((m) => ({ type: m.messageType, payloadType: m.payloadType, json: JSON.parse(new TextDecoder().decode(m.payload)) }));

describe('DataChannel', () => {
  it('holds messages that arrive early, acks each, and drops repeats', () => {
    const channel = new DataChannel(newId, () => 0);
    const [a, b, c] = [agent(0, PayloadType.Output, 'a'), agent(1, PayloadType.Output, 'b'), agent(2, PayloadType.Output, 'c')];
    const steps = [c, a, a, b].map((frame) => channel.receive(frame));
    expect(steps.map((s) => text(s.output))).toEqual(['', 'a', '', 'bc']);
    expect(steps.map((s) => sent(s.send).filter((m) => m.type === 'acknowledge').length)).toEqual([1, 1, 1, 1]);
    expect(channel.stats).toMatchObject({ repeats: 1, acksSent: 4 });
  });

  it('answers the handshake, refuses KMS encryption, sends the size once the handshake completes', () => {
    const channel = new DataChannel(newId, () => 0);
    const request = channel.receive(agent(0, PayloadType.HandshakeRequest, {
      AgentVersion: '3', RequestedClientActions: [{ ActionType: 'SessionType', ActionParameters: {} }, { ActionType: 'KMSEncryption', ActionParameters: {} }],
    }));
    const response = sent(request.send).find((m) => m.payloadType === PayloadType.HandshakeResponse)!;
    expect(response.json.ProcessedClientActions).toEqual([
      { ActionType: 'SessionType', ActionStatus: 1 },
      { ActionType: 'KMSEncryption', ActionStatus: 3, Error: 'KMSEncryption is not supported by this client' },
    ]);
    const complete = channel.receive(agent(1, PayloadType.HandshakeComplete, { HandshakeTimeToComplete: 1 }));
    expect(sent(complete.send).map((m) => m.payloadType)).toEqual([0, PayloadType.Size]);
    expect(channel.stats.handshake).toBe('complete');
  });

  it('does not acknowledge a message whose digest is wrong, so the agent resends it', () => {
    const channel = new DataChannel(newId, () => 0);
    const frame = agent(0, PayloadType.Output, 'x');
    frame[frame.length - 1] = 'y'.charCodeAt(0);
    expect(channel.receive(frame)).toEqual({ send: [], output: [] });
    expect(channel.stats.invalidMessages).toBe(1);
  });

  it('holds input while publication is paused and reports channel_closed with its Output', () => {
    const channel = new DataChannel(newId, () => 0);
    channel.receive(agent(0, 0, '', MessageType.PausePublication));
    expect(channel.sizeMessage().send).toEqual([]);
    expect(channel.receive(agent(0, 0, '', MessageType.StartPublication)).send).toHaveLength(1);
    expect(channel.receive(agent(0, 0, { Output: 'Session terminated' }, MessageType.ChannelClosed)).closed).toEqual({ detail: 'Session terminated' });
  });
});
