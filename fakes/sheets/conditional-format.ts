// Conditional format rules (builder, rule, boolean condition) as plain data, stored per sheet.

import type { FakeWorld } from '../world';
import { fromCriteriaValue, toCriteriaValue } from './criteria';
import { expose, type SelfAware, unwrap } from './handle';
import { sheetsError } from './messages';
import { FakeRange, rangeHandle } from './range';
import type { ConditionalFormatRuleState } from './state';

type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Condition = GoogleAppsScript.Spreadsheet.BooleanCondition;

type BuilderMembers =
  | 'build'
  | 'copy'
  | 'getBooleanCondition'
  | 'getRanges'
  | 'setBackground'
  | 'setBold'
  | 'setFontColor'
  | 'setItalic'
  | 'setRanges'
  | 'setStrikethrough'
  | 'setUnderline'
  | 'whenCellEmpty'
  | 'whenCellNotEmpty'
  | 'whenDateAfter'
  | 'whenDateBefore'
  | 'whenDateEqualTo'
  | 'whenFormulaSatisfied'
  | 'whenNumberBetween'
  | 'whenNumberEqualTo'
  | 'whenNumberGreaterThan'
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan'
  | 'whenNumberLessThanOrEqualTo'
  | 'whenNumberNotBetween'
  | 'whenNumberNotEqualTo'
  | 'whenTextContains'
  | 'whenTextDoesNotContain'
  | 'whenTextEndsWith'
  | 'whenTextEqualTo'
  | 'whenTextStartsWith'
  | 'withCriteria';

/** A rule plus the spreadsheet its ranges belong to (rules themselves only name sheets). */
export interface RuleData {
  ssId: string | null;
  state: ConditionalFormatRuleState;
}

function emptyRule(): ConditionalFormatRuleState {
  return { ranges: [], criteria: '', values: [], format: {} };
}

export function conditionalFormatRuleBuilderHandle(world: FakeWorld, data: RuleData = { ssId: null, state: emptyRule() }): Builder {
  return expose<Builder>(world, 'ConditionalFormatRuleBuilder', new FakeConditionalFormatRuleBuilder(world, data));
}

export function conditionalFormatRuleHandle(world: FakeWorld, data: RuleData): Rule {
  return expose<Rule>(world, 'ConditionalFormatRule', new FakeConditionalFormatRule(world, data));
}

function rangesOf(world: FakeWorld, data: RuleData): GoogleAppsScript.Spreadsheet.Range[] {
  const ssId = data.ssId;
  if (ssId === null) return [];
  return data.state.ranges.map((g) =>
    rangeHandle(world, ssId, g.sheetId, { row: g.row, column: g.column, numRows: g.numRows, numColumns: g.numColumns }),
  );
}

function conditionOf(world: FakeWorld, data: RuleData): Condition | null {
  if (data.state.criteria === '') return null;
  return expose<Condition>(world, 'BooleanCondition', new FakeBooleanCondition(world, structuredClone(data.state)));
}

export class FakeConditionalFormatRuleBuilder implements Pick<Builder, BuilderMembers>, SelfAware<Builder> {
  _self!: Builder;

  constructor(
    readonly _world: FakeWorld,
    readonly _data: RuleData,
  ) {}

  _when(criteria: string, values: unknown[]): Builder {
    this._data.state.criteria = criteria;
    this._data.state.values = values.map((v) => toCriteriaValue(v, 'SpreadsheetApp.ConditionalFormatRuleBuilder.withCriteria'));
    return this._self;
  }

  _style(key: keyof ConditionalFormatRuleState['format'], value: string | boolean | null): Builder {
    const format = this._data.state.format as Record<string, string | boolean>;
    if (value === null) delete format[key];
    else format[key] = value;
    return this._self;
  }

