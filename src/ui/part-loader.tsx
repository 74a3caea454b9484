// Loads a page part (src/ui/parts/) on demand: asks the server for its script, runs it in this page, and hands back
// its exports. The part uses this page's preact (shared through window.__ttShared), so hooks and rendering are one.
// HtmlService pages run in an iframe sandbox with allow-scripts, so a script element added at run time runs:
// https://developers.google.com/apps-script/guides/html/restrictions

import { type ComponentType, createElement, Fragment, h } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { jsx, jsxs } from 'preact/jsx-runtime';
import type { PagePartName } from '../core/page-parts';
import { Notice } from './components/fields';
import { serverCall } from './rpc';

interface PartWindow {
  __ttShared?: Record<string, unknown>;
  __ttParts?: Record<string, unknown>;
}

/** What a part may import from preact: the same names as PART_SHARED in scripts/build.js (test/bundle compares them). */
const SHARED = {
  preact: { Fragment, createElement, h },
  'preact/hooks': { useCallback, useEffect, useMemo, useRef, useState },
  'preact/jsx-runtime': { Fragment, jsx, jsxs },
};

const loading = new Map<PagePartName, Promise<unknown>>();

/** The exports of part `name`, loaded once per page. */
export function loadPart<T>(name: PagePartName): Promise<T> {
  const w = window as unknown as PartWindow;
  w.__ttShared = SHARED;
  let part = loading.get(name);
  if (!part) {
    part = serverCall('getPagePart', name).then((code) => {
      const script = document.createElement('script');
      script.textContent = code;
      document.head.appendChild(script);
      const exports = w.__ttParts?.[name];
      if (!exports) throw new Error(`The ${name} part did not load: reload the sidebar.`);
      return exports;
    });
    part.catch(() => loading.delete(name));
    loading.set(name, part);
  }
  return part as Promise<T>;
}

/** A component that shows `waiting` until `load` gives the real one, then renders it with the same props. */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, waiting: string): ComponentType<P> {
  return function Lazy(props: P) {
    const [Loaded, setLoaded] = useState<{ C: ComponentType<P> } | null>(null);
    const [error, setError] = useState('');
    useEffect(() => {
      load()
        .then((C) => setLoaded({ C }))
        .catch((e: Error) => setError(e.message));
    }, []);
    if (Loaded) return <Loaded.C {...props} />;
    // A part that shows nothing while it loads (the glance's family panels) asks for no waiting text.
    if (!error && !waiting) return null;
    return <Notice kind={error ? 'error' : 'info'}>{error || waiting}</Notice>;
  };
}
