// Praise and redirection prompts (src/core/praise.ts, seed 003 "After the Conference") and the celebration draft for
// the family (src/core/family/celebration.ts), in the tutor's language: words the tutor reads, uses or adapts. The
// tutor speaks to the student with "je"; the Dutch draft to a family says "u", as a school writes to parents.

import { defineMessages } from '../catalog';

export const praiseText = /* @__PURE__ */ defineMessages(
  {
    /** Counts said as words up to ten, space-separated from zero ("no") on: "two of the last three sessions". */
    countWords: 'no one two three four five six seven eight nine ten',
    theStudent: 'The student',
    yourGoal: 'your goal',
    yourGoalNamed: 'your goal — “{goal}”',
    yourGoalTarget: 'your goal — “{goal}” (target {target})',
    praiseTip:
      'Praise the effort as a means to the goal, not for its own sake. Some students prefer private written praise; calling home to celebrate follow-through sustains motivation (tell the student first).',
    redirectTip:
      'Student Agency: reflect with the student about how the action plan is going and why it is not working, then tweak the plan together (a backup plan, another day, a smaller step).',
    redirectTitle: 'Revisit the action plan',
    redirectText:
      '{step} was missed in {missed} of the last {window} sessions. Ask: how is this step going? What gets in the way? Is it still the right step for {goal}?',
    runTitle: 'Praise progress: {run} sessions in a row',
    runText: '{first}, you have followed through on {step} {run} sessions in a row. That effort is exactly what gets you to {goal}.',
    allTitle: 'Praise progress: every step of the plan',
    allText: '{first}, you did every step of your action plan this session ({steps}). Keep it up: this is how you reach {goal}.',
    metTitle: 'Goal met — mention and praise progress',
    metText: '{first}, you met your goal: “{goal}”.',
    metScored: 'You scored {score} against your target of {target}.',
    metEffort: 'You followed through on your action steps in {done} of {total} check-offs — that work paid off.',
  },
  {
    countWords: 'geen één twee drie vier vijf zes zeven acht negen tien',
    theStudent: 'De leerling',
    yourGoal: 'je doel',
    yourGoalNamed: 'je doel — “{goal}”',
    yourGoalTarget: 'je doel — “{goal}” (streefcijfer {target})',
    praiseTip:
      'Prijs de inzet als middel om het doel te halen, niet als doel op zich. Sommige leerlingen krijgen liever een compliment op papier, onder vier ogen; naar huis bellen om het volhouden te vieren houdt de motivatie vast (vertel het de leerling eerst).',
    redirectTip:
      'Eigenaarschap: bespreek met de leerling hoe het actieplan loopt en waarom het niet werkt, en pas het plan samen aan (een plan B, een andere dag, een kleinere stap).',
    redirectTitle: 'Het actieplan opnieuw bekijken',
    redirectText:
      '{step} is in {missed} van de laatste {window} sessies niet gelukt. Vraag: hoe gaat het met deze stap? Wat zit er in de weg? Is het nog de goede stap voor {goal}?',
    runTitle: 'Vooruitgang prijzen: {run} sessies op rij',
    runText: '{first}, je hebt {step} {run} sessies op rij volgehouden. Precies die inzet brengt je bij {goal}.',
    allTitle: 'Vooruitgang prijzen: elke stap van het plan',
    allText: '{first}, je hebt deze sessie elke stap van je actieplan gedaan ({steps}). Ga zo door: zo haal je {goal}.',
    metTitle: 'Doel gehaald — benoem en prijs de vooruitgang',
    metText: '{first}, je hebt je doel gehaald: “{goal}”.',
    metScored: 'Je haalde {score}, met {target} als streefcijfer.',
    metEffort: 'Je hebt je actiestappen bij {done} van de {total} check-offs uitgevoerd — dat harde werken heeft geloond.',
  },
);

export const celebrationText = /* @__PURE__ */ defineMessages(
  {
    tutoring: 'tutoring',
    effortPlan: 'followed through on every step of the action plan this week ({actions})',
    effortRun: 'followed through on “{action}” {run} sessions in a row',
    goal: 'the goal {first} set: “{goal}”',
    howPublic: '{first} likes to be praised out loud: a cheer at dinner tonight would mean a lot.',
    howPrivate: '{first} prefers praise in private: a quiet word or a short note from you is the best way to celebrate.',
    message:
      "Hello,\n\nI am {first}'s tutor at {program}. I wanted to share some good news: {first} {effort}. That steady effort is exactly what moves {first} towards {goal}.\n\n{how}\n\nThank you for supporting {first}.\n{tutor}",
    callPublic: 'Please celebrate with {first} tonight!',
    callPrivate: '{first} likes praise in private, so a quiet word from you would be perfect.',
    callScript:
      "Hi, this is {tutor}, {first}'s tutor. Nothing is wrong: I'm calling with good news. {first} {effort}, and that effort is what gets {first} to {goal}. {close} Is there a better time or person to call next time?",
    tellFirst: 'Tell {first} first: "I\'d like to let your family know how well you followed through. Is that OK, and who should I tell?"',
    subject: 'Good news about {first}',
  },
  {
    tutoring: 'de bijles',
    effortPlan: 'heeft deze week elke stap van het actieplan volgehouden ({actions})',
    effortRun: 'heeft {run} sessies op rij “{action}” volgehouden',
    goal: 'het doel dat {first} zelf heeft gesteld: “{goal}”',
    howPublic: '{first} vindt het fijn om hardop geprezen te worden: een felicitatie aan tafel vanavond zou veel betekenen.',
    howPrivate:
      '{first} krijgt liever onder vier ogen een compliment: een rustig woord of een kort briefje van u is de mooiste manier om het te vieren.',
    message:
      'Beste ouder/verzorger,\n\nIk ben de tutor van {first} bij {program}. Ik deel graag goed nieuws: {first} {effort}. Juist die volgehouden inzet brengt {first} dichter bij {goal}.\n\n{how}\n\nBedankt dat u {first} steunt.\n{tutor}',
    callPublic: 'Vier het vanavond vooral met {first}!',
    callPrivate: '{first} krijgt liever onder vier ogen een compliment, dus een rustig woord van u zou perfect zijn.',
    callScript:
      'Goedendag, u spreekt met {tutor}, de tutor van {first}. Er is niets aan de hand: ik bel met goed nieuws. {first} {effort}, en die inzet brengt {first} bij {goal}. {close} Is er een beter moment of iemand anders die ik de volgende keer kan bellen?',
    tellFirst:
      'Vertel het {first} eerst: "Ik wil je ouders graag laten weten hoe goed je het hebt volgehouden. Is dat goed, en wie kan ik het beste vertellen?"',
    subject: 'Goed nieuws over {first}',
  },
);
