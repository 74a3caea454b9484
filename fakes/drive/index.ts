// DriveApp and Advanced Drive v3 fakes (stub until written).
import type { FakeWorld } from '../world';

export function createDriveApp(_world: FakeWorld): GoogleAppsScript.Drive.DriveApp {
  throw new Error('not implemented in fakes: DriveApp');
}

export function createAdvancedDrive(_world: FakeWorld): GoogleAppsScript.Drive {
  throw new Error('not implemented in fakes: Drive');
}
