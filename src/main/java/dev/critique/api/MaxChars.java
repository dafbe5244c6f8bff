package dev.critique.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The field is at most as long as the configured limit ({@link Limits}); @Size needs a constant. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Constraint(validatedBy = MaxChars.Validator.class)
public @interface MaxChars {
  Limits.Field value();

  String message() default "is too long";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<MaxChars, String> {
    private int max;

    @Override
    public void initialize(MaxChars annotation) {
      max = Limits.max(annotation.value());
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.length() <= max) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      // only numbers go into the message: never the submitted text
      context.buildConstraintViolationWithTemplate(
          "must be at most " + max + " characters (UTF-16 code units); got " + value.length()).addConstraintViolation();
      return false;
    }
  }
}
