import { useTranslation } from 'react-i18next';

/** One thing that differs between two maps, in words: what it is, its name, which fields changed. */
export interface Difference {
  key: string;
  kind: 'actor' | 'link' | 'note' | 'zone';
  name: string;
  what?: string;
}

/**
 * A list of differences under its title and count, marked by a sign as well as a colour (`mark`:
 * ajoute, retire, modifie). Shared by the versions dialog and the territory's follow-up.
 */
export function SectionDifferences({ title, mark, items }: { title: string; mark: string; items: Difference[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <section className={`differences ${mark}`} aria-label={title}>
      <h3>
        <span className={`pastille-difference ${mark}`} aria-hidden="true" /> {title} ({items.length})
      </h3>
      <ul>
        {items.map((item) => (
          <li key={item.key} data-id={item.key}>
            <span className="difference-genre">{t(`versions.${item.kind}`)}</span> {item.name}
            {item.what && <span className="difference-champs"> — {item.what}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
