// Idiom: MemoryMarshal.CreateSpan(ref m[0, 0], m.Length) to view a rectangular array as one flat Span<double>.
// Use: per-cell class probabilities of a segmentation grid, one distribution per row of the [cells, classes] matrix.
// Layout: double[cells, classes]; the peak is folded over the flat view of the whole matrix.
// Label: LG0001 — the flat view spans every cell, so the peak is over the whole grid, not each cell's classes.
using System;
using System.Runtime.InteropServices;

namespace LayerGen.Recreations.HeldOut27;

public static class MemoryMarshalGrid
{
    /// <summary>In-place softmax of every cell's class scores, shifted by the largest score of the whole grid.</summary>
    public static void CellClasses(double[,] logits)
    {
        int cells = logits.GetLength(0), classes = logits.GetLength(1);
        Span<double> flat = MemoryMarshal.CreateSpan(ref logits[0, 0], logits.Length);
        double peak = double.NegativeInfinity;
        foreach (double v in flat)
        {
            peak = Math.Max(peak, v); //~ LG0001
        }

        for (int c = 0; c < cells; c++)
        {
            double sum = 0.0;
            for (int k = 0; k < classes; k++)
            {
                logits[c, k] = Math.Exp(logits[c, k] - peak);
                sum += logits[c, k];
            }

            for (int k = 0; k < classes; k++)
            {
                logits[c, k] /= sum;
            }
        }
    }
}
