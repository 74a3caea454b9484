// Is an action step specific? Seed 003: a good step says what the student will do, when and how often, with a purpose
// ("I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes"); "I'm going to come to
// tutoring more" is too vague. A live hint in the form, never a reason to refuse a save.

import type { Locale } from './i18n/locale';
import { specificityText } from './i18n/messages/tutor-specificity';

/** The parts a specific action step names. */
export type StepPart = 'what' | 'when';

export interface StepCheck {
  /** True when the step names a concrete action and when/how often it happens. */
  specific: boolean;
  /** The parts the step is missing (empty when specific). */
  missing: StepPart[];
  /** Vague words found ("more", "try harder", "when I can"), quoted in the hint. */
  vagueWords: string[];
  /** One sentence for the tutor, in the seed's words; '' when the step is specific or empty. */
  hint: string;
}

/** The seed's own examples, quoted in hints. */
export const GOOD_STEP_EXAMPLE = 'I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes.';
export const VAGUE_STEP_EXAMPLE = "I'm going to come to tutoring more.";

const DAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)days?';
const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty-five|sixty|a|an|half an?)';
const UNIT =
  '(?:min(?:ute)?s?|hours?|hrs?|problems?|questions?|pages?|words?|cards?|flashcards?|times?|sessions?|exercises?|worksheets?|chapters?|lessons?)';

