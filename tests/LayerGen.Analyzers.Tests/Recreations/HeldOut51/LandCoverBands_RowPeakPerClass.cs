// Idiom: land-cover class probabilities raster line by raster line, pixel-interleaved lines; a helper over one line's
// span first finds each CLASS's peak score along the line (per-band stretch style), then normalises each pixel over
// the classes.
// Use: per-pixel posterior of a land-cover classifier, streamed line by line from a raster.
// Layout: List<double[]> of raster lines, each pixels × classes pixel-interleaved (x * classes + k); Span<double> helper
// with a stackalloc'd per-class peak array.
// Bug LG0004: the peak runs over the pixels of a line (per class), the total over the classes (per pixel).
using System;
using System.Collections.Generic;

namespace HeldOut51.LandCoverBands_RowPeakPerClass;

public static class LineClassifier
{
    public static List<double[]> Posterior(List<double[]> lines, int classes)
    {
        var result = new List<double[]>(lines.Count);
        foreach (double[] line in lines)
        {
            var post = new double[line.Length];
            ClassifyLine(line, post, classes);
            result.Add(post);
        }

        return result;
    }

    private static void ClassifyLine(ReadOnlySpan<double> line, Span<double> post, int classes)
    {
        int width = line.Length / classes;
        Span<double> classPeak = stackalloc double[classes];
        classPeak.Fill(double.NegativeInfinity);
        for (int x = 0; x < width; x++)
        {
            for (int k = 0; k < classes; k++)
            {
                if (line[x * classes + k] > classPeak[k]) classPeak[k] = line[x * classes + k]; //~ LG0004
            }
        }

        for (int x = 0; x < width; x++)
        {
            double sum = 0.0;
            for (int k = 0; k < classes; k++)
            {
                post[x * classes + k] = Math.Exp(line[x * classes + k] - classPeak[k]);
                sum += post[x * classes + k];
            }

            for (int k = 0; k < classes; k++)
            {
                post[x * classes + k] /= sum;
            }
        }
    }
}
