package org.xinye.ledger.report;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.AttributedCharacterIterator;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A small Graphics2D that writes SVG, enough for what JFreeChart draws: filled and
 * stroked shapes, text, clips, transforms, transparency and the odd image. Text stays
 * text (searchable, editable in an office suite), with the chart's font family first and
 * generic fallbacks after it. Apache-2.0 like the app: the usual JFreeSVG is GPL.
 */
final class SvgGraphics2D extends Graphics2D {
    /** What every copy made by {@link #create()} writes into. */
    private static final class Output {
        final StringBuilder defs = new StringBuilder();
        final StringBuilder body = new StringBuilder();
        int clipIds;
        String openClip;
    }

    private final Output out;
    private final double width;
    private final double height;
    /** Measures text as the screen would; the SVG viewer lays text out with the same font. */
    private final Graphics2D metrics;
    private AffineTransform transform = new AffineTransform();
    /** The clip in device space (null: none) and its id in the document. */
    private Shape clip;
    private String clipId;
    private Paint paint = Color.BLACK;
    private Color background = Color.WHITE;
    private Stroke stroke = new BasicStroke(1f);
    private Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private Composite composite = AlphaComposite.SrcOver;
    private final RenderingHints hints = new RenderingHints(null);

    SvgGraphics2D(double width, double height) {
        this.out = new Output();
        this.width = width;
        this.height = height;
        this.metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        metrics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    private SvgGraphics2D(SvgGraphics2D parent) {
        this.out = parent.out;
        this.width = parent.width;
        this.height = parent.height;
        this.metrics = (Graphics2D) parent.metrics.create();
        this.transform = new AffineTransform(parent.transform);
        this.clip = parent.clip;
        this.clipId = parent.clipId;
        this.paint = parent.paint;
        this.background = parent.background;
        this.stroke = parent.stroke;
        this.font = parent.font;
        this.composite = parent.composite;
        this.hints.putAll(parent.hints);
    }

    /** The whole document. */
    String document() {
        closeClipGroup();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\""
                + " width=\"" + num(width) + "pt\" height=\"" + num(height) + "pt\" viewBox=\"0 0 " + num(width) + " "
                + num(height) + "\">\n<defs>\n" + out.defs + "</defs>\n" + out.body + "</svg>\n";
    }

    // ---- writing ----

    private void element(String tag, String attributes) {
        element(tag, attributes, null);
    }

    /** Writes one element inside the group of the current clip; {@code content} null makes it empty. */
    private void element(String tag, String attributes, String content) {
        if (clip != null && clip.getBounds2D().isEmpty()) {
            return;
        }
        if (clipId == null ? out.openClip != null : !clipId.equals(out.openClip)) {
            closeClipGroup();
            if (clipId != null) {
                out.body.append("<g clip-path=\"url(#").append(clipId).append(")\">\n");
                out.openClip = clipId;
            }
        }
        out.body.append('<').append(tag).append(' ').append(attributes);
        if (content == null) {
            out.body.append("/>\n");
        } else {
            out.body.append('>').append(content).append("</").append(tag).append(">\n");
        }
    }

    private void closeClipGroup() {
        if (out.openClip != null) {
            out.body.append("</g>\n");
            out.openClip = null;
        }
    }

    private String transformAttr() {
        if (transform.isIdentity()) {
            return "";
        }
        double[] m = new double[6];
        transform.getMatrix(m);
        return " transform=\"matrix(" + num(m[0]) + " " + num(m[1]) + " " + num(m[2]) + " " + num(m[3]) + " "
                + num(m[4]) + " " + num(m[5]) + ")\"";
    }

    private static String path(Shape s) {
        StringBuilder b = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = s.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> b.append('M').append(num(c[0])).append(' ').append(num(c[1]));
                case PathIterator.SEG_LINETO -> b.append('L').append(num(c[0])).append(' ').append(num(c[1]));
                case PathIterator.SEG_QUADTO -> b.append('Q').append(num(c[0])).append(' ').append(num(c[1])).append(' ')
                        .append(num(c[2])).append(' ').append(num(c[3]));
                case PathIterator.SEG_CUBICTO -> b.append('C').append(num(c[0])).append(' ').append(num(c[1])).append(' ')
                        .append(num(c[2])).append(' ').append(num(c[3])).append(' ').append(num(c[4])).append(' ')
                        .append(num(c[5]));
                default -> b.append('Z');
            }
        }
        return b.toString();
    }

    private static String fillRule(Shape s) {
        return s.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD ? " fill-rule=\"evenodd\"" : "";
    }

    private Color color() {
        if (paint instanceof Color c) {
            return c;
        }
        if (paint instanceof GradientPaint gp) {
            return gp.getColor1();
        }
        return Color.GRAY;
    }

    private String colorAttr(String name) {
        Color c = color();
        double alpha = c.getAlpha() / 255.0;
        if (composite instanceof AlphaComposite ac) {
            alpha *= ac.getAlpha();
        }
        String s = " " + name + "=\"" + String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue())
                + "\"";
        return alpha < 1.0 ? s + " " + name + "-opacity=\"" + num(alpha) + "\"" : s;
    }

    private String strokeAttrs() {
        if (!(stroke instanceof BasicStroke bs)) {
            return " stroke-width=\"1\"";
        }
        StringBuilder b = new StringBuilder(" stroke-width=\"").append(num(bs.getLineWidth())).append('"');
        b.append(switch (bs.getEndCap()) {
            case BasicStroke.CAP_ROUND -> " stroke-linecap=\"round\"";
            case BasicStroke.CAP_SQUARE -> " stroke-linecap=\"square\"";
            default -> "";
        });
        b.append(switch (bs.getLineJoin()) {
            case BasicStroke.JOIN_ROUND -> " stroke-linejoin=\"round\"";
            case BasicStroke.JOIN_BEVEL -> " stroke-linejoin=\"bevel\"";
            default -> " stroke-miterlimit=\"" + num(bs.getMiterLimit()) + "\"";
        });
        float[] dash = bs.getDashArray();
        if (dash != null && dash.length > 0) {
            StringBuilder d = new StringBuilder();
            for (float f : dash) {
                d.append(d.length() == 0 ? "" : ",").append(num(f));
            }
            b.append(" stroke-dasharray=\"").append(d).append('"');
            if (bs.getDashPhase() != 0) {
                b.append(" stroke-dashoffset=\"").append(num(bs.getDashPhase())).append('"');
            }
        }
        return b.toString();
    }

    static String num(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-6) {
            return Long.toString(Math.round(v));
        }
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    // Control characters are not allowed in XML 1.0.
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }

    // ---- shapes ----

    @Override
    public void draw(Shape s) {
        element("path", "d=\"" + path(s) + "\" fill=\"none\"" + colorAttr("stroke") + strokeAttrs() + transformAttr());
    }

    @Override
    public void fill(Shape s) {
        element("path", "d=\"" + path(s) + "\"" + fillRule(s) + colorAttr("fill") + transformAttr());
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillRect(int x, int y, int w, int h) {
        fill(new Rectangle(x, y, w, h));
    }

    @Override
    public void clearRect(int x, int y, int w, int h) {
        Paint saved = paint;
        paint = background;
        fill(new Rectangle(x, y, w, h));
        paint = saved;
    }

    @Override
    public void drawRoundRect(int x, int y, int w, int h, int aw, int ah) {
        draw(new RoundRectangle2D.Double(x, y, w, h, aw, ah));
    }

    @Override
    public void fillRoundRect(int x, int y, int w, int h, int aw, int ah) {
        fill(new RoundRectangle2D.Double(x, y, w, h, aw, ah));
    }

    @Override
    public void drawOval(int x, int y, int w, int h) {
        draw(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void fillOval(int x, int y, int w, int h) {
        fill(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void drawArc(int x, int y, int w, int h, int start, int extent) {
        draw(new Arc2D.Double(x, y, w, h, start, extent, Arc2D.OPEN));
    }

    @Override
    public void fillArc(int x, int y, int w, int h, int start, int extent) {
        fill(new Arc2D.Double(x, y, w, h, start, extent, Arc2D.PIE));
    }

    @Override
    public void drawPolyline(int[] xs, int[] ys, int n) {
        if (n < 2) {
            return;
        }
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        draw(p);
    }

    @Override
    public void drawPolygon(int[] xs, int[] ys, int n) {
        draw(new java.awt.Polygon(xs, ys, n));
    }

    @Override
    public void fillPolygon(int[] xs, int[] ys, int n) {
        fill(new java.awt.Polygon(xs, ys, n));
    }

    // ---- text ----

    @Override
    public void drawString(String text, float x, float y) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String weight = font.isBold() ? " font-weight=\"bold\"" : "";
        String style = font.isItalic() ? " font-style=\"italic\"" : "";
        AffineTransform saved = transform;
        if (!font.getTransform().isIdentity()) {
            transform = new AffineTransform(transform);
            transform.translate(x, y);
            transform.concatenate(font.getTransform());
            transform.translate(-x, -y);
        }
        String attrs = "x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-family=\"" + escape(font.getFamily())
                + ", sans-serif\" font-size=\"" + num(font.getSize2D()) + "\"" + weight + style + colorAttr("fill")
                + transformAttr() + " xml:space=\"preserve\"";
        transform = saved;
        element("text", attrs, escape(text));
    }

    @Override
    public void drawString(String text, int x, int y) {
        drawString(text, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator it, float x, float y) {
        StringBuilder b = new StringBuilder();
        for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
            b.append(c);
        }
        drawString(b.toString(), x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator it, int x, int y) {
        drawString(it, (float) x, (float) y);
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        fill(g.getOutline(x, y));
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        metrics.setTransform(transform);
        return metrics.getFontRenderContext();
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return metrics.getFontMetrics(f);
    }

    // ---- images ----

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        BufferedImage bi = toBuffered(img);
        if (bi == null) {
            return false;
        }
        AffineTransform saved = transform;
        transform = new AffineTransform(transform);
        if (xform != null) {
            transform.concatenate(xform);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(bi, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        element("image", "width=\"" + bi.getWidth() + "\" height=\"" + bi.getHeight()
                + "\" preserveAspectRatio=\"none\" xlink:href=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png.toByteArray()) + "\"" + transformAttr());
        transform = saved;
        return true;
    }

    private static BufferedImage toBuffered(Image img) {
        if (img instanceof BufferedImage bi) {
            return bi;
        }
        int w = img.getWidth(null);
        int h = img.getHeight(null);
        if (w <= 0 || h <= 0) {
            return null;
        }
        BufferedImage bi = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = bi.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return bi;
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        drawImage(op == null ? img : op.filter(img, null), x, y, null);
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        if (img instanceof BufferedImage bi) {
            drawImage(bi, xform, null);
        }
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        drawRenderedImage(img.createDefaultRendering(), xform);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver obs) {
        return drawImage(img, AffineTransform.getTranslateInstance(x, y), obs);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int w, int h, ImageObserver obs) {
        int iw = img.getWidth(null);
        int ih = img.getHeight(null);
        if (iw <= 0 || ih <= 0) {
            return false;
        }
        AffineTransform t = AffineTransform.getTranslateInstance(x, y);
        t.scale((double) w / iw, (double) h / ih);
        return drawImage(img, t, obs);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bg, ImageObserver obs) {
        return drawImage(img, x, y, obs);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int w, int h, Color bg, ImageObserver obs) {
        return drawImage(img, x, y, w, h, obs);
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                             ImageObserver obs) {
        BufferedImage bi = toBuffered(img);
        if (bi == null || sx2 <= sx1 || sy2 <= sy1) {
            return false;
        }
        return drawImage(bi.getSubimage(sx1, sy1, sx2 - sx1, sy2 - sy1), dx1, dy1, dx2 - dx1, dy2 - dy1, obs);
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                             Color bg, ImageObserver obs) {
        return drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, obs);
    }

    // ---- state ----

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
        Shape device = transform.createTransformedShape(onStroke ? stroke.createStrokedShape(s) : s);
        return device.intersects(rect);
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return metrics.getDeviceConfiguration();
    }

    @Override
    public void setComposite(Composite comp) {
        composite = comp;
    }

    @Override
    public Composite getComposite() {
        return composite;
    }

    @Override
    public void setPaint(Paint p) {
        if (p != null) {
            paint = p;
        }
    }

    @Override
    public Paint getPaint() {
        return paint;
    }

    @Override
    public void setColor(Color c) {
        setPaint(c);
    }

    @Override
    public Color getColor() {
        return color();
    }

    @Override
    public void setStroke(Stroke s) {
        stroke = s;
    }

    @Override
    public Stroke getStroke() {
        return stroke;
    }

    @Override
    public void setRenderingHint(RenderingHints.Key key, Object value) {
        hints.put(key, value);
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key key) {
        return hints.get(key);
    }

    @Override
    public void setRenderingHints(Map<?, ?> h) {
        hints.clear();
        hints.putAll(h);
    }

    @Override
    public void addRenderingHints(Map<?, ?> h) {
        hints.putAll(h);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return (RenderingHints) hints.clone();
    }

    @Override
    public void translate(int x, int y) {
        transform.translate(x, y);
    }

    @Override
    public void translate(double x, double y) {
        transform.translate(x, y);
    }

    @Override
    public void rotate(double theta) {
        transform.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        transform.rotate(theta, x, y);
    }

    @Override
    public void scale(double sx, double sy) {
        transform.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        transform.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform t) {
        transform.concatenate(t);
    }

    @Override
    public void setTransform(AffineTransform t) {
        transform = new AffineTransform(t);
    }

    @Override
    public AffineTransform getTransform() {
        return new AffineTransform(transform);
    }

    @Override
    public void setBackground(Color c) {
        background = c;
    }

    @Override
    public Color getBackground() {
        return background;
    }

    @Override
    public void setFont(Font f) {
        if (f != null) {
            font = f;
        }
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public void setPaintMode() {
        composite = AlphaComposite.SrcOver;
    }

    @Override
    public void setXORMode(Color c) {
        // SVG has no XOR drawing; JFreeChart uses it only for interactive zoom rectangles.
    }

    @Override
    public Shape getClip() {
        if (clip == null) {
            return null;
        }
        try {
            return transform.createInverse().createTransformedShape(clip);
        } catch (NoninvertibleTransformException e) {
            return null;
        }
    }

    @Override
    public Rectangle getClipBounds() {
        Shape c = getClip();
        return c == null ? null : c.getBounds();
    }

    @Override
    public void clipRect(int x, int y, int w, int h) {
        clip(new Rectangle(x, y, w, h));
    }

    @Override
    public void setClip(int x, int y, int w, int h) {
        setClip(new Rectangle(x, y, w, h));
    }

    @Override
    public void setClip(Shape s) {
        setDeviceClip(s == null ? null : transform.createTransformedShape(s));
    }

    @Override
    public void clip(Shape s) {
        Shape device = transform.createTransformedShape(s);
        if (clip == null) {
            setDeviceClip(device);
        } else {
            Area a = new Area(clip);
            a.intersect(new Area(device));
            setDeviceClip(a);
        }
    }

    private void setDeviceClip(Shape device) {
        clip = device;
        if (device == null) {
            clipId = null;
            return;
        }
        clipId = "c" + (++out.clipIds);
        out.defs.append("<clipPath id=\"").append(clipId).append("\"><path d=\"").append(path(device))
                .append("\"/></clipPath>\n");
    }

    @Override
    public Graphics create() {
        return new SvgGraphics2D(this);
    }

    @Override
    public void copyArea(int x, int y, int w, int h, int dx, int dy) {
        // Nothing to copy from: a vector document has no pixels.
    }

    @Override
    public void dispose() {
        metrics.dispose();
    }

    @Override
    public FontMetrics getFontMetrics() {
        return getFontMetrics(font);
    }

    @Override
    public Rectangle getClipBounds(Rectangle r) {
        Rectangle b = getClipBounds();
        if (b != null && r != null) {
            r.setBounds(b);
            return r;
        }
        return b;
    }

    @Override
    public boolean hitClip(int x, int y, int w, int h) {
        Shape c = getClip();
        return c == null || c.intersects(new Rectangle2D.Double(x, y, w, h));
    }
}
