/**
 * Jobs: long work (Monte Carlo and the like) run on the container's managed executor outside any
 * request transaction, with a persisted status and progress that the API polls and the pages are
 * pushed, cancellation, and recovery of jobs a stopped server left unfinished.
 */
package com.valorivx.job;
