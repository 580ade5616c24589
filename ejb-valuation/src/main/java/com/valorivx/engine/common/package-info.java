/** What every engine shares: field-level validation errors and the checks that raise them. */
package com.valorivx.engine.common;
