/** The browser screens of Valor IVX: Faces backing beans, converters and view models for the pages at {@code /}. */
package com.valorivx.web;
