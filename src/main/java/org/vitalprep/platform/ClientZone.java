package org.vitalprep.platform;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The time zone of the user's browser, so due dates are entered and shown in the user's local time (not the
 * server's). Until the browser has told it, the server's zone is used.
 */
public final class ClientZone {

    private ClientZone() {
    }

    /** The browser's zone if already known, else the server's. */
    public static ZoneId current() {
        UI ui = UI.getCurrent();
        return Optional.ofNullable(ui == null ? null : ui.getInternals().getExtendedClientDetails())
                .flatMap(ClientZone::zoneOf).orElse(ZoneId.systemDefault());
    }

    /**
     * Calls {@code then} with the zone known now, and again with the browser's zone once it arrives if that
     * differs (the first page of a session renders before the browser has answered).
     */
    public static void withZone(Component component, Consumer<ZoneId> then) {
        ZoneId now = current();
        then.accept(now);
        UI ui = UI.getCurrent();
        if (ui != null && ui.getInternals().getExtendedClientDetails() == null) {
            ui.getPage().retrieveExtendedClientDetails(details -> zoneOf(details)
                    .filter(z -> !z.equals(now)).filter(z -> component.isAttached()).ifPresent(then));
        }
    }

    private static Optional<ZoneId> zoneOf(ExtendedClientDetails details) {
        try {
            String id = details.getTimeZoneId();
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
