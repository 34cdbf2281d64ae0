import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { previewHtml } from './preview-page.js';

/** One output as the preview page lists it. */
export interface PreviewOutput {
  /** Path relative to the output folder. */
  file: string;
  /** Short name for the button ("a4", "a5-booklet pages"). */
  name: string;
  /** Long label for its tooltip. */
  label: string;
  /** A short hash of the file's bytes: part of its address, so the browser reloads it only when it changed. */
  hash: string;
}

/** What the preview page shows. */
export interface PreviewState {
  /** Builds finished so far. */
  build: number;
  building: boolean;
  /** The last build's problems as printed, '' when there were none. */
  problems: string;
  handouts: Array<{ slug: string; title: string; preview: string | null; outputs: PreviewOutput[] }>;
}

/** What the server needs from the watcher. */
export interface PreviewServerOptions {
  /** The output folder the files are served from. */
  outDir: string;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** The current state. */
  state: () => PreviewState;
  /** May this file (relative to the output folder) be served? Only the library's own files are. */
  servable: (file: string) => boolean;
}

/** A running preview server. */
export interface PreviewServer {
  /** Its address, e.g. http://127.0.0.1:4818/. */
  url: string;
  /** Tell every open page that a build finished. */
  notify: () => void;
  close: () => Promise<void>;
}

/** Only this machine can reach the server: patient handouts in progress are not for the network. */
const HOST = '127.0.0.1';

const TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.html': 'text/html; charset=utf-8',
  // The web edition's stylesheet and font.
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
};

/**
 * Serve the live preview on 127.0.0.1 only: the page, its state as JSON, build events
 * (Server-Sent Events) and the output folder's PDFs. Requests whose Host header is not
 * this machine are refused, so a web page elsewhere cannot reach it through DNS rebinding.
 * @param options Folder, port and callbacks.
 * @returns The server's URL and controls, once it listens.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const clients = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    handle(request, response, options, clients).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${HOST}:${port}/`,
    notify: () => {
      for (const client of clients) client.write(`event: build\ndata: ${options.state().build}\n\n`);
    },
    close: async () => {
      for (const client of clients) client.end();
      clients.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, options: PreviewServerOptions, clients: Set<ServerResponse>): Promise<void> {
  const host = (request.headers.host ?? '').replace(/:\d+$/, '');
  if (host !== HOST && host !== 'localhost') {
    response.writeHead(403, { 'content-type': 'text/plain' }).end('The preview answers only to 127.0.0.1 and localhost.\n');
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (path === '/') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(previewHtml());
  } else if (path === '/api/state') {
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(options.state()));
  } else if (path === '/events') {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    response.write(': connected\n\n');
    clients.add(response);
    request.on('close', () => clients.delete(response));
  } else if (path.startsWith('/files/') && options.servable(path.slice('/files/'.length))) {
    await sendFile(response, join(options.outDir, path.slice('/files/'.length)), request.method === 'HEAD');
  } else {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
  }
}

async function sendFile(response: ServerResponse, path: string, headOnly: boolean): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found (it may be rebuilding)\n');
    return;
  }
  const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
  response.writeHead(200, { 'content-type': type, 'content-length': info.size, 'cache-control': 'no-cache' });
  if (headOnly) response.end();
  else createReadStream(path).pipe(response);
}
