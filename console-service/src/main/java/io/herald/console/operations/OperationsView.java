package io.herald.console.operations;

import java.util.List;

import io.herald.console.services.CatalogApi;
import io.herald.console.services.RenderApi;
import io.herald.console.services.WechatApi;

/**
 * The long-running operations and the WeChat accounts, as the services tell them now.
 *
 * @param rebuild      the catalog's running or last rebuild; null when none ran on the instance that answered
 * @param rebuildNote  why the rebuild is unknown, when it is
 * @param rerender     render's running or last re-render; null when none ran on the instance that answered
 * @param rerenderNote why the re-render is unknown, when it is
 * @param accounts     each WeChat account's health
 * @param accountsNote why the accounts are unknown, when they are
 */
public record OperationsView(CatalogApi.RebuildStatus rebuild, String rebuildNote, RenderApi.RerenderStatus rerender,
        String rerenderNote, List<WechatApi.AccountHealth> accounts, String accountsNote) {
}
