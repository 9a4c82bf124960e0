package org.distdmf.knime.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.port.image.ImagePortObject;

class ImagePortsTest {

    private static byte[] png(final int width, final int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 2, Color.RED.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void pngPortReturnsSameBytesAndSize() throws IOException {
        byte[] bytes = png(7, 5);

        ImagePortObject port = ImagePorts.png(bytes);

        assertEquals(PNGImageContent.TYPE, port.getSpec().getDataType());
        DataCell cell = port.toDataCell();
        assertEquals(PNGImageContent.TYPE, cell.getType());
        PNGImageContent content = ((PNGImageValue)cell).getImageContent();
        assertArrayEquals(bytes, content.getByteArray());
        assertEquals(7, content.getPreferredSize().width);
        assertEquals(5, content.getPreferredSize().height);
        assertTrue(port.getSummary().startsWith("PNG Image 7 x 5"), port.getSummary());
    }

    @Test
    void pngSpecMatchesPortType() {
        assertEquals(PNGImageContent.TYPE, ImagePorts.pngSpec().getDataType());
        assertEquals(ImagePortObject.class, ImagePortObject.TYPE.getPortObjectClass());
    }

    @Test
    void bytesThatAreNoImageAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ImagePorts.png(new byte[]{1, 2, 3}));
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> ImagePorts.png(new byte[0]));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
    }
}
