package org.findinggood.coachdesk.remote;

/** The database rejected the values: foreign key ({@code 23503}), check ({@code 23514}), not-null ({@code 23502}), invalid input ({@code 22*}) or a trigger's exception ({@code P0001}). */
public class ConstraintViolationException extends ApiException {

    public ConstraintViolationException(String sentence, ServerError error) {
        super(sentence, error);
    }

    public ConstraintViolationException(String sentence, ServerError error, Throwable cause) {
        super(sentence, error, cause);
    }
}
