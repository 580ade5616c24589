/** Who is calling: sign-in, access and refresh tokens, roles, and the first-start administrator. */
package com.valorivx.governance;
