// Idiom: `Parallel.ForEachAsync(Enumerable.Range(0, rows), async (r, token) => { await Task.Yield(); ... })` with an
// async body per row, followed by a sequential normalisation.
// Use: parallel exponentiation of a flat batch, then one normalisation.
// Layout: flat double[rows * cols], row-major.
// Bug: LG0002 — the rows are shifted by their own max, but the normaliser `total` is one sum over the whole buffer.
// Our own code.
#nullable enable
using System;
using System.Linq;
using System.Threading.Tasks;

namespace HeldOut81.ForEachAsync_FlatTotal;

public static class FlatBatchSoftmax
{
    public static async Task<double[]> SoftmaxAsync(double[] x, int cols)
    {
        int rows = x.Length / cols;
        var y = new double[x.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, rows), async (r, token) =>
        {
            await Task.Yield();
            int baseIndex = r * cols;
            double rowMax = x[baseIndex];
            for (int j = 1; j < cols; j++)
                rowMax = Math.Max(rowMax, x[baseIndex + j]);
            for (int j = 0; j < cols; j++)
                y[baseIndex + j] = Math.Exp(x[baseIndex + j] - rowMax);
        });

        double total = 0;
        foreach (double e in y)
            total += e; //~ LG0002
        for (int i = 0; i < y.Length; i++)
            y[i] /= total;
        return y;
    }
}
