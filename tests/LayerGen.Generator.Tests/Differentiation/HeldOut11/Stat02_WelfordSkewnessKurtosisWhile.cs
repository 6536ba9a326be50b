// expect: gradient
// One-pass mean, variance, skewness and excess kurtosis by Welford/Terriberry's online updates of M2, M3 and M4,
// walked with a counting while loop; outputs the four moments. Shape of the Wikipedia "Algorithms for calculating
// variance" higher-order code ported to C#, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(10, 4)]
public partial class WelfordSkewnessKurtosisWhile
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double mean = 0, m2 = 0, m3 = 0, m4 = 0;
        int n = 0;
        int i = 0;
        while (i < x.Length)
        {
            int n1 = n;
            n = n + 1;
            double delta = x[i] - mean;
            double deltaN = delta / n;
            double deltaN2 = deltaN * deltaN;
            double term1 = delta * deltaN * n1;
            mean += deltaN;
            m4 += term1 * deltaN2 * (n * n - 3 * n + 3) + 6 * deltaN2 * m2 - 4 * deltaN * m3;
            m3 += term1 * deltaN * (n - 2) - 3 * deltaN * m2;
            m2 += term1;
            i++;
        }
        double variance = m2 / n;
        y[0] = mean;
        y[1] = variance;
        y[2] = Math.Sqrt(n) * m3 / Math.Pow(m2, 1.5);
        y[3] = n * m4 / (m2 * m2) - 3.0;
    }
}
