/** Types shared by every persistence package: tenant identity and page requests/results. */
package com.valorivx.persistence.common;
