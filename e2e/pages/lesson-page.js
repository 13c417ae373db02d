// Page objects for the lesson list (#/) and a lesson page (#/lesson/<id>).
// Getters return locators; actions are async and return nothing.
import { PlaygroundPage } from './playground-page.js';

export class LessonListPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
  }

  async goto() {
    await this.page.goto('./#/');
  }

  get view() {
    return this.page.getByTestId('lesson-list-view');
  }

  get lessonLinks() {
    return this.page.getByTestId('lesson-link');
  }

  lessonLink(id) {
    return this.page.locator(`[data-testid="lesson-link"][data-lesson-id="${id}"]`);
  }

  get modules() {
    return this.page.getByTestId('module');
  }

  get progressSummary() {
    return this.page.getByTestId('progress-summary');
  }

  get routeNotice() {
    return this.page.getByTestId('route-notice');
  }

  get storeNotice() {
    return this.page.getByTestId('store-notice');
  }

  journalField(name) {
    return this.page.getByTestId(`journal-${name}`);
  }

  async openLesson(id) {
    await this.lessonLink(id).click();
  }
}

/** A lesson page: the playground's editor and diagnostics, plus the lesson column. */
export class LessonPage extends PlaygroundPage {
  async goto(hash) {
    await this.page.goto(`./${hash}`);
  }

  get column() {
    return this.page.getByTestId('lesson-column');
  }

  get tasks() {
    return this.page.getByTestId('task');
  }

  task(n) {
    return this.tasks.nth(n - 1);
  }

  feedback(n) {
    return this.task(n).getByTestId('task-feedback');
  }

  explanation(n) {
    return this.task(n).getByTestId('task-explanation');
  }

  get bridge() {
    return this.page.getByTestId('bridge');
  }

  get hints() {
    return this.page.getByTestId('hint');
  }

  get hintButton() {
    return this.page.getByTestId('hint-button');
  }

  get solution() {
    return this.page.getByTestId('solution');
  }

  get verdictHidden() {
    return this.page.getByTestId('verdict-hidden');
  }

  get lessonComplete() {
    return this.page.getByTestId('lesson-complete');
  }

  get nextLink() {
    return this.page.getByTestId('lesson-next');
  }

  get prevLink() {
    return this.page.getByTestId('lesson-prev');
  }

  get storeNotice() {
    return this.page.getByTestId('store-notice');
  }

  async chooseBackground(id) {
    await this.column.getByTestId(`background-${id}`).click();
  }

  /** Answer predict task `n`: compiles, or {code, line}. */
  async predict(n, answer) {
    const task = this.task(n);
    if (answer === 'compiles') {
      await task.getByTestId('predict-compiles').check();
    } else {
      await task.getByTestId('predict-fails').check();
      await task.getByTestId('predict-error-code').selectOption(answer.code);
      await task.getByTestId('predict-line').fill(String(answer.line));
    }
    await task.getByTestId('task-check').click();
  }

  async check(n) {
    await this.task(n).getByTestId('task-check').click();
  }

  /** The "Check your understanding" questions under the tasks. */
  get recallQuestions() {
    return this.page.getByTestId('recall-question');
  }

  recallQuestion(n) {
    return this.recallQuestions.nth(n - 1);
  }

  /** Answer multiple-choice recall question `n` with choice `choice` (0-based). */
  async answerRecallChoice(n, choice) {
    const q = this.recallQuestion(n);
    await q.getByTestId('recall-choice').nth(choice).check();
    await q.getByTestId('task-check').click();
  }

  /** Answer open recall question `n` in words, compare with the model answer, and grade it. */
  async answerRecallInWords(n, text, hadIt = true) {
    const q = this.recallQuestion(n);
    await q.getByTestId('recall-answer').fill(text);
    await q.getByTestId('task-check').click();
    await q.getByTestId(hadIt ? 'self-grade-yes' : 'self-grade-no').click();
  }

  async next() {
    await this.nextLink.click();
  }

  async showHint() {
    await this.hintButton.click();
  }

  async revealSolution() {
    await this.page.getByTestId('reveal-solution').click();
  }

  async resetCode() {
    await this.page.getByTestId('reset-code').click();
  }
}
