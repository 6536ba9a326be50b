// Idiom: per-batch state held in auto-properties of the layer — `RunningPeak` and `RowSum` with private setters;
// `RunningPeak` is set once per `Forward` call and folded with `Math.Max` inside the row loop.
// Use: a softmax kernel that exposes its statistics for logging.
// Layout: flat double[batch * classes], row-major, row offset `o` stepping by `Classes`.
// Bug: LG0001 — `RunningPeak` is reset per batch, not per row: it carries the max of every earlier row, and a row
// far below an earlier one underflows to 0/0.
// Our own code.
#nullable enable
using System;

namespace HeldOut74.PropertyState_RunningPeak;

public sealed class SoftmaxKernel
{
    public SoftmaxKernel(int classes) => Classes = classes;

    public int Classes { get; }

    public double RunningPeak { get; private set; }

    public double RowSum { get; private set; }

    public void Forward(double[] x, double[] y)
    {
        RunningPeak = double.NegativeInfinity;
        for (int o = 0; o < x.Length; o += Classes)
        {
            for (int k = 0; k < Classes; k++)
            {
                RunningPeak = Math.Max(RunningPeak, x[o + k]); //~ LG0001
            }

            RowSum = 0;
            for (int k = 0; k < Classes; k++)
            {
                y[o + k] = Math.Exp(x[o + k] - RunningPeak);
                RowSum += y[o + k];
            }

            for (int k = 0; k < Classes; k++)
            {
                y[o + k] /= RowSum;
            }
        }
    }
}
