// Idiom: class-major segmentation scores, one double[n, pixels] score map per class in an array of maps; the author
// shifts every class by the largest score of its own map, then normalises each (image, pixel) over the classes.
// Layout: double[][,] maps[class][n, pixels]; the softmax slice is (·, n, p) across the maps.
// Bug LG0004: the max runs over one class's images and pixels, the sum over the classes of one pixel.
using System;
using System.Linq;

namespace HeldOut67.ClassMajor_PeakPerClassMap;

public static class ClassMaps
{
    public static double[][,] Softmax(double[][,] maps)
    {
        int classes = maps.Length, n = maps[0].GetLength(0), pixels = maps[0].GetLength(1);
        var shift = new double[classes];
        for (int k = 0; k < classes; k++)
        {
            shift[k] = maps[k].Cast<double>().Max(); //~ LG0004
        }

        var probs = new double[classes][,];
        for (int k = 0; k < classes; k++) probs[k] = new double[n, pixels];
        for (int img = 0; img < n; img++)
        {
            for (int p = 0; p < pixels; p++)
            {
                double s = 0.0;
                for (int k = 0; k < classes; k++)
                {
                    probs[k][img, p] = Math.Exp(maps[k][img, p] - shift[k]);
                    s += probs[k][img, p];
                }

                for (int k = 0; k < classes; k++) probs[k][img, p] /= s;
            }
        }

        return probs;
    }
}
