// Ui fake (SpreadsheetApp.getUi / DocumentApp.getUi): records menus, sidebars, dialogs, alerts and prompts in world state.

import type { FakeHtmlOutput } from '../html/output';
import { surface } from '../surface';
import type { FakeWorld, Host, MenuState } from '../world';

export const BUTTON = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const BUTTON_SET = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;

type HtmlLike = GoogleAppsScript.HTML.HtmlOutput | GoogleAppsScript.HTML.HtmlTemplate | FakeHtmlOutput;

class FakeMenu implements Pick<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  constructor(
    private readonly world: FakeWorld,
    private readonly menu: MenuState,
  ) {}
  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    this.menu.items.push({ caption, functionName });
    return this as unknown as GoogleAppsScript.Base.Menu;
  }
  addSeparator(): GoogleAppsScript.Base.Menu {
    this.menu.items.push({ separator: true });
    return this as unknown as GoogleAppsScript.Base.Menu;
  }
  addSubMenu(_menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    return this as unknown as GoogleAppsScript.Base.Menu;
  }
  addToUi(): void {
    const menus = this.world.state.ui.menus.filter((m) => !(m.host === this.menu.host && m.title === this.menu.title));
    this.world.state.ui.menus = [...menus, this.menu];
  }
}

class FakeUi
  implements
    Pick<GoogleAppsScript.Base.Ui, 'createAddonMenu' | 'createMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog' | 'alert' | 'prompt'>
{
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;

  constructor(
    private readonly world: FakeWorld,
    private readonly host: Host,
  ) {}

  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return this.menu('Tutoring Toolkit');
  }

  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return this.menu(caption);
  }

  private menu(title: string): GoogleAppsScript.Base.Menu {
    const state: MenuState = { host: this.host, title, items: [] };
    return surface(new FakeMenu(this.world, state), 'Menu', this.world) as unknown as GoogleAppsScript.Base.Menu;
  }

  showSidebar(output: HtmlLike): void {
    this.show('sidebar', output);
  }

  showModalDialog(output: HtmlLike, title: string): void {
    this.show('modalDialog', output, title);
  }

  showModelessDialog(output: HtmlLike, title: string): void {
    this.show('modelessDialog', output, title);
  }

  private show(kind: 'sidebar' | 'modalDialog' | 'modelessDialog', output: HtmlLike, title?: string): void {
    const html = output as GoogleAppsScript.HTML.HtmlOutput;
    this.world.state.ui.shown.push({
      kind,
      title: title ?? html.getTitle(),
      html: html.getContent(),
      width: html.getWidth(),
      height: html.getHeight(),
      host: this.host,
    });
  }

  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    const [title, prompt, buttons] =
      args.length === 1 ? ['', String(args[0]), 'OK'] : args.length === 2 ? ['', String(args[0]), String(args[1])] : args.map(String);
    const answer = this.world.execution.uiAnswers.shift()?.button ?? (buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? 'YES' : 'OK');
    this.world.state.ui.alerts.push({ title, prompt, buttons, answered: answer });
    return answer as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    const [title, prompt, buttons] =
      args.length === 1 ? ['', String(args[0]), 'OK'] : args.length === 2 ? ['', String(args[0]), String(args[1])] : args.map(String);
    const answer = this.world.execution.uiAnswers.shift() ?? { button: 'OK', text: '' };
    this.world.state.ui.alerts.push({ title, prompt, buttons, answered: answer.button });
    const response = { getResponseText: () => answer.text ?? '', getSelectedButton: () => answer.button };
    return response as unknown as GoogleAppsScript.Base.PromptResponse;
  }
}

/** The Ui of one host app; its calls are counted under 'Ui'. */
export function createUi(world: FakeWorld, host: Host): GoogleAppsScript.Base.Ui {
  return surface(new FakeUi(world, host), 'Ui', world) as unknown as GoogleAppsScript.Base.Ui;
}
