// DataValidationBuilder and DataValidation: rules as plain data, applied to cells by Range.setDataValidation.

import type { FakeWorld } from '../world';
import { fromCriteriaValue, toCriteriaValue } from './criteria';
import { expose, type SelfAware } from './handle';
import { sheetsError } from './messages';
import type { DataValidationState } from './state';

type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;
type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

type BuilderMembers =
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireDateAfter'
  | 'requireDateBefore'
  | 'requireDateBetween'
  | 'requireDateOnOrAfter'
  | 'requireDateOnOrBefore'
  | 'requireFormulaSatisfied'
  | 'requireNumberBetween'
  | 'requireNumberEqualTo'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberLessThan'
  | 'requireNumberLessThanOrEqualTo'
  | 'requireTextContains'
  | 'requireTextEqualTo'
  | 'requireTextIsEmail'
  | 'requireTextIsUrl'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria';

/** Apps Script's default: invalid input shows a warning rather than being rejected. */
function emptyRule(): DataValidationState {
  return { criteria: '', values: [], allowInvalid: true, helpText: '' };
}

export function dataValidationBuilderHandle(world: FakeWorld, data: DataValidationState = emptyRule()): Builder {
  return expose<Builder>(world, 'DataValidationBuilder', new FakeDataValidationBuilder(world, data));
}

export function dataValidationHandle(world: FakeWorld, _ssId: string | null, data: DataValidationState): Rule {
  return expose<Rule>(world, 'DataValidation', new FakeDataValidation(world, data));
}

export class FakeDataValidationBuilder implements Pick<Builder, BuilderMembers>, SelfAware<Builder> {
  _self!: Builder;

  constructor(
    readonly _world: FakeWorld,
    readonly _data: DataValidationState,
  ) {}

  _require(criteria: string, values: unknown[]): Builder {
    this._data.criteria = criteria;
    this._data.values = values.map((v) => toCriteriaValue(v, `SpreadsheetApp.DataValidationBuilder.${criteria}`));
    return this._self;
  }

  requireValueInList(values: string[], showDropdown = true): Builder {
    return this._require('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true): Builder {
    return this._require('VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): Builder {
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this._require('CHECKBOX', values);
  }
  requireDate(): Builder {
    return this._require('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): Builder {
    return this._require('DATE_AFTER', [date]);
  }
  requireDateBefore(date: Date): Builder {
    return this._require('DATE_BEFORE', [date]);
  }
  requireDateBetween(start: Date, end: Date): Builder {
    return this._require('DATE_BETWEEN', [start, end]);
  }
  requireDateOnOrAfter(date: Date): Builder {
    return this._require('DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: Date): Builder {
    return this._require('DATE_ON_OR_BEFORE', [date]);
  }
  requireNumberBetween(start: number, end: number): Builder {
    return this._require('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(number: number): Builder {
    return this._require('NUMBER_EQUAL_TO', [number]);
  }
  requireNumberGreaterThan(number: number): Builder {
    return this._require('NUMBER_GREATER_THAN', [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): Builder {
    return this._require('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberLessThan(number: number): Builder {
    return this._require('NUMBER_LESS_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): Builder {
    return this._require('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireTextContains(text: string): Builder {
    return this._require('TEXT_CONTAINS', [text]);
  }
  requireTextEqualTo(text: string): Builder {
    return this._require('TEXT_EQUAL_TO', [text]);
  }
  requireTextIsEmail(): Builder {
    return this._require('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): Builder {
    return this._require('TEXT_IS_VALID_URL', []);
  }
  requireFormulaSatisfied(formula: string): Builder {
    return this._require('CUSTOM_FORMULA', [formula]);
  }
  withCriteria(criteria: Criteria, args: unknown[]): Builder {
    return this._require(String(criteria), args);
  }

  setAllowInvalid(allowInvalidData: boolean): Builder {
    this._data.allowInvalid = Boolean(allowInvalidData);
    return this._self;
  }
  setHelpText(helpText: string): Builder {
    this._data.helpText = String(helpText);
    return this._self;
  }

  getCriteriaType(): Criteria {
    return this._data.criteria as unknown as Criteria;
  }
  getCriteriaValues(): unknown[] {
    return this._data.values.map((v) => fromCriteriaValue(this._world, v));
  }
  getAllowInvalid(): boolean {
    return this._data.allowInvalid;
  }
  getHelpText(): string | null {
    return this._data.helpText === '' ? null : this._data.helpText;
  }

  copy(): Builder {
    return dataValidationBuilderHandle(this._world, structuredClone(this._data));
  }

  build(): Rule {
    if (this._data.criteria === '') throw sheetsError('You must specify a criteria for the data validation rule.');
    return dataValidationHandle(this._world, null, structuredClone(this._data));
  }
}

export class FakeDataValidation
  implements Pick<Rule, 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'>, SelfAware<Rule>
{
  _self!: Rule;

  constructor(
    readonly _world: FakeWorld,
    readonly _data: DataValidationState,
  ) {}

  getCriteriaType(): Criteria {
    return this._data.criteria as unknown as Criteria;
  }
  getCriteriaValues(): unknown[] {
    return this._data.values.map((v) => fromCriteriaValue(this._world, v));
  }
  getAllowInvalid(): boolean {
    return this._data.allowInvalid;
  }
  getHelpText(): string {
    return this._data.helpText;
  }
  copy(): Builder {
    return dataValidationBuilderHandle(this._world, structuredClone(this._data));
  }
}
