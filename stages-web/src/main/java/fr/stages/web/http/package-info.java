/**
 * What guards and carries every request, before any page: the security headers of every answer
 * (SecurityHeaders), the refusal of cross-site sendings to the back office (SameOriginPosts), request bodies read
 * against a clock and within limits (RequestBodies, FieldsRequest), the client's and the site's addresses
 * (ClientAddress, PublicAddress), and a response held back to be kept or filled (CapturedResponse). No page, no
 * business call.
 */
package fr.stages.web.http;
