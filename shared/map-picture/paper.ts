/**
 * A picture for paper: its elements' <title> tooltips taken out. A PDF shows none of them, and
 * Chromium takes about a third longer to print a 120-actor map that carries one per actor, link
 * and zone. Every user string in a picture is escaped (no raw « < » in it), so a title ends at
 * the first « </title> ».
 */
export function forPaper(svg: string): string {
  return svg.replace(/<title>[^<]*<\/title>/g, '');
}
