// Special functions: the Riemann zeta function ζ(s) for s = 1.5 + softplus(x) by Euler–Maclaurin summation: the first
// N − 1 = 9 terms in a counting while, the tail N^(1−s)/(s − 1) + N^(−s)/2, and three Bernoulli corrections
// B₂ₖ/(2k)! · s(s+1)…(s+2k−2) N^(−s−2k+1) from a static table; the second half of the outputs is ln ζ(s).
// Shape: the Euler–Maclaurin evaluation of mpmath / Borwein's survey, simplified to fixed N, in C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(6, 12)]
public partial class RiemannZetaEulerMaclaurin
{
    const int N = 10;
    static readonly double[] BernoulliOverFactorial = { 1.0 / 12, -1.0 / 720, 1.0 / 30240 };   // B₂/2!, B₄/4!, B₆/6!

    static double Zeta(double s)
    {
        double sum = 0;
        int n = 1;
        while (n < N)
        {
            sum += Math.Pow(n, -s);
            n++;
        }
        sum += Math.Pow(N, 1 - s) / (s - 1) + 0.5 * Math.Pow(N, -s);
        double rising = s;                      // s(s+1)…(s+2k−2)
        for (int k = 0; k < BernoulliOverFactorial.Length; k++)
        {
            sum += BernoulliOverFactorial[k] * rising * Math.Pow(N, -s - 2 * k - 1);
            rising *= (s + 2 * k + 1) * (s + 2 * k + 2);
        }
        return sum;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            double s = 1.5 + Math.Max(v, 0) + Math.Log(1 + Math.Exp(-Math.Abs(v)));
            double zeta = Zeta(s);
            y[i] = zeta;
            y[x.Length + i] = Math.Log(zeta);
        }
    }
}
