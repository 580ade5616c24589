/** In-container tests of the EJB services and repositories on Payara Micro with an H2 database. */
package com.valorivx.it;
