/**
 * Signals the vervoerscheck raises from the answers: the loopafstand against
 * the municipal threshold, the anti-revaliderend risico, stalling and opladen,
 * rijvaardigheid, and an inwoner focused only on the scootmobiel. Each carries
 * what the professional can do next; questions to the inwoner are B1.
 */
import type { MobilityAnswers } from './answers-schema';
import { deriveFacts, doubtsText, thresholdText, walkText, type MobilityPack } from './facts';

export interface MobilitySignal {
  id: string;
  /** "aandacht" asks for action before a decision; "info" supports the afweging. */
  level: 'info' | 'aandacht';
  text: string;
  actions: string[];
  source: string;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function mobilitySignals(answers: MobilityAnswers, pack: MobilityPack): MobilitySignal[] {
  const f = deriveFacts(answers, pack);
  const signals: MobilitySignal[] = [];
  const thresholdSource = pack.mobility?.source ?? 'seed-002 L2156-2157 (standaard 100 m)';

  if (answers.walkingMeters === undefined) {
    signals.push({
      id: 'loopafstand-onbekend',
      level: 'aandacht',
      text: `Loopafstand nog niet gevraagd (gemeentelijke grens: ${f.threshold} m).`,
      actions: [
        'Vraag: hoe ver kunt u lopen? Wat gebeurt er na 100 meter, na 500 meter, na 1 kilometer?',
      ],
      source: 'domain-anchors §4.4 (vraag 3)',
    });
  } else {
    signals.push({
      id: f.belowThreshold ? 'loopafstand-onder-grens' : 'loopafstand-boven-grens',
      level: 'info',
      text: `${capitalize(walkText(f))}, ${thresholdText(f)}.`,
      actions: f.belowThreshold
        ? ['Leg vast hoe de loopafstand is vastgesteld (waargenomen, verteld of medisch advies).']
        : [
            'Een scootmobiel ligt volgens het beleid niet voor de hand; bespreek eerst de andere oplossingen.',
          ],
      source: thresholdSource,
    });
  }

  if (answers.exerciseImportant) {
    signals.push({
      id: 'bewegen-medisch-belangrijk',
      level: 'aandacht',
      text: 'Bewegen is medisch belangrijk: een scootmobiel kan anti-revaliderend werken (CRvB 2016:1741). Een toekenning wordt zelden teruggedraaid.',
      actions: [
        'Stel een beweeg- of fysioroute voor (beweeginterventie, fysiotherapie, buurtsportcoach) en verwijs warm, niet alleen met een advies.',
        'Voer een vitaliteitsgesprek: wat wilt u weer kunnen? Wat helpt u om fitter te worden?',
        'Leg in de afweging vast hoe het anti-revaliderend risico is meegewogen.',
      ],
      source: 'seed-002 L2118-2127, L2185-2189, L2218-2220, L2244-2250, L2274-2275',
    });
  }

  if (answers.storageAtHome === false || answers.chargingAtHome === false) {
    const missing = [
      answers.storageAtHome === false && 'stalling',
      answers.chargingAtHome === false && 'oplaadpunt',
    ]
      .filter(Boolean)
      .join(' en ');
    signals.push({
      id: 'stalling-opladen',
      level: 'aandacht',
      text: `Thuis geen ${missing}.`,
      actions: [
        'Nagaan: een veilige plek buiten gangen en vluchtroutes, een stopcontact, of een gezamenlijke stalling in het complex.',
        'Nagaan of een scootmobielpool of deelscootmobiel in de buurt dit oplost.',
      ],
      source: 'domain-anchors §4.3 (stalling en brandveiligheid); domain-anchors §4.4 (vraag 7)',
    });
  }

  if (f.doubts?.length) {
    signals.push({
      id: 'rijvaardigheid',
      level: 'aandacht',
      text: `Twijfels over ${doubtsText(f)} in het verkeer.`,
      actions: [
        'Rijvaardigheid nagaan: een proefrit of rijtest, bijvoorbeeld met een ergotherapeut.',
        'Bied een scootmobieltraining aan; veel ongelukken zijn eenzijdige valpartijen.',
      ],
      source: 'domain-anchors §4.3 (rijvaardigheid, SWOV, rijtest bij pools)',
    });
  }

  if (answers.fallRisk) {
    signals.push({
      id: 'valrisico',
      level: 'info',
      text: 'De inwoner valt weleens.',
      actions: [
        'Laat een ergotherapeut meekijken naar een passend loophulpmiddel en veilig oefenen.',
      ],
      source: 'domain-anchors §4.4 A (eerst oefenen met het hulpmiddel)',
    });
  }

  if (answers.progressive) {
    signals.push({
      id: 'progressief',
      level: 'info',
      text: 'De aandoening wordt erger.',
      actions: ['Spreek een moment af om opnieuw te kijken of de oplossing nog past.'],
      source: 'domain-anchors §4.1 (passendheid opnieuw bekijken als de situatie verandert)',
    });
  }

  if (answers.focusOnlyScootmobiel) {
    signals.push({
      id: 'breder-gesprek',
      level: 'aandacht',
      text: 'De inwoner richt zich alleen op een scootmobiel. Open het gesprek breder.',
      actions: [
        'Wat wilt u weer kunnen doen, als vervoer geen probleem was?',
        'Waar gaat u nu naartoe? En waar zou u graag vaker heen gaan?',
        'Wie helpt u nu al? Wie zou u willen vragen?',
        'Wat doet u om in beweging te blijven? Wat zou u daarbij helpen?',
        'Kent u plekken in de buurt waar u andere mensen ontmoet?',
      ],
      source: 'seed-002 L2142-2143, L2244-2250, L2266-2272',
    });
  }

  return signals;
}
