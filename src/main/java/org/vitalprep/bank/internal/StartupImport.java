package org.vitalprep.bank.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Imports the banks when the app starts (before it serves anyone), unless switched off. */
@Component
@Order(0)
class StartupImport implements ApplicationRunner {

    private final BankImporter importer;
    private final boolean enabled;

    StartupImport(BankImporter importer, @Value("${vitalprep.content.import-on-startup:true}") boolean enabled) {
        this.importer = importer;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) importer.importAll("startup");
    }
}
