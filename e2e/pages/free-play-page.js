// Page object for the free playground (#/play): its own editor, diagnostics,
// code tools, diagram and example picker, the link notice, the shortcuts
// dialog. Every locator is scoped to the playground's view (the lesson
// view's hidden editor may still be in the page). Getters return locators;
// actions are async and return nothing.
import { DiagramPanel } from './diagram-panel.js';

export class FreePlayPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.diagram = new DiagramPanel(page, { root: this.view, editor: 'play-editor' });
  }

  /** Open the playground, or the share link `hash` ("#/play?v=1&code=…"). */
  async goto(hash = '#/play') {
    await this.page.goto(`./${hash}`);
  }

  get view() {
    return this.page.getByTestId('play-view');
  }

  get title() {
    return this.view.getByTestId('play-title');
  }

  get navLink() {
    return this.page.getByTestId('nav-play');
  }

  get editor() {
    return this.view.getByTestId('play-editor').locator('.cm-editor');
  }

  get editorContent() {
    return this.view.getByTestId('play-editor').locator('.cm-content');
  }

  get status() {
    return this.view.getByTestId('play-status');
  }

  get diagnostics() {
    return this.view.getByTestId('play-diagnostics').getByTestId('diagnostic');
  }

  get unsupported() {
    return this.view.getByTestId('play-diagnostics').getByTestId('unsupported');
  }

  get exampleSelect() {
    return this.view.getByTestId('example-select');
  }

  get openExampleButton() {
    return this.view.getByTestId('open-example');
  }

  get exampleNote() {
    return this.view.getByTestId('example-note');
  }

  get rustcLink() {
    return this.view.getByTestId('rustc-link');
  }

  get rustcNote() {
    return this.view.getByTestId('rustc-note');
  }

  get copyLinkButton() {
    return this.view.getByTestId('copy-link');
  }

  get copyStatus() {
    return this.view.getByTestId('copy-link-status');
  }

  get output() {
    return this.view.getByTestId('play-output');
  }

  get stdout() {
    return this.view.getByTestId('play-stdout');
  }

  /** The line that says the output shown is as of the diagram's step. */
  get outputStep() {
    return this.view.getByTestId('play-output-step');
  }

  get stderr() {
    return this.view.getByTestId('play-stderr');
  }

  get runSummary() {
    return this.view.getByTestId('play-exit');
  }

  get diagramColumn() {
    return this.view.getByTestId('play-diagram-panel');
  }

  /** The notice a share link gives (unreadable, or over different saved code). */
  get linkNotice() {
    return this.page.getByTestId('link-notice');
  }

  get linkNoticeText() {
    return this.page.getByTestId('link-notice-text');
  }

  get keepLinkButton() {
    return this.page.getByTestId('link-keep-link');
  }

  get keepMineButton() {
    return this.page.getByTestId('link-keep-mine');
  }

  get shortcutsDialog() {
    return this.page.getByTestId('shortcuts-dialog');
  }

  get shortcutsButton() {
    return this.page.getByTestId('shortcuts-button');
  }

  get shortcutStatus() {
    return this.page.getByTestId('shortcut-status');
  }

  /** The editor's text, line by line (a short program: CodeMirror renders every line). */
  async code() {
    return this.editorContent.evaluate((el) => [...el.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'));
  }

  /**
   * The playground's saved code (localStorage "borrowmap.play.v1"), or null
   * while nothing is saved. Never throws, so `expect.poll` keeps retrying it:
   * the playground saves a moment after the last edit (a debounce), which
   * can be after the status line already shows the checker's verdict. A value
   * that is not a playground record comes back as a string that says what it
   * was, so a failed poll shows what was there.
   */
  async savedCode() {
    return this.page.evaluate(() => {
      const raw = localStorage.getItem('borrowmap.play.v1');
      if (raw === null) return null;
      try {
        const data = JSON.parse(raw);
        if (data?.version === 1 && typeof data.code === 'string') return data.code;
      } catch {
        /* described below */
      }
      return `(not a playground record: ${raw})`;
    });
  }

  /** Replace the whole program as a learner would: select all, then type (insertText). */
  async replaceCode(text) {
    await this.editorContent.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(text);
  }

  async openExample(id) {
    await this.exampleSelect.selectOption(id);
    await this.openExampleButton.click();
  }

  /** Copy the share link and return it, read back from the clipboard (the context needs clipboard permissions). */
  async copyLink() {
    await this.copyLinkButton.click();
    await this.copyStatus.getByText('Link copied').waitFor();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}
