// The Access Report's summary row and the line the coordinator reads after running it, in the language of the
// coordinator who ran it. The Status column keeps its English values (the schema the highlighting reads); the
// summary names them in the coordinator's words.

import { defineMessages } from '../catalog';

export const accessReportText = /* @__PURE__ */ defineMessages(
  {
    summary: 'Summary',
    foldersOne: '{n} folder or team workbook',
    foldersOther: '{n} folders and team workbooks',
    peopleOne: '{n} person',
    peopleOther: '{n} people',
    noDifferences: 'No differences: every folder matches the plan.',
    differencesOne: '{n} difference from the plan, listed first: {kinds}. "Provision Drive folders" fixes every difference.',
    differencesOther: '{n} differences from the plan, listed first: {kinds}. "Provision Drive folders" fixes every difference.',
    kind: '{n} {status}',
    OK: 'OK',
    'Missing access': 'Missing access',
    'Extra access': 'Extra access',
    'Different role': 'Different role',
    'Link sharing': 'Link sharing',
    'Folder missing': 'Folder missing',
    'Not in plan': 'Not in plan',
    'Duplicate folder': 'Duplicate folder',
  },
  {
    summary: 'Samenvatting',
    foldersOne: '{n} map of teamspreadsheet',
    foldersOther: '{n} mappen en teamspreadsheets',
    peopleOne: '{n} persoon',
    peopleOther: '{n} personen',
    noDifferences: 'Geen verschillen: elke map klopt met het plan.',
    differencesOne: '{n} verschil met het plan, bovenaan vermeld: {kinds}. "Drive-mappen klaarzetten" herstelt elk verschil.',
    differencesOther: '{n} verschillen met het plan, bovenaan vermeld: {kinds}. "Drive-mappen klaarzetten" herstelt elk verschil.',
    kind: '{n} × {status}',
    OK: 'in orde',
    'Missing access': 'toegang ontbreekt',
    'Extra access': 'toegang te veel',
    'Different role': 'andere rol',
    'Link sharing': 'delen via link',
    'Folder missing': 'map ontbreekt',
    'Not in plan': 'niet in het plan',
    'Duplicate folder': 'dubbele map',
  },
);
