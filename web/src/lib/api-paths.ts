// The paths (under /api) of the answers a first screen needs, shared by their fetchers and the boot script.

/** Where a path under the API is served. */
export const apiUrl = (path: string) => `/api${path}`;

export const zoneGraphPath = (zoneId: string) => `/zones/${encodeURIComponent(zoneId)}/graph`;
export const municipalityGraphPath = (nis: string) => `/municipalities/${encodeURIComponent(nis)}/graph`;
export const CENTROIDS_PATH = '/geo/centroids';
