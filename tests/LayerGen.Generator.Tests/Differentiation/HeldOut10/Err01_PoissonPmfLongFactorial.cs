// expect: error
// Count models: Poisson probabilities P(k) = λ^k e^(−λ)/k! for k = 0..7 with the factorial kept in a `long`, as a C#
// port of a textbook loop writes it to "avoid overflow". A long local is outside the subset (locals are float, double,
// int or bool): the error belongs to its declaration; the reads of it that follow are poisoned silently.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(1, 8)]
public partial class PoissonPmfLongFactorial
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double lambda = Math.Exp(Math.Tanh(x[0]));
        long factorial = 1; //~ LG11
        for (int k = 0; k < y.Length; k++)
        {
            if (k > 0) factorial *= k;
            y[k] = Math.Pow(lambda, k) * Math.Exp(-lambda) / factorial;
        }
    }
}
