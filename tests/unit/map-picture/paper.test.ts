import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { newActor } from '../../../shared/domain/model.js';
import { mapToSvg } from '../../../shared/map-picture/map-svg.js';
import { forPaper } from '../../../shared/map-picture/paper.js';
import { atelierExemple } from '../../support/atelier-exemple.js';

const { workshop, map } = atelierExemple();

/** Everything drawn: the picture with its tooltips taken out by hand, element by element. */
const drawn = (svg: string) => svg.split(/<title>|<\/title>/).filter((_, i) => i % 2 === 0);

describe('forPaper', () => {
  it('takes out every tooltip and nothing drawn', () => {
    const svg = mapToSvg(map, { heading: workshop.title }).svg;
    expect(svg.match(/<title>/g)?.length).toBeGreaterThan(map.actors.length);
    const paper = forPaper(svg);
    expect(XMLValidator.validate(paper)).toBe(true);
    expect(paper).not.toContain('<title>');
    expect(paper).toBe(drawn(svg).join(''));
    expect(paper.match(/<text /g)).toEqual(svg.match(/<text /g));
  });

  it('keeps a name that spells a title tag as the text it is', () => {
    const tricky = '</title>';
    const svg = mapToSvg({
      ...map,
      actors: [...map.actors, newActor({ id: 'piege', label: tricky, category: 'autres', x: 0, y: 0 })],
    }).svg;
    const paper = forPaper(svg);
    expect(XMLValidator.validate(paper)).toBe(true);
    expect(paper).not.toContain('<title>');
    expect(paper).toContain('>&lt;/title&gt;</tspan>');
  });
});
