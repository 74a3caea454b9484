// Typed promise wrapper over google.script.run: the names and types come from the server entry, so a renamed
// server function breaks the client build.

import type * as Server from '../main';

type ServerApi = typeof Server;
export type ServerFunction = keyof ServerApi;
type Args<K extends ServerFunction> = Parameters<ServerApi[K]>;
type Result<K extends ServerFunction> = Awaited<ReturnType<ServerApi[K]>>;

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

/** Calls a server function; the promise rejects with the server's error message. */
export function serverCall<K extends ServerFunction>(name: K, ...args: Args<K>): Promise<Result<K>> {
  return new Promise((resolve, reject) => {
    const run = (google.script.run as unknown as ScriptRun)
      .withSuccessHandler((value) => resolve(value as Result<K>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    const fn = run[name] as ((...a: unknown[]) => void) | undefined;
    if (typeof fn !== 'function') {
      reject(new Error(`The add-on has no server function "${String(name)}".`));
      return;
    }
    fn.apply(run, args);
  });
}

/** Closes the dialog or sidebar the page is shown in. */
export function closeHost(): void {
  google.script.host.close();
}
