// The "Share lesson materials" dialog and the server's answers to it. Folder names (Lesson Plans, Classroom
// Materials…) are the Drive folders provisioning made, so they stay as named; what they hold is translated.

import { defineMessages } from '../catalog';

export const shareText = /* @__PURE__ */ defineMessages(
  {
    pickerUnavailable: 'Google’s Picker could not be loaded. Check your connection and open this dialog again.',
    pickerNotLoaded: 'Google’s Picker could not be loaded.',
    pickFolder: "Choose your team's Classroom Materials folder",
    pickFiles: 'Choose the files to share',
    loading: 'Loading…',
    adding: 'Adding…',
    intro:
      "Choose your files, then the Classroom Materials folder of your team they belong in. The add-on adds a shortcut there: you keep ownership, and your team's tutors get the access your program's tier gives them (view, or comment at Tiers 2–3). Never by link.",
    files: 'Files',
    chooseFiles: 'Choose files…',
    chosenFiles: 'Chosen files',
    removeFile: 'Remove {name}',
    remove: 'remove',
    filesHint: "Google's file chooser opens: choose one or more files of yours (lesson plans, slides, worksheets…).",
    folder: 'Classroom Materials folder',
    chooseFolder: 'Choose the folder…',
    chosenFolder: 'Folder: {name}',
    folderHint: 'In your team folder › Classroom Materials, choose one of: {categories}.',
    submit: 'Add to Classroom Materials',
    added: '{done} of {total} added',
    ok: 'added',
    notOk: 'not added',
  },
  {
    pickerUnavailable: 'De bestandskiezer van Google kon niet worden geladen. Controleer je verbinding en open dit venster opnieuw.',
    pickerNotLoaded: 'De bestandskiezer van Google kon niet worden geladen.',
    pickFolder: 'Kies de map Classroom Materials van je team',
    pickFiles: 'Kies de bestanden die je wilt delen',
    loading: 'Laden…',
    adding: 'Bezig met toevoegen…',
    intro:
      'Kies je bestanden en daarna de map Classroom Materials van je team waar ze thuishoren. De add-on zet er een snelkoppeling neer: jij blijft eigenaar, en de tutoren van je team krijgen de toegang die bij het niveau van je programma hoort (bekijken, of opmerkingen plaatsen op niveau 2–3). Nooit via een link.',
    files: 'Bestanden',
    chooseFiles: 'Bestanden kiezen…',
    chosenFiles: 'Gekozen bestanden',
    removeFile: '{name} weghalen',
    remove: 'weghalen',
    filesHint: 'De bestandskiezer van Google gaat open: kies een of meer eigen bestanden (lesplannen, presentaties, werkbladen…).',
    folder: 'Map Classroom Materials',
    chooseFolder: 'Map kiezen…',
    chosenFolder: 'Map: {name}',
    folderHint: 'Kies in je teammap › Classroom Materials een van deze mappen: {categories}.',
    submit: 'Toevoegen aan Classroom Materials',
    added: '{done} van de {total} toegevoegd',
    ok: 'toegevoegd',
    notOk: 'niet toegevoegd',
  },
);

/**
 * What the server says to the dialog: the category folders' labels, the field errors and each file's result (kept apart
 * so Code.js does not carry the page's words). Folder names in `{folder}`/`{folders}` are the Drive folders' own.
 */
export const shareServerText = /* @__PURE__ */ defineMessages(
  {
    lessonPlans: 'Lesson Plans',
    lessonMaterials: 'Lesson Materials (notes, slide decks)',
    studentMaterials: 'Student Materials (worksheets, homework)',
    assessments: 'Assessments (blank copies, answer keys/rubrics)',
    updatedMaterials: 'Updated Curricular Materials (calendars)',
    noFolder: "Choose your team's Classroom Materials folder.",
    noFiles: 'Choose at least one file.',
    tooMany: 'Share at most 50 files at a time.',
    usePicker: 'Choose the files with the Picker.',
    pickerNotConfigured:
      'The Google Picker is not configured for this add-on yet: ask your admin to set PICKER_API_KEY and PICKER_APP_ID (README › Picker).',
    addedTo: 'Added to {folder}.',
    addedSharedOne: 'Added to {folder}; shared with {n} more person.',
    addedSharedOther: 'Added to {folder}; shared with {n} more people.',
    linkOn: 'Note: this file also has link sharing on; turn it off in Drive if it holds student data.',
    cannotOpenFile: 'The add-on cannot open this file: choose it with the Picker.',
    isFolder: 'This is a folder: choose the files inside it.',
    cannotShare: 'You cannot share this file; ask its owner to share it.',
    pickCategory: "Pick one of your team's Classroom Materials folders: {folders}.",
    otherTeam: "That folder belongs to another team: you can share only into your own team's Classroom Materials.",
    folderNotGiven: "The add-on cannot open that folder: choose it with the Picker's folder button, so Google lets the add-on use it.",
    onlyWriters: "Only the team's teacher and the coordinator can add to {folder}.",
  },
  {
    lessonPlans: 'Lesson Plans (lesplannen)',
    lessonMaterials: 'Lesson Materials (aantekeningen, presentaties)',
    studentMaterials: 'Student Materials (werkbladen, huiswerk)',
    assessments: 'Assessments (lege toetsen, antwoordmodellen en rubrics)',
    updatedMaterials: 'Updated Curricular Materials (jaarplanningen)',
    noFolder: 'Kies de map Classroom Materials van je team.',
    noFiles: 'Kies minstens één bestand.',
    tooMany: 'Deel hooguit 50 bestanden tegelijk.',
    usePicker: 'Kies de bestanden met de bestandskiezer.',
    pickerNotConfigured:
      'De bestandskiezer van Google is voor deze add-on nog niet ingesteld: vraag je beheerder PICKER_API_KEY en PICKER_APP_ID in te stellen (README › Picker).',
    addedTo: 'Toegevoegd aan {folder}.',
    addedSharedOne: 'Toegevoegd aan {folder}; gedeeld met nog {n} persoon.',
    addedSharedOther: 'Toegevoegd aan {folder}; gedeeld met nog {n} personen.',
    linkOn: 'Let op: dit bestand is ook via een link gedeeld; zet dat uit in Drive als er leerlinggegevens in staan.',
    cannotOpenFile: 'De add-on kan dit bestand niet openen: kies het met de bestandskiezer.',
    isFolder: 'Dit is een map: kies de bestanden die erin staan.',
    cannotShare: 'Je kunt dit bestand niet delen; vraag de eigenaar om het te delen.',
    pickCategory: 'Kies een van de mappen in Classroom Materials van je team: {folders}.',
    otherTeam: 'Die map is van een ander team: je kunt alleen delen in Classroom Materials van je eigen team.',
    folderNotGiven: 'De add-on kan die map niet openen: kies hem met de mapknop van de bestandskiezer, dan laat Google de add-on hem gebruiken.',
    onlyWriters: 'Alleen de docent van het team en de coördinator kunnen iets toevoegen aan {folder}.',
  },
);
