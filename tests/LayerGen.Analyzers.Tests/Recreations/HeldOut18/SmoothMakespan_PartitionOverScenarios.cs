// Source: smoothed makespan for scenario-based load balancing (Nesterov 2005 smoothing of max_m L_m by
// mu log sum_m exp(L_m / mu); its gradient is softmax(L / mu) per scenario).
// Layout: flat `ReadOnlySpan<double>` loads [scenario * machines + m], `while` loops, row slices, gradient into a
// flat `Span<double>`, normalised in a flat pass after the scenario loop.
// Bug (LG0002): the partition is accumulated over every scenario (declared above the scenario loop), so each
// scenario's gradient sums to its share of the sample instead of 1.
using System;

namespace HeldOut18.SmoothMakespan_PartitionOverScenarios;

public static class SmoothMakespan
{
    public static void Gradient(ReadOnlySpan<double> loads, int machines, double mu, Span<double> gradient)
    {
        int scenarios = loads.Length / machines;
        double z = 0.0;
        int s = 0;
        while (s < scenarios)
        {
            ReadOnlySpan<double> row = loads.Slice(s * machines, machines);
            double top = double.NegativeInfinity;
            foreach (double l in row)
            {
                top = Math.Max(top, l);
            }

            int m = 0;
            while (m < machines)
            {
                double w = Math.Exp((row[m] - top) / mu);
                gradient[s * machines + m] = w;
                z += w; //~ LG0002
                m++;
            }

            s++;
        }

        for (int i = 0; i < gradient.Length; i++)
        {
            gradient[i] /= z;
        }
    }
}
