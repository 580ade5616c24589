/** Tenants, their users (PBKDF2 password hashes and roles) and the refresh tokens issued to them. */
package com.valorivx.persistence.tenant;
