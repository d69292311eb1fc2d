package dev.strata.runtime;

/** A migration could not be applied, or was refused before anything ran; the message says why and what to do. */
public class MigrationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MigrationException(String message) {
    super(message);
  }

  public MigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
