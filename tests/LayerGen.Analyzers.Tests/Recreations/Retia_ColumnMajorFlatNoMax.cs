// Re-creation (our own code) of SoftMax.SoftMaxNorm in olegtarasov/Retia, Retia/Mathematics/SoftMax.cs.
// Layout: a [rows = classes, columns = batch] matrix read through its column-major backing array; the
// column of flat index i is i / rows and each column has its own running sum in sums[c]. A temperature T
// divides the logits. Bug: exp of raw logits / T, no max; the per-column sums are right.
using System;

namespace Recreations.RetiaColumnMajorFlatNoMax;

public static class SoftMax
{
    public static float[] Norm(float[] columnMajor, int rows, int columns, double temperature = 1.0)
    {
        var p = (float[])columnMajor.Clone();
        var sums = new float[columns];
        for (int i = 0; i < p.Length; i++)
        {
            p[i] = (float)Math.Exp(p[i] / temperature); //~ LG0003
            int c = i / rows;
            sums[c] += p[i];
        }

        for (int i = 0; i < p.Length; i++)
        {
            int c = i / rows;
            p[i] /= sums[c];
        }

        return p;
    }
}
