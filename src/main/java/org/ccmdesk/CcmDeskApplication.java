package org.ccmdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@Modulithic(systemName = "CCM Desk", sharedModules = "system")
@SpringBootApplication
public class CcmDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(CcmDeskApplication.class, args);
    }

}
