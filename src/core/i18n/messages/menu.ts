// The add-on menu's captions, keyed by the function each item runs.

import { defineMessages } from '../catalog';

export const menuText = /* @__PURE__ */ defineMessages(
  {
    menuOpenTutorSidebar: 'Open tutor sidebar',
    menuShareMaterials: 'Share lesson materials…',
    menuSetUpWorkbook: 'Set up program workbook…',
    menuImportRoster: 'Import roster…',
    menuRefreshDashboard: 'Refresh dashboard',
    menuGenerateDocs: 'Generate conference docs…',
    menuWeeklyPreparation: 'Weekly meeting preparation…',
    menuProgressReports: 'Progress reports…',
    menuSendCelebrationEmails: 'Send celebration emails',
    menuProvisionDrive: 'Provision Drive folders…',
    menuAccessReport: 'Access report',
    menuUpgradeToTeamWorkbooks: 'Upgrade to team workbooks…',
    menuOpenTemplateSidebar: 'Insert a template…',
    menuAboutAccess: 'Who can use this workbook?',
  },
  {
    menuOpenTutorSidebar: 'Tutorpaneel openen',
    menuShareMaterials: 'Lesmateriaal delen…',
    menuSetUpWorkbook: 'Programma-spreadsheet inrichten…',
    menuImportRoster: 'Leerlingenlijst importeren…',
    menuRefreshDashboard: 'Dashboard bijwerken',
    menuGenerateDocs: 'Gespreksdocumenten maken…',
    menuWeeklyPreparation: 'Weekoverleg voorbereiden…',
    menuProgressReports: 'Voortgangsverslagen…',
    menuSendCelebrationEmails: 'Felicitatiemails versturen',
    menuProvisionDrive: 'Drive-mappen klaarzetten…',
    menuAccessReport: 'Overzicht van toegang',
    menuUpgradeToTeamWorkbooks: 'Overstappen op teamspreadsheets…',
    menuOpenTemplateSidebar: 'Sjabloon invoegen…',
    menuAboutAccess: 'Wie mag deze spreadsheet gebruiken?',
  },
);

export type MenuKey = keyof typeof menuText.en;
