// expect: gradient
// Gini coefficient by the mean absolute difference, G = Σ_i Σ_j |x_i − x_j| / (2n²·μ), of eight households' incomes
// (softplus of the row on top of a benefit floor that rises with household size 0.1 + 0.01·i, so that incomes on the
// floor stay distinct), with the mean as a second output. Shape of the textbook double loop in NumPy
// inequality notebooks, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8, 2)]
public partial class GiniMeanAbsoluteDifference
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int n = x.Length;
        double[] income = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++)
        {
            income[i] = 0.1 + 0.01 * i + (x[i] > 30 ? x[i] : Math.Log(1 + Math.Exp(x[i])));
            mean += income[i];
        }
        mean /= n;

        double total = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                total += Math.Abs(income[i] - income[j]);

        y[0] = total / (2.0 * n * n * mean);
        y[1] = mean;
    }
}
