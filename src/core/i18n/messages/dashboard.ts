// The dashboard's words a coordinator reads in the Dashboard sheet: the attendance window, the reasons a student is
// flagged for targeted support, and dates and spans inside them ("3 Nov", "4 weeks"). Written in the language of the
// coordinator who ran the refresh; the sheet's headers stay English (the schema).

import { defineMessages } from '../catalog';

export const dashboardText = /* @__PURE__ */ defineMessages(
  {
    lastWeeks: 'in the last {n} weeks',
    beforeTerm: 'before the term starts',
    afterTerm: 'after the term ended',
    sinceTerm: 'since the term started on {date}',
    termLastWeeks: "in the term's last {n} weeks (to {date})",
    sessionsOne: '{attended} of {n} session {window}',
    sessionsOther: '{attended} of {n} sessions {window}',
    dayOne: '{n} day',
    dayOther: '{n} days',
    weekOne: '{n} week',
    weekOther: '{n} weeks',
    goalDue: 'goal due {date}, {span} overdue',
    attendance: 'attendance {rate} ({count}) is under {threshold}',
    checkOffs: 'missed {missed} of the last {n} action-step check-offs',
    scoreTrend: 'score trending away from target ({previous} → {latest}, target {target})',
    overdue: '{goal} and not met yet',
    prioritized: 'marked prioritized on the Goals Master List',
    noData: 'No data: {why}',
    noWorkbook: 'the team has no team workbook yet (provision Drive folders and team workbooks)',
    unreadable: 'its team workbook could not be read ({message})',
  },
  {
    lastWeeks: 'in de afgelopen {n} weken',
    beforeTerm: 'voordat de periode begint',
    afterTerm: 'nadat de periode is afgelopen',
    sinceTerm: 'sinds het begin van de periode op {date}',
    termLastWeeks: 'in de laatste {n} weken van de periode (tot {date})',
    sessionsOne: '{attended} van {n} sessie {window}',
    sessionsOther: '{attended} van {n} sessies {window}',
    dayOne: '{n} dag',
    dayOther: '{n} dagen',
    weekOne: '{n} week',
    weekOther: '{n} weken',
    goalDue: 'doel moest af zijn op {date}, {span} te laat',
    attendance: 'aanwezigheid {rate} ({count}) is lager dan {threshold}',
    checkOffs: '{missed} van de laatste {n} actiepunten niet afgevinkt',
    scoreTrend: 'score gaat van het streefdoel af ({previous} → {latest}, streefdoel {target})',
    overdue: '{goal} en nog niet gehaald',
    prioritized: 'als prioriteit gemarkeerd in de Goals Master List',
    noData: 'Geen gegevens: {why}',
    noWorkbook: 'het team heeft nog geen teamspreadsheet (zet eerst de Drive-mappen en teamspreadsheets klaar)',
    unreadable: 'de teamspreadsheet kon niet worden gelezen ({message})',
  },
);
