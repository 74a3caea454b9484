// The title of every sidebar and dialog (the host's title bar), keyed by the page's file name in src/ui/pages.

import { defineMessages } from '../catalog';

export const pageTitles = /* @__PURE__ */ defineMessages(
  {
    SetupDialog: 'Set up program workbook',
    RosterImportDialog: 'Import roster',
    ProvisionDialog: 'Provision Drive folders',
    UpgradeDialog: 'Upgrade to team workbooks',
    ShareMaterialsDialog: 'Share lesson materials',
    GenerateDocsDialog: 'Generate conference docs',
    ProgressReportDialog: 'Progress reports',
    WeeklyDialog: 'Weekly meeting preparation',
    TutorSidebar: 'Tutor sidebar',
    TemplateSidebar: 'Templates',
  },
  {
    SetupDialog: 'Programma-spreadsheet inrichten',
    RosterImportDialog: 'Leerlingenlijst importeren',
    ProvisionDialog: 'Drive-mappen klaarzetten',
    UpgradeDialog: 'Overstappen op teamspreadsheets',
    ShareMaterialsDialog: 'Lesmateriaal delen',
    GenerateDocsDialog: 'Gespreksdocumenten maken',
    ProgressReportDialog: 'Voortgangsverslagen',
    WeeklyDialog: 'Weekoverleg voorbereiden',
    TutorSidebar: 'Tutorpaneel',
    TemplateSidebar: 'Sjablonen',
  },
);

/** A page the server can show: one file in src/ui/pages (the build makes dist/<PageName>.html). */
export type PageName = keyof typeof pageTitles.en;
