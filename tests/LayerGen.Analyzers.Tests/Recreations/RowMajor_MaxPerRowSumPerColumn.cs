// Variant (our own code) of a row-major softmax (the row loop of Unity-Technologies/barracuda-release
// BarracudaReferenceCPU.cs) mixed with a column-wise normalisation copied from column-major code
// (olegtarasov/Retia SoftMax.cs sums per column): each row's max is subtracted, but the exps are divided by
// per-COLUMN sums.
// Layout: row-major float[rows, cols]. Bug (LG0004): the max runs over j (a row), the sum over i (a column);
// the shifts do not cancel, so the result is neither a row nor a column softmax.
using System;

namespace Recreations.RowMajorMaxPerRowSumPerColumn;

public static class MixedAxesSoftmax
{
    public static float[,] Forward(float[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var rowMax = new float[rows];
        for (int i = 0; i < rows; i++)
        {
            rowMax[i] = float.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                rowMax[i] = MathF.Max(rowMax[i], x[i, j]); //~ LG0004
            }
        }

        var colSum = new float[cols];
        var e = new float[rows, cols];
        for (int j = 0; j < cols; j++)
        {
            for (int i = 0; i < rows; i++)
            {
                e[i, j] = MathF.Exp(x[i, j] - rowMax[i]);
                colSum[j] += e[i, j];
            }
        }

        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                e[i, j] /= colSum[j];
            }
        }

        return e;
    }
}
