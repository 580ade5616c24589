/**
 * Test support for the system tests ({@code *IT} in {@code com.valorivx.system}): where the running
 * instance is ({@link com.valorivx.system.support.SystemUnderTest}) and a small HTTP client for its
 * REST API ({@link com.valorivx.system.support.ApiClient}).
 */
package com.valorivx.system.support;
