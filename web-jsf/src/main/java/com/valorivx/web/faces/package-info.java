/**
 * What every page shares: the navigation menu, number formats and converters, and the helper
 * that shows a service's field errors beside the inputs they name.
 */
package com.valorivx.web.faces;
