// Idiom: recursion over an index instead of loops: expression-bodied `MaxFrom(x, i, step, end)` and an accumulator-passing
// `SumFrom(e, i, step, end, acc)` walk one column with stride `batch` (tail-recursive sum in the style of the
// "Using Recursion to Sum Numbers" Q&A; our own code).
// Use: output layer Z = W·X, probabilities per sample. Layout: flat double[classes * batch], class-major
// (x[c * batch + b]), softmax down each column b; Math.Exp.
// Correct.
using System;

namespace HeldOut68.IndexRecursion_StridedColumns;

public static class StridedRecursiveSoftmax
{
    static double MaxFrom(double[] x, int i, int step, int end) =>
        i >= end ? double.NegativeInfinity : Math.Max(x[i], MaxFrom(x, i + step, step, end));

    static double SumFrom(double[] e, int i, int step, int end, double acc = 0) =>
        i >= end ? acc : SumFrom(e, i + step, step, end, acc + e[i]);

    public static double[] Softmax(double[] x, int classes, int batch)
    {
        var y = new double[x.Length];
        for (int b = 0; b < batch; b++)
        {
            double max = MaxFrom(x, b, batch, classes * batch);
            for (int i = b; i < x.Length; i += batch) y[i] = Math.Exp(x[i] - max);
            double sum = SumFrom(y, b, batch, classes * batch);
            for (int i = b; i < x.Length; i += batch) y[i] /= sum;
        }

        return y;
    }
}
