// HeldOut60 — idiom: two Parallel.For passes over a class-major jagged matrix, one over classes, one over samples
// (a hand-rolled output layer storing z[class][sample]; the first pass "finds each class's max" with LINQ).
// Layout: float[classes][batch] jagged, class-major; each softmax runs over the classes of one sample.
// Bug (LG0004): peak[k] = z[k].Max() is a maximum over the samples of one class, the sum runs over the classes.
using System;
using System.Linq;
using System.Threading.Tasks;

namespace HeldOut60.ParallelColumns_ClassPeakJagged;

public static class ClassMajorOutput
{
    public static float[][] Forward(float[][] z)
    {
        int classes = z.Length;
        int batch = z[0].Length;
        var peak = new float[classes];
        Parallel.For(0, classes, k => peak[k] = z[k].Max()); //~ LG0004

        var a = new float[classes][];
        for (int k = 0; k < classes; k++)
        {
            a[k] = new float[batch];
        }

        Parallel.For(0, batch, n =>
        {
            float sum = 0f;
            for (int k = 0; k < classes; k++)
            {
                a[k][n] = MathF.Exp(z[k][n] - peak[k]);
                sum += a[k][n];
            }

            for (int k = 0; k < classes; k++)
            {
                a[k][n] /= sum;
            }
        });
        return a;
    }
}
