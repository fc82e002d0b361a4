import { useTranslation } from 'react-i18next';
import type { ImportPreview, UnknownCode } from '../../shared/exchange/csv-import.js';
import type { CodeChoice } from '../../shared/exchange/import-input.js';

export type Choices = Record<string, CodeChoice>;

interface UnknownListProps {
  id: string;
  heading: string;
  unknowns: readonly UnknownCode[];
  codes: readonly { id: string; label: string }[];
  createLabel: (word: string) => string;
  choices: Choices;
  onChoose(key: string, choice: CodeChoice): void;
}

const choiceValue = (choice: CodeChoice) => (choice.action === 'create' ? 'create' : `use:${choice.id}`);
const choiceOf = (value: string): CodeChoice =>
  value.startsWith('use:') ? { action: 'use', id: value.slice(4) } : { action: 'create' };

/** Each word the codebook does not know, with a select: create it, or put it under an existing code. */
function UnknownList({ id, heading, unknowns, codes, createLabel, choices, onChoose }: UnknownListProps) {
  const { t } = useTranslation();
  if (unknowns.length === 0) return null;
  return (
    <section aria-labelledby={id} className="import-inconnus">
      <h3 id={id}>{heading}</h3>
      <ul>
        {unknowns.map((unknown) => (
          <li key={unknown.key}>
            <label className="champ">
              <span>
                {t('import.unknownLine', {
                  word: unknown.word,
                  count: unknown.count,
                  lines: unknown.lines.join(', '),
                })}
              </span>
              <select
                value={choiceValue(choices[unknown.key] ?? unknown.proposal)}
                onChange={(event) => onChoose(unknown.key, choiceOf(event.currentTarget.value))}
              >
                <option value="create">{createLabel(unknown.word)}</option>
                {codes.map((code) => (
                  <option key={code.id} value={`use:${code.id}`}>
                    {t('import.useExisting', { label: code.label })}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface PreviewProps {
  preview: ImportPreview;
  categoryChoices: Choices;
  kindChoices: Choices;
  onChooseCategory(key: string, choice: CodeChoice): void;
  onChooseKind(key: string, choice: CodeChoice): void;
}

/** How an unknown word will land, after the person's choice: a new code, or an existing one. */
function Landing({
  word,
  unknownKey,
  choices,
  codes,
  newLabel,
}: {
  word: string;
  unknownKey: string | undefined;
  choices: Choices;
  codes: readonly { id: string; label: string }[];
  newLabel: string;
}) {
  if (unknownKey === undefined) return <>{word}</>;
  const choice = choices[unknownKey];
  const existing = choice?.action === 'use' ? codes.find((code) => code.id === choice.id) : undefined;
  return existing ? (
    <>
      {existing.label} <em className="import-nouveau">({`«\u202f${word}\u202f»`})</em>
    </>
  ) : (
    <>
      {word} <em className="import-nouveau">({newLabel})</em>
    </>
  );
}

/** What the import will create, what it does not know, and what must be corrected first. */
export function ImportPreviewView({
  preview,
  categoryChoices,
  kindChoices,
  onChooseCategory,
  onChooseKind,
}: PreviewProps) {
  const { t } = useTranslation();
  const role = (file: 'actors' | 'links') => (file === 'actors' ? t('import.actorsRole') : t('import.linksRole'));
  return (
    <div className="import-apercu">
      <p className="import-resume">
        {t('import.willCreate', { title: preview.title, actors: preview.actorCount, links: preview.linkCount })}
      </p>
      {preview.problems.length > 0 && (
        <section className="alerte import-problemes" aria-labelledby="import-problemes" role="alert">
          <h3 id="import-problemes">⚠ {t('import.problemsTitle', { count: preview.problems.length })}</h3>
          <ul>
            {preview.problems.slice(0, 50).map((problem) => (
              <li key={`${problem.file}-${problem.line}-${problem.message}`}>
                <strong>{role(problem.file)}</strong> — {problem.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      <UnknownList
        id="import-categories"
        heading={t('import.unknownCategories')}
        unknowns={preview.unknownCategories}
        codes={preview.categories}
        createLabel={(word) => t('import.createCategory', { word })}
        choices={categoryChoices}
        onChoose={onChooseCategory}
      />
      <UnknownList
        id="import-types"
        heading={t('import.unknownKinds')}
        unknowns={preview.unknownLinkKinds}
        codes={preview.linkKinds}
        createLabel={(word) => t('import.createKind', { word })}
        choices={kindChoices}
        onChoose={onChooseKind}
      />
      {preview.actors.length > 0 && (
        <table className="import-table">
          <caption>{t('import.firstActors', { shown: preview.actors.length, count: preview.actorCount })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.colLine')}</th>
              <th scope="col">{t('import.colName')}</th>
              <th scope="col">{t('import.colCategory')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.actors.map((actor) => (
              <tr key={actor.line}>
                <td>{actor.line}</td>
                <td>{actor.label}</td>
                <td>
                  <Landing
                    word={actor.category}
                    unknownKey={actor.unknownKey}
                    choices={categoryChoices}
                    codes={preview.categories}
                    newLabel={t('import.newCategoryTag')}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.links.length > 0 && (
        <table className="import-table">
          <caption>{t('import.firstLinks', { shown: preview.links.length, count: preview.linkCount })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.colLine')}</th>
              <th scope="col">{t('import.colSource')}</th>
              <th scope="col">{t('import.colTarget')}</th>
              <th scope="col">{t('import.colKind')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.links.map((link) => (
              <tr key={link.line}>
                <td>{link.line}</td>
                <td>{link.source}</td>
                <td>{link.target}</td>
                <td>
                  <Landing
                    word={link.kind}
                    unknownKey={link.unknownKey}
                    choices={kindChoices}
                    codes={preview.linkKinds}
                    newLabel={t('import.newKindTag')}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.warnings.length > 0 && (
        <details className="import-avis">
          <summary>{t('import.warningsTitle', { count: preview.warnings.length })}</summary>
          <ul>
            {preview.warnings.slice(0, 50).map((warning) => (
              <li key={`${warning.file}-${warning.line}-${warning.message}`}>
                <strong>{role(warning.file)}</strong> — {warning.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
