package com.valorivx.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** A plain decimal number ("1234.5"), printed without trailing zeros or grouping. */
@FacesConverter("valor.number")
public class NumberConverter implements Converter<Double> {

  @Override
  public Double getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Numbers.parse(value);
    } catch (NumberFormatException e) {
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Double value) {
    return value == null ? "" : Numbers.print(value);
  }
}
