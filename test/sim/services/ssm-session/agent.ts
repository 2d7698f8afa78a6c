import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebSocket } from 'ws';
import type { ExecSessionRecord, ExecSessionSettings } from './broker.js';
import { outputMessage, parse, serialize, type ParsedWireMessage } from './wire.js';

const OUTPUT = 1;
const SIZE = 3;
const HANDSHAKE_REQUEST = 5;
const HANDSHAKE_RESPONSE = 6;
const HANDSHAKE_COMPLETE = 7;
const FLAG = 10;
const TERMINATE_SESSION = 2;
/** The agent's own words when a client never answers the handshake (amazon-ssm-agent datachannel.go). */
const HANDSHAKE_TIMEOUT_OUTPUT = 'Handshake timed out. Please ensure that you have the latest version of the session manager plugin.';

/**
 * Plays the SSM agent inside the container for one accepted data channel. The handshake (SessionType
 * InteractiveCommands) runs when the client announced a ClientVersion, as the session-manager-plugin does;
 * clients that send none (the ssm-session package) are served without it — a simulator choice: a current agent
 * would time the handshake out instead. Then `/bin/sh -c <command>` runs in a fresh temp dir with a small env,
 * stdout and stderr merged and '\n' sent as '\r\n' like a pty; input Output bytes go to its stdin (Ctrl-C as
 * SIGINT). channel_closed follows its exit. The client closing the socket kills the process group — unlike ECS,
 * where the command outlives the session (yukiarrr/ecsk#23), so tests can see cleanup.
 */
