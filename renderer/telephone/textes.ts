import type { NoteKind } from '../../shared/domain/codebook.js';
import type { ProposalStatus } from '../../shared/salle/room.js';
import { noteKindLabels } from '../../shared/synthese/labels.js';

/**
 * The phone page's words. French first; English when the phone itself is set to English.
 * Kept apart from the editor's i18next resources: the phone page loads nothing it does not use.
 */
const fr = {
  title: 'Participer',
  loading: 'Connexion à la salle…',
  codeTitle: 'Entrer dans la salle',
  codeHelp: 'Tapez les six chiffres affichés au mur, sous le QR code.',
  codeLabel: 'Code de la salle',
  codeSubmit: 'Entrer',
  tabNote: 'Proposer',
  tabLink: 'Lien manquant',
  tabVote: 'Voter',
  tabMap: 'Carte',
  firstName: 'Votre prénom (facultatif)',
  firstNameHelp: 'Seul l’animateur ou l’animatrice le voit. Les votes restent anonymes.',
  kindLegend: 'Type de proposition',
  noteText: 'Votre proposition',
  about: 'À propos de… (facultatif)',
  noActor: '— aucun acteur en particulier —',
  send: 'Envoyer',
  sending: 'Envoi…',
  sent: 'Envoyé ! L’animateur ou l’animatrice le lira avant qu’il n’apparaisse au mur.',
  left: (n: number) =>
    n > 1
      ? `Encore ${n} propositions possibles.`
      : n === 1
        ? 'Encore une proposition possible.'
        : 'Vous avez envoyé le maximum de propositions.',
  linkHelp: '« Ces deux acteurs devraient travailler ensemble »',
  linkA: 'Premier acteur',
  linkB: 'Second acteur',
  choose: '— choisir —',
  linkWhy: 'Pourquoi, ou pour quoi faire ? (facultatif)',
  noActors: 'Aucun acteur sur la carte pour l’instant.',
  mine: 'Mes propositions',
  status: {
    pending: 'en attente',
    accepted: 'retenue',
    merged: 'ajoutée à une note',
    refused: 'non retenue',
  } satisfies Record<ProposalStatus, string>,
  voteNone: 'Le vote n’est pas ouvert. Il s’ouvre pendant l’étape « Pistes d’action ».',
  voteOpen: (left: number, dots: number) =>
    `Il vous reste ${left} gommette${left > 1 ? 's' : ''} sur ${dots}. Vous pouvez changer d’avis jusqu’à la fin du vote.`,
  voteClosed: 'Le vote est clos : merci ! Les gommettes vont être comptées.',
  voteCounted: 'Les gommettes ont été comptées : le classement est au mur.',
  noPistes: 'Aucune piste d’action à voter pour l’instant.',
  dotAdd: (text: string) => `Ajouter une gommette à « ${text} »`,
  dotRemove: (text: string) => `Retirer une gommette de « ${text} »`,
  mapHidden: 'La carte est masquée pour le moment.',
  mapLabel: 'Carte des coopérations, telle qu’elle est au mur',
  legend: 'Légende',
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  zoomFit: 'Voir toute la carte',
  step: 'Étape',
  unreachable: 'La salle ne répond pas : elle a peut-être été fermée, ou le Wi-Fi est perdu.',
  revoked: 'Ce téléphone n’est plus relié à la salle. Scannez à nouveau le QR code affiché au mur, ou tapez le code.',
  retry: 'Réessayer',
};

type Textes = typeof fr;

const en: Textes = {
  title: 'Take part',
  loading: 'Joining the room…',
  codeTitle: 'Join the room',
  codeHelp: 'Type the six digits shown on the wall, under the QR code.',
  codeLabel: 'Room code',
  codeSubmit: 'Join',
  tabNote: 'Propose',
  tabLink: 'Missing link',
  tabVote: 'Vote',
  tabMap: 'Map',
  firstName: 'Your first name (optional)',
  firstNameHelp: 'Only the facilitator sees it. Votes stay anonymous.',
  kindLegend: 'Kind of proposal',
  noteText: 'Your proposal',
  about: 'About… (optional)',
  noActor: '— no actor in particular —',
  send: 'Send',
  sending: 'Sending…',
  sent: 'Sent! The facilitator will read it before it appears on the wall.',
  left: (n) =>
    n > 1
      ? `${n} more proposals possible.`
      : n === 1
        ? 'One more proposal possible.'
        : 'You have sent the most proposals allowed.',
  linkHelp: '“These two actors should work together”',
  linkA: 'First actor',
  linkB: 'Second actor',
  choose: '— choose —',
  linkWhy: 'Why, or to do what? (optional)',
  noActors: 'No actor on the map yet.',
  mine: 'My proposals',
  status: { pending: 'waiting', accepted: 'accepted', merged: 'added to a note', refused: 'not kept' },
  voteNone: 'The vote is not open. It opens during the « Pistes d’action » step.',
  voteOpen: (left, dots) =>
    `${left} dot${left > 1 ? 's' : ''} left out of ${dots}. You can change your mind until the vote ends.`,
  voteClosed: 'The vote is closed: thank you! The dots are being counted.',
  voteCounted: 'The dots have been counted: the ranking is on the wall.',
  noPistes: 'No action to vote on yet.',
  dotAdd: (text) => `Add a dot to “${text}”`,
  dotRemove: (text) => `Remove a dot from “${text}”`,
  mapHidden: 'The map is hidden for now.',
  mapLabel: 'Map of cooperations, as on the wall',
  legend: 'Key',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Whole map',
  step: 'Step',
  unreachable: 'The room does not answer: it may have been closed, or the Wi-Fi is lost.',
  revoked: 'This phone is no longer in the room. Scan the QR code on the wall again, or type the code.',
  retry: 'Try again',
};

const noteKindsEn: Record<NoteKind, string> = {
  constat: 'Finding',
  'point-appui': 'Strength',
  frein: 'Obstacle',
  besoin: 'Need',
  'piste-action': 'Action idea',
  'pratique-inspirante': 'Inspiring practice',
};

export const english = typeof navigator !== 'undefined' && /^en\b/i.test(navigator.language);
export const textes: Textes = english ? en : fr;
export const noteKindName = (kind: NoteKind): string => (english ? noteKindsEn[kind] : noteKindLabels[kind].one);
