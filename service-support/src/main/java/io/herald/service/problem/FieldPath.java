package io.herald.service.problem;

import java.util.List;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Names a field of a request body as a client wrote it: {@code body[0].text}, {@code byline[1].role}. */
public final class FieldPath {

    private final StringBuilder path = new StringBuilder();

    private FieldPath() {
    }

    /** The path of a Bean Validation violation, without the resource method and parameter; null for the whole body. */
    public static String of(Path violationPath) {
        FieldPath field = new FieldPath();
        for (Path.Node node : violationPath) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.isInIterable()) {
                field.index(node.getIndex() == null ? node.getKey() : node.getIndex());
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.name(node.getName());
            }
        }
        return field.toString();
    }

    /** The path at which Jackson could not read the body; null for the whole body. */
    public static String of(List<JsonMappingException.Reference> jsonPath) {
        FieldPath field = new FieldPath();
        for (JsonMappingException.Reference reference : jsonPath) {
            if (reference.getFieldName() != null) {
                field.name(reference.getFieldName());
            } else {
                field.index(reference.getIndex());
            }
        }
        return field.toString();
    }

    private void name(String name) {
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(name);
    }

    private void index(Object index) {
        path.append('[').append(index).append(']');
    }

    @Override
    public String toString() {
        return path.isEmpty() ? null : path.toString();
    }
}
