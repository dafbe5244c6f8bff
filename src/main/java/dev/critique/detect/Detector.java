package dev.critique.detect;

import java.util.List;

/**
 * One kind of fault in an answer. Implementations are stateless CDI beans annotated with {@link DetectorInfo};
 * they return every phrase they considered, reported or not, so that explain output can show why not.
 */
public interface Detector {
  List<Hit> detect(Answer answer);

  default DetectorInfo info() {
    DetectorInfo info = getClass().getAnnotation(DetectorInfo.class);
    if (info == null) {
      // CDI client proxies are subclasses; the annotation sits on the detector class itself
      info = getClass().getSuperclass().getAnnotation(DetectorInfo.class);
    }
    return info;
  }
}
