/**
 * The REST API v1 (API.md) under {@code /api/v1}: the JAX-RS application with its MP-JWT login
 * and the OpenAPI description; resources, mappers and health checks sit in the sub-packages.
 */
package com.valorivx.api;
