// Idiom: class-major segmentation scores [classes, images, pixels] (the "classes first" layout of a 1x1-conv output
// reshaped as Z = W·X), softmax over axis 0 for every (image, pixel).
// Layout: double[classes, n, pixels], softmax over dimension 0 (the column of each (n, p)).
// Correct: per-(n, p) max and sum over the classes.
using System;

namespace HeldOut67.ClassMajor_SegmentationAxisZero;

public static class ClassMajorSoftmax
{
    public static double[,,] Normalise(double[,,] z)
    {
        int classes = z.GetLength(0), n = z.GetLength(1), pixels = z.GetLength(2);
        var a = new double[classes, n, pixels];
        for (int img = 0; img < n; img++)
        {
            for (int p = 0; p < pixels; p++)
            {
                double top = z[0, img, p];
                for (int k = 1; k < classes; k++)
                {
                    if (z[k, img, p] > top) top = z[k, img, p];
                }

                double denom = 0.0;
                for (int k = 0; k < classes; k++)
                {
                    a[k, img, p] = Math.Exp(z[k, img, p] - top);
                    denom += a[k, img, p];
                }

                for (int k = 0; k < classes; k++)
                {
                    a[k, img, p] /= denom;
                }
            }
        }

        return a;
    }
}
