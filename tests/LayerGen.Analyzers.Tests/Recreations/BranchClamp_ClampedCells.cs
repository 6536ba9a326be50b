// Re-created (our own code) from the output layer of zhongkaifu/RNNSharp (RNNSharp/Layers/SoftmaxLayer.cs): each cell
// is clamped to [-50, 50] by an if/else-if before its exp, then the exps are divided by their sum (a vector tail and a
// scalar tail). exp(50) fits in float and exp(-50) does not underflow to 0, so neither overflow nor 0 / 0: a clamp
// written as a branch, like Math.Min(v, 50). Correct (by LG0003's contract on clamps): nothing to report.
// Second method: the same clamp over a jagged batch in double ([-600, 600], the upper test mirrored: 600.0 <= s).
using System;

namespace Recreations.BranchClampClampedCells;

public static class ClampedSoftmax
{
    public static void Forward(float[] cells)
    {
        float sum = 0;
        for (int c = 0; c < cells.Length; c++)
        {
            var cell = cells[c];
            if (cell > 50) cell = 50;
            else if (cell < -50) cell = -50;
            var e = (float)Math.Exp(cell);
            sum += e;
            cells[c] = e;
        }

        for (int c = 0; c < cells.Length; c++) cells[c] /= sum;
    }

    public static double[][] Batch(double[][] scores)
    {
        var result = new double[scores.Length][];
        for (int r = 0; r < scores.Length; r++)
        {
            result[r] = new double[scores[r].Length];
            double total = 0;
            for (int k = 0; k < scores[r].Length; k++)
            {
                double s = scores[r][k];
                if (600.0 <= s)
                {
                    s = 600.0;
                }
                else if (s <= -600.0)
                {
                    s = -600.0;
                }

                result[r][k] = Math.Exp(s);
                total += result[r][k];
            }

            for (int k = 0; k < scores[r].Length; k++) result[r][k] /= total;
        }

        return result;
    }
}
