package dev.critique.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/** The batch holds at most {@code critique.limits.batch-items} items. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Constraint(validatedBy = MaxItems.Validator.class)
public @interface MaxItems {
  String message() default "has too many items";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<MaxItems, List<?>> {
    private int max;

    @Override
    public void initialize(MaxItems annotation) {
      max = Limits.max(Limits.Field.BATCH_ITEMS);
    }

    @Override
    public boolean isValid(List<?> value, ConstraintValidatorContext context) {
      if (value == null || value.size() <= max) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(
          "must hold at most " + max + " items; got " + value.size()).addConstraintViolation();
      return false;
    }
  }
}
