// The entry point: only exposes the functions Apps Script calls (menus, triggers, google.script.run). No logic here.

export * from './server/dashboard';
export * from './server/drive';
export * from './server/family';
export * from './server/jobs';
export { menuAboutAccess, onInstall, onOpen } from './server/lifecycle';
export * from './server/materials';
export * from './server/page-parts';
export * from './server/questions';
export * from './server/roster';
export * from './server/templates';
export * from './server/tutor';
export * from './server/upgrade';
export * from './server/weekly';
export * from './server/workbook';
