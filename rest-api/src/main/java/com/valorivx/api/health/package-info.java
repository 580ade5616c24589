/** MicroProfile Health checks for {@code /health/ready}: the product is ready only when its database answers. */
package com.valorivx.api.health;
