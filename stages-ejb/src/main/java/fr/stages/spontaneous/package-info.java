/**
 * Spontaneous applications: a candidate who found no offer leaves a CV, the job families and directions that
 * interest them and a period; the chosen directions' agents search this pool and may bring one into an
 * offer's pipeline.
 */
package fr.stages.spontaneous;
