// Source: generic-math matrix code in C# ML libraries (Matrix<T> activations with INumber<T>): row-wise softmax of a
// 2-D logits matrix, the stabilising max computed per column in a first pass.
// Layout: T[,] [samples, classes], softmax over classes (dimension 1); peaks stored per column.
// Bug: the max runs over the samples of a column while the sum runs over a row's classes (different axes).
using System.Numerics;

namespace LayerGen.HeldOut4.GenericMath2DColumnPeak;

public static class MatrixSoftmax
{
    public static T[,] Rows<T>(T[,] logits)
        where T : IFloatingPointIeee754<T>
    {
        int samples = logits.GetLength(0);
        int classes = logits.GetLength(1);
        var peak = new T[classes];
        for (int j = 0; j < classes; j++)
        {
            peak[j] = T.NegativeInfinity;
            for (int i = 0; i < samples; i++)
                peak[j] = T.Max(peak[j], logits[i, j]); //~ LG0004
        }

        var result = new T[samples, classes];
        for (int i = 0; i < samples; i++)
        {
            T sum = T.Zero;
            for (int j = 0; j < classes; j++)
            {
                result[i, j] = T.Exp(logits[i, j] - peak[j]);
                sum += result[i, j];
            }

            for (int j = 0; j < classes; j++)
                result[i, j] /= sum;
        }

        return result;
    }
}
