import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import { serveSession } from './agent.js';
import type { ExecSessionBroker } from './broker.js';

const PATH = /^\/v1\/data-channel\/([A-Za-z0-9-]+)$/;
/** Close code for a refused data channel. Not confirmed: what the service sends for a bad token is not public. */
export const REFUSED_CLOSE_CODE = 1008;

/**
 * Serves `ws://127.0.0.1:PORT/v1/data-channel/<sessionId>` on the simulator's own HTTP server. The first frame
 * must be the open-data-channel JSON with the session's TokenValue; then the session is served by agent.ts.
 * Returns a function that ends every session and stops serving.
 */
export function attachSsmSessionServer(server: Server, broker: ExecSessionBroker): () => void {
  // `ws` is loaded on the first data-channel connection, not with the simulator: jest evaluates every module again in
  // each test file, and only the ExecuteCommand tests ever connect.
  let wss: WebSocketServer | undefined;
  let loading: Promise<WebSocketServer> | undefined;
  let detached = false;
  const webSocketServer = (): Promise<WebSocketServer> =>
    (loading ??= import('ws').then(({ WebSocketServer }) => (wss = new WebSocketServer({ noServer: true }))));

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = PATH.exec(url.pathname);
    const session = match ? broker.get(match[1]!) : undefined;
    if (!session) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    // Nothing reads the socket until ws takes it over; an error before then must not go unhandled.
    const dropSocket = (): void => void socket.destroy();
    socket.on('error', dropSocket);
    webSocketServer().then((wsServer) => {
      socket.off('error', dropSocket);
      if (detached) socket.destroy();
      else wsServer.handleUpgrade(req, socket, head, (ws) => authenticate(ws, session.sessionId));
    }, dropSocket);
  };

  const authenticate = (ws: WebSocket, sessionId: string): void => {
    const timer = setTimeout(() => ws.close(REFUSED_CLOSE_CODE, 'no open-data-channel message'), 10_000);
    ws.once('message', (data, isBinary) => {
      clearTimeout(timer);
      const session = broker.get(sessionId);
      let open: { TokenValue?: unknown; ClientVersion?: unknown } | undefined;
      try {
        open = isBinary ? undefined : JSON.parse(data.toString());
      } catch {
        open = undefined;
      }
      // A session is served once; a wrong token refuses only this connection, the session stays usable.
      if (!session || !open || open.TokenValue !== session.tokenValue || session.status !== 'created') {
        if (session) session.refusedConnections += 1;
        ws.close(REFUSED_CLOSE_CODE, 'invalid token');
        return;
      }
      session.status = 'connected';
      session.clientVersion = typeof open.ClientVersion === 'string' ? open.ClientVersion : undefined;
      serveSession(ws, session, broker.settings);
    });
  };

  server.on('upgrade', onUpgrade);
  return () => {
    detached = true;
    server.off('upgrade', onUpgrade);
    broker.killAll();
    if (!wss) return;
    for (const client of wss.clients) client.terminate();
    wss.close();
  };
}
