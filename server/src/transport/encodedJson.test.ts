import * as assert from 'assert';
import { PassThrough } from 'stream';
import { Message, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { EncodedJson, encodedJsonContentTypeEncoder } from './encodedJson';

const LOCATIONS = [
  { uri: 'file:///ws/Bezirk%20Luohu.txt', range: { start: { line: 0, character: 3 }, end: { line: 0, character: 8 } } },
  { uri: 'file:///ws/Ü.txt', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } } },
];

async function encoded(message: Message): Promise<string> {
  return Buffer.from(await encodedJsonContentTypeEncoder.encode(message, { charset: 'utf-8' })).toString('utf8');
}

describe('encodedJsonContentTypeEncoder', () => {
  const encodedLocations = () => new EncodedJson(Buffer.from(JSON.stringify(LOCATIONS)), () => LOCATIONS);

  it('sends the encoded bytes as the result, and the plain value where a transport encodes itself', async () => {
    const plain = { jsonrpc: '2.0', id: 7, result: LOCATIONS };
    const viaEncoded = { jsonrpc: '2.0', id: 7, result: encodedLocations() } as Message;
    assert.strictEqual(await encoded(viaEncoded), JSON.stringify(plain));
    assert.strictEqual(JSON.stringify(viaEncoded), JSON.stringify(plain));
  });

  it('reaches a stream reader as the plain message, other messages unchanged', async () => {
    const pipe = new PassThrough();
    const writer = new StreamMessageWriter(pipe, { contentTypeEncoder: encodedJsonContentTypeEncoder });
    const reader = new StreamMessageReader(pipe);
    const received: Message[] = [];
    const twoMessages = new Promise<void>(resolve => reader.listen(message => {
      received.push(message);
      if (received.length === 2) resolve();
    }));
    await writer.write({ jsonrpc: '2.0', id: 1, result: encodedLocations() } as Message);
    await writer.write({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'größer' } } as Message);
    await twoMessages;
    assert.deepStrictEqual(received, [
      { jsonrpc: '2.0', id: 1, result: LOCATIONS },
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'größer' } },
    ]);
    reader.dispose();
    writer.dispose();
  });
});
