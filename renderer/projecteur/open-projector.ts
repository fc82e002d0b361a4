/**
 * Opens the wall view of a workshop: on the desktop a window of its own, on the second display
 * when there is one (the main process decides, see electron/main/projector-window.ts); in a
 * browser a second tab at the same address, to drag onto the projector. Answers the address to
 * show when the browser blocked the tab, null otherwise.
 */
export async function openProjector(workshopId: string): Promise<string | null> {
  if (window.maillage?.openProjector) {
    const answer = await window.maillage.openProjector({ workshopId });
    if (!answer.ok) throw new Error(answer.error.message);
    return null;
  }
  const url = `${window.location.origin}${window.location.pathname}#/projection/${workshopId}`;
  const opened = window.open(url, `maillage-mur-${workshopId}`);
  return opened ? null : url;
}
