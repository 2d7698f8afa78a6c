// Types for the parts of the `ssm-session` npm package (a third-party data-channel client, devDependency) that the
// interop tests use; the package ships none.
declare module 'ssm-session' {
  interface SsmAgentMessage {
    headerLength: number;
    messageType: string;
    schemaVersion: number;
    createdDate: number;
    sequenceNumber: number;
    flags: number;
    messageId: string;
    payloadDigest: string;
    payloadType: number;
    payloadLength: number;
    payload: Uint8Array;
  }
  interface SsmConnection {
    send(data: string | Uint8Array): void;
  }
  const ssmSession: {
    ssm: {
      decode(buffer: ArrayBuffer | Uint8Array): SsmAgentMessage;
      init(connection: SsmConnection, data: { token: string; termOptions: { cols: number; rows: number } }): void;
      sendACK(connection: SsmConnection, message: SsmAgentMessage): void;
      sendText(connection: SsmConnection, text: Uint8Array, sequenceNumber?: number): void;
      buildAcknowledge(messageType: string, sequenceNumber: number, messageId: string): Uint8Array;
    };
  };
  export default ssmSession;
}
