package org.findinggood.coachdesk.ui.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The QR code drawn for an enrolment reads back as the same otpauth:// URI (zxing's own reader). */
class QrCodeImageTest {

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test started JavaFX in this JVM
        }
    }

    @Test
    void theImageDecodesToTheUri() throws Exception {
        String uri = "otpauth://totp/Coach%20Desk:coach%40example.com?algorithm=SHA1&digits=6&issuer=Coach%20Desk"
                + "&period=30&secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        WritableImage image = QrCodeImage.of(uri, 4);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        assertThat(width).isEqualTo(height).isGreaterThan(100);
        int[] argb = new int[width * height];
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                argb[y * width + x] = pixels.getArgb(x, y);
            }
        }
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width, height, argb)))).getText();
        assertThat(read).isEqualTo(uri);
        // a quiet zone of light modules all round
        assertThat(pixels.getArgb(0, 0)).isEqualTo(0xFFFFFFFF);
        assertThat(pixels.getArgb(width - 1, height - 1)).isEqualTo(0xFFFFFFFF);
    }
}
