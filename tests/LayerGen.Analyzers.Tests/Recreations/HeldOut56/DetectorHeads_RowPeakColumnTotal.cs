// Idiom: anomaly-detector ensemble gating, window-major 2D table from the metrics pipeline (one row per window, one
// column per detector head).
// Layout: double[windows, heads]; a rowPeak array and a headTotal array, filled in separate passes.
// Bug (LG0004): the shift is each window's peak over the heads (along a row), but the normaliser is each head's total
// over the windows (down a column): max and sum over different axes.
// Style inspired by mixture-of-experts gating in metric anomaly detectors; our own C#.
using System;

namespace HeldOut56.DetectorHeads_RowPeakColumnTotal;

public static class WindowGating
{
    public static double[,] MixWeights(double[,] gate)
    {
        int windows = gate.GetLength(0), heads = gate.GetLength(1);
        var rowPeak = new double[windows];
        for (int w = 0; w < windows; w++)
        {
            rowPeak[w] = double.NegativeInfinity;
            for (int h = 0; h < heads; h++)
            {
                if (gate[w, h] > rowPeak[w]) rowPeak[w] = gate[w, h]; //~ LG0004
            }
        }

        var mix = new double[windows, heads];
        var headTotal = new double[heads];
        for (int w = 0; w < windows; w++)
        {
            for (int h = 0; h < heads; h++)
            {
                mix[w, h] = Math.Exp(gate[w, h] - rowPeak[w]);
                headTotal[h] += mix[w, h];
            }
        }

        for (int w = 0; w < windows; w++)
        {
            for (int h = 0; h < heads; h++)
            {
                mix[w, h] /= headTotal[h];
            }
        }

        return mix;
    }
}
