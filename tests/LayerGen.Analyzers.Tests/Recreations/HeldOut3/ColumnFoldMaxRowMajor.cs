// Re-creates: a row-major batch softmax (SiaNet/TensorSharp-style CPU fallback) that folds "per-feature" maxima in
// the same i-outer, j-inner sweep it uses for everything else, then normalises each sample's row.
// Layout: float[batch, classes] row-major; softmax axis = classes (dimension 1).
// Bug: LG0004 (max over the batch per column, sum over the row).
using System;

namespace LayerGen.Recreations.HeldOut3.ColumnFoldMaxRowMajor;

public static class BatchSoftmax
{
    public static float[,] Forward(float[,] x)
    {
        int batch = x.GetLength(0);
        int classes = x.GetLength(1);
        var colMax = new float[classes];
        Array.Fill(colMax, float.NegativeInfinity);
        for (int i = 0; i < batch; i++)
        {
            for (int j = 0; j < classes; j++)
            {
                colMax[j] = MathF.Max(colMax[j], x[i, j]); //~ LG0004
            }
        }

        var y = new float[batch, classes];
        for (int i = 0; i < batch; i++)
        {
            float sum = 0f;
            for (int j = 0; j < classes; j++)
            {
                y[i, j] = MathF.Exp(x[i, j] - colMax[j]);
                sum += y[i, j];
            }

            for (int j = 0; j < classes; j++)
            {
                y[i, j] /= sum;
            }
        }

        return y;
    }
}
