// Idiom: generic math mixed with LINQ: column peaks `Enumerable.Range(0, classes).Select(c => x.Max(row => row[c]))`
// over a jagged `T[][]`, then `T.Exp` and a per-sample sum with the generic `+`.
// Use: class probabilities for a batch. Layout: jagged row-major `T[batch][classes]`.
// Bug LG0004: `x.Max(row => row[c])` takes each class's peak down the batch while each sum runs across one sample's
// classes: the max and the sum run over different axes.
// Our own code.
using System.Linq;
using System.Numerics;

namespace HeldOut94.StridedGeneric_ColumnPeaksLinq;

public static class ColumnPeaks
{
    public static T[][] Softmax<T>(T[][] x)
        where T : IFloatingPointIeee754<T>
    {
        int classes = x[0].Length;
        T[] colPeak = Enumerable.Range(0, classes).Select(c => x.Max(row => row[c])!).ToArray(); //~ LG0004
        var y = new T[x.Length][];
        for (int b = 0; b < x.Length; b++)
        {
            var e = new T[classes];
            T sum = T.Zero;
            for (int c = 0; c < classes; c++)
            {
                e[c] = T.Exp(x[b][c] - colPeak[c]);
                sum += e[c];
            }

            for (int c = 0; c < classes; c++)
            {
                e[c] /= sum;
            }

            y[b] = e;
        }

        return y;
    }

    public static float[][] SoftmaxSingle(float[][] x) => Softmax(x);
}
