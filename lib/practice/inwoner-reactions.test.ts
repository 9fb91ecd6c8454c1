import { describe, expect, it } from 'vitest';
import type { Flag, QuestionType } from '../analyser/types';
import { classifyReaction, type ReactionKind } from './inwoner-reactions';

const early = { adviceTooEarly: true, summaryFillsIn: false };
const late = { adviceTooEarly: false, summaryFillsIn: false };

describe('classifyReaction', () => {
  it.each<[string, QuestionType, Flag[], typeof early, ReactionKind]>([
    ['Als ik u was, zou ik de zorg-opleiding doen.', 'none', ['advice'], early, 'advice'],
    ['Als ik u was, zou ik een driewielfiets proberen.', 'none', ['advice'], late, 'neutral'],
    ['U heeft toch wel een mantelzorger?', 'closed', ['leading', 'jargon'], early, 'jargon'],
    ['U wilt toch een scootmobiel, of niet?', 'closed', ['leading'], early, 'leading'],
    ['Waarom heeft u niet eerder gebeld?', 'open', ['why'], early, 'why'],
    ['Hoe gaat het thuis en heeft u schulden?', 'open', ['double'], early, 'double'],
    ['Dus u zegt dat het huis te groot wordt.', 'none', ['summary'], early, 'summary'],
    ['Dat klinkt zwaar. Hoe gaat het thuis?', 'open', ['reflection'], early, 'reflection'],
    ['Vertel eens, hoe gaat het?', 'open', [], early, 'open'],
    ['Woont u hier al lang?', 'closed', [], early, 'closed'],
    ['Ik schrijf het even op.', 'none', [], early, 'neutral'],
  ])('reads "%s" as %s/%j → %s', (text, question, flags, ctx, expected) => {
    expect(classifyReaction({ text, question, flags }, ctx)).toBe(expected);
  });

  it('turns a summary that fills in an untold topic into a correction', () => {
    const summary = {
      text: 'Dus u heeft schulden.',
      question: 'none' as const,
      flags: ['summary' as const],
    };

    expect(classifyReaction(summary, { adviceTooEarly: true, summaryFillsIn: true })).toBe(
      'correction',
    );
  });
});
