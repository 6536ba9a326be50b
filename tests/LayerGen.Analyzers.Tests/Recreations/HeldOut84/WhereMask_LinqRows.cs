// Idiom: LINQ `Where(j => mask[r, j])` picks the kept positions of a row; `Max`/`Sum` over those indices.
// Use: masked softmax written with LINQ over a 2D batch.
// Layout: double[rows, cols] logits, bool[rows, cols] mask (true = keep).
// Correct: the index list is rebuilt per row; max and sum both run over it.
// Our own code.
using System;
using System.Linq;

namespace HeldOut84.WhereMask_LinqRows;

public static class LinqMasked
{
    public static double[,] Softmax(double[,] logits, bool[,] mask)
    {
        int rows = logits.GetLength(0), cols = logits.GetLength(1);
        var p = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            int[] idx = Enumerable.Range(0, cols).Where(j => mask[r, j]).ToArray();
            double m = idx.Max(j => logits[r, j]);
            double z = idx.Sum(j => Math.Exp(logits[r, j] - m));
            foreach (int j in idx) p[r, j] = Math.Exp(logits[r, j] - m) / z;
        }
        return p;
    }
}