/** When / how often: named days, times of day, frequencies, amounts per period, dates, "before the test" (and in Dutch). */
const WHEN_PATTERNS: readonly RegExp[] = [
  /\b(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:en|s)?\b/i,
  /\b(?:elke|iedere)\s+(?:dag|avond|ochtend|middag|week|les|sessie|pauze)\b|\b(?:dagelijks|wekelijks|vanavond|morgen)\b/i,
  /\b(?:een|twee|drie|vier|vijf|\d+)\s*(?:keer|x)\s+(?:per|in de|op een)\s+(?:dag|week|avond|les)\b/i,
  /\b\d+\s*(?:min(?:uten|uut)?|uur|opgaven|sommen|woordjes|bladzijden|pagina'?s)\s+(?:per|elke|iedere|op een)\s+(?:dag|avond|week|les)\b/i,
  /\b(?:voor|vóór)\s+(?:de|elke|mijn)\s+(?:volgende\s+)?(?:toets|proefwerk|overhoring|so|les)\b|\b(?:deze|volgende)\s+week\b/i,
  new RegExp(`\\b${DAY}\\b`, 'i'),
  /\b(?:every|each)\s+(?:day|night|morning|afternoon|evening|week(?:day|end)?|session|class|lunch|period|tutoring session|school day)\b/i,
  /\b(?:daily|nightly|weekly|weekdays|weekends?|tonight|tomorrow)\b/i,
  /\b(?:once|twice|three times|four times|five times|\d+\s*(?:x|times))\s+(?:a|per|each|every)\s+(?:day|week|night|session)\b/i,
  new RegExp(`\\b${NUMBER}\\s+${UNIT}\\s+(?:a|per|each|every)\\s+(?:day|night|week|session|weekday)\\b`, 'i'),
  new RegExp(`\\bfor\\s+${NUMBER}\\s+(?:min(?:ute)?s?|hours?|hrs?)\\b`, 'i'),
  /\b(?:at|during|before|after)\s+(?:lunch(?:time)?|school|breakfast|dinner|recess|homeroom|study hall|class|practice|the bell|\d{1,2}(?::\d{2})?\s*(?:am|pm)?)\b/i,
  /\b(?:before|by)\s+(?:(?:the|each|every|my)\s+)?(?:next\s+)?(?:test|quiz|exam|assessment|deadline|unit test|class)\b/i,
  /\b(?:by|until|before|on)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/i,
  /\b\d{1,2}\/\d{1,2}\b/,
  /\b(?:at least|no fewer than)\s+\w+\s+(?:times?|days?|sessions?)\b/i,
  /\b(?:this|next)\s+week\b/i,
];

/**
 * What: a concrete artefact or content (flashcards, practice problems, key codes, Unit 3), or a purpose clause with a
 * concrete object ("to practice my calculator key codes", "to review fractions").
 */
const WHAT_PATTERNS: readonly RegExp[] = [
  /\b(?:flitskaart(?:jes)?|kaartjes|woordjes|oefen(?:toets|opgaven|sommen)|opgaven|sommen|huiswerk|samenvatting(?:en)?|hoofdstuk\s*\d+|paragraaf\s*[\d.]+|formules?|breuken|vergelijkingen|tafels|verbeteringen?|werkblad(?:en)?|aantekeningen)\b/i,
  /\bom\s+(?:mijn|de|het|alle|\d+)?\s*\w{3,}\s+(?:te\s+)?(?:oefenen|leren|herhalen|maken|verbeteren|lezen|schrijven|vragen)\b/i,
  /\b(?:flash\s?cards?|practice (?:problems?|questions?|tests?|quiz(?:zes)?)|worksheets?|key codes?|notes?|vocab(?:ulary)?(?: words?)?|times tables?|multiplication facts|test corrections?|corrections|quiz(?:zes)?|homework(?: problems?)?|exit tickets?|study guides?|outlines?|drafts?|essays?|annotat\w+|summar(?:y|ies|ize)|rubric|khan academy|ixl|lexia|formulas?|equations?|fractions?|decimals?|ratios?|reading log|chapters?\s*\d*|units?\s+\d+|lessons?\s+\d+|pages?\s+\d+|(?:\d+|ten|five|twenty)\s+(?:problems?|questions?|pages?|words?|cards?))\b/i,
  /\bto\s+(?:practice|practise|review|memorize|memorise|study|finish|complete|redo|correct|check|go over|work on|read|write|solve|ask (?:about|for help with|questions about)|get help (?:with|on))\s+(?!(?:more|better|harder|things|stuff|it|everything)\b)\w+/i,
  /\b(?:practice|practise|review|memorize|memorise|redo|correct|solve|read|write|go over|work on|ask (?:my teacher|the teacher|my tutor|for help))\s+(?:my|the|all|each|every|one|two|three|\d+|at least)\s+(?!(?:more|better|harder|things|stuff)\b)\w+/i,
  /\b(?:lunchtime homework help|homework help|office hours|study group|study hall)\b/i,
];

/** Words that make a step vague whatever else it says: no amount, no moment. */
const VAGUE_PATTERNS: readonly RegExp[] = [
  /\b(?:more|harder|better|a lot|lots)\s*[.!]?$/i,
  /\b(?:try|work|study|focus|practice)\s+(?:harder|more|better)\b/i,
  /\b(?:do|try)\s+(?:my|our)\s+best\b/i,
  /\b(?:when(?:ever)?\s+I\s+(?:can|have time|remember|feel like it)|if I have time|sometimes|more often|as much as (?:I can|possible)|from time to time|once in a while|here and there|now and then)\b/i,
  /\b(?:pay (?:more )?attention|be (?:more )?(?:focused|organized|responsible)|get better(?: grades)?|improve(?: my (?:grades?|scores?))?|do better|care more|stay on track)\b/i,
];

function found(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((p) => p.test(text));
}

function vagueWordsIn(text: string): string[] {
  const words: string[] = [];
  for (const pattern of VAGUE_PATTERNS) {
    const match = pattern.exec(text);
    if (match) words.push(match[0].replace(/[.!]$/, '').trim());
  }
  return words;
}

/**
 * Checks one action step. `whenHowOften` is the step's own "When / how often" field, if the form has one: a step whose
 * action says what and whose field says when is specific. Dutch steps are read too (a Dutch programme, seed 000); the
 * hint is in `locale`.
 */
export function checkActionStep(action: string, whenHowOften = '', locale: Locale = 'en'): StepCheck {
  const text = action.replace(/\s+/g, ' ').trim();
  const when = whenHowOften.replace(/\s+/g, ' ').trim();
  if (text === '') return { specific: false, missing: ['what', 'when'], vagueWords: [], hint: '' };
  const combined = when ? `${text} ${when}` : text;
  const hasWhen = found(WHEN_PATTERNS, combined) || (when !== '' && !found(VAGUE_PATTERNS, when) && /\w{3,}/.test(when));
  const hasWhat = found(WHAT_PATTERNS, text);
  const vagueWords = vagueWordsIn(combined);
  const missing: StepPart[] = [];
  if (!hasWhat) missing.push('what');
  if (!hasWhen) missing.push('when');
  const specific = missing.length === 0;
  return { specific, missing, vagueWords, hint: specific ? '' : hintFor(missing, vagueWords, locale) };
}

function hintFor(missing: readonly StepPart[], vagueWords: readonly string[], locale: Locale): string {
  const t = specificityText.in(locale);
  const quoted = vagueWords.length ? ` ${t('howMuch', { words: vagueWords[0] })}` : '';
  const ask = t(missing.length === 2 ? 'askBoth' : missing[0] === 'what' ? 'askWhat' : 'askWhen');
  return t('hint', { tooVague: t('tooVague'), quoted, ask, example: t('example') });
}

/** A step of a plan that is not specific yet: its place in the plan (0-based), its words, and what it leaves out. */
export interface VagueStep {
  index: number;
  action: string;
  missing: StepPart[];
}

/**
 * The steps of an action plan that a tutor should look at again before saving (seed 003: what, when, how often).
 * Empty steps are left out: the form's own rules say whether one is required.
 */
export function vagueSteps(steps: readonly { action: string; whenHowOften?: string }[]): VagueStep[] {
  return steps.flatMap((s, index) => {
    if (s.action.trim() === '') return [];
    const check = checkActionStep(s.action, s.whenHowOften ?? '');
    return check.specific ? [] : [{ index, action: s.action.trim(), missing: check.missing }];
  });
}
