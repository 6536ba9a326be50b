// Stable counterpart (our own code) of SoftMax.SoftMaxNorm in olegtarasov/Retia, Retia/Mathematics/SoftMax.cs.
// Layout: column-major backing array of a [classes, batch] matrix, the column of flat index i is i / rows.
// A first pass stores each column's max in colMax[c]; the exp pass subtracts colMax[i / rows] and sums
// per column in sums[c]. Correct: max and sum are both per column, held in arrays.
using System;

namespace Recreations.RetiaColumnMajorFlatColumnMax;

public static class StableSoftMax
{
    public static float[] Norm(float[] columnMajor, int rows, int columns)
    {
        var colMax = new float[columns];
        Array.Fill(colMax, float.NegativeInfinity);
        for (int i = 0; i < columnMajor.Length; i++)
        {
            int c = i / rows;
            colMax[c] = MathF.Max(colMax[c], columnMajor[i]);
        }

        var p = new float[columnMajor.Length];
        var sums = new float[columns];
        for (int i = 0; i < p.Length; i++)
        {
            int c = i / rows;
            p[i] = MathF.Exp(columnMajor[i] - colMax[c]);
            sums[c] += p[i];
        }

        for (int i = 0; i < p.Length; i++)
        {
            p[i] /= sums[i / rows];
        }

        return p;
    }
}
