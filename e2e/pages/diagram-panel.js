// Page object for the stack diagram panel of a lesson page, and the editor
// highlight that follows its step. Getters return locators (assert on them
// with auto-waiting expect); async actions return nothing.

export class DiagramPanel {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** The column: heading, the lesson's note, the panel. */
  get column() {
    return this.page.getByTestId('diagram-panel');
  }

  get note() {
    return this.page.getByTestId('diagram-note');
  }

  /** The panel's root (focusable; ←/→ step through the program). */
  get root() {
    return this.page.getByTestId('diagram');
  }

  /** The text shown instead of a drawing (empty, syntax error, predict first…). */
  get message() {
    return this.page.getByTestId('diagram-message');
  }

  get svg() {
    return this.page.getByTestId('diagram-svg');
  }

  get stepLabel() {
    return this.page.getByTestId('diagram-step-label');
  }

  get sentence() {
    return this.page.getByTestId('diagram-sentence');
  }

  /** The aria-live text alternative of the step shown. */
  get description() {
    return this.page.getByTestId('diagram-description');
  }

  get slider() {
    return this.page.getByTestId('diagram-slider');
  }

  get firstButton() {
    return this.page.getByTestId('diagram-first');
  }

  get prevButton() {
    return this.page.getByTestId('diagram-prev');
  }

  get nextButton() {
    return this.page.getByTestId('diagram-next');
  }

  get lastButton() {
    return this.page.getByTestId('diagram-last');
  }

  get errorJump() {
    return this.page.getByTestId('diagram-error-jump');
  }

  /** The slot of the variable called `name` (its name is drawn as text). */
  slot(name) {
    return this.page.getByTestId('diagram-slot').filter({
      has: this.page.locator('.bm-d-slot-name').getByText(name, { exact: true }),
    });
  }

  get refs() {
    return this.page.getByTestId('diagram-ref');
  }

  /** `code` in the step's sentence showing `name` (e.g. the variable `s`). */
  sentenceCode(name) {
    return this.sentence.locator('code').getByText(name, { exact: true });
  }

  /** The editor line that the diagram's step starts on (one at most). */
  get highlightedLine() {
    return this.page.getByTestId('editor').getByTestId('step-line');
  }

  /** The pieces of editor text marked as the step's span (syntax highlighting splits it). */
  get highlightedSpan() {
    return this.page.getByTestId('editor').getByTestId('step-span');
  }

  async first() {
    await this.firstButton.click();
  }

  async prev() {
    await this.prevButton.click();
  }

  async next() {
    await this.nextButton.click();
  }

  async last() {
    await this.lastButton.click();
  }

  async goToError() {
    await this.errorJump.click();
  }

  /** Step `i` (0-based) with the slider. */
  async slideTo(i) {
    await this.slider.fill(String(i));
  }

  /** Focus the panel and press `key` (ArrowLeft, ArrowRight, Home, End). */
  async pressKey(key) {
    await this.root.focus();
    await this.page.keyboard.press(key);
  }
}
