package io.herald.console.services;

/** A service answered with an error status where the console needs an answer. */
public class ServiceRefusedException extends RuntimeException {

    private final transient ServiceAnswer<?> answer;

    public ServiceRefusedException(ServiceAnswer<?> answer) {
        super(answer.describe());
        this.answer = answer;
    }

    public int status() {
        return answer.status();
    }
}
