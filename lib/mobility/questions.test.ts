import { describe, expect, it } from 'vitest';
import { isValidSource } from '../packs/source-format';
import { ANSWER_KEYS, MobilityAnswersSchema } from './answers-schema';
import { MOBILITY_QUESTIONS } from './questions';

const sampleValue = (kind: string, options: { value: string }[] = []) =>
  kind === 'number'
    ? 120
    : kind === 'yes-no'
      ? true
      : kind === 'multi'
        ? [options[0]!.value]
        : options[0]!.value;

describe('MOBILITY_QUESTIONS', () => {
  it('asks about every answer exactly once', () => {
    const actual = MOBILITY_QUESTIONS.map((q) => q.id).sort();

    expect(actual).toEqual([...ANSWER_KEYS].sort());
  });

  it.each(MOBILITY_QUESTIONS.filter((q) => q.id !== 'destinations').map((q) => [q.id, q] as const))(
    'stores what the "%s" question offers as a valid answer',
    (id, question) => {
      const parsed = (question.options ?? [{ value: '' }]).map((option) =>
        MobilityAnswersSchema.safeParse({
          [id]: question.kind === 'multi' ? [option.value] : sampleValue(question.kind, [option]),
        }),
      );

      expect(parsed.every((p) => p.success)).toBe(true);
    },
  );

  it('stores a destination built from its per-option questions', () => {
    const destinations = MOBILITY_QUESTIONS.find((q) => q.id === 'destinations')!;
    const entry = Object.fromEntries(
      destinations.perOption!.map((q) => [q.id, sampleValue(q.kind, q.options)]),
    );

    const actual = MobilityAnswersSchema.safeParse({
      destinations: destinations.options!.map((o) => ({ purpose: o.value, ...entry })),
    });

    expect(actual.success).toBe(true);
  });

  it.each(MOBILITY_QUESTIONS.map((q) => [q.id, q] as const))(
    'keeps the "%s" label short and sourced',
    (_id, question) => {
      expect(question.label.split(' ').length).toBeLessThanOrEqual(10);
      expect(isValidSource(question.source)).toBe(true);
    },
  );
});
