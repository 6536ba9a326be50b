// expect: error
// Count models: a negative-binomial log-likelihood for fixed counts, log Γ(k + r) − log Γ(r) − log k! + …, with log k!
// from a static readonly table *filled by a static builder method* (`= BuildLogFactorials()`), as C# users precompute
// a lookup. A table must be initialised with constants in its declaration; the error is at the read in ForwardRow.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(4, 4)]
public partial class LogFactorialTableFromStaticBuilder
{
    static readonly int[] Counts = { 0, 2, 5, 1 };
    static readonly double[] LogFactorials = BuildLogFactorials();

    static double[] BuildLogFactorials()
    {
        var table = new double[8];
        for (int k = 1; k < table.Length; k++) table[k] = table[k - 1] + Math.Log(k);
        return table;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const double Dispersion = 2.0;
        for (int i = 0; i < x.Length; i++)
        {
            double mean = Math.Exp(Math.Tanh(x[i]) * 2.0);
            int k = Counts[i];
            double logChoose = -LogFactorials[k]; //~ LG11
            for (int j = 0; j < k; j++) logChoose += Math.Log(Dispersion + j);
            y[i] = logChoose + Dispersion * Math.Log(Dispersion / (Dispersion + mean)) + k * Math.Log(mean / (Dispersion + mean));
        }
    }
}
