package org.findinggood.coachdesk.ui.twofactor;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * An {@code otpauth://} URI as a QR code image (zxing builds the matrix, error correction M as authenticator
 * enrolment pages use; a 4-module quiet zone). Always dark on white, whatever the theme: cameras read that contrast.
 */
public final class QrCodeImage {

    private QrCodeImage() {
    }

    /** {@code pixelsPerModule} pixels for each square of the code. */
    public static WritableImage of(String text, int pixelsPerModule) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("The text does not fit in a QR code", tooLong);
        }
        int size = matrix.getWidth() * pixelsPerModule;
        WritableImage image = new WritableImage(size, matrix.getHeight() * pixelsPerModule);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                Color colour = matrix.get(x, y) ? Color.BLACK : Color.WHITE;
                for (int dy = 0; dy < pixelsPerModule; dy++) {
                    for (int dx = 0; dx < pixelsPerModule; dx++) {
                        pixels.setColor(x * pixelsPerModule + dx, y * pixelsPerModule + dy, colour);
                    }
                }
            }
        }
        return image;
    }
}
