/**
 * System tests of the REST API v1 (API.md: auth, runs, DCF, DCF sensitivity) over real HTTP
 * against the EAR on Payara Server, run once on H2 and once on PostgreSQL.
 */
package com.valorivx.system.api;
