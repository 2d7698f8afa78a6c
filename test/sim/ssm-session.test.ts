import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateServiceCommand, DescribeTasksCommand, ECSClient, ExecuteCommandCommand, ListTasksCommand, RegisterTaskDefinitionCommand, RunTaskCommand } from '@aws-sdk/client-ecs';
import ssmSession from 'ssm-session';
import { WebSocket } from 'ws';
import { execCommandLine, runExecSession, type ExecSessionResult, type WebSocketConstructorLike } from '../../actions/db-migrate/src/session/index.js';
import { EXEC_NOT_ENABLED_MESSAGE } from './services/ecs/execute-command.js';
import { execSessionControl, REFUSED_CLOSE_CODE } from './services/ssm-session/index.js';
import { startSimulator, type Simulator } from './simulator.js';

const WS = WebSocket as unknown as WebSocketConstructorLike;
let sim: Simulator;
let ecs: ECSClient;
let execTaskArn: string;
let plainTaskArn: string;

async function serviceTask(service: string): Promise<string> {
  const { taskArns } = await ecs.send(new ListTasksCommand({ serviceName: service }));
  expect(taskArns).toHaveLength(1);
  return taskArns![0]!;
}

beforeAll(async () => {
  sim = await startSimulator({ clockSpeed: 0 });
  ecs = new ECSClient({ endpoint: sim.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }, maxAttempts: 1 });
  await ecs.send(new RegisterTaskDefinitionCommand({ family: 'app', containerDefinitions: [{ name: 'app', image: 'app:1', memory: 512, essential: true }] }));
  await ecs.send(new CreateServiceCommand({ serviceName: 'exec-on', taskDefinition: 'app', desiredCount: 1, enableExecuteCommand: true }));
  await ecs.send(new CreateServiceCommand({ serviceName: 'exec-off', taskDefinition: 'app', desiredCount: 1 }));
  sim.control.clock.advance(60_000);
  execTaskArn = await serviceTask('exec-on');
  plainTaskArn = await serviceTask('exec-off');
});

afterAll(async () => {
  ecs?.destroy();
  await sim?.stop();
});

async function openSession(command: string): Promise<{ streamUrl: string; tokenValue: string; sessionId: string }> {
  const out = await ecs.send(new ExecuteCommandCommand({ task: execTaskArn, container: 'app', command, interactive: true }));
  const { streamUrl, tokenValue, sessionId } = out.session ?? {};
  return { streamUrl: streamUrl!, tokenValue: tokenValue!, sessionId: sessionId! };
}

async function exec(command: string[] | string, extra: { signal?: AbortSignal; keepAliveMs?: number; onLine?: (line: string) => void } = {}): Promise<{ result: ExecSessionResult; lines: string[]; sessionId: string }> {
  const nonce = randomBytes(8).toString('hex');
  const session = await openSession(execCommandLine(command, nonce));
  const lines: string[] = [];
  const { onLine, ...rest } = extra;
  const onOutput = (line: string): void => {
    lines.push(line);
    onLine?.(line);
  };
  const result = await runExecSession({ ...session, nonce, webSocket: WS, onOutput, connectTimeoutMs: 5_000, ...rest });
  return { result, lines, sessionId: session.sessionId };
}

const sessionView = (sessionId: string) => execSessionControl(sim.control).sessions().find((s) => s.sessionId === sessionId)!;

