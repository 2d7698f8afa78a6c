import type { IncomingMessage } from 'node:http';
import type { FaultSpec } from '../core/faults.js';
import type { WireResponse } from '../core/request-handler.js';
import type { SimulatorControl } from './control-api.js';

/**
 * The control API over HTTP, for a simulator in another process:
 *   GET  /__sim/calls?service=&operation=&afterSeq=   GET /__sim/faults   GET /__sim/clock
 *   POST /__sim/faults {FaultSpec} -> {id}           DELETE /__sim/faults[/<id>]
 *   POST /__sim/clock {advanceMs?, speed?}            POST /__sim/reset
 *   POST /__sim/<service>/<action> {...}              (e.g. ecs/scenario, logs/events, cloudfront/distributions)
 */
export async function handleControlRequest(control: SimulatorControl, req: IncomingMessage, url: URL, body: string): Promise<WireResponse> {
  try {
    return json(200, route(control, req.method ?? 'GET', url, body === '' ? undefined : JSON.parse(body)));
  } catch (error) {
    if (error instanceof NotFound) return json(404, { error: error.message });
    return json(400, { error: error instanceof Error ? error.message : String(error) });
  }
}

class NotFound extends Error {}

function route(control: SimulatorControl, method: string, url: URL, body: unknown): unknown {
  const segments = url.pathname.split('/').filter(Boolean).slice(1);
  const key = `${method} ${segments[0] ?? ''}`;
  switch (key) {
    case 'GET calls': {
      const afterSeq = url.searchParams.get('afterSeq');
      return {
        calls: control.calls({
          service: url.searchParams.get('service') ?? undefined,
          operation: url.searchParams.get('operation') ?? undefined,
          afterSeq: afterSeq === null ? undefined : Number(afterSeq),
        }),
      };
    }
    case 'GET faults':
      return { faults: control.faults.list() };
    case 'POST faults':
      return { id: control.faults.add(body as FaultSpec) };
    case 'DELETE faults':
      if (segments[1]) return { removed: control.faults.remove(segments[1]) };
      control.faults.clear();
      return { ok: true };
    case 'GET clock':
      return { now: control.clock.now(), speed: control.clock.speed() };
    case 'POST clock': {
      const { advanceMs, speed } = (body ?? {}) as { advanceMs?: number; speed?: number };
      if (speed !== undefined) control.clock.setSpeed(speed);
      if (advanceMs !== undefined) control.clock.advance(advanceMs);
      return { now: control.clock.now(), speed: control.clock.speed() };
    }
    case 'POST reset':
      control.reset();
      return { ok: true };
  }
  const [serviceName, action] = segments;
  const handler = method === 'POST' && serviceName && action ? control.service(serviceName)?.httpActions?.[action] : undefined;
  if (!handler) throw new NotFound(`no control route ${method} ${url.pathname}`);
  return handler(body);
}

function json(status: number, payload: unknown): WireResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) };
}
