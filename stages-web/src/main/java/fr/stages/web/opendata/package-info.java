/**
 * What anyone may reuse of the public site, without a browser: the read-only JSON API of the offers online
 * (/api/v1/offers, with the search's keywords and filters, cursor pages and counts; its OpenAPI description at
 * /api/v1/openapi.json) and the open data files (/donnees/offres.csv and .json, with their schema), under the
 * Licence Ouverte / Etalab 2.0. Plain servlets over the search index, answered from the public page cache when
 * repeated (web.pagecache), behind a gate that allows other sites' scripts (CORS) and limits each network
 * address. Nothing here is personal data.
 */
package fr.stages.web.opendata;
