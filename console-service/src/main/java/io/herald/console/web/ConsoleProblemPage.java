package io.herald.console.web;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.service.problem.Problem;
import io.herald.service.problem.ProblemPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A problem shown to an operator's browser as a console page with the problem's title and detail. */
@ApplicationScoped
public class ConsoleProblemPage implements ProblemPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance problem(Problem problem);
    }

    @Override
    public Optional<String> html(Problem problem) {
        return Optional.of(Templates.problem(problem).render());
    }
}