  whenCellEmpty(): Builder {
    return this._when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): Builder {
    return this._when('CELL_NOT_EMPTY', []);
  }
  whenDateAfter(date: unknown): Builder {
    return this._when('DATE_AFTER', [date instanceof Date ? date : String(date)]);
  }
  whenDateBefore(date: unknown): Builder {
    return this._when('DATE_BEFORE', [date instanceof Date ? date : String(date)]);
  }
  whenDateEqualTo(date: unknown): Builder {
    return this._when('DATE_EQUAL_TO', [date instanceof Date ? date : String(date)]);
  }
  whenFormulaSatisfied(formula: string): Builder {
    return this._when('CUSTOM_FORMULA', [formula]);
  }
  whenNumberBetween(start: number, end: number): Builder {
    return this._when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberNotBetween(start: number, end: number): Builder {
    return this._when('NUMBER_NOT_BETWEEN', [start, end]);
  }
  whenNumberEqualTo(number: number): Builder {
    return this._when('NUMBER_EQUAL_TO', [number]);
  }
  whenNumberNotEqualTo(number: number): Builder {
    return this._when('NUMBER_NOT_EQUAL_TO', [number]);
  }
  whenNumberGreaterThan(number: number): Builder {
    return this._when('NUMBER_GREATER_THAN', [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): Builder {
    return this._when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberLessThan(number: number): Builder {
    return this._when('NUMBER_LESS_THAN', [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): Builder {
    return this._when('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  whenTextContains(text: string): Builder {
    return this._when('TEXT_CONTAINS', [text]);
  }
  whenTextDoesNotContain(text: string): Builder {
    return this._when('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  whenTextEqualTo(text: string): Builder {
    return this._when('TEXT_EQUAL_TO', [text]);
  }
  whenTextStartsWith(text: string): Builder {
    return this._when('TEXT_STARTS_WITH', [text]);
  }
  whenTextEndsWith(text: string): Builder {
    return this._when('TEXT_ENDS_WITH', [text]);
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria, args: unknown[]): Builder {
    return this._when(String(criteria), args);
  }

  setBackground(color: string | null): Builder {
    return this._style('background', color);
  }
  setFontColor(color: string | null): Builder {
    return this._style('fontColor', color);
  }
  setBold(bold: boolean | null): Builder {
    return this._style('bold', bold);
  }
  setItalic(italic: boolean | null): Builder {
    return this._style('italic', italic);
  }
  setStrikethrough(strikethrough: boolean | null): Builder {
    return this._style('strikethrough', strikethrough);
  }
  setUnderline(underline: boolean | null): Builder {
    return this._style('underline', underline);
  }

  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): Builder {
    const fakes = ranges.map((r) => unwrap(r, FakeRange, 'SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges'));
    this._data.ssId = fakes[0]?._ssId ?? this._data.ssId;
    this._data.state.ranges = fakes.map((r) => ({ sheetId: r._sheetId, ...r._block }));
    return this._self;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this._world, this._data);
  }

  getBooleanCondition(): Condition | null {
    return conditionOf(this._world, this._data);
  }

  copy(): Builder {
    return conditionalFormatRuleBuilderHandle(this._world, structuredClone(this._data));
  }

  build(): Rule {
    if (this._data.state.criteria === '') throw sheetsError('Conditional format rule must have a condition.');
    return conditionalFormatRuleHandle(this._world, structuredClone(this._data));
  }
}

export class FakeConditionalFormatRule implements Pick<Rule, 'copy' | 'getBooleanCondition' | 'getRanges'>, SelfAware<Rule> {
  _self!: Rule;

  constructor(
    readonly _world: FakeWorld,
    readonly _data: RuleData,
  ) {}

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this._world, this._data);
  }
  getBooleanCondition(): Condition | null {
    return conditionOf(this._world, this._data);
  }
  copy(): Builder {
    return conditionalFormatRuleBuilderHandle(this._world, structuredClone(this._data));
  }
}

type ConditionMembers =
  | 'getBackground'
  | 'getBold'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getFontColor'
  | 'getItalic'
  | 'getStrikethrough'
  | 'getUnderline';

export class FakeBooleanCondition implements Pick<Condition, ConditionMembers>, SelfAware<Condition> {
  _self!: Condition;

  constructor(
    readonly _world: FakeWorld,
    readonly _state: ConditionalFormatRuleState,
  ) {}

  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return this._state.criteria as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }
  getCriteriaValues(): unknown[] {
    return this._state.values.map((v) => fromCriteriaValue(this._world, v));
  }
  getBackground(): string | null {
    return this._state.format.background ?? null;
  }
  getFontColor(): string | null {
    return this._state.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this._state.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this._state.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this._state.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this._state.format.underline ?? null;
  }
}
