package org.knime.core.data.image.png;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.image.ImageContent;

/**
 * Stand-in for the knime-core PNG image content, a wrapper of PNG-encoded bytes. Like the real class,
 * the constructors decode the bytes with {@link ImageIO} and reject anything that is not an image.
 * Unlike the real class, {@link #toImageCell()} always returns a {@link PNGImageCell}: the real one
 * switches to a blob cell from 40 KiB on, which the stand-in does not declare.
 */
public class PNGImageContent implements ImageContent {

    /** Column type of PNG image cells. */
    public static final DataType TYPE = DataType.getType(PNGImageCell.class);

    private byte[] m_imageBytes;

    private BufferedImage m_image;

    /** Framework constructor for restoring content; leaves the content empty. */
    public PNGImageContent() {
        // the framework fills the content through the stream constructor in the real API
    }

    /**
     * Wraps {@code imageBytes} without copying them.
     *
     * @throws NullPointerException if {@code imageBytes} is {@code null}
     * @throws IllegalArgumentException if {@link ImageIO} cannot decode the bytes
     */
    public PNGImageContent(final byte[] imageBytes) {
        if (imageBytes == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_imageBytes = imageBytes;
        m_image = decode(imageBytes);
    }

    /**
     * Reads the stream to its end without closing it.
     *
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if {@link ImageIO} cannot decode the bytes
     */
    public PNGImageContent(final InputStream is) throws IOException {
        this(is.readAllBytes());
    }

    private static BufferedImage decode(final byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalArgumentException("ImageIO returned null while reading image bytes");
            }
            return image;
        } catch (IOException e) {
            throw new IllegalArgumentException("Image can't be read", e);
        }
    }

    /** Returns the wrapped bytes themselves; callers must not modify them. */
    public byte[] getByteArrayReference() {
        return m_imageBytes;
    }

    /** Returns a copy of the wrapped bytes. */
    public byte[] getByteArray() {
        return Arrays.copyOf(m_imageBytes, m_imageBytes.length);
    }

    /** Returns the decoded image. */
    public Image getImage() {
        return m_image;
    }

    @Override
    public void paint(final Graphics2D g, final int width, final int height) {
        double scale = Math.min(1.0, Math.min((double)width / m_image.getWidth(), (double)height / m_image.getHeight()));
        g.drawImage(m_image, 0, 0, (int)(m_image.getWidth() * scale), (int)(m_image.getHeight() * scale), null);
    }

    @Override
    public void save(final OutputStream output) throws IOException {
        output.write(m_imageBytes);
    }

    @Override
    public DataCell toImageCell() {
        return new PNGImageCell(this);
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(m_image.getWidth(), m_image.getHeight());
    }

    @Override
    public String getSummary() {
        Dimension size = getPreferredSize();
        String summary = "PNG Image " + size.width + " x " + size.height + " with ";
        return m_imageBytes.length < 1000 ? summary + m_imageBytes.length + " B"
            : summary + (m_imageBytes.length / 1024) + " KB";
    }
}
