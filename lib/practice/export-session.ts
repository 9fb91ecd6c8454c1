/**
 * Export of a finished practice session for the praktijkbegeleider: a
 * validated JSON shape and a readable Dutch text. Pure: the export time is
 * passed in. Holds only the trainee's practice talk, never real inwoner data.
 */
import { z } from 'zod';
import { FLAGS, type Flag } from '../analyser/types';
import { buildDebrief, type Debrief } from './debrief';
import { FLAG_LABELS, OUTCOME_TEXTS, QUESTION_LABELS, REFLECTION_QUESTIONS } from './debrief-texts';
import { OPTION_QUALITIES, OUTCOMES, REACTION_KINDS } from './inwoner-reactions';
import type { Scenario } from './scenario-schema';
import { ReflectionAnswersSchema, type PracticeSession } from './session-schema';

const MomentSchema = z.object({ index: z.number().int(), text: z.string(), reason: z.string() });

export const SessionExportSchema = z.object({
  format: z.literal('zijlijn-oefensessie'),
  formatVersion: z.literal(1),
  exportedAt: z.string(),
  scenario: z.object({
    id: z.string(),
    version: z.number().int(),
    title: z.string(),
    persona: z.string(),
  }),
  mode: z.enum(['typed', 'options']),
  startedAt: z.string(),
  outcome: z.enum(OUTCOMES).nullable(),
  opening: z.string(),
  ending: z.string().nullable(),
  turns: z.array(
    z.object({
      index: z.number().int().min(0),
      trainee: z.string(),
      picked: z.enum(OPTION_QUALITIES).nullable(),
      question: z.enum(['open', 'closed', 'none']),
      flags: z.array(z.enum(FLAGS)),
      reaction: z.enum(REACTION_KINDS),
      inwoner: z.string(),
      revealed: z.string().nullable(),
      trust: z.number(),
      stress: z.number(),
    }),
  ),
  uncovered: z.array(z.object({ id: z.string(), text: z.string(), turn: z.number().int() })),
  missed: z.array(z.object({ id: z.string(), text: z.string(), tip: z.string() })),
  profile: z.object({
    questions: z.object({ open: z.number(), closed: z.number(), none: z.number() }),
    flags: z.record(z.enum(FLAGS), z.number()),
    openShare: z.number().min(0).max(1),
  }),
  best: MomentSchema.nullable(),
  weakest: MomentSchema.nullable(),
  reflection: z.object({
    questions: z.array(z.string()).length(3),
    answers: ReflectionAnswersSchema,
  }),
});
export type SessionExport = z.infer<typeof SessionExportSchema>;

export function exportSessionJson(
  session: PracticeSession,
  scenario: Scenario,
  now: number,
): SessionExport {
  const { state } = session;
  const debrief = buildDebrief(state, scenario);
  const p = scenario.persona;
  return SessionExportSchema.parse({
    format: 'zijlijn-oefensessie',
    formatVersion: 1,
    exportedAt: new Date(now).toISOString(),
    scenario: {
      id: scenario.id,
      version: session.scenarioVersion,
      title: scenario.title,
      persona: `${p.name}, ${p.age} jaar. ${p.situation}`,
    },
    mode: session.mode,
    startedAt: new Date(session.startedAt).toISOString(),
    outcome: state.outcome,
    opening: scenario.opening,
    ending: state.ending,
    turns: state.log.map((t) => ({
      index: t.index,
      trainee: t.text,
      picked: t.picked,
      question: t.analysis.question,
      flags: t.analysis.flags,
      reaction: t.kind,
      inwoner: t.reply,
      revealed: t.revealed,
      trust: t.trust,
      stress: t.stress,
    })),
    uncovered: debrief.uncovered,
    missed: debrief.missed,
    profile: {
      questions: debrief.profile.questions,
      flags: debrief.profile.flags,
      openShare: debrief.profile.openShare,
    },
    best: debrief.best,
    weakest: debrief.weakest,
    reflection: { questions: [...REFLECTION_QUESTIONS], answers: session.reflection },
  });
}

const pad = (n: number) => String(n).padStart(2, '0');
const dateNl = (ms: number) => {
  const d = new Date(ms);
  return `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()}`;
};
const techniquesOf = (question: keyof typeof QUESTION_LABELS, flags: readonly Flag[]) =>
  [QUESTION_LABELS[question], ...flags.map((f) => FLAG_LABELS[f])].join(', ');

function momentLine(label: string, m: Debrief['best']): string {
  return m ? `${label}: beurt ${m.index + 1}, "${m.text}"\n  ${m.reason}` : `${label}: geen`;
}

/** The readable Dutch text for the praktijkbegeleider. */
export function exportSessionText(session: PracticeSession, scenario: Scenario): string {
  const { state } = session;
  const d = buildDebrief(state, scenario);
  const p = scenario.persona;
  const last = d.curve[d.curve.length - 1]!;
  const lines: string[] = [
    `Oefengesprek: ${scenario.title}`,
    `Inwoner: ${p.name}, ${p.age} jaar. ${p.situation}`,
    `Datum: ${dateNl(session.startedAt)}. Vorm: ${session.mode === 'options' ? 'keuzeopties' : 'vrij typen'}.`,
    `Uitkomst: ${state.outcome ? OUTCOME_TEXTS[state.outcome] : 'Het gesprek is nog niet afgerond.'}`,
    `Vertrouwen: ${state.startTrust} → ${last.trust}. Spanning: ${state.startStress} → ${last.stress}.`,
    '',
    'Gesprek',
    `Inwoner: ${scenario.opening}`,
  ];
  for (const t of state.log) {
    lines.push(
      `${t.index + 1}. Trainee: ${t.text}`,
      `   (${techniquesOf(t.analysis.question, t.analysis.flags)})`,
    );
    if (t.reply) lines.push(`   Inwoner: ${t.reply}`);
    const fact = scenario.facts.find((f) => f.id === t.revealed);
    if (fact) lines.push(`   Boven water: ${fact.text}`);
  }
  if (state.ending) lines.push(`Inwoner: ${state.ending}`);

  const { questions, flags, openShare } = d.profile;
  const flagged = FLAGS.filter((f) => flags[f] > 0).map((f) => `${FLAG_LABELS[f]}: ${flags[f]}`);
  const answers = session.reflection;
  lines.push(
    '',
    `Boven water gekomen (${d.uncovered.length} van ${scenario.facts.length})`,
    ...(d.uncovered.length
      ? d.uncovered.map((f) => `- ${f.text} (beurt ${f.turn + 1})`)
      : ['- niets']),
    '',
    'Gemist',
    ...(d.missed.length ? d.missed.map((f) => `- ${f.text}\n  ${f.tip}`) : ['- niets']),
    '',
    'Techniekprofiel',
    `- Open vragen: ${questions.open}. Gesloten vragen: ${questions.closed}. Geen vraag: ${questions.none}.`,
    `- Aandeel open vragen: ${Math.round(openShare * 100)}%.`,
    `- Opvallend: ${flagged.length ? flagged.join('; ') : 'niets'}.`,
    '',
    momentLine('Beste moment', d.best),
    momentLine('Zwakste moment', d.weakest),
    '',
    'Reflectie',
    `${REFLECTION_QUESTIONS[0]}\n${answers.worked || '(nog niet ingevuld)'}`,
    `${REFLECTION_QUESTIONS[1]}\n${answers.didNotWork || '(nog niet ingevuld)'}`,
    `${REFLECTION_QUESTIONS[2]}\n${answers.better || '(nog niet ingevuld)'}`,
  );
  return lines.join('\n') + '\n';
}
