/**
 * Named model scenarios over REST: save, list, open, edit under an optimistic lock, delete,
 * duplicate, run, export and import.
 */
package com.valorivx.api.scenario;
