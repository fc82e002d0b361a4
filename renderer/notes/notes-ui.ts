import { create } from 'zustand';

interface NotesUi {
  /** The list of notes beside the canvas. */
  listOpen: boolean;
  /** The kind chooser of « + Note ». */
  choosing: boolean;
  /** An attached note opened in the side panel, over its actor's or link's form. */
  openNoteId: string | null;
  toggleList(): void;
  setChoosing(choosing: boolean): void;
  openNote(id: string | null): void;
}

/** What the notes' panels show: view state only, never saved and never an undo step. */
export const useNotesUi = create<NotesUi>()((set) => ({
  listOpen: false,
  choosing: false,
  openNoteId: null,
  toggleList: () => set((state) => ({ listOpen: !state.listOpen })),
  setChoosing: (choosing) => set({ choosing }),
  openNote: (openNoteId) => set({ openNoteId }),
}));
