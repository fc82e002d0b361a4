import { useCallback, useEffect, useRef, useState } from 'react';
import type { PhoneAnswer, PhoneView } from '../../shared/salle/room.js';
import { CarteTelephone } from './CarteTelephone.js';
import { Entree } from './Entree.js';
import { Gommettes } from './Gommettes.js';
import { MesPropositions, ProposerLien, ProposerNote } from './Proposer.js';
import { phoneKey, SalleError, salle } from './salle-api.js';
import { textes } from './textes.js';

type Tab = 'note' | 'link' | 'vote' | 'map';

/** How often the phone asks whether the wall changed: cheap (an unchanged answer is a few bytes). */
const pollMs = 4000;
const authorStore = 'maillage-salle-prenom';

/** The secret of a QR code (#s=…), taken out of the address bar so that it is not shared by a screenshot. */
function secretFromAddress(): string | null {
  const secret = new URLSearchParams(window.location.hash.slice(1)).get('s');
  if (secret) window.history.replaceState(null, '', window.location.pathname);
  return secret;
}

/**
 * The phone page: join (QR code's secret, or the short code), then propose a note, propose a
 * missing cooperation, place gommettes while the vote is open, and look at the map as the wall
 * shows it. One column, big targets, tabs at the bottom within reach of a thumb.
 */
export function Telephone() {
  const [phase, setPhase] = useState<'joining' | 'code' | 'in'>('joining');
  const [view, setView] = useState<PhoneView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('note');
  const [author, setAuthor] = useState(() => localStorage.getItem(authorStore) ?? '');
  const version = useRef<string | undefined>(undefined);
  const poll = useRef<() => void>(() => undefined);

  const join = useCallback(async (secret: string) => {
    try {
      const { key } = await salle<{ key: string }>('join', { secret }, textes.unreachable);
      phoneKey.set(key);
      setProblem(null);
      setPhase('in');
    } catch (error) {
      setProblem(error instanceof SalleError ? error.message : textes.unreachable);
      setPhase('code');
    }
  }, []);

  useEffect(() => {
    const secret = secretFromAddress();
    if (secret) void join(secret);
    else setPhase(phoneKey.get() ? 'in' : 'code');
  }, [join]);

  /** A refusal that means « join again » sends the phone back to the code; anything else is shown. */
  const onError = useCallback((error: SalleError) => {
    if (error.revoked) {
      phoneKey.clear();
      version.current = undefined;
      setView(null);
      setProblem(textes.revoked);
      setPhase('code');
    } else if (error.unreachable) {
      setProblem(textes.unreachable);
    }
  }, []);

  useEffect(() => {
    if (phase !== 'in') return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function tick() {
      clearTimeout(timer);
      try {
        const answer = await salle<PhoneAnswer>('view', { since: version.current }, textes.unreachable);
        if (stopped) return;
        if (!('unchanged' in answer)) {
          version.current = answer.version;
          setView(answer);
        }
        setProblem(null);
      } catch (error) {
        if (!stopped) onError(error instanceof SalleError ? error : new SalleError(0, textes.unreachable));
      }
      if (!stopped) timer = setTimeout(() => void tick(), pollMs);
    }
    poll.current = () => void tick();
    void tick();
    // Back from the lock screen or another app: ask at once rather than at the next beat.
    const onVisible = () => document.visibilityState === 'visible' && void tick();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [phase, onError]);

  const changeAuthor = useCallback((name: string) => {
    setAuthor(name);
    localStorage.setItem(authorStore, name);
  }, []);

  const onSent = useCallback(
    (error?: SalleError) => {
      if (error) onError(error);
      else poll.current();
    },
    [onError],
  );

  if (phase === 'joining') return <main className="telephone attente">{textes.loading}</main>;
  if (phase === 'code') {
    return (
      <main className="telephone">
        <Entree problem={problem} onSecret={(secret) => void join(secret)} />
      </main>
    );
  }
  if (!view) {
    return (
      <main className="telephone attente">
        {problem ? <Probleme text={problem} onRetry={() => poll.current()} /> : textes.loading}
      </main>
    );
  }

  const tabs: { id: Tab; label: string; icon: string }[] = [
    { id: 'note', label: textes.tabNote, icon: '✎' },
    { id: 'link', label: textes.tabLink, icon: '⇄' },
    { id: 'vote', label: textes.tabVote, icon: '●' },
    { id: 'map', label: textes.tabMap, icon: '⊞' },
  ];
  return (
    <main className="telephone">
      <header className="entete">
        <h1>{view.workshop.title}</h1>
        <p>
          {textes.step}
          {'\u00a0'}: {view.step.title}
          {view.workshop.territory && ` · ${view.workshop.territory}`}
        </p>
      </header>
      {problem && <Probleme text={problem} onRetry={() => poll.current()} />}
      <div className="contenu">
        {tab === 'note' && <ProposerNote view={view} author={author} onAuthor={changeAuthor} onSent={onSent} />}
        {tab === 'link' && <ProposerLien view={view} author={author} onAuthor={changeAuthor} onSent={onSent} />}
        {(tab === 'note' || tab === 'link') && <MesPropositions mine={view.mine} />}
        {tab === 'vote' && <Gommettes key={`${view.vote.status}-${view.vote.dots}`} view={view} onError={onError} />}
        {tab === 'map' && <CarteTelephone view={view} onError={onError} />}
      </div>
      <nav className="onglets" aria-label={textes.title}>
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            aria-current={tab === t.id ? 'page' : undefined}
            data-alert={(t.id === 'vote' && view.vote.status === 'open') || undefined}
            onClick={() => setTab(t.id)}
          >
            <span aria-hidden="true">{t.icon}</span>
            {t.label}
          </button>
        ))}
      </nav>
    </main>
  );
}

function Probleme({ text, onRetry }: { text: string; onRetry: () => void }) {
  return (
    <div className="probleme" role="alert">
      <p>{text}</p>
      <button type="button" onClick={onRetry}>
        {textes.retry}
      </button>
    </div>
  );
}
