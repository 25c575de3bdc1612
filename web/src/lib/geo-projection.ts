// Longitude and latitude to canvas coordinates, shared by every view that puts municipalities on their place.

export interface Point {
  x: number;
  y: number;
}

/** Pixels per degree of latitude; a degree of longitude is shorter by cos(51°), Flanders' latitude. */
const SCALE = 6000;
const LON_FACTOR = Math.cos((51 * Math.PI) / 180);

/** Equirectangular projection with y flipped, since screen y grows downwards. */
export function project(lon: number, lat: number): Point {
  return { x: lon * LON_FACTOR * SCALE, y: -lat * SCALE };
}
