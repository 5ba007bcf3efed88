package io.herald.wechat.sandbox.token;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.wechat.sandbox.SandboxConfig;

/** The configured official accounts ({@code herald.wechat-sandbox.accounts.*}), by name. */
@ApplicationScoped
public class Accounts {

    private final List<Account> accounts;

    Accounts(SandboxConfig config) {
        this.accounts = config.accounts().entrySet().stream()
                .map(entry -> new Account(entry.getKey(), entry.getValue().appId(), entry.getValue().appSecret()))
                .sorted(Comparator.comparing(Account::name))
                .toList();
    }

    public List<Account> all() {
        return accounts;
    }

    public Optional<Account> byAppId(String appId) {
        return accounts.stream().filter(account -> account.appId().equals(appId)).findFirst();
    }
}