export function serveSession(ws: WebSocket, session: ExecSessionRecord, settings: ExecSessionSettings): void {
  let sequence = 0;
  let child: ChildProcess | undefined;
  const timers: { handshake?: NodeJS.Timeout } = {};
  const sentIds = new Set<string>();
  const outputIds = new Set<string>();
  const handshakeStarted = process.hrtime.bigint();

  const sendStream = (payloadType: number, payload: Buffer): void => {
    const frame = outputMessage(sequence++, payloadType, payload);
    const id = parse(frame).messageId;
    sentIds.add(id);
    outputIds.add(id);
    session.unacked.add(id);
    const copies = settings.repeatEvery > 0 && (session.messagesSent + 1) % settings.repeatEvery === 0 ? 2 : 1;
    for (let i = 0; i < copies; i++) {
      ws.send(frame);
      session.messagesSent += 1;
    }
  };
  const sendControl = (messageType: string, payload: Buffer, sequenceNumber = 0, flags = 0): void => {
    const messageId = randomUUID();
    sentIds.add(messageId);
    ws.send(serialize({ messageType, sequenceNumber, flags, messageId, payloadType: 0, payload }));
  };
  const closeChannel = (output: string): void => {
    if (ws.readyState !== ws.OPEN) return;
    sendControl('channel_closed', Buffer.from(JSON.stringify({
      MessageId: randomUUID(), CreatedDate: new Date().toISOString(), DestinationId: session.taskArn,
      SessionId: session.sessionId, MessageType: 'channel_closed', SchemaVersion: 1, Output: output,
    })));
    ws.close(1000, 'channel closed');
  };
  const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));

  const start = (): void => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-exec-'));
    const proc = spawn('/bin/sh', ['-c', `exec 2>&1\n${session.command}`], {
      cwd: dir, detached: true, stdio: ['pipe', 'pipe', 'ignore'],
      env: { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: dir, LANG: 'C.UTF-8', TERM: 'xterm' },
    });
    child = proc;
    session.status = 'running';
    session.kill = () => signalGroup(proc, 'SIGKILL');
    proc.stdin?.on('error', () => undefined);
    proc.stdout?.on('data', (chunk: Buffer) => {
      const text = Buffer.from(chunk.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
      for (let at = 0; at < text.length; at += settings.maxPayloadBytes) sendStream(OUTPUT, text.subarray(at, at + settings.maxPayloadBytes));
    });
    proc.on('close', (code, signal) => {
      session.exitCode = code;
      session.signal = signal;
      if (session.status === 'running') session.status = 'exited';
      session.kill = undefined;
      rmSync(dir, { recursive: true, force: true });
      closeChannel('');
    });
  };

  const onInput = (message: ParsedWireMessage): void => {
    session.inputsByPayloadType[message.payloadType] = (session.inputsByPayloadType[message.payloadType] ?? 0) + 1;
    switch (message.payloadType) {
      case HANDSHAKE_RESPONSE: {
        if (session.handshake !== 'pending') return;
        clearTimeout(timers.handshake);
        const response = safeJson(message.payload) as { ProcessedClientActions?: { ActionStatus?: number }[] } | undefined;
        const failed = !response || (response.ProcessedClientActions ?? []).some((action) => action.ActionStatus !== 1);
        if (failed) {
          session.handshake = 'failed';
          return closeChannel('The client failed the handshake.');
        }
        session.handshake = 'complete';
        sendStream(HANDSHAKE_COMPLETE, json({ HandshakeTimeToComplete: Number(process.hrtime.bigint() - handshakeStarted), CustomerMessage: '' }));
        return start();
      }
      case OUTPUT:
        if (!child) return;
        if (message.payload.includes(0x03)) signalGroup(child, 'SIGINT');
        child.stdin?.write(Buffer.from(message.payload.toString('latin1').replace(/\r/g, '\n').replaceAll('\u0003', ''), 'latin1'));
        return;
      case FLAG:
        if (message.payload.length >= 4 && message.payload.readUInt32BE(0) === TERMINATE_SESSION && child) signalGroup(child, 'SIGKILL');
        return;
      case SIZE:
      default:
        return;
    }
  };

  ws.on('message', (data, isBinary) => {
    if (!isBinary) return;
    let message: ParsedWireMessage;
    try {
      message = parse(Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer));
    } catch {
      return;
    }
    // Accepted anyway: the ssm-session package fills the digest with hex text, and the point of these tests is
    // to see both clients work; the count lets a test demand a real SHA-256 from our own client.
    if (!message.digestMatches) session.badDigests += 1;
    if (message.messageType === 'acknowledge') {
      const id = (safeJson(message.payload) as { AcknowledgedMessageId?: string } | undefined)?.AcknowledgedMessageId ?? '';
      if (outputIds.has(id)) {
        session.acksReceived += 1;
        session.unacked.delete(id);
      } else if (!sentIds.has(id)) session.acksForUnknownIds += 1;
      return;
    }
    if (message.messageType !== 'input_stream_data') return;
    sendControl('acknowledge', json({
      AcknowledgedMessageType: message.messageType, AcknowledgedMessageId: message.messageId,
      AcknowledgedMessageSequenceNumber: message.sequenceNumber, IsSequentialMessage: true,
    }), 0, 3);
    onInput(message);
  });
  ws.on('close', () => {
    clearTimeout(timers.handshake);
    if (child && session.status === 'running') {
      session.status = 'killed';
      signalGroup(child, 'SIGKILL');
    }
  });

  if (!session.clientVersion) {
    session.handshake = 'skipped';
    start();
    return;
  }
  sendStream(HANDSHAKE_REQUEST, json({
    AgentVersion: '3.3.1802.0',
    RequestedClientActions: [{ ActionType: 'SessionType', ActionParameters: { SessionType: 'InteractiveCommands', Properties: null } }],
  }));
  timers.handshake = setTimeout(() => {
    session.handshake = 'failed';
    closeChannel(HANDSHAKE_TIMEOUT_OUTPUT);
  }, settings.handshakeTimeoutMs);
}

function signalGroup(proc: ChildProcess, signal: NodeJS.Signals): void {
  if (proc.pid === undefined || proc.exitCode !== null || proc.signalCode !== null) return;
  try {
    process.kill(-proc.pid, signal);
  } catch {
    proc.kill(signal);
  }
}

function safeJson(payload: Buffer): unknown {
  try {
    return JSON.parse(payload.toString('utf8'));
  } catch {
    return undefined;
  }
}
