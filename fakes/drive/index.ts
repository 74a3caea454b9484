// DriveApp and Advanced Drive v3 fakes over world.state.drive, plus helpers tests use to shape the world.

export { createAdvancedDrive } from './advanced';
export { createDriveApp } from './drive-app';
export { createInDrive, type DriveUiItem, shareInDrive } from './drive-ui';
export { DriveApiError } from './errors';
export { pickWithPicker } from './picker';
export { driveSettings, setDriveScope } from './settings';
