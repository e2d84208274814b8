import { afterAll } from 'vitest';

// The files of a worker share its globals (isolate: false). @hono/node-server's `serve` replaces the global
// Request and Response unless told not to, and on its Response the headers a middleware adds are lost once the
// body is read: every later file's app.request() would answer without its security headers.
const nativeRequest = globalThis.Request;
const nativeResponse = globalThis.Response;

afterAll(() => {
  if (globalThis.Request !== nativeRequest || globalThis.Response !== nativeResponse)
    throw new Error(
      'this file replaced the global Request or Response: serve with overrideGlobalObjects: false',
    );
});
