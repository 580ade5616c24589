/**
 * Administration screens: tenants (operators), users (a tenant's admins, and operators), the
 * tenant's plan and usage, billing reconciliation (operators) and the audit trail viewer with
 * verification, export and legal holds. Thin backing beans over the services, which hold every rule.
 */
package com.valorivx.web.admin;
