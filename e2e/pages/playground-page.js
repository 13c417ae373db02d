// Page object for the borrowmap playground (the editor and diagnostics of a
// lesson page). Getters return locators (assert on them with auto-waiting
// expect); async actions return nothing.
import { firstLesson, lessonHash } from '../lessons-data.js';

export class PlaygroundPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** Opens the first lesson unless `hash` names another page. */
  async goto(hash = lessonHash(firstLesson.id)) {
    await this.page.goto(`./${hash}`);
  }

  get lessonTitle() {
    return this.page.getByTestId('lesson-title');
  }

  get lessonBody() {
    return this.page.getByTestId('lesson-body');
  }

  get lessonError() {
    return this.page.getByTestId('lesson-error');
  }

  get editor() {
    return this.page.getByTestId('editor').locator('.cm-editor');
  }

  get editorContent() {
    return this.page.getByTestId('editor').locator('.cm-content');
  }

  /** The rendered line `n` (1-based) of the editor; only visible lines exist in the DOM. */
  editorLine(n) {
    return this.page.getByTestId('editor').locator('.cm-line').nth(n - 1);
  }

  /** The line-number gutter cell showing `n`. */
  lineNumber(n) {
    return this.page
      .getByTestId('editor')
      .locator('.cm-lineNumbers .cm-gutterElement')
      .filter({ hasText: new RegExp(`^${n}$`) });
  }

  /** Lint gutter markers of the given severity ("error", "warning", "info", "hint"). */
  lintMarkers(severity = 'error') {
    return this.page.getByTestId('editor').locator(`.cm-gutter-lint .cm-lint-marker-${severity}`);
  }

  /** Underlined ranges of the given severity in the editor text. */
  lintRanges(severity = 'error') {
    return this.page.getByTestId('editor').locator(`.cm-lintRange-${severity}`);
  }

  /** Zero-width lint marks ("expected `;` here"). */
  lintPoints(severity = 'error') {
    return this.page.getByTestId('editor').locator(`.cm-lintPoint-${severity}`);
  }

  get lintTooltip() {
    return this.page.locator('.cm-tooltip-lint');
  }

  get diagnostics() {
    return this.page.getByTestId('diagnostic');
  }

  get status() {
    return this.page.getByTestId('status');
  }

  get diagramPanel() {
    return this.page.getByTestId('diagram-panel');
  }

  /** "Check with real rustc" and "Copy link", beside the lesson's diagnostics. */
  get codeTools() {
    return this.page.getByTestId('lesson-code-tools');
  }

  get copyLinkButton() {
    return this.codeTools.getByTestId('copy-link');
  }

  get rustcLink() {
    return this.codeTools.getByTestId('rustc-link');
  }

  /** The lesson's Output panel: what the program printed when it ran. */
  get output() {
    return this.page.getByTestId('lesson-output');
  }

  get stdout() {
    return this.page.getByTestId('lesson-stdout');
  }

  get runSummary() {
    return this.page.getByTestId('lesson-exit');
  }

  /** The notice a share link gives (unreadable, or over different saved code). */
  get linkNotice() {
    return this.page.getByTestId('link-notice');
  }

  /** The editor's text, line by line (a short program: CodeMirror renders every line). */
  async code() {
    return this.editorContent.evaluate((el) => [...el.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'));
  }

  /** Replace the whole document by typing `text` (as a learner would, via the keyboard). */
  async replaceCode(text) {
    await this.editorContent.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    // CodeMirror auto-indents and auto-closes brackets on typed input; insertText
    // goes through the same input path without those keystroke handlers.
    await this.page.keyboard.insertText(text);
  }

  /** Type at the cursor, key by key. */
  async type(text) {
    await this.page.keyboard.type(text);
  }

  async pressKey(key) {
    await this.page.keyboard.press(key);
  }

  /**
   * Paste `line` repeated `times` times through a real paste event on the
   * editor (the text is built inside the page; nothing megabyte-sized crosses
   * the protocol).
   */
  async pasteRepeated(line, times) {
    await this.editorContent.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.editorContent.evaluate(
      (content, { line, times }) => {
        const data = new DataTransfer();
        data.setData('text/plain', line.repeat(times));
        content.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      { line, times },
    );
  }

  /** Put the cursor at the very end of the document. */
  async gotoDocEnd() {
    await this.editorContent.click();
    await this.page.keyboard.press('ControlOrMeta+End');
  }

  async hoverFirstLintRange(severity = 'error') {
    await this.lintRanges(severity).first().hover();
  }
}
