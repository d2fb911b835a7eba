import type { ContentTypeEncoder, Message } from 'vscode-languageserver/node';

/**
 * A request result already encoded as JSON. The references of an entity named in thousands of documents
 * run to megabytes of JSON; the index keeps them encoded (WorkspaceIndex.locationsJson) so that asking
 * again does not hold up the server thread for tens of milliseconds. Transports that encode messages
 * themselves (IPC) get the plain value through toJSON.
 */
export class EncodedJson<T> {
  constructor(readonly utf8: Uint8Array, private readonly value: () => T) {}

  toJSON(): T {
    return this.value();
  }
}

/**
 * The stream writer's JSON encoding, except that a response whose result is an EncodedJson reuses its
 * bytes. Same content type as vscode-jsonrpc's default encoder, so clients see no difference.
 */
export const encodedJsonContentTypeEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(message: Message): Promise<Uint8Array> {
    const result = (message as { result?: unknown }).result;
    if (result instanceof EncodedJson) {
      const { jsonrpc, id } = message as { jsonrpc: string; id: number | string | null };
      return Promise.resolve(Buffer.concat([
        Buffer.from(`{"jsonrpc":${JSON.stringify(jsonrpc)},"id":${JSON.stringify(id)},"result":`, 'utf8'),
        result.utf8,
        Buffer.from('}', 'utf8'),
      ]));
    }
    return Promise.resolve(Buffer.from(JSON.stringify(message), 'utf8'));
  },
};
