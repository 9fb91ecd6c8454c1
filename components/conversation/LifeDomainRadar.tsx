import type { Rating } from '../../lib/conversation/model';
import type { LifeDomain } from '../../lib/packs/pack-schema';
import { useT } from '../i18n/I18nProvider';

const SIZE = 300;
const CENTER = SIZE / 2;
const RADIUS = 100;
/** Room around the web for the labels. */
const PAD = 70;

function point(index: number, count: number, level: number): [number, number] {
  const angle = (Math.PI * 2 * index) / count - Math.PI / 2;
  const r = (RADIUS * level) / 5;
  return [CENTER + r * Math.cos(angle), CENTER + r * Math.sin(angle)];
}

/** Only rated domains are drawn: an unrated leefgebied is unknown, not zero. */
function polygon(domains: LifeDomain[], ratings: Record<string, Rating>): string {
  return domains
    .flatMap((d, i) => {
      const level = ratings[d.id];
      if (level === undefined) return [];
      return [
        point(i, domains.length, level)
          .map((n) => n.toFixed(1))
          .join(','),
      ];
    })
    .join(' ');
}

/** The spinnenweb: one axis per leefgebied, levels 1–5, previous ratings dashed. */
export function LifeDomainRadar({
  domains,
  ratings,
  previous,
}: {
  domains: LifeDomain[];
  ratings: Record<string, Rating>;
  previous?: Record<string, Rating>;
}) {
  const t = useT();
  const rated = domains.filter((d) => ratings[d.id] !== undefined);
  const short = (name: string) => (name.length > 16 ? `${name.slice(0, 15)}…` : name);

  return (
    <figure className="radar">
      <svg
        role="img"
        aria-label={t('radar.label')}
        viewBox={`${-PAD} ${-PAD / 3} ${SIZE + 2 * PAD} ${SIZE + (2 * PAD) / 3}`}
        width="100%"
      >
        <title>{t('radar.label')}</title>
        {[1, 2, 3, 4, 5].map((level) => (
          <polygon
            key={level}
            className="radar-ring"
            points={domains.map((_, i) => point(i, domains.length, level).join(',')).join(' ')}
          />
        ))}
        {domains.map((d, i) => {
          const [x, y] = point(i, domains.length, 5);
          const [lx, ly] = point(i, domains.length, 5.7);
          return (
            <g key={d.id}>
              <line className="radar-axis" x1={CENTER} y1={CENTER} x2={x} y2={y} />
              <text
                className="radar-label"
                x={lx}
                y={ly}
                textAnchor={lx < CENTER - 5 ? 'end' : lx > CENTER + 5 ? 'start' : 'middle'}
                dominantBaseline="middle"
              >
                {short(d.name)}
              </text>
            </g>
          );
        })}
        {previous && Object.keys(previous).length > 0 && (
          <polygon className="radar-previous" points={polygon(domains, previous)} />
        )}
        {rated.length > 0 && (
          <polygon className="radar-current" points={polygon(domains, ratings)} />
        )}
        {domains.map((d, i) => {
          const level = ratings[d.id];
          if (level === undefined) return null;
          const [x, y] = point(i, domains.length, level);
          return <circle key={d.id} className="radar-dot" cx={x} cy={y} r={3.5} />;
        })}
      </svg>
      <figcaption>
        {rated.length === 0 ? (
          <span className="hint">{t('radar.empty')}</span>
        ) : (
          <>
            <span className="legend legend-current">{t('radar.current')}</span>
            {previous && Object.keys(previous).length > 0 && (
              <span className="legend legend-previous">{t('radar.previous')}</span>
            )}
            <ul className="visually-hidden">
              {rated.map((d) => (
                <li key={d.id}>
                  {t('radar.summary', {
                    domain: d.name,
                    level: `${ratings[d.id]} (${t(`level.${ratings[d.id]!}` as 'level.1')})`,
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </figcaption>
    </figure>
  );
}
