// CacheService fake: entries expire on the world clock (default 10 minutes, at most 6 hours), values at most 100 KB.

import { FakeServiceError } from '../errors';
import { surface } from '../surface';
import type { FakeWorld } from '../world';

const MAX_VALUE_BYTES = 100 * 1024;
const MAX_TTL_SECONDS = 21600;

class FakeCache implements Pick<GoogleAppsScript.Cache.Cache, 'get' | 'put' | 'remove' | 'getAll' | 'putAll' | 'removeAll'> {
  constructor(
    private readonly world: FakeWorld,
    private readonly scope: string,
  ) {}

  get(key: string): string | null {
    const entry = this.world.state.cache[this.key(key)];
    if (!entry || entry.expires <= this.world.clock.now()) return null;
    return entry.value;
  }
  put(key: string, value: string, expirationInSeconds = 600): void {
    if (Buffer.byteLength(value) > MAX_VALUE_BYTES) throw new FakeServiceError('Argument too large: value');
    const ttl = Math.min(expirationInSeconds, MAX_TTL_SECONDS);
    this.world.state.cache[this.key(key)] = { value, expires: this.world.clock.now() + ttl * 1000 };
  }
  remove(key: string): void {
    delete this.world.state.cache[this.key(key)];
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const v = this.get(key);
      if (v !== null) out[key] = v;
    }
    return out;
  }
  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.remove(k);
  }
  private key(key: string): string {
    return `${this.scope}|${key}`;
  }
}

class FakeCacheService implements Pick<GoogleAppsScript.Cache.CacheService, 'getScriptCache' | 'getUserCache' | 'getDocumentCache'> {
  constructor(private readonly world: FakeWorld) {}
  getScriptCache(): GoogleAppsScript.Cache.Cache {
    return this.wrap('script');
  }
  getUserCache(): GoogleAppsScript.Cache.Cache {
    return this.wrap(`user:${this.world.activeUser}`);
  }
  getDocumentCache(): GoogleAppsScript.Cache.Cache | null {
    const docId = this.world.activeContainerId;
    return docId ? this.wrap(`doc:${docId}`) : null;
  }
  private wrap(scope: string): GoogleAppsScript.Cache.Cache {
    return surface(new FakeCache(this.world, scope), 'Cache', this.world) as unknown as GoogleAppsScript.Cache.Cache;
  }
}

export function createCacheService(world: FakeWorld): GoogleAppsScript.Cache.CacheService {
  return surface(new FakeCacheService(world), 'CacheService', world) as unknown as GoogleAppsScript.Cache.CacheService;
}
