import { LanguageSwitch } from './LanguageSwitch.js';

/** The head of a page reached from the workshops list: the way back, its title and what it is for. */
export function PageHeader({ back, title, tagline }: { back: string; title: string; tagline: string }) {
  return (
    <header className="entete">
      <div>
        <p>
          <a href="#/" className="retour">
            ← {back}
          </a>
        </p>
        <h1>{title}</h1>
        <p className="accroche">{tagline}</p>
      </div>
      <LanguageSwitch />
    </header>
  );
}
