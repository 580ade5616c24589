/**
 * Sign-in for the screens: the Jakarta Security form mechanism, the identity store that asks the
 * governance service, and the signed-in user (tenant, name, roles) kept for the session.
 */
package com.valorivx.web.security;
