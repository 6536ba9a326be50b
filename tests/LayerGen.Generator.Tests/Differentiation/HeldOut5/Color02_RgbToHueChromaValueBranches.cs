// RGB → (hue, chroma, value) per pixel, following Python's colorsys.rgb_to_hsv: max/min by comparisons, hue from the
// channel that is the maximum (if / else if / else). Chroma replaces saturation and the hue is not wrapped
// with % 1.0, so the map stays smooth away from ties; a row holds four RGB pixels.
// rows: no-ties
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(12)]
public partial class RgbToHueChromaValueBranches
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int p = 0; p < x.Length; p += 3)
        {
            double r = x[p], g = x[p + 1], b = x[p + 2];
            double maxc = Math.Max(r, Math.Max(g, b));
            double minc = Math.Min(r, Math.Min(g, b));
            double chroma = maxc - minc;
            double rc = (maxc - r) / chroma;
            double gc = (maxc - g) / chroma;
            double bc = (maxc - b) / chroma;
            double h;
            if (r == maxc)
                h = bc - gc;
            else if (g == maxc)
                h = 2.0 + rc - bc;
            else
                h = 4.0 + gc - rc;
            y[p] = h / 6.0;
            y[p + 1] = chroma;
            y[p + 2] = maxc;
        }
    }
}
