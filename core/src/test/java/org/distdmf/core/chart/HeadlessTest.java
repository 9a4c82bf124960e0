package org.distdmf.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HeadlessTest {

    private String saved;

    @BeforeEach
    void saveProperty() {
        saved = System.getProperty(Headless.PROPERTY);
    }

    @AfterEach
    void restoreProperty() {
        if (saved == null) {
            System.clearProperty(Headless.PROPERTY);
        } else {
            System.setProperty(Headless.PROPERTY, saved);
        }
    }

    @Test
    void unsetPropertyBecomesTrue() {
        System.clearProperty(Headless.PROPERTY);
        Headless.ensureProperty();
        assertEquals("true", System.getProperty(Headless.PROPERTY));
    }

    @Test
    void explicitFalseIsKept() {
        System.setProperty(Headless.PROPERTY, "false");
        Headless.ensureProperty();
        assertEquals("false", System.getProperty(Headless.PROPERTY));
    }
}
