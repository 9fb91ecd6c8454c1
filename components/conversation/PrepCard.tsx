import type { PrepItem, Profile } from '../../lib/packs/pack-schema';
import { useT } from '../i18n/I18nProvider';

/** The preparation card: setting, purpose, consent — and who the inwoner is. */
export function PrepCard({
  items,
  checked,
  onCheck,
  profiles,
  selectedProfiles,
  onProfiles,
}: {
  items: PrepItem[];
  checked: Record<string, boolean>;
  onCheck: (id: string, on: boolean) => void;
  profiles: Profile[];
  selectedProfiles: string[];
  onProfiles: (profiles: string[]) => void;
}) {
  const t = useT();
  return (
    <section className="card prep" aria-labelledby="prep-heading">
      <h2 id="prep-heading">{t('prep.heading')}</h2>
      <ul className="prep-list">
        {items.map((item) => (
          <li key={item.id}>
            <label className="check">
              <input
                type="checkbox"
                checked={Boolean(checked[item.id])}
                onChange={(e) => onCheck(item.id, e.target.checked)}
              />
              <span>
                {item.text}
                {item.hint && <span className="hint"> — {item.hint}</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <ProfilePicker
        profiles={profiles}
        selected={selectedProfiles}
        onChange={onProfiles}
        label={t('prep.profiles')}
      />
    </section>
  );
}

export function ProfilePicker({
  profiles,
  selected,
  onChange,
  label,
}: {
  profiles: Profile[];
  selected: string[];
  onChange: (profiles: string[]) => void;
  label: string;
}) {
  return (
    <div role="group" aria-label={label} className="field">
      <span className="label">{label}</span>
      <div className="chips">
        {profiles.map((p) => {
          const on = selected.includes(p.id);
          return (
            <button
              key={p.id}
              type="button"
              className="chip"
              aria-pressed={on}
              title={p.description}
              onClick={() =>
                onChange(on ? selected.filter((id) => id !== p.id) : [...selected, p.id])
              }
            >
              {p.name}
            </button>
          );
        })}
      </div>
    </div>
  );
}
