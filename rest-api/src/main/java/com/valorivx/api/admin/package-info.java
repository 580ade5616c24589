/**
 * Administration over the API: tenants (operators) and users (a tenant's admins in their tenant,
 * operators in any). Thin resources over the governance services, which hold every rule.
 */
package com.valorivx.api.admin;
