/**
 * Administration over the API: tenants (operators), users (a tenant's admins in their tenant,
 * operators in any), plans and their assignment, usage, billing reconciliation, and the audit
 * trail with its verification, export, retention purge and legal holds. Thin resources over the
 * governance and audit services, which hold every rule.
 */
package com.valorivx.api.admin;
