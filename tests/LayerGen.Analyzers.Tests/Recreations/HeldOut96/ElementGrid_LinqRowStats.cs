// Idiom: one thread per element over a 2D grid flattened into Parallel.For(0, rows * cols), with the per-row reductions
// done first as LINQ "reduction kernels".
// Use: element-wise softmax: row maxima and row sums of shifted exps computed by LINQ over Enumerable.Range, then each
// element thread (id -> row = id / cols, col = id % cols) writes its probability.
// Layout: double[rows, cols] (2D array), rows are samples.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Linq;
using System.Threading.Tasks;

namespace HeldOut96.ElementGrid_LinqRowStats;

public static class ElementGrid
{
    public static double[,] Softmax(double[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);

        double[] rowMax = Enumerable.Range(0, rows)
            .Select(r => Enumerable.Range(0, cols).Max(c => x[r, c]))
            .ToArray();
        double[] rowSum = Enumerable.Range(0, rows)
            .Select(r => Enumerable.Range(0, cols).Sum(c => Math.Exp(x[r, c] - rowMax[r])))
            .ToArray();

        var y = new double[rows, cols];
        Parallel.For(0, rows * cols, id =>
        {
            int r = id / cols;
            int c = id % cols;
            y[r, c] = Math.Exp(x[r, c] - rowMax[r]) / rowSum[r];
        });
        return y;
    }
}
