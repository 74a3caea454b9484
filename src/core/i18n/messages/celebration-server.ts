// What the server says about a celebration: the tutor's send (checks and the result line) and the coordinator's
// "Send celebration emails" summary.

import { defineMessages } from '../catalog';

export const celebrationServerText = /* @__PURE__ */ defineMessages(
  {
    messageEmpty: 'Message: write a few words for the family.',
    messageTooLong: 'Message is too long (at most 5000 characters).',
    alreadyCelebrated: 'This follow-through was celebrated already (or the check-offs changed): reload the student.',
    emailWaiting: "Sent: it goes to {name}'s family by email from the program's coordinator, and is logged in {name}'s record.",
    calledHome: "Logged in {name}'s record: thank you for calling home.",
    deliveredTitle: 'Celebration emails',
    delivered:
      "{sent} sent, {callHome} without consent or family email (the tutor is asked to call home), {waiting} waiting for tomorrow's mail quota.",
  },
  {
    messageEmpty: 'Bericht: schrijf een paar woorden voor de familie.',
    messageTooLong: 'Het bericht is te lang (hoogstens 5000 tekens).',
    alreadyCelebrated: 'Deze inzet is al gevierd (of de afvinkingen zijn veranderd): kies de leerling opnieuw.',
    emailWaiting:
      'Verstuurd: het gaat per e-mail van de coördinator van het programma naar de familie van {name}, en staat in het dossier van {name}.',
    calledHome: 'Vastgelegd in het dossier van {name}: bedankt dat je naar huis hebt gebeld.',
    deliveredTitle: 'Felicitatie-e-mails',
    delivered:
      '{sent} verstuurd, {callHome} zonder toestemming of e-mailadres van de familie (de tutor wordt gevraagd naar huis te bellen), {waiting} wachten op het mailquotum van morgen.',
  },
);
