package io.herald.render.text;

import io.herald.events.Contributor;
import io.quarkus.qute.TemplateExtension;

/** How a contributor is credited, as newspapers print it, in the web and WeChat templates. */
@TemplateExtension
public final class Credits {

    private Credits() {
    }

    /** E.g. {@code 记者 张伟}; the name alone when the role has no printed label. */
    static String credit(Contributor contributor) {
        String label = contributor.role() == null ? "" : switch (contributor.role()) {
            case REPORTER -> "记者";
            case CORRESPONDENT -> "通讯员";
            case AUTHOR -> "作者";
            case PHOTOGRAPHER -> "摄影";
            case EDITOR -> "编辑";
            case OTHER -> "";
        };
        return label.isEmpty() ? contributor.name() : label + " " + contributor.name();
    }
}
