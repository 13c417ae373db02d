// A learner without a mouse: focus moves only with Tab, controls are used
// with Enter, Space and the arrow keys. Every helper presses keys; none
// clicks or calls focus().
import { expect } from '@playwright/test';

export class KeyboardLearner {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** Whether `locator` has focus. */
  async isFocused(locator) {
    return locator.evaluate((el) => el === document.activeElement);
  }

  /** The focused element as "tag#testid" (for messages). */
  async focused() {
    return this.page.evaluate(() => {
      const a = document.activeElement;
      return a ? `${a.tagName.toLowerCase()}${a.dataset?.testid ? `[${a.dataset.testid}]` : ''}` : 'nothing';
    });
  }

  /**
   * Press Tab until `locator` has focus: Shift+Tab when the target comes
   * before the focused element in the page (the shorter way, as a learner
   * would), Tab otherwise, wrapping round the page. A radio button is always
   * reached forwards: backwards, Tab lands on the last radio of a group.
   */
  async tabTo(locator, { max = 300 } = {}) {
    await expect(locator).toBeVisible();
    const handle = await locator.elementHandle();
    const backwards = await handle.evaluate((el) => {
      const active = document.activeElement;
      if (!active || active === document.body || el.type === 'radio') return false;
      return Boolean(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
    });
    for (const key of backwards ? ['Shift+Tab', 'Tab'] : ['Tab']) {
      for (let i = 0; i < max; i++) {
        if (await handle.evaluate((el) => el === document.activeElement)) return;
        await this.page.keyboard.press(key);
      }
    }
    throw new Error(`Tab never reached ${locator}; focus is on ${await this.focused()}`);
  }

  /** Tab to a button or link and press Enter. */
  async activate(locator) {
    await this.tabTo(locator);
    await this.page.keyboard.press('Enter');
  }

  /** Focus never falls back to <body> (or nowhere) after a control was used. */
  async expectFocusKept(what) {
    const tag = await this.page.evaluate(() => document.activeElement?.tagName ?? 'NONE');
    expect(tag, `focus after ${what}`).not.toBe('BODY');
    expect(tag, `focus after ${what}`).not.toBe('NONE');
  }

  /** Choose `value` in a <select> with the arrow keys. */
  async selectByArrows(select, value) {
    await this.tabTo(select);
    const options = await select.evaluate((s) => [...s.options].map((o) => o.value));
    const want = options.indexOf(value);
    if (want < 0) throw new Error(`no option ${value}`);
    let at = await select.evaluate((s) => s.selectedIndex);
    while (at !== want) {
      await this.page.keyboard.press(at < want ? 'ArrowDown' : 'ArrowUp');
      at = await select.evaluate((s) => s.selectedIndex);
    }
  }

  /** Check radio number `n` (0-based) of the group `first` belongs to. */
  async chooseRadio(first, n) {
    await this.tabTo(first);
    if (n === 0) await this.page.keyboard.press('Space');
    for (let i = 0; i < n; i++) await this.page.keyboard.press('ArrowDown');
  }
}
