package org.flowboard.dashboard.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo user store: accounts in this server's memory, managed on {@code /admin/users}. Roles and
 * site scope become authorities ({@code ROLE_x}, {@code SITE_x}) at sign-in; every change is also
 * announced to the {@link #onChange} listeners, which re-authorise (or sign out) the user's open
 * sessions at once. Production signs in through OpenID Connect instead and keeps no accounts here;
 * with several dashboard servers each has its own copy of this store, which is acceptable for a
 * demo only.
 */
public final class UserAccounts implements UserDetailsService {

    private record Stored(Account account, String passwordHash) {}

    private final Map<String, Stored> accounts = new ConcurrentHashMap<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final PasswordEncoder encoder;

    UserAccounts(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    void create(Account account, String password) {
        accounts.put(account.username(), new Stored(account, encoder.encode(password)));
    }

    public List<Account> list() {
        List<Account> out = new ArrayList<>();
        accounts.values().forEach(s -> out.add(s.account()));
        out.sort(Comparator.comparing(Account::username));
        return out;
    }

    /** Sets roles and site scope; the password and whether the account is enabled stay. */
    public void update(String username, Set<Role> roles, SiteScope scope) {
        Stored old = accounts.get(username);
        if (old != null) {
            update(username, roles, scope, old.account().enabled());
        }
    }

    /**
     * Sets roles, site scope and whether the user may sign in (the password stays), in one change:
     * the listeners hear of it once.
     */
    public void update(String username, Set<Role> roles, SiteScope scope, boolean enabled) {
        changed(
                accounts.computeIfPresent(
                        username,
                        (name, old) ->
                                new Stored(
                                        new Account(name, roles, scope, enabled),
                                        old.passwordHash())));
    }

    /** Calls the listener with the username after every change of an account's access. */
    public void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }

    private void changed(Stored stored) {
        if (stored != null) {
            listeners.forEach(l -> l.accept(stored.account().username()));
        }
    }

    public void resetPassword(String username, String password) {
        if (password == null || password.length() < 4) {
            throw new IllegalArgumentException("a password has at least 4 characters");
        }
        accounts.computeIfPresent(
                username, (name, old) -> new Stored(old.account(), encoder.encode(password)));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Stored stored = accounts.get(username);
        if (stored == null) {
            throw new UsernameNotFoundException(username);
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        stored.account()
                .roles()
                .forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        authorities.addAll(stored.account().scope().authorities());
        return User.withUsername(username)
                .password(stored.passwordHash())
                .authorities(authorities)
                .disabled(!stored.account().enabled())
                .build();
    }
}