async function until<T>(read: () => T, ok: (value: T) => boolean, ms = 5_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (let value = read(); ; value = read()) {
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('ExecuteCommand', () => {
  it('answers the session of a RUNNING task with its agent RUNNING', async () => {
    const { tasks } = await ecs.send(new DescribeTasksCommand({ tasks: [execTaskArn] }));
    expect(tasks?.[0]?.containers?.[0]?.managedAgents?.[0]).toMatchObject({ name: 'ExecuteCommandAgent', lastStatus: 'RUNNING' });
    const out = await ecs.send(new ExecuteCommandCommand({ task: execTaskArn, command: 'true', interactive: true }));
    expect(out).toMatchObject({ taskArn: execTaskArn, containerName: 'app', interactive: true });
    expect(out.session?.streamUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:${sim.port}/v1/data-channel/${out.session?.sessionId}\\?role=publish_subscribe$`));
    expect(out.session?.tokenValue).toEqual(expect.any(String));
  });

  it.each([
    ['a task run without enableExecuteCommand', () => ({ task: plainTaskArn, command: 'true', interactive: true }), 'InvalidParameterException', EXEC_NOT_ENABLED_MESSAGE],
    ['interactive false', () => ({ task: execTaskArn, command: 'true', interactive: false }), 'InvalidParameterException', 'Interactive is the only mode supported currently.'],
    ['an unknown task', () => ({ task: 'f'.repeat(32), command: 'true', interactive: true }), 'InvalidParameterException', 'The referenced task was not found.'],
  ])('refuses %s', async (_name, input, name, message) => {
    await expect(ecs.send(new ExecuteCommandCommand(input()))).rejects.toMatchObject({ name, message });
  });

  it('refuses a task whose agent is still PENDING', async () => {
    const { tasks } = await ecs.send(new RunTaskCommand({ taskDefinition: 'app', launchType: 'EC2', enableExecuteCommand: true }));
    const arn = tasks![0]!.taskArn!;
    const described = await ecs.send(new DescribeTasksCommand({ tasks: [arn] }));
    expect(described.tasks?.[0]?.containers?.[0]?.managedAgents?.[0]?.lastStatus).toBe('PENDING');
    await expect(ecs.send(new ExecuteCommandCommand({ task: arn, command: 'true', interactive: true })))
      .rejects.toMatchObject({ name: 'InvalidParameterException', message: EXEC_NOT_ENABLED_MESSAGE });
  });
});

describe('the ssm-session package (an independent client) against the simulator endpoint', () => {
  it('authenticates, receives the output and acknowledges with ids our server sent', async () => {
    const session = await openSession('printf "hello from the container\\n"; echo second line');
    const socket = new WebSocket(session.streamUrl);
    socket.binaryType = 'arraybuffer';
    const decoder = new TextDecoder();
    let text = '';
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.onopen = () => ssmSession.ssm.init(socket, { token: session.tokenValue, termOptions: { cols: 80, rows: 24 } });
    socket.onmessage = (event) => {
      const message = ssmSession.ssm.decode(event.data as ArrayBuffer);
      if (message.messageType !== 'output_stream_data') return;
      ssmSession.ssm.sendACK(socket, message);
      if (message.payloadType === 1) text += decoder.decode(message.payload);
    };
    await closed;
    expect(text).toBe('hello from the container\r\nsecond line\r\n');
    const view = await until(() => sessionView(session.sessionId), (v) => v.acksReceived === v.messagesSent);
    expect(view).toMatchObject({ status: 'exited', exitCode: 0, handshake: 'skipped', acksForUnknownIds: 0 });
    expect(view.acksReceived).toBe(view.messagesSent);
    expect(view.inputsByPayloadType[3]).toBe(1);
  });
});

describe('runExecSession against the simulator', () => {
  it('exit 0: output lines, then the verdict; the session does the handshake and every message is acknowledged', async () => {
    const { result, lines, sessionId } = await exec(['sh', '-c', 'echo migrating; echo done >&2']);
    expect(result).toEqual({ exitCode: 0, closedBy: 'sentinel' });
    expect(lines).toEqual(['migrating', 'done']);
    // The last acks can still be on their way when the process has exited.
    const view = await until(() => sessionView(sessionId), (v) => v.status === 'exited' && v.acksReceived === v.messagesSent);
    expect(view).toMatchObject({ status: 'exited', exitCode: 0, handshake: 'complete', clientVersion: '1.2.694.0', badDigests: 0, acksForUnknownIds: 0 });
    expect(view.acksReceived).toBe(view.messagesSent);
    expect(view.inputsByPayloadType).toMatchObject({ 6: 1, 3: 1 });
  });

  it('exit 5 from a string command', async () => {
    const { result, lines } = await exec('echo "relation \\"users\\" already exists"; exit 5');
    expect(result).toEqual({ exitCode: 5, closedBy: 'sentinel' });
    expect(lines).toEqual(['relation "users" already exists']);
  });

  it('2,000 lines in order, with every 7th message sent twice and 100-byte messages', async () => {
    execSessionControl(sim.control).settings({ repeatEvery: 7, maxPayloadBytes: 100 });
    try {
      const { result, lines } = await exec(['sh', '-c', 'i=1; while [ $i -le 2000 ]; do echo "line $i"; i=$((i+1)); done']);
      expect(result).toEqual({ exitCode: 0, closedBy: 'sentinel' });
      expect(lines).toEqual(Array.from({ length: 2000 }, (_, i) => `line ${i + 1}`));
    } finally {
      execSessionControl(sim.control).settings({ repeatEvery: 0, maxPayloadBytes: 1024 });
    }
  });

  it('a sentinel split across 3-byte messages', async () => {
    execSessionControl(sim.control).settings({ maxPayloadBytes: 3 });
    try {
      const { result, lines } = await exec(['printf', 'no trailing newline']);
      expect(result).toEqual({ exitCode: 0, closedBy: 'sentinel' });
      expect(lines).toEqual(['no trailing newline']);
    } finally {
      execSessionControl(sim.control).settings({ maxPayloadBytes: 1024 });
    }
  });

  it('abort closes the session and the simulator kills the command', async () => {
    const controller = new AbortController();
    const onLine = (line: string): void => {
      if (line === 'started') controller.abort(new Error('workflow cancelled'));
    };
    const { result, lines, sessionId } = await exec(['sh', '-c', 'echo started; sleep 30; echo never'], { signal: controller.signal, onLine });
    expect(result).toEqual({ exitCode: undefined, closedBy: 'aborted', detail: 'workflow cancelled' });
    expect(lines).toEqual(['started']);
    // Ctrl-C (sent before closing) or the close itself ends it: by a signal either way, never by finishing.
    const view = await until(() => sessionView(sessionId), (v) => v.signal !== undefined);
    expect(view.exitCode).toBeNull();
    expect(['SIGKILL', 'SIGINT']).toContain(view.signal);
  });

  it('sends keep-alive size messages while a quiet command runs', async () => {
    const { result, sessionId } = await exec(['sleep', '0.5'], { keepAliveMs: 100 });
    expect(result.exitCode).toBe(0);
    expect(sessionView(sessionId).inputsByPayloadType[3]).toBeGreaterThanOrEqual(3);
  });

  it('a wrong token is refused and the session stays unused', async () => {
    const nonce = randomBytes(8).toString('hex');
    const session = await openSession(execCommandLine(['echo', 'hi'], nonce));
    const result = await runExecSession({ streamUrl: session.streamUrl, tokenValue: 'not-the-token', nonce, webSocket: WS, onOutput: () => undefined, connectTimeoutMs: 5_000 });
    expect(result.closedBy).toBe('error');
    expect(result.detail).toContain(`code ${REFUSED_CLOSE_CODE}`);
    expect(sessionView(session.sessionId)).toMatchObject({ status: 'created', refusedConnections: 1, messagesSent: 0 });
  });
});
