package io.herald.console.operations;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.console.services.CatalogApi;
import io.herald.console.services.RenderApi;
import io.herald.console.services.ServiceRefusedException;
import io.herald.console.services.ServiceUnavailableException;
import io.herald.console.services.WechatApi;

/** Reads the operations' state from the services; a service that does not answer leaves a note, not an error. */
@ApplicationScoped
public class Operations {

    private final CatalogApi catalog;
    private final RenderApi render;
    private final WechatApi wechat;

    Operations(CatalogApi catalog, RenderApi render, WechatApi wechat) {
        this.catalog = catalog;
        this.render = render;
        this.wechat = wechat;
    }

    public OperationsView now() {
        Answer<Optional<CatalogApi.RebuildStatus>> rebuild = ask(catalog::rebuild);
        Answer<Optional<RenderApi.RerenderStatus>> rerender = ask(render::rerender);
        Answer<List<WechatApi.AccountHealth>> accounts = ask(wechat::accounts);
        return new OperationsView(
                rebuild.value() == null ? null : rebuild.value().orElse(null),
                rebuild.note() != null ? rebuild.note()
                        : rebuild.value().isEmpty() ? "no rebuild has run on the catalog instance that answered" : null,
                rerender.value() == null ? null : rerender.value().orElse(null),
                rerender.note() != null ? rerender.note()
                        : rerender.value().isEmpty() ? "no re-render has run on the render instance that answered"
                                : null,
                accounts.value() == null ? List.of() : accounts.value(), accounts.note());
    }

    private record Answer<T>(T value, String note) {
    }

    private static <T> Answer<T> ask(Supplier<T> call) {
        try {
            return new Answer<>(call.get(), null);
        } catch (ServiceUnavailableException | ServiceRefusedException e) {
            return new Answer<>(null, e.getMessage());
        }
    }
}
