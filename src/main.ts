// The entry point: only exposes the functions Apps Script calls (menus, triggers, google.script.run). No logic here.

export { onInstall, onOpen } from './server/lifecycle';
export * from './server/workbook';
export * from './server/tutor';
export * from './server/templates';
export * from './server/drive';
export * from './server/jobs';
export * from './server/roster';
export * from './server/dashboard';
export * from './server/roster';
export * from './server/dashboard';
