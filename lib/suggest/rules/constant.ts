/**
 * A tuned number of a rule: its value, why the rule needs it, and the measurement that chose the
 * value (on both corpora; `npm run bench -- --only=suggestions` prints the figures it moves).
 */
export interface Constant {
  readonly value: number;
  readonly why: string;
  readonly measured: string;
}

/** A constant. Not frozen: the bench's constants sweep moves a value for the length of one measurement. */
export const constant = (value: number, why: string, measured: string): Constant => ({ value, why, measured });
