package org.vitalprep;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.scheduling.annotation.EnableScheduling;

/** VitalPrep: certification exam prep for medical assistants. */
@SpringBootApplication
@EnableCaching
@EnableScheduling
public class VitalPrepApplication {

    public static void main(String[] args) {
        SpringApplication.run(VitalPrepApplication.class, args);
    }
}
