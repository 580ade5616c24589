/** Live pushes to pages over WebSocket: progress and results of a tenant's running jobs. */
package com.valorivx.web.live;
