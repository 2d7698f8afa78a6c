/** Generation refused: every problem found, each naming the config path or step it is about. Its own module so that
 * the model (custom steps) and the action-input check can both throw it without importing each other. */
export class GenerationError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'GenerationError';
  }
}
