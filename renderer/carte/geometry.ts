// The canvas and the map picture (shared/map-picture) draw links with the same geometry.
export { type Box, borderPoint, centerOf, type LinkGeometry, linkGeometry } from '../../shared/domain/geometry.js';
