/**
 * Test-only fast-check generators for BSN property tests: valid BSNs (elfproef)
 * in the spellings people type, embedded in Dutch text with other numbers.
 */
import fc from 'fast-check';

/** A valid BSN: eight random digits and the check digit that makes the elfproef pass. */
export const arbitraryBsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((digits) => {
    const sum = digits.reduce((total, digit, i) => total + digit * (9 - i), 0);
    return { digits, check: sum % 11 };
  })
  .filter(({ digits, check }) => check < 10 && digits.some((digit) => digit > 0))
  .map(({ digits, check }) => [...digits, check].join(''));

const spelled = fc
  .tuple(arbitraryBsn, fc.constantFrom('plain', '333 ', '333.', '333-', '423.', '423 '))
  .map(([bsn, style]) => {
    if (style === 'plain') return bsn;
    const separator = style[3]!;
    const groups = style.startsWith('333')
      ? [bsn.slice(0, 3), bsn.slice(3, 6), bsn.slice(6)]
      : [bsn.slice(0, 4), bsn.slice(4, 6), bsn.slice(6)];
    return groups.join(separator);
  });

const filler = fc.constantFrom(
  'Mevrouw',
  'woont',
  'alleen.',
  'BSN:',
  'bsn',
  'Bel',
  '06-12345678',
  'NL91 ABNA 0417 1643 00',
  'WMO-2026-00123',
  '12-11-2026',
  '1.500',
  'de aanvraag',
  'is ontvangen',
  'wordt',
  'besproken.',
  '(',
  ')',
  ',',
  '\n',
  '-',
);

/** Text with BSNs (joined by spaces, dots, hyphens or nothing) and the BSN digits it holds. */
export const arbitraryTextWithBsns = fc
  .array(
    fc.oneof(
      filler.map((text) => ({ text, bsn: '' })),
      fc
        .tuple(fc.constantFrom('BSN', 'bsn:', 'nummer', '(', 'is'), spelled)
        .map(([label, text]) => ({ text: `${label} ${text}`, bsn: text.replace(/\D/g, '') })),
    ),
    {
      maxLength: 12,
    },
  )
  .chain((parts) =>
    fc
      .array(fc.constantFrom(' ', ' ', ', ', '\n', '. '), {
        minLength: parts.length,
        maxLength: parts.length,
      })
      .map((glue) => ({
        text: parts.map((part, i) => part.text + glue[i]).join(''),
        bsns: parts.map((part) => part.bsn).filter(Boolean),
      })),
  );
