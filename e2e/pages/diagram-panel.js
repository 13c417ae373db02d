// Page object for the stack diagram panel of a lesson page, and the editor
// highlight that follows its step. Getters return locators (assert on them
// with auto-waiting expect); async actions return nothing.

export class DiagramPanel {
  /**
   * @param {import('@playwright/test').Page} page
   * @param {{root?: import('@playwright/test').Locator, editor?: string}} [scope]
   *   the element holding the panel (default: the page) and the test id of
   *   its editor (default: the lesson page's, "editor")
   */
  constructor(page, { root = page, editor = 'editor' } = {}) {
    this.page = page;
    this.scope = root;
    this.editorTestId = editor;
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
    return this.scope.getByTestId('diagram');
  }

  /** The text shown instead of a drawing (empty, syntax error, predict first…). */
  get message() {
    return this.scope.getByTestId('diagram-message');
  }

  get svg() {
    return this.scope.getByTestId('diagram-svg');
  }

  get stepLabel() {
    return this.scope.getByTestId('diagram-step-label');
  }

  get sentence() {
    return this.scope.getByTestId('diagram-sentence');
  }

  /** The aria-live text alternative of the step shown. */
  get description() {
    return this.scope.getByTestId('diagram-description');
  }

  get slider() {
    return this.scope.getByTestId('diagram-slider');
  }

  get firstButton() {
    return this.scope.getByTestId('diagram-first');
  }

  get prevButton() {
    return this.scope.getByTestId('diagram-prev');
  }

  get nextButton() {
    return this.scope.getByTestId('diagram-next');
  }

  get lastButton() {
    return this.scope.getByTestId('diagram-last');
  }

  get errorJump() {
    return this.scope.getByTestId('diagram-error-jump');
  }

  /** The slot of the variable called `name` (its name is drawn as text). */
  slot(name) {
    return this.scope.getByTestId('diagram-slot').filter({
      has: this.page.locator('.bm-d-slot-name').getByText(name, { exact: true }),
    });
  }

  /** The caption that says what changed since the previous step. */
  get changes() {
    return this.scope.getByTestId('diagram-changes');
  }

  /** Every drawn item (slot, region, heap object, ref) marked as changed. */
  get changedItems() {
    return this.scope.locator('[data-change]');
  }

  get refs() {
    return this.scope.getByTestId('diagram-ref');
  }

  /** `code` in the step's sentence showing `name` (e.g. the variable `s`). */
  sentenceCode(name) {
    return this.sentence.locator('code').getByText(name, { exact: true });
  }

  /** The editor line that the diagram's step starts on (one at most). */
  get highlightedLine() {
    return this.page.getByTestId(this.editorTestId).getByTestId('step-line');
  }

  /** The pieces of editor text marked as the step's span (syntax highlighting splits it). */
  get highlightedSpan() {
    return this.page.getByTestId(this.editorTestId).getByTestId('step-span');
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
