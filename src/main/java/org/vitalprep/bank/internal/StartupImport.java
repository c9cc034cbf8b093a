package org.vitalprep.bank.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Imports the banks at start, before the web server opens (so the first visitor sees every question), unless
 * switched off.
 */
@Component
class StartupImport implements SmartInitializingSingleton {

    private final BankImporter importer;
    private final boolean enabled;

    StartupImport(BankImporter importer, @Value("${vitalprep.content.import-on-startup:true}") boolean enabled) {
        this.importer = importer;
        this.enabled = enabled;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (enabled) importer.importAll("startup");
    }
}
