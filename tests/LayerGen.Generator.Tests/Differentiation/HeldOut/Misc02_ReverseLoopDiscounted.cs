// Discounted reverse cumulative sum (returns-to-go): a reverse `for (int i = n - 1; i >= 0; i--)` loop, running total.
// Re-creates: the RL "discount_cumsum" loop `for t in reversed(range(n)): running = r[t] + gamma * running`.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class ReverseLoopDiscounted
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const double Gamma = 0.9;
        double running = 0;
        for (int i = x.Length - 1; i >= 0; i--)
        {
            running = x[i] + Gamma * running;
            y[i] = running;
        }
    }
}
