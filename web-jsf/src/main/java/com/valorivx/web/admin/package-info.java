/**
 * Administration screens: tenants (operators) and users (a tenant's admins, and operators). Thin
 * backing beans over the governance services, which hold every rule.
 */
package com.valorivx.web.admin;
