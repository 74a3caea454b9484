// PropertiesService fake: script, user and document stores kept in world state, with Apps Script's size limits.

import { FakeServiceError } from '../errors';
import { surface } from '../surface';
import type { FakeWorld } from '../world';

/** Apps Script quota: 9 KB per value, 500 KB per property store. */
const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

type PropertiesMember = 'getProperty' | 'setProperty' | 'getProperties' | 'setProperties' | 'deleteProperty' | 'deleteAllProperties' | 'getKeys';

class FakeProperties implements Pick<GoogleAppsScript.Properties.Properties, PropertiesMember> {
  constructor(private readonly store: () => Record<string, string>) {}

  getProperty(key: string): string | null {
    return this.store()[key] ?? null;
  }
  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    this.write({ [key]: String(value) });
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  getProperties(): Record<string, string> {
    return { ...this.store() };
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false): GoogleAppsScript.Properties.Properties {
    if (deleteAllOthers) for (const key of Object.keys(this.store())) delete this.store()[key];
    this.write(Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, String(v)])));
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    delete this.store()[key];
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    for (const key of Object.keys(this.store())) delete this.store()[key];
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
  getKeys(): string[] {
    return Object.keys(this.store());
  }

  private write(entries: Record<string, string>): void {
    for (const value of Object.values(entries)) {
      if (Buffer.byteLength(value) > MAX_VALUE_BYTES) throw new FakeServiceError('Argument too large: value');
    }
    const next = { ...this.store(), ...entries };
    if (Buffer.byteLength(JSON.stringify(next)) > MAX_STORE_BYTES) {
      throw new FakeServiceError('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    Object.assign(this.store(), entries);
  }
}

class FakePropertiesService
  implements Pick<GoogleAppsScript.Properties.PropertiesService, 'getScriptProperties' | 'getUserProperties' | 'getDocumentProperties'>
{
  constructor(private readonly world: FakeWorld) {}

  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    return this.wrap(() => this.world.state.properties.script);
  }

  getUserProperties(): GoogleAppsScript.Properties.Properties {
    return this.wrap(() => {
      const user = this.world.activeUser;
      this.world.state.properties.user[user] ??= {};
      return this.world.state.properties.user[user];
    });
  }

  /** Null outside a document, as in Apps Script (e.g. a time-driven trigger of a standalone script). */
  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    const docId = this.world.activeContainerId;
    if (!docId) return null as unknown as GoogleAppsScript.Properties.Properties;
    return this.wrap(() => {
      this.world.state.properties.document[docId] ??= {};
      return this.world.state.properties.document[docId];
    });
  }

  private wrap(store: () => Record<string, string>): GoogleAppsScript.Properties.Properties {
    return surface(new FakeProperties(store), 'Properties', this.world) as unknown as GoogleAppsScript.Properties.Properties;
  }
}

export function createPropertiesService(world: FakeWorld): GoogleAppsScript.Properties.PropertiesService {
  return surface(new FakePropertiesService(world), 'PropertiesService', world) as unknown as GoogleAppsScript.Properties.PropertiesService;
}
