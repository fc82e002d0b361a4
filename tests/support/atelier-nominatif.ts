import { defaultCodebook } from '../../shared/domain/codebook.js';
import { type MapState, newActor, newLink, newNote, type Workshop } from '../../shared/domain/model.js';

/**
 * A workshop that names people everywhere a facilitator could type a name: the title, the
 * facilitator, participants, individual actors (habitants, and professionals marked « personne »),
 * contacts and remarks, notes and link texts that quote a name, a zone, and a first version
 * holding a person who left the map since. Each name is rare enough that finding it in bytes
 * means it leaked.
 */
export function atelierNominatif(): {
  workshop: Workshop;
  map: MapState;
  /** The map as the first version (snapshot) kept it: one more person, removed since. */
  firstVersion: MapState;
  /** Names, contacts and remarks: none may appear in an anonymised export or after an erasure. */
  secrets: string[];
  /** Names of structures: kept by an anonymised export. */
  structures: string[];
} {
  const actors = [
    newActor({
      id: 'college',
      label: 'Collège Louise-Michel',
      category: 'education',
      engagement: 'professionnel',
      x: 0,
      y: 0,
      contact: 'secretariat.clm@ac-exemple.fr',
      notes: 'La principale revient de congé maladie en mai',
      standardType: 'college',
    }),
    newActor({
      id: 'agora',
      label: 'Centre social Agora',
      category: 'centres-sociaux',
      engagement: 'professionnel',
      x: 300,
      y: 0,
      contact: '04 72 11 22 33',
      notes: 'Bail précaire, déménagement possible',
    }),
    newActor({ id: 'caf', label: 'CAF du Rhône', category: 'protection-sociale', x: 600, y: 0, standardType: 'caf' }),
    newActor({
      id: 'famille',
      label: 'Famille Zerbib-Aucouturier',
      category: 'parents',
      engagement: 'habitant',
      x: 0,
      y: 250,
      contact: '06 12 34 56 78',
      notes: 'Enfant suivi par l’ASE depuis mars',
    }),
    newActor({
      id: 'ostrowska',
      label: 'Mme Ostrowska',
      category: 'parents',
      engagement: 'habitant',
      x: 300,
      y: 250,
      contact: 'maelys.o@courriel-exemple.fr',
    }),
    newActor({
      id: 'benevole',
      label: 'Gérard Pichonnaud',
      category: 'associations',
      engagement: 'benevole',
      person: true,
      x: 600,
      y: 250,
      notes: 'Casier judiciaire à vérifier',
    }),
    newActor({
      id: 'medecin',
      label: 'Dr Sidonie Ferrand-Mbaye',
      category: 'sante',
      engagement: 'professionnel',
      person: true,
      x: 900,
      y: 250,
      contact: 'sidonie.ferrand@sante-exemple.fr',
    }),
  ];
  const links = [
    newLink({
      id: 'l1',
      source: 'college',
      target: 'agora',
      kind: 'information',
      notes: 'Appeler Jocelyne au 01 23 45 67 89',
    }),
    newLink({ id: 'l2', source: 'famille', target: 'caf', kind: 'orientation', quality: 'difficile' }),
    newLink({
      id: 'l3',
      source: 'ostrowska',
      target: 'college',
      kind: 'action-commune',
      status: 'desired',
      obstacle: 'Mme Ostrowska ne connaît pas le dispositif',
      proposal: 'Que Gérard Pichonnaud accompagne les familles',
    }),
    newLink({ id: 'l4', source: 'medecin', target: 'agora', kind: 'orientation' }),
    newLink({ id: 'l5', source: 'benevole', target: 'agora', kind: 'action-commune' }),
  ];
  const notes = [
    newNote({
      id: 'n1',
      kind: 'constat',
      text: 'La famille Zerbib-Aucouturier attend un rendez-vous depuis six mois',
      x: 0,
      y: 500,
    }),
    newNote({
      id: 'n2',
      kind: 'pratique-inspirante',
      text: 'Le café des parents animé par Bartholomé Vasseur-Kiffa #parents',
      x: 300,
      y: 500,
      attachedTo: { type: 'actor', id: 'agora' },
    }),
    newNote({
      id: 'n3',
      kind: 'frein',
      text: 'Le Dr Ferrand-Mbaye n’a pas de créneau le mercredi',
      x: 0,
      y: 0,
      attachedTo: { type: 'link', id: 'l4' },
    }),
    newNote({
      id: 'n4',
      kind: 'piste-action',
      text: 'Écrire à maelys.o@courriel-exemple.fr pour le collectif',
      x: 600,
      y: 500,
      owners: ['agora', 'ostrowska'],
      priority: 'haute',
    }),
  ];
  const zones = [
    {
      id: 'z1',
      label: 'Rue de Mme Ostrowska',
      color: '#E69F00',
      x: -40,
      y: 200,
      width: 700,
      height: 200,
      shape: 'rectangle' as const,
    },
  ];
  const map: MapState = { codebook: defaultCodebook(), actors, links, notes, zones };
  const firstVersion: MapState = {
    ...map,
    actors: [
      ...actors,
      newActor({
        id: 'kevin',
        label: 'Kévin Lefranc-Oudin',
        category: 'parents',
        engagement: 'habitant',
        x: 900,
        y: 0,
      }),
    ],
    links: [...links, newLink({ id: 'l9', source: 'kevin', target: 'caf', kind: 'information' })],
  };
  const workshop: Workshop = {
    id: 'atelier-nominatif',
    title: 'Atelier chez Mme Quéméneur',
    territory: 'Cité éducative des Tilleuls',
    date: '2026-05-20',
    facilitator: 'Awa Ndiaye-Lebrun',
    objective: 'Préparer la rentrée avec Jocelyne Quéméneur',
    participants: [
      { name: 'Jocelyne Quéméneur', structure: 'Collège Louise-Michel', role: 'Principale' },
      { name: 'Bartholomé Vasseur-Kiffa', structure: 'Centre social Agora', role: 'Directeur' },
      { name: 'Maëlys Ostrowska', structure: '', role: 'Parent d’élève' },
    ],
    codebook: defaultCodebook(),
    createdAt: '2026-05-20T08:00:00.000Z',
    updatedAt: '2026-05-20T08:00:00.000Z',
  };
  const secrets = [
    // Names, whole and in parts.
    'Quéméneur',
    'Jocelyne',
    'Ndiaye',
    'Lebrun',
    'Vasseur',
    'Kiffa',
    'Bartholomé',
    'Maëlys',
    'Ostrowska',
    'Zerbib',
    'Aucouturier',
    'Pichonnaud',
    'Sidonie',
    'Ferrand',
    'Mbaye',
    'Lefranc',
    'Oudin',
    // Contacts.
    'secretariat.clm@ac-exemple.fr',
    '04 72 11 22 33',
    '06 12 34 56 78',
    'maelys.o@courriel-exemple.fr',
    'sidonie.ferrand@sante-exemple.fr',
    '01 23 45 67 89',
    // Remarks and roles that point at one person.
    'congé maladie',
    'Bail précaire',
    'suivi par l’ASE',
    'Casier judiciaire',
    'Principale',
  ];
  return {
    workshop,
    map,
    firstVersion,
    secrets,
    structures: ['Collège Louise-Michel', 'Centre social Agora', 'CAF du Rhône'],
  };
}
