package com.valorivx.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.UUID;

/** Record ids in URLs ({@code dcf.xhtml?run=...}, {@code forecast.xhtml?dataset=...}) and selects. */
@FacesConverter(forClass = UUID.class)
public class UuidConverter implements Converter<UUID> {

  @Override
  public UUID getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.trim());
    } catch (IllegalArgumentException e) {
      String text = "'" + value + "' is not an id";
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, UUID value) {
    return value == null ? "" : value.toString();
  }
}
